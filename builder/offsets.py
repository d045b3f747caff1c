"""Maps from a derived text back to the text it came from.

A map is a sorted list of segments (dst_start, dst_end, src_start, src_end):
dst[dst_start:dst_end] was made from src[src_start:src_end]. Copied text has
equal lengths; a replaced piece (an HTML entity) maps as a whole.
"""
from __future__ import annotations

from bisect import bisect_right

Segment = tuple[int, int, int, int]


def compose(outer: list[Segment] | tuple[Segment, ...], inner: list[Segment] | tuple[Segment, ...]) -> list[Segment]:
    """Map outer's dst straight to inner's src (outer.src == inner.dst), in O((n + m) log m): pages have many segments."""
    starts = [s[0] for s in inner]
    n = len(inner)

    def src(pos: int) -> int:
        if not inner:
            return pos
        i = bisect_right(starts, pos) - 1
        if i < 0:
            return inner[0][2]
        d0, d1, s0, s1 = inner[i]
        if pos >= d1:
            return s1 if i + 1 >= n else inner[i + 1][2]
        return s0 + (pos - d0) if d1 - d0 == s1 - s0 else s0

    out: list[Segment] = []
    for d0, d1, s0, s1 in outer:
        if d1 - d0 != s1 - s0:
            out.append((d0, d1, src(s0), src(s1)))
            continue
        pos = s0
        while pos < s1:
            k = bisect_right(starts, pos)
            if k == 0 or pos >= inner[k - 1][1]:
                at = src(pos)
                nxt = min(starts[k], s1) if k < n else s1
                out.append((d0 + pos - s0, d0 + nxt - s0, at, at))
                pos = nxt
                continue
            i0, i1, r0, r1 = inner[k - 1]
            end = min(i1, s1)
            if i1 - i0 == r1 - r0:
                out.append((d0 + pos - s0, d0 + end - s0, r0 + pos - i0, r0 + end - i0))
            else:
                out.append((d0 + pos - s0, d0 + end - s0, r0, r1))
            pos = end
    return out


def lower_keep_offsets(text: str) -> str:
    """`text.lower()` with every offset kept: a character whose lower case is longer (`İ`) stays as it is."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)
