"""Each distinct URL fetched once per run, however many batches ask for it: the answers kept on disk.

A run checked in batches (engine.py) hands every stage a `MemoFetcher` over the run's one HttpFetcher.
What a batch fetched (page or failure, keyed by normalised URL) goes into one SQLite file, so a later
batch that cites the same page, and a resumed run (`--state`), reads it from there instead of asking
again; memory stays that of one batch. The file is the run's own (its state folder or a temporary one).
"""

from __future__ import annotations

import dataclasses
import pickle
import sqlite3
from collections.abc import Iterable

from provenance.fetch.interface import Fetcher, OnFetched
from provenance.fetch.outcome import FetchResult
from provenance.urls import normalize_url


class MemoFetcher:
    def __init__(self, inner: Fetcher, path: str) -> None:
        self.inner = inner
        self._db = sqlite3.connect(path)
        self._db.execute("CREATE TABLE IF NOT EXISTS fetched (key TEXT PRIMARY KEY, result BLOB NOT NULL)")

    def close(self) -> None:
        self._db.close()

    def fetch(self, urls: Iterable[str], on_fetched: OnFetched | None = None) -> dict[str, FetchResult]:
        given = list(urls)
        keys = {url: normalize_url(url) for url in given}
        known = self._known(set(keys.values()))
        if on_fetched is not None:
            for result in known.values():
                on_fetched(result)
        wanted = [url for url in given if keys[url] not in known]
        fetched = self.inner.fetch(wanted, on_fetched) if wanted else {}
        new = {keys[url]: result for url, result in fetched.items()}
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO fetched VALUES (?, ?)",
                                 ((key, _dump(result)) for key, result in new.items()))
        answers = {**known, **new}
        return {url: dataclasses.replace(answers[keys[url]], url=url) for url in given}

    def _known(self, keys: set[str]) -> dict[str, FetchResult]:
        out: dict[str, FetchResult] = {}
        ordered = sorted(keys)
        for start in range(0, len(ordered), 500):  # SQLite's limit on parameters, with room to spare
            part = ordered[start:start + 500]
            marks = ",".join("?" * len(part))
            rows = self._db.execute(f"SELECT key, result FROM fetched WHERE key IN ({marks})", part)
            out.update((key, _load(blob)) for key, blob in rows)
        return out


def _dump(result: FetchResult) -> bytes:
    """The result with its text as UTF-8 bytes only, where it has both (half the size)."""
    return pickle.dumps(result.as_utf8(), protocol=pickle.HIGHEST_PROTOCOL)


def _load(blob: bytes) -> FetchResult:
    result: FetchResult = pickle.loads(blob)  # noqa: S301 - written by this run (or the run it resumes)
    if result.text is None and result.body is not None and result.error_kind is None:  # as_utf8's form
        return dataclasses.replace(result, text=result.body.decode("utf-8"))
    return result
