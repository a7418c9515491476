"""The library (`--library DIR`): saved source documents found by their canonical URL or their title.

A citation without a link resolves to the saved document whose title matches the cited one. A wrong match
is worse than none (the quotes would be judged against the wrong text), so the title threshold was chosen
on the benchmark so that no citation resolves to the wrong document (benchmarks/library_threshold.py), and a
tie that publisher and date cannot break resolves to nothing.

The title helpers (normalise_title, title_variants, title_score) are shared with checks/sources.py.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.errors import ErrorKind
from provenance.match.titles import normalise_title, title_score
from provenance.models import Citation, Resolution, SourceDoc, Status
from provenance.parallel import Workers
from provenance.resolve.interface import Run, Wanted
from provenance.source.charset import decode_html
from provenance.urls import document_key

log = logging.getLogger(__name__)

# Title similarity (0-100) a library match needs. On the 238 corpus pages cited in five forms, no wrong
# match from 70 up (the closest distractor scored 67); 80 keeps a margin (benchmarks/library_threshold.py).
THRESHOLD = 80.0
SUFFIXES = {".html": "text/html", ".htm": "text/html", ".txt": "text/plain", ".md": "text/markdown",
            ".pdf": "application/pdf"}  # PDF when pypdf is installed (optional)
MAX_PDF_PAGES = 300
MAX_FILE_BYTES = 20_000_000
MAX_FILES = 20_000

Reader = Callable[..., SourceDoc]

# A post's headline where the page's <title> names only the blog (a saved front page, a WordPress entry).
_HEADLINES = ("//*[self::h1 or self::h2 or self::h3][@itemprop='headline' or contains(@class, 'entry-title')"
              " or contains(@class, 'post-title') or contains(@class, 'headline')]")


# ---------------------------------------------------------------- reading files


@dataclass(frozen=True)
class _Meta:
    titles: tuple[str, ...]  # raw: <title>, og:title, twitter:title, the first <h1>s
    urls: tuple[str, ...]  # raw: canonical, og:url


def _html_meta(root: Any) -> _Meta:
    """The titles and URLs a saved page states about itself, beyond what the source reader keeps."""
    from provenance.source.tree import raw_text

    def text(el: Any) -> str:
        return " ".join(raw_text(el).split())

    titles: list[str] = [text(e) for e in root.iter("title")][:1]
    urls: list[str] = []
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").casefold()
        value = (meta.get("content") or meta.get("value") or "").strip()
        if value and key in ("og:title", "twitter:title", "title", "dc.title"):
            titles.append(value)
        elif value and key == "og:url":
            urls.append(value)
    for link in root.iter("link"):
        if "canonical" in (link.get("rel") or "").casefold().split() and link.get("href"):
            urls.append(link.get("href", "").strip())
    titles += [text(h) for h in root.iter("h1")][:2]
    titles += [text(h) for h in root.xpath(_HEADLINES)][:2]
    return _Meta(tuple(t[:500] for t in titles if t), tuple(u for u in urls if u.startswith("http")))


def _text_meta(text: str) -> _Meta:
    """A saved text or Markdown file: its first line (or a front-matter title) is its title."""
    head = text[:4000]
    titles = [m[1].strip().strip("\"'") for m in re.finditer(r"(?m)^title:[ \t]*(.{1,500})$", head)][:1]
    urls = [m[1] for m in re.finditer(r"(?m)^(?:url|canonical|source):[ \t]*(https?://\S{1,2000})", head)]
    for line in text[:20000].splitlines():
        line = line.strip().lstrip("#").strip()
        if line and line != "---":
            titles.append(line[:500])
            break
    return _Meta(tuple(titles), tuple(urls))


def _pdf(data: bytes) -> tuple[str, _Meta]:
    """A saved PDF's text, page by page, and the title its metadata or first line gives."""
    import io

    try:
        from pypdf import PdfReader
    except ImportError as exc:
        raise ValueError("reading PDF needs the optional package pypdf") from exc
    pdf = PdfReader(io.BytesIO(data))
    text = "\n\n".join((page.extract_text() or "") for page in pdf.pages[:MAX_PDF_PAGES])[:5_000_000]
    title = str(pdf.metadata.get("/Title") or "").strip() if pdf.metadata else ""
    meta = _text_meta(text)
    return text, _Meta(((title,) if title else ()) + meta.titles, meta.urls)


