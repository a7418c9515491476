"""What an element's class and id say it is (furniture, comments, a heading…), for the body's text.

Each test runs on the lowercased "class id" (see tree.tokens) and is cached per (class, id) pair: a page
repeats a few names on many elements; a test runs only where it is needed (each is a regex or more)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, TypeVar

from provenance.source.blocks import UNLIKELY

# Inside the chosen body, smaller furniture, matched inside single class/id words ("c-related-links"); an
# "entry-header" there holds the standfirst.
FURNITURE = re.compile(
    UNLIKELY.pattern.replace("|header", "")
    + r"|(?:^|[-_])nav|(?:^|[-_])ads?(?:$|[-_])|advert|toolbar|modal|skip"
    r"|author-?bio|(?:^|[-_])tags?(?:$|[-_])|rail|print-only|also-?read|topics|byline|credit|copyright|overlay")
# A page builder's component ("elementor-widget-text-editor", "widget_text"): a sidebar box, or a part of
# the body itself; furniture only when it holds no prose of its own.
COMPONENT = re.compile(r"widget")
_HEADING_CLASS = re.compile(r"title|heading|headline|header|label")
_REPLY_FORM = re.compile(
    r"respond|reply-?title|comment-?form|comment-?notes|logged-in|must-log-in|reply-?link"
    r"|(?:^|\s)hidden(?:\s|$)|rules|guidelines|policy|alert")
# A box of the latest comments on the whole site (a sidebar widget), or a pop-up: not this page's comments.
_ELSEWHERE = re.compile(r"modal|popup|recent|latest")
_COMMENTS = re.compile(
    r"(?:^|[-_ ])comments?(?:list|-list|-area|s-area|-section|-body|-content|-text|$|[-_ ])")
_ARTICLE_WORDS = re.compile(r"article|story|post-?body|entry-content")
_MAX_CACHE = 20_000
T = TypeVar("T")


def _in_words(pattern: re.Pattern[str], words: str) -> bool:
    parts = words.split()
    return 0 < len(parts) <= 30 and any(pattern.search(w) for w in parts)


def _comment_section(words: str) -> bool:
    return "comment" in words and bool(_COMMENTS.search(words)) and not _ARTICLE_WORDS.search(words)


def _named(test: Callable[[str], T]) -> Callable[[Any], T]:
    """test(lowercased "class id") of an element, cached per (class, id) pair of the page."""
    cache: dict[tuple[str | None, str | None], T] = {}
    unnamed = test(" ")

    def verdict(el: Any) -> T:
        cls, ident = el.get("class"), el.get("id")
        if not (cls or ident):
            return unnamed
        key = (cls, ident)
        found = cache.get(key)
        if found is None:
            if len(cache) > _MAX_CACHE:
                cache.clear()
            found = cache[key] = test(f"{cls or ''} {ident or ''}".lower())
        return found

    return verdict


# a comment section ("comments-area"), not an article named with "comment"
comment_section = _named(_comment_section)


# What a name says inside a body, as flags (one cached test per element: writing a body's text reads all).
COMMENTS = 1  # a comment section ("comments-area"), not an article named with "comment"
FURNITURE_NAME = 2  # a word of it names furniture ("c-related-links", "ad-slot")
WIDGET = 4  # a page builder's widget
HEADING = 8  # a title, heading or label


def _body_flags(words: str) -> int:
    return ((COMMENTS if _comment_section(words) else 0)
            | (FURNITURE_NAME if _in_words(FURNITURE, words) else 0)
            | (WIDGET if "widget" in words and _in_words(COMPONENT, words) else 0)
            | (HEADING if _HEADING_CLASS.search(words) else 0))


body_flags = _named(_body_flags)
# in a comment section: the reply form, rules, hidden parts
reply_form = _named(lambda words: bool(_REPLY_FORM.search(words)))
# a pop-up, or the site's latest comments
elsewhere = _named(lambda words: bool(_ELSEWHERE.search(words)))
