"""SARIF 2.1.0: valid against the official schema, rules from the registry, stable fingerprints."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from provenance.checks.registry import RULES
from provenance.formats import get_formatter
from provenance.formats.sarif import FINGERPRINT_KEY, artifact_uri

SARIF_SCHEMA = Path(__file__).resolve().parents[2] / ".." / "shared" / "spec" / "sarif-schema-2.1.0.json"


def _sarif(report) -> dict:
    return json.loads(get_formatter("sarif").render(report))


def _prints(report) -> list[str]:
    return [r["partialFingerprints"][FINGERPRINT_KEY] for r in _sarif(report)["runs"][0]["results"]]


def test_sarif_matches_the_golden_file(report, golden):
    golden("report.sarif", get_formatter("sarif").render(report))


def test_sarif_validates_against_the_official_schema(report):
    if not SARIF_SCHEMA.is_file():
        pytest.skip("../shared/spec/sarif-schema-2.1.0.json is absent")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft7Validator(schema).validate(_sarif(report))


def test_rules_come_from_the_registry(report):
    driver = _sarif(report)["runs"][0]["tool"]["driver"]
    assert driver["name"] == "provenance" and driver["version"] == "0.0.0-test"
    assert [r["id"] for r in driver["rules"]] == [r.code for r in RULES]
    misquote = next(r for r in driver["rules"] if r["name"] == "misquote")
    assert misquote["shortDescription"]["text"] == "A quotation differs from its source."
    assert misquote["defaultConfiguration"]["level"] == "error"
    assert misquote["help"]["text"].startswith("Quote the source word for word")


def test_results_point_at_their_rule_with_level_and_location(report):
    run = _sarif(report)["runs"][0]
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["PV301"] == "error" and levels["PV101"] == "warning" and levels["PV304"] == "note"
    for result in run["results"]:
        assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "news/open-models.md"
        assert location["region"]["startLine"] >= 1 and location["region"]["startColumn"] >= 1


def test_fingerprints_are_identical_across_two_renders(report, make_report):
    assert _prints(report) == _prints(make_report())


def test_fingerprints_survive_lines_moving(report, make_report):
    assert _prints(make_report(shift=7)) == _prints(report)


def test_fingerprints_differ_between_findings(report):
    prints = _prints(report)
    assert len(set(prints)) == len(prints)


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        ("news/a.md", "news/a.md"),
        ("news\\a b.md", "news/a%20b.md"),
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("a:b.md", "a%3Ab.md"),
    ],
)
def test_artifact_uri(path, uri):
    assert artifact_uri(path) == uri
