"""Source-list entries -> Citations; body links outside the list -> inline Citations.

An entry is read in a fixed order, each step masking what it took so the next cannot take it again:
its label, its URLs, a "Retrieved …" date (never the publication date), its title (quoted, linked, or
found from the entry's shape), its publication date, and its publisher (what is left beside the title).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from urllib.parse import urlsplit

from provenance.article.blocks import Block, SourceEntry
from provenance.article.entry_parts import (
    PAIRS,
    access_date_spans,
    clean_publisher,
    mask,
    publisher_in_title,
    quoted_title,
    split_plain,
)
from provenance.article.links import find_urls, is_source_link, trim_url
from provenance.article.quoteties import plain_digits
from provenance.dates import find_date, find_partial_date
from provenance.models import Citation
from provenance.urls import document_key, url_host

_FOOTNOTE = re.compile(r"\s*\[\^([^\]\s]{1,40})\]:?\s*")
# "[1]", "(1)", "^1", "1.", "1)", "1:", "#1", "¹", "[S1]", "Source 1:", "Ref. 1."
_LABEL = re.compile(
    r"\s*(?:\[([A-Za-z]{0,3}\d{1,4})\]|\((\d{1,4})\)|\^\s?(\d{1,4})|#(\d{1,4})|([\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})"
    r"|(?:(?:[Ss]ource|[Ss]rc|[Rr]ef(?:erence)?|[Nn]ote|[Qq]uelle|[Ff]uente)\.?\s?)?(\d{1,4})[.):])(?=\s|$)\s*")
_BARE_NUMBER = re.compile(r"\s*(\d{1,4})\s+(?=\S)")
_CARET = re.compile(r"\s*(?:\^(?:\s+[a-z](?=\s))*|[•·▪►‣◦*–—-](?=\s))\s*")  # "^ a b" back-links; bullets
_BARE_ADDRESS = re.compile(
    r"(?<![\w@/.:-])(?:[a-z0-9][a-z0-9-]{0,62}\.){1,6}[a-z]{2,12}/[^\s<>\"“”«»]{0,2000}", re.IGNORECASE)
_DATE_LEAD = re.compile(r"\b(?:published|posted|updated|dated|date|publié|publié le|mis en ligne le|"
                        r"veröffentlicht|veröffentlicht am|publicado|publicado el|pubblicato)"
                        r"\s*(?:on|am|le|el|il)?\s*:?\s*$", re.IGNORECASE)
_BARE_HOST = re.compile(r"(?:www\.)?(?:[a-z0-9][a-z0-9-]{0,62}\.){1,6}[a-z]{2,12}/?", re.IGNORECASE)
_URLISH = re.compile(r"^\s*(?:https?://|www\.|doi:|10\.\d{4,9}/)", re.IGNORECASE)
_OTHER_SCHEME = re.compile(r"(?!https?:|doi:)[a-z][a-z0-9+.-]{0,30}:", re.IGNORECASE)


def parse_entries(entries: tuple[SourceEntry, ...]) -> tuple[Citation, ...]:
    """One Citation per entry, in order; ids are the printed labels, else 1, 2, 3…"""
    citations: list[Citation] = []
    previous: int | None = None
    numbers = [m and int(m[1]) for m in (_BARE_NUMBER.match(e.block.text) for e in entries)]
    counted = all(numbers) and all(a < b for a, b in itertools.pairwise(numbers))  # type: ignore[operator]
    for index, entry in enumerate(entries, 1):
        label, kind, offset, raw = _label(entry, index, None if counted else previous, counted)
        if label is not None and label.isdigit():
            previous = int(label)
        citations.append(_citation(entry.block, offset, label or str(index), kind, raw))
    return tuple(citations)


def _link_only(block: Block) -> bool:
    """A block that is nothing but its links (a menu item, a related headline, an archive month): page
    furniture around the article, never a citation in the writer's prose."""
    linked = sum(link.end - link.start for link in block.links)
    return bool(block.links) and linked >= 0.8 * len(block.text.strip())


