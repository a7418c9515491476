"""The exceptions of provenance, and the kinds of fetch failure (ErrorKind).

    Exception
    ├── ProvenanceError        a usage, configuration or input error: the CLI prints str(e), exits 2
    │   ├── InputError         a path that does not exist or cannot be read as an article
    │   └── ConfigError        a settings file, option or cassette that is not valid
    └── FetchError             one request could not be made or answered; `kind` is an ErrorKind.
        │                      Never leaves the fetcher: it becomes a FetchResult that says why.
        ├── HopError           one hop failed (fetch/hop.py): time-out, connection, too large …
        ├── RefusedAddress     the host is, or resolves to, a private address (fetch/guard.py)
        ├── DnsFailure         the host name could not be resolved (fetch/guard.py)
        └── NotInCassette      a replayed cassette does not hold the request (fetch/transport.py)
"""

from __future__ import annotations

from enum import Enum


class ErrorKind(str, Enum):
    """Why a page could not be read: FetchResult.error_kind and Resolution.error_kind (the report's
    `error_kind`). A str, so it compares, hashes and serialises as its value."""

    NOT_FOUND = "not-found"
    GONE = "gone"
    BLOCKED = "blocked"
    RATE_LIMITED = "rate-limited"
    HTTP_ERROR = "http-error"
    TIMEOUT = "timeout"
    DNS = "dns"
    CONNECTION = "connection"
    REFUSED_ADDRESS = "refused-address"
    NOT_IN_CASSETTE = "not-in-cassette"
    OFFLINE = "offline"
    TOO_LARGE = "too-large"
    UNSUPPORTED_TYPE = "unsupported-type"
    TOO_MANY_REDIRECTS = "too-many-redirects"
    REDIRECT_LOOP = "redirect-loop"
    INVALID_URL = "invalid-url"
    DEADLINE = "deadline"  # cut short: the source's or the run's deadline passed, or the site stalled
    REFUSED_SCHEME = "refused-scheme"  # a file:, ftp:, javascript:, data: … link (or redirect): never read
    # a citation without a link that no look-up found
    NOT_IN_LIBRARY = "not-in-library"
    NO_LIBRARY = "no-library"
    NO_SEARCH_MATCH = "no-search-match"  # the services answered; no result is the cited document
    SEARCH_FAILED = "search-failed"  # no service could be asked, or none answered

    __str__ = str.__str__  # "not-found", not "ErrorKind.NOT_FOUND", in messages and f-strings
    __format__ = str.__format__  # type: ignore[assignment]


class ProvenanceError(Exception):
    """Base: a usage, configuration or input error; str(e) is the one-line message."""


class InputError(ProvenanceError):
    """A path that does not exist or cannot be read as an article."""


class ConfigError(ProvenanceError):
    """A settings file or option that is not valid."""


class FetchError(Exception):
    """One request failed; `kind` says how, str(e) is the editor's one-sentence reason."""

    kind: ErrorKind = ErrorKind.CONNECTION

    def __init__(self, reason: str, kind: ErrorKind | None = None) -> None:
        if kind is not None:
            self.kind = kind
        super().__init__(reason)
