"""The build driver: inputs in, OUT/articles + OUT/quotes out, in parallel over articles.

Parallelism lives here and only here (DESIGN.md): chunks of articles go to worker
processes and come back in input order, so output is deterministic whatever the
number of jobs. Results are written as they arrive and at most a few chunks are in
flight, so memory stays flat on inputs of any size. Everything is written to a
temporary folder beside OUT and moved in only when the whole build succeeded.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import shutil
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import closing
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, BinaryIO, Final, TextIO

from builder.clean import clean
from builder.errors import InputError, KutipanError, OutputError
from builder.extract import extract_body
from builder.html import parse_html
from builder.ingest import Article, Skipped, read_inputs
from builder.offsets import Segment, compose
from builder.outputs import FORMATS, Output, open_output
from builder.schema import QUOTE_COLUMNS, QUOTE_TYPES

CHUNK_ARTICLES: Final[int] = 200
#: chunks in flight per worker: enough to keep workers busy, few enough to keep memory flat
CHUNKS_PER_JOB: Final[int] = 2
PROGRESS_INTERVAL_S: Final[float] = 0.2
TOP_SPEAKERS: Final[int] = 10
#: skipped records kept for the summary; the rest are only counted
MAX_REPORTED_SKIPS: Final[int] = 1_000

#: what a worker gets per article: id, raw, raw is HTML, effective target
Task = tuple[str, str, bool, "str | None"]


@dataclass(frozen=True, slots=True)
class Processed:
    """One article's result, built in a worker: cleaned body, map to raw, quote rows."""

    text: str
    body_map: list[Segment]
    title: str | None
    quotes: list[tuple]


@dataclass(frozen=True)
class BuildSummary:
    articles: int
    quotes: int
    quote_types: dict[str, int]
    top_speakers: list[tuple[str, int]]
    articles_without_quotes: int
    skipped: tuple[Skipped, ...]
    skipped_total: int
    seconds: float
    out_dir: Path
    files: tuple[str, ...]
    jobs: int  # worker processes actually used (1: in-process)


@dataclass
class _Tally:
    read: int = 0
    articles: int = 0
    quotes: int = 0
    without_quotes: int = 0
    types: Counter = field(default_factory=Counter)
    speakers: Counter = field(default_factory=Counter)
    skipped: list[Skipped] = field(default_factory=list)
    skipped_total: int = 0
    workers: int = 1

    def skip(self, s: Skipped) -> None:
        self.skipped_total += 1
        if len(self.skipped) < MAX_REPORTED_SKIPS:
            self.skipped.append(s)


def process_article(task: Task) -> Processed | str:
    """Clean and extract one article; a failure becomes a reason string, not a dead build."""
    art_id, raw, is_html, target = task
    try:
        title = None
        if is_html:
            page = parse_html(raw)
            body = clean(page.text)
            body_map = compose(body.segments, page.segments)
            title = page.title
        else:
            body = clean(raw)
            body_map = list(body.segments)
        quotes = extract_body(body, art_id, target)
    except InputError as exc:
        return str(exc)
    except Exception as exc:  # noqa: BLE001 - one article's bug must not lose a multi-hour build
        return f"extraction failed: {type(exc).__name__}: {exc}"
    rows = [tuple(getattr(q, c) for c in QUOTE_COLUMNS) for q in quotes]
    return Processed(body.text, body_map, title, rows)


def process_chunk(tasks: list[Task]) -> list[Processed | str]:
    return [process_article(t) for t in tasks]


def _worker_init() -> None:
    # Ctrl-C reaches the whole process group; the parent alone decides what to do with it
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _tasks(chunk: list[Article], target: str | None) -> list[Task]:
    return [(a.id, a.raw, a.html, a.target or target) for a in chunk]


