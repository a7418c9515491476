"""Everything that touches HTTP: cassettes (record/replay), polite concurrent fetching, the page cache.

The seam is `Fetcher` (interface.py); `HttpFetcher` (client.py) is the one that talks HTTP. asyncio and
httpx are imported only when something is fetched, so `provenance --version` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from provenance.errors import ErrorKind
from provenance.fetch.interface import Fetcher, OnFetched
from provenance.fetch.outcome import FetchOptions, FetchResult
from provenance.urls import normalize_url

if TYPE_CHECKING:
    from provenance.fetch.client import HttpFetcher, fetch_all

__all__ = ["ErrorKind", "FetchOptions", "FetchResult", "Fetcher", "HttpFetcher", "OnFetched", "fetch_all",
           "normalize_url"]


def __getattr__(name: str) -> Any:
    if name in ("HttpFetcher", "fetch_all"):
        from provenance.fetch import client

        return getattr(client, name)
    raise AttributeError(name)
