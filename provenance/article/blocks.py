"""The reader's intermediate form: the article as blocks of plain text with positions.

Readers (text.py, markdown.py, html.py) turn a document into a Parsed; sources.py and quotes.py
work on Blocks only, so they never see Markdown syntax or HTML nodes.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass

from provenance.models import Figure, Suppression


@dataclass(frozen=True)
class Link:
    """A hyperlink whose anchor text is Block.text[start:end]."""

    start: int
    end: int
    url: str


@dataclass(frozen=True)
class Marker:
    """A citation marker ([3], <sup>3</sup>, [^3]) removed from or kept in Block.text at start:end."""

    start: int
    end: int
    label: str  # the Citation.id it points to ("3", a footnote label)


@dataclass(frozen=True)
class Block:
    kind: str  # "paragraph" | "heading" | "list_item" | "blockquote" | "caption"
    text: str  # plain text: no markup, entities decoded
    line: int  # 1-based article line of text[0]
    column: int = 1
    # Offsets in text where a new article line begins after the first, with that line's column of the
    # character: ((offset, line, column), ...). Empty when the block is one line.
    breaks: tuple[tuple[int, int, int], ...] = ()
    links: tuple[Link, ...] = ()
    markers: tuple[Marker, ...] = ()

    def position(self, offset: int) -> tuple[int, int]:
        """The (line, column) in the article of text[offset]."""
        if not self.breaks or offset < self.breaks[0][0]:
            return self.line, self.column + offset
        i = bisect.bisect_right([b[0] for b in self.breaks], offset) - 1
        start, line, column = self.breaks[i]
        return line, column + (offset - start)


@dataclass(frozen=True)
class SourceEntry:
    """One entry of the article's source list."""

    label: str | None  # "3" for "3 Yahoo…", "[3]", "3.", a footnote label; None when unnumbered
    block: Block  # the entry's text without its label


@dataclass(frozen=True)
class Parsed:
    format: str  # "text" | "markdown" | "html"
    title: str | None
    published: dt.date | None
    byline: str | None
    body: tuple[Block, ...]  # the article's own text, in order
    entries: tuple[SourceEntry, ...]  # the source list, in order
    has_source_list: bool
    figures: tuple[Figure, ...] = ()
    ai_image_notes: tuple[tuple[int, int, str], ...] = ()
    suppressions: tuple[Suppression, ...] = ()
