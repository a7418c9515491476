"""A page's reader comments, written out after its body (never mixed into it)."""

from __future__ import annotations

from typing import Any

from provenance.source.blocks import MIN_PARAGRAPH
from provenance.source.names import comment_section, elsewhere
from provenance.source.text import write_text

# Reader comments are not the article, but quotations are sometimes taken from them (an author's reply);
# trafilatura appends them after the body by default, and so do we, after the body, never mixed into it.
INCLUDE_COMMENTS = True
_MAX_COMMENTS_CHARS = 20_000


def comments_text(root: Any) -> str:
    """The paragraphs of the page's comment section(s), at most 20,000 characters."""
    out: list[str] = []
    size = 0
    for el in root.iter("div", "section", "ol", "ul"):
        if not comment_section(el):
            continue
        if any(comment_section(a) for a in el.iterancestors()):
            continue  # an inner part of a section already taken
        if elsewhere(el) or any(a.tag in ("aside", "nav") for a in el.iterancestors()):
            continue
        # every paragraph of it, <p> or not: many forums put a comment's text straight in a <div>
        for text in write_text(el, comments=True).split("\n\n"):
            if len(text) >= MIN_PARAGRAPH and size < _MAX_COMMENTS_CHARS:
                out.append(text)
                size += len(text)
    return "\n\n".join(out)
