"""fetch_all against a real HTTP server on 127.0.0.1: statuses, redirects, retries, limits, caps, charsets."""

from __future__ import annotations

import gzip
import time
import zlib

import pytest

from provenance.fetch import FetchOptions, fetch_all
from tests.support.loopback import html

LOCAL = FetchOptions(allow_private_addresses=True, no_cache=True, timeout=5.0, retries=0)


def opts(**changes: object) -> FetchOptions:
    import dataclasses

    return dataclasses.replace(LOCAL, **changes)


def fetch_one(url: str, options: FetchOptions = LOCAL):
    return fetch_all([url], options)[url]


def test_a_page_is_read_with_its_status_type_text_and_hash(server):
    server.route("/page", html("Hello reader"))
    result = fetch_one(server.url("/page"))
    assert result.error_kind is None and result.reason is None
    assert result.http_status == 200
    assert result.final_url == server.url("/page")
    assert "Hello reader" in result.text
    assert len(result.sha256) == 64
    assert result.redirects == ()


def test_the_user_agent_names_the_tool_and_a_url(server):
    agents = []
    server.route("/ua", lambda seen: (agents.append(seen.headers.get("User-Agent")), html("x"))[1])
    fetch_one(server.url("/ua"))
    assert agents[0].startswith("provenance/") and "https://" in agents[0]


@pytest.mark.parametrize(
    ("status", "kind", "words"),
    [
        (404, "not-found", "HTTP 404 Not Found"),
        (410, "gone", "HTTP 410 Gone"),
        (403, "blocked", "blocks automated readers"),
        (401, "blocked", "login"),
        (451, "blocked", "legal"),
        (500, "http-error", "HTTP 500"),
        (418, "http-error", "HTTP 418"),
    ],
)
def test_http_errors_are_named_for_an_editor(server, status, kind, words):
    server.route("/x", (status, {"Content-Type": "text/html"}, b"<p>no</p>"))
    result = fetch_one(server.url("/x"))
    assert (result.error_kind, result.http_status, result.text) == (kind, status, None)
    assert words in result.reason and result.reason.endswith(".")


def _chain(server, n: int) -> None:
    """/r/n redirects to /r/n-1 … /r/0 is the page."""
    server.route("/r/0", html("end of chain"))
    for i in range(1, n + 1):
        server.route(f"/r/{i}", (302, {"Location": f"/r/{i - 1}"}, b""))


def test_redirects_are_followed_and_listed(server):
    _chain(server, 3)
    result = fetch_one(server.url("/r/3"))
    assert result.error_kind is None and "end of chain" in result.text
    assert result.final_url == server.url("/r/0")
    assert result.redirects == tuple(server.url(f"/r/{i}") for i in (3, 2, 1))


def test_ten_redirects_are_allowed_eleven_are_too_many(server):
    _chain(server, 11)
    assert fetch_one(server.url("/r/10")).error_kind is None
    result = fetch_one(server.url("/r/11"))
    assert result.error_kind == "too-many-redirects" and "10" in result.reason


def test_a_redirect_loop_is_detected(server):
    server.route("/a", (301, {"Location": "/b"}, b""))
    server.route("/b", (302, {"Location": "/a#top"}, b""))
    result = fetch_one(server.url("/a"))
    assert result.error_kind == "redirect-loop" and server.hits["/a"] == 1


def test_429_with_retry_after_is_retried_after_waiting(server):
    def limited(seen):
        if seen.count == 1:
            return 429, {"Retry-After": "1"}, b""
        return html("finally")

    server.route("/busy", limited)
    started = time.monotonic()
    result = fetch_one(server.url("/busy"), opts(retries=2))
    assert result.error_kind is None and "finally" in result.text
    assert time.monotonic() - started >= 0.95
    assert server.hits["/busy"] == 2


def test_429_that_persists_is_rate_limited(server):
    server.route("/busy", (429, {"Retry-After": "0"}, b""))
    result = fetch_one(server.url("/busy"), opts(retries=1))
    assert result.error_kind == "rate-limited" and server.hits["/busy"] == 2
    assert "2 times" in result.reason


