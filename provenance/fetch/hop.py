"""One HTTP request/response (one hop): send, read the body within the caps, name what went wrong."""

from __future__ import annotations

import asyncio
import re
import zlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from provenance.errors import ErrorKind, FetchError
from provenance.fetch.inflate import BodyDecoder, TooLarge, UnsupportedEncoding

if TYPE_CHECKING:
    from provenance.fetch.cassette import Cassette

REDIRECT_STATUSES = (301, 302, 303, 307, 308)
READABLE_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/json")
PDF_TYPE = "application/pdf"
_DNS_WORDS = re.compile(r"name or service not known|nodename nor servname|getaddrinfo|name resolution|"
                        r"no address associated", re.IGNORECASE)


class HopError(FetchError):
    """A hop that failed: `kind` is the FetchResult's error_kind, str(self) the editor's reason."""

    def __init__(self, kind: ErrorKind, reason: str) -> None:
        super().__init__(reason, kind)


@dataclass(frozen=True)
class Hop:
    url: str
    status: int
    headers: tuple[tuple[str, str], ...]
    content_type: str | None
    body: bytes | None  # read for 2xx responses of a readable type (and PDF, images), else None
    replayed: bool
    text: str | None = None  # what `body` encodes in UTF-8, when known without decoding (a replay)

    def header(self, name: str) -> str | None:
        name = name.lower()
        for key, value in self.headers:
            if key.lower() == name:
                return value
        return None


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def is_image_type(content_type: str | None) -> bool:
    return media_type(content_type).startswith("image/")


def wants_body(content_type: str | None) -> bool:
    kind = media_type(content_type)
    return not kind or kind in READABLE_TYPES or kind == PDF_TYPE or is_image_type(kind)


async def send_hop(client: object, url: str, max_bytes: int) -> Hop:
    """Send one GET (no redirects followed) and read what is needed; raises HopError."""
    import httpx

    from provenance.fetch.transport import REPLAYED, REPLAYED_TEXT

    assert isinstance(client, httpx.AsyncClient)
    try:
        request = client.build_request("GET", url)
        response = await client.send(request, stream=True, follow_redirects=False)
        try:
            content_type = response.headers.get("content-type")
            body = None
            if 200 <= response.status_code < 300 and wants_body(content_type):
                body = await _read_body(response, max_bytes)
            known = response.extensions.get(REPLAYED_TEXT)
            # the text only goes with the very bytes it encodes (not, say, with a body inflated on the way)
            text = known[1] if known is not None and body is not None and body == known[0] else None
            return Hop(
                url=url, status=response.status_code, headers=tuple(response.headers.multi_items()),
                content_type=content_type, body=body, replayed=bool(response.extensions.get(REPLAYED)),
                text=text,
            )
        finally:
            await response.aclose()
    except HopError:
        raise
    except FetchError as exc:  # refused by the guard, no DNS answer, not in the cassette
        raise HopError(exc.kind, str(exc)) from exc
    except (httpx.TimeoutException, asyncio.TimeoutError) as exc:
        raise HopError(ErrorKind.TIMEOUT, "The site did not answer in time.") from exc
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise HopError(ErrorKind.INVALID_URL, f"The address {url} is not a valid web address.") from exc
    except httpx.ConnectError as exc:
        host = httpx.URL(url).host
        if _DNS_WORDS.search(str(exc)):
            why = f"The site's name {host} could not be found (DNS lookup failed)."
            raise HopError(ErrorKind.DNS, why) from exc
        raise HopError(ErrorKind.CONNECTION, f"The connection to {host} failed ({_short(exc)}).") from exc
    except httpx.TransportError as exc:
        host = httpx.URL(url).host
        raise HopError(ErrorKind.CONNECTION, f"The connection to {host} broke off ({_short(exc)}).") from exc


async def _read_body(response: object, max_bytes: int) -> bytes:
    import httpx

    assert isinstance(response, httpx.Response)
    with _body_errors(max_bytes):
        decoder = _decoder(response.headers, max_bytes)
        async for chunk in response.aiter_raw():
            decoder.feed(chunk)
    return decoder.body()


def _decoder(headers: Mapping[str, str], max_bytes: int) -> BodyDecoder:
    length = headers.get("content-length", "")
    encoding = headers.get("content-encoding")
    if length.isdigit() and int(length) > max_bytes and not encoding:
        raise HopError(ErrorKind.TOO_LARGE, _too_large(max_bytes))
    return BodyDecoder(encoding, max_bytes)


@contextmanager
def _body_errors(max_bytes: int) -> Iterator[None]:
    try:
        yield
    except TooLarge as exc:
        raise HopError(ErrorKind.TOO_LARGE, _too_large(max_bytes)) from exc
    except UnsupportedEncoding as exc:
        why = f"The page is compressed with {exc}, which is not read."
        raise HopError(ErrorKind.UNSUPPORTED_TYPE, why) from exc
    except zlib.error as exc:
        raise HopError(ErrorKind.HTTP_ERROR, "The site sent a corrupt compressed page.") from exc


def replay_hop(cassette: Cassette, url: str, max_bytes: int, *, offline: bool) -> Hop:
    """One hop answered by a cassette that only replays (record mode none, or once with the file
    there): exactly what send_hop makes of it through the client and the cassette transport, without
    building a request, a response and their streams (a fifth of a replayed run's time in this process)."""
    import httpx

    from provenance.fetch.transport import NotInCassette

    try:
        uri = str(httpx.URL(url))  # as the client would send it
    except (httpx.InvalidURL, TypeError, ValueError) as exc:
        raise HopError(ErrorKind.INVALID_URL, f"The address {url} is not a valid web address.") from exc
    item = cassette.play("GET", uri)
    if item is None:
        raise HopError(ErrorKind.NOT_IN_CASSETTE, str(NotInCassette(cassette, uri, offline=offline)))
    headers = httpx.Headers(list(item.headers))
    content_type = headers.get("content-type")
    body = None
    if 200 <= item.status < 300 and wants_body(content_type):
        with _body_errors(max_bytes):
            decoder = _decoder(headers, max_bytes)
            decoder.feed(item.body)
        body = decoder.body()
    text = item.text if item.text is not None and body is not None and body == item.body else None
    return Hop(url=url, status=item.status, headers=tuple(headers.multi_items()), content_type=content_type,
               body=body, replayed=True, text=text)


def _too_large(max_bytes: int) -> str:
    return f"The page is larger than the {max_bytes / 1_000_000:g} MB the tool reads."


def _short(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:120]
