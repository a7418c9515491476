"""A large replayed cassette is indexed on disk (fetch/cassette_index.py): the same answers as the cassette
loaded in memory, the same refusals of hostile files, and nothing left on disk."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

import pytest

from provenance.errors import ConfigError
from provenance.fetch import FetchOptions, fetch_all
from provenance.fetch import cassette as cassettes
from provenance.fetch.cassette import Cassette, Interaction, write_interactions
from tests.support import hostile

BASE = FetchOptions(allow_private_addresses=True, no_cache=True, timeout=5.0, retries=0)
HTML = (("Content-Type", "text/html; charset=utf-8"),)


def _cassette(path: Path) -> list[str]:
    """Pages, a redirect, a binary body, a dead link, and one URL recorded three times (played in order,
    the last repeating)."""
    items = [Interaction("GET", f"https://site.example/p{n}", (), 200, "OK", HTML,
                         f"<p>Page {n}, café words</p>".encode()) for n in range(30)]
    items += [
        Interaction("GET", "https://site.example/old", (), 301, "Moved", (("Location", "/p1"),), b""),
        Interaction("GET", "https://site.example/logo", (), 200, "OK", (("Content-Type", "image/png"),),
                    b"\x89PNG\r\n\x1a\n\x00\x00"),
        Interaction("GET", "https://site.example/gone", (), 404, "Not Found", HTML, b"<h1>Gone</h1>"),
    ]
    items += [Interaction("GET", "https://site.example/live?b=2&a=1", (), 200, "OK", HTML,
                          f"<p>Edition {n}</p>".encode()) for n in range(3)]
    write_interactions(str(path), items)
    return [i.uri for i in items[:33]] + ["https://site.example/live?a=1&b=2", "https://site.example/nowhere"]


def _replayed(path: Path, urls: list[str], times: int = 1) -> list[tuple]:
    options = dataclasses.replace(BASE, cassette=str(path))
    seen = []
    for _ in range(times):
        results = fetch_all(urls, options)
        seen += [(r.url, r.error_kind, r.http_status, r.final_url, r.text, r.sha256, r.redirects, r.body)
                 for r in results.values()]
    return seen


@pytest.fixture
def fresh(monkeypatch):
    monkeypatch.setattr(cassettes, "_CACHE", {})


def test_an_indexed_cassette_replays_what_the_loaded_one_does(tmp_path, monkeypatch, fresh):
    path = tmp_path / "c.yaml"
    urls = _cassette(path)
    loaded = _replayed(path, urls, times=2)
    monkeypatch.setattr(cassettes, "_CACHE", {})
    monkeypatch.setattr(cassettes, "INDEX_ABOVE", 0)
    assert _replayed(path, urls, times=2) == loaded
    (cached,) = cassettes._CACHE.values()
    assert cached.indexed is not None and cached.loaded == []


@pytest.mark.parametrize("index_above", [10**12, 0])
def test_a_request_recorded_many_times_is_played_in_order_the_last_repeating(tmp_path, monkeypatch,
                                                                             index_above):
    path = tmp_path / "c.yaml"
    _cassette(path)
    monkeypatch.setattr(cassettes, "INDEX_ABOVE", index_above)
    cassette = Cassette(str(path), "none")
    assert (cassette.indexed is not None) == (index_above == 0)
    played = [cassette.play("get", "https://SITE.example/live?a=1&b=2") for _ in range(4)]
    assert [i.body for i in played if i is not None] == [f"<p>Edition {n}</p>".encode() for n in (0, 1, 2, 2)]
    assert cassette.play("GET", "https://site.example/nowhere") is None
    again = cassette.replay_copy()  # another run in this process: from the first again
    assert again.play("GET", "https://site.example/live?a=1&b=2").body == b"<p>Edition 0</p>"


def test_an_index_built_in_another_process_replays_the_same(tmp_path, monkeypatch, fresh):
    path = tmp_path / "c.yaml"
    urls = _cassette(path)
    loaded = _replayed(path, urls)
    monkeypatch.setattr(cassettes, "_CACHE", {})
    monkeypatch.setattr(cassettes, "INDEX_ABOVE", 0)
    cassettes.preload(str(path))()
    (installed,) = cassettes._CACHE.values()
    assert installed.indexed is not None
    assert _replayed(path, urls) == loaded


def test_the_index_leaves_nothing_in_the_temporary_folder(tmp_path, monkeypatch, fresh):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    path = tmp_path / "c.yaml"
    urls = _cassette(path)
    monkeypatch.setattr(cassettes, "INDEX_ABOVE", 0)
    _replayed(path, urls)
    cassettes.preload(str(tmp_path / "c.yaml"))  # already installed: nothing begins
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.mark.parametrize("text, said", [
    (hostile.laughs_cassette("uri"), "aliases that expand beyond"),
    (hostile.aliased_body_cassette(body_bytes=10_000, times=300), "aliases"),
    (hostile.status_cassette(".inf"), "status code must be a number from 100 to 599"),
    ("interactions:\n- !!python/object:os.system {}\n", "tag"),
    ("interactions: [1, 2]\n", "must hold a `request`"),
    ("interactions: {}\n", "no `interactions` list"),
])
def test_a_hostile_cassette_is_refused_as_when_it_is_loaded(tmp_path, monkeypatch, fresh, text, said):
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    monkeypatch.setattr(cassettes, "INDEX_ABOVE", 0)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    cassettes.preload(str(path))()  # fails in the other process: nothing installed
    assert cassettes._CACHE == {}
    with pytest.raises(ConfigError, match=said):
        Cassette(str(path), "none")
    assert list((tmp_path / "tmp").iterdir()) == []


def test_too_many_interactions_are_refused_without_keeping_them(tmp_path, monkeypatch, fresh):
    from provenance.fetch import safeyaml

    path = tmp_path / "many.yaml"
    _cassette(path)
    monkeypatch.setattr(safeyaml, "MAX_ITEMS", 10)
    monkeypatch.setattr(cassettes, "INDEX_ABOVE", 0)
    with pytest.raises(ConfigError, match="more than 10 items"):
        Cassette(str(path), "none")


def test_a_cassette_that_records_is_loaded_whatever_its_size(tmp_path, monkeypatch, fresh):
    path = tmp_path / "c.yaml"
    _cassette(path)
    monkeypatch.setattr(cassettes, "INDEX_ABOVE", 0)
    recording = Cassette(str(path), "new_episodes")
    assert recording.indexed is None and len(recording.loaded) == 36
