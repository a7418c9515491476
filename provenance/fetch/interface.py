"""The fetch seam: every stage that needs HTTP is handed one Fetcher for the whole run.

One implementation talks HTTP (`provenance.fetch.client.HttpFetcher`: one client, one cassette load and
save, one set of per-host limits and one politeness budget for the run); tests hand in their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Protocol

from provenance.fetch.outcome import FetchResult

OnFetched = Callable[[FetchResult], None]


class Fetcher(Protocol):
    def fetch(self, urls: Iterable[str], on_fetched: OnFetched | None = None) -> dict[str, FetchResult]:
        """Every URL (keys: the URLs as given) read once per distinct normalised URL; never raises for a
        page that cannot be read (its FetchResult says why).

        `on_fetched`, when given, is shown each distinct page's result as soon as it is in, in the
        calling thread, before fetch returns."""
        ...
