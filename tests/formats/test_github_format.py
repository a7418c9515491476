"""GitHub workflow commands: escaped as GitHub requires, ten per level, the full table in the summary."""

from __future__ import annotations

import dataclasses
import re

import pytest

from provenance.checks.base import finding
from provenance.formats.github import GithubFormatter, escape_data, escape_property

_COMMAND = re.compile(
    r"^::(error|warning|notice) ((?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)::[^\r\n]*$"
)


def test_github_matches_the_golden_file(report, golden, tmp_path):
    golden("report.github.txt", GithubFormatter(summary_path="").render(report))


@pytest.mark.parametrize(
    ("text", "data", "prop"),
    [
        ("plain", "plain", "plain"),
        ("100% gone", "100%25 gone", "100%25 gone"),
        ("a\nb\r\n", "a%0Ab%0D%0A", "a%0Ab%0D%0A"),
        ("x: y, z", "x: y, z", "x%3A y%2C z"),
        ("%0A", "%250A", "%250A"),
    ],
)
def test_escaping(text, data, prop):
    assert escape_data(text) == data
    assert escape_property(text) == prop


def test_every_annotation_is_well_formed(report):
    out = GithubFormatter(summary_path="").render(report)
    commands = [line for line in out.splitlines() if line.startswith("::")]
    assert len(commands) == 10
    for line in commands:
        assert _COMMAND.match(line), line
    assert "::error file=news/open-models.md,line=3,col=2,title=PV301 misquote::" in out
    assert "could not be read: the page answered 404 Not Found,%0A100%25 gone." in out


def test_at_most_ten_per_level_and_the_rest_in_the_step_summary(report, tmp_path):
    ar = report.articles[0]
    many = tuple(
        finding("undated-source", f"Source {i} gives no date.", i, 1, source="2") for i in range(1, 26)
    )
    big = dataclasses.replace(report, articles=(dataclasses.replace(ar, findings=ar.findings + many),))
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    out = GithubFormatter(summary_path=str(summary)).render(big)
    kinds = [line.split(" ", 1)[0] for line in out.splitlines() if line.startswith("::")]
    assert kinds.count("::warning") == 10 and kinds.count("::error") == 1 and kinds.count("::notice") == 3
    assert "21 more than GitHub shows are listed in the job summary" in out
    table = summary.read_text(encoding="utf-8")
    assert table.startswith("earlier step\n## provenance")  # appended, not overwritten
    assert table.count("| warning |") == 6 + 25


def test_the_step_summary_escapes_html_and_pipes(report, tmp_path):
    ar = report.articles[0]
    evil = finding("undated-source", "A <img src=x onerror=alert(1)> | pipe", 2, 1, source="2")
    summary = tmp_path / "summary.md"
    GithubFormatter(summary_path=str(summary)).render(
        dataclasses.replace(report, articles=(dataclasses.replace(ar, findings=(evil,)),))
    )
    text = summary.read_text(encoding="utf-8")
    assert "<img" not in text and "&lt;img src=x onerror=alert(1)&gt; \\| pipe" in text


def test_reads_github_step_summary_from_the_environment(report, tmp_path, monkeypatch):
    summary = tmp_path / "s.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    GithubFormatter().render(report)
    assert "| error | news/open-models.md | 3 | PV301 | misquote |" in summary.read_text(encoding="utf-8")
