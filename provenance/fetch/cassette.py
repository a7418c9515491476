"""VCR.py-compatible cassettes (YAML, `version: 1`): load once, index by (method, URI), record, save.

A replayed cassette larger than INDEX_ABOVE is not loaded: it is indexed on disk in one streaming pass and
each answer read when it is asked for (cassette_index.py), so its size costs no memory.

Matching is on method and URI, where the URI is compared in a canonical form (lowercase scheme and host,
no default port, percent-encoding as httpx sends it, query pairs sorted as VCR.py's `query` matcher does).
Several interactions for one request are played in order, the last one repeating.
"""

from __future__ import annotations

import functools
import os
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from provenance.errors import ConfigError
from provenance.options import RECORD_MODES

if TYPE_CHECKING:
    from provenance.fetch.cassette_index import IndexedInteractions


@dataclass(frozen=True)
class Interaction:
    method: str
    uri: str
    request_headers: tuple[tuple[str, str], ...]
    status: int
    message: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    # The body as the cassette wrote it, when it was text (`body` is its UTF-8): replay hands it on, so a
    # page is not decoded again (and the run holds one copy of its text, not two).
    text: str | None = field(default=None, repr=False, compare=False)


@functools.lru_cache(maxsize=16384)  # a pure function of the string; every replayed hop asks for one
def canonical_uri(uri: str) -> str:
    from httpx import URL, InvalidURL

    try:
        url = URL(uri)
    except (InvalidURL, TypeError, ValueError):
        return uri
    parts = urlsplit(str(url))
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", query, ""))


def _to_bytes(value: object) -> bytes:
    if value is None:
        return b""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    raise ValueError("a cassette body must be a string or binary")


def _header_pairs(headers: object, shared: dict) -> tuple[tuple[str, str], ...]:
    """The (name, value) pairs of a headers mapping; `shared` holds one copy of each pair and method
    seen (the same few repeat in every interaction: a small cassette's worth of memory, not a big one's)."""
    if not isinstance(headers, dict):
        return ()
    pairs = []
    for name, values in headers.items():
        for value in values if isinstance(values, list) else [values]:
            pair = (_text(name, "a header name"), _text(value, "a header value"))
            pairs.append(shared.setdefault(pair, pair))
    return tuple(pairs)


def _text(value: object, what: str) -> str:
    if value is None:
        return ""
    if isinstance(value, (str, int)):
        return str(value)
    raise ValueError(f"{what} must be a string, not a {type(value).__name__}")


def _status(value: object) -> int:
    text = str(value).strip() if isinstance(value, (str, int)) else ""
    code = int(text) if text.isdigit() and len(text) == 3 else 0
    if not 100 <= code <= 599:
        raise ValueError(f"a status code must be a number from 100 to 599, not {str(value)[:40]!r}")
    return code


def _interaction(raw: object, keep_text: bool = True, shared: dict | None = None) -> Interaction:
    if not (isinstance(raw, dict) and isinstance(raw.get("request"), dict)
            and isinstance(raw.get("response"), dict)):
        raise ValueError("an interaction must hold a `request` and a `response` mapping")
    shared = {} if shared is None else shared
    request, response = raw["request"], raw["response"]
    if "status_code" in response:  # httpx cassettes of VCR.py before 4.x
        response = {"status": {"code": response["status_code"]}, "headers": response.get("headers"),
                    "body": {"string": response.get("content")}}
    status = response.get("status") or {}
    if not isinstance(status, dict):
        raise ValueError("a response's `status` must be a mapping")
    body = response.get("body") or {}
    string = body.get("string") if isinstance(body, dict) else body
    method = _text(request.get("method", "GET"), "a method").upper()
    return Interaction(
        method=shared.setdefault(method, method),
        uri=_text(request.get("uri"), "a uri"),
        request_headers=_header_pairs(request.get("headers"), shared),
        status=_status(status.get("code", 200)),
        message=_text(status.get("message"), "a status message"),
        headers=_header_pairs(response.get("headers"), shared),
        body=_to_bytes(string),
        text=string if keep_text and isinstance(string, str) else None,
    )


