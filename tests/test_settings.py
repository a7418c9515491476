"""Settings files: where they are found, every key, the command line winning, and clear errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest

from provenance.checks.base import finding
from provenance.config import Config
from provenance.errors import ConfigError
from provenance.models import Article, ArticleReport, Citation
from provenance.policy import apply_policy
from provenance.settings import KEYS, build_config, load_settings

CLI_OPTIONS = [
    "format",
    "output",
    "cassette",
    "record-mode",
    "library",
    "offline",
    "fail-on",
    "select",
    "ignore",
    "cache-dir",
    "no-cache",
    "allow-private-addresses",
    "baseline",
    "quiet",
    "timeout",
    "concurrency",
    "per-host",
    "max-bytes",
]


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("option", CLI_OPTIONS + ["severity", "per-path-ignores"])
def test_every_option_has_a_key(option):
    assert option in KEYS


def test_no_file_no_settings(tmp_path):
    assert load_settings(None, tmp_path) == {}


def test_pyproject_tool_provenance(tmp_path):
    _write(
        tmp_path,
        "pyproject.toml",
        """
[project]
name = "x"

[tool.provenance]
format = "json"
fail-on = "warning"
ignore = ["undated-source", "PV102"]
offline = true
timeout = 5
per_host = 3
cassette = "cassettes/run.yaml"
severity = { undated-source = "info", PV301 = "warning" }
per-path-ignores = { "drafts/*.md" = ["truncated-title"], "archive/**" = "uncited-source, PV101" }
""",
    )
    assert load_settings(None, tmp_path) == {
        "format": "json",
        "fail_on": "warning",
        "ignore": ("undated-source", "vague-publisher"),
        "offline": True,
        "timeout": 5.0,
        "per_host": 3,
        "cassette": "cassettes/run.yaml",
        "severity": {"undated-source": "info", "misquote": "warning"},
        "per_path_ignores": {
            "drafts/*.md": ("truncated-title",),
            "archive/**": ("uncited-source", "undated-source"),
        },
    }


def test_setup_cfg_provenance_section(tmp_path):
    _write(
        tmp_path,
        "setup.cfg",
        """
[metadata]
name = x

[provenance]
format = sarif
no-cache = yes
allow_private_addresses = off
select = misquote, PV303
    unverifiable-quote
