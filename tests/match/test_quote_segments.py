"""How a quotation's own marks are read: elisions, insertions, [sic], bracketed letters."""

import pytest

from provenance.match.segments import ELISION_GAP, INSERTION_GAP, parse_quote


@pytest.mark.parametrize(
    ("quote", "segments", "gaps"),
    [
        ("plain words here", [["plain", "words", "here"]], [0]),
        ("alpha … beta", [["alpha"], ["beta"]], [0, ELISION_GAP]),
        ("alpha ... beta", [["alpha"], ["beta"]], [0, ELISION_GAP]),
        ("alpha . . . beta", [["alpha"], ["beta"]], [0, ELISION_GAP]),
        ("alpha [...] beta", [["alpha"], ["beta"]], [0, ELISION_GAP]),
        ("alpha […] beta", [["alpha"], ["beta"]], [0, ELISION_GAP]),
        ("alpha (...) beta", [["alpha"], ["beta"]], [0, ELISION_GAP]),
        ("alpha [the company] beta", [["alpha"], ["beta"]], [0, INSERTION_GAP]),
        ("alpha [sic] beta", [["alpha", "beta"]], [0]),
        ("alpha [sic!] beta", [["alpha", "beta"]], [0]),
        ("[T]he end", [["the", "end"]], [0]),
        ("… leading and trailing …", [["leading", "and", "trailing"]], [0]),
        ("alpha … … beta", [["alpha"], ["beta"]], [0, 2 * ELISION_GAP]),
    ],
)
def test_parse(quote: str, segments: list[list[str]], gaps: list[int]) -> None:
    shape = parse_quote(quote)
    assert [list(s.keys) for s in shape.segments] == segments
    assert [s.gap[1] for s in shape.segments] == gaps


def test_hostile_marks_parse_in_linear_time() -> None:
    shape = parse_quote("[" * 10_000 + "word" + "]" * 10_000 + ". " * 10_000 + "end")
    assert [list(s.keys) for s in shape.segments] == [["end"]]
