"""The pure parts of the review round trip, no server: snapshot -> records, agreement, the interface, predictions.

`data/ls_snapshot.json` is a real Label Studio 1.23.2 snapshot (five eval
articles) saved by the server test: one article with a deleted and an added
quote, one with a moved boundary, a changed speaker and a changed stance, one
with two annotators (the ground-truth one deletes a quote), one skipped, one
not reviewed.
"""
from __future__ import annotations

import copy
import json
import random
from pathlib import Path

import pytest
from label_studio_sdk.label_interface import LabelInterface

from annotation.agreement import Agreement, Judgement, cohen_kappa, pick, span_f1
from annotation.convert import META_KEY, REVIEW_COLUMNS, convert, match, parse_result, progress_lines
from annotation.errors import ValidationFailed
from annotation.labels import QUOTE_LABELS, guide_html, label_config
from annotation.pull import jsonl
from annotation.push import batches, prediction, validate
from builder.clean import clean
from builder.extract import extract, quote_id
from builder.schema import QUOTE_COLUMNS, QUOTE_TYPES, SPEAKER_KINDS, STANCES

SNAPSHOT = json.loads((Path(__file__).parent / "data" / "ls_snapshot.json").read_text(encoding="utf-8"))
ARTICLE = ("JAKARTA - Menteri Keuangan Sri Mulyani mengatakan, pemerintah akan menjaga defisit di bawah tiga persen. "
           "\"Kami tetap berhati-hati,\" kata Sri Mulyani di Jakarta, Senin.\n\n"
           "Menurut ekonom Faisal Basri, kebijakan itu terlalu ketat.")


def by_article(records: list[dict], article_id: str) -> list[dict]:
    return [r for r in records if r["article_id"] == article_id]


def test_statuses_from_a_real_snapshot() -> None:
    out = convert(SNAPSHOT)
    assert [r["status"] for r in by_article(out.records, "045")] == ["added", "accepted", "rejected"]
    assert [r["status"] for r in by_article(out.records, "062")] == ["corrected"] * 3
    assert [r["status"] for r in by_article(out.records, "069")] == ["accepted", "rejected", "accepted"]
    assert not by_article(out.records, "053")  # skipped
    assert not by_article(out.records, "002")  # never opened
    assert out.report["tasks"] == 5 and out.report["tasks_reviewed"] == 3
    assert out.report["per_annotator"] == {"admin@kutipan.local": 3, "ani@kutipan.local": 1}
    assert out.report["records"] == {"accepted": 3, "corrected": 3, "added": 1, "rejected": 2}


def test_record_fields_follow_the_contract() -> None:
    out = convert(SNAPSHOT)
    texts = {a["article_id"]: a["text"] for a in out.articles}
    for r in out.records:
        assert tuple(r) == REVIEW_COLUMNS and REVIEW_COLUMNS[: len(QUOTE_COLUMNS)] == QUOTE_COLUMNS
        assert texts[r["article_id"]][r["quote_start"]:r["quote_end"]] == r["quote"]
        if r["cue"] is not None:
            assert texts[r["article_id"]][r["cue_start"]:r["cue_end"]] == r["cue"]
        if r["status"] in ("added", "corrected"):
            assert r["quote_id"] == quote_id(r["article_id"], r["quote_start"], r["quote_end"])
            assert r["confidence"] == 1.0
        assert r["reviewed_at"].endswith("Z") and r["annotator"]
    added = next(r for r in out.records if r["status"] == "added")
    assert added["rule"] == "human" and added["speaker"] == "Budi Santoso" and added["stance"] == "against"
    speaker_changed = by_article(out.records, "062")[1]
    assert speaker_changed["speaker"] == "Nama Baru" and speaker_changed["speaker_role"] is None
    assert {r["annotator_agreement"] for r in by_article(out.records, "069")} == {0.8}
    assert {r["annotator_agreement"] for r in by_article(out.records, "045")} == {None}


def test_output_bytes_do_not_depend_on_task_or_annotation_order() -> None:
    first = jsonl(convert(SNAPSHOT).records, REVIEW_COLUMNS)
    shuffled = copy.deepcopy(SNAPSHOT)
    rng = random.Random(7)
    rng.shuffle(shuffled)
    for t in shuffled:
        rng.shuffle(t["annotations"])
        for a in t["annotations"]:
            rng.shuffle(a["result"])
    assert jsonl(convert(shuffled).records, REVIEW_COLUMNS) == first
    keys = [(r["article_id"], r["quote_start"], r["quote_end"]) for r in convert(shuffled).records]
    assert keys == sorted(keys)


