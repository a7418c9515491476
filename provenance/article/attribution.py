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
# "the union", "the ministry's press office": a common noun phrase names the speaker when a verb follows.
_NOUN_PHRASE = (r"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+"
                r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+")
_WHO = rf"(?P<who>{NAME}|{DESCRIPTOR}|{_NOUN_PHRASE}|he|she|they|He|She|They)"
WHO = _WHO.replace("(?P<who>", "(?:")  # the same, without its group name, for other patterns
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

# A citation marker between the quotation and its attribution: [3], [^3], (3), ^3, ³.
_MARK = r"(?:(?:\[\^?[\w-]+\]|\(\d{1,3}\)|\^\d{1,3}|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})[\s,]*)?"
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
# "Tom Lee: “…”" — a name and a colon, as an interview or a live blog prints who speaks.
_LABEL_WORDS = (r"(?!(?:Editor|Editor's|Editors|Update|Updated|Correction|Headline|Photo|Source|Sources|"
                r"Related|Read|Watch|Listen|Note|Breaking|Live|Video|Title)\b)")
_BEFORE_COLON = re.compile(rf"(?:^|[.!?]\s+){_LABEL_WORDS}(?P<who>{_WORD}\s+{NAME}|{DESCRIPTOR})"
                           rf"(?:\s*\([^()]{{1,60}}\))?\s*:\s*$")
_PRONOUNS = {"he", "she", "they"}
_CAPITALISED_LEAD = re.compile(
    r"^(?:(?:The|A|An|But|And|Yet|So|Then|Now|Still|Later|Earlier|As|In|For|When|While|Like|Per|Asked|"
    r"Speaking|Writing|Prime Minister|Vice President|President|"
    r"Chancellor|Mayor|Governor|Gov\.|Senator|Sen\.|Rep\.|Representative|Minister|Secretary|Judge|Justice|"
    r"Coach|General|Gen\.|Pope|King|Queen|Prince|Princess|CEO|Chairman|Chairwoman)\s+)+")


class Attributor:
    """Reads speakers in article order, remembering the last named one for "he said"."""

    def __init__(self) -> None:
        self.last_named: str | None = None

    def speaker(self, text: str, open_: int, close: int, blockquote: bool = False) -> str | None:
        if blockquote:
            m = re.search(rf"\n\s*[—―–-]{{1,2}}\s*(?P<who>{NAME})", text) or re.search(
                rf"(?:[.!?\"”»'’]|\s)\s*[—―]\s*(?P<who>{NAME})[^—―\n]{{0,120}}$", text[-300:])
            return self._named(m["who"]) if m else None
        after = text[close + 1:close + 200]
        before = text[max(sentence_start(text, open_), open_ - 300):open_]
        for pattern, part in ((_AFTER_WHO_VERB, after), (_AFTER_VERB_WHO, after), (_AFTER_PUT_IT, after),
                              (_AFTER_ACCORDING, after), (_AFTER_DASH, after), (_AFTER_SO, after),
                              (_BEFORE_ACCORDING, before), (_BEFORE_WHO_VERB, before),
                              (_BEFORE_COLON, before)):
            m = pattern.search(part)
            if m:
                who = m["who"]
                if pattern is _BEFORE_WHO_VERB:
                    who = _nearest_name(who)
                elif pattern is _BEFORE_ACCORDING:
                    who = who.split(",")[0]  # "According to a statement from X, officials “…”"
                return self._named(who)
        return None

    def _named(self, who: str) -> str | None:
        who = re.sub(r"[\s,.\u00b9\u00b2\u00b3\u2070-\u2079]+$", "", who.strip())
        if who.lower() in _PRONOUNS:
            return self.last_named
        if re.match(DESCRIPTOR, who) or re.fullmatch(_NOUN_PHRASE, who):
            return who
        who = _CAPITALISED_LEAD.sub("", who)
        if who:
            self.last_named = who
        return who or None


def _nearest_name(who: str) -> str:
    """The name closest to the verb: "NTT researcher Hidenori Tanaka" -> "Hidenori Tanaka"."""
    runs = re.findall(NAME, who)
    if re.fullmatch(_NOUN_PHRASE, who) and len(runs) > 1:
        return runs[-1]  # "the union's chief Jane Doe"
    if re.fullmatch(DESCRIPTOR, who) or re.fullmatch(_NOUN_PHRASE, who) or who.lower() in _PRONOUNS:
        return who
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
