"""A fixed, hand-built Report every format test renders: one article with three sources (fetched,
unreachable, unresolved), a quotation of each verdict, and findings of every severity; a second
article with nothing found. `make_report(shift=n)` moves every line down by n (an edit above)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance.checks.base import finding
from provenance.models import (
    Article,
    ArticleReport,
    Citation,
    Difference,
    Judgement,
    Quote,
    Report,
    Resolution,
    SourceDoc,
    Status,
    Verdict,
)

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UPDATE = os.environ.get("PROVENANCE_UPDATE_GOLDEN") == "1"

BODY = """Open-source AI models are eroding Big Tech's control, the minister said on Monday.

"We will invest 40 million euros in open models this year," Minister Anna Berg told reporters [1].

Researcher Hidenori Tanaka added: "AI is becoming ubiquitous, but how these computational engines
actually work remains a mystery."

The company said "nobody <script>alert(1)</script> saw it coming" [2], and its rival said that
"prices will fall & stay low" [3]. Critics called it "a 100% bet on openness"."""

SOURCE_TEXT = (
    "The minister said: We will invest 14 million euros in open models next year, and not more.\n\n"
    "AI is becoming ubiquitous, but how these computational engines actually work remains a mystery."
)


def _article(shift: int) -> Article:
    s = shift
    citations = (
        Citation(
            "1",
            '1 Daily Ledger, "Berg: open models get 14 million" (March 1, 2026) https://ledger.example/berg',
            "Daily Ledger",
            "Berg: open models get 14 million",
            dt.date(2026, 3, 1),
            "https://ledger.example/berg",
            12 + s,
        ),
        Citation(
            "2",
            '2 News Report, "Rivals <b>react</b> & shrug" https://dead.example/x',
            "News Report",
            "Rivals <b>react</b> & shrug",
            None,
            "https://dead.example/x",
            13 + s,
        ),
        Citation(
            "3",
            '3 Trade Weekly, "Prices: what comes next, and why…" (February 2, 2026)',
            "Trade Weekly",
            "Prices: what comes next, and why…",
            dt.date(2026, 2, 2),
            None,
            14 + s,
        ),
    )
    quotes = (
        Quote("q1", "We will invest 40 million euros in open models this year", "Anna Berg", "1", 3 + s, 2),
        Quote(
            "q2",
            "AI is becoming ubiquitous, but how these computational engines actually work remains a mystery.",
            "Hidenori Tanaka",
            "3",
            5 + s,
            41,
            6 + s,
            38,
        ),
        Quote("q3", "nobody <script>alert(1)</script> saw it coming", None, "2", 8 + s, 18),
        Quote("q4", "prices will fall & stay low", None, "3", 9 + s, 2),
        Quote("q5", "a 100% bet on openness", None, None, 9 + s, 46),
    )
    return Article(
        path="news/open-models.md",
        format="markdown",
        title="Open models & the <minister>",
        published=dt.date(2026, 3, 15),
        byline="Salvado",
        body=BODY,
        citations=citations,
        quotes=quotes,
        has_source_list=True,
        sha256="0" * 64,
    )


def make_report(shift: int = 0) -> Report:
    s = shift
    article = _article(shift)
    doc = SourceDoc(
        "https://ledger.example/berg",
        "Berg: open models get 14 million euros",
        "Daily Ledger",
        dt.date(2026, 3, 1),
        SOURCE_TEXT,
        sha256="a" * 64,
    )
    resolutions = {
        "1": Resolution(Status.FETCHED, "https://ledger.example/berg", 200, doc=doc),
        "2": Resolution(
            Status.UNREACHABLE, "https://dead.example/x", 404, "the page answered 404 Not Found", "http-404"
        ),
        "3": Resolution(Status.UNRESOLVED, reason="no URL, and no saved copy in the library"),
    }
    judgements = {
        "q1": Judgement(
            Verdict.MISQUOTED,
            "1",
            86.5,
            "We will invest 14 million euros in open models next year, and not more",
            (Difference("number", "40", "14"), Difference("word", "this", "next")),
        ),
        "q2": Judgement(Verdict.MISATTRIBUTED, "1", 100.0, SOURCE_TEXT.split("\n\n")[1]),
        "q3": Judgement(Verdict.UNVERIFIABLE),
        "q4": Judgement(Verdict.UNVERIFIABLE),
        "q5": Judgement(Verdict.UNSUPPORTED, None, 31.0),
    }
    findings = (
        finding(
            "misquote",
            "The quotation changes “14” to “40” and “next” to “this”.",
            3 + s,
            2,
            source="1",
            claim="q1",
        ),
        finding("undated-source", "Source 2 gives no date.", 13 + s, 1, source="2"),
        finding(
            "vague-publisher", "Source 2 credits “News Report”, which names no outlet.", 13 + s, 3, source="2"
        ),
        finding(
            "unreachable-source",
            "Source 2 could not be read: the page answered 404 Not Found,\n100% gone.",
            13 + s,
            1,
            source="2",
        ),
        finding(
            "truncated-title",
            "The title of source 3 is cut off (it ends with an ellipsis).",
            14 + s,
            1,
            source="3",
        ),
        finding(
            "unresolved-source", "Source 3 has no URL and no saved copy was found.", 14 + s, 1, source="3"
        ),
        finding(
            "unverifiable-quote",
            "Source 2 could not be read, so this quotation was not checked.",
            8 + s,
            18,
            source="2",
            claim="q3",
        ),
        finding(
            "unverifiable-quote",
            "Source 3 could not be read, so this quotation was not checked.",
            9 + s,
            2,
            source="3",
            claim="q4",
        ),
        finding("unsupported-quote", "No source that was read holds this quotation.", 9 + s, 46, claim="q5"),
        finding("ai-generated-image", "The lead image is marked “generated by AI”.", 1 + s, 1),
    )
    quiet = Article(
        path="news/quiet.txt",
        format="text",
        title=None,
        published=None,
        byline=None,
        body="Nothing to see here.",
        citations=(),
        quotes=(),
    )
    return Report(
        articles=(
            ArticleReport(article, resolutions, judgements, findings),
            ArticleReport(quiet, {}, {}, ()),
        ),
        generated_at=dt.datetime(2026, 11, 28, 12, 0, 0, tzinfo=dt.timezone.utc),
        tool_version="0.0.0-test",
    )


@pytest.fixture
def report() -> Report:
    return make_report()


@pytest.fixture(name="make_report")
def make_report_fixture() -> Callable[..., Report]:
    return make_report


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """Compare `text` with tests/golden/<name>; PROVENANCE_UPDATE_GOLDEN=1 rewrites the file instead."""

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if UPDATE or not path.exists():
            path.write_text(text, encoding="utf-8")
            if not UPDATE:
                pytest.fail(f"golden file {name} was missing and has been written; check it and rerun")
        assert text == path.read_text(encoding="utf-8"), (
            f"{name} differs from the golden file; "
            "rerun with PROVENANCE_UPDATE_GOLDEN=1 if the change is meant"
        )

    return check
