"""One table of options: the command line, the settings file, the defaults and the README agree."""

from __future__ import annotations

import dataclasses
import re

import click

from provenance import options
from provenance.cli import check, inspect
from provenance.config import Config
from provenance.fetch.outcome import FetchOptions
from provenance.formats import FORMAT_NAMES
from provenance.settings import KEYS
from tests.support.cli import ROOT

CLI_ONLY = {"paths", "config_file", "verbose"}  # not settings: what to check, which file, how loud


def _option_names(command: click.Command) -> set[str]:
    return {p.name for p in command.params if p.name} - CLI_ONLY


def test_every_check_option_is_a_settings_key_and_back():
    assert {n.replace("_", "-") for n in _option_names(check)} == set(KEYS) - {"severity", "per-path-ignores"}


def test_inspect_takes_the_network_options_of_check():
    assert _option_names(inspect) - {"inspect_format"} <= _option_names(check)


def test_the_defaults_are_written_once():
    fetch = {f.name: f.default for f in dataclasses.fields(FetchOptions)}
    config = {f.name: f.default for f in dataclasses.fields(Config)}
    for name, value in (("timeout", options.TIMEOUT), ("source_deadline", options.SOURCE_DEADLINE),
                        ("deadline", options.DEADLINE), ("concurrency", options.CONCURRENCY),
                        ("per_host", options.PER_HOST), ("max_bytes", options.MAX_BYTES)):
        assert fetch[name] == config[name] == value
    assert Config().fetch_options() == FetchOptions()


def test_the_formats_are_the_plug_ins():
    assert FORMAT_NAMES == options.FORMATS


def test_the_readme_option_table_names_every_option_of_check():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = "\n".join(line for line in readme.splitlines() if line.startswith("| `-"))
    written = set(re.findall(r"--([a-z-]+)", table))
    for param in check.params:
        if isinstance(param, click.Option):
            longs = {o[2:] for o in param.opts + param.secondary_opts if o.startswith("--")}
            assert longs & written, f"the README's option table lacks {sorted(longs)}"


def test_the_readme_gives_the_network_defaults():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    limits = (f"{options.TIMEOUT:g} s, {options.CONCURRENCY} at once, {options.PER_HOST} per host, "
              f"{options.MAX_BYTES // 1_000_000} MB decoded")
    assert f"network limits: {limits}" in readme
