"""Replay does no work it does not need, with the same results: a recorded text body is handed on as the
cassette wrote it (exactly what decoding its bytes gives), and no network transport is built."""

from __future__ import annotations

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
