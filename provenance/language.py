"""Which language a short text is written in, told from its function words and its letters.

Enough to judge a title's last word or the order of a numeric date (12/08/2024 is 12 August in Paris and
December 8 in New York); not a language identifier. The word lists are data: add a language here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Words that mark a text as written in a language: articles, conjunctions, prepositions, auxiliaries.
MARKERS: dict[str, frozenset[str]] = {
    "en": frozenset("""the of and to in for on with at by from as is are was were be has have will its it's
        this that after over how why what new said""".split()),
    "de": frozenset("""der die das den dem des und mit für von ist sind nicht eine einen einem einer im auf
        zu bei nach wie über sich wird werden auch noch sagte""".split()),
    "fr": frozenset("""le la les de du des et un une pour par sur avec dans est qui que au aux en ne pas
        plus a déclaré""".split()),
    "es": frozenset("""el la los las de del y en para por una un que con es se al como más dijo""".split()),
    "it": frozenset("""il lo la gli le di della delle dei e da per che con un una non è nel alla
        ha""".split()),
    "pt": frozenset("""o a os as de do da dos das e em um uma para com que no na não ao disse""".split()),
    "nl": frozenset("""de het een en van voor met op is in niet dat die zijn wordt zei""".split()),
}
# Letters only some of these languages write: a vote for them when a text has few marker words.
LETTERS: dict[str, str] = {"de": "äöüß", "fr": "çœèêëàâîïôûù", "es": "ñ¿¡", "pt": "ãõ", "it": "òì",
                           "nl": "ĳ"}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SAMPLE = 5_000  # characters: a page's worth tells the language as well as the whole text


def languages_of(words: Sequence[str], text: str = "") -> frozenset[str]:
    """The languages whose marker words (and letters, in text) the words use most; {"en"} when none."""
    low = text.lower()
    votes = {lang: sum(w.lower() in markers for w in words) + any(c in low for c in LETTERS.get(lang, ""))
             for lang, markers in MARKERS.items()}
    best = max(votes.values())
    return frozenset(lang for lang, n in votes.items() if n == best) if best else frozenset({"en"})


_DECLARED = re.compile(r"<html\b[^>]{0,500}?\blang\s*=\s*[\"']?([A-Za-z]{2})\b")


def language_of_text(text: str) -> frozenset[str]:
    """The likeliest languages of a longer text: the one an HTML page declares (`<html lang="fr">`), else
    those its first few thousand characters tell."""
    declared = _DECLARED.search(text[:_SAMPLE])
    if declared:
        return frozenset({declared[1].lower()})
    sample = text[:_SAMPLE]
    return languages_of(_WORD.findall(sample), sample)
