"""What changed: names the kind of one differing stretch of a quotation against its source passage.

A stretch is the run of tokens between two matched tokens: quoted words on one side, source words on the
other (either may be empty). Not substantive, so no difference: the same letters split or joined
differently ("e-mail" / "email", "per cent" / "percent"). Otherwise, by priority:
  negation  a negating word added, dropped or swapped ("never" -> "ever", "is" -> "isn't")
  number    a number differs (digits or number words; "15%" == "15 percent" is no change), or its unit
  omission  source words dropped without an elision mark     addition  words added
  name      a capitalised word (not the first of a sentence) swapped for another
  word      any other content word swapped
A name that differs only in case never gets here: keys are case-folded.
"""

from __future__ import annotations

from dataclasses import dataclass

from provenance.models import Difference

NEGATIONS = frozenset(
    # English
    "not no never none nobody nothing neither nor cannot without nowhere noone nay".split()
    # German, Dutch, French, Spanish, Italian, Portuguese, Scandinavian (the languages most often quoted)
    + "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand weder".split()
    + "niet geen nooit niets niemand ne pas jamais aucun aucune rien personne sans".split()
    + "nunca nada nadie ningun ninguno ninguna tampoco ni non mai nessuno niente senza nao nem".split()
    + "ikke ingen aldri inte aldrig intet".split()
)
UNITS = frozenset(
    "percent % km kilometers kilometres miles mile meters metres m cm mm kg kilograms pounds lb lbs tons "
    "tonnes grams g hours hour minutes minute seconds days day weeks months years year dollars euros "
    "million millions billion billions trillion thousand hundred mph kph degrees $ € £ ¥ millionen "
    "milliarden mio mrd".split()
)


@dataclass(frozen=True)
class Words:
    """One side of a differing stretch."""

    text: str  # as it stands (the quotation's or the source's characters)
    keys: tuple[str, ...]
    capitalised: tuple[bool, ...]  # capitalised and not the first word of a sentence
    after_number: bool = False  # the matched token just before the stretch is a number


def is_negation(key: str) -> bool:
    return key in NEGATIONS or key.endswith("nt") and key[:-2] in _NT_STEMS


# keys lose their apostrophe: "isn't" -> "isnt"; only these stems make an "n't" negation
_NT_STEMS = frozenset(
    "is are was were do does did have has had could would should might must ca wo ai need dare sha".split()
)


def is_number(key: str) -> bool:
    return key[:1].isdigit()


def _joined(keys: tuple[str, ...]) -> str:
    return "".join(keys).replace("-", "")


def describe(quoted: Words, source: Words) -> Difference | None:
    """The difference one stretch makes, or None when it is not substantive."""
    if _joined(quoted.keys) == _joined(source.keys):
        return None
    kind = _kind(quoted, source)
    return Difference(kind, quoted.text, source.text)


def _kind(quoted: Words, source: Words) -> str:
    q_neg = sorted(k for k in quoted.keys if is_negation(k))
    s_neg = sorted(k for k in source.keys if is_negation(k))
    if q_neg != s_neg:
        return "negation"
    q_num = [k for k in quoted.keys if is_number(k)]
    s_num = [k for k in source.keys if is_number(k)]
    if quoted.keys and source.keys:
        if q_num != s_num and (q_num or s_num):
            return "number"
        if quoted.after_number and (set(quoted.keys) | set(source.keys)) & UNITS:
            return "number"
    if not quoted.keys:
        return "omission"
    if not source.keys:
        return "addition"
    if any(quoted.capitalised):
        return "name"
    return "word"
