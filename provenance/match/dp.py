"""Token-level semi-global alignment: the whole quotation segment against the best part of a source window.

A small dynamic programme (quotation rows x window columns) with free source ends: leading and trailing
source tokens cost nothing, so a fragment of a sentence aligns as well as a whole one. Inside, a matched
token scores +2, a changed token -1, a token added or dropped -1; on ties a change is preferred to a gap
(so "15" against "16" reads as a change, not as one word dropped and one added).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

MATCH, CHANGE, ADDED, DROPPED = 3, -1, -2, -1
EDGE_LOOK = (0, 10, 30, 60)  # source tokens searched past an unmatched edge of 1, 2, 3+ quoted words
MAX_CELLS = 1_000_000  # a bound on the work for one fit (untrusted, possibly huge quotations)
_NEG = -(10**9)


@dataclass(frozen=True)
class Fit:
    score: int
    start: int  # first source token of the passage (absolute index)
    end: int  # one past the last
    pairs: tuple[tuple[int, int], ...]  # (quote index or -1, source index or -1), in order


def fit(quote: Sequence[str], doc: Sequence[str], lo: int, hi: int, late: bool = False) -> Fit | None:
    """Best alignment of all of `quote` with a span of doc[lo:hi]. `late` breaks ties towards the end of
    the window (used when searching backwards from an anchor)."""
    lo, hi = max(0, lo), min(len(doc), hi)
    m, n = len(quote), hi - lo
    if m == 0 or n <= 0 or m * n > MAX_CELLS:
        return None
    s = _exact_start(quote, doc, lo, hi, late)
    if s is not None:  # the programme's own answer for an exact occurrence, without filling the table
        return Fit(MATCH * m, s, s + m, tuple((i, s + i) for i in range(m)))
    window = doc[lo:hi]
    prev = [0] * (n + 1)  # row 0: the passage may start anywhere for free
    moves: list[bytearray] = []
    for q in quote:
        # one row; the loop walks (source token, diagonal cell, cell above) together: no indexing
        best = prev[0] + ADDED
        cur = [best]
        mv = bytearray(n + 1)  # 0 diagonal, 1 up (quote token added), 2 left (source token dropped)
        mv[0] = 1
        j = 0
        for w, diag, above in zip(window, prev, prev[1:], strict=False):  # prev is one longer
            j += 1
            left = best + DROPPED
            best = diag + (MATCH if w == q else CHANGE)
            up = above + ADDED
            if up > best:
                best = up
                mv[j] = 1
            if left > best:
                best = left
                mv[j] = 2
            cur.append(best)
        moves.append(mv)
        prev = cur
    end = _best_end(prev, late)
    pairs: list[tuple[int, int]] = []
    i, j = m, end
    while i > 0:
        move = moves[i - 1][j]
        if move == 0:
            pairs.append((i - 1, lo + j - 1))
            i, j = i - 1, j - 1
        elif move == 1:
            pairs.append((i - 1, -1))
            i -= 1
        else:
            pairs.append((-1, lo + j - 1))
            j -= 1
    pairs.reverse()
    # trim source tokens dropped at the edges (they are outside the passage)
    while pairs and pairs[0][0] == -1:
        pairs.pop(0)
    while pairs and pairs[-1][0] == -1:
        pairs.pop()
    pairs = _rescue_tail(quote, doc, pairs)
    pairs = _rescue_head(quote, doc, pairs)
    doc_idx = [d for _, d in pairs if d >= 0]
    start = doc_idx[0] if doc_idx else lo + j
    stop = doc_idx[-1] + 1 if doc_idx else start
    return Fit(prev[end], start, stop, tuple(pairs))


def _exact_start(quote: Sequence[str], doc: Sequence[str], lo: int, hi: int, late: bool) -> int | None:
    """Where `quote` stands unchanged in doc[lo:hi]: the first place (the last when `late`). Only an exact
    occurrence reaches the top score (MATCH per token), and the table breaks ties exactly so: towards the
    earliest end (the latest when `late`), through diagonal moves only."""
    m, first = len(quote), quote[0]
    found = None
    s = lo
    last = hi - m  # the last start that fits
    while s <= last:
        try:
            s = doc.index(first, s, last + 1)
        except ValueError:
            break
        if exact_at(quote, doc, s):
            if not late:
                return s
            found = s
        s += 1
    return found


def _matched(quote: Sequence[str], doc: Sequence[str], pair: tuple[int, int]) -> bool:
    return pair[0] >= 0 and pair[1] >= 0 and quote[pair[0]] == doc[pair[1]]


Pairs = list[tuple[int, int]]


def _rescue_tail(quote: Sequence[str], doc: Sequence[str], pairs: Pairs) -> Pairs:
    """Quoted words unmatched at the end that stand, exactly, a few source tokens further on."""
    last = max((k for k, p in enumerate(pairs) if _matched(quote, doc, p)), default=-1)
    if last < 0 or last == len(pairs) - 1:
        return pairs
    tail = [q for q, _ in pairs[last + 1:] if q >= 0]
    if not tail:
        return pairs
    want = [quote[q] for q in tail]
    after = pairs[last][1] + 1
    for p in range(after, min(len(doc) - len(want), after + _look(want)) + 1):
        if list(doc[p:p + len(want)]) == want:
            return pairs[:last + 1] + [(-1, d) for d in range(after, p)] + [
                (q, p + k) for k, q in enumerate(tail)]
    return pairs


def _rescue_head(quote: Sequence[str], doc: Sequence[str], pairs: Pairs) -> Pairs:
    """Quoted words unmatched at the start that stand, exactly, a few source tokens earlier."""
    first = next((k for k, p in enumerate(pairs) if _matched(quote, doc, p)), -1)
    if first <= 0:
        return pairs
    head = [q for q, _ in pairs[:first] if q >= 0]
    if not head:
        return pairs
    want = [quote[q] for q in head]
    before = pairs[first][1]
    for p in range(before - len(want), max(-1, before - len(want) - _look(want)), -1):
        if p >= 0 and list(doc[p:p + len(want)]) == want:
            return [(q, p + k) for k, q in enumerate(head)] + [
                (-1, d) for d in range(p + len(want), before)] + pairs[first:]
    return pairs


def _look(words: list[str]) -> int:
    return EDGE_LOOK[min(len(words), len(EDGE_LOOK) - 1)]


def _best_end(row: list[int], late: bool) -> int:
    best = max(row)
    if late:
        return len(row) - 1 - row[::-1].index(best)
    return row.index(best)


def exact_at(quote: Sequence[str], doc: Sequence[str], start: int) -> bool:
    return start >= 0 and tuple(doc[start:start + len(quote)]) == tuple(quote)
