"""The matcher on the labelled dev set (../shared/bench/dev), pages read by provenance.source.read_source.

Skipped when ../shared is absent. Quotations whose source text the page reader did not return cannot be
matched by anyone: those gaps belong to the reader and are counted apart, not against the matcher.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from provenance.match import judge
from provenance.models import Quote, SourceDoc

DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "bench" / "dev"
FAITHFUL = {"verbatim", "typography", "ellipsis", "bracket", "fragment"}


def _pages() -> dict[str, SourceDoc | None]:
    """Page id (as the labels name it: sha1 of the cited URL, 12 hex digits) -> what the reader made of it."""
    import yaml

    from provenance.source import read_source

    with open(DEV / "cassette.yaml", encoding="utf-8") as f:
        interactions = yaml.load(f, Loader=yaml.CSafeLoader)["interactions"]
    by_uri = {it["request"]["uri"]: it for it in interactions}
    docs: dict[str, SourceDoc | None] = {}
    for uri in by_uri:
        it, hops = by_uri[uri], 0
        while it is not None and it["response"]["status"]["code"] in (301, 302, 303, 307, 308) and hops < 5:
            headers = {k.lower(): v for k, v in it["response"]["headers"].items()}
            it, hops = by_uri.get(headers["location"][0]), hops + 1
        ok = it is not None and it["response"]["status"]["code"] == 200
        docs[hashlib.sha1(uri.encode()).hexdigest()[:12]] = (
            read_source(it["response"]["body"]["string"], url=uri) if ok else None)
    for path in (DEV / "library").glob("doc-*.html"):
        docs.setdefault(path.stem[4:], read_source(path.read_text(encoding="utf-8", errors="replace")))
    return docs


@pytest.fixture(scope="module")
def outcomes() -> list[tuple[dict, object, bool]]:
    if not (DEV / "labels.jsonl").exists():
        pytest.skip("../shared/bench/dev is absent")
    pytest.importorskip("yaml")
    docs = _pages()
    rows = []
    for line in (DEV / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        art = json.loads(line)
        sources = {s["id"]: docs.get(s["page"]) if s["resolution"] in ("fetched", "library") else None
                   for s in art["sources"]}
        for n, q in enumerate(art["quotes"]):
            j = judge(Quote(f"q{n}", q["text"], None, q["marker"], 1, 1), sources)
            source = sources.get(q["source"]) if q["source"] else None
            # the reader returned the passage: its first and last words stand in the page's text
            words = q["text"].replace("…", " ").split()
            readable = source is not None and all(w.strip(".,;:!?\"'[]") in source.text
                                                  for w in (words[0], words[-1]))
            rows.append((q, j, readable))
    return rows


def test_no_false_alarm_on_faithful_quotations(outcomes) -> None:
    alarms = [(q["text"], j) for q, j, _ in outcomes
              if q["kind"] in FAITHFUL and j.verdict.value == "misquoted"]
    assert alarms == []


def test_faithful_quotations_are_verified(outcomes) -> None:
    rows = [(q, j) for q, j, ok in outcomes if q["kind"] in FAITHFUL and q["verdict"] == "verified" and ok]
    right = sum(j.verdict.value == "verified" for _, j in rows)
    assert right / len(rows) >= 0.98


def test_misquotations_are_caught_and_named(outcomes) -> None:
    rows = [(q, j) for q, j, ok in outcomes if q["verdict"] == "misquoted" and ok]
    caught = [(q, j) for q, j in rows if j.verdict.value == "misquoted"]
    assert len(caught) / len(rows) >= 0.95
    named = Counter(q["difference"] in {d.kind for d in j.differences} for q, j in caught)
    assert named[True] / len(caught) >= 0.90


def test_every_verdict(outcomes) -> None:
    got = Counter((q["verdict"], j.verdict.value) for q, j, ok in outcomes
                  if ok or q["verdict"] != "verified")
    wrong = {k: v for k, v in got.items() if k[0] != k[1]}
    assert sum(wrong.values()) <= 0.03 * sum(got.values()), wrong
