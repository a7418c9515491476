"""Pure parts of fetching: URL normalisation, address checks, charsets, inflating, Retry-After."""

from __future__ import annotations

import gzip
import zlib

import pytest

from provenance.fetch import normalize_url
from provenance.fetch.client import _retry_after
from provenance.fetch.decode import decode_text
from provenance.fetch.guard import address_label
from provenance.fetch.inflate import BodyDecoder, TooLarge


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("HTTPS://Example.COM/Path?a=1&utm_source=x&b=2#frag", "https://example.com/Path?a=1&b=2"),
        ("http://example.com", "http://example.com/"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("https://example.com:8443/a", "https://example.com:8443/a"),
        ("https://example.com/a?UTM_Medium=m", "https://example.com/a"),
        ("https://example.com/a?x=%20y", "https://example.com/a?x=%20y"),  # untouched without utm_*
        ("  https://example.com/a  ", "https://example.com/a"),
        ("not a url", "not a url"),
    ],
)
def test_normalize_url(url, expected):
    assert normalize_url(url) == expected


@pytest.mark.parametrize(
    ("address", "label"),
    [
        ("127.0.0.1", "loopback"), ("::1", "loopback"), ("10.1.2.3", "private"), ("192.168.0.1", "private"),
        ("172.16.5.4", "private"), ("169.254.169.254", "link-local"), ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"), ("::ffff:127.0.0.1", "loopback"), ("100.64.0.1", "reserved"),
        ("240.0.0.1", "private"), ("224.0.0.1", "multicast"), ("93.184.216.34", None),
        ("2606:2800:220:1::1", None),
    ],
)
def test_address_label(address, label):
    assert address_label(address) == label


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        ("naïve".encode(), "text/html; charset=ISO-8859-1", "naïve"),  # the header lies
        (b'<meta charset="utf-8">na\xefve caf\xe9', None, "naïve café"),  # the meta tag lies
        ('<meta charset="koi8-r">Привет'.encode("koi8-r"), None, "Привет"),
        ("Ärger".encode("cp1252"), "text/plain; charset=latin-1", "Ärger"),
        (b"\x80 euro", "text/plain; charset=iso-8859-1", "€ euro"),  # browsers read latin-1 as cp1252
        ("<p>Hi</p>".encode("utf-16"), "text/html", "<p>Hi</p>"),  # BOM
        ('<?xml version="1.0" encoding="iso-8859-2"?><p>Łódź</p>'.encode("iso-8859-2"), None, "Łódź"),
    ],
)
def test_decode_text(body, content_type, expected):
    assert expected in decode_text(body, content_type)[0]


@pytest.mark.parametrize(
    ("value", "seconds"), [("3", 3.0), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0), ("soon", None)]
)
def test_retry_after(value, seconds):
    assert _retry_after(value) == seconds


def test_inflating_stops_at_the_cap_without_holding_the_bomb():
    bomb = gzip.compress(bytes(50_000_000))
    decoder = BodyDecoder("gzip", 1_000_000)
    with pytest.raises(TooLarge):
        for i in range(0, len(bomb), 65536):
            decoder.feed(bomb[i:i + 65536])
    assert decoder.total <= 1_000_000


@pytest.mark.parametrize(
    ("encoding", "data"),
    [
        ("gzip", gzip.compress(b"hello") + gzip.compress(b" world")),  # two gzip members
        ("deflate", zlib.compress(b"hello world")),
        ("deflate", zlib.compress(b"hello world")[2:-4]),  # raw deflate, as some servers send it
        ("gzip", b"hello world"),  # a cassette that stored the body already decoded
        (None, b"hello world"),
    ],
)
def test_inflating(encoding, data):
    decoder = BodyDecoder(encoding, 100)
    decoder.feed(data)
    assert decoder.body().replace(b" world", b"") == b"hello"
