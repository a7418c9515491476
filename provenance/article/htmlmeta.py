"""An HTML article's title, publication date and byline, from its markup and its metadata.

The header of a page often prints today's date (`<span class="today">`); only dates that belong to the
article count: a <time> in the article or its byline, article:published_time and friends, JSON-LD.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from provenance.article import heads
from provenance.dates import find_date

CHROME_TAGS = frozenset(("header", "nav", "footer", "aside"))
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_DATE_META = ("article:published_time", "og:published_time", "og:article:published_time", "datepublished",
              "date", "pubdate", "publishdate", "publish-date", "published_time", "dc.date.issued",
              "dcterms.issued", "dc.date", "parsely-pub-date", "sailthru.date",
              "cxenseparse:recs:publishtime")
_NOT_ARTICLE_DATE = re.compile(r"today|current|clock|now|weather|header", re.I)
_BYLINE_CLASS = re.compile(r"byline|author|writer|contributor|reporter", re.I)
_SITE_SUFFIX = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00b7|\u2022)\s+[^|]{1,60}$")


def text_of(el) -> str:
    return re.sub(r"\s+", " ", el.text_content() or "").strip()


def in_chrome(el) -> bool:
    """Inside the page's header, navigation, footer or sidebar (walks up, never recursion).

    A <header> inside the <article> or <main> is the article's own (headline, byline, date): not chrome.
    """
    node = el
    chrome_header = False
    for _ in range(400):
        if node is None:
            break
        tag = node.tag.lower() if isinstance(node.tag, str) else ""
        if tag in ("nav", "footer", "aside"):
            return True
        if tag == "header":
            chrome_header = True
        elif tag in ("article", "main") and chrome_header:
            return False
        node = node.getparent()
    return chrome_header


def _meta(root, names: tuple[str, ...]) -> list[str]:
    found: list[tuple[int, str]] = []
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        if key in names and el.get("content"):
            found.append((names.index(key), el.get("content").strip()))
    return [v for _, v in sorted(found, key=lambda f: f[0])]


def json_ld(root) -> list[dict]:
    """The JSON-LD objects of the page, flattened through @graph and lists (bounded)."""
    out: list[dict] = []
    for script in root.iter("script"):
        if "ld+json" not in (script.get("type") or "").lower():
            continue
        try:
            data = json.loads(script.text or "")
        except (ValueError, RecursionError):
            continue
        todo = [data]
        while todo and len(out) < 200:
            item = todo.pop()
            if isinstance(item, list):
                todo.extend(item[:200])
            elif isinstance(item, dict):
                out.append(item)
                if isinstance(item.get("@graph"), list):
                    todo.extend(item["@graph"][:200])
    return out


def day(value: str | None) -> dt.date | None:
    if not value:
        return None
    m = _ISO_DAY.match(value)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    hit = find_date(value)
    return hit[0] if hit else None


def title(root, container) -> str | None:
    for h1 in container.iter("h1"):
        if not in_chrome(h1) and text_of(h1):
            return text_of(h1)
    for value in _meta(root, ("og:title", "twitter:title", "headline")):
        return value
    for item in json_ld(root):
        if isinstance(item.get("headline"), str) and item["headline"].strip():
            return re.sub(r"\s+", " ", item["headline"]).strip()
    for el in container.iter():  # <div class="headline">, <p class="article-title">: a headline without <h1>
        marks = (el.get("class") or "") + " " + (el.get("itemprop") or "") if isinstance(el.tag, str) else ""
        if re.search(r"\b(?:headline|article-title|entry-title|story-title|post-title)\b", marks, re.I) \
                and not in_chrome(el) and 0 < len(text_of(el)) <= 300:
            return text_of(el)
    for el in root.iter("title"):
        text = text_of(el)
        if text:
            return _SITE_SUFFIX.sub("", text).strip() or text
    return None


def published(root, container, byline_el) -> dt.date | None:
    times = [t for t in container.iter("time") if not in_chrome(t) and not _not_article(t)]
    if byline_el is not None:
        for t in byline_el.iter("time"):
            found = day(t.get("datetime")) or day(text_of(t))
            if found:
                return found
    for t in times:
        if t.get("itemprop", "").lower() == "datepublished" or t.get("pubdate") is not None:
            found = day(t.get("datetime")) or day(text_of(t))
            if found:
                return found
    for value in _meta(root, _DATE_META):
        if day(value):
            return day(value)
    for item in json_ld(root):
        found = day(str(item.get("datePublished") or item.get("dateCreated") or ""))
        if found:
            return found
    for t in times:
        found = day(t.get("datetime")) or day(text_of(t))
        if found:
            return found
    if byline_el is not None:
        return heads.byline_and_date(text_of(byline_el))[1] or day(text_of(byline_el))
    return None


def _not_article(el) -> bool:
    node = el
    for _ in range(4):
        if node is None:
            return False
        if _NOT_ARTICLE_DATE.search((node.get("class") or "") + " " + (node.get("id") or "")):
            return True
        node = node.getparent()
    return False


def byline_element(container):
    for el in container.iter():
        if not isinstance(el.tag, str) or in_chrome(el):
            continue
        marks = (el.get("class") or "") + " " + (el.get("id") or "") + " " + (el.get("itemprop") or "")
        if el.get("rel") == "author" or (_BYLINE_CLASS.search(marks) and el.tag not in ("article", "main",
                                                                                           "body", "html")):
            if 0 < len(text_of(el)) <= 200:
                return el
    return None


def byline(root, byline_el) -> str | None:
    if byline_el is not None:
        text = text_of(byline_el)
        for t in byline_el.iter("time"):
            text = text.replace(text_of(t), " ")
        name = heads.byline_and_date(text.strip(" \u00b7|\u2022-\u2013\u2014,"))[0]
        if name:
            return name.strip(" \u00b7|\u2022-\u2013\u2014,")
    for value in _meta(root, ("author", "article:author", "byl", "sailthru.author", "parsely-author")):
        if not value.startswith("http"):
            return heads.byline_and_date(value)[0] or value
    for item in json_ld(root):
        author = item.get("author")
        if isinstance(author, list):
            author = author[0] if author else None
        if isinstance(author, dict):
            author = author.get("name")
        if isinstance(author, str) and author.strip():
            return author.strip()
    return None


_OG_IMAGE = ("og:image", "og:image:url", "og:image:secure_url")


def og_image(root) -> tuple[str, str | None, int] | None:
    """The page's share image (`og:image`): its address, its `og:image:alt` and the meta tag's line."""
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        if key in _OG_IMAGE and (el.get("content") or "").strip():
            alt = _meta(root, ("og:image:alt",))
            return el.get("content").strip(), (alt[0] if alt else None), el.sourceline or 1
    return None


def image_src(img) -> str | None:
    """An <img>'s file: `src`, a lazy loader's `data-src`, else the first `srcset` candidate of the image
    or of its <picture>'s <source> (the same picture at another size)."""
    for name in ("src", "data-src", "data-original", "data-lazy-src"):
        value = (img.get(name) or "").strip()
        if value and not value.startswith("data:image/gif"):  # a lazy loader's 1-pixel placeholder
            return value
    sets = [img.get("srcset"), img.get("data-srcset")]
    picture = next((a for a in img.iterancestors("picture")), None)  # libxml2 may nest <img> in a <source>
    if picture is not None:
        sets += [s.get("srcset") for s in picture.iter("source")]
    for srcset in sets:
        first = (srcset or "").split(",")[0].strip().split(" ")[0]
        if first:
            return first
    return (img.get("src") or "").strip() or None
