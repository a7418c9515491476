"""The search look-up against loopback services in SearXNG's and GDELT's documented shapes.

The service bodies and the pages they point to are hand-made for these tests (tests/support/
search_services.py); they stand in for the real services and are not the real reports.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from provenance.article import read_article
from provenance.config import Config
from provenance.fetch.client import HttpFetcher
from provenance.models import Citation, Status
from provenance.parallel import Workers
from provenance.resolve import Resolver, Run
from provenance.resolve.search import Pacer, SearchLookup
from provenance.resolve.search.gdelt import Gdelt
from provenance.resolve.search.searxng import SearXNG
from tests.support.cli import SEED, run
from tests.support.loopback import LoopbackServer
from tests.support.search_services import Page, gdelt, searxng, serve_pages

TANAKA = ("AI is becoming ubiquitous, but how these computational engines actually work remains a mystery, "
          "which is why our scientists keep probing with fundamental questions.")
NTT = "NTT Scientists Contribute Fifteen Research Papers to NeurIPS 2025"
TELIX = ("Telix Joins Forces with University Hospital Essen on PROMISE-PET: Optimizing Patient Management "
         "through AI-Driven Imaging")

PAGES = [
    Page("/yahoo/ntt", NTT, "Yahoo Finance", "2025-12-03",
         f"Hidenori Tanaka said: “{TANAKA}” The papers cover physics of intelligence."),
    # the same release on a wire site, and the same title a year earlier: decoys
    Page("/wire/ntt", NTT, "Business Wire", "2025-12-03", "NTT Research announced the papers today."),
    Page("/yahoo/ntt-2024", NTT, "Yahoo Finance", "2024-12-03", "Last year's papers."),
    Page("/gnw/telix", TELIX, "GlobeNewswire", "2026-02-27", "Telix Pharmaceuticals announced a registry."),
]


class FakeClock:
    """An injected clock: sleeping advances it, so no test waits for GDELT's 5 seconds."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.asked_at: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


def _config(**kw: object) -> Config:
    return Config(allow_private_addresses=True, no_cache=True, **kw)  # type: ignore[arg-type]


class RecordingFetcher:
    """The run's real fetcher, noting the (fake) time of each request to a search service."""

    def __init__(self, inner: HttpFetcher, clock: FakeClock, marker: str) -> None:
        self.inner, self.clock, self.marker = inner, clock, marker
        self.asked_at: list[float] = []

    def fetch(self, urls, on_fetched=None):
        urls = list(urls)
        self.asked_at += [self.clock.now for u in urls if self.marker in u]
        return self.inner.fetch(urls, on_fetched)


def _resolve_seed(config: Config, make_services, clock: FakeClock | None = None, marker: str = "/api/"):
    article = read_article(str(SEED), SEED.read_bytes())
    fake = clock or FakeClock()
    with Workers(1) as workers, HttpFetcher(config.fetch_options()) as real:
        fetcher = RecordingFetcher(real, fake, marker)
        run = Run(config, fetcher, workers)
        lookup = SearchLookup(make_services(), run, clock=fake.clock, sleep=fake.sleep)
        others = [lk for lk in Resolver.for_run(run).lookups if lk.name != "search"]
        found = Resolver([*others, lookup]).resolve([article])
    return {cid: r for (_, cid), r in found.items()}, fetcher.asked_at


def _seed_through_searxng(server: LoopbackServer):
    """The seed's citations looked up through a loopback SearXNG over PAGES."""
    serve_pages(server, PAGES)
    searxng(server, PAGES)
    return _resolve_seed(_config(search=()), lambda: [SearXNG(server.url("/searx"))])[0]


def test_searxng_finds_the_cited_report_and_not_its_copy_or_last_years(server: LoopbackServer):
    found = _seed_through_searxng(server)
    ntt = found["3"]
    assert ntt.status is Status.FOUND and ntt.url == server.url("/yahoo/ntt")
    assert ntt.lookup is not None and ntt.lookup.service == "searxng"
    weighed = {c.url.rsplit("/", 2)[-2] + "/" + c.url.rsplit("/", 1)[-1]: c for c in ntt.lookup.candidates}
    assert not weighed["yahoo/ntt-2024"].accepted and "dated 2024-12-03" in weighed["yahoo/ntt-2024"].why
    assert weighed["wire/ntt"].accepted and "a copy, not on Yahoo Finance" in weighed["wire/ntt"].why


