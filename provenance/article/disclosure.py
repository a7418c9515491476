"""Does a caption, credit, alt text or short disclaimer say its image was made by AI?

A small grammar over the word tables in `disclosure_words.py`. The text is split into clauses (at stops,
commas, brackets, bars); a clause discloses when, after an optional label ("Image:", "Foto:") and a subject
that is this image ("The image above was", "Dieses Bild wurde", "Cette illustration a été"), it says

- made + by + maker:      "generated with Stable Diffusion", "produced by a text-to-image model",
                          "Imagen generada con IA", "Immagine creata dall'IA";
- by + maker + made:      "mit KI erstellt", "met AI gemaakt" (German and Dutch order);
- maker-made [image]:     "AI-generated", "KI-generiertes Bild", "Midjourney-generated illustration";
- maker image:            "AI image via Ideogram", "KI-Bild";
- image + by + maker:     "Photo illustration by Gemini";
- synthetic image;

or when a credit names a maker ("Image: Midjourney", "Bild: Getty Images/KI", "Photo credit: Adobe
Firefly"), or the whole text is made of these words ("Generated image (AI)"). "In this AI-generated
illustration" counts wherever it stands: "this" points at the image.

What is not a disclosure: a clause whose subject is something else ("Critics say AI-generated images flood
social media"), AI images in general (a plural without "these"), a phrase followed by the verb of a sentence
about it ("AI-generated image went viral"), a negation before it ("not AI-generated", "kein KI-Bild"), a
name ("Ai Weiwei", "Mistral AI"). Callers apply this to captions, credits, alt texts and short standalone
lines only, never to body paragraphs.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from provenance.article import disclosure_words as words

_MAX_CHARS = 400  # a disclosure is a caption or a disclaimer, not an essay
_BREAKS = frozenset(".!?;,()[]|")
_OPENERS = frozenset("([|")  # a bare tool name in brackets or after a bar is a credit: "(Midjourney)"
_CREDIT_SPLIT = frozenset(words.CREDIT_JOINERS)
_TOKEN = re.compile(r"[^\W_]+(?:\.[^\W_]+)+\.?|[^\W_]+|[:/|(),;.!?\[\]&+©]")


@dataclass(frozen=True)
class _Tok:
    low: str
    capital: bool  # written with a capital: "Ai Weiwei", "Mistral AI"


class _Phrases:
    """A table of phrases (word tuples) looked up by their first word, longest first."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for phrase in set(phrases):
            parts = tuple(phrase.split())
            self._by_first.setdefault(parts[0], []).append(parts)
        for options in self._by_first.values():
            options.sort(key=len, reverse=True)

    def first_words(self) -> frozenset[str]:
        return frozenset(self._by_first)

    def at(self, toks: Sequence[_Tok], i: int) -> int:
        """The length of the longest phrase starting at toks[i], 0 when none does."""
        if i >= len(toks):
            return 0
        for parts in self._by_first.get(toks[i].low, ()):
            if tuple(t.low for t in toks[i:i + len(parts)]) == parts:
                return len(parts)
        return 0


_GENERATORS = {level: _Phrases(name for name, lv in words.GENERATORS.items() if lv >= level)
               for level in (0, 1, 2)}
