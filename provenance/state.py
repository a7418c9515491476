"""`--state DIR`: what a run has checked so far, kept on disk, so that an interrupted run continues.

One SQLite file (DIR/run.sqlite) holds the run's fingerprint (its inputs and the settings that change a
report) and each input's outcome as its batch ends: the article's report, or the message saying why the
input could not be read. A run given the same folder again reports the inputs done from there, in
their order, and checks only the rest; a batch cut short by a kill is checked again, whole (each batch
is one transaction). The page answers of the run live beside it (DIR/fetched.sqlite, fetch/memo.py).

The folder is trusted like a cache: its reports are pickled by this tool and read back by it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import pickle
import sqlite3
from collections.abc import Mapping, Sequence

from provenance.config import Config
from provenance.errors import ConfigError
from provenance.models import ArticleReport

Outcome = ArticleReport | str  # an input's report, or why it could not be read

# Config fields that change how a report is written or run, never what it says.
_NOT_RESULTS = frozenset({"format", "output", "quiet", "state", "batch", "dask_scheduler"})


def fingerprint(paths: Sequence[str], config: Config) -> str:
    settings = {f.name: getattr(config, f.name) for f in dataclasses.fields(config)
                if f.name not in _NOT_RESULTS}
    text = json.dumps([list(paths), sorted(settings.items())], default=repr, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class RunState:
    def __init__(self, folder: str, paths: Sequence[str], config: Config) -> None:
        self.folder = folder
        try:
            os.makedirs(folder, exist_ok=True)
            self._db = sqlite3.connect(os.path.join(folder, "run.sqlite"))
            with self._db:
                self._db.execute("CREATE TABLE IF NOT EXISTS run (fingerprint TEXT NOT NULL)")
                self._db.execute("CREATE TABLE IF NOT EXISTS outcome "
                                 "(idx INTEGER PRIMARY KEY, path TEXT NOT NULL, report BLOB, error TEXT)")
                row = self._db.execute("SELECT fingerprint FROM run").fetchone()
                mine = fingerprint(paths, config)
                if row is None:
                    self._db.execute("INSERT INTO run VALUES (?)", (mine,))
        except (OSError, sqlite3.Error) as e:
            raise ConfigError(f"--state {folder}: cannot be used ({e})") from None
        if row is not None and row[0] != mine:
            self._db.close()
            raise ConfigError(f"--state {folder}: holds a run of other inputs or settings; "
                              "give a new folder (or delete this one) to start again")

    @property
    def fetched_path(self) -> str:
        return os.path.join(self.folder, "fetched.sqlite")

    def close(self) -> None:
        self._db.close()

    def done(self, first: int, last: int) -> dict[int, Outcome]:
        """The outcomes recorded for inputs first..last (their indexes in the run)."""
        rows = self._db.execute("SELECT idx, report, error FROM outcome WHERE idx BETWEEN ? AND ?",
                                (first, last))
        return {idx: pickle.loads(report) if report is not None else error  # noqa: S301 - see above
                for idx, report, error in rows}

    def record(self, outcomes: Mapping[int, tuple[str, Outcome]]) -> None:
        """Keep one batch's outcomes (index -> (path, outcome)), all or none."""
        rows = [(idx, path, None if isinstance(o, str) else pickle.dumps(o, protocol=pickle.HIGHEST_PROTOCOL),
                 o if isinstance(o, str) else None) for idx, (path, o) in outcomes.items()]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO outcome VALUES (?, ?, ?, ?)", rows)
