"""Findings about the article as a whole."""

from __future__ import annotations

from collections.abc import Iterable

from provenance.checks.base import Context, finding
from provenance.models import Finding


def check(ctx: Context) -> Iterable[Finding]:
    article = ctx.article
    for line, column, text in article.ai_image_notes:
        snippet = " ".join(text.split())
        if len(snippet) > 80:
            snippet = snippet[:79] + "…"
        yield finding("ai-generated-image", f"The article carries an AI-generated image (“{snippet}”).",
                      line, column)
    if article.quotes and not article.citations and not article.has_source_list:
        first = article.quotes[0]
        times = "once" if len(article.quotes) == 1 else f"{len(article.quotes)} times"
        yield finding("missing-sources", f"The article quotes {times} but lists no sources and links to "
                      "none.", first.line, first.column)
