"""`--format sarif`: SARIF 2.1.0 for code-scanning services (GitHub code scanning, Azure DevOps, …).

`rules[]` is generated from the finding registry; every result has a location with line and column
and a `partialFingerprints` entry computed from what the finding is about (path, name, cited source,
quotation text — see provenance.baseline.finding_key), never from line numbers, so an alert stays the
same alert when the article is edited around it.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from typing import Any
from urllib.parse import quote

from provenance.baseline import finding_key
from provenance.checks.registry import RULES
from provenance.formats._common import sorted_findings
from provenance.models import ArticleReport, Finding, Report, Severity

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/provenance-news/provenance"
FINGERPRINT_KEY = "provenanceFinding/v1"
_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_RULE_INDEX = {r.code: i for i, r in enumerate(RULES)}


def artifact_uri(path: str) -> str:
    """A URL as given; a file path with forward slashes, percent-encoded where a URI needs it."""
    if "://" in path:
        return path
    return quote(path.replace("\\", "/"), safe="/-._~!$&'()*+,;=@")


def _rules() -> list[dict[str, Any]]:
    return [
        {
            "id": r.code,
            "name": r.name,
            "shortDescription": {"text": r.summary},
            "fullDescription": {"text": r.description},
            "help": {"text": r.help, "markdown": f"{r.description}\n\n**What to do:** {r.help}"},
            "defaultConfiguration": {"level": _LEVEL[r.severity]},
            "properties": {"tags": ["provenance", r.name]},
        }
        for r in RULES
    ]


def fingerprinted(ar: ArticleReport) -> list[tuple[Finding, str]]:
    """The findings in reading order, each with the sha256 of its key and its rank among findings
    with the same key (two AI-generated images in one article are two alerts)."""
    seen: Counter[tuple[str, ...]] = Counter()
    out = []
    for f in sorted_findings(ar.findings):
        key = finding_key(ar.article, f)
        seen[key] += 1
        out.append((f, hashlib.sha256("\x1f".join((*key, str(seen[key]))).encode("utf-8")).hexdigest()))
    return out


def _region(f: Finding) -> dict[str, int]:
    region = {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)}
    if f.end_line is not None and f.end_line >= region["startLine"]:
        region["endLine"] = f.end_line
    if f.end_column is not None and f.end_column >= 1:
        region["endColumn"] = f.end_column
    return region


def _result(ar: ArticleReport, f: Finding, fingerprint: str) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": f.code,
        "level": _LEVEL[f.severity],
        "message": {"text": f.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(ar.article.path)},
                    "region": _region(f),
                }
            }
        ],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        "properties": {"name": f.name, "severity": f.severity.value, "source": f.source, "claim": f.claim},
    }
    if f.code in _RULE_INDEX:  # a finding outside the registry still gets reported, just without index
        result["ruleIndex"] = _RULE_INDEX[f.code]
    return result


def report_to_sarif(report: Report) -> dict[str, Any]:
    results: list[dict[str, Any]] = []
    for ar in report.articles:
        results.extend(_result(ar, f, fingerprint) for f, fingerprint in fingerprinted(ar))
    invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
    if report.errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": message}} for message in report.errors
        ]
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "provenance",
                        "version": report.tool_version,
                        "informationUri": INFORMATION_URI,
                        "rules": _rules(),
                    }
                },
                "invocations": [invocation],
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


class SarifFormatter:
    name = "sarif"
    OPTIONS: tuple[str, ...] = ()

    def render(self, report: Report) -> str:
        return json.dumps(report_to_sarif(report), indent=2, ensure_ascii=False) + "\n"
