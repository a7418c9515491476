"""Dates as printed in articles and source lists: cheap exact parsers first, dateparser last and lazily.

`find_date` looks for a full date (day, month and year) in a text and says where it stands;
`find_partial_date` finds a month-and-year or a bare year ("(2020)" in APA references), which states
*that* a source is dated without giving a day to compare. Nothing here raises on odd input: an
impossible date ("31 February") or a year outside 1900..2100 is simply no date.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

log = logging.getLogger(__name__)

MIN_YEAR, MAX_YEAR = 1900, 2100
_MAX_TEXT = 10_000  # dates are looked for in short texts; longer ones are cut (bounded work)

_MONTH_NAMES = {
    1: "january jan janv januar jänner janvier enero ene gennaio gen januari janeiro",
    2: "february feb febr februar feber février fév févr fevrier fev febrero febbraio februari fevereiro",
    3: "march mar märz mrz marz mars marzo maart mrt março marco",
    4: "april apr avril avr abril abr aprile",
    5: "may mai mayo maggio mag mei maio",
    6: "june jun juni juin junio giugno giu juno junho",
    7: "july jul juli juillet juil julio luglio lug julho",
    8: "august aug août aout agosto ago augustus",
    9: "september sep sept septembre septiembre setiembre settembre set setembro",
    10: "october oct oktober okt octobre octubre ottobre ott outubro out",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember dez décembre déc decembre diciembre dic dicembre dezembro",
}
MONTHS: dict[str, int] = {name: n for n, names in _MONTH_NAMES.items() for name in names.split()}

_WORD = r"([^\W\d_]{3,10})"
_DAY = r"(\d{1,2})"
_YEAR = r"(\d{4})"
_NOT_DIGIT_BEFORE = r"(?<![\d.,/-])"
_NOT_DIGIT_AFTER = r"(?![\d])"
# "December 3, 2025", "Dec. 3rd 2025", "décembre 3, 2025"
_MDY = re.compile(_WORD + r"\.?\s{1,3}" + _DAY + r"(?:st|nd|rd|th)?,?\s{1,3}" + _YEAR + _NOT_DIGIT_AFTER)
# "3 December 2025", "3. Dezember 2025", "1er janvier 2025", "3 de diciembre de 2025", "03-Dec-2025"
_DMY = re.compile(
    _NOT_DIGIT_BEFORE + _DAY + r"(?:st|nd|rd|th|er|º|°|ª)?\.?(?:\s{1,3}|-)(?:de\s{1,3})?" + _WORD
    + r"\.?,?(?:\s{1,3}|-)(?:del?\s{1,3})?" + _YEAR + _NOT_DIGIT_AFTER)
# "2024, March 4" (APA), "2024 March 4"
_YEAR_MD = re.compile(
    _NOT_DIGIT_BEFORE + _YEAR + r",?\s{1,3}" + _WORD + r"\.?\s{1,3}" + _DAY + _NOT_DIGIT_AFTER)
_YMD = re.compile(_NOT_DIGIT_BEFORE + r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})" + _NOT_DIGIT_AFTER)
_XXY = re.compile(_NOT_DIGIT_BEFORE + r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})" + _NOT_DIGIT_AFTER)
_CJK = re.compile(r"(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日")
# Partial dates: "March 2026", "mars 2026", "(2020)", "2020a" (APA disambiguation letters).
_MY = re.compile(_WORD + r"\.?,?\s{1,3}(?:de\s{1,3})?" + _YEAR + _NOT_DIGIT_AFTER)
_BARE_YEAR = re.compile(r"\((\d{4})[a-z]?(?:,\s[^()]{1,30})?\)")
_LOOKS_DATED = re.compile(r"(?<!\d)(19\d\d|20\d\d)(?!\d)")


def month_number(word: str) -> int | None:
    """The month a (possibly abbreviated, possibly accent-less) month name means, in EN/DE/FR/ES/IT/NL/PT."""
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS[w]
    plain = "".join(c for c in unicodedata.normalize("NFKD", w) if not unicodedata.combining(c))
    return MONTHS.get(plain)


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when there is no such day or the year is implausible for a news source."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:  # "31 February": no such day
        return None


# How "12/08/2024" reads: month first (US) unless the article being read is written in a language whose
# readers put the day first; read_article sets it for the article's own dates and source list.
_SLASH_DAY_FIRST: ContextVar[bool] = ContextVar("slash_day_first", default=False)


@contextmanager
def slashes_day_first(day_first: bool) -> Iterator[None]:
    """Within the block, a numeric date with slashes reads day first when day_first is true."""
    token = _SLASH_DAY_FIRST.set(day_first)
    try:
        yield
    finally:
        _SLASH_DAY_FIRST.reset(token)


def _numeric(first: int, second: int, year: int, sep: str) -> dt.date | None:
    # Dots and dashes are day-first across Europe; slashes are month-first (US) unless that cannot be,
    # or the article is written in a language that puts the day first.
    if sep == "/" and first <= 12 and not _SLASH_DAY_FIRST.get():
        return make_date(year, first, second) or make_date(year, second, first)
    if sep == "/":
        return make_date(year, second, first) or make_date(year, first, second)
    return make_date(year, second, first)


def _exact_hits(text: str) -> list[tuple[int, int, dt.date | None]]:
    hits: list[tuple[int, int, dt.date | None]] = []
    for m in _YMD.finditer(text):
        hits.append((m.start(), m.end(), make_date(int(m[1]), int(m[3]), int(m[4]))))
    for m in _XXY.finditer(text):
        hits.append((m.start(), m.end(), _numeric(int(m[1]), int(m[3]), int(m[4]), m[2])))
    for m in _CJK.finditer(text):
        hits.append((m.start(), m.end(), make_date(int(m[1]), int(m[2]), int(m[3]))))
    for m in _MDY.finditer(text):
        month = month_number(m[1])
        if month:
            hits.append((m.start(), m.end(), make_date(int(m[3]), month, int(m[2]))))
    for m in _YEAR_MD.finditer(text):
        month = month_number(m[2])
        if month:
            hits.append((m.start(), m.end(), make_date(int(m[1]), month, int(m[3]))))
    for m in _DMY.finditer(text):
        month = month_number(m[2])
        if month:
            hits.append((m.start(), m.end(), make_date(int(m[3]), month, int(m[1]))))
    return hits


def find_date(text: str, *, fallback: bool = True) -> tuple[dt.date, int, int] | None:
    """The first full date printed in text, with its start and end offsets; None when there is none.

    Exact patterns first; dateparser (slow to import) only when they find nothing, the text is short
    and it holds something that looks like a year.
    """
    text = text[:_MAX_TEXT]
    hits = [h for h in _exact_hits(text) if h[2] is not None]
    if hits:
        # The earliest; at one start, the longest ("3 December 2025" over a shorter overlapping read).
        start, end, value = min(hits, key=lambda h: (h[0], -h[1]))
        assert value is not None
        return value, start, end
    # Only a short text naming a month in words the exact patterns missed is worth dateparser's time;
    # an all-numeric one they rejected ("2025-13-01") is no date.
    if fallback and len(text) <= 300 and _LOOKS_DATED.search(text) and re.search(r"[^\W\d_]{3,}", text):
        return _dateparser_search(text)
    return None


def find_partial_date(text: str) -> tuple[int, int] | None:
    """Where a month-and-year ("March 2026") or a parenthesised year ("(2020)") stands, or None."""
    text = text[:_MAX_TEXT]
    for m in _MY.finditer(text):
        if month_number(m[1]) and MIN_YEAR <= int(m[2]) <= MAX_YEAR:
            return m.start(), m.end()
    for m in _BARE_YEAR.finditer(text):
        if MIN_YEAR <= int(m[1]) <= MAX_YEAR:
            return m.start(), m.end()
    return None


def parse_date(text: str) -> dt.date | None:
    """The date a short text states ("2025-12-03", "3 décembre 2025", "Dec. 3, 2025"), or None."""
    hit = find_date(text)
    return hit[0] if hit else None


def _dateparser_search(text: str) -> tuple[dt.date, int, int] | None:
    try:
        from dateparser.search import search_dates  # heavy: imported only when needed

        found = search_dates(
            text,
            settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"],
                      "RETURN_AS_TIMEZONE_AWARE": False},
        )
    except Exception:  # dateparser raises odd errors on odd input; no date is the honest answer
        log.debug("dateparser failed on %.80r", text, exc_info=True)
        return None
    for substring, value in found or ():
        year = _LOOKS_DATED.search(substring)
        if not year or not re.search(r"\d", substring.replace(year[0], "")):
            continue  # a date needs its year and a day printed, not guessed
        day = make_date(value.year, value.month, value.day)
        start = text.find(substring)
        if day is not None and start >= 0:
            return day, start, start + len(substring)
    return None
