"""The text report: grouped by article, readable by an editor, colour only on a terminal."""

from __future__ import annotations

import io

import pytest

from provenance.formats import get_formatter
from provenance.formats.text import TextFormatter, use_color


def test_text_matches_the_golden_file(report, golden):
    golden("report.txt", get_formatter("text").render(report))


def test_plain_text_has_no_escape_codes(report):
    assert "\033[" not in TextFormatter(color=False).render(report)


def test_colour_when_asked(report, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    out = get_formatter("text", color=True).render(report)
    assert "\033[31m" in out  # errors in red


def test_no_color_wins_over_a_terminal(report, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\033[" not in TextFormatter(color=True).render(report)


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("stream", "no_color", "expected"),
    [(_Tty(), None, True), (_Tty(), "1", False), (io.StringIO(), None, False)],
)
def test_use_color(stream, no_color, expected, monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    if no_color:
        monkeypatch.setenv("NO_COLOR", no_color)
    assert use_color(stream) is expected


def test_findings_are_lines_an_editor_can_jump_to(report):
    out = TextFormatter().render(report)
    assert "news/open-models.md:3:2: error PV301 misquote The quotation changes" in out
    assert "news/open-models.md:13:1: warning PV101 undated-source Source 2 gives no date." in out


def test_header_sources_claims_and_summary(report):
    out = TextFormatter().render(report)
    assert "“Open models & the <minister>” · 2026-03-15 · by Salvado" in out
    assert "[2] News Report, “Rivals <b>react</b> & shrug” — unreachable" in out
    assert "changed number: “40” ← source “14”" in out
    assert out.rstrip().endswith("Checked 2 articles, 3 sources, 5 quotations: 1 error, 6 warnings, 3 info.")


def test_findings_are_sorted_by_line(report):
    out = TextFormatter().render(report)
    lines = [int(x.split(":")[1]) for x in out.splitlines() if x.startswith("news/open-models.md:")]
    assert lines == sorted(lines)
