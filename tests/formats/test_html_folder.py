"""The HTML report as a folder (`--format html -o DIR/`): an index worst first, one page per article,
written as the run goes, escaped, and never over a folder of the user's."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from provenance.errors import ProvenanceError
from provenance.formats import get_formatter
from provenance.formats._common import count_by_severity
from provenance.formats.html_folder import MARKER, HtmlFolder, Row, Totals, index_page, names_a_folder, slug
from provenance.models import Report
from tests.support.cli import SEED, run

WHEN = dt.datetime(2026, 11, 28, 12, 0, 0, tzinfo=dt.timezone.utc)


def _write(report: Report, target: Path, inputs: int | None = None) -> Path:
    with HtmlFolder(str(target), inputs or len(report.articles)) as folder:
        for ar in report.articles:
            folder.add(ar)
        folder.finish(report.generated_at, report.tool_version, report.errors)
    return target


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.tags: list[str] = []
        self.attributes: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes |= {k for k, _ in attrs}
        self.hrefs += [v or "" for k, v in attrs if k in ("href", "src")]


def _links(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


@pytest.fixture
def quiet_first(report: Report) -> Report:
    """The fixture's two articles, the one with nothing found first: the index turns them round."""
    return dataclasses.replace(report, articles=report.articles[::-1], errors=("gone.md: no such file",))


def test_the_folder_matches_the_golden_files(quiet_first, tmp_path, golden):
    folder = _write(quiet_first, tmp_path / "report")
    assert _files(folder) == [MARKER, "articles/0001-quiet.html",
                              "articles/0002-open-models-the-minister.html", "index.html"]
    golden("report-folder/index.html", (folder / "index.html").read_text(encoding="utf-8"))
    page = folder / "articles" / "0002-open-models-the-minister.html"
    golden("report-folder/0002-open-models-the-minister.html", page.read_text(encoding="utf-8"))


def test_an_article_page_is_the_single_pages_section_with_a_link_back(report, tmp_path):
    folder = _write(report, tmp_path / "report")
    page = (folder / "articles" / "0001-open-models-the-minister.html").read_text(encoding="utf-8")
    single = get_formatter("html").render(dataclasses.replace(report, articles=report.articles[:1]))
    section = re.search(r'<article class="story".*?</article>', single, re.S)
    assert section is not None and section.group(0) in page
    assert '<a href="../index.html">' in page


def test_every_link_of_the_folder_stays_in_it_and_leads_somewhere(report, tmp_path):
    folder = _write(report, tmp_path / "report")
    for page in folder.rglob("*.html"):
        parsed = _links(page.read_text(encoding="utf-8"))
        assert not {"script", "iframe", "object", "embed", "base", "link"} & set(parsed.tags)
        for href in parsed.hrefs:
            if href.startswith("#") or re.match(r"https?://", href):
                continue
            assert (page.parent / href).resolve().is_file(), (page, href)


def _row(number: int, errors: int, warnings: int, misquotes: int, unreachable: int) -> Row:
    return Row(number, f"articles/{number:04d}-a.html", f"Article {number}", f"a{number}.md", None,
               errors, warnings, misquotes, unreachable)


@pytest.mark.parametrize(
    ("rows", "order"),
    [
        # (errors, warnings, misquotes, unreachable) per article, in run order -> index order
        ([(0, 0, 0, 0), (1, 0, 0, 0)], [2, 1]),
        ([(1, 0, 0, 0), (1, 3, 0, 0), (0, 9, 9, 9)], [2, 1, 3]),  # errors first, then warnings
        ([(0, 1, 0, 5), (0, 1, 2, 0)], [2, 1]),  # then misquotes, then unreachable sources
        ([(0, 0, 0, 1), (0, 0, 0, 2), (0, 0, 0, 0)], [2, 1, 3]),
        ([(2, 2, 2, 2), (2, 2, 2, 2)], [1, 2]),  # a tie stays in run order
    ],
)
def test_the_index_is_worst_first(rows, order):
    totals = Totals(0, 0, count_by_severity(()))
    html = index_page([_row(n, *r) for n, r in enumerate(rows, 1)], totals, WHEN, "0", ())
    assert [int(n) for n in re.findall(r"<tr><td>(\d+)</td>", html)] == order


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Open models & the <minister>", "open-models-the-minister"),
        ("../../etc/passwd", "etc-passwd"),
        ("C:\\Windows\\system32 .html", "c-windows-system32-html"),
        ("Ünïcödé — Straße", "unicode-strae"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
        ("日本語", "article"),
        ("", "article"),
        ("word " * 30, "word-" * 11 + "word"),
    ],
)
def test_slugs_are_safe_file_names(text, expected):
    assert slug(text) == expected
    assert len(slug(text)) <= 60


def test_hostile_titles_are_escaped_and_stay_in_the_folder(report, tmp_path):
    ar = report.articles[0]
    titles = ['../../../outside"><script>alert(1)</script>', "/etc/passwd\x00",
              "<img src=x onerror=alert(1)>"]
    articles = tuple(dataclasses.replace(ar, article=dataclasses.replace(ar.article, title=t))
                     for t in titles)
    folder = _write(dataclasses.replace(report, articles=articles), tmp_path / "report")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]
    pages = _files(folder / "articles")
    assert pages == ["0001-outside-script-alert-1-script.html", "0002-etc-passwd.html",
                     "0003-img-src-x-onerror-alert-1.html"]
    for page in folder.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "<script>" not in html and "<img src=x" not in html
        assert "onerror" not in _links(html).attributes
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert "../../../outside&quot;&gt;&lt;script&gt;" in index


