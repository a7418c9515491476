"""The original publication date: stated, never the modification date, within a plausible range."""

import datetime as dt

import pytest

from provenance.source import read_source
from provenance.source.published import parse_date, url_date

TODAY = dt.date(2024, 6, 1)
BODY = "<article><h1>Council passes budget</h1>{dateline}<p>" + "The council voted. " * 10 + "</p></article>"


def read(head: str = "", dateline: str = "", url: str | None = "https://civicwire.example/news/budget"):
    html = f"<html><head>{head}</head><body>{BODY.format(dateline=dateline)}</body></html>"
    return read_source(html, url=url, today=TODAY)


@pytest.mark.parametrize(
    ("head", "dateline", "url", "published"),
    [
        ("<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"datePublished\":"
         "\"2019-11-18T23:30:00-05:00\",\"dateModified\":\"2020-01-02T10:00:00Z\"}</script>", "", None,
         dt.date(2019, 11, 18)),  # the page's own calendar day, not UTC's
        ("<meta property='article:published_time' content='2019-11-18T10:00:00Z'>"
         "<meta property='article:modified_time' content='2021-05-05T10:00:00Z'>", "", None,
         dt.date(2019, 11, 18)),
        ("<meta property='article:modified_time' content='2021-05-05T10:00:00Z'>", "", None, None),
        ("<meta name='parsely-pub-date' content='2018-03-04T08:00:00Z'>", "", None, dt.date(2018, 3, 4)),
        ("<meta name='DC.date.issued' content='2018-03-04'>", "", None, dt.date(2018, 3, 4)),
        ("<meta name='sailthru.date' content='Sun, 4 Mar 2018 08:00:00 -0000'>", "", None,
         dt.date(2018, 3, 4)),
        ("", "<time pubdate datetime='2017-07-01T09:00'>1 July</time>", None, dt.date(2017, 7, 1)),
        ("", "<time class='updated' datetime='2020-01-01'>Updated</time>"
             "<time itemprop='datePublished' datetime='2017-07-01'>1 July</time>", None, dt.date(2017, 7, 1)),
        ("", "", "https://civicwire.example/2019/11/18/budget-passes/", dt.date(2019, 11, 18)),
        ("", "", "https://civicwire.example/news/20191118-budget.html", dt.date(2019, 11, 18)),
        ("", "<p class='byline'>By Priya Raman, March 3, 2021</p>", None, dt.date(2021, 3, 3)),
        ("", "<p class='dateline'>Updated June 2, 2022</p><p class='byline'>March 3, 2021</p>", None,
         dt.date(2021, 3, 3)),
        ("", "<em>01.11.2023 11:35</em>", None, dt.date(2023, 11, 1)),  # a bare dateline under the headline
        ("", "<span>2019年3月4日</span>", None, dt.date(2019, 3, 4)),
        # not after today, not before the web
        ("<meta property='article:published_time' content='2031-01-01'>", "", None, None),
        ("<meta property='article:published_time' content='1970-01-01'>", "", None, None),
        ("", "", None, None),
    ],
)
def test_published(head, dateline, url, published):
    assert read(head, dateline, url).published == published


def test_modified_is_kept_apart():
    doc = read("<meta property='article:published_time' content='2019-11-18'>"
               "<meta property='article:modified_time' content='2021-05-05'>")
    assert (doc.published, doc.modified) == (dt.date(2019, 11, 18), dt.date(2021, 5, 5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019-11-18T10:00:00+01:00", dt.date(2019, 11, 18)),
        ("18.11.2019", dt.date(2019, 11, 18)),
        ("18. November 2019", dt.date(2019, 11, 18)),
        ("Nov. 18, 2019", dt.date(2019, 11, 18)),
        ("18 juillet 2019", dt.date(2019, 7, 18)),
        ("1574075000", dt.date(2019, 11, 18)),  # a Unix timestamp
        ("31.02.2019", None),
        ("v1.2.3", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://x.example/2019/11/18/story", dt.date(2019, 11, 18)),
        ("https://x.example/news/2019/11/story", None),  # a month is not a day
        ("https://x.example/story-2019-11-18.html", dt.date(2019, 11, 18)),
        ("https://x.example/story?id=20191118", None),  # the query is not the path
        (None, None),
    ],
)
def test_url_date(url, expected):
    assert url_date(url, TODAY) == expected


@pytest.mark.parametrize(
    ("lang", "dateline", "published"),
    [
        # a slashed date under the headline: day first unless the page's language writes month first
        ("pt-br", "<p class='tagline'>22/11/2020 - 04:30 - Fonte: Agência Brasil</p>", dt.date(2020, 11, 22)),
        ("pt-br", "<p class='tagline'>03/04/2020 - 04:30</p>", dt.date(2020, 4, 3)),
        ("en-US", "<p class='tagline'>03/04/2020 - 04:30</p>", dt.date(2020, 3, 4)),
        ("en-GB", "<p class='tagline'>03/04/2020 - 04:30</p>", dt.date(2020, 4, 3)),
        ("", "<p class='tagline'>11/22/2020 - 04:30</p>", dt.date(2020, 11, 22)),  # only one reading
        ("", "<p class='tagline'>03/04/2020 - 04:30</p>", None),  # two readings, no language: no guess
    ],
)
def test_slashed_dates_read_by_the_pages_language(lang, dateline, published):
    html = (f"<html lang='{lang}'><head></head><body>{BODY.format(dateline=dateline)}</body></html>"
            if lang else f"<html><head></head><body>{BODY.format(dateline=dateline)}</body></html>")
    assert read_source(html, url="https://civicwire.example/news/budget", today=TODAY).published == published


@pytest.mark.parametrize(
    ("text", "first_month", "expected"),
    [
        ("22/11/2020", None, dt.date(2020, 11, 22)),
        ("11/22/2020", None, dt.date(2020, 11, 22)),
        ("03/04/2020", None, None),
        ("03/04/2020", False, dt.date(2020, 4, 3)),
        ("03/04/2020", True, dt.date(2020, 3, 4)),
        ("1/2/3/2020", True, None),  # not a date: a path or a fraction
    ],
)
def test_parse_slashed_date(text, first_month, expected):
    assert parse_date(text, TODAY, first_month) == expected


def test_java_date_in_a_meta_tag():
    assert read("<meta property='article:published_time' content='Mon Aug 03 12:45:00 EDT 2015'>"
                "<meta property='article:modified_time' content='Wed Aug 05 14:51:16 EDT 2015'>"
                ).published == dt.date(2015, 8, 3)

