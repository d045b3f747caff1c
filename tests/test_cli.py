"""`kutipan build` end to end: every input format, bad inputs, atomic output, offsets, determinism.

Most tests run the real command (`python -m builder.cli`) in a subprocess, so exit
codes and stderr are what a user sees; the rest call `main()` in-process where a
monkeypatch is needed.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from builder import cli
from builder.errors import OutputError
from builder.ingest import MAX_ARTICLE_CHARS
from builder.outputs import ARTICLE_COLUMNS
from builder.schema import QUOTE_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "builder" / "samples").glob("*.txt"))
#: the shared folder stands beside the checkout, on a developer's machine and in CI
DEV = ROOT.parent / "shared" / "eval" / "dev.jsonl"
DEV_ROWS = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines()] if DEV.exists() else []
needs_dev = pytest.mark.skipif(not DEV_ROWS, reason=f"gold file {DEV} not available")

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Menteri Budi: &quot;Kami siap&quot; | Berita</title>
<script>var ads = "<p>Iklan di skrip</p>";</script><style>.x { color: red }</style></head>
<body><header><a href="/">Beranda</a> | <a href="/politik">Politik</a></header>
<nav><ul><li>Menu Nasional</li><li>Menu Ekonomi</li></ul></nav>
<article>
<h1>Menteri Budi: &quot;Kami siap&quot;</h1>
<p>JAKARTA, KOMPAS.com &ndash; Menteri Perhubungan Budi Karya Sumadi menyatakan pemerintah siap
   membangun jalan tol baru di Sumatera tahun depan.</p>
<p>&ldquo;Kami siap bekerja keras untuk rakyat &amp; bangsa,&rdquo; kata Budi di Jakarta, Senin (12/3/2024).</p>
<p>Menurut Budi, proyek itu akan menelan biaya Rp&nbsp;20&#160;triliun.</p>
</article>
<aside>Baca juga: berita lain di sini</aside><footer>&copy; 2024 Kompas</footer>
</body></html>
"""


