"""Archive scale: the dev set copied ×1, ×4, ×16, ×64, checked on a loopback web and from a cassette.

    .venv/bin/python benchmarks/scale.py [../shared/bench/dev] [--scales 1,4,16,64] [--cassette-scales 1,4,16]

Copy k of every dev article cites copy k of its pages: each URL `scheme://host/path` becomes
`http://127.0.0.1:PORT/c{k}/scheme/host/path`, PORT one of 16 (the original host's), so the run sees 16
hosts with their per-host limits. The loopback web (a threaded HTTP server in this process) answers
each request ~20 ms late with the dev cassette's recorded answer; the cassette runs replay the same
answers from a cassette written for that scale. Everything is built in a temporary folder.

A cassette of ×64 would be 1.5 GB, beyond the 512 MB a cassette may be (README, Limits): the cassette
rows stop at ×16. A replayed cassette above 64 MB (×4 and ×16) is indexed on disk, not loaded.

Goals (issue 14): wall time linear (seconds per article within 20% across the scales), peak memory of
the process tree (the sum of PSS over the check and its workers, sampled every 50 ms) at ×64 at most
1.5× that at ×1, and CPU per article (user + system of the check and its workers) no worse than ×1's.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / ".." / "shared" / "bench" / "dev"
HOSTS, LATENCY = 16, 0.02
URL = re.compile(r"https?://[^\s\"'<>()\[\]]+")


def load_answers(setdir: Path) -> dict[str, tuple[int, dict[str, str], bytes]]:
    """The dev cassette's answers by URI: status, headers (one value each), body."""
    import yaml

    with open(setdir / "cassette.yaml", "rb") as f:
        interactions = yaml.load(f, Loader=yaml.CSafeLoader)["interactions"]
    out = {}
    for it in interactions:
        response = it["response"]
        body = response["body"]["string"]
        headers = {k: v[0] for k, v in response["headers"].items()
                   if k.lower() not in ("content-length", "content-encoding", "transfer-encoding")}
        out[it["request"]["uri"]] = (response["status"]["code"], headers,
                                     body.encode("utf-8") if isinstance(body, str) else body or b"")
    return out


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up (the check closes its connections at the end)


class Web:
    """HOSTS loopback ports serving copy k of the recorded web under /c{k}/scheme/host/path."""

    def __init__(self, answers: dict[str, tuple[int, dict[str, str], bytes]]) -> None:
        self.answers = answers
        self.servers = [_Server(("127.0.0.1", 0), self._handler()) for _ in range(HOSTS)]
        for server in self.servers:
            threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()
            server.server_close()

    def local(self, url: str, copy: int) -> str:
        """The copy-k address of `url` on this web."""
        scheme, _, rest = url.partition("://")
        host = rest.split("/", 1)[0]
        port = self.servers[sum(host.encode()) % HOSTS].server_address[1]
        return f"http://127.0.0.1:{port}/c{copy}/{scheme}/{rest}"

    def answer(self, path: str) -> tuple[int, dict[str, str], bytes]:
        match = re.match(r"/c(\d+)/(https?)/(.*)", path)
        if match is None or f"{match[2]}://{match[3]}" not in self.answers:
            return 404, {"Content-Type": "text/plain"}, b"not recorded"
        original = f"{match[2]}://{match[3]}"
        status, headers, body = self.answers[original]
        headers = dict(headers)
        for name in [n for n in headers if n.lower() == "location"]:
            from urllib.parse import urljoin

            headers[name] = self.local(urljoin(original, headers[name]), int(match[1]))
        return status, headers, body

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        web = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                time.sleep(LATENCY)
                status, headers, body = web.answer(self.path)
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler


def build_archive(setdir: Path, web: Web, copies: int, folder: Path) -> None:
    for copy in range(copies):
        target = folder / f"c{copy:03d}"
        target.mkdir(parents=True)
        for article in sorted((setdir / "articles").iterdir()):
            text = URL.sub(lambda m, k=copy: web.local(m[0], k), article.read_text(encoding="utf-8"))
            (target / article.name).write_text(text, encoding="utf-8")


