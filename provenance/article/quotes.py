"""Direct quotations, their speakers and the citations they are tied to.

A quotation is a stretch between matching quotation marks (“…”, "…", ‘…’, „…“, «…», 「…」) of at
least three words, a block quote, or a paragraph of dialogue opened by a dash and closed by its
attribution ("— Ce budget est mort, a déclaré X."). The outer marks win: a ‘…’ inside a “…” is part of
the quotation. A quotation interrupted by its attribution ('"The plan," she said, "is dead."') is one
quotation, its parts joined. Scare quotes, titles, apostrophes and inch marks are not quotations. Who
spoke is read from the sentence around the marks (attribution.py); what the article ties the quotation
to, from a citation marker or a link at or right after it (quoteties.py).
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from provenance.article.attribution import VERBS, Attributor
from provenance.article.attribution import WHO as _WHO
from provenance.article.blocks import Block
from provenance.article.heads import is_teaser
from provenance.article.quoteties import SUPERSCRIPT_DIGITS, end_marker, text_markers, tied_source
from provenance.models import Citation, Quote
from provenance.urls import document_key

# opening mark -> the marks that may close it
_PAIRS = {"“": "”", "„": "“”\"", "«": "»", "「": "」", "『": "』", "‹": "›", '"': '"', "‘": "’", "‚": "‘’",
          "'": "'’", "»": "«", "”": "”"}
_SINGLE = {"‘", "'", "‚", "‹"}
_MAX_QUOTE = 3000  # characters: a longer stretch is a mismatched mark, not a quotation
# Markers printed in the text: [3], [^3], (3), ^3, ³, (Source 3), (see note 3), {3}.
_TITLE_CUE = re.compile(
    r"\b(?:book|film|movie|song|album|titled|entitled|headline[d]?|series|show|episode|novel|play|paper|study|"
    r"report|article|column|essay|poem|podcast|documentary|programme|program|campaign|slogan|hashtag)\s*,?\s*$",
    re.IGNORECASE)
_SCARE_CUE = re.compile(r"\b(?:so-called|so called|dubbed|known as|nicknamed|sogenannte[nmrs]?|dit[es]?)\s*$",
                        re.IGNORECASE)
_QUOTABLE = ("paragraph", "list_item", "blockquote")
# The credit under a block quote: "— Jane Doe, chief economist" (a dash, then a short line).
_CREDIT_LINE = re.compile(r"^\s*[\u2014\u2015\u2013-]{1,2}\s*(?=[A-ZÀ-Þ])(?:\S+\s+){0,14}\S+\s*$")
# The same credit at the end of the block quote's own text (a Markdown "> — Jane Doe" line, joined).
_TRAILING_CREDIT = re.compile(r"(?:(?<=[.!?\"\u201d\u00bb'\u2019])|(?<=\s))\s*[\u2014\u2015]\s*(?=[A-ZÀ-Þ])"
                              r"[^\u2014\u2015\n]{1,120}$")


@dataclass(frozen=True)
class _Span:
    open: int  # index of the opening mark (or of the text, for block quotes)
    close: int  # index of the closing mark (or len(text))
    start: int  # first character of the quotation's text
    end: int  # one past its last character
    cut: tuple[int, int] | None = None  # '"The plan," she said, "is dead."': the attribution left out
    first_close: int = -1  # there, the mark that closes the first part


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
    previous: Block | None = None
    for block in body:
        credit = _CREDIT_LINE.match(block.text) if block.kind == "blockquote" else None
        if credit and previous is not None and previous.kind == "blockquote" and quotes:
            # "> — Jane Doe" on a line of its own under the block quote: its speaker, not a quotation
            last = quotes[-1]
            quotes[-1] = dataclasses.replace(last, speaker=attributor.speaker("\n" + block.text, 0, 0, True))
            previous = block
            continue
        previous = block
        if block.kind not in _QUOTABLE or is_teaser(block.text):  # "Read more: “Other headline”"
            previous_speaker = None
            continue
        in_block = False
        markers = sorted({(m.start, m.label) for m in block.markers} | set(text_markers(block.text)))
        for span in _spans(block):
            text = block.text[span.start:span.end]
            close = span.close
            if span.cut:  # the two parts of an interrupted quotation, joined; its speaker stands between
                text = block.text[span.start:span.cut[0]] + " " + block.text[span.cut[1]:span.end]
                close = span.first_close
            speaker = attributor.speaker(block.text, span.open, close, block.kind == "blockquote")
            source = tied_source(block, span.open, span.close, markers, ids, by_url)
            inside = end_marker(text, ids)
            if inside is not None:  # '“We act now [2].”': the marker is the tie, not the speaker's words
                text, source = inside
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
    dash = _dash_span(text)
    if dash is not None:
        spans.append(dash)
        i = dash.close + 1
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
                joined = _interrupted(text, span) if span is not None else None
                if joined is not None:
                    spans.append(joined)
                    i = joined.close + 1
                    continue
                if span is not None and _is_quotation(text, span):
                    spans.append(span)
                    i = close + 1
                    continue
                if span is not None and ch not in _SINGLE:
                    i = close + 1  # a title or scare quote: skip it whole, nested marks included
                    continue
        i += 1
    return spans


# Dialogue dashes: "— Ce budget est une catastrophe, a déclaré Jean Martin." / "—Es un desastre —dijo Pérez—."
_DASH_OPEN = re.compile(r"^\s*[\u2014\u2015\u2013]\s?(?=\S)")
_DASH_CLOSE = re.compile(rf"(?:,\s*|\s?[\u2014\u2015\u2013]\s?)(?={VERBS}\b)")


def _dash_span(text: str) -> _Span | None:
    """A paragraph opened by a dash and closed by its attribution is a quotation (without one, a list)."""
    opened = _DASH_OPEN.match(text)
    if opened is None or any(c in text[:200] for c in "“\"«„»"):
        return None
    close = _DASH_CLOSE.search(text, opened.end(), min(len(text), opened.end() + _MAX_QUOTE))
    if close is None:
        return None
    span = _Span(opened.start(), close.end() - 1, opened.end(), close.start())
    return span if len(text[span.start:span.end].split()) >= 3 else None


def _blockquote_span(text: str) -> _Span:
    start, end = 0, len(text)
    # "— Jane Doe" closing a block quote is its attribution, not its text.
    m = re.search(r"\n\s*[—―–-]{1,2}\s*[^\n]{1,120}$", text) or _TRAILING_CREDIT.search(
        text, max(0, len(text) - 200))
    if m and m.start() > 0:
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
        if after.isalnum() and c not in "»」』" and after not in SUPERSCRIPT_DIGITS:
            continue  # an apostrophe inside the quotation ("it’s", "rock 'n' roll"); not a marker (”²)
        if opener in "'‘" and text[k - 1].isspace():
            continue
        if opener == c and opener == '"' and text[k - 1].isspace() and not after.isspace():
            continue  # another opening straight quote
        if depth:
            depth -= 1
            continue
        return k
    return None


# '"The plan," she said, "is dead."': a comma, an attribution, a comma, and the quotation goes on.
_INTERRUPTION = re.compile(
    rf"\s{{0,3}}(?:{_WHO}(?:,\s[^,\"“”]{{1,60}},)?\s+{VERBS}|{VERBS}\s+{_WHO}(?:,\s[^,\"“”]{{1,60}})?)"
    r"(?:\s+(?:on|in|at|during|last|this|from)\s+[\w-]+){0,2},\s{0,3}(?=[\"“„«»‘'‚])")


def _interrupted(text: str, first: _Span) -> _Span | None:
    """The quotation that goes on after its attribution, as one span with the attribution cut out."""
    if text[first.end:first.close].strip() != "," and not text[first.start:first.end].endswith(","):
        return None
    m = _INTERRUPTION.match(text, first.close + 1, min(len(text), first.close + 160))
    if m is None or m.end() >= len(text) or text[m.end()] != text[first.open] or not _opens(text, m.end()):
        return None
    close = _closing(text, m.end())
    second = _trimmed(text, m.end(), close) if close is not None else None
    if second is None or len(text[first.start:second.end].split()) < 4:
        return None
    return _Span(first.open, second.close, first.start, second.end, (first.end, second.start), first.close)


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
    if len(words) <= 4 and _SCARE_CUE.search(before) and not re.search(r"[.!?,;:]", inner):
        return False  # the so-called "war on drugs"
    return True


def _looks_like_title(inner: str) -> bool:
    """Short, capitalised like a headline, no sentence punctuation: "Melvin and Howard"."""
    words = inner.split()
    if len(words) > 8 or re.search(r"[.,;!?:]", inner):
        return False
    long_words = [w for w in words if len(w) >= 4]
    capitalised = sum(w[0].isupper() for w in long_words)
    return words[0][0].isupper() and bool(long_words) and capitalised >= 0.6 * len(long_words)