def inline_citations(body: tuple[Block, ...], listed: tuple[Citation, ...]) -> tuple[Citation, ...]:
    """Every link in the body's prose that is a possible source and not already listed, as "L1", "L2"…"""
    seen = {document_key(c.url) for c in listed if c.url}
    found: list[Citation] = []
    for block in body:
        if _link_only(block):
            continue
        for link in block.links:
            if not is_source_link(link.url):
                continue
            key = document_key(link.url)
            if key in seen:
                continue
            seen.add(key)
            anchor = block.text[link.start:link.end].strip() or None
            line, column = block.position(link.start)
            outlet = anchor if anchor and names_the_site(anchor, link.url) else None
            found.append(Citation(id=f"L{len(found) + 1}", raw=anchor or link.url, publisher=outlet,
                                  title=None if outlet else anchor, date=None, url=link.url, line=line,
                                  column=column, kind="inline"))
    return tuple(found)


def names_the_site(anchor: str, url: str) -> bool:
    """Whether a link's text is the name of the site it links to ("Medium", "Pixel & Press", "AP"), which
    credits an outlet and cites no title."""
    words = anchor.split()
    if not 1 <= len(words) <= 4 or not anchor[:1].isupper():
        return False
    key = re.sub(r"[^a-z0-9]", "", anchor.lower().replace("&", "and").removeprefix("the "))
    host = url_host(url)
    labels = host.split(".")[:-1] or [host]
    if len(key) >= 3:
        return any(key in re.sub(r"[^a-z0-9]", "", label) for label in labels)
    return bool(key) and anchor.isupper() and labels[0].startswith(key)  # "AP" on apnews.com


def _label(entry: SourceEntry, index: int, previous: int | None,
           counted: bool = False) -> tuple[str | None, str, int, str]:
    """(label, kind, offset of the entry's own text in block.text, the entry as written)."""
    text = entry.block.text
    if entry.label is not None:
        label = entry.label.strip()
        kind = "list" if label.isdigit() else "footnote"
        m = _FOOTNOTE.match(text) or _LABEL.match(text)
        if m:  # the reader left the label in the text
            return label, "footnote" if m.re is _FOOTNOTE else kind, m.end(), text.strip()
        return label, kind, 0, f"{label} {text.strip()}" if kind == "list" else text.strip()
    m = _FOOTNOTE.match(text)
    if m:
        return m[1], "footnote", m.end(), text.strip()
    m = _LABEL.match(text)
    if m:
        return plain_digits(next(g for g in m.groups() if g)), "list", m.end(), text.strip()
    m = _BARE_NUMBER.match(text)
    # A bare leading number is a label only when it counts the entries ("3 Yahoo Finance, …"; every entry
    # numbered in rising order), not a publisher's name ("10 Downing Street, …").
    if m and (counted or int(m[1]) in (index, (previous or 0) + 1)):
        return m[1], "list", m.end(), text.strip()
    m = _CARET.match(text)
    return None, "list", m.end() if m else 0, text.strip()


# A title ending in an abbreviation keeps its full stop ("… in the U.S.", "… Inc.").
_ABBREVIATED = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|St|Dr|Mr|Mrs|Ms|vs|etc|No)\.$")
_MAX_ENTRY = 4000  # characters of an entry read for its parts; a longer one is not a real reference


def _citation(block: Block, offset: int, cid: str, kind: str, raw: str) -> Citation:
    text = block.text[:_MAX_ENTRY]
    n = len(text)
    taken = [False] * n
    for i in range(offset):
        taken[i] = True
    # URLs printed in the entry, then the entry's links.
    url = _entry_link(block)
    printed = find_urls(text[offset:])
    explicit = any("://" in text[offset + start:offset + end] for start, end, _ in printed)
    for start, end, found in printed:
        shown = text[offset + start:offset + end]
        named = explicit or text[offset + end:offset + end + 1] == ","
        if "://" not in shown and "/" not in shown and named:
            continue  # "www.emotion.de, "Title"", or beside the link itself: the site named as publisher
        mask(taken, offset + start, offset + end)
        url = url or found
    for bare in _BARE_ADDRESS.finditer(text, offset):  # "reuters.com/chips": a schemeless address
        if not any(taken[bare.start():bare.end()]):
            address = trim_url(bare[0])
            mask(taken, bare.start(), bare.start() + len(address))
            url = url or "https://" + address
    for start, end in access_date_spans(text, taken):
        mask(taken, start, end)
    title, tspan = quoted_title(text, taken)
    anchor, aspan = _link_title(block, taken)
    if aspan is not None and (tspan is None or aspan[0] <= tspan[0] < aspan[1]):
        # A linked title is the whole anchor, even when it quotes something ("… – ‘The plague is coming’").
        title, tspan = anchor, aspan
        if anchor and len(anchor) >= 2 and anchor[0] in PAIRS and anchor[-1] in PAIRS[anchor[0]]:
            title, tspan = anchor[1:-1].strip(), (aspan[0] + 1, aspan[1] - 1)
    if tspan is not None:
        mask(taken, *tspan)
        mla = re.match(r"[\"\u201d\u2019'»]\s+[^\W\d_]", text[tspan[1]:tspan[1] + 4])
        full_stop = bool(title) and title is not None and title.endswith(".") and not title.endswith("..")
        if mla and full_stop and title is not None and not _ABBREVIATED.search(title):
            title = title[:-1]  # MLA's '"A Decade of Chips." Wired': the full stop is the style's
    date_text, date, dspan = _date(text, taken)
    if dspan is not None:
        mask(taken, *dspan)
    rest = "".join(c if not t else "\x00" for c, t in zip(text, taken, strict=True))
    if tspan is not None:
        publisher = _publisher_beside(rest, tspan, dspan)
    else:
        title, publisher = split_plain(rest, url)
    if publisher is None and title and publisher_in_title(title, url):
        publisher, title = publisher_in_title(title, url)  # type: ignore[misc]
    line, column = block.position(0)
    return Citation(id=cid, raw=raw, publisher=publisher, title=title, date=date, url=url, line=line,
                    column=column, kind=kind, date_text=date_text)


