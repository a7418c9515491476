"""What an article file is: its text (decoded from bytes) and its format (text, markdown, html).

Every input is untrusted: too big, binary, empty or badly encoded files are refused with an InputError
whose message is one line naming the path; undecodable bytes in otherwise textual files are replaced,
never fatal.
"""

from __future__ import annotations

import codecs
import logging
import re

from provenance.errors import InputError
from provenance.options import MAX_ARTICLE_BYTES

log = logging.getLogger(__name__)


_EXTENSIONS = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": "text", ".text": "text",
}
_HTML_SNIFF = re.compile(
    r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<p[\s>]|<div[\s>]|<h1[\s>]", re.I)
_MD_SNIFF = re.compile(
    r"\A---[ \t]*\r?\n|^#{1,6}[ \t]+\S|^\[\^[^\]\s]{1,40}\]:|\]\((?:https?://|/|#)[^)\s]*\)|^!\[", re.M)


def check_size(path: str, size: int) -> None:
    """Refuse a file over the cap before reading or decoding it."""
    if size > MAX_ARTICLE_BYTES:
        raise InputError(f"{path}: {size / 1e6:.1f} MB is too large for an article "
                         f"(the limit is {MAX_ARTICLE_BYTES // 1_000_000} MB)")


def decode(path: str, data: bytes) -> str:
    """The file's text, or InputError when it is too big, empty, or not text at all."""
    check_size(path, len(data))
    text = _decode(path, data)
    if not text.strip():
        raise InputError(f"{path}: file is empty")
    if _mostly_not_text(text):
        raise InputError(f"{path}: file is binary, not an article")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(path: str, data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                       (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    if b"\x00" in data:
        raise InputError(f"{path}: file is binary (contains NUL bytes), not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    valid = sum(1 for c in text if c >= "\x80") - broken
    if valid > broken:  # UTF-8 with a few broken bytes: keep UTF-8, replace the broken ones
        return text
    return _legacy(data)


def _legacy(data: bytes) -> str:
    """8-bit text: cp1252 (a superset of Latin-1's printable range) covers Western newsrooms; when it
    cannot decode the bytes or the result is mostly accented, charset-normalizer guesses the code page."""
    try:
        text = data.decode("cp1252")
        letters = sum(1 for c in text[:100_000] if c.isalpha()) or 1
        if sum(1 for c in text[:100_000] if c >= "\x80") / letters < 0.3:
            return text
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding not in ("utf_8", "ascii"):
            return data.decode(best.encoding, errors="replace")
    except Exception:  # noqa: BLE001 - an optional helper must never break reading
        log.debug("charset detection failed; decoding as cp1252", exc_info=True)
    return data.decode("cp1252", errors="replace")


# Control characters other than \t \n \v \f \r, and the replacement character: not in a text.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def _mostly_not_text(text: str) -> bool:
    sample = text[:65536]
    controls = len(_NOT_TEXT.findall(sample))  # counted in C: this runs on every article
    return controls > max(8, len(sample) // 10)


def detect_format(path: str, text: str) -> str:
    """"markdown", "html" or "text": by extension, corrected by the content when they disagree."""
    lower = path.lower()
    dot = lower.rfind(".")
    by_name = _EXTENSIONS.get(lower[dot:]) if dot > lower.rfind("/") else None
    head = text[:4096].lstrip("\ufeff \t\n")
    looks_html = bool(_HTML_SNIFF.search(head[:1024])) and head.startswith("<")
    if by_name == "html" or (by_name is None and looks_html):
        return "html"
    if looks_html and by_name == "text":  # a page saved as .txt
        return "html"
    if by_name in ("markdown", "text"):
        return by_name
    return "markdown" if len(_MD_SNIFF.findall(head)) >= 2 or head.startswith("---\n") else "text"
