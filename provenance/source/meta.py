"""The page's <meta> tags and <link rel> values, gathered once."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from provenance.source.tree import text_of

_MAX_META = 2_000


@dataclass(frozen=True)
class HeadTags:
    meta: tuple[tuple[str, str], ...]  # (lowercased name/property/itemprop, content) in page order
    links: tuple[tuple[str, str], ...]  # (lowercased rel, href)
    title: str | None  # the <title> text
    language: str | None  # <html lang>

    def get(self, *keys: str) -> str | None:
        """The first non-empty content among keys, in the order of keys (earlier keys win)."""
        return next(self.values(*keys), None)

    def values(self, *keys: str) -> Iterator[str]:
        """Every non-empty content among keys, in the order of keys."""
        for key in keys:
            for name, content in self.meta:
                if name == key and content:
                    yield content

    def link(self, rel: str) -> str | None:
        return next((href for r, href in self.links if rel in r.split() and href), None)


def read_head(root: Any) -> HeadTags:
    meta: list[tuple[str, str]] = []
    for el in root.iter("meta"):
        if len(meta) >= _MAX_META:
            break
        content = el.get("content")
        if content is None:
            content = el.get("value") or ""
        content = " ".join(content.split())[:1000]
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = el.get(attr)
            if key:
                meta.append((key.strip().lower(), content))
    links: list[tuple[str, str]] = []
    for el in root.iter("link"):
        rel, href = el.get("rel"), el.get("href")
        if rel and href and len(links) < _MAX_META:
            links.append((rel.lower(), href.strip()))
    title_el = root.find(".//title")
    title = (text_of(title_el, 1000) if title_el is not None else "") or None
    lang = root.get("lang") or root.get("xml:lang")
    return HeadTags(tuple(meta), tuple(links), title, lang.strip()[:20] if lang else None)
