"""Pre-label a quote's stance toward a target from lexicons and wording (§5).

A cheap lexicon score, meant as a starting point for annotators: favour words
minus against words, with a negation (`tidak`, `bukan`, `jangan`) before a word
flipping it. No target, no stance.
"""
from __future__ import annotations

import re
from functools import cache
from typing import Final

from builder.lexicon import load_list, load_set

#: stdlib `re`: plain words, scanned for every quote, faster than `regex` here
RE_WORD: Final = re.compile(r"\w+(?:-\w+)*")
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


def stance(quote: str, target: str | None) -> tuple[str | None, float | None]:
    """(label, confidence) for a quote toward a target; (None, None) when there is no target."""
    if not target:
        return None, None
    lex = _lexicon()
    rebuttals = _rebuttals()
    words = RE_WORD.findall(quote.lower())
    if _first_words().isdisjoint(words):
        return "neutral", 0.5
    score = 0.0
    rebutted = False
    i = 0
    first = _first_words()
    negations = load_set("negations")
    while i < len(words):
        if words[i] not in first:
            i += 1
            continue
        hit = 0
        for n in (3, 2, 1):
            key = tuple(words[i:i + n])
            if len(key) == n and key in lex:
                hit = lex[key]
                rebutted = rebutted or key in rebuttals
                if not (n > 1 and key[0] in negations):
                    if any(w in negations for w in words[max(0, i - FLIP_WINDOW):i]):
                        hit = -hit
                i += n - 1
                break
        score += hit
        i += 1
    if rebutted:  # the negatives are what the speaker rejects
        score = max(score, 0.0) + REBUTTAL_SHIFT
    if score >= 1:
        return "favor", round(min(0.9, 0.5 + 0.1 * score), 2)
    if score <= -1:
        return "against", round(min(0.9, 0.5 + 0.1 * -score), 2)
    return "neutral", 0.5
