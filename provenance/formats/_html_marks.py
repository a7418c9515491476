"""Marking text for the HTML report: quotations located in the article body, and word differences
between a quotation and its source passage. Every string that comes out is escaped HTML."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from html import escape

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_MAX_QUOTE_WORDS = 400  # longer quotations are not located (the pattern would be long for nothing)
_MAX_DIFF_WORDS = 800  # longer passages are shown without word marks


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    key: str  # the quote id


def locate_quotes(body: str, quotes: Sequence[tuple[str, str]]) -> list[Span]:
    """Where each (id, text) quotation stands in `body`, in order, tolerant of line breaks and case.

    Quotes are searched in order of appearance from the end of the previous one, so a quotation that
    appears twice marks the right occurrence; overlapping spans (a quote inside a quote) are dropped.
    """
    spans: list[Span] = []
    cursor = 0
    for key, text in quotes:
        words = text.split()
        if not words or len(words) > _MAX_QUOTE_WORDS:
            continue
        # literal words joined by whitespace: linear to match, no backtracking blow-up
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)
        m = pattern.search(body, cursor) or pattern.search(body)
        if m is None or any(m.start() < s.end and s.start < m.end() for s in spans):
            continue
        spans.append(Span(m.start(), m.end(), key))
        cursor = m.end()
    return sorted(spans, key=lambda s: s.start)


def paragraphs_html(body: str, spans: Sequence[Span], mark: Callable[[str, str], str]) -> list[str]:
    """The body's paragraphs as escaped HTML, each located quotation wrapped by `mark(key, inner_html)`;
    a quotation running over a paragraph break is marked in each paragraph it covers."""
    out = []
    start = 0
    bounds = [(m.start(), m.end()) for m in _PARAGRAPH_BREAK.finditer(body)] + [(len(body), len(body))]
    for brk_start, brk_end in bounds:
        p_start, p_end = start, brk_start
        start = brk_end
        if not body[p_start:p_end].strip():
            continue
        pieces = []
        pos = p_start
        for s in spans:
            a, b = max(s.start, p_start), min(s.end, p_end)
            if a >= b:
                continue
            pieces.append(escape(body[pos:a]))
            pieces.append(mark(s.key, escape(body[a:b])))
            pos = b
        pieces.append(escape(body[pos:p_end]))
        out.append("".join(pieces).strip())
    return out


def _tokens(text: str) -> list[str]:
    return re.findall(r"\S+\s*", text)


def _key(token: str) -> str:
    return re.sub(r"\W+", "", token.casefold())


def word_diff(quoted: str, source: str) -> tuple[str, str] | None:
    """(quoted, source) as escaped HTML with the words that differ in <mark>; None when too long."""
    a, b = _tokens(quoted), _tokens(source)
    if len(a) > _MAX_DIFF_WORDS or len(b) > _MAX_DIFF_WORDS:
        return None
    ka, kb = [_key(t) for t in a], [_key(t) for t in b]
    matcher = SequenceMatcher(None, ka, kb, autojunk=False)
    left, right = [], []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        left.append(_join(a[i1:i2], ka[i1:i2], op != "equal"))
        right.append(_join(b[j1:j2], kb[j1:j2], op != "equal"))
    return "".join(left).strip(), "".join(right).strip()


def _join(tokens: list[str], keys: list[str], changed: bool) -> str:
    if not changed:
        return escape("".join(tokens))
    out = []
    for token, key in zip(tokens, keys, strict=True):
        word, space = token.rstrip(), token[len(token.rstrip()) :]
        # punctuation-only tokens (an elision "…") are typography, not a change
        out.append((f'<mark class="changed">{escape(word)}</mark>' if key else escape(word)) + escape(space))
    return "".join(out)
