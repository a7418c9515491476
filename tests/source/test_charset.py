"""decode_html: the bytes decide when the declared charset lies."""

import pytest

from provenance.source import decode_html

TEXT = "Müller sagt: „Café“ – 5 €"


@pytest.mark.parametrize(
    ("data", "declared", "expected"),
    [
        (TEXT.encode("utf-8"), "utf-8", TEXT),
        (TEXT.encode("utf-8"), "iso-8859-1", TEXT),  # header says latin-1, bytes are UTF-8
        (TEXT.encode("cp1252"), "utf-8", TEXT),  # header says UTF-8, bytes are windows-1252
        (TEXT.encode("cp1252"), None, TEXT),
        (b'<meta charset="iso-8859-15">' + "Müller".encode("iso-8859-15"), None,
         '<meta charset="iso-8859-15">Müller'),
        (b'<meta charset="utf-8"><p>' + "Café".encode("cp1252"), None, '<meta charset="utf-8"><p>Café'),
        ("こんにちは".encode("shift_jis"), "shift_jis", "こんにちは"),
        (b"\xef\xbb\xbfhello", None, "hello"),  # BOM
        ("hé".encode("utf-16"), None, "hé"),
        (b"plain ascii", "no-such-charset", "plain ascii"),
        (b"", None, ""),
    ],
)
def test_decode_html(data, declared, expected):
    assert decode_html(data, declared) == expected


def test_undecodable_bytes_never_raise():
    assert isinstance(decode_html(bytes(range(256)) * 10, "utf-8"), str)
