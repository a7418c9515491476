"""`--dask-scheduler ADDRESS`: a run's work on a Dask cluster (the `dask` extra), behind the engine's seam.

The engine (engine.py) runs as on one machine: the client (this process) expands the inputs, goes
through them batch by batch, keeps the run's on-disk memo and `--state`, and writes the report, so the
results come back in article order and the report is the one a local run writes. It is handed two
parts in place of this machine's:

- `ClusterWorkers`, the run's `Workers`: each piece of CPU work a batch hands out (reading articles,
  reading pages, indexing a library, judging quotations and running the checks) is cut into chunks,
  one task per chunk, spread over the cluster's worker threads; the results are gathered in order.
- `ClusterFetcher`, the run's fetcher: one actor per worker (`_Owner`) holds an HttpFetcher for the
  whole run, and every host (host:port) belongs to one of them, by a hash of its name. So one fetcher
  asks a given host all run long: its per-host limit, its Retry-After waits and its memory of a site
  that stalled hold across the cluster exactly as on one machine. A shared limiter (a
  distributed.Semaphore per host) would count requests at once but nothing else a fetcher knows of a
  host, at a scheduler round trip per request. The run's `--concurrency` is shared out among the
  owners. A redirect to another host is followed by the first host's owner (as one machine does).

The workers must see what the client names: article files, the page cache and a cassette are handed
over as absolute paths (one machine, or a filesystem mounted at the same place on every machine); the
page cache is the client's (`--cache-dir`, or its default folder). A cassette is replayed by every
owner; recording one is refused (each worker would write its own).
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import uuid
import zlib
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from provenance.config import Config
from provenance.errors import ConfigError, ProvenanceError
from provenance.fetch import FetchOptions, FetchResult, HttpFetcher, OnFetched
from provenance.parallel import MIN_ITEMS, Workers
from provenance.urls import host_key, normalize_url

if TYPE_CHECKING:
    from distributed import Client

T = TypeVar("T")
R = TypeVar("R")


def connect(stack: contextlib.ExitStack, config: Config) -> tuple[ClusterWorkers, ClusterFetcher]:
    """The run's workers and fetcher on the cluster at `config.dask_scheduler`, closed with `stack`;
    ConfigError (one line) when Dask is missing, the scheduler cannot be reached or has no worker."""
    address = config.dask_scheduler
    assert address is not None
    if config.cassette and not config.offline and (config.record_mode or "none") != "none":
        raise ConfigError("--dask-scheduler replays a cassette but cannot record one (--record-mode none)")
    try:
        import logging

        from distributed import Client
    except ImportError:
        raise ConfigError("--dask-scheduler needs Dask: pip install 'provenance[dask]'") from None
    logging.getLogger("distributed").setLevel(logging.ERROR)  # its progress notes are not the run's
    try:
        client = Client(address, timeout=config.timeout, direct_to_workers=True)
    except (OSError, ValueError, TypeError) as e:
        raise ConfigError(f"--dask-scheduler {address}: cannot connect ({_first_line(e)})") from None
    stack.callback(client.close)
    try:
        client.wait_for_workers(1, timeout=config.timeout)
    except (OSError, TimeoutError):
        raise ConfigError(f"--dask-scheduler {address}: no worker joined the cluster within "
                          f"{config.timeout:g} seconds") from None
    info = client.scheduler_info()["workers"]
    workers = ClusterWorkers(client, address, sum(w["nthreads"] for w in info.values()))
    fetcher = ClusterFetcher(client, address, sorted(info), _shared(config.fetch_options()))
    stack.callback(fetcher.close)
    return workers, fetcher


def _shared(options: FetchOptions) -> FetchOptions:
    """The fetch options as every worker must read them: the client's paths, absolute."""
    cassette = os.path.abspath(options.cassette) if options.cassette else None
    return dataclasses.replace(options, cache_dir=os.path.abspath(options.effective_cache_dir),
                               cassette=cassette)


def _first_line(e: BaseException) -> str:
    text = str(e).strip()
    return text.splitlines()[0] if text else type(e).__name__


class _ClusterFailed(ProvenanceError):
    pass


