"""Readers and the HTML text map, without the command line around them."""
from __future__ import annotations

import io
import json
from bisect import bisect_right
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from builder.build import process_article
from builder.html import html_to_text, looks_like_html, parse_html
from builder.ingest import Article, Skipped, read_inputs
from builder.offsets import Segment, compose


def check_map(page: str, text: str, segments) -> None:
    last = 0
    for b0, b1, r0, r1 in segments:
        assert last <= b0 <= b1 <= len(text) and 0 <= r0 <= r1 <= len(page)
        last = b1
        if b1 - b0 == r1 - r0:
            assert page[r0:r1] == text[b0:b1]


def test_html_drops_furniture_and_keeps_blocks_apart() -> None:
    page = ("<html><head><title> Judul\n Berita </title><style>p{}</style></head><body>"
            "<nav>Menu</nav><header>Kepala</header><form>Cari</form><noscript>JS</noscript>"
            "<div>Satu <b>dua</b>\n   tiga</div><p>Empat<br>lima</p><aside>Iklan</aside>"
            "<script>document.write('<p>x</p>')</script><footer>Kaki</footer></body></html>")
    doc = parse_html(page)
    assert doc.text == "Satu dua tiga\nEmpat\nlima\n"
    assert doc.title == "Judul Berita"
    check_map(page, doc.text, doc.segments)


def test_entities_map_as_a_whole() -> None:
    page = "<p>A&amp;B &lt;3 caf&eacute; &#8220;kata&#x201D; &nbsp;&bogus; AT&T</p>"
    text, segs = html_to_text(page)
    assert text == "A&B <3 café “kata” \xa0&bogus; AT&T\n"
    check_map(page, text, segs)
    by_raw = {page[r0:r1]: text[b0:b1] for b0, b1, r0, r1 in segs if b1 - b0 != r1 - r0}
    assert by_raw == {"&amp;": "&", "&lt;": "<", "&eacute;": "é", "&#8220;": "“", "&#x201D;": "”", "&nbsp;": "\xa0"}


def test_a_stray_ampersand_hash_does_not_swallow_the_rest_of_the_page() -> None:
    # html.parser stops tokenising at a `&#` it cannot read and passes the rest as text
    page = "<p>Nomor &#; dan &#abc satu</p><script>rahasia()</script><p>Dua</p>"
    text, segs = html_to_text(page)
    assert text == "Nomor &#; dan &#abc satu\nDua\n"
    check_map(page, text, segs)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<br>", "<b>", "</b>", "<script>", "</script>", "<nav>", "</nav>",
                                 "&amp;", "&#65;", "&#x42;", "&nbsp;", "&bogus;", "&#;", "&", "<", ">", " ", "\n  ",
                                 "kata", "Budi", "“", "\"", "<!-- c -->", "<title>", "</title>"]), max_size=40))
def test_any_fragment_soup_keeps_a_valid_map(pieces: list[str]) -> None:
    page = "".join(pieces)
    text, segs = html_to_text(page)
    check_map(page, text, segs)


segment_lists = st.lists(st.tuples(st.integers(0, 4), st.integers(0, 5), st.integers(0, 3), st.integers(0, 5)),
                         max_size=8)


def _chain(steps) -> list[tuple[int, int, int, int]]:
    """A well-formed map: sorted, non-overlapping, gaps allowed, copies or replacements."""
    out, d, s = [], 0, 0
    for gap_d, length, gap_s, raw_len in steps:
        d += gap_d
        s += gap_s
        rl = length if raw_len % 2 else raw_len  # about half copies
        out.append((d, d + length, s, s + rl))
        d += length
        s += rl
    return out


def _to_source(segments: list[Segment], pos: int) -> int:
    """Source offset of a derived offset; a gap (inserted separator) maps to the next segment."""
    if not segments:
        return pos
    i = bisect_right([s[0] for s in segments], pos) - 1
    if i < 0:
        return segments[0][2]
    d0, d1, s0, s1 = segments[i]
    if pos >= d1:
        return s1 if i + 1 >= len(segments) else segments[i + 1][2]
    if d1 - d0 == s1 - s0:
        return s0 + (pos - d0)
    return s0


