"""Bad input to `kutipan export` is one error line naming the record, and an earlier DATASET/ survives.

Also: story splits stay put when articles are added, `kutipan rebuild` reproduces the
committed manifest and names the file a changed annotation alters, and
`--push-to-hub` refuses without a token and uploads exactly the exported folder.
"""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import polars as pl
import pytest

from builder import cli
from builder.build import build
from exports import hub
from exports.export import export
from exports.rebuild import MANIFEST, SOURCES, ManifestMismatch, read_manifest, rebuild
from exports.stories import Fingerprinter, assign_stories

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "builder" / "samples").glob("*.txt"))
TARGET = "hubungan dan kerja sama Rusia–Korea Utara"


@pytest.fixture(scope="module")
def jsonl_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("jb") / "out"
    build(list(map(str, SAMPLES)), out, fmt="jsonl", jobs=1, target=TARGET)
    return out


def _tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _run_fails(args: list[str], capsys: pytest.CaptureFixture, dataset: Path) -> str:
    before = _tree(dataset)
    assert cli.main(args + ["-o", str(dataset)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kutipan: error: "), err
    assert _tree(dataset) == before, "an earlier DATASET/ is left as it was"
    assert not [p for p in dataset.parent.iterdir() if p.name.startswith(f".{dataset.name}.")], "no temp folder left"
    return err


@pytest.fixture
def dataset(jsonl_build: Path, tmp_path: Path) -> Path:
    out = tmp_path / "dataset"
    export(out=out, build=jsonl_build)
    return out


def _edit_jsonl(src: Path, dst: Path, line: int, **changes: object) -> None:
    rows = [json.loads(x) for x in src.read_text(encoding="utf-8").splitlines()]
    rows[line].update(changes)
    dst.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def _copy(folder: Path, tmp: Path) -> Path:
    dst = tmp / folder.name
    shutil.copytree(folder, dst)
    return dst


def test_quote_whose_offsets_do_not_fit_names_the_record(jsonl_build: Path, dataset: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture) -> None:
    bad = _copy(jsonl_build, tmp_path / "x")
    q = json.loads((bad / "quotes.jsonl").read_text(encoding="utf-8").splitlines()[3])
    _edit_jsonl(jsonl_build / "quotes.jsonl", bad / "quotes.jsonl", 3, quote_end=10**7)
    err = _run_fails(["export", "--build", str(bad)], capsys, dataset)
    assert q["quote_id"] in err and q["article_id"] in err and "do not fit" in err


def test_span_text_that_differs_from_the_article_names_the_record(jsonl_build: Path, dataset: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture) -> None:
    bad = _copy(jsonl_build, tmp_path / "x")
    q = json.loads((bad / "quotes.jsonl").read_text(encoding="utf-8").splitlines()[0])
    _edit_jsonl(jsonl_build / "quotes.jsonl", bad / "quotes.jsonl", 0, cue="bukan")
    err = _run_fails(["export", "--build", str(bad)], capsys, dataset)
    assert q["quote_id"] in err and "cue" in err


@pytest.mark.parametrize("column, value", [("quote_type", "quotation"), ("speaker_kind", "alien"), ("stance", "pro")])
def test_unknown_label_names_the_record(column: str, value: str, jsonl_build: Path, dataset: Path, tmp_path: Path,
                                        capsys: pytest.CaptureFixture) -> None:
    bad = _copy(jsonl_build, tmp_path / "x")
    q = json.loads((bad / "quotes.jsonl").read_text(encoding="utf-8").splitlines()[2])
    _edit_jsonl(jsonl_build / "quotes.jsonl", bad / "quotes.jsonl", 2, **{column: value})
    err = _run_fails(["export", "--build", str(bad)], capsys, dataset)
    assert q["quote_id"] in err and f"unknown {column} {value!r}" in err


def test_missing_snapshot(jsonl_build: Path, dataset: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    err = _run_fails(["export", "--build", str(jsonl_build), "--annotations", str(tmp_path / "nope")], capsys, dataset)
    assert "nope" in err and "not found" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    err = _run_fails(["export", "--build", str(jsonl_build), "--annotations", str(empty)], capsys, dataset)
    assert "reviewed.jsonl: missing" in err


def test_corrupt_snapshot_names_the_line(jsonl_build: Path, dataset: Path, tmp_path: Path,
                                         capsys: pytest.CaptureFixture) -> None:
    snap = _copy(SOURCES, tmp_path / "s")
    lines = (snap / "reviewed.jsonl").read_text(encoding="utf-8").splitlines()
    lines[4] = lines[4][: len(lines[4]) // 2]
    (snap / "reviewed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    err = _run_fails(["export", "--build", str(jsonl_build), "--annotations", str(snap)], capsys, dataset)
    assert "reviewed.jsonl line 5: not valid JSON" in err


def test_snapshot_status_and_offsets_are_checked(jsonl_build: Path, dataset: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture) -> None:
    snap = _copy(SOURCES, tmp_path / "s")
    _edit_jsonl(SOURCES / "reviewed.jsonl", snap / "reviewed.jsonl", 1, status="maybe")
    err = _run_fails(["export", "--build", str(jsonl_build), "--annotations", str(snap)], capsys, dataset)
    assert "line 2: unknown status 'maybe'" in err
    row = json.loads((SOURCES / "reviewed.jsonl").read_text(encoding="utf-8").splitlines()[1])
    _edit_jsonl(SOURCES / "reviewed.jsonl", snap / "reviewed.jsonl", 1, quote_start=row["quote_start"] + 1)
    err = _run_fails(["export", "--build", str(jsonl_build), "--annotations", str(snap)], capsys, dataset)
    assert row["quote_id"] in err and row["article_id"] in err


def test_corrupt_or_missing_build(jsonl_build: Path, dataset: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    err = _run_fails(["export", "--build", str(tmp_path / "none")], capsys, dataset)
    assert "not found" in err
    pq_build = tmp_path / "pq"
    build(list(map(str, SAMPLES[:1])), pq_build, fmt="parquet", jobs=1, target=TARGET)
    data = (pq_build / "quotes.parquet").read_bytes()
    (pq_build / "quotes.parquet").write_bytes(data[: len(data) // 2])
    err = _run_fails(["export", "--build", str(pq_build)], capsys, dataset)
    assert "quotes.parquet: cannot read as Parquet" in err


def test_splits_stay_put_when_articles_are_added() -> None:
    rng = np.random.default_rng(0)
    vocab = ["".join(rng.choice(list("abcdefghijklmnopqrstuvwxyz"), 6)) for _ in range(3000)]
    base = [" ".join(rng.choice(vocab, 120)) for _ in range(60)]
    copies = [t + " pada 2024 tambahan" for t in base[:10]]  # near-duplicates
    extra = [" ".join(rng.choice(vocab, 120)) for _ in range(40)]

    def run(texts: list[str]) -> tuple[list[str], np.ndarray]:
        sig, has = Fingerprinter().signatures(pl.Series(texts))
        ids = [f"a{i:03d}" for i in range(len(texts))]
        return assign_stories(ids, sig, has, np.empty(0, np.int64), pl.Series([], dtype=pl.String))

    stories, split = run(base + copies)
    for i in range(10):
        assert stories[i] == stories[60 + i], "a near-duplicate joins its original's story"
    assert len(set(stories[:60])) == 60
    stories2, split2 = run(base + copies + extra)
    assert stories2[:70] == stories[:70] and split2[:70].tolist() == split[:70].tolist()
    assert set(split2.tolist()) == {0, 1, 2}


def test_rebuild_matches_the_committed_manifest(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["rebuild", "--check", "-o", str(tmp_path / "ds")]) == 0
    assert "matches manifest.sha256" in capsys.readouterr().err
    assert set(read_manifest(MANIFEST)) == {p.relative_to(tmp_path / "ds").as_posix()
                                            for p in (tmp_path / "ds").rglob("*") if p.is_file()}
    first = _tree(tmp_path / "ds")
    rebuild(out=tmp_path / "again")
    assert _tree(tmp_path / "again") == first


def test_changing_one_annotation_is_caught_and_the_file_named(tmp_path: Path) -> None:
    snap = _copy(SOURCES, tmp_path / "s")
    row = json.loads((SOURCES / "reviewed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    new = "favor" if row["stance"] != "favor" else "against"
    _edit_jsonl(SOURCES / "reviewed.jsonl", snap / "reviewed.jsonl", 0, stance=new)
    with pytest.raises(ManifestMismatch) as exc:
        rebuild(sources=snap)
    assert "differs: quotes/" in str(exc.value) and "kutipan rebuild --update" in str(exc.value)
    manifest = tmp_path / "m.sha256"
    rebuild(sources=snap, update=True, manifest=manifest)
    assert manifest.read_text(encoding="utf-8") != MANIFEST.read_text(encoding="utf-8")


def test_push_to_hub_refuses_without_a_token(dataset: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture, jsonl_build: Path, tmp_path: Path) -> None:
    monkeypatch.delenv("HF_TOKEN", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.setattr("huggingface_hub.get_token", lambda: None)
    rc = cli.main(["export", "--build", str(jsonl_build), "-o", str(tmp_path / "ds"), "--push-to-hub", "me/kutipan"])
    err = capsys.readouterr().err
    assert rc == 1 and "kutipan: error: push to the Hub: no token" in err


def test_push_to_hub_uploads_exactly_the_exported_folder(dataset: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[dict] = []

    class FakeApi:
        def __init__(self, token: str) -> None:
            assert token == "t0ken"

        def create_repo(self, repo_id: str, **kw: object) -> None:
            calls.append({"create": repo_id, **kw})

        def upload_folder(self, **kw: object) -> str:
            calls.append(kw)
            return "https://example.invalid/commit/1"

    monkeypatch.setattr("huggingface_hub.HfApi", FakeApi)
    assert hub.push_to_hub(dataset, "me/kutipan", token="t0ken") == "https://example.invalid/commit/1"
    assert calls[1]["folder_path"] == str(dataset) and calls[1]["repo_type"] == "dataset"
    assert hub.upload_plan(dataset) == sorted(_tree(dataset))
    with pytest.raises(Exception, match="OWNER/NAME"):
        hub.push_to_hub(dataset, "no-owner", token="t0ken")
