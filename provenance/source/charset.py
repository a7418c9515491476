"""Turn a page's bytes into text when the declared charset may lie."""

from __future__ import annotations

import codecs
import re

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">, in the first 4 KB.
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)
# Browsers read latin-1 and ascii labels as windows-1252 (WHATWG encoding spec); do the same.
_ALIASES = {"latin-1": "cp1252", "iso-8859-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252",
            "us-ascii": "cp1252", "latin1": "cp1252", "l1": "cp1252"}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def sniff_meta_charset(data: bytes) -> str | None:
    """The charset a page's own <meta> declares, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Decode bytes robustly: BOM, then UTF-8 when the bytes are valid UTF-8 (valid multi-byte UTF-8 is
    almost never an accident, while a declared charset often is), then the declared charset (header),
    then the page's <meta> charset, then windows-1252, which never fails."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for label in (declared, sniff_meta_charset(data)):
        name = _codec(label)
        if name and name not in ("utf-8", "utf-16", "utf-32"):
            try:
                return data.decode(name)
            except (UnicodeDecodeError, LookupError):
                continue
    return data.decode("cp1252", "replace")
