"""indirect.* rules: reported speech cued by a verb, `menurut`, a trailing cue or a passive (§1-3)."""
from __future__ import annotations

from typing import Final

import regex

from builder.clean import Paragraph
from builder.cues import (
    CONNECTIVE_WORDS,
    DIKUTIP_ALTERNATION,
    DIKUTIP_WORDS,
    INFINITY,
    MENURUT_WORDS,
    MIN_INDIRECT_WORDS,
    NOT_RULING_OUT,
    PASSIVE_CUES,
    PASSIVE_HEADS,
    RE_FAST_WORD,
    RE_TRAILING_GLOSS,
    Candidate,
    cue_sets,
    mention_after,
    para_words,
    strip_span,
    word_count,
)
from builder.lexicon import load_list, load_set, with_nya
from builder.marks import Marked
from builder.mentions import (
    APPOSITIVE_OPENERS,
    CLOSING_QUOTES,
    DEMONSTRATIVES,
    DERIVED_NOUN,
    POSSESSED_HEADS,
    PREDICATE_WORDS,
    RE_DEGREE,
    RE_NICKNAME_TAIL,
    RE_OCCASION_CHUNK,
    Mention,
    _vocab,
    extend_unnamed,
    is_capitalized,
    parse_mention,
    parse_subject,
    role_appositive,
    verb_like,
)
from builder.segment import sentences
from builder.spans import SpanSet, starts_within

#: content that ends one speaker's proposition and starts another's
RE_CLAUSE_BREAK: Final = regex.compile(r"(?:,|;)\s+(?:sementara(?: itu)?|sedangkan|adapun|(?:dengan )?mengutip)\s")
#: reported content after a comma or `bahwa` needs fewer words: the mark says a clause follows
MIN_MARKED_CLAUSE_WORDS: Final[int] = 2
#: `X melaporkan, mengutip Y, bahwa P` / `X mengatakan pekan lalu bahwa P`: content starts after a near `bahwa`
RE_NEAR_BAHWA: Final = regex.compile(r"(?i)\G(?:(?:[^.!?\"“”]|\.(?=\w)){0,60}?)\bbahwa\s+")  # (`Folha de S.Paulo`)
#: a manner word or a coordinating one right before a cue verb (`membuka paparannya dengan menyebut P`,
#: `mengunjungi kamp pengungsian dan mengatakan P`)
RE_MANNER_BEFORE_CUE: Final = regex.compile(r"\s(?:dengan|sambil|seraya|sembari|dan|lalu|kemudian|tetapi|tapi|namun)\s+$")
#: verbs of a relay that may stand between a cue verb and its `bahwa` (`melaporkan, mengutip Y, bahwa P`)
RELAY_VERBS: Final = frozenset({"mengutip", "merujuk", "melalui", "mengacu"})
#: the people urged, then `untuk`, after an urging verb (`mengajak semua pihak untuk P`)
RE_ADDRESSEE_UNTUK: Final = regex.compile(r"(?i)\G\s+(?:[\w-]+\s+){1,4}?untuk\s+")
#: the people urged, then `agar`/`supaya` (`mengimbau masyarakat agar P`, `meminta warga yang tinggal di bantaran
#: sungai agar P`): one or two words, or a noun with a relative or place phrase; `mendesak pemerintah turun tangan
#: agar P` is a clause of its own and keeps its words
RE_ADDRESSEE_AGAR: Final = regex.compile(
    r"(?i)\G\s+(?P<who>[\w-]+(?:\s+[\w-]+)?)(?:\s+(?:yang|di|dari)\s+[^,.;:!?\"“”]{1,60}?)?\s+(?=(?:agar|supaya)\s)"
)
URGING_CUES: Final = frozenset({"mengajak", "meminta", "mengimbau", "mendesak", "menyerukan", "mendorong"})
#: cue verbs whose addressee is left out of the content only before `agar`/`supaya` (`mengingatkan pada masyarakat
#: agar P`; but `mengingatkan pengemudi untuk …` keeps the addressee)
WARNING_CUES: Final = frozenset({"mengingatkan"})
RE_CONTENT_OPENER: Final = regex.compile(r"(?i)\G[\s,:]*(?:(?:bahwa|agar|supaya)\s+)?")
#: the clause word that turns a cues_clause verb into speech (`mendorong agar P`)
RE_CLAUSE_WORD: Final = regex.compile(r"(?i)\b(?:bahwa|agar|supaya)\b")
RE_ADDRESSEE: Final = regex.compile(
    r"(?i)\G[\s,]*(?:kepada|pada|di hadapan|dalam|saat|ketika|usai|seusai|di)\s[^,\"“”]{1,60}?,(?!\d)\s*"
)  # (`dalam sebulan ia bisa memanen hingga 1,5 ton`: a decimal comma closes no adjunct)
#: the press or an outlet told, with no comma before the content (`mengatakan kepada Reuters ia …`)
RE_PRESS_ADDRESSEE: Final = regex.compile(
    r"\G\s+[Kk]epada\s+(?P<who>\p{Lu}[\w.-]*(?:\s+\p{Lu}[\w.-]*){0,2}|\p{Ll}+(?:\s+media)?)\s+(?=\p{Ll})")
#: writing verbs, whose object may be the thing written rather than words reported
WRITING_CUES: Final = frozenset({"menulis", "menuliskan"})
#: a work or a letter as the object of a writing verb (`surat` stays out of `works`: as a subject, a letter speaks for
#: its sender)
RE_WRITTEN_OBJECT: Final = regex.compile(
    r"(?i)(?:" + "|".join(regex.escape(w) for w in sorted(load_set("works") | {"surat"})) + r")\b(?!\s+(?:itu|ini|tersebut)\b)")
#: content that only names whom the speaker addressed, how (`berkata singkat kepada wartawan`)
RE_ADDRESSEE_ONLY: Final = regex.compile(
    r"(?i)(?:(?:singkat|pelan|lirih|lantang|tegas)\s+)?(?:kepada|pada|di hadapan)(?:\s+[\w-]+){1,3}?"
    r"(?:\s+(?:di|saat|usai|seusai|ketika|dalam|sambil|melalui|lewat|via)(?:\s+[\w-]+){1,3})?")
