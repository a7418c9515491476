"""Web archive fallback: a dead cited link is read from its Wayback Machine copy nearest the cited date.

Two batched rounds through the run's fetcher (so cassettes, the cache, politeness and the private-address
guard apply): the availability API for every dead link, then every snapshot found. The availability answer is
untrusted JSON: anything unexpected means "no snapshot", never an exception.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Protocol
from urllib.parse import urlencode, urlsplit, urlunsplit

from provenance.errors import ErrorKind
from provenance.models import Resolution, Status
from provenance.resolve.interface import Run, Wanted

if TYPE_CHECKING:
    from provenance.fetch import Fetcher, FetchResult

API_BASE = "https://archive.org/wayback/available"
MAX_ANSWER_CHARS = 100_000  # an availability answer is ~300 characters; more is not a real answer
MAX_CHROME_CHARS = 2_000_000  # the toolbar is ~20 kB; an unterminated marker is not searched beyond this

# Failures that say the page (or its site) is gone, not that it is alive but refuses us.
DEAD_KINDS = frozenset({ErrorKind.NOT_FOUND, ErrorKind.GONE, ErrorKind.DNS, ErrorKind.CONNECTION,
                        ErrorKind.TIMEOUT, ErrorKind.TOO_MANY_REDIRECTS, ErrorKind.REDIRECT_LOOP})

# /web/<timestamp><optional modifier such as id_ or if_>/<original URL>
_SNAPSHOT_PATH = re.compile(r"/web/(\d{4,14})(?:[a-z]{2}_)?/(\S{1,4000})\Z")
_TOOLBAR_START = "<!-- BEGIN WAYBACK TOOLBAR INSERT -->"
_TOOLBAR_END = "<!-- END WAYBACK TOOLBAR INSERT -->"
# What the Wayback Machine injects into the <head> of a non-raw snapshot: its scripts and styles. The tags
# are matched loosely (bounded, no nested quantifiers) and kept unless they name the archive's own files.
_HEAD_TAG = re.compile(r"<script\b[^>]{0,600}>[^<]{0,5000}</script>|<link\b[^>]{0,600}>"
                       r"|<!-- End Wayback Rewrite JS Include -->", re.IGNORECASE)
_ARCHIVE_MARKS = ("web-static.archive.org", "archive.org/includes/", "/_static/js/", "/_static/css/",
                  "__wm.", "End Wayback Rewrite")


class _Failure(Protocol):  # a FetchResult or a Resolution
    @property
    def error_kind(self) -> ErrorKind | None: ...
    @property
    def http_status(self) -> int | None: ...


def is_dead(result: _Failure) -> bool:
    """True when the failure says the page is gone (worth an archive look-up).

    Not for pages that are alive but refuse us (blocked, rate-limited), addresses we refuse, nor for
    requests that were never made (not in the cassette, offline).
    """
    kind = result.error_kind
    if kind in DEAD_KINDS:
        return True
    if kind == ErrorKind.HTTP_ERROR:  # only a server failure: 400, 405, a bare 3xx are not "dead"
        return result.http_status is not None and 500 <= result.http_status < 600
    return False


def archive_lookup_urls(url: str, cited_date: date | None, api_base: str = API_BASE) -> str:
    """The availability API URL for `url`, asking for the snapshot nearest the cited date when known."""
    params = {"url": url.strip().split("#", 1)[0]}
    if cited_date is not None:
        params["timestamp"] = f"{cited_date.year:04d}{cited_date.month:02d}{cited_date.day:02d}"
    return f"{api_base}?{urlencode(params)}"


def snapshot_url(availability: FetchResult, api_base: str = API_BASE) -> str | None:
    """The raw (`id_`, no toolbar) URL of the status-200 snapshot in an availability answer, else None.

    The snapshot must be on the archive's own host (the API host or one of its subdomains, e.g.
    web.archive.org for archive.org): an answer cannot send the tool to any other site.
    """
    data = _answer_json(availability)
    if not isinstance(data, dict):
        return None
    snapshots = data.get("archived_snapshots")
    closest = snapshots.get("closest") if isinstance(snapshots, dict) else None
    if not isinstance(closest, dict) or closest.get("available") is not True:
        return None
    if str(closest.get("status", "")).strip() != "200":
        return None
    raw = closest.get("url")
    if not isinstance(raw, str) or len(raw) > 4000:
        return None
    return _raw_snapshot(raw.strip(), api_base)


def snapshot_date(url: str | None) -> date | None:
    """The capture date in a snapshot URL (/web/20191119000000id_/…), or None."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    found = _SNAPSHOT_PATH.search(path)
    if found is None or len(found.group(1)) < 8:
        return None
    stamp = found.group(1)
    try:
        return date(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]))
    except ValueError:
        return None


