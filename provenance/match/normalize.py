"""The one normalisation every comparison goes through: text -> tokens with comparison keys.

A token keeps its offsets in the ORIGINAL text (so evidence is returned as it stands) and a `key` that
erases what is not substantive: Unicode compatibility forms (NFKC), case, accents, apostrophe styles, soft
hyphens, zero-width characters, HTML entities, thousands separators and number words ("fifteen" == "15",
"%" == "percent"). Whitespace, line breaks, quotation marks, dashes and ellipses are never tokens, so they
cannot differ. Scripts written without spaces (Chinese, Japanese, Thai…) give one token per character.
"""

from __future__ import annotations

import html
import re
import sys
import unicodedata
from dataclasses import dataclass
from itertools import accumulate, compress

# Scripts without word spaces: every character is a token (character n-grams do the indexing).
_NOSPACE = (
    "\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff"  # Thai, Lao, Myanmar, Khmer
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # kana, CJK ideographs
)
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_APOS = "'\u2019\u02bc\u2018\u0060\u00b4\u2032"
_LETTER = rf"[^\W_{_NOSPACE}]"
_ENTITY = r"&#?[A-Za-z0-9]{1,8};"
# One token: a no-space-script character | a number (with its separators and a unit suffix such as
# "21st") | a word (letters with inner apostrophes, soft hyphens, entities) | a symbol that carries meaning.
# Every repetition is over disjoint character classes, so matching is linear (no backtracking blow-up).
# From Python 3.11 the repetitions are also possessive and runs of letters are taken in one step, which
# makes tokenising a page ~20% cheaper; the tokens are the same (3.10 keeps the plain pattern).


def _token_pattern(possessive: bool) -> str:
    p = run = "+" if possessive else ""  # run: a whole run of letters per step; p: never give it back
    return (
        rf"[{_NOSPACE}]"
        rf"|\d+{p}(?:[.,]\d+)*{p}{_LETTER}*{p}"
        rf"|(?:{_LETTER}|{_ENTITY})(?:{_LETTER}{run}{p}|[{_INVISIBLE}]{run}{p}|[{_APOS}](?={_LETTER})|{_ENTITY})*{p}"
        r"|[%$\u20ac\u00a3\u00a5]"
    )


# One group, the whole token: TOKEN_RE.split(text) is [gap, token, gap, token, ..., gap] in one C-level
# pass (offsets follow from the lengths, so no match object is made per token).
TOKEN_RE = re.compile(f"({_token_pattern(sys.version_info >= (3, 11))})")
_DROP_RE = re.compile(rf"[{_APOS}{_INVISIBLE}]")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")

NUMBER_WORDS: dict[str, str] = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
NUMBER_WORDS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70",
                     "eighty": "80", "ninety": "90", "hundred": "100", "dozen": "12"})
NUMBER_WORDS.update({w: str(i) for i, w in enumerate(
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf".split())})
NUMBER_WORDS.update({"%": "percent", "pct": "percent", "prozent": "percent", "procent": "percent",
                     "porcentaje": "percent"})


class _KeyCache(dict[str, str]):
    """raw token -> key; a missing one is computed (and stored) by token_key, so a whole text is keyed
    with one C-level map over the cache."""

    def __missing__(self, raw: str) -> str:
        return token_key(raw)


_KEY_CACHE: dict[str, str] = _KeyCache()


@dataclass(frozen=True)
class Token:
    key: str  # what comparisons use
    start: int  # offsets in the original text
    end: int


def token_key(raw: str) -> str:
    """The comparison key of one raw token (memoised: texts repeat their words)."""
    key = _KEY_CACHE.get(raw)
    if key is not None:
        return key
    if raw.isascii() and raw.isalpha():  # most words: NFKC, accents and apostrophes cannot apply
        text = raw.lower()
        key = NUMBER_WORDS.get(text, text)
    else:
        key = _key_of(raw)
    if len(_KEY_CACHE) > 200_000:  # bounded: untrusted input could be an endless vocabulary
        _KEY_CACHE.clear()
    _KEY_CACHE[raw] = key
    return key


def _key_of(raw: str) -> str:
    text = html.unescape(raw) if "&" in raw else raw
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        text = unicodedata.normalize("NFC", text)
    text = _DROP_RE.sub("", text)
    if text[:1].isdigit():
        text = _number_key(text)
    key = NUMBER_WORDS.get(text, text)
    if raw[0] == "&" and not any(c.isalnum() for c in key) and key not in NUMBER_WORDS.values():
        key = ""
    return key


def _number_key(text: str) -> str:
    """1,200 == 1.200 == 1200 (thousands separators); 1,5 == 1.5 (decimal comma)."""
    m = _THOUSANDS_RE.fullmatch(text)
    if m:
        return text.replace(m.group(1), "")
    head = len(text) - len(text.lstrip("0123456789.,"))
    return text[:head].replace(",", ".") + text[head:]


def tokenize(text: str) -> list[Token]:
    keys, starts, ends = token_spans(text)
    return [Token(k, s, e) for k, s, e in zip(keys, starts, ends, strict=True)]


def token_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """Keys, starts and ends as parallel lists: the compact form indexes store. Whole-text operations
    only (one regex split, key look-ups by map, offsets by accumulating lengths): pages are long."""
    parts = TOKEN_RE.split(text)
    raws = parts[1::2]
    keys = list(map(_KEY_CACHE.__getitem__, raws))  # a word not seen before is keyed on the way
    offsets = list(accumulate(map(len, parts)))  # [start 0, end 0, start 1, end 1, ..., len(text)]
    starts, ends = offsets[0:-1:2], offsets[1::2]
    if "" in keys:  # an entity standing for punctuation or a space (&amp; &nbsp;): not a token
        kept = [bool(key) for key in keys]
        return list(compress(keys, kept)), list(compress(starts, kept)), list(compress(ends, kept))
    return keys, starts, ends


@dataclass(frozen=True)
class Normalized:
    """A text in normalised form with, for each of its characters, the original span it came from."""

    text: str
    starts: tuple[int, ...]  # per normalised character: start of its token in the original text
    ends: tuple[int, ...]  # per normalised character: end of its token in the original text

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text that normalised characters [start, end) came from."""
        if not self.text or end <= start:
            return (self.starts[start], self.starts[start]) if start < len(self.starts) else (0, 0)
        return self.starts[start], self.ends[end - 1]


def normalize(text: str) -> Normalized:
    """The normalised text (token keys joined by single spaces) with an offset map back to `text`."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for tok in tokenize(text):
        if parts:
            parts.append(" ")
            starts.append(tok.start)
            ends.append(tok.start)
        parts.append(tok.key)
        starts.extend([tok.start] * len(tok.key))
        ends.extend([tok.end] * len(tok.key))
    return Normalized("".join(parts), tuple(starts), tuple(ends))
