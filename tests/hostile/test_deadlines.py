"""Deadlines: every try of one source within --source-deadline, the run's network within --deadline, a
site that stalls asked once; what is cut short says so (error kind `deadline`). How long the default
settings take against a silent host is measured in benchmarks/hostile.py, not here."""

from __future__ import annotations

import json

import pytest

from provenance.fetch import FetchOptions, fetch_all
from tests.support import hostile
from tests.support.cli import run
from tests.support.loopback import html


@pytest.fixture()
def silent():
    host = hostile.SilentHost()
    yield host
    host.close()


def _opts(**changes: object) -> FetchOptions:
    base = dict(allow_private_addresses=True, no_cache=True, timeout=0.4, source_deadline=1.0, retries=2)
    return FetchOptions(**{**base, **changes})  # type: ignore[arg-type]


def test_a_silent_site_is_asked_once_and_its_sources_cut_short(silent):
    urls = [silent.url(f"/page{n}") for n in range(6)]
    results = fetch_all(urls, _opts())
    kinds = sorted(r.error_kind for r in results.values())
    assert kinds == ["deadline"] * 6
    reasons = sorted(r.reason or "" for r in results.values())
    # the first source to time out keeps its retries, within its deadline; the site is not asked again
    # for the others (the second one sent at once, 2 per host, has asked once already)
    cut = sum("source's deadline (1 seconds" in r for r in reasons)
    not_asked = sum("left an earlier request of this run unanswered" in r for r in reasons)
    assert cut >= 1 and not_asked >= 4 and cut + not_asked == 6


def test_the_retries_of_one_source_stay_within_its_deadline(server):
    server.route("/slow", lambda seen: (__import__("time").sleep(0.6), html("late"))[1])
    url = server.url("/slow")
    result = fetch_all([url], _opts(timeout=0.5, source_deadline=0.8))[url]
    assert result.error_kind == "deadline" and "--source-deadline" in (result.reason or "")
    assert server.hits["/slow"] <= 2


def test_a_retry_after_beyond_the_deadline_is_not_waited_for(server):
    server.route("/busy", (503, {"Retry-After": "30", "Content-Type": "text/plain"}, b"busy"))
    url = server.url("/busy")
    result = fetch_all([url], _opts(source_deadline=20.0))[url]
    assert result.http_status == 503 and result.error_kind == "http-error"
    assert server.hits["/busy"] == 1


def test_the_run_deadline_cuts_what_is_left(silent):
    url = silent.url("/page")
    result = fetch_all([url], _opts(deadline=0.3, source_deadline=5.0, timeout=5.0))[url]
    assert result.error_kind == "deadline" and "--deadline" in (result.reason or "")


def test_a_source_cut_short_is_an_unreachable_source_that_says_so(silent, tmp_path):
    (tmp_path / "a.md").write_text(hostile.article([silent.url("/page")]), encoding="utf-8")
    (tmp_path / "setup.cfg").write_text("[provenance]\nsource-deadline = 0.5\ntimeout = 0.3\n",
                                        encoding="utf-8")
    proc = run("check", "a.md", "--allow-private-addresses", "--no-cache", "--deadline", "60",
               "--format", "json", "--fail-on", "never", "--quiet", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)["articles"][0]
    assert report["sources"][0]["resolution"]["error_kind"] == "deadline"
    [finding] = [f for f in report["findings"] if f["name"] == "unreachable-source"]
    assert "source's deadline (0.5 seconds" in finding["message"]
