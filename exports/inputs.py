"""Read what an export is made from: a build folder and/or a pulled annotation snapshot.

Every record is checked before anything is written; a bad one is an InputError that
names it (article_id, quote_id) in one line. Reviewed rows replace the rules' rows
of the same article: an article with any reviewed row is "reviewed", its rejected
rows are dropped and its accepted, corrected and added rows kept.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from builder.errors import InputError
from builder.schema import QUOTE_COLUMNS, QUOTE_TYPES, SPEAKER_KINDS, STANCES

META_COLUMNS: Final[tuple[str, ...]] = ("url", "outlet", "title", "published", "target")
ARTICLE_IN_COLUMNS: Final[tuple[str, ...]] = ("article_id", *META_COLUMNS, "text")
REVIEW_STATUSES: Final[tuple[str, ...]] = ("accepted", "corrected", "added", "rejected")
REVIEW_COLUMNS: Final[tuple[str, ...]] = (*QUOTE_COLUMNS, "annotator", "reviewed_at", "status", "annotator_agreement")
BATCH_ARTICLES: Final[int] = 5_000

_INT_COLUMNS: Final = frozenset(c for c in QUOTE_COLUMNS if c.endswith(("_start", "_end")))
_FLOAT_COLUMNS: Final = frozenset({"stance_confidence", "confidence", "annotator_agreement"})
_REQUIRED: Final = frozenset({"quote_id", "article_id", "quote", "quote_start", "quote_end", "quote_type",
                              "speaker_kind", "rule", "confidence"})
QUOTE_SCHEMA: Final[dict[str, pl.DataType]] = {
    c: (pl.Int64 if c in _INT_COLUMNS else pl.Float64 if c in _FLOAT_COLUMNS else pl.String) for c in QUOTE_COLUMNS
}
ARTICLE_SCHEMA: Final[dict[str, pl.DataType]] = {c: pl.String for c in ARTICLE_IN_COLUMNS}
#: (label column, allowed values, may be null)
LABELS: Final[tuple[tuple[str, tuple[str, ...], bool], ...]] = (
    ("quote_type", QUOTE_TYPES, False),
    ("speaker_kind", SPEAKER_KINDS, False),
    ("stance", STANCES, True),
)
#: (text column, start column, end column, required)
SPANS: Final[tuple[tuple[str, str, str, bool], ...]] = (
    ("quote", "quote_start", "quote_end", True),
    ("cue", "cue_start", "cue_end", False),
    ("speaker_mention", "speaker_mention_start", "speaker_mention_end", False),
)


@dataclass
class Snapshot:
    """A pulled annotation folder: reviewed quote rows and the texts they index."""

    quotes: pl.DataFrame  # QUOTE_COLUMNS + status + annotator_agreement, rejected rows included
    articles: pl.DataFrame  # ARTICLE_IN_COLUMNS
    reviewed_ids: frozenset[str] = field(default_factory=frozenset)


@dataclass
class BuildFolder:
    """A `kutipan build` output folder, read in article batches so memory stays flat."""

    path: Path
    fmt: str

    @property
    def articles_path(self) -> Path:
        return self.path / f"articles.{self.fmt}"

    @property
    def quotes_path(self) -> Path:
        return self.path / f"quotes.{self.fmt}"

    def article_batches(self) -> Iterator[pl.DataFrame]:
        """ARTICLE_IN_COLUMNS in build order, BATCH_ARTICLES rows at a time."""
        if self.fmt == "jsonl":
            df = _read_jsonl_frame(self.articles_path, ARTICLE_SCHEMA)
            for off in range(0, df.height, BATCH_ARTICLES):
                yield df.slice(off, BATCH_ARTICLES)
            return
        try:
            pf = pq.ParquetFile(self.articles_path)
            missing = [c for c in ARTICLE_IN_COLUMNS if c not in pf.schema_arrow.names]
            if missing:
                raise InputError(f"{self.articles_path}: not a kutipan build file, missing column(s) {', '.join(missing)}")
            for batch in pf.iter_batches(batch_size=BATCH_ARTICLES, columns=list(ARTICLE_IN_COLUMNS)):
                yield pl.from_arrow(batch).cast(ARTICLE_SCHEMA)  # type: ignore[union-attr]
        except (pa.ArrowException, OSError) as exc:
            raise InputError(f"{self.articles_path}: cannot read as Parquet: {_first_line(exc)}") from None

    def quotes(self) -> pl.DataFrame:
        if self.fmt == "jsonl":
            return _read_jsonl_frame(self.quotes_path, QUOTE_SCHEMA)
        try:
            table = pq.read_table(self.quotes_path)
        except (pa.ArrowException, OSError) as exc:
            raise InputError(f"{self.quotes_path}: cannot read as Parquet: {_first_line(exc)}") from None
        missing = [c for c in QUOTE_COLUMNS if c not in table.column_names]
        if missing:
            raise InputError(f"{self.quotes_path}: not a kutipan build file, missing column(s) {', '.join(missing)}")
        return pl.from_arrow(table.select(list(QUOTE_COLUMNS))).cast(QUOTE_SCHEMA)  # type: ignore[union-attr]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _read_jsonl_frame(path: Path, schema: dict[str, pl.DataType]) -> pl.DataFrame:
    rows = [_project(r, schema, path, n) for n, r in _jsonl(path)]
    return pl.DataFrame(rows, schema=schema, orient="row")


def _project(row: dict[str, Any], schema: dict[str, pl.DataType], path: Path, line: int) -> tuple:
    out = []
    for col, dtype in schema.items():
        v = row.get(col)
        if v is not None and not _type_ok(v, dtype):
            raise InputError(f"{path} line {line}: {col!r} must be {_TYPE_NAME[dtype]}, got {type(v).__name__} "
                             f"({_who(row)})")
        out.append(v)
    return tuple(out)


_TYPE_NAME: Final = {pl.String: "a string", pl.Int64: "an integer", pl.Float64: "a number"}


def _type_ok(v: Any, dtype: pl.DataType) -> bool:
    if dtype == pl.String:
        return isinstance(v, str)
    if dtype == pl.Int64:
        return isinstance(v, int) and not isinstance(v, bool)
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _who(row: dict[str, Any]) -> str:
    parts = [f"{k}={row[k]!r}" for k in ("article_id", "quote_id") if isinstance(row.get(k), str)]
    return ", ".join(parts) or "record without ids"


def _jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        f = path.open(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(f"{path}: missing") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from None
    with f:
        try:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError as exc:
                    raise InputError(f"{path} line {n}: not valid JSON: {exc}") from None
                if not isinstance(row, dict):
                    raise InputError(f"{path} line {n}: expected a JSON object, got {type(row).__name__}")
                yield n, row
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None


def open_build(path: Path) -> BuildFolder:
    """The build folder at `path`, Parquet or JSONL, whichever `kutipan build` wrote there."""
    if not path.is_dir():
        raise InputError(f"build folder {path}: not found (run `kutipan build ... -o {path}` first)")
    for fmt in ("parquet", "jsonl"):
        if (path / f"articles.{fmt}").is_file() and (path / f"quotes.{fmt}").is_file():
            return BuildFolder(path, fmt)
    raise InputError(f"build folder {path}: no articles.parquet + quotes.parquet (or .jsonl) in it")


def read_snapshot(path: Path) -> Snapshot:
    """ANNOTATIONS/reviewed.jsonl + ANNOTATIONS/articles.jsonl, as `kutipan pull` writes them."""
    if not path.is_dir():
        raise InputError(f"annotation snapshot {path}: not found")
    reviewed = path / "reviewed.jsonl"
    rows: list[tuple] = []
    for n, row in _jsonl(reviewed):
        missing = [c for c in REVIEW_COLUMNS if c not in row]
        if missing:
            raise InputError(f"{reviewed} line {n}: missing field(s) {', '.join(missing)} ({_who(row)})")
        status = row["status"]
        if status not in REVIEW_STATUSES:
            raise InputError(f"{reviewed} line {n}: unknown status {status!r}, expected one of "
                             f"{', '.join(REVIEW_STATUSES)} ({_who(row)})")
        agreement = row["annotator_agreement"]
        if agreement is not None and (not _type_ok(agreement, pl.Float64) or not 0.0 <= agreement <= 1.0):
            raise InputError(f"{reviewed} line {n}: annotator_agreement must be a number in [0, 1] or null ({_who(row)})")
        rows.append((*_project(row, QUOTE_SCHEMA, reviewed, n), status, agreement))
    schema = {**QUOTE_SCHEMA, "review": pl.String, "annotator_agreement": pl.Float64}
    quotes = pl.DataFrame(rows, schema=schema, orient="row")
    articles_file = path / "articles.jsonl"
    arts: list[tuple] = []
    for n, row in _jsonl(articles_file):
        meta = row.get("metadata") or {}
        if not isinstance(row.get("article_id"), str) or not isinstance(row.get("text"), str) or not isinstance(meta, dict):
            raise InputError(f"{articles_file} line {n}: needs a string article_id, a string text and an object "
                             f"metadata ({_who(row)})")
        merged = {"article_id": row["article_id"], "text": row["text"], **{k: meta.get(k) for k in META_COLUMNS}}
        arts.append(_project(merged, ARTICLE_SCHEMA, articles_file, n))
    articles = pl.DataFrame(arts, schema=ARTICLE_SCHEMA, orient="row")
    dup = articles.filter(pl.col("article_id").is_duplicated())
    if dup.height:
        raise InputError(f"{articles_file}: article_id {dup['article_id'][0]!r} appears twice")
    return Snapshot(quotes, articles, frozenset(quotes["article_id"].to_list()))


OUT_COLUMNS: Final[tuple[str, ...]] = (*QUOTE_COLUMNS, "status", "annotator_agreement")


def merge_quotes(build: pl.DataFrame | None, snapshot: Snapshot | None) -> pl.DataFrame:
    """Rules rows, with every reviewed article's rows replaced by its reviewed rows (rejected ones dropped)."""
    parts = [pl.DataFrame(schema={**QUOTE_SCHEMA, "status": pl.String, "annotator_agreement": pl.Float64})]
    if build is not None:
        rules = build
        if snapshot is not None and snapshot.reviewed_ids:
            rules = rules.filter(~pl.col("article_id").is_in(sorted(snapshot.reviewed_ids)))
        parts.append(rules.with_columns(pl.lit("rules-only").alias("status"),
                                        pl.lit(None, dtype=pl.Float64).alias("annotator_agreement")))
    if snapshot is not None:
        kept = snapshot.quotes.filter(pl.col("review") != "rejected")
        parts.append(kept.with_columns(pl.lit("reviewed").alias("status")))
    return pl.concat([p.select(OUT_COLUMNS) for p in parts], how="vertical")