def _chunks(records: Iterable[Article | Skipped], tally: _Tally) -> Iterator[list[Article]]:
    chunk: list[Article] = []
    for rec in records:
        if isinstance(rec, Skipped):
            tally.skip(rec)
            continue
        tally.read += 1
        chunk.append(rec)
        if len(chunk) >= CHUNK_ARTICLES:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _run(chunks: Iterator[list[Article]], jobs: int, target: str | None, tally: _Tally) -> Iterator[tuple[list[Article], list]]:
    """(chunk, results) in input order; a pool only when there is more than one chunk to share."""
    first = next(chunks, None)
    if first is None:
        return
    second = next(chunks, None)
    head = [first] if second is None else [first, second]
    if jobs <= 1 or second is None:
        for chunk in chain(head, chunks):
            yield chunk, process_chunk(_tasks(chunk, target))
        return
    tally.workers = jobs
    # forkserver: forking a parent that holds Arrow's thread pools can deadlock a child
    ctx = mp.get_context("forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn")
    ex = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init)
    window: deque[tuple[list[Article], Future]] = deque()
    done: list[Article] = first
    try:
        for chunk in chain(head, chunks):
            window.append((chunk, ex.submit(process_chunk, _tasks(chunk, target))))
            if len(window) >= jobs * CHUNKS_PER_JOB:
                done, fut = window.popleft()
                yield done, fut.result()
        while window:
            done, fut = window.popleft()
            yield done, fut.result()
    except BrokenProcessPool as exc:
        where = f"{done[0].source}..{done[-1].source}"
        raise KutipanError(f"a worker process died on articles {where} (out of memory?); try fewer --jobs") from exc
    finally:
        ex.shutdown(wait=True, cancel_futures=True)


