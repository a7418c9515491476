"""One walk over a page's (unmodified) tree that measures its text for body.py: every block element's own
text (not in nested blocks), link text and furniture text skipped inside it, and, summed up the tree,
every element's score and sizes.

The walk is the hot loop of reading a page (every element, twice an event): it keeps its state in plain
lists and caches the class/id verdicts, and sums scores bottom-up as elements end (no walk up the
ancestors per block)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from provenance.source.tree import raw_text

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
NEVER_FURNITURE = frozenset(
    "body html article main p a h1 h2 h3 h4 h5 h6 blockquote pre em strong b i q".split())
MIN_PARAGRAPH = 25  # characters: shorter blocks are datelines, labels, buttons
_NOT_COUNTED = frozenset(("script", "style", "head", "template"))  # skipped, but not visible text
_MAX_CACHE = 20_000

Size = tuple[int, int]  # (text length, link text length) outside furniture


class Block(NamedTuple):  # a tuple: one is made per block element of every page
    el: Any
    chars: int  # text directly in it (not in nested blocks), outside furniture
    links: int  # of which link text
    skipped: int  # furniture text skipped directly inside it


@dataclass(frozen=True)
class Measure:
    blocks: list[Block]  # every block element, in the order they end (leaves first, page order)
    net: dict[Any, float]  # per element: the article text it holds net of everything else in it
    sizes: dict[Any, Size]  # per element: its text (furniture included) and link text lengths
    best: Any | None  # the element with the highest net (the first to get it in block order on a tie)


def text_len(el: Any) -> int:
    """The length of an element's text with whitespace collapsed."""
    return len(" ".join(raw_text(el)[:100_000].split()))


_VERDICTS: dict[tuple[bool, str | None, str | None], bool] = {}


def _unlikely(strict: bool, cls: str | None, ident: str | None) -> bool:
    """Whether a class and id name furniture (strict: any unlikely name; else only sure furniture)."""
    words = f"{cls or ''} {ident or ''}".lower()
    pattern = UNLIKELY if strict else SURELY_FURNITURE
    return len(words) < 300 and bool(pattern.search(words)) and not MAYBE_CONTENT.search(words)


def measure(root: Any, strict: bool) -> Measure:
    """Every block element with the length of the text directly in it, of its link text, and of the
    furniture text skipped inside it; and for every element that holds any, the sums of its blocks:
    its net score (paragraph text, long enough and not mostly links, counts for it; link text, furniture
    and, a little, short lines against it) and its sizes."""
    import lxml.etree

    verdicts = _VERDICTS
    if len(verdicts) > _MAX_CACHE:
        verdicts.clear()
    blocks: list[Block] = []
    net: dict[Any, float] = {}
    sizes: dict[Any, Size] = {}
    best, best_key = None, (0, 0, 0)  # key: (net x 5, -first block, depth), the higher the better
    # Per open element: its sums so far [net x 5, chars, links, first block] or None. Scores are summed as
    # integers (x 5: a short line counts a fifth of its length), so a sum is exact whatever the order.
    sums: list[list[int] | None] = []
    kinds: list[int] = []  # per open element: 1 a block, 2 a link, 0 else
    open_blocks: list[list[int]] = [[0, 0, 0]]  # [chars, links, skipped] of each open block
    counts = open_blocks[0]
    in_link = 0
    ended = 0  # blocks with text ended so far
    skipping = False  # the next event is the "end" of a skipped subtree

    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if event == "start":
            tag = el.tag
            if el is not root:
                skip = tag in SKIP_TAGS or tag.__class__ is not str
                if not skip and tag not in NEVER_FURNITURE:
                    cls, ident = el.get("class"), el.get("id")
                    if cls or ident:
                        key = (strict, cls, ident)
                        cached = verdicts.get(key)
                        if cached is None:
                            cached = verdicts[key] = _unlikely(strict, cls, ident)
                        skip = cached
                if skip:
                    walker.skip_subtree()  # its "end" event still comes next
                    skipping = True
                    if tag not in _NOT_COUNTED and tag.__class__ is str:
                        counts[2] += text_len(el)
                    continue
            sums.append(None)
            if tag in BLOCK_TAGS or el is root:
                kinds.append(1)
                counts = [0, 0, 0]
                open_blocks.append(counts)
            elif tag == "a":
                kinds.append(2)
                in_link += 1
            else:
                kinds.append(0)
            text = el.text
            if text and not text.isspace():
                n = len(text.strip())
                counts[0] += n
                if in_link:
                    counts[1] += n
            continue
        if skipping:
            skipping = False
        else:
            kind = kinds.pop()
            mine = sums.pop()
            if kind == 2:
                in_link -= 1
            elif kind == 1:
                chars, links, skipped = open_blocks.pop()
                counts = open_blocks[-1]
                blocks.append(Block(el, chars, links, skipped))
                if chars or skipped:  # an empty wrapper adds nothing to its ancestors
                    if chars >= MIN_PARAGRAPH and 2 * links <= chars:
                        value5 = 5 * (chars - 2 * links - skipped)
                    else:
                        value5 = -(5 * links + (chars - links)) - 5 * skipped
                    ended += 1
                    if mine is None:
                        mine = [value5, chars + skipped, links, ended]
                    else:
                        mine[0] += value5
                        mine[1] += chars + skipped
                        mine[2] += links
            if mine is not None:
                net[el] = mine[0] / 5
                sizes[el] = (mine[1], mine[2])
                key5 = (mine[0], -mine[3], len(sums))
                if best is None or key5 > best_key:
                    best, best_key = el, key5
                if sums:
                    parent = sums[-1]
                    if parent is None:
                        sums[-1] = mine
                    else:
                        parent[0] += mine[0]
                        parent[1] += mine[1]
                        parent[2] += mine[2]
        if el is not root:
            text = el.tail
            if text and not text.isspace():
                n = len(text.strip())
                counts[0] += n
                if in_link:
                    counts[1] += n
    return Measure(blocks, net, sizes, best)
