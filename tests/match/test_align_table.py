"""The matcher, case by case: (quotation, source text) -> verified, or the differences an editor must see.

Design choice stated here: an elision that hides a negation ("is … safe" from "is not safe") is
`verified`, because the contract allows marked elisions; the alignment flags it (`elided_negation`) so a
check can warn about it later without calling the quotation false.
"""

import pytest

from provenance.match import align

SOURCE = (
    "The council met on Tuesday. Mayor Anne Dupont said the bridge is not safe for heavy trucks and "
    "will close on 15 March for repairs that cost $4 billion.\n\n"
    "Engineers have never seen corrosion this bad, she added. The company, Acme Corp, "
    "declined to comment. About 15 percent of the deck must be replaced."
)

VERIFIED = [
    ("verbatim", "Mayor Anne Dupont said the bridge is not safe for heavy trucks"),
    ("fragment inside a sentence", "is not safe for heavy"),
    ("curly vs straight quotes", "Engineers have never seen corrosion this bad, she added"),
    ("case of a name", "mayor anne dupont said"),
    ("trailing punctuation", "declined to comment!"),
    ("paragraph break in the source", "repairs that cost $4 billion. Engineers have never seen"),
    ("ellipsis …", "Mayor Anne Dupont said … will close on 15 March"),
    ("ellipsis ...", "The council met on Tuesday... Mayor Anne Dupont"),
    ("ellipsis [...]", "the bridge is not safe [...] for repairs that cost $4 billion"),
    ("bracketed insertion", "[The mayor] said the bridge is not safe"),
    ("insertion standing for a word", "The company, [Acme], declined to comment"),
    ("[sic]", "will close on 15 March [sic] for repairs"),
    ("bracketed capital", "[T]he bridge is not safe"),
    ("percent sign", "About 15% of the deck must be replaced"),
    ("number word", "About fifteen percent of the deck"),
    ("elision hiding a negation (allowed, flagged)", "the bridge is … safe for heavy trucks"),
]


@pytest.mark.parametrize(("case", "quote"), VERIFIED, ids=[c for c, _ in VERIFIED])
def test_verified(case: str, quote: str) -> None:
    a = align(quote, SOURCE)
    assert a is not None and a.verified, (case, a)
    assert a.score >= 95


def test_elision_hiding_a_negation_is_flagged() -> None:
    a = align("the bridge is … safe for heavy trucks", SOURCE)
    assert a is not None and a.verified and a.elided_negation
    b = align("the bridge is not safe … heavy trucks", SOURCE)
    assert b is not None and b.verified and not b.elided_negation


MISQUOTED = [
    ("15 -> 50", "will close on 50 March for repairs", [("number", "50", "15")]),
    ("money changed", "for repairs that cost $5 billion", [("number", "5", "4")]),
    ("fifteen -> 16", "About sixteen percent of the deck must be replaced", [("number", "sixteen", "15")]),
    ("never -> ever", "Engineers have ever seen corrosion this bad", [("negation", "ever", "never")]),
    ("not dropped", "Mayor Anne Dupont said the bridge is safe for heavy trucks", [("negation", "", "not")]),
    ("not added", "Engineers have not never seen corrosion this bad", [("negation", "not", "")]),
    ("is -> isn't", "The company, Acme Corp, isn't declined to comment", [("negation", "isn't", "")]),
    ("name swapped", "Mayor Anne Martin said the bridge is not safe", [("name", "Martin", "Dupont")]),
    ("content word swapped", "the bridge is not safe for light trucks", [("word", "light", "heavy")]),
    ("words dropped", "Mayor Anne Dupont said the bridge is not safe and will close", [
        ("omission", "", "for heavy trucks")]),
    ("word added", "The council met secretly on Tuesday", [("addition", "secretly", "")]),
    ("last word changed", "Engineers have never seen corrosion this good", [("word", "good", "bad")]),
]


