"""`kutipan push`: one Label Studio task per article, the rules' quotes as its prediction.

Safe to repeat and to resume. Each task carries our article key in its data
(`data.article_id`), which is how a later push finds it (the server keeps no
key of ours and dedupes nothing). A push
1. validates every prediction before sending anything (labels against the
   config, `text[start:end]` against each region's text);
2. finds the project by its exact name, or creates it;
3. removes duplicate tasks of one article left by an interrupted import (never
   a task someone annotated);
4. imports the new articles in large batches, each as one tasks call and one
   bulk predictions call (see _import for why two), with no automatic retry (a
   retried import would duplicate);
5. replaces the predictions that changed, in two bulk calls, and never touches
   annotations.
"""
from __future__ import annotations

import gc
import json
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import pyarrow.parquet as pq

from annotation.client import Client, Connection
from annotation.convert import META_KEY
from annotation.errors import ApiFailure, ValidationFailed
from annotation.labels import (
    CUE_LABEL,
    CUE_OF,
    KIND_CONTROL,
    QUOTE_LABELS,
    SAID_BY,
    SPAN_CONTROL,
    SPEAKER_CONTROL,
    SPEAKER_LABEL,
    STANCE_CONTROL,
    TEXT_OBJECT,
    guide_html,
    label_config,
    quote_label,
)
from builder.errors import InputError
from builder.schema import QUOTE_TYPES, RULESET_VERSION, SPEAKER_KINDS, STANCES

BATCH: Final[int] = 5000
FIRST_BATCH: Final[int] = 1000  # small, so the server starts importing while the next batch is encoded
TASK_FIELDS: Final[tuple[str, ...]] = ("article_id", "text", "url", "outlet", "title", "published", "target")
META_FIELDS: Final[tuple[str, ...]] = ("quote_id", "rule", "confidence", "speaker_role", "via", "stance_confidence")
_ALLOWED_LABELS: Final[frozenset[str]] = frozenset((*QUOTE_LABELS, SPEAKER_LABEL, CUE_LABEL))


# --- reading a build ------------------------------------------------------------------------------

