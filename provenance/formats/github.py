"""`--format github`: GitHub Actions workflow commands (`::error file=…,line=…::message`).

GitHub shows at most ten annotations of each kind per step, so at most ten per level are printed (the
report's first ten in reading order) and, when $GITHUB_STEP_SUMMARY is set, the full list is appended
there as a Markdown table.
"""

from __future__ import annotations

import html
import logging
import os

from provenance.formats._common import SEVERITIES, all_findings, count_by_severity, plural, sorted_findings
from provenance.models import ArticleReport, Finding, Report, Severity

log = logging.getLogger(__name__)

MAX_PER_LEVEL = 10  # what GitHub displays per annotation kind and step
_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """The message part of a workflow command."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file=, title=): data escaping plus `:` and `,`."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(ar: ArticleReport, f: Finding) -> str:
    props = [("file", ar.article.path), ("line", str(f.line)), ("col", str(f.column))]
    if f.end_line is not None:
        props.append(("endLine", str(f.end_line)))
    if f.end_column is not None:
        props.append(("endColumn", str(f.end_column)))
    props.append(("title", f"{f.code} {f.name}"))
    joined = ",".join(f"{k}={escape_property(v)}" for k, v in props)
    return f"::{_COMMAND[f.severity]} {joined}::{escape_data(f.message)}"


def _cell(text: str) -> str:
    """Untrusted text in a Markdown table cell: no HTML, no pipes, one line."""
    return html.escape(" ".join(text.split()), quote=False).replace("|", "\\|")


def step_summary(report: Report) -> str:
    findings = all_findings(report)
    counts = count_by_severity(f for _, f in findings)
    lines = [
        "## provenance",
        "",
        f"{plural(len(report.articles), 'article')} checked: "
        + ", ".join(f"{counts[s.value]} {s.value}" for s in SEVERITIES)
        + ".",
        "",
    ]
    if findings:
        lines += [
            "| Severity | File | Line | Code | Finding | Message |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        for ar in report.articles:
            for f in sorted_findings(ar.findings):
                lines.append(
                    f"| {f.severity.value} | {_cell(ar.article.path)} | {f.line} | {f.code} | {f.name} "
                    f"| {_cell(f.message)} |"
                )
    else:
        lines.append("No findings.")
    lines.extend(f"- could not check: {_cell(e)}" for e in report.errors)
    return "\n".join(lines) + "\n\n"


class GithubFormatter:
    name = "github"
    OPTIONS = ("summary_path",)

    def __init__(self, summary_path: str | None = None) -> None:
        self.summary_path = (
            summary_path if summary_path is not None else os.environ.get("GITHUB_STEP_SUMMARY")
        )

    def render(self, report: Report) -> str:
        """The annotations; as a side effect, the full table is appended to the step summary file."""
        lines: list[str] = []
        shown = 0
        for severity in SEVERITIES:
            of_level = [(ar, f) for ar, f in all_findings(report) if f.severity is severity]
            lines.extend(annotation(ar, f) for ar, f in of_level[:MAX_PER_LEVEL])
            shown += min(len(of_level), MAX_PER_LEVEL)
        lines.extend(f"::error::{escape_data(e)}" for e in report.errors)
        total = len(all_findings(report))
        tail = f"provenance: {plural(total, 'finding')} in {plural(len(report.articles), 'article')}"
        if shown < total:
            where = "the job summary" if self.summary_path else "`--format text`"
            tail += f"; {total - shown} more than GitHub shows are listed in {where}"
        lines.append(tail + ".")
        if self.summary_path:
            try:
                with open(self.summary_path, "a", encoding="utf-8") as fh:
                    fh.write(step_summary(report))
            except OSError as e:
                log.warning("cannot write the step summary %s: %s", self.summary_path, e)
        return "\n".join(lines) + "\n"
