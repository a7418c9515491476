"""Politeness and throughput: 60 URLs on 6 loopback "hosts" (ports), each answer after 200 ms, per_host=2.

    .venv/bin/python benchmarks/fetch_politeness.py

The per-host limit allows 2 requests at once per host, so the best possible time is
60 / 6 hosts / 2 * 0.2 s = 1.0 s. The goal is at most 1.5x that. Also checks that no host ever saw more
than 2 requests at once.
"""

from __future__ import annotations

import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from provenance.fetch import FetchOptions, fetch_all  # noqa: E402

HOSTS, PER_HOST_URLS, DELAY, PER_HOST = 6, 10, 0.2, 2


class _Counter:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = 0
        self.peak = 0


def _server(counter: _Counter) -> ThreadingHTTPServer:
    class Slow(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            with counter.lock:
                counter.now += 1
                counter.peak = max(counter.peak, counter.now)
            time.sleep(DELAY)
            body = f"<html><body><p>{self.path}</p></body></html>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            with counter.lock:
                counter.now -= 1

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Slow)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return httpd


def main() -> None:
    counters = [_Counter() for _ in range(HOSTS)]
    servers = [_server(c) for c in counters]
    urls = [f"http://127.0.0.1:{s.server_address[1]}/page/{i}" for s in servers for i in range(PER_HOST_URLS)]
    options = FetchOptions(allow_private_addresses=True, no_cache=True, per_host=PER_HOST, concurrency=16)
    started = time.perf_counter()
    import provenance.fetch.transport  # noqa: F401 - httpx's import (~0.2 s) is a start-up cost, timed apart

    imported = time.perf_counter() - started
    rounds = []
    for _ in range(3):
        started = time.perf_counter()
        results = fetch_all(urls, options)
        rounds.append(time.perf_counter() - started)
    elapsed = sorted(rounds)[1]
    for httpd in servers:
        httpd.shutdown()
    ideal = len(urls) / HOSTS / PER_HOST * DELAY
    ok = sum(r.error_kind is None for r in results.values())
    print(f"{len(urls)} URLs on {HOSTS} hosts, per_host={PER_HOST}, {DELAY * 1000:.0f} ms per answer")
    ratio = elapsed / ideal
    print(f"read {ok}/{len(urls)} in {elapsed:.2f} s; ideal {ideal:.2f} s; ratio {ratio:.2f} (goal <= 1.5)")
    print(f"rounds: {', '.join(f'{r:.2f}' for r in rounds)} s (median shown); httpx import {imported:.2f} s")
    print(f"most requests at once on one host: {max(c.peak for c in counters)} (limit {PER_HOST})")


if __name__ == "__main__":
    main()
