"""Start-up time of the CLI: `provenance --version` must not load the heavy parts.

    .venv/bin/python benchmarks/startup.py [--runs 20]

Prints the median wall time of `provenance --version` and of a bare `python -c pass` (the floor), and
fails (exit 1) when --version imports dateparser, httpx, lxml, rapidfuzz, trafilatura or htmldate.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

HEAVY = ("dateparser", "httpx", "lxml", "rapidfuzz", "trafilatura", "htmldate", "yaml", "bs4")


def median_time(args: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(args, stdout=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def heavy_imports() -> list[str]:
    code = ("import sys; from click.testing import CliRunner; from provenance.cli import main; "
            "CliRunner().invoke(main, ['--version']); "
            f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.split()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    runs = ap.parse_args().runs
    floor = median_time([sys.executable, "-c", "pass"], runs)
    version = median_time([sys.executable, "-m", "provenance", "--version"], runs)
    loaded = heavy_imports()
    print(f"python -c pass         {floor * 1000:6.1f} ms (median of {runs})")
    print(f"provenance --version   {version * 1000:6.1f} ms (median of {runs})")
    print(f"heavy modules loaded   {', '.join(loaded) or 'none'}")
    return 1 if loaded else 0


if __name__ == "__main__":
    sys.exit(main())
