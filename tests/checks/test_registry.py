"""The registry of finding codes: well-formed, never repeated, and the README's table is the registry."""

from __future__ import annotations

import re

import pytest

from provenance.checks.registry import RULES, Rule, _index, names_for
from provenance.models import Severity
from tests.support.cli import ROOT


def _rule(code: str, name: str) -> Rule:
    return Rule(code, name, Severity.INFO, "summary", "description", "help")


@pytest.mark.parametrize(
    ("rules", "message"),
    [
        ((_rule("PV101", "a-name"), _rule("PV101", "another-name")), "code 'PV101' is registered twice"),
        ((_rule("PV101", "a-name"), _rule("PV102", "a-name")), "name 'a-name' is registered twice"),
        ((_rule("PV51", "a-name"),), "finding code 'PV51' is not"),
        ((_rule("PV501", "a-name"),), "finding code 'PV501' is not"),  # no such family
        ((_rule("PV101", "Not_A_Name"),), "finding name 'Not_A_Name' is not"),
    ],
)
def test_a_malformed_or_repeated_rule_is_refused(rules, message):
    with pytest.raises(ValueError, match=re.escape(message)):
        _index(rules)


def test_a_code_prefix_stands_for_its_family_as_in_flake8_and_ruff():
    assert names_for("PV3") == ("misquote", "misattributed-quote", "unsupported-quote", "elided-negation",
                                "unverifiable-quote")
    assert names_for("pv10") == ("undated-source", "vague-publisher", "truncated-title", "duplicate-source")
    assert len(names_for("PV")) == len(RULES)


@pytest.mark.parametrize("given", ["PV301", "pv301", "misquote", " misquote "])
def test_a_name_or_a_code_stands_for_one_finding(given):
    assert names_for(given) == ("misquote",)


@pytest.mark.parametrize("given", ["PV999", "PV3x", "P", "nope", "PV3011", ""])
def test_anything_else_stands_for_nothing(given):
    assert names_for(given) == ()


def test_the_readme_finding_table_is_the_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (PV\d{3}) \| `([a-z-]+)` \| (\w+) \|", readme, re.M)
    assert sorted(rows) == sorted((r.code, r.name, r.severity.value) for r in RULES)
