"""Findings on the source list as written: undated-source, vague-publisher, truncated-title.

Inline link citations (kind "inline") are exempt from the first two: a link carries no date or outlet
by nature. A title is judged truncated from its own text (ellipsis, dangling function word, a last token
that is no word) and, where they are at hand, from the source's URL slug and the page's own title.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from provenance.checks.base import Context, finding
from provenance.checks.title_words import ABBREVIATIONS, DANGLING, LONG_WORDS, WORD_PREFIXES
from provenance.language import languages_of
from provenance.models import Citation, Finding

GENERIC_PUBLISHERS = frozenset(w.strip() for w in """
news report | news reports | report | reports | online | online news | online source | online
sources | internet | the internet | web | website | web site | webpage | web page | the web | source
| sources | staff | staff report | press release | press | news | news article | article | unknown |
unknown source | n/a | na | none | media reports | media report | media | various | various sources
| anonymous | agency | agencies | wire | wire report | wire services | news agency | news agencies |
news outlet | news site | newspaper | magazine | blog | social media | local media | local news |
reports online | official website | company website | google | search | link | press office |
editorial | editor | tbd | tba | - | ? | quelle | quellen | internetquelle | medienberichte |
pressemitteilung | presse | nachrichten | bericht | source inconnue | communiqué | communiqué de
presse | médias | fuente | fuentes | noticias | prensa | comunicado | fonte | notizie | stampa |
bron | nieuws | persbericht | notícias | imprensa
""".replace("\n", " ").split("|"))

# The vague-publisher rule as a principle: an entry names no outlet when every word of its publisher is a
# generic noun for a report, the web, a press release or social media (or a modifier of one), in any of
# these languages: "Web Report", "Online Article", "Nachrichtenbericht", "Comunicado de prensa". One word
# that is not generic ("Report Magazine", "Internet Archive", "Social Media Today") makes it a name.
GENERIC_WORDS = frozenset("""
report reports news article articles story stories source sources web online internet website websites
site webpage page press release releases statement media social post posts blog wire wires agency
agencies staff various multiple several unknown official government company research study paper
document summary update updates outlet outlets newspaper feed coverage reporting
bericht berichte nachrichten nachrichtenbericht medienbericht medienberichte meldung meldungen
agenturmeldung pressemitteilung pressemeldung presse quelle quellen internetquelle webseite artikel
medien soziale sozialen netzwerke
rapport article source sources communiqué presse dépêche agence agences médias sociaux réseaux
actualité actualités site
informe informes noticia noticias comunicado prensa fuente fuentes medios redes sociales artículo
agencia agencias sitio
rapporto notizia notizie comunicato stampa fonte fonti articolo agenzia agenzie
relatório notícia notícias imprensa artigo agência agências
nieuws nieuwsbericht persbericht bron bronnen
""".split())
_ARTICLES = frozenset("the la le les el il die der das".split())
_CONNECTORS = frozenset("of the a an and de la le les des du di da del y et und e van der die das den"
                        .split())

# Words a title cannot end in unless it was cut: English ones in any case (title case capitalises them),
# others only in lower case (German capitalises nouns: "Das Aus" is complete, "… für die" is not).
_PHRASAL = frozenset("""
log logs logged sign signs signed check checks checking checked move moves moving moved carry
carries carrying go goes going come comes coming hold holds holding turn turns turned keep keeps
game plug plugged drop drops dropping weigh weighs weighing chime chimes stay stays fill fills give
gives giving cash tune tuned lean leans pile piles bring brings sink zero zeroes zeroing switch
switched roll rolls rolling live lives living dig digs digging walk walks sit sits stand stands take
takes taking put puts let lets get gets getting
""".split())

# Two-letter words of the languages newsrooms cite most; a lower-case last token of two letters that is
# not among them is most likely a cut word ("… in Oregon" is fine, "… going missing in Or" is not).
_TWO_LETTER = frozenset("""
ad ah am an as at be by do eh go ha he hi if in is it me my no of oh ok on or ox so to up us we ye da du er es
ja ob wo zu um au ce de et il je la le ma ne ni ou sa se si ta te tu un va vu al el ha lo mi su ya yo di ed io
ti ik je na om op ze zo ao eu ir já lá na os vá dr mr ms st jr sr tv pc id uk eu un ai
""".split())
_TWO_LETTER_EN = frozenset("""
ad ah am an as at be by do eh go ha he hi if in is it me my no of oh ok on or ox so to up us we ye dr mr ms st
jr sr tv pc id uk eu ai al ed jo li wu xi
""".split())
_SINGLE_OK_AFTER = frozenset(
    "vitamin plan part type class section grade hepatitis group series model option phase level world "
    "article annex appendix chapter tier schedule exhibit form lane gate pier block".split())
_VOWELS = set("aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿœ")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f'’]+")
_ELLIPSIS = re.compile(r"(?:…|\.{3,})\s*$")
_DOTTED_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z]\.){1,3}[A-Z]$")
_DANGLING_MARK = re.compile(r"[-–—|:,;/(\[]\s*$")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)


def check(ctx: Context) -> Iterable[Finding]:
    for c in ctx.article.citations:
        name = _name(c)
        if c.kind != "inline":
            if c.date is None and not c.date_text:
                yield finding("undated-source", f"{name} gives no date.", c.line, c.column, source=c.id)
            if is_vague_publisher(c.publisher):
                if c.publisher:
                    message = (f"{name} credits the generic label “{c.publisher}”, not the outlet that "
                               "published it.")
                else:
                    message = f"{name} does not name the outlet that published it."
                yield finding("vague-publisher", message, c.line, c.column, source=c.id)
        resolution = ctx.resolutions.get(c.id)
        page_title = resolution.doc.title if resolution is not None and resolution.doc is not None else None
        if c.title and is_truncated_title(c.title, c.url, page_title):
            yield finding("truncated-title", f"The title of {name.lower() if name[0] == 'S' else name} "
                          f"(“{c.title}”) looks cut off.", c.line, c.column, source=c.id)


def _name(c: Citation) -> str:
    return f"Link {c.id}" if c.kind == "inline" else f"Source {c.id}"


def _fold(s: str) -> str:
    if s.isascii():  # no accents to take off (most titles): the same result, without the walk
        return s.lower()
    return "".join(ch for ch in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(ch))


def is_vague_publisher(publisher: str | None) -> bool:
    """Whether the cited publisher is missing or a generic label rather than an outlet's name."""
    if publisher is None or not publisher.strip():
        return True
    key = re.sub(r"\s+", " ", re.sub(r"[^\w\s/?-]", " ", publisher.lower())).strip()
    if key in GENERIC_PUBLISHERS or not re.search(r"[^\W\d_]", publisher):
        return True
    words = [w for w in re.split(r"[\s/-]+", key) if w]
    nouns = [w for w in words if w not in _CONNECTORS]
    if len(nouns) == 1 and words[0] in _ARTICLES:
        return False  # "The Press", "La Presse", "Die Presse": an article before one noun names a paper
    return bool(nouns) and all(w in GENERIC_WORDS for w in nouns)


