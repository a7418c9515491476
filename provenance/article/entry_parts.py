"""The parts of one source-list entry: its quoted title, its access date, its publisher, its shape.

Helpers of sources.py. `taken` marks characters already claimed by an earlier step (label, URL, date,
title) so that no later step reads them again.
"""

from __future__ import annotations

import re

from provenance.dates import find_date

PAIRS = {"“": "”", "\"": "\"", "‘": "’", "'": "'", "«": "»", "„": "“”", "‚": "‘’", "「": "」", "『": "』",
          "‹": "›"}
_OPENS_AFTER = set(",:;.([|—–-/")  # what may stand before a title's opening quote
_CLOSES_BEFORE = set(",.;:)([]|—–-/<")  # what may follow its closing quote ("<https://…>" too)
_ACCESS = re.compile(
    r"\b(?:retrieved|accessed|last\s+(?:accessed|visited|checked)|visited|archived(?:\s+from\s+the\s+original)?"
    r"|abgerufen|zugegriffen|consulté|consultado|consultato|geraadpleegd|acesso\s+em|acedido)\b",
    re.IGNORECASE)


_ACCESS_FROM = re.compile(r"[\s,]{0,3}(?:from|at|via|unter|sur|en|de|da)\b\s{0,3}:?", re.IGNORECASE)


def mask(taken: list[bool], start: int, end: int) -> None:
    for i in range(max(start, 0), min(end, len(taken))):
        taken[i] = True


def access_date_spans(text: str, taken: list[bool]) -> list[tuple[int, int]]:
    """From "Retrieved"/"Accessed"/"Abgerufen am"… to the end of the date it gives."""
    spans = []
    for m in _ACCESS.finditer(text):
        if taken[m.start()]:
            continue
        window = text[m.end():m.end() + 60]
        hit = find_date(window, fallback=False)
        if hit and not window[:hit[1]].strip(" :,.onamlepdsu\t"):  # only "on", "am", "le", "el", "em" between
            end = m.end() + hit[2]
            tail = _ACCESS_FROM.match(text, end)  # "Retrieved March 2, 2026, from https://…"
            spans.append((m.start(), tail.end() if tail else end))
        else:
            tail = _ACCESS_FROM.match(text, m.end())  # "Retrieved from https://…"
            spans.append((m.start(), tail.end() if tail else m.end()))
    return spans


def _is_open_context(text: str, taken: list[bool], i: int) -> bool:
    j = i - 1
    while j >= 0 and (text[j].isspace() or taken[j]):
        if taken[j] and not text[j].isspace():
            return True
        j -= 1
    return j < 0 or text[j] in _OPENS_AFTER or text[max(0, j - 2):j + 1].lower() in (" in", "in:")


def _is_close_context(text: str, taken: list[bool], i: int) -> bool:
    j = i + 1
    while j < len(text) and text[j].isspace() and not taken[j]:
        j += 1
    return (j >= len(text) or taken[j] or text[j] in _CLOSES_BEFORE or text[j].isdigit()
            or text[i - 1] in ",.")  # '"Inside the chip shortage," The New York Times'



def quoted_title(text: str, taken: list[bool]) -> tuple[str | None, tuple[int, int] | None]:
    """The first quoted stretch that stands where a title stands, and its span (quotes excluded)."""
    for i, ch in enumerate(text):
        if ch not in PAIRS or taken[i] or not _is_open_context(text, taken, i):
            continue
        closes, depth = PAIRS[ch], 0
        for k in range(i + 1, len(text)):
            c = text[k]
            if taken[k]:
                break
            if c == ch and c not in closes:
                depth += 1
            elif c in closes:
                if depth:
                    depth -= 1
                elif _is_close_context(text, taken, k):
                    inner = text[i + 1:k]
                    title = inner.strip().rstrip(",").rstrip()
                    if title:
                        lead = len(inner) - len(inner.lstrip())
                        return title, (i + 1 + lead, i + 1 + lead + len(title))
                    break
    return None, None