def test_a_truncated_title_is_looked_up_by_its_intact_part(server: LoopbackServer):
    found = _seed_through_searxng(server)
    telix = found["4"]
    assert telix.status is Status.FOUND and telix.url == server.url("/gnw/telix")
    assert "thro" not in telix.lookup.query  # the cut-off last word is not searched for


def test_sources_the_service_does_not_know_stay_unresolved_and_say_so(server: LoopbackServer):
    found = _seed_through_searxng(server)
    for cid in ("1", "2", "5"):
        assert found[cid].status is Status.UNRESOLVED
    assert "found nothing" in (found["2"].reason or "")


def test_gdelt_answers_are_read_and_its_calls_are_five_seconds_apart(server: LoopbackServer):
    serve_pages(server, PAGES)
    gdelt(server, PAGES)
    found, asked_at = _resolve_seed(_config(search=()), lambda: [Gdelt(server.url("/api/v2/doc/doc"))])
    assert found["3"].status is Status.FOUND and found["3"].lookup.service == "gdelt"
    assert found["4"].status is Status.FOUND
    assert len(asked_at) >= 3
    assert all(b - a >= 5.0 for a, b in zip(asked_at, asked_at[1:], strict=False))


def test_the_pacer_waits_only_what_is_left_of_the_interval():
    clock = FakeClock()
    pacer = Pacer(5.0, clock.clock, clock.sleep)
    pacer.wait()
    assert clock.now == 1000.0  # the first request goes at once
    clock.now += 2.0
    pacer.wait()
    assert clock.now == 1005.0


def test_the_named_endpoint_is_trusted_but_the_urls_it_returns_are_not(server: LoopbackServer):
    serve_pages(server, PAGES)
    searxng(server, PAGES)
    config = Config(no_cache=True, search=(f"searxng={server.url('/searx')}",))
    found, _ = _resolve_seed(config, lambda: [SearXNG(server.url("/searx"))])
    ntt = found["3"]
    assert ntt.status is Status.UNRESOLVED
    assert ntt.lookup is not None and ntt.lookup.candidates  # the endpoint answered
    assert all(not c.accepted and "could not be read" in c.why for c in ntt.lookup.candidates)
    assert server.hits["/yahoo/ntt"] == 0  # the loopback page a service named was never requested


def test_an_instance_without_json_is_a_failed_look_up_with_its_reason(server: LoopbackServer):
    server.route("/searx/search", (403, {"Content-Type": "text/html"}, b"<h1>403 Forbidden</h1>"))
    found, _ = _resolve_seed(_config(search=()), lambda: [SearXNG(server.url("/searx"))])
    assert found["3"].status is Status.UNRESOLVED
    assert "searxng" in (found["3"].reason or "") and "403" in (found["3"].reason or "")


def test_gdelt_error_pages_under_200_and_empty_answers_are_failures_or_nothing(server: LoopbackServer):
    server.route("/api/v2/doc/doc", (200, {"Content-Type": "text/html"},
                                     b"<html><body>Please limit requests to one every 5 seconds.</body>"))
    found, _ = _resolve_seed(_config(search=()), lambda: [Gdelt(server.url("/api/v2/doc/doc"))])
    assert found["3"].status is Status.UNRESOLVED and "limit requests" in (found["3"].reason or "")


def test_a_linked_citation_is_never_searched(server: LoopbackServer, tmp_path: Path):
    searxng(server, PAGES)
    with Workers(1) as workers, HttpFetcher(_config().fetch_options()) as fetcher:
        lookup = SearchLookup([SearXNG(server.url("/searx"))], Run(_config(), fetcher, workers))
        linked = Citation("1", "x", "Yahoo Finance", NTT, dt.date(2025, 12, 3), "https://example.com/a", 1)
        from provenance.resolve import Wanted

        assert lookup.find([Wanted(linked)]) == [None]
    assert not server.hits


