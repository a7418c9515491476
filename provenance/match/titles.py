"""Titles compared as an editor would: case, quotes and punctuation aside, a site name or a subtitle cut at
a colon or a dash aside, a title cut off when pasted still the same title; different numbers never."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable

MIN_PREFIX_CHARS = 12  # a truncated cited title must keep at least this much to match by prefix
MIN_PREFIX_WORDS = 3

# Separators between a headline and its site name or section ("Foo | Site", "Site - Foo", "Foo: Bar").
_SEPARATORS = re.compile(r"(\s+[|\-–—·»:]{1,2}\s+|:\s+|\s+[|–—]\s*)")
_NON_WORD = re.compile(r"[\W_]+")
_ELLIPSIS = re.compile(r"(?:\.{3}|…)\s*$")


def normalise_title(text: str) -> str:
    """Case, quotes, dashes, punctuation and spaces folded: 'Nigeria’s “boom”' -> 'nigeria s boom'."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _NON_WORD.sub(" ", text).strip()


@functools.lru_cache(maxsize=8192)
def _variants(title: str, min_words: int, sites: tuple[str, ...]) -> tuple[str, ...]:
    return title_variants(title, min_words=min_words, sites=sites)


def title_variants(title: str, *, min_words: int = 1, sites: Iterable[str] = ()) -> tuple[str, ...]:
    """The normalised title, and every run of its parts split at ' | ', ' - ', ': ' … (site names,
    sections, subtitles), and the title without a site name at either end; runs shorter than min_words
    words are left out (the full title never is)."""
    title = _ELLIPSIS.sub("", title[:1000]).strip()
    full = normalise_title(title)
    out = [full] if full else []
    site_names = {normalise_title(site) for site in sites if site}
    pieces = _SEPARATORS.split(title)[:16]  # text, separator, text, …
    parts, seps = pieces[::2], pieces[1::2]
    n = len(parts)
    for i in range(n):
        for j in range(i + 1, n + 1):
            v = normalise_title(" ".join(parts[i:j]))
            if j == i + 1 and n > 1 and _site_like(i, parts, seps, len(v.split()), len(full.split())):
                continue
            if v and v not in out and v not in site_names and len(v.split()) >= min_words:
                out.append(v)
    for s in site_names:
        if not s or s == full:
            continue
        for v in (full.removeprefix(s + " "), full.removesuffix(" " + s)):  # whole words only
            if v != full and v not in out and len(v.split()) >= min_words:
                out.append(v)
    return tuple(out)


def _site_like(i: int, parts: list[str], seps: list[str], words: int, all_words: int) -> bool:
    """A part alone at either end after ' | ' or ' - ' (not ': ') and shorter than the rest of the title
    is the site's or the section's name ("Auto News", "Opinion"), not the headline."""
    if i not in (0, len(parts) - 1) or ":" in seps[0 if i == 0 else -1]:
        return False
    return words < all_words - words


def title_score(
    cited: str, page_titles: Iterable[str], *, min_words: int = 1, sites: Iterable[str] = ()
) -> float:
    """0-100: how well a cited title matches the best of a page's titles (headline, <title>, og:title …).

    100 when a cut-at-a-colon variant of one equals a variant of the other, or the cited title is a
    truncated prefix of a page title; otherwise the best rapidfuzz ratio between variants."""
    from rapidfuzz import fuzz

    sites = tuple(s for s in sites if s)
    cited_variants = _variants(cited, min_words, ())
    if not cited_variants:
        return 0.0
    c = normalise_title(_ELLIPSIS.sub("", cited))
    may_be_cut = len(c) >= MIN_PREFIX_CHARS and len(c.split()) >= MIN_PREFIX_WORDS
    best = 0.0
    for page in page_titles:
        if not page:
            continue
        page_variants = _variants(page, min_words, sites)
        for i, pv in enumerate(page_variants):
            if may_be_cut and len(c) < len(pv) and pv.startswith(c):  # cut off when pasted
                return 100.0
            for j, cv in enumerate(cited_variants):
                if (i and j) or not _numbers(cv) <= _numbers(pv):
                    # two parts ("Foo - Auto News" vs "Bar - Auto News"): one side must be whole; and
                    # "Weekly report 14" is not "Weekly report 15", however close the letters
                    continue
                best = max(best, fuzz.ratio(cv, pv))
                if best >= 100.0:
                    return 100.0
    return best


@functools.lru_cache(maxsize=8192)
def _numbers(normalised: str) -> frozenset[str]:
    return frozenset(w for w in normalised.split() if w.isdigit())
