"""The whole dev set replayed, against the floor of loading its cassette and parsing every page once.

    .venv/bin/python benchmarks/dev_speed.py [../shared/bench/dev] [--runs 3]

Goal (issue 3): `provenance check` over the dev set in at most 3x the time of (load the cassette with
libyaml + parse every page once with lxml), and a peak memory under 400 MB. Prints both times (best of
--runs), their ratio and the peak resident memory of the check.

Last measured on the 2-core development machine (three repeats, --runs 7): floor 0.33-0.34 s, check
0.95-0.96 s, 2.82-2.87x, peak 117 MB. The machine is noisy: single runs vary by +-5%.
"""

from __future__ import annotations

import argparse
import importlib.util
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / ".." / "shared" / "bench" / "dev"


def floor_seconds(setdir: Path) -> float:
    """Load the cassette with libyaml and parse every page (cassette bodies, library files) with lxml."""
    import lxml.html
    import yaml

    t0 = time.perf_counter()
    with open(setdir / "cassette.yaml", "rb") as f:
        data = yaml.load(f, Loader=yaml.CSafeLoader)
    pages = [i["response"]["body"]["string"] for i in data["interactions"]]
    pages += [p.read_bytes() for p in sorted((setdir / "library").iterdir())]
    for page in pages:
        if page:
            lxml.html.document_fromstring(page.encode() if isinstance(page, str) else page)
    return time.perf_counter() - t0


def check_seconds(setdir: Path) -> float:
    exe = Path(sys.executable).with_name("provenance")
    with tempfile.TemporaryDirectory() as tmp:
        args = [str(exe), "check", str(setdir / "articles"), "--cassette", str(setdir / "cassette.yaml"),
                "--library", str(setdir / "library"), "--format", "json", "--output", f"{tmp}/r.json",
                "--fail-on", "never", "--quiet"]
        t0 = time.perf_counter()
        subprocess.run(args, check=True)
        return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("setdir", nargs="?", default=str(DEFAULT))
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    setdir = Path(a.setdir).resolve()
    if not (setdir / "cassette.yaml").exists():
        print(f"no benchmark set at {setdir}")
        return 2
    if not Path(importlib.util.cache_from_source(str(ROOT / "provenance" / "engine.py"))).exists():
        print("note: provenance/ has no compiled bytecode (python -m compileall provenance, as the README's "
              "set-up does); with PYTHONDONTWRITEBYTECODE every run compiles it again")
    floor = min(floor_seconds(setdir) for _ in range(a.runs))
    check = min(check_seconds(setdir) for _ in range(a.runs))
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"floor (libyaml load + lxml parse of every page)  {floor:6.2f} s")
    print(f"provenance check over the dev set (replayed)     {check:6.2f} s")
    print(f"ratio                                            {check / floor:6.2f}x (goal <= 3x)")
    print(f"peak memory of the check                         {peak_mb:6.0f} MB (goal < 400 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
