"""Content-Encoding decoding with a hard cap on the decoded size, chunk by chunk.

httpx's own decoders inflate a whole network chunk at once (64 KB of gzip'd zeros is ~64 MB), so a
compressed bomb is read raw and inflated here with zlib's `max_length`, never holding more than the cap.
"""

from __future__ import annotations

import zlib


class TooLarge(Exception):
    """The decoded body passed the byte cap."""


class UnsupportedEncoding(Exception):
    """A Content-Encoding the tool cannot decode (we only ask for gzip and deflate)."""


class _Inflater:
    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        # 47 = 32 + 15: zlib auto-detects a gzip or zlib header; deflate may also come raw (-15).
        self._obj = zlib.decompressobj(47 if encoding in ("gzip", "x-gzip") else 15)
        self._started = False
        self.passthrough = False  # the body was not compressed after all (a cassette stored it decoded)

    def feed(self, data: bytes, budget: int) -> bytes:
        if self.passthrough:
            return data
        try:
            out = self._inflate(data, budget)
        except zlib.error:
            if self._started:
                raise
            if self.encoding == "deflate":
                self._obj = zlib.decompressobj(-15)
                try:
                    return self._inflate(data, budget)
                except zlib.error:
                    pass
            self.passthrough = True
            return data
        return out

    def _inflate(self, data: bytes, budget: int) -> bytes:
        out = bytearray()
        while data:
            piece = self._obj.decompress(data, budget + 1 - len(out))
            self._started = True
            out += piece
            if len(out) > budget:
                raise TooLarge
            data = self._obj.unconsumed_tail
            if not data and self._obj.eof and self._obj.unused_data:
                # a second gzip member follows the first
                data = self._obj.unused_data
                self._obj = zlib.decompressobj(47)
        return bytes(out)


class BodyDecoder:
    """Feed raw chunks, get decoded bytes; raises TooLarge as soon as the decoded total passes `max_bytes`."""

    def __init__(self, content_encoding: str | None, max_bytes: int) -> None:
        names = [e.strip().lower() for e in (content_encoding or "").split(",") if e.strip()]
        names = [n for n in names if n != "identity"]
        for name in names:
            if name not in ("gzip", "x-gzip", "deflate"):
                raise UnsupportedEncoding(name)
        # encodings were applied in order, so they are undone in reverse
        self._steps = [_Inflater(n) for n in reversed(names)]
        self.max_bytes = max_bytes
        self.total = 0
        self._parts: list[bytes] = []

    def feed(self, chunk: bytes) -> None:
        for step in self._steps:
            chunk = step.feed(chunk, self.max_bytes - self.total)
        self.total += len(chunk)
        if self.total > self.max_bytes:
            raise TooLarge
        if chunk:
            self._parts.append(chunk)

    def body(self) -> bytes:
        return b"".join(self._parts)
