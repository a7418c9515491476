"""What a search service module gives the search look-up: its queries as URLs, and its answers as hits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from provenance.models import Citation
from provenance.resolve.search.queries import quote_phrase, title_phrase


@dataclass(frozen=True)
class Hit:
    """One result of a search service, before its page is read (the page decides, not the hit)."""

    url: str
    title: str | None = None
    published: dt.date | None = None  # as the service says; GDELT's seendate is a crawl time: None


@dataclass(frozen=True)
class Query:
    text: str  # what was asked, for the report
    url: str  # the request that asks it


class BadAnswer(ValueError):
    """The service answered, but not with results (an error page under 200, malformed JSON …)."""


class TitleSearch:
    """A service asked by the cited title as a phrase (what searxng, gdelt and crossref share)."""

    asks_quotes = True  # whether a quotation tied to the source is a second query

    def wants(self, citation: Citation) -> bool:
        return title_phrase(citation) is not None

    def queries(self, citation: Citation, quotes: tuple[str, ...] = ()) -> list[Query]:
        """The title as a phrase, then (when it finds nothing) a quotation the article ties to it."""
        phrases = [title_phrase(citation), quote_phrase(quotes) if self.asks_quotes else None]
        return [q for phrase in phrases if phrase for q in self.phrase_queries(citation, phrase)]

    def phrase_queries(self, citation: Citation, phrase: str) -> list[Query]:
        raise NotImplementedError


class Service(Protocol):
    name: str
    interval: float  # seconds between two live requests (the service's own politeness rule)

    def wants(self, citation: Citation) -> bool:
        """Whether this service can look the citation up at all (Crossref: scholarly works only)."""
        ...

    def queries(self, citation: Citation, quotes: tuple[str, ...] = ()) -> list[Query]:
        """The requests to try, best first (`quotes`: the quotations the article ties to the source)."""
        ...

    def parse(self, body: str) -> list[Hit]:
        """The hits of one answer; [] when it found nothing; BadAnswer when it is not an answer."""
        ...


def iso_day(value: object) -> dt.date | None:
    """`2025-12-03`, `2025-12-03T10:00:00Z` … as a date; None for anything else."""
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
