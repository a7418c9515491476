"""How well linkless citations are looked up through search services, and that none finds a wrong page.

    .venv/bin/python benchmarks/lookup.py [../shared/corpus]

Citations without links are written for real corpus pages (their ground-truth title, date and site).
Two thirds of the pages are in a search index, one third are not (they must stay unresolved). The index
also holds decoys for every page: the same title a year earlier on the same site, a near title (one word
changed) on the same site, and, for indexed pages only, a syndicated copy of the same story on another
outlet. A cassette answers each query the tool asks as SearXNG and as GDELT would (hand-made bodies in
their documented shapes, tests/support/search_services.py in spirit), and serves the real pages and the
decoys; `provenance check` replays it. Figures: found right (the page, or its copy when the page's own
site is not recognised), wrong documents (goal: none), unknown citations kept unresolved (goal: all), and
queries per citation.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provenance.article import read_article  # noqa: E402
from provenance.fetch.cassette import Interaction, write_interactions  # noqa: E402
from provenance.resolve.search.gdelt import Gdelt  # noqa: E402
from provenance.resolve.search.searxng import SearXNG  # noqa: E402
from provenance.urls import url_host  # noqa: E402

SEARX = "https://searx.example"
GDELT = "https://gdelt.example/api/v2/doc/doc"
HTML = (("Content-Type", "text/html; charset=utf-8"),)
JSON = (("Content-Type", "application/json"),)


def _pages(corpus: Path) -> list[dict]:
    rows = [json.loads(line) for line in (corpus / "index.jsonl").open()]
    out = []
    for r in rows:
        try:
            dt.date.fromisoformat((r["published"] or "")[:10])
        except ValueError:
            continue
        if r["title"] and len(r["title"].split()) >= 4:
            out.append(r)
    return out


def _synthetic(title: str, site: str, day: dt.date, text: str) -> bytes:
    return (f"<html><head><title>{title}</title><meta property='og:title' content=\"{title}\">"
            f"<meta property='og:site_name' content=\"{site}\">"
            f"<meta property='article:published_time' content='{day.isoformat()}T08:00:00Z'></head>"
            f"<body><article><h1>{title}</h1><p>{text}</p><p>More of the story follows in the next "
            "paragraphs, as an article would have it.</p></article></body></html>").encode()


def _near(title: str, rng: random.Random) -> str:
    words = title.split()
    i = max(range(len(words)), key=lambda k: (len(words[k]), rng.random()))
    words[i] = {"New": "Old"}.get(words[i], "Different")
    return " ".join(words)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def main() -> None:
    given = [a for a in sys.argv[1:] if not a.startswith("-")]
    corpus = Path(given[0] if given else ROOT / ".." / "shared" / "corpus")
    rng = random.Random(7)
    pages = _pages(corpus)
    rng.shuffle(pages)
    index: list[tuple[str, str]] = []  # (url, title) the service knows
    bodies: dict[str, bytes] = {}
    expect: dict[str, tuple[str, set[str]]] = {}  # entry key -> ("known", acceptable urls) | ("unknown", ∅)
    entries = []
    for n, row in enumerate(pages):
        day = dt.date.fromisoformat(row["published"][:10])
        host = url_host(row["url"])
        site = row.get("site_name") or host
        title = " ".join(row["title"].split())
        known = n % 3 != 2
        real = gzip.decompress((corpus / row["html"]).read_bytes()) if row.get("gzip") else (
            corpus / row["html"]).read_bytes()
        old = f"https://{host}/archive/{n}-earlier"
        near = f"https://{host}/story/{n}-near"
        bodies[old] = _synthetic(title, site, day.replace(year=day.year - 1), "Last year's story.")
        bodies[near] = _synthetic(_near(title, rng), site, day, "Another story.")
        index += [(old, title), (near, _near(title, rng))]
        accept = set()
        if known:
            bodies[row["url"]] = real
            copy = f"https://copies.example/{n}"
            bodies[copy] = _synthetic(title, "Copies Wire", day, "The same story, syndicated.")
            index += [(row["url"], title), (copy, title)]
            accept = {row["url"], copy}
        publisher = row.get("site_name") or host
        entries.append((publisher, title, day, known, accept))
    articles = [entries[i:i + 5] for i in range(0, len(entries), 5)]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        interactions: dict[str, Interaction] = {}
        queries = 0
        for a, group in enumerate(articles):
            lines = [f"# Benchmark article {a}", "", "Published December 1, 2026.", "", "Body text.", "",
                     "Sources:"]
            for k, (publisher, title, day, _, _) in enumerate(group, 1):
                lines.append(f'{k} {publisher}, "{title}" ({day.strftime("%B %d, %Y")})')
            text = "\n".join(lines) + "\n"
            (folder / f"a{a:03d}.txt").write_text(text, encoding="utf-8")
            article = read_article(f"a{a:03d}.txt", text.encode())
            for k, citation in enumerate(article.citations):
                expect[f"a{a:03d}.txt#{citation.id}"] = ("known" if group[k][3] else "unknown", group[k][4])
                for service in (SearXNG(SEARX), Gdelt(GDELT)):
                    for q in service.queries(citation):
                        queries += 1
                        interactions[q.url] = _answer(q.url, index, service.name)
        for url, body in bodies.items():
            interactions[url] = Interaction("GET", url, (), 200, "OK", HTML, body)
        cassette = Path(tmp) / "lookup.yaml"
        write_interactions(str(cassette), list(interactions.values()))
        for service, endpoint in (("searxng", SEARX), ("gdelt", GDELT)):
            report = Path(tmp) / f"{service}.json"
            proc = subprocess.run([sys.executable, "-m", "provenance", "check", str(folder), "--cassette",
                                   str(cassette), "--search", f"{service}={endpoint}", "--format", "json",
                                   "--output", str(report), "--fail-on", "never", "-q"],
                                  cwd=ROOT, capture_output=True, text=True)
            if proc.returncode != 0:
                sys.exit(f"{service}: {proc.stderr.strip()}")
            _score(service, json.loads(report.read_text()), expect, len(entries))
        print(f"queries prepared per citation (both services): {queries / len(entries):.2f}")


def _answer(url: str, index: list[tuple[str, str]], service: str) -> Interaction:
    params = parse_qs(urlsplit(url).query)
    query = (params.get("q") or params.get("query") or [""])[0]
    phrase = re.search(r'"([^"]+)"', query)
    words = _words(phrase.group(1) if phrase else query)
    site = re.search(r"(?:site|domain):(\S+)", query)
    hits = [(u, t) for u, t in index if all(w in _words(t) for w in words)
            and (not site or url_host(u).endswith(site.group(1).removeprefix("www.")))]
    if service == "searxng":
        body = {"query": query, "number_of_results": len(hits), "answers": [], "unresponsive_engines": [],
                "results": [{"url": u, "title": t, "content": "", "publishedDate": None,
                             "engine": "bing news", "engines": ["bing news"], "score": 1.0} for u, t in hits]}
    else:
        body = {"articles": [{"url": u, "title": t, "seendate": "20261201T000000Z", "domain": url_host(u),
                              "language": "English", "sourcecountry": ""} for u, t in hits]} if hits else {}
    return Interaction("GET", url, (), 200, "OK", JSON, json.dumps(body).encode())


def _show(source: dict) -> None:
    res = source["resolution"]
    print(f"  {res['status']}: {source['title']!r} ({source['date']}) -> {res['url']}: {res.get('reason')}")
    for c in (res.get("lookup") or {}).get("candidates", []):
        print(f"      {'+' if c['accepted'] else '-'} {c['url']}: {c['title']!r}: {c['why']}")


def _score(service: str, report: dict, expect: dict, total: int) -> None:
    right = wrong = copies = missed = kept = unknown = 0
    for article in report["articles"]:
        name = Path(article["path"]).name
        for source in article["sources"]:
            kind, accept = expect[f"{name}#{source['id']}"]
            res = source["resolution"]
            if kind == "unknown":
                unknown += 1
                if res["status"] == "found":
                    wrong += 1
                    _show(source)
                else:
                    kept += 1
            elif res["status"] == "found":
                if res["url"] in accept:
                    right += 1
                    copies += "copies.example" in res["url"]
                else:
                    wrong += 1
                    _show(source)
            else:
                missed += 1
                if "-v" in sys.argv:
                    _show(source)
    known = total - unknown
    print(f"{service:8} found right {right}/{known} ({right / max(known, 1):.3f}; {copies} as the copy)  "
          f"wrong documents {wrong}  unknown kept unresolved {kept}/{unknown}  missed {missed}")


if __name__ == "__main__":
    main()
