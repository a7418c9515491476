"""A guard against hangs in tests (catastrophic backtracking, a quadratic loop on hostile input): the CPU
time this process spends, with a bound far above any honest run, so a loaded machine never fails it.
Speed goals live in benchmarks/, never here."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_hang(cpu_seconds: float = 30.0) -> Iterator[None]:
    start = time.process_time()
    yield
    used = time.process_time() - start
    assert used < cpu_seconds, f"{used:.1f} s of CPU: this input makes the code hang"
