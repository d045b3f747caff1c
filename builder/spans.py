"""A set of non-overlapping spans with logarithmic overlap tests.

Rules ask "is this stretch already taken?" once per candidate; on a paragraph
of megabytes a list scan would make that quadratic.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right, insort


class SpanSet:
    """Disjoint (start, end) spans; `add` keeps them sorted by start."""

    def __init__(self, spans: list[tuple[int, int]] = ()) -> None:
        self._spans: list[tuple[int, int]] = sorted(spans)

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect_left(self._spans, (s, s))
        # the span starting before s may reach into [s, e); spans starting in [s, e) overlap
        if i > 0 and self._spans[i - 1][1] > s:
            return True
        return i < len(self._spans) and self._spans[i][0] < e

    def add(self, s: int, e: int) -> None:
        insort(self._spans, (s, e))


def starts_within(starts: list[int], s: int, e: int) -> range:
    """Indexes of the sorted `starts` that fall in [s, e)."""
    return range(bisect_left(starts, s), bisect_right(starts, e - 1))
