"""Word tokens with BIO tags (QUOTE, SPEAKER, CUE) aligned with the character spans.

Tokens are runs of word characters and single punctuation marks. A token that a
span boundary falls inside (`Menurutnya` when the cue is `Menurut`) is cut at the
boundary, so every span is a whole number of tokens and the tags give the spans
back exactly (minus surrounding whitespace). A token holds at most one tag, so
spans are laid out first: quotes, then speaker mentions, then cues, each kept only
where it does not overlap a span already laid (a speaker named inside another
quote keeps the quote). The card states this.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import Final

import numpy as np
import polars as pl
import pyarrow as pa

from exports.features import BIO_TAGS, SPAN_LABELS

PIECE: Final[str] = r"\w+|[^\w\s]|\s+"
_TAG: Final[dict[str, int]] = {t: i for i, t in enumerate(BIO_TAGS)}
_B: Final = np.array([_TAG[f"B-{label}"] for label in SPAN_LABELS], dtype=np.int64)
_I: Final = np.array([_TAG[f"I-{label}"] for label in SPAN_LABELS], dtype=np.int64)


def layout(spans: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Non-overlapping (label, start, end) spans, by label priority then position; empty spans dropped."""
    starts: list[int] = []
    ends: list[int] = []  # kept intervals, sorted and disjoint, so two neighbours decide an overlap
    kept: list[tuple[int, int, int]] = []
    for label, s, e in sorted(set(spans)):
        if s >= e:
            continue
        i = bisect_right(starts, s)
        if (i and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        kept.append((label, s, e))
    return sorted(kept, key=lambda x: (x[1], x[2]))


def token_rows(texts: pl.Series, spans: list[list[tuple[int, int, int]]]) -> dict[str, pa.Array]:
    """tokens, token_starts, token_ends and tags (Arrow list arrays, one list per article) for a batch of texts.

    spans[i]: (label index into SPAN_LABELS, start, end) of article i, any order, may overlap.
    """
    n = len(texts)
    pieces = texts.str.extract_all(PIECE)
    counts = pieces.list.len().fill_null(0).to_numpy().astype(np.int64)
    flat = pieces.explode().drop_nulls()
    lens = flat.str.len_chars().to_numpy().astype(np.int64)
    owner = np.repeat(np.arange(n, dtype=np.int64), counts)
    text_lens = texts.str.len_chars().fill_null(0).to_numpy().astype(np.int64)
    base = np.r_[0, np.cumsum(text_lens)[:-1]] if n else np.empty(0, np.int64)
    gstart = np.r_[0, np.cumsum(lens)[:-1]] if len(lens) else np.empty(0, np.int64)
    is_tok = ~flat.str.contains(r"^\s").to_numpy() if len(flat) else np.empty(0, bool)
    ts, te, towner = gstart[is_tok], gstart[is_tok] + lens[is_tok], owner[is_tok]

    laid = [layout(s) for s in spans]
    sp_owner = np.array([i for i, s in enumerate(laid) for _ in s], dtype=np.int64)
    sp = np.array([x for s in laid for x in s], dtype=np.int64).reshape(-1, 3)
    sp_label = sp[:, 0]
    sp_s = sp[:, 1] + base[sp_owner] if len(sp) else np.empty(0, np.int64)
    sp_e = sp[:, 2] + base[sp_owner] if len(sp) else np.empty(0, np.int64)

    # cut tokens at span boundaries that fall strictly inside them (rare: a Python loop over those only)
    bounds = np.unique(np.r_[sp_s, sp_e])
    inside = np.searchsorted(bounds, te, "left") - np.searchsorted(bounds, ts, "right")
    if inside.any():
        cut = np.flatnonzero(inside > 0)
        keep = np.ones(len(ts), dtype=bool)
        keep[cut] = False
        add_s, add_e, add_o = [], [], []
        for i in cut.tolist():
            lo, hi = np.searchsorted(bounds, ts[i], "right"), np.searchsorted(bounds, te[i], "left")
            edges = [int(ts[i]), *bounds[lo:hi].tolist(), int(te[i])]
            for a, b in zip(edges[:-1], edges[1:], strict=True):
                add_s.append(a)
                add_e.append(b)
                add_o.append(int(towner[i]))
        new_s, new_e, new_o = [ts[keep], np.array(add_s)], [te[keep], np.array(add_e)], [towner[keep], np.array(add_o)]
        ts, te, towner = (np.concatenate(x).astype(np.int64) for x in (new_s, new_e, new_o))
        order = np.argsort(ts, kind="stable")
        ts, te, towner = ts[order], te[order], towner[order]

    tags = np.zeros(len(ts), dtype=np.int64)
    if len(sp) and len(ts):
        order = np.argsort(sp_s, kind="stable")
        sp_s, sp_e, sp_label = sp_s[order], sp_e[order], sp_label[order]
        j = np.searchsorted(sp_s, ts, "right") - 1
        jj = np.maximum(j, 0)
        ok = (j >= 0) & (te <= sp_e[jj])
        # B- on the first token of a span: the previous token is outside it or in another span
        first = ok & np.r_[True, ~ok[:-1] | (jj[1:] != jj[:-1])]
        tags = np.where(ok, np.where(first, _B[sp_label[jj]], _I[sp_label[jj]]), 0)

    local_s, local_e = (ts - base[towner]).astype(np.int32), (te - base[towner]).astype(np.int32)
    offsets = pa.array(np.r_[0, np.cumsum(np.bincount(towner, minlength=n))].astype(np.int32))
    strings = (pl.DataFrame({"t": texts.gather(towner), "s": local_s, "e": local_e})
               .select(pl.col("t").str.slice(pl.col("s"), pl.col("e") - pl.col("s"))).to_series().to_arrow())
    return {
        "tokens": pa.ListArray.from_arrays(offsets, strings.cast(pa.string())),
        "token_starts": pa.ListArray.from_arrays(offsets, pa.array(local_s)),
        "token_ends": pa.ListArray.from_arrays(offsets, pa.array(local_e)),
        "tags": pa.ListArray.from_arrays(offsets, pa.array(tags, type=pa.int64())),
    }
