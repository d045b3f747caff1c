"""`kutipan export`: a build folder and/or an annotation snapshot in, a Hugging Face dataset folder out.

Two passes over the articles, a batch at a time so memory stays flat: the first
checks every record and fingerprints every text (story clusters need all of them
before any row can go to a split), the second writes the rows. Everything goes to a
temporary folder beside DATASET/ that replaces it only when the whole export
succeeded, so a failed run leaves an earlier DATASET/ as it was.

Bytes are a function of the inputs and the pinned library versions only: no
timestamps, rows in build order, row groups cut at fixed row counts.
"""
from __future__ import annotations

import shutil
import tempfile
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from builder.errors import InputError, OutputError
from builder.schema import QUOTE_TYPES, SPEAKER_KINDS, STANCES
from exports import privacy
from exports.card import CardStats, render
from exports.features import CONFIGS, MISSING_LABEL, SPAN_LABELS, SPLITS, arrow_schema
from exports.inputs import (
    ARTICLE_IN_COLUMNS,
    META_COLUMNS,
    BuildFolder,
    Snapshot,
    check_labels,
    check_offsets,
    merge_quotes,
    open_build,
    read_snapshot,
)
from exports.stories import DEFAULT_RATIOS, Fingerprinter, assign_stories, normalise_quote, stable_hash64
from exports.tokens import token_rows

#: batches whose shard writes may still be running while the next batch is prepared
WRITES_AHEAD: Final[int] = 1
ROWS_PER_GROUP: Final[dict[str, int]] = {"quotes": 50_000, "articles": 2_000, "tokens": 2_000}
COMPRESSION: Final[str] = "zstd"
COMPRESSION_LEVEL: Final[int] = 3
CARD_NAME: Final[str] = "README.md"
_LABEL_INDEX: Final[dict[str, dict[str, int]]] = {
    "quote_type": {n: i for i, n in enumerate(QUOTE_TYPES)},
    "speaker_kind": {n: i for i, n in enumerate(SPEAKER_KINDS)},
    "stance": {n: i for i, n in enumerate(STANCES)},
}
_QUOTE_STRINGS: Final[tuple[str, ...]] = ("speaker", "speaker_role", "via", "stance_target")
_SPAN_COLUMNS: Final[tuple[tuple[str, str, str], ...]] = (
    ("quote", "quote_start", "quote_end"), ("speaker_mention", "speaker_mention_start", "speaker_mention_end"),
    ("cue", "cue_start", "cue_end"),
)


@dataclass(frozen=True)
class ExportSummary:
    out_dir: Path
    rows: dict[str, dict[str, int]]
    reviewed_articles: int
    files: tuple[str, ...]


def shard_name(config: str, split: str) -> str:
    """Relative path of one config's split (one shard: row groups keep reads streaming)."""
    return f"{config}/{split}-00000-of-00001.parquet"


