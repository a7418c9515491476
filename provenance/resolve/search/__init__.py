"""Search services: look up a citation that has no link, as a fact-checker would with a search engine.

The services are asked in the order the run names them (`--search NAME[=ENDPOINT]`), else in that of
options.DEFAULT_SEARCH:

    searxng   a SearXNG instance's JSON API (ENDPOINT required: the instance's base URL)
    gdelt     GDELT DOC 2.0, news articles, no key (one request every 5 seconds)
    crossref  Crossref works, for DOIs and scholarly titles only

Every request goes through the run's one fetcher (cassette, cache, time-outs, the address guard on every
hop of every URL a service returns; only the endpoint the user named is trusted). Each result's page is
read and judged (candidates.py) before it is taken; when none fits, or two fit equally, the citation stays
unresolved and its `lookup` says what was weighed and why. Adding a service is its module here and one
line in SERVICES.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence

from provenance import options
from provenance.errors import ErrorKind
from provenance.models import Candidate, Citation, Resolution, SearchTrail, Status
from provenance.resolve.interface import Run, Wanted
from provenance.resolve.search.crossref import Crossref
from provenance.resolve.search.gdelt import Gdelt
from provenance.resolve.search.searxng import SearXNG
from provenance.resolve.search.service import BadAnswer, Service
from provenance.urls import document_key, is_web_url

SERVICES: dict[str, Callable[[str | None], Service]] = {
    "searxng": lambda endpoint: SearXNG(endpoint or ""),
    "gdelt": Gdelt,
    "crossref": Crossref,
}
NEEDS_ENDPOINT = frozenset({"searxng"})
MAX_QUERIES = 1000  # per service and run: a budget, so an archive run cannot hammer a free service
MAX_CANDIDATES = 5  # results read per query, best first
_DOWN = {ErrorKind.DNS, ErrorKind.CONNECTION, ErrorKind.TIMEOUT, ErrorKind.RATE_LIMITED,
         ErrorKind.REFUSED_ADDRESS, ErrorKind.BLOCKED}  # the service, not the query: stop asking it


def parse_spec(spec: str) -> tuple[str, str | None]:
    """`NAME` or `NAME=ENDPOINT` -> (name, endpoint); ValueError saying what is wrong."""
    raw_name, _, raw_endpoint = spec.strip().partition("=")
    name = raw_name.strip().lower()
    if name not in SERVICES:
        raise ValueError(f"unknown search service {name!r}: choose from {', '.join(SERVICES)}")
    endpoint = raw_endpoint.strip() or None
    if endpoint is not None and not is_web_url(endpoint):
        raise ValueError(f"the endpoint of {name} must be an http(s) URL, not {endpoint!r}")
    if endpoint is None and name in NEEDS_ENDPOINT:
        raise ValueError(f"{name} needs the base URL of an instance: --search {name}=http://localhost:8888")
    return name, endpoint


def specs_of(search: tuple[str, ...] | None) -> tuple[str, ...]:
    """The services a run asks: the ones named, else PROVENANCE_SEARCH (`none` for none), else the default."""
    if search is not None:
        return search
    env = os.environ.get("PROVENANCE_SEARCH")
    if env is not None:
        return tuple(s for s in env.split(",") if s.strip() and s.strip().lower() != "none")
    return options.DEFAULT_SEARCH


class Pacer:
    """At least `interval` seconds between two live requests to one service (injectable clock)."""

    def __init__(self, interval: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval, self.clock, self.sleep = interval, clock, sleep
        self.last: float | None = None

    def wait(self) -> None:
        if self.last is not None:
            delay = self.last + self.interval - self.clock()
            if delay > 0:
                self.sleep(delay)
        self.last = self.clock()


class SearchLookup:
    name = "search"

    def __init__(self, services: Sequence[Service], run: Run, paced: bool = True,
                 clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.services = tuple(services)
        self.fetcher = run.fetcher
        self.paced = paced
        self.pacers = {s.name: Pacer(s.interval, clock, sleep) for s in self.services}
        self.asked = dict.fromkeys(self.pacers, 0)
        self.down: dict[str, str] = {}  # service -> why it is no longer asked this run

    def prepare(self) -> None:
        pass

    def find(self, wanted: Sequence[Wanted]) -> Sequence[Resolution | None]:
        return [self._look_up(w) if _wants(w) else None for w in wanted]

    def _look_up(self, wanted: Wanted) -> Resolution | None:
        citation, failed = wanted.citation, wanted.failed
        asked: tuple[str, str] | None = None  # (service, query) last asked
        weighed: list[Candidate] = []  # every result read, over every query
        problems: list[str] = []
        for service in self.services:
            if not service.wants(citation):
                continue
            for query in service.queries(citation, wanted.quotes):
                asked = asked or (service.name, query.text)
                if service.name in self.down:
                    problems.append(f"{service.name}: {self.down[service.name]}")
                    break
                if self.asked[service.name] >= MAX_QUERIES:
                    problems.append(f"{service.name}: the run's budget of {MAX_QUERIES} queries is spent")
                    break
                asked = (service.name, query.text)  # the last query asked
                found = self._ask(service, query.url)
                if isinstance(found, str):
                    problems.append(f"{service.name}: {found[:1].lower()}{found[1:].rstrip('.')}")
                    break
                seen = {c.url for c in weighed}
                fresh = [h for h in found if h.url not in seen]
                candidates, taken, tied = self._weigh(citation, fresh, wanted.quotes)
                weighed += candidates
                trail = SearchTrail(service.name, query.text, tuple(weighed))
                if taken is not None:
                    return _found(taken, trail)
                if tied:
                    return _unresolved(trail, "two search results fit the citation equally; neither is taken")
        if asked is None:
            return None  # nothing could be asked: the earlier failure stands
        trail = SearchTrail(*asked, tuple(weighed))
        if weighed:
            return _unresolved(trail, f"none of the {len(weighed)} search results read is the cited document")
        if problems:
            earlier = (failed.reason or "").rstrip(".") if failed is not None else ""
            why = "the search failed (" + "; ".join(dict.fromkeys(problems)) + ")"
            return _unresolved(trail, f"{earlier}, and {why}" if earlier else why, ErrorKind.SEARCH_FAILED)
        return _unresolved(trail, "the search services found nothing")

    def _ask(self, service: Service, url: str) -> list | str:
        """The hits of one query, or why there are none to be had from this service."""
        if self.paced:
            self.pacers[service.name].wait()
        self.asked[service.name] += 1
        result = self.fetcher.fetch([url])[url]
        if not result.ok or result.text is None:
            reason = (result.reason or "no answer").rstrip(".")
            if result.error_kind in _DOWN:
                self.down[service.name] = reason
            return reason
        try:
            hits = service.parse(result.text)
        except BadAnswer as exc:
            return str(exc)
        seen: dict[str, object] = {}
        for hit in hits:
            if is_web_url(hit.url):
                seen.setdefault(document_key(hit.url), hit)
        return list(seen.values())[:MAX_CANDIDATES]

    def _weigh(self, citation: Citation, hits: list, quotes: tuple[str, ...]
               ) -> tuple[list[Candidate], Resolution | None, bool]:
        """Every hit's page read and judged; the one taken when exactly one fits best, or whether two tie."""
        from provenance.resolve.link import read_fetched
        from provenance.resolve.search.candidates import judge

        pages = self.fetcher.fetch([h.url for h in hits]) if hits else {}
        candidates = []
        fitting = []
        for hit in hits:
            read = read_fetched(pages[hit.url])
            if read.doc is None:
                why = f"it could not be read: {read.reason}"
                candidates.append(Candidate(hit.url, hit.title, False, why))
                continue
            judged = judge(citation, read.doc, quotes)
            candidates.append(Candidate(hit.url, read.doc.title, judged.accepted, judged.why))
            if judged.accepted:
                fitting.append((judged, read))
        if not fitting:
            return candidates, None, False
        fitting.sort(key=lambda jr: jr[0].rank, reverse=True)
        best, best_read = fitting[0]
        rivals = [r for j, r in fitting[1:] if j.rank == best.rank and not _same_document(r, best_read)]
        if rivals:
            return candidates, None, True
        reason = best.why if best.syndicated else None
        found = Resolution(Status.FOUND, url=best_read.url, http_status=best_read.http_status, reason=reason,
                           doc=best_read.doc)
        return candidates, found, False


def _wants(w: Wanted) -> bool:
    return not w.citation.url and bool(w.citation.title)  # the resolver hands on only what is unread


def _same_document(a: Resolution, b: Resolution) -> bool:
    if a.doc is None or b.doc is None:
        return False
    same_canonical = a.doc.canonical is not None and a.doc.canonical == b.doc.canonical
    return a.doc.sha256 == b.doc.sha256 or same_canonical


def _found(taken: Resolution, trail: SearchTrail) -> Resolution:
    from dataclasses import replace

    return replace(taken, lookup=trail)


def _unresolved(trail: SearchTrail, why: str, kind: ErrorKind = ErrorKind.NO_SEARCH_MATCH) -> Resolution:
    return Resolution(Status.UNRESOLVED, reason=why[0].upper() + why[1:] + ".", error_kind=kind, lookup=trail)


def make(run: Run) -> SearchLookup | None:
    config = run.config
    if config.offline or config.no_search:
        return None
    services = []
    for spec in specs_of(config.search):
        name, endpoint = parse_spec(spec)
        services.append(SERVICES[name](endpoint))
    if not services:
        return None
    replay_only = bool(config.cassette) and (config.record_mode or "none") == "none"
    return SearchLookup(services, run, paced=not replay_only)
