"""The verdict on one quotation, exactly as the contract (spec/report.md) defines the five verdicts.

Order of the questions, for a quotation tied to a source (`cited_source`):
  1. verified in the cited source                      -> verified (that source)
  2. verified in another listed source that was read   -> misattributed (that source): the contract defines
     misattributed as "verified against a source other than its cited_source", so this comes before a
     near match in the cited source (a quotation copied word for word from source 5 but tied to source 3,
     which says something similar, was misattributed, not misquoted)
  3. close to a passage of the cited source            -> misquoted (the cited source)
  4. the cited source could not be read                -> unverifiable (a near match elsewhere proves nothing)
  5. close to a passage of another read source         -> misquoted (that source): the contract keeps
     "unsupported" for when no passage of any read source matches
  6. otherwise                                         -> unsupported (the cited source)
Without a tie, every source is a candidate: verified anywhere -> verified (the best, earliest in the list);
close anywhere -> misquoted (the closest); nothing, every source read -> unsupported; else unverifiable.
No source at all -> unverifiable. A missing reading never turns into "false": it is unverifiable (a page
whose main text came out empty counts as not read).
"""

from __future__ import annotations

from collections.abc import Mapping

from provenance.match.align import Alignment, align_shape
from provenance.match.index import CACHE, DocIndex, gram_hashes
from provenance.match.segments import QuoteShape, parse_quote
from provenance.models import Judgement, Quote, SourceDoc, Verdict

MIN_GRAM_SHARE = 0.2  # a page sharing fewer of the quotation's trigrams is not aligned at all
MIN_SHARE_CITED = 0.01  # ... but the cited source is aligned if it shares anything
STOP_SHARE = 0.5  # see _align_all


def judge(quote: Quote, sources: Mapping[str, SourceDoc | None]) -> Judgement:
    shape = parse_quote(quote.text)
    if shape.size == 0:
        return Judgement(Verdict.UNVERIFIABLE)
    cited = quote.cited_source if quote.cited_source in sources else None
    found = _align_all(shape, sources, must=cited)
    if cited is not None:
        verdict = _judge_cited(cited, sources, found)
    else:
        verdict = _judge_uncited(sources, found)
    if verdict.verdict in (Verdict.VERIFIED, Verdict.MISATTRIBUTED):
        return verdict
    return _outside_main_text(shape, sources, cited) or verdict


def _outside_main_text(shape: QuoteShape, sources: Mapping[str, SourceDoc | None],
                       cited: str | None) -> Judgement | None:
    """The quotation word for word in the rest of a candidate page (a caption, a pull quote, a box, a
    newsletter line), when no main text holds it: it is on the page, so verified, saying where. Read only
    after the main texts failed (the rest of a page is seldom needed). Another source's rest holding it
    makes it misattributed, as its main text would."""
    order = [cited, *(sid for sid in sources if sid != cited)] if cited else list(sources)
    for sid in order:
        doc = sources.get(sid) if sid else None
        if doc is None or not doc.rest.text:
            continue
        a = align_shape(shape, CACHE.get(doc.rest.text))
        if a is not None and a.verified:
            verdict = Verdict.VERIFIED if cited in (None, sid) else Verdict.MISATTRIBUTED
            return Judgement(verdict, sid, a.score, a.evidence, (), a.elided_negation,
                             where=doc.rest.where(a.start))
    return None


def _judge_cited(cited: str, sources: Mapping[str, SourceDoc | None],
                 found: dict[str, Alignment]) -> Judgement:
    own = found.get(cited)
    if own is not None and own.verified:
        return _judgement(Verdict.VERIFIED, cited, own)
    elsewhere = _best(found, verified=True)
    if elsewhere is not None:
        return _judgement(Verdict.MISATTRIBUTED, elsewhere, found[elsewhere])
    if own is not None and own.close:
        return _judgement(Verdict.MISQUOTED, cited, own)
    if not _readable(sources[cited]):
        return Judgement(Verdict.UNVERIFIABLE)  # no text was read: the verdict rests on none
    close = _best(found, verified=False)
    if close is not None:  # "unsupported" needs no passage of ANY read source to match: one does, altered
        return _judgement(Verdict.MISQUOTED, close, found[close])
    return _judgement(Verdict.UNSUPPORTED, cited, own) if own is not None else Judgement(
        Verdict.UNSUPPORTED, cited)


