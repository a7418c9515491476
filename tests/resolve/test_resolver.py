"""The order of look-ups: a link first, then the library's copy of that link; a title only without one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance.article import read_article
from provenance.config import Config
from provenance.models import Status
from provenance.resolve import Resolver
from tests.fetch.loopback import LoopbackServer, start_server


def page(title: str, canonical: str) -> str:
    return (f"<html><head><title>{title}</title><link rel='canonical' href='{canonical}'></head>"
            f"<body><article><h1>{title}</h1><p>{title} is the story of the day, told at length.</p>"
            "</article></body></html>")


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    srv = start_server()
    yield srv
    srv.stop()


def test_links_are_read_first_and_the_library_fills_in(server: LoopbackServer, tmp_path: Path) -> None:
    live, dead = server.url("/live"), server.url("/dead")
    server.route("/live", (200, {"Content-Type": "text/html"}, page("Live story", live).encode()))
    server.route("/dead", (404, {"Content-Type": "text/html"}, b"gone"))
    library = tmp_path / "library"
    library.mkdir()
    (library / "live.html").write_text(page("Live story", live))
    (library / "dead.html").write_text(page("Dead story", dead))
    (library / "offline.html").write_text(page("Council minutes of the spring session", "https://x.example/m"))
    article = read_article("a.md", (
        "# Title\n\n“Words,” she said.\n\n## Sources\n\n"
        f"1. Wire, [\"Live story\"]({live}) (May 1, 2020)\n"
        f"2. Wire, [\"Dead story\"]({dead}) (May 1, 2020)\n"
        "3. Council, \"Council minutes of the spring session\" (May 1, 2020)\n"
        "4. Council, \"Nothing saved under this title at all\" (May 1, 2020)\n").encode())
    config = Config(library=str(library), allow_private_addresses=True, no_cache=True, archive=False)
    got = Resolver(config).resolve([article])
    status = {cid: got[("a.md", cid)].status for cid in ("1", "2", "3", "4")}
    assert status == {"1": Status.FETCHED, "2": Status.LIBRARY, "3": Status.LIBRARY, "4": Status.UNRESOLVED}
    assert "404" in (got[("a.md", "2")].reason or "")
    assert got[("a.md", "4")].error_kind == "not-in-library"


def test_two_spellings_of_a_link_that_cannot_be_read_both_say_why() -> None:
    article = read_article("a.md", (
        "# Title\n\n“Words,” she said.\n\n## Sources\n\n"
        "1. Wire, [\"Story\"](https://news.example/story) (May 1, 2020)\n"
        "2. Wire, [\"Story\"](https://news.example/story?utm_source=feed) (May 1, 2020)\n").encode())
    got = Resolver(Config(offline=True, archive=False)).resolve([article])
    assert {got[("a.md", cid)].error_kind for cid in ("1", "2")} == {"offline"}
