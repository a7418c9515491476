"""Re-record cassettes/vcrpy-loopback.yaml with VCR.py itself (not a test; run by hand when needed).

    .venv/bin/python -m tests.fetch.record_loopback_cassette

Serves a few pages from 127.0.0.1 and records them through VCR.py + httpx, so that the repository keeps a
cassette written by VCR.py (test_cassette.py replays it with provenance).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import httpx
import vcr

from tests.support.loopback import html, start_server

OUT = Path(__file__).resolve().parents[2] / "cassettes" / "vcrpy-loopback.yaml"


def main() -> None:
    server = start_server()
    server.route("/article", html("A page recorded by VCR.py"))
    server.route("/moved", (301, {"Location": "/article"}, b""))
    server.route("/zipped", (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"},
                             gzip.compress("<p>Gzip'd and binary: Señor</p>".encode("latin-1"))))
    server.route("/dead", (404, {"Content-Type": "text/html"}, b"<p>not here</p>"))
    OUT.unlink(missing_ok=True)
    with vcr.use_cassette(str(OUT), record_mode="once"), httpx.Client() as client:
        for path in ("/article", "/moved", "/zipped", "/dead"):
            client.get(server.url(path))
    server.stop()
    OUT.write_text("# Written by VCR.py from a loopback server: tests/fetch/record_loopback_cassette.py\n"
                   + OUT.read_text(encoding="utf-8"), encoding="utf-8")


if __name__ == "__main__":
    main()
