"""A page's original publication date (and its last modification, kept apart so it never wins)."""

from __future__ import annotations

import datetime as dt
import logging
import re
from typing import Any

from provenance.dates import MONTHS
from provenance.source.jsonld import LdFacts
from provenance.source.meta import HeadTags
from provenance.source.tree import text_of

log = logging.getLogger(__name__)

EARLIEST = dt.date(1995, 1, 1)

# Meta names that carry the first publication, most specific first.
PUBLISHED_META = (
    "article:published_time", "article:published", "og:article:published_time", "og:published_time",
    "datepublished", "publishdate", "publish-date", "publish_date", "published_time", "published-date",
    "pubdate", "publication_date", "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued",
    "dc.date.created", "dcterms.created", "citation_publication_date", "citation_date", "article.published",
    "originalpublicationdate", "article_date_original", "pub_date", "date", "dc.date", "dcterms.date",
    "og:pubdate", "cxenseparse:recs:publishtime", "displaydate",
)
MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
                 "dcterms.modified", "last-modified", "article:modified", "lastmod")

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-/.]?([01]\d)[-/.]?([0-3]\d)(?!\d)")
_DMY_NUM = re.compile(r"(?<!\d)([0-3]?\d)\.\s?([01]?\d)\.\s?((?:19|20)\d\d)(?!\d)")
_DMY = re.compile(
    r"(?<!\d)([0-3]?\d)(?:st|nd|rd|th|er)?\.?\s+([a-zäéû]{3,10})\.?,?\s+((?:19|20)\d\d)(?!\d)", re.I)
_MDY = re.compile(r"\b([a-zäéû]{3,10})\.?\s+([0-3]?\d)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)", re.I)
# 22/11/2020, 11/22/2020: day or month first, by the page's language when both readings are valid
_SLASHED = re.compile(r"(?<![\d/])([0-3]?\d)/([01]?\d|[0-3]\d)/((?:19|20)\d\d)(?![\d/])")
_MONTH_FIRST_LANGS = ("en", "en-us", "en-ph", "en-ca")
# Java's Date.toString(), in some CMSs' meta tags: "Mon Aug 03 12:45:00 EDT 2015"
_JAVA = re.compile(
    r"\b([a-z]{3})\s+([0-3]?\d)\s+[0-2]\d:[0-5]\d(?::[0-5]\d)?(?:\s+[a-z]{1,5})?\s+((?:19|20)\d\d)\b", re.I)
_CJK = re.compile(r"((?:19|20)\d\d)\s?年\s?([01]?\d)\s?月\s?([0-3]?\d)\s?日")
_URL = re.compile(
    r"/((?:19|20)\d\d)/([01]?\d)/(?:([0-3]?\d)/)?|[/_-]((?:19|20)\d\d)-?([01]\d)-?([0-3]\d)[/_.-]")


def _make(year: str | int, month: str | int, day: str | int, today: dt.date) -> dt.date | None:
    try:
        value = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value if EARLIEST <= value <= today + dt.timedelta(days=1) else None


def parse_date(text: str | None, today: dt.date | None = None,
               first_month: bool | None = None) -> dt.date | None:
    """The calendar date a machine or a person wrote (ISO 8601, 18.11.2019, 18 Nov 2019, Nov 18, 2019)."""
    if not text:
        return None
    today = today or dt.date.today()
    text = text[:300]
    if text.isdigit() and len(text) in (10, 13):  # a Unix timestamp, in seconds or milliseconds
        stamp = int(text) / (1000 if len(text) == 13 else 1)
        moment = dt.datetime.fromtimestamp(stamp, dt.timezone.utc)
        return _make(moment.year, moment.month, moment.day, today)
    hits = _dates_in(text, today, first_month)
    return hits[0][1] if hits else None


def month_first(language: str | None) -> bool | None:
    """Whether the page's language writes 11/22/2020 (True) or 22/11/2020 (False); None when unknown."""
    if not language:
        return None
    return language.strip().lower().replace("_", "-") in _MONTH_FIRST_LANGS


