"""What the tool recovers from is logged, never swallowed silently: quiet by default, on stderr with -v."""

from __future__ import annotations

import logging
from pathlib import Path

from provenance.article.frontmatter import front_matter
from tests.support.cli import run

BROKEN_FRONT_MATTER = """---
title: "An unclosed quote
date: 2025-12-03
---

The minister said "the budget is balanced" on Monday.
"""


def test_a_recovered_parser_failure_is_logged_with_its_traceback(caplog):
    with caplog.at_level(logging.DEBUG, logger="provenance"):
        meta, _ = front_matter(BROKEN_FRONT_MATTER.splitlines())
    assert meta.get("date") == "2025-12-03"  # still read, from its key: value lines
    record = next(r for r in caplog.records if r.name == "provenance.article.frontmatter")
    assert "not valid YAML" in record.getMessage() and record.exc_info is not None


def test_the_library_logger_is_silent_until_configured():
    handlers = logging.getLogger("provenance").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_the_log_reaches_stderr_only_when_asked(tmp_path: Path):
    article = tmp_path / "article.md"
    article.write_text(BROKEN_FRONT_MATTER, encoding="utf-8")
    quiet = run("check", str(article), "--offline", "-q", "--fail-on", "never")
    debug = run("check", str(article), "--offline", "-q", "--fail-on", "never", env={"PROVENANCE_DEBUG": "1"})
    assert quiet.returncode == debug.returncode == 0
    assert "not valid YAML" not in quiet.stderr
    assert "provenance: DEBUG provenance.article.frontmatter: front matter is not valid YAML" in debug.stderr


def test_verbose_is_an_option_of_check_and_inspect():
    assert "--verbose" in run("check", "--help").stdout
    assert "--verbose" in run("inspect", "--help").stdout
