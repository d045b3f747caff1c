#!/usr/bin/env python3
"""Benchmark `kutipan export`: seconds and peak memory to export N built articles with their quotes.

    python tests/benchmarks/bench_export.py [--articles 100000] [--build OUT/] [--keep DIR]

Without --build, the corpus comes from ../shared/bench/make_corpus.py and is built
first with `kutipan build --quiet` (about 3 minutes for 100,000 articles on two
cores; not part of the figure). The export runs as its own process; peak memory is
its largest resident set, sampled every 50 ms. Prints figures; asserts nothing
(targets, under 60 s and 2 GB for 100,000 articles, are read by people, not CI).
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import make_corpus, timed  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--build", type=Path, default=None, help="an existing build folder (skips corpus and build)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the work folder here")
    args = ap.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="kutipan-bench-export-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        built = args.build
        if built is None:
            corpus = work / "corpus.jsonl"
            make_corpus(args.articles, corpus)
            built = work / "out"
            secs, _ = timed([sys.executable, "-m", "builder.cli", "build", str(corpus), "-o", str(built), "--quiet"])
            print(f"build   {args.articles:,} articles: {secs:.1f} s (not part of the export figure)")
        import pyarrow.parquet as pq

        n_articles = pq.ParquetFile(built / "articles.parquet").metadata.num_rows
        n_quotes = pq.ParquetFile(built / "quotes.parquet").metadata.num_rows
        secs, peak = timed([sys.executable, "-m", "builder.cli", "export", "--build", str(built),
                            "-o", str(work / "dataset"), "--quiet"])
        size = sum(p.stat().st_size for p in (work / "dataset").rglob("*") if p.is_file())
        print(f"export  {n_articles:,} articles, {n_quotes:,} quotes: {secs:.1f} s, peak memory "
              f"{peak / 1024:.0f} MiB, dataset {size / 2**20:.0f} MiB (target: under 60 s and 2 GB)")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