#: a time adjunct set off between commas after the cue or its addressee (`mengatakan, Senin (3/6/2024), P`,
#: `kepada wartawan, Selasa malam, P`): when the speaker spoke, not what was said
RE_TIME_ADJUNCT: Final = regex.compile(
    r"(?i)\G[\s,]*(?:(?:" + "|".join(regex.escape(w) for w in sorted(load_set("time_openers"), key=len, reverse=True))
    + r")\b\s*){1,3}(?:\([\d/.\s-]+\)\s*)?(?:,\s*\d{1,2}\s+\p{L}+\s+\d{4}\s*)?,\s*"
)
#: connectives that may open a sentence before its cue (`Lebih lanjut dikatakannya, P`, `Namun menurut dia, P`)
LEAD_CONNECTIVES: Final[str] = r"(?:" + CONNECTIVE_WORDS + r",?\s+)?"
RE_MENURUT_LEAD: Final = regex.compile(r"(?i)\G" + LEAD_CONNECTIVES + r"(?P<cue>menurut(?:nya)?)\b")  # (`Namun menurut dia, P`)
#: `Sebab, menurutnya, P` / `…, menurut Arief, P` — a parenthetical menurut inside the sentence
RE_MENURUT_MID: Final = regex.compile(r"(?i),\s*(?P<cue>menurut(?:nya)?)\b(?P<mention>[^,]{0,60}),\s*")
RE_PASSIVE_HAL: Final = regex.compile(
    r"(?i)\G(?:(?:hal|informasi|pernyataan|keterangan) (?:ini|itu|tersebut)|demikian) "
    r"(?P<cue>di(?:ungkapkan|sampaikan|katakan|jelaskan|tegaskan|kemukakan|utarakan|umumkan|konfirmasi))(?: oleh)?\s+"
)
#: a connective opening the sentence before its comma (`Sementara itu, `, `Selain itu, `): the journalist's, not P's
RE_LEADING_CONNECTIVE: Final = regex.compile(r"(?i)\G" + CONNECTIVE_WORDS + r",\s+")
#: `Ditegaskan Dedy, P` / `Lebih lanjut dikatakannya, P` / `Seperti disampaikan X, P`: a passive cue opening the sentence
RE_PASSIVE_LEAD: Final = regex.compile(
    r"(?i)\G" + LEAD_CONNECTIVES + r"(?:(?:seperti|sebagaimana) )?"
    r"(?P<cue>di(?:katakan|tegaskan|jelaskan|ungkapkan|sampaikan|terangkan|paparkan|akui)(?P<nya>nya)?)\b\s*(?:oleh\s+)?"
)
#: `Kata dia, P` / `Ujar Budi, P`: a trailing cue word opening the sentence, its speaker before a comma
RE_CUE_FIRST: Final = regex.compile(
    r"(?i)\G" + LEAD_CONNECTIVES + r"(?P<cue>" + "|".join(regex.escape(w) for w in sorted(load_set("cues_first"))) + r")\s+"
)
#: `Seperti dilansir Reuters, …` / `Dikutip dari CNN, …` / `Mengutip laman resmi BMKG, …` opening a sentence
RE_DIKUTIP_LEAD: Final = regex.compile(
    rf"(?i)\G(?:seperti |sebagaimana )?(?P<cue>(?:{DIKUTIP_ALTERNATION})(?: dari| oleh)?|mengutip(?: dari)?)\s+"
)
MAX_RELAY_CHARS: Final[int] = 60  # how far an outlet's phrase set off by commas may run (`dari laman resminya`)
RE_DIKUTIP_TRAIL: Final = regex.compile(
    rf"(?i),\s*(?P<cue>(?:seperti |sebagaimana |demikian )?(?:{DIKUTIP_ALTERNATION})(?: dari| oleh)?)\s+"
)
#: adverbs that may stand between a subject and its cue verb (`sebelumnya`, `juga`), as a regex alternation
ADVERB_ALTERNATION: Final[str] = "|".join(regex.escape(w) for w in sorted(load_set("adverbs"), key=len, reverse=True))
#: `X, seperti dilansir dari Soompi, mengatakan P`, `Sejumlah diplomat yang dikutip Reuters menilai P`: an outlet
#: in apposition or in a relative clause between the subject and its cue verb
RE_RELAY_BEFORE_CUE: Final = regex.compile(
    rf"(?i),\s*(?:seperti |sebagaimana )?(?:{DIKUTIP_ALTERNATION})(?: dari| oleh)?\s+(?P<outlet>[^,]{{1,60}}),\s*"
    rf"(?:(?:{ADVERB_ALTERNATION})\s+)*$"  # `Haikal, seperti dilansir Antara, sebelumnya mengklaim`
    rf"|\s+yang\s+(?:{DIKUTIP_ALTERNATION})(?: dari| oleh)?\s+(?P<outlet>[^,]{{1,60}}?)\s+$"
)
#: `X mengatakan, seperti dikutip Reuters, P`: the outlet set between commas just after the cue verb
RE_RELAY_AFTER_CUE: Final = regex.compile(
    rf"(?i)\G[\s,]*(?:seperti |sebagaimana )?(?:{DIKUTIP_ALTERNATION})(?: dari| oleh)?\s+[^,]{{1,60}},\s*"
)
RE_PLAIN_WORD: Final = regex.compile(r"\w+")
#: the head of an object noun phrase: a derived noun (`kenaikan`, `permintaan`, `penangkapan`), a number,
#: a reduplicated plural (`detik-detik`) or a word that names an account (`kronologi`, `rincian`)
RE_OBJECT_HEAD: Final = regex.compile(
    rf"(?:{DERIVED_NOUN}|\d[\d.,]*|"
    r"(\p{Ll}+)-\1|kronologi|rincian|daftar|hasil|kabar|isu|rumor|tudingan|tuduhan|gugatan"
    r"|aspirasi|keluhan|tuntutan|usulan|pendapat|kondisi|nasib|persoalan|masalah|program|rencana|strategi|langkah|capaian|arah|kasus|kritik"
    r"|laporan|klaim|anggapan|spekulasi)"
    r"(?:nya)?\b"  # `menceritakan kondisinya di hadapan massa`
)
#: object heads whose verb complement says what is planned or attempted (`mengumumkan rencana mengambil alih …`)
PLAN_HEADS: Final = frozenset({"rencana", "program", "strategi", "langkah"})
#: prepositions after which a verb stays inside a noun phrase (`kewenangan KPI dalam menangani sengketa`)
NOMINAL_PREPOSITIONS: Final = frozenset({"dalam", "untuk", "dengan", "tanpa"})
#: words after which a verb opens a time adjunct, not a clause of the content (`setahun setelah menjabat`)
TIME_SUBORDINATORS: Final = frozenset({"setelah", "sebelum", "sejak", "usai", "seusai", "sesudah"})
#: words after which a verb belongs to an adjunct, not to the clause's predicate
ADJUNCT_WORDS: Final = NOMINAL_PREPOSITIONS | TIME_SUBORDINATORS
#: ter- words that are no verbs (`12 tersangka baru`, `penolakan terhadap rencana itu`)
TER_NOUNS: Final = frozenset({"tersangka", "terdakwa", "terpidana", "terlapor", "tergugat", "terminal", "terhadap",
                              "tersebut", "terutama", "termasuk", "terakhir", "tertentu", "terkait", "terbaru",
                              "terbesar", "terbaik", "dirinya", "diri"})  # (`pengunduran dirinya`: reflexive)
#: cue verbs whose content with no verb at all is their object (`menuturkan detik-detik kecelakaan`)
OBJECT_CUES: Final = frozenset(with_nya(load_list("cues_object")))
#: a negation (and an adverb) just before a cue verb: `tidak menanggapi`, `belum juga menjelaskan`
RE_NEGATED_CUE: Final = regex.compile(
    r"(?i)\b(?:" + "|".join(regex.escape(w) for w in sorted(load_set("negations"))) + r")\s+(?:(?!(?:di|ter)\w{4,}\s)\w+\s+)?$"
)  # (`yang meminta namanya tidak disebutkan mengatakan`: the negation belongs to the passive verb)
#: a cue verb that is only scheduled or planned (`dijadwalkan menyampaikan`, `berencana mengumumkan`)
RE_PLANNED_CUE: Final = regex.compile(r"(?i)\b(?:dijadwalkan|direncanakan|berencana|hendak)\s+$")
#: only `dan`/`serta` (and an adverb) between the last content and the next cue verb
#: words before a second speech act of the same speaker set against the first (`…, tetapi memastikan Q`, `meski mengakui`)
CONTRAST_ALTERNATION: Final[str] = "tetapi|tapi|namun|meski|meskipun|walau|walaupun"
RE_COORDINATED_VERB: Final = regex.compile(r"[\s,]*(?:dan|serta|" + CONTRAST_ALTERNATION + r")\s+(?:\w+\s+)?")
#: a clause opener inside the sentence: a cue verb's subject may follow it (`… setelah agensi X mengumumkan P`)
RE_SUBORDINATOR: Final = regex.compile(
    r"(?i)\b(?:" + "|".join(regex.escape(w) for w in sorted(load_set("subordinators"))) + r")\s+"
)
#: a cue verb asking for anonymity (`meminta namanya tidak disebutkan`) reports nothing
#: (`mengatakan nama rendang Padang …` names a thing: the name must be withheld, not reported)
RE_ANONYMITY_AFTER_CUE: Final = regex.compile(
    r"\s+(?:agar\s+|supaya\s+)?(?:nama|identitas)(?:nya)?\s+(?:tidak|tak|jangan|tidak\s+usah|di\p{Ll}+)\b")
#: a name or identity right after the cue verb, which a refusal before it withholds (`enggan menyebutkan namanya`)
RE_NAME_WITHHELD_AFTER: Final = regex.compile(r"\s+(?:nama|identitas)(?:nya)?\b")
RE_REFUSING_BEFORE: Final = regex.compile(r"\b(?:enggan|menolak|(?:tidak|tak)\s+(?:mau|ingin|bersedia))\s+$")
#: content that only names the channel the speaker used (`bercerita kepada Tempo melalui sambungan telepon.`)
RE_CHANNEL_ONLY: Final = regex.compile(
    r"(?i)(?:melalui|lewat|via|dalam (?:siaran|konferensi|jumpa|keterangan|wawancara|pernyataan|pidato|unggahan))"
    r"(?:\s+[\w-]+){1,4}")