def clean_publisher(segment: str) -> str | None:
    s = re.sub(r"\((?:[\s\x00,.;:]*)\)|\[(?:[\s\x00,.;:]*)\]|<[\s\x00]*>", " ", segment.replace("\x00", " "))
    s = re.sub(r"\s+", " ", s).strip(" ,;:|–—-/\"“”‘’'«»„<>")
    if s.count("(") != s.count(")"):
        s = s.strip(" ()")  # "(Bank of Example" cut from "(Bank of Example, 2 March 2026)"
    s = re.sub(r"^(?:in|In|IN|Source|Sources|Quelle|Fuente|Fonte|Bron|Via|via|From|from):?\s+", "", s)
    s = re.sub(r"\s*\b(?:Available|Retrieved|Accessed)(?:\s+(?:at|from|online))?:?$", "", s).strip(" ,;:")
    last = re.search(r"([^\W\d_]+)\.$", s)
    if last and not s.endswith("..") and (len(last[1]) >= 4 or (len(last[1]) >= 2 and last[1].isupper())
                                          or re.search(r"\w\.[A-Za-z]{2,6}\.$", s)):
        s = s[:-1]  # a full stop ("… The Guardian.", MLA's "wired.com."), not "e.V." or "Inc."
    return s if re.search(r"\w", s) else None


_MEDIUM = re.compile(r"\s*\[(?:online|pdf|video|audio|internet|electronic|web|podcast)[^\]]{0,20}\]",
                     re.IGNORECASE)
_AVAILABLE = re.compile(r"\b(?:Available|Retrieved|Accessed)(?:\s+(?:at|from|online))?\s*:?\s*$")


def _plain(s: str) -> str:
    s = re.sub(r"\((?:[\s\x00,.;:]*)\)|\[(?:[\s\x00,.;:]*)\]|<[\s\x00]*>", " ", s.replace("\x00", " "))
    s = _MEDIUM.sub("", s)
    s = re.sub(r"\s+", " ", s).strip(" ,;:|–—-/")
    s = re.sub(r"(?:\s*[.,;]\s*)+$", ".", s)  # "Title. Outlet. ." (date and URL taken out)
    s = _AVAILABLE.sub("", s).strip()
    return re.sub(r"\.\s*\.$", ".", s)


def _title_end(s: str) -> str | None:
    s = s.strip().rstrip(",").strip()
    if s.endswith(".") and not s.endswith(".."):
        s = s[:-1]
    return s or None


# "Author (date). Title. Publisher." once the date and URL are taken out (\x00).
_APA = re.compile(r"^([^\x00]{1,300}?)\s*\(?[\s\x00,]*\x00[\s\x00,]*\)?[.:]?\s+([^\x00)][^\x00]*)$")


def split_plain(rest: str, url: str | None = None) -> tuple[str | None, str | None]:
    """(title, publisher) of an entry with no quoted or linked title, from its shape; when the shape
    put the outlet's name where the title goes ("Le Monde — Le projet — 12 mars"), the URL's host
    (lemonde.fr) tells them apart."""
    title, publisher = _split_plain(rest)
    host = _host_key(url)
    if host and title and publisher and _names_host(title, host) and not _names_host(publisher, host):
        return publisher, title
    return title, publisher


def publisher_in_title(title: str, url: str | None) -> tuple[str, str] | None:
    """(publisher, title) from a linked title that names the outlet: "Reuters — Prices to rise",
    "Prices to rise - Reuters", when that outlet is the link's host."""
    host = _host_key(url)
    if not host:
        return None
    for sep in (" \u2014 ", " \u2013 ", " - ", " | ", ": "):
        left, found, right = title.partition(sep)
        if not found or not left.strip() or not right.strip():
            continue
        if _names_host(left, host) and not _names_host(right, host):
            return left.strip(), right.strip()
        if _names_host(right, host) and not _names_host(left, host):
            return right.strip(), left.strip()
    return None


