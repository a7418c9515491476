"""Source-list entries as newsrooms write them -> Citations (id, publisher, title, date, URL)."""

import datetime as dt

import pytest

from provenance.article.blocks import Block, Link, SourceEntry
from provenance.article.sources import inline_citations, parse_entries
from tests.support.bounded import no_hang

D = dt.date


def entry(text, label=None, links=(), line=10):
    return SourceEntry(label, Block("list_item", text, line, links=tuple(links)))


def linked(before, anchor, after, url, label=None):
    """An entry whose title is a link, as the HTML and Markdown readers hand it over."""
    text = before + anchor + after
    return entry(text, label, [Link(len(before), len(before) + len(anchor), url)])


@pytest.mark.parametrize(
    "text, cid, publisher, title, date, url",
    [
        # the seed's own form
        ('3 Yahoo Finance, "NTT Scientists Contribute Fifteen Research Papers" (December 03, 2025)',
         "3", "Yahoo Finance", "NTT Scientists Contribute Fifteen Research Papers", D(2025, 12, 3), None),
        ('5 News Report, "The Download: an AI agent’s hit piece, and preventing lightning"',
         "5", "News Report", "The Download: an AI agent’s hit piece, and preventing lightning", None, None),
        # numbered prefixes
        ('1. Reuters, "Fed holds rates steady" (March 4, 2024) https://www.reuters.com/markets/fed-2024-03-04/',
         "1", "Reuters", "Fed holds rates steady", D(2024, 3, 4), "https://www.reuters.com/markets/fed-2024-03-04/"),
        ('[2] The Guardian, “Floods hit Valencia”, 30 October 2024, https://www.theguardian.com/world/valencia.',
         "2", "The Guardian", "Floods hit Valencia", D(2024, 10, 30), "https://www.theguardian.com/world/valencia"),
        ("4) Le Monde, « La réforme des retraites adoptée » (3 décembre 2025)",
         "4", "Le Monde", "La réforme des retraites adoptée", D(2025, 12, 3), None),
        ("^7 Der Spiegel, „Koalition einigt sich auf Haushalt“ (3. Dezember 2025)",
         "7", "Der Spiegel", "Koalition einigt sich auf Haushalt", D(2025, 12, 3), None),
        ('El País, "El Gobierno aprueba el presupuesto" (3 de diciembre de 2025)',
         "1", "El País", "El Gobierno aprueba el presupuesto", D(2025, 12, 3), None),
        # titles holding commas, quotes of another kind, colons and parentheses
        ("2 forward.com, “Why You Can Set Your Alert Sound to “Hummus” on Slack” (December 29, 2016)",
         "2", "forward.com", "Why You Can Set Your Alert Sound to “Hummus” on Slack", D(2016, 12, 29), None),
        ("1 Los Angeles Times, “'We had some issues,' exec says on Disney+ glitches” (November 19, 2019)",
         "1", "Los Angeles Times", "'We had some issues,' exec says on Disney+ glitches", D(2019, 11, 19),
         None),
        ('1 BBC News, "Brexit: What happens now (and why it matters)" (2019-03-12)',
         "1", "BBC News", "Brexit: What happens now (and why it matters)", D(2019, 3, 12), None),
        ('1 (c) alarmeringen.nl - All rights reserved, "Ambulance naar Den Haag" (October 09, 2020)',
         "1", "(c) alarmeringen.nl - All rights reserved", "Ambulance naar Den Haag", D(2020, 10, 9), None),
        ("1 HSS - Hanns-Seidel-Stiftung e.V., ‘Große Aufgaben für die neue Regierung’ (November 03, 2021)",
         "1", "HSS - Hanns-Seidel-Stiftung e.V.", "Große Aufgaben für die neue Regierung", D(2021, 11, 3),
         None),
        # publisher after the title; Wikipedia and MLA styles; the access date is not the publication date
        ('"Floods hit Valencia". The Guardian. 30 October 2024. Retrieved 2 November 2024.',
         "1", "The Guardian", "Floods hit Valencia", D(2024, 10, 30), None),
        ('Smith, John (3 March 2020). "Markets tumble". Financial Times. Retrieved 5 March 2020.',
         "1", "Financial Times", "Markets tumble", D(2020, 3, 3), None),
        ('Doe, Jane. "Inside the chip shortage," The New York Times, March 3, 2021, https://nytimes.com/chips.',
         "1", "The New York Times", "Inside the chip shortage", D(2021, 3, 3), "https://nytimes.com/chips"),
        ('"Title without a date". Example Daily. Accessed 5 May 2020.',
         "1", "Example Daily", "Title without a date", None, None),
        # unquoted titles: APA, "Publisher: Title", "Title — Publisher"
        ("Pew Research Center. (2023, May 4). How Americans get their news. Pew Research Center. https://pewresearch.org/n",
         "1", "Pew Research Center", "How Americans get their news", D(2023, 5, 4), "https://pewresearch.org/n"),
        ("Reuters: Fed lifts rates, signals more hikes (December 14, 2016)",
         "1", "Reuters", "Fed lifts rates, signals more hikes", D(2016, 12, 14), None),
        ("Fed lifts rates, signals more hikes — Reuters, 14 December 2016",
         "1", "Reuters", "Fed lifts rates, signals more hikes", D(2016, 12, 14), None),
        ("[1] Fed holds rates steady. Reuters. March 4, 2024. https://reuters.com/x",
         "1", "Reuters", "Fed holds rates steady", D(2024, 3, 4), "https://reuters.com/x"),
        ("Reuters (March 4, 2024): Fed holds rates steady",
         "1", "Reuters", "Fed holds rates steady", D(2024, 3, 4), None),
        ("2) BBC News. (2024, March 4). Fed holds rates steady [Online]. Available: https://bbc.com/x",
         "2", "BBC News", "Fed holds rates steady", D(2024, 3, 4), "https://bbc.com/x"),
        ("[4] Smith, J. (2020). Why markets fall. Journal of Finance, 12(3), 45-67.",
         "4", "Journal of Finance", "Why markets fall", None, None),
        ('• Source: Reuters, "Fed holds rates steady" (4 March 2024)',
         "1", "Reuters", "Fed holds rates steady", D(2024, 3, 4), None),
        ('1. Reuters — "Fed holds rates steady" — March 4, 2024',
         "1", "Reuters", "Fed holds rates steady", D(2024, 3, 4), None),
        # DOIs
        ("[3] Nature, “A new frog species” (2021-06-01) doi:10.1038/s41586-021-03567-9",
         "3", "Nature", "A new frog species", D(2021, 6, 1), "https://doi.org/10.1038/s41586-021-03567-9"),
        ('1 Science, "Coral reefs in decline" (June 1, 2021) https://doi.org/10.1126/science.abc1234',
         "1", "Science", "Coral reefs in decline", D(2021, 6, 1), "https://doi.org/10.1126/science.abc1234"),
        # a site's name is a publisher, not a link
        ('5 www.emotion.de, "Tut so gut: 99 Wege" https://www.emotion.de/psychologie/selfcare',
         "5", "www.emotion.de", "Tut so gut: 99 Wege", None, "https://www.emotion.de/psychologie/selfcare"),
        ('5 "Tut so gut: 99 Wege", www.emotion.de https://www.emotion.de/psychologie/selfcare',
         "5", "www.emotion.de", "Tut so gut: 99 Wege", None, "https://www.emotion.de/psychologie/selfcare"),
        # MLA: the full stops inside the quotes and after the publisher are the style's
        ('2. newyorker.com. "Deportees return home from US." November 20, 2019. https://newyorker.com/x',
         "2", "newyorker.com", "Deportees return home from US", D(2019, 11, 20), "https://newyorker.com/x"),
        ('3. CNN. "Exec s." November 19, 2019.', "3", "CNN", "Exec s", D(2019, 11, 19), None),
        ('4. Reuters. "Tariffs hit the U.S." May 1, 2020.',
         "4", "Reuters", "Tariffs hit the U.S.", D(2020, 5, 1), None),
        # a URL in angle brackets
        ('2 Dussmann, "Kreatives Basteln mit Kids" <https://www.kulturkaufhaus.de/x>',
         "2", "Dussmann", "Kreatives Basteln mit Kids", None, "https://www.kulturkaufhaus.de/x"),
    ],
)
def test_unlabelled_entries(text, cid, publisher, title, date, url):
    (c,) = parse_entries((entry(text),))
    assert (c.id, c.publisher, c.title, c.date, c.url) == (cid, publisher, title, date, url)
    assert c.raw == text and c.kind == "list" and c.line == 10


