"""URLs as they appear in articles: finding them in text, comparing them, and telling sources from chrome."""

from __future__ import annotations

import re

# Bounded: a URL is one run of non-space characters (no backtracking across spaces).
URL_IN_TEXT = re.compile(r"(?:https?://|www\.)[^\s<>\"“”«»]{1,2000}", re.IGNORECASE)
DOI_IN_TEXT = re.compile(r"\b(?:doi:\s?|DOI\s)?(10\.\d{4,9}/[^\s<>\"“”«»]{1,500})", re.IGNORECASE)

_SHARE = re.compile(
    r"(?:facebook\.com/(?:sharer|dialog/share)|(?:twitter|x)\.com/(?:intent|share)|linkedin\.com/share"
    r"|(?:api\.)?whatsapp\.com/send|wa\.me/|reddit\.com/submit|pinterest\.\w+/pin/create|t\.me/share"
    r"|getpocket\.com/save|news\.ycombinator\.com/submitlink)",
    re.IGNORECASE,
)


def trim_url(url: str) -> str:
    """A URL found in running text without the punctuation that closes the sentence around it."""
    while url and url[-1] in ".,;:!?'’\"”»":
        url = url[:-1]
    # A closing bracket belongs to the URL only when the URL opened one ("…/Foo_(bar)").
    while url and url[-1] in ")]" and url.count(url[-1]) > url.count("(" if url[-1] == ")" else "["):
        url = url[:-1]
        while url and url[-1] in ".,;:":
            url = url[:-1]
    return url


def find_urls(text: str) -> list[tuple[int, int, str]]:
    """(start, end, url) of every URL and DOI printed in text; DOIs become https://doi.org/… URLs."""
    found: list[tuple[int, int, str]] = []
    for m in URL_IN_TEXT.finditer(text):
        url = trim_url(m[0])
        found.append((m.start(), m.start() + len(url), url if "://" in url else "https://" + url))
    for m in DOI_IN_TEXT.finditer(text):
        if any(s <= m.start() < e for s, e, _ in found):
            continue  # the DOI is part of an https://doi.org/… URL already found
        doi = trim_url(m[1])
        found.append((m.start(), m.start(1) + len(doi), "https://doi.org/" + doi))
    return sorted(found)




def is_source_link(url: str) -> bool:
    """Whether a link in the body can be a cited source (not mail, script, an anchor or a share button)."""
    u = url.strip()
    if not u or u.startswith("#"):
        return False
    if not re.match(r"(?:https?://|www\.|doi:)", u, re.IGNORECASE):
        return False  # mailto:, javascript:, tel:, data:, relative links to the site's own pages
    return not _SHARE.search(u)
