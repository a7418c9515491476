"""`--format json`: the report exactly as the public contract (docs: ../shared/spec/report.md) fixes it.

Fields may be added (the contract allows it), never renamed or removed; the shipped JSON Schema
(provenance/schema/report.schema.json) describes the contract's part.
"""

from __future__ import annotations

import json
from typing import Any

from provenance.formats._common import (
    count_by_severity,
    iso_date,
    iso_timestamp,
    judgement_of,
    resolution_of,
    sorted_findings,
)
from provenance.models import ArticleReport, Citation, Finding, Quote, Report, SearchTrail, Verdict

SCHEMA_VERSION = 1
TOOL_NAME = "provenance"


def report_to_dict(report: Report) -> dict[str, Any]:
    articles = [_article(ar) for ar in report.articles]
    findings = [f for ar in report.articles for f in ar.findings]
    verdicts = {v.value: 0 for v in Verdict}
    for article in articles:
        for claim in article["claims"]:
            verdicts[claim["verdict"]] += 1
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": TOOL_NAME, "version": report.tool_version},
        "generated_at": iso_timestamp(report.generated_at),
        "articles": articles,
        "summary": {
            "articles": len(articles),
            "sources": sum(len(a["sources"]) for a in articles),
            "claims": sum(len(a["claims"]) for a in articles),
            "findings": count_by_severity(findings),
            "verdicts": verdicts,  # extra: claims per verdict
        },
        "fail_on": report.fail_on,  # extra
        "errors": list(report.errors),  # extra: inputs that could not be read as articles
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
    name = "json"
    OPTIONS: tuple[str, ...] = ()

    def render(self, report: Report) -> str:
        return json.dumps(report_to_dict(report), indent=2, ensure_ascii=False) + "\n"


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the report, as shipped in the package."""
    from importlib.resources import files

    text = files("provenance").joinpath("schema/report.schema.json").read_text(encoding="utf-8")
    return json.loads(text)
