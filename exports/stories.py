"""Story clusters and the split of each story: near-duplicates and wire copies stay together.

An article's fingerprint is a MinHash of its word 3-shingles (words split at
spaces, lower-cased, every digit read as 0, so copies that differ only in numbers
look alike). Articles that agree on all rows of any LSH band (4 bands of 4 rows:
pairs above a Jaccard similarity of about 0.7 are caught almost surely, unrelated
pairs essentially never)
or that quote the same long passage are linked; a story is a connected component.

Why the split is stable when articles are added: a story's key is the smallest
first-MinHash value over its members, i.e. the MinHash of the union of their
shingles. An unrelated new article forms its own story and moves nothing. A new
copy of an existing story changes the key only if it brings a shingle that hashes
below every shingle the story already has (an exact copy never does; a copy with
10% new text does with probability under 10%, less the bigger the story). Only a
new article that merges two stories moves one of them, to the split of the
other. Ids such as "the smallest article id" would not have this property: any new
member with a smaller id would move the whole story.

All hashing is blake2b or fixed 64-bit arithmetic in numpy, never a library's
process- or version-seeded hash, so keys are the same on every machine.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Final

import numpy as np
import polars as pl

N_HASHES: Final[int] = 16
BAND_ROWS: Final[int] = 4
SHINGLE_WORDS: Final[int] = 3
#: a quote this long (normalised characters) quoted by two articles links their stories
QUOTE_LINK_MIN_CHARS: Final[int] = 40
DEFAULT_RATIOS: Final[tuple[float, float, float]] = (0.8, 0.1, 0.1)

_M1: Final = np.uint64(0x9E3779B97F4A7C15)
_M2: Final = np.uint64(0xBF58476D1CE4E5B9)
_M3: Final = np.uint64(0x94D049BB133111EB)
_SEEDS: Final = np.array(
    [int.from_bytes(hashlib.blake2b(f"kutipan-minhash-{i}".encode(), digest_size=8).digest(), "little")
     for i in range(N_HASHES)], dtype=np.uint64)
_ODD: Final = _SEEDS[::-1] | np.uint64(1)


def stable_hash64(text: str) -> int:
    """A 64-bit hash that is the same in every process, machine and library version."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads every input bit over the output (wrapping uint64 arithmetic)."""
    x = x ^ (x >> np.uint64(30))
    x = x * _M2
    x = x ^ (x >> np.uint64(27))
    x = x * _M3
    return x ^ (x >> np.uint64(31))


class Fingerprinter:
    """MinHash signatures of article texts; keeps a word-hash cache across batches."""

    def __init__(self) -> None:
        self._word_hash: dict[str, int] = {}

    def _hashes(self, words: pl.Series) -> np.ndarray:
        uniq = words.unique()
        new = [w for w in uniq.to_list() if w not in self._word_hash]
        for w in new:
            self._word_hash[w] = stable_hash64(w)
        mapping = pl.Series([self._word_hash[w] for w in uniq.to_list()], dtype=pl.UInt64)
        return words.replace_strict(uniq, mapping, return_dtype=pl.UInt64).to_numpy()

    def signatures(self, texts: pl.Series) -> tuple[np.ndarray, np.ndarray]:
        """(n, N_HASHES) uint64 MinHash signatures, and a mask of the texts that had any shingle."""
        n = len(texts)
        sig = np.full((n, N_HASHES), np.iinfo(np.uint64).max, dtype=np.uint64)
        words = texts.str.to_lowercase().str.replace_all("[0-9]", "0").str.split(" ")
        counts = words.list.len().fill_null(0).to_numpy().astype(np.int64)
        flat = words.explode().drop_nulls()
        if len(flat) == 0:
            return sig, np.zeros(n, dtype=bool)
        h = self._hashes(flat)
        owner = np.repeat(np.arange(n, dtype=np.int64), counts)
        k = SHINGLE_WORDS
        if len(h) < k:
            return sig, np.zeros(n, dtype=bool)
        with np.errstate(over="ignore"):
            sh = h[: len(h) - k + 1] * _M1
            for j in range(1, k):
                sh = _mix(sh ^ h[j: len(h) - k + 1 + j])
        keep = owner[: len(h) - k + 1] == owner[k - 1:]
        sh, sown = sh[keep], owner[: len(h) - k + 1][keep]
        if len(sh) == 0:
            return sig, np.zeros(n, dtype=bool)
        starts = np.flatnonzero(np.r_[True, sown[1:] != sown[:-1]])
        rows = sown[starts]
        with np.errstate(over="ignore"):
            for i in range(N_HASHES):
                # shingle hashes are already mixed: one xor and one odd multiply make each permutation
                sig[rows, i] = np.minimum.reduceat((sh ^ _SEEDS[i]) * _ODD[i], starts)
        has = np.zeros(n, dtype=bool)
        has[rows] = True
        return sig, has