@contextlib.contextmanager
def _cluster_call(address: str):
    """A cluster that fails under the run (a worker killed, the scheduler gone) is one line, exit 2."""
    from distributed.comm import CommClosedError
    from distributed.scheduler import KilledWorker

    try:
        yield
    except (CommClosedError, KilledWorker, OSError, TimeoutError) as e:
        raise _ClusterFailed(f"--dask-scheduler {address}: the cluster failed ({_first_line(e)})") from None


def _each(fn: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    """One task: fn over one chunk of a batch's items (on a worker)."""
    return [fn(x) for x in chunk]


class ClusterWorkers(Workers):
    """The run's Workers on the cluster: `processes` is the cluster's worker threads."""

    def __init__(self, client: Client, address: str, threads: int) -> None:
        super().__init__(processes=max(1, threads))
        self._client, self._address = client, address

    def start(self, fn: Callable[[T], R], items: Sequence[T], *,
              min_items: int = MIN_ITEMS) -> Callable[[], list[R]]:
        if len(items) < min_items:  # cheaper here than a round trip
            return lambda: [fn(x) for x in items]
        size = max(1, len(items) // (self.processes * 4))
        chunks = [list(items[n:n + size]) for n in range(0, len(items), size)]
        name = getattr(fn, "__name__", "task")
        with _cluster_call(self._address):
            data = self._client.scatter(chunks, hash=False)  # to the workers, not through the scheduler
            futures = [self._client.submit(_each, fn, d, key=f"provenance-{name}-{uuid.uuid4().hex}")
                       for d in data]

        def results() -> list[R]:
            with _cluster_call(self._address):
                parts = self._client.gather(futures)
            futures.clear()
            data.clear()  # the chunks and results leave the cluster's memory now
            return [r for part in parts for r in part]

        return results


class _Owner:
    """An actor: the HttpFetcher, for the whole run, of the hosts its worker owns."""

    def __init__(self, options: FetchOptions) -> None:
        self._http = HttpFetcher(options)

    def open(self) -> None:
        self._http.open()

    def fetch(self, urls: list[str]) -> dict[str, FetchResult]:
        return self._http.fetch(urls)

    def close(self) -> None:
        self._http.close()


class ClusterFetcher:
    """The run's fetcher: each URL fetched by the owner of its host (one actor per worker)."""

    def __init__(self, client: Client, address: str, workers: list[str], options: FetchOptions) -> None:
        share = dataclasses.replace(options, concurrency=max(1, -(-options.concurrency // len(workers))))
        self._address = address
        with _cluster_call(address):
            self._made = [client.submit(_Owner, share, actor=True, workers=[w], allow_other_workers=False,
                                        key=f"provenance-fetcher-{uuid.uuid4().hex}") for w in workers]
            self._owners: list[Any] = [made.result() for made in self._made]  # proxies: calls are futures
        self._opening: list[Any] = []

    def open(self) -> None:
        """Every owner opens its client (and loads a cassette) now, while the articles are read."""
        self._opening = [owner.open() for owner in self._owners]

    def fetch(self, urls: Iterable[str], on_fetched: OnFetched | None = None) -> dict[str, FetchResult]:
        given = list(urls)
        parts: dict[int, list[str]] = {}
        for url in given:
            parts.setdefault(self._owner_of(url), []).append(url)
        got: dict[str, FetchResult] = {}
        with _cluster_call(self._address):
            calls = [self._owners[n].fetch(part) for n, part in parts.items()]  # all at once
            for call in calls:
                answers = call.result()
                if on_fetched is not None:
                    for result in {normalize_url(url): r for url, r in answers.items()}.values():
                        on_fetched(result)  # each distinct page once
                got.update(answers)
        return {url: got[url] for url in given}

    def _owner_of(self, url: str) -> int:
        try:
            host = host_key(normalize_url(url))
        except ValueError:  # no host to be polite to: the fetcher says why it cannot be read
            host = ""
        return zlib.crc32(host.encode("utf-8")) % len(self._owners)

    def close(self) -> None:
        with contextlib.suppress(Exception):  # the run is over either way
            for call in [*self._opening, *(owner.close() for owner in self._owners)]:
                call.result(timeout=30)
        self._made.clear()
