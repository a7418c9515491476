"""`--format jsonl`: one line per article as the run checks it, then one summary line.

Each article line is the contract's ARTICLE object (as in `--format json`, ../shared/spec/report.md);
the last line is the report without its articles: schema_version, tool, generated_at, summary, fail_on,
errors. provenance/schema/report-line.schema.json describes both kinds of line; the README's "Checking
an archive" says how to read them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from provenance.formats.json import Tally, head, tail
from provenance.models import ArticleReport, Report


class JsonlFormatter:
    name = "jsonl"
    OPTIONS: tuple[str, ...] = ()

    def __init__(self) -> None:
        self._tally = Tally()
        self._head: dict[str, Any] = {}

    def render(self, report: Report) -> str:
        return (self.begin(report.generated_at, report.tool_version)
                + "".join(self.article(ar) for ar in report.articles)
                + self.end(report.fail_on, report.errors))

    def begin(self, generated_at: dt.datetime, tool_version: str) -> str:
        self._head = head(generated_at, tool_version)
        return ""

    def article(self, ar: ArticleReport) -> str:
        return _line(self._tally.add(ar))

    def end(self, fail_on: str, errors: Sequence[str]) -> str:
        return _line({**self._head, **tail(self._tally, fail_on, errors)})


def _line(value: dict[str, Any]) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


def load_line_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one line; it refers to report.schema.json (load_schema)."""
    from importlib.resources import files

    text = files("provenance").joinpath("schema/report-line.schema.json").read_text(encoding="utf-8")
    return json.loads(text)
