"""Record and replay: provenance's cassettes against a real loopback server, and VCR.py interop both ways."""

from __future__ import annotations

import dataclasses
import gzip
from pathlib import Path

import httpx
import pytest
import vcr
import yaml
from vcr.serialize import deserialize
from vcr.serializers import yamlserializer

from provenance.fetch import FetchOptions, fetch_all
from provenance.fetch.cassette import Interaction, write_interactions
from tests.support.loopback import html

BASE = FetchOptions(allow_private_addresses=True, no_cache=True, timeout=5.0, retries=0)


def opts(cassette: Path, mode: str | None = None, **changes: object) -> FetchOptions:
    return dataclasses.replace(BASE, cassette=str(cassette), record_mode=mode, **changes)


def _site(server) -> dict[str, str]:
    server.route("/page", html("Recorded café page"))
    server.route("/old", (301, {"Location": "/page"}, b""))
    latin = "<p>Señor</p>".encode("latin-1")
    server.route("/latin", (200, {"Content-Type": "text/html; charset=iso-8859-1"}, latin))
    server.route("/gz", (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                         gzip.compress(b"<p>zipped words</p>")))
    return {name: server.url(f"/{name}") for name in ("page", "old", "latin", "gz", "missing")}


def _summary(results) -> dict[str, tuple]:
    return {u: (r.error_kind, r.http_status, r.final_url, r.sha256, r.text, r.redirects)
            for u, r in results.items()}


def test_record_then_replay_with_the_server_stopped(server, tmp_path):
    urls = _site(server)
    cassette = tmp_path / "site.yaml"
    recorded = fetch_all(urls.values(), opts(cassette, "once"))
    assert recorded[urls["old"]].redirects == (urls["old"],)
    assert recorded[urls["missing"]].error_kind == "not-found"
    assert "Señor" in recorded[urls["latin"]].text and "zipped words" in recorded[urls["gz"]].text
    server.stop()
    replayed = fetch_all(urls.values(), opts(cassette))  # record mode none by default
    assert _summary(replayed) == _summary(recorded)
    data = yaml.safe_load(cassette.read_text(encoding="utf-8"))
    assert data["version"] == 1
    # each hop of the redirect is its own interaction
    hops = [i["response"]["status"]["code"] for i in data["interactions"] if "/old" in i["request"]["uri"]]
    assert hops == [301]


def test_a_cassette_written_by_provenance_loads_and_replays_in_vcrpy(server, tmp_path):
    urls = _site(server)
    cassette = tmp_path / "ours.yaml"
    fetch_all(urls.values(), opts(cassette, "once"))
    server.stop()
    requests, responses = deserialize(cassette.read_text(encoding="utf-8"), yamlserializer)[:2]
    assert {r.uri for r in requests} == set(urls.values())
    with vcr.use_cassette(str(cassette), record_mode="none"):
        with httpx.Client() as client:
            page = client.get(urls["page"])
            zipped = client.get(urls["gz"])
    assert page.status_code == 200 and "Recorded café page" in page.text
    assert zipped.text == "<p>zipped words</p>"


def test_a_cassette_written_by_vcrpy_replays_here(server, tmp_path):
    urls = _site(server)
    cassette = tmp_path / "theirs.yaml"
    with vcr.use_cassette(str(cassette), record_mode="once"):
        with httpx.Client() as client:
            for name in ("page", "old", "gz", "latin"):
                client.get(urls[name])  # httpx does not follow redirects by default: one hop each
    server.stop()
    text = cassette.read_text(encoding="utf-8")
    assert "!!binary" in text  # VCR.py keeps the gzip'd body as it came
    results = fetch_all([urls["page"], urls["old"], urls["gz"], urls["latin"]], opts(cassette))
    assert "Recorded café page" in results[urls["page"]].text
    assert results[urls["old"]].final_url == urls["page"] and "café" in results[urls["old"]].text
    assert "zipped words" in results[urls["gz"]].text
    assert "Señor" in results[urls["latin"]].text


def test_mode_none_never_touches_the_network(server, tmp_path):
    urls = _site(server)
    cassette = tmp_path / "empty.yaml"
    write_interactions(str(cassette), [])
    result = fetch_all([urls["page"]], opts(cassette, "none"))[urls["page"]]
    assert result.error_kind == "not-in-cassette"
    assert result.reason == "The request is not in the cassette empty.yaml (record mode none)."
    assert sum(server.hits.values()) == 0


def test_mode_once_replays_an_existing_cassette_and_records_nothing_new(server, tmp_path):
    urls = _site(server)
    cassette = tmp_path / "once.yaml"
    fetch_all([urls["page"]], opts(cassette, "once"))
    hits = sum(server.hits.values())
    results = fetch_all([urls["page"], urls["latin"]], opts(cassette, "once"))
    assert results[urls["page"]].error_kind is None
    missing = results[urls["latin"]]
    assert missing.error_kind == "not-in-cassette" and "record mode once" in missing.reason
    assert sum(server.hits.values()) == hits


