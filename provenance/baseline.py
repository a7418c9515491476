"""Baselines: a file of known findings that later runs hide (`provenance baseline`, `--baseline FILE`).

A finding is known by what it is about, never by where it stands: the article's path, the finding's
name, the cited source's URL (or title, or raw entry) and the quotation's text. Editing an article moves
lines but does not resurrect old findings; changing a quotation or a source does. Identical keys are
counted, so a baseline with one `ai-generated-image` hides one, not a second one added later.
"""

from __future__ import annotations

import json
import posixpath
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import ConfigError
from provenance.models import Article, Finding, Report

BASELINE_VERSION = 1

# (path, finding name, source URL-or-title, quotation text)
FindingKey = tuple[str, str, str, str]


def normalize_path(path: str) -> str:
    """`./a/b.md`, `a//b.md` and `a\\b.md` are the same article; URLs are kept as given."""
    if "://" in path:
        return path
    norm = posixpath.normpath(path.replace("\\", "/"))
    return norm[2:] if norm.startswith("./") else norm


def _squash(text: str | None) -> str:
    return " ".join((text or "").split())


def finding_key(article: Article, finding: Finding) -> FindingKey:
    """What a finding is about, without its line: stable while the article is edited around it."""
    source = ""
    if finding.source is not None:
        citation = next((c for c in article.citations if c.id == finding.source), None)
        if citation is None:
            source = finding.source
        else:
            source = citation.url or citation.title or citation.raw
    quote = ""
    if finding.claim is not None:
        q = next((q for q in article.quotes if q.id == finding.claim), None)
        quote = q.text if q is not None else finding.claim
    return (normalize_path(article.path), finding.name, _squash(source), _squash(quote))


@dataclass(frozen=True)
class Baseline:
    counts: Mapping[FindingKey, int]

    @classmethod
    def of(cls, keys: Iterable[FindingKey]) -> Baseline:
        return cls(dict(Counter(keys)))

    def __len__(self) -> int:
        return sum(self.counts.values())

    def filter(self, article: Article, findings: Iterable[Finding]) -> tuple[Finding, ...]:
        """The findings the baseline does not know (in their order); each baseline entry hides one."""
        left = Counter(self.counts)
        kept = []
        for f in findings:
            key = finding_key(article, f)
            if left[key] > 0:
                left[key] -= 1
            else:
                kept.append(f)
        return tuple(kept)


def baseline_of(report: Report) -> Baseline:
    return Baseline.of(finding_key(ar.article, f) for ar in report.articles for f in ar.findings)


def write_baseline(report: Report, path: str | Path) -> int:
    """Write every finding of `report` to `path`; returns how many. Sorted, so the file diffs well."""
    baseline = baseline_of(report)
    entries = [
        {"path": k[0], "name": k[1], "source": k[2] or None, "quote": k[3] or None, "count": n}
        for k, n in sorted(baseline.counts.items())
    ]
    doc = {"version": BASELINE_VERSION, "tool": "provenance", "findings": entries}
    Path(path).write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return len(baseline)


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file; a missing or malformed file is a ConfigError (exit 2)."""
    try:
        doc = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"baseline file not found: {path}") from None
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise ConfigError(f"cannot read baseline file {path}: {e}") from None
    if not isinstance(doc, dict) or doc.get("version") != BASELINE_VERSION:
        raise ConfigError(f"{path} is not a provenance baseline (version {BASELINE_VERSION})")
    counts: Counter[FindingKey] = Counter()
    entries = doc.get("findings")
    if not isinstance(entries, list):
        raise ConfigError(f"{path}: 'findings' must be a list")
    for i, entry in enumerate(entries):
        try:
            key = (
                normalize_path(str(entry["path"])),
                str(entry["name"]),
                _squash(entry.get("source")),
                _squash(entry.get("quote")),
            )
            n = int(entry.get("count", 1))
        except (TypeError, KeyError, ValueError, AttributeError):
            raise ConfigError(f"{path}: entry {i + 1} of 'findings' is malformed") from None
        counts[key] += max(n, 0)
    return Baseline(dict(counts))