@pytest.mark.parametrize(("case", "quote", "expected"), MISQUOTED, ids=[c for c, _, _ in MISQUOTED])
def test_misquoted(case: str, quote: str, expected: list[tuple[str, str, str]]) -> None:
    a = align(quote, SOURCE)
    assert a is not None and not a.verified and a.close, (case, a)
    assert [(d.kind, d.quoted, d.source) for d in a.differences] == expected
    assert 60 <= a.score < 100


def test_evidence_is_the_passage_as_it_stands() -> None:
    source = "He said: “We  will\nnot  give up” — and left."
    a = align('we will not give up', source)
    assert a is not None and a.evidence == "We  will\nnot  give up"


def test_unrelated_text_is_not_close() -> None:
    a = align("Stock markets fell sharply in Asia after the announcement of new tariffs", SOURCE)
    assert a is None or not a.close


@pytest.mark.parametrize(
    ("quote", "source", "verified"),
    [
        ("Es ist nicht mehr und nicht weniger als das Überleben",
         "Der Autor schrieb: „Es ist nicht mehr und nicht weniger als das Überleben“.", True),
        ("C’est une « bonne » nouvelle", "Il a dit : « C'est une bonne nouvelle » hier.", True),
        ("東京は大きいと彼は言った", "昨日、「東京は大きい」と彼は言った。", True),
        ("東京は小さいと彼は言った", "昨日、「東京は大きい」と彼は言った。", False),
        ("Es ist mehr als das Überleben", "Es ist nicht mehr als das Überleben.", False),
    ],
)
def test_other_languages_and_their_quotation_marks(quote: str, source: str, verified: bool) -> None:
    a = align(quote, source)
    assert a is not None and a.verified is verified


def test_page_furniture_between_paragraphs_is_not_an_omission() -> None:
    source = "The plan will cost more than expected\n\nAdvertisement\n\nand take ten years to build."
    a = align("The plan will cost more than expected and take ten years to build", source)
    assert a is not None and a.verified


def test_words_dropped_inside_one_paragraph_are_an_omission() -> None:
    source = "The plan will cost more than expected and, critics say, take ten years to build."
    a = align("The plan will cost more than expected and take ten years to build", source)
    assert a is not None and [d.kind for d in a.differences] == ["omission"]


def test_two_sentences_stitched_without_an_elision_mark() -> None:
    source = ("The minister said the budget would fund schools across the region, and she added that "
              "hospitals in the north would also get more money than ever, according to officials.")
    a = align("The minister said the budget would fund schools, according to officials", source)
    assert a is not None and not a.verified
    assert [d.kind for d in a.differences] == ["omission"]


def test_a_very_long_quotation_is_aligned_in_chunks() -> None:
    words = [f"w{i % 97}x{i // 97}" for i in range(700)]
    source = "Intro words here. " + " ".join(words) + " and the end."
    assert align(" ".join(words), source).verified
    changed = list(words)
    changed[400] = "changed"
    del changed[600:603]
    a = align(" ".join(changed), source)
    assert a is not None and a.close
    assert [d.kind for d in a.differences] == ["word", "omission"]
    cut = words[:250] + words[252:]  # two words dropped exactly where two chunks meet
    b = align(" ".join(cut), source)
    assert b is not None and [d.kind for d in b.differences] == ["omission"]


def test_a_segment_past_the_end_of_the_source_is_words_added() -> None:
    source = "Officials said the bridge will close on Monday"
    a = align("the bridge will close on Monday … and reopen in May", source)
    assert a is not None and not a.verified
    assert [(d.kind, d.quoted) for d in a.differences] == [("addition", "and reopen in May")]


def test_repeated_boilerplate_stays_bounded() -> None:
    source = " ".join(["the same boilerplate line repeats here"] * 3000) + " unique end"
    a = align("boilerplate line repeats here the same boilerplate line changes", source)
    assert a is not None and [d.kind for d in a.differences] == ["word"]


def test_hostile_sizes_finish() -> None:
    source = " ".join(f"word{i % 5000}" for i in range(200_000))
    quote = " ".join(f"word{(i * 7) % 5000}" for i in range(3000))
    a = align(quote, source)
    assert a is None or not a.close