def _slashed(m: re.Match[str], today: dt.date, first_month: bool | None) -> dt.date | None:
    a, b, year = int(m.group(1)), int(m.group(2)), m.group(3)
    if a > 12 or (b <= 12 and first_month is False):
        return _make(year, b, a, today)
    if b > 12 or (a <= 12 and first_month):
        return _make(year, a, b, today)
    return None  # 03/04/2020 on a page of unknown language: either reading could be wrong


def _dates_in(text: str, today: dt.date, first_month: bool | None = None) -> list[tuple[int, dt.date]]:
    """The first valid date of each kind in text, with its offset, most machine-like kind first."""
    hits = []
    for pattern, order in ((_ISO, (0, 1, 2)), (_CJK, (0, 1, 2)), (_DMY_NUM, (2, 1, 0))):
        for m in pattern.finditer(text):
            year, month, day = (m.group(i + 1) for i in order)
            found = _make(year, month, day, today)
            if found:
                hits.append((m.start(), found))
                break
    for pattern, (d, mo, y) in ((_DMY, (1, 2, 3)), (_MDY, (2, 1, 3)), (_JAVA, (2, 1, 3))):
        for m in pattern.finditer(text):
            month = MONTHS.get(m.group(mo).lower())
            found = _make(m.group(y), month, m.group(d), today) if month else None
            if found:
                hits.append((m.start(), found))
                break
    for m in _SLASHED.finditer(text):
        found = _slashed(m, today, first_month)
        if found:
            hits.append((m.start(), found))
            break
    return hits


def url_date(url: str | None, today: dt.date | None = None) -> dt.date | None:
    """A date written in a URL's path: /2019/11/18/, /2019-11-18-, /20191118/ (not a bare /2019/11/)."""
    if not url:
        return None
    today = today or dt.date.today()
    m = _URL.search(url.split("?")[0][:500])
    if not m:
        return None
    if m.group(1):
        return _make(m.group(1), m.group(2), m.group(3) or 1, today) if m.group(3) else None
    return _make(m.group(4), m.group(5), m.group(6), today)


_PUBLISHED_HINT = re.compile(r"publish|posted|created|dateline|article-?date|post-?date|entry-?date|byline"
                             r"|story-?date|meta-?date|pubdate|timestamp|\bdate\b|datum", re.I)
_MODIFIED_HINT = re.compile(r"updat|modif|aktualisiert|edited", re.I)
# A quick test that a name may be a _PUBLISHED_HINT, on its casefolded text (every match of that contains
# one of these words; re.I also reads "ı" and "İ" (casefolded: "i" + U+0307) as "i").
_HINT_WORDS = re.compile("publish|posted|created|date|byline|timestamp|datum|[\u0131\u0307]")


def _dated_elements(root: Any, limit: int = 200) -> list[Any]:
    """The first <time>, itemprop=datePublished and <abbr title> elements, in page order (one pass in
    Python is cheaper than libxml2's XPath union of three)."""
    found = []
    for el in root.iter():
        tag = el.tag
        if (tag == "time" or (tag == "abbr" and el.get("title") is not None)
                or el.get("itemprop") == "datePublished"):
            found.append(el)
            if len(found) >= limit:
                break
    return found


def _time_elements(root: Any, today: dt.date, first_month: bool | None) -> dt.date | None:
    """<time> and itemprop=datePublished elements: those marked as publication first, then the first
    plain one that does not say it is an update."""
    marked: list[dt.date] = []
    plain: list[dt.date] = []
    for el in _dated_elements(root):
        hint = f"{el.get('class') or ''} {el.get('itemprop') or ''} {el.get('id') or ''}"
        parent = el.getparent()
        context = hint + (f" {parent.get('class') or ''}" if parent is not None else "")
        text = text_of(el, 200)
        if _MODIFIED_HINT.search(context) or _MODIFIED_HINT.search(text[:30]):
            continue
        value = parse_date(el.get("datetime") or el.get("content") or el.get("title") or text, today,
                           first_month)
        if value is None and el.tag != "abbr":
            value = parse_date(text, today, first_month)
        if value is None:
            continue
        says_published = el.get("pubdate") is not None or "datepublished" in hint.lower()
        if says_published or _PUBLISHED_HINT.search(context):
            marked.append(value)
        elif el.tag == "time":
            plain.append(value)
    dates = marked or plain
    return dates[0] if dates else None


