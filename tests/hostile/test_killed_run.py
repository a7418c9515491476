"""A run killed from outside (a cancelled CI job, Ctrl-C, SIGTERM) leaves no process behind."""

from __future__ import annotations

import signal
import time

import pytest

from provenance.parallel import cores
from tests.support import hostile
from tests.support.loopback import html

pytestmark = pytest.mark.skipif(cores() < 2, reason="no worker processes on one core")


def _stalling(server) -> None:
    def stall(seen):
        time.sleep(20)
        return html("late")

    server.route("/stall", stall)


def _articles(tmp_path, server, n: int = 10):
    folder = tmp_path / "articles"
    folder.mkdir()
    for k in range(n):  # enough articles that the workers are forked to read them
        (folder / f"a{k}.md").write_text(hostile.article([server.url(f"/stall?{k}")]), encoding="utf-8")
    return folder


@pytest.mark.parametrize("sig, group", [(signal.SIGKILL, False), (signal.SIGTERM, False),
                                        (signal.SIGINT, True)])
def test_the_workers_die_with_a_killed_run(server, tmp_path, sig, group):
    _stalling(server)
    folder = _articles(tmp_path, server)
    watched = hostile.watch(["check", str(folder), "--allow-private-addresses", "--no-cache", "--quiet"],
                            kill_after=4.0, kill_signal=sig, kill_group=group, limit=60)
    assert watched.most_processes > 1, "the run had no workers to leave behind"
    assert watched.left_behind == 0
    assert not watched.traceback, watched.stderr


def test_the_cassette_loader_dies_with_a_killed_run(tmp_path):
    cassette = tmp_path / "big.yaml"
    hostile.write_many_interactions(cassette, 40_000)  # ~40 MB: parsed aside, in a process of its own
    (tmp_path / "a.md").write_text(hostile.article(["http://a.example/page/1"]), encoding="utf-8")
    watched = hostile.watch(["check", str(tmp_path / "a.md"), "--cassette", str(cassette), "--quiet"],
                            kill_after=1.5, limit=60)
    assert watched.code == -signal.SIGKILL
    assert watched.most_processes > 1, "the cassette was not loaded aside"
    assert watched.left_behind == 0
