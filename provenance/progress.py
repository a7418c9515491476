"""Progress on stderr for long runs: a bar on a terminal, nothing in CI logs, pipes or with --quiet."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

Progress = Callable[[str, int, int], None]

_LABELS = {"fetch": "fetching sources", "check": "checking articles"}


def progress_for(quiet: bool) -> Progress | None:
    """A progress callback, or None when nothing should be shown."""
    if quiet or os.environ.get("CI") or not sys.stderr.isatty():
        return None

    def show(stage: str, done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        label = _LABELS.get(stage, stage)
        end = "\n" if done >= total and stage == "check" else ""
        sys.stderr.write(f"\r{label:18s} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}{end}")
        sys.stderr.flush()

    return show