def test_linked_titles_from_html_and_markdown():
    html = linked("Radio-Canada.ca, ", "KPMG: le juge Bocock – ‘un cocktail’", " (March 13, 2017)",
                  "http://ici.radio-canada.ca/nouvelle/1022038", label="5")
    md = linked("Der Freitag, ", '"Heute schon an morgen denken "', " (April 17, 2020)",
                "https://www.freitag.de/autoren/heute", label="1")
    a, b = parse_entries((html, md))
    assert (a.id, a.publisher, a.date) == ("5", "Radio-Canada.ca", D(2017, 3, 13))
    assert a.title == "KPMG: le juge Bocock – ‘un cocktail’"
    assert a.url == "http://ici.radio-canada.ca/nouvelle/1022038"
    assert (b.publisher, b.title, b.url) == ("Der Freitag", "Heute schon an morgen denken",
                                             "https://www.freitag.de/autoren/heute")


@pytest.mark.parametrize(
    "label, text, cid, kind",
    [("3", "Yahoo Finance, \"Title here\" (May 1, 2020)", "3", "list"),
     ("note-a", "Reuters, \"Title here\" (May 1, 2020)", "note-a", "footnote"),
     (None, "[^src]: Reuters, \"Title here\" (May 1, 2020)", "src", "footnote")],
)
def test_labels_and_footnotes(label, text, cid, kind):
    (c,) = parse_entries((entry(text, label),))
    assert (c.id, c.kind, c.title) == (cid, kind, "Title here")
    assert c.publisher == ("Reuters" if "Reuters" in text else "Yahoo Finance")


