"""Where a page's article body is: the container with the most paragraph text net of links and
furniture (Readability's idea, scored on text lengths), its sibling parts, and the standfirst.

One walk over the shared (unmodified) tree measures every block element outside page furniture: the text
directly in it, its link text and the furniture text skipped inside it."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from provenance.source.tree import raw_text, tokens

# Elements whose content is never the article's prose.
SKIP_TAGS = frozenset("""script style template svg iframe object embed button select textarea input
    option nav aside footer menu dialog head title meta link canvas video audio map""".split())
# Elements that end a paragraph.
BLOCK_TAGS = frozenset("""p div section article main header h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre
    table thead tbody tfoot tr td th figure figcaption address center details summary hr br fieldset form
    body html""".split())
# Containers that are surely furniture (Readability's "unlikely candidates", plus a few), unless their
# class/id also says they hold content ("sidebar-and-content", "article-related").
UNLIKELY = re.compile(
    r"-ad-|banner|breadcrumb|combx|comment|community|disqus|(?<![a-z])extra(?![a-z])|footer|gdpr|header"
    r"|legends|menu|related|remark|replies|(?<![a-z])rss(?![a-z])|shoutbox|sidebar|skyscraper|social|sponsor"
    r"|supplemental|agegate|pagination|(?<![a-z])pager(?![a-z])"
    r"|popup|newsletter|cookie|consent|subscri|recommend|popular|outbrain|taboola|trending|most-?read"
    r"|more-?stories|read-?more|share|sharing|promo|masthead|navigation|navbar|signup|login"
    r"|ticker|marquee")
# Names that mean furniture even on a large wrapper (the second reading keeps only these).
SURELY_FURNITURE = re.compile(
    r"footer|comment|disqus|cookie|consent|gdpr|newsletter|subscri|outbrain|taboola|related|recommend"
    r"|popular|trending|most-?read|breadcrumb|pagination|(?<![a-z])pager(?![a-z])|login|signup|promo")
MAYBE_CONTENT = re.compile(r"article|body|column|content|main|shadow|post|entry|story")
_NEVER_FURNITURE = frozenset(
    "body html article main p a h1 h2 h3 h4 h5 h6 blockquote pre em strong b i q".split())
MIN_PARAGRAPH = 25  # characters: shorter blocks are datelines, labels, buttons
_SHORT_BODY = 500  # a body shorter than this may sit in a wrapper named like furniture: look again


Size = tuple[int, int]  # (text length, link text length) outside furniture


@dataclass(frozen=True)
class Body:
    nodes: tuple[Any, ...]  # the standfirst, then the body's containers, in page order
    sizes: Mapping[Any, Size]  # for block elements: their text and link text lengths outside furniture


@dataclass
class _Block:
    el: Any
    chars: int = 0
    links: int = 0
    skipped: int = 0  # text in furniture directly inside this block


@functools.lru_cache(maxsize=4096)
def _unlikely_words(words: str, strict: bool) -> bool:
    pattern = UNLIKELY if strict else SURELY_FURNITURE
    return len(words) < 300 and bool(pattern.search(words)) and not MAYBE_CONTENT.search(words)


def text_len(el: Any) -> int:
    return len(" ".join(raw_text(el)[:100_000].split()))


def _measure(root: Any, strict: bool) -> list[_Block]:
    """Every block element with the length of the text directly in it (not in nested blocks), of its link
    text, and of the furniture text skipped inside it."""
    import lxml.etree

    stack: list[_Block] = [_Block(root)]
    done: list[_Block] = []
    in_link = 0
    skipped: set[Any] = set()

    def add(text: str | None) -> None:
        if text and not text.isspace():
            n = len(text.strip())
            stack[-1].chars += n
            if in_link:
                stack[-1].links += n

    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if el is not root and (not tag or tag in SKIP_TAGS or (
                    tag not in _NEVER_FURNITURE and _unlikely_words(tokens(el), strict))):
                skipped.add(el)
                walker.skip_subtree()  # its "end" event still comes
                if tag not in ("script", "style", "head", "template", ""):
                    stack[-1].skipped += text_len(el)
                continue
            if tag in BLOCK_TAGS:
                stack.append(_Block(el))
            in_link += tag == "a"
            add(el.text)
            continue
        if el in skipped:
            skipped.discard(el)
        else:
            in_link -= tag == "a"
            if tag in BLOCK_TAGS and len(stack) > 1:
                done.append(stack.pop())
        if el is not root:
            add(el.tail)
    done.append(stack[0])
    return done


def _net_scores(blocks: list[_Block]) -> tuple[dict[Any, float], dict[Any, Size]]:
    """For every element, the article text it holds net of everything else in it (paragraph text, long
    enough and not mostly links, counts for it; link text, furniture and, a little, short lines against
    it), and the length of its text and link text outside furniture."""
    net: dict[Any, float] = {}
    sizes: dict[Any, Size] = {}
    for b in blocks:
        if b.chars >= MIN_PARAGRAPH and b.links <= 0.5 * b.chars:
            value = b.chars - 2 * b.links - b.skipped
        else:
            value = -(b.links + 0.2 * (b.chars - b.links)) - b.skipped
        if not (b.chars or b.skipped):
            continue  # an empty wrapper: nothing to add up its ancestors
        node = b.el
        while node is not None:
            net[node] = net.get(node, 0.0) + value
            chars, links = sizes.get(node, (0, 0))
            sizes[node] = (chars + b.chars + b.skipped, links + b.links)
            node = node.getparent()
    return net, sizes


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


def _lead(blocks: list[_Block], body: list[Any]) -> list[Any]:
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
    blocks = _measure(root, strict=True)
    net, sizes = _net_scores(blocks)
    best = max(net, key=net.__getitem__) if net else None
    if best is None or net[best] < _SHORT_BODY:
        # Readability's second try: the body may sit in a wrapper whose name sounds like furniture
        # ("socialicons-sticky"); read again skipping only sure furniture, keep what finds more text.
        blocks_again = _measure(root, strict=False)
        net_again, sizes_again = _net_scores(blocks_again)
        again = max(net_again, key=net_again.__getitem__) if net_again else None
        if again is not None and (best is None or net_again[again] > 2 * net[best] + 100):
            best, net, sizes, blocks = again, net_again, sizes_again, blocks_again
    if best is None:
        body = root.find("body")
        return Body((body if body is not None else root,), {})
    nodes = _with_siblings(best, net, sizes)
    return Body(tuple(_lead(blocks, nodes) + nodes), sizes)