def is_truncated_title(title: str, url: str | None = None, page_title: str | None = None) -> bool:
    """Whether a cited title is visibly cut off where it was pasted."""
    t = title.strip().strip("\"'“”‘’«»„").strip()
    if not t:
        return False
    if _ELLIPSIS.search(t):
        before = _ELLIPSIS.sub("", t).rstrip()
        # A real title may end in an ellipsis ("Alles Neue macht der Mai…"); a cut one stops mid-word or on
        # a function word, or the page's own title goes on where it stops.
        if not before:
            return False
        return _cut_at_end(before, url, page_title) or bool(page_title and _continues(before, page_title))
    if _DANGLING_MARK.search(t):
        return True
    return _cut_at_end(t, url, page_title)


def _cut_at_end(t: str, url: str | None, page_title: str | None) -> bool:
    tokens = _TOKEN.findall(t)
    if not tokens or not t[-1].isalnum():
        return False  # ends in punctuation (".", "?", "!", ")", a quote): complete
    last, prev = tokens[-1], (tokens[-2] if len(tokens) > 1 else "")
    if re.search(r"\w\.[a-z]{2,6}$", t):
        return False  # ends in a site's name ("… - mobilsicher.de"), not in a word
    if last.isdigit():
        return False
    languages = languages_of(tokens[:-1], t)  # the last word does not vote: it is the one judged
    dangling = frozenset().union(*(DANGLING[lang] for lang in languages))
    if last.lower() in ABBREVIATIONS and prev and prev.lower() not in dangling:
        return False  # "… Samsung Electronics Co", "… Acme Ltd", "… King Jr"; not "… Over It And Co"
    if _DOTTED_ABBREVIATION.search(t):
        return False  # "… in Washington D.C", "… the U.S": an abbreviation that lost its last dot
    if last.lower() in dangling:
        if len(tokens) == 1 or (len(last) == 1 and prev.lower() in _SINGLE_OK_AFTER):
            return False  # "Vitamin A", "Plan E"
        return not (last.lower() in ("in", "on", "by") and prev.lower() in _PHRASAL)  # "Checking In"
    if page_title and _continues_mid_word(t, page_title):
        return True
    if url and _cut_against_slug(last, prev, url):
        return True
    if not _LATIN.fullmatch(last):
        return False  # a script the word rules below don't know
    if "en" in languages and _cut_english_word(last):
        return True
    if len(last) == 1:
        return last not in ("I", "a") and prev.lower() not in _SINGLE_OK_AFTER
    if last.isupper():
        return False  # an acronym: "UK", "NATO", "AI"
    if len(last) == 2 and not last[1].isupper():  # "öD", "eV" are abbreviations
        # Title case capitalises English words only: a capitalised "Ne" or "Co" is a cut word.
        return last.lower() not in (_TWO_LETTER_EN if last[0].isupper() else _TWO_LETTER)
    return not (set(_fold(last)) & _VOWELS) and len(last) <= 4