class Progress:
    """`articles N  quotes M  X art/s` on one stderr line, redrawn at most 1/PROGRESS_INTERVAL_S a second."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.t0 = time.monotonic()
        self.last = 0.0
        self.width = 0

    def update(self, articles: int, quotes: int, force: bool = False) -> None:
        if self.stream is None:
            return
        now = time.monotonic()
        if not force and now - self.last < PROGRESS_INTERVAL_S:
            return
        self.last = now
        rate = articles / max(now - self.t0, 1e-9)
        line = f"articles {articles}  quotes {quotes}  {rate:.0f} art/s"
        self.stream.write("\r" + line.ljust(self.width))
        self.stream.flush()
        self.width = len(line)

    def finish(self, articles: int, quotes: int) -> None:
        if self.stream is not None and self.last:
            self.update(articles, quotes, force=True)
            self.stream.write("\n")
            self.stream.flush()


def _rows(art: Article, res: Processed, target: str | None) -> dict[str, Any]:
    return {
        "article_id": art.id, "url": art.url, "outlet": art.outlet, "title": art.title or res.title,
        "published": art.published, "target": art.target or target, "text": res.text, "raw": art.raw,
        "body_map": res.body_map, "n_quotes": len(res.quotes),
    }


def _nothing_read(tally: _Tally) -> InputError:
    if not tally.skipped:
        return InputError("no articles in the input")
    first = tally.skipped[0].message
    if tally.skipped_total == 1:
        return InputError(first)
    return InputError(f"no articles read; {tally.skipped_total} problems, the first: {first}")


def _commit(tmp: Path, out_dir: Path, names: tuple[str, ...]) -> None:
    """Move finished files into OUT; a fresh OUT is one atomic folder rename."""
    try:
        if not out_dir.exists():
            out_dir.parent.mkdir(parents=True, exist_ok=True)
            os.rename(tmp, out_dir)
            return
        for name in names:
            os.replace(tmp / name, out_dir / name)
        tmp.rmdir()
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot move results into place: {exc.strerror or exc}") from exc


def build(
    inputs: list[str],
    out_dir: Path,
    *,
    fmt: str = "parquet",
    jobs: int | None = None,
    target: str | None = None,
    progress: bool = False,
    stdin: BinaryIO | None = None,
) -> BuildSummary:
    """Read `inputs`, extract quotes, write OUT/articles.* and OUT/quotes.*; OUT is untouched on failure.

    `target` is the stance target for articles without their own `target` field.
    """
    if not inputs:
        raise InputError("no inputs given")
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    jobs = jobs or os.cpu_count() or 1
    if jobs < 1:
        raise InputError(f"jobs must be at least 1, got {jobs}")
    out_dir = Path(os.path.abspath(out_dir))
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"{out_dir}: exists and is not a folder")
    tmp = out_dir.with_name(f"{out_dir.name}.tmp-{os.getpid()}")
    t0 = time.monotonic()
    tally = _Tally()
    bar = Progress(sys.stderr if progress else None)
    output = open_output(fmt, tmp)
    try:
        if tmp.exists():
            shutil.rmtree(tmp)
        records = read_inputs(inputs, stdin=stdin, exclude=(out_dir, tmp))
        with closing(_run(_chunks(records, tally), jobs, target, tally)) as results_in_order:
            _drain(results_in_order, output, tally, bar, target)
        bar.finish(tally.articles, tally.quotes)
        if tally.read == 0:
            raise _nothing_read(tally)
        output.close()
        _commit(tmp, out_dir, output.names)
    except BaseException:
        output.abort()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return BuildSummary(
        articles=tally.articles,
        quotes=tally.quotes,
        quote_types={t: tally.types[t] for t in (*QUOTE_TYPES, *sorted(set(tally.types) - set(QUOTE_TYPES)))},
        top_speakers=sorted(tally.speakers.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_SPEAKERS],
        articles_without_quotes=tally.without_quotes,
        skipped=tuple(tally.skipped),
        skipped_total=tally.skipped_total,
        seconds=time.monotonic() - t0,
        out_dir=out_dir,
        files=output.names,
        jobs=tally.workers,
    )


def _drain(results: Iterator[tuple[list[Article], list]], output: Output, tally: _Tally, bar: Progress,
           target: str | None) -> None:
    for chunk, processed in results:
        arts: list[dict[str, Any]] = []
        quotes: list[tuple] = []
        for art, res in zip(chunk, processed, strict=True):
            if isinstance(res, str):
                tally.skip(Skipped(art.source, res))
                continue
            arts.append(_rows(art, res, target))
            quotes.extend(res.quotes)
            tally.articles += 1
            tally.quotes += len(res.quotes)
            tally.without_quotes += not res.quotes
        _count(tally, quotes)
        output.write(arts, quotes)
        bar.update(tally.articles, tally.quotes)


_TYPE_AT: Final[int] = QUOTE_COLUMNS.index("quote_type")
_SPEAKER_AT: Final[int] = QUOTE_COLUMNS.index("speaker")


def _count(tally: _Tally, quotes: list[tuple]) -> None:
    for q in quotes:
        tally.types[q[_TYPE_AT]] += 1
        if q[_SPEAKER_AT]:
            tally.speakers[q[_SPEAKER_AT]] += 1


def format_summary(s: BuildSummary, max_skipped: int = 20) -> str:
    """A few readable lines for stderr at the end of a build."""
    rate = s.articles / s.seconds if s.seconds > 0 else 0.0
    lines = [
        f"built {s.articles} articles, {s.quotes} quotes in {s.seconds:.1f} s ({rate:.0f} articles/s, {s.jobs} jobs)",
        f"  output: {', '.join(str(s.out_dir / f) for f in s.files)}",
        "  quote types: " + (", ".join(f"{t} {n}" for t, n in s.quote_types.items()) or "none"),
        f"  articles without a quote: {s.articles_without_quotes}",
    ]
    if s.top_speakers:
        lines.append("  top speakers:")
        width = len(str(s.top_speakers[0][1]))
        lines += [f"    {n:>{width}}  {name}" for name, n in s.top_speakers]
    if s.skipped_total:
        lines.append(f"  skipped {s.skipped_total} (input: reason):")
        lines += [f"    {k.message}" for k in s.skipped[:max_skipped]]
        if s.skipped_total > max_skipped:
            lines.append(f"    ... and {s.skipped_total - max_skipped} more")
    return "\n".join(lines)
