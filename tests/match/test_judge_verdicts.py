"""judge(): the contract's five verdicts, for quotations tied to a source and for untied ones."""

import pytest

from provenance.match import judge
from provenance.match.index import CACHE
from provenance.models import Quote, SourceDoc, Verdict


def doc(text: str, sha: str = "") -> SourceDoc:
    return SourceDoc(url=None, title=None, site=None, published=None, text=text, sha256=sha)


A = doc("Officials said the new bridge will open in 2026 and cost 15 million euros.")
B = doc("The mayor told reporters that the city has never had a budget surplus before.")
C = doc("An unrelated page about gardening: tomatoes need sun, water and patience.")

IN_A = "the new bridge will open in 2026"
IN_B = "the city has never had a budget surplus"
ALTERED_A = "the new bridge will open in 2027"
NOWHERE = "Scientists discovered a new species of frog in the rainforest last week"


def q(text: str, cited: str | None = None) -> Quote:
    return Quote(id="q1", text=text, speaker=None, cited_source=cited, line=1, column=1)


CASES = [
    # (quotation, cited, sources, verdict, source)
    (IN_A, "1", {"1": A, "2": B}, Verdict.VERIFIED, "1"),
    (IN_B, "1", {"1": A, "2": B}, Verdict.MISATTRIBUTED, "2"),
    (ALTERED_A, "1", {"1": A, "2": B}, Verdict.MISQUOTED, "1"),
    (NOWHERE, "1", {"1": A, "2": B}, Verdict.UNSUPPORTED, "1"),
    (ALTERED_A, "2", {"1": A, "2": B}, Verdict.MISQUOTED, "1"),  # tied to 2, altered from 1
    (NOWHERE, "1", {"1": None, "2": B}, Verdict.UNVERIFIABLE, None),  # the cited source could not be read
    (IN_B, "1", {"1": None, "2": B}, Verdict.MISATTRIBUTED, "2"),  # ... but another one holds it verbatim
    (ALTERED_A, "2", {"1": A, "2": None}, Verdict.UNVERIFIABLE, None),  # close elsewhere proves nothing
    (IN_A, None, {"1": C, "2": A}, Verdict.VERIFIED, "2"),
    (ALTERED_A, None, {"1": C, "2": A}, Verdict.MISQUOTED, "2"),
    (NOWHERE, None, {"1": A, "2": B, "3": C}, Verdict.UNSUPPORTED, None),
    (NOWHERE, None, {"1": A, "2": None}, Verdict.UNVERIFIABLE, None),  # one candidate was not read
    (IN_A, None, {"1": A, "2": None}, Verdict.VERIFIED, "1"),  # found: the unread one does not matter
    (NOWHERE, None, {}, Verdict.UNVERIFIABLE, None),  # no source at all
    (NOWHERE, "1", {"1": doc("  \n ")}, Verdict.UNVERIFIABLE, None),  # a page read as empty was not read
    (IN_A, "9", {"1": A}, Verdict.VERIFIED, "1"),  # a marker naming no listed source: every source counts
]


@pytest.mark.parametrize(("text", "cited", "sources", "verdict", "source"), CASES)
def test_verdicts(text, cited, sources, verdict, source) -> None:
    j = judge(q(text, cited), sources)
    assert (j.verdict, j.source) == (verdict, source)


def test_the_same_sentence_in_two_sources_goes_to_the_cited_one() -> None:
    twin = doc(A.text)
    assert judge(q(IN_A, "2"), {"1": A, "2": twin}).source == "2"
    assert judge(q(IN_A), {"1": A, "2": twin}).source == "1"  # untied: the first in the source list


def test_verbatim_elsewhere_beats_a_near_match_in_the_cited_source() -> None:
    # Source 1 says 2026, source 2 says 2027; the quotation says 2027 and is tied to 1: it was copied
    # from 2, so it is misattributed (the contract: "verified against a source other than its cited_source").
    other = doc("Officials said the new bridge will open in 2027 and cost 15 million euros.")
    j = judge(q(ALTERED_A, "1"), {"1": A, "2": other})
    assert (j.verdict, j.source) == (Verdict.MISATTRIBUTED, "2")


def test_judgement_fields() -> None:
    j = judge(q("the new bridge will open in 2027"), {"1": A})
    assert j.verdict is Verdict.MISQUOTED
    assert j.evidence == "the new bridge will open in 2026"
    assert [(d.kind, d.quoted, d.source) for d in j.differences] == [("number", "2027", "2026")]
    assert 80 <= j.score < 100
    ok = judge(q("“The new bridge will open in 2026”"), {"1": A})
    assert ok.verdict is Verdict.VERIFIED and ok.score == 100 and ok.differences == ()
    none = judge(q(NOWHERE), {"1": A})
    assert none.score == 0 and none.evidence is None


def test_each_source_text_is_indexed_once() -> None:
    page = doc("A page read once and used by many quotations in many articles. " * 20, sha="abc123")
    before = len(CACHE)
    for _ in range(5):
        judge(q("used by many quotations"), {"1": page})
        judge(q("read once and used"), {"7": doc(page.text, sha="abc123")})  # same body, another object
    assert len(CACHE) == before + 1


def test_an_empty_quotation_is_unverifiable() -> None:
    assert judge(q("…"), {"1": A}).verdict is Verdict.UNVERIFIABLE


def test_a_verified_quote_whose_elision_hides_a_negation_says_so() -> None:
    from provenance.match import judge
    from provenance.models import Quote, SourceDoc

    doc = SourceDoc(url="https://x.example/a", title="T", site=None, published=None,
                    text="The minister said the bridge is not, in the view of the engineers who inspected it "
                         "over the winter, safe for heavy lorries until the repairs are done.")
    quote = Quote("q1", "the bridge is … safe for heavy lorries until the repairs are done", None, "1", 1, 1)
    j = judge(quote, {"1": doc})
    assert j.verdict.value == "verified" and j.elided_negation
    plain = Quote("q2", "safe for heavy lorries until the repairs are done", None, "1", 1, 1)
    assert not judge(plain, {"1": doc}).elided_negation


def test_the_rest_of_a_page_is_read_when_its_main_text_does_not_hold_a_quotation() -> None:
    from provenance.match import judge
    from provenance.models import PageRest, Quote, SourceDoc

    rest = PageRest("Home News\n\nWe will not sell the harbour, whatever the offer", ((0, "outside the "
                    "article's main text"), (11, "in a pull quote")))
    page = SourceDoc("https://x.example/a", "T", None, None, "The council met on Tuesday.", rest=rest)
    other = SourceDoc("https://y.example/b", "U", None, None, "Something else entirely was said here.")
    said = "We will not sell the harbour, whatever the offer"
    j = judge(Quote("q1", said, None, "1", 1, 1), {"1": page, "2": other})
    assert (j.verdict.value, j.where, j.evidence) == ("verified", "in a pull quote", said)
    j = judge(Quote("q2", said, None, "2", 1, 1), {"1": page, "2": other})
    assert (j.verdict.value, j.source, j.where) == ("misattributed", "1", "in a pull quote")
    # a page with only text outside its main text was read: a made-up quotation is unsupported there
    bare = SourceDoc("https://x.example/a", "T", None, None, "", rest=rest)
    assert judge(Quote("q3", "We will build a new bridge by May", None, "1", 1, 1),
                 {"1": bare}).verdict.value == "unsupported"
