"""Baselines: keyed by path, finding name, source URL-or-title and quotation text — never by line."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from provenance.baseline import finding_key, load_baseline, normalize_path, write_baseline
from provenance.checks.base import finding
from provenance.errors import ConfigError
from provenance.models import Article, ArticleReport, Citation, Quote, Report


def _article(shift: int = 0, quote: str = "we will win", path: str = "news/a.md") -> Article:
    return Article(
        path=path,
        format="markdown",
        title="T",
        published=None,
        byline=None,
        body="",
        citations=(
            Citation("1", "1 Wire, Untitled", "Wire", "Untitled", None, None, 20 + shift),
            Citation("2", "2 Wire, Other", "Wire", "Other", None, "https://wire.example/o", 21 + shift),
        ),
        quotes=(Quote("q1", quote, None, "2", 5 + shift, 1),),
    )


def _report(shift: int = 0, quote: str = "we will win", path: str = "news/a.md") -> Report:
    s = shift
    findings = (
        finding("undated-source", "Source 1 gives no date.", 20 + s, 1, source="1"),
        finding("undated-source", "Source 2 gives no date.", 21 + s, 1, source="2"),
        finding("misquote", "A number changed.", 5 + s, 1, source="2", claim="q1"),
        finding("ai-generated-image", "An AI image.", 1 + s, 1),
    )
    ar = ArticleReport(_article(shift, quote, path), {}, {}, findings)
    return Report((ar,), dt.datetime(2026, 1, 1), "t")


def _hidden(baseline, report: Report) -> int:
    ar = report.articles[0]
    return len(ar.findings) - len(baseline.filter(ar.article, ar.findings))


def test_write_then_load_hides_every_finding(tmp_path):
    path = tmp_path / "baseline.json"
    assert write_baseline(_report(), path) == 4
    assert _hidden(load_baseline(path), _report()) == 4


def test_the_file_is_versioned_json_without_line_numbers(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(_report(), path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == 1
    assert all("line" not in entry for entry in doc["findings"])
    assert {
        "path": "news/a.md",
        "name": "misquote",
        "source": "https://wire.example/o",
        "quote": "we will win",
        "count": 1,
    } in doc["findings"]


def test_editing_the_article_does_not_resurrect_old_findings(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(_report(), path)
    assert _hidden(load_baseline(path), _report(shift=40)) == 4


def test_changing_the_quotation_brings_its_finding_back(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(_report(), path)
    changed = _report(quote="we will surely win")
    ar = changed.articles[0]
    kept = load_baseline(path).filter(ar.article, ar.findings)
    assert [f.name for f in kept] == ["misquote"]


def test_the_same_article_by_another_spelling_of_its_path(tmp_path):
    path = tmp_path / "baseline.json"
    write_baseline(_report(path="./news//a.md"), path)
    assert _hidden(load_baseline(path), _report(path="news/a.md")) == 4


@pytest.mark.parametrize(
    ("given", "normal"),
    [
        ("./a/b.md", "a/b.md"),
        ("a//b.md", "a/b.md"),
        ("a\\b.md", "a/b.md"),
        ("https://x.org/a//b", "https://x.org/a//b"),
    ],
)
def test_normalize_path(given, normal):
    assert normalize_path(given) == normal


def test_key_uses_the_source_url_then_its_title():
    a = _article()
    by_url = finding("undated-source", "m", 21, source="2")
    by_title = finding("undated-source", "m", 20, source="1")
    assert finding_key(a, by_url) == ("news/a.md", "undated-source", "https://wire.example/o", "")
    assert finding_key(a, by_title) == ("news/a.md", "undated-source", "Untitled", "")
    moved = dataclasses.replace(by_url, line=99, column=7, message="other words")
    assert finding_key(a, moved) == finding_key(a, by_url)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "baseline file not found"),
        ("{not json", "cannot read baseline file"),
        ('{"version": 2, "findings": []}', "is not a provenance baseline"),
        ("[1, 2]", "is not a provenance baseline"),
        ('{"version": 1, "findings": {}}', "'findings' must be a list"),
        ('{"version": 1, "findings": [{"name": "misquote"}]}', "entry 1 of 'findings' is malformed"),
    ],
)
def test_a_bad_baseline_is_a_config_error(tmp_path, content, message):
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_baseline(path)
