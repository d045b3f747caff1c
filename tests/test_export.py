"""`kutipan export`: the folder loads with the real `datasets` library, offline, and its data holds.

Every load uses a fresh cache folder: `datasets` keys its cache of a local folder on
the folder's name, not its contents, so a shared cache would hide a regression.
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import defaultdict
from pathlib import Path

import datasets
import numpy as np
import polars as pl
import pyarrow.parquet as pq
import pytest
import yaml

from builder import cli
from builder.build import build
from builder.schema import QUOTE_TYPES, SPEAKER_KINDS, STANCES
from exports import privacy
from exports.export import export
from exports.features import BIO_TAGS, FEATURES, SPAN_LABELS, SPLITS
from exports.stories import QUOTE_LINK_MIN_CHARS
from exports.tokens import PIECE, layout, token_rows

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "eval" / "dev.jsonl"
SAMPLES = sorted((ROOT / "builder" / "samples").glob("*.txt"))
SNAPSHOT = ROOT / "exports" / "sources"
TARGET = "hubungan dan kerja sama Rusia–Korea Utara"


def load(folder: Path, config: str | None, tmp_path_factory: pytest.TempPathFactory) -> datasets.DatasetDict:
    """load_dataset offline with a cache folder nobody used before."""
    cache = tmp_path_factory.mktemp("hf-cache")
    return datasets.load_dataset(str(folder), config, cache_dir=str(cache))


@pytest.fixture(autouse=True)
def _offline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(datasets.config, "HF_HUB_OFFLINE", True, raising=False)


@pytest.fixture(scope="module")
def dev_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    assert DEV.exists(), f"the shared gold file {DEV} is needed for these tests"
    out = tmp_path_factory.mktemp("build") / "out"
    build([str(DEV), *map(str, SAMPLES)], out, fmt="parquet", jobs=1, target=TARGET)
    return out


@pytest.fixture(scope="module")
def dev_dataset(dev_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("ds") / "dataset"
    export(out=out, build=dev_build)
    return out


@pytest.fixture(scope="module")
def reviewed_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = tmp_path_factory.mktemp("sbuild") / "out"
    build(list(map(str, SAMPLES)), built, fmt="jsonl", jobs=1, target=TARGET)
    out = tmp_path_factory.mktemp("rds") / "dataset"
    export(out=out, build=built, annotations=SNAPSHOT)
    return out


def _card_counts(folder: Path) -> dict[str, dict[str, int]]:
    card = (folder / "README.md").read_text(encoding="utf-8")
    table = card.split("## Splits", 1)[1]
    out = {}
    for m in re.finditer(r"^\| `(\w+)` \| ([\d,]+) \| ([\d,]+) \| ([\d,]+) \|", table, flags=re.M):
        out[m.group(1)] = {s: int(m.group(i + 2).replace(",", "")) for i, s in enumerate(SPLITS)}
    return out


@pytest.mark.parametrize("config", ["quotes", "articles", "tokens"])
def test_every_config_loads_offline_with_declared_features_and_card_counts(
        config: str, dev_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    dd = load(dev_dataset, None if config == "quotes" else config, tmp_path_factory)
    counts = _card_counts(dev_dataset)[config]
    assert {s: dd[s].num_rows for s in dd} == {s: n for s, n in counts.items() if n}
    assert set(dd) == set(SPLITS), "the dev build is big enough to fill all three splits"
    for ds in dd.values():
        assert ds.features == FEATURES[config]


def test_class_label_names_are_the_builder_label_sets(dev_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    q = load(dev_dataset, None, tmp_path_factory)["train"].features
    assert q["quote_type"].names == list(QUOTE_TYPES)
    assert q["speaker_kind"].names == list(SPEAKER_KINDS)
    assert q["stance"].names == list(STANCES)
    a = load(dev_dataset, "articles", tmp_path_factory)["train"].features
    assert a["spans"].feature["label"].names == list(SPAN_LABELS)
    t = load(dev_dataset, "tokens", tmp_path_factory)["train"].features
    assert t["tags"].feature.names == list(BIO_TAGS)


def test_no_story_and_no_long_quote_crosses_splits(dev_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    arts = load(dev_dataset, "articles", tmp_path_factory)
    story_splits: dict[str, set[str]] = defaultdict(set)
    for split, ds in arts.items():
        for story in ds["story"]:
            story_splits[story].add(split)
    assert story_splits and all(len(s) == 1 for s in story_splits.values())
    quotes = load(dev_dataset, None, tmp_path_factory)
    cluster_splits: dict[str, set[str]] = defaultdict(set)
    for split, ds in quotes.items():
        for cluster, quote, story in zip(ds["quote_cluster"], ds["quote"], ds["story"], strict=True):
            assert story_splits[story] == {split}
            if len(re.sub(r"[^\w]+", " ", quote.lower()).strip()) >= QUOTE_LINK_MIN_CHARS:
                cluster_splits[cluster].add(split)
    assert all(len(s) == 1 for s in cluster_splits.values())


def test_every_span_offset_holds_against_text(dev_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    arts = load(dev_dataset, "articles", tmp_path_factory)
    texts = {a: t for ds in arts.values() for a, t in zip(ds["article_id"], ds["text"], strict=True)}
    n_spans = 0
    for ds in arts.values():
        for row in ds:
            assert row["n_quotes"] == sum(1 for s in row["spans"] if s["label"] == 0)
            for s in row["spans"]:
                assert row["text"][s["start"]:s["end"]] == s["text"]
                n_spans += 1
    assert n_spans > 100
    quotes = load(dev_dataset, None, tmp_path_factory)
    for ds in quotes.values():
        for q in ds:
            text = texts[q["article_id"]]
            assert text[q["quote_start"]:q["quote_end"]] == q["quote"]
            for name in ("cue", "speaker_mention"):
                if q[name] is not None:
                    assert text[q[f"{name}_start"]:q[f"{name}_end"]] == q[name]


def _decode(tags: list[int], starts: list[int], ends: list[int]) -> list[tuple[int, int, int]]:
    spans, cur = [], None
    for tag, s, e in zip(tags, starts, ends, strict=True):
        name = BIO_TAGS[tag]
        if name.startswith("B-") or name == "O" or (cur and SPAN_LABELS[cur[0]] != name[2:]):
            if cur:
                spans.append(tuple(cur))
            cur = [SPAN_LABELS.index(name[2:]), s, e] if name != "O" else None
        else:
            cur[2] = e
    if cur:
        spans.append(tuple(cur))
    return spans


def test_bio_tags_give_back_the_spans(dev_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    arts = load(dev_dataset, "articles", tmp_path_factory)
    toks = load(dev_dataset, "tokens", tmp_path_factory)
    checked = 0
    for split in arts:
        by_id = {r["article_id"]: r for r in arts[split]}
        for t in toks[split]:
            art = by_id[t["article_id"]]
            text = art["text"]
            assert [text[s:e] for s, e in zip(t["token_starts"], t["token_ends"], strict=True)] == t["tokens"]
            assert all(tok.strip() == tok and tok for tok in t["tokens"])
            want = []
            for label, s, e in layout([(x["label"], x["start"], x["end"]) for x in art["spans"]]):
                piece = text[s:e]
                if piece.strip():
                    s2 = s + len(piece) - len(piece.lstrip())
                    want.append((label, s2, s2 + len(piece.strip())))
            assert _decode(t["tags"], t["token_starts"], t["token_ends"]) == want
            checked += len(want)
    assert checked > 100


def _reference_tokens(text: str, spans: list[tuple[int, int, int]]) -> list[tuple[str, int, int, str]]:
    """The definition: PIECE's non-space matches (same regex engine), cut at laid-out span boundaries, BIO-tagged."""
    pieces = pl.Series([text]).str.extract_all(PIECE)[0]
    laid = layout(spans)
    cuts = {b for _, s, e in laid for b in (s, e)}
    out, pos = [], 0
    for piece in pieces.to_list():
        a, b = pos, pos + len(piece)
        pos = b
        if pl.Series([piece]).str.contains(r"^\s")[0]:
            continue
        edges = [a, *sorted(c for c in cuts if a < c < b), b]
        for s, e in zip(edges[:-1], edges[1:], strict=False):
            tag = "O"
            for label, ls, le in laid:
                if ls <= s and e <= le:
                    tag = ("B-" if not out or out[-1][3] == "O" or out[-1][2] <= ls else "I-") + SPAN_LABELS[label]
            out.append((text[s:e], s, e, tag))
    return out