#: aspect words that, after a subject, make a clause (`membenarkan Kemhan tengah melakukan penjajakan`,
#: `mendorong pemerintah segera mengaudit …`)
ASPECT_WORDS: Final = frozenset({"tengah", "mulai", "sempat", "segera"})
#: aspect words and bare verbs of change that, after a noun, make it the subject of a state (`kegiatan belajar
#: kembali normal`, `hasil tangkapan udang di muara turun drastis`)
STATE_ASPECTS: Final = ASPECT_WORDS | {"kembali", "tetap", "turun", "naik", "anjlok", "habis", "hilang", "rusak"}
#: promising verbs report their promise when a future or the act follows (`berjanji akan membuka jalan baru`,
#: `berjanji menambah dua rumah sakit`)
PROMISE_CUES: Final = frozenset({"berjanji", "menjamin", "bersikeras", "bersumpah"})
RE_PROMISED: Final = regex.compile(r"(?:tidak |tak )?(?:akan|bakal|segera)\s|me\p{Ll}{4,}\s")  # or the act itself
#: `melaporkan X ke polisi`: a report against a named party to an authority, an act and no speech
COMPLAINT_CUES: Final = frozenset(with_nya(("melaporkan", "mengadukan")))
RE_LODGED_WITH: Final = regex.compile(
    r"(?:\p{Lu}[\p{L}.-]*\s+){1,6}(?:(?:ke|kepada)\s+(?:pihak\s+)?\p{L}|(?:atas|terkait|soal)\s+\p{L})")
#: cue verbs whose object is a state the speaker claims (`mengaku terbantu`, `mengaku masih trauma`): one word is enough
STATE_CUES: Final = frozenset({"mengaku"})
#: a prosecutor's demand for a sentence (`menuntut terdakwa X dengan hukuman mati`, `menuntut mantan Bupati X, Y,
#: dengan pidana penjara`)
SENTENCING_CUES: Final = frozenset(with_nya(("menuntut",)))
RE_SENTENCE_DEMAND: Final = regex.compile(
    r"(?i)(?:(?:para\s+)?(?:terdakwa|tersangka|pelaku|terpidana)\b[^.;]{0,80}?\b(?:hukuman|pidana|penjara|vonis)"
    r"|(?P<lead>[^.;]{1,80}?)\bdengan\s+(?:hukuman|pidana)\s+(?:mati|penjara|seumur|kurungan|denda|[^.;,]{1,30}?\b(?:tahun|bulan)))\b")
#: (`menuntut Direktur CV X, Budi, dengan hukuman empat tahun penjara`: a term of years is a sentence too)
#: orders: the noun after them is who is ordered, the verb after it what they must do (`memerintahkan polisi menolak …`)
ORDER_CUES: Final = frozenset(with_nya(("memerintahkan", "menginstruksikan")))
#: a clause opening with its own pronoun subject after a clause-only verb (`Rizky menjawab pihaknya akan …`)
RE_PRONOUN_SUBJECT: Final = regex.compile(r"(?i)(?:pihaknya|dirinya|ia|dia|mereka|kami|saya|beliau|kita)\s+\p{Ll}")
#: a possessed noun opening the content (`fraksinya`, `kliennya`): the content has its own subject
RE_NYA_SUBJECT: Final = regex.compile(r"\p{Ll}{3,}nya\s+\p{Ll}")
#: a prepositional topic after a speech verb (`bercerita tentang …`, `berbicara soal …`): no proposition
RE_TOPIC_CONTENT: Final = regex.compile(
    r"(?i)(?:(?:panjang lebar|panjang|banyak|singkat|sedikit)\s+)?(?:tentang|mengenai|soal|perihal|seputar)\b")
#: `mengingatkan pada X` with no clause after it (`agar`, `bahwa`, `untuk`): X is recalled, not warned of
RECALL_CUES: Final = frozenset({"mengingatkan"})
RE_RECALLED: Final = regex.compile(
    r"(?i)(?:(?:publik|masyarakat|kita|kami|warga|banyak orang|orang)\s+)?"  # (`mengingatkan publik pada film X`)
    r"(?:pada|akan)\s(?![^.]*\b(?:agar|supaya|bahwa|untuk|jangan)\b)")
#: `X, yang menyatakan P`: a cue verb opening a relative clause on the name before it
RE_RELATIVE_BEFORE_CUE: Final = regex.compile(r",\s+yang\s+(?:(?:" + ADVERB_ALTERNATION + r")\s+)?$")
#: `yang menyebut diri mereka "Jingga"`: a name the antecedent goes by, nothing said
RE_SELF_NAMING: Final = regex.compile(r"\s+diri(?:nya|\s+mereka|\s+sendiri)?\b")
#: content marked as a clause right after the cue verb (`menyerukan agar`, `mengatakan bahwa`)
RE_EXPLICIT_CLAUSE: Final = regex.compile(r"(?i)[\s,]*(?:bahwa|agar|supaya)\s")
#: the first relative `yang` of a subject (`Afrika Selatan yang memimpin …`)
RE_RELATIVE_YANG: Final = regex.compile(r"\s+yang\s")
#: an age in parentheses closing a chunk (`Hasnah (47)`)
RE_TRAILING_AGE: Final = regex.compile(r"\s*\(\d{1,3}(?: tahun)?\)\s*$")
#: `… dan menambahkan: "…"`: a second cue verb that opens another quote in the same sentence
#: (a cue verb inside reported content, `petugas mendatangi rumah dan mencatat …`, is the content's own verb,
#: so only speech verbs, or a cue verb that opens a clause of its own, end the first content)
CUES_BEFORE_ALTERNATION: Final[str] = "|".join(
    regex.escape(w) for w in sorted(load_set("cues_before"), key=len, reverse=True))
RE_NEXT_CUE_VERB: Final = regex.compile(
    r"\s(?:dan|serta)\s+(?:(?:menambahkan|mengatakan|menegaskan|menyatakan|menjelaskan|mendesak|menyerukan|mengimbau"
    r"|memperingatkan|menuding|menuduh|mengkritik)\b"
    r"|(?:" + CUES_BEFORE_ALTERNATION + r")(?:\s+kembali)?(?:,|\s+(?:bahwa|agar|supaya)\b))"
    # `X mengakui P, tetapi memastikan Q`, `X mengklaim P, meski mengakui Q`: a contrasted second speech act
    + r"|,\s*(?:" + CONTRAST_ALTERNATION + r")\s+(?:(?:ia|dia|beliau|mereka)\s+(?:juga\s+)?)?"
    + r"(?:" + CUES_BEFORE_ALTERNATION + r")\b"  # (`…, tetapi ia meminta agar Q`: the same speaker, named again)
)
#: `menyebut X sebagai Y` names X, it reports nothing
RE_NAMING_SEBAGAI: Final = regex.compile(r"(?i)(?:\S+\s+){1,5}?sebagai\b")
#: content opening with the object of a speech act (`maaf`, `terima kasih`), which reports nothing
RE_ACT_OBJECT: Final = regex.compile(
    r"(?i)(?:" + "|".join(regex.escape(w) for w in sorted(load_set("act_objects"), key=len, reverse=True)) + r")\b"
)
#: content that only points back at what was said (`hal itu`, `kejadian tersebut kepada polisi`)
RE_ANAPHORIC_CONTENT: Final = regex.compile(
    r"(?i)(?:" + "|".join(regex.escape(w) for w in sorted(load_set("anaphoric_nouns"))) + r") (?:itu|ini|tersebut)"
    r"(?:\s*$|\s+(?:di|ke|kepada|pada|saat|dalam|dengan|melalui|usai|seusai|ketika|kemarin)\b)"
)


