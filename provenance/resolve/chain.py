"""The order of the look-ups, declared once. Adding a look-up is one module and one line here.

    link     the cited URL: cassette, cache, network (through the run's one fetcher)
    library  the saved copy of a link that could not be read; a linkless citation by its title
    archive  a dead link's Wayback Machine copy nearest the cited date (not offline, not --no-archive)
"""

from __future__ import annotations

from provenance.resolve import archive, library, link
from provenance.resolve.interface import MakeLookup

CHAIN: tuple[MakeLookup, ...] = (
    link.make,
    library.make,
    archive.make,
)