def test_a_retry_after_beyond_the_cap_is_not_waited_for(server):
    server.route("/busy", (503, {"Retry-After": "3600"}, b""))
    started = time.monotonic()
    result = fetch_one(server.url("/busy"), opts(retries=2))
    assert result.error_kind == "http-error" and time.monotonic() - started < 2


def test_a_slow_response_times_out(server):
    def slow(seen):
        time.sleep(2)
        return html("late")

    server.route("/slow", slow)
    started = time.monotonic()
    result = fetch_one(server.url("/slow"), opts(timeout=0.4))
    assert result.error_kind == "timeout"
    assert result.reason == "The site did not answer within 0.4 seconds."
    assert time.monotonic() - started < 1.5


def test_a_body_that_trickles_past_the_total_time_out_is_cut(server):
    def trickle(seen):
        def chunks():
            for _ in range(20):
                time.sleep(0.1)
                yield b"<p>" + b"x" * 10 + b"</p>"

        return 200, {"Content-Type": "text/html"}, chunks()

    server.route("/trickle", trickle)
    result = fetch_one(server.url("/trickle"), opts(timeout=0.5))
    assert result.error_kind == "timeout"


def _gzip_bomb(gigabytes: int = 1) -> bytes:
    """~1 GB of zeros as gzip: one 16 MB member compressed once, repeated (gzip allows many members)."""
    member = gzip.compress(bytes(16 * 1024 * 1024), compresslevel=9)
    return member * (64 * gigabytes)


def test_a_compressed_bomb_stops_at_the_decoded_byte_cap(server):
    bomb = _gzip_bomb()
    assert len(bomb) < 2_000_000
    server.route("/bomb", (200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb))
    result = fetch_one(server.url("/bomb"), opts(max_bytes=10_000_000))
    assert result.error_kind == "too-large" and "10 MB" in result.reason


def test_a_big_plain_body_stops_at_the_cap(server):
    server.route("/big", (200, {"Content-Type": "text/plain"}, b"a" * 300_000))
    assert fetch_one(server.url("/big"), opts(max_bytes=100_000)).error_kind == "too-large"


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_pages_are_decoded(server, encoding):
    page = "<html><body><p>Compressed café</p></body></html>".encode()
    body = gzip.compress(page) if encoding == "gzip" else zlib.compress(page)
    headers = {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": encoding}
    server.route("/z", (200, headers, body))
    result = fetch_one(server.url("/z"))
    assert result.error_kind is None and "Compressed café" in result.text


def test_a_public_name_resolving_to_loopback_is_refused(server):
    server.route("/page", html("secret"))
    result = fetch_one(server.url("/page", host="localhost"), opts(allow_private_addresses=False))
    assert result.error_kind == "refused-address"
    assert "loopback" in result.reason and "--allow-private-addresses" in result.reason
    assert server.hits["/page"] == 0


def test_a_private_literal_address_is_refused_before_any_connection():
    result = fetch_one("http://10.0.0.1/admin", opts(allow_private_addresses=False))
    assert result.error_kind == "refused-address"
    assert result.reason == "The address 10.0.0.1 is private; use --allow-private-addresses to read it."


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("text/html; charset=iso-8859-1", "<p>café — naïve</p>".encode(), "café — naïve"),  # header lies
        ("text/html", b'<meta charset="utf-8"><p>caf\xe9 na\xefve</p>', "café naïve"),  # meta lies
        ("text/html", b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'
                      b"<p>\x93quoted\x94</p>", "\u201cquoted\u201d"),
        ("text/plain; charset=utf-8", b"\xef\xbb\xbfplain text", "plain text"),  # BOM
    ],
)
def test_charsets(server, content_type, body, expected):
    server.route("/c", (200, {"Content-Type": content_type}, body))
    result = fetch_one(server.url("/c"))
    assert result.error_kind is None and expected in result.text


