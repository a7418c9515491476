"""Whether a page a search service pointed to is the cited document: precision first.

A wrong document is far worse than none (it would verify or condemn a quotation on the wrong evidence),
so a candidate is taken only when its own page says so: its title matches the cited one, its site fits
the cited publisher (or it is a near-exact copy of the same title: a syndicated copy, said as such), and
its date fits the cited date where both are known.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from provenance.match.titles import normalise_title, title_score
from provenance.models import Citation, SourceDoc
from provenance.resolve.search.outlets import fits_publisher
from provenance.urls import url_host

TITLE_FIT = 80.0  # the library's threshold (benchmarks/library_threshold.py: no wrong match from 70 up)
TITLE_SAME = 95.0  # near-exact: what a copy on another outlet, or an entry naming no outlet, must reach
DATE_FIT = dt.timedelta(days=2)  # time zones and a late update; a week apart is another story
_ELLIPSIS = re.compile(r"(?:\.{3}|…)\s*$")


@dataclass(frozen=True)
class Judged:
    accepted: bool
    why: str
    rank: tuple[int, float] = (0, 0.0)  # (on the cited outlet, title score): the better candidate first
    syndicated: bool = False


def judge(citation: Citation, doc: SourceDoc, quotes: tuple[str, ...] = ()) -> Judged:
    """Whether `doc` is the cited document; `quotes` (tied to the citation) standing on the page vouch
    for a title that differs in a word (a typo, a rewrite) but is otherwise close."""
    from provenance.checks.source_list import is_vague_publisher

    cited = citation.title or ""
    shown = f"“{_short(doc.title)}”" if doc.title else "no title"
    score = title_score(cited, [doc.title] if doc.title else [], sites=_sites(doc))
    if score < TITLE_FIT:
        return Judged(False, f"its title ({shown}) is not the cited one (similarity {score:.0f})")
    missing = _missing_words(cited, doc.title or "") if score < 100.0 else []
    # one word changed in a long headline scores 90+ and is another story, unless a tied quotation is there
    if missing and not _quoted_on_page(quotes, doc.text):
        return Judged(False, f"its title ({shown}) lacks “{missing[0]}” of the cited one")
    if citation.date and doc.published and abs(citation.date - doc.published) > DATE_FIT:
        return Judged(False, f"it is dated {doc.published.isoformat()}, the citation "
                             f"{citation.date.isoformat()}")
    publisher = citation.publisher
    if publisher and is_vague_publisher(publisher):
        publisher = None  # "News Report" names no outlet to check the page's site against
    host = url_host(doc.url) or "its site"
    if publisher and fits_publisher(publisher, doc.url, doc.site):
        return Judged(True, f"its title matches (similarity {score:.0f}) on {host}, {publisher}'s site",
                      (1, score))
    if score < TITLE_SAME:
        if publisher:
            return Judged(False, f"it is on {host}, not {publisher}, and its title is not the same")
        return Judged(False, f"the entry names no outlet, and its title is only close (similarity "
                             f"{score:.0f})")
    if publisher:
        return Judged(True, f"the same title on {host}: a copy, not on {publisher}", (0, score), True)
    return Judged(True, f"the same title on {host} (the entry names no outlet)", (0, score))


def _missing_words(cited: str, page: str) -> list[str]:
    """The words of the cited title that the page's title lacks; the last word of a cut title ("thro")
    need only begin one of the page's words."""
    words = normalise_title(_ELLIPSIS.sub("", cited)).split()
    page_words = set(normalise_title(page).split())
    missing = [w for w in words if w not in page_words]
    if missing and missing[-1] == words[-1] and (_ELLIPSIS.search(cited) or _cut(cited)):
        if any(p.startswith(words[-1]) for p in page_words):
            missing.pop()
    return missing


def _quoted_on_page(quotes: tuple[str, ...], text: str) -> bool:
    page = f" {normalise_title(text)} "
    return any(len(q.split()) >= 6 and f" {normalise_title(q)} " in page for q in quotes)


def _cut(title: str) -> bool:
    from provenance.checks.source_list import is_truncated_title

    return is_truncated_title(title)


def _sites(doc: SourceDoc) -> tuple[str, ...]:
    return tuple(s for s in (doc.site, url_host(doc.url)) if s)


def _short(text: str | None, limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