max-bytes = 2000000
severity = undated-source:info, vague-publisher = error
per-path-ignores =
    drafts/*.md: truncated-title, undated-source
    archive/**:PV206
    old/**: PV10
""",
    )
    assert load_settings(None, tmp_path) == {
        "format": "sarif",
        "no_cache": True,
        "allow_private_addresses": False,
        "select": ("misquote", "unsupported-quote", "unverifiable-quote"),
        "max_bytes": 2_000_000,
        "severity": {"undated-source": "info", "vague-publisher": "error"},
        "per_path_ignores": {
            "drafts/*.md": ("truncated-title", "undated-source"),
            "archive/**": ("uncited-source",),
            "old/**": ("undated-source", "vague-publisher", "truncated-title", "duplicate-source"),
        },
    }


def test_pyproject_without_the_table_falls_back_to_setup_cfg(tmp_path):
    _write(tmp_path, "pyproject.toml", "[tool.ruff]\nline-length = 100\n")
    _write(tmp_path, "setup.cfg", "[provenance]\nquiet = true\n")
    assert load_settings(None, tmp_path) == {"quiet": True}


def test_pyproject_wins_over_setup_cfg(tmp_path):
    _write(tmp_path, "pyproject.toml", "[tool.provenance]\nquiet = false\n")
    _write(tmp_path, "setup.cfg", "[provenance]\nquiet = true\n")
    assert load_settings(None, tmp_path) == {"quiet": False}


def test_setup_cfg_tool_colon_section(tmp_path):
    _write(tmp_path, "setup.cfg", "[tool:provenance]\nconcurrency = 4\n")
    assert load_settings(None, tmp_path) == {"concurrency": 4}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("provenance.toml", 'fail-on = "info"\n'),
        ("provenance.toml", '[provenance]\nfail-on = "info"\n'),
        ("custom.toml", '[tool.provenance]\nfail-on = "info"\n'),
        ("ci.cfg", "[provenance]\nfail-on = info\n"),
        ("ci.ini", "[provenance]\nfail_on = INFO\n"),
    ],
)
def test_config_option_reads_the_named_file(tmp_path, name, text):
    _write(tmp_path, "setup.cfg", "[provenance]\nfail-on = never\n")  # not read when --config is given
    _write(tmp_path, name, text)
    assert load_settings(name, tmp_path) == {"fail_on": "info"}


def test_paths_in_a_settings_file_elsewhere_are_relative_to_that_file(tmp_path):
    (tmp_path / "ci").mkdir()
    _write(tmp_path / "ci", "provenance.toml", 'cassette = "tapes/a.yaml"\nlibrary = "/abs/lib"\n')
    assert load_settings("ci/provenance.toml", tmp_path) == {
        "cassette": "ci/tapes/a.yaml",
        "library": "/abs/lib",
    }


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "pyproject.toml",
            '[tool.provenance]\nfail_onn = "error"\n',
            "unknown setting 'fail_onn' (did you mean 'fail-on'?)",
        ),
        ("pyproject.toml", "[tool.provenance]\ncolour = true\n", "unknown setting 'colour'"),
        (
            "pyproject.toml",
            '[tool.provenance]\nignore = ["undated-sources"]\n',
            "unknown finding name or code 'undated-sources'",
        ),
        ("pyproject.toml", '[tool.provenance]\nselect = "PV999"\n', "unknown finding name or code 'PV999'"),
        (
            "pyproject.toml",
            '[tool.provenance]\nseverity = {nope = "info"}\n',
            "unknown finding name or code 'nope'",
        ),
        (
            "pyproject.toml",
            '[tool.provenance]\nseverity = {misquote = "fatal"}\n',
            "level of 'misquote' must be one of",
        ),
        (
            "pyproject.toml",
            '[tool.provenance]\nper-path-ignores = {"a/*" = ["x"]}\n',
            "unknown finding name or code 'x'",
        ),
        ("pyproject.toml", '[tool.provenance]\nformat = "xml"\n', "format: expected one of text, json"),
        (
            "pyproject.toml",
            '[tool.provenance]\nfail-on = "warn"\n',
            "fail-on: expected one of error, warning",
        ),
        ("pyproject.toml", "[tool.provenance]\ntimeout = -1\n", "timeout: expected a positive number"),
        (
            "pyproject.toml",
            '[tool.provenance]\nconcurrency = "many"\n',
            "concurrency: expected a positive whole number",
        ),
        ("pyproject.toml", '[tool.provenance]\noffline = "maybe"\n', "offline: expected true or false"),
        ("pyproject.toml", "[tool.provenance]\nignore = 3\n", "ignore: expected a list"),
        ("pyproject.toml", "[tool.provenance\n", "not valid TOML"),
        ("pyproject.toml", "[tool]\nprovenance = 3\n", "[tool.provenance] must be a table"),
        ("setup.cfg", "[provenance]\nseverity = misquote\n", "expected `name:level` pairs"),
        ("setup.cfg", "[provenance]\nper-path-ignores = misquote\n", "expected lines of `glob: name, name`"),
        ("setup.cfg", "[provenance]\nignore = undated-source, typo\n", "unknown finding name or code 'typo'"),
        ("setup.cfg", "[provenance\nx=1\n", "not a valid settings file"),
    ],
)
def test_errors_are_one_line_config_errors(tmp_path, name, text, message):
    _write(tmp_path, name, text)
    with pytest.raises(ConfigError) as e:
        load_settings(None, tmp_path)
    assert message in str(e.value)
    assert "\n" not in str(e.value)
    assert str(e.value).startswith(name)


@pytest.mark.parametrize(
    ("config_file", "text", "message"),
    [
        ("missing.toml", None, "settings file not found: missing.toml"),
        ("other.cfg", "[flake8]\nx = 1\n", "no [provenance] or [tool.provenance] section"),
    ],
)
def test_config_option_errors(tmp_path, config_file, text, message):
    if text is not None:
        _write(tmp_path, config_file, text)
    with pytest.raises(ConfigError, match=re.escape(message)):
        load_settings(config_file, tmp_path)


def test_the_command_line_wins():
    settings = {"format": "json", "fail_on": "warning", "ignore": ("undated-source",), "quiet": True}
    config = build_config(settings, {"format": "sarif", "ignore": "PV102,misquote", "quiet": None})
    assert config == Config(
        format="sarif", fail_on="warning", ignore=("vague-publisher", "misquote"), quiet=True
    )


def test_defaults_without_settings_or_options():
    assert build_config({}, {}) == Config()


def test_command_line_values_are_checked_too():
    with pytest.raises(ConfigError, match=r"^--ignore: unknown finding name or code 'nope'$"):
        build_config({}, {"ignore": ("nope",)})
    with pytest.raises(ConfigError, match=r"^--fail-on: expected one of"):
        build_config({}, {"fail_on": "sometimes"})


def _seed_like_report() -> ArticleReport:
    article = Article(
        path="seed.txt",
        format="text",
        title="T",
        published=dt.date(2026, 3, 15),
        byline=None,
        body="",
        citations=(
            Citation("5", '5 News Report, "The Download"', "News Report", "The Download", None, None, 40),
        ),
        quotes=(),
    )
    findings = (
        finding("undated-source", "Source 5 gives no date.", 40, 1, source="5"),
        finding("vague-publisher", "Source 5 names no outlet.", 40, 3, source="5"),
        finding("unresolved-source", "Source 5 could not be found.", 40, 1, source="5"),
    )
    return ArticleReport(article, {}, {}, findings)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("setup.cfg", "[provenance]\nignore = undated-source\n"),
        ("pyproject.toml", '[tool.provenance]\nignore = "undated-source"\n'),
        ("pyproject.toml", '[tool.provenance]\nignore = ["undated-source"]\n'),
    ],
)
def test_ignore_in_a_settings_file_removes_that_finding_and_nothing_else(tmp_path, name, text):
    _write(tmp_path, name, text)
    ar = _seed_like_report()
    after = apply_policy(ar, build_config(load_settings(None, tmp_path), {}))
    assert list(after.findings) == [f for f in ar.findings if f.name != "undated-source"]
    assert dataclasses.replace(after, findings=ar.findings) == ar
