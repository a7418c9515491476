"""The slow hostile cases (issue 13), each a real `provenance check` in a session of its own, watched:
exit code, wall time, peak memory of the whole process tree (PSS of every process of the session),
processes left behind 1 s after it ended, and whether a traceback was printed.

    .venv/bin/python benchmarks/hostile.py [--only NAME]

Goals: every cassette of up to 200 MB under 500 MB for the whole tree; a refused cassette exit 2 with
one line; no process left after kill -9; no traceback; the degenerate pages' quotations verified; one
article citing six pages on a host that never answers done in under 30 s with the default settings.
The fast cases are tests/hostile/.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.support import hostile, images  # noqa: E402
from tests.support.loopback import html, start_server  # noqa: E402

Case = Callable[[Path], tuple[hostile.Watched, str]]  # (what was watched, what the case expects/saw)


def _cassette_case(write: Callable[[Path], None], expect: int = 2) -> Case:
    def case(tmp: Path) -> tuple[hostile.Watched, str]:
        cassette = tmp / "c.yaml"
        write(cassette)
        (tmp / "a.md").write_text(hostile.article(["http://a.example/page/5"]), encoding="utf-8")
        watched = hostile.watch(["check", str(tmp / "a.md"), "--cassette", str(cassette), "--quiet"],
                                limit=120)
        size = cassette.stat().st_size / 1e6
        said = watched.stderr.strip().splitlines()[-1] if watched.stderr.strip() else ""
        said = said.split("VCR cassette: ", 1)[-1][:90]
        ok = watched.code == expect and watched.stderr.count("\n") <= 1
        return watched, f"{size:,.0f} MB file; {'ok' if ok else 'FAILED'} {said}"

    return case


def _text(text: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(text, encoding="utf-8")


def _many(path: Path) -> None:
    hostile.write_many_interactions(path, 200_000)


def _big(path: Path) -> None:
    hostile.write_one_big_body(path, 200_000_000)


def _served(routes: dict[str, tuple], quote_ok: bool = False, extra: tuple[str, ...] = (),
            cache: Callable[[Path, str], None] | None = None) -> Case:
    """An article citing each route of a loopback server, checked with the default settings."""

    def case(tmp: Path) -> tuple[hostile.Watched, str]:
        server = start_server()
        try:
            for path, answer in routes.items():
                server.route(path, answer)
            urls = [server.url(p) for p in routes]
            (tmp / "a.md").write_text(hostile.article(urls), encoding="utf-8")
            args = ["check", str(tmp / "a.md"), "--allow-private-addresses", "--no-archive", "--format",
                    "json", "-o", str(tmp / "r.json"), *extra]
            if cache is not None:
                cache(tmp / "cache", urls[0])
                args += ["--cache-dir", str(tmp / "cache")]
            else:
                args.append("--no-cache")
            watched = hostile.watch(args, limit=120)
        finally:
            server.stop()
        return watched, _verdicts(tmp / "r.json", quote_ok)

    return case


def _images(files: dict[str, bytes]) -> Case:
    """An article showing each image, served by a loopback server as image/jpeg or image/png."""

    def case(tmp: Path) -> tuple[hostile.Watched, str]:
        server = start_server()
        try:
            for path, body in files.items():
                kind = "image/png" if body[:4] == b"\x89PNG" else "image/jpeg"
                server.route(path, (200, {"Content-Type": kind}, body))
            shown = "".join(f"![Figure]({server.url(p)})\n\n" for p in files)
            (tmp / "a.md").write_text(f"# Images\n\nThe harbour opened.\n\n{shown}", encoding="utf-8")
            watched = hostile.watch(["check", str(tmp / "a.md"), "--allow-private-addresses", "--no-archive",
                                     "--no-cache", "--format", "json", "-o", str(tmp / "r.json")], limit=120)
        finally:
            server.stop()
        try:
            figures = json.loads((tmp / "r.json").read_text(encoding="utf-8"))["articles"][0]["figures"]
        except (OSError, ValueError, IndexError, KeyError):
            return watched, "no report"
        said = [(f["metadata"] or {}).get("problems") or [(f["read"] or {}).get("reason")] for f in figures]
        return watched, "; ".join(str(s[0])[:70] for s in said if s and s[0]) or "read, nothing to say"

    return case


def _segments(count: int) -> bytes:
    """A JPEG of `count` 64 KB APP1 XMP segments, none of them well-formed."""
    segment = (b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta><rdf:RDF>" + b"<a>" * 21_800)[:65_000]
    app1 = b"\xff\xe1" + (len(segment) + 2).to_bytes(2, "big") + segment
    plain = images.jpeg()
    return plain[:2] + app1 * count + plain[2:]


def _inflating_png(inflated: int) -> bytes:
    """A PNG whose compressed iTXt XMP packet inflates to `inflated` bytes."""
    import struct
    import zlib

    packer = zlib.compressobj(9)
    parts = [packer.compress(images.xmp_packet("trainedAlgorithmicMedia"))]
    parts += [packer.compress(b" " * 1_000_000) for _ in range(inflated // 1_000_000)]
    packed = b"".join(parts) + packer.flush()
    body = b"XML:com.adobe.xmp\x00\x01\x00\x00\x00" + packed
    chunk = struct.pack(">I", len(body)) + b"iTXt" + body + struct.pack(">I", zlib.crc32(b"iTXt" + body))
    plain = images.png()
    return plain[:33] + chunk + plain[33:]


def _verdicts(report: Path, quote_ok: bool) -> str:
    try:
        article = json.loads(report.read_text(encoding="utf-8"))["articles"][0]
    except (OSError, ValueError, IndexError, KeyError):
        return "no report"
    verdict = article["claims"][0]["verdict"] if article["claims"] else "none"
    kinds = sorted({str(s["resolution"].get("error_kind")) for s in article["sources"]})
    flag = "" if not quote_ok else (" ok" if verdict == "verified" else " FAILED")
    return f"verdict {verdict}{flag}; error kinds {', '.join(kinds)}"


def _silent_six(tmp: Path) -> tuple[hostile.Watched, str]:
    silent = hostile.SilentHost()
    try:
        (tmp / "a.md").write_text(hostile.article([silent.url(f"/p{n}") for n in range(6)]), encoding="utf-8")
        watched = hostile.watch(["check", str(tmp / "a.md"), "--allow-private-addresses", "--no-cache",
                                 "--format", "json", "-o", str(tmp / "r.json")], limit=120)
    finally:
        silent.close()
    goal = "ok" if watched.code is not None and watched.seconds < 30 else "FAILED"
    return watched, f"default settings (archive on); {goal} (< 30 s); {_verdicts(tmp / 'r.json', False)}"


def _fifo_cache(folder: Path, url: str) -> None:
    from provenance.fetch.cache import PageCache
    from provenance.urls import normalize_url

    entry = PageCache(str(folder), 3600)._path(normalize_url(url))
    os.makedirs(os.path.dirname(entry))
    os.mkfifo(entry)


def _killed(tmp: Path) -> tuple[hostile.Watched, str]:
    server = start_server()

    def stall(seen: object) -> tuple:
        time.sleep(30)
        return html("late")

    server.route("/stall", stall)
    try:
        folder = tmp / "articles"
        folder.mkdir()
        for k in range(10):
            (folder / f"a{k}.md").write_text(hostile.article([server.url(f"/stall?{k}")]), encoding="utf-8")
        watched = hostile.watch(["check", str(folder), "--allow-private-addresses", "--no-cache", "--quiet"],
                                kill_after=4.0, kill_signal=signal.SIGKILL, limit=60)
    finally:
        server.stop()
    return watched, f"kill -9 after 4 s; {watched.most_processes} processes at most"


S = hostile.SENTENCE
PAGE = {"Content-Type": "text/html"}
FULL_WIDTH = "http://１２７.０.０.１/x"
CASES: dict[str, Case] = {
    "cassette: billion laughs in a URI": _cassette_case(_text(hostile.laughs_cassette("uri"))),
    "cassette: billion laughs in a header": _cassette_case(_text(hostile.laughs_cassette("header"))),
    "cassette: billion laughs in a status message": _cassette_case(_text(hostile.laughs_cassette("message"))),
    "cassette: one 1 MB body aliased 3,000 times": _cassette_case(
        _text(hostile.aliased_body_cassette(1_000_000, 3000))),
    "cassette: 200,000 small interactions": _cassette_case(_many, expect=0),
    "cassette: one 200 MB body": _cassette_case(_big),
    "cassette: status .inf": _cassette_case(_text(hostile.status_cassette(".inf"))),
    "page: 400,000 nested divs": _served({"/deep": (200, PAGE, (
        "<html><body>" + "<div>" * 400_000 + "<p>" + S + "</p>" + "</div>" * 400_000).encode())}, True),
    "page: a million unclosed inline tags": _served({"/open": (200, PAGE, (
        "<html><body>" + "<b>" * 1_000_000 + S).encode())}, True),
    "cache: a FIFO in place of the entry": _served({"/page": html(S)}, True, cache=_fifo_cache),
    "redirect to １２７.０.０.１ (full-width)": _served({"/go": (302, {"Location": FULL_WIDTH}, b"")}),
    "503 with Retry-After: 30": _served({"/busy": (503, {"Retry-After": "30"}, b"busy")}),
    "six pages on a host that never answers": _silent_six,
    "kill -9 of a run with workers": _killed,
    "image: PNG claiming 20,000 x 20,000 pixels": _images({"/bomb.png": images.bomb_png()}),
    "image: XMP packet inflating to 4 GB": _images({"/deflate.png": _inflating_png(4_000_000_000)}),
    "image: JPEG of 150 broken 64 KB XMP segments": _images({"/segments.jpg": _segments(150)}),
    "image: truncated, and a page served as image/jpeg": _images({
        "/cut.jpg": images.jpeg(images.xmp_packet("trainedAlgorithmicMedia"))[:200],
        "/page.jpg": b"<!DOCTYPE html><html><body>Not found</body></html>"}),
}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", help="run the cases whose name holds this")
    a = ap.parse_args()
    print("| case | exit | wall | peak (tree) | left behind | traceback | notes |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, case in CASES.items():
        if a.only and a.only not in name:
            continue
        with tempfile.TemporaryDirectory() as tmp:
            watched, notes = case(Path(tmp))
        code = "killed by the watch" if watched.code is None else str(watched.code)
        print(f"| {name} | {code} | {watched.seconds:.1f} s | {watched.peak_mb:.0f} MB | "
              f"{watched.left_behind} | {'yes' if watched.traceback else 'no'} | {notes} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
