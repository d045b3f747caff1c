r"""Word tokens with BIO tags (QUOTE, SPEAKER, CUE) aligned with the character spans.

Tokens are runs of word characters and single punctuation marks. A token that a
span boundary falls inside (`Menurutnya` when the cue is `Menurut`) is cut at the
boundary, so every span is a whole number of tokens and the tags give the spans
back exactly (minus surrounding whitespace). A token holds at most one tag, so
spans are laid out first: quotes, then speaker mentions, then cues, each kept only
where it does not overlap a span already laid (a speaker named inside another
quote keeps the quote). The card states this.

Tokens are PIECE's matches that are not whitespace, but found by classifying
characters with numpy rather than by running PIECE (which took most of an export's
time): each character's class (\w, \s or neither) is asked once of the regex
engine that runs PIECE, so the cut is the regex's to the character.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import cache
from typing import Final

import numpy as np
import polars as pl
import pyarrow as pa

from exports.features import BIO_TAGS, SPAN_LABELS

PIECE: Final[str] = r"\w+|[^\w\s]|\s+"
_TAG: Final[dict[str, int]] = {t: i for i, t in enumerate(BIO_TAGS)}
_B: Final = np.array([_TAG[f"B-{label}"] for label in SPAN_LABELS], dtype=np.int64)
_I: Final = np.array([_TAG[f"I-{label}"] for label in SPAN_LABELS], dtype=np.int64)
_OTHER: Final[int] = 0  # a one-character piece: [^\w\s]
_WORD: Final[int] = 1  # \w, runs of which are one piece
_SPACE: Final[int] = 2  # \s, never a token
_BMP: Final[int] = 0x10000
_POS_BITS: Final[int] = 32  # owner << _POS_BITS | offset orders spans by article, then offset


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


def _classify(code_points: np.ndarray) -> np.ndarray:
    """PIECE's class of each code point, asked of the regex engine that runs PIECE (polars), so they agree."""
    chars = pl.Series([chr(c) if not 0xD800 <= c <= 0xDFFF else "" for c in code_points.tolist()], dtype=pl.String)
    word = chars.str.contains(r"^\w").to_numpy()
    space = chars.str.contains(r"^\s").to_numpy()
    return np.where(word, _WORD, np.where(space, _SPACE, _OTHER)).astype(np.uint8)


@cache
def _bmp_classes() -> np.ndarray:
    """Classes of the Basic Multilingual Plane, computed once per process (some 30 ms)."""
    return _classify(np.arange(_BMP, dtype=np.int64))


def _classes(cp: np.ndarray) -> np.ndarray:
    """Class of each code point: a table lookup, plus the regex for the few beyond the BMP (emoji)."""
    cls = _bmp_classes()[np.minimum(cp, _BMP - 1)]
    astral = np.flatnonzero(cp >= _BMP)
    if len(astral):
        uniq, inv = np.unique(cp[astral], return_inverse=True)
        cls[astral] = _classify(uniq)[inv]
    return cls


