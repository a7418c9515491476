"""Line-level judgements shared by the readers: is this line page chrome, a headline, a byline, a
date line, a source-list heading, a caption? Each takes one line of plain text.
"""

from __future__ import annotations

import datetime as dt
import re

from provenance.dates import find_date

_CHROME = frozenset(p.strip() for p in """
search|loading stream|loading|loading video|loading comments|advertisement|advertisements|advert|ad|ads|
sponsored|sponsored content|share|share this|share this article|share this story|share on facebook|
share on twitter|share on x|share on linkedin|share via email|facebook|twitter|linkedin|whatsapp|email|
print|copy link|link copied|menu|open menu|close menu|close|skip to content|skip to main content|
skip navigation|home|subscribe|subscribe now|sign in|sign up|log in|login|register|newsletter|
sign up for our newsletter|read more|continue reading|show more|show less|listen|listen to this article|
play video|watch|play|pause|mute|unmute|comments|view comments|leave a comment|related|related articles|
related stories|more stories|most read|most popular|trending|top stories|recommended|back to top|
cookie settings|accept cookies|accept all|reject all|manage preferences|story continues below|
story continues below advertisement|article continues below advertisement|scroll to continue reading|
toggle navigation|open navigation|main menu|you may also like|follow us|follow|gift this article|save|
save article|bookmark|font size|text size|expand|enlarge|werbung|anzeige|teilen|suchen|suche|publicite|
partager|rechercher|publicidad|compartir|buscar|pubblicita|condividi|cerca
""".replace("\n", "").split("|"))
_CHROME_WORDS = frozenset(" ".join(_CHROME).split()) - {"to", "this", "on", "of", "our", "up", "in", "for",
                                                         "more", "all", "you", "may", "also", "below"}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
             "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
             "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
             "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
             "lunes", "martes", "miercoles", "miércoles", "jueves", "viernes", "sabado", "sábado", "domingo")
_SOURCE_HEADING = re.compile(
    r"^\s*(?:#{1,6}\s*)?[*_]{0,2}\s*(?:(?:our|the|article|story|all|main|key|selected)\s+)?(?:"
    r"(?:sources?|references?|notes?|links?)(?:\s+(?:and|&)\s+(?:notes?|references?|further reading|links?|"
    r"sources?|citations?))?|(?:source|reference)\s+list|endnotes|footnotes|(?:further|additional)\s+reading|"
    r"bibliography|citations|works\s+(?:cited|consulted)|sources\s+(?:cited|used|consulted)|"
    r"(?:related|useful|external)\s+links|"
    r"quellen|quellenangaben|quellenverzeichnis|einzelnachweise|nachweise|literatur|literaturverzeichnis|"
    r"weblinks|weiterführende links|"
    r"références|sources et références|bibliographie|liens|liens externes|pour en savoir plus|"
    r"fuentes|fuentes consultadas|referencias|bibliografía|enlaces|enlaces externos|"
    r"fonti|riferimenti|bibliografia|collegamenti|bronnen|fontes|referências|källor|kilder|lähteet|"
    r"źródła|przypisy)\s*[*_]{0,2}\s*:?\s*[*_]{0,2}\s*$", re.I)
_BY = re.compile(r"^\s*(?:(?:written|words|reporting|reported|story|text|photos?|posted|published)\s+by|"
                 r"by|von|par|por|di|door|av|af|author|authors|autor|autorin|auteur|autore|texto|text)\s*:?\s+(?P<name>.+)$",
                 re.I)
_SECTIONS = frozenset("""opinion analysis politics business world news technology tech sports sport culture
science health markets economy europe asia africa americas exclusive breaking live update updated explainer
review reviews features feature investigation editorial commentary comment local national international
lifestyle entertainment travel climate environment education media finance money wirtschaft politik
meinung kultur sport international économie monde politique opinión economía cultura""".split())
_NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.\-]*|[A-ZÀ-ÖØ-Þ]\.|de|del|della|der|den|di|da|dos|du|la|le|"
                        r"van|von|bin|al|el|y|and|und|et|e|&|ter|ten|Mc\w+|O['’]\w+)$")
# Between a name and a date: "|", "·", " - ", ";", or a comma before a date ("Jane Doe, 3 March 2026").
_SEPARATORS = re.compile(r"\s*(?:[|\u00b7\u2022\u2013\u2014]|\s-\s|;|,\s(?=\w+\.?\s+\d|"
                         r"\d{1,2}\.?\s+[^\W\d_]{3}|\d{4}-\d\d|\d{1,2}[./]\d{1,2}[./]\d{2}))\s*")