_AI = _Phrases(words.AI_NOUNS)
_AI_ADJ = frozenset(words.AI_ADJECTIVES)
_PREP = _Phrases(words.AGENT_PREPOSITIONS)
_ARTICLES = frozenset(words.ARTICLES)
_IMAGE = _Phrases(words.IMAGE_NOUNS)
_PLURAL = _Phrases(words.IMAGE_PLURALS)
_LABEL = _Phrases(words.LABELS)
_DEICTIC = _Phrases(words.DEICTICS)
_IMAGE_ADJ = _Phrases(words.IMAGE_ADJECTIVES)
_IMAGE_ADJ_AFTER = _Phrases(words.IMAGE_ADJECTIVES_AFTER)
_VERSION = re.compile(r"v?\d+(?:\.\d+)*|" + "|".join(words.VERSION_WORDS))
_PLURAL_DEICTICS = frozenset(words.PLURAL_DEICTICS)
_THIS = frozenset(words.POINTING_WORDS)
_COPULA = _Phrases(words.COPULAS)
_ADVERBS = frozenset(words.ADVERBS)
_NEGATIONS = _Phrases(words.NEGATIONS)
_DISCUSSION = frozenset(words.DISCUSSION_VERBS)
_SYNTHETIC = frozenset(words.SYNTHETIC)
_VERB = re.compile("(?:" + "|".join(words.MAKING_VERBS) + ")")
_GENERATING = re.compile("(?:" + "|".join(words.GENERATING_VERBS) + ")")
_RELATIVE = frozenset(words.RELATIVE_PRONOUNS)
_QUALIFYING = frozenset(words.QUALIFYING_PREPOSITIONS)
_TRIGGERS = (_GENERATORS[0].first_words() | _AI.first_words() | _SYNTHETIC)
_ALL_PHRASES = (_GENERATORS[0], _AI, _PREP, _IMAGE, _PLURAL, _LABEL, _DEICTIC, _COPULA, _NEGATIONS)


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    for odd, plain in (("\u2019", "'"), ("\u2018", "'"), ("\u2010", "-"), ("\u2011", "-"), ("\u00a0", " "),
                       ("\u00b7", " ")):
        text = text.replace(odd, plain)
    return re.sub(r"\s[-\u2013\u2014]+\s|[\u2013\u2014]", " | ", text)


def _clauses(text: str) -> list[tuple[str, list[_Tok]]]:
    """The text's clauses, each with the break that opened it ("" for the first)."""
    clauses: list[tuple[str, list[_Tok]]] = [("", [])]
    raws = _TOKEN.findall(_plain(text))
    for n, raw in enumerate(raws):
        if raw == "," and n + 1 < len(raws) and raws[n + 1].lower() in _RELATIVE:
            continue  # a relative clause belongs to the clause it qualifies
        if raw in _BREAKS:
            if clauses[-1][1]:
                clauses.append((raw, []))
            else:
                clauses[-1] = (raw if raw in _OPENERS else clauses[-1][0], [])
            continue
        clauses[-1][1].append(_Tok(raw.lower().rstrip(".") if raw.count(".") == 1 else raw.lower(),
                                   raw[:1].isupper()))
    return [c for c in clauses if c[1]]


def generator_named(text: str | None, level: int = 2) -> str | None:
    """The image generator `text` names, as the table writes it, or None. Level 2 (the default) takes only
    names that mean the generator wherever they stand ("Midjourney", "DALL-E 3"); level 1 adds those that
    do in a credit or a metadata field ("ChatGPT", "Gemini")."""
    if not text:
        return None
    for _, toks in _clauses(text[:2000]):
        for i in range(len(toks)):
            n = _GENERATORS[level].at(toks, i)
            if n:
                return " ".join(t.low for t in toks[i:i + n])
    return None


def is_ai_disclosure(text: str) -> bool:
    """True when text discloses that an image was generated (or substantially made) by AI."""
    if not text or len(text) > _MAX_CHARS:
        return False
    clauses = _clauses(text)
    every = [t for _, toks in clauses for t in toks]
    if not any(t.low in _TRIGGERS for t in every):
        return False
    if _all_disclosure_words(every):
        return True
    last = len(clauses) - 1
    return any(_clause_discloses(toks, bare_tool=opener in _OPENERS or n == last and opener in ("", "."))
               for n, (opener, toks) in enumerate(clauses)
               if not _appositive(clauses, n))


def _appositive(clauses: list[tuple[str, list[_Tok]]], n: int) -> bool:
    """", generated by AI, caused a dip": a phrase between commas inside a sentence that goes on."""
    if n == 0 or n + 1 >= len(clauses) or clauses[n][0] != ",":
        return False
    opener, following = clauses[n + 1]
    return opener == "," and not following[0].capital


def _clause_discloses(toks: list[_Tok], bare_tool: bool) -> bool:
    start = _label_end(toks)
    if start and _credit_names_ai(toks[start:]):
        return True
    if not start and bare_tool and _GENERATORS[2].at(toks, 0) == len(toks):
        return True
    if _statement(toks, start):
        return True
    return any(t.low in _THIS and _statement(toks, i) for i, t in enumerate(toks) if i > start)


