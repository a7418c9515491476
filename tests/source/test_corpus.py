"""Optional: on the real pages of ../shared/corpus (skipped when absent), the headline is right on at least
90% of the postlight and trafilatura pages, and the publication date (±1 day) on at least 90%.
benchmarks/corpus_read.py prints the full comparison, htmldate side by side."""

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest

from provenance.source import decode_html, read_source

CORPUS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus"
_MARKS = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "\u00a0": " "})


def _norm(text: str) -> str:
    return " ".join(text.translate(_MARKS).casefold().split())


def _day(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:  # one ground-truth date is written year-day-month
        y, d, m = value[:10].split("-")
        return dt.date(int(y), int(m), int(d))


@pytest.mark.skipif(not (CORPUS / "index.jsonl").exists(), reason="../shared/corpus is not here")
def test_title_and_date_rates_on_real_pages():
    from rapidfuzz import fuzz

    rows = [json.loads(line) for line in (CORPUS / "index.jsonl").open(encoding="utf-8")]
    rows = [r for r in rows
            if r["source"] in ("postlight-parser", "trafilatura") and r["title"] and r["published"]]
    titles = dates = 0
    for row in rows:
        data = (CORPUS / row["html"]).read_bytes()
        doc = read_source(decode_html(gzip.decompress(data) if row["gzip"] else data), url=row["url"])
        got, want = _norm(doc.title or ""), _norm(row["title"])
        titles += bool(got) and (got == want or fuzz.ratio(got, want) >= 90)
        dates += doc.published is not None and abs((doc.published - _day(row["published"])).days) <= 1
    assert len(rows) >= 200
    assert titles / len(rows) >= 0.90
    assert dates / len(rows) >= 0.90
