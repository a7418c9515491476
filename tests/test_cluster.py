"""`--dask-scheduler` (README "Checking an archive"): the same report from a Dask cluster as from one machine.

A real cluster on 127.0.0.1, started here as a user starts one (`dask scheduler`, two `dask worker`
processes, each in a session of its own and in another folder than the check), and real `provenance
check` subprocesses against a real loopback server; every process of the cluster is gone at the end."""

from __future__ import annotations

import collections
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli import run
from tests.support.loopback import LoopbackServer

PAGE = """<html><head><title>{title} | Civic Wire</title>
<meta property="article:published_time" content="2026-03-10T08:00:00Z"></head>
<body><article><h1>{title}</h1>
<p>"We will hire {n} new teachers this year," the mayor, Ann Lee, said.</p></article></body></html>"""

ARTICLE = """---
title: Schools, part {n}
date: 2026-03-15
---

"We will hire {n} new teachers this year," the mayor said.[^1]

"We will hire {wrong} new teachers this year," Ann Lee said.[^2]

"Schools will close on Fridays," the union said.[^3]

[^1]: Civic Wire, ["Story {n}"]({one}/story-{n}) (March 10, 2026)
[^2]: Civic Wire, ["Story {m}"]({other}/story-{m}) (March 10, 2026)
[^3]: Civic Wire, ["Union responds"]({one}/gone) (March 11, 2026)
"""

ARTICLES = 16
OPTIONS = ("--fail-on", "never", "--no-cache", "--no-archive", "--no-search", "--allow-private-addresses",
           "--per-host", "1")


class _Process:
    """A `dask …` command in a session of its own, its output in a file."""

    def __init__(self, args: list[str], folder: Path, name: str) -> None:
        self.log = folder / f"{name}.log"
        with self.log.open("w") as out:
            self.proc = subprocess.Popen([sys.executable, "-m", "dask", *args], cwd=folder, stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True)

    def wait_for(self, text: str) -> None:
        for _ in range(600):
            if text in self.log.read_text(errors="replace"):
                return
            assert self.proc.poll() is None, self.log.read_text(errors="replace")
            time.sleep(0.1)
        raise AssertionError(f"{self.log.name} never said {text!r}")

    def stop(self) -> None:
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.proc.pid, sig)
                self.proc.wait(timeout=20)
                return
            except ProcessLookupError:
                return
            except subprocess.TimeoutExpired:
                continue


def _session_left(sid: int) -> list[int]:
    left = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != b"Z":
            left.append(int(entry))
    return left


