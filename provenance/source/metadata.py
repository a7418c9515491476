"""A page's headline, site name, canonical URL, author and language, from its own statements."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from provenance.source.jsonld import LdFacts
from provenance.source.meta import HeadTags
from provenance.source.tree import text_of

# " | Site", " - Site", " — Site", " :: Site", " · Site", " « Site" (spaces required: "well-known" stays).
_SEPARATOR = re.compile(r"\s+(?:[|\-–—·•»«:]{1,2}|::)\s+")
_MAX_TITLE = 400


def _norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def host_name(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host


def _is_site(segment: str, site: str | None, host: str | None) -> bool:
    """Whether a title segment names the site ("The Guardian", "guardian.com", "NYTimes.com")."""
    seg = _norm(segment).replace(" ", "")
    if not seg:
        return True
    names = [_norm(site).replace(" ", "")] if site else []
    if host:
        names.append(_norm(host.rsplit(".", 1)[0]).replace(" ", ""))
        names.append(_norm(host).replace(" ", ""))
    return any(n and (seg == n or (len(seg) >= 3 and (seg in n or n in seg))) for n in names)


def strip_site(title: str, site: str | None, host: str | None, *, guess: bool = False) -> str:
    """The title without the site's name before or after a separator. With guess, a short last segment
    is taken for a site name even when it does not match one (only for <title>, which usually has one)."""
    if site and len(site) >= 3 and title.endswith(site) and len(title) > len(site) + 10:
        head = title[: -len(site)].rstrip()
        if head and head[-1] in "|-–—·•»«:_/:｜":  # "Headline:Site", "Headline_Site" (no spaces)
            return head[:-1].rstrip()
    parts = _SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    seps = _SEPARATOR.findall(title)
    while len(parts) > 1 and _is_site(parts[-1], site, host):
        parts, seps = parts[:-1], seps[:-1]
    while len(parts) > 1 and _is_site(parts[0], site, host):
        parts, seps = parts[1:], seps[1:]
    if guess and len(parts) > 1 and len(parts[-1].split()) <= 4 and len(parts[-1]) * 2 < len(title):
        parts, seps = parts[:-1], seps[:-1]
    return "".join(p + s for p, s in zip(parts, seps + [""], strict=True))


def _similar(a: str, b: str) -> bool:
    from rapidfuzz import fuzz

    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    return na == nb or fuzz.ratio(na, nb) >= 85 or (min(len(na), len(nb)) >= 20 and (na in nb or nb in na))


def _headings(root: Any) -> list[str]:
    found = []
    for el in root.iter("h1"):
        text = text_of(el, _MAX_TITLE + 1)
        if 3 <= len(text) <= _MAX_TITLE:
            found.append(text)
        if len(found) >= 5:
            break
    return found


def _headline_like(text: str) -> bool:
    """Three words or more (a name or a label, "Original text", is shorter), or a long CJK line."""
    return len(text.split()) >= 3 or (" " not in text and len(text) >= 10)


def site_name(head: HeadTags, ld: LdFacts, url: str | None) -> str | None:
    return (head.get("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name",
                     "twitter:app:name:iphone", "publisher", "dc.publisher")
            or ld.publisher or ld.website or host_name(url))


def headline(root: Any, head: HeadTags, ld: LdFacts, site: str | None, url: str | None) -> str | None:
    """The page's headline. A stated one (JSON-LD, og:title) wins, but when an <h1> says nearly the same
    the visible <h1> is what readers (and citations) copy; <title> is stripped of its site suffix."""
    host = host_name(url)
    stated = [strip_site(t, site, host) for t in (ld.headline, head.get("og:title", "twitter:title",
                                                                          "headline", "dc.title")) if t]
    page_title = strip_site(head.title, site, host, guess=not stated) if head.title else None
    h1s = _headings(root)
    for ref in [*stated, page_title]:
        if ref:
            match = next((h for h in h1s if _similar(h, ref)), None)
            if match:
                # "Tunesien Große Aufgaben…" (a kicker in the <h1>) stated as "Große Aufgaben…": the shorter
                kicker = len(_norm(ref)) < len(_norm(match)) and _norm(match).endswith(_norm(ref))
                return (ref if kicker else match)[:_MAX_TITLE]
    if len(h1s) == 1 and _headline_like(h1s[0]) and not _is_site(h1s[0], site, host):
        return h1s[0][:_MAX_TITLE]  # the one visible headline, where the stated title is an SEO variant
    best = (stated[0] if stated else None) or page_title or (h1s[0] if h1s else None)
    return best[:_MAX_TITLE] if best else None


def canonical_url(head: HeadTags, url: str | None) -> str | None:
    raw = head.link("canonical") or head.get("og:url")
    if not raw or len(raw) > 2000:
        return None
    try:
        absolute = urljoin(url or "", raw)
    except ValueError:
        return None
    return absolute if absolute.startswith(("http://", "https://")) else None


def author(head: HeadTags, ld: LdFacts) -> str | None:
    stated = head.get("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")
    if stated and stated.startswith(("http://", "https://")):  # article:author is often a profile URL
        stated = None
    return ld.author or stated


def language(head: HeadTags, ld: LdFacts) -> str | None:
    lang = (head.language or head.get("og:locale", "content-language", "language", "dc.language")
            or ld.language)
    return lang.replace("_", "-")[:20] if lang else None
