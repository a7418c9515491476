"""What a quotation is tied to: a citation marker ([3], (3), ^3, ³, [^3], a <sup>) or a link at or right
after it in its sentence, else one before it in the same sentence. Helpers of quotes.py.
"""

from __future__ import annotations

import bisect
import re

from provenance.article.attribution import is_abbreviation_stop, sentence_start
from provenance.article.blocks import Block
from provenance.urls import document_key

_TEXT_MARKER = re.compile(
    r"\[\^?([\w-]{1,20})\]|\((\d{1,3})\)|\^\s?\[?(\d{1,3})\]?|([\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})"
    r"|[(\[](?:[Ss]ources?|[Rr]ef(?:erence)?\.?|[Ss]ee(?:\s+(?:source|note|ref\.?))?|[Nn]ote|[Qq]uelle|[Ff]uente|"
    r"[Ss]ource\s+no\.?)\s*[:#]?\s*(\d{1,3})[)\]]|\{(\d{1,3})\}"
    r"|[\[(](\d{1,3})(?:\s?[,;\u2013-]\s?\d{1,3}){1,8}[\])]")  # [2, 3], (2–4): the first one
SUPERSCRIPT_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"  # ¹²³⁰⁴⁵⁶⁷⁸⁹
_SUPERSCRIPT = str.maketrans(SUPERSCRIPT_DIGITS, "1230456789")


def plain_digits(label: str) -> str:
    """A marker's label with superscript digits written as plain ones ("²" -> "2")."""
    return label.translate(_SUPERSCRIPT)

# A marker printed inside the quotation marks, at the end: '“We act now [2].”', '“We act now.²”'.
_END_MARKER = re.compile(r"\s?(?:\[\^?([\w-]{1,20})\]|([\u00b9\u00b2\u00b3\u2070-\u2079]{1,3}))(?=[.!?…]*$)")


def end_marker(quoted: str, ids: set[str]) -> tuple[str, str] | None:
    """(the quotation without it, the source id) when the quoted text ends with a citation marker."""
    m = _END_MARKER.search(quoted)
    if m is None:
        return None
    label = m.group(1) or plain_digits(m.group(2))
    return (quoted[:m.start()] + quoted[m.end():], label) if label in ids else None


def text_markers(text: str) -> list[tuple[int, str]]:
    """Citation markers left in the text by plain text and Markdown: (position, label)."""
    found = []
    for m in _TEXT_MARKER.finditer(text):
        label = next(g for g in m.groups() if g)
        found.append((m.start(), plain_digits(label)))
    return found





_STOP = re.compile(r"[.!?](?=\s|$)|\n\s*\n")
_MARKERS_AFTER = re.compile(rf"(?:\s*(?:{_TEXT_MARKER.pattern}))+")


def _sentence_end(text: str, k: int) -> int:
    """One past the end of the sentence holding text[k], with markers right after it ("said. [2]")."""
    end = min(len(text), k + 1000)  # a sentence longer than this is no sentence: bounded work
    for m in _STOP.finditer(text, k, end):
        if not is_abbreviation_stop(text, m.start()):  # "Dr. Karin Schmitz said" goes on
            end = m.end()
            break
    after = _MARKERS_AFTER.match(text, end)
    return after.end() if after else end


def tied_source(block: Block, open_: int, close: int, markers: list[tuple[int, str]], ids: set[str],
                 by_url: dict[str, str]) -> str | None:
    text = block.text
    end = _sentence_end(text, close + 1) if close < len(text) else len(text)
    begin = sentence_start(text, open_)
    lo, hi = bisect.bisect_left(markers, (begin, "")), bisect.bisect_right(markers, (end, "\uffff"))
    markers = markers[lo:hi]  # only those of the quotation's sentence
    links = [link for link in block.links if link.end > begin and link.start <= end][:50]
    # a marker inside the marks at the very end ('…delay<sup>2</sup>.”': only punctuation after it)
    at_end = [(pos, label) for pos, label in markers
              if open_ < pos < close and label in ids and not text[pos:close].strip(" .!?…,;:\u00a0\u202f")]
    if at_end:
        return max(at_end)[1]
    after = [(pos, label) for pos, label in markers if close <= pos <= end and label in ids]
    if after:
        return min(after)[1]
    for link in links:
        inside = link.start < close and link.end > open_
        right_after = close <= link.start <= end
        if (inside or right_after) and document_key(link.url) in by_url:
            return by_url[document_key(link.url)]
    before = [(pos, label) for pos, label in markers if begin <= pos <= open_ and label in ids]
    if before:
        return max(before)[1]
    for link in links:
        if begin <= link.start <= open_ and document_key(link.url) in by_url:
            return by_url[document_key(link.url)]  # "…, she told <a>Reuters</a>: “…”"
    return None
