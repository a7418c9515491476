"""Special files in place of a cache entry: skipped at once (the page is fetched), never waited on."""

from __future__ import annotations

import os
import threading

import pytest

from provenance.fetch import FetchOptions, fetch_all
from provenance.fetch.cache import PageCache
from provenance.urls import normalize_url
from tests.support.loopback import html


def _make_fifo(path: str) -> None:
    os.mkfifo(path)


def _make_dir(path: str) -> None:
    os.mkdir(path)


def _link_to_dev_zero(path: str) -> None:
    os.symlink("/dev/zero", path)


@pytest.mark.parametrize("make", [_make_fifo, _make_dir, _link_to_dev_zero])
def test_a_special_file_in_place_of_an_entry_is_skipped_and_the_page_fetched(server, tmp_path, make):
    server.route("/page", html("Fresh words"))
    url = server.url("/page")
    entry = PageCache(str(tmp_path), 3600)._path(normalize_url(url))
    os.makedirs(os.path.dirname(entry))
    make(entry)
    results: dict = {}
    options = FetchOptions(allow_private_addresses=True, cache_dir=str(tmp_path), timeout=5.0, retries=0)
    reader = threading.Thread(target=lambda: results.update(fetch_all([url], options)), daemon=True)
    reader.start()
    reader.join(60)  # a guard against a hang, not a speed goal: a blocked open never returns at all
    assert not reader.is_alive(), "the run waited on the cache entry"
    assert results[url].ok and "Fresh words" in (results[url].text or "")
    assert server.hits["/page"] == 1