def _describe(row: dict[str, Any]) -> str:
    return f"quote {row['quote_id']!r} of article {row['article_id']!r}"


def check_labels(quotes: pl.DataFrame) -> None:
    """Required fields present, labels in the builder's label sets, quote ids unique."""
    for col in sorted(_REQUIRED):
        bad = quotes.filter(pl.col(col).is_null())
        if bad.height:
            raise InputError(f"{_describe(bad.row(0, named=True))}: {col} is missing")
    for col, allowed, nullable in LABELS:
        ok = pl.col(col).is_in(list(allowed))
        if nullable:
            ok = ok | pl.col(col).is_null()
        bad = quotes.filter(~ok.fill_null(False))
        if bad.height:
            row = bad.row(0, named=True)
            raise InputError(f"{_describe(row)}: unknown {col} {row[col]!r}, expected one of {', '.join(allowed)}")
    dup = quotes.filter(pl.col("quote_id").is_duplicated())
    if dup.height:
        raise InputError(f"{_describe(dup.row(0, named=True))}: quote_id appears twice")


def check_offsets(quotes: pl.DataFrame, texts: pl.DataFrame) -> None:
    """Every span's offsets fit its article's text and text[start:end] equals the span's text.

    quotes: the rows of the articles in `texts` (article_id, text).
    """
    if quotes.height == 0:
        return
    df = quotes.join(texts.select("article_id", "text"), on="article_id", how="left")
    n = pl.col("text").str.len_chars()
    for text_col, s_col, e_col, required in SPANS:
        s, e = pl.col(s_col), pl.col(e_col)
        present = s.is_not_null() | e.is_not_null() | pl.col(text_col).is_not_null()
        fits = s.is_not_null() & e.is_not_null() & (s >= 0) & (s <= e) & (e <= n)
        same = pl.col("text").str.slice(s, e - s) == pl.col(text_col)
        ok = pl.when(fits).then(same.fill_null(False)).otherwise(False)
        cond = ok if required else (~present | ok)
        bad = df.filter(~cond.fill_null(False))
        if bad.height:
            row = bad.row(0, named=True)
            if row["text"] is None:
                raise InputError(f"{_describe(row)}: the article is not in the build or the annotation snapshot")
            length = len(row["text"])
            start, end = row[s_col], row[e_col]
            if start is None or end is None or not 0 <= start <= end <= length:
                why = f"offsets {start}:{end} do not fit the article's text ({length} characters)"
            else:
                why = f"text[{start}:{end}] is {row['text'][start:end]!r}, not {row[text_col]!r}"
            raise InputError(f"{_describe(row)}: {text_col} {why}")
