"""Is every source that can be read, read? resolution.status against the dev labels (issue 3: >= 0.98).

    .venv/bin/python benchmarks/resolution_status.py [../shared/bench/dev]

Runs `provenance check` over the set (replayed) and compares each source's resolution.status with the
label's `resolution`, printing the share right, a confusion table and every disagreement.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / ".." / "shared" / "bench" / "dev"


def main() -> int:
    setdir = Path(sys.argv[1] if len(sys.argv) > 1 else DEFAULT).resolve()
    labels = [json.loads(line) for line in (setdir / "labels.jsonl").read_text().splitlines() if line.strip()]
    exe = Path(sys.executable).with_name("provenance")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.json"
        subprocess.run([str(exe), "check", str(setdir / "articles"),
                        "--cassette", str(setdir / "cassette.yaml"), "--library", str(setdir / "library"),
                        "--format", "json", "-o", str(out), "--fail-on", "never", "--quiet"], check=True)
        report = json.loads(out.read_text())
    by_name = {Path(a["path"]).name: a for a in report["articles"]}
    confusion: Counter[tuple[str, str]] = Counter()
    for label in labels:
        sources = {s["id"]: s for s in by_name[Path(label["article"]).name]["sources"]}
        for src in label["sources"]:
            got = sources.get(src["id"], {}).get("resolution", {}).get("status", "missing")
            confusion[(src["resolution"], got)] += 1
            if got != src["resolution"]:
                print(f"{label['article']} source {src['id']}: expected {src['resolution']}, got {got}")
    right = sum(n for (e, g), n in confusion.items() if e == g)
    total = sum(confusion.values())
    for (e, g), n in sorted(confusion.items()):
        print(f"  expected {e:12s} got {g:12s} {n}")
    print(f"resolution.status right: {right}/{total} = {right / total:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