def band_keys(sig: np.ndarray) -> np.ndarray:
    """(n, bands) uint64 keys: two articles agreeing on a band's rows get the same key."""
    bands = N_HASHES // BAND_ROWS
    out = np.empty((sig.shape[0], bands), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for b in range(bands):
            acc = np.full(sig.shape[0], np.uint64(b + 1) * _M1, dtype=np.uint64)
            for r in range(BAND_ROWS):
                acc = _mix(acc ^ sig[:, b * BAND_ROWS + r])
            out[:, b] = acc
    return out


def _group_edges(keys: np.ndarray, valid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Edges linking each row to the first row with the same key (only rows where valid)."""
    idx = np.flatnonzero(valid)
    if len(idx) < 2:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    k = keys[idx]
    order = np.argsort(k, kind="stable")
    ks, rows = k[order], idx[order]
    new = np.r_[True, ks[1:] != ks[:-1]]
    first = rows[np.maximum.accumulate(np.where(new, np.arange(len(ks)), 0))]
    link = ~new
    return rows[link], first[link]


def components(n: int, edges: Iterable[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    """Connected-component label (the smallest row index) of each of n rows."""
    us = [u for u, _ in edges]
    vs = [v for _, v in edges]
    labels = np.arange(n, dtype=np.int64)
    if not us:
        return labels
    u, v = np.concatenate(us), np.concatenate([*vs])
    while True:  # min-label propagation with pointer jumping; converges in a few rounds
        m = np.minimum(labels[u], labels[v])
        before = labels.copy()
        np.minimum.at(labels, u, m)
        np.minimum.at(labels, v, m)
        while True:
            jumped = labels[labels]
            if np.array_equal(jumped, labels):
                break
            labels = jumped
        if np.array_equal(before, labels):
            return labels


def normalise_quote(col: pl.Expr) -> pl.Expr:
    """Quote text as compared across articles: lower case, words only, single spaces."""
    return col.str.to_lowercase().str.replace_all(r"[^\w]+", " ").str.strip_chars()


def split_of(keys: Iterable[int], ratios: tuple[float, float, float]) -> list[int]:
    """Split index (0 train, 1 validation, 2 test) of each story key, from a uniform hash of the key."""
    edges = np.cumsum(np.asarray(ratios, dtype=np.float64) / float(sum(ratios)))
    out = []
    for key in keys:
        u = stable_hash64(f"split:{key:016x}") / 2.0**64
        out.append(min(int(np.searchsorted(edges, u, side="right")), 2))
    return out


def assign_stories(
    article_ids: list[str], sig: np.ndarray, has_shingles: np.ndarray, quote_article_idx: np.ndarray,
    quote_norm: pl.Series, ratios: tuple[float, float, float] = DEFAULT_RATIOS,
) -> tuple[list[str], np.ndarray]:
    """Story id and split index of every article.

    quote_article_idx/quote_norm: the article row and normalised text of every quote;
    long quotes shared by two articles link their stories.
    """
    n = len(article_ids)
    edges = []
    bk = band_keys(sig)
    for b in range(bk.shape[1]):
        edges.append(_group_edges(bk[:, b], has_shingles))
    if len(quote_norm):
        qn = pl.DataFrame({"a": quote_article_idx, "q": quote_norm})
        qn = qn.filter(pl.col("q").str.len_chars() >= QUOTE_LINK_MIN_CHARS)
        if qn.height:
            gid = qn.select(pl.col("q").rank("dense")).to_series().to_numpy().astype(np.uint64)
            a = qn["a"].to_numpy().astype(np.int64)
            u, v = _group_edges(gid, np.ones(len(gid), dtype=bool))
            edges.append((a[u], a[v]))
    comp = components(n, edges)
    own = sig[:, 0].copy()
    no = np.flatnonzero(~has_shingles)
    own[no] = np.array([stable_hash64(f"article:{article_ids[i]}") for i in no], dtype=np.uint64)
    key = np.full(n, np.iinfo(np.uint64).max, dtype=np.uint64)
    np.minimum.at(key, comp, own)
    story_key = key[comp]
    uniq, inv = np.unique(story_key, return_inverse=True)
    split_u = np.asarray(split_of((int(k) for k in uniq), ratios), dtype=np.int8)
    names = [f"story-{int(k):016x}" for k in uniq]
    return [names[i] for i in inv], split_u[inv]
