"""A whole check against a real server on 127.0.0.1: fetch, read, match, findings; record, then replay."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from tests.support.cli import run
from tests.support.loopback import LoopbackServer

PAGE = """<html><head><title>Council passes the budget | Civic Wire</title>
<meta property="article:published_time" content="2026-03-10T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Council passes the budget</h1>
<p>The council approved the budget on Tuesday after a debate that lasted well into the night.</p>
<p>"We will not raise taxes this year, and we will hire 16 new teachers," the mayor, Ann Lee, said.</p>
<p>The opposition said the plan relied on optimistic forecasts of tax receipts.</p></article>
<aside class="related"><h3>Related stories</h3><p>The mayor promised to cut every tax next year.</p></aside>
</body></html>"""

ARTICLE = """---
title: What the budget means for schools
date: 2026-03-15
author: Jo Park
---

# What the budget means for schools

“We will not raise taxes this year,” the mayor said.[^1]

Ann Lee also said: “We will hire 15 new teachers.”[^1]

“The mayor promised to cut every tax next year,” a critic said.[^1]

“Schools will close on Fridays,” the union said.[^2]

## Sources

[^1]: Civic Wire, ["Council passes the budget"]({base}/budget) (March 10, 2026)
[^2]: Civic Wire, ["Union responds"]({base}/gone) (March 11, 2026)
"""


@pytest.fixture
def server(server: LoopbackServer) -> LoopbackServer:
    """The shared loopback server (tests/conftest.py), serving one live story and one dead link."""
    server.route("/budget", (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.encode()))
    server.route("/gone", (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"))
    return server


def check(article: Path, *extra: str) -> dict:
    proc = run("check", str(article), "--format", "json", "--fail-on", "never", "--no-cache",
               "--no-archive", *extra)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["articles"][0]


def test_a_live_check_then_a_replay_of_its_cassette(server: LoopbackServer, tmp_path: Path) -> None:
    article = tmp_path / "schools.md"
    article.write_text(ARTICLE.format(base=server.url("")), encoding="utf-8")
    cassette = tmp_path / "schools.yaml"

    live = check(article, "--allow-private-addresses", "--cassette", str(cassette), "--record-mode", "once")
    verdicts = [(c["verdict"], c["source"]) for c in live["claims"]]
    assert verdicts == [("verified", "1"), ("misquoted", "1"), ("unsupported", "1"), ("unverifiable", None)]
    misquoted = live["claims"][1]
    changes = [(d["kind"], d["quoted"], d["source"]) for d in misquoted["differences"]]
    assert changes == [("number", "15", "16")]
    assert "16 new teachers" in misquoted["evidence"]
    sources = {s["id"]: s for s in live["sources"]}
    assert sources["1"]["resolution"]["status"] == "fetched"
    assert sources["1"]["resolution"]["page_title"] == "Council passes the budget"
    assert sources["1"]["resolution"]["page_published"] == "2026-03-10"
    assert sources["2"]["resolution"]["status"] == "unreachable"
    assert sources["2"]["resolution"]["http_status"] == 404
    names = {(f["name"], f["source"]) for f in live["findings"]}
    assert ("unreachable-source", "2") in names and ("misquote", "1") in names

    recorded = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    uris = {i["request"]["uri"] for i in recorded["interactions"]}
    assert uris == {server.url("/budget"), server.url("/gone")}
    server.stop()  # the replay touches no network: the same run, the same verdicts
    replayed = check(article, "--allow-private-addresses", "--cassette", str(cassette))
    assert [(c["verdict"], c["source"]) for c in replayed["claims"]] == verdicts


def test_private_addresses_are_refused_unless_allowed(server: LoopbackServer, tmp_path: Path) -> None:
    article = tmp_path / "schools.md"
    article.write_text(ARTICLE.format(base=server.url("")), encoding="utf-8")
    sources = check(article)["sources"]
    assert {s["resolution"]["status"] for s in sources} == {"unreachable"}
    assert all("private" in (s["resolution"]["reason"] or "").lower() or
               "loopback" in (s["resolution"]["reason"] or "").lower() for s in sources)
    assert server.hits == {}


def test_inspect_reads_a_page_and_a_saved_file(server: LoopbackServer, tmp_path: Path) -> None:
    saved = tmp_path / "budget.html"
    saved.write_text(PAGE, encoding="utf-8")
    proc = run("inspect", server.url("/budget"), str(saved), "--format", "json", "--allow-private-addresses",
               "--no-cache")
    assert proc.returncode == 0, proc.stderr
    fetched, local = json.loads(proc.stdout)
    for got, path in ((fetched, server.url("/budget")), (local, str(saved))):
        assert got["path"] == path
        assert (got["title"], got["published"]) == ("Council passes the budget", "2026-03-10")
        assert got["text_length"] > 100
    assert fetched["site"] == "127.0.0.1" or fetched["site"]
    assert "Related stories" not in local["opening"]