class _Shard:
    """One Parquet file written in row groups of exactly `rows` rows, whatever batches arrive.

    The file is created on the first row: `datasets` cannot load an empty split, so an
    empty split has no file and the card does not list it.
    """

    def __init__(self, path: Path, config: str) -> None:
        self.path = path
        self.schema = arrow_schema(config)
        self.rows = ROWS_PER_GROUP[config]
        self.writer: pq.ParquetWriter | None = None
        self.pending: list[pa.Table] = []
        self.n_pending = 0
        self.written = 0

    def add(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        self.pending.append(table.select(self.schema.names).cast(self.schema))
        self.n_pending += table.num_rows
        if self.n_pending >= self.rows:
            self._flush(final=False)

    def _flush(self, final: bool) -> None:
        if not self.pending:
            return
        if self.writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.writer = pq.ParquetWriter(self.path, self.schema, compression=COMPRESSION,
                                           compression_level=COMPRESSION_LEVEL)
        table = pa.concat_tables(self.pending).combine_chunks()
        cut = table.num_rows if final else (table.num_rows // self.rows) * self.rows
        for off in range(0, cut, self.rows):
            self.writer.write_table(table.slice(off, min(self.rows, cut - off)), row_group_size=self.rows)
        rest = table.slice(cut)
        self.pending, self.n_pending = ([rest] if rest.num_rows else []), rest.num_rows
        self.written += cut

    def close(self) -> None:
        self._flush(final=True)
        if self.writer is not None:
            self.writer.close()


class _Background:
    """One thread that runs the shards' work in submission order, so output bytes do not depend on timing.

    Parquet encoding and compression release the GIL: on a second core they overlap
    the next batch's preparation. At most `ahead` batches wait, so memory stays flat.
    """

    def __init__(self, ahead: int) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kutipan-export-write")
        self._futures: deque[Future[None]] = deque()
        self._ahead = ahead

    def submit(self, fn: Callable[[], None]) -> None:
        """Queue `fn`; wait (and re-raise its error) for older work beyond `ahead`."""
        self._futures.append(self._pool.submit(fn))
        while len(self._futures) > self._ahead:
            self._futures.popleft().result()

    def finish(self) -> None:
        """Wait for all queued work, re-raising the first error."""
        while self._futures:
            self._futures.popleft().result()

    def stop(self) -> None:
        """Drop work not started and wait for the running one (after an error elsewhere)."""
        self._pool.shutdown(wait=True, cancel_futures=True)


def _article_batches(build: BuildFolder | None, snapshot: Snapshot | None) -> Iterator[pl.DataFrame]:
    """Build articles in build order, then snapshot-only articles by id; snapshot metadata fills gaps."""
    seen: set[str] = set()
    snap_arts = snapshot.articles if snapshot is not None else None
    if build is not None:
        for batch in build.article_batches():
            if snap_arts is not None and snap_arts.height:
                batch = _fill_meta(batch, snap_arts)
            seen.update(batch["article_id"].to_list())
            yield batch
    if snap_arts is not None:
        rest = snap_arts.filter(~pl.col("article_id").is_in(sorted(seen))).sort("article_id")
        for off in range(0, rest.height, 5_000):
            yield rest.slice(off, 5_000).select(ARTICLE_IN_COLUMNS)


def _fill_meta(batch: pl.DataFrame, snap_arts: pl.DataFrame) -> pl.DataFrame:
    """Build metadata, with the snapshot's where the build has none; texts must agree."""
    joined = batch.join(snap_arts, on="article_id", how="left", suffix="_snap")
    bad = joined.filter(pl.col("text_snap").is_not_null() & (pl.col("text_snap") != pl.col("text")))
    if bad.height:
        raise InputError(f"article {bad['article_id'][0]!r}: its text in the annotation snapshot differs from the "
                         "build's; pull the annotations again for this build, or rebuild from the same inputs")
    return joined.select("article_id", *(pl.coalesce(c, f"{c}_snap").alias(c) for c in META_COLUMNS), "text")


def _prepare(build: BuildFolder | None, snapshot: Snapshot | None, ratios: tuple[float, float, float]
             ) -> tuple[pl.DataFrame, pl.DataFrame, int]:
    """First pass: check every record, fingerprint texts, cluster stories.

    Returns the articles' (idx, article_id, story, split) frame, the quotes sorted and
    annotated with idx, story, split, quote_cluster, and the number of articles.
    """
    quotes = merge_quotes(build.quotes() if build is not None else None, snapshot)
    check_labels(quotes)
    fp = Fingerprinter()
    ids: list[str] = []
    sigs, masks = [], []
    seen: set[str] = set()
    for batch in _article_batches(build, snapshot):
        for aid in batch["article_id"].to_list():
            if aid is None:
                raise InputError("an article has no article_id")
            if aid in seen:
                raise InputError(f"article {aid!r} appears twice in the input")
            seen.add(aid)
        ids.extend(batch["article_id"].to_list())
        check_offsets(quotes.join(batch.select("article_id"), on="article_id", how="semi"), batch)
        sig, has = fp.signatures(batch["text"].fill_null(""))
        sigs.append(sig)
        masks.append(has)
    index = pl.DataFrame({"article_id": ids, "idx": np.arange(len(ids), dtype=np.int64)},
                         schema={"article_id": pl.String, "idx": pl.Int64})
    orphans = quotes.join(index, on="article_id", how="anti")
    if orphans.height:
        row = orphans.row(0, named=True)
        raise InputError(f"quote {row['quote_id']!r} of article {row['article_id']!r}: the article is not in the "
                         "build or the annotation snapshot")
    quotes = (quotes.join(index, on="article_id", how="left")
              .sort("idx", "quote_start", "quote_end", "quote_id")
              .with_columns(normalise_quote(pl.col("quote")).alias("_norm")))
    norm_unique = quotes["_norm"].unique().sort()
    cluster_ids = pl.Series([f"qc-{stable_hash64(q):016x}" for q in norm_unique.to_list()], dtype=pl.String)
    quotes = quotes.with_columns(pl.col("_norm").replace_strict(norm_unique, cluster_ids, return_dtype=pl.String)
                                 .alias("quote_cluster"))
    sig = np.concatenate(sigs) if sigs else np.empty((0, 32), np.uint64)
    has = np.concatenate(masks) if masks else np.empty(0, bool)
    stories, split = assign_stories(ids, sig, has, quotes["idx"].to_numpy(), quotes["_norm"], ratios)
    arts = index.with_columns(pl.Series("story", stories, dtype=pl.String), pl.Series("split", split, dtype=pl.Int8))
    quotes = quotes.drop("_norm").join(arts.select("idx", "story", "split"), on="idx", how="left")
    return arts, quotes, len(ids)


def _encode(df: pl.DataFrame, col: str) -> pl.Expr:
    mapping = _LABEL_INDEX[col]
    return (pl.col(col).replace_strict(list(mapping), list(mapping.values()), default=MISSING_LABEL,
                                       return_dtype=pl.Int64).fill_null(MISSING_LABEL).alias(col))


def _mask_batch(batch: pl.DataFrame, quotes: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame, int]:
    """Mask contact data in texts and metadata; re-read the span strings of articles whose text changed."""
    before = batch["text"]
    batch = privacy.mask_column(batch, "text")
    for col in META_COLUMNS:
        batch = privacy.mask_column(batch, col)
    changed = (before != batch["text"]).fill_null(False)
    n_changed = int(changed.sum())
    for col in _QUOTE_STRINGS:
        quotes = privacy.mask_column(quotes, col)
    if n_changed and quotes.height:
        texts = dict(zip(batch["article_id"].filter(changed).to_list(), batch["text"].filter(changed).to_list(),
                         strict=True))
        rows = quotes.filter(pl.col("article_id").is_in(list(texts)))
        if rows.height:
            fixed = rows.with_columns(
                pl.struct(["article_id", s, e]).map_elements(
                    lambda r, s=s, e=e: None if r[s] is None else texts[r["article_id"]][r[s]:r[e]],
                    return_dtype=pl.String).alias(t)
                for t, s, e in _SPAN_COLUMNS)
            quotes = quotes.update(fixed.select("quote_id", *(t for t, _, _ in _SPAN_COLUMNS)), on="quote_id",
                                   include_nulls=True)
    return batch, quotes, n_changed


def _span_lists(quotes: pl.DataFrame) -> pl.DataFrame:
    """idx -> the article's spans (label, start, end, text, quote_id), by position."""
    parts = [
        quotes.filter(pl.col(s).is_not_null()).select(
            "idx", pl.lit(i, dtype=pl.Int64).alias("label"), pl.col(s).cast(pl.Int32).alias("start"),
            pl.col(e).cast(pl.Int32).alias("end"), pl.col(t).alias("text"), "quote_id")
        for i, (t, s, e) in enumerate(_SPAN_COLUMNS)
    ]
    spans = pl.concat(parts).sort("idx", "start", "end", "label", "quote_id")
    return spans.group_by("idx", maintain_order=True).agg(
        pl.struct("label", "start", "end", "text", "quote_id").alias("spans"))


def _span_arrays(quotes: pl.DataFrame, first_idx: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(article within the batch, label, start, end) of every span, as arrays: no Python object per span."""
    parts = [quotes.filter(pl.col(s).is_not_null()).select((pl.col("idx") - first_idx).alias("owner"),
                                                           pl.lit(i, dtype=pl.Int64).alias("label"),
                                                           pl.col(s).cast(pl.Int64).alias("start"),
                                                           pl.col(e).cast(pl.Int64).alias("end"))
             for i, (_, s, e) in enumerate(_SPAN_COLUMNS)]
    df = pl.concat(parts)
    return df["owner"].to_numpy(), df["label"].to_numpy(), df["start"].to_numpy(), df["end"].to_numpy()


def _write(out: Path, build: BuildFolder | None, snapshot: Snapshot | None, arts: pl.DataFrame,
           quotes: pl.DataFrame, stats: CardStats) -> None:
    """Second pass: write every config's shards and count what the card reports."""
    assert [n for n, _, _ in _SPAN_COLUMNS] == ["quote", "speaker_mention", "cue"]
    assert SPAN_LABELS == ("QUOTE", "SPEAKER", "CUE")
    shards = {(c, s): _Shard(out / shard_name(c, s), c) for c in CONFIGS for s in SPLITS}
    reviewed = snapshot.reviewed_ids if snapshot is not None else frozenset()
    q_idx = quotes["idx"].to_numpy()
    split_of = arts["split"].to_numpy()
    story_of = arts["story"]
    start = 0
    example_done = False
    background = _Background(WRITES_AHEAD)
    try:
        for batch in _article_batches(build, snapshot):
            n = batch.height
            lo, hi = np.searchsorted(q_idx, [start, start + n])
            bq = quotes.slice(int(lo), int(hi - lo))
            batch, bq, n_masked = _mask_batch(batch, bq)
            stats.masked_articles += n_masked
            idx = np.arange(start, start + n, dtype=np.int64)
            batch = batch.with_columns(pl.Series("idx", idx), story_of.slice(start, n).alias("story"),
                                       pl.Series("split", split_of[start:start + n]),
                                       pl.when(pl.col("article_id").is_in(sorted(reviewed)))
                                       .then(pl.lit("reviewed")).otherwise(pl.lit("rules-only")).alias("status"))
            spans = _span_lists(bq)
            counts = bq.group_by("idx").len()
            articles = (batch.join(spans, on="idx", how="left").join(counts, on="idx", how="left")
                        .with_columns(pl.col("len").fill_null(0).cast(pl.Int32).alias("n_quotes"),
                                      pl.col("spans").fill_null([])))
            toks = token_rows(articles["text"].fill_null(""), *_span_arrays(bq, start))
            token_table = pa.table({"article_id": articles["article_id"].to_arrow(), **toks,
                                    "story": articles["story"].to_arrow()})
            qrows = bq.with_columns(*(_encode(bq, c) for c in _LABEL_INDEX))
            adds: list[tuple[_Shard, pa.Table, pa.Array | None]] = []
            for si, split in enumerate(SPLITS):
                a_sel = articles.filter(pl.col("split") == si)
                q_sel = qrows.filter(pl.col("split") == si)
                adds.append((shards[("articles", split)], a_sel.drop("idx", "split", "len").to_arrow(), None))
                adds.append((shards[("quotes", split)], q_sel.drop("idx", "split").to_arrow(), None))
                adds.append((shards[("tokens", split)], token_table, pa.array((articles["split"] == si).to_numpy())))
                stats.rows["articles"][split] += a_sel.height
                stats.rows["quotes"][split] += q_sel.height
                stats.rows["tokens"][split] += a_sel.height
                if split == "train" and not example_done and q_sel.height:
                    stats.example = _example(bq.filter(pl.col("split") == si).row(0, named=True))
                    example_done = True
            background.submit(lambda adds=adds: _add_all(adds))
            _count(stats, batch, bq)
            start += n
        background.finish()
    finally:
        background.stop()
        for shard in shards.values():
            shard.close()


def _add_all(adds: list[tuple[_Shard, pa.Table, pa.Array | None]]) -> None:
    """One batch's rows into the shards (on the writer thread): filter by split, cast, write full row groups."""
    for shard, table, mask in adds:
        shard.add(table if mask is None else table.filter(mask))


def _example(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in ("idx", "split")}


def _count(stats: CardStats, batch: pl.DataFrame, bq: pl.DataFrame) -> None:
    stats.quote_types.update(bq["quote_type"].to_list())
    stats.speaker_kinds.update(bq["speaker_kind"].to_list())
    stats.stances.update(bq["stance"].to_list())
    stats.statuses.update(bq["status"].to_list())
    stats.rules.update(bq["rule"].to_list())
    stats.agreement.extend(bq["annotator_agreement"].drop_nulls().to_list())
    stats.article_statuses.update(batch["status"].to_list())
    stats.targets.update(batch["target"].to_list())
    stats.outlets.update(batch["outlet"].to_list())
    stats.dates.extend(d for d in batch["published"].to_list() if d)


def export(*, out: Path, build: Path | None = None, annotations: Path | None = None,
           ratios: tuple[float, float, float] = DEFAULT_RATIOS, snapshot_note: str | None = None) -> ExportSummary:
    """Write the dataset folder `out` from a build folder and/or an annotation snapshot."""
    if build is None and annotations is None:
        raise InputError("export: give --build OUT/, --annotations ANNOTATIONS/, or both")
    if len(ratios) != 3 or any(r < 0 for r in ratios) or sum(ratios) <= 0:
        raise InputError(f"export: split ratios must be three non-negative numbers, got {ratios}")
    bf = open_build(build) if build is not None else None
    snap = read_snapshot(annotations) if annotations is not None else None
    arts, quotes, _ = _prepare(bf, snap, ratios)
    out = out.resolve()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    except OSError as exc:
        raise OutputError(f"{out}: cannot create a folder beside it: {exc.strerror or exc}") from exc
    try:
        stats = CardStats(snapshot_note=snapshot_note)
        _write(tmp, bf, snap, arts, quotes, stats)
        story_split = arts.unique("story").group_by("split").len()
        for si, n in story_split.iter_rows():
            stats.stories[SPLITS[si]] = n
        sizes = arts.group_by("story").len()
        stats.multi_article_stories = int((sizes["len"] > 1).sum())
        (tmp / CARD_NAME).write_text(render(stats), encoding="utf-8", newline="\n")
        _swap(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    rows = {c: {s: stats.rows[c][s] for s in SPLITS} for c in CONFIGS}
    files = tuple(sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()))
    return ExportSummary(out, rows, stats.article_statuses.get("reviewed", 0), files)


def _swap(tmp: Path, out: Path) -> None:
    """Replace `out` by `tmp` with renames, so a reader never sees half a dataset."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out}: exists and is not a folder")
    old = None
    if out.exists():
        old = out.parent / f".{out.name}.old-{tmp.name.rsplit('-', 1)[-1]}"
        out.rename(old)
    try:
        tmp.rename(out)
    except OSError as exc:
        if old is not None:
            old.rename(out)
        raise OutputError(f"{out}: cannot move the new dataset in: {exc.strerror or exc}") from exc
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
