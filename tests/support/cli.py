"""The real console entry point in a subprocess, as a user or CI runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "open-source-ai-models.txt"


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None
        ) -> subprocess.CompletedProcess[str]:
    """The real console entry point in a subprocess: what a user or CI sees (`env` adds variables)."""
    base = {k: v for k, v in os.environ.items() if k != "PROVENANCE_DEBUG"}  # as a user runs it
    env = {**base, "NO_COLOR": "1", **(env or {})}
    return subprocess.run([sys.executable, "-m", "provenance", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=env, timeout=120)
