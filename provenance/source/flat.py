"""A flat reading of a page whose tree cannot be trusted: its text with the tags taken out.

libxml2 stops building the tree 256 elements deep (400,000 nested `<div>`s, a million unclosed `<b>`s):
what follows is lost, so the page's text would come out empty and a quotation on it unverifiable. Then
the page is read flat instead: scripts and styles dropped, block tags made paragraph breaks, every other
tag removed, entities decoded. Linear in the page's size (no pattern scans past the next `<`); at most
MAX_CHARS characters of text come out of at most tree.MAX_BYTES bytes of page.
"""

from __future__ import annotations

import html
import re

MAX_CHARS = 2_000_000
_BLOCK = re.compile(r"<(?:/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|blockquote|header|"
                    r"footer|main|aside|figure|figcaption|pre|dd|dt)\b)[^<>]{0,2000}>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_HIDDEN = ("script", "style", "noscript", "template")


def _without_hidden(page: str) -> str:
    """The page without the contents of its scripts and styles (an unclosed one hides the rest)."""
    lower = page.lower()
    kept: list[str] = []
    pos = 0
    while True:
        starts = [(at, tag) for tag in _HIDDEN if (at := lower.find("<" + tag, pos)) >= 0]
        if not starts:
            kept.append(page[pos:])
            return "".join(kept)
        at, tag = min(starts)
        kept.append(page[pos:at])
        end = lower.find("</" + tag, at)
        if end < 0:
            return "".join(kept)
        close = lower.find(">", end)
        pos = len(page) if close < 0 else close + 1


def flat_text(page: str) -> str:
    """The page's text, one paragraph per block, whitespace collapsed; at most MAX_CHARS characters."""
    body = _TAG.sub("", _BLOCK.sub("\n\n", _without_hidden(page)))
    paragraphs = (" ".join(html.unescape(p).split()) for p in body.split("\n\n"))
    return "\n\n".join(p for p in paragraphs if p)[:MAX_CHARS]
