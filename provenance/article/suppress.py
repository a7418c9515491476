"""Inline suppressions: `<!-- provenance: ignore[undated-source,PV103] -->` and, in plain text, a line
`provenance: ignore[...]` (optionally after `#` or `//`, or inside `[...]`). `ignore` without brackets
silences every finding. A comment that ends a line of content covers that line only (as in ruff and
eslint); a comment alone on its line covers its own line and the next one. These are never content.
"""

from __future__ import annotations

import bisect
import re

from provenance.models import Suppression

_NAMES = r"(?:\[(?P<names>[^\]\n]{0,400})\])?"
_DIRECTIVE = rf"provenance\s*:\s*ignore\b{_NAMES}"
_COMMENT = re.compile(rf"<!--\s*{_DIRECTIVE}[^\n]{{0,200}}?-->", re.I)
_TEXT_LINE = re.compile(
    rf"^[ \t]*(?:(?:#+|//|;|%)[ \t]*|\[[ \t]*|\([ \t]*)?{_DIRECTIVE}[ \t]*[\])]?[ \t]*(?:-->)?[ \t]*$", re.I)


def _names(raw: str | None) -> tuple[str, ...]:
    if not raw:
        return ()
    return tuple(n for n in (part.strip() for part in re.split(r"[,\s]+", raw)) if n)


def _make(line: int, column: int, raw: str | None, *, trailing: bool = False) -> Suppression:
    targets = (line,) if trailing else (line, line + 1)
    return Suppression(line=line, column=column, target_lines=targets, names=_names(raw))


def find_comment_suppressions(text: str) -> tuple[Suppression, ...]:
    """Every `<!-- provenance: ignore[...] -->` comment in a Markdown or HTML document."""
    found = []
    line_starts = _line_starts(text)
    for m in _COMMENT.finditer(text):
        line, column = _position(line_starts, m.start())
        trailing = bool(text[line_starts[line - 1]:m.start()].strip())
        found.append(_make(line, column, m["names"], trailing=trailing))
    return tuple(found)


def suppression_line(text: str, line: int) -> Suppression | None:
    """The suppression a whole plain-text line states, or None when the line is something else."""
    if "provenance" not in text.lower():
        return None
    m = _TEXT_LINE.match(text) or _COMMENT.fullmatch(text.strip())
    if not m:
        return None
    column = len(text) - len(text.lstrip()) + 1
    return _make(line, column, m["names"])


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _position(line_starts: list[int], offset: int) -> tuple[int, int]:
    i = bisect.bisect_right(line_starts, offset) - 1
    return i + 1, offset - line_starts[i] + 1
