#!/usr/bin/env python3
"""Benchmark `kutipan build`: articles per second on one core and on all cores, and peak memory.

    python tests/benchmarks/bench_build.py [--articles 20000] [--also 200000]

The corpus comes from ../shared/bench/make_corpus.py (real articles, digits
redrawn). Each build runs as its own process; peak memory is the largest sum of
resident memory over the build process and its workers, sampled every 50 ms.
Prints figures; asserts nothing (targets are read by people, not by CI).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAKE_CORPUS = ROOT.parent / "shared" / "bench" / "make_corpus.py"
SAMPLE_SECONDS = 0.05


def tree_rss_kib(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as f:
                ppid = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/status", encoding="utf-8") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total


def timed(cmd: list[str]) -> tuple[float, int]:
    """Seconds and peak resident memory (KiB) of one command and its children; a failure ends the benchmark."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, tree_rss_kib(proc.pid))
        time.sleep(SAMPLE_SECONDS)
    seconds = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        sys.exit(f"{Path(sys.argv[0]).stem}: {' '.join(cmd[2:5])} failed ({proc.returncode}): {err.strip()}")
    return seconds, peak


def run_build(corpus: Path, out: Path, jobs: int) -> tuple[float, int]:
    """Seconds and peak resident memory (KiB) of one `kutipan build`."""
    return timed([sys.executable, "-m", "builder.cli", "build", str(corpus), "-o", str(out), "--jobs", str(jobs), "--quiet"])


def make_corpus(n: int, path: Path) -> None:
    """N articles from the shared corpus maker (../shared/bench/make_corpus.py)."""
    if not MAKE_CORPUS.exists():
        sys.exit(f"{Path(sys.argv[0]).stem}: {MAKE_CORPUS} not found (the shared folder stands beside the checkout)")
    subprocess.run([sys.executable, str(MAKE_CORPUS), str(n), str(path)], check=True, stdout=subprocess.DEVNULL)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20_000, help="corpus size for the speed runs")
    ap.add_argument("--also", type=int, default=0, metavar="N", help="also build N articles on all cores (memory check)")
    ap.add_argument("--keep", type=Path, help="keep corpora and outputs in this folder")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kutipan-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    cores = os.cpu_count() or 1
    try:
        corpus = work / f"corpus-{args.articles}.jsonl"
        if not corpus.exists():
            make_corpus(args.articles, corpus)
        print(f"corpus: {args.articles} articles, {corpus.stat().st_size / 1e6:.1f} MB")
        for jobs in (1, cores):
            seconds, peak = run_build(corpus, work / f"out-{jobs}", jobs)
            print(f"jobs={jobs}: {args.articles / seconds:,.0f} articles/s ({seconds:.1f} s), peak memory {peak / 1024:,.0f} MB")
        if args.also:
            big = work / f"corpus-{args.also}.jsonl"
            if not big.exists():
                make_corpus(args.also, big)
            seconds, peak = run_build(big, work / "out-big", cores)
            print(f"jobs={cores}, {args.also} articles: {args.also / seconds:,.0f} articles/s ({seconds:.1f} s), "
                  f"peak memory {peak / 1024:,.0f} MB")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