class Cassette:
    """The interactions of one cassette file and what this run recorded; safe to share between tasks.

    Its interactions are `loaded` (in memory), or `indexed` on disk (a large cassette that is replayed)."""

    def __init__(self, path: str, record_mode: str = "none", loaded: list[Interaction] | None = None,
                 indexed: IndexedInteractions | None = None) -> None:
        if record_mode not in RECORD_MODES:
            raise ConfigError(f"--record-mode must be one of {', '.join(RECORD_MODES)}, not {record_mode!r}")
        self.path = path
        self.record_mode = record_mode
        if loaded is None and indexed is None:
            if record_mode == "none" and _size(path) > INDEX_ABOVE:
                indexed = _index_here(path)
            else:  # a large cassette keeps one copy of each body, as bytes
                loaded = load_interactions(path, keep_text=_size(path) <= PRELOAD_MAX)
        self.loaded = loaded or []
        self.indexed = indexed
        self.existed = os.path.exists(path)
        self.recorded: list[Interaction] = []
        self._index: dict[tuple[str, str], list[Interaction]] = {}
        self._plays: dict[tuple[str, str], int] = {}
        self._lock = threading.Lock()
        if record_mode != "all":
            for item in self.loaded:
                self._index.setdefault((item.method, canonical_uri(item.uri)), []).append(item)

    @property
    def name(self) -> str:
        return os.path.basename(self.path)

    @property
    def write_protected(self) -> bool:
        return self.record_mode == "none" or (self.record_mode == "once" and self.existed)

    def play(self, method: str, uri: str) -> Interaction | None:
        key = (method.upper(), canonical_uri(uri))
        with self._lock:
            if self.indexed is not None:  # play counts only of requests recorded more than once
                turn = self._plays.get(key, 0)
                item, more = self.indexed.take(*key, turn)
                if more:
                    self._plays[key] = turn + 1
                return item
            found = self._index.get(key)
            if not found:
                return None
            turn = self._plays.get(key, 0)
            self._plays[key] = turn + 1
            return found[min(turn, len(found) - 1)]

    def record(self, item: Interaction) -> None:
        with self._lock:
            self.recorded.append(item)
            key = (item.method, canonical_uri(item.uri))
            self._index.setdefault(key, []).append(item)
            self._plays[key] = len(self._index[key])

    def replay_copy(self) -> Cassette:
        """The same loaded interactions with fresh play counts (for another run in this process)."""
        copy = Cassette.__new__(Cassette)
        copy.__dict__.update(self.__dict__)
        copy.recorded, copy._plays, copy._lock = [], {}, threading.Lock()
        return copy

    def save(self) -> None:
        """Write the cassette (temp file + os.replace) when this run recorded anything."""
        if not self.recorded:
            return
        kept = list(self.loaded)
        if self.record_mode == "all":
            fresh = {(i.method, canonical_uri(i.uri)) for i in self.recorded}
            kept = [i for i in kept if (i.method, canonical_uri(i.uri)) not in fresh]
        write_interactions(self.path, kept + self.recorded)


def load_interactions(path: str, keep_text: bool = True) -> list[Interaction]:
    """The interactions of a cassette file ([] when it does not exist yet); ConfigError when unreadable.

    keep_text=False: bodies as bytes only (the form that crosses between processes as a copy; a replay
    decodes them again, cheaply)."""
    loaded: list[Interaction] = []
    if os.path.exists(path):
        read_cassette(path, loaded.append, keep_text, shared={})
    return loaded


def read_cassette(path: str, keep: Callable[[Interaction], object], keep_text: bool = False,
                  shared: dict | None = None) -> None:
    """Hand `keep` each interaction of a cassette file, in order, as it is read (the reader holds one at
    a time); ConfigError when the file cannot be read as a cassette. `shared`: one copy of each header
    pair seen (see _header_pairs); without it, nothing is kept across interactions."""
    from provenance.fetch import safeyaml

    def convert(raw: object) -> None:
        keep(_interaction(raw, keep_text, {} if shared is None else shared))

    try:
        _check_size(path)
        with open(path, "rb") as handle:
            data = safeyaml.load(handle, convert)
        if data and (not isinstance(data, dict) or not isinstance(data.get("interactions"), list)):
            raise ValueError("no `interactions` list")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise parse_error(path, exc) from exc


def parse_error(path: str, exc: BaseException) -> ConfigError:
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return ConfigError(f"The cassette {path} cannot be read as a VCR cassette: {first_line}")


MAX_FILE_BYTES = 512_000_000  # a cassette that records is held in memory (its bodies, as bytes)
MAX_ITEM_BYTES = 64_000_000  # of one interaction in the file (parsing one takes ~3x its size, briefly)


def _check_size(path: str) -> None:
    """Refuse, before parsing, a file too big to hold or an interaction too big to parse (in VCR.py's
    block layout, what lies between two lines that begin with `- `; in any other, the whole file)."""
    size = os.path.getsize(path)
    if size > MAX_FILE_BYTES:
        raise ValueError(f"it is {size / 1e6:,.0f} MB (at most {MAX_FILE_BYTES / 1e6:,.0f} MB)")
    if size <= MAX_ITEM_BYTES:
        return
    largest = last = offset = 0
    tail = b""
    with open(path, "rb") as handle:
        while chunk := handle.read(8_000_000):
            data, base = tail + chunk, offset - len(tail)
            at = data.find(b"\n- ")
            while at >= 0:
                largest, last = max(largest, base + at - last), base + at
                at = data.find(b"\n- ", at + 1)
            offset += len(chunk)
            tail = data[-2:]
    largest = max(largest, size - last)
    if largest > MAX_ITEM_BYTES:
        raise ValueError(f"one interaction spans {largest / 1e6:,.0f} MB of it "
                         f"(at most {MAX_ITEM_BYTES / 1e6:,.0f} MB)")


