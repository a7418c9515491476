"""The reader's intermediate form: the article as blocks of plain text with positions.

Readers (text.py, markdown.py, html.py) turn a document into a Parsed; sources.py and quotes.py
work on Blocks only, so they never see Markdown syntax or HTML nodes.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
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


_SPACE_RUN = re.compile(r"[ \u00a0]*[\n\t\r\f\v][\s]*|^[ \u00a0]+")  # line breaks and tabs, leading spaces


class BlockBuilder:
    """Builds one Block from pieces of text whose article positions are known.

    Line breaks and tabs (with the spaces around them) become one space as text is added, while spaces
    inside a line are kept as written (quotations are compared as printed); the offsets a reader takes
    from `len(builder)` while adding (for links and markers) are the final offsets in Block.text.
    Every place where the text stops being contiguous in the article (a new line, markup dropped inside a
    line) becomes an entry of Block.breaks, so Block.position() is exact for every character.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._last = " "  # the last character added; " " at the start drops leading whitespace
        self._pieces: list[tuple[int, int, int]] = []  # (offset, line, column) where contiguity restarts
        self.links: list[Link] = []
        self.markers: list[Marker] = []

    def __len__(self) -> int:
        return self._length

    def text(self) -> str:
        return "".join(self._parts)

    def add(self, text: str, line: int, column: int) -> None:
        """Append text that starts at (line, column) and continues on that line."""
        if not text:
            return
        if not any(c in text for c in "\n\t\r\f\v"):
            if self._last == " " and text[0] in " \u00a0":
                stripped = text.lstrip(" \u00a0") if not self._length else text[1:]
                column += len(text) - len(stripped)
                text = stripped
            self._append(text, line, column)
            return
        pos = 0
        for m in _SPACE_RUN.finditer(text):
            if m.start() > pos:
                self._append(text[pos:m.start()], line, column + pos)
            if self._last != " " and self._length:
                self._append(" ", line, column + m.start())
            pos = m.end()
        if pos < len(text):
            self._append(text[pos:], line, column + pos)

    def _append(self, text: str, line: int, column: int) -> None:
        if not text:
            return
        if self._pieces:
            off, pline, pcol = self._pieces[-1]
            if not (pline == line and pcol + (self._length - off) == column):
                self._pieces.append((self._length, line, column))
        else:
            self._pieces.append((self._length, line, column))
        self._parts.append(text)
        self._length += len(text)
        self._last = text[-1]

    def link(self, start: int, url: str) -> None:
        """The text added since offset start is the anchor of a link to url."""
        text = self.text()
        end = len(text.rstrip())
        while start < end and text[start] == " ":
            start += 1
        if start < end and url:
            self.links.append(Link(start, end, url))

    def marker(self, start: int, label: str) -> None:
        """A citation marker: text[start:len] when kept in the text, empty when it was dropped."""
        self.markers.append(Marker(start, self._length, label))

    def build(self, kind: str) -> Block | None:
        text = self.text().rstrip()
        if not text:
            return None
        n = len(text)
        pieces = [p for p in self._pieces if p[0] < n]
        _, line, column = pieces[0]
        return Block(kind=kind, text=text, line=line, column=column, breaks=tuple(pieces[1:]),
                     links=tuple(Link(min(k.start, n), min(k.end, n), k.url) for k in self.links),
                     markers=tuple(Marker(min(m.start, n), min(m.end, n), m.label) for m in self.markers))


def single_line_block(kind: str, text: str, line: int, column: int = 1) -> Block | None:
    """A Block for text that sits on one article line starting at column."""
    builder = BlockBuilder()
    builder.add(text, line, column)
    return builder.build(kind)
