"""push, pull and serve against a real Label Studio started on 127.0.0.1 for this module.

The first run migrates a database (~50 s) into a template folder cached under the
temp dir, keyed by the label-studio version; later runs copy it (~6 s per server).
Annotations are made through the API the way the labeling UI sends them: the
prediction's regions copied (without our private keys), then edited.
"""
from __future__ import annotations

import contextlib
import copy
import fcntl
import http.server
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from annotation import server
from annotation.client import Client, Connection
from annotation.convert import META_KEY, REVIEW_COLUMNS
from annotation.labels import KIND_CONTROL, SPAN_CONTROL, SPEAKER_CONTROL, STANCE_CONTROL, TEXT_OBJECT, quote_label
from builder.extract import quote_id
from builder.schema import QUOTE_COLUMNS, STANCES

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
EVAL_FILES = [EVAL / "dev.jsonl", EVAL / "dev_seeds.jsonl"]
LS_VERSION = metadata.version("label-studio")
TEMPLATE = Path(tempfile.gettempdir()) / f"kutipan-ls-template-{LS_VERSION}-v1"  # bump v1 when the layout changes


# --- the server ---------------------------------------------------------------------------------

def migrated_template() -> Path:
    """A data folder with a migrated database, an admin and a token; built once per machine and LS version."""
    ready = TEMPLATE / "READY"
    with open(str(TEMPLATE) + ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # parallel sessions wait for the one that builds it
        if not ready.exists():
            work = Path(str(TEMPLATE) + ".building")
            shutil.rmtree(work, ignore_errors=True)
            try:
                server.start(work)
            finally:
                server.stop(work)
            (work / server.LOG_FILE).unlink(missing_ok=True)
            shutil.rmtree(TEMPLATE, ignore_errors=True)
            work.rename(TEMPLATE)
            ready.write_text(LS_VERSION + "\n")
    return TEMPLATE


@pytest.fixture(scope="module")
def ls(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[server.Server, Connection]]:
    data = tmp_path_factory.mktemp("ls") / "data"
    srv = server.start(data, template=migrated_template())
    try:
        conn_file = json.loads((data / server.CONNECTION_FILE).read_text())
        yield srv, Connection(conn_file["url"], conn_file["api_key"], "test")
    finally:
        server.stop(data)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`kutipan build` over the shared eval articles (dev + seeds: 26 articles)."""
    missing = [str(p) for p in EVAL_FILES if not p.exists()]
    assert not missing, f"shared eval files missing: {missing}"
    out = tmp_path_factory.mktemp("build") / "out"
    r = subprocess.run([sys.executable, "-m", "builder.cli", "build", *map(str, EVAL_FILES), "-o", str(out), "--quiet"],
                       capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert r.returncode == 0, r.stderr
    return out


OUTPUTS: list[str] = []  # everything the CLI printed, checked for the token at the end


def kutipan(args: list[str], conn: Connection | None, tmp: Path, extra_env: dict[str, str] | None = None,
            ) -> subprocess.CompletedProcess:
    """Run the real CLI as a user would, with the connection in the environment."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LABEL_STUDIO_", "KUTIPAN_"))}
    env["PYTHONPATH"] = str(ROOT)
    env["KUTIPAN_LS_DATA"] = str(tmp / "no-local-server")
    if conn is not None:
        env.update(LABEL_STUDIO_URL=conn.url, LABEL_STUDIO_API_KEY=conn.api_key)
    env.update(extra_env or {})
    r = subprocess.run([sys.executable, "-m", "builder.cli", *args], capture_output=True, text=True, env=env,
                       cwd=tmp, timeout=600)
    OUTPUTS.append(r.stdout + r.stderr)
    if conn is not None:
        assert conn.api_key not in r.stdout + r.stderr
    return r


def error_line(r: subprocess.CompletedProcess) -> str:
    """The single error line; fails if there is a traceback or more than one line."""
    lines = r.stderr.strip().splitlines()
    assert r.returncode != 0
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("kutipan: error: ")
    return lines[0]