def _rows(path: Path, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    if path.suffix == ".parquet":
        pf = pq.ParquetFile(path)
        for batch in pf.iter_batches(batch_size=2000, columns=columns):
            yield from batch.to_pylist()
    else:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        yield json.loads(line)
                    except ValueError:
                        raise InputError(f"{path}:{n}: not valid JSON") from None


def _find(out_dir: Path, stem: str) -> Path:
    for ext in (".parquet", ".jsonl"):
        p = out_dir / f"{stem}{ext}"
        if p.exists():
            return p
    raise InputError(f"{out_dir}: no {stem}.parquet or {stem}.jsonl (is this a `kutipan build` output folder?)")


def load_build(out_dir: Path) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """Articles (task fields only) and their quotes, from OUT/articles.* and OUT/quotes.*."""
    if not out_dir.is_dir():
        raise InputError(f"{out_dir}: not a folder (give the OUT folder of `kutipan build`)")
    articles = list(_rows(_find(out_dir, "articles"), list(TASK_FIELDS)))
    quotes: dict[str, list[dict[str, Any]]] = {}
    for q in _rows(_find(out_dir, "quotes")):
        quotes.setdefault(str(q["article_id"]), []).append(q)
    return articles, quotes


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic GC while ~half a million acyclic dicts are made: its repeated full scans cost 60% of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def batches(n: int, size: int, first: int = FIRST_BATCH) -> list[tuple[int, int]]:
    """(start, end) of each import call: a small first one, then `size` each."""
    bounds, start = [], 0
    while start < n:
        end = min(n, start + (min(first, size) if start == 0 else size))
        bounds.append((start, end))
        start = end
    return bounds


# --- tasks and predictions ------------------------------------------------------------------------

def _region(rid: str, control: str, kind: str, start: int, end: int, said: Any, **value: Any) -> dict[str, Any]:
    """A region; `said` is what the build claims the span holds (validate() checks it against the article)."""
    return {"id": rid, "from_name": control, "to_name": TEXT_OBJECT, "type": kind,
            "value": {"start": start, "end": end, "text": said, **value}}


def _choice(rid: str, control: str, start: int, end: int, choice: str) -> dict[str, Any]:
    """A per-quote choice: tied to its quote by the shared id, so it needs no copy of the quote's text."""
    return {"id": rid, "from_name": control, "to_name": TEXT_OBJECT, "type": "choices",
            "value": {"start": start, "end": end, "choices": [choice]}}


def _relation(from_id: str, to_id: str, label: str) -> dict[str, Any]:
    return {"type": "relation", "from_id": from_id, "to_id": to_id, "direction": "right", "labels": [label]}


def prediction(quotes: list[dict[str, Any]]) -> dict[str, Any]:
    """The rules' quotes of one article as one Label Studio prediction (regions, per-quote fields, relations)."""
    result: list[dict[str, Any]] = []
    shared: dict[tuple[str, int, int], str] = {}  # one SPEAKER/CUE region per span, linked to every quote it serves

    def side_region(label: str, start: int, end: int, said: Any) -> str:
        key = (label, start, end)
        if key not in shared:
            shared[key] = f"{label[0].lower()}{start}_{end}"
            result.append(_region(shared[key], SPAN_CONTROL, "labels", start, end, said, labels=[label]))
        return shared[key]

    for q in sorted(quotes, key=lambda q: (q["quote_start"], q["quote_end"], q["quote_id"])):
        rid, s, e = str(q["quote_id"]), int(q["quote_start"]), int(q["quote_end"])
        region = _region(rid, SPAN_CONTROL, "labels", s, e, q["quote"], labels=[quote_label(q["quote_type"])])
        region[META_KEY] = {k: q.get(k) for k in META_FIELDS}
        region["score"] = q.get("confidence")
        result.append(region)
        if q.get("stance"):
            result.append(_choice(rid, STANCE_CONTROL, s, e, q["stance"]))
        if q.get("speaker"):
            result.append({"id": rid, "from_name": SPEAKER_CONTROL, "to_name": TEXT_OBJECT, "type": "textarea",
                           "value": {"start": s, "end": e, "text": [q["speaker"]]}})
        result.append(_choice(rid, KIND_CONTROL, s, e, q.get("speaker_kind") or "unknown"))
        if q.get("speaker_mention_start") is not None:
            sid = side_region(SPEAKER_LABEL, int(q["speaker_mention_start"]), int(q["speaker_mention_end"]),
                              q.get("speaker_mention"))
            result.append(_relation(sid, rid, SAID_BY))
        if q.get("cue_start") is not None:
            cid = side_region(CUE_LABEL, int(q["cue_start"]), int(q["cue_end"]), q.get("cue"))
            result.append(_relation(cid, rid, CUE_OF))
    confs = [float(q["confidence"]) for q in quotes if q.get("confidence") is not None]
    return {"model_version": RULESET_VERSION, "score": round(sum(confs) / len(confs), 4) if confs else 0.0,
            "result": result}


def task_data(article: dict[str, Any]) -> dict[str, Any]:
    data = {k: article.get(k) for k in TASK_FIELDS}
    data["article_id"] = str(data["article_id"])
    data["target"] = data.get("target") or ""  # the interface shows $target; null would print "$target"
    return data


_CHOICES: Final[dict[str, frozenset[str]]] = {STANCE_CONTROL: frozenset(STANCES), KIND_CONTROL: frozenset(SPEAKER_KINDS)}


def validate(article_id: str, text: str, pred: dict[str, Any], interface: Any | None = None) -> None:
    """Raise ValidationFailed unless every region fits the config and the text (the server checks neither)."""
    ids = set()
    for n, r in enumerate(pred["result"]):
        where = f"article {article_id!r}, prediction region {n}"
        if r.get("type") == "relation":
            if r["from_id"] not in ids or r["to_id"] not in ids or r["labels"][0] not in (SAID_BY, CUE_OF):
                raise ValidationFailed(f"{where}: relation {r['from_id']}->{r['to_id']} does not link two regions")
            continue
        v = r["value"]
        s, e = v["start"], v["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            raise ValidationFailed(f"{where}: span {s}:{e} is outside a text of {len(text)} characters")
        if r["type"] == "labels":
            if not set(v["labels"]) <= _ALLOWED_LABELS:
                raise ValidationFailed(f"{where}: label {v['labels']} is not in the labeling config")
            ids.add(r["id"])
        if r["type"] == "labels" and text[s:e] != v["text"]:
            raise ValidationFailed(f"{where}: text[{s}:{e}] is {text[s:e]!r} but the build says {v['text']!r}")
        elif r["type"] == "choices":
            if not set(v["choices"]) <= _CHOICES[r["from_name"]]:
                raise ValidationFailed(f"{where}: {r['from_name']} {v['choices']} is not in the labeling config")
    if interface is not None:
        validate_kinds([pred], interface)


def _kind(region: dict[str, Any]) -> tuple:
    v = region["value"]
    return (region["from_name"], region["to_name"], region["type"], tuple(sorted(v)),
            tuple(v.get("labels") or v.get("choices") or ()))


def validate_kinds(preds: list[dict[str, Any]], interface: Any) -> None:
    """Check every distinct kind of region once with the SDK's LabelInterface (per task it costs ~1.4 ms).

    Whether a region fits the config depends only on its control, type, value keys
    and label values; offsets and relations are checked per region by validate().
    """
    kinds: dict[tuple, dict[str, Any]] = {}
    for pred in preds:
        for r in pred["result"]:
            if r.get("type") != "relation":
                kinds.setdefault(_kind(r), r)
    sample = [{k: v for k, v in r.items() if k not in (META_KEY, "score")} | {"id": f"k{i}"}
              for i, r in enumerate(kinds.values())]
    errors = interface.validate_prediction({"result": sample}, return_errors=True)
    if errors:
        raise ValidationFailed(f"a prediction does not fit the labeling config: {' '.join(str(errors[0]).split())[:300]}")


def build_tasks(articles: list[dict[str, Any]], quotes: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Every task with its prediction, all validated; raises before anything is sent."""
    from label_studio_sdk.label_interface import LabelInterface

    if any(t not in QUOTE_TYPES for qs in quotes.values() for t in {q["quote_type"] for q in qs}):
        bad = next(q for qs in quotes.values() for q in qs if q["quote_type"] not in QUOTE_TYPES)
        raise ValidationFailed(f"article {bad['article_id']!r}: quote type {bad['quote_type']!r} is not in the config")
    interface = LabelInterface(label_config())
    tasks, seen = [], set()
    for a in articles:
        data = task_data(a)
        aid = data["article_id"]
        if aid in seen:
            raise InputError(f"article id {aid!r} appears twice in the build")
        seen.add(aid)
        pred = prediction(quotes.get(aid, []))
        validate(aid, data["text"], pred)
        tasks.append({"data": data, "predictions": [pred]})
    validate_kinds([t["predictions"][0] for t in tasks], interface)
    orphans = sorted(set(quotes) - seen)
    if orphans:
        raise InputError(f"quotes for article {orphans[0]!r} but no such article in the build")
    return tasks


# --- talking to the server ------------------------------------------------------------------------

def ensure_project(client: Client, title: str) -> tuple[int, bool]:
    """The project's id, created with our interface and guide if no project has this exact name."""
    config, guide = label_config(), guide_html()
    found = client.find_project(title)
    if found is None:
        p = client.json("POST", "/api/projects/", json={
            "title": title, "label_config": config, "expert_instruction": guide, "show_instruction": True,
            "show_collab_predictions": True, "model_version": RULESET_VERSION,
            "description": "Quote, speaker and stance review (kutipan)"})
        return int(p["id"]), True
    pid = int(found["id"])
    current = client.json("GET", f"/api/projects/{pid}/")
    changes = {}
    if current.get("label_config", "").strip() != config.strip():
        changes["label_config"] = config
    if current.get("expert_instruction") != guide:
        changes.update(expert_instruction=guide, show_instruction=True)
    if current.get("model_version") != RULESET_VERSION:
        changes["model_version"] = RULESET_VERSION
    if changes:
        client.json("PATCH", f"/api/projects/{pid}/", json=changes)
    return pid, False


def _canon(result: list[dict[str, Any]]) -> str:
    return json.dumps(result, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


@dataclass
class PushSummary:
    """What a push did, for the one-line report and for tests."""

    project_id: int = 0
    project_created: bool = False
    articles: int = 0
    imported: int = 0
    unchanged: int = 0
    predictions_replaced: int = 0
    data_updated: int = 0
    kept_old_text: list[str] = field(default_factory=list)
    duplicates_removed: int = 0
    tasks_on_server: int = 0
    server_seconds: float = 0.0  # time spent waiting on the import calls

    def line(self, title: str) -> str:
        parts = [f"project {title!r} (id {self.project_id}{', created' if self.project_created else ''}):",
                 f"{self.articles} articles, {self.imported} imported, {self.predictions_replaced} predictions replaced,",
                 f"{self.unchanged} unchanged, {self.tasks_on_server} tasks on the server",
                 f"(import calls {self.server_seconds:.1f} s)"]
        if self.duplicates_removed:
            parts.append(f"({self.duplicates_removed} duplicate tasks from an interrupted push removed)")
        if self.kept_old_text:
            parts.append(f"({len(self.kept_old_text)} annotated articles whose text changed kept their old text)")
        return " ".join(parts)


def _dedupe(client: Client, pid: int, existing: list[dict[str, Any]], summary: PushSummary) -> dict[str, dict[str, Any]]:
    """One task per article key: extra copies without annotations are deleted; returns key -> kept task."""
    by_key: dict[str, list[dict[str, Any]]] = {}
    for t in existing:
        key = (t.get("data") or {}).get("article_id")
        if key is not None:
            by_key.setdefault(str(key), []).append(t)
    keep: dict[str, dict[str, Any]] = {}
    doomed: list[int] = []
    for key, ts in by_key.items():
        ts.sort(key=lambda t: (-(t.get("total_annotations") or 0), t["id"]))
        keep[key] = ts[0]
        doomed.extend(t["id"] for t in ts[1:] if not t.get("total_annotations"))
    if doomed:
        client.dm_action(pid, "delete_tasks", doomed)
        summary.duplicates_removed += len(doomed)
    return keep


def _predictions_by_task(client: Client, pid: int) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for p in client.json("GET", "/api/predictions/", params={"project": pid}) or []:
        out.setdefault(int(p["task"]), []).append(p)
    return out


def push(conn: Connection, out_dir: Path, title: str, *, batch: int = BATCH,
         progress: Callable[[str], None] | None = None,
         after_batch: Callable[[int], None] | None = None) -> PushSummary:
    """Push a build to the project `title`; see the module docstring for what makes it safe to repeat."""
    say = progress or (lambda _m: None)
    with _gc_paused():
        articles, quotes = load_build(out_dir)
        tasks = build_tasks(articles, quotes)
        del articles, quotes
    summary = PushSummary(articles=len(tasks))
    with Client(conn) as client:
        client.check()
        pid, created = ensure_project(client, title)
        summary.project_id, summary.project_created = pid, created
        existing = [] if created else list(client.iter_tasks(pid))
        keep = _dedupe(client, pid, existing, summary)
        new = [t for t in tasks if t["data"]["article_id"] not in keep]
        old = [t for t in tasks if t["data"]["article_id"] in keep]
        if old:
            _refresh(client, pid, old, keep, summary)
        for chunk, (tasks_body, pred_bodies) in _encoded([new[s:e] for s, e in batches(len(new), batch)]):
            _import(client, pid, chunk, tasks_body, pred_bodies, summary)
            say(f"imported {summary.imported} of {len(new)} new articles")
            if after_batch:
                after_batch(summary.imported)
        info = client.json("GET", f"/api/projects/{pid}/")
        summary.tasks_on_server = int(info.get("task_number") or 0)
        if summary.tasks_on_server > len(keep) + summary.imported:  # someone imported alongside us: reconcile now
            keep = _dedupe(client, pid, list(client.iter_tasks(pid)), summary)
            summary.tasks_on_server = int(client.json("GET", f"/api/projects/{pid}/").get("task_number") or 0)
    return summary


def _import(client: Client, pid: int, chunk: list[dict[str, Any]], tasks_body: bytes, pred_bodies: list[bytes],
            summary: PushSummary) -> None:
    """Import one batch: the tasks, then their predictions in one bulk call (no automatic retry of either).

    Two calls instead of one task list with predictions embedded: the server re-checks
    embedded predictions region by region (log-only; push validated them already), which is
    half the cost of an import; its bulk predictions import can skip that. A kill between the
    two calls leaves tasks without a prediction, which the next push finds and fills.
    """
    t0 = time.monotonic()
    r = client.json("POST", f"/api/projects/{pid}/import", params={"return_task_ids": "true"}, content=tasks_body,
                    headers={"Content-Type": "application/json"})
    ids = r.get("task_ids") or []
    if int(r.get("task_count", -1)) != len(chunk) or len(ids) != len(chunk):
        raise ApiFailure(f"import into project {pid} stored {r.get('task_count')} of {len(chunk)} tasks")
    body = b"[" + b",".join(b'{"task":%d,' % int(tid) + rest for tid, rest in zip(ids, pred_bodies, strict=True)) + b"]"
    r = client.json("POST", f"/api/projects/{pid}/import/predictions", content=body,
                    headers={"Content-Type": "application/json"})
    if int((r or {}).get("created", -1)) != len(chunk):
        raise ApiFailure(f"import into project {pid} stored {(r or {}).get('created')} of {len(chunk)} predictions")
    summary.imported += len(chunk)
    summary.server_seconds += time.monotonic() - t0


def _encoded(chunks: list[list[dict[str, Any]]]) -> Iterator[tuple[list[dict[str, Any]], tuple[bytes, list[bytes]]]]:
    """Each chunk with its bodies; the next chunk is encoded while the server works on the current one."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        pending = pool.submit(_bodies, chunks[0]) if chunks else None
        for i, chunk in enumerate(chunks):
            assert pending is not None
            bodies = pending.result()
            pending = pool.submit(_bodies, chunks[i + 1]) if i + 1 < len(chunks) else None
            yield chunk, bodies


def _bodies(chunk: list[dict[str, Any]]) -> tuple[bytes, list[bytes]]:
    """The tasks' JSON (data only), and each prediction's JSON after its opening brace, to be keyed by task id."""
    return _dumps([{"data": t["data"]} for t in chunk]), [_dumps(t["predictions"][0])[1:] for t in chunk]


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _refresh(client: Client, pid: int, old: list[dict[str, Any]], keep: dict[str, dict[str, Any]],
             summary: PushSummary) -> None:
    """Existing tasks: replace predictions that changed (bulk), update data of unannotated tasks whose article changed."""
    preds = _predictions_by_task(client, pid)
    stale: list[int] = []
    fresh: list[dict[str, Any]] = []
    for t in old:
        task = keep[t["data"]["article_id"]]
        tid = int(task["id"])
        mine = [p for p in preds.get(tid, []) if p.get("model_version") == RULESET_VERSION]
        new_pred = t["predictions"][0]
        current = max(mine, key=lambda p: int(p["id"])) if mine else None
        changed = current is None or len(preds.get(tid, [])) != 1 or _canon(current["result"]) != _canon(new_pred["result"])
        if changed:
            if preds.get(tid):
                stale.append(tid)
            fresh.append({"task": tid, **new_pred})
        old_data = task.get("data") or {}
        if old_data != t["data"]:
            if old_data.get("text") != t["data"]["text"] and task.get("total_annotations"):
                summary.kept_old_text.append(t["data"]["article_id"])
            else:
                client.json("PATCH", f"/api/tasks/{tid}/", json={"data": t["data"]})
                summary.data_updated += 1
        if not changed:
            summary.unchanged += 1
    kept_old = {int(keep[a]["id"]) for a in summary.kept_old_text}
    fresh = [f for f in fresh if f["task"] not in kept_old]
    stale = [s for s in stale if s not in kept_old]
    client.dm_action(pid, "delete_tasks_predictions", stale)
    if fresh:
        client.json("POST", f"/api/projects/{pid}/import/predictions", json=fresh)
    summary.predictions_replaced += len(fresh)

