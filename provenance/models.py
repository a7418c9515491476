"""The typed, frozen values that cross the seams between the stages of a check.

read (article/) -> Article          resolve (fetch/, source/) -> Resolution
match (match/)  -> Judgement        checks (checks/)          -> Finding
engine.py puts them together into a Report that formats/ render.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from provenance.errors import ErrorKind


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 3, "warning": 2, "info": 1}[self.value]


class Verdict(str, Enum):
    VERIFIED = "verified"
    MISQUOTED = "misquoted"
    MISATTRIBUTED = "misattributed"
    UNSUPPORTED = "unsupported"
    UNVERIFIABLE = "unverifiable"


class Status(str, Enum):
    """How a citation was resolved (SOURCE.resolution.status in the contract)."""

    FETCHED = "fetched"
    LIBRARY = "library"
    ARCHIVED = "archived"
    FOUND = "found"  # looked up through a search service and checked
    UNRESOLVED = "unresolved"
    UNREACHABLE = "unreachable"


# ---------------------------------------------------------------- the article


@dataclass(frozen=True)
class Citation:
    """One cited source: an entry of the source list, a footnote, or an inline link."""

    id: str  # "1", "2" … for numbered lists, the footnote label, "L1", "L2" … for inline links
    raw: str  # the entry as written
    publisher: str | None
    title: str | None
    date: dt.date | None
    url: str | None
    line: int
    column: int = 1
    kind: str = "list"  # "list" | "footnote" | "inline"
    date_text: str | None = None  # the date as printed, when one was found


@dataclass(frozen=True)
class Quote:
    """A direct quotation in the article body."""

    id: str  # "q1", "q2" … in order of appearance
    text: str  # as written, without its quotation marks
    speaker: str | None
    cited_source: str | None  # Citation.id the article explicitly ties it to
    line: int  # of the quotation's first character
    column: int
    end_line: int | None = None
    end_column: int | None = None


@dataclass(frozen=True)
class Figure:
    """An image with what the article prints around it."""

    line: int
    column: int = 1
    src: str | None = None
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None


# ---------------------------------------------------------------- the images


@dataclass(frozen=True)
class C2paManifest:
    """The active C2PA manifest of an image (Content Credentials), as c2pa-python validated it."""

    claim_generator: str | None  # the tool that made the claim ("Adobe Firefly 2.1")
    actions: tuple[str, ...]  # "c2pa.created", "c2pa.edited" …
    digital_source_types: tuple[str, ...]  # the IPTC codes its actions name ("trainedAlgorithmicMedia")
    signer: str | None  # the signing certificate's common name (and organisation)
    valid: bool  # the signature and the content hashes validate (whoever the signer is)
    trusted: bool  # valid, and the signer chains to a trust anchor the run was given
    problems: tuple[str, ...] = ()  # the validation failures, as c2pa words them


@dataclass(frozen=True)
class ImageMetadata:
    """What an image file says about how it was made: never its pixels."""

    format: str  # "jpeg" | "png" | "webp" | "gif" | "avif" | "heif" | "tiff"
    digital_source_type: str | None = None  # IPTC DigitalSourceType code from XMP ("digitalCapture")
    credit: str | None = None  # IPTC Credit (XMP photoshop:Credit or IIM 2:110)
    source: str | None = None  # IPTC Source (photoshop:Source or IIM 2:115)
    creator_tool: str | None = None  # xmp:CreatorTool
    ai_system: str | None = None  # IPTC "AI System Used" (Iptc4xmpExt:AISystemUsed)
    c2pa: C2paManifest | None = None
    problems: tuple[str, ...] = ()  # what could not be read, for an editor (truncated, packet too large)


@dataclass(frozen=True)
class ImageRead:
    """One figure's image file: where it was looked for, and what it said (None when it was not read)."""

    location: str | None  # the URL or file path read; None when the figure names none that can be read
    metadata: ImageMetadata | None = None
    reason: str | None = None  # why it was not read, or was not an image


@dataclass(frozen=True)
class AiMark:
    """Why a figure counts as AI-made: `by` "caption" (the article), "metadata" (XMP/IPTC) or "c2pa"."""

    by: str
    evidence: str
    disclosed: bool  # the article itself says so (caption, credit, alt text or a disclaimer)


@dataclass(frozen=True)
class Suppression:
    """An inline `provenance: ignore[...]` comment; it applies to `target_line`."""

    line: int
    column: int
    target_lines: tuple[int, ...]  # the comment's own line and the line after it
    names: tuple[str, ...]  # finding names or codes; empty means every finding


