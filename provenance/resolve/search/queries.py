"""Query text from a citation: the title as a phrase, a truncated title by its intact part."""

from __future__ import annotations

import re

from provenance.models import Citation

_ELLIPSIS = re.compile(r"\s*(?:\.{3}|…)\s*$")
_PUNCT = re.compile(r"[^\w\s'’-]+")
MAX_WORDS = 12  # services cap phrase length; the first twelve words of a headline are distinctive enough


def title_phrase(citation: Citation) -> str | None:
    """The cited title as a phrase to search for: a cut-off last word dropped, punctuation removed."""
    if not citation.title:
        return None
    title = _ELLIPSIS.sub("", citation.title.strip())
    words = title.split()
    if _looks_cut(citation.title, words):
        words = words[:-1]  # "… Management thro": search by the intact part
    words = words[:MAX_WORDS]
    phrase = " ".join(_PUNCT.sub(" ", " ".join(words)).split())
    return phrase if len(phrase.split()) >= 3 else None


def quote_phrase(quotes: tuple[str, ...]) -> str | None:
    """A distinctive run of words of the longest quotation tied to the source: a second query when the
    title finds nothing (a headline is often rewritten; a quotation rarely is)."""
    if not quotes:
        return None
    words = " ".join(_PUNCT.sub(" ", max(quotes, key=len)).split()).split()
    return " ".join(words[:MAX_WORDS]) if len(words) >= 6 else None


def _looks_cut(title: str, words: list[str]) -> bool:
    from provenance.checks.source_list import is_truncated_title

    return len(words) > 3 and (bool(_ELLIPSIS.search(title)) or is_truncated_title(title))
