"""Giving freed memory back to the system between batches of an archive run.

CPython frees a batch's objects into its own arenas and glibc's heap, which keep the pages; a long run
then holds the high-water mark of its worst batch. `give_back()` asks glibc to return what is free
(`malloc_trim`); elsewhere (another C library, no ctypes) it does nothing."""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import gc


@functools.lru_cache(maxsize=1)
def _trim():  # noqa: ANN202 - a ctypes function, or None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc.malloc_trim
    except (OSError, AttributeError):
        return None


def give_back() -> None:
    gc.collect()
    trim = _trim()
    if trim is not None:
        trim(0)
