"""`--format json`: the report exactly as the public contract (docs: ../shared/spec/report.md) fixes it.

Fields may be added (the contract allows it), never renamed or removed; the shipped JSON Schema
(provenance/schema/report.schema.json) describes the contract's part.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from provenance.formats._common import (
    count_by_severity,
    figure_reads,
    iso_date,
    iso_timestamp,
    judgement_of,
    resolution_of,
    shown_src,
    sorted_findings,
)
from provenance.models import (
    AiMark,
    ArticleReport,
    C2paManifest,
    Citation,
    Figure,
    Finding,
    ImageMetadata,
    ImageRead,
    Quote,
    Report,
    SearchTrail,
    Verdict,
)

SCHEMA_VERSION = 1
TOOL_NAME = "provenance"


def report_to_dict(report: Report) -> dict[str, Any]:
    tally = Tally()
    articles = [tally.add(ar) for ar in report.articles]
    return {**head(report.generated_at, report.tool_version), "articles": articles,
            **tail(tally, report.fail_on, report.errors)}


def head(generated_at: dt.datetime, tool_version: str) -> dict[str, Any]:
    """The members of the report before its articles."""
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": tool_version},
        "generated_at": iso_timestamp(generated_at),
    }


def tail(tally: Tally, fail_on: str, errors: Sequence[str]) -> dict[str, Any]:
    """The members of the report after its articles."""
    return {
        "summary": tally.summary(),
        "fail_on": fail_on,  # extra
        "errors": list(errors),  # extra: inputs that could not be read as articles
    }


class Tally:
    """The report's summary, counted article by article (so a report can be written as it grows)."""

    def __init__(self) -> None:
        self.articles = self.sources = self.claims = 0
        self.findings = count_by_severity(())
        self.verdicts = {v.value: 0 for v in Verdict}

    def add(self, ar: ArticleReport) -> dict[str, Any]:
        """The ARTICLE object of `ar`, counted."""
        article = _article(ar)
        self.articles += 1
        self.sources += len(article["sources"])
        self.claims += len(article["claims"])
        for severity, n in count_by_severity(ar.findings).items():
            self.findings[severity] += n
        for claim in article["claims"]:
            self.verdicts[claim["verdict"]] += 1
        return article

    def summary(self) -> dict[str, Any]:
        return {
            "articles": self.articles,
            "sources": self.sources,
            "claims": self.claims,
            "findings": dict(self.findings),
            "verdicts": dict(self.verdicts),  # extra: claims per verdict
        }


def _article(ar: ArticleReport) -> dict[str, Any]:
    a = ar.article
    return {
        "path": a.path,
        "title": a.title,
        "published": iso_date(a.published),
        "byline": a.byline,
        "format": a.format,  # extra
        "sources": [_source(ar, c) for c in a.citations],
        "claims": [_claim(ar, q) for q in a.quotes],
        "figures": [_figure(f, read, mark) for f, read, mark in figure_reads(ar)],
        "findings": [_finding(f) for f in sorted_findings(ar.findings)],
    }


def _source(ar: ArticleReport, c: Citation) -> dict[str, Any]:
    res = resolution_of(ar, c.id)
    doc = res.doc
    return {
        "id": c.id,
        "raw": c.raw,
        "publisher": c.publisher,
        "title": c.title,
        "date": iso_date(c.date),
        "url": c.url,
        "resolution": {
            "status": res.status.value,
            "url": res.url,
            "http_status": res.http_status,
            "reason": res.reason,
            "page_title": doc.title if doc else None,
            "page_publisher": doc.site if doc else None,
            "page_published": iso_date(doc.published) if doc else None,
            "sha256": (doc.sha256 or None) if doc else None,
            "error_kind": res.error_kind,  # extra: machine-readable reason
            "canonical": doc.canonical if doc else None,  # extra
            **({"lookup": _lookup(res.lookup)} if res.lookup else {}),
        },
        "line": c.line,
        "column": c.column,  # extra
        "kind": c.kind,  # extra: list | footnote | inline
    }