def _body_for_yaml(body: bytes) -> str | bytes:
    try:
        return body.decode("utf-8")  # readable text, as VCR.py writes it
    except UnicodeDecodeError:
        return body  # YAML !!binary


def _headers_for_yaml(pairs: tuple[tuple[str, str], ...]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for name, value in pairs:
        out.setdefault(name, []).append(value)
    return out


def write_interactions(path: str, items: list[Interaction]) -> None:
    import yaml

    data = {
        "version": 1,
        "interactions": [
            {
                "request": {
                    "method": i.method, "uri": i.uri, "body": None,
                    "headers": _headers_for_yaml(i.request_headers),
                },
                "response": {
                    "status": {"code": i.status, "message": i.message},
                    "headers": _headers_for_yaml(i.headers),
                    "body": {"string": _body_for_yaml(i.body)},
                },
            }
            for i in items
        ],
    }
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cassette-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            yaml.dump(data, handle, Dumper=dumper, allow_unicode=True, sort_keys=True)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


_CACHE: dict[tuple[str, str, int, int], Cassette] = {}
PRELOAD_BYTES = 1_000_000  # a smaller cassette loads here faster than it crosses from another process
PRELOAD_MAX = 64_000_000  # a larger one loads here, in one copy: crossing, it is held twice for a while
INDEX_ABOVE = 64_000_000  # a larger cassette that is replayed is indexed on disk, never loaded


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _cache_key(path: str, record_mode: str) -> tuple[str, str, int, int] | None:
    real = os.path.realpath(path)
    try:
        stat = os.stat(real)
    except OSError:
        return None
    return (real, record_mode, stat.st_mtime_ns, stat.st_size)


def open_cassette(path: str, record_mode: str) -> Cassette:
    """A Cassette, loaded once per process for a given file state (the dev cassette is 24 MB)."""
    if record_mode != "none":
        return Cassette(path, record_mode)
    key = _cache_key(path, record_mode)
    if key is None:
        return Cassette(path, record_mode)
    cached = _CACHE.get(key)
    if cached is None:
        cached = _CACHE[key] = Cassette(path, record_mode)
    return cached.replay_copy()


def preload(path: str) -> Callable[[], None]:
    """Begin loading a cassette for replay in a process forked now, while this one goes on (the YAML
    parse is the largest single piece of a replayed run, and the start of a run leaves a core free);
    the function returned installs it for open_cassette(path, "none"). When it cannot be loaded that
    way, nothing is installed: open_cassette loads it here, and says what is wrong with it."""
    from provenance.parallel import aside

    key = _cache_key(path, "none")
    if key is None or key in _CACHE:
        return lambda: None
    if key[3] > INDEX_ABOVE:
        return _preload_index(path, key)
    if not PRELOAD_BYTES <= key[3] <= PRELOAD_MAX:
        return lambda: None
    pending = aside(load_interactions, path, False)

    def install() -> None:
        try:
            loaded = pending()
        except Exception:  # noqa: BLE001, S110 - reported by the load here, in open_cassette
            return
        if _cache_key(path, "none") == key:  # the file did not change meanwhile
            _CACHE[key] = Cassette(path, "none", loaded)

    return install


def _index_here(path: str) -> IndexedInteractions:
    import shutil

    from provenance.fetch import cassette_index

    folder = cassette_index.new_folder()
    try:
        index = cassette_index.index_in_folder(path, folder)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return cassette_index.IndexedInteractions(folder, index)


def _preload_index(path: str, key: tuple[str, str, int, int]) -> Callable[[], None]:
    """preload for a cassette indexed on disk: the index is built in a process forked now."""
    import shutil

    from provenance.fetch import cassette_index
    from provenance.parallel import aside

    folder = cassette_index.new_folder()
    pending = aside(cassette_index.index_in_folder, path, folder)

    def install() -> None:
        try:
            index = pending()
            if _cache_key(path, "none") == key:  # the file did not change meanwhile
                indexed = cassette_index.IndexedInteractions(folder, index)
                _CACHE[key] = Cassette(path, "none", indexed=indexed)
                return
        except Exception:  # noqa: BLE001, S110 - reported by the index built here, in open_cassette
            pass
        shutil.rmtree(folder, ignore_errors=True)

    return install
