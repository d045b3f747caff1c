"""Property tests: on any text, `extract` and `clean` do not raise and keep their offset contracts."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from builder import QUOTE_TYPES, SPEAKER_KINDS, STANCES, clean, extract
from builder.quotes import RULES

MARKS = ['"', "“", "”", "'", "‘", "’", "«", "»", "„", '\\"']
FRAGMENTS = MARKS + [
    "kata", "katanya", "ujar", "ujarnya", "tutur", "tambahnya", "mengatakan", "menyatakan", "menyebut",
    "menegaskan", "menyerukan agar", "meminta", "mengimbau", "berharap", "bahwa", "Menurut", "menurut",
    "menurutnya", "lapor", "tulis", "seperti dikutip dari", "dikutip dari", "Hal ini diungkapkan oleh",
    "Budi Santoso", "Santoso", "Joko Widodo (Jokowi)", "Jokowi", "Presiden", "Presiden Rusia itu",
    "Menteri Keuangan", "Sri Mulyani", "Ma'ruf", "Jum'at", "Ma’ruf", "dia", "Dia", "ia", "Ia", "dirinya",
    "mereka", "Para analis", "kantor berita", "KCNA", "AFP", "Reuters", "Kementerian", "pihak", "itu",
    "tersebut", "sementara itu", "dan", "kepada", "di", "Senin", "JAKARTA, KOMPAS.com - ",
    "Seoul/Moskow (ANTARA) - ", "Foto: ", "ANTARA FOTO/", "Baca juga: ", "Iklan", "ADVERTISEMENT",
    "Editor: ", "(", ")", ":", ";", "-", "–", "—", ", ", ". ", "? ", "! ", " ", " ", " ", "\n", "\n\n",
    "\r\n", "\t", "dr.", "Dr.", "12/3/2024", "2024",
    "harga beras akan turun", "kami akan membangun jembatan", "warga",
]

fragment_text = st.lists(
    st.one_of(
        st.sampled_from(FRAGMENTS),
        st.text(alphabet="abcdeiklmnorstuAKMPSJ'’.,", min_size=1, max_size=6),
    ),
    max_size=60,
).map("".join)

any_text = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.sampled_from(list("“”\"'‘’«»\\ \n\t.,:;-aAkK")), max_size=200),
    fragment_text,
)

TARGET = "pembangunan jembatan desa"


def _check_quotes(text: str, target: str | None) -> list:
    quotes = extract(text, article_id="prop", target=target)
    body = clean(text).text
    for q in quotes:
        assert 0 <= q.quote_start <= q.quote_end <= len(body)
        assert body[q.quote_start:q.quote_end] == q.quote
        for span_text, start, end in ((q.cue, q.cue_start, q.cue_end),
                                      (q.speaker_mention, q.speaker_mention_start, q.speaker_mention_end)):
            if span_text is None:
                assert start is None and end is None
            else:
                assert 0 <= start <= end <= len(body)
                assert body[start:end] == span_text
        assert q.quote_type in QUOTE_TYPES
        assert q.speaker_kind in SPEAKER_KINDS
        assert q.rule in RULES
        assert 0.0 <= q.confidence <= 1.0
        assert q.article_id == "prop"
        if target is None:
            assert q.stance is None and q.stance_target is None and q.stance_confidence is None
        else:
            assert q.stance in STANCES
            assert q.stance_target == target
            assert 0.0 <= q.stance_confidence <= 1.0
    assert len({q.quote_id for q in quotes}) == len(quotes)
    return quotes


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_extract_spans_and_labels(text: str) -> None:
    _check_quotes(text, None)


@settings(max_examples=300, deadline=None)
@given(fragment_text)
def test_extract_with_target_spans_and_labels(text: str) -> None:
    _check_quotes(text, TARGET)


@settings(max_examples=300, deadline=None)
@given(fragment_text)
@example('""katanya')
def test_quotes_are_not_empty(text: str) -> None:
    for q in extract(text):
        assert q.quote.strip(), q
        assert q.quote_start < q.quote_end


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_extract_is_deterministic(text: str) -> None:
    first = extract(text, article_id="a", target=TARGET)
    second = extract(text, article_id="a", target=TARGET)
    assert first == second
    assert [q.to_dict() for q in first] == [q.to_dict() for q in second]


@settings(max_examples=300, deadline=None)
@given(any_text)
def test_clean_map_copies_raw_text(text: str) -> None:
    body = clean(text)
    assert clean(text) == body
    for b0, b1, r0, r1 in body.segments:
        assert text[r0:r1] == body.text[b0:b1]
    for p in body.paragraphs:
        assert 0 <= p.start <= p.content_start <= p.end <= len(body.text)
