"""Where, in the HTML source, each text node the parser gives us was written.

lxml tells the line of each element's start tag but nothing about text; quotations need the line and
column of their first character. SourceMap walks forward through the raw source in document order and
finds each text node after the previous one, outside tags, decoding entities as it goes.
"""

from __future__ import annotations

import bisect
import html
import re

from provenance.article.blocks import BlockBuilder

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")
_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ,.;:!?()'-]{0,23}")
_WINDOW = 20000  # how far ahead of the cursor a text node is looked for


class SourceMap:
    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        self.cursor = 0

    def position(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, offset) - 1
        return i + 1, offset - self.starts[i] + 1

    def seek_line(self, line: int | None) -> None:
        """An element starts on line: its text cannot be before that line."""
        if line and 0 < line <= len(self.starts):
            self.cursor = max(self.cursor, self.starts[line - 1])

    def add(self, builder: BlockBuilder, text: str, fallback_line: int | None) -> None:
        """Append a decoded text node to builder with the positions of its characters in the source."""
        lead = len(text) - len(text.lstrip())
        body = text[lead:]
        if not body:
            if text:
                builder.add(" ", *self.position(self.cursor))
            return
        start = self._find(body)
        if lead:
            space = start - 1 if start and self.raw[start - 1].isspace() else self.cursor
            builder.add(" ", *self.position(space))
        if start is None:
            builder.add(body, fallback_line or self.position(self.cursor)[0], 1)
            return
        self._map(builder, body, start)

    def _find(self, body: str) -> int | None:
        safe = _SAFE.search(body)
        if safe is None or safe.start() > 0:
            # the node starts with a character that may be an entity ("“", "&"): place it at the cursor
            j = self.cursor
            while j < len(self.raw) and self.raw[j].isspace():
                j += 1
            if safe is not None:
                hit = self._search(safe.group().rstrip(), j)
                if hit is not None and hit - j <= 4 * safe.start() + 40:
                    return self._back_to(hit, j)
            return j if j < len(self.raw) else None
        return self._search(safe.group().rstrip(), self.cursor)

    def _search(self, needle: str, start: int) -> int | None:
        raw = self.raw
        limit = min(len(raw), start + _WINDOW)
        pos = raw.find(needle, start, limit)
        tries = 0
        while pos != -1 and tries < 50:
            if raw.rfind("<", max(0, pos - 4000), pos) <= raw.rfind(">", max(0, pos - 4000), pos):
                return pos
            pos, tries = raw.find(needle, pos + 1, limit), tries + 1
        return None

    def _back_to(self, hit: int, floor: int) -> int:
        """From the safe part of a node back to its first character (an entity or a symbol)."""
        j = hit
        while j > floor and self.raw[j - 1] not in ">\n":
            j -= 1
        while j < hit and self.raw[j].isspace():
            j += 1
        return j

    def _map(self, builder: BlockBuilder, body: str, j: int) -> None:
        raw = self.raw
        if raw.startswith(body, j) and "\n" not in body:  # the common case: written as it reads
            builder.add(body, *self.position(j))
            self.cursor = j + len(body)
            return
        i = 0
        run_i, run_j = 0, j
        while i < len(body) and j < len(raw):
            ch = raw[j]
            if ch == "&":
                m = _ENTITY.match(raw, j)
                decoded = html.unescape(m.group()) if m else "&"
                if m and body.startswith(decoded, i):
                    self._flush(builder, body[run_i:i], run_j)
                    builder.add(decoded, *self.position(j))
                    i, j = i + len(decoded), m.end()
                    run_i, run_j = i, j
                    continue
            if ch == "\n" or ch != body[i]:
                self._flush(builder, body[run_i:i], run_j)
                if ch.isspace() and body[i].isspace():  # a line break: one space, as a browser shows it
                    at = j
                    while i < len(body) and j < len(raw) and body[i].isspace() and raw[j].isspace():
                        i, j = i + 1, j + 1
                    builder.add("\n", *self.position(at))
                    run_i, run_j = i, j
                    continue
                if ch == "<":  # a tag the parser made into nothing inside this text: step over it
                    end = raw.find(">", j, j + 2000)
                    if end != -1:
                        j = end + 1
                        run_i, run_j = i, j
                        continue
                builder.add(body[i:], *self.position(j))  # lost track: keep the text, approximate
                self.cursor = j
                return
            i, j = i + 1, j + 1
        self._flush(builder, body[run_i:i], run_j)
        if i < len(body):
            builder.add(body[i:], *self.position(min(j, len(raw) - 1)))
        self.cursor = j

    def _flush(self, builder: BlockBuilder, text: str, j: int) -> None:
        if text:
            builder.add(text, *self.position(j))
