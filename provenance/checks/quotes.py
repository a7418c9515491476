"""Quotation findings from the verdicts, and sources that nothing leans on."""

from __future__ import annotations

from collections.abc import Iterable

from provenance.checks.base import Context, finding
from provenance.models import Difference, Finding, Judgement, Quote, Verdict


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _change(d: Difference) -> str:
    """One change in an editor's words; never an empty quotation (a word added or left out is said so)."""
    quoted, source = d.quoted.strip(), d.source.strip()
    if d.kind == "omission" or (source and not quoted):
        return f"leaves out “{source}”"
    if d.kind == "addition" or (quoted and not source):
        return f"adds “{quoted}”" + (", which the source does not say" if d.kind == "negation" else "")
    return f"says “{quoted}” where the source says “{source}”"


def _what_changed(j: Judgement) -> str:
    if not j.differences:
        return "its wording differs from the source"
    parts = [_change(d) for d in j.differences[:3]]
    more = len(j.differences) - 3
    return "the article " + "; ".join(parts) + (f" (and {more} more)" if more > 0 else "")


def _message(q: Quote, j: Judgement, cites: bool) -> str | None:
    quoted = f"“{_short(q.text)}”"
    cited = f"source {q.cited_source}" if q.cited_source else "the listed sources"
    if j.verdict is Verdict.MISQUOTED:
        return f"The quotation {quoted} differs from source {j.source}: {_what_changed(j)}."
    if j.verdict is Verdict.MISATTRIBUTED:
        return f"The quotation {quoted} is not in {cited} but stands in source {j.source}."
    if j.verdict is Verdict.UNSUPPORTED:
        read = "which was read" if q.cited_source else "all of which were read"
        return f"The quotation {quoted} was not found in {cited}, {read}."
    if j.verdict is Verdict.UNVERIFIABLE:
        if not cites:
            return f"The quotation {quoted} could not be checked: the article cites no source."
        if not q.cited_source and not j.source:
            return f"The quotation {quoted} could not be checked: not every source could be read."
        return f"The quotation {quoted} could not be checked: {cited} could not be read."
    return None


_NAMES = {
    Verdict.MISQUOTED: "misquote",
    Verdict.MISATTRIBUTED: "misattributed-quote",
    Verdict.UNSUPPORTED: "unsupported-quote",
    Verdict.UNVERIFIABLE: "unverifiable-quote",
}


def check(ctx: Context) -> Iterable[Finding]:
    for q in ctx.article.quotes:
        j = ctx.judgements.get(q.id)
        if j is not None and j.elided_negation:
            caution = (f"The quotation “{_short(q.text)}” stands in source {j.source}, but its ellipsis "
                       "leaves out a negation the source has: check that the meaning holds.")
            yield finding("elided-negation", caution, q.line, q.column, source=j.source, claim=q.id,
                          end_line=q.end_line, end_column=q.end_column)
        if j is None or j.verdict not in _NAMES:
            continue
        message = _message(q, j, cites=bool(ctx.article.citations))
        if message:
            yield finding(_NAMES[j.verdict], message, q.line, q.column, source=j.source or q.cited_source,
                          claim=q.id, end_line=q.end_line, end_column=q.end_column)
    yield from _uncited(ctx)


def _uncited(ctx: Context) -> Iterable[Finding]:
    """A listed source that was read, that no quotation is tied to and none was found in."""
    leaned_on = {q.cited_source for q in ctx.article.quotes}
    leaned_on |= {j.source for j in ctx.judgements.values() if j.verdict is not Verdict.UNSUPPORTED}
    for c in ctx.article.citations:
        if c.kind == "inline" or c.id in leaned_on:
            continue
        resolution = ctx.resolutions.get(c.id)
        if resolution is None or not resolution.readable:
            continue
        yield finding("uncited-source", f"Source {c.id} is listed, but no quotation of the article is tied "
                      "to it or found in it.", c.line, c.column, source=c.id)
