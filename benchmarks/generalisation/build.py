"""Write the generalisation set: articles/, cassette.yaml, library/ and labels.jsonl.

    python3 benchmarks/generalisation/build.py

Pages (pages.py) are rendered by render.py; articles and their labels come from articles.py. Before
writing, every quotation label is checked against the text of the page it rests on (a verified quotation
must be in it, a misquoted one must not), so a typo in the set cannot make a label false.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from articles import ARTICLES, Article  # noqa: E402
from pages import DEAD, LIBRARY, PAGES, Page  # noqa: E402
from render import render  # noqa: E402

REDIRECTS = {  # http:// address cited -> where the site sends it
    "http://valleygazette.example.com/news/education/school-board-four-day-week":
        "https://www.valleygazette.example.com/news/education/school-board-four-day-week",
}
ALIASES = {  # another address of the same page (a tracking parameter), served as the page itself
    "https://www.statistik-nord.example.de/presse/pm-2024-118?utm_source=newsletter&utm_medium=email":
        "stats",
}
ALL_FINDINGS = ("duplicate-source", "source-after-article", "truncated-title", "undated-source",
                "unreachable-source", "unresolved-source", "vague-publisher")
_QMAP = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "—": "-",
                       "–": "-", "\u00a0": " ", "…": "..."})


def norm(s: str) -> str:
    s = re.sub(r"\s+", " ", s.translate(_QMAP).casefold()).strip()
    return s.strip(" .,;:!?\"'")


def page_text(page: Page) -> str:
    return " ".join((*page.paras, page.caption or "", page.pullquote or ""))


def page_id(page: Page) -> str:
    return hashlib.sha256(page.url.encode()).hexdigest()[:12]


def check_labels(art: Article, pages: dict[str, Page]) -> None:
    by_id = {s.id: s for s in art.sources}
    for q in art.quotes:
        src = by_id.get(q.source or "")
        page = pages.get(src.page) if src and src.page else None
        if page is None:
            continue
        text = norm(page_text(page))
        pieces = [norm(p) for p in re.split(r"\s*(?:…|\.\.\.|\[[^\]]*\])\s*", q.text) if norm(p)]
        held = all(p in text for p in pieces)
        if q.verdict in ("verified", "misattributed") and not held:
            raise SystemExit(f"{art.name}: {q.text!r} is not in {page.key}")
        if q.verdict in ("misquoted", "unsupported") and norm(q.text) in text:
            raise SystemExit(f"{art.name}: {q.text!r} is in {page.key} word for word")
        if q.verdict == "misattributed" and q.marker == q.source:
            raise SystemExit(f"{art.name}: misattributed {q.text!r} rests on its own cited source")


def scored(src_res: str, page: Page | None, title_known: bool) -> list[str]:
    names = set(ALL_FINDINGS)
    if src_res in ("fetched", "library") and page is not None:
        names.add("uncited-source")
        if title_known:
            names.add("title-mismatch")
        if page.date and page.machine_date:
            names.add("date-mismatch")
    return sorted(names)


def label(art: Article, pages: dict[str, Page]) -> dict[str, object]:
    sources = []
    for s in art.sources:
        page = pages.get(s.page) if s.page else None
        sources.append({"id": s.id, "page": page_id(page) if page else None, "resolution": s.resolution,
                        "expect": sorted(s.expect), "scored": scored(s.resolution, page, s.title_known)})
    quotes = [{"text": q.text, "kind": q.kind, "verdict": q.verdict, "source": q.source,
               "difference": q.difference, "marker": q.marker} for q in art.quotes]
    return {"article": f"articles/{art.name}", "published": art.published, "title": art.title,
            "ai_image": art.ai_image, "missing_sources": art.missing_sources, "sources": sources,
            "quotes": quotes}


def interaction(uri: str, code: int, message: str, body: str, headers: dict[str, list[str]]) -> dict:
    return {"request": {"body": None, "headers": {}, "method": "GET", "uri": uri},
            "response": {"status": {"code": code, "message": message}, "headers": headers,
                         "body": {"string": body}}}


def cassette() -> dict:
    html_headers = {"Content-Type": ["text/html; charset=utf-8"]}
    out = [interaction(p.url, 200, "OK", render(p), html_headers) for p in PAGES]
    by_key = {p.key: p for p in PAGES}
    out += [interaction(uri, 200, "OK", render(by_key[key]), html_headers) for uri, key in ALIASES.items()]
    for uri, target in REDIRECTS.items():
        out.append(interaction(uri, 301, "Moved Permanently", "", {"Location": [target]}))
    for uri, code in DEAD.items():
        msg = {404: "Not Found", 410: "Gone"}[code]
        body = f"<html><body><h1>{code} {msg}</h1></body></html>"
        out.append(interaction(uri, code, msg, body, html_headers))
    return {"interactions": out, "version": 1}


def main() -> None:
    pages = {p.key: p for p in (*PAGES, *LIBRARY)}
    for art in ARTICLES:
        check_labels(art, pages)
    (HERE / "articles").mkdir(exist_ok=True)
    for old in (HERE / "articles").iterdir():
        old.unlink()
    for art in ARTICLES:
        text = art.text
        for i, q in enumerate(art.quotes):
            text = text.replace(f"⟦{i}⟧", q.text)
        if "⟦" in text:
            raise SystemExit(f"{art.name}: placeholder left")
        (HERE / "articles" / art.name).write_text(text, encoding="utf-8")
    lib = HERE / "library"
    lib.mkdir(exist_ok=True)
    for p in LIBRARY:
        (lib / f"doc-{page_id(p)}.html").write_text(render(p), encoding="utf-8")
    (HERE / "cassette.yaml").write_text(yaml.safe_dump(cassette(), allow_unicode=True, sort_keys=False,
                                                        width=110), encoding="utf-8")
    lines = [json.dumps(label(a, pages), ensure_ascii=False) for a in ARTICLES]
    (HERE / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    n_quotes = sum(len(a.quotes) for a in ARTICLES)
    print(f"{len(ARTICLES)} articles, {n_quotes} quotations, {len(PAGES)} pages, "
          f"{len(LIBRARY)} library documents")


if __name__ == "__main__":
    main()