def run(args: list[str], cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """`kutipan ARGS...` as a user runs it, in `cwd`."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("KUTIPAN_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "builder.cli", *args], cwd=cwd, input=stdin,
                          capture_output=True, env=env, timeout=120)


def build(args: list[str], cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return run(["build", *args], cwd, stdin)


def stderr_of(proc: subprocess.CompletedProcess) -> str:
    return proc.stderr.decode("utf-8")


def assert_fatal(proc: subprocess.CompletedProcess, *fragments: str, code: int = 2) -> str:
    """One `kutipan: error:` line, the expected exit code, no traceback."""
    err = stderr_of(proc)
    assert proc.returncode == code, err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("kutipan: error: ")
    for f in fragments:
        assert f in lines[0], lines[0]
    return lines[0]


def assert_ok(proc: subprocess.CompletedProcess) -> str:
    err = stderr_of(proc)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert proc.stdout == b""  # the summary goes to stderr
    return err


def write_jsonl(path: Path, rows: list) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows),
                    encoding="utf-8")
    return path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def check_offsets(articles: pl.DataFrame, quotes: pl.DataFrame) -> None:
    """Every span indexes the article body; n_quotes agrees with quotes."""
    texts = dict(zip(articles["article_id"], articles["text"], strict=True))
    for q in quotes.iter_rows(named=True):
        text = texts[q["article_id"]]
        assert text[q["quote_start"]:q["quote_end"]] == q["quote"]
        for name in ("cue", "speaker_mention"):
            start, end = q[f"{name}_start"], q[f"{name}_end"]
            if q[name] is None:
                assert start is None and end is None
            else:
                assert text[start:end] == q[name]
    counts = quotes.group_by("article_id").len()
    got = dict(zip(counts["article_id"], counts["len"], strict=True))
    for aid, n in zip(articles["article_id"], articles["n_quotes"], strict=True):
        assert got.get(aid, 0) == n


def check_body_map(articles: pl.DataFrame) -> None:
    """Copied segments are the same characters in body and raw; replaced ones stay in bounds and in order."""
    for a in articles.iter_rows(named=True):
        last = -1
        for s in a["body_map"]:
            b0, b1, r0, r1 = s["body_start"], s["body_end"], s["raw_start"], s["raw_end"]
            assert 0 <= b0 <= b1 <= len(a["text"]) and 0 <= r0 <= r1 <= len(a["raw"])
            assert b0 >= last
            last = b1
            if b1 - b0 == r1 - r0:
                assert a["raw"][r0:r1] == a["text"][b0:b1]


# --- every input format ---------------------------------------------------------------


@needs_dev
def test_jsonl_build_writes_both_tables_with_valid_offsets(tmp_path: Path) -> None:
    err = assert_ok(build([str(DEV), "-o", "out", "--jobs", "1"], tmp_path))
    assert f"built {len(DEV_ROWS)} articles" in err
    articles = pl.read_parquet(tmp_path / "out" / "articles.parquet")
    quotes = pl.read_parquet(tmp_path / "out" / "quotes.parquet")
    assert tuple(articles.columns) == ARTICLE_COLUMNS
    assert tuple(quotes.columns) == QUOTE_COLUMNS
    assert articles["article_id"].to_list() == [r["id"] for r in DEV_ROWS]  # input order
    assert articles["raw"].to_list() == [r["text"] for r in DEV_ROWS]
    assert articles["target"].to_list() == [r.get("target") for r in DEV_ROWS]
    assert quotes.schema["quote_start"] == pl.Int64 and quotes.schema["confidence"] == pl.Float64
    assert quotes.height > 0
    check_offsets(articles, quotes)
    check_body_map(articles)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]  # no temp folder left behind


def test_txt_file(tmp_path: Path) -> None:
    src = tmp_path / "berita.txt"
    src.write_bytes(SAMPLES[0].read_bytes())
    assert_ok(build(["berita.txt", "-o", "out", "--quiet"], tmp_path))
    articles = pl.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["article_id"].to_list() == ["berita"]
    check_offsets(articles, pl.read_parquet(tmp_path / "out" / "quotes.parquet"))
    check_body_map(articles)


def test_folder_of_txt_is_recursive_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "in" / "b").mkdir(parents=True)
    (tmp_path / "in" / "a").mkdir()
    for i, (sub, src) in enumerate(zip(["b", "a", "b", "a", "."], SAMPLES, strict=True)):
        (tmp_path / "in" / sub / f"{4 - i}_{src.name}").write_bytes(src.read_bytes())
    (tmp_path / "in" / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "in" / ".hidden.txt").write_text("hidden", encoding="utf-8")
    err = assert_ok(build(["in", "-o", "out"], tmp_path))
    assert "built 5 articles" in err
    ids = pl.read_parquet(tmp_path / "out" / "articles.parquet")["article_id"].to_list()
    expected = sorted((p.relative_to(tmp_path / "in").as_posix(), p.stem) for p in (tmp_path / "in").rglob("[0-9]*.txt"))
    assert ids == [stem for _, stem in expected]


def test_html_page_maps_body_back_to_raw_html(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    assert_ok(build(["page.html", "-o", "out", "--quiet"], tmp_path))
    articles = pl.read_parquet(tmp_path / "out" / "articles.parquet")
    quotes = pl.read_parquet(tmp_path / "out" / "quotes.parquet")
    row = articles.row(0, named=True)
    assert row["article_id"] == "page"
    assert row["raw"] == PAGE  # raw stays the page as given
    assert row["title"] == 'Menteri Budi: "Kami siap" | Berita'  # from <title>
    text = row["text"]
    for junk in ("Iklan di skrip", "Menu Nasional", "Beranda", "Baca juga", "©", "color: red", "&amp;", "<p>"):
        assert junk not in text
    assert "“Kami siap bekerja keras untuk rakyat & bangsa,” kata Budi" in text
    check_body_map(articles)
    check_offsets(articles, quotes)
    segs = row["body_map"]
    # an entity maps as a whole
    amp = text.index("&")
    (hit,) = [s for s in segs if s["body_start"] == amp]
    assert PAGE[hit["raw_start"]:hit["raw_end"]] == "&amp;"
    # every quote maps back onto the same words in the HTML
    for q in quotes.iter_rows(named=True):
        start = next(s for s in segs if s["body_start"] <= q["quote_start"] < s["body_end"])
        assert start["body_end"] - start["body_start"] == start["raw_end"] - start["raw_start"]
        raw_at = start["raw_start"] + q["quote_start"] - start["body_start"]
        assert PAGE[raw_at:raw_at + 5] == q["quote"][:5]


def test_html_text_inside_jsonl_is_read_as_html(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "in.jsonl", [{"id": "h1", "text": PAGE, "url": "https://example.id/1"}])
    assert_ok(build(["in.jsonl", "-o", "out", "--quiet"], tmp_path))
    articles = pl.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["raw"][0] == PAGE
    assert "<p>" not in articles["text"][0] and "Menu Nasional" not in articles["text"][0]
    assert articles["url"][0] == "https://example.id/1"
    check_body_map(articles)


@needs_dev
def test_parquet_input_written_with_polars(tmp_path: Path) -> None:
    rows = DEV_ROWS[:6]
    pl.DataFrame({
        "id": [r["id"] for r in rows],
        "text": [r["text"] for r in rows],
        "url": [r.get("url") for r in rows],
        "outlet": [r.get("outlet") for r in rows],
        "target": [r.get("target") for r in rows],
        "ignored": list(range(len(rows))),
    }).write_parquet(tmp_path / "in.parquet")
    err = assert_ok(build(["in.parquet", "-o", "out"], tmp_path))
    assert "built 6 articles" in err
    articles = pl.read_parquet(tmp_path / "out" / "articles.parquet")
    assert articles["article_id"].to_list() == [r["id"] for r in rows]
    assert articles["outlet"].to_list() == [r.get("outlet") for r in rows]
    check_offsets(articles, pl.read_parquet(tmp_path / "out" / "quotes.parquet"))


@needs_dev
def test_stdin_dash_reads_jsonl(tmp_path: Path) -> None:
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in DEV_ROWS[:3]).encode()
    err = assert_ok(build(["-", "-o", "out"], tmp_path, stdin=data))
    assert "built 3 articles" in err
    assert pl.read_parquet(tmp_path / "out" / "articles.parquet").height == 3


@needs_dev
def test_format_jsonl(tmp_path: Path) -> None:
    assert_ok(build([str(DEV), "-o", "out", "--format", "jsonl", "--quiet"], tmp_path))
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["articles.jsonl", "quotes.jsonl"]
    arts = [json.loads(x) for x in (tmp_path / "out" / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    quotes = [json.loads(x) for x in (tmp_path / "out" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [a["article_id"] for a in arts] == [r["id"] for r in DEV_ROWS]
    assert all(tuple(a) == ARTICLE_COLUMNS for a in arts)
    assert quotes and all(tuple(q) == QUOTE_COLUMNS for q in quotes)
    text = {a["article_id"]: a["text"] for a in arts}
    assert all(text[q["article_id"]][q["quote_start"]:q["quote_end"]] == q["quote"] for q in quotes)
    assert "\\u" not in (tmp_path / "out" / "quotes.jsonl").read_text(encoding="utf-8")  # ensure_ascii=False


def test_sample_flag_uses_bundled_articles(tmp_path: Path) -> None:
    err = assert_ok(build(["--sample", "-o", "out"], tmp_path))
    assert f"built {len(SAMPLES)} articles" in err
    ids = pl.read_parquet(tmp_path / "out" / "articles.parquet")["article_id"].to_list()
    assert ids == [p.stem for p in SAMPLES]


# --- bad input ------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert_fatal(build(["nope.jsonl", "-o", "out"], tmp_path), "nope.jsonl", "no such file")
    assert not (tmp_path / "out").exists()


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert_fatal(build(["empty.txt", "-o", "out"], tmp_path), "empty.txt", "is empty")
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n")
    assert_fatal(build(["blank.jsonl", "-o", "out"], tmp_path), "blank.jsonl", "is empty")
    assert not (tmp_path / "out").exists()


def test_binary_junk(tmp_path: Path) -> None:
    (tmp_path / "junk.txt").write_bytes(bytes(range(256)) * 40)
    assert_fatal(build(["junk.txt", "-o", "out"], tmp_path), "junk.txt", "not a text file")
    (tmp_path / "junk.jsonl").write_bytes(b"\x00\x01\x02" * 100)
    assert_fatal(build(["junk.jsonl", "-o", "out"], tmp_path), "junk.jsonl", "not a text file")
    assert not (tmp_path / "out").exists()


def test_invalid_utf8_names_the_byte_offset(tmp_path: Path) -> None:
    (tmp_path / "latin1.txt").write_bytes("Kata dia, \"Café itu tutup.\"".encode("latin-1"))
    assert_fatal(build(["latin1.txt", "-o", "out"], tmp_path), "latin1.txt", "invalid UTF-8 at byte offset 14")


@needs_dev
def test_malformed_jsonl_lines_are_skipped_with_line_numbers(tmp_path: Path) -> None:
    good = DEV_ROWS[:2]
    write_jsonl(tmp_path / "mixed.jsonl", [
        good[0],
        "{not json",
        "[1, 2, 3]",
        {"text": "tanpa id"},
        {"id": "", "text": "id kosong"},
        {"id": "x1"},
        {"id": "x2", "text": 42},
        {"id": good[0]["id"], "text": "duplikat"},
        good[1],
    ])
    with (tmp_path / "mixed.jsonl").open("ab") as f:
        f.write(b'{"id": "x3", "text": "bad \xff byte"}\n')
    err = assert_ok(build(["mixed.jsonl", "-o", "out"], tmp_path))
    assert "built 2 articles" in err
    assert "skipped 8" in err
    for lineno, reason in [(2, "invalid JSON"), (3, "expected a JSON object"), (4, "missing 'id'"), (5, "empty 'id'"),
                           (6, "missing 'text'"), (7, "'text' must be a string"), (8, "duplicate article id"),
                           (10, "invalid UTF-8 at byte offset")]:
        assert f"mixed.jsonl:{lineno}: " in err and reason in err, (lineno, reason)
    assert pl.read_parquet(tmp_path / "out" / "articles.parquet")["article_id"].to_list() == [r["id"] for r in good]


def test_every_line_malformed_is_fatal(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "bad.jsonl", ["{oops", "[]"])
    assert_fatal(build(["bad.jsonl", "-o", "out"], tmp_path), "no articles read", "bad.jsonl:1")
    assert not (tmp_path / "out").exists()


def test_one_bad_input_among_good_ones_is_reported_not_fatal(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_bytes(SAMPLES[1].read_bytes())
    err = assert_ok(build(["ok.txt", "missing.txt", "-o", "out"], tmp_path))
    assert "built 1 articles" in err and "missing.txt: no such file" in err


def test_50mb_single_article_is_skipped_cleanly(tmp_path: Path) -> None:
    paragraph = SAMPLES[0].read_text(encoding="utf-8")
    big = (paragraph + "\n") * (50_000_000 // (len(paragraph) + 1) + 1)
    assert len(big) > MAX_ARTICLE_CHARS
    (tmp_path / "big.txt").write_text(big, encoding="utf-8")
    # alone: nothing is left to build, so it is a clear one-line input error
    assert_fatal(build(["big.txt", "-o", "out"], tmp_path), "big.txt", "article too large", f"> {MAX_ARTICLE_CHARS}")
    assert not (tmp_path / "out").exists()
    # beside a normal article: skipped with its reason, the rest built
    with (tmp_path / "mix.jsonl").open("w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "big", "text": big}, ensure_ascii=False) + "\n")
        f.write(json.dumps({"id": "small", "text": paragraph}, ensure_ascii=False) + "\n")
    err = assert_ok(build(["mix.jsonl", "-o", "out"], tmp_path))
    assert "built 1 articles" in err and "mix.jsonl:1: article 'big': article too large" in err


# --- atomic output, determinism ------------------------------------------------------


def test_failed_build_leaves_earlier_out_untouched(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SAMPLES[2].read_bytes())
    assert_ok(build(["a.txt", "-o", "out", "--quiet"], tmp_path))
    before = snapshot(tmp_path / "out")
    (tmp_path / "empty.txt").write_bytes(b"")
    assert_fatal(build(["empty.txt", "-o", "out"], tmp_path), "is empty")
    assert_fatal(build(["nope.txt", "-o", "out", "--format", "jsonl"], tmp_path), "no such file")
    assert snapshot(tmp_path / "out") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "empty.txt", "out"]


def test_failure_while_writing_removes_temp_and_keeps_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          capsys: pytest.CaptureFixture) -> None:
    src = tmp_path / "a.txt"
    src.write_bytes(SAMPLES[3].read_bytes())
    out = tmp_path / "out"
    assert cli.main(["build", str(src), "-o", str(out), "--quiet", "--jobs", "1"]) == 0
    before = snapshot(out)
    src.write_bytes(SAMPLES[4].read_bytes())  # a different result, if it were ever written

    def disk_full(self) -> None:
        raise OutputError(f"{self.directory}/quotes.parquet: cannot write: No space left on device")

    monkeypatch.setattr("builder.outputs.ParquetOutput.close", disk_full)
    capsys.readouterr()
    assert cli.main(["build", str(src), "-o", str(out), "--jobs", "1"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kutipan: error: ") and "No space left" in err
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out"]


@needs_dev
def test_same_input_gives_byte_identical_files_whatever_the_jobs(tmp_path: Path) -> None:
    # more than one chunk of articles, so --jobs 2 really uses worker processes
    rows = [{**r, "id": f"{r['id']}-{i}"} for i in range(12) for r in DEV_ROWS][:450]
    write_jsonl(tmp_path / "many.jsonl", rows)
    assert_ok(build(["many.jsonl", "-o", "one", "--jobs", "1", "--quiet"], tmp_path))
    err = assert_ok(build(["many.jsonl", "-o", "two", "--jobs", "2"], tmp_path))
    assert "2 jobs" in err
    assert_ok(build(["many.jsonl", "-o", "one_again", "--jobs", "1", "--quiet"], tmp_path))
    one = snapshot(tmp_path / "one")
    assert one == snapshot(tmp_path / "two") == snapshot(tmp_path / "one_again")
    assert pl.read_parquet(tmp_path / "two" / "articles.parquet")["article_id"].to_list() == [r["id"] for r in rows]


# --- options and other commands ---------------------------------------------------------


def test_target_precedence_article_then_flag_then_config(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    text = SAMPLES[0].read_text(encoding="utf-8")
    write_jsonl(tmp_path / "in.jsonl", [{"id": "own", "text": text, "target": "sendiri"}, {"id": "none", "text": text}])
    (tmp_path / "cfg.toml").write_text('target = "dari config"\nformat = "jsonl"\njobs = 1\n', encoding="utf-8")
    base = ["build", str(tmp_path / "in.jsonl"), "--config", str(tmp_path / "cfg.toml"), "--quiet"]
    assert cli.main([*base, "-o", str(tmp_path / "c")]) == 0
    assert cli.main([*base, "-o", str(tmp_path / "f"), "--target", "dari flag"]) == 0
    for out, fallback in (("c", "dari config"), ("f", "dari flag")):
        arts = [json.loads(x) for x in (tmp_path / out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
        assert [a["target"] for a in arts] == ["sendiri", fallback]


def test_bad_config_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_bytes(SAMPLES[0].read_bytes())
    (tmp_path / "cfg.json").write_text('{"jobz": 2}', encoding="utf-8")
    assert_fatal(build(["in.txt", "-o", "out", "--config", "cfg.json"], tmp_path), "unknown key 'jobz'")
    (tmp_path / "cfg.toml").write_text("target = ", encoding="utf-8")
    assert_fatal(build(["in.txt", "-o", "out", "--config", "cfg.toml"], tmp_path), "not valid TOML")


@pytest.mark.parametrize("args, fragment", [
    (["build", "-o", "out"], "at least one INPUT"),
    (["build", "x.txt"], "required: -o/--out"),
    (["build", "x.txt", "-o", "out", "--jobs", "0"], "--jobs must be at least 1"),
    (["build", "x.txt", "-o", "out", "--format", "xml"], "invalid choice"),
    (["frobnicate"], "invalid choice"),
])
def test_usage_errors_are_one_line(args: list[str], fragment: str, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("kutipan: error: ") and fragment in err, err


def test_out_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_bytes(SAMPLES[0].read_bytes())
    (tmp_path / "out").write_text("keep me", encoding="utf-8")
    assert_fatal(build(["in.txt", "-o", "out"], tmp_path), "not a folder", code=1)
    assert (tmp_path / "out").read_text(encoding="utf-8") == "keep me"


def test_rules_and_env(tmp_path: Path) -> None:
    from builder.quotes import RULES

    proc = run(["rules"], tmp_path)
    assert proc.returncode == 0 and not proc.stderr
    out = proc.stdout.decode("utf-8")
    for rule_id, (_, description) in RULES.items():
        assert f"{rule_id}" in out and description in out
    proc = run(["env"], tmp_path)
    assert proc.returncode == 0
    out = proc.stdout.decode("utf-8")
    for name in ("python", "kutipan", "regex", "polars", "datasets", "pyarrow"):
        assert any(line.split()[0] == name for line in out.splitlines()), name


def test_progress_line_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    from builder.build import build as run_build
    from builder.build import format_summary

    (tmp_path / "a.txt").write_bytes(SAMPLES[0].read_bytes())
    run_build([str(tmp_path / "a.txt")], tmp_path / "quiet", jobs=1, progress=False)
    assert capsys.readouterr().err == ""
    summary = run_build([str(tmp_path / "a.txt")], tmp_path / "loud", jobs=1, progress=True)
    err = capsys.readouterr().err
    assert err.startswith("\rarticles 1  quotes ") and "art/s" in err and err.endswith("\n")
    assert summary.articles == 1 and summary.quotes == sum(summary.quote_types.values())
    assert "built 1 articles" in format_summary(summary)
