"""The readers on the dev bench: every article's title and publication date as labelled.

(benchmarks/article_readers.py prints the same numbers per format.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.article import read_article

BENCH = Path(__file__).resolve().parents[2] / ".." / "shared" / "bench" / "dev"


def test_titles_and_dates_of_the_dev_articles() -> None:
    if not (BENCH / "labels.jsonl").exists():
        pytest.skip("the dev bench is not available")
    wrong = []
    labels = [json.loads(line) for line in (BENCH / "labels.jsonl").read_text(encoding="utf-8").splitlines()]
    for label in labels:
        path = BENCH / label["article"]
        article = read_article(str(path), path.read_bytes())
        got = (article.title, article.published.isoformat() if article.published else None,
               bool(article.ai_image_notes))
        if got != (label["title"], label["published"], bool(label.get("ai_image"))):
            wrong.append((path.name, got))
    assert len(wrong) <= len(labels) // 40, wrong  # at least 97.5% right
