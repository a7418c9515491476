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
_HIDDEN = re.compile(r"sr-only|visually-?hidden|screen-?reader|hidden|invisible|offscreen", re.I)


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


def _home_link(el: Any, url: str | None) -> bool:
    """Whether an <h1>'s text is all one link to the site's home page: a logo, the site's name."""
    links = el.findall(".//a")
    if len(links) != 1 or _norm(text_of(links[0], 500)) != _norm(text_of(el, 500)):
        return False
    href = (links[0].get("href") or "").strip()
    try:
        target = urlsplit(urljoin(url or "", href))
    except ValueError:
        return False
    same_site = not url or not target.netloc or host_name(target.geturl()) == host_name(url)
    home = target.path.strip("/") in ("", "index.html", "index.php", "home")
    return same_site and home and not target.query


def _headings(root: Any, url: str | None = None) -> tuple[list[str], list[str]]:
    """The page's <h1> texts, and those that are the site's name (a link home) rather than a headline."""
    found: list[str] = []
    logos: list[str] = []
    for el in root.iter("h1"):
        text = text_of(el, _MAX_TITLE + 1)
        if 3 <= len(text) <= _MAX_TITLE:
            (logos if _home_link(el, url) else found).append(text)
        if len(found) + len(logos) >= 5:
            break
    return found, logos


def _headline_like(text: str) -> bool:
    """Three words or more (a name or a label, "Original text", is shorter), or a long CJK line."""
    return len(text.split()) >= 3 or (" " not in text and len(text) >= 10)


def _strip_names(title: str, site: str | None, logos: list[str], host: str | None, *,
                 guess: bool = False) -> str:
    """The title without the site's name, stated or shown in a logo <h1> ("Enchufla - Salsa - Rueda")."""
    for logo in logos:
        title = strip_site(title, logo, None)
    return strip_site(title, site, host, guess=guess)


def site_name(head: HeadTags, ld: LdFacts, url: str | None) -> str | None:
    return (head.get("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name",
                     "twitter:app:name:iphone", "publisher", "dc.publisher")
            or ld.publisher or ld.website or host_name(url))


def _opening_heading(body: tuple[Any, ...]) -> str | None:
    """The text the body opens with, when it is a heading (<h2>, <h3>): a page without <h1> (a review, a
    blog theme's post) shows its headline there."""
    for node in body[:1]:
        hidden = None
        for el in node.iter():
            if not isinstance(el.tag, str) or (hidden is not None and hidden in el.iterancestors()):
                continue
            if el.tag in ("h2", "h3"):
                if _HIDDEN.search(f"{el.get('class') or ''} {el.get('id') or ''}"):
                    hidden = el  # "Hauptinhalt", "Main content": a heading for screen readers
                    continue
                text = text_of(el, _MAX_TITLE + 1)
                return text if len(text.split()) >= 3 and len(text) <= _MAX_TITLE else None
            if el.text and el.text.strip() and el.tag not in ("script", "style", "template"):
                return None  # the body opens with text, not a heading
    return None


def headline(root: Any, head: HeadTags, ld: LdFacts, site: str | None, url: str | None,
             body: tuple[Any, ...] = ()) -> str | None:
    """The page's headline, without a date in front of it."""
    found = _headline(root, head, ld, site, url, body)
    return _without_date(found) if found else None


def _headline(root: Any, head: HeadTags, ld: LdFacts, site: str | None, url: str | None,
              body: tuple[Any, ...]) -> str | None:
    """A stated headline (JSON-LD, og:title) wins, but when an <h1> says nearly the same the visible <h1>
    is what readers (and citations) copy; <title> is stripped of its site suffix."""
    host = host_name(url)
    h1s, logos = _headings(root, url)
    if not h1s:
        opening = _opening_heading(body)
        h1s = [opening] if opening else []
    stated = [_strip_names(t, site, logos, host) for t in (ld.headline, head.get(
        "og:title", "twitter:title", "headline", "dc.title")) if t]
    page_title = _strip_names(head.title, site, logos, host, guess=not stated) if head.title else None
    for ref in [*stated, page_title]:
        if ref:
            match = next((h for h in h1s if _similar(h, ref)), None)
            if match:
                # "Tunesien Große Aufgaben…" (a kicker in the <h1>) stated as "Große Aufgaben…": the shorter
                kicker = len(_norm(ref)) < len(_norm(match)) and _norm(match).endswith(_norm(ref))
                # "Was wir … hören wollen | FASSETTE.NET" (a name in the <h1>) stated without it: the stated
                named = _named_in(match, ref, site, host)
                return (ref if kicker or named else match)[:_MAX_TITLE]
    if len(h1s) == 1 and _headline_like(h1s[0]) and not _is_site(h1s[0], site, host):
        return h1s[0][:_MAX_TITLE]  # the one visible headline, where the stated title is an SEO variant
    best = (stated[0] if stated else None) or page_title or (h1s[0] if h1s else None)
    return best[:_MAX_TITLE] if best else None


_DOMAIN = re.compile(r"\w\.[a-z]{2,6}$", re.I)


def _named_in(h1: str, ref: str, site: str | None, host: str | None) -> bool:
    """Whether the <h1> is the stated headline plus a name ("… | FASSETTE.NET", "… - Civic Wire")."""
    parts = _SEPARATOR.split(h1)
    if len(parts) < 2:
        return False
    for extra, rest in ((parts[-1], parts[0]), (parts[0], parts[-1])):
        if _norm(rest) == _norm(ref) and (_is_site(extra, site, host) or _DOMAIN.search(extra.strip())):
            return True
    return False


_DATE_SEGMENT = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\.?")


def _without_date(title: str) -> str:
    """"23.01.2022 - Wierer darf jubeln": the date before a separator is the page's date, not headline."""
    parts = _SEPARATOR.split(title, maxsplit=1)
    return parts[1] if len(parts) == 2 and _DATE_SEGMENT.fullmatch(parts[0].strip()) and parts[1] else title


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