_DATE_WORDS = re.compile(
    r"\b(?:published|posted|updated|last updated|modified|on|at|am|pm|a\.m\.?|p\.m\.?|utc|gmt|[ecmp][sd]?t|"
    r"cet|cest|bst|ist|jst|aest|hkt|sgt|"
    r"veröffentlicht|aktualisiert|publié|publié le|mis à jour|le|publicado|actualizado|el|pubblicato|"
    r"aggiornato|il|date|datum|fecha|h|uhr|min|read|minute|minutes)\b|\d{1,2}[:.h]\d{2}|[|,.:·•()\-–—]",
    re.I)
_UPDATE_BEFORE = re.compile(r"(?:updated|modified|aktualisiert|mis à jour|actualizado|aggiornato)\W*$", re.I)
_CAPTION = re.compile(
    r"^\s*[(\[]?(?:photo(?:graph)?|image|picture|illustration|photo illustration|credit|photo credit|"
    r"image credit|source|foto|bild|bildquelle|grafik|imagen|immagine|imagem|file photo|caption|"
    r"pictured|above|top|main image|header image)\s*(?:[:|]|by\b|\(|\.\s)", re.I)
_CREDIT = re.compile(r"(?:^|[\s(\[.;])(?:credit|photo credit|image credit|photo|image|foto|bild|"
                     r"illustration)\s*:\s*(?P<credit>[^)\]]{1,120})", re.I)


def norm(text: str | None) -> str:
    """A comparison key: case, spacing and surrounding punctuation ignored."""
    if not text:
        return ""
    return re.sub(r"\s+", " ", text).strip(" \t.:;,!?*_-\u2013\u2014").casefold()


def is_chrome(text: str) -> bool:
    """Navigation, buttons and placeholders that a copy-paste of a page drags along."""
    if len(text) > 80:
        return False
    key = norm(text).rstrip(".…").strip()
    key = re.sub(r"[^\w\s]", "", key).strip()
    if not key:
        return not any(c.isalnum() for c in text)  # "•", "—", "***"
    if key in _CHROME or key in _SECTIONS:
        return True
    words = key.split()
    return len(words) <= 4 and all(w in _CHROME_WORDS for w in words) and len(words) > 1


# "Read more: “Markets rally as inflation cools”": a teaser for another story, not the article's prose.
_TEASER = re.compile(
    r"^\W{0,3}(?:read more|read also|also read|read next|related|related story|related article|see also|"
    r"more|more on this|watch|listen|recommended|lesen sie auch|lesen sie mehr|mehr zum thema|"
    r"auch interessant|"
    r"lire aussi|a lire aussi|à lire aussi|voir aussi|lee también|lee tambien|leer más|ver también|"
    r"leia também|veja também|leggi anche|lees ook)\s*[:|»›>–—]\s*\S", re.IGNORECASE)
# Headings of a list of other stories: what follows them, line by line, is headlines.
OTHER_STORIES = frozenset("""most read|most popular|most viewed|most shared|trending|trending now|related|
related articles|related stories|related content|more stories|more from|top stories|recommended|
recommended for you|you may also like|you might also like|editors picks|editor's picks|popular|latest|
latest news|meistgelesen|les plus lus|lo más leído|mais lidas|i più letti""".replace("\n", "").split("|"))


def is_teaser(text: str) -> bool:
    """A line that points to another story ("Read more: …", "Lesen Sie auch: …")."""
    return len(text) <= 250 and _TEASER.match(text) is not None


def opens_other_stories(text: str) -> bool:
    """A short heading such as "Most read" or "Related stories"."""
    return len(text) <= 40 and re.sub(r"[^\w\s']", "", norm(text)).strip() in OTHER_STORIES


def is_weekday_led(text: str) -> bool:
    first = re.split(r"[\s,.]+", text.strip().lower(), maxsplit=1)[0]
    return first in _WEEKDAYS


