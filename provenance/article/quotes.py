"""Direct quotations, their speakers and the citations they are tied to.

A quotation is a stretch between matching quotation marks (“…”, "…", ‘…’, „…“, «…», 「…」) of at
least three words, or a block quote. The outer marks win: a ‘…’ inside a “…” is part of the quotation.
Scare quotes, titles, apostrophes and inch marks are not quotations. Who spoke is read from the
sentence around the marks (attribution.py); what the article ties the quotation to, from a citation
marker or a link at or right after it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from provenance.article.attribution import Attributor, is_abbreviation_stop, sentence_start
from provenance.article.blocks import Block
from provenance.models import Citation, Quote
from provenance.urls import document_key

# opening mark -> the marks that may close it
_PAIRS = {"“": "”", "„": "“”", "«": "»", "「": "」", "『": "』", "‹": "›", '"': '"', "‘": "’", "‚": "‘’",
          "'": "'’", "»": "«", "”": "”"}
_SINGLE = {"‘", "'", "‚", "‹"}
_MAX_QUOTE = 3000  # characters: a longer stretch is a mismatched mark, not a quotation
_TEXT_MARKER = re.compile(r"\[\^?([\w-]{1,20})\]")
_TITLE_CUE = re.compile(
    r"\b(?:book|film|movie|song|album|titled|entitled|headline[d]?|series|show|episode|novel|play|paper|study|"
    r"report|article|column|essay|poem|podcast|documentary|programme|program|campaign|slogan|hashtag)\s*,?\s*$",
    re.IGNORECASE)
_QUOTABLE = ("paragraph", "list_item", "blockquote")


@dataclass(frozen=True)
class _Span:
    open: int  # index of the opening mark (or of the text, for block quotes)
    close: int  # index of the closing mark (or len(text))
    start: int  # first character of the quotation's text
    end: int  # one past its last character


def find_quotes(body: tuple[Block, ...], citations: tuple[Citation, ...]) -> tuple[Quote, ...]:
    """Every direct quotation of the body, in order, as q1, q2…"""
    ids = {c.id for c in citations}
    by_url = {}
    for c in citations:  # listed citations first, so a URL in both resolves to the listed one
        if c.url and document_key(c.url) not in by_url:
            by_url[document_key(c.url)] = c.id
    attributor = Attributor()
    quotes: list[Quote] = []
    previous_speaker: str | None = None  # of the last quotation, for quotations that go on without one
    for block in body:
        if block.kind not in _QUOTABLE:
            previous_speaker = None
            continue
        in_block = False
        markers = sorted((m.start, m.label) for m in block.markers)
        if not markers:  # plain text keeps its "[3]" markers in the text
            markers = [(m.start(), m[1]) for m in _TEXT_MARKER.finditer(block.text)]
        for span in _spans(block):
            text = block.text[span.start:span.end]
            speaker = attributor.speaker(block.text, span.open, span.close, block.kind == "blockquote")
            source = _tied_source(block, span, markers, ids, by_url)
            if speaker is None and source is None and block.kind != "blockquote" and _looks_like_title(text):
                continue  # the song "No Place Like Home": a title nobody is credited with saying
            if speaker is None and (in_block or not block.text[:span.open].strip()):
                # '"A," Smith said. "B."' and a paragraph that is all quotation go on with the last speaker
                speaker = previous_speaker
            previous_speaker, in_block = speaker, True
            line, column = block.position(span.start)
            end_line, end_column = block.position(max(span.start, span.end - 1))
            qid = f"q{len(quotes) + 1}"
            quotes.append(Quote(qid, text, speaker, source, line, column, end_line, end_column))
        if not in_block:
            previous_speaker = None  # a paragraph without quotations ends the run
    return tuple(quotes)


# ---------------------------------------------------------------- finding the marks


def _spans(block: Block) -> list[_Span]:
    text = block.text
    if block.kind == "blockquote":
        return [_blockquote_span(text)] if len(text.split()) >= 3 else []
    spans: list[_Span] = []
    i, n = 0, len(text)
    budget = 20 * n + 50_000  # characters scanned for closing marks: bounded work on hostile input
    while i < n and budget > 0:
        ch = text[i]
        if ch in _PAIRS and _opens(text, i):
            close = _closing(text, i)
            budget -= (close if close is not None else min(n, i + _MAX_QUOTE)) - i
            if close is None and ch in "“\"„«" and not text[:i].strip(" \u00a0") and n - i <= _MAX_QUOTE:
                close = n  # a quotation that goes on in the next paragraph opens and does not close here
            if close is not None:
                span = _trimmed(text, i, close)
                if span is not None and _is_quotation(text, span):
                    spans.append(span)
                    i = close + 1
                    continue
                if span is not None and ch not in _SINGLE:
                    i = close + 1  # a title or scare quote: skip it whole, nested marks included
                    continue
        i += 1
    return spans


def _blockquote_span(text: str) -> _Span:
    start, end = 0, len(text)
    # "— Jane Doe" closing a block quote is its attribution, not its text.
    m = re.search(r"\n\s*[—―–-]{1,2}\s*[^\n]{1,120}$", text)
    if m:
        end = m.start()
    while start < end and (text[start].isspace() or text[start] in "“\"„«‘'"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "”\"“»’'"):
        end -= 1
    return _Span(0, len(text), start, end)


def _opens(text: str, i: int) -> bool:
    """Whether the mark at i can open a quotation (not an apostrophe, not an inch mark)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if text[i] in "「『":
        return True  # unambiguous marks, written without spaces around them
    if after.isspace() and text[i] not in "«„":
        return False
    if text[i] in "'‘" and (before.isalnum() or after.isdigit()):
        return False  # don't, the '90s
    if text[i] == '"' and before.isalnum():
        return False  # 5'11"
    if text[i] in "”»":  # closing marks elsewhere; they open only in Swedish/Danish style: ” … ”, » … «
        return i == 0 or before.isspace()
    # Not after closing punctuation: in '."[3]' the mark closes a quotation, it does not open one.
    return i == 0 or before.isspace() or before in "([{—–-:;/…*_>«„“‘'\"¿¡"


