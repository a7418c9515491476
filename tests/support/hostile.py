"""Hostile inputs written for real: YAML cassettes an attacker would send, and an article citing pages.

Shared by tests/hostile/ (small sizes) and benchmarks/hostile.py (the sizes that hurt).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SENTENCE = "The council approved the budget on Tuesday after a long debate."


def article(urls: list[str], quote: str = SENTENCE) -> str:
    """A Markdown article quoting `quote` from the first URL and listing every URL as a source."""
    notes = "\n".join(f"[^{n}]: Wire Daily, [\"Budget story {n}\"]({url}), May 1, 2024."
                      for n, url in enumerate(urls, 1))
    return (f"---\ntitle: Budget\ndate: 2024-05-02\n---\n\n\"{quote}\" the mayor said.[^1]\n\n"
            f"## Sources\n\n{notes}\n")


def _interaction(uri: str, *, body: str = "'<p>x</p>'", header: str = "text/html",
                 message: str = "OK", code: str = "200") -> str:
    return (f"- request:\n    body: null\n    headers: {{}}\n    method: GET\n    uri: {uri}\n"
            f"  response:\n    status:\n      code: {code}\n      message: {message}\n"
            f"    headers:\n      Content-Type:\n      - {header}\n    body:\n      string: {body}\n")


def laughs(levels: int = 9, fan: int = 10) -> str:
    """The anchors of a "billion laughs": &l{levels} expands to fan**levels strings."""
    lines = ["lol0: &l0 lol"]
    for n in range(1, levels + 1):
        lines.append(f"lol{n}: &l{n} [{', '.join([f'*l{n - 1}'] * fan)}]")
    return "\n".join(lines) + "\n"


def laughs_cassette(where: str, levels: int = 9) -> str:
    """A billion laughs aliased into one field of an interaction: uri, header or message."""
    bomb = f"*l{levels}"
    fields = {"uri": {"uri": bomb}, "header": {"header": bomb}, "message": {"message": bomb}}[where]
    uri = fields.pop("uri", "http://a.example/page")
    return "bombs:\n" + _indent(laughs(levels)) + "interactions:\n" + _interaction(uri, **fields)


def aliased_body_cassette(body_bytes: int, times: int) -> str:
    """One body of `body_bytes` anchored once and aliased by `times` interactions."""
    first = _interaction("http://a.example/0", body="&body '" + "x" * body_bytes + "'")
    rest = "".join(_interaction(f"http://a.example/{n}", body="*body") for n in range(1, times))
    return "interactions:\n" + first + rest


def write_many_interactions(path: Path, count: int, body_bytes: int = 800) -> None:
    """A cassette of `count` small interactions (~1 KB each), written without building it in memory."""
    body = "'<p>" + "y" * max(0, body_bytes - 7) + "</p>'"
    with path.open("w", encoding="utf-8") as out:
        out.write("interactions:\n")
        for n in range(count):
            out.write(_interaction(f"http://a.example/page/{n}", body=body))


def write_one_big_body(path: Path, body_bytes: int) -> None:
    """A cassette of one interaction whose body is `body_bytes` long."""
    with path.open("w", encoding="utf-8") as out:
        out.write("interactions:\n" + _interaction("http://a.example/big", body="'").removesuffix("\n"))
        chunk = "z" * 1_000_000
        for _ in range(body_bytes // len(chunk)):
            out.write(chunk)
        out.write("'\n")


def status_cassette(code: str) -> str:
    return "interactions:\n" + _interaction("http://a.example/page", code=code)


def _indent(text: str) -> str:
    return "".join("  " + line + "\n" for line in text.splitlines())


# ---------------------------------------------------------------- a real run, watched from outside


@dataclass(frozen=True)
class Watched:
    code: int | None  # None: still running when killed by the watch
    seconds: float
    peak_mb: float  # memory of the whole process tree (the PSS of every process of its session)
    left_behind: int  # processes of its session still alive a moment after it ended
    most_processes: int  # the most processes seen at once in its session
    traceback: bool
    stderr: str


def _session_pids(sid: int) -> Iterator[tuple[int, int]]:
    """(pid, resident KB) of every process in session `sid`."""
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
            if int(fields[3]) != sid or fields[0] == b"Z":
                continue
            with open(f"/proc/{name}/smaps_rollup", "rb") as f:  # proportional: a forked copy shares
                pss = next(int(line.split()[1]) for line in f if line.startswith(b"Pss:"))
        except (OSError, IndexError, ValueError, StopIteration):
            continue
        yield int(name), pss


def watch(args: list[str], *, limit: float = 120.0, kill_after: float | None = None,
          kill_signal: int = signal.SIGKILL, kill_group: bool = False, cwd: Path | None = None,
          env: dict[str, str] | None = None, memory_cap_mb: float = 3000.0) -> Watched:
    """Run `python -m provenance *args` in a session of its own; sample the session's memory every 20 ms;
    send `kill_signal` after `kill_after` seconds (a cancelled CI job; to the whole process group, as
    Ctrl-C in a terminal, with kill_group); count what is left 1 s after it ended."""
    full_env = {**{k: v for k, v in os.environ.items() if k != "PROVENANCE_DEBUG"}, "NO_COLOR": "1",
                "PROVENANCE_SEARCH": "none", **(env or {})}
    errors = tempfile.TemporaryFile()  # not a pipe: a process left behind would hold it open
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "provenance", *args], cwd=cwd, env=full_env,
                            stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True)
    peak = most = 0
    sent = False
    code = None
    while True:
        code = proc.poll()
        elapsed = time.perf_counter() - start
        if code is not None:
            break
        seen = list(_session_pids(proc.pid))
        total = sum(kb for _, kb in seen)
        peak, most = max(peak, total), max(most, len(seen))
        if kill_after is not None and elapsed >= kill_after and not sent:
            (os.killpg if kill_group else os.kill)(proc.pid, kill_signal)
            sent = True
        if elapsed > limit or total / 1024 > memory_cap_mb:
            os.killpg(proc.pid, signal.SIGKILL)  # the watchdog: the case failed
            proc.wait()
            code = None
            break
        time.sleep(0.02)
    seconds = time.perf_counter() - start
    time.sleep(1.0)
    errors.seek(0)
    stderr = errors.read().decode("utf-8", "replace")
    errors.close()
    left = [pid for pid, _ in _session_pids(proc.pid)]
    for pid in left:  # leave the machine as it was
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    return Watched(code, seconds, peak / 1024, len(left), most, "Traceback" in stderr, stderr)


class SilentHost:
    """A host on 127.0.0.1 that accepts connections (the kernel completes them) and never answers."""

    def __init__(self) -> None:
        import socket

        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(128)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.socket.getsockname()[1]}{path}"

    def close(self) -> None:
        self.socket.close()
