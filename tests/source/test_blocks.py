"""The measuring walk: its bottom-up sums equal the plain definition (every block's score added to each of
its ancestors, in page order), and a tie goes to the first element to get the score (the deepest)."""

import pytest

from provenance.source.blocks import MIN_PARAGRAPH, measure
from provenance.source.tree import parse_html

SENTENCE = "The council approved the budget on Tuesday after a debate that lasted well into the night."
PAGES = {
    "article": f"<html><body><nav><a href='/'>Home</a></nav><main><article><h1>Budget</h1><p>{SENTENCE}</p>"
               f"<p>{SENTENCE} <a href='/x'>More</a> tail</p></article></main></body></html>",
    "wrappers": f"<html><body><div><div><div><p>{SENTENCE}</p></div></div></div></body></html>",
    "inline wrapper": f"<html><body><span class='x'><p>{SENTENCE}</p><p>{SENTENCE}</p></span></body></html>",
    "short lines": "<html><body><div><p>Tel. 1</p><p>Fax 2</p><li><a href='/a'>a link</a></li></div></body>"
                   "</html>",
    "furniture": f"<html><body><div class='sidebar'><p>{SENTENCE}</p></div><div><p>{SENTENCE}</p>"
                 f"<div class='share-tools'>Share this on every network you know</div></div></body></html>",
    "text in root": f"<html>{SENTENCE}<body><p>{SENTENCE}</p></body>after</html>",
}


def _naive_net(blocks):
    """Every block's score added to each of its ancestors, in the order blocks end."""
    net, sizes = {}, {}
    for b in blocks:
        if b.chars >= MIN_PARAGRAPH and b.links <= 0.5 * b.chars:
            value = b.chars - 2 * b.links
        else:
            value = -(b.links + 0.2 * (b.chars - b.links))
        skipped = b.skipped
        if not (b.chars or skipped):
            continue
        node = b.el
        while node is not None:
            net[node] = net.get(node, 0.0) + value - skipped
            chars, links = sizes.get(node, (0, 0))
            sizes[node] = (chars + b.chars + skipped, links + b.links)
            node = node.getparent()
    return net, sizes


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("strict", [True, False])
def test_sums_match_the_plain_definition(name, strict):
    root = parse_html(PAGES[name])
    found = measure(root, strict)
    net, sizes = _naive_net(found.blocks)
    assert sizes == found.sizes
    assert set(net) == set(found.net)
    assert all(net[el] == pytest.approx(found.net[el]) for el in net)
    assert found.best is max(net, key=net.__getitem__)  # dict order: a tie goes to the first (deepest)


def test_a_tie_goes_to_the_innermost_wrapper():
    root = parse_html(PAGES["wrappers"])
    best = measure(root, True).best
    assert best.tag == "p"


def test_links_and_furniture_count_against():
    found = measure(parse_html(PAGES["furniture"]), True)
    assert all(el.get("class") != "sidebar" for el in found.net)  # skipped: never measured
    share = next(b for b in found.blocks if b.el.tag == "div" and b.el.get("class") is None)
    assert found.net[share.el] < len(SENTENCE)  # the share box's text counts against its wrapper