# What a date line carries besides its date: "2 hours ago", "GMT+1", "14 comments", a wire dateline
# ("Paris (AFP) -") before it, a round-up's label ("Weekly round-up,") before it.
_DATE_LINE_EXTRAS = re.compile(
    r"\b\d{1,3}\s+(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\s+ago\b|"
    r"\bvor\s+\d{1,3}\s+(?:stunden?|minuten?|tagen?)\b|\bil y a\s+\d{1,3}\s+(?:heures?|minutes?|jours?)\b|"
    r"\bhace\s+\d{1,3}\s+(?:horas?|minutos?|d[ií]as?)\b|\b(?:gmt|utc)\s?[+-]\s?\d{1,2}(?::?\d\d)?\b|"
    r"\b\d{1,5}\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)\b", re.I)
_WIRE_DATELINE = re.compile(r"^\s*[A-ZÀ-Þ][\w .'’-]{0,40}?\s*\([A-Za-z][\w/ .]{0,15}\)\s*[-–—:]?\s*")
_LABEL_BEFORE = re.compile(r"^\W*(?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*\s*[,:|–—-]\s*$")


def date_line(text: str) -> dt.date | None:
    """The date a line states when the line is only a date (with "Published", a time, a weekday, a wire
    dateline or a short label before it...)."""
    if len(text) > 90:
        return None
    text = _DATE_LINE_EXTRAS.sub(" ", text)
    text = _WIRE_DATELINE.sub("", text, count=1)
    dates: list[tuple[dt.date, bool]] = []  # (date, marked as an update) in line order
    rest = text
    for _ in range(3):  # "March 3, 2022 | Updated March 4, 2022": both dates, the first not an update
        hit = find_date(rest, fallback=False)  # per line: exact parsers only, never dateparser
        if not hit:
            break
        date, start, end = hit
        dates.append((date, bool(_UPDATE_BEFORE.search(rest[max(0, start - 25):start]))))
        rest = rest[:start] + " " * (end - start) + rest[end:]
    if not dates:
        return None
    rest_words = [w for w in _DATE_WORDS.sub(" ", rest).split() if w.lower() not in _WEEKDAYS]
    if len(rest_words) > 1 and not _label_then_date(text):
        return None
    return next((d for d, updated in dates if not updated), dates[0][0])


_ON = re.compile(r"\s*(?:,|\bon|\bam|\ble|\bel|\bil|\bop|\bem)\s*$", re.I)


def _name_on_date(part: str) -> tuple[str, dt.date | None]:
    """"Greg Tanaka on December 2, 2024": the name and the date it was posted on."""
    hit = find_date(part, fallback=False)
    if hit is None or _DATE_WORDS.sub(" ", part[hit[2]:]).strip() or not _ON.search(part[:hit[1]]):
        return part, None
    return _ON.sub("", part[:hit[1]]).strip(), hit[0]


def _label_then_date(text: str) -> bool:
    """"Weekly round-up, November 25, 2024": up to four words and a stop, then the date and nothing more."""
    hit = find_date(text, fallback=False)
    if hit is None or not _LABEL_BEFORE.match(text[:hit[1]]):
        return False
    label = text[:hit[1]].strip(" *_,:|–—-")
    if _BY.match(label) or is_name(label):
        return False  # "By Jane Doe, March 3, 2024", "Jane Doe — 2024-03-03": a byline, read as one
    after = _DATE_WORDS.sub(" ", text[hit[2]:])
    return not after.strip(" *_")


def is_name(text: str) -> bool:
    """A short line that reads like a person's (or a desk's) name: "Salvado", "Priya Raman"."""
    text = text.strip()
    if not text or len(text) > 60 or any(c.isdigit() for c in text) or text.endswith((".", "?", "!", ":")):
        return False
    words = re.split(r"\s+|,\s*", text)
    words = [w for w in words if w]
    if not 1 <= len(words) <= 7 or not words[0][:1].isupper():
        return False
    if len(words) <= 2 and all(w.lower() in _SECTIONS or w.lower() in _CHROME_WORDS for w in words):
        return False  # "Opinion", "World News": a section label
    return all(_NAME_WORD.match(w) for w in words) and sum(w[:1].isupper() for w in words) <= 5


def byline_and_date(text: str) -> tuple[str | None, dt.date | None]:
    """("Priya Raman", date) from "By Priya Raman · March 3, 2022"; (None, date) from a date line."""
    date = date_line(text)
    if date:
        return None, date
    m = _BY.match(text)
    candidate = m["name"] if m else text
    parts = [p for p in _SEPARATORS.split(candidate) if p.strip()]
    if not parts:
        return None, None
    name, rest_date = _name_on_date(parts[0].strip())
    for part in parts[1:]:
        rest_date = rest_date or date_line(part)
    if len(parts) > 1 and not rest_date and not m:
        return _mixed(text)
    if m and len(name.split()) <= 8 and not name.endswith("."):
        return name, rest_date
    return (name, rest_date) if is_name(name) else _mixed(text)


