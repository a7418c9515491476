"""`--format jsonl` and the JSON report written as it grows: the same report as `--format json`, in pieces."""

from __future__ import annotations

import dataclasses
import json

import jsonschema
import pytest
from referencing import Registry, Resource

from provenance.formats.json import JsonFormatter, load_schema, report_to_dict
from provenance.formats.jsonl import JsonlFormatter, load_line_schema

REPORT_SCHEMA = load_schema()
LINE_VALIDATOR = jsonschema.Draft202012Validator(
    load_line_schema(),
    registry=Registry().with_resource(REPORT_SCHEMA["$id"], Resource.from_contents(REPORT_SCHEMA)),
)


def _streamed(formatter, report) -> str:
    return (formatter.begin(report.generated_at, report.tool_version)
            + "".join(formatter.article(ar) for ar in report.articles)
            + formatter.end(report.fail_on, report.errors))


def test_the_line_schema_is_a_valid_draft_2020_12_schema():
    jsonschema.Draft202012Validator.check_schema(load_line_schema())


def test_one_line_per_article_in_order_then_the_summary_line(report):
    lines = [json.loads(line) for line in JsonlFormatter().render(report).splitlines()]
    whole = report_to_dict(report)
    assert lines[:-1] == whole["articles"]
    assert lines[-1] == {k: v for k, v in whole.items() if k != "articles"}


def test_every_line_validates_against_the_shipped_line_schema(report):
    for line in JsonlFormatter().render(report).splitlines():
        LINE_VALIDATOR.validate(json.loads(line))


@pytest.mark.parametrize("line", [
    {"path": "a.md"},  # an article line lacking the contract's fields
    {"schema_version": 1, "tool": {"name": "provenance", "version": "1"},
     "generated_at": "2026-01-01T00:00:00Z",
     "summary": {"articles": 0, "sources": 0, "claims": 0, "findings": {"error": 0, "warning": 0, "info": 0}},
     "articles": []},  # a whole report is not a line
])
def test_the_line_schema_refuses_what_is_not_a_line(line):
    with pytest.raises(jsonschema.ValidationError):
        LINE_VALIDATOR.validate(line)



def test_the_json_report_written_in_pieces_is_the_json_report(report):
    assert _streamed(JsonFormatter(), report) == JsonFormatter().render(report)


def test_a_json_report_of_one_article_and_of_none_in_pieces_too(report):
    for articles in (report.articles[:1], ()):
        part = dataclasses.replace(report, articles=articles, errors=("x.md: cannot be read",))
        assert _streamed(JsonFormatter(), part) == JsonFormatter().render(part)
