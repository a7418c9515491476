"""The look-up seam: how a citation becomes a readable source document.

A look-up is handed the citations still wanted (each with what the look-ups before it gave, when that
could not be read) and gives, for each, a Resolution or nothing. The resolver runs the look-ups in the
order of `provenance.resolve.chain.CHAIN`; a readable Resolution ends the chain for its citation, an
unreadable one is what later look-ups are shown as `failed` (and what the report says when none finds it).

A look-up works on the whole batch at once, so that it can fetch every page in one round (each distinct
URL once, within the run's per-host limits).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from provenance.models import Citation, Resolution

if TYPE_CHECKING:
    from provenance.config import Config
    from provenance.fetch import Fetcher
    from provenance.parallel import Workers
    from provenance.progress import Progress


@dataclass(frozen=True)
class Wanted:
    citation: Citation
    failed: Resolution | None = None  # what the earlier look-ups gave, not readable; None: nothing yet
    quotes: tuple[str, ...] = ()  # the quotations the article ties to this citation (a search may ask them)


@dataclass(frozen=True)
class Run:
    """What a look-up may use: the run's settings, its one fetcher, its worker pool."""

    config: Config
    fetcher: Fetcher
    workers: Workers
    progress: Progress | None = None


class Lookup(Protocol):
    name: str  # as Resolution.found_by

    def prepare(self) -> None:
        """Begin loading what `find` will need (called while the articles are still being read)."""

    def find(self, wanted: Sequence[Wanted]) -> Sequence[Resolution | None]:
        """One answer per wanted citation, in order: a Resolution, or None to pass it on. Never raises
        for a source that cannot be found: that is a Resolution that says why, or None."""
        ...


# One look-up module's entry point: its Lookup for this run, or None when the run does not use it.
MakeLookup = Callable[[Run], "Lookup | None"]
