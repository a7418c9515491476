"""The link look-up: a citation's own URL, fetched through the run's fetcher and read on the workers."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from provenance.errors import ErrorKind
from provenance.fetch import Fetcher, FetchResult
from provenance.models import Resolution, Status
from provenance.parallel import Workers
from provenance.progress import Progress
from provenance.resolve.interface import Run, Wanted


def read_fetched(result: FetchResult) -> Resolution:
    """A FetchResult as a Resolution, reading the page when there is one."""
    page = result.page
    if result.error_kind is not None or page is None:
        return Resolution(
            Status.UNREACHABLE,
            url=result.final_url or result.url,
            http_status=result.http_status,
            reason=result.reason or "The source could not be read.",
            error_kind=result.error_kind or ErrorKind.UNSUPPORTED_TYPE,
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
            self._pending.append(self._workers.start(read_fetched, self._batch, min_items=1))
            self._batch = []

    def finish(self) -> dict[str, Resolution]:
        """Hand over the last pages and wait for every page: final URL -> Resolution."""
        self._hand_over()
        return dict(zip(self._urls, (r for p in self._pending for r in p()), strict=True))


class LinkLookup:
    name = "link"

    def __init__(self, fetcher: Fetcher, workers: Workers, progress: Progress | None = None) -> None:
        self.fetcher = fetcher
        self.workers = workers
        self.progress = progress

    def prepare(self) -> None:
        pass  # the engine opens the fetcher (and loads a cassette) while the articles are read

    def find(self, wanted: Sequence[Wanted]) -> list[Resolution | None]:
        urls = [w.citation.url for w in wanted if w.citation.url and w.failed is None]
        if not urls:
            return [None] * len(wanted)
        if self.progress:
            self.progress("fetch", 0, len(set(urls)))
        # Overlapped: the workers read each page as soon as it is fetched (or replayed).
        reader = _PageReader(self.workers)
        fetched = self.fetcher.fetch(urls, reader.add)
        read = reader.finish()
        out: list[Resolution | None] = []
        for w in wanted:
            url = w.citation.url
            if not url or w.failed is not None:
                out.append(None)
                continue
            result = fetched[url]
            # a failure was not handed to the readers (and its key is the spelling fetched first)
            out.append(read_fetched(result) if result.page is None else read[result.final_url or result.url])
        return out


def make(run: Run) -> LinkLookup:
    return LinkLookup(run.fetcher, run.workers, run.progress)