def _lookup(trail: SearchTrail) -> dict[str, Any]:
    return {"service": trail.service, "query": trail.query,
            "candidates": [{"url": c.url, "title": c.title, "accepted": c.accepted, "why": c.why}
                           for c in trail.candidates]}


def _claim(ar: ArticleReport, q: Quote) -> dict[str, Any]:
    j = judgement_of(ar, q)
    return {
        "id": q.id,
        "text": q.text,
        "speaker": q.speaker,
        "cited_source": q.cited_source,
        "verdict": j.verdict.value,
        "source": j.source,
        "score": round(float(j.score), 1),
        "evidence": j.evidence,
        "differences": [{"kind": d.kind, "quoted": d.quoted, "source": d.source} for d in j.differences],
        "elided_negation": j.elided_negation,  # extra
        "where": j.where,  # extra: where the evidence stands when outside the page's main text
        "line": q.line,
        "column": q.column,  # extra
        "end_line": q.end_line,  # extra
        "end_column": q.end_column,  # extra
    }


def _figure(f: Figure, read: ImageRead | None, mark: AiMark | None) -> dict[str, Any]:
    return {
        "src": shown_src(f.src),
        "caption": f.caption,
        "alt": f.alt,
        "credit": f.credit,  # extra
        "line": f.line,
        "column": f.column,  # extra
        "ai": {"by": mark.by, "evidence": mark.evidence, "disclosed": mark.disclosed} if mark else None,
        "metadata": _metadata(read.metadata) if read and read.metadata else None,
        "read": {"location": shown_src(read.location), "reason": read.reason} if read else None,  # extra
    }


def _metadata(m: ImageMetadata) -> dict[str, Any]:
    return {
        "digital_source_type": m.digital_source_type,
        "c2pa": _c2pa(m.c2pa) if m.c2pa else None,
        "format": m.format,  # extra, and the rest of this object too
        "credit": m.credit,
        "source": m.source,
        "creator_tool": m.creator_tool,
        "ai_system": m.ai_system,
        "problems": list(m.problems),
    }


def _c2pa(c: C2paManifest) -> dict[str, Any]:
    return {"claim_generator": c.claim_generator, "actions": list(c.actions), "signer": c.signer,
            "valid": c.valid, "trusted": c.trusted, "digital_source_types": list(c.digital_source_types),
            "problems": list(c.problems)}


def _finding(f: Finding) -> dict[str, Any]:
    return {
        "code": f.code,
        "name": f.name,
        "severity": f.severity.value,
        "message": f.message,
        "source": f.source,
        "claim": f.claim,
        "line": f.line,
        "column": f.column,
        "end_line": f.end_line,
        "end_column": f.end_column,
    }


class JsonFormatter:
    """Renders a whole report; or, as a run goes (`begin`, `article` for each, `end`), the same text in
    pieces, so that an archive's report is written as it grows rather than held until the end."""

    name = "json"
    OPTIONS: tuple[str, ...] = ()

    def __init__(self) -> None:
        self._tally = Tally()

    def render(self, report: Report) -> str:
        return json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n"

    def begin(self, generated_at: dt.datetime, tool_version: str) -> str:
        members = [_member(k, v) for k, v in head(generated_at, tool_version).items()]
        return "{\n" + ",\n".join(members) + ',\n  "articles": ['

    def article(self, ar: ArticleReport) -> str:
        text = "    " + _dumps(self._tally.add(ar)).replace("\n", "\n    ")
        return ("\n" if self._tally.articles == 1 else ",\n") + text

    def end(self, fail_on: str, errors: Sequence[str]) -> str:
        close = "\n  ]" if self._tally.articles else "]"
        members = [_member(k, v) for k, v in tail(self._tally, fail_on, errors).items()]
        return close + ",\n" + ",\n".join(members) + "\n}\n"


def _dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


def _member(key: str, value: Any) -> str:
    """One member of the report's top object, as json.dumps(indent=2) writes it there."""
    return f"  {_dumps(key)}: " + _dumps(value).replace("\n", "\n  ")


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the report, as shipped in the package."""
    from importlib.resources import files

    text = files("provenance").joinpath("schema/report.schema.json").read_text(encoding="utf-8")
    return json.loads(text)
