"""Where a page's article body is: the container with the most paragraph text net of links and
furniture (Readability's idea, scored on text lengths), its sibling parts, and the standfirst.

blocks.py measures the page (one walk over the shared, unmodified tree); this chooses among its elements."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from provenance.source.blocks import Block, Size, measure, text_len

_SHORT_BODY = 500  # a body shorter than this may sit in a wrapper named like furniture: look again


@dataclass(frozen=True)
class Body:
    nodes: tuple[Any, ...]  # the standfirst, then the body's containers, in page order
    sizes: Mapping[Any, Size]  # for block elements: their text and link text lengths outside furniture


def _with_siblings(best: Any, net: dict[Any, float], sizes: dict[Any, Size]) -> list[Any]:
    """The best element, and the parts of the same body next to it: climb out of wrappers that hold
    nothing else, then take the siblings that hold article text of their own (a body split by a teaser
    box or an advertisement into several containers)."""
    node = best
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return [node]
        if sizes[parent][0] > sizes[node][0] + 50:
            break
        node = parent
    floor = max(100.0, 0.05 * net[best])
    kept = [c for c in parent if c is node or net.get(c, 0.0) >= floor]
    return [c for c in parent if c in kept or _next_to(c, kept, net) and _short_prose(c, net, sizes)]


def _next_to(el: Any, kept: list[Any], net: dict[Any, float]) -> bool:
    """Whether el comes right after a kept part, past only empty elements (an image, a spacer): where an
    author's bio or an editor's note follows the body (before it, a headline block is not the body)."""
    other = el.getprevious()
    while other is not None and other not in kept and other not in net:
        other = other.getprevious()
    return other is not None and other in kept


def _short_prose(el: Any, net: dict[Any, float], sizes: dict[Any, Size]) -> bool:
    """A short paragraph of the page's own prose (an author's note, a correction, a bio): not links."""
    chars, links = sizes.get(el, (0, 0))
    if net.get(el, 0.0) < 50 or links > 0.2 * chars or chars > 2000:
        return False
    # a sentence, not a contact card's short lines ("Press contact", "Tel.: …")
    return any(len(t.strip()) >= 80 for t in el.itertext())


def _inside(el: Any, nodes: set[Any]) -> bool:
    return el in nodes or any(a in nodes for a in el.iterancestors())


def _lead(blocks: list[Block], body: list[Any]) -> list[Any]:
    """The standfirst: paragraphs after the headline (the last <h1> before the body) in the headline's own
    block, when a layout puts that block apart from the body. At most three, none mostly links."""
    inside = set(body)
    h1 = None
    for b in blocks:  # leaf blocks come in page order
        if _inside(b.el, inside):
            break
        if b.el.tag == "h1":
            h1 = b.el
    if h1 is None:
        return []
    block = h1.getparent()
    while block is not None and block.tag not in ("body", "html") and text_len(block) <= text_len(h1) + 20:
        block = block.getparent()
    if block is None or block.tag in ("body", "html"):
        return []
    lead, after = [], False
    for b in blocks:
        if b.el is h1:
            after = True
        elif (after and b.el.tag in ("p", "div", "h2") and b.chars >= 40 and b.links <= 0.2 * b.chars
              and _inside(b.el, {block}) and not _inside(b.el, inside) and b.chars >= 0.9 * text_len(b.el)):
            lead.append(b.el)
    return lead[:3]


def find_body(root: Any) -> Body:
    """The elements that hold the article's body, in page order, with the standfirst first."""
    found = measure(root, strict=True)
    if found.best is None or found.net[found.best] < _SHORT_BODY:
        # Readability's second try: the body may sit in a wrapper whose name sounds like furniture
        # ("socialicons-sticky"); read again skipping only sure furniture, keep what finds more text.
        again = measure(root, strict=False)
        if again.best is not None and (found.best is None
                                       or again.net[again.best] > 2 * found.net[found.best] + 100):
            found = again
    if found.best is None:
        body = root.find("body")
        return Body((body if body is not None else root,), {})
    nodes = _with_siblings(found.best, found.net, found.sizes)
    return Body(tuple(_lead(found.blocks, nodes) + nodes), found.sizes)
