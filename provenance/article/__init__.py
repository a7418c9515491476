"""Reading articles: bytes -> Article.

detect.py decodes and tells the format; text.py, markdown.py and html.py turn the text into a
blocks.Parsed; sources.py and quotes.py turn its blocks into citations and quotations.
"""

from __future__ import annotations

import hashlib

from provenance.article.blocks import Parsed
from provenance.dates import slashes_day_first
from provenance.language import language_of_text
from provenance.models import Article

__all__ = ["read_article", "parse"]


def parse(text: str, fmt: str) -> Parsed:
    """The reader for fmt ("text", "markdown", "html") applied to decoded text."""
    if fmt == "html":
        from provenance.article.html import parse_html

        return parse_html(text)
    if fmt == "markdown":
        from provenance.article.markdown import parse_markdown

        return parse_markdown(text)
    from provenance.article.text import parse_text

    return parse_text(text)


def read_article(path: str, data: bytes) -> Article:
    """The article in data (the bytes of the file at path); InputError when it cannot be one."""
    from provenance.article import quotes, sources
    from provenance.article.detect import decode, detect_format

    text = decode(path, data)
    fmt = detect_format(path, text)
    with slashes_day_first("en" not in language_of_text(text)):  # "12/08/2024" in Le Monde is 12 August
        parsed = parse(text, fmt)
        listed = sources.parse_entries(parsed.entries)
    citations = tuple(listed) + tuple(sources.inline_citations(parsed.body, listed))
    found = quotes.find_quotes(parsed.body, citations)
    return Article(
        path=path,
        format=parsed.format,
        title=parsed.title,
        published=parsed.published,
        byline=parsed.byline,
        body="\n\n".join(block.text for block in parsed.body),
        citations=citations,
        quotes=tuple(found),
        figures=parsed.figures,
        has_source_list=parsed.has_source_list,
        ai_image_notes=parsed.ai_image_notes,
        suppressions=parsed.suppressions,
        sha256=hashlib.sha256(data).hexdigest(),
    )
