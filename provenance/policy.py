"""The run's policy over the findings the checks made: decided here, in one place.

In order: severity overrides; inline suppressions (`provenance: ignore[...]`), judged against every
finding the checks made so a suppression is not called unused merely because the configuration drops
its finding anyway; select / ignore / per-path ignores (which apply to `unused-suppression` too); then
the baseline. `exit_code` turns the outcome into 0 or 1 for `--fail-on`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from fnmatch import fnmatchcase

from provenance.baseline import Baseline, normalize_path
from provenance.checks.registry import BY_CODE, BY_NAME, names_for, rule
from provenance.config import Config
from provenance.exitcodes import ExitCode
from provenance.models import ArticleReport, Finding, Report, Severity, Suppression

_UNUSED = "unused-suppression"


def apply_policy(ar: ArticleReport, config: Config, baseline: Baseline | None = None) -> ArticleReport:
    findings = tuple(_with_severity(f, config) for f in ar.findings)
    findings, unused = _suppress(findings, ar.article.suppressions)
    findings += tuple(_with_severity(f, config) for f in unused)
    path = normalize_path(ar.article.path)
    findings = tuple(f for f in findings if _enabled(f, path, config))
    if baseline is not None:
        findings = baseline.filter(ar.article, findings)
    return dataclasses.replace(ar, findings=findings)


def exit_code(report: Report, fail_on: str) -> ExitCode:
    """FINDINGS (1) when a finding is at or above `fail_on` (error | warning | info), else CLEAN (0)."""
    return ExitCode.FINDINGS if any(fails(ar, fail_on) for ar in report.articles) else ExitCode.CLEAN


def fails(ar: ArticleReport, fail_on: str) -> bool:
    """Whether one article has a finding at or above `fail_on` (never, for `never`)."""
    if fail_on == "never":
        return False
    threshold = Severity(fail_on).rank
    return any(f.severity.rank >= threshold for f in ar.findings)


def canonical_name(name_or_code: str) -> str | None:
    """The finding name for a name or code (any case), or None when the registry has no such finding."""
    key = name_or_code.strip()
    r = BY_NAME.get(key.lower()) or BY_CODE.get(key.upper())
    return r.name if r else None


def _matches(f: Finding, names: Iterable[str]) -> bool:
    """Whether any of `names` (finding names, codes or code prefixes such as PV3) covers the finding."""
    return any(f.name == n or f.code == n or f.name in names_for(n) for n in names)


def _with_severity(f: Finding, config: Config) -> Finding:
    for key, level in config.severity.items():
        if _matches(f, (key,)):
            return dataclasses.replace(f, severity=Severity(level))
    return f


def _enabled(f: Finding, path: str, config: Config) -> bool:
    if config.select and not _matches(f, config.select):
        return False
    if _matches(f, config.ignore):
        return False
    return not any(
        _matches(f, names)
        for pattern, names in config.per_path_ignores.items()
        if _path_matches(path, pattern)
    )


def _path_matches(path: str, pattern: str) -> bool:
    """fnmatch on the article's path; a pattern without a slash also matches the file name alone."""
    pattern = normalize_path(pattern)
    if fnmatchcase(path, pattern):
        return True
    if pattern.endswith("/**") or pattern.endswith("/*"):
        pattern = pattern.rsplit("/", 1)[0]
    if fnmatchcase(path, pattern + "/*"):  # a folder pattern: everything under it
        return True
    return "/" not in pattern and fnmatchcase(path.rsplit("/", 1)[-1], pattern)


def _suppress(
    findings: tuple[Finding, ...], suppressions: tuple[Suppression, ...]
) -> tuple[tuple[Finding, ...], list[Finding]]:
    """The findings no suppression covers, and an `unused-suppression` finding per stale comment."""
    used: dict[int, set[str]] = {i: set() for i in range(len(suppressions))}
    kept = []
    for f in findings:
        hit = False
        for i, s in enumerate(suppressions):
            if f.line in s.target_lines and (not s.names or _matches(f, s.names)):
                hit = True
                used[i].update([n for n in s.names if _matches(f, (n,))] if s.names else ["*"])
        if not hit:
            kept.append(f)
    unused = [u for i, s in enumerate(suppressions) if (u := _unused_finding(s, used[i])) is not None]
    return tuple(kept), unused


def _unused_finding(s: Suppression, used: set[str]) -> Finding | None:
    if s.names:
        stale = [n for n in s.names if n not in used]
        if not stale:
            return None
        unknown = [n for n in stale if not names_for(n)]
        listed = ", ".join(stale)
        message = f"The comment `provenance: ignore[{listed}]` suppresses no finding here"
        if unknown:
            message += f" ({', '.join(unknown)}: no such finding)"
        message += "."
    else:
        if used:
            return None
        message = "The comment `provenance: ignore` suppresses no finding here."
    r = rule(_UNUSED)
    return Finding(r.code, r.name, r.severity, message, s.line, s.column)
