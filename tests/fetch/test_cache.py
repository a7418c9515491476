"""The page cache: on by default, served on the second run, only successes, atomic, safe with two runs."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading
from pathlib import Path

from provenance.fetch import FetchOptions, fetch_all
from provenance.fetch.cache import CachedPage, PageCache
from tests.support.loopback import html

ROOT = Path(__file__).resolve().parents[2]


def opts(cache_dir: Path, **changes: object) -> FetchOptions:
    base = FetchOptions(allow_private_addresses=True, cache_dir=str(cache_dir), timeout=5.0, retries=0)
    return dataclasses.replace(base, **changes)


def test_the_second_run_is_served_from_the_cache(server, tmp_path):
    server.route("/page", html("Cached words"))
    url = server.url("/page")
    first = fetch_all([url], opts(tmp_path))[url]
    second = fetch_all([url + "?utm_source=x"], opts(tmp_path))[url + "?utm_source=x"]
    assert not first.from_cache and second.from_cache
    assert server.hits["/page"] == 1
    assert (second.text, second.sha256, second.final_url) == (first.text, first.sha256, first.final_url)


def test_no_cache_and_errors_are_never_stored(server, tmp_path):
    server.route("/page", html("x"))
    url, missing = server.url("/page"), server.url("/missing")
    fetch_all([url, missing], opts(tmp_path, no_cache=True))
    fetch_all([missing], opts(tmp_path))
    fetch_all([url, missing], opts(tmp_path))
    assert server.hits["/page"] == 2 and server.hits["/missing"] == 3


def test_an_entry_past_its_time_to_live_is_fetched_again(server, tmp_path):
    server.route("/page", html("x"))
    url = server.url("/page")
    fetch_all([url], opts(tmp_path))
    assert fetch_all([url], opts(tmp_path, cache_ttl=0.0))[url].from_cache is False
    assert server.hits["/page"] == 2


def test_the_cache_is_not_used_with_a_cassette_or_offline(server, tmp_path):
    server.route("/page", html("x"))
    url = server.url("/page")
    fetch_all([url], opts(tmp_path))
    assert fetch_all([url], opts(tmp_path, offline=True))[url].error_kind == "offline"
    cassette = tmp_path / "empty.yaml"
    cassette.write_text("interactions: []\nversion: 1\n")
    assert fetch_all([url], opts(tmp_path, cassette=str(cassette)))[url].error_kind == "not-in-cassette"


def test_the_default_folder_is_the_user_cache(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert FetchOptions().effective_cache_dir == str(tmp_path / "provenance")


_KILLED_WRITER = """
import os, signal, sys
sys.path.insert(0, sys.argv[2])
from provenance.fetch.cache import CachedPage, PageCache
os.replace = lambda *a: os.kill(os.getpid(), signal.SIGKILL)  # die at the worst moment: before the rename
page = CachedPage("u", "u", 200, "text/html", (), b"x" * 10**6)
PageCache(sys.argv[1], 3600).put("https://x.example/", page)
"""


def test_a_killed_write_leaves_no_entry(tmp_path):
    cache = PageCache(str(tmp_path), 3600)
    done = subprocess.run([sys.executable, "-c", _KILLED_WRITER, str(tmp_path), str(ROOT)], check=False)
    assert done.returncode == -9
    assert cache.get("https://x.example/") is None
    cache.put("https://x.example/", CachedPage("u", "u", 200, "text/html", (), b"fine"))
    assert cache.get("https://x.example/").body == b"fine"


def test_a_truncated_entry_is_ignored(tmp_path):
    cache = PageCache(str(tmp_path), 3600)
    cache.put("k", CachedPage("u", "u", 200, "text/html", (), b"a whole body"))
    entry = next(tmp_path.rglob("*.page"))
    entry.write_bytes(entry.read_bytes()[:-3])
    assert cache.get("k") is None


def test_two_writers_at_once_never_leave_a_broken_entry(tmp_path):
    cache = PageCache(str(tmp_path), 3600)
    bodies = {b"A" * 200_000, b"B" * 300_000}
    seen: list[bytes | None] = []

    def write(body: bytes) -> None:
        for _ in range(30):
            cache.put("same", CachedPage("u", "u", 200, "text/html", (), body))
            page = cache.get("same")
            seen.append(page.body if page else None)

    threads = [threading.Thread(target=write, args=(b,)) for b in bodies]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(seen) <= bodies
    assert [p.name for p in tmp_path.rglob("*") if p.is_file() and not p.name.endswith(".page")] == []
