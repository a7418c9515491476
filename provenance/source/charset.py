"""Decoding a saved page's bytes: the same rules as a fetched page's (provenance/fetch/decode.py)."""

from __future__ import annotations


def decode_html(data: bytes, declared: str | None = None) -> str:
    """The text of a page's bytes: BOM, then the declared charset (a header's), then the page's own
    <meta>, robust to a charset that lies; never fails."""
    from provenance.fetch.decode import decode_text

    return decode_text(data, f"text/html; charset={declared}" if declared else "text/html")[0]