def strip_wayback_chrome(html: str) -> str:
    """A snapshot page without the Wayback Machine's toolbar and the scripts it injects into <head>."""
    if _TOOLBAR_START not in html and "archive.org" not in html and "/_static/" not in html:
        return html
    out: list[str] = []
    pos = 0
    while True:
        start = html.find(_TOOLBAR_START, pos)
        if start < 0:
            break
        end = html.find(_TOOLBAR_END, start, start + MAX_CHROME_CHARS)
        if end < 0:  # unterminated: leave the rest as it is rather than guess where the toolbar ends
            break
        out.append(html[pos:start])
        pos = end + len(_TOOLBAR_END)
    out.append(html[pos:])
    return _HEAD_TAG.sub(_drop_archive_tag, "".join(out))


def _drop_archive_tag(found: re.Match[str]) -> str:
    tag = found.group(0)
    return "" if any(mark in tag for mark in _ARCHIVE_MARKS) else tag


def find_archived(dead: Mapping[str, date | None], fetcher: Fetcher,
                  api_base: str = API_BASE) -> dict[str, FetchResult]:
    """Dead URL -> the FetchResult of its archived snapshot (toolbar stripped), for those that have one.

    Two fetches in all. A look-up that fails (not in the cassette, offline, an error, no
    snapshot, a snapshot that cannot be read) leaves the URL out.
    """
    if not dead:
        return {}
    lookups = {url: archive_lookup_urls(url, cited, api_base) for url, cited in dead.items()}
    answers = fetcher.fetch(list(dict.fromkeys(lookups.values())))
    snapshots: dict[str, str] = {}
    for url, lookup in lookups.items():
        found = snapshot_url(answers[lookup], api_base) if lookup in answers else None
        if found is not None:
            snapshots[url] = found
    if not snapshots:
        return {}
    pages = fetcher.fetch(list(dict.fromkeys(snapshots.values())))
    out: dict[str, FetchResult] = {}
    for url, snap in snapshots.items():
        page = pages.get(snap)
        if page is None or not page.ok or page.text is None:
            continue
        out[url] = replace(page, text=strip_wayback_chrome(page.text))
    return out


def _answer_json(availability: FetchResult) -> object:
    """The parsed JSON of an availability answer, or None (an error, no body, too large, not JSON)."""
    if availability.error_kind is not None:
        return None
    text = availability.text
    if text is None and availability.body is not None:  # a fetch layer that keeps non-HTML bodies
        text = availability.body[: MAX_ANSWER_CHARS + 1].decode("utf-8", "replace")
    if not text or len(text) > MAX_ANSWER_CHARS:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _raw_snapshot(raw: str, api_base: str) -> str | None:
    try:
        parts = urlsplit(raw)
        api_host = (urlsplit(api_base).hostname or "").lower()
        host = (parts.hostname or "").lower()
        parts.port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or not api_host:
        return None
    if host != api_host and not host.endswith("." + api_host):
        return None
    found = _SNAPSHOT_PATH.match(parts.path)
    if found is None:
        return None
    stamp, original = found.groups()
    scheme = "https" if host == "archive.org" or host.endswith(".archive.org") else parts.scheme.lower()
    return urlunsplit((scheme, parts.netloc, f"/web/{stamp}id_/{original}", parts.query, ""))


class ArchiveLookup:
    """A dead link read from its Wayback Machine copy nearest the cited date."""

    name = "archive"

    def __init__(self, fetcher: Fetcher, api_base: str = API_BASE) -> None:
        self.fetcher = fetcher
        self.api_base = api_base

    def prepare(self) -> None:
        pass

    def find(self, wanted: Sequence[Wanted]) -> list[Resolution | None]:
        from provenance.source import read_source

        dead: dict[str, date | None] = {}
        for w in wanted:
            if w.citation.url and w.failed is not None and is_dead(w.failed):
                dead.setdefault(w.citation.url, w.citation.date)
        copies = find_archived(dead, self.fetcher, self.api_base)
        read: dict[str, Resolution] = {}
        out: list[Resolution | None] = []
        for w in wanted:
            url, failed = w.citation.url, w.failed
            snap = copies.get(url) if url and url in dead else None
            if snap is None or failed is None or not url:
                out.append(None)
                continue
            if url not in read:
                # Read as the original page: its host and path, not the archive's, name the site and date.
                doc = read_source(snap.text or "", url=url, content_type=snap.content_type)
                when = snapshot_date(snap.final_url or snap.url)
                copy = f"An archived copy from {when:%Y-%m-%d}" if when else "An archived copy"
                reason = f"The live link is dead: {failed.reason} {copy} (Wayback Machine) was read instead."
                read[url] = Resolution(Status.ARCHIVED, url=snap.final_url or snap.url,
                                       http_status=snap.http_status, doc=doc, reason=reason,
                                       error_kind=failed.error_kind)
            out.append(read[url])
        return out


def make(run: Run) -> ArchiveLookup | None:
    if not run.config.archive or run.config.offline:
        return None
    return ArchiveLookup(run.fetcher)
