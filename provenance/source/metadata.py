"""A page's site name, canonical URL, author and language, from its own statements; site names in titles."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from provenance.source.jsonld import LdFacts
from provenance.source.meta import HeadTags

# " | Site", " - Site", " — Site", " :: Site", " · Site", " « Site" (spaces required: "well-known" stays).
SEPARATOR = re.compile(r"\s+(?:[|\-–—·•»«:]{1,2}|::)\s+")


def norm(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def host_name(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host[4:] if host and host.startswith("www.") else host


def is_site(segment: str, site: str | None, host: str | None) -> bool:
    """Whether a title segment names the site ("The Guardian", "guardian.com", "NYTimes.com")."""
    seg = norm(segment).replace(" ", "")
    if not seg:
        return True
    names = [norm(site).replace(" ", "")] if site else []
    if host:
        names.append(norm(host.rsplit(".", 1)[0]).replace(" ", ""))
        names.append(norm(host).replace(" ", ""))
    # "Guardian" for "The Guardian", "Gregory Szorc's Digital Home" for gregoryszorc.com; not a headline
    # that holds the name ("GdP-Vize Klemmer: …" on gdp.de)
    return any(n and (seg == n or (len(seg) >= 3 and (seg in n or (n in seg and len(seg) <= 2 * len(n)))))
               for n in names)


def strip_site(title: str, site: str | None, host: str | None, *, guess: bool = False) -> str:
    """The title without the site's name before or after a separator. With guess, a short last segment
    is taken for a site name even when it does not match one (only for <title>, which usually has one)."""
    if site and len(site) >= 3 and title.endswith(site) and len(title) > len(site) + 10:
        head = title[: -len(site)].rstrip()
        if head and head[-1] in "|-–—·•»«:_/：｜":  # "Headline:Site", "Headline_Site" (no spaces)
            return head[:-1].rstrip()
    parts = SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    seps = SEPARATOR.findall(title)
    while len(parts) > 1 and is_site(parts[-1], site, host):
        parts, seps = parts[:-1], seps[:-1]
    while len(parts) > 1 and is_site(parts[0], site, host):
        parts, seps = parts[1:], seps[1:]
    if guess and len(parts) > 1 and len(parts[-1].split()) <= 4 and len(parts[-1]) * 2 < len(title):
        parts, seps = parts[:-1], seps[:-1]
    return "".join(p + s for p, s in zip(parts, seps + [""], strict=True))


def site_name(head: HeadTags, ld: LdFacts, url: str | None) -> str | None:
    return (head.get("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name",
                     "twitter:app:name:iphone", "publisher", "dc.publisher")
            or ld.publisher or ld.website or host_name(url))


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