def test_page_numbers_are_as_wide_as_the_run_needs(report, tmp_path):
    folder = _write(report, tmp_path / "report", inputs=12_345)
    assert _files(folder / "articles")[0].startswith("00001-")


def test_pages_are_written_as_the_articles_come(report, tmp_path):
    with HtmlFolder(str(tmp_path / "report"), 2) as folder:
        folder.add(report.articles[0])
        assert [p.name for p in tmp_path.glob(".report.*.tmp/articles/*.html")] == [
            "0001-open-models-the-minister.html"]
        assert not (tmp_path / "report").exists()  # the folder appears whole, at the end
        folder.add(report.articles[1])
        folder.finish(report.generated_at, report.tool_version, ())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


def test_an_interrupted_run_leaves_the_previous_report_and_nothing_else(report, tmp_path):
    target = _write(report, tmp_path / "report")
    before = {p: p.read_bytes() for p in target.rglob("*") if p.is_file()}
    with pytest.raises(KeyboardInterrupt), HtmlFolder(str(target), 2) as folder:
        folder.add(report.articles[1])
        raise KeyboardInterrupt
    assert {p: p.read_bytes() for p in target.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


def test_a_previous_report_folder_is_replaced_whole(report, tmp_path):
    target = _write(report, tmp_path / "report")
    _write(dataclasses.replace(report, articles=report.articles[1:]), target)
    assert _files(target) == [MARKER, "articles/0001-quiet.html", "index.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report"]


@pytest.mark.parametrize(
    ("prepare", "reason"),
    [
        (lambda d: (d / "notes.txt").write_text("mine"), "not a provenance report folder"),
        (lambda d: (d / "index.html").write_text("<p>my page</p>"), "not a provenance report folder"),
        (lambda d: (d / MARKER).mkdir(), "not a provenance report folder"),
    ],
)
def test_a_folder_of_the_users_is_refused(tmp_path, prepare, reason):
    target = tmp_path / "mine"
    target.mkdir()
    prepare(target)
    before = _files(target)
    with pytest.raises(ProvenanceError, match=reason):
        HtmlFolder(str(target), 1)
    assert _files(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]


@pytest.mark.parametrize("extra", ["notes.txt", "articles/notes.txt", "articles/0001-x.html.bak"])
def test_a_report_folder_holding_a_file_of_the_users_is_refused(report, tmp_path, extra):
    target = _write(report, tmp_path / "report")
    (target / extra).write_text("mine")
    with pytest.raises(ProvenanceError, match="which is not the report's"):
        HtmlFolder(str(target), 1)
    assert (target / extra).read_text() == "mine"


def test_a_file_of_the_users_that_appears_during_the_run_is_kept(report, tmp_path):
    target = tmp_path / "report"
    with HtmlFolder(str(target), 1) as folder:
        folder.add(report.articles[0])
        target.mkdir()
        (target / "notes.txt").write_text("mine")
        with pytest.raises(ProvenanceError, match="the report is in"):
            folder.finish(report.generated_at, report.tool_version, ())
    assert (target / "notes.txt").read_text() == "mine"
    assert len(list(tmp_path.glob(".report.*.tmp/index.html"))) == 1


def test_a_report_folder_being_checked_is_refused(report, tmp_path):
    target = _write(report, tmp_path / "report")
    pages = sorted((target / "articles").iterdir())
    with pytest.raises(ProvenanceError, match="it holds articles being checked"):
        HtmlFolder(str(target), 2, pages)
    assert sorted((target / "articles").iterdir()) == pages


@pytest.mark.parametrize(
    ("output", "folder"),
    [("report/", True), ("report", False), ("report.html", False), (".", True)],
)
def test_the_folder_form_is_asked_for_by_a_folder(output, folder, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert names_a_folder(output) is folder


# ---------------------------------------------------------------- the command line


def test_the_command_line_writes_the_folder(tmp_path):
    proc = run("check", str(SEED), "--offline", "--format", "html", "-o", f"{tmp_path / 'report'}/")
    assert proc.returncode in (0, 1), proc.stderr
    assert proc.stdout == ""
    page = "articles/0001-open-source-ai-models-gain-ground-against-big-tech-in-global.html"
    assert _files(tmp_path / "report") == [MARKER, page, "index.html"]


def test_the_command_line_refuses_a_foreign_folder_in_one_line(tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("mine")
    proc = run("check", str(SEED), "--offline", "--format", "html", "-o", str(tmp_path / "mine"))
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "not a provenance report folder" in proc.stderr
    assert _files(tmp_path / "mine") == ["notes.txt"]


def test_only_html_writes_a_folder(tmp_path):
    proc = run("check", str(SEED), "--offline", "--format", "json", "-o", f"{tmp_path}/")
    assert proc.returncode == 2
    assert "only --format html writes its report to a folder" in proc.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_file_still_gets_the_single_page(tmp_path):
    proc = run("check", str(SEED), "--offline", "--format", "html", "-o", str(tmp_path / "report.html"))
    assert proc.returncode in (0, 1), proc.stderr
    stdout = run("check", str(SEED), "--offline", "--format", "html").stdout
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert re.sub(r"at \S+Z<", "", page) == re.sub(r"at \S+Z<", "", stdout)
    assert '<article class="story" id="a1">' in page and "All articles" not in page
