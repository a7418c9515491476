"""Hostile cassettes: refused with one line (exit 2) before they cost memory, never a traceback."""

from __future__ import annotations

import pytest

from provenance.errors import ConfigError
from provenance.fetch import cassette as cassettes
from provenance.fetch.cassette import load_interactions
from tests.support import hostile
from tests.support.cli import run


def _written(tmp_path, text: str):
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("where", ["uri", "header", "message"])
def test_a_billion_laughs_in_any_field_is_refused(tmp_path, where):
    path = _written(tmp_path, hostile.laughs_cassette(where))
    with pytest.raises(ConfigError, match="aliases that expand beyond"):
        load_interactions(str(path))


def test_one_body_aliased_many_times_is_refused(tmp_path):
    path = _written(tmp_path, hostile.aliased_body_cassette(body_bytes=10_000, times=300))
    with pytest.raises(ConfigError, match="aliases"):
        load_interactions(str(path))


def test_a_small_alias_as_a_yaml_writer_may_make_still_loads(tmp_path):
    text = ("interactions:\n- request: {method: GET, uri: 'http://a.example/1', headers: &h {Accept: [x]}}\n"
            "  response: {status: {code: 200, message: OK}, headers: {}, body: {string: one}}\n"
            "- request: {method: GET, uri: 'http://a.example/2', headers: *h}\n"
            "  response: {status: {code: 200, message: OK}, headers: {}, body: {string: two}}\n")
    loaded = load_interactions(str(_written(tmp_path, text)))
    assert [i.request_headers for i in loaded] == [(("Accept", "x"),)] * 2


@pytest.mark.parametrize("code", [".inf", "-.inf", ".nan", "99999999999999999999", "0", "'abc'", "[200]"])
def test_a_status_that_is_not_an_http_status_is_refused(tmp_path, code):
    path = _written(tmp_path, hostile.status_cassette(code))
    with pytest.raises(ConfigError, match="status code must be a number from 100 to 599"):
        load_interactions(str(path))


@pytest.mark.parametrize("text, said", [
    ("interactions:\n- !!python/object:os.system {}\n", "tag"),
    ("interactions:\n" + "- " * 40 + "x\n", "nesting deeper"),
    ("interactions:\n- request: {uri: *nothing}\n", "names no anchor"),
    ("interactions:\n- {request: {uri: [a]}, response: {}}\n", "a uri must be a string"),
    ("interactions: [1, 2]\n", "must hold a `request`"),
    ("interactions: []\n---\ninteractions: []\n", "more than one YAML document"),
    ("interactions:\n- request: {uri: !!binary 'not base64!'}\n", "not base64"),
])
def test_yaml_a_cassette_never_holds_is_refused(tmp_path, text, said):
    with pytest.raises(ConfigError, match=said):
        load_interactions(str(_written(tmp_path, text)))


def test_an_interaction_too_large_to_parse_is_refused_before_parsing(tmp_path, monkeypatch):
    monkeypatch.setattr(cassettes, "MAX_ITEM_BYTES", 1_000)  # the limit's logic, at a small size
    path = tmp_path / "big.yaml"
    hostile.write_one_big_body(path, 0)
    with path.open("a", encoding="utf-8") as out:
        out.write(hostile.aliased_body_cassette(body_bytes=5_000, times=1).split("\n", 1)[1])
    with pytest.raises(ConfigError, match="one interaction spans"):
        load_interactions(str(path))


@pytest.mark.parametrize("text", [hostile.laughs_cassette("uri"), hostile.status_cassette(".inf")])
def test_the_command_line_says_so_in_one_line_and_exits_2(tmp_path, text):
    cassette = _written(tmp_path, text)
    (tmp_path / "a.md").write_text(hostile.article(["http://a.example/page"]), encoding="utf-8")
    result = run("check", str(tmp_path / "a.md"), "--cassette", str(cassette), "--quiet")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "cannot be read as a VCR cassette" in result.stderr
    assert "Traceback" not in result.stderr