def _host_key(url: str | None) -> str | None:
    m = re.match(r"^[a-z][a-z0-9+.-]{0,20}://(?:www\d?\.|m\.|amp\.)?([^/:?#]{1,200})", url or "", re.I)
    return re.sub(r"[^a-z0-9]", "", m[1].lower()) if m else None


def _names_host(name: str, host: str) -> bool:
    """"Le Monde" names lemonde.fr, "AP News" apnews.com; "The Verge" theverge.com."""
    key = re.sub(r"[^a-z0-9]", "", name.lower())
    return (3 <= len(key) <= 40 and key in host) or (len(key) == 2 and host.startswith(key))


_OUTLET_IN_PARENS = re.compile(r"^([^()\x00]{3,300}?)\s*\(([^()\x00,;]{2,60}?)[,;\s\x00]*\)[\s\x00.,;]*$")
_FIELD_SEPARATOR = re.compile(r"\s[\u2014\u2013|]\s|\s-\s(?=[\x00\s]*\x00)|(?<=\x00)\s-\s")


def _split_plain(rest: str) -> tuple[str | None, str | None]:
    apa = _APA.match(rest.lstrip("\x00 ").rstrip("\x00 .,;"))
    if apa and re.search(r"[^\W\d_]", apa[2]):
        # "Author, A. (2020). Title. Publisher.": title and publisher follow the author's date.
        parts = re.split(r"(?<=[.?!])\s+(?=\S)", _plain(apa[2]).lstrip(" :.,"), maxsplit=1)
        publisher = clean_publisher(parts[1].split(", ")[0]) if len(parts) > 1 else None  # "Journal, 12(3)"
        author = apa[1].strip(" .,")
        person = re.search(r",\s*[A-Z]\.|\bet al\b|&", author) or len(author.split()) > 6
        if publisher is None and not person:
            publisher = clean_publisher(author)  # an organisation as its own author: "Reuters (2024): …"
        return _title_end(parts[0]), publisher
    s = _plain(rest)
    if not s:
        return None, None
    paren = _OUTLET_IN_PARENS.match(rest.strip("\x00 "))
    if paren and len(paren[2].split()) <= 5 and re.search(r"[^\W\d_]", paren[2]):
        return _title_end(paren[1]), clean_publisher(paren[2])  # "Title (Outlet, 18 Nov 2019)"
    fields = _FIELD_SEPARATOR.split(rest.strip("\x00 "))
    if len(fields) >= 3:  # "Publisher — Title — date — URL": dashes separate fields, the outlet comes first
        named = [f for f in (_plain(f) for f in fields) if f]
        if len(named) == 2 and len(named[0].split()) > 5 >= len(named[1].split()) + 1:
            return _title_end(named[0]), clean_publisher(named[1])  # "A long headline — Outlet — date"
        if len(named) >= 2:
            return _title_end(" \u2014 ".join(named[1:])), clean_publisher(named[0])
    m = re.match(r"^(.+)\s[—–|-]\s(.+)$", s)
    if m and len(m[2].split()) <= 5:  # "Title — Publisher"
        return _title_end(m[1]), clean_publisher(m[2])
    head, sep, tail = s.partition(": ")
    if sep and tail and len(head.split()) <= 4 and "," not in head:  # "Publisher: Title"
        return _title_end(tail), clean_publisher(head)
    head, sep, tail = s.partition(", ")
    if sep and tail and len(head.split()) <= 6:  # "Publisher, Title"
        return _title_end(tail), clean_publisher(head)
    m = re.match(r"^(.+?[^.\s]{2}[.?!])\s+([^.?!]+\.?)$", s)
    if m and len(m[2].split()) <= 5:
        return _title_end(m[1]), clean_publisher(m[2])
    return _title_end(s), None