def test_the_seed_online_verifies_the_tanaka_quotation(server: LoopbackServer):
    import json

    serve_pages(server, PAGES)
    searxng(server, PAGES)
    proc = run("check", str(SEED), "--search", f"searxng={server.url('/searx')}", "--allow-private-addresses",
               "--no-cache", "--format", "json", "--fail-on", "never")
    assert proc.returncode == 0, proc.stderr
    article = json.loads(proc.stdout)["articles"][0]
    sources = {s["id"]: s["resolution"] for s in article["sources"]}
    assert sources["3"]["status"] == "found" and sources["3"]["lookup"]["service"] == "searxng"
    assert sources["4"]["status"] == "found"
    assert sources["2"]["status"] == "unresolved" and "lookup" in sources["2"]
    tanaka = next(c for c in article["claims"] if c["text"].startswith("AI is becoming ubiquitous"))
    assert tanaka["verdict"] == "verified" and tanaka["source"] == "3"


def test_no_request_at_all_with_no_search_or_offline(server: LoopbackServer):
    searxng(server, PAGES)
    endpoint = f"searxng={server.url('/searx')}"
    for extra in (["--no-search"], ["--offline"]):
        proc = run("check", str(SEED), "--search", endpoint, "--no-cache", "--fail-on", "never", *extra)
        assert proc.returncode == 0, proc.stderr
    assert not server.hits


def test_a_bad_search_option_is_a_one_line_usage_error():
    for spec, said in (("bing", "unknown search service 'bing'"), ("searxng", "needs the base URL"),
                       ("gdelt=ftp://x", "must be an http(s) URL")):
        proc = run("check", str(SEED), "--search", spec, "--offline")
        assert proc.returncode == 2 and said in proc.stderr and "Traceback" not in proc.stderr


def test_a_429_is_retried_as_retry_after_says_then_the_service_is_left_alone(server: LoopbackServer):
    server.route("/api/v2/doc/doc", (429, {"Content-Type": "text/plain", "Retry-After": "0"},
                                     b"Please limit requests to one every 5 seconds."))
    found, asked_at = _resolve_seed(_config(search=()), lambda: [Gdelt(server.url("/api/v2/doc/doc"))])
    assert sum(server.hits.values()) == 3  # one query, asked once and retried twice, and no more
    for cid in "12345":
        assert found[cid].status is Status.UNRESOLVED
        assert "gdelt" in (found[cid].reason or "") and found[cid].lookup is not None


ARTICLE = """# Research output

Published December 10, 2025.

Hidenori Tanaka said: "{quote}" [1]

Sources:
1 Yahoo Finance, "NTT Scientist Contribute Fifteen Reseach Papers to NeurIPS 2025" (December 03, 2025)
"""


def test_a_tied_quotation_is_a_second_query_and_vouches_for_a_mistyped_title(server: LoopbackServer):
    serve_pages(server, PAGES)
    searxng(server, PAGES)
    text = ARTICLE.format(quote=TANAKA).encode()
    article = read_article("typo.txt", text)
    assert article.quotes and article.quotes[0].cited_source == "1"
    config = _config(search=())
    with Workers(1) as workers, HttpFetcher(config.fetch_options()) as fetcher:
        lookup = SearchLookup([SearXNG(server.url("/searx"))], Run(config, fetcher, workers))
        found = Resolver([lookup]).resolve([article])[("typo.txt", "1")]
    assert found.status is Status.FOUND and found.url == server.url("/yahoo/ntt")
    assert found.lookup is not None and found.lookup.query.startswith('"AI is becoming ubiquitous')


def test_without_the_quotation_a_mistyped_title_finds_nothing(server: LoopbackServer):
    serve_pages(server, PAGES)
    searxng(server, PAGES)
    unsaid = "Nothing of the sort was said at all here"
    article = read_article("typo.txt", ARTICLE.format(quote=unsaid).encode())
    config = _config(search=())
    with Workers(1) as workers, HttpFetcher(config.fetch_options()) as fetcher:
        lookup = SearchLookup([SearXNG(server.url("/searx"))], Run(config, fetcher, workers))
        found = Resolver([lookup]).resolve([article])[("typo.txt", "1")]
    assert found.status is Status.UNRESOLVED
