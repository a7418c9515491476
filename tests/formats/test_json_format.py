"""The JSON report is the public contract: golden file, the shipped schema, and the contract's rules."""

from __future__ import annotations

import copy
import dataclasses
import json

import jsonschema
import pytest

from provenance.formats import get_formatter
from provenance.formats.json import load_schema, report_to_dict

VALIDATOR = jsonschema.Draft202012Validator(load_schema())


def test_the_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(load_schema())


def test_json_matches_the_golden_file(report, golden):
    golden("report.json", get_formatter("json").render(report))


def test_json_validates_against_the_shipped_schema(report):
    VALIDATOR.validate(json.loads(get_formatter("json").render(report)))


def test_summary_counts_articles_sources_claims_and_findings_by_severity(report):
    summary = report_to_dict(report)["summary"]
    assert summary["articles"] == 2
    assert summary["sources"] == 3
    assert summary["claims"] == 5
    assert summary["findings"] == {"error": 1, "warning": 6, "info": 3}


def test_header_fields(report):
    d = report_to_dict(report)
    assert d["schema_version"] == 1
    assert d["tool"] == {"name": "provenance", "version": "0.0.0-test"}
    assert d["generated_at"] == "2026-11-28T12:00:00Z"


def test_sources_carry_their_resolution(report):
    sources = report_to_dict(report)["articles"][0]["sources"]
    assert [s["resolution"]["status"] for s in sources] == ["fetched", "unreachable", "unresolved"]
    fetched = sources[0]["resolution"]
    assert fetched["page_title"] == "Berg: open models get 14 million euros"
    assert fetched["page_published"] == "2026-03-01"
    assert fetched["sha256"] == "a" * 64
    assert sources[1]["resolution"]["http_status"] == 404
    assert sources[1]["date"] is None
    assert sources[0]["date"] == "2026-03-01"


def test_a_source_nobody_resolved_is_unresolved_and_a_quote_nobody_judged_is_unverifiable(report):
    ar = dataclasses.replace(report.articles[0], resolutions={}, judgements={})
    d = report_to_dict(dataclasses.replace(report, articles=(ar,)))
    VALIDATOR.validate(d)
    assert {s["resolution"]["status"] for s in d["articles"][0]["sources"]} == {"unresolved"}
    assert {c["verdict"] for c in d["articles"][0]["claims"]} == {"unverifiable"}
    assert {c["score"] for c in d["articles"][0]["claims"]} == {0}


def test_misquoted_claim_lists_its_differences(report):
    q1 = report_to_dict(report)["articles"][0]["claims"][0]
    assert q1["verdict"] == "misquoted"
    assert q1["differences"] == [
        {"kind": "number", "quoted": "40", "source": "14"},
        {"kind": "word", "quoted": "this", "source": "next"},
    ]


def test_findings_come_in_reading_order(report):
    findings = report_to_dict(report)["articles"][0]["findings"]
    positions = [(f["line"], f["column"]) for f in findings]
    assert positions == sorted(positions)


def test_non_ascii_is_written_as_is(report):
    assert "“14”" in get_formatter("json").render(report)


def _broken(path: list, value):
    def apply(d):
        target = d
        for key in path[:-1]:
            target = target[key]
        if value is KeyError:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return apply


@pytest.mark.parametrize(
    "change",
    [
        _broken(["schema_version"], 2),
        _broken(["summary", "findings", "error"], -1),
        _broken(["articles", 0, "published"], "15 March 2026"),
        _broken(["articles", 0, "sources", 0, "resolution", "status"], "ok"),
        _broken(["articles", 0, "sources", 0, "resolution", "page_title"], KeyError),
        _broken(["articles", 0, "claims", 0, "verdict"], "false"),
        _broken(["articles", 0, "claims", 0, "differences", 0, "kind"], "typo"),
        _broken(["articles", 0, "claims", 0, "score"], 101),
        _broken(["articles", 0, "findings", 0, "severity"], "fatal"),
        _broken(["articles", 0, "findings", 0, "line"], 0),
        _broken(["articles", 0, "findings", 0, "claim"], KeyError),
        _broken(["generated_at"], "2026-11-28 12:00"),
    ],
)
def test_the_schema_is_strict_about_the_contract(report, change):
    d = copy.deepcopy(report_to_dict(report))
    change(d)
    assert not VALIDATOR.is_valid(d)


def test_the_schema_allows_extra_fields(report):
    d = report_to_dict(report)
    d["future"] = {"x": 1}
    d["articles"][0]["claims"][0]["confidence"] = 0.5
    VALIDATOR.validate(d)
