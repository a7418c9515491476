"""The generalisation set (benchmarks/generalisation) is well-formed: its cassette loads in VCR.py, its
labels follow the benchmark's shape, and every article, source page and library document they name exists."""
from __future__ import annotations

import json
from pathlib import Path

from vcr.serialize import deserialize
from vcr.serializers import yamlserializer

SET = Path(__file__).resolve().parent.parent / "benchmarks" / "generalisation"
VERDICTS = {"verified", "misquoted", "misattributed", "unsupported", "unverifiable"}
DIFFERENCES = {"number", "negation", "name", "word", "omission", "addition"}
RESOLUTIONS = {"fetched", "library", "archived", "found", "unresolved", "unreachable"}
SOURCE_FINDINGS = {"undated-source", "vague-publisher", "truncated-title", "unresolved-source",
                   "unreachable-source", "date-mismatch", "title-mismatch", "source-after-article",
                   "uncited-source", "duplicate-source"}


def _labels() -> list[dict]:
    lines = (SET / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_the_cassette_loads_in_vcrpy_with_a_response_for_every_request():
    requests, responses = deserialize((SET / "cassette.yaml").read_text(encoding="utf-8"), yamlserializer)
    assert len(requests) == len(responses) > 20
    assert all(r.method == "GET" and r.uri.startswith(("http://", "https://")) for r in requests)
    codes = {resp["status"]["code"] for resp in responses}
    assert {200, 301, 404, 410} <= codes


def test_every_label_line_has_the_benchmark_shape():
    labels = _labels()
    assert len(labels) >= 30
    assert sum(len(lab["quotes"]) for lab in labels) >= 100
    for lab in labels:
        assert (SET / lab["article"]).is_file(), lab["article"]
        assert isinstance(lab["ai_image"], bool) and isinstance(lab["missing_sources"], bool)
        ids = [src["id"] for src in lab["sources"]]
        assert len(ids) == len(set(ids)), lab["article"]
        for src in lab["sources"]:
            assert src["resolution"] in RESOLUTIONS
            assert set(src["expect"]) <= set(src["scored"]) <= SOURCE_FINDINGS, (lab["article"], src["id"])
        for q in lab["quotes"]:
            assert q["verdict"] in VERDICTS and q["text"].strip()
            assert (q["difference"] in DIFFERENCES) == (q["verdict"] == "misquoted"), q["text"]
            assert q["marker"] is None or q["marker"] in ids, q["text"]


def test_each_quotation_stands_in_its_article_as_labelled():
    for lab in _labels():
        text = " ".join((SET / lab["article"]).read_text(encoding="utf-8").split())
        for q in lab["quotes"]:
            assert " ".join(q["text"].split()) in text, (lab["article"], q["text"])


def test_every_library_source_has_its_document():
    names = {p.name for p in (SET / "library").iterdir()}
    for lab in _labels():
        for src in lab["sources"]:
            if src["resolution"] == "library":
                assert f"doc-{src['page']}.html" in names, (lab["article"], src["id"])
