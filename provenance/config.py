"""One frozen Config for a run: defaults, then the settings file, then the command line."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from provenance import options

if TYPE_CHECKING:
    from provenance.fetch.outcome import FetchOptions


@dataclass(frozen=True)
class Config:
    format: str = "text"
    output: str | None = None
    cassette: str | None = None
    record_mode: str | None = None  # "none" when a cassette is given and nothing else is said
    library: str | None = None
    offline: bool = False
    fail_on: str = "error"  # error | warning | info | never
    select: tuple[str, ...] = ()  # finding names or codes to keep (empty: all)
    ignore: tuple[str, ...] = ()  # finding names or codes to drop
    severity: Mapping[str, str] = field(default_factory=dict)  # finding name -> severity
    per_path_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # glob -> names
    baseline: str | None = None
    cache_dir: str | None = None
    no_cache: bool = False
    allow_private_addresses: bool = False
    archive: bool = True  # look dead links up in the Wayback Machine (through the same fetch seam)
    search: tuple[str, ...] | None = None  # NAME or NAME=ENDPOINT, in order; None: the default list
    no_search: bool = False
    quiet: bool = False
    timeout: float = options.TIMEOUT  # seconds, per request
    source_deadline: float = options.SOURCE_DEADLINE  # seconds, every try of one source
    deadline: float = options.DEADLINE  # seconds, the run's network
    concurrency: int = options.CONCURRENCY  # requests at once, all hosts
    per_host: int = options.PER_HOST  # requests at once to one host
    max_bytes: int = options.MAX_BYTES  # decoded bytes read of one response
    batch: int = options.BATCH  # articles checked at once: memory grows with it, not with the archive
    state: str | None = None  # a folder keeping the run's progress, so an interrupted run continues
    dask_scheduler: str | None = None  # a Dask scheduler's address: the run's work on its cluster

    def fetch_options(self) -> FetchOptions:
        """What the run's fetcher needs of this Config."""
        from provenance.fetch.outcome import FetchOptions

        return FetchOptions(
            offline=self.offline,
            cassette=self.cassette,
            record_mode=self.record_mode,
            cache_dir=self.cache_dir,
            no_cache=self.no_cache or self.offline,
            allow_private_addresses=self.allow_private_addresses,
            timeout=self.timeout,
            source_deadline=self.source_deadline,
            deadline=self.deadline,
            concurrency=self.concurrency,
            per_host=self.per_host,
            max_bytes=self.max_bytes,
            trusted_endpoints=_endpoints(self.search),
        )


def _endpoints(search: tuple[str, ...] | None) -> tuple[str, ...]:
    """The endpoints the user named (`NAME=ENDPOINT`, each ending in `/`): the address guard trusts them."""
    named = (spec.partition("=")[2].strip() for spec in search or ())
    return tuple(dict.fromkeys(e.rstrip("/") + "/" for e in named if e))
