#!/usr/bin/env python3
"""Write the demonstration annotation snapshot the committed dataset is rebuilt from.

    python exports/sources/make_snapshot.py

Until real reviews from Label Studio replace it, `exports/sources/` holds a small
snapshot in the format `kutipan pull` writes (reviewed.jsonl + articles.jsonl). It is
derived from the rules' output on the bundled sample articles with a few deliberate
"human" changes, so the export and its card show every review outcome:

- two articles are reviewed (000_…, 001_…); the other three stay rules-only;
- most quotes are accepted (and their stance confirmed or set);
- one boundary is corrected (001_…: the accusation against the US ends at
  "senjata nuklir"; the rules ran on into "meski dibantah Rusia");
- one quote the rules missed is added (001_…: "akan berlangsung besok di
  pelabuhan Vladivostok", per the Kremlin);
- one quote is rejected (000_…: "Rusia menuding Korut ..." is the journalist's
  history, not a reported statement);
- one stance is changed (001_…: the analysts' quote is neutral, not favor).

Annotator names are placeholders, `reviewed_at` is null and agreement figures are
invented for the demonstration. Outlets come from the project's gold file; dates
only where the page states one. Rerun after a change to the rules or the cleaner,
then `kutipan rebuild --update`.
"""
from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import polars as pl

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from builder.build import build  # noqa: E402
from builder.extract import quote_id  # noqa: E402
from builder.schema import QUOTE_COLUMNS  # noqa: E402

HERE = Path(__file__).resolve().parent
TARGET = "hubungan dan kerja sama Rusia–Korea Utara"
SAMPLES = sorted((ROOT / "builder" / "samples").glob("*.txt"))
#: outlet as the shared gold file gives it; publication date only where the page states it
METADATA: dict[str, dict[str, str | None]] = {
    "000_493df48a9f6184ad": {"outlet": "kumparan", "published": "2019-04-24"},
    "001_2e906015c8d183c4": {"outlet": "bisnis.com", "published": "2019-04-24"},
    "002_fbe7d37d9584303b": {"outlet": "antaranews", "published": None},
    "003_b4f9b4da69e67717": {"outlet": "tempo.co (DW)", "published": None},
    "004_537347817aed97c2": {"outlet": "tribunnews", "published": None},
}
REVIEWED = ("000_493df48a9f6184ad", "001_2e906015c8d183c4")
ANNOTATOR = "demo-reviewer-a"
REJECT_PREFIX = ("000_493df48a9f6184ad", "Korut mengambil keuntungan")
CORRECT = ("001_2e906015c8d183c4", "berusaha melindungi Pyongyang", "senjata nuklir")
STANCE_CHANGE = ("001_2e906015c8d183c4", "dia sekarang tengah mencari", "neutral")
ADD = ("001_2e906015c8d183c4", "akan berlangsung besok di pelabuhan Vladivostok", "menurut", "Kremlin")


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def reviewed_rows(articles: pl.DataFrame, quotes: pl.DataFrame) -> list[dict[str, Any]]:
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    rows = []
    for q in quotes.filter(pl.col("article_id").is_in(REVIEWED)).iter_rows(named=True):
        row = {c: q[c] for c in QUOTE_COLUMNS}
        row |= {"annotator": ANNOTATOR, "reviewed_at": None, "status": "accepted", "annotator_agreement": None}
        aid, text = q["article_id"], texts[q["article_id"]]
        if (aid, q["quote"][: len(REJECT_PREFIX[1])]) == REJECT_PREFIX:
            row["status"] = "rejected"
        if aid == CORRECT[0] and q["quote"].startswith(CORRECT[1]):
            start = q["quote_start"]
            end = text.index(CORRECT[2], start) + len(CORRECT[2])
            row |= {"quote": text[start:end], "quote_end": end, "quote_id": quote_id(aid, start, end),
                    "status": "corrected"}
        if aid == STANCE_CHANGE[0] and q["quote"].startswith(STANCE_CHANGE[1]):
            row |= {"stance": STANCE_CHANGE[2], "status": "corrected"}
        if aid == REVIEWED[0]:  # two people reviewed this article (demonstration figures)
            row["annotator_agreement"] = 1.0 if row["status"] == "accepted" else 0.5
        if row["status"] != "rejected" and row["stance"] is None:
            row["stance"] = "neutral"
        rows.append(row)
    aid, content, cue, mention = ADD
    text = texts[aid]
    qs, qe = _span(text, content)
    cs, ce = _span(text[: qs], cue, text.rfind(".", 0, qs) + 1)
    ms, me = _span(text, mention, ce)
    rows.append({
        "quote_id": quote_id(aid, qs, qe), "article_id": aid, "quote": text[qs:qe], "quote_start": qs, "quote_end": qe,
        "quote_type": "indirect", "cue": text[cs:ce], "cue_start": cs, "cue_end": ce, "speaker": "Kremlin",
        "speaker_mention": text[ms:me], "speaker_mention_start": ms, "speaker_mention_end": me,
        "speaker_kind": "organization", "speaker_role": None, "via": None, "stance": "neutral",
        "stance_target": TARGET, "stance_confidence": None, "rule": "human.added", "confidence": 1.0,
        "annotator": ANNOTATOR, "reviewed_at": None, "status": "added", "annotator_agreement": None,
    })
    return sorted(rows, key=lambda r: (r["article_id"], r["quote_start"], r["quote_end"]))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "build"
        build([str(p) for p in SAMPLES], out, fmt="parquet", jobs=1, target=TARGET)
        articles = pl.read_parquet(out / "articles.parquet")
        quotes = pl.read_parquet(out / "quotes.parquet")
    rows = reviewed_rows(articles, quotes)
    with (HERE / "reviewed.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with (HERE / "articles.jsonl").open("w", encoding="utf-8", newline="\n") as f:
        for a in articles.sort("article_id").iter_rows(named=True):
            meta = {"url": a["url"], "title": a["title"], "target": a["target"], **METADATA[a["article_id"]]}
            f.write(json.dumps({"article_id": a["article_id"], "text": a["text"], "metadata": meta},
                               ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} reviewed rows and {articles.height} articles to {HERE}")


if __name__ == "__main__":
    main()