def _entry_link(block: Block) -> str | None:
    """The entry's link: a link on words or to a page before a bare domain auto-linked as the publisher
    ("www.example.com, [Title](https://www.example.com/story)": the story, not the home page)."""
    links = [link for link in block.links if is_source_link(link.url)]
    for link in links:
        anchor = block.text[link.start:link.end].strip()
        on_domain = bool(_BARE_HOST.fullmatch(anchor)) or _URLISH.match(anchor) is not None
        if not (on_domain and _is_home(link.url)):
            return link.url
    if links:
        return links[0].url
    # a link of another scheme (file:, ftp:, javascript:, data:) is still the entry's link: the fetcher
    # names it refused, rather than the entry passing for one without a link
    return next((link.url for link in block.links if _OTHER_SCHEME.match(link.url.strip())), None)


def _is_home(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def _link_title(block: Block, taken: list[bool]) -> tuple[str | None, tuple[int, int] | None]:
    """The anchor text of the entry's link, when it is words (not the URL itself)."""
    for link in block.links:
        anchor = block.text[link.start:link.end]
        if link.end > len(taken) or not anchor.strip() or _URLISH.match(anchor) \
                or _BARE_ADDRESS.fullmatch(anchor.strip()):
            continue
        if all(taken[link.start:link.end]):
            continue
        stripped = anchor.strip()
        lead = len(anchor) - len(anchor.lstrip())
        return stripped.rstrip(","), (link.start + lead, link.start + lead + len(stripped))
    return None, None


def _date(text: str, taken: list[bool]) -> tuple[str | None, dt.date | None, tuple[int, int] | None]:
    free = "".join(" " if t else c for c, t in zip(text, taken, strict=True))
    hit = find_date(free)
    if hit:
        value, start, end = hit
        lead = _DATE_LEAD.search(free, max(0, start - 30), start)
        if lead:  # "(published 18.11.2019)": the label goes with the date
            return text[start:end], value, (lead.start(), end)
        return text[start:end], value, (start, end)
    span = find_partial_date(free)
    if span:
        start, end = span
        shown = text[start:end].strip("() ")
        return shown, None, (start, end)
    return None, None, None


def _publisher_beside(rest: str, tspan: tuple[int, int], dspan: tuple[int, int] | None) -> str | None:
    """The publisher printed before the title (`Outlet, "Title"`) or after it (`"Title". Outlet.`)."""
    before = clean_publisher(rest[:tspan[0]])
    after_text = rest[tspan[1]:]
    after = clean_publisher(re.split(r"\x00|(?<=\.)\s|,\s", after_text.strip(" \x00.,;:\"'”’"))[0]) \
        if after_text.strip(" \x00.,;:\"'”’") else None
    if not before:
        return after
    if not after:
        return before
    author_date = dspan is not None and dspan[1] <= tspan[0]
    # "Smith, J. (2020). "Title". Outlet." and "Smith, John. "Title." Outlet, …": before is the author.
    if author_date or rest[:tspan[0]].rstrip(" \x00\"“'‘«„").endswith("."):
        return after
    return before
