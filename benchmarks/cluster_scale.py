"""An archive checked on this machine and on a Dask cluster started here on 127.0.0.1 (issue 14).

    .venv/bin/python benchmarks/cluster_scale.py [../shared/bench/dev] [--copies 8] [--workers 2] [--runs 1]

The archive and its loopback web are scale.py's (the dev set copied --copies times, 16 hosts, ~20 ms an
answer). The cluster is started as the README says: `dask scheduler` and --workers `dask worker`
processes (one thread each, no nanny), each in a session of its own. Runs alternate local, cluster.
For each: wall time, and peak memory of the process tree (PSS summed over the check and its workers,
plus, for the cluster run, the scheduler and the workers, sampled every 50 ms; the idle cluster's own
PSS is printed apart). Then whether the two reports are the same, article by article (claims,
verdicts, findings; generated_at aside), and that no process of the cluster is left.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from scale import DEFAULT, Web, _pss_mb, _tree, build_archive, load_answers


def _start(args: list[str], folder: Path, name: str) -> subprocess.Popen:
    log = (folder / f"{name}.log").open("w")
    return subprocess.Popen([sys.executable, "-m", "dask", *args], cwd=folder, stdout=log,
                            stderr=subprocess.STDOUT, start_new_session=True)


def _wait_for(folder: Path, name: str, text: str) -> None:
    for _ in range(600):
        if text in (folder / f"{name}.log").read_text(errors="replace"):
            return
        time.sleep(0.1)
    raise SystemExit(f"{name} never said {text!r}")


def start_cluster(folder: Path, workers: int) -> tuple[str, list[subprocess.Popen]]:
    procs = [_start(["scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard",
                     "--scheduler-file", "scheduler.json"], folder, "scheduler")]
    _wait_for(folder, "scheduler", "Scheduler at:")
    address = json.loads((folder / "scheduler.json").read_text())["address"]
    for n in range(workers):
        procs.append(_start(["worker", address, "--nthreads", "1", "--no-nanny", "--no-dashboard",
                             "--host", "127.0.0.1"], folder, f"worker-{n}"))
        _wait_for(folder, f"worker-{n}", "Registered to:")
    return address, procs


def stop_cluster(procs: list[subprocess.Popen]) -> int:
    """Stop every process of the cluster; how many were still alive a second later (should be 0)."""
    for proc in procs:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
    time.sleep(1)
    return sum(1 for proc in procs if proc.poll() is None)


def measure(args: list[str], also: list[int]) -> tuple[float, float, float]:
    """Wall seconds, peak PSS (MB) of the check's process tree and with the `also` processes' trees."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL)
    peak = peak_all = 0.0
    while proc.poll() is None:
        mine = _pss_mb(_tree(proc.pid))
        peak, peak_all = max(peak, mine), max(peak_all, mine + _pss_mb([p for r in also for p in _tree(r)]))
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise SystemExit(f"the check failed ({proc.returncode}): {' '.join(args)}")
    return wall, peak, peak_all


def articles_of(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()][:-1]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("setdir", nargs="?", default=str(DEFAULT))
    ap.add_argument("--copies", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--runs", type=int, default=1)
    a = ap.parse_args()
    setdir = Path(a.setdir).resolve()
    exe = str(Path(sys.executable).with_name("provenance"))
    web = Web(load_answers(setdir))
    try:
        with tempfile.TemporaryDirectory(prefix="provenance-cluster-") as tmp:
            folder = Path(tmp) / "archive"
            build_archive(setdir, web, a.copies, folder)
            n = len(list(folder.rglob("*.*")))
            common = [exe, "check", str(folder), "--library", str(setdir / "library"), "--format", "jsonl",
                      "--fail-on", "never", "--quiet", "--no-archive", "--no-search",
                      "--allow-private-addresses", "--no-cache"]
            (Path(tmp) / "cluster").mkdir()
            address, procs = start_cluster(Path(tmp) / "cluster", a.workers)
            try:
                pids = [p.pid for p in procs]
                idle = _pss_mb([p for root in pids for p in _tree(root)])
                print(f"×{a.copies} ({n} articles); idle cluster (scheduler + {a.workers} workers): "
                      f"{idle:.0f} MB", flush=True)
                same = True
                for r in range(a.runs):
                    local, cluster = f"{tmp}/local-{r}.jsonl", f"{tmp}/cluster-{r}.jsonl"
                    wall_l, peak_l, _ = measure([*common, "-o", local], [])
                    wall_c, client, peak_c = measure([*common, "-o", cluster, "--dask-scheduler", address],
                                                     pids)
                    same = same and articles_of(Path(local)) == articles_of(Path(cluster))
                    print(f"run {r + 1}: local wall {wall_l:5.1f} s peak {peak_l:5.0f} MB | cluster wall "
                          f"{wall_c:5.1f} s peak {peak_c:5.0f} MB (client {client:.0f} MB + cluster) | "
                          f"same report: {same}", flush=True)
            finally:
                left = stop_cluster(procs)
            print(f"reports identical: {same}; cluster processes left: {left}")
    finally:
        web.stop()
    return 0 if same and not left else 1


if __name__ == "__main__":
    sys.exit(main())
