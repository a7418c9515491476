"""Replay every URL cited in the dev articles from the dev cassette; time the load and the replay.

    .venv/bin/python benchmarks/fetch_dev_replay.py [BENCH_DIR]

Prints the time to load the cassette with libyaml, the time of fetch_all (record mode none) over every
cited URL, and the count of each error_kind (404/410 in the cassette are real dead links).
"""

from __future__ import annotations

import collections
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provenance.fetch import FetchOptions, fetch_all  # noqa: E402
from provenance.fetch.cassette import load_interactions  # noqa: E402

_URL = re.compile(r"https?://[^\s<>\"')\]]{1,2000}")
_HREF = re.compile(r"""href\s*=\s*["'](https?://[^"']{1,2000})["']""", re.IGNORECASE)


def cited_urls(articles: Path) -> list[str]:
    urls: list[str] = []
    for path in sorted(articles.iterdir()):
        text = path.read_text(encoding="utf-8", errors="replace")
        found = _HREF.findall(text) if path.suffix in (".html", ".htm") else _URL.findall(text)
        urls += [u.rstrip(".,;:") if path.suffix == ".txt" else u for u in found]
    return urls


def main() -> None:
    bench = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / ".." / "shared" / "bench" / "dev"
    cassette = bench / "cassette.yaml"
    started = time.perf_counter()
    interactions = load_interactions(str(cassette))
    load_s = time.perf_counter() - started
    urls = cited_urls(bench / "articles")
    options = FetchOptions(cassette=str(cassette), record_mode="none")
    started = time.perf_counter()
    results = fetch_all(urls, options)
    replay_s = time.perf_counter() - started
    kinds = collections.Counter(r.error_kind or "ok" for r in results.values())
    print(f"cassette: {len(interactions)} interactions, loaded in {load_s:.2f} s (libyaml)")
    print(f"cited URLs: {len(urls)} ({len(set(urls))} distinct), fetch_all replay: {replay_s:.2f} s "
          "(includes its own cassette load)")
    for kind, count in kinds.most_common():
        print(f"  {kind:20} {count}")
    for url, result in sorted(results.items()):
        if result.error_kind not in (None, "not-found", "gone"):
            print(f"  {result.error_kind}: {url} — {result.reason}")


if __name__ == "__main__":
    main()
