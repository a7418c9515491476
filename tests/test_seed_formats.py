"""Issue 5 on the seed article, through the real command line: SARIF, GitHub, HTML, suppressions."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.support.cli import ROOT, SEED, run

SARIF_SCHEMA = ROOT / ".." / "shared" / "spec" / "sarif-schema-2.1.0.json"


def seed(fmt: str, *extra: str) -> str:
    proc = run("check", str(SEED), "--offline", "--format", fmt, "--fail-on", "never", *extra)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_sarif_validates_and_its_fingerprints_hold_across_runs() -> None:
    first, second = json.loads(seed("sarif")), json.loads(seed("sarif"))
    if SARIF_SCHEMA.exists():
        jsonschema = pytest.importorskip("jsonschema")
        jsonschema.validate(first, json.loads(SARIF_SCHEMA.read_text()))
    prints = [r["partialFingerprints"] for r in first["runs"][0]["results"]]
    assert prints == [r["partialFingerprints"] for r in second["runs"][0]["results"]]
    assert len({json.dumps(p, sort_keys=True) for p in prints}) == len(prints)


def test_github_annotations_are_well_formed() -> None:
    lines = [line for line in seed("github").splitlines() if line.startswith("::")]
    assert lines
    pattern = re.compile(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?"
                         r",title=[^:,]+::.+$")
    assert all(pattern.match(line) for line in lines), lines


def test_the_html_report_holds_the_tanaka_quotation_and_loads_nothing() -> None:
    page = seed("html")
    assert "how these computational engines actually work remains a mystery" in page
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=\s*[\"']?(https?:)?//", page, re.I)


def test_an_inline_suppression_on_a_markdown_source_line(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(
        "---\ntitle: Budget passes\ndate: 2026-03-15\n---\n\n"
        "“We will not raise taxes,” Ann Lee said. [1]\n\n"
        "## Sources\n\n"
        "1. Civic Wire, “Budget passes after long night” <!-- provenance: ignore[undated-source] -->\n"
        "2. Civic Wire, “Council meets again”\n",
        encoding="utf-8",
    )
    proc = run("check", str(article), "--offline", "--format", "json", "--fail-on", "never")
    findings = json.loads(proc.stdout)["articles"][0]["findings"]
    undated = [f["source"] for f in findings if f["name"] == "undated-source"]
    assert undated == ["2"]
    assert not [f for f in findings if f["name"] == "unused-suppression"]
