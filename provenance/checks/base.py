"""What every check sees and how it makes a finding.

A check is a module with `check(ctx: Context) -> Iterable[Finding]`: a pure function of what was read
and judged. The code and the default severity come from the registry, never from the check.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from provenance.checks.registry import rule
from provenance.models import Article, Finding, ImageRead, Judgement, Resolution


@dataclass(frozen=True)
class Context:
    article: Article
    resolutions: Mapping[str, Resolution]  # Citation.id -> Resolution
    judgements: Mapping[str, Judgement]  # Quote.id -> Judgement
    images: tuple[ImageRead, ...] = ()  # one per article.figures; () when no image was looked for


def finding(
    name: str,
    message: str,
    line: int,
    column: int = 1,
    *,
    source: str | None = None,
    claim: str | None = None,
    end_line: int | None = None,
    end_column: int | None = None,
) -> Finding:
    r = rule(name)
    return Finding(r.code, r.name, r.severity, message, line, column, source, claim, end_line, end_column)
