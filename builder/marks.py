"""Pair quotation marks in a paragraph, tolerating wrong, missing and escaped marks (§1)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import regex

from builder.clean import Paragraph
from builder.cues import RE_FAST_WORD, cue_sets

#: double marks that open, close, or (straight) do either
OPENERS: Final = frozenset("“„«")
CLOSERS: Final = frozenset("”»")
#: a quotation mark; an apostrophe inside a word (`Jum'at`, `Ma’ruf`) is none
RE_MARK: Final = regex.compile(
    r"""\\"|["“”„«»]"""
    r"""|(?<![\p{L}\p{N}])['‘](?=[\p{L}\p{N}])"""  # a single opener before a word
    r"""|(?<=[\p{L}\p{N}.,!?])['’](?![\p{L}\p{N}])"""  # a single closer after a word
)
MARK_CHARS: Final = frozenset("\"“”„«»'‘’")


@dataclass(frozen=True, slots=True)
class Marked:
    """A span between quotation marks: outer offsets include the marks."""

    open: int | None  # offset of the opening mark (None: the opener is missing)
    close: int | None  # offset of the closing mark (None: runs to paragraph end)
    inner_start: int
    inner_end: int
    single: bool
    close_len: int = 1  # `\"` is two characters

    @property
    def after(self) -> int | None:
        return None if self.close is None else self.close + self.close_len


def find_marked(text: str, para: Paragraph) -> list[Marked]:
    """Pair quotation marks in one paragraph, tolerating wrong and missing marks."""
    out: list[Marked] = []
    for single in (False, True):
        marks = [m for m in RE_MARK.finditer(text, para.content_start, para.end)
                 if (m.group() in "'‘’") == single]
        open_at: int | None = None
        open_len = 0
        for m in marks:
            ch, s, e = m.group()[-1], m.start(), m.end()
            before = text[s - 1] if s > para.start else " "
            after = text[e] if e < para.end else " "
            if ch in OPENERS or ch == "‘":
                kind = "close" if open_at is not None and (after.isspace() or after in ",.;:") else "open"
            elif ch in CLOSERS and open_at is None and (before.isspace() or before in "([:—–-") and after.isalnum():
                kind = "open"  # `dijuluki ”Si Kilat”`, `”Latihan …,” tutur X`: a closing mark written as the opener
            elif ch in CLOSERS or ch == "’":
                kind = "close"
            elif before.isspace() or before in "([:—–-":
                kind = "close" if open_at is not None and (after.isspace() or after in ",.;") else "open"
            elif after.isspace() or after in ",.;:)!?":
                kind = "close"
            else:
                kind = "close" if open_at is not None else "open"
            if kind == "open":
                if open_at is not None:
                    continue  # a stray second opener: keep the first
                open_at, open_len = s, e - s
            else:
                if open_at is None:
                    if not single:  # orphan closer: the opener was lost, the quote runs from the paragraph start
                        out.append(Marked(None, s, para.content_start, s, single, e - s))
                    continue
                out.append(Marked(open_at, s, open_at + open_len, s, single, e - s))
                open_at = None
        if open_at is not None and not single:
            out.append(_close_unclosed(text, open_at, open_at + open_len, para.end))
    out.sort(key=lambda q: q.inner_start)
    # single marks nested inside double quotes are quotes within quotes, not quotes
    doubles = [q for q in out if not q.single]
    return [q for q in out if not q.single or not any(d.inner_start <= q.inner_start < d.inner_end for d in doubles)]


def _close_unclosed(text: str, open_at: int, inner_start: int, end: int) -> Marked:
    """An opener never closed: the quote ends at a `, kata X` inside it, else at the paragraph end."""
    for m in RE_FAST_WORD.finditer(text, inner_start, end):
        w = m.group().lower()
        if w in cue_sets()["trailing"] and text[max(inner_start, m.start() - 3):m.start()].rstrip().endswith(","):
            comma = text.rfind(",", inner_start, m.start())
            return Marked(open_at, comma + 1, inner_start, comma + 1, False, 0)
    return Marked(open_at, None, inner_start, end, False)
