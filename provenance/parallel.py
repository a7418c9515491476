"""Pure, CPU-bound work spread over the machine's cores: reading many articles and pages at once.

One pool of forked workers lives for a run (forking once, after the warm-up and before anything large is
loaded); `start` hands it a batch and returns at once, so the main process can do other work (replay
the cassette, look citations up) while the workers read, and collect the results when it needs them.
`aside` runs one large job (parsing the cassette) in a process of its own, forked as the run starts.

Every worker follows the run (`_follow_parent`): it dies when the run does, however the run ends (Ctrl-C,
SIGTERM, kill -9 of a cancelled CI job), so no process is left behind eating the machine.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

MIN_ITEMS = 8  # below this, shipping the work to another process costs more than it saves
MAX_WORKERS = 8


def cores() -> int:
    """How many worker processes pay: the cores this process may run on; 1 where fork is missing."""
    if "fork" not in multiprocessing.get_all_start_methods() or os.environ.get("PROVENANCE_WORKERS") == "1":
        return 1
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        n = os.cpu_count() or 1
    return max(1, min(n, MAX_WORKERS))


_PR_SET_PDEATHSIG = 1  # linux/prctl.h
_watch: tuple[int, int, int] | None = None  # (this process, read end, write end) of the parent pipe


def _pool(processes: int) -> ProcessPoolExecutor:
    """A pool of forked workers that follow this process (forked by this thread, at the first submit)."""
    global _watch
    if _watch is None or _watch[0] != os.getpid():
        _watch = (os.getpid(), *os.pipe())
    on_main = threading.current_thread() is threading.main_thread()
    return ProcessPoolExecutor(processes, mp_context=multiprocessing.get_context("fork"),
                               initializer=_follow_parent, initargs=(*_watch, on_main))


def _follow_parent(parent: int, read_end: int, write_end: int, on_main: bool) -> None:
    """In a new worker: die with the parent. The kernel's parent-death signal where there is one (Linux;
    only for a worker forked by the main thread, since it fires when the forking *thread* ends), and
    everywhere a thread that waits on a pipe whose write end only the parent holds: it reads end-of-file
    the moment the parent is gone, however it went. Ctrl-C is the parent's to handle (it reaches the
    whole process group), so a worker ignores it rather than print a traceback of its own."""
    os.close(write_end)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if on_main and sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # gone already, before the signal was asked for
        os._exit(1)
    threading.Thread(target=_exit_on_eof, args=(read_end,), daemon=True).start()


def _exit_on_eof(read_end: int) -> None:
    while True:
        try:
            if not os.read(read_end, 1):
                os._exit(1)
        except InterruptedError:
            continue
        except OSError:
            os._exit(1)


def _settle_the_heap() -> tuple[int, int, int]:
    """Before forking the workers: what is loaded by now (modules, compiled patterns, tables) is moved
    out of the collector's sight (gc.freeze), so that no worker's collection writes to those objects
    and copies every page it shares with this process; and collections run ~14x less often (a run
    makes millions of short-lived objects and hardly any cycles). ~10-20 ms of a 1 s dev run.
    Returns the thresholds to restore when the workers are done."""
    import gc

    before = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)
    return before


def _unsettle_the_heap(before: tuple[int, int, int]) -> None:
    import gc

    gc.unfreeze()
    gc.set_threshold(*before)


def aside(fn: Callable[..., R], *args: object) -> Callable[[], R]:
    """Begin fn(*args) in one process forked now, beside this one (which goes on with other work); the
    function returned waits for the result (and raises what fn raised). With one core it runs here, when
    the result is asked for. fn must be a module-level function.

    The result comes back through a temporary file (in memory, /dev/shm, where there is one), not the
    pool's pipe: a result of many megabytes crosses a pipe 64 KB at a time, each read allocating a
    buffer the size of what is left (20 MB took 60-100 ms that way, 45 ms through a file). The file is
    unlinked at once and shared as an open descriptor, so nothing is left behind whatever happens."""
    if cores() < 2:
        return lambda: fn(*args)
    fd = _unlinked_file()
    if fd is None:
        return lambda: fn(*args)
    pool = _pool(1)
    try:
        future = pool.submit(_into_file, fn, args, fd)
    except (OSError, RuntimeError):  # no process could be started: do it here, when asked
        pool.shutdown(wait=False)
        os.close(fd)
        return lambda: fn(*args)

    def result() -> R:
        import pickle

        try:
            future.result()
            pool.shutdown()  # the child's copy is gone before this one is built
            os.lseek(fd, 0, os.SEEK_SET)
            with os.fdopen(fd, "rb", closefd=False) as handle:
                return pickle.load(handle)  # noqa: S301 - written by our own child process
        finally:
            pool.shutdown()
            os.close(fd)

    return result


def _unlinked_file() -> int | None:
    """A descriptor of a new, already unlinked temporary file: in memory (/dev/shm) where possible."""
    import tempfile

    for folder in ("/dev/shm", None):
        if folder is not None and not os.path.isdir(folder):
            continue
        try:
            fd, path = tempfile.mkstemp(prefix="provenance-", dir=folder)
        except OSError:
            continue
        os.unlink(path)
        return fd
    return None


def _into_file(fn: Callable[..., object], args: tuple[object, ...], fd: int) -> None:
    import pickle

    with os.fdopen(fd, "wb", closefd=False) as handle:
        pickle.dump(fn(*args), handle, protocol=pickle.HIGHEST_PROTOCOL)


class Workers:
    """Worker processes for one run; with one core (or few items) the work runs here, in order."""

    def __init__(self, processes: int | None = None, *,
                 before_fork: Callable[[], None] | None = None) -> None:
        self.processes = processes or cores()
        self._before_fork = before_fork  # loads, once and here, what every worker would load again
        self._pool: Executor | None = None
        self._gc_before: tuple[int, int, int] | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
        if self._gc_before is not None:
            _unsettle_the_heap(self._gc_before)
            self._gc_before = None

    def start(self, fn: Callable[[T], R], items: Sequence[T], *,
              min_items: int = MIN_ITEMS) -> Callable[[], list[R]]:
        """Begin [fn(x) for x in items]; the returned function waits for the results, in order (and
        raises what fn raised). Fewer than `min_items` items run here, when the results are asked for.

        fn must be a module-level function (it is pickled by name) and pure: workers share nothing
        back but their results.
        """
        if self.processes < 2 or len(items) < min_items:
            return lambda: [fn(x) for x in items]
        if self._pool is None:
            if self._before_fork is not None:
                self._before_fork()
            self._gc_before = _settle_the_heap()
            self._pool = _pool(self.processes)
        chunk = max(1, len(items) // (self.processes * 4))
        results = self._pool.map(fn, items, chunksize=chunk)
        return lambda: list(results)

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        return self.start(fn, items)()