def rule_indirect(text: str, para: Paragraph, taken: list[tuple[int, int]], marked: list[Marked],
                  prev_para: Paragraph | None = None, sents: list[tuple[int, int]] | None = None,
                  words: list[tuple[int, int, str]] | None = None) -> list[Candidate]:
    """indirect.* rules: reported speech cued by a verb, `menurut`, or a trailing cue (§1-3)."""
    cues = cue_sets()
    protected = [(q.inner_start, q.inner_end) for q in marked if not q.single]
    if sents is None:
        sents = sentences(text, para.content_start, para.end, protected)
    if words is None:
        words = para_words(text, para)
    out: list[Candidate] = []
    in_quotes = SpanSet(protected)
    used = SpanSet(taken)
    closed = sorted((q.open, q.close if q.close is not None else INFINITY) for q in marked if q.open is not None)
    opens = [o for o, _ in closed]

    lead_via: Mention | None = None  # `Seperti dilansir Reuters, …`: the outlet relays the sentence's quotes

    def make(cs: int, ce: int, rule: str, conf: float, cue, mention, via=None, role=None, inherit=False,
             min_words: int = MIN_INDIRECT_WORDS) -> None:
        via = via or lead_via
        cs, ce = strip_span(text, cs, ce)
        if ce - cs <= 0 or word_count(text, cs, ce) < min_words or used.overlaps(cs, ce):
            return
        inside = [closed[i] for i in starts_within(opens, cs, ce)]
        if text[cs] in "\"“”'‘’«»" and inside and inside[0][0] == cs:
            return  # the content is a direct quote: the direct rules own it
        if RE_ANAPHORIC_CONTENT.match(text, cs, ce):
            return  # `menyampaikan hal itu`: points back at a quote, is none
        if RE_ACT_OBJECT.match(text, cs, ce):
            return  # `meminta maaf atas …`, `menyampaikan terima kasih`: an act, nothing reported
        qtype = "mixed" if any(close < ce for _, close in inside) else "indirect"
        out.append(Candidate(cs, ce, qtype, rule, conf, cue, mention, via, role, inherit))
        used.add(cs, ce)

    wi = 0
    for si, (ss, se) in enumerate(sents):
        while wi < len(words) and words[wi][0] < ss:
            wi += 1
        sent_words = []
        wj = wi
        while wj < len(words) and words[wj][0] < se:
            sent_words.append(words[wj])
            wj += 1
        if not sent_words:
            continue  # no cue word: nothing to attribute here
        body_end = _content_end(text, ss, se)
        made_before = len(out)
        lead_via = None
        trail_cut = INFINITY  # where a relaying outlet's trailing cue starts (`…, tulis Reuters`)
        kinds = {w[2] for w in sent_words}  # which rule families can fire here at all
        has_menurut = "menurut" in kinds or "menurutnya" in kinds
        lm = None
        if not DIKUTIP_WORDS.isdisjoint(kinds) or "mengutip" in kinds:
            opener = RE_LEADING_CONNECTIVE.match(text, ss, se)  # `Sementara itu, dikutip dari laman resmi BMKG, P`
            lm = RE_DIKUTIP_LEAD.match(text, opener.end() if opener else ss, se)
        if lm:
            comma = text.find(",", lm.end(), se)
            outlet = parse_mention(text, lm.end(), comma) if comma != -1 else None
            if outlet is not None and outlet.kind_hint in ("media", "organization", "person"):
                lead_via = outlet
                ss_rest = comma + 1
        # indirect.menurut_lead — `Menurut X, P.` / `Menurutnya, P.`
        m = RE_MENURUT_LEAD.match(text, ss, se) if has_menurut else None
        if m:
            cue = m.span("cue")
            comma = text.find(",", cue[1], se)
            if comma == -1 and m.group("cue").lower().endswith("nya"):
                comma = cue[1]  # `Menurutnya P.` with no comma
            nya = m.group("cue").lower().endswith("nya")
            mention = parse_mention(text, cue[1], comma) if comma != -1 and not nya else None
            mention = extend_unnamed(text, mention, comma) if mention is not None else None
            if comma != -1 and (nya or mention is not None):  # not `Menurut jadwal, …`
                start = comma + 1
                if mention is not None and (text[mention.start:mention.end].split()[0].lower() in load_set("titles")
                                            or mention.name_start is None and mention.kind_hint in ("role", "group", "person")):
                    # `Menurut Kepala BPS, Amalia Widyasanti, P`, `Menurut ahli ekologi Universitas X, Dr. Radu
                    # Stanciu, P`: the name stands after the role
                    nxt = text.find(",", start, se)
                    name = parse_mention(text, start, nxt) if nxt != -1 else None
                    if name is not None and name.kind_hint == "person" and name.end >= strip_span(text, start, nxt)[1]:
                        mention = Mention(name.start, name.end, name.name_start, name.name_end,
                                          mention.start, mention.end, "person")
                        start = nxt + 1
                elif mention is not None and mention.kind_hint == "person" and mention.name_start is not None:
                    # `Menurut Sumiati, pedagang sayur di Pasar Minggu, P`: a role after the name
                    nxt = text.find(",", start, se)
                    role = role_appositive(text, *strip_span(text, start, nxt)) if nxt != -1 else None
                    if role is not None:
                        mention = Mention(mention.start, mention.end, mention.name_start, mention.name_end,
                                          role[0], role[1], "person")
                        start = nxt + 1
                nxt = text.find(",", start, se)
                while mention is not None and nxt != -1 and RE_DEGREE.fullmatch(text, *strip_span(text, start, nxt)):
                    start, nxt = nxt + 1, text.find(",", nxt + 1, se)  # `Menurut …, Dr. X, M.A., P`: degrees after the name
                make(start, body_end, "indirect.menurut_lead", 0.85, cue, mention, inherit=mention is None)
                continue
        # indirect.passive_lead — `Ditegaskan Dedy, P.` / `Lebih lanjut dikatakannya, P.`
        m = RE_PASSIVE_LEAD.match(text, ss, se) if not PASSIVE_CUES.isdisjoint(kinds) else None
        if m:
            comma = text.find(",", m.end() - 1, se)
            mention = parse_mention(text, m.end(), comma) if comma != -1 and not m.group("nya") else None
            if comma != -1 and (m.group("nya") or mention is not None):
                make(comma + 1, body_end, "indirect.passive_lead", 0.75, m.span("cue"), mention, inherit=mention is None)
                continue
        # indirect.cue_first — `Kata dia, P.` / `Ujar Budi, P.`
        m = RE_CUE_FIRST.match(text, ss, se) if not cues["trailing"].isdisjoint(kinds) else None
        if m:
            comma = text.find(",", m.end(), se)
            mention = parse_mention(text, m.end(), comma) if comma != -1 else None
            if mention is not None and mention.kind_hint != "role" and strip_span(text, m.end(), comma)[1] == mention.end:
                make(comma + 1, body_end, "indirect.cue_first", 0.75, m.span("cue"), mention)
                continue
        # indirect.menurut_mid — `Sebab, menurutnya, P.`
        m = RE_MENURUT_MID.search(text, ss, se) if has_menurut else None
        mention = None
        if m and m.group("mention").strip():
            mention = parse_mention(text, m.start("mention"), m.end("mention"))
        if m and word_count(text, ss, m.start()) <= 3 and (mention is not None or m.group("cue").lower().endswith("nya")):
            make(m.end(), body_end, "indirect.menurut_mid", 0.8, m.span("cue"), mention, inherit=mention is None)
            continue
        # indirect.passive_hal — `P. Hal ini diungkapkan oleh X.`: P is the sentence before
        m = RE_PASSIVE_HAL.match(text, ss, se) if not PASSIVE_HEADS.isdisjoint(kinds) else None
        if m:
            prev = sents[:si]
            if not prev and prev_para is not None:
                prev = sentences(text, prev_para.content_start, prev_para.end)
            mention, via, role = mention_after(text, m.end(), se)  # `… oleh Kepala Dinkes X, Hadi Permana, saat …`
            if prev and mention is not None:
                ps, pe = prev[-1]
                make(ps, pe, "indirect.passive_hal", 0.75, m.span("cue"), mention, via, role)
            continue
        # indirect.cue_mid — `Penetapan KLB, lanjut Wiyanto, justru berisiko …`: the cue inside the proposition
        mid = _cue_mid(text, ss, se, sent_words, cues["trailing"])
        if mid is not None:
            cue, mention, cs = mid
            make(cs, body_end, "indirect.cue_mid", 0.7, cue, mention, inherit=mention.kind_hint == "pronoun")
            if len(out) > made_before:
                continue
        # indirect.trailing_cue — `P, kata X.` / `P, menurut X.` / `P, tambahnya.`
        tm = None
        relayed = None
        for w in sent_words:
            if w[2] in cues["trailing"] and text[max(ss, w[0] - 3):w[0]].rstrip().endswith(",") \
                    and not text[w[0]].isupper():  # `…, Sebut Tangkapan Ikan Anjlok`: a Title Case headline's verb
                tm = w
        if tm is not None:
            comma = text.rfind(",", ss, tm[0])
            if word_count(text, ss, comma) >= MIN_INDIRECT_WORDS:
                cue = (tm[0], tm[1])
                mention, via, role = mention_after(text, cue[1], se)
                nya = tm[2].endswith("nya")
                if mention is not None and tm[2].startswith(("me", "ber")) and tm[2] not in MENURUT_WORDS and (
                        _object_noun(text, tm[1], mention.start)  # `menegaskan data PKH …` (`menurut` is no verb)
                        or text.startswith(",", tm[1])  # `X, M.Kes., mengatakan, P`: a cue verb opening its content
                        or _content_follows(text, mention.end, se)
                        or _subject_before(text, _clause_start(text, ss, tm[0]), comma, tm[0])):
                    # `Budi, yang juga Ketua RT, mengatakan warga …`, `Kepala X, Hartono, menjelaskan warga yang …`:
                    # the words before the comma are the cue verb's subject, not reported content
                    mention = None
                    nya = False
                if (mention is not None and mention.kind_hint == "media" and lead_via is None
                        and _speaker_inside(text, ss, comma, sent_words, cues["verbs"])):
                    # `IAEA menyatakan P, tulis The Guardian`: the outlet relays a speaker of the sentence's own
                    lead_via, trail_cut = mention, comma
                    relayed = (comma, cue, mention)  # the outlet's own report if no speaker's quote comes of it
                elif mention is not None or nya:
                    if not any(q.close is not None and comma - 2 <= q.close <= comma for q in marked):
                        lead = RE_LEADING_CONNECTIVE.match(text, ss, comma)  # `Sementara itu, P, kata X`: not P's
                        make(lead.end() if lead else ss, comma, "indirect.trailing_cue", 0.8, cue, mention, via, role,
                             inherit=mention is None)
                        continue
        # indirect.dikutip — `P, dikutip The Guardian.`: an outlet as the source
        dm = RE_DIKUTIP_TRAIL.search(text, ss, se) if any(w[2] in DIKUTIP_WORDS for w in sent_words) else None
        if dm and lm and dm.end() >= lm.end():
            dm = None  # `Sementara itu, dikutip dari X, P`: the comma after a connective opens the lead, no trail
        if dm:
            mention = parse_mention(text, dm.end(), se)
            # (`dari laman resminya,`: the outlet's phrase may run on past the mention)
            comma = text.find(",", mention.end, min(se, dm.end() + MAX_RELAY_CHARS)) if mention is not None else -1
            after = RE_FAST_WORD.search(text, comma, se) if comma != -1 else None
            while after is not None and after.group().lower() in load_set("adverbs"):
                after = RE_FAST_WORD.search(text, after.end(), se)  # `…, seperti dilansir Antara, sebelumnya mengklaim`
            if after is not None and after.group().lower() in cues["verbs"]:
                mention = None  # `X, seperti dilansir dari M, mengatakan P`: the outlet relays the cue verb's subject
            if (mention is not None and lead_via is None and trail_cut == INFINITY
                    and _speaker_inside(text, ss, dm.start(), sent_words, cues["verbs"])):
                # `X mengakui P, seperti dikutip dari M`: the outlet relays the sentence's own speaker;
                # `X mengatakan, seperti dikutip M, P`: set just after the cue verb, the relay is an aside
                aside = any(w[2] in cues["verbs"] and not text[w[1]:dm.start()].strip() for w in sent_words)
                lead_via, trail_cut = mention, INFINITY if aside else dm.start()
            elif mention is not None and mention.kind_hint in ("media", "organization", "person"):
                make(ss, dm.start(), "indirect.dikutip", 0.7, dm.span("cue"), mention)
                continue
        # indirect.cue_verb — `X mengatakan, P` / `X mengatakan bahwa P` / `X menyerukan agar P`
        pos = ss
        prev_subject: Mention | None = None
        sent_end = strip_span(text, ss, min(se, trail_cut), " .!?\n")[1]
        for vs, ve, word in sent_words:
            if (word not in cues["verbs"] and word != NOT_RULING_OUT) or vs < pos or ve > sent_end:
                continue
            if text[vs - 1:vs] == "-" or in_quotes.overlaps(vs, vs + 1):
                continue
            if text[vs].isupper() and vs > ss:
                continue  # `…, PKL di Semarang Mengaku Belum Tahu Caranya`: a Title Case headline's verb
            if RE_ANONYMITY_AFTER_CUE.match(text, ve) or (
                    RE_NAME_WITHHELD_AFTER.match(text, ve) and RE_REFUSING_BEFORE.search(text, max(ss, vs - 30), vs)):
                continue  # `yang meminta namanya tidak disebutkan`, `yang enggan menyebutkan namanya`: part of who it is
            clause_start = _clause_start(text, ss, vs)
            relay = RE_RELAY_BEFORE_CUE.search(text, clause_start, vs)
            cut = relay.start() if relay else vs
            # `X mengatakan P dan mendesak Q`: a verb coordinated with the last one shares its subject
            shared = prev_subject if prev_subject is not None and RE_COORDINATED_VERB.fullmatch(text, pos, vs) else None
            subject = shared or parse_subject(text, clause_start, cut)
            if subject is not None and subject.kind_hint == "thing":
                continue  # `Kasus ini mengingatkan pada …`: a thing reminds, nobody speaks
            manner = RE_MANNER_BEFORE_CUE.search(text, ss, cut) if subject is None else None
            if manner is not None:
                # `Darmawan membuka paparannya dengan menyebut P`: the cue tells how the main verb's subject acted
                main_start = _clause_start(text, ss, manner.start())
                main = next((w for w in RE_PLAIN_WORD.finditer(text, main_start, manner.start())
                             if verb_like(w.group().lower())), None)
                subject = parse_subject(text, main_start, main.start()) if main is not None else None
            inner_clause = False
            if subject is None:
                # `Fans kecewa setelah agensi X mengumumkan P`: the subject opens a clause inside the sentence
                openers = list(RE_SUBORDINATOR.finditer(text, clause_start, cut))
                inner = openers[-1] if openers else None
                subject = parse_subject(text, inner.end(), cut) if inner is not None else None
                coordinated = subject is not None and inner.group().strip().lower() in ("dan", "serta")
                if coordinated:
                    subject = _list_subject(text, clause_start, inner.start(), subject) or subject  # `AS, Inggris dan Jepang`
                # after `setelah`/`ketika` an announced object is no quote; after `dan` the clause is a main one
                inner_clause = not coordinated
            if subject is None:
                rel = RE_RELATIVE_BEFORE_CUE.search(text, clause_start, cut) if not RE_SELF_NAMING.match(text, ve) else None
                # `… datang dari Ketua Partai X, Nara Rao, yang menyatakan P`: the relative clause's antecedent speaks
                subject = _relative_antecedent(text, clause_start, rel.start()) if rel is not None else None
                inner_clause = inner_clause and subject is None
            if subject is None:
                # `Partai Aksi Nasional (PAN) yang beroposisi menuding P`: a named subject with a short relative clause
                rel = RE_RELATIVE_YANG.search(text, clause_start, cut)
                named = parse_subject(text, clause_start, rel.start()) if rel is not None and 1 <= word_count(
                    text, rel.end(), cut) <= MAX_SHORT_RELATIVE_WORDS else None  # (`X, yang menyebut …`: the clause's cue)
                subject = named if named is not None and named.name_start is not None else None
                inner_clause = inner_clause and subject is None
            if subject is None and RE_EXPLICIT_CLAUSE.match(text, ve):
                # `Afrika Selatan yang memimpin Kelompok Afrika menyerukan agar P`: with the content marked as a
                # clause, a subject may carry a relative clause of its own up to the cue
                rel = RE_RELATIVE_YANG.search(text, clause_start, cut)
                subject = parse_subject(text, clause_start, rel.start()) if rel is not None else None
                inner_clause = inner_clause and subject is None
            if subject is None:
                continue
            via = parse_mention(text, relay.start("outlet"), relay.end("outlet")) if relay else None
            cs = ve
            bm = RE_NEAR_BAHWA.match(text, cs, sent_end)
            if bm is not None and "," not in text[cs:bm.end()] and any(
                    verb_like(w) and w not in RELAY_VERBS for w in map(str.lower, RE_PLAIN_WORD.findall(text, cs, bm.end()))):
                bm = None  # `mengaku suaminya sempat mengirim pesan … bahwa P`: the `bahwa` is the inner verb's
            am = RE_ADDRESSEE.match(text, cs, sent_end)
            um = RE_ADDRESSEE_UNTUK.match(text, cs, sent_end) if word in URGING_CUES else None
            if um is None and (word in URGING_CUES or word in WARNING_CUES):
                um = RE_ADDRESSEE_AGAR.match(text, cs, sent_end)
                if um is not None and any(verb_like(w) for w in um.group("who").lower().split()):
                    um = None  # `meminta OJK memperketat pengawasan agar P`: the verb's object is a clause
            pm = RE_PRESS_ADDRESSEE.match(text, cs, sent_end) if not (bm or am) else None
            if pm is not None and not _press_or_outlet(text, *pm.span("who")):
                pm = None
            if bm:
                cs = bm.end()
            elif pm:
                cs = pm.end()  # `mengatakan kepada Reuters ia belum …`: the outlet told, then what
            elif am:
                cs = am.end()
            elif um:
                cs = um.end()  # `mengajak semua pihak untuk P`: who is urged stays out, like `agar`
            ram = RE_RELAY_AFTER_CUE.match(text, cs, sent_end) if not bm else None
            if ram:
                cs = ram.end() - 1  # `mengatakan, seperti dikutip Reuters, P`: the relay is no content
            tam = RE_TIME_ADJUNCT.match(text, cs, sent_end) if not bm else None
            if tam:
                cs = tam.end() - 1  # keep the comma: it marks the content as a clause
            om = RE_CONTENT_OPENER.match(text, cs, sent_end)
            content_at = om.end() if om else cs
            own_subject = RE_PRONOUN_SUBJECT.match(text, content_at, sent_end) is not None
            # a comma, `bahwa`, or a clause with its own pronoun subject (`mengatakan pihaknya terus memantau …`)
            opened = bool(bm) or bool(om and text[cs:om.end()].strip()) or own_subject
            if word in cues["clause"] and not (bm or om and RE_CLAUSE_WORD.search(text, cs, om.end())
                                               or text.startswith(",", ve)  # `Ia melanjutkan, P`
                                               or own_subject
                                               or _clause_follows(text, content_at, sent_end, word not in ORDER_CUES)
                                               or word in URGING_CUES and _agent_then_verb(text, content_at, sent_end)
                                               or word in PROMISE_CUES and RE_PROMISED.match(text, content_at, sent_end)):
                # `membenarkan posisinya`: such verbs report speech only before bahwa/agar/supaya, or before a clause
                # with its own subject (`menjawab pihaknya akan …`, `berjanji keputusan itu akan …`)
                continue
            if not opened and word in RECALL_CUES and RE_RECALLED.match(text, content_at, sent_end):
                continue  # `Kerusuhan ini mengingatkan pada tragedi 2021`: something recalled, nothing said
            if not opened and RE_TOPIC_CONTENT.match(text, content_at, sent_end):
                continue  # `bercerita tentang masa kecilnya`: a topic, not what was said
            if not opened and RE_PLANNED_CUE.search(text, clause_start, vs):
                continue  # `Tim asesor dijadwalkan menyampaikan rekomendasi …`: speech yet to come, nothing said
            if not opened and RE_NEGATED_CUE.search(text, clause_start, vs):
                continue  # `X tidak menanggapi pertanyaan wartawan`: nothing was said
            cs = content_at
            if word == NOT_RULING_OUT and (first := RE_PLAIN_WORD.search(text, cs, cs + 40)) is not None \
                    and (first.group().lower() == "untuk" or verb_like(first.group().lower())):
                continue  # `tidak menutup kemungkinan menetapkan tersangka baru`: an act held open, no proposition
            ce = _content_end(text, cs, sent_end)
            if not opened and word in WRITING_CUES and RE_WRITTEN_OBJECT.match(text, cs, ce):
                continue  # `menulis buku kumpulan esai berjudul …`, `menulis surat resmi kepada X`: a thing written
            said = strip_span(text, cs, ce)
            if not opened and RE_ADDRESSEE_ONLY.fullmatch(text, *said):
                continue  # `hanya berkata singkat kepada wartawan`: whom the speaker told, not what
            if not opened and (RE_CHANNEL_ONLY.fullmatch(text, *said) or (
                    RE_OCCASION_CHUNK.fullmatch(text, *said) and text[said[1]:].lstrip(" ").startswith(":"))):
                continue  # `mengatakan dalam siaran pers:`, `bercerita melalui sambungan telepon.`: how, not what
            if not opened and word in COMPLAINT_CUES and RE_LODGED_WITH.match(text, cs, ce):
                continue  # `melaporkan RSUD X ke Ombudsman`: a complaint lodged against someone, nothing said
            if not opened and word in SENTENCING_CUES and (demand := RE_SENTENCE_DEMAND.match(text, cs, ce)) and not any(
                    w.islower() and verb_like(w) for w in RE_PLAIN_WORD.findall(demand.group("lead") or "")):
                # `JPU menuntut terdakwa X dengan hukuman mati`: a sentence demanded in court, nothing said (but
                # `menuntut pemerintah menghukum pelaku dengan hukuman mati` asks for an act)
                continue
            if not opened and word in OBJECT_CUES and _noun_phrase(text, cs, ce):
                continue  # `menuturkan detik-detik kecelakaan`, `mengumumkan 26 pemain untuk Piala AFF`: an object
            if inner_clause and not opened and PREDICATE_WORDS.isdisjoint(w.lower() for w in RE_PLAIN_WORD.findall(text, cs, ce)):
                continue  # `setelah Korea Utara mengumumkan uji coba senjata baru`: an object, not a clause
            if text[cs:cs + 1] in ("\"", "“", "'", "‘"):
                continue  # `X mengatakan, "…"`: a direct quote with a leading cue
            nm = RE_NAMING_SEBAGAI.match(text, cs, ce) if word.startswith("menyebut") else None
            if nm is not None and not PREDICATE_WORDS.isdisjoint(w.lower() for w in RE_PLAIN_WORD.findall(text, cs, nm.end())):
                nm = None  # `menyebut partisipasinya "sedang ditinjau ulang sebagai …"`: a clause, no name given
            if nm is not None and not _judgement_after(text, nm.end(), ce):
                continue  # `menyebut jalan itu sebagai 'jalan maut'`: naming, not speech
            if word.startswith("menyebut") and nm is None and (label := RE_POINTED_LABEL.match(text, cs, ce)) \
                    and _label_only(text, label, ce, clause_after=False):
                # `menyebut fenomena itu "karang tulang" karena …`: naming (but `menyebut mogok tersebut "tidak
                # proporsional" dan merugikan …` judges)
                continue
            # stop before a later cue verb that opens another quote in the same sentence
            nxt = RE_NEXT_CUE_VERB.search(text[cs:ce])
            if nxt and nxt.group().startswith(",") and (own_subject or _possessed_speaker(text, cs, ce)):
                # `mengatakan fraksinya mendukung P, namun meminta Q`: the content's own subject asks (but in
                # `mengakui dapurnya belum …, tetapi mengaku Q` a kitchen says nothing: the speaker goes on)
                nxt = None
            if nxt:
                if (not opened and not nxt.group().startswith(",") and word in OBJECT_CUES
                        and _noun_phrase(text, cs, cs + nxt.start())):
                    continue  # `menyampaikan terima kasih kepada X dan mengatakan, …`: an object, not speech
                ce = cs + nxt.start()
            # a comma or `bahwa` marks a clause, so two words are enough (`X mengatakan, stok aman`)
            made = len(out)
            make(cs, ce, "indirect.cue_verb", 0.75, (vs, ve), subject, via=via,
                 min_words=1 if word in STATE_CUES else MIN_MARKED_CLAUSE_WORDS if opened else MIN_INDIRECT_WORDS)
            if len(out) > made:
                prev_subject = subject
            # `BGE meminta maaf dan menyebut P`: after an act, a coordinated cue verb may still report
            pos = ce if len(out) > made or not RE_ACT_OBJECT.match(text, *strip_span(text, cs, ce)) else ve
            if pos == ve:
                prev_subject = subject
        if relayed is not None and len(out) == made_before:
            # `Ribuan warga turun ke jalan untuk menuntut pengunduran diri X, lapor Reuters`: the inner verb took
            # a plain object and reported nothing, so the outlet reports the sentence
            comma, cue, outlet = relayed
            lead_via = None
            lead = RE_LEADING_CONNECTIVE.match(text, ss, comma)
            make(lead.end() if lead else ss, comma, "indirect.trailing_cue", 0.8, cue, outlet)
        if lm and lead_via is not None and len(out) == made_before and kinds.isdisjoint(cues["verbs"]):
            # indirect.dikutip_lead — `Dilansir dari CNN, P.`: no other source, the outlet is the speaker
            # (a cue verb left unused, as in `X menyebut Y sebagai "…"`, means the sentence has its own speaker)
            outlet, lead_via = lead_via, None
            make(ss_rest, body_end, "indirect.dikutip_lead", 0.7, lm.span("cue"), outlet)
    return out