def tasks_of(client: Client, title: str) -> list[dict]:
    project = client.find_project(title)
    assert project is not None
    return list(client.iter_tasks(int(project["id"])))


def full_task(client: Client, task_id: int) -> dict:
    return client.json("GET", f"/api/tasks/{task_id}")


def annotations_of(client: Client, task_id: int) -> list[dict]:
    return client.json("GET", f"/api/tasks/{task_id}/annotations/")


# --- what an annotator does in the UI -----------------------------------------------------------

def ui_copy(prediction_result: list[dict]) -> list[dict]:
    """What the labeling UI submits after loading a prediction: the same regions, without our private keys."""
    return [{k: v for k, v in r.items() if k not in (META_KEY, "score")} for r in copy.deepcopy(prediction_result)]


def quote_ids(result: list[dict]) -> list[str]:
    quotes = [r for r in result if r.get("type") == "labels" and r["value"]["labels"][0].startswith("QUOTE_")]
    return [r["id"] for r in sorted(quotes, key=lambda r: r["value"]["start"])]


def delete_quote(result: list[dict], rid: str) -> list[dict]:
    return [r for r in result if r.get("id") != rid and rid not in (r.get("from_id"), r.get("to_id"))]


def move_quote(result: list[dict], rid: str, text: str, start: int, end: int) -> None:
    for r in result:
        if r.get("id") == rid and r["type"] != "textarea":
            r["value"].update(start=start, end=end, text=text[start:end])
        elif r.get("id") == rid:
            r["value"].update(start=start, end=end)


def set_per_quote(result: list[dict], rid: str, control: str, value: str) -> None:
    """Set a per-quote choice or the speaker text, adding the item if the prediction had none."""
    base = next(r for r in result if r.get("id") == rid and r["type"] == "labels")
    kind, key, val = ("textarea", "text", [value]) if control == SPEAKER_CONTROL else ("choices", "choices", [value])
    for r in result:
        if r.get("id") == rid and r.get("from_name") == control:
            r["value"][key] = val
            return
    v = {"start": base["value"]["start"], "end": base["value"]["end"], key: val}
    if kind == "choices":
        v["text"] = base["value"]["text"]
    result.append({"id": rid, "from_name": control, "to_name": TEXT_OBJECT, "type": kind, "value": v})


def add_quote(result: list[dict], rid: str, text: str, start: int, end: int, qtype: str, speaker: str,
              stance: str, kind: str) -> None:
    result.append({"id": rid, "from_name": SPAN_CONTROL, "to_name": TEXT_OBJECT, "type": "labels",
                   "value": {"start": start, "end": end, "text": text[start:end], "labels": [quote_label(qtype)]}})
    set_per_quote(result, rid, STANCE_CONTROL, stance)
    set_per_quote(result, rid, SPEAKER_CONTROL, speaker)
    set_per_quote(result, rid, KIND_CONTROL, kind)


def annotate(client: Client, task: dict, result: list[dict], *, user: int | None = None, ground_truth: bool = False,
             cancelled: bool = False) -> dict:
    body = {"result": result, "ground_truth": ground_truth, "was_cancelled": cancelled, "lead_time": 30.0,
            "parent_prediction": task["predictions"][0]["id"]}
    if user is not None:
        body["completed_by"] = user
    return client.json("POST", f"/api/tasks/{task['id']}/annotations", json=body)


def build_quotes(out: Path) -> dict[str, list[dict]]:
    by: dict[str, list[dict]] = {}
    for q in pq.read_table(out / "quotes.parquet").to_pylist():
        by.setdefault(q["article_id"], []).append(q)
    for qs in by.values():
        qs.sort(key=lambda q: (q["quote_start"], q["quote_end"]))
    return by


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def free_sentence(text: str, taken: list[tuple[int, int]]) -> tuple[int, int]:
    """A span of a sentence that no predicted quote touches (the 'missed quote' an annotator adds)."""
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        if len(line) > 40 and all(e <= start or s >= end for s, e in taken):
            return start, start + min(len(line), 80)
    raise AssertionError("no free sentence")


# --- the round trip ----------------------------------------------------------------------------

PROJECT = "Eval review"


