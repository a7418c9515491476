"""The editors' HTML report: self-contained, escaped, and rendered by a real headless browser."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from html import escape
from html.parser import HTMLParser

import pytest

from provenance.checks.registry import BY_NAME
from provenance.formats import get_formatter
from provenance.formats._html_marks import locate_quotes, word_diff
from provenance.models import Quote


def _html(report) -> str:
    return get_formatter("html").render(report)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = _Tags()
    parser.feed(html)
    return parser.tags


def test_html_matches_the_golden_file(report, golden):
    golden("report.html", _html(report))


def test_nothing_is_loaded_from_the_network(report):
    tags = _tags(_html(report))
    assert not [t for t, _ in tags if t in ("script", "iframe", "object", "embed", "base")]
    for tag, attrs in tags:
        if tag in ("script", "link", "img", "source", "video", "audio"):
            for attr in ("src", "href", "srcset"):
                assert not re.match(r"(?i)\s*(https?:)?//", attrs.get(attr) or ""), (tag, attrs)
    csp = next(a for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in (csp["content"] or "")


def test_untrusted_text_is_escaped(report):
    html = _html(report)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>react</b>" not in html and "<minister>" not in html


def test_only_http_links_are_links(report):
    ar = report.articles[0]
    c = dataclasses.replace(ar.article.citations[1], url="javascript:alert(1)")
    article = dataclasses.replace(ar.article, citations=(ar.article.citations[0], c, ar.article.citations[2]))
    html = _html(dataclasses.replace(report, articles=(dataclasses.replace(ar, article=article),)))
    hrefs = [a.get("href") or "" for t, a in _tags(html) if t == "a"]
    assert "javascript:alert(1)" not in hrefs
    assert "https://ledger.example/berg" in hrefs


def test_each_quotation_is_marked_in_the_body_with_its_verdict(report):
    html = _html(report)
    for key, verdict in [
        ("q1", "misquoted"),
        ("q2", "misattributed"),
        ("q3", "unverifiable"),
        ("q4", "unverifiable"),
        ("q5", "unsupported"),
    ]:
        assert f'<mark class="q v-{verdict}" data-claim="{key}"' in html


def test_the_source_passage_stands_beside_the_quotation_with_changes_marked(report):
    html = _html(report)
    assert '<mark class="changed">40</mark>' in html and '<mark class="changed">14</mark>' in html
    assert "the article has <del>40</del>, the source <ins>14</ins>" in html
    assert "Source [1] says" in html


def test_the_gaps_are_explained_in_plain_words(report):
    html = _html(report)
    rule = BY_NAME["undated-source"]
    assert escape(rule.description) in html
    assert f"<strong>What to do:</strong> {escape(rule.help)}" in html


@pytest.mark.parametrize(
    ("body", "quotes", "found"),
    [
        ("He said “we will\nwin” today.", [("q1", "we will win")], ["we will\nwin"]),
        ("“Yes.” Then “yes.”", [("q1", "Yes."), ("q2", "yes.")], ["Yes.", "yes."]),
        ("nothing here", [("q1", "absent words")], []),
        ("“a “b” c”", [("q1", "a “b” c"), ("q2", "b")], ["a “b” c"]),  # nested: outer kept
        ("x" * 1000, [("q1", "(" * 50 + "x")], []),
    ],
)
def test_locate_quotes(body, quotes, found):
    assert [body[s.start : s.end] for s in locate_quotes(body, quotes)] == found


def test_word_diff_ignores_typography_but_marks_words():
    quoted, source = word_diff("We’ll win THIS year…", "We'll win next year.")
    assert quoted == 'We’ll win <mark class="changed">THIS</mark> year…'
    assert source == 'We&#x27;ll win <mark class="changed">next</mark> year.'


def test_a_quote_missing_from_the_body_is_still_listed(report):
    ar = report.articles[0]
    q = Quote("q9", "words that are not in the body", None, None, 2, 1)
    article = dataclasses.replace(ar.article, quotes=ar.article.quotes + (q,))
    html = _html(dataclasses.replace(report, articles=(dataclasses.replace(ar, article=article),)))
    assert "1 quotation could not be placed in the text" in html
    assert "words that are not in the body" in html


# ---------------------------------------------------------------- a real browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def rendered_dom(tmp_path, report) -> str:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed")
    folder = tmp_path
    page = folder / "report.html"
    page.write_text(get_formatter("html").render(report), encoding="utf-8")
    cmd = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-extensions",
        f"--user-data-dir={folder / 'profile'}",
        "--dump-dom",
        page.as_uri(),
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_the_browser_renders_the_highlighted_quotations(rendered_dom):
    marks = re.findall(r'<mark class="q v-(\w+)" data-claim="(q\d+)"[^>]*>(.*?)<sup>', rendered_dom, re.S)
    found = {key: (verdict, text) for verdict, key, text in marks}
    assert found["q2"][0] == "misattributed"
    assert "AI is becoming ubiquitous" in found["q2"][1]
    assert found["q1"] == ("misquoted", "We will invest 40 million euros in open models this year")
    assert set(found) == {"q1", "q2", "q3", "q4", "q5"}


def test_the_browser_did_not_run_injected_script(rendered_dom):
    assert "<script>" not in rendered_dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered_dom