#: words the proposition may say before a cue set inside it (`Penetapan KLB, lanjut Wiyanto, …`)
MAX_MID_LEAD_WORDS: Final[int] = 6


def _cue_mid(text: str, ss: int, se: int, sent_words: list[tuple[int, int, str]],
             trailing: frozenset[str]) -> tuple[tuple[int, int], Mention, int] | None:
    """`A, lanjut X, B.`: a trailing cue and its speaker set between commas inside the sentence; B is reported."""
    for ws, we, word in sent_words:
        if word not in trailing or word.endswith("nya"):
            continue
        lead = text[ss:ws].rstrip()
        if not lead.endswith(",") or "," in lead[:-1] or not 1 <= word_count(text, ss, ws) <= MAX_MID_LEAD_WORDS:
            continue
        if lead[:-1].rstrip()[-1:] in CLOSING_QUOTES | {"»"}:
            continue  # `«…», ujar X, guru …, sambil …`: the words before were a direct quote, the rest describes X
        comma = text.find(",", we, se)
        mention = parse_mention(text, we, comma) if comma != -1 else None
        if mention is None or strip_span(text, mention.end, comma)[1] > mention.end or mention.kind_hint == "role":
            continue
        if word_count(text, comma + 1, se) <= word_count(text, ss, ws):
            continue  # `Harga naik, kata Budi, sejak Senin`: the part before holds the proposition
        return (ws, we), mention, comma + 1
    return None


