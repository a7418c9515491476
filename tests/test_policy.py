"""The run's policy: severity overrides, select / ignore, per-path ignores, inline suppressions,
the baseline, and the exit code for --fail-on."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from provenance.baseline import Baseline, baseline_of
from provenance.checks.base import finding
from provenance.config import Config
from provenance.models import Article, ArticleReport, Citation, Quote, Report, Severity, Suppression
from provenance.policy import apply_policy, canonical_name, exit_code


def _report_of(path: str = "news/a.md", shift: int = 0, suppressions=()) -> ArticleReport:
    s = shift
    article = Article(
        path=path,
        format="markdown",
        title="T",
        published=dt.date(2026, 3, 15),
        byline=None,
        body="",
        citations=(
            Citation("1", '1 News Report, "A title"', "News Report", "A title", None, None, 20 + s),
            Citation(
                "2",
                '2 Wire, "Other" (1 March 2026)',
                "Wire",
                "Other",
                dt.date(2026, 3, 1),
                "https://wire.example/o",
                21 + s,
            ),
        ),
        quotes=(Quote("q1", "we will win", "X", "2", 5 + s, 3),),
        suppressions=suppressions,
    )
    findings = (
        finding("undated-source", "Source 1 gives no date.", 20 + s, 1, source="1"),
        finding("vague-publisher", "Source 1 names no outlet.", 20 + s, 3, source="1"),
        finding("unresolved-source", "Source 1 could not be found.", 20 + s, 1, source="1"),
        finding("misquote", "The quotation changes a number.", 5 + s, 3, source="2", claim="q1"),
    )
    return ArticleReport(article, {}, {}, findings)


def _names(ar: ArticleReport) -> list[str]:
    return sorted(f.name for f in ar.findings)


ALL = ["misquote", "undated-source", "unresolved-source", "vague-publisher"]


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (Config(), ALL),
        (Config(ignore=("undated-source",)), ["misquote", "unresolved-source", "vague-publisher"]),
        (Config(ignore=("PV101",)), ["misquote", "unresolved-source", "vague-publisher"]),
        (Config(ignore=("pv101", "misquote")), ["unresolved-source", "vague-publisher"]),
        (Config(select=("misquote", "PV102")), ["misquote", "vague-publisher"]),
        (Config(select=("misquote", "vague-publisher"), ignore=("misquote",)), ["vague-publisher"]),
        (
            Config(per_path_ignores={"news/*.md": ("undated-source",)}),
            ["misquote", "unresolved-source", "vague-publisher"],
        ),
        (Config(per_path_ignores={"news/": ("misquote",)}), ALL[1:]),
        (Config(per_path_ignores={"a.md": ("misquote",)}), ALL[1:]),  # a bare file name
        (Config(per_path_ignores={"drafts/*.md": ("undated-source",)}), ALL),
        (Config(per_path_ignores={"news/**": ("PV301", "PV201")}), ["undated-source", "vague-publisher"]),
        (Config(select=("PV1",)), ["undated-source", "vague-publisher"]),  # a code prefix, as in ruff
        (Config(ignore=("pv1", "PV3")), ["unresolved-source"]),
    ],
)
def test_select_ignore_and_per_path_ignores(config, expected):
    assert _names(apply_policy(_report_of(), config)) == expected


def test_ignore_removes_that_finding_and_nothing_else():
    before = _report_of()
    after = apply_policy(before, Config(ignore=("undated-source",)))
    assert list(after.findings) == [f for f in before.findings if f.name != "undated-source"]


def test_per_path_ignores_match_the_path_as_given_with_dot_slash():
    ar = _report_of(path="./news/a.md")
    assert "misquote" not in _names(apply_policy(ar, Config(per_path_ignores={"news/a.md": ("misquote",)})))


def test_severity_overrides():
    ar = apply_policy(_report_of(), Config(severity={"undated-source": "info", "PV301": "warning"}))
    by_name = {f.name: f.severity for f in ar.findings}
    assert by_name["undated-source"] is Severity.INFO
    assert by_name["misquote"] is Severity.WARNING
    assert by_name["vague-publisher"] is Severity.WARNING


def _suppression(line: int, *names: str) -> Suppression:
    return Suppression(line, 5, (line, line + 1), tuple(names))


@pytest.mark.parametrize(
    ("suppression", "gone"),
    [
        (_suppression(20, "undated-source"), ["undated-source"]),  # on the line it concerns
        (_suppression(19, "undated-source"), ["undated-source"]),  # on the line before
        (_suppression(20, "PV101", "vague-publisher"), ["undated-source", "vague-publisher"]),
        (_suppression(20), ["undated-source", "unresolved-source", "vague-publisher"]),  # every finding
        (_suppression(4, "misquote"), ["misquote"]),
    ],
)
def test_inline_suppressions(suppression, gone):
    ar = apply_policy(_report_of(suppressions=(suppression,)), Config())
    assert _names(ar) == [n for n in ALL if n not in gone]


def test_a_suppression_two_lines_away_does_not_apply_and_is_reported_unused():
    ar = apply_policy(_report_of(suppressions=(_suppression(18, "undated-source"),)), Config())
    assert "undated-source" in _names(ar)
    unused = [f for f in ar.findings if f.name == "unused-suppression"]
    assert len(unused) == 1
    assert (unused[0].code, unused[0].line, unused[0].column) == ("PV901", 18, 5)
    assert "ignore[undated-source]" in unused[0].message


def test_a_partly_used_suppression_reports_the_names_it_did_not_use():
    ar = apply_policy(
        _report_of(suppressions=(_suppression(20, "undated-source", "misquote", "typo-name"),)), Config()
    )
    (unused,) = [f for f in ar.findings if f.name == "unused-suppression"]
    assert "ignore[misquote, typo-name]" in unused.message
    assert "typo-name: no such finding" in unused.message
    assert "undated-source" not in _names(ar)


def test_an_empty_suppression_on_a_clean_line_is_unused():
    ar = apply_policy(_report_of(suppressions=(_suppression(30),)), Config())
    assert [f.name for f in ar.findings].count("unused-suppression") == 1


def test_unused_suppression_can_itself_be_ignored_or_reweighted():
    ar = _report_of(suppressions=(_suppression(30),))
    assert "unused-suppression" not in _names(apply_policy(ar, Config(ignore=("unused-suppression",))))
    reweighted = apply_policy(ar, Config(severity={"PV901": "warning"}))
    assert [f.severity for f in reweighted.findings if f.code == "PV901"] == [Severity.WARNING]


def test_a_suppression_is_used_even_when_the_configuration_drops_its_finding_anyway():
    ar = apply_policy(
        _report_of(suppressions=(_suppression(20, "undated-source"),)), Config(ignore=("undated-source",))
    )
    assert "unused-suppression" not in _names(ar)


def test_the_baseline_hides_known_findings_even_after_lines_move():
    old = _report_of()
    baseline = baseline_of(Report((old,), dt.datetime(2026, 1, 1), "t"))
    moved = _report_of(shift=12)
    assert apply_policy(moved, Config(), baseline).findings == ()


def test_the_baseline_lets_new_findings_through():
    old = _report_of()
    baseline = baseline_of(Report((old,), dt.datetime(2026, 1, 1), "t"))
    extra = finding("title-mismatch", "The cited title differs.", 21, 1, source="2")
    new = dataclasses.replace(old, findings=old.findings + (extra,))
    assert _names(apply_policy(new, Config(), baseline)) == ["title-mismatch"]


def test_the_baseline_counts_identical_findings():
    old = _report_of()
    one = finding("ai-generated-image", "An AI image.", 2, 1)
    baseline = Baseline.of([("news/a.md", "ai-generated-image", "", "")])
    two = dataclasses.replace(old, findings=(one, dataclasses.replace(one, line=9)))
    assert [f.line for f in apply_policy(two, Config(), baseline).findings] == [9]


def _report(*severities: str) -> Report:
    ar = _report_of()
    fs = tuple(dataclasses.replace(ar.findings[0], severity=Severity(s)) for s in severities)
    return Report((dataclasses.replace(ar, findings=fs),), dt.datetime(2026, 1, 1), "t")


@pytest.mark.parametrize(
    ("severities", "fail_on", "code"),
    [
        ((), "info", 0),
        (("info",), "error", 0),
        (("info",), "warning", 0),
        (("info",), "info", 1),
        (("warning",), "error", 0),
        (("warning",), "warning", 1),
        (("error",), "error", 1),
        (("error", "info"), "never", 0),
        (("warning",), "never", 0),
    ],
)
def test_exit_code(severities, fail_on, code):
    assert exit_code(_report(*severities), fail_on) == code


@pytest.mark.parametrize(
    ("given", "name"),
    [
        ("undated-source", "undated-source"),
        ("PV101", "undated-source"),
        ("pv101", "undated-source"),
        (" Misquote ", "misquote"),
        ("nope", None),
        ("PV999", None),
    ],
)
def test_canonical_name(given, name):
    assert canonical_name(given) == name
