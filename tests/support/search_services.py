"""Loopback stand-ins for search services, answering in each service's documented response shape.

The bodies are hand-made from the services' documentation (SearXNG's search API page, the GDELT DOC 2.0
announcement, Crossref's REST API docs), not recorded from the real services. The "web" they point to is
pages the tests write themselves on the same loopback server; they are not the real reports.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from tests.support.loopback import Answer, LoopbackServer, Seen

JSON = {"Content-Type": "application/json; charset=utf-8"}
HTML = {"Content-Type": "text/html; charset=utf-8"}


@dataclass(frozen=True)
class Page:
    path: str
    title: str
    site: str
    published: str  # YYYY-MM-DD
    body: str

    def html(self) -> bytes:
        return (f"<!doctype html><html><head><title>{self.title}</title>"
                f'<meta property="og:title" content="{self.title}">'
                f'<meta property="og:site_name" content="{self.site}">'
                f'<meta property="article:published_time" content="{self.published}T09:00:00Z">'
                f"</head><body><article><h1>{self.title}</h1><p>{self.body}</p>"
                "<p>Further paragraphs of the story follow here, so that the page reads as an article "
                "rather than a stub.</p></article></body></html>").encode()


def _phrase(query: str) -> str:
    found = re.search(r'"([^"]+)"', query)
    return (found.group(1) if found else query).lower()


def _hits(server: LoopbackServer, pages: list[Page], query: str) -> list[Page]:
    """The pages whose title or text holds every word of the quoted phrase (as a phrase search would)."""
    words = re.findall(r"\w+", _phrase(query))
    return [p for p in pages if all(w in re.findall(r"\w+", f"{p.title} {p.body}".lower()) for w in words)]


def serve_pages(server: LoopbackServer, pages: list[Page]) -> None:
    for page in pages:
        server.route(page.path, (200, HTML, page.html()))


def searxng(server: LoopbackServer, pages: list[Page], path: str = "/searx/search") -> None:
    """A SearXNG instance's `/search?format=json`: `results` with url, title, content, publishedDate …"""

    def answer(seen: Seen) -> Answer:
        query = parse_qs(urlsplit(seen.path).query)
        if query.get("format") != ["json"]:
            return 403, {"Content-Type": "text/html"}, b"<html><body><h1>403 Forbidden</h1></body></html>"
        q = query.get("q", [""])[0]
        results = [{"url": server.url(p.path), "title": p.title, "content": p.body[:120],
                    "publishedDate": None, "engine": "bing news", "engines": ["bing news"],
                    "score": 1.0 / (i + 1), "category": query.get("categories", ["general"])[0],
                    "parsed_url": ["http", f"127.0.0.1:{server.port}", p.path, "", "", ""]}
                   for i, p in enumerate(_hits(server, pages, q))]
        body = {"query": q, "number_of_results": len(results), "results": results, "answers": [],
                "corrections": [], "infoboxes": [], "suggestions": [], "unresponsive_engines": []}
        return 200, JSON, json.dumps(body).encode()

    server.route(path, answer)


def gdelt(server: LoopbackServer, pages: list[Page], path: str = "/api/v2/doc/doc") -> None:
    """GDELT DOC 2.0 artlist JSON: `{"articles": [...]}`, or `{}` when nothing matched."""

    def answer(seen: Seen) -> Answer:
        query = parse_qs(urlsplit(seen.path).query)
        q = query.get("query", [""])[0]
        if len(_phrase(q)) < 5:
            return 200, {"Content-Type": "text/html"}, b"The specified phrase is too short."
        hits = _hits(server, pages, q)
        if not hits:
            return 200, JSON, b"{}"
        articles = [{"url": server.url(p.path), "url_mobile": "", "title": p.title,
                     "seendate": p.published.replace("-", "") + "T120000Z", "socialimage": "",
                     "domain": "127.0.0.1", "language": "English", "sourcecountry": "United States"}
                    for p in hits]
        return 200, JSON, json.dumps({"articles": articles}).encode()

    server.route(path, answer)
