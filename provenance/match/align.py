"""Find a quotation in one source text: candidate windows from the index, then a precise token alignment.

The longest segment of the quotation is the anchor: its word trigrams vote for diagonals (source position
minus quote position); the best few windows are aligned with `dp.fit`. The other segments are then looked
for in order next to it, within what their elision or insertion allows. The result names every
substantive difference (diff.py) and carries the passage as it stands in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from provenance.match.diff import Words, describe, is_negation, is_number
from provenance.match.dp import ADDED, MATCH, Fit, exact_at, fit
from provenance.match.index import CACHE, COMMON, DocIndex, N, gram_hashes
from provenance.match.segments import INSERTION_GAP, QuoteShape, Segment, parse_quote
from provenance.models import Difference

WINDOWS = 3  # candidate windows tried per source
MAX_HITS = 64  # positions taken per trigram (a trigram repeated more often says little)
CLOSE_SHARE = 0.75  # share of the quotation's tokens that must match for "a passage matches closely"
CLOSE_RUN = 3  # ... and the longest unbroken run of matching tokens (less for quotations of under 5 tokens)
FURNITURE = 12  # tokens: longest line between two paragraphs ignored as page furniture
_SENTENCE_END = re.compile(r"[.!?:;\n\u3002\uff01\uff1f]")


@dataclass(frozen=True)
class Alignment:
    score: float  # 0-100: token similarity of the quotation and the passage
    start: int  # character offsets of the passage in the source text
    end: int
    evidence: str  # the passage as it stands in the source
    differences: tuple[Difference, ...]
    matched: int  # quotation tokens found unchanged
    size: int  # quotation tokens
    longest_run: int
    elided_negation: bool = False  # an elision hides a negating word of the source (still verified)

    @property
    def verified(self) -> bool:
        """In the source up to typography, marked elisions and insertions, [sic], edges and trailing
        punctuation: every quoted token matched, or differs only in how the same letters are split."""
        return not self.differences

    @property
    def close(self) -> bool:
        """Close enough to call the quotation altered rather than absent."""
        run = min(CLOSE_RUN, max(1, self.size - 2))
        return self.matched >= CLOSE_SHARE * self.size and self.longest_run >= run


def align(quote_text: str, doc_text: str) -> Alignment | None:
    """The best passage of `doc_text` for the quotation (read `.verified` and `.close`), or None when the
    text shares nothing with it worth aligning."""
    return align_shape(parse_quote(quote_text), CACHE.get(doc_text))


def align_shape(shape: QuoteShape, index: DocIndex) -> Alignment | None:
    if not shape.segments or not index.keys:
        return None
    anchor = max(range(len(shape.segments)), key=lambda k: len(shape.segments[k].keys))
    best: tuple[tuple[bool, float, int], Alignment] | None = None
    for lo, hi in candidate_windows(shape.segments[anchor].keys, index):
        fits = _chain(shape, anchor, index, lo, hi)
        if fits is None:
            continue
        result = _result(shape, index, fits)
        # a verified passage beats any altered one (the same sentence may stand twice, once cut or edited)
        rank = (result.verified, result.score, sum(f.score for f in fits))
        if best is None or rank > best[0]:
            best = (rank, result)
        if rank == (True, 100.0, MATCH * shape.size):  # the top rank: a later window cannot beat it
            break
    return None if best is None else best[1]


def candidate_windows(keys: tuple[str, ...], index: DocIndex) -> list[tuple[int, int]]:
    """Windows of the source worth aligning `keys` against, most promising first."""
    m = len(keys)
    votes: list[tuple[int, int]] = []  # (diagonal, quote position)
    if m >= N:
        hashes = gram_hashes(keys)
        where = index.gram_positions(set(hashes))
        for i, h in enumerate(hashes):
            votes.extend((p - i, i) for p in where.get(h, ())[:MAX_HITS])
    if not votes:  # a short segment, or every trigram broken by changes: rarer single words vote
        for i, k in enumerate(keys):
            positions = index.unigrams.get(k, ())
            if len(positions) <= COMMON:
                votes.extend((p - i, i) for p in positions)
    if not votes:
        return []
    votes.sort()
    spread = max(12, m // 2)  # diagonals this close are one window (words added or dropped shift them)
    clusters: list[tuple[int, int, int]] = []  # (-support, first diagonal, last diagonal)
    group = [votes[0]]
    for v in votes[1:]:
        if v[0] - group[-1][0] > spread:
            clusters.append(_cluster(group, m))
            group = []
        group.append(v)
    clusters.append(_cluster(group, m))
    clusters.sort()
    margin = 4 + m // 5
    return [(d0 - margin, d1 + m + margin) for _, d0, d1 in clusters[:WINDOWS]]


def _cluster(group: list[tuple[int, int]], m: int) -> tuple[int, int, int]:
    support = -len({i for _, i in group})
    first, last = group[0][0], group[-1][0]
    if last - first > m + 40:  # a long chain of near diagonals (repeated text): keep its densest part
        diagonals = [d for d, _ in group]
        mode = max(set(diagonals), key=diagonals.count)
        first, last = mode - m // 2 - 20, mode + m // 2 + 20
    return (support, first, last)


def _chain(shape: QuoteShape, anchor: int, index: DocIndex, lo: int, hi: int) -> list[Fit] | None:
    """Fit the anchor in [lo, hi), then each other segment in order on either side of it."""
    segs = shape.segments
    keys = index.keys
    first = _fit_fast(segs[anchor].keys, keys, lo, hi)
    if first is None:
        return None
    fits: list[Fit] = [first]
    end = first.end
    for seg in segs[anchor + 1:]:
        margin = 3 + len(seg.keys) // 5
        f = fit(seg.keys, keys, end + seg.gap[0], end + seg.gap[1] + len(seg.keys) + margin)
        f = f or _unplaced(seg, min(end, len(keys)))
        fits.append(f)
        end = f.end
    start = first.start
    for k in range(anchor - 1, -1, -1):
        seg, gap = segs[k], segs[k + 1].gap
        margin = 3 + len(seg.keys) // 5
        f = fit(seg.keys, keys, start - gap[1] - len(seg.keys) - margin, start - gap[0], late=True)
        f = f or _unplaced(seg, start)
        fits.insert(0, f)
        start = f.start
    return fits


def _unplaced(seg: Segment, at: int) -> Fit:
    """A segment with no room left in the source (the text ends): every word of it is unmatched."""
    return Fit(ADDED * len(seg.keys), at, at, tuple((i, -1) for i in range(len(seg.keys))))


def _fit_fast(quote: tuple[str, ...], keys: tuple[str, ...], lo: int, hi: int) -> Fit | None:
    """Most quotations are exact: look for them at their voted diagonals before running the DP."""
    lo, hi = max(0, lo), min(len(keys), hi)
    first = quote[0]
    for s in range(lo, hi - len(quote) + 1):
        if keys[s] == first and exact_at(quote, keys, s):
            m = len(quote)
            return Fit(MATCH * m, s, s + m, tuple((i, s + i) for i in range(m)))
    return fit(quote, keys, lo, hi)


def _result(shape: QuoteShape, index: DocIndex, fits: list[Fit]) -> Alignment:
    differences: list[Difference] = []
    matched = longest = run = passage = 0
    for seg_no, (seg, f) in enumerate(zip(shape.segments, fits, strict=True)):
        passage += f.end - f.start
        if seg.joined and f.start > fits[seg_no - 1].end:  # words dropped where two chunks meet
            before, dropped = fits[seg_no - 1].end - 1, list(range(fits[seg_no - 1].end, f.start))
            if not _furniture(index, before, dropped, f.start):
                differences.append(describe(Words("", (), ()), _sourced(index, dropped)) or Difference(
                    "omission", "", index.text[index.starts[dropped[0]]:index.ends[dropped[-1]]]))
                passage += len(dropped)
        block_q: list[int] = []
        block_d: list[int] = []
        last_q = -1
        last_d = -1
        for qi, di in f.pairs:
            if qi >= 0 and di >= 0 and seg.keys[qi] == index.keys[di]:
                if not block_q and block_d and _furniture(index, last_d, block_d, di):
                    passage -= len(block_d)
                elif block_q or block_d:
                    diff = describe(_quoted(seg, seg_no, block_q, last_q), _sourced(index, block_d))
                    if diff is not None:
                        differences.append(diff)
                    else:  # the same words written differently: as good as matched
                        matched += len(block_q)
                        passage += len(block_q) - len(block_d)
                block_q, block_d = [], []
                matched += 1
                run += 1
                longest = max(longest, run)
                last_q, last_d = qi, di
                continue
            run = 0
            if qi >= 0:
                block_q.append(qi)
            if di >= 0:
                block_d.append(di)
        if block_q or block_d:
            diff = describe(_quoted(seg, seg_no, block_q, last_q), _sourced(index, block_d))
            if diff is not None:
                differences.append(diff)
            else:
                matched += len(block_q)
                passage += len(block_q) - len(block_d)
        run = 0
    start, end = index.starts[fits[0].start], index.ends[max(fits[-1].end - 1, fits[0].start)]
    score = min(100.0, 200.0 * matched / (shape.size + passage)) if shape.size + passage else 0.0
    return Alignment(round(score, 1), start, end, index.text[start:end], tuple(differences), matched,
                     shape.size, longest, _elided_negation(shape, index, fits))


def _furniture(index: DocIndex, before: int, dropped: list[int], after: int) -> bool:
    """A short line standing alone between two paragraphs that the quotation joins (a caption,
    "Advertisement", a share bar the page reader kept): page furniture, not words the writer left out."""
    if before < 0 or len(dropped) > FURNITURE:
        return False
    text = index.text
    return "\n" in text[index.ends[before]:index.starts[dropped[0]]] and "\n" in text[
        index.ends[dropped[-1]]:index.starts[after]]


def _quoted(seg: Segment, seg_no: int, block: list[int], before: int) -> Words:
    if not block:
        return Words("", (), (), before >= 0 and is_number(seg.keys[before]))
    text = seg.text[seg.spans[block[0]][0]:seg.spans[block[-1]][1]]
    caps = tuple(
        seg.text[seg.spans[i][0]].isupper()
        and not (i == 0 and seg_no == 0)
        and not _SENTENCE_END.search(seg.text[seg.spans[i - 1][1]:seg.spans[i][0]] if i else "")
        for i in block
    )
    return Words(text, tuple(seg.keys[i] for i in block), caps, before >= 0 and is_number(seg.keys[before]))


def _sourced(index: DocIndex, block: list[int]) -> Words:
    if not block:
        return Words("", (), ())
    text = index.text[index.starts[block[0]]:index.ends[block[-1]]]
    caps = tuple(
        index.text[index.starts[j]].isupper()
        and j > 0
        and not _SENTENCE_END.search(index.text[index.ends[j - 1]:index.starts[j]][-40:])
        for j in block
    )
    return Words(text, tuple(index.keys[j] for j in block), caps)


def _elided_negation(shape: QuoteShape, index: DocIndex, fits: list[Fit]) -> bool:
    for seg, prev, cur in zip(shape.segments[1:], fits, fits[1:], strict=False):
        if seg.gap[1] > INSERTION_GAP and any(is_negation(k) for k in index.keys[prev.end:cur.start]):
            return True
    return False
