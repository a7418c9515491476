"""The web archive fallback: a dead cited link is read from its Wayback Machine snapshot.

A real HTTP server on 127.0.0.1 plays both the dead site and the archive (its availability API and its
snapshots); a hand-written VCR cassette shows the same flow replayed with record mode none.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest
import yaml

from provenance.fetch import FetchOptions, FetchResult, HttpFetcher, OnFetched, fetch_all
from provenance.resolve.archive import (
    API_BASE,
    archive_lookup_urls,
    find_archived,
    is_dead,
    snapshot_date,
    snapshot_url,
    strip_wayback_chrome,
)
from tests.support.bounded import no_hang
from tests.support.loopback import LoopbackServer

LOOPBACK = FetchOptions(allow_private_addresses=True, no_cache=True, timeout=5.0, retries=0)


def archived(dead: dict[str, date | None], options: FetchOptions,
             api_base: str = API_BASE) -> dict[str, FetchResult]:
    """find_archived with a fetcher of its own, opened and closed around it."""
    with HttpFetcher(options) as fetcher:
        return find_archived(dead, fetcher, api_base=api_base)
CITED = date(2019, 11, 19)
STAMP = "20191120083000"
# archive.org answers application/json (test_the_availability_answer_as_archive_org_sends_it); the
# other tests send the same JSON as text/plain, which must work as well.
TEXT_JSON = "text/plain; charset=utf-8"
TOOLBAR = ('<script src="//archive.org/includes/analytics.js?v=cf34f82"></script>'
           '<script type="text/javascript" src="/_static/js/bundle-playback.js?v=1"></script>'
           '<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=1" />'
           "<!-- End Wayback Rewrite JS Include -->")
BANNER = ("<!-- BEGIN WAYBACK TOOLBAR INSERT --><div id='wm-ipp'>The Wayback Machine - "
          "https://web.archive.org/web/20191120083000/ 1,234 captures</div>"
          "<!-- END WAYBACK TOOLBAR INSERT -->")
ARTICLE = "<p>The council approved the harbour plan on Tuesday.</p>"


def availability(snapshot: str | None, status: str = "200") -> bytes:
    if snapshot is None:
        return json.dumps({"url": "x", "archived_snapshots": {}}).encode()
    closest = {"available": True, "url": snapshot, "timestamp": STAMP, "status": status}
    return json.dumps({"url": "x", "archived_snapshots": {"closest": closest}}).encode()


def path_of(server: LoopbackServer, url: str) -> str:
    return url.split(f":{server.port}", 1)[1]


def archive_site(server: LoopbackServer, dead_path: str, cited: date | None = CITED, *,
                 answer: bytes | None = None, content_type: str = TEXT_JSON,
                 snapshot: tuple[int, str] | None = (200, f"<html><head>{TOOLBAR}</head><body>"
                                                          f"{BANNER}{ARTICLE}</body></html>")) -> str:
    """Serve a dead page at dead_path, its availability answer and its snapshot; return the dead URL."""
    dead = server.url(dead_path)
    server.route(dead_path, (404, {"Content-Type": "text/html"}, b"<h1>Not found</h1>"))
    listed = server.url(f"/web/{STAMP}/{dead}")
    lookup = archive_lookup_urls(dead, cited, server.url("/wayback/available"))
    server.route(path_of(server, lookup), (200, {"Content-Type": content_type},
                                           availability(listed) if answer is None else answer))
    if snapshot is not None:
        code, body = snapshot
        server.route(f"/web/{STAMP}id_/{dead}", (code, {"Content-Type": "text/html"}, body.encode()))
    return dead


# ---------------------------------------------------------------- the look-up URL


@pytest.mark.parametrize(("url", "cited", "expected"), [
    ("https://example.com/news/a", CITED,
     "https://archive.org/wayback/available?url=https%3A%2F%2Fexample.com%2Fnews%2Fa&timestamp=20191119"),
    ("https://example.com/news/a", None,
     "https://archive.org/wayback/available?url=https%3A%2F%2Fexample.com%2Fnews%2Fa"),
    ("https://example.com/a?id=3&x=y#comments", date(2001, 2, 3),
     "https://archive.org/wayback/available?url=https%3A%2F%2Fexample.com%2Fa%3Fid%3D3%26x%3Dy"
     "&timestamp=20010203"),
    ("  https://example.com/a  ", None, "https://archive.org/wayback/available?url=https%3A%2F%2Fexample.com%2Fa"),
])
def test_lookup_url_asks_for_the_snapshot_nearest_the_cited_date(url, cited, expected) -> None:
    assert archive_lookup_urls(url, cited) == expected


# ---------------------------------------------------------------- which failures are dead


def failed(kind: str | None, status: int | None = None) -> FetchResult:
    return FetchResult(url="https://example.com/a", error_kind=kind, http_status=status,
                       text="<p>x</p>" if kind is None else None)


@pytest.mark.parametrize(("result", "dead"), [
    (failed("not-found", 404), True),
    (failed("gone", 410), True),
    (failed("dns"), True),
    (failed("connection"), True),
    (failed("timeout"), True),
    (failed("http-error", 500), True),
    (failed("http-error", 503), True),
    (failed("too-many-redirects", 302), True),
    (failed("redirect-loop", 301), True),
    (failed("http-error", 400), False),  # a client error: the page may well be alive
    (failed("http-error", 302), False),  # a redirect without Location
    (failed("http-error"), False),  # a corrupt compressed body: the site answered
    (failed("blocked", 403), False),  # alive, refuses automated readers
    (failed("rate-limited", 429), False),
    (failed("refused-address"), False),
    (failed("not-in-cassette"), False),
    (failed("offline"), False),
    (failed("too-large", 200), False),
    (failed("unsupported-type", 200), False),
    (failed("invalid-url"), False),
    (failed(None, 200), False),
])
def test_is_dead(result, dead) -> None:
    assert is_dead(result) is dead


# ---------------------------------------------------------------- reading the availability answer


def answered(body: str, kind: str | None = None) -> FetchResult:
    return FetchResult(url="https://archive.org/wayback/available?url=x", http_status=200, text=body,
                       error_kind=kind)


def closest(**fields: object) -> str:
    snap = {"available": True, "status": "200", "timestamp": STAMP,
            "url": "http://web.archive.org/web/20191120083000/https://example.com/a?b=c"}
    snap.update(fields)
    return json.dumps({"archived_snapshots": {"closest": snap}})


def test_snapshot_url_is_the_raw_form_on_https() -> None:
    assert (snapshot_url(answered(closest()))
            == "https://web.archive.org/web/20191120083000id_/https://example.com/a?b=c")


def test_snapshot_url_keeps_the_loopback_archive_as_it_is() -> None:
    base = "http://127.0.0.1:8123/wayback/available"
    answer = closest(url="http://127.0.0.1:8123/web/2019112008/http://127.0.0.1:8123/dead")
    assert snapshot_url(answered(answer), base) == "http://127.0.0.1:8123/web/2019112008id_/http://127.0.0.1:8123/dead"


@pytest.mark.parametrize("body", [
    "",
    "<html>Service unavailable</html>",
    "not json {",
    "[]",
    '"archived_snapshots"',
    "null",
    json.dumps({"archived_snapshots": {}}),
    json.dumps({"archived_snapshots": []}),
    json.dumps({"archived_snapshots": {"closest": []}}),
    json.dumps({"archived_snapshots": {"closest": None}}),
    closest(available="true"),  # a string is not the boolean the API sends
    closest(available=False),
    closest(status="404"),
    closest(status="302"),
    closest(status=None),
    closest(url=12345),
    closest(url=None),
    closest(url=["http://web.archive.org/web/2019/https://example.com/a"]),
    closest(url="javascript:alert(1)"),
    closest(url="ftp://web.archive.org/web/2019/https://example.com/a"),
    closest(url="http://web.archive.org/save/https://example.com/a"),  # not a snapshot path
    closest(url="http://web.archive.org/web/notastamp/https://example.com/a"),
    closest(url="http://10.0.0.1/web/20191120083000/https://example.com/a"),  # another host: private
    closest(url="http://169.254.169.254/web/20191120083000/https://example.com/a"),
    closest(url="http://evil-archive.org/web/20191120083000/https://example.com/a"),
    closest(url="http://web.archive.org.evil.example/web/20191120083000/https://example.com/a"),
    closest(url="http://web.archive.org:99999/web/20191120083000/https://example.com/a"),
    closest(url="http://web.archive.org/web/2019/" + "a" * 5000),
    "[" * 100_000 + "]" * 100_000,  # nesting deep enough to exhaust the JSON parser's recursion
    json.dumps({"archived_snapshots": {"closest": {"pad": "x" * 200_000}}}),  # far too large
])
def test_snapshot_url_is_none_on_anything_unexpected(body: str) -> None:
    assert snapshot_url(answered(body)) is None


@pytest.mark.parametrize("kind", ["not-in-cassette", "offline", "timeout", "unsupported-type", "not-found"])
def test_snapshot_url_is_none_for_a_failed_look_up(kind: str) -> None:
    assert snapshot_url(answered(closest(), kind=kind)) is None


def test_snapshot_url_reads_a_json_body_kept_as_bytes() -> None:
    """Should the fetch layer keep JSON answers as `body` (like PDFs) rather than `text`."""
    result = FetchResult(url="https://archive.org/wayback/available?url=x", http_status=200,
                         content_type="application/json", body=closest().encode())
    assert snapshot_url(result) == "https://web.archive.org/web/20191120083000id_/https://example.com/a?b=c"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://web.archive.org/web/20191120083000id_/https://example.com/a", date(2019, 11, 20)),
    ("http://127.0.0.1:8/web/20010203/http://x.org/", date(2001, 2, 3)),
    ("https://web.archive.org/web/20191399000000id_/https://example.com/a", None),
    ("https://example.com/web/2019/x", None),
    (None, None),
])
def test_snapshot_date(url, expected) -> None:
    assert snapshot_date(url) == expected


# ---------------------------------------------------------------- stripping the toolbar


@pytest.mark.parametrize(("page", "expected"), [
    (f"<html><head>{TOOLBAR}<title>T</title></head><body>{BANNER}{ARTICLE}</body></html>",
     f"<html><head><title>T</title></head><body>{ARTICLE}</body></html>"),
    (f"<body>{BANNER}<p>a</p>{BANNER}<p>b</p></body>", "<body><p>a</p><p>b</p></body>"),
    (f"<body>{ARTICLE}</body>", f"<body>{ARTICLE}</body>"),
    # the page's own scripts and styles stay; only the archive's are removed
    ('<head><script src="/js/site.js"></script><link rel="stylesheet" href="/site.css">'
     '<script>__wm.init("https://web.archive.org/web");</script></head>',
     '<head><script src="/js/site.js"></script><link rel="stylesheet" href="/site.css"></head>'),
    # an unterminated toolbar is left alone rather than swallowing the article
    ("<body><!-- BEGIN WAYBACK TOOLBAR INSERT --><p>a</p></body>",
     "<body><!-- BEGIN WAYBACK TOOLBAR INSERT --><p>a</p></body>"),
])
def test_strip_wayback_chrome(page: str, expected: str) -> None:
    assert strip_wayback_chrome(page) == expected


def test_strip_wayback_chrome_is_fast_on_hostile_markup() -> None:
    hostile = ("<script " + "a" * 700) * 2_000 + "<!-- BEGIN WAYBACK TOOLBAR INSERT -->" * 2_000
    with no_hang():
        strip_wayback_chrome(hostile + "archive.org")


# ---------------------------------------------------------------- the whole fallback, over HTTP


def test_a_dead_link_is_read_from_its_snapshot(server: LoopbackServer) -> None:
    dead = archive_site(server, "/news/harbour-plan")
    live = fetch_all([dead], LOOPBACK)[dead]
    assert is_dead(live)
    found = archived({dead: CITED}, LOOPBACK, api_base=server.url("/wayback/available"))
    assert list(found) == [dead]
    page = found[dead]
    assert page.ok and page.http_status == 200
    assert page.final_url == server.url(f"/web/{STAMP}id_/{dead}")
    assert "harbour plan" in page.text
    assert "WAYBACK" not in page.text and "wm-ipp" not in page.text and "_static" not in page.text
    assert snapshot_date(page.final_url) == date(2019, 11, 20)


class CountingFetcher:
    """A Fetcher that counts the URLs of each round and hands them to a real one."""

    def __init__(self, real: HttpFetcher) -> None:
        self.real = real
        self.rounds: list[int] = []

    def fetch(self, urls: Iterable[str], on_fetched: OnFetched | None = None) -> dict[str, FetchResult]:
        urls = list(urls)
        self.rounds.append(len(urls))
        return self.real.fetch(urls, on_fetched)


class NoNetwork:
    """A Fetcher that must not be used."""

    def fetch(self, urls: Iterable[str], on_fetched: OnFetched | None = None) -> dict[str, FetchResult]:
        pytest.fail(f"fetched {list(urls)}")


def test_two_fetch_rounds_for_many_dead_links(server: LoopbackServer) -> None:
    dead = {archive_site(server, f"/story-{n}", date(2019, 11, n + 1)): date(2019, 11, n + 1)
            for n in range(5)}
    with HttpFetcher(LOOPBACK) as real:
        counting = CountingFetcher(real)
        found = find_archived(dead, counting, api_base=server.url("/wayback/available"))
    assert set(found) == set(dead)
    assert counting.rounds == [5, 5]


def test_no_snapshot_leaves_the_link_out(server: LoopbackServer) -> None:
    dead = archive_site(server, "/never-archived", answer=availability(None), snapshot=None)
    assert archived({dead: CITED}, LOOPBACK, api_base=server.url("/wayback/available")) == {}
    assert not any("/web/" in path for path in server.hits)


def test_a_snapshot_that_is_itself_gone_leaves_the_link_out(server: LoopbackServer) -> None:
    dead = archive_site(server, "/lost", None, snapshot=(404, "<h1>Wayback Machine: not archived</h1>"))
    assert archived({dead: None}, LOOPBACK, api_base=server.url("/wayback/available")) == {}
    assert server.hits[f"/web/{STAMP}id_/{dead}"] == 1


@pytest.mark.parametrize("answer", [
    b"not json at all",
    b'{"archived_snapshots": {"closest": {"available": "yes", "url": 3, "status": 200}}}',
    availability("http://10.0.0.1/web/20191120083000/http://127.0.0.1/x"),  # another, private host
    availability("http://127.0.0.1:1/web/20191120083000/http://127.0.0.1/x", status="404"),
])
def test_hostile_answers_neither_crash_nor_send_us_elsewhere(server: LoopbackServer, answer: bytes) -> None:
    dead = archive_site(server, "/hostile", answer=answer)
    assert archived({dead: CITED}, LOOPBACK, api_base=server.url("/wayback/available")) == {}
    lookup = archive_lookup_urls(dead, CITED, server.url("/wayback/available"))
    assert set(server.hits) == {path_of(server, lookup)}  # the answer's snapshot was never asked for


def test_the_private_address_guard_applies_to_the_archive(server: LoopbackServer) -> None:
    dead = archive_site(server, "/guarded")
    guarded = FetchOptions(no_cache=True, timeout=5.0, retries=0)  # allow_private_addresses=False
    assert archived({dead: CITED}, guarded, api_base=server.url("/wayback/available")) == {}
    assert not server.hits


def test_no_dead_links_fetches_nothing() -> None:
    assert find_archived({}, NoNetwork()) == {}


def test_the_availability_answer_as_archive_org_sends_it(server: LoopbackServer) -> None:
    dead = archive_site(server, "/as-sent", content_type="application/json")
    assert list(archived({dead: CITED}, LOOPBACK, api_base=server.url("/wayback/available"))) == [dead]


# ---------------------------------------------------------------- replay from a cassette


def interaction(uri: str, code: int, content_type: str, body: str) -> dict:
    return {"request": {"method": "GET", "uri": uri, "body": None, "headers": {}},
            "response": {"status": {"code": code, "message": ""},
                         "headers": {"Content-Type": [content_type]}, "body": {"string": body}}}


def test_replay_from_a_cassette_with_record_mode_none(tmp_path: Path) -> None:
    dead, unrecorded = "https://news.example.com/2019/harbour", "https://gone.example.org/story"
    snap = f"http://web.archive.org/web/{STAMP}/{dead}"
    cassette = tmp_path / "archive.yaml"
    cassette.write_text(yaml.safe_dump({"version": 1, "interactions": [
        interaction(dead, 404, "text/html", "<h1>Not found</h1>"),
        interaction(archive_lookup_urls(dead, CITED), 200, TEXT_JSON, availability(snap).decode()),
        interaction(f"https://web.archive.org/web/{STAMP}id_/{dead}", 200, "text/html; charset=utf-8",
                    f"<html><body>{BANNER}{ARTICLE}</body></html>"),
    ]}), encoding="utf-8")
    options = FetchOptions(cassette=str(cassette), record_mode="none")
    live = fetch_all([dead, unrecorded], options)
    assert is_dead(live[dead]) and not is_dead(live[unrecorded])  # not in the cassette: not "dead"
    started = time.perf_counter()
    found = archived({dead: CITED, unrecorded: None}, options)
    assert time.perf_counter() - started < 2.0
    assert list(found) == [dead]
    assert found[dead].final_url == f"https://web.archive.org/web/{STAMP}id_/{dead}"
    assert found[dead].text == f"<html><body>{ARTICLE}</body></html>"
