"""The command line: every exit code, one-line errors, and the seed article end to end."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from provenance.cli import main
from tests.support.cli import SEED, run


def seed_json(*extra: str) -> dict:
    proc = run("check", str(SEED), "--offline", "--format", "json", "--fail-on", "never", *extra)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_seed_article_end_to_end() -> None:
    (art,) = seed_json()["articles"]
    assert art["title"] == "Open-Source AI Models Gain Ground Against Big Tech in Global Development Race"
    assert art["published"] == "2026-03-15"
    assert art["byline"] == "Salvado"
    assert [(s["id"], s["publisher"], s["date"]) for s in art["sources"]] == [
        ("1", "News Report", "2026-03-01"),
        ("2", "Yahoo Finance", "2026-02-20"),
        ("3", "Yahoo Finance", "2025-12-03"),
        ("4", "Globe Newswire", "2026-02-27"),
        ("5", "News Report", None),
    ]
    assert art["sources"][3]["title"].endswith("Optimizing Patient Management thro")
    assert art["sources"][1]["title"] == "Modi’s Chaotic AI Summit Showed India’s Clout and Constraints"

    def sources_with(name: str) -> list[str]:
        return [f["source"] for f in art["findings"] if f["name"] == name]

    assert sources_with("undated-source") == ["5"]
    assert sources_with("vague-publisher") == ["1", "5"]
    assert sources_with("truncated-title") == ["4"]
    assert sources_with("unresolved-source") == ["1", "2", "3", "4", "5"]
    assert len(sources_with("ai-generated-image")) == 1
    (claim,) = art["claims"]
    assert claim["text"].startswith("AI is becoming ubiquitous, but how these computational engines")
    assert claim["text"].endswith("keep probing with fundamental questions.")
    assert (claim["speaker"], claim["verdict"]) == ("Hidenori Tanaka", "unverifiable")
    names = {f["name"] for f in art["findings"]}
    assert not names & {"misquote", "misattributed-quote", "unsupported-quote"}
    assert all(f["line"] >= 1 and f["column"] >= 1 for f in art["findings"])


def test_the_seed_report_validates_against_the_shipped_schema() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from provenance.formats.json import load_schema

    jsonschema.validate(seed_json(), load_schema())


@pytest.mark.parametrize("fail_on, code", [("warning", 1), ("info", 1), ("error", 0), ("never", 0)])
def test_fail_on_sets_the_exit_code(fail_on: str, code: int) -> None:
    assert run("check", str(SEED), "--offline", "--fail-on", fail_on).returncode == code


def test_ignore_removes_that_finding_and_nothing_else() -> None:
    full = seed_json()["articles"][0]["findings"]
    fewer = seed_json("--ignore", "undated-source")["articles"][0]["findings"]
    assert [f for f in full if f["name"] != "undated-source"] == fewer


def test_ignore_in_setup_cfg(tmp_path: Path) -> None:
    (tmp_path / "setup.cfg").write_text("[provenance]\nignore = undated-source\n")
    proc = run("check", str(SEED), "--offline", "--format", "json", "--fail-on", "never", cwd=tmp_path)
    names = [f["name"] for f in json.loads(proc.stdout)["articles"][0]["findings"]]
    assert "undated-source" not in names and "vague-publisher" in names


def test_output_file_and_progress_never_on_stdout(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    proc = run("check", str(SEED), "--offline", "--format", "json", "-o", str(out))
    assert proc.stdout == ""
    assert json.loads(out.read_text())["summary"]["articles"] == 1


def test_the_report_never_overwrites_an_input(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(SEED.read_text())
    proc = run("check", str(article), "--offline", "-o", str(article))
    assert proc.returncode == 2
    assert article.read_text() == SEED.read_text()


def test_a_folder_is_checked_recursively(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "seed.txt").write_text(SEED.read_text())
    (tmp_path / "notes.csv").write_text("not an article")
    proc = run("check", str(tmp_path), "--offline", "--format", "json", "--fail-on", "never")
    paths = [a["path"] for a in json.loads(proc.stdout)["articles"]]
    assert paths == [os.path.join(str(tmp_path), "sub", "seed.txt")]


BROKEN = {
    "empty.txt": b"",
    "blank.md": b"  \n\n\t\n",
    "binary.txt": bytes(range(256)) * 40,
    "nul.html": b"<p>Hello\x00world</p>" * 10,
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_unreadable_input_is_one_line_and_exit_2(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(BROKEN[name])
    proc = run("check", str(path), "--offline")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("provenance: error: ")


def test_a_missing_path_is_exit_2() -> None:
    proc = run("check", "no/such/article.md")
    assert proc.returncode == 2 and "no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_a_huge_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.write(b"Words and more words.\n" * 1_000_000)  # 22 MB
    proc = run("check", str(path), "--offline")
    assert proc.returncode == 2 and "too large" in proc.stderr


@pytest.mark.parametrize("name, data", [
    ("invalid-utf8.txt", b"Title\n\n\xff\xfe\xfa broken bytes \xc3 \"A quote here,\" she said.\n"),
    ("deep.html", b"<div>" * 20000 + b"<p>\"Deep words,\" he said.</p>" + b"</div>" * 20000),
    ("feb31.md", b"---\ntitle: T\ndate: 2020-02-31\n---\n\nText.\n\n## Sources\n\n1. X, \"Y\" "
                 b"(31 February 2020)\n"),
])
def test_hostile_input_gets_a_report_not_a_traceback(tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    proc = run("check", str(path), "--offline", "--format", "json", "--fail-on", "never")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    json.loads(proc.stdout)


def test_a_bad_setting_is_exit_2(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.provenance]\nno-such-key = 1\n")
    proc = run("check", str(SEED), "--offline", cwd=tmp_path)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr


def test_an_unknown_format_is_a_usage_error() -> None:
    result = CliRunner().invoke(main, ["check", str(SEED), "--format", "pdf"])
    assert result.exit_code == 2


def test_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0 and "provenance" in result.output


def test_the_report_never_overwrites_an_article_inside_a_folder_given(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text(SEED.read_text())
    proc = run("check", str(tmp_path), "--offline", "-o", str(article))
    assert proc.returncode == 2 and "overwrite" in proc.stderr
    assert article.read_text() == SEED.read_text()
    fresh = tmp_path / "report.txt"
    assert run("check", str(tmp_path), "--offline", "-o", str(fresh), "--fail-on", "never").returncode == 0


def test_a_large_report_on_a_pipe_arrives_whole_before_the_process_ends(tmp_path: Path) -> None:
    # The console script leaves with os._exit (no heap teardown): everything must be flushed first.
    for n in range(40):
        (tmp_path / f"a{n:02}.txt").write_bytes(SEED.read_bytes())
    proc = run("check", str(tmp_path), "--offline", "--format", "json", "--fail-on", "warning")
    assert proc.returncode == 1, proc.stderr
    assert len(json.loads(proc.stdout)["articles"]) == 40