def _laid_out(owner: np.ndarray, label: np.ndarray, start: np.ndarray, end: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """`layout` of every article at once, sorted by article then start.

    Most articles have no overlapping (or repeated) spans, so all their non-empty
    spans are kept; only the few that do go through `layout` in Python.
    """
    ok = start < end
    owner, label, start, end = owner[ok], label[ok], start[ok], end[ok]
    order = np.lexsort((label, end, start, owner))
    owner, label, start, end = owner[order], label[order], start[order], end[order]
    key_s, key_e = (owner << _POS_BITS) | start, (owner << _POS_BITS) | end
    clash = np.zeros(len(owner), dtype=bool)
    if len(owner) > 1:
        clash[1:] = key_s[1:] < np.maximum.accumulate(key_e)[:-1]
    if not clash.any():
        return owner, label, start, end
    bad = np.unique(owner[clash])
    in_bad = np.isin(owner, bad)
    parts = [(owner[~in_bad], label[~in_bad], start[~in_bad], end[~in_bad])]
    lo, hi = np.searchsorted(owner, bad, "left"), np.searchsorted(owner, bad, "right")
    for art, a, b in zip(bad.tolist(), lo.tolist(), hi.tolist(), strict=True):
        kept = layout(list(zip(label[a:b].tolist(), start[a:b].tolist(), end[a:b].tolist(), strict=True)))
        k = np.array(kept, dtype=np.int64).reshape(-1, 3)
        parts.append((np.full(len(k), art, dtype=np.int64), k[:, 0], k[:, 1], k[:, 2]))
    owner, label, start, end = (np.concatenate(x).astype(np.int64) for x in zip(*parts, strict=True))
    order = np.lexsort((start, owner))
    return owner[order], label[order], start[order], end[order]


def token_rows(texts: pl.Series, sp_owner: np.ndarray, sp_label: np.ndarray, sp_start: np.ndarray,
               sp_end: np.ndarray) -> dict[str, pa.Array]:
    """tokens, token_starts, token_ends and tags (Arrow list arrays, one list per article) for a batch of texts.

    Span k: article sp_owner[k] (index into texts), label sp_label[k] (index into
    SPAN_LABELS), characters sp_start[k]:sp_end[k]; any order, may overlap.
    """
    n = len(texts)
    strs = texts.fill_null("").to_list()
    joined = "".join(strs)
    cp = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32)
    text_lens = np.fromiter(map(len, strs), dtype=np.int64, count=n)
    ends_cum = np.cumsum(text_lens)
    base = ends_cum - text_lens

    # pieces of PIECE: a run of word characters, one other character, or a run of spaces (not a token);
    # a text's first character always starts a piece
    cls = _classes(cp)
    word, solid = cls == _WORD, cls != _SPACE
    text_start = np.zeros(len(cp) + 1, dtype=bool)
    text_start[base] = True
    text_start[-1] = True
    glued = word[1:] & word[:-1] & ~text_start[1:-1]  # character i+1 continues character i's piece
    joins_prev, joins_next = np.zeros(len(cp), dtype=bool), np.zeros(len(cp), dtype=bool)
    joins_prev[1:], joins_next[:-1] = glued, glued
    ts = np.flatnonzero(solid & ~joins_prev)
    te = np.flatnonzero(solid & ~joins_next) + 1

    owner, label, s, e = _laid_out(*(np.asarray(x, dtype=np.int64) for x in (sp_owner, sp_label, sp_start, sp_end)))
    sp_s, sp_e = s + base[owner], e + base[owner]

    # cut tokens at span boundaries that fall strictly inside them: a cut adds a token start there
    bounds = np.unique(np.r_[sp_s, sp_e])
    j = np.searchsorted(ts, bounds, "right") - 1
    jj = np.maximum(j, 0)
    inner = bounds[(j >= 0) & (bounds > ts[jj]) & (bounds < te[jj])] if len(ts) else bounds[:0]
    if len(inner):
        starts = np.sort(np.r_[ts, inner])
        tok = np.searchsorted(ts, starts, "right") - 1
        ends = te[tok]
        same = tok[1:] == tok[:-1]
        ends[:-1][same] = starts[1:][same]
        ts, te = starts, ends

    # every span is now whole tokens: tokens lo..hi-1 of span k; B- on the first, I- on the rest
    tags = np.zeros(len(ts), dtype=np.int64)
    lo, hi = np.searchsorted(ts, sp_s, "left"), np.searchsorted(te, sp_e, "right")
    some = hi > lo
    lo, hi, label = lo[some], hi[some], label[some]
    if len(lo):
        k = np.arange(1, len(lo) + 1, dtype=np.int64)  # spans are disjoint, so their token ranges are too
        mark = np.zeros(len(ts) + 1, dtype=np.int64)
        mark[lo] += k
        mark[hi] -= k
        in_span = np.cumsum(mark[:-1])
        inside = in_span > 0
        tags[inside] = _I[label[in_span[inside] - 1]]
        tags[lo] = _B[label]

    # token strings: the non-space characters, in order, are exactly the tokens' characters
    solid_cp = cp[solid]
    wide = np.flatnonzero(solid_cp >= 0x80)
    byte_lens = te - ts
    if len(wide):  # UTF-8 takes 2-4 bytes for these: add the extra to their tokens
        data = np.frombuffer(solid_cp.tobytes().decode("utf-32-le").encode("utf-8"), dtype=np.uint8)
        c = solid_cp[wide]
        char_starts = np.cumsum(byte_lens) - byte_lens  # each token's start among the non-space characters
        np.add.at(byte_lens, np.searchsorted(char_starts, wide, "right") - 1,
                  1 + (c >= 0x800).astype(np.int64) + (c >= _BMP))
    else:
        data = solid_cp.astype(np.uint8)
    str_offsets = np.r_[0, np.cumsum(byte_lens)]
    string_type = pa.string() if len(data) < 2**31 else pa.large_string()
    str_offsets = str_offsets.astype(np.int32 if string_type == pa.string() else np.int64)
    strings = pa.Array.from_buffers(string_type, len(ts), [None, pa.py_buffer(str_offsets), pa.py_buffer(data)])

    per_text = np.searchsorted(ts, np.r_[base, len(cp)], "left")  # a text's tokens start at or after its base
    counts = np.diff(per_text)
    text_base = np.repeat(base, counts)
    local_s, local_e = (ts - text_base).astype(np.int32), (te - text_base).astype(np.int32)
    offsets = pa.array(per_text.astype(np.int32))
    return {
        "tokens": pa.ListArray.from_arrays(offsets, strings.cast(pa.string())),
        "token_starts": pa.ListArray.from_arrays(offsets, pa.array(local_s)),
        "token_ends": pa.ListArray.from_arrays(offsets, pa.array(local_e)),
        "tags": pa.ListArray.from_arrays(offsets, pa.array(tags, type=pa.int64())),
    }
