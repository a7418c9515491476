"""YAML front matter of a Markdown article: title, date and author, read leniently.

Broken YAML never stops the article from being read: its simple `key: value` lines are used instead.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from provenance.article import heads
from provenance.dates import find_date

log = logging.getLogger(__name__)

_DATE_KEYS = ("date", "published", "pubdate", "publishdate", "date_published", "datepublished", "created")
_AUTHOR_KEYS = ("author", "authors", "byline", "by", "creator", "creators")


_META_LINE = re.compile(r"^(?:title|date|author|authors|published|slug|category|tags)\s*:\s*\S", re.I)
_FIELD = re.compile(r"^[A-Za-z][\w-]{0,40}\s*:\s*\S")


def front_matter(lines: list[str]) -> tuple[dict, int]:
    """The YAML front matter as a dict (empty when absent or broken) and the first line after it."""
    if lines and _META_LINE.match(lines[0]):  # Pelican/MultiMarkdown: "Title: …" lines, then a blank line
        end = next((k for k in range(min(len(lines), 60)) if not lines[k].strip()), None)
        if end is not None and all(_FIELD.match(ln) for ln in lines[:end]):
            return simple_pairs(lines[:end]), end
    if not lines or lines[0].strip() != "---":
        return {}, 0
    for end in range(1, min(len(lines), 500)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return {}, 0
    try:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10x the pure-Python parser
        meta = yaml.load("\n".join(lines[1:end]), Loader=loader)  # noqa: S506 - a safe loader
    except Exception:  # noqa: BLE001 - malformed YAML: read its simple "key: value" lines, if any
        log.debug("front matter is not valid YAML; reading its key: value lines", exc_info=True)
        meta = simple_pairs(lines[1:end])
    return (meta if isinstance(meta, dict) else {}), end + 1


def simple_pairs(lines: list[str]) -> dict:
    """`title: Brexit: the deal` is not valid YAML, but its meaning is plain; half-quoted values are not."""
    pairs: dict = {}
    for line in lines:
        m = re.match(r"^([A-Za-z][\w-]{0,40})\s*:\s*(.+?)\s*$", line)
        if not m:
            continue
        value = m.group(2)
        if value[0] in "'\"" and (len(value) < 2 or value[-1] != value[0]):
            continue  # an unterminated quotation
        if value.startswith("[") and value.endswith("]"):
            pairs[m.group(1).lower()] = [v.strip().strip("'\"") for v in value[1:-1].split(",")]
        elif value.count("[") == value.count("]") and value.count("{") == value.count("}"):
            pairs[m.group(1).lower()] = value.strip("'\"")
    return pairs


def meta_text(meta: dict, keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str | int | float) and str(value).strip():
            return re.sub(r"\s+", " ", str(value)).strip()
    return None


def meta_date(meta: dict) -> dt.date | None:
    for key in _DATE_KEYS:
        value = meta.get(key)
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str):
            found = find_date(value)
            if found:
                return found[0]
    return None


def meta_author(meta: dict) -> str | None:
    for key in _AUTHOR_KEYS:
        value = meta.get(key)
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, list):
            names = [v.get("name") if isinstance(v, dict) else v for v in value]
            value = ", ".join(str(n).strip() for n in names if isinstance(n, str) and n.strip())
        if isinstance(value, str) and value.strip():
            value = value.strip()
            return heads.byline_and_date(value)[0] or value
    return None
