"""Findings from the figures' own image files: an AI-made image the file itself declares, and whether
the article discloses it. (A caption or disclaimer that says AI is its own finding: checks/article.py.)"""

from __future__ import annotations

from collections.abc import Iterable

from provenance.checks.base import Context, finding
from provenance.images.ai import ai_mark, noted
from provenance.models import Finding


def check(ctx: Context) -> Iterable[Finding]:
    article = ctx.article
    for figure, read in zip(article.figures, ctx.images, strict=False):
        mark = ai_mark(figure, read, article.figures, article.ai_image_notes)
        if mark is None or mark.by == "caption":
            continue
        image = f"The image {_name(read.location or figure.src or '')}".rstrip()
        if not noted(figure, article.figures, article.ai_image_notes):
            yield finding("ai-generated-image", f"{image} is AI-made, by its own file: {mark.evidence}.",
                          figure.line, figure.column)
        if not mark.disclosed:
            yield finding("undisclosed-ai-image",
                          f"{image} is AI-made by its own file, and nothing in the article (caption, credit, "
                          f"alt text or a disclaimer) says so: {mark.evidence}.",
                          figure.line, figure.column)


def _name(location: str) -> str:
    """The file's name, enough for an editor to find the image ("hero.jpg")."""
    if location.startswith("data:"):
        return "written into the page"
    name = location.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    return f"“{name[:80]}”" if name else ""
