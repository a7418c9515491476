"""Measure the article readers on the dev bench (not a test): title and published right for how many.

    .venv/bin/python benchmarks/article_readers.py [path/to/bench/dev] [-v]
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from provenance.article import read_article

DEFAULT = Path(__file__).resolve().parents[1] / ".." / "shared" / "bench" / "dev"


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    bench = Path(args[0]) if args else DEFAULT
    totals: collections.Counter[str] = collections.Counter()
    for line in (bench / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        path = bench / label["article"]
        article = read_article(str(path), path.read_bytes())
        fmt = article.format
        totals["all"] += 1
        totals[f"{fmt}"] += 1
        title_ok = article.title == label["title"]
        date_ok = (article.published.isoformat() if article.published else None) == label["published"]
        ai_ok = bool(article.ai_image_notes) == bool(label.get("ai_image"))
        for name, ok in (("title", title_ok), ("published", date_ok), ("ai_image", ai_ok)):
            totals[name] += ok
            totals[f"{name}/{fmt}"] += ok
        if verbose and not (title_ok and date_ok and ai_ok):
            print(f"{path.name}: title={article.title!r} published={article.published} "
                  f"ai={bool(article.ai_image_notes)} expected {label['title']!r} {label['published']} "
                  f"ai={label.get('ai_image')}")
    n = totals["all"]
    for name in ("title", "published", "ai_image"):
        per = ", ".join(f"{f} {totals[f'{name}/{f}']}/{totals[f]}" for f in ("text", "markdown", "html"))
        print(f"{name}: {totals[name]}/{n} ({per})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
