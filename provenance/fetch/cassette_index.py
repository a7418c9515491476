"""A large cassette replayed from an index on disk: one streaming pass, each answer read when asked for.

Loading a cassette holds every body in memory (a 370 MB cassette cost a run 800 MB). Replaying one above
cassette.INDEX_ABOVE, the file is read once, interaction by interaction, through the same bounded reader
and the same checks as a load (safeyaml, cassette._interaction), each one written to an SQLite file in a
temporary folder as it ends (request method and canonical URI -> the interaction, in cassette order);
a replay then reads the one it needs. Memory is one interaction's, however large the cassette.

The file is deleted as soon as it is open (on Linux it lives on, unseen, until the run closes it); the
format stays VCR.py's YAML, this index is never kept.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sqlite3
import tempfile
import threading
import weakref

from provenance.errors import ConfigError
from provenance.fetch.cassette import Interaction, canonical_uri, parse_error, read_cassette

_BATCH = 500  # interactions written at once


def build(cassette: str, index: str) -> int:
    """Write the interactions of `cassette` into a new SQLite file `index`; how many there are.
    ConfigError (one line) for a cassette that cannot be read, as a load says it."""
    db = sqlite3.connect(index)
    try:
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("CREATE TABLE interaction (seq INTEGER PRIMARY KEY, method TEXT NOT NULL, "
                   "uri TEXT NOT NULL, item BLOB NOT NULL)")
        rows: list[tuple[int, str, str, bytes]] = []
        count = 0

        def keep(item: Interaction) -> None:
            nonlocal count
            rows.append((count, item.method, canonical_uri(item.uri),
                         pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)))
            count += 1
            if len(rows) >= _BATCH:
                db.executemany("INSERT INTO interaction VALUES (?, ?, ?, ?)", rows)
                rows.clear()

        read_cassette(cassette, keep)
        db.executemany("INSERT INTO interaction VALUES (?, ?, ?, ?)", rows)
        db.execute("CREATE INDEX request ON interaction (method, uri, seq)")
        db.commit()
        return count
    except sqlite3.Error as exc:  # the temporary folder's disk is full, say
        raise ConfigError(f"The cassette {cassette} cannot be indexed for replay in "
                          f"{os.path.dirname(index)}: {exc}") from None
    finally:
        db.close()


def new_folder() -> str:
    return tempfile.mkdtemp(prefix="provenance-cassette-")


class IndexedInteractions:
    """The interactions of a cassette indexed on disk by `build`, read on demand; thread-safe.

    Takes over `folder` (the index's temporary folder): it is deleted once the index is open."""

    def __init__(self, folder: str, index: str) -> None:
        try:
            self._db = sqlite3.connect(f"file:{index}?mode=ro", uri=True, check_same_thread=False)
            self._db.execute("SELECT count(*) FROM interaction").fetchone()  # open, before the unlink
        except sqlite3.Error as exc:
            shutil.rmtree(folder, ignore_errors=True)
            raise parse_error(index, exc) from exc
        shutil.rmtree(folder, ignore_errors=True)  # where a file cannot be deleted while open: at exit
        weakref.finalize(self, shutil.rmtree, folder, True)
        self._lock = threading.Lock()

    def take(self, method: str, uri: str, turn: int) -> tuple[Interaction | None, bool]:
        """The `turn`-th interaction (from 0) recorded for the request, and whether a later one follows
        it; (None, False) when there is none."""
        with self._lock:
            rows = self._db.execute("SELECT item FROM interaction WHERE method = ? AND uri = ? "
                                    "ORDER BY seq LIMIT 2 OFFSET ?", (method, uri, turn)).fetchall()
        if not rows:
            return None, False
        item: Interaction = pickle.loads(rows[0][0])  # noqa: S301 - written by this run (build)
        return item, len(rows) > 1


def index_in_folder(cassette: str, folder: str) -> str:
    """`build` into a file in `folder`; its path."""
    path = os.path.join(folder, "index.sqlite")
    build(cassette, path)
    return path