def test_unnumbered_lists_count_from_one_and_bare_numbers_only_count():
    entries = (entry('Reuters, "First title here"'), entry('10 Downing Street, "Second title here"'))
    a, b = parse_entries(entries)
    assert (a.id, b.id) == ("1", "2")
    assert b.publisher == "10 Downing Street"


def test_an_impossible_date_is_no_date():
    (c,) = parse_entries((entry('1 Reuters, "Some title here" (February 31, 2024)'),))
    assert c.date is None


def test_inline_links_become_citations_unless_listed_or_chrome():
    listed = parse_entries((linked("Reuters, ", "Fed holds", " (May 1, 2024)", "https://www.reuters.com/a"),))
    text = "As Reuters reported and the BBC confirmed, see the study and share this and mail us and jump."
    spans = {"Reuters reported": "https://reuters.com/a/?utm_source=x#top", "BBC confirmed": "https://www.bbc.co.uk/n",
             "the study": "https://doi.org/10.1/x", "share this": "https://twitter.com/intent/tweet?url=x",
             "mail us": "mailto:desk@example.org", "jump": "#sources"}
    links = tuple(Link(text.index(k), text.index(k) + len(k), u) for k, u in spans.items())
    body = (Block("paragraph", text, 4, links=links),
            Block("paragraph", "BBC again", 6, links=(Link(0, 3, "https://www.bbc.co.uk/n"),)))
    found = inline_citations(body, listed)
    assert [(c.id, c.title, c.url, c.kind) for c in found] == [
        ("L1", "BBC confirmed", "https://www.bbc.co.uk/n", "inline"),
        ("L2", "the study", "https://doi.org/10.1/x", "inline"),
    ]
    assert (found[0].line, found[0].column) == (4, 1 + text.index("BBC confirmed"))


def test_partial_dates_are_kept_as_printed_but_give_no_day():
    (c,) = parse_entries((entry("[4] Smith, J. (2020). Why markets fall. Journal of Finance."),))
    assert (c.date, c.date_text) == (None, "2020")
    (c,) = parse_entries((entry('1 Reuters, "Fed holds rates steady" (March 2024)'),))
    assert (c.date, c.date_text) == (None, "March 2024")


@pytest.mark.parametrize("text", ["x" * 100_000, '"' * 50_000, "1 " + "“a " * 30_000, "(" * 40_000 + "2020)"])
def test_hostile_entries_are_read_quickly(text):
    with no_hang():
        parse_entries((entry(text),))


def test_links_that_make_up_a_whole_block_are_page_furniture_not_sources() -> None:
    from provenance.article import read_article

    page = (b"<html><body><article><h1>Budget passes</h1>"
            b"<p>The council <a href='https://wire.example/vote'>voted on Tuesday</a>, officials said.</p>"
            b"<ul><li><a href='https://paper.example/2023/11/'>November 2023</a></li>"
            b"<li><a href='https://paper.example/related-story'>Another headline of the day</a></li></ul>"
            b"</article></body></html>")
    article = read_article("page.html", page)
    assert [(c.id, c.url) for c in article.citations] == [("L1", "https://wire.example/vote")]


@pytest.mark.parametrize("domain", ["www.example.com", "example.com", "https://www.example.com/"])
def test_a_domain_written_as_the_publisher_is_not_the_link_when_the_title_is_linked(domain):
    text = f'{domain}, "Big story title here" (May 1, 2025)'
    start = text.index('"')
    links = [Link(0, len(domain), "http://www.example.com" if "://" not in domain else domain),
             Link(start, start + len('"Big story title here"'), "https://www.example.com/news/big-story")]
    (c,) = parse_entries((entry(text, "1", links),))
    assert c.url == "https://www.example.com/news/big-story"
    assert c.title == "Big story title here" and c.date == D(2025, 5, 1)


@pytest.mark.parametrize("anchor, url, outlet", [
    ("Medium", "https://medium.com/@ines/why-we-stopped-9b1e2d", True),
    ("Pixel & Press", "https://www.pixelandpress.blog/2025/01/ai-images/", True),
    ("AP", "https://apnews.com/article/spain-drought-4f2a91c7", True),
    ("The Guardian", "https://www.theguardian.com/world/2025/jan/01/story", True),
    ("Rail strike ends after two weeks", "https://news.example.org/rail-strike", False),
    ("report", "https://www.report.example.com/x", False),
    ("a study", "https://www.nature.com/articles/s41586", False),
])
def test_a_link_whose_text_is_the_sites_name_credits_an_outlet(anchor: str, url: str, outlet: bool) -> None:
    from provenance.article.sources import names_the_site

    assert names_the_site(anchor, url) is outlet
