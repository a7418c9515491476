"""Parse a page once, safely, into an lxml tree that every reader of the page shares (read-only)."""

from __future__ import annotations

import re
from typing import Any

MAX_BYTES = 8_000_000  # larger pages are cut: the article is at the top, and lxml's cost is linear
_XML_DECL = re.compile(rb"^\s*<\?xml[^>]{0,200}\?>")
_STRING = None


def parse_html(content: str | bytes) -> Any | None:
    """The page's root element, or None when nothing can be parsed. Never raises on bad input."""
    return parse_page(content)[0]


def parse_page(content: str | bytes) -> tuple[Any | None, bool]:
    """The page's root element (None when nothing can be parsed), and whether libxml2 stopped building
    the tree at one of its limits (its depth, 256), which leaves the rest of the page out. Never raises.

    Plain lxml.etree elements (lxml.html's per-element Python class lookup costs a third of a walk).
    libxml2's HTML parser stops nesting at depth 256 (without huge_tree), which bounds every later walk
    over the tree; comments and processing instructions are dropped so they never reach the text."""
    import lxml.etree

    data = content if isinstance(content, bytes) else content.encode("utf-8", "surrogatepass")
    data = _XML_DECL.sub(b"", data[:MAX_BYTES], count=1)
    if not data.strip():
        return None, False
    # collect_ids=False: no table of id attributes (nothing here looks an element up by its id)
    parser = lxml.etree.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, collect_ids=False)
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except (lxml.etree.ParserError, lxml.etree.XMLSyntaxError, ValueError):
        return None, False
    cut = any(e.type == lxml.etree.ErrorTypes.ERR_RESOURCE_LIMIT for e in parser.error_log)
    return root, cut


def raw_text(el: Any) -> str:
    """All the text inside an element, as is (scripts included)."""
    global _STRING
    if _STRING is None:
        import lxml.etree

        _STRING = lxml.etree.XPath("string()", smart_strings=False)
    return _STRING(el)


def text_of(el: Any, limit: int = 2000) -> str:
    """An element's text with whitespace collapsed, at most `limit` characters."""
    return " ".join(raw_text(el)[: limit * 4].split())[:limit]


def tokens(el: Any) -> str:
    """The element's class and id, lowercased, for pattern tests."""
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()