def test_progress_lines_name_each_annotator() -> None:
    lines = progress_lines(convert(SNAPSHOT).report)
    assert lines[0] == "reviewed 3 of 5 tasks"
    assert "  ani@kutipan.local: 1 task" in lines
    assert any(line.startswith("agreement on 1 tasks") and "quote span F1 0.8" in line for line in lines)


def _task(text: str, pred_result: list[dict], annotations: list[dict], article_id: str = "a1") -> dict:
    return {"id": 1, "data": {"article_id": article_id, "text": text, "target": "anggaran"},
            "predictions": [{"id": 1, "model_version": "kutipan-rules-1", "result": pred_result}],
            "annotations": annotations}


def _ann(result: list[dict], ann_id: int = 1, who: str = "a@x", gt: bool = False, when: str = "2026-01-01T00:00:00Z",
         cancelled: bool = False) -> dict:
    return {"id": ann_id, "completed_by": {"id": ann_id, "email": who}, "result": result, "ground_truth": gt,
            "updated_at": when, "was_cancelled": cancelled}


def _ui(result: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in (META_KEY, "score")} for r in copy.deepcopy(result)]


def test_prediction_accepted_as_is_gives_back_the_builders_records() -> None:
    quotes = [q.to_dict() for q in extract(ARTICLE, "a1", target="anggaran")]
    assert len(quotes) >= 2
    text = clean(ARTICLE).text
    pred = prediction(quotes)
    validate("a1", text, pred, LabelInterface(label_config()))
    out = convert([_task(text, pred["result"], [_ann(_ui(pred["result"]))])])
    assert [r["status"] for r in out.records] == ["accepted"] * len(quotes)
    assert [{k: r[k] for k in QUOTE_COLUMNS} for r in out.records] == sorted(quotes, key=lambda q: q["quote_start"])


def test_a_region_recreated_by_the_ui_with_a_new_id_still_matches_its_prediction() -> None:
    quotes = [q.to_dict() for q in extract(ARTICLE, "a1", target="anggaran")]
    text = clean(ARTICLE).text
    pred = prediction(quotes)
    ui = _ui(pred["result"])
    old = quotes[0]["quote_id"]
    for r in ui:  # the annotator redrew the first quote one character shorter: new region id, relations follow
        if r.get("id") == old:
            r["id"] = "redrawn123"
            r["value"]["end"] -= 1
            if "labels" in r["value"]:
                r["value"]["text"] = r["value"]["text"][:-1]
        if r.get("to_id") == old:
            r["to_id"] = "redrawn123"
    out = convert([_task(text, pred["result"], [_ann(ui)])])
    first = out.records[0]
    assert first["status"] == "corrected" and first["quote_end"] == quotes[0]["quote_end"] - 1
    assert first["speaker_mention"] == quotes[0]["speaker_mention"] and first["cue"] == quotes[0]["cue"]
    assert [r["status"] for r in out.records].count("rejected") == 0