def _continues(title: str, page_title: str, *, mid_word: bool = False) -> bool:
    """Whether the page's title starts with the cited title and goes on (within a word, if mid_word)."""
    a = re.sub(r"\s+", " ", _fold(title)).strip()
    b = re.sub(r"\s+", " ", _fold(_ELLIPSIS.sub("", page_title))).strip()
    if not a or len(b) <= len(a) or not b.startswith(a):
        return False
    return b[len(a)].isalnum() and a[-1].isalnum() if mid_word else True


def _continues_mid_word(title: str, page_title: str) -> bool:
    return _continues(title, page_title, mid_word=True)


def _cut_against_slug(last: str, prev: str, url: str) -> bool:
    """The URL's slug spells out a longer word where the title's last word stops ("…-bei-olympia" vs "be")."""
    path = re.sub(r"^[a-z]+://[^/]+", "", url.lower())
    slug = [w for w in re.split(r"[^a-z0-9]+", _fold(path)) if w]
    w, p = _fold(last).replace("'", ""), re.sub(r"['’]", "", _fold(prev))
    for i, token in enumerate(slug):
        if token != w and token.startswith(w) and (not p or (i > 0 and slug[i - 1] == p)):
            return True
    return False


def _cut_english_word(last: str) -> bool:
    """The last word stops inside a common English word ("thro" of "through") and is no word itself."""
    w = last.lower()
    if len(w) < 3 or not w.isalpha() or w in WORD_PREFIXES or w in LONG_WORDS or last.isupper():
        return False
    if any(w + ending in LONG_WORDS for ending in ("s", "es", "d", "ed", "ing", "er", "ers", "ly", "al")):
        return False  # "Officer" of "officers": an inflection, a whole word
    return w in _LONG_WORD_BEGINNINGS


# Every strict beginning of a long word: "thro" is one of "through" (a set look-up, not a scan of the list).
_LONG_WORD_BEGINNINGS = frozenset(long[:n] for long in LONG_WORDS for n in range(1, len(long)))
