"""A quotation as the writer marked it: segments that must appear in order, with what may lie between.

`...`, `…`, `[...]` (an elision) let the source run on between two segments; `[the company]` (an editorial
insertion) stands for a short span of the source; `[sic]` stands for nothing; `[T]he` (a bracketed letter
inside a word) is read as the word itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance.match.normalize import tokenize

ELISION_GAP = 150  # source tokens an elision may skip ("close together": about a long paragraph)
INSERTION_GAP = 6  # source tokens a bracketed insertion may stand for
CHUNK = 250  # tokens: a longer stretch is aligned in consecutive chunks (bounded work per alignment)

_INLINE_BRACKET = re.compile(r"(?<=\w)\[(\w{1,4})\]|\[(\w{1,4})\](?=\w)")
_MARK = re.compile(
    r"\[\s*(?:\.\s*){2,5}\]|\[\s*\u2026\s*\]|\(\s*(?:\.\s*){3}\)|\(\s*\u2026\s*\)"  # [...] […] (...) (…)
    r"|\u2026+|\.\s?\.\s?\.(?:\s?\.)*"  # … ... . . .
    r"|\[[^\[\]]{0,80}\]"  # [anything else]
)
_SIC = re.compile(r"\[\s*sic\s*!?\s*\]", re.IGNORECASE)


@dataclass(frozen=True)
class Segment:
    text: str  # the segment as quoted
    keys: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # token offsets in `text`
    gap: tuple[int, int]  # (min, max) source tokens allowed between the previous segment and this one
    joined: bool = False  # continues the previous segment with no mark between (a chunk of a long one)


@dataclass(frozen=True)
class QuoteShape:
    segments: tuple[Segment, ...]

    @property
    def size(self) -> int:
        return sum(len(s.keys) for s in self.segments)

    @property
    def elided(self) -> bool:
        return any(s.gap[1] > INSERTION_GAP for s in self.segments)


def parse_quote(text: str) -> QuoteShape:
    text = _SIC.sub(" ", text)
    text = _INLINE_BRACKET.sub(lambda m: m.group(1) or m.group(2), text)
    pieces: list[tuple[str, int]] = []  # (text, max gap before it)
    pending = 0
    pos = 0
    for m in _MARK.finditer(text):
        pieces.append((text[pos:m.start()], pending))
        mark = m.group()
        pending = INSERTION_GAP if mark.startswith("[") and not _is_elision(mark) else ELISION_GAP
        pos = m.end()
    pieces.append((text[pos:], pending))
    segments: list[Segment] = []
    carry = 0
    for piece, gap in pieces:
        toks = tokenize(piece)
        if not toks:  # two marks in a row, or a mark at an edge: the allowances add up
            carry += gap
            continue
        allowed = 0 if not segments else gap + carry
        for n in range(0, len(toks), CHUNK):
            chunk = toks[n:n + CHUNK]
            keys, spans = tuple(t.key for t in chunk), tuple((t.start, t.end) for t in chunk)
            segments.append(Segment(piece, keys, spans, (0, allowed if n == 0 else 0), joined=n > 0))
        carry = 0
    return QuoteShape(tuple(segments))


def _is_elision(mark: str) -> bool:
    inner = mark[1:-1].strip()
    return inner == "\u2026" or (inner != "" and set(inner) <= {".", " "})
