"""Normalisation: what never counts as a difference, and offsets back to the text as it stands."""

import pytest

from provenance.match.normalize import normalize, token_key, tokenize


def keys(text: str) -> list[str]:
    return [t.key for t in tokenize(text)]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("“It’s done,” she said", '"It\'s done," she said'),  # curly vs straight quotes and apostrophes
        ("„Es ist gut“, sagte er", "«Es ist gut», sagte er"),  # German and French quotation marks
        ("a well\u2014known fact", "a well-known fact"),  # dashes
        ("well-known", "well known"),  # hyphen vs space
        ("The   PLAN\nis\r\n\tready", "the plan is ready"),  # whitespace, line breaks, case
        ("soft\u00adhyphen zero\u200bwidth", "softhyphen zerowidth"),  # invisible characters
        ("caf&eacute; &amp; bar", "café & bar"),  # HTML entities
        ("ﬁne ＡＢＣ １２", "fine abc 12"),  # NFKC: ligatures, full-width forms
        ("Straße", "STRASSE"),  # case folding
        ("Mädchen", "Madchen"),  # accents
        ("1,200 miles", "1200 miles"),  # thousands separators
        ("15% of voters", "15 percent of voters"),
        ("fifteen people", "15 people"),  # a number word is its number
        ("It rose…", "It rose..."),
    ],
)
def test_not_substantive(a: str, b: str) -> None:
    assert keys(a) == keys(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [("15 people", "16 people"), ("1.5 million", "15 million"), ("is safe", "isn't safe"),
     ("Scott", "Scoot")],
)
def test_substantive(a: str, b: str) -> None:
    assert keys(a) != keys(b)


def test_scripts_without_spaces_give_one_token_per_character() -> None:
    assert keys("「東京は大きい」") == ["東", "京", "は", "大", "き", "い"]


def test_tokens_keep_their_offsets_in_the_original() -> None:
    text = "He said “It’s 15%”."
    assert [text[t.start:t.end] for t in tokenize(text)] == ["He", "said", "It’s", "15", "%"]


def test_normalized_text_maps_back_to_the_original() -> None:
    text = "Hello,\n\n  “Wörld”!"
    norm = normalize(text)
    assert norm.text == "hello world"
    start, end = norm.original_span(6, 11)
    assert text[start:end] == "Wörld"


def test_key_cache_is_consistent() -> None:
    assert token_key("Wörld") == token_key("Wörld") == "world"
