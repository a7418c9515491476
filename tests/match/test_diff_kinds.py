"""Naming what changed in one differing stretch (quoted words vs source words)."""

import pytest

from provenance.match.diff import Words, describe
from provenance.match.normalize import tokenize


def words(text: str, capitalised: bool = False, after_number: bool = False) -> Words:
    toks = tokenize(text)
    caps = tuple(capitalised and text[t.start].isupper() for t in toks)
    return Words(text, tuple(t.key for t in toks), caps, after_number)


@pytest.mark.parametrize(
    ("quoted", "source", "kind"),
    [
        (words("15"), words("16"), "number"),
        (words("fifteen"), words("16"), "number"),
        (words("1.5"), words("15"), "number"),
        (words("miles", after_number=True), words("kilometres"), "number"),  # a unit after a number
        (words("not"), words(""), "negation"),
        (words(""), words("never"), "negation"),
        (words("ever"), words("never"), "negation"),
        (words("isn't"), words("is"), "negation"),
        (words("cannot"), words("can"), "negation"),
        (words("nicht"), words(""), "negation"),
        (words("Martin", capitalised=True), words("Dupont", capitalised=True), "name"),
        (words("light"), words("heavy"), "word"),
        (words("colour"), words("color"), "word"),  # British / American spelling: left a word change
        (words(""), words("for heavy trucks"), "omission"),
        (words("very"), words(""), "addition"),
    ],
)
def test_kind(quoted: Words, source: Words, kind: str) -> None:
    diff = describe(quoted, source)
    assert diff is not None and diff.kind == kind
    assert (diff.quoted, diff.source) == (quoted.text, source.text)


@pytest.mark.parametrize(
    ("quoted", "source"),
    [("e-mail", "email"), ("per cent", "percent"), ("can not", "cannot"), ("U.S.", "US")],
)
def test_not_substantive(quoted: str, source: str) -> None:
    assert describe(words(quoted), words(source)) is None