# ---------------------------------------------------------------- the library


@dataclass(frozen=True)
class _Entry:
    path: Path
    doc: SourceDoc
    titles: tuple[str, ...]  # raw titles, the reader's first
    urls: frozenset[str]  # normalised
    hosts: frozenset[str]


def _default_reader() -> Reader:
    from provenance.source import read_source

    return read_source


class Library:
    """A folder of saved documents, indexed on first use; each file is read once."""

    def __init__(
        self, folder: str | Path, *, reader: Reader | None = None, threshold: float = THRESHOLD
    ) -> None:
        self.folder = Path(folder)
        self.threshold = threshold
        self.errors: list[tuple[Path, str]] = []  # files that could not be read, and why
        self._reader = reader
        self._entries: tuple[_Entry, ...] | None = None
        self._by_url: dict[str, _Entry] = {}
        self._lock = threading.Lock()

    # -- indexing

    def _files(self) -> list[Path]:
        found: list[Path] = []
        for root, dirs, names in os.walk(self.folder):  # symlinked folders are not followed: no loops
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(names):
                if Path(name).suffix.lower() in SUFFIXES and not name.startswith("."):
                    found.append(Path(root) / name)
                    if len(found) >= MAX_FILES:
                        return found
        return found

    def start_indexing(self, workers: Workers) -> Callable[[], None]:
        """Begin reading the saved files on `workers`; the function returned completes the index."""
        if self._entries is not None:
            return lambda: None
        pending = workers.start(_read_file, [(path, self._reader) for path in self._files()])

        def finish() -> None:
            with self._lock:
                if self._entries is None:
                    self._install(pending())

        return finish

    def _install(self, read: list[_Entry | tuple[Path, str]]) -> None:
        entries = tuple(e for e in read if isinstance(e, _Entry))
        self.errors.extend(e for e in read if not isinstance(e, _Entry))
        for entry in entries:
            for url in entry.urls:
                self._by_url.setdefault(url, entry)
        self._entries = entries

    def _index(self) -> tuple[_Entry, ...]:
        with self._lock:
            if self._entries is None:
                self._install([_read_file((path, self._reader)) for path in self._files()])
            assert self._entries is not None
            return self._entries

    def __len__(self) -> int:
        return len(self._index())

    # -- looking up

    def find(self, citation: Citation) -> tuple[Path, SourceDoc] | None:
        """The saved document a citation names: by its URL when it has one, else by its title (publisher
        and date break ties); None when nothing matches well enough or two documents match equally well.

        A citation with a URL is never resolved by its title: its link names the document, and a saved
        page with a similar title may be another version (a dead link stays a dead link)."""
        entries = self._index()
        if citation.url:
            entry = self._by_url.get(document_key(citation.url))
            return (entry.path, entry.doc) if entry is not None else None
        if not citation.title or not entries:
            return None
        ranked: list[tuple[float, int, _Entry]] = []
        for entry in entries:
            score = title_score(citation.title, entry.titles, min_words=2, sites=_sites(entry))
            if score >= self.threshold:
                ranked.append((score, _tie_break(citation, entry), entry))
        if not ranked:
            return None
        ranked.sort(key=lambda r: (r[0], r[1]), reverse=True)
        best = ranked[0][2]
        if len(ranked) > 1 and ranked[1][:2] == ranked[0][:2] and ranked[1][2].doc.text != best.doc.text:
            return None  # two different documents fit equally well: a guess could be the wrong one
        return best.path, best.doc


