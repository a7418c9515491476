"""HttpFetcher: every distinct page read once per run — cassette, cache or network — politely and safely.

Per URL: cache (when no cassette and not offline) → redirect chain, each hop through the limits
(per host:port, then global), with retries on 429/503/time-outs → a FetchResult.
"""

from __future__ import annotations

import asyncio
import dataclasses
import email.utils
import hashlib
import logging
import random
import time
from collections.abc import Callable, Coroutine, Iterable
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, TypeVar

from provenance.errors import ErrorKind
from provenance.fetch.cache import CachedPage, PageCache

if TYPE_CHECKING:
    import httpx

    from provenance.fetch.cassette import Cassette
from provenance.fetch.guard import RefusedAddress, check_literal
from provenance.fetch.hop import (
    PDF_TYPE,
    REDIRECT_STATUSES,
    Hop,
    HopError,
    is_image_type,
    media_type,
    replay_hop,
    send_hop,
)
from provenance.fetch.interface import OnFetched
from provenance.fetch.outcome import FetchOptions, FetchResult, failure, http_failure
from provenance.urls import host_key, is_web_url, normalize_url, url_scheme, with_web_host

MAX_REDIRECTS = 10
BAD_LOCATION = "x-provenance-bad-location"  # a Location header that names no web address (_mend_location)
RETRY_AFTER_CAP = 30.0  # seconds: a longer wait is not worth it; the page is reported rate-limited
RETRY_STATUSES = (429, 503)
log = logging.getLogger(__name__)
T = TypeVar("T")
# When the source being fetched (in this task) must be done: set by its first try (time.monotonic()).
_SOURCE_ENDS: ContextVar[list[float | None]] = ContextVar("source_ends")


