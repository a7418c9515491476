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

    url = result.final_url or result.url
    known = result.sha256 if isinstance(page, bytes) else None  # the hash of these very bytes
    doc = read_source(page, url=url, content_type=result.content_type, sha256=known)
    return Resolution(Status.FETCHED, url=url, http_status=result.http_status, doc=doc)


class _PageReader:
    """Reads pages on the workers as they are fetched, in batches, each distinct final URL once."""

    BATCH = 24  # pages per task: fewer, larger tasks cost less to hand over than one page each

    def __init__(self, workers: Workers) -> None:
        self._workers = workers
        self._urls: dict[str, None] = {}  # final URLs, in the order their pages were handed over
        self._batch: list[FetchResult] = []
        self._pending: list[Callable[[], list[Resolution]]] = []

    def add(self, result: FetchResult) -> None:
        key = result.final_url or result.url
        if key in self._urls or result.page is None:  # a failure has no page to read
            return
        self._urls[key] = None
        self._batch.append(result.as_utf8())  # bytes pickle as a copy; text would be encoded
        if len(self._batch) >= self.BATCH:
            self._hand_over()

    def _hand_over(self) -> None:
        if self._batch:
            self._pending.append(self._workers.start(_read_fetched, self._batch, min_items=1))
            self._batch = []

    def finish(self) -> Callable[[], dict[str, Resolution]]:
        """Hand over the last pages; the function returned waits for every page: final URL -> Resolution."""
        self._hand_over()
        pending = self._pending
        return lambda: dict(zip(self._urls, (r for p in pending for r in p()), strict=True))


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
        self._finish_library: Callable[[], None] | None = None
        if config.library:
            from provenance.resolve.library import Library

            self._library = Library(Path(config.library))
        self._install_cassette: Callable[[], None] = lambda: None
        if self._replays_a_cassette and self.workers.processes > 1:
            from provenance.fetch.cassette import preload

            assert config.cassette is not None
            # starts now: until the warm-up ends (the first work handed to the workers), a core is free
            self._install_cassette = preload(config.cassette)

    @property
    def _replays_a_cassette(self) -> bool:
        config = self.config
        return bool(config.cassette) and (config.offline or config.record_mode in (None, "none"))

    def prepare(self) -> None:
        """Load what the look-ups need ahead of them, while the workers read the articles: the workers
        read the library next, and this process loads the cassette."""
        if self._library is not None:
            self._start_library()
        if self._replays_a_cassette:
            from provenance.fetch.cassette import open_cassette

            assert self.config.cassette is not None
            import httpx  # noqa: F401 - the replay's client, loaded while the workers read the articles
            self._install_cassette()
            try:
                open_cassette(self.config.cassette, "none")
            except Exception:  # noqa: BLE001 - the fetch itself reports a bad cassette, once
                pass

    def _start_library(self) -> Callable[[], None]:
        """Begin indexing the library on the workers (once); the function returned completes it."""
        assert self._library is not None
        if self._finish_library is None:
            self._finish_library = self._library.start_indexing(self.workers)
        return self._finish_library

    def resolve(self, articles: Iterable[Article]) -> dict[tuple[str, str], Resolution]:
        """(article path, citation id) -> Resolution for every citation of every article.

        A citation with a link is read from its link (cassette, cache, network); when the link cannot
        be read, from the library's saved copy of that URL, else from a web archive. A citation without
        a link is looked up in the library by its title."""
        citations = [(a.path, c) for a in articles for c in a.citations]
        # Overlapped: the workers read each page as soon as it is fetched (or replayed), then this
        # process looks up the citations that have no link while the last pages are read.
        reader = _PageReader(self.workers)
        fetched = self._fetch([c.url for _, c in citations if c.url], reader.add)
        reading = reader.finish()
        if self._library is not None:
            self._start_library()()
        out: dict[tuple[str, str], Resolution] = {}
        not_found = _unresolved(with_library=self._library is not None)
        for path, c in citations:
            if not c.url:
                out[(path, c.id)] = self._library_find(c) or not_found
        read = reading()
        for path, c in citations:
            if c.url:
                result = fetched[c.url]
                # a failure was not handed to the readers (and its key is the spelling fetched first)
                page = _read_fetched(result) if result.page is None else read[result.final_url or result.url]
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

    def _fetch(self, urls: list[str],
               on_fetched: Callable[[FetchResult], None]) -> dict[str, FetchResult]:
        if not urls:
            return {}
        from provenance.fetch import fetch_all

        if self.progress:
            self.progress("fetch", 0, len(set(urls)))
        return fetch_all(urls, fetch_options(self.config), on_fetched)
