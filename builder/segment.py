"""Split a paragraph into sentences without breaking abbreviations, numbers or quotes."""
from __future__ import annotations

from typing import Final

import regex

from builder.lexicon import load_set
from builder.spans import SpanSet

#: a sentence end: . ! ? (closing marks may follow) before space and a capital, digit or opening mark (a closing
#: mark written as the opener, `media. ”Saya …`, too)
RE_SENTENCE_END: Final = regex.compile(r"""[.!?]+["”’»)']*(?=\s+["“”‘«'(]?[\p{Lu}\d])""")
RE_WORD_BEFORE: Final = regex.compile(r"([\p{L}.]+)$")
#: an opening quotation mark after the blank that follows a full stop
RE_QUOTE_OPENS_AFTER: Final = regex.compile(r"""\s+["“‘«]""")


def sentences(text: str, start: int, end: int, protected: list[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Sentence spans in text[start:end]; no break falls inside a protected span (a direct quote)."""
    abbreviations = load_set("abbreviations")
    out: list[tuple[int, int]] = []
    guarded = SpanSet([(a + 1, b - 1) for a, b in protected if b - 1 > a + 1])
    s = start
    for m in RE_SENTENCE_END.finditer(text, start, end):
        cut = m.end()
        if guarded.overlaps(m.start(), m.start() + 1):
            continue
        w = RE_WORD_BEFORE.search(text, max(start, m.start() - 20), m.start())
        if w and m.group(0).startswith("."):
            word = w.group(1).lower().strip(".")
            if word in abbreviations or (len(word) == 1 and word.isalpha() and not RE_QUOTE_OPENS_AFTER.match(text, cut)):
                continue  # (an initial stands before a name, not a quotation mark: `di platform X. "…"` ends there)
        while s < cut and text[s].isspace():
            s += 1
        if s < cut:
            out.append((s, cut))
        s = cut
    while s < end and text[s].isspace():
        s += 1
    if s < end:
        out.append((s, end))
    return out
