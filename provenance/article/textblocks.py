"""The body of a plain-text paste as paragraphs: which lines belong together (helpers of text.py)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from provenance.article.blocks import BlockBuilder, single_line_block


class Line(Protocol):
    number: int
    text: str
    column: int


def group_blocks(group: Sequence[Line]) -> list:
    """Hard-wrapped lines make one paragraph; lines that are paragraphs of their own stay apart."""
    if not group:
        return []
    wrapped = len(group) > 1 and all(40 <= len(ln.text) <= 100 for ln in group[:-1])
    if wrapped:
        return [_joined(group)]
    # Lines that stop mid-sentence go on in the next line (a paste wrapped at another width); a line that
    # ends a sentence, or a short line (a subheading, a caption), ends its paragraph.
    runs: list[list[Line]] = [[]]
    for ln in group:
        runs[-1].append(ln)
        if len(ln.text) < 40 or _SENTENCE_END.search(ln.text) or _kind(ln.text) != "paragraph":
            runs.append([])
    return [_joined(run) for run in runs if run]


_SENTENCE_END = re.compile(r"[.!?:;\u2026][\"'\u201d\u2019\u00bb)\]]*(?:\s*\[\d{1,4}\])?\s*$")


def _joined(group: Sequence[Line]):
    if len(group) == 1:
        ln = group[0]
        return single_line_block(_kind(ln.text), ln.text.strip(), ln.number, ln.column)
    builder = BlockBuilder()
    for ln in group:
        if len(builder):
            builder.add(" ", ln.number, ln.column)
        builder.add(ln.text.strip(), ln.number, ln.column)
    return builder.build(_kind(group[0].text))


def _kind(text: str) -> str:
    stripped = text.lstrip()
    if stripped.startswith((">", "\u2022 ", "- ", "* ")):
        return "blockquote" if stripped.startswith(">") else "list_item"
    return "paragraph"
