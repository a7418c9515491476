"""Pure, CPU-bound work spread over the machine's cores: reading many pages or articles at once."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 24  # below this, starting workers costs more than it saves
MAX_WORKERS = 8


def workers() -> int:
    """How many worker processes to use: the cores this process may run on, 1 where fork is missing."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def pmap(fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """[fn(x) for x in items], in order, spread over worker processes when that pays.

    fn must be a module-level function (it is pickled by name) and pure: workers are forked, so they
    share nothing back but the results.
    """
    n = workers()
    if n < 2 or len(items) < MIN_ITEMS or os.environ.get("PROVENANCE_WORKERS") == "1":
        return [fn(x) for x in items]
    chunk = max(1, len(items) // (n * 4))
    with ProcessPoolExecutor(n, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(fn, items, chunksize=chunk))
