"""The order of the look-ups, declared once. Adding a look-up is one module and one line here.

    link     the cited URL: cassette, cache, network (through the run's one fetcher)
    library  the saved copy of a link that could not be read; a linkless citation by its title
    archive  a dead link's Wayback Machine copy nearest the cited date (not offline, not --no-archive)
    search   a linkless citation through search services, each result read and judged (not offline)
"""

from __future__ import annotations

from provenance.resolve import archive, library, link, search
from provenance.resolve.interface import MakeLookup

CHAIN: tuple[MakeLookup, ...] = (
    link.make,
    library.make,
    archive.make,
    search.make,
)
