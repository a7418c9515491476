"""Resolve every citation of a run to a readable source document, once per distinct URL.

A citation with a link is read from its link (cassette, cache, network), else from the library's saved
copy of that URL, else from a web archive; one without a link is looked up in the library by its title.
What cannot be read becomes a Resolution that says why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.config import Config
from provenance.models import Article, Citation, Resolution, Status
from provenance.parallel import Workers
from provenance.progress import Progress

if TYPE_CHECKING:
    from provenance.fetch import FetchOptions, FetchResult


def fetch_options(config: Config) -> FetchOptions:
    from provenance.fetch import FetchOptions

    return FetchOptions(
        offline=config.offline,
        cassette=config.cassette,
        record_mode=config.record_mode,
        cache_dir=config.cache_dir,
        no_cache=config.no_cache or config.offline,
        allow_private_addresses=config.allow_private_addresses,
        timeout=config.timeout,
        concurrency=config.concurrency,
        per_host=config.per_host,
        max_bytes=config.max_bytes,
    )


def _read_fetched(result: FetchResult) -> Resolution:
    """A FetchResult (provenance.fetch) as a Resolution, reading the page when there is one."""
    page = result.page
    if result.error_kind is not None or page is None:
        return Resolution(
            Status.UNREACHABLE,
            url=result.final_url or result.url,
            http_status=result.http_status,
            reason=result.reason or "The source could not be read.",
            error_kind=result.error_kind or "unsupported-type",
        )
    from provenance.source import read_source

    doc = read_source(page, url=result.final_url or result.url, content_type=result.content_type)
    url = result.final_url or result.url
    return Resolution(Status.FETCHED, url=url, http_status=result.http_status, doc=doc)


def _start_reading(results: Iterable[FetchResult], workers: Workers) -> Callable[[], dict[str, Resolution]]:
    """Begin reading every distinct page fetched (on every core); the function returned waits for
    them: final URL -> Resolution."""
    distinct = {r.final_url or r.url: r for r in results}
    pending = workers.start(_read_fetched, [r.as_utf8() for r in distinct.values()])  # bytes pickle cheaply
    return lambda: dict(zip(distinct, pending(), strict=True))


def _unresolved(*, with_library: bool) -> Resolution:
    if with_library:
        return Resolution(Status.UNRESOLVED, reason="The entry has no link and no saved document matches it.",
                          error_kind="not-in-library")
    return Resolution(Status.UNRESOLVED, reason="The entry has no link, and no library of saved documents "
                      "was given.", error_kind="no-library")


class Resolver:
    """Resolves the citations of many articles; each distinct URL is fetched and read once."""

    def __init__(self, config: Config, progress: Progress | None = None,
                 workers: Workers | None = None) -> None:
        self.config = config
        self.progress = progress
        self.workers = workers or Workers(1)
        self._library = None
        if config.library:
            from provenance.resolve.library import Library

            self._library = Library(Path(config.library))

    def prepare(self) -> None:
        """Load the cassette ahead of the look-ups (while the workers read the articles)."""
        if self.config.cassette and (self.config.offline or self.config.record_mode in (None, "none")):
            from provenance.fetch.cassette import open_cassette

            try:
                open_cassette(self.config.cassette, "none")
            except Exception:  # noqa: BLE001 - the fetch itself reports a bad cassette, once
                pass

    def resolve(self, articles: Iterable[Article]) -> dict[tuple[str, str], Resolution]:
        """(article path, citation id) -> Resolution for every citation of every article.

        A citation with a link is read from its link (cassette, cache, network); when the link cannot
        be read, from the library's saved copy of that URL, else from a web archive. A citation without
        a link is looked up in the library by its title."""
        citations = [(a.path, c) for a in articles for c in a.citations]
        # Overlapped: the workers index the library while this process fetches (or replays), then read
        # the pages while this process looks up the citations that have no link.
        library = self._library.start_indexing(self.workers) if self._library is not None else None
        fetched = self._fetch([c.url for _, c in citations if c.url])
        reading = _start_reading(fetched.values(), self.workers)
        if library is not None:
            library()
        out: dict[tuple[str, str], Resolution] = {}
        not_found = _unresolved(with_library=self._library is not None)
        for path, c in citations:
            if not c.url:
                out[(path, c.id)] = self._library_find(c) or not_found
        read = reading()
        for path, c in citations:
            if c.url:
                result = fetched[c.url]
                page = read[result.final_url or result.url]
                out[(path, c.id)] = page if page.readable else (self._library_find(c, page) or page)
        out = {(path, c.id): out[(path, c.id)] for path, c in citations}  # in citation order
        unread = [(path, c) for path, c in citations if c.url and not out[(path, c.id)].readable]
        archived = self._archived(unread, fetched)
        for path, c in unread:
            if c.url in archived:
                out[(path, c.id)] = archived[c.url]
        return out

    def _library_find(self, citation: Citation, unread: Resolution | None = None) -> Resolution | None:
        """The library's saved copy of a citation: by its URL, or by its title when it has no URL."""
        if self._library is None:
            return None
        hit = self._library.find(citation)
        if hit is None:
            return None
        path, doc = hit
        reason = f"The link could not be read ({unread.reason}); its saved copy was read." if unread else None
        return Resolution(Status.LIBRARY, url=str(path), doc=doc, reason=reason)

    def _archived(self, citations: list[tuple[str, Citation]],
                  fetched: dict[str, FetchResult]) -> dict[str, Resolution]:
        """Dead link -> a Resolution read from its Wayback Machine copy nearest the cited date."""
        if not self.config.archive or self.config.offline:
            return {}
        from provenance.resolve.archive import find_archived, is_dead, snapshot_date
        from provenance.source import read_source

        dead: dict[str, dt.date | None] = {}
        for _, c in citations:
            if c.url and c.url in fetched and is_dead(fetched[c.url]):
                dead.setdefault(c.url, c.date)
        out: dict[str, Resolution] = {}
        for url, snap in (find_archived(dead, fetch_options(self.config)) if dead else {}).items():
            # Read as the original page: its host and path, not the archive's, name the site and date.
            doc = read_source(snap.text or "", url=url, content_type=snap.content_type)
            when = snapshot_date(snap.final_url or snap.url)
            copy = f"An archived copy from {when:%Y-%m-%d}" if when else "An archived copy"
            dead_page = fetched[url]
            reason = f"The live link is dead: {dead_page.reason} {copy} (Wayback Machine) was read instead."
            out[url] = Resolution(Status.ARCHIVED, url=snap.final_url or snap.url,
                                  http_status=snap.http_status, doc=doc, reason=reason,
                                  error_kind=dead_page.error_kind)
        return out

    def _fetch(self, urls: list[str]) -> dict[str, FetchResult]:
        if not urls:
            return {}
        from provenance.fetch import fetch_all

        if self.progress:
            self.progress("fetch", 0, len(set(urls)))
        return fetch_all(urls, fetch_options(self.config))
