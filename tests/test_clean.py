"""Finding the article body in an invented scraped page, its map back to the raw text, datelines."""
from __future__ import annotations

import pytest

from builder import clean
from builder.clean import PARAGRAPH_SEP

P1 = "Harga cabai rawit di sejumlah pasar tradisional naik tajam menjelang Lebaran."
P2 = '"Kenaikan ini terjadi karena pasokan dari petani berkurang," kata Sutrisno, seorang pedagang.'
P3 = "Pemerintah berjanji menstabilkan harga bahan pokok sebelum hari raya tiba."

#: one page-furniture line a row: put between two body paragraphs, it must not reach the body
FURNITURE = [
    ("advertisement", "ADVERTISEMENT"),
    ("iklan", "Iklan"),
    ("scroll_to_continue", "SCROLL TO CONTINUE WITH CONTENT"),
    ("baca_juga", "Baca juga: Harga Bawang Merah Turun Tajam di Pasar Induk Kramat Jati"),
    ("baca_juga_spaced", "Baca Juga : Petani Cabai di Lereng Merapi Panen Lebih Awal Tahun Ini"),
    ("login_widget", "Dapatkan informasi terkini dan terpercaya dengan login atau berlangganan sekarang"),
    ("forgot_password", "Lupa kata sandi? Klik di sini untuk mengatur ulang"),
    ("no_account", "Belum memiliki akun? Daftar sekarang juga"),
    ("masuk_melalui", "Atau masuk melalui akun Google Anda"),
    ("caption_foto_colon", "Foto: Pedagang menata cabai di lapak mereka di Pasar Minggu, Jakarta."),
    ("caption_credit_end", "Pedagang menata cabai di lapak mereka di Pasar Minggu, Jakarta. (ANTARA FOTO/Rudi Hartono)"),
    ("caption_credit_outlet_slash", "Pedagang menata cabai di lapak mereka di Pasar Minggu. (KOMPAS.com/Rina Wulandari)"),
    ("caption_credit_name_slash", "Pedagang menata cabai di lapak mereka di Pasar Minggu, Jakarta. Rudi Hartono/ANTARA"),
    ("byline_penulis", "Penulis: Rina Wulandari"),
    ("byline_editor", "Editor: Agus Salim"),
    ("byline_pewarta", "Pewarta: Rudi Hartono"),
    ("byline_reporter_editor_pair", "Reporter: Rina Wulandari | Editor: Agus Salim"),
    ("dated_byline", "Kompas.com - 12/03/2024, 10:15 WIB"),
    ("date_line", "Selasa, 12 Maret 2024 10:15 WIB"),
    ("related_header", "Artikel Terkait"),
    ("tags", "Tags: cabai, lebaran, harga pangan"),
    ("copyright", "Copyright 2024 Kompas.com. All rights reserved."),
    ("breadcrumb", "Home > News > Ekonomi"),
    ("video_promo", 'Simak Video "Harga Cabai Meroket Jelang Lebaran"'),
    ("editor_initials", "(ain/dnu)"),
    ("update_widget", "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Klik di sini"),
    ("syndication_note", 'Artikel ini telah tayang di Kompas.com dengan judul "Harga Cabai Naik"'),
    ("follow_channel", "Ikuti berita terkini dari kami di Google News, klik di sini"),
]


def _page(*lines: str, sep: str = "\n") -> str:
    return sep.join(lines) + sep


def _assert_map(raw: str) -> None:
    """Every segment copies raw text verbatim, and the body is the segments joined by the separator."""
    body = clean(raw)
    rebuilt = []
    prev_end = 0
    for b0, b1, r0, r1 in body.segments:
        assert raw[r0:r1] == body.text[b0:b1]
        assert b1 - b0 == r1 - r0
        if rebuilt:
            assert body.text[prev_end:b0] == PARAGRAPH_SEP
        rebuilt.append(body.text[b0:b1])
        prev_end = b1
    assert PARAGRAPH_SEP.join(rebuilt) == body.text
    assert [(p.start, p.end) for p in body.paragraphs] == [(b0, b1) for b0, b1, _, _ in body.segments]
    for p in body.paragraphs:
        assert p.start <= p.content_start <= p.end


