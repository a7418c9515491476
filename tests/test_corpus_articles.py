"""Real web pages checked as articles: messy markup of every kind gives a report, never a crash.

Reads pages of ../shared/corpus (skipped when it is absent); nothing is copied into the project.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from tests.support.cli import ROOT, run

CORPUS = ROOT / ".." / "shared" / "corpus"


def test_every_seventh_corpus_page_reads_as_an_article(tmp_path: Path) -> None:
    index = CORPUS / "index.jsonl"
    if not index.exists():
        pytest.skip("../shared/corpus is absent")
    rows = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines() if line.strip()]
    for n, row in enumerate(rows[::7]):
        data = (CORPUS / row["html"]).read_bytes()
        (tmp_path / f"{n:03d}.html").write_bytes(gzip.decompress(data) if row.get("gzip") else data)
    proc = run("check", str(tmp_path), "--offline", "--format", "json", "--fail-on", "never", "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    assert report["summary"]["articles"] == len(rows[::7])
    assert all(a["title"] for a in report["articles"][:20])