def test_relations_drawn_backwards_and_missing_names_fall_back_to_the_mention() -> None:
    text = "Kata Budi, harga naik."
    result = [
        {"id": "q", "from_name": "span", "to_name": "text", "type": "labels",
         "value": {"start": 11, "end": 21, "text": text[11:21], "labels": ["QUOTE_INDIRECT"]}},
        {"id": "s", "from_name": "span", "to_name": "text", "type": "labels",
         "value": {"start": 5, "end": 9, "text": "Budi", "labels": ["SPEAKER"]}},
        {"id": "c", "from_name": "span", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": 4, "text": "Kata", "labels": ["CUE"]}},
        {"type": "relation", "from_id": "q", "to_id": "s", "direction": "right", "labels": []},
        {"type": "relation", "from_id": "c", "to_id": "q", "direction": "right", "labels": ["cue_of"]},
    ]
    (q,) = parse_result(result)
    assert (q.mention, q.cue, q.quote_type) == ((5, 9), (0, 4), "indirect")
    (rec,) = convert([_task(text, [], [_ann(result)])]).records
    assert (rec["status"], rec["speaker"], rec["speaker_mention"], rec["cue"]) == ("added", "Budi", "Budi", "Kata")
    assert rec["speaker_kind"] == "unknown" and rec["stance"] is None and rec["stance_target"] is None


def test_only_cancelled_annotations_mean_not_reviewed() -> None:
    text = "Kata Budi, harga naik."
    out = convert([_task(text, [], [_ann([], cancelled=True)])])
    assert out.records == [] and out.report["tasks_reviewed"] == 0 and out.articles[0]["reviewed"] is False


def test_match_prefers_id_then_span_then_overlap() -> None:
    pred = parse_result([
        {"id": "p1", "from_name": "span", "type": "labels", "value": {"start": 0, "end": 10, "labels": ["QUOTE_DIRECT"]}},
        {"id": "p2", "from_name": "span", "type": "labels", "value": {"start": 20, "end": 30, "labels": ["QUOTE_DIRECT"]}},
        {"id": "p3", "from_name": "span", "type": "labels", "value": {"start": 40, "end": 50, "labels": ["QUOTE_DIRECT"]}},
    ])
    rev = parse_result([
        {"id": "x", "from_name": "span", "type": "labels", "value": {"start": 0, "end": 10, "labels": ["QUOTE_DIRECT"]}},
        {"id": "p3", "from_name": "span", "type": "labels", "value": {"start": 41, "end": 50, "labels": ["QUOTE_DIRECT"]}},
        {"id": "y", "from_name": "span", "type": "labels", "value": {"start": 60, "end": 70, "labels": ["QUOTE_MIXED"]}},
    ])
    pairs = {(p.region_id if p else None, r.region_id if r else None) for p, r in match(pred, rev)}
    assert pairs == {("p1", "x"), ("p3", "p3"), ("p2", None), (None, "y")}


def test_agreement_measures() -> None:
    assert span_f1(set(), set()) == 1.0
    assert span_f1({(0, 5), (6, 9)}, {(0, 5)}) == pytest.approx(2 / 3)
    assert cohen_kappa([]) is None
    assert cohen_kappa([("favor", "favor")] * 4) == 1.0
    # po = 0.5, pe = 0.5 -> kappa 0
    assert cohen_kappa([("a", "a"), ("a", "b"), ("b", "a"), ("b", "b")]) == pytest.approx(0.0)
    # po = 0.8, pe = 0.6*0.6 + 0.4*0.4 = 0.52 -> 0.5833
    pairs = [("a", "a")] * 5 + [("b", "b")] * 3 + [("a", "b"), ("b", "a")]
    assert cohen_kappa(pairs) == pytest.approx((0.8 - 0.52) / 0.48)
    ag = Agreement()
    assert ag.add([Judgement("a", {(0, 5): ("Budi", "favor")})]) is None
    assert ag.add([Judgement("a", {(0, 5): ("Budi", "favor"), (6, 9): ("X", None)}),
                   Judgement("b", {(0, 5): (" budi ", "against")})]) == pytest.approx(2 / 3)
    rep = ag.report()
    assert rep["tasks_with_several_annotations"] == 1 and rep["speaker_agreement"] == 1.0
    assert rep["stance_kappa"] == 0.0


def test_resolution_rule_ground_truth_then_latest_then_lowest_id() -> None:
    a = _ann([], 1, when="2026-01-02T00:00:00Z")
    b = _ann([], 2, when="2026-01-01T00:00:00Z", gt=True)
    c = _ann([], 3, when="2026-01-03T00:00:00Z")
    assert pick([a, b, c])["id"] == 2
    assert pick([a, c])["id"] == 3
    assert pick([_ann([], 5), _ann([], 4)])["id"] == 4


def test_interface_is_generated_from_the_schema_label_sets() -> None:
    config = label_config()
    li = LabelInterface(config)
    assert set(QUOTE_LABELS.values()) == set(QUOTE_TYPES)
    for value in (*QUOTE_LABELS, "SPEAKER", "CUE", *STANCES, *SPEAKER_KINDS, "said_by", "cue_of"):
        assert f'value="{value}"' in config
    assert sorted(c.name for c in li.controls) == ["span", "speaker", "speaker_kind", "stance"]
    guide = guide_html()
    for example in ("sebut Ushakov", "Menurut X", "bahwa", "Para analis", "favor", "against"):
        assert example in guide


def test_validation_catches_what_the_server_would_store_silently() -> None:
    quotes = [q.to_dict() for q in extract(ARTICLE, "a1", target="anggaran")]
    text = clean(ARTICLE).text
    li = LabelInterface(label_config())
    bad = copy.deepcopy(quotes)
    bad[0]["quote_start"] += 1
    with pytest.raises(ValidationFailed, match="but the build says"):
        validate("a1", text, prediction(bad), li)
    bad = copy.deepcopy(quotes)
    bad[0]["stance"] = "pro"
    with pytest.raises(ValidationFailed, match="not in the labeling config"):
        validate("a1", text, prediction(bad), li)
    bad = copy.deepcopy(quotes)
    bad[-1]["quote_end"] = len(text) + 5
    with pytest.raises(ValidationFailed, match="outside a text"):
        validate("a1", text, prediction(bad), li)


def test_status_is_judged_against_the_prediction_the_annotator_saw() -> None:
    quotes = [q.to_dict() for q in extract(ARTICLE, "a1", target="anggaran")]
    text = clean(ARTICLE).text
    seen = prediction(quotes)
    newer = prediction([{**q, "stance": "against" if q["stance"] != "against" else "favor"} for q in quotes])
    ann = _ann(_ui(seen["result"])) | {"prediction": {"id": 1, "result": seen["result"]}}
    task = _task(text, newer["result"], [ann])  # push replaced the task's prediction after the review
    assert {r["status"] for r in convert([task]).records} == {"accepted"}
    del ann["prediction"]  # without the copy, the task's newest prediction is the baseline
    assert {r["status"] for r in convert([task]).records} == {"corrected"}


def test_the_exports_reader_accepts_what_pull_writes(tmp_path: Path) -> None:
    from exports.inputs import read_snapshot

    out = convert(SNAPSHOT)
    (tmp_path / "reviewed.jsonl").write_bytes(jsonl(out.records, REVIEW_COLUMNS))
    (tmp_path / "articles.jsonl").write_bytes(jsonl(out.articles))
    snap = read_snapshot(tmp_path)
    assert snap.quotes.height == len(out.records) == 9
    assert snap.articles.height == 5
    seeds = snap.articles.filter(snap.articles["article_id"] == "045")
    assert seeds["target"][0] == out.articles[[a["article_id"] for a in out.articles].index("045")]["metadata"]["target"]
    assert all(set(a["metadata"]) == {"url", "outlet", "title", "published", "target"} for a in out.articles)


EVAL_DIR = Path(__file__).resolve().parents[2] / "shared" / "eval"  # beside the checkout, as in test_cli
EVAL_ARTICLES = [json.loads(line) for name in ("dev.jsonl", "dev_seeds.jsonl") if (EVAL_DIR / name).exists()
                 for line in (EVAL_DIR / name).read_text("utf-8").splitlines()]


@pytest.mark.parametrize("article", EVAL_ARTICLES, ids=[a["id"] for a in EVAL_ARTICLES])
def test_every_eval_article_survives_push_format_and_back(article: dict) -> None:
    """prediction() then an unchanged review then convert() gives back exactly the builder's records."""
    quotes = [q.to_dict() for q in extract(article["text"], article["id"], target=article.get("target"))]
    text = clean(article["text"]).text
    pred = prediction(quotes)
    validate(article["id"], text, pred)
    out = convert([_task(text, pred["result"], [_ann(_ui(pred["result"]))], article_id=article["id"])
                   | {"data": {"article_id": article["id"], "text": text, "target": article.get("target")}}])
    assert [r["status"] for r in out.records] == ["accepted"] * len(quotes)
    assert [{k: r[k] for k in QUOTE_COLUMNS} for r in out.records] == \
        sorted(quotes, key=lambda q: (q["quote_start"], q["quote_end"], q["quote_id"]))


def test_import_batches_cover_every_task_once_and_start_small() -> None:
    for n, size in [(0, 5000), (1, 5000), (999, 5000), (10_000, 5000), (26, 4), (12_345, 700)]:
        bounds = batches(n, size)
        assert [i for s, e in bounds for i in range(s, e)] == list(range(n))
        assert all(e - s <= size for s, e in bounds)
    assert batches(10_000, 5000)[0] == (0, 1000)
    assert batches(10_000, 5000)[1] == (1000, 6000)
