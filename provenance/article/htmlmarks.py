"""Small judgements on HTML elements for html.py: citation-marker labels, back-links, entry labels,
and which <footer> is the article's own (a quotation's credit line, the source list) rather than the page's.
"""

from __future__ import annotations

import re

from provenance.article import heads, htmlmeta

_LABEL = re.compile(r"^\s*[\[(]?\s*([\w-]{1,12})\s*[\])]?\s*$")
DIGITS = re.compile(r"(\d{1,4})(?!.*\d)")
SOURCE_MARK = re.compile(r"source|reference|footnote|endnote|citation|bibliograph|notes", re.I)


def marks(el) -> str:
    return (el.get("class") or "") + " " + (el.get("id") or "")


def entry_label(el, position: int | None) -> str | None:
    m = DIGITS.search(el.get("id") or "")
    if m:
        return m.group(1)
    return str(position) if position is not None else None


def marker_label(el) -> str | None:
    """<sup><a href="#src-4">4</a></sup>, <a href="#fn1">[1]</a>: a marker, its text dropped."""
    text = htmlmeta.text_of(el)
    m = _LABEL.match(text)
    if not m:
        return None
    link = el if el.tag == "a" else next(el.iter("a"), None)
    href = (link.get("href") or "") if link is not None else ""
    bracketed = re.fullmatch(r"\s*[\[(]\s*\d{1,4}\s*[\])]\s*", text) is not None
    same_number = text.strip().isdigit() and href.startswith("#") and href.endswith(text.strip())
    if el.tag == "a" and not (bracketed or same_number) and \
            not re.search(r"fn|note|ref|src|cite|source|bib", href + marks(el), re.I):
        return None
    if el.tag == "sup" and not (href.startswith("#") or text.strip("[]() ").isdigit()):
        return None
    digits = DIGITS.search(href)
    return digits.group(1) if digits else m.group(1)


def is_backlink(a) -> bool:
    text = htmlmeta.text_of(a)
    return (a.get("href") or "").startswith("#") and (text in ("\u21a9", "\u21a9\ufe0e", "^", "\u2191")
                                                       or "back" in marks(a).lower())


_CONTAINER_MARK = re.compile(r"(?:^|[\s_-])(?:sources?|references?|refs|footnotes?|endnotes?|citations?|"
                             r"bibliography|reflist|notes)(?:$|[\s_-])", re.I)


def is_source_container(el, tag: str) -> bool:
    """<section class="references">, <div id="sources">, <footer class="footnotes">: the source list."""
    return tag in ("section", "div", "footer", "aside") and bool(_CONTAINER_MARK.search(marks(el))) \
        and len(el.text_content() or "") <= 50_000


def own_footer(el) -> bool:
    """A <footer> (or what is inside one) that belongs to the article: the credit line of a block quote,
    or a footer that holds the source list under its own heading or class."""
    node, footer = el, None
    for _ in range(400):
        if node is None or not isinstance(node.tag, str):
            return False
        if node.tag.lower() == "footer":
            footer = node
            break
        node = node.getparent()
    if footer is None:
        return False
    parent = footer.getparent()
    if parent is not None and isinstance(parent.tag, str) and parent.tag.lower() == "blockquote":
        return True
    if SOURCE_MARK.search(marks(footer)) or _CONTAINER_MARK.search(marks(footer)):
        return True
    for child in footer.iter("h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "div", "span"):
        text = htmlmeta.text_of(child)
        if len(text) <= 40 and heads.is_source_heading(text):
            return True
    return False


def dl_entries(dl) -> list[tuple[str | None, object]]:
    """(label, <dd>) for a definition list of sources: <dt>[1]</dt><dd>entry</dd>."""
    out: list[tuple[str | None, object]] = []
    label: str | None = None
    for child in dl:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "dt":
            m = _LABEL.match(htmlmeta.text_of(child))
            label = m.group(1) if m else None
        elif tag == "dd":
            out.append((label, child))
            label = None
    return out
