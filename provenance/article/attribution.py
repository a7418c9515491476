"""Who a quotation is credited to, read from the sentence around its quotation marks.

The usual newsroom patterns: '"…," X said', '"…," said X', 'X said: "…"', 'X told Reuters: "…"',
'According to X, "…"', '"…" That was how X put it', 'X described it as "…"', 'NTT researcher Hidenori
Tanaka highlighted a gap: "…"'. A name is a run of capitalised words (with hyphens and particles such as
"van", "de", "bin"); a descriptor ("a spokesperson", "one analyst") is kept as printed; "he"/"she" is
the last named speaker.
"""

from __future__ import annotations

import re

_UP = r"[A-ZÀ-ÖØ-ÞĀ-Ž]"
_PARTICLE = r"(?:van|von|de|der|den|da|di|du|del|della|la|le|bin|binti|al|el|ibn|ter|zu|y|dos|das|st\.)"
_WORD = _UP + r"[\w'’.-]*"
NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD}){{0,6}}"
DESCRIPTOR = (r"(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Ss]ome|[Ss]everal)\s+(?:[\w-]+\s+){0,3}?"
              r"(?:official|officials|spokesperson|spokesman|spokeswoman|representative|analyst|analysts|source|"
              r"sources|expert|experts|executive|researcher|scientist|resident|witness|lawyer|attorney|aide|"
              r"diplomat|minister|economist|observer|critic|employee|worker|manager|statement|report|"
              r"member|person|people|insider|adviser|advisor|teacher|doctor|"
              r"officer|investor|trader|strategist|activist|candidate|voter|student|director|chief)")
_WHO = rf"(?P<who>{NAME}|{DESCRIPTOR}|he|she|they|He|She|They)"
VERBS = (r"(?:said|says|say|told|tells|added|adds|wrote|writes|explained|explains|noted|notes|stated|states|"
         r"argued|argues|insisted|insists|warned|warns|recalled|recalls|continued|replied|commented|declared|"
         r"tweeted|posted|highlighted|emphasi[sz]ed|stressed|acknowledged|admitted|asked|asks|announced|"
         r"claimed|claims|concluded|confirmed|observed|remarked|responded|suggested|urged|cautioned|conceded|"
         r"joked|quipped|pointed out|put it|summed it up|described it|called it|writes in|told reporters|"
         r"sagte|sagt|erklärte|betonte|meinte|schrieb|ergänzte|a déclaré|a dit|a expliqué|a affirmé|déclare|"
         r"explique|affirme|dijo|afirmó|declaró|explicó|señaló|ha detto|ha dichiarato|ha spiegato|zei|"
         r"verklaarde|disse|afirmou|declarou)")
_ACCORDING = (r"(?:[Aa]ccording to|[Ii]n the words of|[Ss]elon|[Ss]egún|[Ll]aut|[Vv]olgens|[Ss]econdo|"
              r"[Ss]egundo)")

_MARK = r"(?:\[\^?[\w-]+\]\s*)?"  # a citation marker between the quotation and its attribution
_APPOSITION = r"(?:,\s[^,\"“”]{1,80},)?"  # "Jane Doe, the bank's chief economist, said"
_AFTER_WHO_VERB = re.compile(rf"^[\s,]*{_MARK}(?:—\s*)?{_WHO}{_APPOSITION}\s+{VERBS}\b")
_AFTER_VERB_WHO = re.compile(rf"^[\s,]*(?:\[\^?[\w-]+\]\s*)?{VERBS}\s+{_WHO}")
# Here the speaker is whatever the sentence names, as written ("flerche", "Jane Doe, John Roe").
_LOOSE_WHO = r"(?P<who>[^\"“”„«»!?]{1,120}?)"
_AFTER_PUT_IT = re.compile(rf"^[\s,.]*{_MARK}(?:That|This)\s+(?:was|is)\s+how\s+{_LOOSE_WHO}\s+"
                           rf"(?:put|summed|phrased|described)\s+it\b")
