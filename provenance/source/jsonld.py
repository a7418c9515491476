"""The facts a page states about itself in JSON-LD (schema.org), read from its ld+json scripts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

_MAX_SCRIPT = 1_000_000
_MAX_NODES = 5_000
# Types whose headline and dates are the page's own (not a breadcrumb, an organisation or a video in it).
_ARTICLE_TYPES = ("article", "posting", "report", "newsarticle", "blogposting", "webpage", "creativework",
                  "scholarly", "review", "story", "liveblog", "opinion", "analysis", "techarticle")


@dataclass(frozen=True)
class LdFacts:
    headline: str | None = None
    published: str | None = None  # as written, parsed by the caller
    modified: str | None = None
    publisher: str | None = None
    author: str | None = None
    url: str | None = None
    language: str | None = None
    website: str | None = None  # the name of the schema.org WebSite or Organization the page belongs to
    article_body: str | None = None  # the article's text as the publisher states it (pages built by script)


def _objects(data: Any) -> list[dict]:
    """Every JSON object in data, breadth-first, bounded in count (no recursion)."""
    found: list[dict] = []
    queue = [data]
    while queue and len(found) < _MAX_NODES:
        item = queue.pop(0)
        if isinstance(item, dict):
            found.append(item)
            queue.extend(v for v in item.values() if isinstance(v, (dict, list)))
        elif isinstance(item, list):
            queue.extend(v for v in item[:_MAX_NODES] if isinstance(v, (dict, list)))
    return found


def _types(obj: dict) -> list[str]:
    t = obj.get("@type")
    items = t if isinstance(t, list) else [t]
    return [x.lower() for x in items if isinstance(x, str)]


def _name(value: Any) -> str | None:
    """A person's or organisation's name, from a string, an object or a list of them."""
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value[:10]) if n]
        return ", ".join(names) or None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip():
        return " ".join(value.split())[:300]
    return None


def _text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url") or value.get("name")
    return " ".join(value.split())[:500] if isinstance(value, str) and value.strip() else None


def _long_text(value: Any) -> str | None:
    return value[:500_000] if isinstance(value, str) and value.strip() else None


def _rank(obj: dict) -> int:
    """Prefer articles to web pages to anything else that carries a date or headline."""
    types = _types(obj)
    if any(t in ("newsarticle", "article", "blogposting", "reportagenewsarticle") or "article" in t
           for t in types):
        return 3
    if any(any(a in t for a in _ARTICLE_TYPES) for t in types):
        return 2 if "webpage" not in types else 1
    return 0


def read_jsonld(root: Any) -> LdFacts:
    objects: list[dict] = []
    for script in root.iterfind(".//script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        raw = (script.text or "").strip()[:_MAX_SCRIPT]
        try:
            data = json.loads(raw, strict=False)
        except (ValueError, RecursionError):
            continue
        objects.extend(_objects(data))
    owners = {"website", "organization", "newsmediaorganization"}
    website = next((n for o in objects if owners & set(_types(o)) for n in [_name(o.get("name"))] if n), None)
    candidates = sorted((o for o in objects if _rank(o) > 0), key=_rank, reverse=True)
    if not candidates:
        return LdFacts(website=website)

    def first(*keys: str, read=_text) -> str | None:
        for obj in candidates:
            for key in keys:
                value = read(obj.get(key))
                if value:
                    return value
        return None

    return LdFacts(
        headline=first("headline", "name", read=_name),
        published=first("datePublished", "dateCreated"),
        modified=first("dateModified"),
        publisher=first("publisher", "sourceOrganization", read=_name),
        author=first("author", "creator", read=_name),
        url=first("url", "mainEntityOfPage"),
        language=first("inLanguage"),
        website=website,
        article_body=first("articleBody", read=_long_text),
    )
