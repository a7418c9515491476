"""`--format text`: the report for an editor at a terminal, grouped by article.

Per article: a header (path, title, date, byline), its sources with their status, its quotations
with their verdicts (and, for a misquotation, the source passage and what changed), then its findings
in reading order as `path:line:col: severity CODE name message`. A summary line ends the report.
"""

from __future__ import annotations

import os
from typing import TextIO

from provenance.formats._common import (
    count_by_severity,
    figure_reads,
    iso_date,
    judgement_of,
    plural,
    resolution_of,
    shown_src,
    sorted_findings,
)
from provenance.models import ArticleReport, Report, Severity, Status, Verdict

_RESET = "\033[0m"
_STYLES = {
    "bold": "\033[1m",
    "dim": "\033[2m",
    "red": "\033[31m",
    "green": "\033[32m",
    "yellow": "\033[33m",
    "blue": "\033[34m",
    "magenta": "\033[35m",
    "cyan": "\033[36m",
}
_SEVERITY_STYLE = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
_VERDICT_STYLE = {
    Verdict.VERIFIED: "green",
    Verdict.MISQUOTED: "red",
    Verdict.MISATTRIBUTED: "red",
    Verdict.UNSUPPORTED: "yellow",
    Verdict.UNVERIFIABLE: "dim",
}
_STATUS_STYLE = {
    Status.FETCHED: "green",
    Status.LIBRARY: "green",
    Status.ARCHIVED: "cyan",
    Status.FOUND: "green",
    Status.UNRESOLVED: "yellow",
    Status.UNREACHABLE: "red",
}
_MAX_EVIDENCE = 400  # characters of a source passage shown at a terminal


