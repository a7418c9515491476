"""Choose the library's title threshold and measure the source checks on the benchmark's dev set.

    .venv/bin/python benchmarks/library_threshold.py [../shared/bench/dev]

Part 1 (library): every citation of every article is looked up in dev/library at several thresholds. A
look-up is right when it returns doc-<page>.html of the label's `page`, or nothing when that file is not in
the library; "wrong" is a different document (the one error that must never happen), "missed" is nothing
where the right document was there. Citations with a URL are tried too (and reported apart).

Part 2 (checks): the source checks of provenance/checks/sources.py on the dev set, each source's page read
from the cassette (following redirects) or the library, scored against the labels' `expect`/`scored`;
title-mismatch also at several thresholds.
"""

from __future__ import annotations

import html
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from provenance.dates import parse_date  # noqa: E402
from provenance.models import Article, Citation, Resolution, SourceDoc, Status  # noqa: E402

THRESHOLDS = (60, 70, 75, 80, 85, 88, 90, 92, 95, 100)
SOURCE_FINDINGS = ("date-mismatch", "title-mismatch", "source-after-article", "duplicate-source")

_ENTRY = (
    re.compile(r'<li id="src-(\w+)">(.*?)</li>', re.S),
    re.compile(r"^\[\^(\w+)\]:[ \t]*(.+)$", re.M),
    re.compile(r"^(\d{1,3})[.)]?[ \t]+(.+)$", re.M),
)


def _entry(cid: str, raw: str, line: int) -> Citation:
    """A quick reading of one source-list entry, good enough for the dev set's three layouts."""
    url_m = re.search(r'href="([^"]+)"|\]\((https?://[^)\s]+)\)|(https?://\S+)', raw)
    url = html.unescape(next(g for g in url_m.groups() if g)) if url_m else None
    text = html.unescape(re.sub(r"<[^>]+>", "", raw))
    text = re.sub(r"\]\(https?://[^)\s]+\)", "", text).replace("[", "")
    title_m = re.search(r'[“"](.+)[”"]', text)
    if title_m is None and "<a " in raw:
        title_m = re.search(r"<a [^>]*>(.*?)</a>", raw)
    title = html.unescape(re.sub(r"<[^>]+>", "", title_m[1])) if title_m else None
    publisher = text.split(",", 1)[0].strip() if "," in text else None
    date_m = re.search(r"\(([A-Z][a-z]+ \d{1,2}, \d{4})\)", text)
    date = parse_date(date_m[1]) if date_m else None
    return Citation(cid, raw, publisher, title, date, url, line)


def citations(path: Path) -> tuple[Citation, ...]:
    if "--own-reader" in sys.argv:  # the project's article reader, once it is complete
        from provenance.article import read_article

        return read_article(str(path), path.read_bytes()).citations
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        pattern = _ENTRY[0]
    elif path.suffix == ".md":
        pattern = _ENTRY[1]
    else:
        text_start = text.find("\nSources:")
        pattern, text = _ENTRY[2], ("\n" * text[:text_start].count("\n")) + text[text_start:]
        if text_start < 0:
            return ()
    return tuple(_entry(m[1], m[2], text[: m.start()].count("\n") + 1) for m in pattern.finditer(text))


def reader():
    from provenance.source import read_source

    return read_source


def labels(dev: Path) -> list[dict]:
    lines = (dev / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line]


# ---------------------------------------------------------------- part 1: the library


def library_table(dev: Path) -> None:
    from provenance.resolve.library import Library

    lib = Library(dev / "library", reader=reader())
    print(f"library: {len(lib)} documents indexed, {len(lib.errors)} errors")
    rows = []
    for label in labels(dev):
        cites = {c.id: c for c in citations(dev / label["article"])}
        for src in label["sources"]:
            c = cites.get(src["id"])
            if c is None:
                continue
            present = (dev / "library" / f"doc-{src['page']}.html").exists()
            rows.append((label["article"], src, c, present))
    print(f"{len(rows)} citations ({sum(1 for r in rows if not r[2].url)} without a URL)")
    print(f"{'threshold':>9} | {'no URL: correct wrong missed':>28} | {'with URL: correct wrong missed':>30}")
    for threshold in THRESHOLDS:
        lib.threshold = threshold
        tally = {False: Counter(), True: Counter()}
        for article, src, c, present in rows:
            # a URL look-up is not what the threshold decides: try the URL citations by title alone too
            found = lib.find(c)
            got = found[0].name if found else None
            want = f"doc-{src['page']}.html" if present else None
            kind = "correct" if got == want else ("missed" if got is None else "wrong")
            tally[bool(c.url)][kind] += 1
            if kind == "wrong" or (kind == "missed" and threshold == 90 and not c.url):
                print(f"    {threshold} {kind}: {article} #{src['id']} {c.title!r} -> {got} (want {want})")
        a, b = tally[False], tally[True]
        print(f"{threshold:>9} | {a['correct']:>9} {a['wrong']:>6} {a['missed']:>6}      |"
              f" {b['correct']:>9} {b['wrong']:>6} {b['missed']:>6}")