def reference_compose(outer: list[Segment], inner: list[Segment]) -> list[Segment]:
    """The plain, quadratic composition: what `offsets.compose` must equal."""
    out: list[Segment] = []
    for d0, d1, s0, s1 in outer:
        if d1 - d0 != s1 - s0:
            out.append((d0, d1, _to_source(inner, s0), _to_source(inner, s1)))
            continue
        pos = s0
        while pos < s1:
            j = bisect_right([s[0] for s in inner], pos) - 1
            if j < 0 or pos >= inner[j][1]:
                src = _to_source(inner, pos)
                nxt = min([s[0] for s in inner if s[0] > pos] + [s1])
                out.append((d0 + pos - s0, d0 + nxt - s0, src, src))
                pos = nxt
                continue
            i0, i1, r0, r1 = inner[j]
            end = min(i1, s1)
            if i1 - i0 == r1 - r0:
                out.append((d0 + pos - s0, d0 + end - s0, r0 + pos - i0, r0 + end - i0))
            else:
                out.append((d0 + pos - s0, d0 + end - s0, r0, r1))
            pos = end
    return out


@settings(max_examples=300, deadline=None)
@given(segment_lists, segment_lists)
def test_compose_agrees_with_the_plain_composition(outer_steps, inner_steps) -> None:
    outer, inner = _chain(outer_steps), _chain(inner_steps)
    assert compose(outer, inner) == reference_compose(outer, inner)


def test_html_article_body_maps_to_the_page() -> None:
    page = "<html><body><p>JAKARTA - &ldquo;Kami siap,&rdquo; kata Budi di Jakarta, Senin.</p></body></html>"
    res = process_article(("x", page, True, None))
    assert not isinstance(res, str)
    check_map(page, res.text, res.body_map)
    assert res.quotes


@pytest.mark.parametrize("text, expected", [
    ("<html><body><p>Hai</p></body></html>", True),
    ("  <p>Teks</p>", True),
    ("<div class='a'>x<br>y", True),
    ("<3 kamu selamanya", False),
    ("Teks biasa dengan <b>tebal</b>", False),
    ("<Budi> berkata", False),
])
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


def test_jsonl_stream_keeps_going_after_bad_lines(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "a", "text": "Satu"}), "{bad", json.dumps({"id": 7, "text": "Tujuh", "published": 2024}),
             json.dumps({"id": "b", "text": "Dua", "url": ["x"]}), json.dumps({"id": "a", "text": "lagi"})]
    recs = list(read_inputs(["-"], stdin=io.BytesIO(("\n".join(lines) + "\n").encode())))
    assert [type(r).__name__ for r in recs] == ["Article", "Skipped", "Article", "Skipped", "Skipped"]
    assert recs[2] == Article(id="7", raw="Tujuh", source="<stdin>:3", published="2024")
    assert [r.source for r in recs if isinstance(r, Skipped)] == ["<stdin>:2", "<stdin>:4", "<stdin>:5"]
    assert "'url' must be a string" in recs[3].reason and "duplicate" in recs[4].reason


def test_unsupported_and_missing_inputs_are_fatal_records(tmp_path: Path) -> None:
    (tmp_path / "data.csv").write_text("id,text\n", encoding="utf-8")
    (tmp_path / "empty_dir").mkdir()
    recs = list(read_inputs([str(tmp_path / "data.csv"), str(tmp_path / "nope.txt"), str(tmp_path / "empty_dir")]))
    assert all(isinstance(r, Skipped) and r.fatal for r in recs)
    assert "unsupported input type '.csv'" in recs[0].reason
    assert recs[1].reason == "no such file"
    assert "folder has no" in recs[2].reason


def test_not_a_parquet_file(tmp_path: Path) -> None:
    (tmp_path / "x.parquet").write_text("not parquet at all", encoding="utf-8")
    (rec,) = read_inputs([str(tmp_path / "x.parquet")])
    assert isinstance(rec, Skipped) and "not a readable Parquet file" in rec.reason


def test_output_folder_inside_an_input_folder_is_not_read(tmp_path: Path) -> None:
    (tmp_path / "in" / "out").mkdir(parents=True)
    (tmp_path / "in" / "a.txt").write_text("Satu dua tiga empat lima.", encoding="utf-8")
    (tmp_path / "in" / "out" / "quotes.jsonl").write_text('{"id": "q", "text": "x"}\n', encoding="utf-8")
    recs = list(read_inputs([str(tmp_path / "in")], exclude=[tmp_path / "in" / "out"]))
    assert [r.id for r in recs if isinstance(r, Article)] == ["a"]

