"""Odd URLs: hosts in odd spellings read as a browser reads them (then checked), or refused, before any
connection; a link of another scheme than http(s) named as refused. Never a traceback."""

from __future__ import annotations

import json
import logging

import pytest

from provenance.fetch import FetchOptions, fetch_all
from provenance.urls import web_host
from tests.support import hostile
from tests.support.cli import run


@pytest.mark.parametrize("host, read", [
    ("example.com", "example.com"),
    ("１２７.０.０.１", "127.0.0.1"),  # full-width digits
    ("127。0。0。1", "127.0.0.1"),  # ideographic full stops
    ("2130706433", "127.0.0.1"),
    ("0x7f.1", "127.0.0.1"),
    ("0177.0.0.1", "127.0.0.1"),
    ("bücher.example", "xn--bcher-kva.example"),
    ("ＥＸＡＭＰＬＥ.com", "example.com"),
])
def test_a_host_is_read_as_a_browser_reads_it(host, read):
    assert web_host(host) == read


@pytest.mark.parametrize("host", ["xn--zz.example", "a\u200fb.example", "999999999999"])
def test_a_host_that_is_no_name_is_refused(host):
    with pytest.raises(ValueError):
        web_host(host)


@pytest.mark.parametrize("location, kind", [
    ("http://１２７.０.０.１/x", "refused-address"),
    ("http://１２７.０.０.１:1/x", "refused-address"),
    ("http://0177.0.0.1/", "refused-address"),
    ("http://2130706433/", "refused-address"),
    ("http://[::ffff:127.0.0.1]/", "refused-address"),
    ("http://xn--zz.example/", "invalid-url"),
    ("file:///etc/passwd", "refused-scheme"),
    ("javascript:alert(1)", "refused-scheme"),
    ("ftp://ftp.example.com/x", "refused-scheme"),
])
def test_a_redirect_to_an_odd_address_is_refused_cleanly(server, caplog, location, kind):
    server.route("/go", (302, {"Location": location}, b""))
    url = server.url("/go")
    options = FetchOptions(trusted_endpoints=(server.url("/go"),), no_cache=True, timeout=5, retries=0)
    with caplog.at_level(logging.DEBUG, logger="provenance"):
        result = fetch_all([url], options)[url]
    assert result.error_kind == kind, result.reason
    assert not [r for r in caplog.records if r.exc_info], "a traceback was logged"
    assert server.hits["/go"] == 1


def test_a_source_link_of_another_scheme_is_named_as_refused(tmp_path):
    links = ["file:///etc/passwd", "javascript:alert(1)", "ftp://ftp.example.com/x", "data:text/html,hi"]
    (tmp_path / "a.md").write_text(hostile.article(links), encoding="utf-8")
    proc = run("check", str(tmp_path / "a.md"), "--no-cache", "--no-archive", "--format", "json",
               "--fail-on", "never", "--quiet")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)["articles"][0]
    kinds = [s["resolution"].get("error_kind") for s in report["sources"]]
    assert kinds == ["refused-scheme"] * 4
    messages = [f["message"] for f in report["findings"] if f["name"] == "unreachable-source"]
    named = [m.split("uses the ")[1].split(" ")[0] for m in messages]
    assert named == ["file:", "javascript:", "ftp:", "data:"]
