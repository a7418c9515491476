"""Each service's answers read as its documentation gives them (hand-made bodies, not recorded ones)."""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import parse_qs, urlsplit

import pytest

from provenance.models import Citation
from provenance.resolve.search.crossref import Crossref
from provenance.resolve.search.gdelt import Gdelt
from provenance.resolve.search.searxng import SearXNG
from provenance.resolve.search.service import BadAnswer, Hit

NTT = Citation("3", "raw", "Yahoo Finance",
                 "NTT Scientists Contribute Fifteen Research Papers to NeurIPS 2025",
               dt.date(2025, 12, 3), None, 1)
CUT = Citation("4", "raw", "Globe Newswire", "Telix Joins Forces with University Hospital Essen on "
               "PROMISE-PET: Optimizing Patient Management thro", dt.date(2026, 2, 27), None, 1)
PAPER = Citation("1", "Nature, doi:10.1038/s41586-020-2649-2", "Nature", "Array programming with NumPy",
                 dt.date(2020, 9, 16), None, 1)


def _params(url: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(url).query)


def test_searxng_asks_the_news_then_the_general_category_with_a_site_hint_first():
    queries = SearXNG("http://localhost:8888/").queries(NTT)
    assert [_params(q.url)["categories"][0] for q in queries] == ["news", "general", "news", "general"]
    assert queries[0].text.endswith("site:finance.yahoo.com") and queries[2].text.startswith('"NTT')
    assert all(_params(q.url)["format"] == ["json"] for q in queries)
    assert queries[0].url.startswith("http://localhost:8888/search?")


def test_searxng_results_are_read_with_their_often_null_dates():
    body = json.dumps({"query": "q", "number_of_results": 0, "results": [
        {"url": "https://finance.yahoo.com/news/a.html", "title": "A", "content": "…", "engine": "bing",
         "engines": ["bing"], "score": 1.2, "publishedDate": "2025-12-03T09:00:00"},
        {"url": "https://example.com/b", "title": "B", "publishedDate": None},
        {"title": "no url"}], "answers": [], "unresponsive_engines": [["google", "CAPTCHA"]]})
    assert SearXNG("http://x").parse(body) == [Hit("https://finance.yahoo.com/news/a.html", "A",
                                                   dt.date(2025, 12, 3)), Hit("https://example.com/b", "B")]


@pytest.mark.parametrize("body", ["<html><h1>403 Forbidden</h1></html>", '{"error": "x"}', "[1, 2]"])
def test_searxng_non_answers_are_bad_answers(body):
    with pytest.raises(BadAnswer):
        SearXNG("http://x").parse(body)


def test_gdelt_asks_a_phrase_in_a_date_window_and_by_domain_first():
    queries = Gdelt().queries(NTT)
    first = _params(queries[0].url)
    assert first["query"] == ['"NTT Scientists Contribute Fifteen Research Papers to NeurIPS 2025" '
                              "domain:finance.yahoo.com"]
    assert first["mode"] == ["artlist"] and first["format"] == ["json"]
    assert first["startdatetime"] == ["20251126000000"] and first["enddatetime"] == ["20251210235959"]
    assert queries[0].url.startswith("https://api.gdeltproject.org/api/v2/doc/doc?")


def test_a_truncated_title_is_asked_by_its_intact_part():
    phrase = _params(Gdelt().queries(CUT)[0].url)["query"][0]
    assert "thro" not in phrase and "Optimizing Patient Management" in phrase


def test_gdelt_articles_are_read_without_taking_seendate_for_a_publication_date():
    body = json.dumps({"articles": [{"url": "https://a.example/x", "url_mobile": "", "title": "X",
                                     "seendate": "20251203T101500Z", "socialimage": "", "domain": "a.example",
                                     "language": "English", "sourcecountry": "United States"}]})
    assert Gdelt().parse(body) == [Hit("https://a.example/x", "X", None)]
    assert Gdelt().parse("{}") == []  # nothing matched


@pytest.mark.parametrize("body", ["Please limit requests to one every 5 seconds or contact us.",
                                  "<html><body>The specified phrase is too short.</body></html>",
                                  '{"articles": [', '{"articles": "x"}'])
def test_gdelt_messages_under_200_and_malformed_json_are_bad_answers(body):
    with pytest.raises(BadAnswer):
        Gdelt().parse(body)


def test_crossref_only_looks_up_scholarly_works():
    assert Crossref().wants(PAPER) and not Crossref().wants(NTT)
    params = _params(Crossref().queries(PAPER)[0].url)
    assert params["query.bibliographic"] == ["Array programming with NumPy"] and params["mailto"]


def test_crossref_works_are_read_through_their_doi():
    body = json.dumps({"status": "ok", "message-type": "work-list", "message-version": "1.0.0", "message": {
        "total-results": 1, "items": [{
            "DOI": "10.1038/s41586-020-2649-2", "title": ["Array programming with NumPy"],
            "container-title": ["Nature"], "URL": "http://dx.doi.org/10.1038/x",
            "published": {"date-parts": [[2020, 9, 16]]}}]}})
    assert Crossref().parse(body) == [Hit("https://doi.org/10.1038/s41586-020-2649-2",
                                          "Array programming with NumPy", dt.date(2020, 9, 16))]


@pytest.mark.parametrize("body", [
    json.dumps({"status": "failed", "message-type": "validation-failure",
                "message": [{"type": "parameter-not-allowed", "value": "x", "message": "x is not allowed"}]}),
    "Resource not found.",
])
def test_crossref_errors_are_bad_answers(body):
    with pytest.raises(BadAnswer):
        Crossref().parse(body)