def write_cassette(web: Web, copies: int, path: Path) -> None:
    """The loopback web's answers, every copy, as a VCR.py cassette."""
    import yaml

    interactions = []
    for copy in range(copies):
        for uri in web.answers:
            local = web.local(uri, copy)
            status, headers, body = web.answer("/" + local.split("/", 3)[3])
            interactions.append({
                "request": {"body": None, "headers": {}, "method": "GET", "uri": local},
                "response": {"status": {"code": status, "message": ""},
                             "headers": {k: [v] for k, v in headers.items()},
                             "body": {"string": body.decode("utf-8", errors="replace")}},
            })
    with open(path, "w", encoding="utf-8") as f:
        yaml.dump({"interactions": interactions, "version": 1}, f, Dumper=yaml.CSafeDumper)


def _tree(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", "rb") as f:
                    ppid = int(f.read().rsplit(b")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


def _pss_mb(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
                total += sum(int(line.split()[1]) for line in f if line.startswith("Pss:"))
        except (OSError, ValueError):
            continue
    return total / 1024


def measure(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, peak PSS of the process tree (MB), CPU seconds of the tree."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL)
    peak = 0.0
    while proc.poll() is None:
        peak = max(peak, _pss_mb(_tree(proc.pid)))
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"the check failed ({proc.returncode}): {' '.join(args)}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, peak, cpu


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("setdir", nargs="?", default=str(DEFAULT))
    ap.add_argument("--scales", default="1,4,16,64")
    ap.add_argument("--cassette-scales", default="1,4,16")
    a = ap.parse_args()
    setdir = Path(a.setdir).resolve()
    if not (setdir / "cassette.yaml").exists():
        print(f"no benchmark set at {setdir}")
        return 2
    exe = str(Path(sys.executable).with_name("provenance"))
    articles = len(list((setdir / "articles").iterdir()))
    web = Web(load_answers(setdir))
    rows = []
    try:
        for mode, scales in (("loopback web", a.scales), ("cassette", a.cassette_scales)):
            for copies in [int(s) for s in scales.split(",") if s]:
                with tempfile.TemporaryDirectory(prefix="provenance-scale-") as tmp:
                    folder = Path(tmp) / "archive"
                    build_archive(setdir, web, copies, folder)
                    args = [exe, "check", str(folder), "--library", str(setdir / "library"),
                            "--format", "jsonl", "-o", f"{tmp}/report.jsonl", "--fail-on", "never",
                            "--quiet", "--no-archive", "--no-search", "--allow-private-addresses",
                            "--no-cache"]
                    if mode == "cassette":
                        write_cassette(web, copies, Path(tmp) / "cassette.yaml")
                        args += ["--cassette", f"{tmp}/cassette.yaml"]
                    wall, peak, cpu = measure(args)
                n = articles * copies
                rows.append((mode, copies, n, wall, peak, cpu))
                print(f"{mode:13s} ×{copies:<3d} {n:6d} articles  wall {wall:7.1f} s  "
                      f"{1000 * wall / n:5.1f} ms/article  peak {peak:6.0f} MB  "
                      f"cpu {1000 * cpu / n:5.1f} ms/article", flush=True)
    finally:
        web.stop()
    print()
    print("| archive | source | wall | per article | peak memory (tree) | of ×1's | CPU per article |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    first = {mode: peak for mode, copies, _, _, peak, _ in reversed(rows) if copies == 1}
    for mode, copies, n, wall, peak, cpu in rows:
        ratio = f"{peak / first[mode]:.2f}×" if mode in first else "–"
        print(f"| ×{copies} ({n:,} articles) | {mode} | {wall:.1f} s | {1000 * wall / n:.1f} ms "
              f"| {peak:.0f} MB | {ratio} | {1000 * cpu / n:.1f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
