"""Maps from a derived text back to the text it came from.

A map is a sorted list of segments (dst_start, dst_end, src_start, src_end):
dst[dst_start:dst_end] was made from src[src_start:src_end]. Copied text has
equal lengths; a replaced piece (an HTML entity) maps as a whole.
"""
from __future__ import annotations

from bisect import bisect_right

Segment = tuple[int, int, int, int]


def to_source(segments: list[Segment], pos: int) -> int:
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


def compose(outer: list[Segment], inner: list[Segment]) -> list[Segment]:
    """Map outer's dst straight to inner's src, given outer.src == inner.dst."""
    out: list[Segment] = []
    for d0, d1, s0, s1 in outer:
        if d1 - d0 != s1 - s0:
            out.append((d0, d1, to_source(inner, s0), to_source(inner, s1)))
            continue
        pos = s0
        while pos < s1:
            j = bisect_right([s[0] for s in inner], pos) - 1
            if j < 0 or pos >= inner[j][1]:
                src = to_source(inner, pos)
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


def lower_keep_offsets(text: str) -> str:
    """`text.lower()` with every offset kept: a character whose lower case is longer (`İ`) stays as it is."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)