def _dateline(root: Any, today: dt.date, first_month: bool | None) -> dt.date | None:
    """A visible date in an element whose class or id says it is the article's date or byline."""
    named = 0
    for el in root.iter():
        cls, ident = el.get("class"), el.get("id")
        if cls is None and ident is None:
            continue
        named += 1
        if named > 5000:
            break
        hint = f"{cls or ''} {ident or ''}"
        if (not _HINT_WORDS.search(hint.casefold()) or len(hint) > 200 or not _PUBLISHED_HINT.search(hint)
                or _MODIFIED_HINT.search(hint)):
            continue
        text = text_of(el, 300)
        if 6 <= len(text) <= 200 and not _MODIFIED_HINT.search(text[:20]):
            value = parse_date(text, today, first_month)
            if value:
                return value
    return None


def _htmldate(data: bytes, url: str | None, today: dt.date) -> dt.date | None:
    """htmldate's reading of the visible page (datelines in many languages and layouts), on its own
    lxml.html tree: only for the pages that state no date in their markup."""
    import lxml.html
    from htmldate import find_date

    try:
        tree = lxml.html.document_fromstring(data[:2_000_000], parser=lxml.html.HTMLParser(encoding="utf-8"))
        found = find_date(tree, url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d",
                          min_date=EARLIEST.isoformat(), max_date=today.isoformat())
    except Exception:  # noqa: BLE001 - a third-party heuristic must not break reading the page
        log.debug("htmldate failed on %s", url, exc_info=True)
        return None
    value = parse_date(found, today) if found else None
    # htmldate falls back to a bare year ("© 2022" -> 2022-01-01): a guess, not the page's date
    return None if value is None or (value.month, value.day) == (1, 1) else value


def _near_headline(regions: list[Any], today: dt.date, first_month: bool | None) -> dt.date | None:
    """A date printed on its own near the headline or at the top of the body ("27.1.2022 - Bei der…",
    "<em>01.11.2023 11:35</em>"): the first short text, or text that starts with a date."""
    for region in regions:
        seen = 0
        for piece in region.itertext():
            piece = " ".join(piece.split())
            if not piece:
                continue
            seen += 1
            if seen > 40:
                break
            hits = _dates_in(piece[:200], today, first_month)
            if not hits or _MODIFIED_HINT.search(piece[:30]):
                continue
            start, value = min(hits)
            if len(piece) <= 60 or start <= 5:
                return value
    return None


def published_date(root: Any, head: HeadTags, ld: LdFacts, url: str | None, data: bytes,
                   today: dt.date | None = None, regions: tuple[Any, ...] = ()) -> dt.date | None:
    """The original publication date, from the most explicit statement the page makes: JSON-LD, meta
    tags, <time> elements marked as publication, the URL, then htmldate on the visible page."""
    today = today or dt.date.today()
    order = month_first(head.language or head.get("og:locale", "content-language", "language") or ld.language)
    from_meta = next((d for c in head.values(*PUBLISHED_META) if (d := parse_date(c, today, order))), None)
    stated = (parse_date(ld.published, today) or from_meta
              or _time_elements(root, today, order)
              or url_date(url, today) or url_date(head.link("canonical"), today)
              or _dateline(root, today, order) or _near_headline(list(regions), today, order))
    if stated:
        return stated
    guessed = _htmldate(data, url, today)
    # htmldate may read the modification date where the page states no other: that is not a publication
    return None if guessed is not None and guessed == modified_date(head, ld, today) else guessed


def modified_date(head: HeadTags, ld: LdFacts, today: dt.date | None = None) -> dt.date | None:
    today = today or dt.date.today()
    from_meta = next((d for c in head.values(*MODIFIED_META) if (d := parse_date(c, today))), None)
    return parse_date(ld.modified, today) or from_meta