class HttpFetcher:
    """The run's HTTP: opened on the first fetch (or by `open`), closed once at the end (`close`, or the
    end of a `with` block), which saves a recording cassette. One event loop, client, cassette and set
    of limits serve every fetch of the run, in whatever stage it is made."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        self.options = options or FetchOptions()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._session: _Session | None = None
        self._install_preloaded: Callable[[], None] = lambda: None
        self._started = time.monotonic()  # the run's --deadline counts from here

    def __enter__(self) -> HttpFetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, *rest: object) -> None:
        self.close(save=kind is None)

    @property
    def replays_a_cassette(self) -> bool:
        opts = self.options
        return bool(opts.cassette) and (opts.offline or opts.effective_record_mode == "none")

    def preload(self) -> None:
        """Begin loading a replayed cassette in another process now (see cassette.preload)."""
        if self.replays_a_cassette:
            from provenance.fetch.cassette import preload

            assert self.options.cassette is not None
            self._install_preloaded = preload(self.options.cassette)

    def open(self) -> None:
        """Open the client and load the cassette now rather than on the first fetch; an error (a
        cassette that cannot be read) is left for that fetch to raise."""
        try:
            self._call(self._opened)
        except Exception:  # noqa: BLE001 - the first fetch raises it again, where it is reported
            log.debug("opening the fetcher failed; the first fetch will say why", exc_info=True)

    def fetch(self, urls: Iterable[str], on_fetched: OnFetched | None = None) -> dict[str, FetchResult]:
        urls = list(urls)

        async def run() -> dict[str, FetchResult]:
            return await _fetch_all(await self._opened(), urls, on_fetched)

        return self._call(run)

    def close(self, save: bool = True) -> None:
        """Close the client; save the cassette when it records (and `save`)."""
        if self._loop is None:
            return
        session = self._session

        async def closing() -> None:
            if session is not None:
                await session.close(save)
            await asyncio.get_running_loop().shutdown_asyncgens()

        try:
            self._call(closing)
        finally:
            self._loop.close()
            self._loop = self._session = None

    async def _opened(self) -> _Session:
        if self._session is None:
            self._install_preloaded()
            self._install_preloaded = lambda: None
            self._session = await _Session(self.options, self._started).open()
        return self._session

    def _call(self, make: Callable[[], Coroutine[Any, Any, T]]) -> T:
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
        loop = self._loop
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return loop.run_until_complete(make())
        # called from inside an event loop: run ours in a worker thread (on_fetched then runs there)
        import concurrent.futures

        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            return pool.submit(loop.run_until_complete, make()).result()


def fetch_all(urls: Iterable[str], options: FetchOptions | None = None,
              on_fetched: OnFetched | None = None) -> dict[str, FetchResult]:
    """One fetch with a fetcher of its own (a script's or a test's short cut; a run hands one
    HttpFetcher to every stage instead)."""
    with HttpFetcher(options) as fetcher:
        return fetcher.fetch(urls, on_fetched)


async def _fetch_all(session: _Session, urls: Iterable[str],
                          on_fetched: OnFetched | None = None) -> dict[str, FetchResult]:
    given = list(urls)
    key_of = {url: normalize_url(url) for url in given}  # normalised once per spelling
    forms: dict[str, list[str]] = {}  # normalised URL -> its cited spellings, first seen first
    for url in given:
        spellings = forms.setdefault(key_of[url], [])
        if url.strip() not in spellings:
            spellings.append(url.strip())

    failed: list[Exception] = []  # what on_fetched raised: raised again once every fetch has ended

    async def fetch(session: _Session, key: str, spellings: list[str]) -> FetchResult:
        result = await session.fetch(key, spellings)
        if on_fetched is not None and not failed:
            try:
                on_fetched(result)
            except Exception as exc:  # noqa: BLE001 - not here, amid fetches still running
                failed.append(exc)
        return result

    done = await asyncio.gather(*(fetch(session, key, spellings) for key, spellings in forms.items()))
    if failed:
        raise failed[0]
    by_key = dict(zip(forms, done, strict=True))
    return {url: dataclasses.replace(by_key[key_of[url]], url=url) for url in given}


class _Session:
    def __init__(self, options: FetchOptions, started: float | None = None) -> None:
        self.options = options
        self._run_ends = (time.monotonic() if started is None else started) + options.deadline
        # hosts that left a request unanswered (timed out), and the source whose request it was: the
        # site's other sources are cut short at once rather than each waiting as long again
        self._stalled: dict[str, list[float | None]] = {}
        self.cassette: Cassette | None = None
        use_cache = not (options.no_cache or options.cassette or options.offline)
        self.cache = PageCache(options.effective_cache_dir, options.cache_ttl) if use_cache else None
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._all = asyncio.Semaphore(max(1, options.concurrency))
        self.client: httpx.AsyncClient | None = None

    async def open(self) -> _Session:
        import httpx

        from provenance.fetch.cassette import open_cassette
        from provenance.fetch.transport import CassetteTransport, GuardTransport, LazyTransport

        opts = self.options
        network: httpx.AsyncBaseTransport | None = None
        if not opts.offline:
            limits = httpx.Limits(max_connections=max(1, opts.concurrency), max_keepalive_connections=32)
            network = LazyTransport(lambda: httpx.AsyncHTTPTransport(limits=limits, retries=0))
            if not opts.allow_private_addresses:
                network = GuardTransport(network, opts.trusted)
        transport = network
        if opts.cassette:
            mode = "none" if opts.offline else opts.effective_record_mode  # offline: replay only
            self.cassette = cassette = open_cassette(opts.cassette, mode)
            transport = CassetteTransport(cassette, network, opts.max_bytes)
        if transport is None:
            return self  # offline without a cassette: nothing can be fetched
        self.client = httpx.AsyncClient(
            transport=transport, follow_redirects=False, trust_env=False,
            event_hooks={"response": [_mend_location]},
            timeout=httpx.Timeout(opts.timeout, connect=min(opts.timeout, 10.0)),
            headers={
                "User-Agent": opts.user_agent, "Accept-Encoding": "gzip, deflate",
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
            },
        )
        return self

    async def close(self, save: bool) -> None:
        if self.client is not None:
            await self.client.aclose()
        if self.cassette is not None and save:
            await asyncio.to_thread(self.cassette.save)

    async def fetch(self, key: str, spellings: list[str]) -> FetchResult:
        """Never raises: a page that cannot be read is a FetchResult with an error_kind."""
        try:
            return await self._fetch(key, spellings)
        except Exception as exc:  # a bug or an odd server must cost one source, not the run
            log.warning("fetching %s failed unexpectedly", spellings[0], exc_info=True)
            reason = f"Reading the page failed ({type(exc).__name__})."
            return failure(spellings[0], ErrorKind.CONNECTION, reason)

    async def _fetch(self, key: str, spellings: list[str]) -> FetchResult:
        _SOURCE_ENDS.set([None])  # this task's own: its deadline starts with its first try
        first = spellings[0]
        if not is_web_url(first):
            scheme = url_scheme(first)
            if scheme and scheme not in ("http", "https"):
                return failure(first, ErrorKind.REFUSED_SCHEME, f"The link uses the {scheme}: scheme, which "
                               "is never read (only http and https links are).")
            return failure(first, ErrorKind.INVALID_URL, f"{first!r} is not a web address (http or https).")
        if self.cache is not None:
            page = await asyncio.to_thread(self.cache.get, key)
            if page is not None:
                return _result(first, page.final_url, page.http_status, page.content_type, page.body,
                               page.redirects, from_cache=True)
        if self.client is None:
            return failure(first, ErrorKind.OFFLINE,
                           "Not fetched: the run is offline and no cassette holds it.")
        # A cassette replays what was recorded: the URL as cited first, then other spellings.
        tries = spellings + ([key] if self.cassette is not None and key not in spellings else [])
        result, body = None, None
        for url in tries:
            attempt, body = await self._chain(url)
            result = result or attempt
            if attempt.error_kind != ErrorKind.NOT_IN_CASSETTE:
                result = attempt
                break
        assert result is not None
        if self.cache is not None and result.ok and body is not None:
            page = CachedPage(url=first, final_url=result.final_url, http_status=result.http_status,
                              content_type=result.content_type, redirects=result.redirects, body=body)
            await asyncio.to_thread(self.cache.put, key, page)
        return dataclasses.replace(result, url=first)

    async def _chain(self, url: str) -> tuple[FetchResult, bytes | None]:
        """Follow the redirects of `url` one hop at a time, each hop checked and recorded."""
        seen = {_without_fragment(url)}  # exact URLs: a hop that drops utm_* is not a loop
        redirects: list[str] = []
        current = url
        while True:
            try:
                current = with_web_host(current)
            except ValueError as exc:
                return failure(url, ErrorKind.INVALID_URL, f"The address {current[:100]} has no valid host "
                               f"name ({str(exc)[:100]}).", redirects=tuple(redirects)), None
            try:
                if not (self.options.allow_private_addresses or self.options.trusted(current)):
                    check_literal(_host(current))
                hop, attempts = await self._with_retries(current)
            except RefusedAddress as exc:
                return failure(url, ErrorKind.REFUSED_ADDRESS, str(exc), redirects=tuple(redirects)), None
            except HopError as exc:
                return failure(url, exc.kind, str(exc), redirects=tuple(redirects)), None
            location = hop.header("location") or hop.header(BAD_LOCATION)
            if hop.status in REDIRECT_STATUSES and location:
                target = _join(current, location)
                if target is not None and not is_web_url(target) and url_scheme(target):
                    return failure(url, ErrorKind.REFUSED_SCHEME, f"The page redirects to a "
                                   f"{url_scheme(target)}: address, which is never followed (only http "
                                   "and https are).", redirects=tuple(redirects)), None
                if target is None or not is_web_url(target):
                    return failure(url, ErrorKind.INVALID_URL, f"The page redirects to an address that is "
                                   f"not a web page ({location[:100]}).", redirects=tuple(redirects)), None
                redirects.append(current)
                if target in seen:
                    return failure(url, ErrorKind.REDIRECT_LOOP,
                                   f"The page redirects in a loop (back to {target}).",
                                   redirects=tuple(redirects), http_status=hop.status), None
                if len(redirects) > MAX_REDIRECTS:
                    return failure(url, ErrorKind.TOO_MANY_REDIRECTS,
                                   f"The page redirects more than {MAX_REDIRECTS} times.",
                                   redirects=tuple(redirects), http_status=hop.status), None
                seen.add(target)
                current = target
                continue
            result = self._finish(url, hop, tuple(redirects), attempts)
            return result, (hop.body if result.ok else None)

    def _finish(self, url: str, hop: Hop, redirects: tuple[str, ...], attempts: int) -> FetchResult:
        if hop.status >= 400 or hop.status < 200 or hop.status in REDIRECT_STATUSES:
            if hop.status in REDIRECT_STATUSES:
                kind = ErrorKind.HTTP_ERROR
                reason = f"The page redirects (HTTP {hop.status}) without saying where."
            else:
                kind, reason = http_failure(hop.status, attempts)
            return failure(url, kind, reason, final_url=hop.url, http_status=hop.status,
                           content_type=hop.content_type, redirects=redirects)
        if hop.body is None:
            media = media_type(hop.content_type)
            return failure(url, ErrorKind.UNSUPPORTED_TYPE,
                           f"The document is {media}: not a web page or text.",
                           final_url=hop.url, http_status=hop.status,
                           content_type=hop.content_type, redirects=redirects)
        return _result(url, hop.url, hop.status, hop.content_type, hop.body, redirects, known_text=hop.text)

    async def _with_retries(self, url: str) -> tuple[Hop, int]:
        opts = self.options
        attempt = 0
        while True:
            attempt += 1
            try:
                hop = await self._send(url)
            except HopError as exc:
                if exc.kind != ErrorKind.TIMEOUT or attempt > opts.retries:
                    raise
                pause = _backoff(attempt)
                if pause >= self._left():
                    raise HopError(ErrorKind.DEADLINE, self._cut_reason()) from exc
                await asyncio.sleep(pause)
                continue
            if hop.status not in RETRY_STATUSES or attempt > opts.retries:
                return hop, attempt
            delay = _retry_after(hop.header("retry-after"))
            if delay is None:
                delay = _backoff(attempt)
            if delay > RETRY_AFTER_CAP or (not hop.replayed and delay >= self._left()):
                return hop, attempt  # not worth the wait, or no time left for it
            if not hop.replayed:
                await asyncio.sleep(delay)

    async def _send(self, url: str) -> Hop:
        """One hop within the per-host and global limits and the total time-out (a cassette that only
        replays answers at once: no limits, nothing to wait for)."""
        if self.cassette is not None and self.cassette.write_protected:
            return replay_hop(self.cassette, url, self.options.max_bytes, offline=self.options.offline)
        host = host_key(url)
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(max(1, self.options.per_host))
        async with self._hosts[host], self._all:
            source = _source_box()
            if source[0] is None:
                source[0] = time.monotonic() + self.options.source_deadline
            stalled = self._stalled.get(host)
            if stalled is not None and stalled is not source:
                raise HopError(ErrorKind.DEADLINE, "Not asked: the site left an earlier request of this run "
                               f"unanswered for {self.options.timeout:g} seconds.")
            left = self._left()
            if left <= 0:
                raise HopError(ErrorKind.DEADLINE, self._cut_reason())
            budget = min(self.options.timeout, left)
            try:
                return await asyncio.wait_for(send_hop(self.client, url, self.options.max_bytes), budget)
            except (asyncio.TimeoutError, HopError) as exc:
                if isinstance(exc, HopError) and exc.kind != ErrorKind.TIMEOUT:
                    raise
                self._stalled.setdefault(host, source)
                if budget < self.options.timeout:
                    raise HopError(ErrorKind.DEADLINE, self._cut_reason()) from exc
                why = f"The site did not answer within {self.options.timeout:g} seconds."
                raise HopError(ErrorKind.TIMEOUT, why) from exc

    def _left(self) -> float:
        """Seconds left to the source's deadline (once its first try began) or the run's, the sooner."""
        ends = _source_box()[0]
        return min(self._run_ends if ends is None else ends, self._run_ends) - time.monotonic()

    def _cut_reason(self) -> str:
        ends = _source_box()[0]
        if ends is None or self._run_ends <= ends:
            return (f"Not read: the run's deadline ({self.options.deadline:g} seconds, --deadline) "
                    "passed first.")
        return (f"Not read within the source's deadline ({self.options.source_deadline:g} seconds for "
                "every try, redirect and wait, --source-deadline).")


def _source_box() -> list[float | None]:
    box = _SOURCE_ENDS.get(None)
    if box is None:  # a hop outside _Session._fetch (none today): a source of its own
        box = [None]
        _SOURCE_ENDS.set(box)
    return box


def _result(url: str, final_url: str | None, status: int | None, content_type: str | None, body: bytes,
            redirects: tuple[str, ...], from_cache: bool = False,
            known_text: str | None = None) -> FetchResult:
    from provenance.fetch.decode import decode_text

    digest = hashlib.sha256(body).hexdigest()
    common = dict(url=url, final_url=final_url, http_status=status, content_type=content_type,
                  sha256=digest, redirects=redirects, from_cache=from_cache)
    if is_image_type(content_type) or (not media_type(content_type) and _looks_binary(body)):
        # kept for a part that reads images (provenance/images), never read as a page
        reason = (f"The document is {media_type(content_type)}: not a web page or text." if content_type
                  else "The document is not a web page or text (binary content, no type given).")
        return FetchResult(**common, error_kind=ErrorKind.UNSUPPORTED_TYPE, body=body,  # type: ignore[arg-type]
                           reason=reason)
    if media_type(content_type) == PDF_TYPE or body[:5] == b"%PDF-":
        return FetchResult(**common, error_kind=ErrorKind.UNSUPPORTED_TYPE, body=body,  # type: ignore[arg-type]
                           reason="The document is a PDF, which is not read as a web page.")
    text, codec = decode_text(body, content_type, known_text)
    utf8 = body if codec == "utf-8" else None  # the text's own UTF-8 (see FetchResult.as_utf8)
    return FetchResult(**common, text=text, body=utf8)  # type: ignore[arg-type]


def _looks_binary(body: bytes) -> bool:
    head = body[:1024]
    return b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff"))


def _without_fragment(url: str) -> str:
    return url.split("#", 1)[0]


def _host(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).hostname or ""


def _join(base: str, location: str) -> str | None:
    """The absolute URL a Location header names, its host as web_host reads it; None when it names none."""
    import httpx

    location = location.strip()
    try:
        return str(httpx.URL(base).join(with_web_host(location)).copy_with(fragment=None))
    except (httpx.InvalidURL, ValueError, TypeError):
        return None


async def _mend_location(response: httpx.Response) -> None:
    """A response hook: httpx reads a redirect's Location before we see the response, and raises on one
    it cannot parse (a host in full-width digits, a javascript: URL); so it is handed the URL as _join
    reads it, or, when that is no web address, the header moves to BAD_LOCATION for _chain to name."""
    location = response.headers.get("location")
    if location is None or not response.is_redirect:
        return
    target = _join(str(response.request.url), location)
    del response.headers["location"]
    if target is None or not is_web_url(target):
        named = target or location[:200].encode("ascii", "backslashreplace").decode()
        response.headers[BAD_LOCATION] = named
    else:
        response.headers["location"] = target


def _backoff(attempt: int) -> float:
    """Exponential back-off with jitter: ~0.5 s, 1 s, 2 s … plus up to a quarter of it at random."""
    base = 0.5 * 2 ** (attempt - 1)
    return min(RETRY_AFTER_CAP, base + random.uniform(0, base / 4))


def _retry_after(value: str | None) -> float | None:
    """Retry-After in seconds, from a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())