def use_color(stream: TextIO) -> bool:
    """Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class TextFormatter:
    name = "text"
    OPTIONS = ("color",)

    def __init__(self, color: bool = False) -> None:
        self.color = color and not os.environ.get("NO_COLOR")

    def _s(self, text: str, *styles: str) -> str:
        if not self.color or not styles:
            return text
        return "".join(_STYLES[s] for s in styles) + text + _RESET

    def render(self, report: Report) -> str:
        blocks = [self._article(ar) for ar in report.articles]
        blocks.extend(self._s(f"error: {message}", "red") for message in report.errors)
        blocks.append(self._summary(report))
        return "\n\n".join(blocks) + "\n"

    def _article(self, ar: ArticleReport) -> str:
        a = ar.article
        header = [self._s(a.path, "bold")]
        details = [
            f"“{a.title}”" if a.title else "(no headline found)",
            iso_date(a.published) or "no date",
            f"by {a.byline}" if a.byline else "no byline",
        ]
        header.append("  " + " · ".join(details))
        parts = self._sources(ar) + self._claims(ar) + self._figures(ar) + self._findings(ar)
        return "\n".join(header + parts)

    def _sources(self, ar: ArticleReport) -> list[str]:
        citations = ar.article.citations
        lines = ["", self._s(f"Sources ({len(citations)})", "bold")]
        if not citations:
            lines.append("  (none)")
        for c in citations:
            res = resolution_of(ar, c.id)
            cited = (
                ", ".join(
                    part
                    for part in (c.publisher, f"“{c.title}”" if c.title else None, iso_date(c.date))
                    if part
                )
                or c.raw
            )
            status = self._s(res.status.value, _STATUS_STYLE[res.status])
            lines.append(f"  [{c.id}] {cited} — {status}")
            if c.url:
                lines.append(f"       {self._s(c.url, 'dim')}")
            if res.reason and res.status in (Status.UNREACHABLE, Status.UNRESOLVED, Status.FOUND):
                lines.append(f"       {res.reason}")
            if res.lookup is not None and res.status is Status.FOUND:
                how = f"found by {res.lookup.service} ({res.lookup.query})"
                lines.append(f"       {how}: {self._s(res.url or '', 'dim')}")
            if res.doc is not None and (res.doc.title or res.doc.published):
                page = ", ".join(
                    p
                    for p in (f"“{res.doc.title}”" if res.doc.title else None, iso_date(res.doc.published))
                    if p
                )
                lines.append(f"       page: {page}")
        return lines

    def _claims(self, ar: ArticleReport) -> list[str]:
        quotes = ar.article.quotes
        lines = ["", self._s(f"Quotations ({len(quotes)})", "bold")]
        if not quotes:
            lines.append("  (none)")
        for q in quotes:
            j = judgement_of(ar, q)
            verdict = self._s(j.verdict.value, _VERDICT_STYLE[j.verdict], "bold")
            who = f" — {q.speaker}" if q.speaker else ""
            tied = f" [cites {q.cited_source}]" if q.cited_source else ""
            lines.append(f"  {q.id} line {q.line}: {verdict}{tied}{who}")
            lines.append(f"     “{q.text}”")
            if j.verdict in (Verdict.MISQUOTED, Verdict.MISATTRIBUTED) and j.evidence:
                lines.append(f"     source [{j.source}] says ({j.score:.0f}%): “{_clip(j.evidence)}”")
            if j.where:
                lines.append(f"     found on the page of source [{j.source}] {j.where}, not in its main text")
            for d in j.differences:
                lines.append(f"     changed {d.kind}: “{d.quoted}” ← source “{d.source}”")
        return lines

    def _figures(self, ar: ArticleReport) -> list[str]:
        """The article's images, with what each file says of its making (shown only when it has any)."""
        from provenance.images.describe import describe

        rows = figure_reads(ar)
        if not rows:
            return []
        lines = ["", self._s(f"Figures ({len(rows)})", "bold")]
        for f, read, mark in rows:
            label = f.caption or f.alt or "(no caption)"
            lines.append(f"  line {f.line}: {_clip(label)[:120]}")
            if f.src:
                lines.append(f"     {self._s(shown_src(f.src) or '', 'dim')}")
            if mark is not None:
                told = ("disclosed in the article" if mark.disclosed
                        else self._s("NOT disclosed in the article", "yellow", "bold"))
                lines.append(f"     AI-made (by {mark.by}): {_one_line(mark.evidence)} — {told}")
            lines += [f"     {line}" for line in describe(read)]
        return lines

    def _findings(self, ar: ArticleReport) -> list[str]:
        findings = sorted_findings(ar.findings)
        lines = ["", self._s(f"Findings ({len(findings)})", "bold")]
        if not findings:
            lines.append("  (none)")
        for f in findings:
            severity = self._s(f.severity.value, _SEVERITY_STYLE[f.severity], "bold")
            where = self._s(f"{ar.article.path}:{f.line}:{f.column}:", "bold")
            lines.append(f"{where} {severity} {self._s(f.code, 'dim')} {f.name} {_one_line(f.message)}")
        return lines

    def _summary(self, report: Report) -> str:
        findings = [f for ar in report.articles for f in ar.findings]
        counts = count_by_severity(findings)
        sources = sum(len(ar.article.citations) for ar in report.articles)
        claims = sum(len(ar.article.quotes) for ar in report.articles)
        parts = [
            plural(len(report.articles), "article"),
            plural(sources, "source"),
            plural(claims, "quotation"),
        ]
        tally = ", ".join(
            self._s(_count(counts[s.value], s), _SEVERITY_STYLE[s]) if counts[s.value] else _count(0, s)
            for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
        )
        return f"Checked {', '.join(parts)}: {tally}."


def _count(n: int, severity: Severity) -> str:
    return f"{n} info" if severity is Severity.INFO else plural(n, severity.value)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _clip(text: str) -> str:
    text = _one_line(text)
    return text if len(text) <= _MAX_EVIDENCE else text[: _MAX_EVIDENCE - 1].rstrip() + "…"
