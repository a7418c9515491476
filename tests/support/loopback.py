"""A real HTTP server on 127.0.0.1 with routes the tests declare (imported by conftest and the tests)."""

from __future__ import annotations

import collections
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

# A route answers (status, headers, body); body may be bytes or an iterator of byte chunks.
Answer = tuple[int, dict[str, str], "bytes | Iterator[bytes]"]
Route = Callable[["Seen"], Answer]


@dataclass
class Seen:
    """What the server saw of one request."""

    path: str
    headers: dict[str, str]
    count: int  # how many times this path was asked for, this one included


@dataclass
class LoopbackServer:
    httpd: ThreadingHTTPServer
    routes: dict[str, Route] = field(default_factory=dict)
    hits: collections.Counter = field(default_factory=collections.Counter)
    in_flight: int = 0
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def route(self, path: str, answer: Route | Answer) -> None:
        self.routes[path] = answer if callable(answer) else (lambda seen, a=answer: a)

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def _handler(server: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            with server.lock:
                server.hits[self.path] += 1
                server.in_flight += 1
                server.max_in_flight = max(server.max_in_flight, server.in_flight)
                count = server.hits[self.path]
            try:
                # an exact route first (query included), else the route of the path without its query
                route = server.routes.get(self.path) or server.routes.get(self.path.split("?", 1)[0])
                if route is None:
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"no such page"
                else:
                    status, headers, body = route(Seen(self.path, dict(self.headers), count))
                self.send_response(status)
                for name, value in headers.items():
                    if value.isascii():
                        self.send_header(name, value)
                    else:  # as a hostile server sends it: UTF-8 bytes, which http.server refuses to write
                        self._headers_buffer.append(f"{name}: {value}\r\n".encode())  # type: ignore[attr-defined]
                if isinstance(body, bytes):
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                else:
                    self.end_headers()
                    for chunk in body:
                        self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            finally:
                with server.lock:
                    server.in_flight -= 1

    return Handler


def start_server() -> LoopbackServer:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    httpd.daemon_threads = True
    server = LoopbackServer(httpd)
    httpd.RequestHandlerClass = _handler(server)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    return server


def html(text: str, charset: str = "utf-8") -> Answer:
    body = f"<html><head><title>{text}</title></head><body><p>{text}</p></body></html>"
    return 200, {"Content-Type": f"text/html; charset={charset}"}, body.encode(charset)
