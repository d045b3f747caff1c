"""The label sets and the one quote record every stage shares.

Label sets are declared once here and feed the rules, the Label Studio config
and the dataset's ClassLabels. ClassLabel order is the integer encoding: only
ever append.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Final

QUOTE_TYPES: Final[tuple[str, ...]] = ("direct", "indirect", "mixed")
SPEAKER_KINDS: Final[tuple[str, ...]] = ("person", "organization", "media", "group", "unknown")
STANCES: Final[tuple[str, ...]] = ("favor", "against", "neutral")

RULESET_VERSION: Final[str] = "kutipan-rules-1"


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of text with end-exclusive character offsets into its source."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, source: str, start: int, end: int) -> Span:
        if not 0 <= start <= end <= len(source):
            raise ValueError(f"span {start}:{end} outside a text of {len(source)} characters")
        return cls(start, end, source[start:end])


@dataclass(frozen=True, slots=True)
class Quote:
    """One attributed quote, as ANNOTATION.md defines it; offsets index the article body."""

    quote_id: str
    article_id: str
    quote: str
    quote_start: int
    quote_end: int
    quote_type: str
    cue: str | None
    cue_start: int | None
    cue_end: int | None
    speaker: str | None
    speaker_mention: str | None
    speaker_mention_start: int | None
    speaker_mention_end: int | None
    speaker_kind: str
    speaker_role: str | None
    via: str | None
    stance: str | None
    stance_target: str | None
    stance_confidence: float | None
    rule: str
    confidence: float

    def to_dict(self) -> dict:
        return asdict(self)


QUOTE_COLUMNS: Final[tuple[str, ...]] = tuple(f.name for f in fields(Quote))