@pytest.mark.parametrize(
    ("content_type", "body", "kind", "words"),
    [
        ("application/pdf", b"%PDF-1.4 fake", "unsupported-type", "PDF"),
        ("image/png", b"\x89PNG\r\n", "unsupported-type", "image/png"),
    ],
)
def test_other_types_are_reported(server, content_type, body, kind, words):
    server.route("/doc", (200, {"Content-Type": content_type}, body))
    result = fetch_one(server.url("/doc"))
    assert result.error_kind == kind and words in result.reason and result.text is None


def test_a_pdf_comes_back_with_its_bytes_for_a_reader_that_can_use_them(server):
    server.route("/doc.pdf", (200, {"Content-Type": "application/pdf"}, b"%PDF-1.4 fake"))
    result = fetch_one(server.url("/doc.pdf"))
    assert result.body == b"%PDF-1.4 fake" and result.sha256


def test_each_page_is_fetched_once_and_keys_are_the_urls_as_given(server):
    server.route("/p?a=1&utm_source=x", html("tracked"))
    cited = [server.url("/p?a=1&utm_source=x"), server.url("/p?a=1&utm_medium=y#top"), server.url("/p?a=1")]
    results = fetch_all(cited, LOCAL)
    assert list(results) == cited and [r.url for r in results.values()] == cited
    assert sum(server.hits.values()) == 1  # the first spelling is asked for, once
    assert all("tracked" in r.text for r in results.values())


def test_each_distinct_page_is_shown_to_on_fetched_as_soon_as_it_is_in(server):
    def slow(seen):
        time.sleep(0.3)
        return html("slow")

    server.route("/fast", html("fast"))
    server.route("/slow", slow)
    cited = [server.url("/slow"), server.url("/fast"), server.url("/fast#again")]
    seen: list[tuple[str, float]] = []
    start = time.monotonic()
    results = fetch_all(cited, LOCAL, on_fetched=lambda r: seen.append((r.url, time.monotonic() - start)))
    assert [url for url, _ in seen] == [server.url("/fast"), server.url("/slow")]  # once each, fast first
    assert seen[0][1] < 0.25 and set(results) == set(cited)


def test_what_on_fetched_raises_is_raised_once_every_fetch_has_ended(server, caplog):
    server.route("/a", html("a"))
    server.route("/b", html("b"))

    def broken(result):
        raise RuntimeError("the reader broke")

    with pytest.raises(RuntimeError, match="the reader broke"):
        fetch_all([server.url("/a"), server.url("/b")], LOCAL, on_fetched=broken)
    assert "failed unexpectedly" not in caplog.text  # no fetch was cut off by a closed client


def test_the_per_host_limit_holds(server):
    def slow(seen):
        time.sleep(0.15)
        return html("ok")

    for i in range(6):
        server.route(f"/s{i}", slow)
    results = fetch_all([server.url(f"/s{i}") for i in range(6)], opts(per_host=2))
    assert all(r.error_kind is None for r in results.values())
    assert server.max_in_flight == 2


@pytest.mark.parametrize("url", ["not a url", "http://", "https:///path"])
def test_invalid_urls(url):
    assert fetch_all([url], LOCAL)[url].error_kind == "invalid-url"


@pytest.mark.parametrize("url", ["ftp://example.com/x", "mailto:a@b.c", "file:///etc/passwd"])
def test_a_link_of_another_scheme_is_refused_by_name(url):
    result = fetch_all([url], LOCAL)[url]
    assert result.error_kind == "refused-scheme"
    assert f"uses the {url.split(':')[0]}: scheme" in (result.reason or "")


def test_offline_fetches_nothing(server):
    server.route("/page", html("x"))
    result = fetch_one(server.url("/page"), opts(offline=True))
    assert result.error_kind == "offline" and "offline" in result.reason
    assert server.hits["/page"] == 0


def test_a_refused_connection_is_a_connection_error(server):
    port = server.port
    server.stop()
    result = fetch_one(f"http://127.0.0.1:{port}/gone")
    assert result.error_kind == "connection"


def test_fetch_all_works_from_inside_a_running_event_loop(server):
    import asyncio

    server.route("/page", html("from a loop"))

    async def caller():
        return fetch_one(server.url("/page"))

    assert "from a loop" in asyncio.run(caller()).text
