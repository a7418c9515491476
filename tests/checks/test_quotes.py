"""Quotation findings follow the verdicts; a read source that nothing leans on is uncited."""

import pytest

from provenance.checks import quotes
from provenance.checks.base import Context
from provenance.models import (
    Article,
    Citation,
    Difference,
    Judgement,
    Quote,
    Resolution,
    SourceDoc,
    Status,
    Verdict,
)

DOC = SourceDoc(url="https://example.org/a", title="A", site="Example", published=None, text="…")


def article(quotes_: tuple[Quote, ...], n_sources: int = 2) -> Article:
    cites = tuple(Citation(str(i), f"{i} Example, \"T{i}\"", "Example", f"T{i}", None, None, 10 + i)
                  for i in range(1, n_sources + 1))
    return Article("a.txt", "text", "T", None, None, "", cites, quotes_, has_source_list=True)


def run(art: Article, judgements: dict, readable: set[str]) -> list:
    res = {c.id: Resolution(Status.FETCHED, doc=DOC) if c.id in readable else Resolution(Status.UNRESOLVED)
           for c in art.citations}
    return list(quotes.check(Context(art, res, judgements)))


@pytest.mark.parametrize("verdict, name", [
    (Verdict.MISQUOTED, "misquote"),
    (Verdict.MISATTRIBUTED, "misattributed-quote"),
    (Verdict.UNSUPPORTED, "unsupported-quote"),
    (Verdict.UNVERIFIABLE, "unverifiable-quote"),
])
def test_each_doubtful_verdict_has_its_finding(verdict: Verdict, name: str) -> None:
    q = Quote("q1", "We will not raise taxes", "Ann Lee", "1", 5, 7)
    found = run(article((q,)), {"q1": Judgement(verdict, source="1")}, {"1", "2"})
    names = [f.name for f in found if f.claim == "q1"]
    assert names == [name]
    assert (found[0].line, found[0].column) == (5, 7)


def test_a_verified_quote_has_no_finding() -> None:
    q = Quote("q1", "We will not raise taxes", "Ann Lee", "1", 5, 7)
    found = run(article((q,), 1), {"q1": Judgement(Verdict.VERIFIED, source="1", score=100)}, {"1"})
    assert found == []


def test_a_misquote_message_says_what_changed() -> None:
    q = Quote("q1", "Sales rose 15 percent", None, "1", 3, 1)
    j = Judgement(Verdict.MISQUOTED, source="1", score=96,
                  differences=(Difference("number", "15", "16"),))
    (f,) = [f for f in run(article((q,), 1), {"q1": j}, {"1"}) if f.name == "misquote"]
    assert "“15”" in f.message and "“16”" in f.message


@pytest.mark.parametrize("difference, said", [
    (Difference("negation", "not", ""), "adds “not”, which the source does not say"),
    (Difference("negation", "", "not"), "leaves out “not”"),
    (Difference("word", "hike", "raise"), "says “hike” where the source says “raise”"),
    (Difference("omission", "", "all"), "leaves out “all”"),
])
def test_a_misquote_message_never_shows_an_empty_quotation(difference: Difference, said: str) -> None:
    q = Quote("q1", "We will not raise taxes", None, "1", 3, 1)
    j = Judgement(Verdict.MISQUOTED, source="1", score=96, differences=(difference,))
    (f,) = [f for f in run(article((q,), 1), {"q1": j}, {"1"}) if f.name == "misquote"]
    assert said in f.message and "“”" not in f.message


def test_uncited_source_only_for_sources_read_and_unused() -> None:
    q = Quote("q1", "Words", None, "1", 3, 1)
    art = article((q,), 3)
    found = run(art, {"q1": Judgement(Verdict.VERIFIED, source="1")}, readable={"1", "2"})
    assert [(f.name, f.source) for f in found] == [("uncited-source", "2")]