#: possessed nouns for those who speak through the speaker (`kliennya`, `kubunya`) that no lexicon lists
POSSESSED_SPEAKERS: Final = POSSESSED_HEADS | {"klien", "pihak", "tim"}


def _possessed_speaker(text: str, s: int, e: int) -> bool:
    """A possessed noun opening the content that could speak itself (`fraksinya`, `kliennya`, `partainya`)."""
    m = RE_NYA_SUBJECT.match(text, s, e)
    if m is None:
        return False
    noun = text[m.start():text.index("nya", m.start())].lower()
    v = _vocab()
    return any(noun in v[k] for k in ("orgs", "org_heads", "occupations", "person_nouns", "groups", "titles")) \
        or noun in load_set("bodies") or noun in POSSESSED_SPEAKERS


def _noun_phrase(text: str, s: int, e: int) -> bool:
    """A noun phrase headed by a derived noun, a number or a plural (`kenaikan upah minimum`, `26 pemain`,
    `detik-detik kecelakaan`) with no verb or auxiliary after it: a thing named, not a proposition."""
    head = RE_OBJECT_HEAD.match(text, s, e)
    comma = text.find(", ", s, e)
    if comma != -1:
        e = comma  # `mengumumkan pengunduran dirinya pada Minggu, … menyusul kekalahan LDP`: an adjunct after the comma
    words = RE_PLAIN_WORD.findall(text, s, e)
    if head is None or not PREDICATE_WORDS.isdisjoint(w.lower() for w in words):
        return False
    if any(w in STATE_ASPECTS and words[i - 1].lower() not in load_set("prepositions") and words[i - 1] != "yang"
           for i, w in enumerate(words) if i):
        # `mengumumkan kegiatan belajar di SDN X kembali normal`: a state the head is in, a clause (but `di tengah
        # dugaan korupsi` places it, and `jalan yang rusak` describes it)
        return False
    if "yang" in words[1:]:  # `program "X" yang selama ini digaungkan kementerian`: a clause qualifying the head
        at = words.index("yang", 1)
        if at + 1 < len(words) and words[at + 1].lower() in cue_sets()["verbs"]:
            return False  # `menepis tudingan yang menyebut P`: the head carries a claim of its own
        words = words[:at]
    return not any(
        w.islower() and (verb_like(w) or len(w) > 5 and w.startswith(("di", "ter")) and w not in TER_NOUNS)
        # `kewenangan KPI dalam menangani sengketa`, `pengunduran dirinya … setelah menjabat`: an adjunct's verb;
        # `rencana mengambil alih kendali …`: what is planned, the noun's complement
        and not (i > 0 and (words[i - 1] in ADJUNCT_WORDS or i == 1 and words[0].lower() in PLAN_HEADS))
        for i, w in enumerate(words))


