"""Bytes → text: charset from the BOM, the Content-Type header and <meta>, robust to a charset that lies.

Order: a BOM wins; then clean UTF-8 (valid UTF-8 with non-ASCII bytes is almost never another encoding
by chance, while pages that declare latin-1 and send UTF-8 are common); then each declared charset,
strictly; then charset-normalizer's guess; then UTF-8 with replacement characters.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]{1,40})""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})""")
_SNIFF_BYTES = 4096
# WHATWG: labels that browsers read as windows-1252
_AS_CP1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii", "cp819"}


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    match = _HEADER_CHARSET.search(content_type)
    return match.group(1) if match else None


def declared_in_document(body: bytes) -> str | None:
    head = body[:_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    return match.group(1).decode("ascii", "ignore") if match else None


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    if label in _AS_CP1252:
        label = "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        if codec == "cp1252":  # five bytes cp1252 leaves undefined; latin-1 maps them
            return body.decode("latin-1")
        return None


def decode_text(body: bytes, content_type: str | None = None, known: str | None = None) -> tuple[str, str]:
    """(text, codec used) for a page body. `known`: the text `body` is the UTF-8 encoding of, when the
    caller has it (a replayed cassette body): the same answer as decoding, without the work."""
    for bom, codec in _BOMS:
        if body.startswith(bom):
            return body.decode(codec, "replace"), codec
    declared = [c for c in (charset_from_content_type(content_type), declared_in_document(body)) if c]
    codecs_declared = [c for c in (_codec(d) for d in declared) if c]
    wide = [c for c in codecs_declared if c.startswith(("utf-16", "utf-32"))]
    if wide and b"\x00" in body[:_SNIFF_BYTES]:
        text = _strict(body, wide[0])
        if text is not None:
            return text, wide[0]
    if known is not None:
        return known, "utf-8"
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for codec in codecs_declared:
        if codec == "utf-8" or codec.startswith(("utf-16", "utf-32")):
            continue
        text = _strict(body, codec)
        if text is not None:
            return text, codec
    guess = _guess(body)
    if guess is not None:
        return guess
    return body.decode("utf-8", "replace"), "utf-8"


def _guess(body: bytes) -> tuple[str, str] | None:
    """charset-normalizer's guess; among equally good guesses, windows-1252 (the web's usual default)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - optional
        return None
    matches = from_bytes(body[:200_000])
    best = matches.best()
    if best is None or not best.encoding:
        return None
    codec = best.encoding
    for match in matches:
        close = match.chaos <= best.chaos + 0.01 and match.coherence >= best.coherence - 0.01
        if close and match.encoding == "cp1252":
            codec = "cp1252"
    return body.decode(codec, "replace"), codec
