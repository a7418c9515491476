"""Benchmark (run by hand): the indexed quote matcher against a naive full-text fuzzy search.

1,000 quotations are checked against 1,000 real-size pages (every page is a candidate of every quotation).
Pages are built from real article text (the human-written bodies of the scrapinghub corpus in
../shared/corpus): a word-trigram model of its sentences writes 5-10 KB pages of new sentences.
Quotations: sentences and fragments of the pages (faithful), sentences with one number / negation / word
changed (altered), and sentences of held-back articles that are on no page (absent).

  naive    for each quotation, rapidfuzz.fuzz.partial_ratio_alignment over every page's full text;
           best score 100 -> verified, >= 85 -> misquoted, else unsupported
  matcher  provenance.match.judge (index each page once, trigram prefilter, token alignment)

Both must give the same verdicts (and the same page); the matcher must be >= 20x faster.

    .venv/bin/python benchmarks/match_speed.py [--quotes 1000] [--pages 1000] [--naive-sample 1000]

--naive-sample N runs the naive search on the first N quotations only and extrapolates its time.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
BODIES = SHARED / "corpus" / "scrapinghub-article-extraction-benchmark" / "ground-truth.json"
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def load_sentences(rng: random.Random) -> tuple[list[str], list[str]]:
    """Sentences for the pages, and sentences of held-back articles (for absent quotations)."""
    bodies = [v["articleBody"] for v in json.loads(BODIES.read_text(encoding="utf-8")).values()]
    rng.shuffle(bodies)
    held = bodies[:20]
    split = [s.strip() for b in bodies[20:] for s in _SENTENCE.split(b) if 40 <= len(s.strip()) <= 400]
    absent = [s.strip() for b in held for s in _SENTENCE.split(b) if 60 <= len(s.strip()) <= 300]
    return split, absent


def build_pages(sentences: list[str], n: int, rng: random.Random) -> list[str]:
    """Pages of new sentences drawn from a word-trigram (order-2 Markov) model of the real ones: real
    vocabulary and phrasing, yet each sentence is (almost always) on one page only, as quoted text is."""
    model: dict[tuple[str, str], list[str]] = {}
    starts: list[tuple[str, str]] = []
    for s in sentences:
        words = s.split()
        if len(words) < 4:
            continue
        starts.append((words[0], words[1]))
        for a, b, c in zip(words, words[1:], words[2:] + ["\x00"], strict=False):
            model.setdefault((a, b), []).append(c)
    pages = []
    for _ in range(n):
        size = rng.randint(5_000, 10_000)
        parts: list[str] = []
        length = 0
        while length < size:
            a, b = rng.choice(starts)
            words = [a, b]
            while len(words) < 60:
                nxt = rng.choice(model.get((a, b), ["\x00"]))
                if nxt == "\x00":
                    break
                words.append(nxt)
                a, b = b, nxt
            sentence = " ".join(words)
            parts.append(sentence + ("\n\n" if rng.random() < 0.25 else " "))
            length += len(sentence) + 1
        pages.append("".join(parts))
    return pages


NUM = re.compile(r"\b\d+\b")
VERB_NEG = re.compile(r"\b(is|was|are|were|has|have|will|can)\b")


def alter(sentence: str, rng: random.Random) -> str | None:
    """One substantive change: a number, a negation, or a content word."""
    if NUM.search(sentence) and rng.random() < 0.5:
        m = NUM.search(sentence)
        return sentence[:m.start()] + str(int(m.group()) + 3) + sentence[m.end():]
    m = VERB_NEG.search(sentence)
    if m and rng.random() < 0.5:
        return sentence[:m.end()] + " not" + sentence[m.end():]
    words = [w for w in re.finditer(r"\b[a-z]{6,}\b", sentence)]
    if not words:
        return None
    w = rng.choice(words)
    return sentence[:w.start()] + "quantum" + sentence[w.end():]


def build_quotes(pages: list[str], absent: list[str], n: int,
                 rng: random.Random) -> list[tuple[str, str, str]]:
    """(kind, quotation, the sentence it was taken from)."""
    quotes: list[tuple[str, str, str]] = []
    while len(quotes) < n:
        roll = rng.random()
        if roll < 0.2:
            quotes.append(("absent", rng.choice(absent), ""))
            continue
        page = rng.choice(pages)
        sentences = [s for s in _SENTENCE.split(page) if 60 <= len(s) <= 300]
        if not sentences:
            continue
        s = rng.choice(sentences).strip()
        if roll < 0.55:
            quotes.append(("verbatim", s, s))
        elif roll < 0.7:
            words = s.split()
            k = max(6, len(words) // 2)
            start = rng.randint(0, max(0, len(words) - k))
            quotes.append(("fragment", " ".join(words[start:start + k]), s))
        else:
            altered = alter(s, rng)
            if altered:
                quotes.append(("altered", altered, s))
    return quotes


def naive_norm(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def naive_verdicts(quotes: list[str], pages: list[str]) -> tuple[list[tuple[str, str | None]], float]:
    from rapidfuzz import fuzz

    start = time.perf_counter()
    texts = [naive_norm(p) for p in pages]
    out: list[tuple[str, str | None]] = []
    for q in quotes:
        nq = naive_norm(q)
        best, where = 0.0, None
        for i, t in enumerate(texts):
            score = fuzz.partial_ratio_alignment(nq, t).score
            if score > best:
                best, where = score, str(i)
        if best >= 99.99:
            out.append(("verified", where))
        elif best >= 85:
            out.append(("misquoted", where))
        else:
            out.append(("unsupported", None))
    return out, time.perf_counter() - start


def matcher_verdicts(quotes: list[str], pages: list[str]) -> tuple[list[tuple[str, str | None]], float]:
    from provenance.match import judge
    from provenance.models import Quote, SourceDoc

    start = time.perf_counter()
    sources = {str(i): SourceDoc(url=None, title=None, site=None, published=None, text=p)
               for i, p in enumerate(pages)}
    out: list[tuple[str, str | None]] = []
    for n, text in enumerate(quotes):
        j = judge(Quote(f"q{n}", text, None, None, 1, 1), sources)
        out.append((j.verdict.value, j.source))
    return out, time.perf_counter() - start


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quotes", type=int, default=1000)
    ap.add_argument("--pages", type=int, default=1000)
    ap.add_argument("--naive-sample", type=int, default=None)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    if not BODIES.exists():
        print(f"needs {BODIES}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO))
    rng = random.Random(a.seed)
    sentences, absent = load_sentences(rng)
    pages = build_pages(sentences, a.pages, rng)
    quotes = build_quotes(pages, absent, a.quotes, rng)
    kinds = [k for k, _, _ in quotes]
    texts = [q for _, q, _ in quotes]
    print(f"{len(pages)} pages, {sum(map(len, pages)) / len(pages) / 1000:.1f} KB each on average; "
          f"{len(texts)} quotations: " + ", ".join(f"{k} {kinds.count(k)}" for k in sorted(set(kinds))))

    got, t_match = matcher_verdicts(texts, pages)
    sample = a.naive_sample or len(texts)
    want, t_naive = naive_verdicts(texts[:sample], pages)
    t_naive_full = t_naive * len(texts) / sample
    same = sum(g == w for g, w in zip(got, want, strict=False))
    same_verdict = sum(g[0] == w[0] for g, w in zip(got, want, strict=False))
    print(f"matcher: {t_match:8.2f} s   ({t_match / len(texts) * 1000:.2f} ms per quotation, "
          f"{len(texts) * len(pages):,} quotation-page pairs)")
    measured = f"   (measured {t_naive:.2f} s on {sample})" if sample < len(texts) else ""
    print(f"naive:   {t_naive_full:8.2f} s{measured}")
    print(f"speed-up: {t_naive_full / t_match:.1f}x")
    print(f"same verdict: {same_verdict}/{sample}   same verdict and page: {same}/{sample}")
    ties = 0
    for (kind, text, origin), g, w in zip(quotes, got, want, strict=False):
        if g == w:
            continue
        if g[0] == w[0] and g[1] and w[1] and origin in pages[int(g[1])] and origin in pages[int(w[1])]:
            ties += 1  # the sentence stands on several pages: each method took another of them
            continue
        print(f"  differs [{kind}] matcher={g} naive={w}: {text[:100]!r}")
    if ties:
        print(f"  ({ties} quotations whose sentence stands on several pages: each picked one of them)")
    by_kind: dict[str, list[int]] = {}
    expected = {"verbatim": "verified", "fragment": "verified", "altered": "misquoted",
                "absent": "unsupported"}
    for kind, g in zip(kinds, got, strict=True):
        by_kind.setdefault(kind, [0, 0])[g[0] == expected[kind]] += 1
    print("matcher vs truth: " + ", ".join(f"{k} {v[1]}/{sum(v)}" for k, v in sorted(by_kind.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