def _perturbed(title: str) -> dict[str, str]:
    """How a title gets cited: whole, cut when pasted, cut at a colon, retyped with small slips."""
    words = title.split()
    forms = {"exact": title, "lowercase": title.lower()}
    cut = title[: max(len(title) * 3 // 5, 14)]
    if len(cut) < len(title) and len(cut.split()) >= 3:
        forms["truncated"] = cut
    head = re.split(r": | [-–|] ", title, maxsplit=1)[0]
    if head != title and len(head.split()) >= 3:
        forms["cut-at-colon"] = head
    if len(words) >= 4:
        forms["word-dropped"] = " ".join(words[:2] + words[3:])
    return forms


def corpus_table(corpus: Path) -> None:
    """A harder test than the dev set: the 258 corpus pages with known titles as one library; each page is
    cited by its known title in several forms, once with its page in the library (it must be found) and
    once with it left out (nothing may be found: every other page is a distractor)."""
    from provenance.resolve.library import Library

    index = [json.loads(line) for line in (corpus / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    titled = {str((corpus / d["html"]).resolve()): d["title"]
              for d in index if d.get("title") and not d["gzip"]}
    lib = Library(corpus, reader=reader())
    entries = lib._index()  # noqa: SLF001 - the benchmark leaves one entry out at a time
    print(f"\ncorpus: {len(entries)} pages indexed, {len(titled)} with a known title")
    cases = []
    for i, entry in enumerate(entries):
        title = titled.get(str(entry.path.resolve()))
        if title:
            for form, cited in _perturbed(title).items():
                cases.append((i, form, Citation("x", cited, None, cited, None, None, 1)))
    print(f"{'threshold':>9} | {'in library: correct wrong missed':>32} | {'left out: correct wrong':>24}")
    for threshold in THRESHOLDS:
        lib.threshold = threshold
        present, absent = Counter(), Counter()
        for i, form, c in cases:
            lib._entries = entries
            found = lib.find(c)
            right = found is not None and found[0] == entries[i].path
            present["correct" if right else "missed" if not found else "wrong"] += 1
            if not found or found[0] != entries[i].path:
                present[f"missed {form}"] += 1
            lib._entries = entries[:i] + entries[i + 1:]
            found = lib.find(c)
            absent["wrong" if found else "correct"] += 1
            if found and threshold == 90:
                print(f"    {form}: {c.title!r} -> {found[1].title!r}")
        misses = ", ".join(f"{k[7:]} {v}" for k, v in sorted(present.items()) if k.startswith("missed "))
        print(f"{threshold:>9} | {present['correct']:>10} {present['wrong']:>6} {present['missed']:>6}"
              f"       | {absent['correct']:>9} {absent['wrong']:>6}   misses: {misses}")
        lib._entries = entries


# ---------------------------------------------------------------- part 2: the source checks


def _cassette(dev: Path) -> dict[str, dict]:
    import yaml

    with open(dev / "cassette.yaml", encoding="utf-8") as f:
        data = yaml.load(f, Loader=yaml.CSafeLoader)
    return {i["request"]["uri"]: i["response"] for i in data["interactions"]}


def _fetch(url: str, cassette: dict[str, dict], read) -> Resolution:
    """What the fetcher would make of url from the cassette: redirects followed, errors told apart."""
    from urllib.parse import urljoin

    for _hop in range(11):
        resp = cassette.get(url)
        if resp is None:
            return Resolution(Status.UNREACHABLE, url, None, "not in the cassette", "not-in-cassette")
        code = resp["status"]["code"]
        headers = {k.lower(): v for k, v in resp.get("headers", {}).items()}
        if code in (301, 302, 303, 307, 308) and headers.get("location"):
            url = urljoin(url, headers["location"][0])
            continue
        if code >= 400:
            kind = {404: "not-found", 410: "gone", 401: "blocked", 403: "blocked", 429: "rate-limited"}
            return Resolution(Status.UNREACHABLE, url, code, f"HTTP {code}", kind.get(code, "http-error"))
        body = resp["body"]["string"]
        text = body if isinstance(body, str) else body.decode("utf-8", "replace")
        ctype = (headers.get("content-type") or ["text/html"])[0]
        return Resolution(Status.FETCHED, url, code, doc=read(text, url=url, content_type=ctype))
    return Resolution(Status.UNREACHABLE, url, None, "too many redirects", "too-many-redirects")


def checks_table(dev: Path) -> None:
    from provenance.checks import sources
    from provenance.checks.base import Context
    from provenance.checks.sources import check, title_score
    from provenance.resolve.library import Library

    read = reader()
    cassette = _cassette(dev)
    lib = Library(dev / "library", reader=read)
    names = SOURCE_FINDINGS + ("unresolved-source", "unreachable-source")
    tally = {n: Counter() for n in names}
    title_scores: list[tuple[float, bool]] = []
    title_pairs: list[tuple[str, SourceDoc, bool]] = []
    status_right = status_all = 0
    for label in labels(dev):
        cites = citations(dev / label["article"])
        resolutions = {}
        for c in cites:
            if c.url:
                resolutions[c.id] = _fetch(c.url, cassette, read)
            else:
                found = lib.find(c)
                resolutions[c.id] = (Resolution(Status.LIBRARY, str(found[0]), doc=found[1]) if found
                                     else Resolution(Status.UNRESOLVED))
        published = parse_date(label["published"]) if label.get("published") else None
        article = Article(label["article"], "text", label.get("title"), published, None, "", cites, ())
        got: dict[str, set[str]] = {}
        for f in check(Context(article, resolutions, {})):
            got.setdefault(f.source, set()).add(f.name)
        by_id = {c.id: c for c in cites}
        for src in label["sources"]:
            res = resolutions.get(src["id"])
            status_all += 1
            status_right += bool(res and res.status.value == src["resolution"])
            for n in names:
                if n not in src["scored"]:
                    continue
                want, have = n in src["expect"], n in got.get(src["id"], set())
                tally[n]["tp" if want and have else "fn" if want else "fp" if have else "tn"] += 1
                if want != have:
                    print(f"    {'missed' if want else 'false'} {n}: {label['article']} #{src['id']}"
                          f" {by_id[src['id']].title if src['id'] in by_id else ''!r}"
                          f" | page: {res.doc.title if res and res.doc else None!r}"
                          f" {res.doc.published if res and res.doc else None}"
                          f" cited {by_id[src['id']].date if src['id'] in by_id else None}")
            c = by_id.get(src["id"])
            if "title-mismatch" in src["scored"] and c and c.title and res and res.doc and res.doc.title:
                score = title_score(c.title, [res.doc.title], sites=[res.doc.site or ""])
                title_scores.append((score, "title-mismatch" in src["expect"]))
                title_pairs.append((c.title, res.doc, "title-mismatch" in src["expect"]))
    print(f"\nresolution status right: {status_right}/{status_all}")
    print(f"{'finding':<22} {'tp':>4} {'fp':>4} {'fn':>4}  precision recall")
    for n, t in tally.items():
        p = t["tp"] / ((t["tp"] + t["fp"]) or 1)
        r = t["tp"] / ((t["tp"] + t["fn"]) or 1)
        print(f"{n:<22} {t['tp']:>4} {t['fp']:>4} {t['fn']:>4}  {p:9.3f} {r:6.3f}")
    print("\ntitle-mismatch by TITLE_THRESHOLD (checks.sources.titles_match):")
    chosen = sources.TITLE_THRESHOLD
    for threshold in (30, 40, 45, 50, 55, 60, 70, 80, 90):
        sources.TITLE_THRESHOLD = threshold
        flagged = [(not sources.titles_match(c, doc.title or "", sites=sources.page_sites(doc)), want)
                   for c, doc, want in title_pairs]
        tp = sum(1 for f, want in flagged if f and want)
        fp = sum(1 for f, want in flagged if f and not want)
        fn = sum(1 for f, want in flagged if not f and want)
        print(f"  {threshold:>3}: tp {tp} fp {fp} fn {fn}{'   <- chosen' if threshold == chosen else ''}")
    sources.TITLE_THRESHOLD = chosen
    worst = sorted(s for s, want in title_scores if not want)[:5]
    best = sorted((s for s, want in title_scores if want), reverse=True)[:5]
    print(f"  raw title_score: lowest of matching titles {[round(s) for s in worst]};"
          f" highest of mismatches {[round(s) for s in best]}")


def main(argv: list[str]) -> None:
    paths = [a for a in argv if not a.startswith("--")]
    dev = Path(paths[0]) if paths else ROOT / ".." / "shared" / "bench" / "dev"
    library_table(dev)
    corpus = dev / ".." / ".." / "corpus"
    if corpus.is_dir() and "--no-corpus" not in argv:
        corpus_table(corpus)
    if "--no-checks" not in argv:
        checks_table(dev)


if __name__ == "__main__":
    main(sys.argv[1:])
