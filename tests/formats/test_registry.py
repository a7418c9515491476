"""Formats are looked up by name and imported only when asked for (start-up time matters)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from provenance.formats import FORMAT_NAMES, get_formatter


@pytest.mark.parametrize("name", ["text", "json", "sarif", "github", "html", "jsonl"])
def test_every_contract_format_is_registered(name, report):
    formatter = get_formatter(name, color=False, summary_path="")
    assert formatter.name == name
    assert isinstance(formatter.render(report), str)


def test_names_in_the_contract_order_then_the_archive_format():
    assert FORMAT_NAMES == ("text", "json", "sarif", "github", "html", "jsonl")


def test_an_unknown_format_is_a_value_error():
    with pytest.raises(ValueError, match="unknown format 'xml'"):
        get_formatter("xml")


def test_importing_the_registry_imports_no_format():
    code = (
        "import sys, provenance.formats as f; "
        "print(sorted(m for m in sys.modules if m.startswith('provenance.formats.') or m == 'jsonschema'))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
