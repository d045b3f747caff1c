"""Write article and quote records as Parquet or JSONL, a batch at a time.

Schemas are explicit so an empty build or an all-null column still gets the same
types, and row groups are cut by row counts (never by time or worker count) so the
same input always gives byte-identical files.
"""
from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path
from typing import IO, Any, Final, Protocol

import pyarrow as pa
import pyarrow.parquet as pq

from builder.errors import OutputError
from builder.schema import QUOTE_COLUMNS, Quote

FORMATS: Final[tuple[str, ...]] = ("parquet", "jsonl")
SEGMENT_FIELDS: Final[tuple[str, ...]] = ("body_start", "body_end", "raw_start", "raw_end")
ARTICLE_COLUMNS: Final[tuple[str, ...]] = (
    "article_id", "url", "outlet", "title", "published", "target", "text", "raw", "body_map", "n_quotes",
)
ARTICLE_ROWS_PER_GROUP: Final[int] = 1_000
QUOTE_ROWS_PER_GROUP: Final[int] = 50_000
#: flush article rows early when their text gets big, so memory stays flat on huge articles
ARTICLE_CHARS_PER_GROUP: Final[int] = 64_000_000
COMPRESSION: Final[str] = "zstd"

_ARROW_TYPES: Final[dict[str, pa.DataType]] = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}

ARTICLE_SCHEMA: Final = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("url", pa.string()),
    pa.field("outlet", pa.string()),
    pa.field("title", pa.string()),
    pa.field("published", pa.string()),
    pa.field("target", pa.string()),
    pa.field("text", pa.string(), nullable=False),
    pa.field("raw", pa.string(), nullable=False),
    pa.field("body_map", pa.list_(pa.struct([pa.field(n, pa.int64(), nullable=False) for n in SEGMENT_FIELDS])),
             nullable=False),
    pa.field("n_quotes", pa.int64(), nullable=False),
])


def _quote_schema() -> pa.Schema:
    """Arrow types read off the Quote dataclass, so a new field cannot be forgotten here."""
    out = []
    for f in fields(Quote):
        parts = [p.strip() for p in str(f.type).split("|")]
        base = [p for p in parts if p != "None"]
        if len(base) != 1 or base[0] not in _ARROW_TYPES:
            raise OutputError(f"Quote.{f.name}: no Parquet type for annotation {f.type!r}")
        out.append(pa.field(f.name, _ARROW_TYPES[base[0]], nullable="None" in parts))
    return pa.schema(out)


QUOTE_SCHEMA: Final = _quote_schema()


class Output(Protocol):
    names: tuple[str, ...]

    def write(self, articles: list[dict[str, Any]], quotes: list[tuple]) -> None: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


def open_output(fmt: str, directory: Path) -> Output:
    """A writer into `directory` (created on first write) for one of FORMATS."""
    if fmt == "parquet":
        return ParquetOutput(directory)
    if fmt == "jsonl":
        return JsonlOutput(directory)
    raise OutputError(f"unknown output format {fmt!r}; expected one of {', '.join(FORMATS)}")


def _mkdir(directory: Path) -> None:
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{directory}: cannot create folder: {exc.strerror or exc}") from exc


