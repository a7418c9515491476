"""Reading a source page: headline, site, dates, canonical URL and main text (see read_source)."""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable
from typing import Any

from provenance.models import SourceDoc
from provenance.source.charset import decode_html

log = logging.getLogger(__name__)

__all__ = ["decode_html", "read_source"]


def _looks_like_html(head: str, content_type: str | None) -> bool:
    """Whether a page is HTML, by its type, else by its first 5,000 characters (`head`)."""
    kind = (content_type or "").split(";")[0].strip().lower()
    if kind in ("text/html", "application/xhtml+xml"):
        return True
    if kind and kind != "application/octet-stream":
        return False
    start = head[:1000].lstrip().lower()
    return start.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head.lower()


def _plain(content: str, url: str | None, sha: str) -> SourceDoc:
    first = next((line.strip() for line in content.splitlines() if line.strip()), "")
    return SourceDoc(url=url, title=first[:400] or None, site=None, published=None, text=content, sha256=sha)


def read_source(content: str | bytes, *, url: str | None = None, content_type: str | None = "text/html",
                today: dt.date | None = None, on_tree: Callable[[Any], None] | None = None,
                sha256: str | None = None) -> SourceDoc:
    """What a page says about itself and its main text. Plain text: the first line is the title.

    `content` is the page's text, or that text's UTF-8 bytes (the cheaper form to send between
    processes; FetchResult.as_utf8), whose sha256 the caller may pass when it has it (the fetch layer
    hashes every body). `on_tree`, when given, is also shown the parsed HTML tree
    (read-only), for a caller that wants more of the page than a SourceDoc holds without parsing it again.
    Never raises on hostile input (huge, deeply nested, broken): at worst a SourceDoc with text=""."""
    if isinstance(content, bytes):
        data = content
        head = data[:20_000].decode("utf-8", "ignore")[:5000]
    else:
        data = content.encode("utf-8", "surrogatepass")
        head = content[:5000]
    sha = sha256 or hashlib.sha256(data).hexdigest()
    if not _looks_like_html(head, content_type):
        return _plain(content if isinstance(content, str) else data.decode("utf-8", "replace"), url, sha)
    try:
        return _read_html(data, url, sha, today, on_tree)
    except Exception:  # noqa: BLE001
        # the contract is "never raises on a page": one that breaks an assumption is unreadable, not fatal
        log.warning("could not read the page %s; it is read as empty", url, exc_info=True)
        return SourceDoc(url=url, title=None, site=None, published=None, text="", sha256=sha)


def _headline_regions(root: Any, body: tuple[Any, ...]) -> tuple[Any, ...]:
    """Where a visible dateline is printed: around the headline, and the top of the body."""
    h1 = root.find(".//h1")
    near = h1.getparent() if h1 is not None else None
    if near is not None and near.getparent() is not None and len(near) <= 2:
        near = near.getparent()
    return tuple(r for r in (near, *body[:2]) if r is not None)


def _read_html(data: bytes, url: str | None, sha: str, today: dt.date | None,
               on_tree: Callable[[Any], None] | None) -> SourceDoc:
    from provenance.source import metadata
    from provenance.source.body import find_body
    from provenance.source.headline import read_headlines
    from provenance.source.jsonld import read_jsonld
    from provenance.source.meta import read_head
    from provenance.source.outside import page_rest
    from provenance.source.published import modified_date, published_date
    from provenance.source.text import page_text, stated_body
    from provenance.source.tree import parse_page

    root, cut = parse_page(data)
    if root is None:
        return SourceDoc(url=url, title=None, site=None, published=None, text="", sha256=sha)
    if on_tree is not None:
        on_tree(root)
    head = read_head(root)
    ld = read_jsonld(root)
    site = metadata.site_name(head, ld, url)
    body = find_body(root)
    text = page_text(root, body)
    if cut:  # the tree stops where libxml2 gave up: the page read flat holds all of it
        from provenance.source.flat import flat_text
        from provenance.source.tree import MAX_BYTES

        text = flat_text(data[:MAX_BYTES].decode("utf-8", "replace")) or text
    if ld.article_body and len(ld.article_body) > 2 * len(text) + 200:
        # a page built by script: its body is in JSON-LD only (or more fully there than in the markup)
        text = stated_body(ld.article_body)
    headlines = read_headlines(root, head, ld, site, url, body.nodes)
    rest = page_rest(root, text)
    return SourceDoc(
        url=url,
        title=headlines.chosen,
        titles=headlines.credible,
        rest=rest,
        site=site,
        published=published_date(root, head, ld, url, data, today, _headline_regions(root, body.nodes)),
        text=text,
        canonical=metadata.canonical_url(head, url),
        modified=modified_date(head, ld, today),
        author=metadata.author(head, ld),
        language=metadata.language(head, ld),
        sha256=sha,
    )
