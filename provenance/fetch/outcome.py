"""The values that cross the fetch seam (FetchOptions in, FetchResult out) and the editor-facing reasons."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace

from provenance import __version__, options
from provenance.errors import ErrorKind

USER_AGENT = f"provenance/{__version__} (+https://github.com/provenance-news/provenance)"


@dataclass(frozen=True)
class FetchOptions:
    offline: bool = False
    cassette: str | None = None
    record_mode: str | None = None  # none | once | new_episodes | all; "none" when a cassette is set
    cache_dir: str | None = None  # default: $XDG_CACHE_HOME/provenance or ~/.cache/provenance
    no_cache: bool = False
    allow_private_addresses: bool = False
    # the endpoints the user named (--search searxng=http://localhost:8888): URLs under them are trusted,
    # so never refused as private; every other URL, the ones services return included, is checked
    trusted_endpoints: tuple[str, ...] = ()
    timeout: float = options.TIMEOUT
    source_deadline: float = options.SOURCE_DEADLINE
    deadline: float = options.DEADLINE
    concurrency: int = options.CONCURRENCY
    per_host: int = options.PER_HOST
    max_bytes: int = options.MAX_BYTES
    retries: int = 2  # extra attempts on 429/503/time-outs
    cache_ttl: float = 86400.0  # seconds
    user_agent: str = USER_AGENT

    def trusted(self, url: str) -> bool:
        return any(url.startswith(endpoint) for endpoint in self.trusted_endpoints)

    @property
    def effective_record_mode(self) -> str:
        return self.record_mode or "none"

    @property
    def effective_cache_dir(self) -> str:
        if self.cache_dir:
            return self.cache_dir
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        return os.path.join(base, "provenance")


@dataclass(frozen=True)
class FetchResult:
    url: str  # as asked
    final_url: str | None = None
    http_status: int | None = None
    content_type: str | None = None
    text: str | None = None  # decoded HTML or plain text; None for other types and errors
    sha256: str | None = None  # of the body bytes (after content decoding)
    error_kind: ErrorKind | None = None  # None: the page was read
    reason: str | None = None  # one sentence for an editor
    redirects: tuple[str, ...] = ()  # every URL left by a redirect, in order
    from_cache: bool = False
    # The body bytes, kept for a PDF and an image (for a part that can read them) and for a text page decoded
    # as UTF-8
    # (they are `text`'s UTF-8: a page can be parsed, or sent to another process, without encoding it
    # again; see as_utf8); else None.
    body: bytes | None = field(default=None, repr=False, compare=False)

    def as_utf8(self) -> FetchResult:
        """The same result carrying its text as UTF-8 bytes only (text None, body set), the cheaper form
        to send to a worker process; read_source takes either form. Unchanged when there is no text or
        the body is not its UTF-8."""
        if self.text is None or self.body is None:
            return self
        return replace(self, text=None)

    @property
    def page(self) -> str | bytes | None:
        """The page to read: its text, or (the as_utf8 form) its UTF-8 bytes; None when not text."""
        if self.text is not None:
            return self.text
        return self.body if self.error_kind is None else None

    @property
    def ok(self) -> bool:
        return self.error_kind is None


def http_failure(status: int, attempts: int = 1) -> tuple[ErrorKind, str]:
    """(error_kind, reason) for an HTTP error status."""
    from http import HTTPStatus

    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = ""
    label = f"HTTP {status} {phrase}".strip()
    if status == 404:
        return ErrorKind.NOT_FOUND, f"The page is gone ({label})."
    if status == 410:
        return ErrorKind.GONE, f"The page was removed for good ({label})."
    if status == 401:
        return ErrorKind.BLOCKED, f"Access was refused ({label}): the page needs a login."
    if status == 403:
        return ErrorKind.BLOCKED, f"Access was refused ({label}): the site blocks automated readers."
    if status == 451:
        return ErrorKind.BLOCKED, f"Access was refused ({label}): the page is withheld for legal reasons."
    if status == 429:
        tries = "once" if attempts == 1 else f"{attempts} times"
        return ErrorKind.RATE_LIMITED, f"The site refused us for asking too often ({label}), tried {tries}."
    if 500 <= status < 600:
        return ErrorKind.HTTP_ERROR, f"The site's server failed ({label})."
    return ErrorKind.HTTP_ERROR, f"The site answered with an error ({label})."


def failure(url: str, kind: ErrorKind, reason: str, **fields: object) -> FetchResult:
    return FetchResult(url=url, error_kind=kind, reason=reason, **fields)  # type: ignore[arg-type]
