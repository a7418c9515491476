"""The rest of a page: its visible text outside the main text (captions, pull quotes, boxes, sidebars,
newsletter lines, the footer), one paragraph per block, each with where it stands.

A quotation found there is on the page, only not in the article's own paragraphs: the judge reads this
when the main text does not hold a quotation, and says where it found it."""

from __future__ import annotations

import functools
import re
from typing import Any

from provenance.models import PageRest
from provenance.source.blocks import BLOCK_TAGS

# Never visible text (nav, aside, footer are visible: they are read here, unlike in the main text).
_INVISIBLE = frozenset("""script style template svg iframe object embed button select textarea input
    option head title meta link canvas video audio map noscript""".split())
_BOUNDARY = BLOCK_TAGS | {"aside", "nav", "footer", "menu", "dialog"}  # elements that end a paragraph
MAX_CHARS = 200_000  # of text outside the main text kept per page
# Where a paragraph stands, by its innermost telling ancestor: (tags, class/id words, what to say).
_CAPTION = re.compile(r"caption|credit|legend|bildunterschrift|leyenda|didascalia")
_PULL_QUOTE = re.compile(r"pull-?quote|quote-?box|blockquote-?pull|citation-?box|zitat")
_NEWSLETTER = re.compile(r"newsletter|sign-?up|subscri")
_BOX = re.compile(r"sidebar|aside|info-?box|fact-?box|(?:^|[-_ ])box(?:$|[-_ ])|kasten|encadre")
CAPTION, PULL_QUOTE, NEWSLETTER, BOX, FOOTER, ELSEWHERE = (
    "in a caption", "in a pull quote", "in a newsletter box", "in a box beside the text",
    "in the page footer", "outside the article's main text")
_OTHER = "other pages"  # skipped


# Boxes of other pages' text (teasers of related stories, recommendations): not this page's statements.
_OTHER_PAGES = re.compile(r"related|recommend|more-?stories|popular|trending|most-?read|outbrain|taboola"
                          r"|teaser|promo|(?:^|[-_ ])ads?(?:$|[-_ ])|advert|sponsor")
_BY_TAG = {"figcaption": CAPTION, "figure": CAPTION, "footer": FOOTER}
_NAMED = ((_CAPTION, CAPTION), (_PULL_QUOTE, PULL_QUOTE), (_NEWSLETTER, NEWSLETTER), (_BOX, BOX))


@functools.lru_cache(maxsize=4096)
def _named_where(words: str) -> str | None:
    if _OTHER_PAGES.search(words):
        return _OTHER
    return next((where for pattern, where in _NAMED if pattern.search(words)), None)


def _where(el: Any, tag: str) -> str | None:
    """What the element says about where its text stands, or None when it says nothing."""
    by_tag = _BY_TAG.get(tag)
    if by_tag:
        return by_tag
    cls, ident = el.get("class"), el.get("id")
    named = _named_where(f"{cls or ''} {ident or ''}".lower()) if cls or ident else None
    return named or (BOX if tag == "aside" else None)


def page_rest(root: Any, main: str) -> PageRest:
    """The page's visible paragraphs that the main text (`main`) does not hold, with where each stands."""
    import lxml.etree

    body = root.find("body")
    node = body if body is not None else root
    kept = set(main.split("\n\n"))
    parts: list[str] = []
    places: list[tuple[int, str]] = []
    size = 0
    stack: list[str] = [ELSEWHERE]
    buf: list[str] = []

    def flush() -> None:
        nonlocal size
        text = " ".join("".join(buf).split())
        buf.clear()
        if text and text not in kept and size < MAX_CHARS:
            places.append((size, stack[-1]))
            parts.append(text)
            size += len(text) + 2

    walker = lxml.etree.iterwalk(node, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if el.tag.__class__ is str else ""
        if event == "start":
            if not tag or tag in _INVISIBLE:
                walker.skip_subtree()
                continue
            where = _where(el, tag)
            if where is _OTHER:
                walker.skip_subtree()  # its "end" event still comes: pushed, so that it pops
                stack.append(ELSEWHERE)
                continue
            if buf and (tag in _BOUNDARY or where):
                flush()
            stack.append(where or stack[-1])
            if el.text:
                buf.append(el.text)
        else:
            if tag and tag not in _INVISIBLE:
                if buf and (tag in _BOUNDARY or stack[-1] is not stack[-2]):
                    flush()
                stack.pop()
            if el is not node and el.tail:
                buf.append(el.tail)
        if size >= MAX_CHARS:
            break
    if buf:
        flush()
    return PageRest("\n\n".join(parts), tuple(places))
