"""Replay does no work it does not need, with the same results: a recorded text body is handed on as the
cassette wrote it (exactly what decoding its bytes gives), and no network transport is built."""

from __future__ import annotations

import dataclasses

import httpx
import pytest

from provenance.fetch import FetchOptions, fetch_all
from provenance.fetch.cassette import Interaction, write_interactions
from provenance.fetch.decode import decode_text


@pytest.mark.parametrize(
    ("text", "content_type"),
    [
        ("<p>caf\u00e9 \u2014 plain UTF-8</p>", "text/html"),
        ("\ufeff<p>a byte-order mark the decoder strips</p>", "text/html"),
        ("<p>declared latin-1, sent as UTF-8: na\u00efve</p>", "text/html; charset=iso-8859-1"),
        ("", "text/plain"),
    ],
)
def test_a_replayed_text_body_reads_as_decoding_its_bytes(tmp_path, text: str, content_type: str) -> None:
    cassette = tmp_path / "text.yaml"
    url = "https://site.example/t"
    body = text.encode("utf-8")
    write_interactions(str(cassette), [
        Interaction("GET", url, (), 200, "OK", (("Content-Type", content_type),), body)])
    result = fetch_all([url], FetchOptions(cassette=str(cassette)))[url]
    assert result.error_kind is None
    assert result.text == decode_text(body, content_type)[0]


def test_replaying_builds_no_network_transport(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    cassette = tmp_path / "one.yaml"
    url = "https://site.example/p"
    write_interactions(str(cassette), [
        Interaction("GET", url, (), 200, "OK", (("Content-Type", "text/html"),), b"<p>page</p>")])
    built = []
    real_init = httpx.AsyncHTTPTransport.__init__

    def counting_init(self, *args, **kwargs):
        built.append(self)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(httpx.AsyncHTTPTransport, "__init__", counting_init)
    result = fetch_all([url], FetchOptions(cassette=str(cassette)))[url]
    assert result.text == "<p>page</p>" and built == []


@pytest.mark.parametrize(
    ("body", "content_type", "kept"),
    [
        ("<p>caf\u00e9 \u2014 plain UTF-8</p>".encode(), "text/html", True),
        ("\ufeff<p>a byte-order mark</p>".encode(), "text/html", False),  # the body is not the text's UTF-8
        ("caf\u00e9 in latin-1".encode("latin-1"), "text/plain; charset=iso-8859-1", False),
    ],
)
def test_a_utf8_page_can_travel_as_its_bytes_alone(tmp_path, body: bytes, content_type: str,
                                                    kept: bool) -> None:
    cassette = tmp_path / "t.yaml"
    url = "https://site.example/u"
    write_interactions(str(cassette), [
        Interaction("GET", url, (), 200, "OK", (("Content-Type", content_type),), body)])
    result = fetch_all([url], FetchOptions(cassette=str(cassette)))[url]
    slim = result.as_utf8()
    assert (slim.text is None) is kept
    assert slim.page == (result.text.encode("utf-8") if kept else result.text)


def _answers() -> list[Interaction]:
    import gzip

    html = (("Content-Type", "text/html; charset=utf-8"),)
    page = "<p>caf\u00e9 page</p>".encode()
    return [
        Interaction("GET", "https://s.example/plain", (), 200, "OK", html, page),
        Interaction("GET", "https://s.example/old", (), 301, "Moved", (("Location", "/plain"),), b""),
        Interaction("GET", "https://s.example/loop", (), 302, "Found", (("Location", "/loop"),), b""),
        Interaction("GET", "https://s.example/gone", (), 404, "Not Found", html, b"<p>gone</p>"),
        Interaction("GET", "https://s.example/busy", (), 503, "Unavailable", (("Retry-After", "1"),), b""),
        Interaction("GET", "https://s.example/busy", (), 200, "OK", html, page),
        Interaction("GET", "https://s.example/gz", (), 200, "OK",
                    html + (("Content-Encoding", "gzip"),), gzip.compress(page)),
        Interaction("GET", "https://s.example/br", (), 200, "OK", html + (("Content-Encoding", "br"),),
                    b"xx"),
        Interaction("GET", "https://s.example/big", (), 200, "OK", (("Content-Type", "text/plain"),
                    ("Content-Length", "900")), b"a" * 900),
        Interaction("GET", "https://s.example/png", (), 200, "OK", (("Content-Type", "image/png"),),
                    b"\x89PNG"),
        Interaction("GET", "https://s.example/pdf", (), 200, "OK", (("Content-Type", "application/pdf"),),
                    b"%PDF-1.4"),
        Interaction("GET", "https://s.example/two", (), 200, "OK",
                    (("Content-Type", "text/html"), ("content-type", "text/plain")), page),
    ]


def test_a_cassette_that_only_replays_answers_as_the_full_client_path_does(tmp_path, monkeypatch) -> None:
    # record mode none takes the short path (replay_hop); new_episodes, with every answer recorded,
    # goes through the client and the cassette transport: the results must be the same
    cassette = tmp_path / "all.yaml"
    write_interactions(str(cassette), _answers())
    urls = ["https://s.example/plain", "https://s.example/old", "https://s.example/loop", "https://s.example/gone",
            "https://s.example/busy", "https://s.example/gz", "https://s.example/br", "https://s.example/big",
            "https://s.example/png", "https://s.example/pdf", "https://s.example/two"]
    base = FetchOptions(cassette=str(cassette), no_cache=True, retries=1, max_bytes=500)
    sent = []
    real_send = httpx.AsyncClient.send

    async def counting_send(self, request, **kwargs):
        sent.append(request)
        return await real_send(self, request, **kwargs)

    monkeypatch.setattr(httpx.AsyncClient, "send", counting_send)
    short = fetch_all(urls, dataclasses.replace(base, record_mode="none"))
    assert sent == []  # the short path: no request was built
    full = fetch_all(urls, dataclasses.replace(base, record_mode="new_episodes"))
    assert sent  # and the full path went through the client
    assert [dataclasses.astuple(short[u]) + (short[u].body,) for u in urls] == [
        dataclasses.astuple(full[u]) + (full[u].body,) for u in urls]
    assert short["https://s.example/old"].text == "<p>caf\u00e9 page</p>"
    assert short["https://s.example/big"].error_kind == "too-large"


def test_not_in_a_replay_only_cassette_says_so_as_before(tmp_path) -> None:
    cassette = tmp_path / "one.yaml"
    write_interactions(str(cassette), _answers()[:1])
    for offline, why in ((True, "offline"), (False, "record mode none")):
        result = fetch_all(["https://s.example/missing"],
                           FetchOptions(cassette=str(cassette), offline=offline))["https://s.example/missing"]
        assert result.error_kind == "not-in-cassette" and why in (result.reason or "")