class _Start:
    """start(workers) -> the address of a new scheduler on 127.0.0.1 with that many workers."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.started: list[_Process] = []

    def kill_workers(self) -> None:
        for process in self.started:
            if process.log.name.startswith("worker") and process.proc.poll() is None:
                os.killpg(process.proc.pid, signal.SIGKILL)

    def __call__(self, workers: int) -> str:
        started, tmp_path = self.started, self.folder
        folder = tmp_path / f"cluster-{len(started)}"
        folder.mkdir()
        scheduler = _Process(["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                              "--scheduler-file", "scheduler.json"], folder, "scheduler")
        started.append(scheduler)
        scheduler.wait_for("Scheduler at:")
        address = json.loads((folder / "scheduler.json").read_text())["address"]
        for n in range(workers):
            worker = _Process(["worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                               "--host", "127.0.0.1"], folder, f"worker-{n}")
            started.append(worker)
        for worker in started[-workers:] if workers else []:
            worker.wait_for("Registered to:")
        return address


@pytest.fixture
def start(tmp_path: Path) -> Iterator[_Start]:
    """Starts clusters (see _Start); every process is stopped at the end, and none may be left."""
    clusters = _Start(tmp_path)
    yield clusters
    for process in reversed(clusters.started):
        process.stop()
    assert [pid for p in clusters.started for pid in _session_left(p.proc.pid)] == []


@pytest.fixture
def archive(server: LoopbackServer, tmp_path: Path) -> tuple[list[str], dict[str, int]]:
    """Sixteen articles citing pages on two hosts (the loopback server as 127.0.0.1 and as localhost),
    one dead link, and a URL input that cannot be fetched; and the most requests each host saw at once.
    Every answer takes 0.05 s."""
    lock, now = threading.Lock(), collections.Counter()
    most: dict[str, int] = collections.Counter()

    def page(n: int):
        def answer(seen):
            host = seen.headers.get("Host", "")
            with lock:
                now[host] += 1
                most[host] = max(most[host], now[host])
            time.sleep(0.05)
            with lock:
                now[host] -= 1
            body = PAGE.format(title=f"Story {n}", n=n).encode()
            return 200, {"Content-Type": "text/html; charset=utf-8"}, body
        return answer

    for n in range(ARTICLES):
        server.route(f"/story-{n}", page(n))
    server.route("/gone", (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"))
    folder = tmp_path / "archive"
    folder.mkdir()
    one, other = server.url(""), server.url("", host="localhost")
    for n in range(ARTICLES):
        text = ARTICLE.format(n=n, wrong=n + 1, m=(n + 5) % ARTICLES, one=one, other=other)
        (folder / f"{n:02d}.md").write_text(text, encoding="utf-8")
    return [str(folder), server.url("/gone")], most


def _report(path: Path) -> dict:
    report = json.loads(path.read_text(encoding="utf-8"))
    del report["generated_at"]
    return report


def _tasks_done(address: str) -> list[int]:
    """How many tasks each worker of the cluster has run (asked in a process of its own)."""
    ask = ("import sys; from distributed import Client\n"
           "with Client(sys.argv[1], timeout=30) as c:\n"
           "    print(sorted(c.run(lambda dask_worker: dask_worker.state.executed_count).values()))")
    out = subprocess.run([sys.executable, "-c", ask, address], capture_output=True, text=True, timeout=120)
    return json.loads(out.stdout)


def test_a_cluster_gives_the_report_of_one_machine(start, archive, server, tmp_path):
    given, most = archive
    local, cluster, lines = tmp_path / "local.json", tmp_path / "cluster.json", tmp_path / "cluster.jsonl"
    assert run("check", *given, *OPTIONS, "--format", "json", "-o", str(local)).returncode == 2
    address = start(2)
    most.clear()
    proc = run("check", *given, *OPTIONS, "--format", "json", "-o", str(cluster), "--batch", "8",
               "--dask-scheduler", address)
    assert proc.returncode == 2, proc.stderr  # the URL input that cannot be fetched, said once
    assert proc.stderr.count("provenance: error:") == 1 and "Traceback" not in proc.stderr
    assert _report(cluster) == _report(local)
    assert len(_report(local)["articles"]) == ARTICLES
    assert set(most) == {f"127.0.0.1:{server.port}", f"localhost:{server.port}"}
    assert max(most.values()) == 1  # --per-host 1 held across the cluster
    assert all(done > 2 for done in _tasks_done(address))  # both workers read and judged articles

    proc = run("check", *given, *OPTIONS, "--format", "jsonl", "-o", str(lines), "--batch", "5",
               "--dask-scheduler", address)
    report = _report(local)
    written = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    assert written[:-1] == report["articles"] and proc.returncode == 2


def test_a_settings_file_names_the_scheduler_and_the_workers_share_the_clients_cache(start, archive, server,
                                                                                     tmp_path):
    given, _ = archive
    local, cluster = tmp_path / "local.json", tmp_path / "cluster.json"
    run("check", *given, *OPTIONS, "--format", "json", "-o", str(local))
    settings = tmp_path / "provenance.toml"  # cache-dir relative: to the client's folder, not a worker's
    settings.write_text(f'dask-scheduler = "{start(1)}"\ncache-dir = "cache"\n', encoding="utf-8")
    cached = [o for o in OPTIONS if o != "--no-cache"]
    for _ in range(2):
        server.hits.clear()
        proc = run("check", *given, *cached, "--config", str(settings), "--format", "json",
                   "-o", str(cluster))
        assert proc.returncode == 2 and "Traceback" not in proc.stderr
        assert _report(cluster) == _report(local)
    assert len(list((tmp_path / "cache").rglob("*.page"))) == 2 * ARTICLES  # each story on both hosts
    assert not any(k.startswith("/story-") for k in server.hits)  # the second run read them from the cache


def test_a_cluster_lost_under_the_run_is_one_line_and_the_run_goes_on_from_its_state(start, archive, server,
                                                                                    tmp_path):
    given, _ = archive
    local, resumed, state = tmp_path / "local.json", tmp_path / "resumed.json", str(tmp_path / "state")
    run("check", *given, *OPTIONS, "--format", "json", "-o", str(local))
    address = start(2)
    story, asked = server.routes["/story-9"], threading.Event()

    def kill_the_workers(seen):  # first cited in the second batch
        if not asked.is_set():
            asked.set()
            start.kill_workers()
        return story(seen)

    server.route("/story-9", kill_the_workers)
    args = ("check", *given, *OPTIONS, "--state", state, "--batch", "4")
    proc = run(*args, "--format", "jsonl", "--dask-scheduler", address)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"provenance: error: --dask-scheduler {address}: "
                                                   "the cluster failed (")
    assert len(proc.stdout.splitlines()) == 4  # the first batch, done before
    again = run(*args, "--format", "json", "-o", str(resumed))  # on this machine: the state is the same run
    assert again.returncode == 2 and _report(resumed) == _report(local)


@pytest.mark.parametrize(("address", "says"), [
    ("tcp://127.0.0.1:9", "cannot connect (Timed out trying to connect to tcp://127.0.0.1:9 after 1 s)"),
    ("nonsense::", "cannot connect (invalid address 'nonsense::'; maybe: ipv6 needs brackets like [::1])"),
    ("udp://127.0.0.1:9", "cannot connect (unknown address scheme 'udp'"),
])
def test_a_scheduler_that_cannot_be_reached_is_one_line_and_exit_2(address, says, archive):
    proc = run("check", archive[0][0], *OPTIONS, "--timeout", "1", "--dask-scheduler", address)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"provenance: error: --dask-scheduler {address}: {says}")
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stdout == ""


def test_a_cluster_without_workers_is_one_line_and_exit_2(start, archive):
    address = start(0)
    proc = run("check", archive[0][0], *OPTIONS, "--timeout", "1", "--dask-scheduler", address)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"provenance: error: --dask-scheduler {address}: no worker joined the cluster within 1 seconds"]


def test_a_cluster_replays_a_cassette_as_one_machine_does(start, archive, server, tmp_path):
    given, _ = archive
    cassette, local, cluster = tmp_path / "web.yaml", tmp_path / "local.json", tmp_path / "cluster.json"
    run("check", *given, *OPTIONS, "--cassette", str(cassette), "--record-mode", "once")
    address = start(2)
    server.hits.clear()
    assert run("check", *given, *OPTIONS, "--cassette", str(cassette), "--format", "json",
               "-o", str(local)).returncode == 2
    proc = run("check", *given, *OPTIONS, "--cassette", str(cassette), "--format", "json", "-o", str(cluster),
               "--dask-scheduler", address)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert _report(cluster) == _report(local) and not server.hits  # replayed by every worker's fetcher


def test_a_cluster_replays_a_cassette_but_records_none(tmp_path):
    article = tmp_path / "a.md"
    article.write_text('"We act," she said.[^1]\n\n[^1]: W, ["T"](https://a.example/t)\n', encoding="utf-8")
    proc = run("check", str(article), "--cassette", str(tmp_path / "new.yaml"), "--record-mode", "once",
               "--dask-scheduler", "tcp://127.0.0.1:9")
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        "provenance: error: --dask-scheduler replays a cassette but cannot record one (--record-mode none)"]


def test_without_the_option_dask_is_never_imported(archive):
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "provenance", "check", archive[0][0],
                           *OPTIONS, "-q"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "import time:" in proc.stderr
    assert not re.search(r"\|\s+(dask|distributed)(\.|$)", proc.stderr, re.MULTILINE)