def _relative_antecedent(text: str, lo: int, comma: int) -> Mention | None:
    """The name or role closing the chunk before `, yang <cue>` (`…, Hasnah (47), yang menyebut P`)."""
    start = max(lo, text.rfind(",", lo, comma) + 1)
    end = comma
    age = RE_TRAILING_AGE.search(text, start, end)
    if age is not None:
        end = age.start()
    for w in RE_PLAIN_WORD.finditer(text, start, end):
        m = parse_mention(text, w.start(), end)
        if m is not None and m.end >= end and m.kind_hint != "pronoun" and (
                m.name_start is not None or m.kind_hint in ("role", "organization")):
            return m
    return None


def _list_subject(text: str, start: int, dan: int, last: Mention) -> Mention | None:
    """`AS, Inggris, Korea Selatan dan Jepang mengatakan`: every item a name, the list speaks as one.

    Items are read back from `dan`; an opening connective (`Sementara itu, Inggris, Prancis dan Jerman`)
    ends the list, a role phrase (`Direktur Jenderal A dan B X` is one role) rejects it."""
    first = None
    end = dan
    while end > start:
        comma = text.rfind(",", start, end)
        s, e = strip_span(text, comma + 1 if comma != -1 else start, end)
        m = parse_mention(text, s, e) if e > s else None
        bare = m is not None and m.name_start is not None and m.end == e and m.role_start is None and word_count(text, s, e) <= 3
        if not bare:
            opener = text[s:e].split()[0].lower() if e > s else ""
            if first is None or opener not in load_set("connectives"):
                return None
            break
        first = s
        if comma == -1:
            break
        end = comma
    if first is None:
        return None
    return Mention(first, last.end, first, last.end, None, None, last.kind_hint)


#: the label after `sebagai`: a quoted phrase, then what follows it
RE_LABEL_AFTER_SEBAGAI: Final = regex.compile(r"\s*(?:\p{L}+\s+){0,2}?[\"“'‘](?P<label>[^\"”'’]{1,80})[\"”'’]")
MAX_NAMING_LABEL_WORDS: Final[int] = 2
#: the words giving a label's reason, which leave it a label (`… "karang tulang" karena warnanya putih`)
REASON_WORDS: Final = frozenset({"karena", "sebab", "lantaran"})
#: a label given straight to a thing pointed at, or to nothing (`menyebut fenomena itu "karang tulang"`, `menyebutnya
#: "rumah hantu"`)
RE_POINTED_LABEL: Final = regex.compile(
    r"\s*(?:(?:\p{L}+\s+){0,2}(?:itu|ini|tersebut)\s+)?[\"“'‘](?P<label>[^\"”'’]{1,80})[\"”'’]")
RE_ANY_MARK: Final = regex.compile(r"[\"“”'‘’«»]")


def _press_or_outlet(text: str, s: int, e: int) -> bool:
    """`wartawan`, `awak media`, `Reuters`: whom a speaker tells for the news, never part of what was said."""
    if text[s:e].lower() in load_set("press") or text[s:e].lower() == "awak media":
        return True
    m = parse_mention(text, s, e)
    return m is not None and m.kind_hint == "media" and m.end == e


def _judgement_after(text: str, pos: int, end: int) -> bool:
    """`menyebut peluncuran itu sebagai "tindakan provokasi yang jelas"`: a quoted judgement of several words is
    speech; a short label (`sebagai 'tikungan maut'`, `sebagai "prioritas utama"`) only names."""
    if not RE_ANY_MARK.search(text, pos, end):
        return word_count(text, pos, end) > MAX_NAMING_LABEL_WORDS  # `sebagai pelanggaran terang-terangan …`: a judgement
    m = RE_LABEL_AFTER_SEBAGAI.match(text, pos, end)
    if m is None:
        return False
    # a label the sentence goes on to qualify (`sebagai "terorisme ekonomi" yang melanggar hukum …`, `sebagai "simbol
    # kemitraan" Jepang dan Indonesia`), or one a noun introduces (`sebagai bentuk "sensor berlebihan"`) is a judgement;
    # a reason or a time after it (`sebagai 'tikungan maut' karena …`, `sebagai "prioritas utama" tahun ini`) leaves it
    # a name
    return not _label_only(text, m, end) or RE_PLAIN_WORD.search(text, pos, m.start("label") - 1) is not None