def test_tokens_are_the_regex_pieces_on_any_unicode() -> None:
    """Numpy tokenising must cut exactly where PIECE does: combining marks, digits like ², NBSP, emoji, ZWJ."""
    rng = random.Random(7)
    alphabet = [*"ab cdé_1.,!?\"'\t\n", "\u0301", "\u00b2", "\u00bd", "\u00a0", "\u2003", "\u200d", "\u2013",
                "\x1c", "\x85", "\u203f", "\u2162", "\u0663", "\U0001f600", "\U0001d400", "\U00010400", "\u0640"]
    texts, spans = [], []
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        texts.append(text)
        spans.append([(rng.randint(0, 2), a, rng.randint(a, len(text)))
                      for a in (rng.randint(0, len(text)) for _ in range(rng.randint(0, 4)))])
    flat = [(i, *x) for i, sp in enumerate(spans) for x in sp]
    owner, label, start, end = (np.array([f[k] for f in flat], dtype=np.int64) for k in range(4))
    got = token_rows(pl.Series(texts, dtype=pl.String), owner, label, start, end)
    for i, text in enumerate(texts):
        want = _reference_tokens(text, spans[i])
        rows = zip(got["tokens"][i].as_py(), got["token_starts"][i].as_py(), got["token_ends"][i].as_py(),
                   (BIO_TAGS[t] for t in got["tags"][i].as_py()), strict=True)
        assert list(rows) == want, text


