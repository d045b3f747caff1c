"""`kutipan pull`: a full JSON snapshot of a project, kept as pulled, then converted to reviewed records.

ANNOTATIONS/ holds
- snapshots/snapshot-p<project>-e<export>.json: every snapshot ever pulled, each
  written once under a new name (never overwritten in place);
- reviewed.jsonl: the reviewed quote records (see `convert.REVIEW_COLUMNS`),
  sorted by article_id, quote_start, quote_end, deterministic bytes;
- articles.jsonl: the articles the snapshot covers, with `reviewed` flags;
- report.json: progress and agreement (no timestamps).
Every file goes through a temporary name and a rename, so a failed pull leaves
the previous outputs as they were.
"""
from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

from annotation.client import Client, Connection
from annotation.convert import REVIEW_COLUMNS, Converted, convert
from annotation.errors import ApiFailure, ProjectError

SNAPSHOT_TIMEOUT: Final[float] = 600.0
SERIALIZATION: Final[dict[str, Any]] = {
    "drafts": {"only_id": True},
    "predictions": {"only_id": True},  # expanding them doubles the export time; annotations carry what they saw
    "annotations__completed_by": {"only_id": False},
}


def _tmp(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def write_atomic(path: Path, data: bytes) -> None:
    """Write beside the target, then rename over it: readers see the old file or the new one, never half."""
    tmp = _tmp(path)
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def write_new(path: Path, data: bytes) -> Path:
    """Write under `path`, or `path-2`, `path-3`... if it exists: a link never replaces an existing file."""
    tmp = _tmp(path)
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    try:
        n = 1
        while True:
            target = path if n == 1 else path.with_name(f"{path.stem}-{n}{path.suffix}")
            try:
                os.link(tmp, target)
                return target
            except FileExistsError:
                n += 1
    finally:
        tmp.unlink(missing_ok=True)


def jsonl(rows: list[dict[str, Any]], columns: tuple[str, ...] | None = None) -> bytes:
    """One compact JSON object a line, keys in the given order, UTF-8 (same rows -> same bytes)."""
    lines = [json.dumps({c: r.get(c) for c in columns} if columns else r, ensure_ascii=False, separators=(",", ":"))
             for r in rows]
    return ("\n".join(lines) + "\n" if lines else "").encode("utf-8")


def export_snapshot(client: Client, pid: int, timeout: float = SNAPSHOT_TIMEOUT) -> tuple[int, bytes]:
    """Create a server-side JSON snapshot of every task (predictions, annotations, relations), wait, download it."""
    snap = client.json("POST", f"/api/projects/{pid}/exports", json={
        "title": "kutipan pull", "serialization_options": SERIALIZATION})
    eid = int(snap["id"])
    deadline = time.monotonic() + timeout
    while snap.get("status") not in ("completed", "failed"):
        if time.monotonic() > deadline:
            raise ApiFailure(f"snapshot {eid} of project {pid} was not ready within {timeout:.0f} s")
        time.sleep(0.2)
        snap = client.json("GET", f"/api/projects/{pid}/exports/{eid}")
    if snap["status"] == "failed":
        raise ApiFailure(f"Label Studio failed to build snapshot {eid} of project {pid}")
    body = client.request("GET", f"/api/projects/{pid}/exports/{eid}/download", params={"exportType": "JSON"}).content
    client.request("DELETE", f"/api/projects/{pid}/exports/{eid}", ok=(200, 204, 404))  # ours is kept locally
    return eid, body


def pull(conn: Connection, title: str, out_dir: Path,
         progress: Callable[[str], None] | None = None) -> tuple[Converted, Path]:
    """Snapshot the project `title` into out_dir and write the reviewed records; returns them and the snapshot path."""
    say = progress or (lambda _m: None)
    with Client(conn) as client:
        client.check()
        found = client.find_project(title)
        if found is None:
            raise ProjectError(f"no project named {title!r} on {client.url} (push to it first)")
        pid = int(found["id"])
        say(f"exporting project {title!r} (id {pid})")
        eid, body = export_snapshot(client, pid)
    try:
        snapshot = json.loads(body)
    except ValueError:
        raise ApiFailure(f"snapshot {eid} of project {pid} is not valid JSON") from None
    if not isinstance(snapshot, list):
        raise ApiFailure(f"snapshot {eid} of project {pid} is not a list of tasks")
    converted = convert(snapshot)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "snapshots").mkdir(exist_ok=True)
    saved = write_new(out_dir / "snapshots" / f"snapshot-p{pid}-e{eid}.json", body)
    write_atomic(out_dir / "articles.jsonl", jsonl(converted.articles))
    write_atomic(out_dir / "report.json",
                 (json.dumps(converted.report, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8"))
    write_atomic(out_dir / "reviewed.jsonl", jsonl(converted.records, REVIEW_COLUMNS))
    return converted, saved
