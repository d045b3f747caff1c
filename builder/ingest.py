"""Read articles from JSONL, text, HTML and Parquet inputs, one at a time.

Inputs can be many gigabytes, so everything here is a generator: a JSONL file is
read line by line, a Parquet file in row batches. A bad record never stops a run:
it becomes a `Skipped` with its file and line, and the build reports it. A whole
input that cannot be read raises `InputError` with one line naming it.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO, Final

from builder.errors import InputError
from builder.html import looks_like_html

#: longer articles are skipped: a page this size is a dump, not a news story
MAX_ARTICLE_CHARS: Final[int] = 20_000_000
#: a UTF-8 character is at most 4 bytes; a longer JSONL line cannot hold an article under the limit
MAX_LINE_BYTES: Final[int] = 4 * MAX_ARTICLE_CHARS + 1_000_000
PARQUET_BATCH_ROWS: Final[int] = 1_000
SNIFF_BYTES: Final[int] = 8_192

JSONL_SUFFIXES: Final[frozenset[str]] = frozenset({".jsonl", ".ndjson"})
TEXT_SUFFIXES: Final[frozenset[str]] = frozenset({".txt"})
HTML_SUFFIXES: Final[frozenset[str]] = frozenset({".html", ".htm"})
PARQUET_SUFFIXES: Final[frozenset[str]] = frozenset({".parquet"})
SUFFIXES: Final[frozenset[str]] = JSONL_SUFFIXES | TEXT_SUFFIXES | HTML_SUFFIXES | PARQUET_SUFFIXES
META_FIELDS: Final[tuple[str, ...]] = ("url", "outlet", "title", "published", "target")
STDIN: Final[str] = "-"


@dataclass(frozen=True, slots=True)
class Article:
    """One input article; `raw` is exactly as given (HTML stays HTML) so offsets can point into it."""

    id: str
    raw: str
    source: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None
    target: str | None = None
    html: bool = False


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input or record left out, and why; `fatal` when a whole input could not be read."""

    source: str
    reason: str
    fatal: bool = False

    @property
    def message(self) -> str:
        return f"{self.source}: {self.reason}"


Record = Article | Skipped


class _BadRecord(ValueError):
    """A record that is skipped; the message is its reason."""


def read_inputs(inputs: Iterable[str], stdin: BinaryIO | None = None, exclude: Iterable[Path] = ()) -> Iterator[Record]:
    """Articles from every input in order, plus a `Skipped` for each input or record left out.

    An input that cannot be read at all is reported as a fatal `Skipped` so the other
    inputs still run; the build decides whether anything usable was left. Folders
    under `exclude` (the build's own output) are never read as input.
    """
    skip_dirs = tuple(Path(p).resolve() for p in exclude)
    seen: dict[str, str] = {}
    for name in inputs:
        source = name if name == STDIN else str(Path(name))
        try:
            for rec in _read_one(name, stdin, skip_dirs):
                if isinstance(rec, Article):
                    first = seen.get(rec.id)
                    if first is not None:
                        yield Skipped(rec.source, f"duplicate article id {rec.id!r} (first at {first})")
                        continue
                    seen[rec.id] = rec.source
                yield rec
        except InputError as exc:
            yield _fatal(source, exc)


def _fatal(source: str, exc: InputError) -> Skipped:
    return Skipped(source, str(exc).removeprefix(f"{source}: "), fatal=True)


def _read_one(name: str, stdin: BinaryIO | None, skip_dirs: tuple[Path, ...]) -> Iterator[Record]:
    if name == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        yield from _read_jsonl_stream(stream, "<stdin>")
        return
    path = Path(name)
    if path.is_dir():
        files = find_files(path, skip_dirs)
        if not files:
            raise InputError(f"{name}: folder has no {_suffix_list()} files")
        for f in files:
            try:
                yield from _read_file(f)
            except InputError as exc:
                yield _fatal(str(f), exc)
        return
    yield from _read_file(path)


def find_files(root: Path, skip_dirs: tuple[Path, ...] = ()) -> list[Path]:
    """Readable files under a folder, sorted by relative path so runs are repeatable; dot-files skipped."""
    found = []
    for p in root.rglob("*"):
        rel = p.relative_to(root)
        if any(part.startswith(".") for part in rel.parts):
            continue
        if skip_dirs and any(p.resolve().is_relative_to(d) for d in skip_dirs):
            continue
        if p.suffix.lower() in SUFFIXES and p.is_file():
            found.append((rel.as_posix(), p))
    return [p for _, p in sorted(found)]


def _suffix_list() -> str:
    return "/".join(sorted(SUFFIXES))


