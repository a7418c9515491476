"""Small helpers the formats share: ordering and counting findings, dates, rule look-ups."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from provenance.checks.registry import BY_CODE, BY_NAME, Rule
from provenance.models import (
    AiMark,
    ArticleReport,
    Figure,
    Finding,
    ImageRead,
    Judgement,
    Quote,
    Report,
    Resolution,
    Severity,
    Status,
    Verdict,
)

SEVERITIES: tuple[Severity, ...] = (Severity.ERROR, Severity.WARNING, Severity.INFO)


def iso_date(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def iso_timestamp(value: dt.datetime) -> str:
    """UTC, second precision, with a Z: 2026-11-28T12:00:00Z (a naive time is taken as UTC)."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return value.replace(microsecond=0).isoformat() + "Z"


def sorted_findings(findings: Iterable[Finding]) -> list[Finding]:
    """In reading order: by line, column, then code so equal positions come out the same every run."""
    return sorted(
        findings, key=lambda f: (f.line, f.column, f.code, f.source or "", f.claim or "", f.message)
    )


def by_severity(findings: Iterable[Finding]) -> list[Finding]:
    """Most severe first, reading order within a severity."""
    return sorted(sorted_findings(findings), key=lambda f: -f.severity.rank)


def count_by_severity(findings: Iterable[Finding]) -> dict[str, int]:
    counts = {s.value: 0 for s in SEVERITIES}
    for f in findings:
        counts[f.severity.value] += 1
    return counts


def all_findings(report: Report) -> list[tuple[ArticleReport, Finding]]:
    return [(ar, f) for ar in report.articles for f in sorted_findings(ar.findings)]


def rule_for(finding: Finding) -> Rule | None:
    return BY_CODE.get(finding.code) or BY_NAME.get(finding.name)


def resolution_of(ar: ArticleReport, citation_id: str) -> Resolution:
    """The citation's resolution; a citation nobody resolved counts as unresolved."""
    return ar.resolutions.get(citation_id) or Resolution(Status.UNRESOLVED)


def judgement_of(ar: ArticleReport, quote: Quote) -> Judgement:
    """The quotation's judgement; a quotation nobody judged could not be checked."""
    return ar.judgements.get(quote.id) or Judgement(Verdict.UNVERIFIABLE)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n} {word if n == 1 else (many or word + 's')}"


def figure_reads(ar: ArticleReport) -> list[tuple[Figure, ImageRead | None, AiMark | None]]:
    """Each figure with its image file as read (None when none was looked for), and why it is AI-made."""
    from provenance.images.ai import ai_mark

    a = ar.article
    reads: list[ImageRead | None] = list(ar.images) or [None] * len(a.figures)
    notes = a.ai_image_notes
    return [(f, read, ai_mark(f, read, a.figures, notes)) for f, read in zip(a.figures, reads, strict=True)]


def shown_src(src: str | None) -> str | None:
    """An image address as a report shows it: an image written into the page (data:) by its type only."""
    if src and src.startswith("data:"):
        return src[:40] + ("…" if len(src) > 40 else "")
    return src