_BEFORE_ACCORDING = re.compile(rf"\b{_ACCORDING}\s+{_LOOSE_WHO},?\s*$")
_AFTER_ACCORDING = re.compile(rf"^[\s,]*{_MARK}{_ACCORDING}\s+{_LOOSE_WHO}\s*(?:[.,;)]|$)")
_AFTER_DASH = re.compile(rf"^\s*{_MARK}[—–]\s*(?P<who>{NAME})")  # "“…” — Jane Doe, chief executive"
_AFTER_SO = re.compile(rf"^[\s,]*{_MARK}(?:so|sagte|sagt|betonte|erklärte|a déclaré|a dit|dijo|disse|zei)\s+"
                       rf"(?P<who>{NAME})")  # German „…“, so Scholz; French « … », a dit Macron
_BEFORE_WHO_VERB = re.compile(
    rf"{_WHO}(?:,\s[^,\"“”]{{1,80}},)?\s+(?:{VERBS}|described\s+\w+\s+as|called\s+\w+)\b[^\"“”„«:]{{0,120}}?"
    rf"(?::|,|\bas|\bthat)?\s*$")
_PRONOUNS = {"he", "she", "they"}
_CAPITALISED_LEAD = re.compile(
    r"^(?:(?:The|A|An|But|And|Yet|So|Then|Now|Still|Later|Earlier|Prime Minister|Vice President|President|"
    r"Chancellor|Mayor|Governor|Gov\.|Senator|Sen\.|Rep\.|Representative|Minister|Secretary|Judge|Justice|"
    r"Coach|General|Gen\.|Pope|King|Queen|Prince|Princess|CEO|Chairman|Chairwoman)\s+)+")


class Attributor:
    """Reads speakers in article order, remembering the last named one for "he said"."""

    def __init__(self) -> None:
        self.last_named: str | None = None

    def speaker(self, text: str, open_: int, close: int, blockquote: bool = False) -> str | None:
        if blockquote:
            m = re.search(rf"\n\s*[—―–-]{{1,2}}\s*(?P<who>{NAME})", text)
            return self._named(m["who"]) if m else None
        after = text[close + 1:close + 200]
        before = text[max(sentence_start(text, open_), open_ - 300):open_]
        for pattern, part in ((_AFTER_WHO_VERB, after), (_AFTER_VERB_WHO, after), (_AFTER_PUT_IT, after),
                              (_AFTER_ACCORDING, after), (_AFTER_DASH, after), (_AFTER_SO, after),
                              (_BEFORE_ACCORDING, before), (_BEFORE_WHO_VERB, before)):
            m = pattern.search(part)
            if m:
                who = m["who"]
                if pattern is _BEFORE_WHO_VERB:
                    who = _nearest_name(who)
                return self._named(who)
        return None

    def _named(self, who: str) -> str | None:
        who = who.strip().rstrip(",.")
        if who.lower() in _PRONOUNS:
            return self.last_named
        if re.match(DESCRIPTOR, who):
            return who
        who = _CAPITALISED_LEAD.sub("", who)
        if who:
            self.last_named = who
        return who or None


def _nearest_name(who: str) -> str:
    """The name closest to the verb: "NTT researcher Hidenori Tanaka" -> "Hidenori Tanaka"."""
    if re.fullmatch(DESCRIPTOR, who) or who.lower() in _PRONOUNS:
        return who
    runs = re.findall(NAME, who)
    return runs[-1] if runs else who


_STOP = re.compile(r"[.!?]\s+")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Dr|Mr|Mrs|Ms|St|Jr|Sr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Rev|"
                           r"No|Inc|Corp|Co|Ltd|vs|etc|U\.S|U\.K))$")


def is_abbreviation_stop(text: str, dot: int) -> bool:
    """Whether the full stop at text[dot] ends an abbreviation or an initial ("Dr.", "Laura E. Adkins")."""
    return text[dot] == "." and bool(_ABBREVIATION.search(text, max(0, dot - 6), dot))


def sentence_start(text: str, k: int, window: int = 1000) -> int:
    """Where the sentence holding text[k] begins (looking back at most `window` characters)."""
    start = max(0, k - window)
    for m in _STOP.finditer(text, start, k):
        if not is_abbreviation_stop(text, m.start()):
            start = m.end()
    return start