@pytest.fixture(scope="module")
def reviewed(ls: tuple[server.Server, Connection], built: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Push the eval build, annotate five articles in the ways annotators do, pull; returns what the test checks."""
    srv, conn = ls
    tmp = tmp_path_factory.mktemp("roundtrip")
    r = kutipan(["push", str(built), "--project", PROJECT], conn, tmp)
    assert r.returncode == 0, r.stderr
    quotes = build_quotes(built)
    client = Client(conn)
    ani = client.json("POST", "/api/users/", json={"email": "ani@kutipan.local", "username": "ani", "first_name": "Ani"})
    by_article = {t["data"]["article_id"]: t["id"] for t in tasks_of(client, PROJECT)}
    plan: dict = {"ani": ani["id"]}

    # 044: accepted as predicted
    t = full_task(client, by_article["044"])
    annotate(client, t, ui_copy(t["predictions"][0]["result"]))

    # 045: the second quote is not a quote (deleted); a missed quote is added
    t = full_task(client, by_article["045"])
    res = ui_copy(t["predictions"][0]["result"])
    ids = quote_ids(res)
    res = delete_quote(res, ids[1])
    text = t["data"]["text"]
    s, e = free_sentence(text, [(q["quote_start"], q["quote_end"]) for q in quotes["045"]])
    add_quote(res, "added0001", text, s, e, "indirect", "Budi Santoso", "against", "person")
    plan["045"] = {"deleted": ids[1], "added": (s, e)}
    annotate(client, t, res)

    # 062: a boundary moved, a speaker changed, a stance set
    t = full_task(client, by_article["062"])
    res = ui_copy(t["predictions"][0]["result"])
    ids = quote_ids(res)
    q0, q1, q2 = quotes["062"][:3]
    move_quote(res, ids[0], t["data"]["text"], q0["quote_start"], q0["quote_end"] - 1)
    set_per_quote(res, ids[1], SPEAKER_CONTROL, "Nama Baru")
    new_stance = next(s for s in STANCES if s != q2["stance"])
    set_per_quote(res, ids[2], STANCE_CONTROL, new_stance)
    plan["062"] = {"stance": new_stance}
    annotate(client, t, res)

    # 069: two annotators; Ani's (ground truth) deletes a quote, the admin accepts everything
    t = full_task(client, by_article["069"])
    annotate(client, t, ui_copy(t["predictions"][0]["result"]))
    res = ui_copy(t["predictions"][0]["result"])
    annotate(client, t, delete_quote(res, quote_ids(res)[1]), user=ani["id"], ground_truth=True)

    # 053: skipped -> not a review
    t = full_task(client, by_article["053"])
    annotate(client, t, [], cancelled=True)

    plan["annotations_before"] = {a: annotations_of(client, by_article[a]) for a in ("044", "045", "062", "069")}
    client.close()
    ann = tmp / "ANNOTATIONS"
    r = kutipan(["pull", "--project", PROJECT, "-o", str(ann)], conn, tmp)
    assert r.returncode == 0, r.stderr
    return {"plan": plan, "quotes": quotes, "ann": ann, "pull": r, "by_article": by_article, "tmp": tmp}


def rows(ann: Path, article_id: str) -> list[dict]:
    return [r for r in read_jsonl(ann / "reviewed.jsonl") if r["article_id"] == article_id]


def as_built(row: dict) -> dict:
    return {k: row[k] for k in QUOTE_COLUMNS}


def test_push_creates_one_task_per_article_with_predictions(ls, built, reviewed) -> None:
    client = Client(ls[1])
    tasks = tasks_of(client, PROJECT)
    articles = pq.read_table(built / "articles.parquet").column("article_id").to_pylist()
    assert sorted(t["data"]["article_id"] for t in tasks) == sorted(articles)
    assert all(t["total_predictions"] == 1 for t in tasks)
    t = full_task(client, reviewed["by_article"]["044"])
    assert t["predictions"][0]["model_version"] == "kutipan-rules-1"
    project = client.json("GET", f"/api/projects/{client.find_project(PROJECT)['id']}/")
    assert "Reviewing quotes" in project["expert_instruction"] and "kata" in project["expert_instruction"]
    for qtype in ("QUOTE_DIRECT", "QUOTE_INDIRECT", "QUOTE_MIXED", "SPEAKER", "CUE", "favor", "organization"):
        assert qtype in project["label_config"]


def test_pull_accepts_unchanged_predictions_exactly(reviewed) -> None:
    got = rows(reviewed["ann"], "044")
    assert [r["status"] for r in got] == ["accepted"] * len(reviewed["quotes"]["044"])
    assert [as_built(r) for r in got] == reviewed["quotes"]["044"]
    assert all(r["annotator"] == "admin@kutipan.local" and r["reviewed_at"] for r in got)
    assert all(r["annotator_agreement"] is None for r in got)


def test_pull_reports_deleted_and_added_quotes(reviewed) -> None:
    got = rows(reviewed["ann"], "045")
    built = reviewed["quotes"]["045"]
    s, e = reviewed["plan"]["045"]["added"]
    assert sorted(r["status"] for r in got) == sorted(["accepted"] * (len(built) - 1) + ["added", "rejected"])
    assert [as_built(r) for r in got if r["status"] != "added"] == built
    assert [r["status"] for r in got if r["status"] != "added"][1] == "rejected"
    added = next(r for r in got if r["status"] == "added")
    assert (added["quote_start"], added["quote_end"]) == (s, e)
    assert added["quote_id"] == quote_id("045", s, e)
    assert (added["rule"], added["confidence"], added["quote_type"]) == ("human", 1.0, "indirect")
    assert (added["speaker"], added["speaker_kind"], added["stance"]) == ("Budi Santoso", "person", "against")
    assert added["stance_target"] and added["stance_confidence"] == 1.0


def test_pull_reports_moved_boundary_changed_speaker_and_stance(reviewed) -> None:
    got = rows(reviewed["ann"], "062")
    q0, q1, q2 = reviewed["quotes"]["062"][:3]
    assert [r["status"] for r in got] == ["corrected"] * 3 + ["accepted"] * (len(reviewed["quotes"]["062"]) - 3)
    assert [as_built(r) for r in got[3:]] == reviewed["quotes"]["062"][3:]
    moved, speaker, stance = got[:3]
    assert (moved["quote_start"], moved["quote_end"]) == (q0["quote_start"], q0["quote_end"] - 1)
    assert moved["quote"] == q0["quote"][:-1]
    assert moved["quote_id"] == quote_id("062", q0["quote_start"], q0["quote_end"] - 1) != q0["quote_id"]
    assert moved["speaker"] == q0["speaker"] and moved["confidence"] == 1.0 and moved["rule"] == q0["rule"]
    assert speaker["speaker"] == "Nama Baru" and speaker["quote_id"] == q1["quote_id"]
    assert speaker["speaker_role"] is None
    assert stance["stance"] == reviewed["plan"]["062"]["stance"] != q2["stance"]
    assert stance["speaker"] == q2["speaker"] and stance["stance_confidence"] == 1.0


def test_pull_resolves_several_annotations_by_ground_truth_and_reports_agreement(reviewed) -> None:
    got = rows(reviewed["ann"], "069")
    n = len(reviewed["quotes"]["069"])
    assert [r["status"] for r in got] == ["accepted", "rejected"] + ["accepted"] * (n - 2)
    assert [as_built(r) for r in got] == reviewed["quotes"]["069"]
    assert {r["annotator"] for r in got} == {"ani@kutipan.local"}
    f1 = round(2 * (n - 1) / (n + n - 1), 4)
    assert {r["annotator_agreement"] for r in got} == {f1}
    report = json.loads((reviewed["ann"] / "report.json").read_text())
    assert report["agreement"]["tasks_with_several_annotations"] == 1
    assert report["agreement"]["quote_span_f1"] == f1
    assert report["agreement"]["speaker_agreement"] == 1.0


def test_pull_prints_progress_per_annotator_and_skips_cancelled(reviewed) -> None:
    out = reviewed["pull"].stdout
    assert "reviewed 4 of 26 tasks" in out
    assert "admin@kutipan.local: 4 tasks" in out and "ani@kutipan.local: 1 task" in out
    arts = {a["article_id"]: a for a in read_jsonl(reviewed["ann"] / "articles.jsonl")}
    assert len(arts) == 26 and arts["053"]["reviewed"] is False and arts["044"]["reviewed"] is True
    assert not rows(reviewed["ann"], "053")
    assert arts["045"]["metadata"]["target"] and arts["045"]["n_annotations"] == 1
    for r in read_jsonl(reviewed["ann"] / "reviewed.jsonl"):
        assert list(r) == list(REVIEW_COLUMNS)
        assert arts[r["article_id"]]["text"][r["quote_start"]:r["quote_end"]] == r["quote"]


def test_push_twice_changes_nothing_and_keeps_annotations(ls, built, reviewed) -> None:
    conn, tmp = ls[1], reviewed["tmp"]
    r = kutipan(["push", str(built), "--project", PROJECT], conn, tmp)
    assert r.returncode == 0, r.stderr
    assert "0 imported, 0 predictions replaced, 26 unchanged, 26 tasks on the server" in r.stdout
    client = Client(conn)
    assert len(tasks_of(client, PROJECT)) == 26
    for aid, before in reviewed["plan"]["annotations_before"].items():
        after = annotations_of(client, reviewed["by_article"][aid])
        assert [(a["id"], a["result"], a["updated_at"]) for a in after] == \
               [(a["id"], a["result"], a["updated_at"]) for a in before]
    first = (reviewed["ann"] / "reviewed.jsonl").read_bytes()
    r = kutipan(["pull", "--project", PROJECT, "-o", str(reviewed["ann"])], conn, tmp)
    assert r.returncode == 0, r.stderr
    assert (reviewed["ann"] / "reviewed.jsonl").read_bytes() == first  # deterministic bytes
    assert len(list((reviewed["ann"] / "snapshots").glob("snapshot-*.json"))) == 2  # the earlier one kept


def test_push_replaces_changed_predictions_only(ls, built, reviewed, tmp_path) -> None:
    changed = tmp_path / "out"
    shutil.copytree(built, changed)
    table = pq.read_table(changed / "quotes.parquet").to_pylist()
    drop = next(q for q in table if q["article_id"] == "002")
    table = [q for q in table if q["quote_id"] != drop["quote_id"]]
    for q in table:
        if q["article_id"] == "044":  # annotated: its prediction changes, its annotation must not
            q["stance"] = next(s for s in STANCES if s != q["stance"])
    import pyarrow as pa

    pq.write_table(pa.Table.from_pylist(table, schema=pq.read_schema(built / "quotes.parquet")), changed / "quotes.parquet")
    r = kutipan(["push", str(changed), "--project", PROJECT], ls[1], tmp_path)
    assert r.returncode == 0, r.stderr
    assert "2 predictions replaced, 24 unchanged, 26 tasks on the server" in r.stdout
    client = Client(ls[1])
    t = full_task(client, reviewed["by_article"]["002"])
    preds = client.json("GET", "/api/predictions/", params={"task": t["id"]})
    assert len(preds) == 1 and drop["quote_id"] not in {x.get("id") for x in preds[0]["result"]}
    after = annotations_of(client, reviewed["by_article"]["044"])
    assert [a["result"] for a in after] == [a["result"] for a in reviewed["plan"]["annotations_before"]["044"]]
    # back to the original build for the tests that follow
    assert kutipan(["push", str(built), "--project", PROJECT], ls[1], tmp_path).returncode == 0


def test_push_resumes_after_a_kill_without_duplicates(ls, built, tmp_path) -> None:
    conn = ls[1]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LABEL_STUDIO_", "KUTIPAN_"))}
    env.update(PYTHONPATH=str(ROOT), LABEL_STUDIO_URL=conn.url, LABEL_STUDIO_API_KEY=conn.api_key,
               KUTIPAN_LS_DATA=str(tmp_path / "none"))
    proc = subprocess.Popen([sys.executable, "-m", "builder.cli", "push", str(built), "--project", "Resume",
                             "--batch", "4"], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    assert proc.stderr is not None
    for line in proc.stderr:
        if line.startswith("imported 8 of"):
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    client = Client(conn)
    half = tasks_of(client, "Resume")
    assert 8 <= len(half) < 26
    # and the worst case of a kill mid-request: the server finished an import the client never saw
    pid = int(client.find_project("Resume")["id"])
    dup = [{"data": full_task(client, t["id"])["data"]} for t in half[:3]]
    client.json("POST", f"/api/projects/{pid}/import", json=dup)
    assert len(tasks_of(client, "Resume")) == len(half) + 3
    # and a kill between a batch's tasks call and its predictions call: tasks with no prediction
    have = {t["data"]["article_id"] for t in tasks_of(client, "Resume")}
    missing = [a for a in pq.read_table(built / "articles.parquet", columns=["article_id", "text"]).to_pylist()
               if a["article_id"] not in have][:2]
    client.json("POST", f"/api/projects/{pid}/import", json=[{"data": a} for a in missing])
    assert len(missing) == 2 and len(tasks_of(client, "Resume")) == len(half) + 5
    r = kutipan(["push", str(built), "--project", "Resume"], conn, tmp_path)
    assert r.returncode == 0, r.stderr
    assert "3 duplicate tasks" in r.stdout
    keys = [t["data"]["article_id"] for t in tasks_of(client, "Resume")]
    assert len(keys) == len(set(keys)) == 26
    assert all(t["total_predictions"] == 1 for t in tasks_of(client, "Resume"))


# --- faults ------------------------------------------------------------------------------------

def test_server_down_is_one_line_and_writes_nothing(built, tmp_path) -> None:
    down = Connection(f"http://127.0.0.1:{server.free_port()}", "secret-token-value-123", "test")
    r = kutipan(["push", str(built), "--project", PROJECT], down, tmp_path)
    assert "cannot reach Label Studio at http://127.0.0.1:" in error_line(r) and r.returncode == 1
    ann = tmp_path / "ANNOTATIONS"
    r = kutipan(["pull", "--project", PROJECT, "-o", str(ann)], down, tmp_path)
    assert "cannot reach Label Studio" in error_line(r)
    assert not ann.exists()


class _NotLabelStudio(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        self.send_response(404)
        self.end_headers()
        self.wfile.write(b"<html>nothing here</html>")

    do_POST = do_GET

    def log_message(self, *args: object) -> None:
        pass


@contextlib.contextmanager
def other_http_server() -> Iterator[str]:
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _NotLabelStudio)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_wrong_url_is_one_line(built, tmp_path) -> None:
    with other_http_server() as url:
        r = kutipan(["push", str(built), "--project", PROJECT], Connection(url, "secret-token-value-123", "t"), tmp_path)
    assert "is not a Label Studio server" in error_line(r) and r.returncode == 1


def test_bad_token_is_one_line_without_the_token(ls, built, tmp_path) -> None:
    for bad in ("not-a-real-token-0123456789", ls[1].api_key[:-6] + "AAAAAA"):
        conn = Connection(ls[1].url, bad, "test")
        r = kutipan(["push", str(built), "--project", PROJECT], conn, tmp_path)
        line = error_line(r)
        assert "refused the API token (HTTP 401)" in line and r.returncode == 1
        assert bad not in r.stdout + r.stderr


def test_project_name_matching_two_projects_is_refused(ls, built, tmp_path) -> None:
    client = Client(ls[1])
    from annotation.labels import label_config

    for _ in range(2):
        client.json("POST", "/api/projects/", json={"title": "Twice", "label_config": label_config()})
    r = kutipan(["push", str(built), "--project", "Twice"], ls[1], tmp_path)
    assert "project name 'Twice' matches 2 projects" in error_line(r) and r.returncode == 1
    r = kutipan(["pull", "--project", "Twice", "-o", str(tmp_path / "A")], ls[1], tmp_path)
    assert "matches 2 projects" in error_line(r)
    assert not (tmp_path / "A").exists()
    projects = [p for p in client.projects() if p["title"] == "Twice"]
    assert all(client.json("GET", f"/api/projects/{p['id']}/")["task_number"] == 0 for p in projects)


def test_invalid_prediction_is_refused_before_anything_is_sent(ls, built, tmp_path) -> None:
    bad = tmp_path / "out"
    shutil.copytree(built, bad)
    table = pq.read_table(bad / "quotes.parquet").to_pylist()
    table[0]["quote_end"] += 1  # offsets no longer match the quote text
    import pyarrow as pa

    pq.write_table(pa.Table.from_pylist(table, schema=pq.read_schema(built / "quotes.parquet")), bad / "quotes.parquet")
    r = kutipan(["push", str(bad), "--project", "Never created"], ls[1], tmp_path)
    assert "but the build says" in error_line(r)
    assert Client(ls[1]).find_project("Never created") is None


def test_no_connection_configured_is_one_line(built, tmp_path) -> None:
    r = kutipan(["push", str(built), "--project", PROJECT], None, tmp_path)
    assert "no Label Studio configured" in error_line(r)


def test_failed_pull_keeps_earlier_outputs(ls, reviewed) -> None:
    ann = reviewed["ann"]
    before = {p: p.read_bytes() for p in ann.rglob("*") if p.is_file()}
    down = Connection(f"http://127.0.0.1:{server.free_port()}", ls[1].api_key, "test")
    r = kutipan(["pull", "--project", PROJECT, "-o", str(ann)], down, reviewed["tmp"])
    assert r.returncode == 1
    assert {p: p.read_bytes() for p in ann.rglob("*") if p.is_file()} == before


# --- serve -------------------------------------------------------------------------------------

def _listen_addresses(port: int) -> set[str]:
    """Local addresses a TCP port listens on, from /proc/net/tcp{,6} (0100007F = 127.0.0.1)."""
    found = set()
    for name in ("tcp", "tcp6"):
        try:
            lines = Path(f"/proc/net/{name}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            addr, p = local.split(":")
            if state == "0A" and int(p, 16) == port:
                found.add(addr)
    return found


def test_serve_starts_on_loopback_keeps_the_token_private_and_stops(tmp_path) -> None:
    data = tmp_path / "ls-data"
    shutil.copytree(migrated_template(), data)
    try:
        r = kutipan(["serve", "--data", str(data)], None, tmp_path)
        assert r.returncode == 0, r.stderr
        conn = json.loads((data / server.CONNECTION_FILE).read_text())
        assert conn["url"] in r.stdout and "admin@kutipan.local" in r.stdout
        assert conn["api_key"] not in r.stdout + r.stderr
        assert conn["api_key"] not in (data / server.LOG_FILE).read_text(errors="replace")
        assert (data / server.CONNECTION_FILE).stat().st_mode & 0o777 == 0o600
        assert (data / server.CREDENTIALS_FILE).stat().st_mode & 0o777 == 0o600
        port = int(conn["url"].rsplit(":", 1)[1])
        assert _listen_addresses(port) == {"0100007F"}
        pid = json.loads((data / server.STATE_FILE).read_text())["pid"]
        again = kutipan(["serve", "--data", str(data)], None, tmp_path)  # a second serve reuses the running one
        assert again.returncode == 0 and f"is running at {conn['url']} (pid {pid})" in again.stdout
        assert json.loads((data / server.CONNECTION_FILE).read_text())["api_key"] == conn["api_key"]
        # push/pull find the served server with no environment at all
        r = kutipan(["pull", "--project", "nothing", "-o", str(tmp_path / "A")], None, tmp_path,
                    extra_env={"KUTIPAN_LS_DATA": str(data)})
        assert "no project named 'nothing'" in error_line(r)
        r = kutipan(["serve", "--stop", "--data", str(data)], None, tmp_path)
        assert r.returncode == 0 and "stopped" in r.stdout
        assert not server._exists(pid)
    finally:
        server.stop(data)


def test_token_never_printed(ls) -> None:
    log = (ls[0].data_dir / server.LOG_FILE).read_text(errors="replace")
    assert OUTPUTS and all(ls[1].api_key not in out for out in OUTPUTS)
    assert ls[1].api_key not in log
