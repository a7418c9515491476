"""Archive runs (README "Checking an archive"): batches, pages fetched once per run, reports that stream,
and a run killed halfway that goes on where it ended. Real subprocesses against a real loopback server."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.support.cli import ROOT, run
from tests.support.loopback import LoopbackServer

PAGE = """<html><head><title>{title} | Civic Wire</title>
<meta property="article:published_time" content="2026-03-10T08:00:00Z"></head>
<body><article><h1>{title}</h1>
<p>"We will not raise taxes this year, and we will hire {n} new teachers," the mayor, Ann Lee, said.</p>
<p>The opposition said the plan relied on optimistic forecasts.</p></article></body></html>"""

ARTICLE = """---
title: Schools, part {n}
date: 2026-03-15
---

# Schools, part {n}

"We will hire {n} new teachers," the mayor said.[^1]

"We will hire {wrong} new teachers," Ann Lee said.[^2]

"Schools will close on Fridays," the union said.[^3]

## Sources

[^1]: Civic Wire, ["Story {n}"]({base}/story-{n}) (March 10, 2026)
[^2]: Civic Wire, ["The budget"]({base}/budget) (March 10, 2026)
[^3]: Civic Wire, ["Union responds"]({base}/gone) (March 11, 2026)
"""

ARTICLES = 10


@pytest.fixture
def archive(server: LoopbackServer, tmp_path: Path) -> list[str]:
    """Ten articles, each citing a page of its own, one page they all cite and one dead link; and a
    URL given as an input that cannot be fetched. Every answer takes 0.1 s."""
    return _archive(server, tmp_path, ARTICLES)


def _archive(server: LoopbackServer, tmp_path: Path, articles: int) -> list[str]:
    def page(title: str, n: int):
        def answer(seen):
            time.sleep(0.1)
            return 200, {"Content-Type": "text/html; charset=utf-8"}, PAGE.format(title=title, n=n).encode()
        return answer

    for n in range(articles):
        server.route(f"/story-{n}", page(f"Story {n}", n))
    server.route("/budget", page("The budget", 3))
    server.route("/gone", (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"))
    folder = tmp_path / "archive"
    folder.mkdir()
    for n in range(articles):
        text = ARTICLE.format(n=n, wrong=n + 1, base=server.url(""))
        (folder / f"{n:02d}.md").write_text(text, encoding="utf-8")
    return [str(folder), server.url("/gone")]


OPTIONS = ("--fail-on", "never", "--no-cache", "--no-archive", "--no-search", "--allow-private-addresses")


def _report(path: Path) -> dict:
    report = json.loads(path.read_text(encoding="utf-8"))
    del report["generated_at"]
    return report


def test_batches_give_the_report_of_one_batch_and_fetch_each_page_once(archive, server, tmp_path):
    whole, batched = tmp_path / "whole.json", tmp_path / "batched.json"
    assert run("check", *archive, *OPTIONS, "--format", "json", "-o", str(whole)).returncode == 2
    server.hits.clear()
    proc = run("check", *archive, *OPTIONS, "--format", "json", "-o", str(batched), "--batch", "3")
    assert proc.returncode == 2  # the URL input that cannot be fetched
    assert _report(batched) == _report(whole)
    assert len(_report(whole)["articles"]) == ARTICLES
    assert server.hits["/budget"] == server.hits["/gone"] == 1  # cited in every batch, asked once


def test_workers_that_forget_each_batch_give_the_report_of_one_batch(server, tmp_path):
    archive = _archive(server, tmp_path, 24)  # three batches of 8: each one enough for the workers
    whole, batched = tmp_path / "whole.json", tmp_path / "batched.json"
    run("check", *archive, *OPTIONS, "--format", "json", "-o", str(whole))
    run("check", *archive, *OPTIONS, "--format", "json", "-o", str(batched), "--batch", "8")
    assert _report(batched) == _report(whole)
    assert len(_report(whole)["articles"]) == 24


def test_jsonl_is_the_json_report_line_by_line(archive, tmp_path):
    whole = tmp_path / "whole.json"
    run("check", *archive, *OPTIONS, "--format", "json", "-o", str(whole))
    proc = run("check", *archive, *OPTIONS, "--format", "jsonl", "--batch", "4")
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    report = _report(whole)
    assert lines[:-1] == report["articles"]
    assert {k: v for k, v in lines[-1].items() if k != "generated_at"} == \
        {k: v for k, v in report.items() if k != "articles"}
    assert proc.stderr.count("provenance: error:") == 1


def test_a_run_killed_halfway_goes_on_where_it_ended(archive, tmp_path):
    whole, resumed, state = tmp_path / "whole.json", tmp_path / "resumed.json", tmp_path / "state"
    run("check", *archive, *OPTIONS, "--format", "json", "-o", str(whole))
    args = ["check", *archive, *OPTIONS, "--state", str(state), "--batch", "2"]
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("PROVENANCE_DEBUG", None)
    first = subprocess.Popen([sys.executable, "-m", "provenance", *args, "--format", "jsonl"], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                             start_new_session=True)
    assert first.stdout is not None
    seen = [first.stdout.readline() for _ in range(4)]  # two batches written, the third under way
    os.killpg(first.pid, signal.SIGKILL)
    first.wait(timeout=30)
    assert first.returncode == -signal.SIGKILL and all(seen)

    proc = run(*args, "--format", "json", "-o", str(resumed))
    assert proc.returncode == 2, proc.stderr  # the URL input that cannot be fetched, said once
    assert proc.stderr.count("provenance: error:") == 1
    assert _report(resumed) == _report(whole)
    again = run(*args, "--format", "json", "-o", str(resumed))  # all done: reported from the state
    assert _report(resumed) == _report(whole) and again.returncode == 2


def test_a_state_folder_serves_one_run_only(archive, tmp_path):
    state = str(tmp_path / "state")
    assert run("check", *archive, *OPTIONS, "--state", state, "-q").returncode == 2
    proc = run("check", *archive, *OPTIONS, "--state", state, "--ignore", "misquote")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"provenance: error: --state {state}: holds a run of other inputs or settings; "
        "give a new folder (or delete this one) to start again"]
