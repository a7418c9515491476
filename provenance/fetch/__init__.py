"""Everything that touches HTTP: cassettes (record/replay), polite concurrent fetching, the page cache.

asyncio and httpx are imported only when something is fetched, so `provenance --version` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from provenance.fetch.outcome import ERROR_KINDS, FetchOptions, FetchResult
from provenance.urls import normalize_url

if TYPE_CHECKING:
    from provenance.fetch.client import fetch_all, fetch_all_async

__all__ = ["ERROR_KINDS", "FetchOptions", "FetchResult", "fetch_all", "fetch_all_async", "normalize_url"]


def __getattr__(name: str) -> Any:
    if name in ("fetch_all", "fetch_all_async"):
        from provenance.fetch import client

        return getattr(client, name)
    raise AttributeError(name)