def _label_end(toks: list[_Tok]) -> int:
    """After "Image:", "Photo credit /", "©": where the credit's value begins, 0 without a label."""
    if toks and toks[0].low == "©":
        return 1
    n = _LABEL.at(toks, 0)
    if n and n < len(toks) and toks[n].low in (":", "/"):
        return n + 1
    return 0


def _credit_names_ai(toks: list[_Tok]) -> bool:
    """A credit's value with a part that is an image tool or AI: "Getty Images/Midjourney", "KI"."""
    parts: list[list[_Tok]] = [[]]
    for t in toks:
        if t.low in _CREDIT_SPLIT:
            parts.append([])
        else:
            parts[-1].append(t)
    for part in filter(None, parts):
        end = _maker_at(part, 0, level=1)
        if end and all(_VERSION.fullmatch(t.low) for t in part[end:]):  # "Midjourney v6", not "…-Logo"
            return True
        if _statement(part, 0):
            return True
    return False


def _statement(toks: list[_Tok], i: int) -> bool:
    """From toks[i]: a subject that is this image, then one of the grammar's cores."""
    subject = _Subject.read(toks, i)
    if subject is None:
        return False
    k = subject.end
    if subject.plural and not subject.pointed:
        return False
    if _made_by(toks, k) or _by_made(toks, k) or _maker_made(toks, k) or _maker_image(toks, k):
        return True
    if subject.image_last and _maker_after_preposition(toks, k, level=1):
        return True
    return k < len(toks) and toks[k].low in _SYNTHETIC and _image_at(toks, k + 1)[0] > 0


@dataclass(frozen=True)
class _Subject:
    end: int
    plural: bool
    pointed: bool  # "these", "diese": a plural that points at the images shown
    image_last: bool  # the subject ends with the image's noun: "Photo illustration" (by Gemini)

    @staticmethod
    def read(toks: list[_Tok], i: int) -> _Subject | None:
        """Articles, deictics, the image's noun, a copula, adverbs; None when a negation stands there."""
        plural = pointed = image_last = False
        while i < len(toks):
            if _NEGATIONS.at(toks, i):
                return None
            n, is_plural = _image_at(toks, i + _IMAGE_ADJ.at(toks, i))
            if n:
                plural, image_last = plural or is_plural, True
                i += _IMAGE_ADJ.at(toks, i) + n
                i = _past_qualifier(toks, i + _IMAGE_ADJ_AFTER.at(toks, i))
                continue
            n = max(_DEICTIC.at(toks, i), _COPULA.at(toks, i),
                    int(toks[i].low in _ADVERBS or toks[i].low in _ARTICLES))
            if not n:
                break
            pointed = pointed or toks[i].low in _PLURAL_DEICTICS
            image_last, i = False, i + n
        return _Subject(i, plural, pointed, image_last)


def _past_qualifier(toks: list[_Tok], i: int) -> int:
    """"The image at the top of this story was …": past a short phrase qualifying the image, to its copula."""
    for j in range(i + 1, min(i + 8, len(toks))):
        if _COPULA.at(toks, j):
            between = toks[i:j]
            if any(t.low in _DISCUSSION or _NEGATIONS.at(toks, i + m) for m, t in enumerate(between)):
                return i
            return j if _PREP.at(toks, i) or toks[i].low in _QUALIFYING else i
    return i


def _image_at(toks: list[_Tok], i: int) -> tuple[int, bool]:
    """The length of an image noun at toks[i] and whether it is plural."""
    n = _IMAGE.at(toks, i)
    if n:
        return n, False
    n = _PLURAL.at(toks, i)
    return n, n > 0


def _made_by(toks: list[_Tok], k: int) -> bool:
    """"generated with Stable Diffusion", "produced by a text-to-image model"."""
    k = _skip_adverbs(toks, k)
    if k >= len(toks) or not _VERB.fullmatch(toks[k].low):
        return False
    level = 0 if _GENERATING.fullmatch(toks[k].low) else 1
    return _maker_after_preposition(toks, _skip_adverbs(toks, k + 1), level)


