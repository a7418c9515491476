"""The pre-commit hooks and the GitHub Action that ship with the project are well-formed."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_pre_commit_hooks_offer_an_offline_and_a_networked_check():
    listed = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hooks = {h["id"]: h for h in listed}
    assert hooks["provenance-structure"]["entry"] == "provenance check --offline"
    assert hooks["provenance"]["entry"] == "provenance check"
    for hook in hooks.values():
        assert hook["language"] == "python"
        assert {"name", "files"} <= hook.keys()


def test_the_action_is_composite_with_the_inputs_ci_needs():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert {"args", "fail-on", "format", "upload-sarif"} <= action["inputs"].keys()
    steps = action["runs"]["steps"]
    upload = next(s for s in steps if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif"))
    assert "inputs.format == 'sarif'" in upload["if"]
    for step in steps:  # inputs reach shell scripts through env, never interpolated into the script
        assert "${{ inputs." not in step.get("run", "")
