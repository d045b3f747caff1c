#!/usr/bin/env python3
"""Benchmark the Label Studio round trip: push N articles with the rules' predictions, then pull them back.

    python tests/benchmarks/bench_annotation.py [--articles 10000] [--annotate 100]

Makes a corpus with ../shared/bench/make_corpus.py, builds it with `kutipan build`,
starts a local Label Studio (from the tests' migrated template when there is one,
else from scratch, ~1 min), and times the real commands: `kutipan push` into an
empty project, a second `kutipan push` (nothing to do), and `kutipan pull` after
--annotate tasks were accepted through the API. Prints seconds; targets (push
under 60 s, pull under 30 s for 10,000 articles) are read by people, not asserted.
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from annotation import server  # noqa: E402
from annotation.client import Client, Connection  # noqa: E402
from annotation.convert import META_KEY  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_build import make_corpus  # noqa: E402

TEMPLATE = Path(tempfile.gettempdir()) / f"kutipan-ls-template-{metadata.version('label-studio')}-v1"


def run(args: list[str], env: dict[str, str]) -> tuple[float, str]:
    t0 = time.monotonic()
    r = subprocess.run(args, capture_output=True, text=True, env=env)
    dt = time.monotonic() - t0
    if r.returncode != 0:
        sys.exit(f"failed: {' '.join(args[:4])}...: {r.stderr.strip()[-500:]}")
    return dt, r.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--annotate", type=int, default=100, help="tasks accepted through the API before the pull")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kutipan-bench-ls-") as tmp_s:
        tmp = Path(tmp_s)
        corpus, out, data = tmp / "corpus.jsonl", tmp / "out", tmp / "ls"
        make_corpus(args.articles, corpus)
        env = {k: v for k, v in os.environ.items() if not k.startswith("LABEL_STUDIO_")}
        env["PYTHONPATH"] = str(ROOT)
        kutipan = [sys.executable, "-m", "builder.cli"]
        dt, _ = run([*kutipan, "build", str(corpus), "-o", str(out), "--quiet"], env)
        print(f"build     {args.articles} articles: {dt:6.1f} s   (load average {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} cores: other jobs slow every figure)")
        template = TEMPLATE if (TEMPLATE / "READY").exists() else None
        srv = server.start(data, template=template)
        print(f"server    started in {srv.seconds:.1f} s ({'template copy' if template else 'fresh database'})")
        try:
            conn_file = json.loads((data / server.CONNECTION_FILE).read_text())
            env.update(LABEL_STUDIO_URL=conn_file["url"], LABEL_STUDIO_API_KEY=conn_file["api_key"])
            dt, line = run([*kutipan, "push", str(out), "--project", "Bench"], env)
            print(f"push      {dt:6.1f} s   (target < 60 s)  {line}")
            dt, line = run([*kutipan, "push", str(out), "--project", "Bench"], env)
            print(f"re-push   {dt:6.1f} s   {line}")
            with Client(Connection(conn_file["url"], conn_file["api_key"], "bench")) as client:
                pid = int(client.find_project("Bench")["id"])
                ids = [t["id"] for t in itertools.islice(client.iter_tasks(pid, include="id"), args.annotate)]
                for tid in ids:
                    task = client.json("GET", f"/api/tasks/{tid}")
                    result = [{k: v for k, v in r.items() if k not in (META_KEY, "score")}
                              for r in task["predictions"][0]["result"]]
                    client.json("POST", f"/api/tasks/{tid}/annotations", json={"result": result})
            dt, line = run([*kutipan, "pull", "--project", "Bench", "-o", str(tmp / "ann")], env)
            print(f"pull      {dt:6.1f} s   (target < 30 s)  {' | '.join(line.splitlines()[:3])}")
            print(f"load average at the end {os.getloadavg()[0]:.1f}")
        finally:
            server.stop(data)


if __name__ == "__main__":
    main()
