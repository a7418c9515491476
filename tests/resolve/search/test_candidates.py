"""A search result is taken for the cited document only when its own page says so."""

from __future__ import annotations

import datetime as dt

from provenance.models import Citation, SourceDoc
from provenance.resolve.search.candidates import judge

CITED = Citation("3", "raw", "Yahoo Finance",
                 "NTT Scientists Contribute Fifteen Research Papers to NeurIPS 2025",
                 dt.date(2025, 12, 3), None, 1)


def _doc(title: str, url: str, site: str | None = None, published: dt.date | None = dt.date(2025, 12, 3)):
    return SourceDoc(url=url, title=title, site=site, published=published, text="…")


def test_the_cited_title_on_the_cited_outlet_is_taken():
    j = judge(CITED, _doc(CITED.title or "", "https://finance.yahoo.com/news/ntt-123.html"))
    assert j.accepted and not j.syndicated


def test_a_near_title_is_not_the_cited_document():
    j = judge(CITED, _doc("NTT Scientists Contribute Twelve Research Papers to ICML 2024",
                          "https://finance.yahoo.com/news/ntt-2024.html"))
    assert not j.accepted


def test_the_same_title_under_another_date_is_not_the_cited_document():
    j = judge(CITED, _doc(CITED.title or "", "https://finance.yahoo.com/x", published=dt.date(2024, 12, 3)))
    assert not j.accepted and "dated 2024-12-03" in j.why


def test_a_copy_on_another_outlet_is_said_to_be_a_copy_and_ranks_below_the_original():
    copy = judge(CITED, _doc(CITED.title or "", "https://www.businesswire.com/news/home/1/en/"))
    original = judge(CITED, _doc(CITED.title or "", "https://finance.yahoo.com/news/a.html"))
    assert copy.accepted and copy.syndicated and "not on Yahoo Finance" in copy.why
    assert original.rank > copy.rank


def test_a_close_title_on_another_outlet_is_refused():
    j = judge(CITED, _doc("NTT Scientists Contribute Fifteen Papers to NeurIPS", "https://other.example/x"))
    assert not j.accepted


def test_the_page_site_name_can_vouch_for_the_publisher():
    cited = Citation("4", "raw", "Globe Newswire", "Telix joins forces with University Hospital Essen",
                     None, None, 1)
    j = judge(cited, _doc("Telix joins forces with University Hospital Essen", "https://mirror.example/telix",
                          site="GlobeNewswire"))
    assert j.accepted and not j.syndicated


def test_one_word_changed_in_a_long_headline_is_another_story():
    cited = Citation("1", "raw", "uproxx.com", "Rudy Giuliani Is No Longer In The Running To Become Donald "
                     "Trump’s Secretary Of State", dt.date(2016, 12, 9), None, 1)
    j = judge(cited, _doc("Rudy Giuliani Is No Longer In The Running To Become Donald Trump’s Different Of "
                          "State", "https://uproxx.com/story/1", published=dt.date(2016, 12, 9)))
    assert not j.accepted and "lacks “secretary”" in j.why


def test_the_cut_last_word_of_a_truncated_title_need_only_begin_a_word():
    cited = Citation("4", "raw", "Globe Newswire", "Telix Joins Forces with University Hospital Essen on "
                     "PROMISE-PET: Optimizing Patient Management thro", None, None, 1)
    j = judge(cited, _doc("Telix Joins Forces with University Hospital Essen on PROMISE-PET: Optimizing "
                          "Patient Management through AI", "https://www.globenewswire.com/news/1"))
    assert j.accepted