def _read_file(item: tuple[Path, Reader | None]) -> _Entry | tuple[Path, str]:
    """One saved file as an index entry, or (path, why it could not be read)."""
    path, reader = item
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return path, "larger than the library's size cap"
        data = path.read_bytes()
    except OSError as exc:
        return path, exc.strerror or str(exc)
    content_type = SUFFIXES[path.suffix.lower()]
    read = reader or _default_reader()
    try:
        if content_type == "application/pdf":
            text, meta = _pdf(data)
            doc = read(text, url=None, content_type="text/plain")
        elif content_type == "text/html":
            seen: list[_Meta] = []  # the page is parsed once: the reader shows this file its tree
            doc = read(decode_html(data), url=None, content_type=content_type,
                       on_tree=lambda root: seen.append(_html_meta(root)))
            meta = seen[0] if seen else _Meta((), ())
        else:
            text = decode_html(data)
            doc = read(text, url=None, content_type=content_type)
            meta = _text_meta(text)
    except Exception as exc:  # one unreadable saved file must not stop the run
        log.debug("library file %s could not be read", path, exc_info=True)
        return path, f"could not be read: {exc}"
    doc = dataclasses.replace(doc, url=str(path))  # a library document's url is its path
    titles = tuple(dict.fromkeys(t for t in (doc.title, *meta.titles) if t))
    urls = frozenset(document_key(u) for u in (doc.canonical, *meta.urls) if u and u.startswith("http"))
    return _Entry(path, doc, titles, urls, frozenset(u.split("/", 1)[0] for u in urls))


def _sites(entry: _Entry) -> tuple[str, ...]:
    return tuple(s for s in (entry.doc.site, *entry.hosts) if s)


def _tie_break(citation: Citation, entry: _Entry) -> int:
    """Publisher and date agreeing with the saved document: 0, 1 or 2 points."""
    from rapidfuzz import fuzz

    points = 0
    if citation.publisher:
        pub = normalise_title(citation.publisher)
        names = [normalise_title(s) for s in _sites(entry)]
        if pub and any(n and (fuzz.ratio(pub, n) >= 85 or pub.replace(" ", "") in n.replace(" ", ""))
                       for n in names):
            points += 1
    published = entry.doc.published
    if citation.date and published and abs(citation.date - published) <= dt.timedelta(days=1):
        points += 1
    return points


# ---------------------------------------------------------------- the look-up


class LibraryLookup:
    """The library's saved copy of a link that could not be read; a linkless citation by its title."""

    name = "library"

    def __init__(self, library: Library | None, workers: Workers) -> None:
        self.library = library
        self.workers = workers
        self._finish: Callable[[], None] | None = None

    def prepare(self) -> None:
        """Begin indexing the library on the workers (once)."""
        if self.library is not None and self._finish is None:
            self._finish = self.library.start_indexing(self.workers)

    def find(self, wanted: Sequence[Wanted]) -> list[Resolution | None]:
        if self.library is not None:
            self.prepare()
            assert self._finish is not None
            self._finish()
        return [self._find(w) for w in wanted]

    def _find(self, w: Wanted) -> Resolution | None:
        c = w.citation
        hit = self.library.find(c) if self.library is not None else None
        if hit is not None:
            path, doc = hit
            reason = None
            if c.url and w.failed is not None:
                reason = f"The link could not be read ({w.failed.reason}); its saved copy was read."
            return Resolution(Status.LIBRARY, url=str(path), doc=doc, reason=reason)
        if c.url:
            return None  # the link's own failure says why
        if self.library is not None:
            return Resolution(Status.UNRESOLVED, reason="No saved document matches it.",
                              error_kind=ErrorKind.NOT_IN_LIBRARY)
        return Resolution(Status.UNRESOLVED, reason="No library of saved documents was given.",
                          error_kind=ErrorKind.NO_LIBRARY)


def make(run: Run) -> LibraryLookup:
    library = Library(Path(run.config.library)) if run.config.library else None
    return LibraryLookup(library, run.workers)
