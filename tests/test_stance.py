"""Table-driven tests of the stance pre-label (ANNOTATION.md §5): lexicon words, negation, rebuttals.

Invented sentences; the target is only required to exist (the pre-label reads the quote's wording).
"""
from __future__ import annotations

import pytest

from builder.stance import stance

TARGET = "rencana pembangunan bendungan baru"

ROWS: list[tuple[str, str, str]] = [
    ("favor_verb", "Kami mendukung penuh rencana pemerintah membangun bendungan itu.", "favor"),
    ("favor_multiword", "Warga desa menyambut baik rencana pembangunan bendungan tersebut.", "favor"),
    ("favor_agreement", "Saya setuju bendungan itu segera dibangun tahun ini.", "favor"),
    ("against_verb", "Kami menolak pembangunan bendungan yang akan menenggelamkan tiga desa.", "against"),
    ("against_condemn", "Kami mengecam cara pemerintah menggusur warga untuk proyek itu.", "against"),
    ("against_objection", "Warga menyampaikan keberatan atas lokasi bendungan itu.", "against"),
    ("negation_flips_favor", "Kami tidak mendukung proyek bendungan itu dalam bentuk sekarang.", "against"),
    ("negation_flips_against", "Warga tidak menolak rencana itu asalkan ganti ruginya layak.", "favor"),
    ("rebuttal_defends_the_target", "Tudingan bahwa proyek itu gagal tidak benar sama sekali.", "favor"),
    ("against_burden", "Proyek itu hanya membebani anggaran daerah dan merugikan petani.", "against"),
    ("against_half_baked", "Aturannya masih setengah matang dan syaratnya belum jelas bagi pengemudi.", "against"),
    ("against_a_burden_noun", "Kenaikan bunga itu menjadi beban tambahan bagi pelaku usaha kecil.", "against"),
    ("favor_savings", "Dengan pembatasan itu negara bisa menghemat anggaran subsidi hingga puluhan triliun.", "favor"),
    ("favor_well_targeted", "Bantuan tunai itu kini lebih tepat sasaran dan berdampak positif bagi warga miskin.", "favor"),
    ("against_demand_to_cancel", "Kami minta pemerintah membatalkan rencana pembangunan bendungan itu.", "against"),
    ("against_review_demand", "Rencana itu harus ditinjau ulang karena lokasinya rawan longsor.", "against"),
    ("favor_apt_policy", "Langkah ini sudah tepat dan efektif mengatasi kekeringan.", "favor"),
    ("negated_apt_is_against", "Waktu pembangunannya tidak tepat karena warga belum dilibatkan.", "against"),
    ("against_too_hasty", "Pembahasannya terlalu tergesa-gesa dan tidak melibatkan warga.", "against"),
    ("against_counterproductive", "Rencana itu kontraproduktif dan bertentangan dengan tata ruang.", "against"),
    ("favor_wise_and_consistent", "Menurut saya keputusan itu bijak dan sejalan dengan kebutuhan petani.", "favor"),
    ("kurang_negates_what_follows", "Niatnya mungkin baik, tapi caranya kurang tepat dan kurang efektif.", "against"),
    ("against_not_a_solution", "Menggusur warga bukan solusi, justru berisiko memicu konflik baru.", "against"),
    ("favor_united", "Semua fraksi tetap bersatu dan kompak mengawal rencana itu.", "favor"),
    ("favor_needed", "Bendungan ini sangat dibutuhkan petani di musim kemarau.", "favor"),
    ("against_ignores", "Pemerintah mengabaikan suara warga yang tanahnya akan tenggelam.", "against"),
    ("against_too_costly", "Ongkos proyeknya mahal sekali untuk kabupaten sekecil ini.", "against"),
    ("against_negligent", "Pengelola proyek lalai mengawasi tanggul sehingga air merembes ke sawah.", "against"),
    ("against_hasty_and_forced", "Pembangunan itu terburu-buru dan dipaksakan tanpa kajian lingkungan.", "against"),
    ("favor_responsive", "Petugas sangat sigap dan tanggap saat tanggul mulai retak.", "favor"),
    ("negated_adequate_is_against", "Ganti rugi untuk warga belum memadai.", "against"),
    ("favor_important_and_committed", "Bendungan ini sangat penting dan kami berkomitmen menuntaskannya.", "favor"),
    ("favor_eases_the_burden", "Proyek itu akan meringankan beban petani saat kemarau.", "favor"),
    ("against_damaging", "Proyek itu merusak sungai dan membunuh mata pencaharian nelayan.", "against"),
    ("hedged_violation_is_no_position",
     "Kami sedang mendalami dugaan pelanggaran oleh kontraktor yang berpotensi merugikan warga.", "neutral"),
    ("respecting_a_decision_is_neutral", "Kami menghormati apa pun keputusan pengadilan soal bendungan itu.", "neutral"),
    ("alternatives_are_asked_not_asserted", "Ada kecurangan atau kesalahan prosedur, biar Bawaslu yang memeriksa.", "neutral"),
    ("alternative_with_its_negation", "Layak atau tidaknya lokasi itu akan diputuskan tim ahli.", "neutral"),
    ("embedded_question_is_neutral", "Silakan warga menilai sendiri apakah rencana itu merugikan, kami terbuka.", "neutral"),
    ("assertion_after_the_question_counts", "Entah siapa yang benar, yang jelas warga menolak proyek itu.", "against"),
    ("no_stance_words_is_neutral", "Pembangunan bendungan dimulai pada bulan Maret di hulu sungai.", "neutral"),
]


@pytest.mark.parametrize(("quote", "label"), [pytest.param(q, lab, id=i) for i, q, lab in ROWS])
def test_stance_label(quote: str, label: str) -> None:
    got, conf = stance(quote, TARGET)
    assert got == label
    assert conf is not None and 0.5 <= conf <= 0.9


def test_no_target_no_stance() -> None:
    assert stance("Kami mendukung penuh rencana itu.", None) == (None, None)
    assert stance("Kami mendukung penuh rencana itu.", "") == (None, None)


def test_more_evidence_gives_more_confidence() -> None:
    one = stance("Kami mendukung rencana itu.", TARGET)
    three = stance("Kami mendukung rencana itu, sangat bermanfaat dan menguntungkan warga.", TARGET)
    assert one[0] == three[0] == "favor"
    assert three[1] > one[1]


def test_the_cue_verb_carries_the_speakers_stance() -> None:
    """`Warga menuding P`: P alone is neutral wording, the cue says what the speaker did with it."""
    from builder import extract

    against = extract("Warga desa menuding pemerintah desa menyembunyikan dokumen proyek bendungan itu.", "a", target=TARGET)
    favor = extract("Kepala desa menjamin bahwa pembangunan bendungan dimulai tahun depan.", "a", target=TARGET)
    assert [q.stance for q in against] == ["against"]
    assert [q.stance for q in favor] == ["favor"]
    assert stance(against[0].quote, TARGET)[0] == "neutral"  # the content by itself says nothing