def _judge_uncited(sources: Mapping[str, SourceDoc | None], found: dict[str, Alignment]) -> Judgement:
    verified = _best(found, verified=True)
    if verified is not None:
        return _judgement(Verdict.VERIFIED, verified, found[verified])
    close = _best(found, verified=False)
    if close is not None:
        return _judgement(Verdict.MISQUOTED, close, found[close])
    if sources and all(_readable(doc) for doc in sources.values()):
        return Judgement(Verdict.UNSUPPORTED)
    return Judgement(Verdict.UNVERIFIABLE)


def _readable(doc: SourceDoc | None) -> bool:
    """Read, and with some text: a page with no text at all (main or not) was not really read."""
    return doc is not None and any(t and not t.isspace() for t in (doc.text, doc.rest.text))


def _best(found: dict[str, Alignment], verified: bool) -> str | None:
    """The source id of the best verified (or, else, close) passage; ties go to the earliest source."""
    best: str | None = None
    for sid, a in found.items():
        ok = a.verified if verified else a.close
        if ok and (best is None or a.score > found[best].score):
            best = sid
    return best


def _judgement(verdict: Verdict, source: str, a: Alignment) -> Judgement:
    if verdict in (Verdict.VERIFIED, Verdict.MISATTRIBUTED, Verdict.MISQUOTED):
        diffs = a.differences if verdict is Verdict.MISQUOTED else ()
        return Judgement(verdict, source, a.score, a.evidence, diffs, a.elided_negation and not diffs)
    # unsupported: nothing close; the score says how far the nearest passage was, no evidence is claimed
    return Judgement(verdict, source, a.score if a.close else 0.0)


def _align_all(shape: QuoteShape, sources: Mapping[str, SourceDoc | None],
               must: str | None = None) -> dict[str, Alignment]:
    """Align the quotation with the readable sources that share enough with it; the result is in source
    order. Sources are tried from the most shared trigrams down, and once one holds the quotation, sources
    sharing less than half as much are skipped: they cannot hold it (a faithful quotation shares nearly all
    its trigrams). `must` (the cited source) is always aligned when it shares anything at all."""
    grams = _shape_grams(shape)
    order = {sid: n for n, sid in enumerate(sources)}
    tried: list[tuple[float, int, str, DocIndex]] = []
    get = CACHE.get
    for n, (sid, doc) in enumerate(sources.items()):
        if doc is None:
            continue
        index = get(doc)  # this loop runs once per source per quotation: kept lean on purpose
        if not index.keys:
            continue
        if sid == must:
            if _share(shape, grams, index) >= MIN_SHARE_CITED:
                tried.append((-1.0, n, sid, index))
        elif len(grams) < 4 or not grams.isdisjoint(index.gram_set):
            share = _share(shape, grams, index)
            if share >= MIN_GRAM_SHARE:
                tried.append((-share, n, sid, index))
    tried.sort(key=lambda t: (t[0], t[1]))
    found: dict[str, Alignment] = {}
    top = 0.0  # the share of the best source found so far
    for neg_share, _, sid, index in tried:
        share = -neg_share if sid != must else 1.0
        if top and share < STOP_SHARE * top and sid != must:
            break
        a = align_shape(shape, index)
        if a is None:
            continue
        found[sid] = a
        if a.verified or a.close:
            top = max(top, share if sid != must else _share(shape, grams, index))
    return dict(sorted(found.items(), key=lambda kv: order[kv[0]]))


def _shape_grams(shape: QuoteShape) -> frozenset[int]:
    return frozenset(h for seg in shape.segments for h in gram_hashes(seg.keys))


def _share(shape: QuoteShape, grams: frozenset[int], index: DocIndex) -> float:
    """How much of the quotation the source holds, cheaply: the share of its trigrams (its words, for a
    quotation too short to have four trigrams)."""
    if len(grams) >= 4:
        if grams.isdisjoint(index.gram_set):
            return 0.0
        return len(grams & index.gram_set) / len(grams)
    keys = [k for seg in shape.segments for k in seg.keys]
    return sum(1 for k in keys if k in index.key_set) / len(keys) if keys else 0.0
