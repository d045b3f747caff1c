"""Offsets survive characters whose lower case is longer than themselves (`İ` -> `i̇`)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from builder import clean, extract
from builder.offsets import lower_keep_offsets


@given(st.text())
@settings(max_examples=300, deadline=None)
def test_lower_keep_offsets_keeps_length(text: str) -> None:
    low = lower_keep_offsets(text)
    assert len(low) == len(text)
    assert all(a == b or len(b.lower()) != 1 for a, b in zip(low, text, strict=True) if a != b.lower())


def test_spans_hold_after_a_dotted_capital_i() -> None:
    text = ("İİ İstanbul. Menurut Budi Santoso, harga cabai İİ naik tajam pekan ini.\n"
            '"Kami akan membangun jembatan baru tahun depan," kata Budi Santoso.')
    body = clean(text).text
    quotes = extract(text)
    assert [(q.quote_type, q.cue, q.speaker) for q in quotes] == [
        ("indirect", "Menurut", "Budi Santoso"), ("direct", "kata", "Budi Santoso")]
    for q in quotes:
        assert body[q.quote_start:q.quote_end] == q.quote
        assert body[q.cue_start:q.cue_end] == q.cue
        assert body[q.speaker_mention_start:q.speaker_mention_end] == q.speaker_mention
