"""Markdown: front matter, headings, footnotes, source lists, links, images with captions, block quotes."""

from __future__ import annotations

import datetime as dt

from provenance.article.markdown import parse_markdown

POST = """\
---
title: "Ports Reopen After the Strike"
date: 2024-05-02
authors:
  - name: Aiko Tanabe
  - Daniel Okafor
---

# Ports Reopen After the Strike

![Cranes at the port of Rotterdam](https://img.example.org/port.jpg)
*Illustration: AI-generated image (Midjourney).*

Dock workers returned on **Monday**. “We have a deal,” the union [said](https://union.example.org/deal).[^1]
Shipping lines expect delays to ease within weeks [2].

> “This was never about pay alone,” a negotiator told reporters.

See https://example.org/report. for the full report.

<!-- provenance: ignore[vague-publisher] -->
## Sources

1. Reuters, ["Port strike ends"](https://reuters.com/x) (May 1, 2024)
2. Port Authority, "Statement on the agreement"

[^1]: Union press office, "Agreement reached" (May 1, 2024)
"""


def test_a_post_with_front_matter_footnotes_and_a_numbered_source_list() -> None:
    parsed = parse_markdown(POST)
    assert parsed.format == "markdown"
    assert parsed.title == "Ports Reopen After the Strike"
    assert parsed.published == dt.date(2024, 5, 2)
    assert parsed.byline == "Aiko Tanabe, Daniel Okafor"
    assert parsed.has_source_list
    assert [(e.label, e.block.line) for e in parsed.entries] == [("1", 24), ("2", 25), ("1", 27)]
    assert parsed.entries[0].block.text == 'Reuters, "Port strike ends" (May 1, 2024)'
    assert parsed.entries[0].block.links[0].url == "https://reuters.com/x"
    assert parsed.entries[2].block.text == 'Union press office, "Agreement reached" (May 1, 2024)'


def test_body_text_has_no_markup_and_keeps_exact_positions() -> None:
    parsed = parse_markdown(POST)
    first, quote, see = parsed.body
    assert first.text == ("Dock workers returned on Monday. “We have a deal,” the union said. "
                          "Shipping lines expect delays to ease within weeks [2].")
    assert first.line == 14
    assert first.position(first.text.index("“")) == (14, 38)  # after "**Monday**" lost its asterisks
    assert first.position(first.text.index("Shipping")) == (15, 1)
    (link,) = [k for k in first.links if "union" in k.url]
    assert first.text[link.start:link.end] == "said"
    footnote, numbered = first.markers
    assert footnote.label == "1" and footnote.start == footnote.end  # [^1] removed from the text
    assert numbered.label == "2" and first.text[numbered.start:numbered.end] == "[2]"  # [2] kept
    assert quote.kind == "blockquote" and quote.text.startswith("“This was never") and quote.column == 3
    assert see.links[0].url == "https://example.org/report"


def test_images_with_caption_lines_become_figures_and_ai_notes() -> None:
    parsed = parse_markdown(POST)
    (figure,) = parsed.figures
    assert (figure.line, figure.src, figure.alt) == (11, "https://img.example.org/port.jpg",
                                                     "Cranes at the port of Rotterdam")
    assert figure.caption == "Illustration: AI-generated image (Midjourney)."
    assert [n[0] for n in parsed.ai_image_notes] == [12]
    assert all("Illustration" not in b.text for b in parsed.body)



def test_raw_html_images_and_image_titles_are_figures_too() -> None:
    parsed = parse_markdown("# Harbour week in pictures\n\nThe quay opened.\n\n"
                            '![The quay](q.jpg "An AI-generated view of the quay")\n\n'
                            '<img src="raw.png" alt="Boats &amp; cranes">\n\n'
                            'Text with <img data-src="lazy.jpg" src="data:image/gif;base64,R0lG"> inside.\n')
    assert [(f.line, f.src, f.alt, f.caption) for f in parsed.figures] == [
        (5, "q.jpg", "The quay", "An AI-generated view of the quay"),
        (7, "raw.png", "Boats & cranes", None),
        (9, "lazy.jpg", None, None)]
    assert [n[2] for n in parsed.ai_image_notes] == ["An AI-generated view of the quay"]

def test_suppression_comments() -> None:
    (sup,) = parse_markdown(POST).suppressions
    assert (sup.line, sup.target_lines, sup.names) == (21, (21, 22), ("vague-publisher",))


def test_broken_front_matter_is_ignored_gracefully() -> None:
    text = "---\ntitle: [unclosed\n  : : :\n---\n\n# The Real Headline\n\nBody.\n"
    parsed = parse_markdown(text)
    assert parsed.title == "The Real Headline"
    assert [(b.text, b.line) for b in parsed.body] == [("Body.", 8)]


def test_byline_and_date_lines_under_the_heading_and_bulleted_references() -> None:
    text = ("Rail Strike Called Off\n======================\n\n*By Tomás Ferreira*\n\nMarch 3, 2022\n\n"
            "Unions and operators reached a deal.\n\n### References\n\n"
            "- BBC News, \"Rail strike called off\" (3 March 2022)\n"
            "- The Guardian, [Deal reached](https://theguardian.com/deal)\n")
    parsed = parse_markdown(text)
    assert parsed.title == "Rail Strike Called Off"
    assert parsed.byline == "Tomás Ferreira" and parsed.published == dt.date(2022, 3, 3)
    assert [b.text for b in parsed.body] == ["Unions and operators reached a deal."]
    assert [(e.label, e.block.line) for e in parsed.entries] == [(None, 12), (None, 13)]


def test_snake_case_code_and_angle_brackets_are_text() -> None:
    text = "# T\n\nThe `max_value` of snake_case and <The Palace> and 2 * 3 &amp; more.\n"
    (block,) = parse_markdown(text).body
    assert block.text == "The max_value of snake_case and <The Palace> and 2 * 3 & more."


def test_link_definitions_used_by_the_source_list_are_not_sources_themselves() -> None:
    from provenance.article import read_article

    article = read_article("a.md", (
        "# Plan\n\n“We act now,” she said. [1]\n\n## Sources\n\n"
        "1. Reuters, [Fed holds rates steady][r1] (March 4, 2024)\n"
        "2. AP, [Vote delayed][r2] (March 5, 2024)\n\n"
        "[r1]: https://reuters.com/fed\n[r2]: https://apnews.com/vote\n").encode())
    assert [(c.id, c.title, c.url) for c in article.citations] == [
        ("1", "Fed holds rates steady", "https://reuters.com/fed"),
        ("2", "Vote delayed", "https://apnews.com/vote"),
    ]
