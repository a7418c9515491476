"""httpx transports: the cassette (record/replay) and the address guard, each wrapping the next one.

    client → CassetteTransport → GuardTransport → httpx.AsyncHTTPTransport (the network)

A replayed request never reaches the guard or the network; `none` mode (and --offline) has no network
transport at all, so nothing can leak out.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import httpx

from provenance.errors import ErrorKind, FetchError
from provenance.fetch.cassette import Cassette, Interaction
from provenance.fetch.guard import check_host

REPLAYED = "provenance_replayed"  # response extension set on answers that came from the cassette
REPLAYED_TEXT = "provenance_text"  # (body, the text it encodes) of a replayed text body


class NotInCassette(FetchError):
    def __init__(self, cassette: Cassette, uri: str, offline: bool) -> None:
        self.uri = uri
        why = "offline" if offline else f"record mode {cassette.record_mode}"
        super().__init__(f"The request is not in the cassette {cassette.name} ({why}).",
                         ErrorKind.NOT_IN_CASSETTE)


class _ChainStream(httpx.AsyncByteStream):
    """Chunks already read, then the rest of the real stream (for a body too big to record)."""

    def __init__(self, head: list[bytes], rest: AsyncIterator[bytes], closer: httpx.Response) -> None:
        self._head, self._rest, self._closer = head, rest, closer

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._head:
            yield chunk
        async for chunk in self._rest:
            yield chunk

    async def aclose(self) -> None:
        await self._closer.aclose()


class CassetteTransport(httpx.AsyncBaseTransport):
    def __init__(
        self, cassette: Cassette, inner: httpx.AsyncBaseTransport | None, max_record_bytes: int
    ) -> None:
        self.cassette, self.inner, self.max_record_bytes = cassette, inner, max_record_bytes

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        uri = str(request.url)
        if self.cassette.record_mode != "all":
            item = self.cassette.play(request.method, uri)
            if item is not None:
                return _replayed(item, request)
        if self.inner is None or self.cassette.write_protected:
            raise NotInCassette(self.cassette, uri, offline=self.inner is None)
        response = await self.inner.handle_async_request(request)
        chunks: list[bytes] = []
        size = 0
        stream = response.stream.__aiter__()  # type: ignore[union-attr]
        async for chunk in stream:
            chunks.append(chunk)
            size += len(chunk)
            if size > self.max_record_bytes:  # too big to keep: not recorded, the reader will stop
                return httpx.Response(
                    response.status_code, headers=response.headers, extensions=response.extensions,
                    stream=_ChainStream(chunks, stream, response), request=request,
                )
        await response.aclose()
        body = b"".join(chunks)
        self.cassette.record(
            Interaction(
                method=request.method, uri=uri,
                request_headers=tuple((k, v) for k, v in request.headers.items() if k.lower() != "cookie"),
                status=response.status_code, message=response.reason_phrase,
                headers=tuple(response.headers.multi_items()), body=body,
            )
        )
        return httpx.Response(
            response.status_code, headers=response.headers, stream=httpx.ByteStream(body),
            extensions=response.extensions, request=request,
        )

    async def aclose(self) -> None:
        if self.inner is not None:
            await self.inner.aclose()


def _replayed(item: Interaction, request: httpx.Request) -> httpx.Response:
    extensions: dict[str, object] = {REPLAYED: True}
    if item.text is not None:
        extensions[REPLAYED_TEXT] = (item.body, item.text)
    if item.message:
        extensions["reason_phrase"] = item.message.encode("ascii", "replace")
    return httpx.Response(
        item.status, headers=list(item.headers), stream=httpx.ByteStream(item.body),
        extensions=extensions, request=request,
    )


class LazyTransport(httpx.AsyncBaseTransport):
    """The transport `make()` builds, built on the first request: a run that replays everything never
    sends one, and building the network transport (its TLS context) costs ~20 ms of CPU."""

    def __init__(self, make: Callable[[], httpx.AsyncBaseTransport]) -> None:
        self._make = make
        self._inner: httpx.AsyncBaseTransport | None = None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._inner is None:
            self._inner = self._make()
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()


class GuardTransport(httpx.AsyncBaseTransport):
    """Refuses hosts that are, or resolve to, non-public addresses before anything is sent."""

    def __init__(self, inner: httpx.AsyncBaseTransport, trusted: Callable[[str], bool] = lambda url: False
                 ) -> None:
        self.inner = inner
        self.trusted = trusted  # under an endpoint the user named (a search service on localhost)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if not self.trusted(str(url)):
            await check_host(url.host, url.port or (443 if url.scheme == "https" else 80))
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()