def test_mode_new_episodes_adds_what_is_missing(server, tmp_path):
    urls = _site(server)
    cassette = tmp_path / "new.yaml"
    fetch_all([urls["page"]], opts(cassette, "once"))
    fetch_all([urls["page"], urls["latin"]], opts(cassette, "new_episodes"))
    assert server.hits["/page"] == 1 and server.hits["/latin"] == 1
    uris = [i["request"]["uri"] for i in yaml.safe_load(cassette.read_text())["interactions"]]
    assert uris == [urls["page"], urls["latin"]]


def test_mode_all_records_again_and_replaces(server, tmp_path):
    urls = _site(server)
    cassette = tmp_path / "all.yaml"
    fetch_all([urls["page"]], opts(cassette, "once"))
    server.route("/page", html("A newer version"))
    result = fetch_all([urls["page"]], opts(cassette, "all"))[urls["page"]]
    assert "A newer version" in result.text and server.hits["/page"] == 2
    interactions = yaml.safe_load(cassette.read_text())["interactions"]
    assert len(interactions) == 1 and "A newer version" in interactions[0]["response"]["body"]["string"]


def _redirect_to(tmp_path: Path, target: str) -> Path:
    cassette = tmp_path / "hop.yaml"
    write_interactions(str(cassette), [
        Interaction("GET", "http://news.example/story", (), 302, "Found", (("Location", target),), b""),
    ])
    return cassette


def test_a_public_page_redirecting_to_a_private_address_is_refused_on_that_hop(tmp_path):
    cassette = _redirect_to(tmp_path, "http://10.0.0.1/admin")
    options = dataclasses.replace(opts(cassette, "new_episodes"), allow_private_addresses=False)
    result = fetch_all(["http://news.example/story"], options)["http://news.example/story"]
    assert result.error_kind == "refused-address" and "10.0.0.1 is private" in result.reason
    assert result.redirects == ("http://news.example/story",)


def test_a_redirect_to_a_name_resolving_to_loopback_is_refused(server, tmp_path):
    server.route("/page", html("internal"))
    cassette = _redirect_to(tmp_path, server.url("/page", host="localhost"))
    options = dataclasses.replace(opts(cassette, "new_episodes"), allow_private_addresses=False)
    result = fetch_all(["http://news.example/story"], options)["http://news.example/story"]
    assert result.error_kind == "refused-address" and "localhost resolves to the loopback" in result.reason
    assert server.hits["/page"] == 0


def test_offline_replays_the_cassette_and_nothing_else(server, tmp_path):
    urls = _site(server)
    cassette = tmp_path / "off.yaml"
    fetch_all([urls["page"]], opts(cassette, "once"))
    results = fetch_all([urls["page"], urls["latin"]], opts(cassette, "new_episodes", offline=True))
    assert results[urls["page"]].error_kind is None
    missing = results[urls["latin"]]
    assert missing.error_kind == "not-in-cassette" and "offline" in missing.reason
    assert server.hits["/latin"] == 0


def test_a_cited_url_with_utm_parameters_replays_in_either_spelling(tmp_path):
    cassette = tmp_path / "utm.yaml"
    page = (("Content-Type", "text/html; charset=utf-8"),)
    write_interactions(str(cassette), [
        Interaction("GET", "https://site.example/a?utm_source=x", (), 301, "Moved",
                    (("Location", "https://site.example/a"),), b""),
        Interaction("GET", "https://site.example/a", (), 200, "OK", page, b"<p>the page</p>"),
        Interaction("GET", "https://site.example/b", (), 200, "OK", page, b"<p>page b</p>"),
    ])
    cited = ["https://site.example/a?utm_source=x", "https://Site.example/b?utm_campaign=z#frag"]
    results = fetch_all(cited, opts(cassette))
    assert results[cited[0]].redirects == (cited[0],) and "the page" in results[cited[0]].text
    assert "page b" in results[cited[1]].text  # not recorded as cited: the normalised URL is tried


def test_binary_and_gzip_bodies_survive_a_round_trip(tmp_path):
    cassette = tmp_path / "bin.yaml"
    headers = (("Content-Type", "text/html; charset=windows-1252"), ("Content-Encoding", "gzip"))
    write_interactions(str(cassette), [
        Interaction("GET", "https://site.example/w", (), 200, "OK", headers,
                    gzip.compress(b"<p>\x93hi\x94</p>")),
    ])
    assert "!!binary" in cassette.read_text()
    result = fetch_all(["https://site.example/w"], opts(cassette))["https://site.example/w"]
    assert "\u201chi\u201d" in result.text


