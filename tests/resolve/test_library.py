"""The library: saved documents found by their URL or their title, and never the wrong one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from provenance.match.titles import normalise_title, title_score
from provenance.models import Citation, SourceDoc
from provenance.resolve.library import Library
from provenance.source import read_source
from provenance.urls import document_key

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared"


def page(title: str, *, h1: str | None = None, og_title: str | None = None, canonical: str | None = None,
         og_url: str | None = None, site: str | None = None, published: str | None = None,
         body: str = "Some words of the story.") -> str:
    head = [f"<title>{title}</title>"]
    if og_title:
        head.append(f'<meta property="og:title" content="{og_title}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if og_url:
        head.append(f'<meta property="og:url" content="{og_url}">')
    if site:
        head.append(f'<meta property="og:site_name" content="{site}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}T10:00:00Z">')
    heading = f"<h1>{h1}</h1>" if h1 else ""
    return (f"<!doctype html><html><head><meta charset='utf-8'>{''.join(head)}</head><body><article>"
            f"{heading}<p>{body}</p></article></body></html>")


PAGES = {
    "mangos.html": page("Warum Mangos und Papayas jetzt teurer sind - Hamburger Abendblatt",
                        canonical="https://www.abendblatt.de/wirtschaft/article229123092/Mangos.html",
                        site="Hamburger Abendblatt", published="2020-05-15"),
    "whale.html": page("Video shows false killer whale snagging tuna bait | Sciencefly",
                       h1="Video shows false killer whale snagging tuna bait"),
    "sentra.html": page("All-new 2020 Sentra is what we really want from Nissan PH - Auto News",
                        og_url="https://www.autoindustriya.com/news/sentra.html"),
    "budget.htm": page("Budget talks collapse: what happens next for the city | Civic Wire"),
    "report14.html": page("Weekly avalanche report 14 January 2022 - SLF"),
    "blog.html": page("blog | Echte Demokratie Jetzt!",
                      body="<h2 class='entry-title'><a href='/x'>Liebe Menschen Europas</a></h2> Text."),
    "notes.txt": "Council approves the new harbour plan\n\nThe council voted on Tuesday.\n",
    "memo.md": "---\ntitle: \"Rail strike ends after three weeks\"\n---\n\n# Rail strike ends\n\nText.\n",
    "storm-a.html": page("Storm hits the coast overnight", site="Coast Post", published="2021-03-01",
                         body="First story."),
    "storm-b.html": page("Storm hits the coast overnight", site="Inland Daily", published="2021-06-09",
                         body="Second story."),
    "ignored.json": '{"title": "Not a document"}',
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Library:
    folder = tmp_path_factory.mktemp("library")
    (folder / "sub").mkdir()
    for i, (name, text) in enumerate(PAGES.items()):
        (folder / ("sub" if i % 2 else "") / name).write_text(text, encoding="utf-8")
    return Library(folder)


def cite(title: str | None, *, url: str | None = None, publisher: str | None = None,
         date: dt.date | None = None) -> Citation:
    return Citation("1", title or "", publisher, title, date, url, 1)


@pytest.mark.parametrize(("citation", "expected"), [
    # by URL: scheme, www., utm_*, fragment and a trailing slash do not matter
    (cite(None, url="http://abendblatt.de/wirtschaft/article229123092/Mangos.html/?utm_source=x#top"),
     "mangos.html"),
    (cite("Some other title", url="https://autoindustriya.com/news/sentra.html"), "sentra.html"),
    # by title: case, quotes, site suffix
    (cite("„Warum Mangos und Papayas jetzt teurer sind“"), "mangos.html"),
    (cite("WARUM MANGOS UND PAPAYAS JETZT TEURER SIND"), "mangos.html"),
    # truncated when pasted, mid-word or with an ellipsis
    (cite("Video shows false killer whale s"), "whale.html"),
    (cite("All-new 2020 Sentra is what we really wan…"), "sentra.html"),
    # cut at a colon
    (cite("Budget talks collapse"), "budget.htm"),
    # a slip of the keyboard
    (cite("Budget talks colapse: what happens next for the city"), "budget.htm"),
    # a blog post saved with its front page: its headline, not the <title>
    (cite("Liebe Menschen Europas"), "blog.html"),
    # text files: the first line; Markdown: the front matter's title
    (cite("Council approves the new harbour plan"), "notes.txt"),
    (cite("Rail strike ends after three weeks"), "memo.md"),
    # two pages of the same title: publisher, then date, break the tie
    (cite("Storm hits the coast overnight", publisher="Inland Daily"), "storm-b.html"),
    (cite("Storm hits the coast overnight", date=dt.date(2021, 3, 2)), "storm-a.html"),
])
def test_finds_the_saved_document(library: Library, citation: Citation, expected: str) -> None:
    found = library.find(citation)
    assert found is not None and found[0].name == expected
    assert isinstance(found[1], SourceDoc)


@pytest.mark.parametrize("citation", [
    cite("Lexus wants you to go topless with 2020 LC500 Convertible - Auto News"),  # only the site suffix
    cite("Weekly avalanche report 21 January 2022"),  # a different number is a different report
    cite("Hunter in Beijing diagnosed with bubonic plague"),  # not in the library
    cite("Storm hits the coast overnight"),  # two documents fit and nothing breaks the tie
    cite("Auto News"),
    cite("Warum Mangos und Papayas jetzt teurer sind", url="https://www.spiegel.de/m"),  # links elsewhere
    cite(None),
    cite("Not a document"),  # *.json is not read
])
def test_never_guesses(library: Library, citation: Citation) -> None:
    assert library.find(citation) is None


def test_reads_each_file_once_and_only_when_first_asked(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(page("Council approves the new harbour plan"), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes("Caf\xe9 owners protest new rules\n".encode("cp1252"))  # not UTF-8
    calls: list[str | None] = []

    def counting_reader(content: str, **kwargs: object) -> SourceDoc:
        calls.append(content[:20])
        return read_source(content, **kwargs)  # type: ignore[arg-type]

    lib = Library(tmp_path, reader=counting_reader)
    assert calls == []
    assert lib.find(cite("Café owners protest new rules")) is not None
    assert lib.find(cite("Council approves the new harbour plan")) is not None
    assert len(calls) == 2 and len(lib) == 2


def test_a_missing_or_empty_folder_finds_nothing(tmp_path: Path) -> None:
    assert Library(tmp_path / "nowhere").find(cite("Anything at all here")) is None
    assert len(Library(tmp_path)) == 0


@pytest.mark.parametrize(("cited", "page_title", "low", "high"), [
    ("Foo bar baz", "Foo bar baz | Site", 100, 100),
    ("Nigeria’s “boom”", "Nigeria's \"Boom\"", 100, 100),
    ("Warum Mangos teurer sind", "Warum Mangos und Papayas jetzt teurer sind", 60, 90),
    ("Wir unterstützen Fridays for Future", "Fifth Estate: le juge Bocock avait accepté", 0, 45),
])
def test_title_score(cited: str, page_title: str, low: float, high: float) -> None:
    assert low <= title_score(cited, [page_title]) <= high


def test_normalisers() -> None:
    assert normalise_title("  Nigeria’s — “Boom”…  ") == "nigeria s boom"
    assert document_key("HTTPS://WWW.Example.org/a/?utm_medium=x&id=3#f") == "example.org/a?id=3"


def test_the_benchmark_library_resolves_its_documents() -> None:
    folder = SHARED / "bench" / "dev" / "library"
    if not folder.is_dir():
        pytest.skip("../shared is absent")
    lib = Library(folder)
    found = lib.find(cite("Warum Mangos und Papayas jetzt teurer sind", publisher="abendblatt.de"))
    assert found is not None and found[0].name == "doc-02a2a67cc7da.html"
    assert lib.find(cite("New York man pleads guilty to threatening to kill Rep. Ilhan Omar")) is None
    assert lib.errors == []


def minimal_pdf(title: str, line: str) -> bytes:
    """A real one-page PDF with a metadata title and one line of text."""
    stream = f"BT /F1 12 Tf 72 720 Td ({line}) Tj ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({title}) >>".encode("latin-1"),
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    size = len(objects) + 1
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def test_reads_saved_pdfs(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    pdf = minimal_pdf("Annual climate report 2021", "Temperatures rose again.")
    (tmp_path / "report.pdf").write_bytes(pdf)
    found = Library(tmp_path).find(cite("Annual climate report 2021"))
    assert found is not None and found[0].name == "report.pdf"
    assert "Temperatures rose again." in found[1].text


def test_broken_files_are_skipped_and_told(tmp_path: Path) -> None:
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "binary.html").write_bytes(bytes(range(256)) * 50)
    (tmp_path / "good.html").write_text(page("Council approves the new harbour plan"), encoding="utf-8")
    lib = Library(tmp_path)
    found = lib.find(cite("Council approves the new harbour plan"))
    assert found is not None and found[1].url == str(tmp_path / "good.html")  # the url is the path
    assert [p.name for p, _why in lib.errors] == ["broken.pdf"]