@dataclass(frozen=True)
class Article:
    path: str  # as given on the command line
    format: str  # "text" | "markdown" | "html"
    title: str | None
    published: dt.date | None
    byline: str | None
    body: str  # the article's own text (no page chrome, no source list), paragraphs split by blank lines
    citations: tuple[Citation, ...]
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...] = ()
    has_source_list: bool = False
    # Disclaimers and credits outside figures that mark an image as AI-generated ("Image generated by AI…").
    ai_image_notes: tuple[tuple[int, int, str], ...] = ()  # (line, column, text)
    suppressions: tuple[Suppression, ...] = ()
    sha256: str = ""


# ---------------------------------------------------------------- the sources


@dataclass(frozen=True)
class PageRest:
    """A page's visible text outside its main text (captions, boxes, sidebars, the footer), and where each
    paragraph of it stands: read when the main text does not hold a quotation."""

    text: str = ""  # paragraphs split by blank lines
    places: tuple[tuple[int, str], ...] = ()  # (offset where a paragraph starts, where it stands)

    def where(self, offset: int) -> str:
        """Where the paragraph holding `offset` stands ("in a caption", "in a box beside the text" …)."""
        from bisect import bisect_right

        n = bisect_right(self.places, (offset, "\uffff")) - 1
        return self.places[max(n, 0)][1] if self.places else "outside the article's main text"


@dataclass(frozen=True)
class SourceDoc:
    """What was read from one source document (a fetched page, a saved file)."""

    url: str | None  # the final URL read, or the file path for library documents
    title: str | None
    site: str | None
    published: dt.date | None
    text: str  # main text, navigation and sidebars removed; paragraphs split by blank lines
    canonical: str | None = None
    modified: dt.date | None = None
    author: str | None = None
    language: str | None = None
    sha256: str = ""
    # every headline the page states that a citation may fairly copy (og:title, JSON-LD, <title>, <h1>),
    # `title` first: a publisher's SEO <title> and its headline often differ
    titles: tuple[str, ...] = ()
    rest: PageRest = PageRest()  # the page's text outside `text`, for a quotation `text` does not hold


@dataclass(frozen=True)
class Candidate:
    """One result a search service gave, and whether it was taken for the cited document."""

    url: str
    title: str | None
    accepted: bool
    why: str  # for an editor: what fitted, or what did not


@dataclass(frozen=True)
class SearchTrail:
    service: str
    query: str  # the query that gave the accepted candidate, or the last one asked
    candidates: tuple[Candidate, ...] = ()


@dataclass(frozen=True)
class Resolution:
    status: Status
    url: str | None = None  # what was read (final URL after redirects, or library path)
    http_status: int | None = None
    reason: str | None = None  # why it was not read, for an editor
    error_kind: ErrorKind | None = None  # machine-readable reason (errors.py)
    doc: SourceDoc | None = None
    found_by: str | None = field(default=None, compare=False)  # the look-up that gave it (resolve/chain.py)
    lookup: SearchTrail | None = None  # for a search look-up: what was asked and every candidate weighed

    @property
    def readable(self) -> bool:
        return self.doc is not None


# ---------------------------------------------------------------- the verdicts


@dataclass(frozen=True)
class Difference:
    kind: str  # "number" | "negation" | "name" | "word" | "omission" | "addition"
    quoted: str
    source: str


@dataclass(frozen=True)
class Judgement:
    verdict: Verdict
    source: str | None = None  # Citation.id the verdict rests on
    score: float = 0.0  # 0-100
    evidence: str | None = None  # the passage as it stands in the source
    differences: tuple[Difference, ...] = ()
    # A marked elision of the quotation leaves out a negating word of the source ("is … safe" for "is not
    # safe"): allowed by the contract, so still verified, but worth an editor's look.
    elided_negation: bool = False
    # where the passage stands when it is outside the page's main text ("in a caption"), for an editor
    where: str | None = None


@dataclass(frozen=True)
class Finding:
    code: str
    name: str
    severity: Severity
    message: str
    line: int
    column: int = 1
    source: str | None = None
    claim: str | None = None
    end_line: int | None = None
    end_column: int | None = None


# ---------------------------------------------------------------- the report


@dataclass(frozen=True)
class ArticleReport:
    article: Article
    resolutions: Mapping[str, Resolution]  # Citation.id -> Resolution
    judgements: Mapping[str, Judgement]  # Quote.id -> Judgement
    findings: tuple[Finding, ...]
    images: tuple[ImageRead, ...] = ()  # one per article.figures (empty when no image was looked for)


@dataclass(frozen=True)
class Report:
    articles: tuple[ArticleReport, ...]
    generated_at: dt.datetime
    tool_version: str
    fail_on: str = "error"
    errors: tuple[str, ...] = field(default=())  # inputs that could not be read as articles