#: furniture the cleaner keeps today; remove an entry once it is dropped (strict xfail)
XFAIL_FURNITURE: dict[str, str] = {}


@pytest.mark.parametrize("line", [
    pytest.param(line, id=k, marks=[pytest.mark.xfail(strict=True, reason=XFAIL_FURNITURE[k])] if k in XFAIL_FURNITURE else [])
    for k, line in FURNITURE
])
def test_furniture_line_is_dropped(line: str) -> None:
    raw = _page(P1, line, P3)
    assert clean(raw).text == P1 + PARAGRAPH_SEP + P3
    _assert_map(raw)


def test_related_article_list_is_dropped() -> None:
    raw = _page(
        P1,
        "Berita Terkait:",
        "- Harga Bawang Merah Turun Tajam di Pasar Induk Kramat Jati",
        "- Petani Cabai di Lereng Merapi Panen Lebih Awal Tahun Ini",
        "- Operasi Pasar Digelar di Lima Kecamatan Jelang Hari Raya",
        P3,
    )
    assert clean(raw).text == P1 + PARAGRAPH_SEP + P3


def test_labelled_caption_after_a_photo_credit_is_dropped() -> None:
    caption = ("UNJUK RASA - Ratusan buruh berunjuk rasa di depan kantor bupati, Senin (6/10/2025). "
               "Massa menuntut upah dinaikkan.")
    raw = _page(P1, "TRIBUNJATIM.COM/ANDI PRATAMA", caption, P3)
    assert clean(raw).text == P1 + PARAGRAPH_SEP + P3
    # without the credit before it, a capitalised opening and a dash is a dateline, and the line is body
    assert caption in clean(_page(P1, caption, P3)).text


def test_caption_closed_by_its_photo_credit_is_dropped() -> None:
    caption = ("Warga mendorong sepeda motor melintasi genangan di Jalan Kemang Raya, Jakarta Selatan, Kamis (13/2/2025). "
               "KOMPAS.com/RIZKY ANANDA")
    assert clean(_page(P1, caption, P3)).text == P1 + PARAGRAPH_SEP + P3
    # a sentence that only mentions an outlet's site keeps its line
    kept = "Data itu dirilis lewat situs resmi kementerian, Kamis (13/2/2025). Warga bisa mengunduhnya di sana."
    assert kept in clean(_page(P1, kept, P3)).text


def test_quote_signed_by_its_reporter_is_body() -> None:
    signed = ("Penjabat kepala desa akan ditunjuk dalam pekan ini, lanjut Veronika. (pos-kupang.com/kristo ngala)")
    assert signed in clean(_page(P1, signed, P3)).text
    # a photo caption with the same credit is still dropped
    caption = "Warga melintas di jalan yang rusak, Senin (12/5/2025). (tribunnews.com/Budi Santoso)"
    assert caption not in clean(_page(P1, caption, P3)).text


def test_headlines_after_a_list_header_are_dropped_up_to_the_first_sentence() -> None:
    raw = _page(
        P1,
        "Artikel Terkait",
        'Sinopsis "Senja di Ampenan", Kisah Ayah yang Pulang dari Malaysia',
        "Lalu Fathur, dari Panggung Teater Mataram ke Layar Lebar",
        P3,
    )
    assert clean(raw).text == P1 + PARAGRAPH_SEP + P3


def test_whole_mini_page() -> None:
    raw = _page(
        "Beranda", "Nasional", "Ekonomi",
        "Penulis: Rina Wulandari",
        "Editor: Agus Salim",
        "ADVERTISEMENT",
        "SCROLL TO CONTINUE WITH CONTENT",
        "JAKARTA, KOMPAS.com - " + P1,
        "Foto: ANTARA/Rudi Hartono",
        "Baca juga: Harga Bawang Merah Turun Tajam di Pasar Induk Kramat Jati",
        P2,
        "Iklan",
        "Dapatkan informasi terkini dan terpercaya dengan login atau berlangganan sekarang",
        "Lupa kata sandi?",
        "Belum memiliki akun? Daftar sekarang",
        P3,
        "Tags: cabai, lebaran",
        "Copyright 2024 Kompas.com",
    )
    body = clean(raw)
    assert body.text == PARAGRAPH_SEP.join(["JAKARTA, KOMPAS.com - " + P1, P2, P3])
    _assert_map(raw)