def _by_made(toks: list[_Tok], k: int) -> bool:
    """German and Dutch order: "mit KI erstellt", "met AI gemaakt"."""
    p = _PREP.at(toks, k)
    if not p:
        return False
    end = _maker_at(toks, k + p, level=0)
    if not end:
        return False
    verb = _skip_adverbs(toks, end)
    return verb < len(toks) and bool(_VERB.fullmatch(toks[verb].low))


def _maker_made(toks: list[_Tok], k: int) -> bool:
    """"AI-generated", "KI-generiertes Bild", "Midjourney-generated image" — not "…images flood"."""
    end = _maker_at(toks, k, level=1)
    if not end or end >= len(toks) or not _VERB.fullmatch(toks[end].low):
        return False
    n, plural = _image_at(toks, end + 1)
    after = end + 1 + n
    return not plural and not (after < len(toks) and toks[after].low in _DISCUSSION)


def _maker_image(toks: list[_Tok], k: int) -> bool:
    """"AI image via Ideogram", "KI-Bild": short, singular, and no verb of a sentence after it."""
    end = _maker_at(toks, k, level=1)
    if not end:
        return False
    n, plural = _image_at(toks, end)
    return (bool(n) and not plural and len(toks) <= 8
            and not any(t.low in _DISCUSSION for t in toks[end + n:]))


def _maker_after_preposition(toks: list[_Tok], k: int, level: int) -> bool:
    p = _PREP.at(toks, k)
    return bool(p) and bool(_maker_at(toks, k + p, level))


def _maker_at(toks: list[_Tok], k: int, level: int) -> int:
    """Where a maker (an image tool of at least `level`, or AI) starting at toks[k] ends, 0 if none.
    Articles and adjectives may come first ("a text-to-image model", "künstlicher Intelligenz")."""
    while k < len(toks):
        if _owner_of_tool(toks, k):
            k += 2 if k + 1 < len(toks) and toks[k + 1].low == "s" else 1
            continue
        n = _GENERATORS[level].at(toks, k)
        if n and not (_GENERATORS[1].at(toks, k) < n and _followed_by_name(toks, k + n)):
            return k + n
        n = _AI.at(toks, k)
        if n and not _followed_by_name(toks, k + n):  # "Ai Weiwei", "AI Weiwei"
            return k + n
        if toks[k].low not in _ARTICLES and toks[k].low not in _AI_ADJ:
            return 0
        k += 1
    return 0


def _owner_of_tool(toks: list[_Tok], k: int) -> bool:
    """"Google's Imagen 3", "Photoshop Generative Fill": a capitalised maker's name before its tool."""
    if not toks[k].capital or _GENERATORS[0].at(toks, k) or _AI.at(toks, k):
        return False
    nxt = k + 2 if k + 1 < len(toks) and toks[k + 1].low == "s" else k + 1
    return bool(_GENERATORS[0].at(toks, nxt))


def _followed_by_name(toks: list[_Tok], k: int) -> bool:
    """A capitalised word the grammar does not know at toks[k]: the maker was part of a name."""
    return k < len(toks) and toks[k].capital and not _known(toks, k) and not _VERB.fullmatch(toks[k].low)


def _skip_adverbs(toks: list[_Tok], k: int) -> int:
    while k < len(toks) and toks[k].low in _ADVERBS:
        k += 1
    return k


@cache
def _known_word(word: str) -> bool:
    return any(word in table.first_words() for table in _ALL_PHRASES)


def _known(toks: Sequence[_Tok], k: int) -> bool:
    low = toks[k].low
    return (_known_word(low) or low in _ARTICLES or low in _ADVERBS or low in _AI_ADJ
            or low in _SYNTHETIC or bool(_VERB.fullmatch(low)))


def _all_disclosure_words(toks: list[_Tok]) -> bool:
    """"Generated image (AI)": nothing but the disclosure's own words, with a maker and a verb or noun."""
    if len(toks) > 8 or not all(_known(toks, k) or toks[k].low in (":", "/") for k in range(len(toks))):
        return False
    has_maker = any(_maker_at(toks, k, level=1) for k in range(len(toks)))
    has_image = any(_VERB.fullmatch(t.low) or _image_at(toks, k)[0] for k, t in enumerate(toks))
    return has_maker and has_image and not any(_NEGATIONS.at(toks, k) for k in range(len(toks)))
