"""Hostile and broken pages: never an exception, at worst an empty text."""


import pytest

from provenance.source import read_source
from tests.support.bounded import no_hang

SENTENCE = "The council approved the budget on Tuesday after a long debate."


@pytest.mark.parametrize(
    "content",
    [
        "",
        "   \n ",
        "<",
        "<html>",
        "<html><body><p>" + SENTENCE,  # unclosed tags
        "<html><body><div><p>" + SENTENCE + "</span></table></div></div></div>",
        "<html><body>" + "<div>" * 20_000 + SENTENCE + "</div>" * 20_000 + "</body></html>",  # deep nesting
        "<html><body>" + "<b><i>" * 20_000 + SENTENCE,  # deep, never closed
        "<?xml version='1.0' encoding='iso-8859-1'?><html><body><p>" + SENTENCE + "</p></body></html>",
        "<html><head><script type='application/ld+json'>" + "[" * 100_000 + "</script></head></html>",
        "<html><head><script type='application/ld+json'>{\"@type\": \"Article\", \"headline\": 5, "
        "\"datePublished\": [null], \"author\": {\"name\": {}}}</script></head><body></body></html>",
        "<html><head><meta property='og:title'><meta name='date' content='99999-99-99'><link rel=canonical>"
        "</head><body><time datetime='garbage'>x</time><h1></h1></body></html>",
        "\x00\x01\x02<html>\ud800<body>\x00" + SENTENCE,  # NUL bytes and a lone surrogate
        "<html><body><noscript><div id='x'></noscript><p>" + SENTENCE + "</p></body></html>",
    ],
)
def test_never_raises(content):
    doc = read_source(content, url="https://x.example/a")
    assert isinstance(doc.text, str)


def test_deep_nesting_keeps_a_sentence_before_the_depth_limit():
    doc = read_source("<html><body><p>" + SENTENCE + "</p>" + "<div>" * 20_000 + "</body></html>")
    assert SENTENCE in doc.text


def test_five_megabyte_page_is_read_quickly():
    paragraph = "<p>" + SENTENCE * 3 + "</p>\n"
    content = "<html><body><article>" + paragraph * (5_000_000 // len(paragraph)) + "</article></body></html>"
    with no_hang():
        doc = read_source(content)
    assert SENTENCE in doc.text


def test_unparseable_url_and_content_type():
    assert read_source("<p>" + SENTENCE, url="http://[::1", content_type="application/octet-stream").text


@pytest.mark.parametrize("content", [
    "<html><head><title>Caf\u00e9 \u2014 news</title></head><body><article><p>" + SENTENCE * 3 + "</p>"
    "<p>Sp\u00e4ter, am 3. M\u00e4rz 2024.</p></article></body></html>",
    "Plain text first line\n\n" + SENTENCE,
])
def test_a_page_given_as_its_utf8_bytes_reads_as_its_text(content: str) -> None:
    kind = "text/html" if content.startswith("<") else "text/plain"
    as_text = read_source(content, url="https://a.example/p", content_type=kind)
    as_bytes = read_source(content.encode("utf-8"), url="https://a.example/p", content_type=kind)
    assert as_bytes == as_text