def _label_only(text: str, m: regex.Match, end: int, clause_after: bool = True) -> bool:
    """A short quoted label that nothing after it qualifies, bar a reason, a time or a gloss after a comma (and,
    with clause_after, another clause)."""
    tail = RE_PLAIN_WORD.search(text, m.end(), end)
    if tail is not None and "," in text[m.end():tail.start()]:
        tail = None  # `sebagai "galodo", istilah lokal untuk …`: a gloss of the name set off by a comma
    word = tail.group().lower() if tail is not None else None
    return (word_count(text, m.start("label"), m.end("label")) <= MAX_NAMING_LABEL_WORDS
            and (word is None or word in (load_set("subordinators") if clause_after else REASON_WORDS)
                 or word in load_set("time_openers") or word in load_set("time_nouns")))


#: how far into the content an auxiliary may stand to mark it as a clause (`berjanji keputusan soal sanksi akan …`)
MAX_SUBJECT_WORDS_BEFORE_AUXILIARY: Final[int] = 6
MAX_SHORT_RELATIVE_WORDS: Final[int] = 2  # a relative clause a named subject may carry without a marked clause
MAX_RELATIVE_WORDS: Final[int] = 5  # words a `yang` clause adds to a subject before its auxiliary
#: a passive verb (`didaftarkan`, `ditangkap`, `terjual`)
RE_PASSIVE_VERB: Final = regex.compile(r"(?:di|ter)\p{Ll}{4,}")


def _clause_follows(text: str, pos: int, end: int, subject_verb: bool = True) -> bool:
    """A noun subject and then an auxiliary: the verb's object is a whole clause (`berjanji keputusan itu akan diambil`)."""
    words = [w.lower() for w in RE_PLAIN_WORD.findall(text, pos, min(end, pos + 120))]
    # `setidaknya 11 acara yang dipesan melalui Kirana tidak pernah dibayar`: a relative clause lengthens the subject
    reach = MAX_SUBJECT_WORDS_BEFORE_AUXILIARY + 1 + (MAX_RELATIVE_WORDS if "yang" in words[1:4] else 0)
    words = words[:reach]
    if len(words) > 2 and words[0] in PREDICATE_WORDS and words[1] == "ada":
        return True  # `melihat masih ada celah diplomasi`: an existential clause
    demonstrative = next((i for i, w in enumerate(words[1:3], 1) if w in DEMONSTRATIVES), None)
    if demonstrative is not None and demonstrative + 1 < len(words) and not verb_like(words[0]) and (
            verb_like(words[demonstrative + 1]) or RE_PASSIVE_VERB.fullmatch(words[demonstrative + 1])):
        return True  # `membenarkan gugatan tersebut didaftarkan secara elektronik`: a subject, then its verb
    return len(words) > 1 and not words[0].startswith(("me", "ber", "di")) and (
        not PREDICATE_WORDS.isdisjoint(words[1:])
        # `bersikeras anaknya hanya disuruh mengantar barang`: a possessed subject, then its verb
        or words[0].endswith("nya") and any(verb_like(w) or len(w) > 5 and w.startswith("di") for w in words[1:4])
        or any(w in ASPECT_WORDS and words[i] not in ("di", "ke", "dari", "pada") for i, w in enumerate(words[1:]))
        # `khawatir ujian nasional kembali memicu praktik …`: a noun subject, then its own me- verb
        # (a verb after `untuk`, `dalam`, `setelah` opens an adjunct: `melanjutkan mogok kerja untuk menuntut …`)
        or subject_verb and not verb_like(words[0]) and any(
            w.startswith(("me", "ber")) and verb_like(w) and words[i - 1] not in ADJUNCT_WORDS
            for i, w in enumerate(words[2:], 2)))


def _agent_then_verb(text: str, pos: int, end: int) -> bool:
    """`mendorong pemerintah menyusun standar …`, `mendorong Polri memperluas …`: one word naming who is urged, then
    the me- verb of what they should do (`mendorong inflasi meningkat` urges no one)."""
    words = RE_PLAIN_WORD.findall(text, pos, min(end, pos + 60))[:2]
    if len(words) < 2 or not (words[1].startswith("me") and verb_like(words[1].lower())):
        return False
    v = _vocab()
    low = words[0].lower()
    return is_capitalized(words[0]) or low in v["orgs"] or low in v["groups"] or low in v["person_nouns"]


def _subject_before(text: str, start: int, comma: int, cue: int) -> bool:
    """`Kepala X, Hartono, menjelaskan …`: everything before the comma is the cue verb's subject."""
    subject = parse_subject(text, start, cue)
    if subject is None:
        return False
    rest = text[subject.end:comma].strip(" )")
    if rest.startswith(",") and all(RE_DEGREE.fullmatch(chunk.strip()) for chunk in rest[1:].split(",") if chunk.strip()):
        rest = ""  # `Camat X, Drs. Wahyu Setiadi, M.Si., menegaskan …`: degrees after the name
    if not rest or RE_NICKNAME_TAIL.match(text, subject.end, comma):
        return True  # (`…, Wahyu Nugroho alias Gembong, mengatakan`: the name he goes by closes the subject)
    opener = RE_PLAIN_WORD.search(rest)
    if rest.startswith(",") and opener is not None and opener.group().lower() in APPOSITIVE_OPENERS:
        return True  # `Rendy, yang akrab disapa Bang Ren, melaporkan Vania`: an appositive, then the cue verb
    if rest.startswith(",") and RE_OCCASION_CHUNK.fullmatch(rest[1:].strip()):
        return True  # `Budi, saat ditemui di lokasi, mengatakan …`: when or how the subject spoke
    if rest.startswith(",") and subject.name_start is not None \
            and role_appositive(text, text.index(",", subject.end) + 1, comma, before_cue=True) is not None:
        return True  # `Hendra, penumpang tujuan Makassar, mengatakan ia …`: a named subject and its role
    # `Keluarga seorang bayi di Kabupaten X, Sumatera Selatan, melaporkan …`: a province closes the subject
    places = load_set("places")
    return rest.startswith(",") and all(w[:1].isupper() and w.lower() in places for w in rest.lstrip(", ").split())


def _object_noun(text: str, cue_end: int, mention_start: int) -> bool:
    """A report noun between a me- cue and the source it names (`menegaskan data penerima PKH`): the verb's
    object (but `menurut data BPS` names a source)."""
    first = RE_FAST_WORD.search(text, cue_end, mention_start)
    return first is not None and first.group().lower() in load_set("source_nouns")


def _speaker_inside(text: str, ss: int, end: int, sent_words: list[tuple[int, int, str]], verbs: frozenset[str]) -> bool:
    """A cue verb with a subject before `end`: the sentence names its own speaker."""
    return any(w[2] in verbs and w[1] <= end and (subject := parse_subject(text, _clause_start(text, ss, w[0]), w[0]))
               is not None and subject.kind_hint != "thing" for w in sent_words)


def _content_follows(text: str, pos: int, end: int) -> bool:
    """Words after a trailing me- cue's "mention" that read as a clause, not as adjuncts (`di Jakarta, Senin`)."""
    gloss = RE_TRAILING_GLOSS.match(text, pos, end)
    if gloss is not None:
        pos = gloss.end()  # `menurut … Komisi Pemilihan Umum Pakistan (ECP) pada Senin`: the gloss is the name's
    m = RE_FAST_WORD.search(text, pos, end)
    if m is None or m.group().lower() in load_set("mention_stops"):
        return False
    return word_count(text, pos, end) >= MIN_INDIRECT_WORDS


def _speech_verb_in(text: str, s: int, e: int) -> bool:
    cues = cue_sets()
    return any(w.lower() in cues["verbs"] or w.lower() in cues["trailing"] for w in RE_PLAIN_WORD.findall(text, s, e))


def _clause_start(text: str, ss: int, cue: int) -> int:
    """Start of the clause holding the cue: after `, sementara` and the like, else the sentence start."""
    last = ss
    for m in RE_CLAUSE_BREAK.finditer(text, ss, cue):
        last = m.end()
    return last


def _content_end(text: str, cs: int, ce: int) -> int:
    """Where reported content ends: before `, sementara B menilai …`, a clause with a speaker of its own;
    a contrast without a speech verb (`…, sementara batas harga hanya naik 5 persen`) is still the speaker's."""
    end = ce
    for m in RE_CLAUSE_BREAK.finditer(text, cs, ce):
        if m.group().strip(",; ").startswith(("sementara", "sedangkan")) and not _speech_verb_in(text, m.end(), ce):
            continue
        end = m.start()
        break
    while end > cs and text[end - 1] in " .!?\n":
        end -= 1
    return end
