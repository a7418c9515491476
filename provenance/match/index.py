"""An index of one source text, built once per document per run: tokens, word trigrams -> positions.

The trigram set lets a quotation skip, in one C-level set operation, every page that shares nothing with
it; the positions give the diagonals (doc position - quote position) where an alignment is worth trying.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from itertools import compress, count

from provenance.match.normalize import token_spans
from provenance.models import SourceDoc

N = 3  # word n-gram size used to find candidate windows
MAX_TEXT = 5_000_000  # characters: a bigger "page" is cut (untrusted input)
SCANS_BEFORE_MAP = 8  # look-ups of a page before its trigram map is built
COMMON = 40  # a token seen more often than this in one page is too common to seed a window


class DocIndex:
    """The tokens of one text, the set of its trigram hashes (built at once: the prefilter needs it for
    every page) and the positions of trigrams and words (built on first use: only pages that pass the
    prefilter need them)."""

    __slots__ = ("text", "keys", "starts", "ends", "gram_list", "gram_set", "key_set", "_grams", "_unigrams",
                 "_scans")

    def __init__(self, text: str, keys: list[str], starts: list[int], ends: list[int]) -> None:
        self.text = text  # the original text: evidence is cut from it
        self.keys = tuple(keys)
        self.starts = tuple(starts)
        self.ends = tuple(ends)
        self.gram_list = gram_hashes(self.keys)
        self.gram_set = frozenset(self.gram_list)
        self.key_set = frozenset(self.keys)
        self._scans = 0
        self._grams: dict[int, list[int]] | None = None
        self._unigrams: dict[str, list[int]] | None = None

    def gram_positions(self, wanted: set[int] | frozenset[int]) -> dict[int, list[int]]:
        """Where the trigrams `wanted` start. A page looked up only a few times is scanned (cheaper than
        building a map of all its trigrams); one looked up often gets the map."""
        if self._grams is None:
            self._scans += 1
            if self._scans <= SCANS_BEFORE_MAP:
                found: dict[int, list[int]] = {}
                gram_list = self.gram_list
                # the membership test runs in C over the whole page; Python only sees the hits
                for pos in compress(count(), map(wanted.__contains__, gram_list)):
                    found.setdefault(gram_list[pos], []).append(pos)
                return found
            grams: dict[int, list[int]] = defaultdict(list)
            for pos, h in enumerate(self.gram_list):
                grams[h].append(pos)
            self._grams = dict(grams)
        return {h: self._grams[h] for h in wanted if h in self._grams}

    @property
    def unigrams(self) -> dict[str, list[int]]:
        """Key -> token positions."""
        if self._unigrams is None:
            unigrams: dict[str, list[int]] = defaultdict(list)
            for pos, k in enumerate(self.keys):
                unigrams[k].append(pos)
            self._unigrams = dict(unigrams)
        return self._unigrams

    def __len__(self) -> int:
        return len(self.keys)


def gram_hashes(keys: list[str] | tuple[str, ...], n: int = N) -> list[int]:
    """The hashes of the n-grams of `keys` (hash of the tuple: stable within one run)."""
    return list(map(hash, zip(*(keys[i:] for i in range(n)), strict=False)))


def build_index(text: str) -> DocIndex:
    keys, starts, ends = token_spans(text[:MAX_TEXT])
    return DocIndex(text[:MAX_TEXT], keys, starts, ends)


class IndexCache:
    """Indexes by document: the sha256 of its body when known, else the object itself (kept alive here so
    its id is never reused while cached). Bounded, thread-safe."""

    def __init__(self, limit: int = 4096) -> None:
        self._limit = limit
        self._by_key: dict[object, tuple[SourceDoc | str, DocIndex]] = {}
        self._by_id: dict[int, tuple[SourceDoc | str, DocIndex]] = {}
        self._lock = threading.Lock()

    def get(self, doc: SourceDoc | str) -> DocIndex:
        same = self._by_id.get(id(doc))
        if same is not None and same[0] is doc:  # the very object seen before: the cheapest look-up
            return same[1]
        index = self._get(doc)
        with self._lock:
            if len(self._by_id) >= self._limit:
                self._by_id.clear()
            self._by_id[id(doc)] = (doc, index)
        return index

    def _get(self, doc: SourceDoc | str) -> DocIndex:
        key: object
        if isinstance(doc, str):
            key = ("text", doc)
        elif doc.sha256:
            key = ("sha", doc.sha256, len(doc.text))
        else:
            key = ("id", id(doc))
        hit = self._by_key.get(key)
        if hit is not None:
            return hit[1]
        index = build_index(doc if isinstance(doc, str) else doc.text)
        with self._lock:
            if len(self._by_key) >= self._limit:
                self._by_key.clear()
            self._by_key[key] = (doc, index)
        return index

    def clear(self) -> None:
        with self._lock:
            self._by_key.clear()
            self._by_id.clear()

    def __len__(self) -> int:
        return len(self._by_key)


CACHE = IndexCache()