def test_body_lines_kept_verbatim_and_in_order() -> None:
    raw = _page(P1, P2, P3)
    assert clean(raw).text == PARAGRAPH_SEP.join([P1, P2, P3])


def test_short_sentence_and_quote_lines_are_body() -> None:
    raw = _page(P1, "Harga naik lagi.", '"Mahal sekali."', P3)
    assert clean(raw).text == PARAGRAPH_SEP.join([P1, "Harga naik lagi.", '"Mahal sekali."', P3])


def test_repeated_line_kept_once_at_its_last_place() -> None:
    raw = _page(P2, P1, P2, P3)
    assert clean(raw).text == PARAGRAPH_SEP.join([P1, P2, P3])
    _assert_map(raw)


def test_empty_and_furniture_only_pages() -> None:
    assert clean("").text == ""
    assert clean("").paragraphs == ()
    assert clean(_page("ADVERTISEMENT", "Iklan", "Baca juga: Sesuatu yang lain")).text == ""


MAP_PAGES = {
    "lf": _page("Beranda", P1, "Iklan", P2, "Editor: Agus Salim", P3),
    "crlf": _page("Beranda", P1, "Iklan", P2, "Editor: Agus Salim", P3, sep="\r\n"),
    "blank_lines_and_indent": "\n\n   " + P1 + "   \n\n\t" + P2 + "\n\n\n" + P3,
    "no_final_newline": P1 + "\n" + P2,
    "repeats": _page(P2, P1, P2, P3, P1),
    "datelines": _page("JAKARTA, KOMPAS.com - " + P1, "Seoul/Moskow (ANTARA) - " + P3),
}


@pytest.mark.parametrize("raw", [pytest.param(v, id=k) for k, v in MAP_PAGES.items()])
def test_body_map_segments_copy_raw_text(raw: str) -> None:
    _assert_map(raw)


DATELINES = [
    ("kompas", "JAKARTA, KOMPAS.com - ", P1),
    ("kompas_double_dash", "JAKARTA, KOMPAS.com -- ", P1),
    ("antara_two_places", "Seoul/Moskow (ANTARA) - ", P3),
    ("antara_one_place", "Surabaya (ANTARA) - ", P3),
    ("tribun_outlet_only", "TRIBUNNEWS.COM - ", P3),
    ("en_dash", "BANDUNG, KOMPAS.com – ", P1),
    ("title_case_place", "Jakarta - ", P1),
    ("title_case_place_before_quote", "Bandung - ", P2),
    ("three_word_place_then_two_word_outlet", "KOTA BARU SELATAN, Warta Kini – ", P1),
]


@pytest.mark.parametrize(("dateline", "rest"), [pytest.param(d, r, id=k) for k, d, r in DATELINES])
@pytest.mark.parametrize("position", ["first_line", "after_headline"])
def test_dateline_detected(dateline: str, rest: str, position: str, request: pytest.FixtureRequest) -> None:
    lines = [dateline + rest] if position == "first_line" else [
        "Harga Cabai di Pasar Tradisional Naik Tajam Jelang Lebaran", dateline + rest]
    body = clean(_page(*lines))
    para = body.paragraphs[-1]
    assert body.text[para.start:para.end] == dateline + rest
    assert body.text[para.content_start:para.end] == rest


NOT_DATELINES = [
    ("plain_sentence", P1),
    ("name_with_dash", "Budi Santoso - warga Desa Sukamaju - mengatakan harga cabai naik tajam pekan ini."),
    ("lowercase_start", "pada akhirnya - kata warga - harga cabai kembali turun minggu lalu."),
    ("five_titled_words_with_dash", "Ketua DPRD Budi Santoso Hartono - yang baru dilantik - menilai harga cabai naik."),
    ("quote_start", P2),
]


@pytest.mark.parametrize("text", [pytest.param(t, id=k) for k, t in NOT_DATELINES])
def test_no_dateline(text: str) -> None:
    body = clean(_page(P3, text))
    para = body.paragraphs[-1]
    assert para.content_start == para.start
