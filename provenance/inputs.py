"""What the user named on the command line: files, folders (recursive) and URLs, as article inputs."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from provenance.article.detect import check_size
from provenance.errors import InputError

ARTICLE_SUFFIXES = (".md", ".markdown", ".html", ".htm", ".txt")


@dataclass(frozen=True)
class Input:
    path: str  # as it appears in the report: the path or URL given, files in a folder joined to it
    file: Path | None  # where it is read from, absolute (a cluster's worker may run elsewhere); None: a URL

    @property
    def is_url(self) -> bool:
        return self.file is None


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def expand(given: list[str]) -> list[Input]:
    """Every article named by `given`, in order; InputError for a path that does not exist."""
    out: list[Input] = []
    for item in given:
        if is_url(item):
            out.append(Input(item, None))
            continue
        p = Path(item)
        if p.is_dir():
            found = sorted(
                f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ARTICLE_SUFFIXES
            )
            if not found:
                raise InputError(f"{item}: the folder holds no article ({', '.join(ARTICLE_SUFFIXES)})")
            out.extend(Input(os.path.join(item, str(f.relative_to(p))), f.absolute()) for f in found)
        elif p.exists():
            if not p.is_file():
                raise InputError(f"{item}: not a regular file")
            out.append(Input(item, p.absolute()))
        else:
            raise InputError(f"{item}: no such file or folder")
    return out


def open_regular(path: str, *, follow_links: bool = True) -> BinaryIO:
    """The file opened for reading when it is a regular file; OSError for anything else in its place (a
    FIFO, a device, a directory; a symbolic link too, unless `follow_links`): never waited on, as a FIFO
    opens at once (non-blocking) and is then refused."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | (0 if follow_links else getattr(os, "O_NOFOLLOW", 0))
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError("not a regular file")
        os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bytes(inp: Input) -> bytes:
    """The bytes of a file input; InputError when it cannot be read or is too large to be an article."""
    assert inp.file is not None
    try:
        check_size(inp.path, inp.file.stat().st_size)
        return inp.file.read_bytes()
    except OSError as e:
        raise InputError(f"{inp.path}: cannot be read ({e.strerror or e})") from None