_ROLE = re.compile(r"\b(?:staff|senior|chief|contributing|special|political|foreign|business|tech(?:nology)?|"
                   r"science|health|sports?|data|investigative|freelance|guest)?\s*(?:writer|reporter|"
                   r"correspondent|editor|journalist|columnist|contributor|analyst|producer|redakteur(?:in)?|"
                   r"journaliste|periodista|redacción|newsroom|desk)s?\b", re.I)
_READING_TIME = re.compile(r"\d{1,3}\s*min(?:ute)?s?\s*read", re.I)
_BY_INSIDE = re.compile(r"\s(?:by|von|par|por)\s+(?=[A-ZÀ-Þ])")


def _mixed(text: str) -> tuple[str | None, dt.date | None]:
    """A byline line in parts: "Published 15 March 2026 · By Jane Doe", "Jane Doe | Staff Writer",
    "Posted on 3/3/2026 by Jane Doe"."""
    if len(text) > 120:
        return None, None
    parts = [p.strip() for p in _SEPARATORS.split(text) if p.strip()]
    if len(parts) == 1:
        parts = [p.strip() for p in _BY_INSIDE.split(text, maxsplit=1)]
        if len(parts) == 2:
            parts[1] = "By " + parts[1]
    name: str | None = None
    date: dt.date | None = None
    roles = 0
    for part in parts:
        by = _BY.match(part)
        if by and name is None and is_name(by["name"]):
            name = by["name"].strip()
        elif date is None and date_line(part):
            date = date_line(part)
        elif (_ROLE.search(part) and len(part.split()) <= 4) or _READING_TIME.fullmatch(part):
            roles += 1
        elif name is None and is_name(part):
            name = part
        else:
            return None, None
    if name and not (date or roles or _BY.match(text) or _BY_INSIDE.search(text)):
        return None, None  # two names side by side: not a byline line we can be sure of
    return name, date


def explicit_byline(text: str) -> str | None:
    """The name of a line that is surely a byline ("By …", "Name | Staff Writer"), not any short name."""
    name, date = byline_and_date(text)
    if name and (_BY.match(text) or _BY_INSIDE.search(text) or date or _ROLE.search(text)):
        return name
    return None


def is_headline(text: str) -> bool:
    """The first substantial line: several words, not chrome, not a date, not a bare name."""
    stripped = text.strip()
    words = stripped.split()
    if len(words) < 3 and len(stripped) < 25:
        return False
    if date_line(stripped) or is_chrome(stripped) or stripped.startswith(("http://", "https://")):
        return False
    if len(words) > 40 or stripped.count(" > ") >= 1 or stripped.count(" / ") >= 2 or "\u203a" in stripped:
        return False  # a paragraph, a breadcrumb trail
    parts = [p for p in re.split(r"\s[|\u00bb\u00b7\u2022]\s", stripped) if p.strip()]
    if len(parts) >= 2 and all(len(p.split()) <= 2 for p in parts):
        return False  # "NEWS | TECH", "World » Europe": section labels
    if len(words) <= 4 and stripped.isupper():
        return False  # "BREAKING NEWS", "WORLD": a kicker, not the headline
    if len(words) <= 8 and _ROLE.search(stripped) and _mixed(stripped)[0]:
        return False  # "Jane Doe | Staff Writer"
    return not _BY.match(stripped) or len(words) > 8


def clean_title(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().strip("#").strip()


def is_source_heading(text: str) -> bool:
    return bool(_SOURCE_HEADING.match(text))


def is_caption(text: str) -> bool:
    """A short line that labels an image: "Photo: Reuters", "(Illustration by ...)", "Credit: ..."."""
    return len(text.split()) <= 40 and bool(_CAPTION.match(text))


def credit_of(text: str) -> str | None:
    m = _CREDIT.search(text)
    return m["credit"].strip().rstrip(".") if m else None


def is_dateline_or_byline(text: str) -> bool:
    """"By Jane Roe", "Published March 3, 2024": the article's metadata printed, not its text."""
    if date_line(text) or explicit_byline(text):
        return True
    return bool(re.match(r"(?i)\s*(?:by|von|par|por|door)\s", text)) and byline_and_date(text)[0] is not None