def test_reviewed_rows_replace_the_rules_rows(reviewed_dataset: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    rows = [json.loads(line) for line in (SNAPSHOT / "reviewed.jsonl").read_text(encoding="utf-8").splitlines()]
    reviewed_ids = {r["article_id"] for r in rows}
    quotes = load(reviewed_dataset, None, tmp_path_factory)
    got = [q for ds in quotes.values() for q in ds]
    for q in got:
        assert q["status"] == ("reviewed" if q["article_id"] in reviewed_ids else "rules-only")
    exported = {q["quote_id"] for q in got if q["article_id"] in reviewed_ids}
    assert exported == {r["quote_id"] for r in rows if r["status"] != "rejected"}
    assert any(r["status"] == "rejected" for r in rows) and any(r["status"] == "added" for r in rows)
    agreement = {r["quote_id"]: r["annotator_agreement"] for r in rows}
    assert all(q["annotator_agreement"] == agreement[q["quote_id"]] for q in got if q["quote_id"] in agreement)
    card = (reviewed_dataset / "README.md").read_text(encoding="utf-8")
    assert "kumparan" in card and "2019-04-24" in card, "outlets and dates come from the snapshot's metadata"


def test_rules_only_export_is_labelled_silver_and_has_no_placeholder(
        tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    built = tmp_path / "out"
    build(list(map(str, SAMPLES)), built, fmt="parquet", jobs=1, target=TARGET)
    out = tmp_path / "dataset"
    export(out=out, build=built)
    card = (out / "README.md").read_text(encoding="utf-8")
    assert 'rules-only ("silver") dataset' in card
    for bad in ("More Information Needed", "TODO", "TBD", "placeholder", "lorem", "XXX"):
        assert bad.lower() not in card.lower()
    head = yaml.safe_load(card.split("---\n", 2)[1])
    assert head["configs"][0]["config_name"] == "quotes" and head["configs"][0]["default"] is True
    assert {c["config_name"] for c in head["dataset_info"]} == {c["config_name"] for c in head["configs"]}
    for section in ("## Configs and fields", "## Splits", "## How it was annotated", "## Stance targets",
                    "## Sources and dates", "## Limitations", "## Citation", "end-exclusive"):
        assert section in card
    assert TARGET in card
    q = load(out, None, tmp_path_factory)
    assert {r for ds in q.values() for r in ds["status"]} == {"rules-only"}


def _hashes(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_export_bytes_do_not_depend_on_run_or_folder(dev_build: Path, tmp_path: Path) -> None:
    export(out=tmp_path / "a" / "one", build=dev_build)
    export(out=tmp_path / "b" / "two", build=dev_build)
    one, two = _hashes(tmp_path / "a" / "one"), _hashes(tmp_path / "b" / "two")
    assert one == two and len(one) >= 7
    for p in (tmp_path / "a" / "one").rglob("*.parquet"):
        assert b"/tmp" not in p.read_bytes() and str(tmp_path).encode() not in p.read_bytes()
        assert pq.ParquetFile(p).metadata.metadata[b"huggingface"]


def test_contact_data_is_masked_and_offsets_still_hold(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    art = {"id": "kontak-1", "text": (
        "JAKARTA - Ketua RT Budi Santoso mengatakan, warga bisa melapor lewat budi.santoso@example.com atau "
        "0812-3456-7890 kapan saja.\n\n\"Silakan hubungi saya di +62 812 3456 7890,\" kata Budi di Jakarta.\n\n"
        "Warga lain, Siti, mengatakan bahwa banjir sudah surut sejak pagi.")}
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(art) + "\n", encoding="utf-8")
    built = tmp_path / "out"
    build([str(src), *map(str, SAMPLES)], built, fmt="parquet", jobs=1, target=TARGET)
    out = tmp_path / "dataset"
    export(out=out, build=built)
    for p in out.rglob("*.parquet"):
        for col in pq.read_table(p).to_pylist():
            blob = json.dumps(col, ensure_ascii=False)
            assert not re.search(privacy.EMAIL, blob), p
            assert not re.search(privacy.PHONE, blob), p
            assert "rudihamdani" not in blob  # the reader's e-mail in seed 003's login widget
    arts = load(out, "articles", tmp_path_factory)
    row = next(r for ds in arts.values() for r in ds if r["article_id"] == "kontak-1")
    assert "*" * len("+62 812 3456 7890") in row["text"]
    assert row["spans"], "the rules found the quotes around the masked contacts"
    for s in row["spans"]:
        assert row["text"][s["start"]:s["end"]] == s["text"]
    assert "1 articles had one" in (out / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("text, masked", [
    ("tulis ke budi.santoso@example.co.id ya", "budi.santoso@example.co.id"),
    ("hubungi 0812-3456-7890 segera", "0812-3456-7890"),
    ("hubungi +62 812 3456 7890 segera", "+62 812 3456 7890"),
    ("kantor (021) 555 1234 buka", "(021) 555 1234"),
])
def test_mask_keeps_length_and_hides_contacts(text: str, masked: str) -> None:
    out = privacy.mask(text)
    assert len(out) == len(text) and masked not in out and "*" * len(masked) in out


@pytest.mark.parametrize("text", ["Rabu (24/4/2019) pukul 11.54 WIB", "Rp 1.500.000 pada 2019", "pasal 28 ayat 3",
                                  "skor 3-1", "nomor 08 di daftar"])
def test_mask_leaves_dates_and_numbers(text: str) -> None:
    assert privacy.mask(text) == text


def test_cli_export_writes_the_folder_and_reports(dev_build: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "ds"
    assert cli.main(["export", "--build", str(dev_build), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.startswith("kutipan: wrote") and (out / "README.md").is_file()
    assert cli.main(["export", "--build", str(dev_build), "-o", str(out), "--splits", "1/1/1", "--quiet"]) == 0
    assert _card_counts(out)["articles"] != {"train": 0, "validation": 0, "test": 0}


def test_snapshot_only_export_works_without_a_build(tmp_path: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    out = tmp_path / "ds"
    export(out=out, annotations=SNAPSHOT)
    q = load(out, None, tmp_path_factory)
    assert {r for ds in q.values() for r in ds["status"]} == {"reviewed"}
    a = load(out, "articles", tmp_path_factory)
    assert sum(ds.num_rows for ds in a.values()) == 5
    shutil.rmtree(out)
