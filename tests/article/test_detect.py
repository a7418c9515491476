"""Broken and unusual input: each gets a one-line InputError naming the file, or is read; never a crash
or a hang. Formats come from the extension, corrected by the content."""

from __future__ import annotations

import codecs

import pytest

from provenance.article import read_article
from provenance.article.detect import detect_format
from provenance.errors import InputError
from tests.support.bounded import no_hang

ARTICLE = ("Friday, April 17, 2026\nSearch\n\nCafé Owners Say the New Rules Hurt Business\n\nBy Jane Doe\n\n"
           "March 2, 2026\n\nThe owners said: “We can’t keep up,” according to Marie.\n")


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("empty.txt", b"", "empty"),
    ("blank.md", b"  \n\t\r\n  \n", "empty"),
    ("image.txt", bytes(range(256)) * 64, "binary"),
    ("nul.html", b"<p>hello</p>\x00\x00\x00 world", "NUL"),
    ("controls.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 17]) * 200, "binary"),
    ("huge.txt", b"a" * (20 * 1024 * 1024), "MB"),
])
def test_inputs_that_are_not_articles_are_refused_in_one_line(name: str, data: bytes, reason: str) -> None:
    with no_hang(), pytest.raises(InputError) as caught:
        read_article(name, data)
    message = str(caught.value)
    assert message.startswith(f"{name}: ") and reason in message and "\n" not in message


@pytest.mark.parametrize(("name", "data"), [
    ("plain.txt", ARTICLE.encode("utf-8")),
    ("bom.txt", codecs.BOM_UTF8 + ARTICLE.encode("utf-8")),
    ("utf16le.txt", codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le")),
    ("utf16be.txt", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be")),
    ("legacy.txt", ARTICLE.replace("’", "'").encode("cp1252")),
    ("latin1.txt", ARTICLE.replace("’", "'").replace("“", '"').replace("”", '"').encode("latin-1")),
    ("crlf.txt", ARTICLE.replace("\n", "\r\n").encode("utf-8")),
])
def test_encodings_are_decoded(name: str, data: bytes) -> None:
    article = read_article(name, data)
    assert article.title == "Café Owners Say the New Rules Hurt Business"
    assert article.byline == "Jane Doe"
    assert article.published is not None and article.published.isoformat() == "2026-03-02"
    assert "according to Marie." in article.body


def test_invalid_utf8_bytes_are_replaced_not_fatal() -> None:
    article = read_article("broken.txt", ARTICLE.encode("utf-8") + b"\xff\xfe\xc3( tail")
    assert article.title == "Café Owners Say the New Rules Hurt Business"
    assert "\ufffd" in article.body


def test_an_impossible_date_is_no_date_and_no_crash() -> None:
    article = read_article("feb.txt", ARTICLE.replace("March 2, 2026", "31 February 2020").encode())
    assert article.published is None
    assert "according to Marie." in article.body


def test_a_long_article_under_the_cap_is_read_in_linear_time() -> None:
    data = ("A Headline With Enough Words\n\n" + "Words in a paragraph said “so”.\n\n" * 30_000).encode()
    with no_hang():
        article = read_article("long.txt", data)
    assert len(data) > 1_000_000 and article.body.count("\n\n") == 29_999


@pytest.mark.parametrize(("path", "text", "expected"), [
    ("a.md", "# Title\n\nText", "markdown"),
    ("a.markdown", "Text", "markdown"),
    ("a.html", "Just text", "html"),
    ("a.HTM", "<p>x</p>", "html"),
    ("a.txt", "Friday\nSearch\n\nHeadline here\n", "text"),
    ("a.txt", "<!doctype html><html><body><p>x</p></body></html>", "html"),  # a page saved as .txt
    ("page", "<html><body><p>x</p></body></html>", "html"),
    ("post.mdx.bak", "---\ntitle: x\n---\n\n# x\n", "markdown"),
    ("notes", "## Heading\n\n[^1]: a footnote\n", "markdown"),
    ("notes", "Plain words only.\nMore words.", "text"),
    ("https://example.org/story", "<!DOCTYPE html>\n<html>", "html"),
])
def test_format_from_extension_and_content(path: str, text: str, expected: str) -> None:
    assert detect_format(path, text) == expected
