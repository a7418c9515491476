"""BlockBuilder: plain text with exact article positions for every character."""

from __future__ import annotations

from provenance.article.blocks import BlockBuilder


def test_positions_survive_dropped_markup_and_line_breaks() -> None:
    b = BlockBuilder()
    b.add("Dock workers ", 3, 1)
    b.add("returned", 3, 16)  # "**" dropped before it
    b.add("\n", 3, 24)
    b.add("on  Monday.", 4, 1)  # two spaces inside a line are kept as written
    block = b.build("paragraph")
    assert block.text == "Dock workers returned on  Monday."
    assert block.position(0) == (3, 1)
    assert block.position(block.text.index("returned")) == (3, 16)
    assert block.position(block.text.index("Monday")) == (4, 5)


def test_links_and_markers_use_final_offsets_and_whitespace_is_trimmed() -> None:
    b = BlockBuilder()
    b.add("  \n ", 1, 1)
    b.add("  The ", 2, 1)
    start = len(b)
    b.add("report ", 2, 7)
    b.link(start, "https://example.org")
    b.marker(len(b), "4")
    b.add("said.  \n ", 2, 14)
    block = b.build("paragraph")
    assert block.text == "The report said."
    assert block.line == 2 and block.column == 3
    (link,) = block.links
    assert block.text[link.start:link.end] == "report"
    assert block.markers[0].start == block.text.index("said")


def test_an_empty_builder_builds_nothing() -> None:
    b = BlockBuilder()
    b.add(" \n\t ", 1, 1)
    assert b.build("paragraph") is None
