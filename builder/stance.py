"""Pre-label a quote's stance toward a target from lexicons and wording (§5).

A cheap lexicon score, meant as a starting point for annotators: favour words
minus against words, with a negation (`tidak`, `bukan`, `jangan`) before a word
flipping it. Words posed as alternatives (`gagal atau curang`) or inside an
embedded question (`apakah ini gagal`) are asked, not asserted, and do not count.
No target, no stance.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from builder.lexicon import load_list, load_set

#: stdlib `re`: plain words and clause marks, scanned for every quote, faster than `regex` here
RE_WORD: Final = re.compile(r"\w+(?:-\w+)*|[,.;:?!]")
#: words that open an embedded question: what follows in the clause is asked, not asserted
QUESTION_OPENERS: Final = frozenset({"apakah", "entah"})
CLAUSE_MARKS: Final = frozenset(",.;:?!")
FLIP_WINDOW: Final[int] = 2


WEAK_WEIGHT: Final[float] = 0.5
REBUTTAL_SHIFT: Final[float] = 1.5


@cache
def _lexicon() -> dict[tuple[str, ...], float]:
    weak = {tuple(w.lower().split()) for w in load_list("stance_weak")}
    lex: dict[tuple[str, ...], float] = {}
    for word in load_list("stance_favor"):
        lex[tuple(word.lower().split())] = 1.0
    for word in load_list("stance_against"):
        lex[tuple(word.lower().split())] = -1.0
    for key in weak:
        lex[key] = lex.get(key, 0.0) * WEAK_WEIGHT
    for word in load_list("stance_rebuttal"):
        lex[tuple(word.lower().split())] = 0.0  # scored as a rebuttal below
    return lex


@cache
def _first_words() -> frozenset[str]:
    return frozenset(key[0] for key in _lexicon())


@cache
def _rebuttals() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w.lower().split()) for w in load_list("stance_rebuttal"))


def _drop_alternatives(hits: list[tuple[int, int, float]], words: list[str],
                       negations: frozenset[str]) -> list[tuple[int, int, float]]:
    """Hits that are asserted: `gagal atau curang`, `berhasil atau tidaknya`, `apakah ini gagal` weigh a question, not a side."""
    starts = {start for start, _, _ in hits}
    ends = {end for _, end, _ in hits}
    alternatives = set()
    asked = set()
    in_question = False
    for k, word in enumerate(words):
        if word in QUESTION_OPENERS:
            in_question = True
        elif word in CLAUSE_MARKS:
            in_question = False
        elif in_question:
            asked.add(k)
        if word == "atau" and k in ends:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            if k + 1 in starts or nxt.removesuffix("nya") in negations:
                alternatives.add(k)
    return [h for h in hits if h[1] not in alternatives and h[0] - 1 not in alternatives and h[0] not in asked]


def stance(quote: str, target: str | None) -> tuple[str | None, float | None]:
    """(label, confidence) for a quote toward a target; (None, None) when there is no target."""
    if not target:
        return None, None
    lex = _lexicon()
    rebuttals = _rebuttals()
    words = RE_WORD.findall(quote.lower())
    if _first_words().isdisjoint(words):
        return "neutral", 0.5
    rebutted = False
    i = 0
    first = _first_words()
    negations = load_set("negations")
    hedges = load_set("stance_hedges")
    hits: list[tuple[int, int, float]] = []
    while i < len(words):
        if words[i] not in first:
            i += 1
            continue
        for n in (3, 2, 1):
            key = tuple(words[i:i + n])
            if len(key) == n and key in lex:
                hit = lex[key]
                rebutted = rebutted or key in rebuttals
                if not (n > 1 and key[0] in negations):
                    if any(w in negations for w in words[max(0, i - FLIP_WINDOW):i]):
                        hit = -hit
                if any(w in hedges for w in words[max(0, i - FLIP_WINDOW):i + 1]):
                    hit = 0.0  # `berpotensi melanggar`, `dugaan penyalahgunaan`: a possibility, no position
                hits.append((i, i + n, hit))
                i += n - 1
                break
        i += 1
    score = sum(hit for _, _, hit in _drop_alternatives(hits, words, negations))
    if rebutted:  # the negatives are what the speaker rejects
        score = max(score, 0.0) + REBUTTAL_SHIFT
    if score >= 1:
        return "favor", round(min(0.9, 0.5 + 0.1 * score), 2)
    if score <= -1:
        return "against", round(min(0.9, 0.5 + 0.1 * -score), 2)
    return "neutral", 0.5
