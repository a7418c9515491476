"""Inline suppressions: HTML comments in Markdown/HTML, whole lines in plain text."""

from __future__ import annotations

import pytest

from provenance.article.suppress import find_comment_suppressions, suppression_line


def test_comments_with_names_and_without() -> None:
    text = ("<p>x</p>\n  <!-- provenance: ignore[undated-source, PV103] -->\n<p>y</p>\n"
            "<!--provenance:ignore-->\n<!-- an ordinary comment -->\n")
    first, second = find_comment_suppressions(text)
    assert (first.line, first.column, first.target_lines, first.names) == (
        2, 3, (2, 3), ("undated-source", "PV103"))
    assert (second.line, second.target_lines, second.names) == (4, (4, 5), ())


@pytest.mark.parametrize(("line", "names"), [
    ("provenance: ignore[undated-source]", ("undated-source",)),
    ("# provenance: ignore[PV103,vague-publisher]", ("PV103", "vague-publisher")),
    ("// provenance: ignore", ()),
    ("[provenance: ignore[truncated-title]]", ("truncated-title",)),
    ("   Provenance: Ignore[ai-generated-image]  ", ("ai-generated-image",)),
    ("<!-- provenance: ignore[undated-source] -->", ("undated-source",)),
])
def test_plain_text_suppression_lines(line: str, names: tuple[str, ...]) -> None:
    sup = suppression_line(line, 7)
    assert sup is not None and sup.line == 7 and sup.target_lines == (7, 8) and sup.names == names


@pytest.mark.parametrize("line", [
    "The provenance of the painting was ignored by the auction house.",
    "provenance: ignored",
    "Sources say provenance: ignore[x] is a comment syntax.",
])
def test_sentences_are_not_suppressions(line: str) -> None:
    assert suppression_line(line, 1) is None