def test_a_broken_cassette_write_leaves_the_old_file(tmp_path):
    cassette = tmp_path / "keep.yaml"
    write_interactions(str(cassette), [])
    before = cassette.read_bytes()
    unwritable = (("X-Thing", object()),)  # the YAML dumper fails half-way through the file
    with pytest.raises(yaml.YAMLError):
        write_interactions(str(cassette), [Interaction("GET", "u", unwritable, 200, "OK", (), b"x")])
    assert cassette.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keep.yaml"]


DEV = Path(__file__).resolve().parents[2] / ".." / "shared" / "bench" / "dev" / "cassette.yaml"


def test_the_dev_cassette_replays_its_recorded_pages():
    if not DEV.exists():
        pytest.skip("shared bench data not present")
    cited = [
        "http://phys.org/news/2019-11-hibernating-astronauts-smaller-spacecraft.html?utm_source=newsletter",
        "http://blog.givewell.org/2018/10/09/a-grant-to-evidence-action-beta-to-prototype-test-and-scale-promising-programs/",
    ]
    results = fetch_all(cited, FetchOptions(cassette=str(DEV)))
    for url in cited:
        assert results[url].error_kind is None and results[url].text and results[url].redirects


def test_a_body_too_big_to_keep_is_not_recorded(server, tmp_path):
    server.route("/big", (200, {"Content-Type": "text/plain"}, b"a" * 300_000))
    server.route("/page", html("small"))
    cassette = tmp_path / "big.yaml"
    results = fetch_all([server.url("/big"), server.url("/page")], opts(cassette, "once", max_bytes=100_000))
    assert results[server.url("/big")].error_kind == "too-large"
    uris = [i["request"]["uri"] for i in yaml.safe_load(cassette.read_text())["interactions"]]
    assert uris == [server.url("/page")]


@pytest.mark.parametrize("content", ["interactions: [unclosed", "just a string", "interactions:\n- {}\n"])
def test_an_unreadable_cassette_is_a_clear_configuration_error(tmp_path, content):
    from provenance.errors import ConfigError

    cassette = tmp_path / "bad.yaml"
    cassette.write_text(content)
    with pytest.raises(ConfigError, match="bad.yaml cannot be read"):
        fetch_all(["https://site.example/"], opts(cassette))


def test_an_unknown_record_mode_is_a_configuration_error(tmp_path):
    from provenance.errors import ConfigError

    with pytest.raises(ConfigError, match="record-mode"):
        fetch_all(["https://site.example/"], opts(tmp_path / "x.yaml", "sometimes"))


def test_the_stored_vcrpy_cassette_replays():
    stored = Path(__file__).resolve().parents[2] / "cassettes" / "vcrpy-loopback.yaml"
    uris = [i["request"]["uri"] for i in yaml.safe_load(stored.read_text(encoding="utf-8"))["interactions"]]
    by_path = {uri.rsplit("/", 1)[1]: uri for uri in uris}
    results = fetch_all(uris, dataclasses.replace(BASE, cassette=str(stored)))
    assert "A page recorded by VCR.py" in results[by_path["article"]].text
    assert results[by_path["moved"]].final_url == by_path["article"]
    assert "Señor" in results[by_path["zipped"]].text
    assert results[by_path["dead"]].error_kind == "not-found"


def _big_cassette(path: Path, pages: int = 60) -> list[str]:
    urls = [f"https://site.example/p{n}" for n in range(pages)]
    body = ("<p>" + "caf\u00e9 words " * 2000 + "</p>").encode()  # ~24 KB a page: over PRELOAD_BYTES in all
    write_interactions(str(path), [
        Interaction("GET", url, (), 200, "OK", (("Content-Type", "text/html"),), body) for url in urls])
    return urls


def test_a_preloaded_cassette_replays_exactly_as_one_loaded_here(tmp_path, monkeypatch):
    from provenance.fetch import cassette as module

    path = tmp_path / "big.yaml"
    urls = _big_cassette(path)
    here = fetch_all(urls, opts(path))
    monkeypatch.setattr(module, "_CACHE", {})
    module.preload(str(path))()  # loaded in another process, installed here
    assert len(module._CACHE) == 1
    preloaded = fetch_all(urls, opts(path))
    assert [(r.url, r.http_status, r.text, r.sha256) for r in preloaded.values()] == [
        (r.url, r.http_status, r.text, r.sha256) for r in here.values()]


def test_a_broken_cassette_preloads_nothing_and_is_reported_as_before(tmp_path, monkeypatch):
    from provenance.errors import ConfigError
    from provenance.fetch import cassette as module

    path = tmp_path / "bad.yaml"
    _big_cassette(path)
    path.write_bytes(path.read_bytes() + b"broken: [unclosed\n")
    monkeypatch.setattr(module, "_CACHE", {})
    module.preload(str(path))()
    assert module._CACHE == {}
    with pytest.raises(ConfigError, match="bad.yaml cannot be read"):
        fetch_all(["https://site.example/p1"], opts(path))
