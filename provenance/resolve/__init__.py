"""Resolve every citation of a run to a readable source document, through the look-ups of chain.CHAIN.

Each look-up is handed the citations not yet read (and what failed for each so far); the first readable
Resolution wins, and a citation nothing could read keeps the last failure, which says why.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from provenance.models import Article, Resolution, Status
from provenance.resolve.interface import Lookup, Run, Wanted

__all__ = ["Lookup", "Resolver", "Run", "Wanted"]

_NOTHING = Resolution(Status.UNRESOLVED, reason="No look-up could find the source.")


class Resolver:
    """Resolves the citations of many articles through an ordered list of look-ups."""

    def __init__(self, lookups: Sequence[Lookup]) -> None:
        self.lookups = tuple(lookups)

    @classmethod
    def for_run(cls, run: Run) -> Resolver:
        """The look-ups of chain.CHAIN that this run uses, in their order."""
        from provenance.resolve.chain import CHAIN

        return cls([lookup for make in CHAIN if (lookup := make(run)) is not None])

    def prepare(self) -> None:
        """Let every look-up begin loading what it needs (while the articles are being read)."""
        for lookup in self.lookups:
            lookup.prepare()

    def resolve(self, articles: Iterable[Article]) -> dict[tuple[str, str], Resolution]:
        """(article path, citation id) -> Resolution for every citation of every article, in order."""
        citations = [(a, c) for a in articles for c in a.citations]
        quotes = [tuple(q.text for q in a.quotes if q.cited_source == c.id) for a, c in citations]
        current: list[Resolution | None] = [None] * len(citations)
        for lookup in self.lookups:
            todo = [i for i, r in enumerate(current) if r is None or not r.readable]
            if not todo:
                break
            answers = lookup.find([Wanted(citations[i][1], current[i], quotes[i]) for i in todo])
            for i, answer in zip(todo, answers, strict=True):
                if answer is not None:
                    current[i] = answer if answer.found_by else replace(answer, found_by=lookup.name)
        return {(a.path, c.id): r or _NOTHING for (a, c), r in zip(citations, current, strict=True)}