def _read_file(path: Path) -> Iterator[Record]:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{path}: unsupported input type {suffix or '(no suffix)'!r}; expected {_suffix_list()}, a folder or -")
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if not path.is_file():
        raise InputError(f"{path}: not a regular file")
    try:
        size = path.stat().st_size
        if size == 0:
            raise InputError(f"{path}: file is empty")
        if suffix in PARQUET_SUFFIXES:
            yield from _read_parquet(path)
            return
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
            _check_not_binary(head, str(path))
            f.seek(0)
            if suffix in JSONL_SUFFIXES:
                yield from _read_jsonl_stream(f, str(path), file_size=size)
                return
            if size > 4 * MAX_ARTICLE_CHARS:
                yield Skipped(str(path), f"article too large ({size} bytes > {MAX_ARTICLE_CHARS} chars limit)")
                return
            data = f.read()
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror or exc}") from exc
    text = _decode(data, str(path))
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{path}: file is empty (only whitespace)")
    if len(text) > MAX_ARTICLE_CHARS:
        yield Skipped(str(path), _too_large(len(text)))
        return
    yield Article(id=path.stem, raw=text, source=str(path), html=suffix in HTML_SUFFIXES)


def _too_large(n: int) -> str:
    return f"article too large ({n} chars > {MAX_ARTICLE_CHARS} limit)"


def _check_not_binary(head: bytes, where: str) -> None:
    nul = head.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{where}: not a text file (NUL byte at byte offset {nul})")


def _decode(data: bytes, where: str, base: int = 0) -> str:
    """UTF-8 text; a NUL or an invalid byte names its offset in the file."""
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{where}: not a text file (NUL byte at byte offset {base + nul})")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{where}: invalid UTF-8 at byte offset {base + exc.start}") from None


def _read_jsonl_stream(stream: BinaryIO, where: str, file_size: int | None = None) -> Iterator[Record]:
    """One article per line; a bad line is skipped with its number, never the whole file."""
    offset = 0
    lineno = 0
    nonblank = 0
    while True:
        line = stream.readline(MAX_LINE_BYTES)
        if not line:
            break
        lineno += 1
        start = offset
        offset += len(line)
        if len(line) == MAX_LINE_BYTES and not line.endswith(b"\n"):
            while True:  # drain the rest of an over-long line without holding it
                more = stream.readline(MAX_LINE_BYTES)
                offset += len(more)
                if not more or more.endswith(b"\n"):
                    break
            nonblank += 1
            yield Skipped(f"{where}:{lineno}", f"article too large ({offset - start} bytes > {MAX_ARTICLE_CHARS} chars limit)")
            continue
        if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        nonblank += 1
        src = f"{where}:{lineno}"
        try:
            text = _decode(line, src, start).strip()
            yield _article_from_row(_parse_json(text), src)
        except (_BadRecord, InputError) as exc:
            yield Skipped(src, str(exc).removeprefix(f"{src}: "))
    if nonblank == 0:
        what = "input" if file_size is None else "file"
        raise InputError(f"{where}: {what} is empty" + (" (only blank lines)" if lineno else ""))


def _parse_json(line: str) -> dict:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadRecord(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise _BadRecord("invalid JSON (nested too deeply)") from None
    if not isinstance(obj, dict):
        raise _BadRecord(f"expected a JSON object, got {type(obj).__name__ if obj is not None else 'null'}")
    return obj


def _article_from_row(row: dict, src: str) -> Article:
    """Validate one JSONL line or Parquet row; `text` that is a page is read as HTML."""
    art_id = row.get("id")
    if isinstance(art_id, bool) or not isinstance(art_id, (str, int)):
        raise _BadRecord("missing 'id'" if art_id is None else f"'id' must be a string, got {type(art_id).__name__}")
    art_id = str(art_id).strip()
    if not art_id:
        raise _BadRecord("empty 'id'")
    text = row.get("text")
    if text is None:
        raise _BadRecord(f"article {art_id!r}: missing 'text'")
    if not isinstance(text, str):
        raise _BadRecord(f"article {art_id!r}: 'text' must be a string, got {type(text).__name__}")
    if not text.strip():
        raise _BadRecord(f"article {art_id!r}: empty 'text'")
    if len(text) > MAX_ARTICLE_CHARS:
        raise _BadRecord(f"article {art_id!r}: {_too_large(len(text))}")
    meta = {k: _meta(row.get(k), k, art_id) for k in META_FIELDS}
    return Article(id=art_id, raw=text, source=src, html=looks_like_html(text), **meta)


def _meta(value: object, key: str, art_id: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value.strip() or None
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bool | int | float):
        return str(value)
    raise _BadRecord(f"article {art_id!r}: {key!r} must be a string, got {type(value).__name__}")


def _read_parquet(path: Path) -> Iterator[Record]:
    """Rows in batches so a large file never sits in memory whole."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise InputError(f"{path}: not a readable Parquet file ({_first_line(exc)})") from None
    names = set(pf.schema_arrow.names)
    missing = [c for c in ("id", "text") if c not in names]
    if missing:
        raise InputError(f"{path}: Parquet file has no {' or '.join(repr(c) for c in missing)} column")
    columns = [c for c in ("id", "text", *META_FIELDS) if c in names]
    if pf.metadata.num_rows == 0:
        raise InputError(f"{path}: Parquet file has no rows")
    row = 0
    try:
        for batch in pf.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
            for rec in batch.to_pylist():
                row += 1
                src = f"{path}:row {row}"
                try:
                    yield _article_from_row(rec, src)
                except _BadRecord as exc:
                    yield Skipped(src, str(exc))
    except pa.ArrowException as exc:
        raise InputError(f"{path}: cannot read Parquet row {row + 1}: {_first_line(exc)}") from None


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