class ParquetOutput:
    """articles.parquet and quotes.parquet, a row group per ARTICLE_ROWS_PER_GROUP / QUOTE_ROWS_PER_GROUP rows."""

    names = ("articles.parquet", "quotes.parquet")

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._writers: dict[str, pq.ParquetWriter] = {}
        self._articles: list[dict[str, Any]] = []
        self._article_chars = 0
        self._quotes: list[tuple] = []

    def _writer(self, name: str, schema: pa.Schema) -> pq.ParquetWriter:
        w = self._writers.get(name)
        if w is None:
            _mkdir(self.directory)
            path = self.directory / name
            try:
                w = pq.ParquetWriter(path, schema, compression=COMPRESSION)
            except OSError as exc:
                raise OutputError(f"{path}: cannot write: {exc}") from exc
            self._writers[name] = w
        return w

    def write(self, articles: list[dict[str, Any]], quotes: list[tuple]) -> None:
        self._articles.extend(articles)
        self._article_chars += sum(len(a["raw"]) + len(a["text"]) for a in articles)
        self._quotes.extend(quotes)
        if len(self._articles) >= ARTICLE_ROWS_PER_GROUP or self._article_chars >= ARTICLE_CHARS_PER_GROUP:
            self._flush_articles()
        if len(self._quotes) >= QUOTE_ROWS_PER_GROUP:
            self._flush_quotes()

    def _flush_articles(self) -> None:
        rows, self._articles, self._article_chars = self._articles, [], 0
        arrays = [pa.array([r[c] for r in rows], ARTICLE_SCHEMA.field(c).type) if c != "body_map" else _body_maps(rows)
                  for c in ARTICLE_COLUMNS]
        self._put("articles.parquet", pa.Table.from_arrays(arrays, schema=ARTICLE_SCHEMA))

    def _flush_quotes(self) -> None:
        rows, self._quotes = self._quotes, []
        cols = {c: [r[i] for r in rows] for i, c in enumerate(QUOTE_COLUMNS)}
        self._put("quotes.parquet", pa.Table.from_pydict(cols, schema=QUOTE_SCHEMA))

    def _put(self, name: str, table: pa.Table) -> None:
        w = self._writer(name, table.schema)
        if table.num_rows:
            try:
                w.write_table(table)
            except OSError as exc:
                raise OutputError(f"{self.directory / name}: cannot write: {exc}") from exc

    def close(self) -> None:
        self._flush_articles()
        self._flush_quotes()
        for name, w in self._writers.items():
            try:
                w.close()
            except OSError as exc:
                raise OutputError(f"{self.directory / name}: cannot write: {exc}") from exc
        self._writers.clear()

    def abort(self) -> None:
        for w in self._writers.values():
            try:
                w.close()
            except Exception:  # noqa: BLE001 - the files are being thrown away
                pass
        self._writers.clear()


def _body_maps(rows: list[dict[str, Any]]) -> pa.Array:
    """The body_map column from flat integer columns: converting a dict per segment costs more than the whole write."""
    offsets = [0]
    flat: tuple[list[int], ...] = ([], [], [], [])
    for r in rows:
        for seg in r["body_map"]:
            for column, value in zip(flat, seg, strict=True):
                column.append(value)
        offsets.append(len(flat[0]))
    struct_type = ARTICLE_SCHEMA.field("body_map").type.value_type
    segments = pa.StructArray.from_arrays([pa.array(c, pa.int64()) for c in flat], fields=list(struct_type))
    return pa.ListArray.from_arrays(pa.array(offsets, pa.int32()), segments)


class JsonlOutput:
    """articles.jsonl and quotes.jsonl, one JSON object a line, keys in schema order."""

    names = ("articles.jsonl", "quotes.jsonl")

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._files: dict[str, IO[str]] = {}

    def _file(self, name: str) -> IO[str]:
        f = self._files.get(name)
        if f is None:
            _mkdir(self.directory)
            path = self.directory / name
            try:
                f = path.open("w", encoding="utf-8", newline="\n")
            except OSError as exc:
                raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc
            self._files[name] = f
        return f

    def write(self, articles: list[dict[str, Any]], quotes: list[tuple]) -> None:
        try:
            af, qf = self._file("articles.jsonl"), self._file("quotes.jsonl")
            for a in articles:
                row = {c: a[c] for c in ARTICLE_COLUMNS}
                row["body_map"] = [dict(zip(SEGMENT_FIELDS, s, strict=True)) for s in a["body_map"]]
                af.write(json.dumps(row, ensure_ascii=False) + "\n")
            for q in quotes:
                qf.write(json.dumps(dict(zip(QUOTE_COLUMNS, q, strict=True)), ensure_ascii=False) + "\n")
        except OSError as exc:
            raise OutputError(f"{self.directory}: cannot write: {exc.strerror or exc}") from exc

    def close(self) -> None:
        for name in self.names:
            self._file(name)
        for name, f in self._files.items():
            try:
                f.close()
            except OSError as exc:
                raise OutputError(f"{self.directory / name}: cannot write: {exc.strerror or exc}") from exc
        self._files.clear()

    def abort(self) -> None:
        for f in self._files.values():
            try:
                f.close()
            except OSError:
                pass
        self._files.clear()
