"""`--format html -o DIR/`: the editors' report as a folder, for runs too large for one page.

    DIR/index.html                  one row per article, worst first, and the run's totals
    DIR/articles/0001-<slug>.html   one page per article (its section of the single page), in run order
    DIR/.provenance-report          says the folder is a report, so the next run may replace it

Each page is written as its article comes out of the run and then let go: what is held until the end is
one small Row per article, sorted worst first for the index. Pages are written into a folder beside DIR
that replaces DIR only once the report is whole (an interrupted run overwrites nothing). DIR must be new,
empty, or a previous report folder holding nothing but the report's own files: anything else is the
user's, and the run stops before it starts (a ProvenanceError: one line, exit 2). File names are made
from the article's number and an ASCII slug of its title: no separator, dot or other character that a
title could use to point outside DIR.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from provenance.errors import ProvenanceError
from provenance.formats._common import (
    count_by_severity,
    iso_date,
    iso_timestamp,
    judgement_of,
    plural,
    resolution_of,
)
from provenance.formats.html import article_page, document, tally
from provenance.models import ArticleReport, Status, Verdict

INDEX = "index.html"
ARTICLES = "articles"
MARKER = ".provenance-report"
_MARKER_TEXT = (
    "This folder is a provenance HTML report: index.html, and one page per article in articles/.\n"
    "`provenance check --format html -o` this folder replaces it whole; a file of yours put here stops it.\n"
)
_PAGE = re.compile(r"[0-9]{4,}-[a-z0-9-]+\.html")
_SLUG_LENGTH = 60


def names_a_folder(output: str) -> bool:
    """Whether `-o OUTPUT` asks for the folder form: an existing folder, or a path ending with a slash."""
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens, at most 60 characters; "article" when none is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower()))
    if len(words) > _SLUG_LENGTH:
        words = words[: _SLUG_LENGTH + 1].rsplit("-", 1)[0][:_SLUG_LENGTH]
    return words or "article"


@dataclass(frozen=True, slots=True)
class Row:
    """What the index keeps of one article."""

    number: int
    page: str  # relative to the folder
    title: str  # the headline, or the path when there is none
    path: str
    published: str | None
    errors: int
    warnings: int
    misquotes: int
    unreachable: int

    @property
    def worst_first(self) -> tuple[int, ...]:
        return (-self.errors, -self.warnings, -self.misquotes, -self.unreachable, self.number)


def row_of(ar: ArticleReport, number: int, page: str) -> Row:
    a = ar.article
    counts = count_by_severity(ar.findings)
    return Row(
        number, page, a.title or a.path, a.path, iso_date(a.published), counts["error"], counts["warning"],
        sum(judgement_of(ar, q).verdict is Verdict.MISQUOTED for q in a.quotes),
        sum(resolution_of(ar, c.id).status is Status.UNREACHABLE for c in a.citations),
    )


@dataclass(frozen=True)
class Totals:
    sources: int
    quotations: int
    findings: dict[str, int]


def index_page(rows: Sequence[Row], totals: Totals, generated_at: dt.datetime, tool_version: str,
               errors: Sequence[str]) -> str:
    """The folder's index: the run's totals, then one row per article, worst first."""
    misquotes, unreachable = sum(r.misquotes for r in rows), sum(r.unreachable for r in rows)
    problems = "".join(f"<li>{escape(e)}</li>" for e in errors)
    table = "\n".join(_row(r) for r in sorted(rows, key=lambda r: r.worst_first))
    body = [
        "<header><h1>Provenance report</h1>",
        f'<p class="meta">{plural(len(rows), "article")} checked by provenance {escape(tool_version)} '
        f"at {escape(iso_timestamp(generated_at))}</p>",
        f'<p class="totals">{tally(totals.findings)}</p>',
        f"<p>{plural(totals.sources, 'source')}, {plural(totals.quotations, 'quotation')}: "
        f"{plural(misquotes, 'misquote')}, {plural(unreachable, 'unreachable source')}</p></header>",
        f'<section class="errors"><h2>Could not be checked</h2><ul>{problems}</ul></section>'
        if problems else "",
        "<h2>Articles, worst first</h2>",
        '<p class="muted">Most errors first, then warnings, misquotes and unreachable sources; '
        "the number is the article's place in the run. Each title opens the article's page.</p>",
        "<table><thead><tr><th>#</th><th>Article</th><th>Date</th><th>Errors</th><th>Warnings</th>"
        f"<th>Misquotes</th><th>Unreachable sources</th></tr></thead>\n<tbody>\n{table}\n</tbody></table>",
    ]
    return document("Provenance report", body)


def _row(r: Row) -> str:
    def count(n: int, css: str) -> str:
        return f'<td class="{css}">{n}</td>' if n else "<td>0</td>"

    path = f'<br><span class="muted">{escape(r.path)}</span>' if r.path != r.title else ""
    return (
        f'<tr><td>{r.number}</td><td><a href="{escape(r.page)}">{escape(r.title)}</a>{path}</td>'
        f"<td>{escape(r.published or '—')}</td>{count(r.errors, 'sev-error')}"
        f"{count(r.warnings, 'sev-warning')}{count(r.misquotes, 'sev-error')}"
        f"{count(r.unreachable, 'sev-warning')}</tr>"
    )


class HtmlFolder:
    """The folder report of one run, written as it goes: `add` each article in run order, then `finish`.

    Used as a context manager: leaving it before `finish` (an error, Ctrl-C) removes what was written.
    `articles` is how many inputs the run has (the width of the page numbers); `inputs` their files, none
    of which may lie inside the folder."""

    def __init__(self, output: str, articles: int, inputs: Sequence[Path] = ()) -> None:
        self._output = output
        self._target = Path(output).resolve()
        reason = _foreign(self._target)
        if reason is None and any(f.resolve().is_relative_to(self._target) for f in inputs):
            reason = "it holds articles being checked"
        if reason is not None:
            raise ProvenanceError(f"{output}: will not write the report there: {reason} "
                                  "(give a new or empty folder, or a previous report folder)")
        self._width = max(4, len(str(articles)))
        self._rows: list[Row] = []
        self._sources = self._quotations = 0
        self._findings = count_by_severity(())
        self._done = False
        self._tmp = self._target.with_name(f".{self._target.name}.{os.getpid()}.tmp")
        self._attempt(lambda: (self._tmp / ARTICLES).mkdir(parents=True))

    @property
    def written(self) -> bool:
        return bool(self._rows)

    def __enter__(self) -> HtmlFolder:
        return self

    def add(self, ar: ArticleReport) -> None:
        """Write the article's page; keep its row."""
        number = len(self._rows) + 1
        a = ar.article
        page = f"{ARTICLES}/{number:0{self._width}d}-{slug(a.title or Path(a.path).stem)}.html"
        self._write(page, article_page(ar, number, f"../{INDEX}"))
        self._rows.append(row_of(ar, number, page))
        self._sources += len(a.citations)
        self._quotations += len(a.quotes)
        for severity, n in count_by_severity(ar.findings).items():
            self._findings[severity] += n

    def finish(self, generated_at: dt.datetime, tool_version: str, errors: Sequence[str]) -> None:
        """Write the index, and put the folder in DIR's place."""
        totals = Totals(self._sources, self._quotations, dict(self._findings))
        self._write(INDEX, index_page(self._rows, totals, generated_at, tool_version, errors))
        self._write(MARKER, _MARKER_TEXT)
        reason = _foreign(self._target)  # the run may have taken hours: look again
        if reason is not None:
            self._done = True  # keep what was written: the user finds it where the message says
            raise ProvenanceError(f"{self._output}: will not replace it: {reason}; "
                                  f"the report is in {self._tmp}")
        self._attempt(self._swap)
        self._done = True

    def __exit__(self, kind: object, *rest: object) -> None:
        if not self._done:
            shutil.rmtree(self._tmp, ignore_errors=True)

    def _swap(self) -> None:
        old = None
        if self._target.exists():  # empty, or a previous report: ours to replace
            old = self._target.with_name(f".{self._target.name}.{os.getpid()}.old")
            os.rename(self._target, old)
        os.rename(self._tmp, self._target)
        if old is not None:
            shutil.rmtree(old)

    def _write(self, name: str, text: str) -> None:
        self._attempt(lambda: (self._tmp / name).write_text(text, encoding="utf-8"))

    def _attempt(self, action: Callable[[], object]) -> None:
        try:
            action()
        except OSError as e:
            raise ProvenanceError(f"{self._output}: cannot write the report ({e.strerror or e})") from None


def _foreign(target: Path) -> str | None:
    """Why `target` is not the report's to fill (None: it is new, empty, or a previous report holding
    only the report's own files). Names from the folder are shown as repr (no control characters)."""
    if not target.exists():
        return None
    if not target.is_dir():  # (resolved: not a link)
        return "it is not a folder"
    entries = sorted(target.iterdir())
    if not entries:
        return None
    if not _own_file(target / MARKER):
        return "it is not empty and is not a provenance report folder"
    for entry in entries:
        if entry.name in (INDEX, MARKER) and _own_file(entry):
            continue
        if entry.name == ARTICLES and entry.is_dir() and not entry.is_symlink():
            for page in sorted(entry.iterdir()):
                if not (_PAGE.fullmatch(page.name) and _own_file(page)):
                    return f"it holds {ARTICLES}/{page.name!r}, which is not the report's"
            continue
        return f"it holds {entry.name!r}, which is not the report's"
    return None


def _own_file(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()