def _closing(text: str, i: int) -> int | None:
    opener, closers = text[i], _PAIRS[text[i]]
    depth = 0
    limit = min(len(text), i + _MAX_QUOTE)
    for k in range(i + 1, limit):
        c = text[k]
        if c == opener and c not in closers:
            if _opens(text, k):
                depth += 1
            continue
        if c not in closers:
            continue
        after = text[k + 1] if k + 1 < len(text) else " "
        if after.isalnum() and c not in "»」』":
            continue  # an apostrophe inside the quotation ("it’s", "rock 'n' roll")
        if opener in "'‘" and text[k - 1].isspace():
            continue
        if opener == c and opener == '"' and text[k - 1].isspace() and not after.isspace():
            continue  # another opening straight quote
        if depth:
            depth -= 1
            continue
        return k
    return None


def _trimmed(text: str, open_: int, close: int) -> _Span | None:
    start, end = open_ + 1, close
    while start < end and text[start] in " \u00a0\u202f\u2009":
        start += 1
    while end > start and text[end - 1] in " \u00a0\u202f\u2009":
        end -= 1
    if end > start and text[end - 1] == "," and not text[start:end - 1].endswith(","):
        end -= 1  # the comma of '"…," she said' belongs to the sentence around the quotation
    return _Span(open_, close, start, end) if end > start else None


def _is_quotation(text: str, span: _Span) -> bool:
    inner = text[span.start:span.end]
    words = re.findall(r"[^\W_]+(?:['’-][^\W_]+)*", inner)
    cjk = len(re.findall(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", inner))
    if len(words) < 3 and cjk < 4:
        return False  # a scare quote: so-called "experts"
    before = text[max(0, span.open - 40):span.open]
    if len(words) <= 10 and _TITLE_CUE.search(before) and not re.search(r"[.!?,;:]", inner):
        return False  # the film "The Lord of the Rings"
    return True


def _looks_like_title(inner: str) -> bool:
    """Short, capitalised like a headline, no sentence punctuation: "Melvin and Howard"."""
    words = inner.split()
    if len(words) > 8 or re.search(r"[.,;!?:]", inner):
        return False
    long_words = [w for w in words if len(w) >= 4]
    capitalised = sum(w[0].isupper() for w in long_words)
    return words[0][0].isupper() and bool(long_words) and capitalised >= 0.6 * len(long_words)


# ---------------------------------------------------------------- what the quotation is tied to


_STOP = re.compile(r"[.!?](?=\s|$)|\n\s*\n")
_MARKERS_AFTER = re.compile(r"\s*(?:\[\^?[\w-]{1,20}\])+")


def _sentence_end(text: str, k: int) -> int:
    """One past the end of the sentence holding text[k], with markers right after it ("said. [2]")."""
    end = min(len(text), k + 1000)  # a sentence longer than this is no sentence: bounded work
    for m in _STOP.finditer(text, k, end):
        if not is_abbreviation_stop(text, m.start()):  # "Dr. Karin Schmitz said" goes on
            end = m.end()
            break
    after = _MARKERS_AFTER.match(text, end)
    return after.end() if after else end


def _tied_source(block: Block, span: _Span, markers: list[tuple[int, str]], ids: set[str],
                 by_url: dict[str, str]) -> str | None:
    text = block.text
    end = _sentence_end(text, span.close + 1) if span.close < len(text) else len(text)
    begin = sentence_start(text, span.open)
    lo, hi = bisect.bisect_left(markers, (begin, "")), bisect.bisect_right(markers, (end, "\uffff"))
    markers = markers[lo:hi]  # only those of the quotation's sentence
    links = [link for link in block.links if link.end > begin and link.start <= end][:50]
    after = [(pos, label) for pos, label in markers if span.close <= pos <= end and label in ids]
    if after:
        return min(after)[1]
    for link in links:
        inside = link.start < span.close and link.end > span.open
        right_after = span.close <= link.start <= end
        if (inside or right_after) and document_key(link.url) in by_url:
            return by_url[document_key(link.url)]
    before = [(pos, label) for pos, label in markers if begin <= pos <= span.open and label in ids]
    if before:
        return max(before)[1]
    for link in links:
        if begin <= link.start <= span.open and document_key(link.url) in by_url:
            return by_url[document_key(link.url)]  # "…, she told <a>Reuters</a>: “…”"
    return None
