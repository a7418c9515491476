"""Degenerate pages on a real server: when libxml2 gives up on the tree, the page is read flat, so a
quotation that is on it is still found (the article and its check are real, end to end)."""

from __future__ import annotations

import json

import pytest

from provenance.source import read_source
from tests.support import hostile
from tests.support.cli import run

S = hostile.SENTENCE
PAGES = {
    "nested-divs": "<html><body>" + "<div>" * 400_000 + "<p>" + S + "</p>" + "</div>" * 400_000,
    "unclosed-inline": "<html><body>" + "<b><i>" * 500_000 + S + "</body></html>",
    "deep-after-text": "<html><head><title>T</title></head><body><p>Intro.</p>" + "<span>" * 300 + S,
}


@pytest.mark.parametrize("name", PAGES)
def test_a_degenerate_page_is_read_flat_and_its_sentence_kept(name):
    doc = read_source(PAGES[name], url="https://x.example/a")
    assert S in doc.text


def test_the_flat_reading_leaves_scripts_and_styles_out():
    page = ("<html><body>" + "<div>" * 300 + "<script>var a = '<p>code</p>';</script><style>p{}</style>"
            "<p>" + S + " &amp; more</p><script>never closed")
    text = read_source(page).text
    assert S + " & more" in text and "code" not in text and "never closed" not in text


def test_a_quotation_on_a_degenerate_page_is_verified(server, tmp_path):
    for name, page in PAGES.items():
        server.route(f"/{name}", (200, {"Content-Type": "text/html"}, page.encode()))
    for name in PAGES:
        (tmp_path / f"{name}.md").write_text(hostile.article([server.url(f"/{name}")]), encoding="utf-8")
    proc = run("check", str(tmp_path), "--allow-private-addresses", "--no-cache", "--format", "json",
               "--fail-on", "never", "--quiet")
    assert proc.returncode == 0, proc.stderr
    verdicts = {a["path"]: [c["verdict"] for c in a["claims"]] for a in json.loads(proc.stdout)["articles"]}
    assert verdicts == {str(tmp_path / f"{name}.md"): ["verified"] for name in PAGES}
