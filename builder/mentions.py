"""Read the noun phrase that names a source next to a cue (ANNOTATION.md §4).

A mention is split into the role words before it (`Penasihat Kebijakan Luar
Negeri Kremlin`) and the name (`Yuri Ushakov`); a phrase with no name is a role
noun (`Presiden Rusia itu`) or an organisation (`Kementerian Luar Negeri Rusia`).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

import regex

from builder.lexicon import load_list, load_set

RE_TOKEN: Final = regex.compile(r"[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*")
DEMONSTRATIVES: Final = frozenset({"itu", "tersebut", "ini"})
PORTFOLIO_CONJUNCTIONS: Final = frozenset({"dan", "serta"})
#: a capitalised abstract noun (`Keamanan`, `Perdamaian`, `Pembangunan`): a portfolio, never a person's name
RE_NOMINALISATION: Final = regex.compile(r"(?:Ke|Pe[rmn]?|Peng|Peny)\p{Ll}{3,}an")
#: stop words that are also surnames when capitalised before another name word (`ujar Yang Min-seok`)
NAME_LIKE_STOPS: Final = frozenset({"Yang"})
#: an office whose name lists its fields with commas (`Badan Meteorologi, Klimatologi, dan Geofisika`)
RE_COMMA_ORG: Final = regex.compile(
    # `Kepala Badan Standar, Kurikulum, dan Asesmen …`, `Sekretaris Jenderal Serikat …`
    r"(?:(?:Kepala|Ketua|Direktur|Sekretaris|Deputi|Menteri)(?: Jenderal| Umum| Eksekutif)? )?"
    r"(?=\p{Lu})(?:(?i:Badan|Kementerian|Kemenko|Bidang|Pusat|Lembaga|Dinas|Komisi|Direktorat|Departemen|Koordinator"
    r"|Asosiasi|Federasi|Gabungan|Persatuan|Perhimpunan|Himpunan|Ikatan|Yayasan|Organisasi"  # (`KEMENTERIAN …` in a lead)
    r"|(?<!\S)Menteri)"  # (`Menteri Lingkungan, Urbanisasi, dan Perubahan Iklim Turki`: the minister's fields)
    # a union or an alliance opening its own name (`Serikat Praktisi Medis, Farmasi, dan Dokter Gigi Kenya`), not one
    # inside a longer office (`Pimpinan Unit Kerja Serikat Pekerja Tekstil, Sandang, dan Kulit`); its officer's title
    # may stand first (`Sekretaris Jenderal Serikat …`)
    r"|(?:(?<!\p{Lu}\p{L}* )|(?<=\b(?:Jenderal|Umum|Ketua|Kepala|Sekretaris|Direktur|Presiden) ))"
    r"(?:Serikat|Konfederasi|Koalisi|Aliansi))"
    r"(?: \p{Lu}[\p{L}-]*)+(?:, \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})+,? dan \p{Lu}[\p{L}-]*"
)  # (an item may hold up to three words: `Dinas Kesehatan, Pengendalian Penduduk dan Keluarga Berencana`)
OPENING_QUOTES: Final = frozenset({'"', "“", "'", "‘"})
APOSTROPHES: Final = frozenset({"'", "’"})
TITLE_MARKS: Final = frozenset({'"', "“", "”"})  # double marks around a title inside a subject
CLOSING_QUOTES: Final = frozenset({'"', "”", "'", "’"})
#: the rest of a quoted nickname: its closing mark, then the name goes on (`"Ucok" Siregar`)
RE_QUOTED_NICKNAME_END: Final = regex.compile(r"[\"”'’] \p{Lu}")
#: `Pedagang lain`, `penumpang lainnya`: one more unnamed person of a kind already heard
OTHER_WORDS: Final = frozenset({"lain", "lainnya"})
#: a word joining two titles of one person (`Co-founder sekaligus CEO KirimAja X`)
TITLE_CONJUNCTIONS: Final = frozenset({"sekaligus", "merangkap"})
#: lower-case words inside a capitalised name (`Abdullah bin Zayed`, `Center of Reform on Economics`)
CONNECTORS: Final = frozenset({"bin", "binti", "boru", "br", "van", "der", "de", "da", "al", "el", "von", "ap", "la", "le",
                               "del", "della", "dello", "delle", "dei", "degli", "du", "des", "do", "dos",
                               "of", "on", "for", "and", "the", "untuk"})  # (`La Gazzetta dello Sport`)
#: a broadcaster's legal name (`Lembaga Penyiaran Publik TVRI`)
BROADCASTER_HEAD: Final = ("lembaga", "penyiaran")
#: the connectors of English names (`Institute for the Study of War`)
ENGLISH_CONNECTORS: Final = frozenset({"of", "on", "for", "and", "the"})
MAX_MENTION_TOKENS: Final[int] = 12
#: `berinisial RS`: a person the article names only by initials (crime and court news)
RE_INITIALS_NAME: Final = regex.compile(r"\s+(?:ber)?inisial\s+(?P<name>\p{Lu}{1,4}(?:\.\p{Lu}){0,3})\b")
#: quantifiers of one person (`Seorang warga`): the phrase names a person, not a group
SINGULAR_QUANTIFIERS: Final = frozenset({"seorang"})
#: place-type words: the next word is a place, never a name (`Kota Cilegon`)
#: the office of a title holder speaks as an organisation (`Kantor Staf Presiden`), unlike `kantor berita`
OFFICE_HEAD: Final = "kantor"
#: heads of a team named only by what it does (`Tim pemantau`, `Satgas gabungan`): a group
TEAM_HEADS: Final = frozenset({"tim", "satgas", "panitia", "regu"})
#: collectives that speak as an organisation when named (`Kelompok suporter Laskar Bahari`), as a group when not
COLLECTIVE_HEADS: Final = frozenset({"kelompok", "komunitas", "paguyuban", "perkumpulan", "koalisi", "aliansi"})
GROUP_HEADS: Final = TEAM_HEADS | COLLECTIVE_HEADS
#: nouns that only say what kind of body the name after them is (`Organisasi lingkungan Greenpeace Brasil`), unlike
#: a unit of it (`Misi pemantau OAS`)
CLASS_NOUNS: Final = frozenset({"organisasi", "lembaga", "perusahaan", "yayasan", "lsm", "partai", "fraksi"})
#: occupations that also open a unit's name (`Penjaga Pantai Jeju` is the coast guard, `Pemadam Kebakaran X`)
UNIT_OCCUPATIONS: Final = frozenset({"penjaga", "pemadam", "polisi", "pasukan"})
#: natural features whose name follows them (`Pantai Kuta`, `Sungai Musi`): a place, never a person's name
GEOGRAPHIC_FEATURES: Final = frozenset({"sungai", "danau", "gunung", "pantai", "pulau", "teluk", "selat", "bukit", "lembah"})


def occupation_opens(lows: list[str]) -> bool:
    """`Petani Budi Santoso`: an occupation opens the phrase and a name follows (not a unit, `Penjaga Pantai Jeju`,
    nor a place, `Pengunjung Pantai Kuta`)."""
    v = _vocab()
    return lows[0] in v["occupations"] and lows[0] not in UNIT_OCCUPATIONS and lows[1] not in v["known"] \
        and lows[1] not in GEOGRAPHIC_FEATURES


#: class nouns that never open a body's own name, even capitalised (`Maskapai Icelandair` is Icelandair)
CLASS_ONLY_HEADS: Final = frozenset({"maskapai", "emiten"})
#: title words that are also given names (`Lukman Hakim Siregar`): inside a name they are name words
NAME_LIKE_TITLES: Final = frozenset({"hakim", "raja", "ratu", "sultan"})
#: words that close a company's name (`Tsingshan Holding Group`, `Astra International Tbk`, `Lumora AI`)
COMPANY_TAILS: Final = frozenset({"group", "grup", "holding", "holdings", "corporation", "corp", "inc", "ltd", "limited",
                                   "tbk", "company", "ai", "labs", "technologies", "systems", "management", "capital",
                                   "securities", "partners", "investments", "spa", "plc", "llc", "gmbh", "bhd", "airlines",
                                   "airways", "mining", "resources", "minerals", "lithium"})
#: English words that close a non-profit's or a body's name (`Setara Institute`, `Indonesia Corruption Watch`)
ORG_TAILS: Final = frozenset({"institute", "watch", "foundation", "center", "centre", "council", "network", "alliance",
                              "coalition", "initiative", "society", "forum", "international", "commission", "committee"})
#: last words that make a name an outlet's (`Oman News Agency`, `The Jakarta Post`)
MEDIA_TAILS: Final = frozenset({"agency", "news", "press", "times", "post", "tribune", "herald", "gazette", "journal"})
#: a relative clause giving a group's chosen name (`yang menamakan diri "NOVAnation Union"`)
RE_SELF_NAMED: Final = regex.compile(
    r"[^,.]{0,40}? yang menamakan (?:diri(?:nya)? )?(?:sebagai )?[\"“](?P<name>[^\"”\n]{2,40})[\"”]")
MAX_ALIAS_WORDS: Final[int] = 5  # words of an organisation's other name after `atau`
#: a federation's or party's board (`Pengurus Besar`, `Pengurus Pusat`, `Pengurus Daerah`): the organisation itself
BOARD_HEAD: Final = "pengurus"
BOARD_LEVELS: Final = frozenset({"besar", "pusat", "daerah", "wilayah", "cabang", "provinsi"})
#: the nouns besides the media heads (`Kantor`, `Surat`) that open an outlet's description, not its name
#: (`Kantor Berita`, `Surat Kabar`)
MEDIA_NOUNS: Final = frozenset({"berita", "kabar"})
#: another name given after the name (`Bambang Setiawan atau akrab disapa Mang Bembeng`)
#: (`Abdul Rahman alias Daeng Rahman`)
NICKNAME_GIVEN: Final[str] = r"(?:yang\s+)?(?:akrab\s+|biasa\s+)?(?:disapa|dipanggil)"
RE_NICKNAME_TAIL: Final = regex.compile(r"\s+(?:atau\s+" + NICKNAME_GIVEN + r"|alias)\s+[^,]+$")
#: prepositions opening a place adjunct before the subject (`Di Temanggung, Jawa Tengah, …`)
LOCATIVE_OPENERS: Final = frozenset({"di", "dari"})
#: parties to a criminal case, whom the press names by initials (`tersangka AS`, `terdakwa RF`)
CASE_PARTIES: Final = frozenset({"tersangka", "terdakwa", "terpidana", "pelaku"})
RE_INITIALS: Final = regex.compile(r"\p{Lu}{2,4}")
#: common nouns of a printed outlet, followed by its name (`harian Jawa Pos`, `surat kabar Kompas`)
PRINT_MEDIA_HEADS: Final = frozenset({"harian", "koran", "majalah", "tabloid"})
#: two-word common nouns of an outlet (`surat kabar Tribun Medan`, `kantor berita pemerintah AKP`)
PAIRED_MEDIA_HEADS: Final = {"surat": "kabar", "kantor": "berita"}
#: words that end a print outlet's name after a place (`Jawa Pos`, `Jakarta Globe`, `Bangkok Post`)
PRINT_NAME_TAILS: Final = MEDIA_TAILS | {"pos", "globe"}
#: a word and its number read as one token (`regional 2`, `smpn 13`)
RE_NUMBERED_WORD: Final = regex.compile(r"\p{L}+ \d{1,3}")
#: units named by a number (`RT 03`, `RW 12`)
NUMBERED_UNITS: Final = frozenset({"rt", "rw"})
PLACE_TYPES: Final = frozenset({"kota", "kabupaten", "provinsi", "desa", "kecamatan", "kelurahan", "cabang", "wilayah",
                                "dusun", "kampung", "nagari", "gampong", "kepulauan", "adat", "pekon", "lembang", "distrik"})
#: place types that are also plain modifiers (`Desa Adat Penglipuran`, but `ketua adat`, `tokoh adat`)
MODIFIER_PLACE_TYPES: Final = frozenset({"adat"})
#: titles whose next word is their place or portfolio unless it is the last word
#: (`Kapolres Bogor X`, `Menteri Perhubungan X`, but `Menteri Nadiem`)
#: a judge's seat on the bench: its `ketua` takes no argument (`Hakim ketua Dang Thi Thu`)
BENCH_TITLES: Final = frozenset({("hakim", "ketua"), ("hakim", "anggota")})
#: titles whose argument is a portfolio (`Menteri Keuangan`), never an unknown word
PORTFOLIO_TITLES: Final = frozenset({"menteri", "menko", "wamen"})
#: a noun derived with ke-an or pe(N)-an (`kenaikan`, `pembangunan`): an abstract thing, never a name
DERIVED_NOUN: Final[str] = r"(?:ke|pe|per|pen|pem|peng|peny)\p{Ll}{3,}an"
#: a portfolio written as such a noun (`Kehakiman`, `Perhubungan`)
RE_PORTFOLIO_NOUN: Final = regex.compile(DERIVED_NOUN)
ROLE_ARGUMENT_HEADS: Final = frozenset({"kepala", "ketua", "direktur", "sekretaris", "rektor", "dekan",
                                "koordinator", "komandan", "fraksi", "menteri", "menko", "wamen", "kementerian",
                                "dinas", "gubernur",
                                "pt", "perum", "bank", "universitas", "partai", "badan", "lembaga", "komisi",
                                "serikat", "asosiasi", "organisasi", "federasi", "persatuan", "himpunan", "ikatan",
                                "bupati", "walikota", "kapolres", "kapolresta", "kapolrestabes", "kapolda", "kapolsek",
                                "camat", "lurah", "dprd", "polres",
                                "polda", "polsek", "kejari", "kejati", "pelatih", "manajer", "kapten", "pemimpin",
                                "ekonom", "pengamat", "peneliti", "pakar", "ahli", "analis", "dosen", "ceo", "cto", "cfo",
                                "coo", "founder", "co-founder", "pendiri", "komisaris", "presdir", "dirut", "profesor",
                                "head", "chief", "director", "manager", "officer"})
#: second words that make a head a rank written right before the name (`Komisaris Besar Bayu Aji Santoso`), not a
#: title with an argument (`Komisaris PT X`)
RANK_TAILS: Final = frozenset({"besar", "jenderal", "polisi"})
MENTION_WINDOW: Final[int] = 160  # characters: a mention is never longer
MAX_LOWER_ROLE_WORDS: Final[int] = 5  # `pegiat hak asasi manusia X`: lower-case role words before a name
PAREN_TOKENS: Final[int] = 6  # words a parenthesised gloss inside a mention may hold
RE_PAREN_GROUP: Final = regex.compile(r"\([^()]{0,80}\)")
RE_TRAILING_PAREN: Final = regex.compile(r"\s*\([^()]{0,80}\)$")


@dataclass(frozen=True, slots=True)
class Mention:
    """A source noun phrase: offsets of the whole phrase, and of its name part if any."""

    start: int
    end: int
    name_start: int | None
    name_end: int | None
    role_start: int | None
    role_end: int | None
    kind_hint: str  # person | organization | media | group | pronoun | role


@cache
def _vocab() -> dict[str, frozenset[str]]:
    titles = load_set("titles")
    places = load_set("places")
    orgs = load_set("organizations")
    groups = load_set("groups")
    media_words = frozenset(w for e in load_list("media") for w in e.lower().split())
    org_heads = load_set("org_heads") | COLLECTIVE_HEADS
    media_heads = frozenset({
        "kantor", "media", "harian", "surat", "stasiun", "koran", "majalah", "situs", "laman", "portal", "televisi",
        "tabloid",
    })
    descriptors = (titles | places | groups | org_heads | media_heads | load_set("bodies") | DEMONSTRATIVES
                   | {"berita", "kabar", "penyiaran"})
    return {
        "titles": titles, "places": places, "orgs": orgs, "groups": groups, "media_words": media_words,
        "org_heads": org_heads, "media_heads": media_heads, "descriptors": descriptors,
        "pronouns": load_set("pronouns"), "stops": load_set("mention_stops"), "quantifiers": load_set("quantifiers"),
        "time_nouns": load_set("time_nouns"), "adverbs": load_set("adverbs"),
        "source_nouns": load_set("source_nouns"), "media": load_set("media"), "connectives": load_set("connectives"),
        "time_openers": load_set("time_openers"), "anonymous": load_set("anonymous_sources"),
        "person_nouns": load_set("person_nouns"),
        "occupations": load_set("occupations"),
        "name_openers": load_set("name_openers"),
        "honorifics": load_set("abbreviations") & titles,  # `dr`, `Hj`, `Prof`: written before a name
        "known": orgs | places | descriptors,  # words that are no part of a person's name
        # words a report's modifiers never hold: the source's own head (`laporan kantor berita KCNA`)
        "report_stops": titles | groups | org_heads | media_heads | load_set("mention_stops") | load_set("bodies"),
        "not_first": load_set("mention_stops") | load_set("adverbs") | load_set("openers") | load_set("source_nouns"),
    }


#: a reduplicated noun: a plural (`badan-badan`, `lembaga-lembaga`)
RE_PLURAL: Final = regex.compile(r"(\p{L}+)-\1")


def is_plural_head(tok: str) -> bool:
    """`Badan-badan`, `Lembaga-lembaga`: the plural of an organisation, group or occupation noun."""
    m = RE_PLURAL.fullmatch(tok.lower())
    if m is None:
        return False
    v = _vocab()
    base = m.group(1)
    return base in v["org_heads"] or base in v["groups"] or base in v["occupations"] or base in v["person_nouns"]


#: long me-/ber- words that are no verbs (`para menteri`, `berbagai pihak`, `melalui`)
ME_BER_NON_VERBS: Final = frozenset({"menteri", "mereka", "memang", "melalui", "mengenai", "menjelang", "merdeka", "berita",
                                     "berkas", "bersama", "berbagai", "berupa", "beserta"})


def verb_like(word: str) -> bool:
    """`mengatakan`, `bertahan`: a me-/ber- verb; short words (`merah`, `beras`, `media`) are nouns and adjectives."""
    return len(word) > 5 and word.startswith(("me", "ber")) and word.lower() not in ME_BER_NON_VERBS


def is_capitalized(tok: str) -> bool:
    """`Budi`, an Arabic surname after its article (`al-Rashid`), and a brand's camel case (`eSafety`)."""
    return tok[:1].isupper() or tok[:3] in ("al-", "el-") and tok[3:4].isupper() or tok[1:2].isupper() and len(tok) > 2


def _abbreviation(tok: str) -> bool:
    return len(tok) == 1 and tok.isupper() or tok.lower() in load_set("abbreviations")


def _age_at(toks: list[tuple[int, int, str]], j: int) -> bool:
    """`32 tahun` in `Aktor 32 tahun itu`: an age inside a role phrase, read as its words."""
    return toks[j][2].isdigit() and j + 1 < len(toks) and toks[j + 1][2] == "tahun"


def _printed_outlet(text: str, toks: list[tuple[int, int, str]], i: int) -> Mention | None:
    """`Harian Pos Kupang`, `harian Jawa Pos`, `surat kabar Tribun Medan`: after a print outlet's common noun every
    capitalised word is the outlet's name, places included."""
    head = toks[i][2].lower()
    if head not in PRINT_MEDIA_HEADS and head not in PAIRED_MEDIA_HEADS or toks[i][2] == "Koran":
        return None  # (`Koran Tempo`, `Koran Sindo`: the name itself)
    v = _vocab()
    j = i + 1
    if head in PAIRED_MEDIA_HEADS and j < len(toks) and toks[j][2].lower() == PAIRED_MEDIA_HEADS[head] \
            and not text[toks[i][1]:toks[j][0]].strip() and (head == "surat" or toks[j][2].islower()):
        j += 1  # `surat kabar`, `kantor berita` (but `Kantor Berita Pusat Korea` is a name)
    elif head in PAIRED_MEDIA_HEADS:
        return None
    m = j
    while m < len(toks) and m - j < 2 and toks[m][2].islower() and toks[m][2] not in v["stops"] \
            and not verb_like(toks[m][2]) and not text[toks[m - 1][1]:toks[m][0]].strip():
        m += 1  # `surat kabar pemerintah Global New Light of Myanmar`: the outlet's own modifiers
    appositive = False
    if m > j and m < len(toks) and is_capitalized(toks[m][2]):
        appositive = text[toks[m - 1][1]:toks[m][0]].strip() == ","  # `kantor berita milik pemerintah, Anadolu`
        j = m
    while (j + 1 < len(toks) and ((country := toks[j][2].lower()) in v["places"] or country in v["orgs"])
           and is_capitalized(toks[j][2]) and (is_capitalized(toks[j + 1][2]) or toks[j + 1][2] in v["media"])
           and toks[j + 1][2].lower() not in PRINT_NAME_TAILS):
        # `Harian Israel Haaretz`, `kantor berita Korea Utara KCNA`: the country is the outlet's, not its name
        # (but `Jawa Pos`, `Jakarta Globe`); an outlet may write its name in lower case (`kantor berita Jerman dpa`)
        j += 1
    k = j
    while k < len(toks) and ((is_capitalized(toks[k][2]) or k == j and toks[k][2] in v["media"])
                             and toks[k][2].lower() not in v["stops"]
                             or k > j and toks[k][2] in CONNECTORS and k + 1 < len(toks)
                             and is_capitalized(toks[k + 1][2])) \
            and (not text[toks[k - 1][1]:toks[k][0]].strip() or k == j and appositive):
        k += 1  # (`Global New Light of Myanmar`: an English connector inside the name)
    if k == j:
        return None
    return Mention(toks[i][0], toks[k - 1][1], toks[j][0], toks[k - 1][1], toks[i][0], toks[j - 1][1], "media")


#: an online account named by its handle or chosen name (`akun X @secwatch_id`, `akun bernama "ShadowKite"`,
#: `Penjual dengan nama pengguna NusaLeaks`, `penjual yang menggunakan nama "DarkPanda"`): the handle or name is
#: the source
RE_ACCOUNT_NAME: Final = regex.compile(
    r"(?:(?i:akun)(?: [\p{L}\p{N}]+){0,3}? (?P<name>@[\w.]+)"
    r"|(?i:akun) (?:bernama|dengan nama) [\"“]?(?P<name>\p{Lu}[\w.-]*)[\"”]?"
    r"|(?:\p{L}+ )?(?:(?:dengan |yang (?:menggunakan|memakai) )(?i:nama pengguna|username|nama)|(?i:nama pengguna|username))"
    r" [\"“]?(?P<name>@?[\p{L}\p{N}][\w.-]*)[\"”]?)"
)
#: words one of which every account phrase holds early (a cheap test before the patterns)
ACCOUNT_WORDS: Final = frozenset({"akun", "nama", "username"})
#: `Akun itu`, `akun tersebut`: the account named before
RE_ACCOUNT_ANAPHOR: Final = regex.compile(r"(?i:akun) (?:itu|tersebut|ini)\b")


#: a grade or rank written as a Roman numeral (`eselon I`, `Komisi IX`)
RE_ROMAN_NUMERAL: Final = regex.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
#: words that open a body's local unit after its acronym (`BMKG Stasiun Meteorologi Minangkabau`, `BPOM Balai Besar X`)
BRANCH_HEADS: Final = frozenset({"stasiun", "balai"})
#: a passive verb after `yang` in a report phrase (`hasil yang diumumkan`, `data yang dirilis`)
RE_PASSIVE_PREFIX: Final = regex.compile(r"di\p{Ll}{4,}")
MAX_REPORT_MODIFIERS: Final[int] = 3  # lower-case words between a report noun and its source (`hasil hitung cepat resmi`)


def parse_mention(text: str, pos: int, end: int) -> Mention | None:
    """The source noun phrase starting at text[pos:] (after skipping `oleh` and report nouns), with the seat of an
    office abroad or in a region (`Kedutaan Besar Jepang di Ulaanbaatar`)."""
    m = _parse_mention(text, pos, end)
    if m is None or m.kind_hint != "organization" or m.name_start != m.start or m.name_end != m.end:
        return m
    seat = seat_end(text, m.start, m.end, end)
    return m if seat is None else Mention(m.start, seat, m.start, seat, m.role_start, m.role_end, m.kind_hint)


def seat_end(text: str, start: int, end: int, limit: int) -> int | None:
    """Where the seat written after an office's name (text[start:end]) ends, or None when none is written."""
    if not text.startswith(" di ", end) or RE_TOKEN.match(text, start).group().lower() not in SEATED_HEADS:
        return None
    seat = RE_OFFICE_SEAT.match(text, end, limit)
    return seat.end() if seat is not None else None


def _parse_mention(text: str, pos: int, end: int) -> Mention | None:
    v = _vocab()
    end = min(end, pos + MENTION_WINDOW)
    toks = [(m.start(), m.end(), m.group()) for m in RE_TOKEN.finditer(text, pos, end)]
    # only blanks and commas may stand before the phrase; `oleh` and report nouns are skipped
    if not toks or text[pos:toks[0][0]].strip(" ,:"):
        return None
    account = (RE_ACCOUNT_NAME.match(text, toks[0][0], end) or RE_ACCOUNT_ANAPHOR.match(text, toks[0][0], end)) \
        if any(t[2].lower() in ACCOUNT_WORDS for t in toks[:5]) else None
    if account is not None:
        named = account.re is RE_ACCOUNT_NAME
        return Mention(account.start(), account.end(), account.start("name") if named else None,
                       account.end("name") if named else None, None, None, "unknown")
    i = 0
    while i < len(toks) and toks[i][2].lower() in ({"oleh"} | v["source_nouns"]):
        i += 1
    if 0 < i < len(toks) and toks[i - 1][2].lower() in v["source_nouns"]:
        # `menurut hasil hitung cepat resmi Dewan Pemilihan Nasional`, `data terbaru BPS`: the report's own
        # modifiers stand between it and its source
        j = i
        while j < len(toks) and j - i < MAX_REPORT_MODIFIERS and toks[j][2].islower() \
                and toks[j][2] not in v["report_stops"] and not verb_like(toks[j][2]):
            j += 1
        if j + 2 < len(toks) and toks[j][2] == "yang" and RE_PASSIVE_PREFIX.match(toks[j + 1][2]):
            j += 2  # `menurut hasil tidak resmi yang diumumkan Komisi Pemilihan Umum`: who issued the report
            j += j < len(toks) and toks[j][2] == "oleh"
        if j > i and j < len(toks) and is_capitalized(toks[j][2]):
            i = j
    if i >= len(toks):
        return None
    first = toks[i][2]
    surname = first in NAME_LIKE_STOPS and i + 1 < len(toks) and is_capitalized(toks[i + 1][2]) \
        and not text[toks[i][1]:toks[i + 1][0]].strip()
    # `Wakil Gubernur NTB, Lalu Hamdani Fahrurrozi`: after a comma, a capitalised word that also means `then` or the
    # like opens a name when two more capitalised words follow
    titled_name = (i + 2 < len(toks) and first[:1].isupper() and text[max(0, toks[i][0] - 2):toks[i][0]] == ", "
                   and is_capitalized(toks[i + 1][2]) and is_capitalized(toks[i + 2][2]))
    if first.lower() in v["not_first"] and (first.lower() not in v["quantifiers"] or i + 1 >= len(toks)) and not surname \
            and not titled_name:
        return None
    if first.lower() in v["pronouns"]:
        s, e, _ = toks[i]
        return Mention(s, e, None, None, None, None, "pronoun")
    if first.lower() in load_set("works"):  # `Film dokumenter 'X' memperingatkan …`: a work, no source
        return Mention(toks[i][0], toks[-1][1], None, None, None, None, "thing")
    if first.lower() in v["anonymous"]:  # `sumber di kepolisian`, `Sumber detikcom`: nobody named
        s, e, _ = toks[i]
        nxt = toks[i + 1][2] if i + 1 < len(toks) and not text[e:toks[i + 1][0]].strip() else ""
        if (is_capitalized(nxt) or nxt.lower() in v["media"] or nxt.lower().endswith("com")) and nxt.lower() not in v["stops"]:
            e = toks[i + 1][1]  # `Sumber detikcom`, `Sumber Kompas.com`: the outlet that has the source
        return Mention(s, e, None, None, None, None, "unknown")
    printed = _printed_outlet(text, toks, i)
    if printed is not None:
        return printed
    if (first.lower() in CASE_PARTIES and i + 1 < len(toks) and RE_INITIALS.fullmatch(toks[i + 1][2])
            and (toks[i + 1][2].lower() not in v["orgs"] or toks[i + 1][2].lower() in v["places"])
            and not text[toks[i][1]:toks[i + 1][0]].strip()):
        # `tersangka AS mengaku`: a suspect named by initials, even ones that spell a country
        return Mention(toks[i][0], toks[i + 1][1], toks[i + 1][0], toks[i + 1][1], toks[i][0], toks[i][1], "person")
    describes = first.lower() in v["person_nouns"] or i + 1 < len(toks) and (
        toks[i + 1][2] == "berusia"  # `Penggembala berusia 58 tahun itu`: any noun described by age
        or i + 2 < len(toks) and toks[i + 2][2] == "berusia" and toks[i + 1][2].islower()  # `Perdana menteri berusia …`
        or toks[i + 1][2] == "yang" and any(t[2] in NICKNAME_VERBS for t in toks[i + 2:i + 4]))  # `kiai yang akrab disapa X itu`
    described = _described_person(text, toks, i) if describes else None
    if described is not None:
        return described
    if (first.lower() in v["occupations"] and i + 1 < len(toks) and toks[i + 1][2] in OTHER_WORDS
            and not text[toks[i][1]:toks[i + 1][0]].strip()):
        return Mention(toks[i][0], toks[i + 1][1], None, None, None, None, "person")  # `Pedagang lain`: one more, unnamed
    if (first.lower() in v["occupations"] or first.lower() in v["titles"] or first.lower() in v["org_heads"]
            or first.lower() in TEAM_HEADS or first.lower() in v["media_heads"] or first.lower() in CLASS_NOUNS) \
            and i + 1 < len(toks) \
            and (toks[i + 1][2].islower() or _age_at(toks, i + 1)):
        # `ucap pemain ganda putra Denmark Kasper Lund`, `kata juru bicara junta X`: lower-case role words, then the name
        j = i + 1
        while j < len(toks) and j - i <= MAX_LOWER_ROLE_WORDS and (toks[j][2].islower() or _age_at(toks, j)) \
                and toks[j][2] not in v["stops"] \
                and toks[j][2] not in DEMONSTRATIVES and not verb_like(toks[j][2]) \
                and not (j == i + 1 and toks[j][2] in CONNECTORS) \
                and not text[toks[j - 1][1]:toks[j][0]].strip():
            j += 1  # (`Komisi untuk Orang Hilang`: a connector inside the name, no role word)
        plain = any(toks[x][2] not in v["descriptors"] for x in range(i + 1, j)) or (  # else the phrase parses as it is
            first.lower() in CLASS_NOUNS | COLLECTIVE_HEADS and j < len(toks) and is_capitalized(toks[j][2])
            and toks[j][2].lower() not in v["descriptors"])  # (`Organisasi lingkungan Greenpeace Brasil`: a name after)
        if plain and j < len(toks) and j - i <= MAX_LOWER_ROLE_WORDS and is_capitalized(toks[j][2]) \
                and not text[toks[j - 1][1]:toks[j][0]].strip():
            named = parse_mention(text, toks[j][0], end)
            if (named is not None and named.kind_hint == "organization" and named.role_start is None
                    and first.lower() in v["org_heads"] and first.lower() not in COLLECTIVE_HEADS | CLASS_NOUNS):
                # `Misi pemantau OAS`, `Tim pemantau Uni Eropa`: a body of another organisation speaks as itself
                return Mention(toks[i][0], named.end, toks[i][0], named.end, None, None, "organization")
            if named is not None and named.kind_hint == "organization" and named.role_start is None \
                    and first.lower() in v["titles"]:
                # `Profesor ilmu politik Universitas Waseda Kenta Morimoto`: read as the title's own argument
                held = split_phrase([toks[i]] + [t for t in toks[j:] if t[1] <= named.end])
                if held.kind_hint == "person" and held.name_start is not None and held.role_start is not None:
                    return Mention(toks[i][0], named.end, held.name_start, held.name_end, toks[i][0],
                                   _trim(text, toks[i][0], held.name_start)[1], "person")
            if named is not None and named.kind_hint in ("person", "organization") and named.name_start is not None \
                    and first.lower() in v["titles"] and named.role_start is None and all(
                    w.lower() in v["places"] for w in RE_TOKEN.findall(text, named.name_start, named.name_end)):
                # `Juru bicara kepresidenan Bolivia`: the office's country, no name: the role speaks
                return Mention(toks[i][0], named.end, None, None, None, None, "role")
            if named is not None and named.kind_hint in ("person", "organization") and named.name_start is not None:
                # `Organisasi pembela hak pengungsi Pro Asyl`: an organisation's common noun, then its name
                kind = ("organization" if first.lower() in v["org_heads"] or first.lower() in COLLECTIVE_HEADS | CLASS_NOUNS
                        else "media" if first.lower() in v["media_heads"] else "person")  # `Situs pemantau udara IQAir`
                return Mention(toks[i][0], named.end, named.name_start, named.name_end, toks[i][0],
                               _trim(text, toks[i][0], named.name_start)[1], kind)
            if first.lower() in COLLECTIVE_HEADS:  # `Kelompok suporter La Grande Indonesia`: whatever words name it
                last = j
                while last + 1 < len(toks) and is_capitalized(toks[last + 1][2]) \
                        and not text[toks[last][1]:toks[last + 1][0]].strip():
                    last += 1
                return Mention(toks[i][0], toks[last][1], toks[j][0], toks[last][1], toks[i][0],
                               _trim(text, toks[i][0], toks[j][0])[1], "organization")
        if j < len(toks) and toks[j][2] == "di" and first.lower() in v["occupations"]:
            q = j + 1
            while q < len(toks) and is_capitalized(toks[q][2]) and not text[toks[q - 1][1]:toks[q][0]].strip():
                q += 1
            if j + 1 < q < len(toks) and toks[q][2] in DEMONSTRATIVES and not text[toks[q - 1][1]:toks[q][0]].strip():
                # `Perawat di Rumah Sakit St James itu`: where the person works, then pointed back at
                return Mention(toks[i][0], toks[q][1], None, None, None, None, "role")
        p = j
        while p < len(toks) and (is_capitalized(toks[p][2]) and toks[p][2].lower() in v["places"]
                                 or p > i + 1 and RE_ROMAN_NUMERAL.fullmatch(toks[p][2])) \
                and not text[toks[p - 1][1]:toks[p][0]].strip():
            p += 1  # `pevoli asal Kediri itu`, `pejabat eselon I itu`: a place or a grade inside the description
        if p < len(toks) and toks[p][2] in DEMONSTRATIVES and (plain or p > j) and not text[toks[p - 1][1]:toks[p][0]].strip():
            return Mention(toks[i][0], toks[p][1], None, None, None, None, "role")  # `Dokter spesialis anak itu`
        if first.lower() in GROUP_HEADS and (plain or first.lower() in COLLECTIVE_HEADS) and (
                j >= len(toks) or not is_capitalized(toks[j][2]) and toks[j][2] not in DEMONSTRATIVES):
            return Mention(toks[i][0], toks[j - 1][1], None, None, None, None, "group")  # `Tim pemantau`: no name
    taken: list[tuple[int, int, str]] = []
    last_end: int | None = None
    in_paren = 0  # tokens read inside `( … )`: an acronym or gloss, skipped (`Kementerian Luar Negeri (Kemlu) RI`)
    gloss_at: int | None = None  # how many tokens were taken before the last gloss
    acronym_gloss = False  # the last gloss is one upper-case acronym
    listed = RE_COMMA_ORG.match(text, toks[i][0])  # `Badan Meteorologi, Klimatologi, dan Geofisika`
    nickname_close = False  # inside `"Ucok"` of `Fajar "Ucok" Siregar`
    for j in range(i, min(len(toks), i + MAX_MENTION_TOKENS + PAREN_TOKENS)):
        s, e, tok = toks[j]
        low = tok.lower()
        gap = text[last_end:s].strip() if last_end is not None else ""
        if in_paren:
            if ")" not in gap:
                in_paren += 1
                if in_paren > PAREN_TOKENS:
                    break
                last_end = e
                continue
            acronym_gloss = in_paren == 1 and len(toks[j - 1][2]) > 1 and toks[j - 1][2].isupper()  # `(JCS)`
            in_paren = 0
            gloss_at = len(taken)
            gap = gap.removeprefix(".").replace(")", "", 1).strip()  # (`Jenderal (Purn.) X`: a dotted abbreviation)
        elif taken and (gap == "(" or gap == ". (" and _abbreviation(taken[-1][2])):  # `… Tbk. (BBRI)`
            in_paren, last_end = 1, e
            continue
        if nickname_close and gap in CLOSING_QUOTES:
            nickname_close, gap = False, ""  # the closing mark of a quoted nickname
        elif gap in OPENING_QUOTES and taken and is_capitalized(tok) and RE_QUOTED_NICKNAME_END.match(text, e):
            nickname_close = True  # `Fajar "Ucok" Siregar`: a nickname inside the name, skipped
            last_end = e
            continue
        if gap == "," and listed is not None and s < listed.end():
            gap = ""
        elif gap == "/" and taken and is_capitalized(tok) and is_capitalized(taken[-1][2]):
            gap = ""  # `Menteri Investasi/Kepala BKPM Bahlil Lahadalia`: one person's two offices
        elif gap in APOSTROPHES and taken and is_capitalized(tok) and is_capitalized(taken[-1][2]) \
                and text[s - 1] == " " and text[last_end] in APOSTROPHES:
            gap = ""  # `Ne' Sampe Tandilino`: a Toraja title's glottal stop closes the word, not the name
        if gap and not (gap == "." and _abbreviation(taken[-1][2])):
            break  # punctuation between tokens ends the phrase, but not `dr. Ratih`, `M. Ali`
        if taken and (RE_DEGREE_WORD.fullmatch(tok) or RE_BARE_DEGREE.fullmatch(tok) and j + 1 < len(toks)
                      and RE_BARE_DEGREE.fullmatch(toks[j + 1][2])):
            break  # `dr Bambang Wijanarko SpPD`, `Lalu Ahmad Zaini SH MH`: degrees written after the name
        last_end = e
        portfolio = low in PORTFOLIO_CONJUNCTIONS and (
            listed is not None and s < listed.end()  # `Kepala Badan Standar, Kurikulum, dan Asesmen`: one office
            or _portfolio_conjunction(taken, toks[j + 1][2] if j + 1 < len(toks) else "")
            # `Menteri Pendidikan Dasar dan Menengah (Mendikdasmen)`: the office's acronym closes both parts
            or bool(taken) and taken[0][2].lower() in v["titles"] and j + 1 < len(toks)
            and is_capitalized(toks[j + 1][2]) and text.startswith(" (", toks[j + 1][1])
            # `Komisi untuk Orang Hilang dan Korban Tindak Kekerasan (KontraS)`: the acronym closes the whole name
            or bool(taken) and taken[0][2].lower() in v["org_heads"] and _glossed_run_after(text, toks, j))
        group_and = (low in PORTFOLIO_CONJUNCTIONS and taken and taken[0][2].lower() in v["quantifiers"] and len(taken) <= 3
                     and j + 1 < len(toks) and toks[j + 1][2].islower() and not verb_like(toks[j + 1][2])
                     and toks[j + 1][2] not in v["stops"])
        portfolio = portfolio or group_and or (low in TITLE_CONJUNCTIONS and taken and taken[-1][2].lower() in v["titles"]
                                               and j + 1 < len(toks) and toks[j + 1][2].lower() in v["titles"])
        inner_capital = (taken and is_capitalized(tok) and is_capitalized(taken[-1][2]) and j + 1 < len(toks)
                         and is_capitalized(toks[j + 1][2]))  # `Menteri Dalam Negeri`: a capitalised stop word inside a name
        if low in v["stops"] and not (taken and low in CONNECTORS) and not (not taken and (surname or low in v["quantifiers"])) \
                and not portfolio and not inner_capital:
            break
        if low in DEMONSTRATIVES:
            if taken:
                taken.append(toks[j])
            break
        if is_capitalized(tok) or low in v["descriptors"] or low in v["media_words"] or not taken and low in v["quantifiers"]:
            taken.append(toks[j])
        elif not taken and tok.islower() and low in v["occupations"] and j + 1 < len(toks) \
                and is_capitalized(toks[j + 1][2]) and not text[e:toks[j + 1][0]].strip():
            taken.append(toks[j])  # `Di Bantul, petani Budi Santoso mengaku`: an occupation, then the name
        elif tok.isdigit() and taken and taken[-1][2].lower() in NUMBERED_UNITS:
            taken.append(toks[j])  # `Ketua RT 05`: a neighbourhood unit is named by its number
        elif tok.isdigit() and len(tok) <= 3 and taken and is_capitalized(taken[-1][2]) and (
                any(t[2].lower() in v["media_heads"] or t[2].lower() in v["media_words"] for t in taken)
                or taken[0][2].lower() in v["titles"] and j + 1 < len(toks) and is_capitalized(toks[j + 1][2])
                and not text[e:toks[j + 1][0]].strip()):
            # the number is part of the word before it: a channel's (`Media Israel Channel 12`, `stasiun televisi
            # Kan 11`) or a numbered unit's in a role (`Kepala SMPN 13 Bandung Asep`, `… Pelindo Regional 2 Ayu`)
            taken[-1] = (taken[-1][0], e, f"{taken[-1][2]} {tok}")
        elif (low in CONNECTORS and taken and j + 1 < len(toks) and (
                is_capitalized(toks[j + 1][2])  # `Association of the Indonesian Tours`: `of the` before the next word
                or toks[j + 1][2] in CONNECTORS and j + 2 < len(toks) and is_capitalized(toks[j + 2][2]))
              or portfolio):
            taken.append(toks[j])
        elif group_and:
            taken.append(toks[j])  # `para pemandu dan porter`: one group of two plain nouns
        elif (taken and len(taken) - _leading_quantifiers(taken) + 1
              <= (4 if any(t[2].lower() in PORTFOLIO_CONJUNCTIONS for t in taken) else 2)
              and (taken[0][2].lower() in v["quantifiers"] or is_plural_head(taken[0][2])) and not verb_like(low)
              and low not in v["time_nouns"] and low not in v["adverbs"]
              and all(t[2].lower() in v["quantifiers"] or t[2].islower() or is_plural_head(t[2]) for t in taken)):
            taken.append(toks[j])  # `Para pedagang (pasar)`: the group's plain nouns, up to the verb (me-, ber-)
        else:
            break
    if in_paren and text.find(")", last_end, end) != -1:  # the gloss closes the phrase: `… Indonesia (WALHI)`
        acronym_gloss = in_paren == 1 and len(toks[j][2]) > 1 and toks[j][2].isupper()
        gloss_at = len(taken)
    if not taken or len(taken) == 1 and taken[0][2].lower() in v["quantifiers"] and first.lower() in v["not_first"]:
        return None  # `beberapa` alone is no source
    for k, t in enumerate(taken[:-1]):
        if t[2].lower() in POSSESSED_HEADS and all(is_capitalized(x[2]) for x in taken[k + 1:]):
            # `pihak keluarga Budi`, `kubu Budi`: the name owns the body that speaks
            kind = "group" if t[2].lower() == "keluarga" else "organization"
            return Mention(taken[0][0], taken[-1][1], None, None, None, None, kind)
    ini = RE_INITIALS_NAME.match(text, taken[-1][1], end)
    if ini is not None:  # `tersangka berinisial RS`: the initials are the name, the words before the role
        return Mention(taken[0][0], ini.end(), ini.start("name"), ini.end(), taken[0][0], taken[-1][1], "person")
    return split_phrase(taken, gloss_at, acronym_gloss)


#: how far a describing phrase may run before its demonstrative (`perempuan berusia 31 tahun itu`)
MAX_DESCRIPTION_WORDS: Final[int] = 12
#: capitalised words after an organisation word that hold both its name and a person's (`Yayasan Udara Bersih
#: Maria Lubis`); fewer name the organisation alone (`Universitas Nusantara Timur`)
MIN_ORG_AND_NAME_WORDS: Final[int] = 4
#: institutions named after a titled person (`RSUP Dr Kariadi`, `RSUD dr. Soetomo`, `Universitas Dr. Soetomo`)
NAMED_AFTER_PEOPLE: Final = frozenset({"rs", "rsu", "rsup", "rsud", "rsia", "rspad", "sakit", "universitas", "stadion",
                                       "bandara"})
#: bodies a person's name owns when written after them (`pihak keluarga Budi`, `kubu Prabowo`); `manajemen`
#: and `agensi` are left out: the name after them is as often the company's own (`agensi Lumos Entertainment`)
POSSESSED_HEADS: Final = frozenset({"keluarga", "kubu"})
#: describing nouns that also stand before a name as its honorific (`ibu Megawati`)
KINSHIP_NOUNS: Final = frozenset({"ibu", "bapak", "ayah", "kakek", "nenek", "istri", "suami"})
#: verbs that give a nickname inside a describing phrase (`Pria yang akrab disapa Ozi itu`)
NICKNAME_VERBS: Final = frozenset({"disapa", "dipanggil", "dikenal"})


def _leading_quantifiers(taken: list[tuple[int, int, str]]) -> int:
    """How many words open the phrase as its quantifier (`para`: 1, `salah satu`, `salah seorang`: 2)."""
    v = _vocab()
    n = 0
    while n < len(taken) and (taken[n][2].lower() in v["quantifiers"] or n > 0 and taken[n][2].lower() == "satu"):
        n += 1
    return max(n, 1)


def _described_person(text: str, toks: list[tuple[int, int, str]], i: int) -> Mention | None:
    """`perempuan berusia 31 tahun itu`, `Pria yang akrab disapa Ozi itu`: a person described, then pointed back at.

    The phrase is a role noun for the resolver (the last person), unless it gives a
    nickname, which names the person.
    """
    nick: tuple[int, int] | None = None
    kin = toks[i][2].lower() in KINSHIP_NOUNS  # `ibu Megawati itu`: a kinship word may stand before a name
    for j in range(i + 1, min(len(toks), i + 1 + MAX_DESCRIPTION_WORDS)):
        if text[toks[j - 1][1]:toks[j][0]].strip(" ()\"“”'‘’"):
            return None  # punctuation: no demonstrative closes the phrase (a gloss or a quoted title may stand inside)
        low = toks[j][2].lower()
        if low in DEMONSTRATIVES:
            if nick is not None:
                return Mention(toks[i][0], toks[j][1], nick[0], nick[1], None, None, "person")
            if j == i + 1 and is_capitalized(toks[i][2]):
                return None  # `Presiden itu`, `Pria itu` alone are read as before
            return Mention(toks[i][0], toks[j][1], None, None, None, None, "role")
        if kin and j == i + 1 and is_capitalized(toks[j][2]):
            # a name right after: `ibu Megawati itu` is read as a name (in `Nenek yang tinggal … di tepi Sungai
            # Cipanundaan itu` a capitalised word deeper in is a place)
            return None
        if j > i + 1 and toks[j - 1][2].lower() in NICKNAME_VERBS and is_capitalized(toks[j][2]):
            nick = (toks[j][0], toks[j][1])
        elif nick is not None and is_capitalized(toks[j][2]) and toks[j][0] - nick[1] <= 1:
            nick = (nick[0], toks[j][1])
    return None


def _portfolio_conjunction(taken: list[tuple[int, int, str]], nxt: str) -> bool:
    """`Menteri Kelautan dan Perikanan X`: `dan` joining two portfolio words inside a title, not two people."""
    v = _vocab()
    if not taken or not is_capitalized(nxt):
        return False
    head = taken[0][2].lower()
    if len(taken) >= 2 and head in v["titles"] and taken[-1][2].lower() in v["places"] and nxt.lower() in v["places"]:
        return True
    if head in v["titles"] and RE_NOMINALISATION.match(taken[-1][2]) and RE_NOMINALISATION.match(nxt):
        return True  # `Komisioner Perdamaian dan Keamanan`: two abstract nouns (ke-an, pe-an) of one portfolio
    if head in v["titles"] and len(taken) >= 3 and RE_NOMINALISATION.match(nxt) and nxt.lower() not in v["org_heads"] \
            and nxt.lower() not in v["titles"]:
        return True  # `Menteri Sumber Asli dan Kelestarian Alam`: an abstract noun opens the portfolio's second part
    # `Kementerian Haji dan Umrah`, `Kepala Bidang Pembinaan dan Prestasi`: an office's name, not two people
    section = head in v["org_heads"] or head in v["titles"] and len(taken) >= 2 and taken[1][2].lower() in SECTION_WORDS
    return section and nxt.lower() not in v["titles"] and is_capitalized(taken[-1][2])


def _glossed_run_after(text: str, toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether capitalised words run on from toks[j + 1] to an acronym in parentheses (`… Kekerasan (KontraS)`)."""
    k = j + 1
    while k < len(toks) and is_capitalized(toks[k][2]) and (k == j + 1 or text[toks[k - 1][1]:toks[k][0]] == " "):
        k += 1
    return k > j + 1 and RE_ACRONYM_AFTER.match(text, toks[k - 1][1]) is not None


#: an acronym in parentheses right after a word (`Tindak Kekerasan (KontraS)`)
RE_ACRONYM_AFTER: Final = regex.compile(r" \(\p{Lu}[\p{L}]*\p{Lu}[\p{L}]*\)")


#: words after a title that name a section of an office, whose name may hold `dan`
SECTION_WORDS: Final = frozenset({"bidang", "seksi", "divisi", "urusan", "subbidang", "departemen", "jenderal", "pusat",
                                  "biro", "subdirektorat", "direktorat"})


#: names that close a role phrase after an acronym gloss have at most this many words (`Peneliti Indonesia
#: Corruption Watch (ICW) Tania Putri`, `Menteri Keuangan (Menkeu) Sri Mulyani Indrawati`); where an organisation's
#: word still stands before the name (`(PGA) Marapi Rahmat Hidayat`) the article's own use settles it (speakers)
MAX_NAME_AFTER_GLOSS: Final[int] = 3


#: words that open a company's legal name (`PT Swara Rakyat Kreasi`, `CV Maju Jaya`, `Perum Bulog`)
COMPANY_HEADS: Final = frozenset({"pt", "cv", "perum", "persero"})


#: a Balinese name opens with `I` (men) or `Ni` (women) before a birth-order or caste word from the name_openers
#: lexicon (`I Made Surya`, `Ni Ketut Ayu`)
BALINESE_MARKERS: Final = frozenset({"I", "Ni"})


#: shortened first names that only ever open a name (`Moh. Hasan Basri`, `Muh. Yusuf`)
NAME_INITIAL_ABBREVIATIONS: Final = frozenset({"moh", "muh", "moch", "mohd"})


#: missions abroad: the words after their gloss name the city they sit in (`KJRI Johor Bahru`)
DIPLOMATIC_HEADS: Final = frozenset({"konsulat", "kedutaan", "kbri", "kjri"})
#: offices that stand for their body in one place: the place they sit in is part of their name (`Kedutaan Besar
#: Jepang di Ulaanbaatar`, `Misi Verifikasi PBB di Kolombia`, `Konsulat Jenderal Australia di Bali`)
SEATED_HEADS: Final = DIPLOMATIC_HEADS | {"misi", "komisariat", "perwakilan", OFFICE_HEAD, "kamar", "fraksi", "mahkamah"}
#: the seat after such an office: capitalised words closing the phrase (not a street or building: `di Jalan …`)
RE_OFFICE_SEAT: Final = regex.compile(
    r" di (?!(?:Jalan|Jl|Gedung|Kawasan|Kompleks|Komplek|Gang|Lantai|Ruang|Aula|Hotel|Wisma|Istana|Kantor|Markas)\b)"
    r"(?P<place>\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2})(?![\p{L}\p{N}(-])(?!\s+\p{Lu})")


def split_phrase(taken: list[tuple[int, int, str]], gloss_at: int | None = None, acronym_gloss: bool = False) -> Mention:
    """Split a phrase into role words and the trailing name; classify what it names."""
    v = _vocab()
    start, end = taken[0][0], taken[-1][1]
    lows = [t[2].lower() for t in taken]
    named_after_gloss = gloss_at is not None and 2 <= len(lows) - gloss_at <= 3 and all(
        w not in v["known"] for w in lows[gloss_at:]) and lows[0] not in DIPLOMATIC_HEADS
    # (`Universitas Gadjah Mada (UGM) Fahmy Radhi`: a person; `Konsulat Jenderal RI (KJRI) Johor Bahru`: a city)
    if len(lows) > 2 and lows[0] in v["groups"] and taken[0][2].islower() and lows[1] in PLACE_TYPES:
        return Mention(start, end, None, None, None, None, "group")  # `warga Pekon Sumber Alam`: the people of a place
    if lows[0] in COMPANY_HEADS and len(lows) > 2 and v["titles"].isdisjoint(lows) \
            and all(is_capitalized(t[2]) for t in taken):
        # `PT Sumber Belerang Nusantara`: any word may name a company (`Sumber` is no anonymous source here)
        return Mention(start, end, start, end, None, None, "organization")
    if tuple(lows[:2]) == BROADCASTER_HEAD and len(lows) > 2:
        # `Lembaga penyiaran publik Israel Kan`, `Lembaga Penyiaran Publik TVRI`: a broadcaster, named by its last
        # words after its country
        n = len(taken)
        while n - 1 > 2 and is_capitalized(taken[n - 1][2]) and lows[n - 1] not in v["places"]:
            n -= 1
        if n < len(taken):
            return Mention(start, end, taken[n][0], end, start, taken[n - 1][1], "media")
        return Mention(start, end, None, None, None, None, "media")
    if (lows[0] in v["org_heads"] and lows[0] != "pihak" or lows[0] in v["orgs"] and len(lows) > 1 and lows[1] in v["orgs"]
            or lows[0] in v["orgs"] and len(lows) > 2 and lows[1] in BRANCH_HEADS and lows[2] not in v["media_words"]) \
            and (not _name_tail(lows) or lows[0] in DIPLOMATIC_HEADS or len(lows) > 2 and lows[1] in COMPANY_HEADS) \
            and not named_after_gloss:  # (`Manajemen PT Sawit Hijau Lestari`: a company, though a name word ends it)
        if ((taken[0][2].islower() or lows[0] in CLASS_ONLY_HEADS or len(lows) > 2 and lows[1] in COMPANY_HEADS)
                and len(taken) > 1 and is_capitalized(taken[1][2])
                and not all(w in v["places"] for w in lows[1:])):  # `kepolisian Manila` is the police, not the city
            # `agensi Lumos Entertainment`, `manajemen TPNS`: a common noun, then the organisation's name (`Manajemen
            # PT BNS`, `Maskapai Icelandair`)
            return Mention(start, end, taken[1][0], end, start, taken[0][1], "organization")
        return Mention(start, end, start, end, None, None, "organization")
    if gloss_at is not None and all(w in v["places"] for w in lows[gloss_at:]) and (
            _glossed_organisation(lows[:gloss_at]) or acronym_gloss and gloss_at < len(lows)):
        # (`Kepala Staf Gabungan (JCS) Korea Selatan`: an upper-case acronym, then the country, is a body)
        return Mention(start, end, start, end, None, None, "organization")  # `… Indonesia (Walhi) Riau`
    if len(lows) > 2 and lows[0] == BOARD_HEAD and lows[1] in BOARD_LEVELS:
        return Mention(start, end, start, end, None, None, "organization")  # `Pengurus Besar Persatuan … (PB PABSI)`
    if lows[0] == OFFICE_HEAD and (not v["titles"].isdisjoint(lows[1:3]) or len(lows) > 1 and lows[1] != "berita"
                                   and all(is_capitalized(t[2]) for t in taken)):
        # `Kantor Perdana Menteri Israel`, `Kantor Hak Asasi Manusia PBB`: an office, unless a news agency's
        return Mention(start, end, start, end, None, None, "organization")
    if ((lows[0] in v["orgs"] or len(lows[0]) >= 3 and taken[0][2].isupper()) and not PLACE_TYPES.isdisjoint(lows)
            and v["titles"].isdisjoint(lows) and not _name_tail(lows)):
        return Mention(start, end, start, end, None, None, "organization")  # `BPBD Kabupaten Kepulauan Mentawai`
    if len(lows) > 1 and is_plural_head(lows[0]) and not any(is_capitalized(t[2]) for t in taken[1:]):
        return Mention(start, end, None, None, None, None, "group")  # `Badan-badan kemanusiaan`: many, unnamed
    if len(lows) > 1 and (lows[-1] in COMPANY_TAILS or lows[-1] in ORG_TAILS) and all(is_capitalized(t[2]) for t in taken) \
            and v["titles"].isdisjoint(lows):
        return Mention(start, end, start, end, None, None, "organization")  # `Tsingshan Holding Group`, `Setara Institute`
    if lows[0] in v["quantifiers"] and len(lows) > 1:  # `Para nelayan Fukushima`: the whole phrase is the group
        # `Seorang warga`: one unnamed person, named by the phrase
        return Mention(start, end, None, None, None, None, "person" if lows[0] in SINGULAR_QUANTIFIERS else "group")
    if lows[-1] in DEMONSTRATIVES and len(lows) == 2 and lows[0] in load_set("anaphoric_nouns") \
            and lows[0] not in v["source_nouns"]:  # (`Pernyataan itu menyebut P`: a statement may be the source)
        return Mention(start, end, None, None, None, None, "thing")  # `Kasus ini mengingatkan pada …`: no source
    if lows[-1] in DEMONSTRATIVES:  # `Presiden Rusia itu`, `Mantan Pelatih Bhayangkara FC tersebut`
        # `warga Rungkut tersebut` points back at one person; `para warga itu` stays a group
        kind = "group" if lows[0] in v["quantifiers"] and lows[0] not in SINGULAR_QUANTIFIERS else "role"
        return Mention(start, end, None, None, None, None, kind)
    first_title = next((j for j, w in enumerate(lows) if w in v["titles"]), None)
    name_before_title = first_title is not None and first_title >= 1 and all(
        is_capitalized(t[2]) and lows[j] not in v["descriptors"] for j, t in enumerate(taken[:first_title])) and (
        lows[first_title - 1] not in v["known"])  # `Kakorlantas Polri Irjen Pol Aan`: an organisation closes a role
    if name_before_title and first_title == len(lows) - 1:
        return Mention(start, end, start, end, None, None, "person")  # `Rizal Fahmi Hakim`: a title word as surname
    if name_before_title and first_title >= 2:
        # `Muhammadiyah Amin Direktur Jenderal Bimas Islam`: the name first, its role after
        return Mention(start, end, start, taken[first_title - 1][1], taken[first_title][0], end, "person")
    # `Wali Kota Bogor Dedi Kurniawan`: the word after a place-type word or ministry title is no name
    # `Petani Budi Santoso`: an occupation opening the phrase is the role, not the name's first word
    floor = 1 if len(taken) >= 3 and occupation_opens(lows) else 0
    for j, w in enumerate(lows[:-1]):
        if w in PLACE_TYPES and (w not in MODIFIER_PLACE_TYPES or is_capitalized(taken[j][2])):
            floor = j + 2  # (`Ketua adat Agus Salim`: a lower-case `adat` only modifies the title)
        elif RE_NUMBERED_WORD.fullmatch(w):
            floor = j + 1  # `Pelindo Regional 2 Ayu Kusumawardani`: a numbered unit is never part of a name
        elif w in ROLE_ARGUMENT_HEADS and not (j + 1 < len(lows) and lows[j + 1] in RANK_TAILS) \
                and tuple(lows[j - 1:j + 1]) not in BENCH_TITLES:
            # a title's argument, after its own title words (`Direktur Eksekutif Indef`, `Ketua Umum PDIP`),
            # is taken only when a two-word name still follows (`Ketua DPRD Siti Rahmawati`)
            a = j + 1
            while a < len(lows) and lows[a] in v["titles"]:
                a += 1
            if w in PORTFOLIO_TITLES and a < len(lows) and lows[a] not in v["known"] and not taken[a][2].isupper() \
                    and not RE_PORTFOLIO_NOUN.fullmatch(lows[a]):
                # `Wakil Menteri Trần Văn Khải`: a minister's argument is a portfolio (`Kehakiman`) or a word the
                # lexicons know
                continue
            if sum(is_capitalized(t[2]) for t in taken[a + 1:]) >= 2:  # (`Ketua Rhodri ap Iwan`: `ap` is no name word)
                floor = max(floor, a + 1)
    if gloss_at is not None and gloss_at < len(taken):
        # the gloss closes the organisation's name: only the last words after it can be the person's
        floor = max(floor, gloss_at + max(0, len(taken) - gloss_at - MAX_NAME_AFTER_GLOSS))
    k = len(taken)
    mixed_case_taken = False
    if (k - floor >= 2 and lows[-1] in v["titles"] and is_capitalized(taken[-1][2]) and is_capitalized(taken[-2][2])
            and lows[-2] not in v["known"]):
        k, mixed_case_taken = k - 1, True  # `… Rizal Fahmi Hakim`: a title word closing a name is a surname
    if lows[-1] in MEDIA_TAILS and is_capitalized(taken[-1][2]):
        while k - 1 > floor and is_capitalized(taken[k - 2][2]) and lows[k - 2] not in v["media_heads"] \
                and lows[k - 2] not in v["titles"] and lows[k - 2] not in MEDIA_NOUNS:
            k -= 1  # `Harian Bangkok Post`, `The Jakarta Post`: the city belongs to the outlet's name
        k -= 1
    if (k - 3 >= floor and lows[k - 2] in CONNECTORS and lows[k - 1] in v["known"] and is_capitalized(taken[k - 1][2])
            and is_capitalized(taken[k - 3][2]) and lows[k - 3] not in v["known"]):
        k -= 2  # `Global New Light of Myanmar`, `Bank of America`: a place after `of` closes the name
    while k > floor and is_capitalized(taken[k - 1][2]) and (
            lows[k - 1] not in v["stops"] or taken[k - 1][2] in NAME_LIKE_STOPS) and (  # `Nomor` is no name, `Yang` may be
            lows[k - 1] not in v["descriptors"] or _title_inside_name(taken, lows, k - 1, floor)):
        tok = taken[k - 1][2]
        if mixed_case_taken and (tok.isupper() and len(tok) > 1 or tok[:1].islower() or lows[k - 1] in v["orgs"]):
            break  # `KPU Arief Budiman`, `Kemenkeu Heru Pambudi`, `eSafety X`: an organisation before a name is the role's
        mixed_case_taken = mixed_case_taken or not tok.isupper()
        k -= 1
        j = k - 2
        if j - 1 >= floor and lows[j + 1] in CONNECTORS and lows[j] in CONNECTORS:
            j -= 1  # `Institute for the Study of War`, `Pieter van der Merwe`: two connectors
        if (j >= floor and lows[k - 1] in CONNECTORS and is_capitalized(taken[j][2])
                and (lows[j] not in v["known"] or lows[j] in v["orgs"] and lows[k - 1] in ENGLISH_CONNECTORS)):
            # `Abdullah bin Zayed`, `Inside the Games`: a lower-case connector between two name words; an English
            # organisation word before it opens the name
            k = j if lows[j] in v["orgs"] and lows[j] not in v["descriptors"] else j + 1
    while 0 < k < len(taken) and k <= floor and lows[k - 1] in v["name_openers"] and is_capitalized(taken[k - 1][2]):
        k -= 1  # `(KSPI) Jawa Tengah Mohammad Yusuf Bachtiar`: a name's usual first word, cut off by the floor
    if 0 < k < len(taken) and not v["media_heads"].isdisjoint(lows[:k]) and v["titles"].isdisjoint(lows[:k]):
        while k > floor and len(taken[k - 1][2]) > 1 and taken[k - 1][2].isupper() and lows[k - 1] not in v["known"]:
            k -= 1  # `kantor berita RIA Novosti`: an outlet's acronym opens its name
    if (1 < k < len(taken) and lows[0] in v["titles"] and lows[k - 1] in v["org_heads"]
            and lows[k - 1] not in ("tim", "timnas", "pihak")
            and lows[k - 2:k] != ["amerika", "serikat"]  # the country whose name ends in an organisation word
            # `Ketua Indonesia Cyber Security Forum Yudhistira Pamungkas`: an English tail closes the body's name
            and not (lows[k - 1] in ORG_TAILS and k >= 3 and lows[k - 2] not in v["titles"])):
        if len(taken) - k < MIN_ORG_AND_NAME_WORDS or not all(is_capitalized(t[2]) and not t[2].isupper() for t in taken[k:]):
            # `Rektor Universitas Nusantara Timur`: the capitalised tail names the organisation, not a person
            return Mention(start, end, None, None, None, None, "role")
        # `Direktur Eksekutif Yayasan Udara Bersih Maria Lubis`: the organisation's name, then a two-word name
        # (the article's own use of the words may move the start: `Registry.settle_name`)
        k = len(taken) - 2
    if k == len(taken) and _named_then_place([t[2] for t in taken]):
        # `Amnesty International Indonesia`, `Greenpeace Indonesia`: a name, then where it works, names a body
        # (after a role and a comma, `place_surname` reads it as a person's: `…, Yohanes Rante Padang`)
        return Mention(start, end, start, end, None, None, "organization")
    if k == len(taken):  # no name: a role noun, a group or `pihak X`
        if lows[0] == "pihak":
            rest = taken[1:]
            if rest:
                return Mention(start, end, rest[0][0], rest[-1][1], None, None, "organization")
        if lows[0] in v["groups"]:
            return Mention(start, end, None, None, None, None, "group")
        if lows[0] in v["media"]:  # `CNN Indonesia`: an outlet and its edition
            return Mention(start, end, start, end, None, None, "media")
        if any(w in v["media_heads"] for w in lows):
            return Mention(start, end, None, None, None, None, "media")
        if all(w in v["places"] or w in v["orgs"] for w in lows) or lows[0] in v["orgs"] and v["titles"].isdisjoint(lows):
            return Mention(start, end, start, end, None, None, "organization")  # `DPRD Kota Bandung`
        return Mention(start, end, None, None, None, None, "role")
    opener = next((j for j in range(k + 1, len(lows) - 1) if lows[j] in NAME_INITIAL_ABBREVIATIONS
                   and lows[j - 1] not in v["name_openers"]  # (`Andi Muh. Rizal Fadli`: a noble's name opens before it)
                   or taken[j][2] in BALINESE_MARKERS and lows[j + 1] in v["name_openers"]), None)
    if opener is not None:
        # `Kepala DPMD Sampang Moh. Hasan Basri`: `Moh.` only ever opens a name; so does a Balinese `I` or `Ni`
        # before a birth-order name (`TPI Ngurah Rai I Made Surya Adnyana`)
        k = opener
    name_s, name_e = taken[k][0], end
    name = " ".join(lows[k:])
    if k > 0 and lows[0] in v["org_heads"] and RE_NOMINALISATION.fullmatch(taken[k][2]):
        return Mention(start, end, start, end, None, None, "organization")  # `Komisi Nasional Pengendalian Tembakau`
    r = k
    while r > 1 and lows[r - 1] in v["honorifics"]:
        r -= 1  # `Menteri … (Mendikdasmen) Prof. Dr. Wahyu`: honorifics belong to neither role nor name
    if 0 < r < k and lows[r - 1] in NAMED_AFTER_PEOPLE:
        # `RSUP Dr Kariadi`, `Direktur RSUD dr. Soetomo`: a hospital named after a doctor, no person
        s0 = next((i for i in range(r - 1, -1, -1) if lows[i] not in NAMED_AFTER_PEOPLE), -1) + 1
        if s0 == 0:
            return Mention(start, end, start, end, None, None, "organization")
        return Mention(start, end, None, None, None, None, "role")
    role = (taken[0][0], taken[r - 1][1]) if k > 0 else (None, None)
    role_words = lows[:k]
    if (name in v["media"] or lows[k] in v["media"] and k == 0 or lows[-1] in MEDIA_TAILS  # `CNN Indonesia`, `Kompas TV`
            or lows[k] == "the" and not MEDIA_TAILS.isdisjoint(lows[k:])  # `The Times of Israel`
            or any(w in v["media_heads"] for w in role_words) and not any(w in v["titles"] for w in role_words)):
        kind = "media"
    elif lows[k] in v["orgs"] and not ENGLISH_CONNECTORS.isdisjoint(lows[k:]):
        kind = "organization"  # `Institute for the Study of War`, `Center for Strategic and International Studies`
    elif (name in v["orgs"] or any(w in v["org_heads"] for w in role_words) and not any(w in v["titles"] for w in role_words)) \
            and not _name_tail(lows) and not named_after_gloss:
        kind = "organization"  # but `Ketua Serikat Pekerja Andi Gani` is a person with an organisation in the role
        head = next((j for j in range(k - 1, 0, -1) if lows[j] in COMPANY_HEADS), None)
        if head is not None and all(is_capitalized(t[2]) for t in taken[head:k]):
            # `Promotor PT Swara Rakyat Kreasi`: the company's name runs from its `PT`
            return Mention(start, end, taken[head][0], end, start, taken[head - 1][1], kind)
    elif (k > 0 and len(lows) - k == 1 and all(w in v["places"] or w not in v["known"] for w in role_words)
          and not all(w in v["places"] for w in role_words)):
        # `Kartu Kuningan Sehat`, `Festival Danau Toba`: capitalised words with no title or organisation word, a
        # place among them, then one more word: the name of a thing, not a person with a role
        return Mention(start, end, start, end, None, None, "organization")
    else:
        kind = "person"
    return Mention(start, end, name_s, name_e, role[0], role[1], kind)


def _glossed_organisation(before_gloss: list[str]) -> bool:
    """`Wahana Lingkungan Hidup Indonesia (Walhi)`: several words with a place or organisation word and no
    title, then an acronym: an organisation (a person's nickname follows a plain name, `Joko Widodo (Jokowi)`)."""
    v = _vocab()
    return (len(before_gloss) >= 2 and v["titles"].isdisjoint(before_gloss) and before_gloss[0] not in v["quantifiers"]
            and (v["media_words"] - v["places"]).isdisjoint(before_gloss)  # `Saudi Press Agency (SPA)`: an outlet
            and any(w in v["places"] or w in v["orgs"] for w in before_gloss)
            and not all(w in v["places"] for w in before_gloss))


def _title_inside_name(taken: list[tuple[int, int, str]], lows: list[str], j: int, floor: int) -> bool:
    """`Lukman Hakim Siregar`, `Mohd Hakim Rahman`: a title word between two name words is a name word."""
    v = _vocab()
    return (j + 1 < len(taken) and j - 1 >= floor and lows[j] in NAME_LIKE_TITLES and is_capitalized(taken[j - 1][2])
            and not taken[j - 1][2].isupper() and lows[j - 1] not in v["known"]
            and lows[j + 1] not in v["known"] and not taken[j + 1][2].isupper())


def _name_tail(lows: list[str]) -> bool:
    """`Kemlu China Wang Wenbin`, `KPU Kota Bogor Ahmad Fauzi`: an organisation or place, then two or three
    words that are neither: a person's name. (`Badan Energi Atom Internasional` is all organisation: its
    unknown words follow the head directly; in `Kabupaten Kepulauan Mentawai` the word after a place type
    is the place.)"""
    v = _vocab()
    named = {i + 1 for i, w in enumerate(lows[:-1]) if w in PLACE_TYPES}  # `Kota Bogor`: Bogor is the place
    k = len(lows)
    while k > 0 and lows[k - 1] not in v["known"] and k - 1 not in named:
        k -= 1
    if not (k >= 2 and 2 <= len(lows) - k <= 3):
        return False
    last = lows[k - 1]
    return k - 1 in named or (last in v["orgs"] or last in v["places"]) and last not in PLACE_TYPES


def parse_subject(text: str, start: int, cue_start: int) -> Mention | None:
    """The subject of a cue verb, with the place an unnamed group is from (`sejumlah warga di Desa X,
    Kecamatan Y, mengeluh`): the place chunk belongs to the phrase that names the group."""
    m = _parse_subject(text, start, cue_start)
    named = RE_NAMED_BY.search(text, m.start, m.end) if m is not None else None
    if named is not None:  # `Seorang warga bernama Budi Santoso`, `penggembala bernama X (45)`: the name given
        who = parse_mention(text, named.end(), m.end)
        if who is not None and who.kind_hint == "person" and who.name_start is not None:
            return Mention(m.start, m.end, who.name_start, who.name_end, m.start, named.start(), "person")
    if m is None or m.name_start is not None or m.kind_hint not in ("group", "person", "unknown"):
        return m
    tail = RE_PLACE_CHUNK_TAIL.match(text, m.end, cue_start)
    if tail is not None and tail.group("place").split()[0].lower() in PLACE_TYPES:
        return Mention(m.start, tail.end("place"), None, None, None, None, m.kind_hint)
    return m


#: the word giving an unnamed person's name (`Seorang warga bernama Budi`)
RE_NAMED_BY: Final = regex.compile(r" bernama (?=\p{Lu})")
#: `, Kecamatan Balen,` between an unnamed group and its cue verb
RE_PLACE_CHUNK_TAIL: Final = regex.compile(r",\s*(?P<place>\p{Lu}\p{L}*(?: \p{Lu}[\p{L}-]*){1,3}),?\s*$")


#: the last item of a list (`, dan Surabaya itu`)
RE_LIST_TAIL: Final = regex.compile(r"\s*(?:dan|serta) \p{Lu}")
MAX_LIST_ITEM_WORDS: Final[int] = 3


#: a short run of capitals, an undotted degree after a dotted one (`AAK`)
RE_CAPITAL_LETTERS: Final = regex.compile(r"\p{Lu}{2,5}")
#: degrees written without dots (`Andi Rahim, SH, MH, mengatakan`); read as degrees only in a run of two
RE_BARE_DEGREE: Final = regex.compile(r"SH|MH|SE|MM|ST|MT|SIP|SKM|MAP|MSi|SSos|SPd|MPd|SKom|MKom|SAg|MAg|SKep")


def _bare_degree_pair(text: str, chunks: list[tuple[int, int]], idx: int) -> bool:
    """A chunk holding one undotted degree next to another (`, SH, MH,`): a single one may be someone's initials.

    After a dotted degree, any short capitalised chunk is one more (`Ph.D., AAK,`): no body is named there.
    """
    chunk = text[chunks[idx][0]:chunks[idx][1]].strip()
    before = text[chunks[idx - 1][0]:chunks[idx - 1][1]].strip() if idx > 0 else ""
    if RE_CAPITAL_LETTERS.fullmatch(chunk) and RE_DEGREE.fullmatch(before):
        return True
    if not RE_BARE_DEGREE.fullmatch(chunk):
        return False
    return any(0 <= j < len(chunks) and RE_BARE_DEGREE.fullmatch(text[chunks[j][0]:chunks[j][1]].strip())
               for j in (idx - 1, idx + 1))


#: an occasion or a channel set off between a subject and its cue verb (`, saat ditemui di lokasi,`, `, melalui
#: siaran pers,`, `, dalam keterangan tertulis,`)
RE_OCCASION_CHUNK: Final = regex.compile(
    r"(?:saat|ketika|sewaktu|dalam|melalui|lewat|usai|seusai|ditemui|dihubungi|dikonfirmasi)(?: [\w./()-]+){1,7}")
#: a note that the name before it is made up (`Nur (34), bukan nama sebenarnya, mengaku`)
RE_PSEUDONYM_NOTE: Final = regex.compile(r"(?i)bukan nama (?:sebenarnya|asli|aslinya)|nama samaran")
#: the only name a source lets the press use (`yang hanya mau disebut namanya Wambui`)
#: (group `chosen`: the words saying the source chose it, empty in `yang disebut X`, named by someone else)
RE_CALLED_NAME: Final = regex.compile(
    r"yang (?P<chosen>(?:hanya |cuma )?(?:mau |ingin |minta |bersedia )?)disebut (?:namanya |dengan nama )?"
    r"(?P<name>\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,2})")
#: an age set off by commas after a name (`Rodel Bautista, 47 tahun, mengaku`)
RE_AGE_CHUNK: Final = regex.compile(r"(?i)(?:berusia |usia |umur )?\d{1,3} tahun")


#: a body speaking through a person (`BNPB melalui Kepala Pusat Data X menyebutkan`)
THROUGH: Final = " melalui "


def _wider_place(text: str, chunk: str, before: tuple[int, int]) -> bool:
    """A chunk naming a place by its type (`Kecamatan Dawe`) after a chunk that names a place of its own."""
    words = chunk.split()
    return (1 < len(words) <= 4 and words[0].lower() in PLACE_TYPES and all(is_capitalized(w) for w in words)
            and not PLACE_TYPES.isdisjoint(w.lower() for w in text[before[0]:before[1]].split()))


def _join_listed_places(text: str, chunks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`Para pengemudi yang datang dari Jabodetabek, Bandung, dan Surabaya itu`: the commas of a list inside an
    unnamed group's phrase do not cut it; the group opens the chunk before the listed names."""
    if len(chunks) < 2 or not RE_LIST_TAIL.match(text, chunks[-1][0]):
        return chunks
    k = len(chunks) - 2
    while k > 0 and 1 <= len(words := text[chunks[k][0]:chunks[k][1]].split()) <= MAX_LIST_ITEM_WORDS \
            and all(is_capitalized(w) for w in words):
        k -= 1
    head = RE_TOKEN.search(text, chunks[k][0], chunks[k][1])
    if head is None or not (head.group().lower() in _vocab()["quantifiers"] or head.group().lower() in _vocab()["groups"]):
        return chunks
    return [*chunks[:k], (chunks[k][0], chunks[-1][1])]


#: a lower-case chunk saying what kind of place the name before it is (`, desa kecil di tepi Loch Hourn,`)
RE_PLACE_APPOSITIVE: Final = regex.compile(
    r"(?:sebuah |salah satu )?(?:desa|kampung|dusun|kota|kecamatan|pulau|kawasan|daerah|wilayah|negara|provinsi"
    r"|kabupaten|ibu kota|distrik)\b")


def _ends_capitalised(text: str, chunk: tuple[int, int]) -> bool:
    """Whether a chunk ends in a capitalised word (a place's name)."""
    last = RE_TOKEN.findall(text, *chunk)
    return bool(last) and is_capitalized(last[-1])


def _parse_subject(text: str, start: int, cue_start: int) -> Mention | None:
    """The subject of a cue verb: the phrase opening the clause that ends at the cue.

    Clauses are cut at commas; an appositive pair (`Juru Bicara Kremlin, Dmitry
    Peskov`) is read as role + name.
    """
    through = text.rfind(THROUGH, start, cue_start)
    if through != -1:
        # `Manajemen PT X melalui Manajer Humas Lidya Pangaribuan membantah`: the person the body speaks through
        # is the one whose words these are
        agent = _parse_subject(text, through + len(THROUGH), cue_start)
        first = RE_TOKEN.match(text, through + len(THROUGH))
        if agent is not None and agent.kind_hint == "person" and agent.name_start is not None \
                and first is not None and first.group().lower() not in load_set("source_nouns"):  # (`akun resmi X`)
            return agent
    v = _vocab()
    chunks: list[tuple[int, int]] = []
    s = start
    depth = 0
    listed = [m.span() for m in RE_COMMA_ORG.finditer(text, start, cue_start)]
    quoted = False  # inside a quoted title (`penulis buku "Minyak, Militer, dan Kotak Suara"`): its commas cut nothing
    for i in range(start, cue_start):
        c = text[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c in TITLE_MARKS:
            quoted = c != "”" and not (c == '"' and quoted)
        elif c == "," and depth == 0 and not quoted and not any(a <= i < b for a, b in listed):
            chunks.append((s, i))
            s = i + 1
    chunks.append((s, cue_start))
    chunks = _join_listed_places(text, chunks)
    nothing_after = True
    for idx in range(len(chunks) - 1, -1, -1):
        cs, ce = chunks[idx]
        chunk = text[cs:ce].strip()
        if RE_DEGREE.fullmatch(chunk) or RE_PSEUDONYM_NOTE.fullmatch(chunk) or (idx > 0 and RE_AGE_CHUNK.fullmatch(chunk)) \
                or _bare_degree_pair(text, chunks, idx):
            continue  # `Dr. Rahma Gafmi, S.E., M.M., menilai`, `Nur (34), bukan nama sebenarnya, mengaku`: after the name
        if idx > 0 and nothing_after and RE_OCCASION_CHUNK.fullmatch(chunk):
            continue  # `Budi, saat ditemui di lokasi, mengatakan`, `Kemnaker, melalui siaran pers, menyebutkan`: when or how
        if idx > 0 and nothing_after and RE_PLACE_APPOSITIVE.match(chunk) and _ends_capitalised(text, chunks[idx - 1]):
            continue  # `Sejumlah warga Arnisdale, desa kecil di tepi Loch Hourn, mengaku`: what the place before is
        if idx > 1 and nothing_after and _wider_place(text, chunk, chunks[idx - 1]):
            continue  # `X, yang juga Kepala Desa Japan, Kecamatan Dawe, meminta`: the wider place of the one before
        parens = [p.span() for p in RE_PAREN_GROUP.finditer(text, cs, ce)]
        toks = [m for m in RE_TOKEN.finditer(text, cs, ce) if not any(a <= m.start() < b for a, b in parens)]
        # drop adverbs standing between subject and cue
        while toks and (toks[-1].group().lower() in load_set("adverbs") or RE_DEGREE_WORD.fullmatch(toks[-1].group())):
            if len(toks) > 1 and toks[-2].group().lower() in v["time_nouns"]:
                break  # `… yang anaknya mendaftar tahun lalu mengaku`: `lalu` closes a time phrase, no adverb
            toks.pop()  # and a degree after the name (`dr Bambang SpPD`)
        while len(toks) > 3 and RE_BARE_DEGREE.fullmatch(toks[-1].group()) and RE_BARE_DEGREE.fullmatch(toks[-2].group()):
            del toks[-2:]  # `Lalu Ahmad Zaini SH MH membantah`: two undotted degrees after the name
        if len(toks) > 2 and toks[0].group().lower() == "sebut" and toks[1].group().lower() == "saja":
            del toks[:2]  # `Seorang siswa kelas 5, sebut saja A, mengaku`: the pseudonym names the subject
        if not toks:
            continue
        before_cue, nothing_after = nothing_after, False  # only adverbs stand between this chunk and the cue
        if (idx == 0 or before_cue) and len(toks) > 2 and toks[0].group().lower() in v["time_openers"] \
                and toks[0].group().lower() not in ("ini", "lalu", "hari"):
            # `Pada Senin (12/8) Presiden X mengatakan`: a time phrase before the subject, no comma
            while len(toks) > 1 and toks[0].group().lower() in v["time_openers"]:
                toks.pop(0)
        if idx == 0:
            # `Namun Budi mengatakan`, `Sementara itu Kapolres X menyebut`: a connective before the subject
            while len(toks) > 1 and toks[0].group().lower() in v["connectives"]:
                toks.pop(0)
                if len(toks) > 1 and toks[0].group().lower() == "itu":
                    toks.pop(0)
        if toks[-1].group().lower() == "yang":
            return None  # a relative clause (`tudingan yang menyebut`) is no attribution
        degree = RE_DEGREE.match(text, toks[0].start())
        if degree is not None and idx > 0:  # `…, M.Si. di Makassar, menuturkan`: a degree, then an adjunct
            rest_toks = [t for t in toks if t.start() >= degree.end()]
            if not rest_toks or rest_toks[0].group().lower() in SUBJECT_TAIL_STARTS:
                nothing_after = before_cue
                continue
        if idx > 0 and all(t.group().lower() in v["time_openers"] or t.group().isdigit() for t in toks):
            nothing_after = before_cue
            continue  # `Budi di Padang, Senin, mengatakan`: the day between subject and cue
        if idx > 0 and toks[0].group().lower() in SUBJECT_TAIL_STARTS and toks[0].group().lower() != "yang":
            nothing_after = before_cue
            continue  # `Pentas Nusantara, melalui akun Instagram resminya, menyatakan`: an adjunct after the subject
        called = RE_CALLED_NAME.fullmatch(text, toks[0].start(), toks[-1].end()) if idx > 0 and before_cue else None
        if called is not None:
            # `Seorang pemilik warung …, yang hanya mau disebut Bu Yati, mengatakan`: the name the source chose
            ps = _trim(text, *chunks[0])[0]
            return Mention(called.start("name"), called.end("name"), called.start("name"), called.end("name"),
                           ps, _trim(text, ps, chunks[idx - 1][1])[1], "person")
        inside = RE_CALLED_NAME.search(text, toks[0].end(), toks[-1].end()) if before_cue else None
        if inside is not None and inside.end() == toks[-1].end() and inside.group("chosen"):
            # `Seorang pekerja yang hanya mau disebut Inaq Rum mengungkapkan`: the name chosen, with no commas (but
            # `Dua dari lima merek yang disebut LWA` are named by someone else)
            return Mention(inside.start("name"), inside.end("name"), inside.start("name"), inside.end("name"),
                           toks[0].start(), _trim(text, toks[0].start(), inside.start())[1], "person")
        if toks[0].group().lower() in APPOSITIVE_OPENERS and idx > 0:
            nothing_after = before_cue
            continue  # `Budi, yang juga Ketua RT, mengatakan`, `STY, sapaan akrab X, menyebut`: the subject is before
        place = all(is_capitalized(t.group()) and t.group().lower() in v["places"] for t in toks) or (
            toks[0].group().lower() in PLACE_TYPES and len(toks) > 1 and all(is_capitalized(t.group()) for t in toks))
        if idx > 0 and before_cue and place and _names_someone(text, *chunks[idx - 1]):
            continue  # `BPBD Kabupaten X, Provinsi Sumatera Barat, mencatat`, `…, Jakarta Timur, menilai`: a place
        if before_cue and _closes_locative_role(text, chunks, idx, toks):
            continue  # `Rusdin (58), petani durian di Desa Sausu, Parigi Moutong, mengungkapkan`: the regency
        if idx > 0 and (role := role_appositive(text, toks[0].start(), toks[-1].end(), before_cue)) is not None \
                and not (idx == len(chunks) - 1 and _names_person(text, toks[0].start(), toks[-1].end())):
            if _after_place_adjunct(text, chunks, idx - 1):
                return Mention(role[0], role[1], None, None, None, None, "group")  # `Di X, Jawa Tengah, petani tembakau`
            # `Sumiati, pedagang sayur di Pasar Minggu, mengatakan`: the role chunk names the person before it
            named_at = idx - 1
            while named_at > 0 and RE_DEGREE.fullmatch(text[chunks[named_at][0]:chunks[named_at][1]].strip()):
                named_at -= 1  # `Dr. Anindya Paramitha, M.Psi., Psikolog, mengingatkan`: degrees after the name
            ps, pe = _trim(text, *chunks[named_at])
            age = RE_TRAILING_PAREN.search(text, ps, pe + 1)
            glossed = parse_mention(text, ps, pe + 1) if age is not None else None
            if glossed is not None and glossed.kind_hint == "organization" and glossed.name_start is not None:
                # `Norges Bank Investment Management (NBIM), pengelola dana …`: the gloss makes it a body
                return Mention(glossed.start, glossed.end, glossed.name_start, glossed.name_end, role[0], role[1],
                               "organization")
            if age is not None:  # `Nurhayati (44), guru honorer, …`: an age or gloss after the name
                ps, pe = _trim(text, ps, age.start())
            nick = RE_NICKNAME_TAIL.search(text, ps, pe)
            if nick is not None:  # `Bambang Setiawan atau akrab disapa Mang Bembeng (54), sopir angkot, …`
                ps, pe = _trim(text, ps, nick.start())
                age = RE_TRAILING_PAREN.search(text, ps, pe + 1)
                if age is not None:  # `Baso Mappuji (63) atau yang akrab disapa Daeng Baso, jemaah …`
                    ps, pe = _trim(text, ps, age.start())
            prev = parse_mention(text, ps, pe)
            if prev is not None and text[prev.start:prev.end].lower() in v["connectives"]:
                prev = None  # `Sebaliknya, para pedagang …`: a connective opens the sentence, no one is named
            if prev is not None and prev.name_start is not None and prev.end >= pe and (
                    prev.role_start is None or prev.kind_hint in ("person", "organization")):  # (`Manajemen PT X, …`)
                return Mention(prev.start, prev.end, prev.name_start, prev.name_end, role[0], role[1], prev.kind_hint)
            if prev is not None and prev.name_start is None and prev.kind_hint == "person" and prev.end >= pe \
                    and text[prev.start:prev.end].split()[0].lower() in SINGULAR_QUANTIFIERS:
                # `Seorang saksi mata, pemilik kedai teh di tepi Sungai Seti, mengatakan`: the unnamed person
                return Mention(prev.start, prev.end, None, None, role[0], role[1], "person")
        closing = next((b for a, b in parens if a >= toks[-1].end()), toks[-1].end())  # `… Indonesia (WALHI) menilai`
        m = parse_mention(text, toks[0].start(), closing)
        if m is None:
            return None
        after = RE_TOKEN.search(text, m.end, toks[-1].end())
        if m.name_start is None and m.kind_hint in ("group", "person", "unknown") and (
                after is None or after.group().lower() != "dari"):  # `Pengamat politik dari UI X`: the name closes it
            m = extend_unnamed(text, m, toks[-1].end())  # `Keluarga seorang pasien lansia di Karawang`: all of it
        named = RE_SELF_NAMED.match(text, m.end, cue_start)
        if named is not None and not text[named.end():cue_start].strip():
            # `Kelompok penggemar X di Korea yang menamakan diri "NOVAnation Union" menuding`: the name it chose
            return Mention(m.start, named.end("name"), named.start("name"), named.end("name"), m.start,
                           _trim(text, m.start, m.end)[1], "organization")
        rest = [t.group().lower() for t in toks if t.start() >= m.end]
        acronym = m.name_start is not None and text[m.name_start:m.name_end].isupper()
        dari = rest.index("dari") if "dari" in rest[:3] else -1
        if dari >= 0 and all(w.islower() for w in rest[:dari]) and (m.kind_hint in ("role", "organization", "group")
                                                                   or acronym or m.role_start is not None
                                                                   or m.name_start is None):  # `ekonom energi dari …`
            # `Anggota DPR dari Fraksi PDIP Masinton Pasaribu menilai`, `Pengamat politik dari UI Aditya
            # Perdana menilai`: the name closes the role phrase
            after = [t for t in toks if t.start() >= m.end][dari]
            tail = parse_mention(text, after.end(), toks[-1].end())
            if tail is not None and tail.kind_hint == "person" and tail.name_start is not None and tail.end == toks[-1].end():
                role_end = _trim(text, m.start, tail.name_start)[1]
                if text.startswith(")", role_end) and text.count("(", m.start, role_end) > text.count(")", m.start, role_end):
                    role_end += 1
                return Mention(m.start, tail.end, tail.name_start, tail.name_end, m.start, role_end, "person")  # (`… (UI)`)
        alias = [t.group() for t in toks if t.start() >= m.end][1:]
        has_name = m.kind_hint == "organization" or m.kind_hint == "person" and m.name_start is not None
        if rest and rest[0] == "atau" and has_name and 0 < len(alias) <= MAX_ALIAS_WORDS \
                and all(is_capitalized(w) for w in alias):
            # `PT Pengembangan Pariwisata Indonesia atau InJourney …`, `Bupati Kediri X atau Mas Dhito`: another name
            rest = []
        if rest and not _is_subject_tail(rest, m.kind_hint):
            return None
        # `…, anggota Komisi III DPR, mengatakan`: a lower-case role chunk describes the name before it
        # (but `dr Nur Aini` is a name with its honorific)
        lower_role = m.role_start == m.start and text[m.start].islower() and not (
            m.role_end is not None and _abbreviation(text[m.role_start:m.role_end])) and not (
            idx == len(chunks) - 1 and m.kind_hint == "person" and m.name_start is not None)  # no comma: named
        honorific_only = m.role_start is not None and all(
            t.group().lower() in v["honorifics"] for t in RE_TOKEN.finditer(text, m.role_start, m.role_end))
        if m.name_start is not None and (m.role_start is None or honorific_only) and idx > 0:
            # `pengamat politik dari Universitas Indonesia, Aditya Perdana, menilai`: a role chunk, then the name
            # (`…, dr. Hj. Lilis Suryani, …`: honorifics are no role)
            ps, pe = _trim(text, *chunks[idx - 1])
            head = RE_TOKEN.match(text, ps)
            if head is not None and head.group().lower() in KINSHIP_NOUNS and " dari " in text[ps:pe] and idx >= 2:
                # `Suparmi, 47 tahun, ibu dari salah satu korban, Rizky Ananda, berharap`: the name after a
                # kinship chunk is the relative's; the subject is the name the sentence opened with
                first = parse_mention(text, *_trim(text, *chunks[0]))
                if first is not None and first.name_start is not None and first.kind_hint == "person":
                    return Mention(first.start, first.end, first.name_start, first.name_end, ps, pe, "person")
            if head is not None and head.group().lower() in v["titles"] and not text[pe:m.start].strip(" ,)"):
                pe += text.startswith(")", pe)  # `… Nasional (PPN), X`: the gloss closes the role
                return Mention(m.start, m.end, m.name_start, m.name_end, ps, pe, m.kind_hint)
        if (m.kind_hint == "role" or lower_role) and idx > 0:
            ps, pe = chunks[idx - 1]
            prev = parse_mention(text, *_trim(text, ps, pe))
            if prev is not None and text[prev.start:prev.end].lower() in v["connectives"]:
                prev = None  # `Sebaliknya, kelompok lobi industri CCIA Europe memperingatkan`: no one named before
            if prev is not None and prev.name_start is not None and prev.end >= _trim(text, ps, pe)[1]:
                return Mention(prev.start, prev.end, prev.name_start, prev.name_end, m.start, m.end, prev.kind_hint)
        if m.kind_hint in ("person", "organization", "media") and (m.role_start is None or honorific_only) and idx > 0:
            ps, pe = _trim(text, *chunks[idx - 1])
            prev = parse_mention(text, ps, pe)
            if prev is not None and prev.kind_hint == "role" and prev.end >= pe and not text[pe:m.start].strip(" ,)"):
                return Mention(m.start, m.end, m.name_start, m.name_end, prev.start, prev.end, m.kind_hint)
        return extend_unnamed(text, m, toks[-1].end()) if rest else m
    return None


#: words that may open a role appositive before its head noun (`salah satu pedagang`, `mantan Ketua RT`)
APPOSITIVE_PREFIXES: Final = frozenset({"salah", "satu", "seorang", "mantan", "eks", "sang"})
#: words that make a comma chunk a clause, not a noun phrase describing someone
PREDICATE_WORDS: Final = frozenset({
    "sudah", "telah", "akan", "sedang", "masih", "tidak", "tak", "belum", "harus", "bisa", "dapat", "perlu",
    "adalah", "merupakan", "ialah", "bukan", "ingin", "mau", "pernah", "bakal", "kalau", "jika", "bila", "apabila", "karena",
})
MAX_APPOSITIVE_WORDS: Final[int] = 12
MAX_APPOSITIVE_WITH_CLAUSE_WORDS: Final[int] = 30


def role_appositive(text: str, s: int, e: int, before_cue: bool = False) -> tuple[int, int] | None:
    """The span of a role chunk standing after a name (`Sumiati, pedagang sayur di Pasar Minggu, …`), or None.

    A chunk whose head is an occupation, title or group noun and that holds no
    predicate word describes the person before it: it is neither subject nor content.
    """
    v = _vocab()
    toks = [m for m in RE_TOKEN.finditer(text, s, e)]
    lows = [t.group().lower() for t in toks]
    # a relative clause may run long (`warga Kelurahan X yang anaknya diterima di SMPN 13 lewat jalur domisili`)
    head_words = lows.index("yang") if "yang" in lows else len(lows)
    if not toks or head_words > MAX_APPOSITIVE_WORDS or len(toks) > MAX_APPOSITIVE_WITH_CLAUSE_WORDS \
            or text[s:toks[0].start()].strip():
        return None
    k = 0
    while k < len(lows) - 1 and lows[k] in APPOSITIVE_PREFIXES:
        k += 1
    head = lows[k]
    if head in v["quantifiers"] and head not in SINGULAR_QUANTIFIERS:
        return None  # `para pedagang di Pasar X`: a group is a subject of its own, never someone's role
    # right before a cue verb any lower-case noun phrase is an appositive (`Malaysia, produsen sawit terbesar, menuding`)
    loose = before_cue and toks[k].group().islower() and head not in v["stops"] and not verb_like(head)
    if not (loose or head in v["occupations"] or head in v["titles"] or head in v["groups"] or head in ROLE_ARGUMENT_HEADS):
        return None
    clause = lows.index("yang") if "yang" in lows else len(lows)  # `sopir yang sudah 12 tahun …`: the clause is the role's
    if any(w in PREDICATE_WORDS or w in v["pronouns"] for w in lows[:clause]):
        return None
    plain_head = toks[k].group().islower() and (head in v["groups"] or head in v["occupations"])  # `warga Kelurahan X`
    if toks[k].group()[:1].isupper() or head in v["titles"] and not plain_head:
        # `Dr. Rina`, `dr Nur Aini` are names; `Kepala Dinas X` a role
        m = parse_mention(text, toks[0].start(), toks[-1].end())
        if m is None or m.name_start is not None:
            return None
    return toks[0].start(), toks[-1].end()


#: words that end an unnamed speaker's modifiers (`Seorang pejabat di kementerian itu kepada Reuters`)
UNNAMED_MODIFIER_STOPS: Final = frozenset({
    "saat", "ketika", "kepada", "pada", "dalam", "melalui", "lewat", "usai", "seusai", "sambil", "seraya",
    "sembari", "dan", "serta", "pun", "juga", "kala", "sebagaimana", "seperti", "sebelumnya", "kemarin",
})
MAX_UNNAMED_MODIFIER_WORDS: Final[int] = 10
#: words of a relative clause that only says the source is anonymous or was met (`yang enggan disebut namanya`)
ANONYMITY_WORDS: Final = frozenset({"nama", "namanya", "identitas", "identitasnya", "ditemui", "dihubungi",
                                    "diwawancarai", "dijumpai", "disurvei", "disebut", "disebutkan", "anonim",
                                    "anonimitas"})


def _named_then_place(words: list[str]) -> bool:
    """Capitalised words that are no title, place, organisation or occupation word, then a place word
    (`Amnesty International Indonesia`, `Yohanes Rante Padang`)."""
    v = _vocab()
    lows = [w.lower() for w in words]
    return (len(words) >= 2 and lows[-1] in v["places"] and lows[-1] not in PLACE_TYPES
            and v["known"].isdisjoint(lows[:-1]) and v["occupations"].isdisjoint(lows[:-1])
            and all(is_capitalized(w) and not w.isupper() for w in words))


def place_surname(text: str, m: Mention) -> Mention | None:
    """`Yohanes Rante Padang` where a name is expected (after a role and a comma): read as a body elsewhere
    (`split_phrase`), such words here name a person whose surname is a place."""
    if m.kind_hint in ("role", "organization") and m.role_start is None and _named_then_place(
            [t.group() for t in RE_TOKEN.finditer(text, m.start, m.end)]):
        return Mention(m.start, m.end, m.start, m.end, None, None, "person")
    return None


#: words after which a second verb still belongs to a relative clause (`yang datang menumpang bus untuk memantau
#: sidang meminta P`: the sentence's own verb is `meminta`)
CLAUSE_VERB_LINKS: Final = frozenset({"untuk", "guna", "demi", "sambil", "sembari", "dan", "serta", "atau", "tanpa"})


def extend_unnamed(text: str, m: Mention, end: int) -> Mention:
    """An unnamed speaker's whole phrase (`Seorang diplomat yang terlibat dalam perundingan`,
    `Sumber detikcom di internal KPK`): with no name, the modifiers are what identify the source."""
    if m.name_start is not None or m.kind_hint not in ("group", "person", "unknown"):
        return m
    v = _vocab()
    last = m.end
    toks = list(RE_TOKEN.finditer(text, m.end, min(end, m.end + MENTION_WINDOW)))
    relative = bool(toks) and toks[0].group().lower() == "yang"
    if relative and any(t.group().lower() in ANONYMITY_WORDS for t in toks):
        return m  # `Seorang warga yang enggan disebut namanya`: the clause hides the source, it names nothing
    clause_verb = main_verb = False
    for n, t in enumerate(toks):
        low = t.group().lower()
        if text[last:t.start()].strip() or n >= MAX_UNNAMED_MODIFIER_WORDS:
            break  # punctuation ends the phrase
        if relative and clause_verb and low in PREDICATE_WORDS:
            main_verb = True  # `seorang calon jemaah yang mendaftar sejak 2011 tak bisa …`: the sentence's own predicate
            break
        if relative and t.group().islower() and verb_like(low):
            if clause_verb and low.startswith("me") and toks[n - 1].group().lower() not in CLAUSE_VERB_LINKS:
                main_verb = True  # `sejumlah buruh yang berunjuk rasa membawa poster`: the sentence's own verb
                break
            clause_verb = True
        in_name = n > 0 and is_capitalized(t.group()) and is_capitalized(toks[n - 1].group())  # `Pasar Minggu`
        before = toks[n - 1].group() if n else text[m.start:m.end].rsplit(None, 1)[-1]  # (`Seorang juru bicara
        # Kementerian Kelautan dan Perikanan`: the phrase itself may end in the body's first field)
        if low in PORTFOLIO_CONJUNCTIONS and n < len(toks) - 1 and is_capitalized(before) \
                and is_capitalized(toks[n + 1].group()) and not relative:
            last = t.end()  # `Seorang pejabat di Kementerian Koperasi dan UKM`: `dan` inside the body's name
            continue
        if not relative and (low in UNNAMED_MODIFIER_STOPS or low == "yang" or low in v["adverbs"]
                             or low in v["time_openers"] and not in_name
                             or low in PREDICATE_WORDS or t.group().islower() and verb_like(low)
                             and low not in ("berbagai", "berusia", "berumur")):  # `seorang bayi berusia tujuh bulan`
            break
        last = t.end()
    if relative and last < end and text[last:end].strip() and not main_verb:
        return m  # the relative clause runs on past the cue: no clean phrase
    return Mention(m.start, last, None, None, None, None, m.kind_hint) if last > m.end else m


#: a role chunk ending in where its holder is (`petani durian di Desa Sausu`)
RE_LOCATIVE_TAIL: Final = regex.compile(r"\b(?:di|dari|asal) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*\s*$")
MAX_PLACE_CHUNK_WORDS: Final[int] = 3


def _closes_locative_role(text: str, chunks: list[tuple[int, int]], idx: int, toks: list[regex.Match[str]]) -> bool:
    """`Name (58), petani di Desa X, Parigi Moutong, …`: a chunk of capitalised words after a named person's
    role that ends in a place is the wider place (regency, province), not a second name."""
    if idx < 2 or len(toks) > MAX_PLACE_CHUNK_WORDS or not all(is_capitalized(t.group()) for t in toks) \
            or not _vocab()["titles"].isdisjoint(t.group().lower() for t in toks):
        return False
    if RE_LOCATIVE_TAIL.search(text, *chunks[idx - 1]) is None:
        return False
    ps, pe = _trim(text, *chunks[idx - 2])
    age = RE_TRAILING_PAREN.search(text, ps, pe + 1)
    if age is not None:
        ps, pe = _trim(text, ps, age.start())
    if text[ps:pe].lower() in _vocab()["connectives"]:
        return False  # `Sebaliknya, pemilik kedai X di Bandung, Rizal Fadillah, …`: no one named before the role
    named = parse_mention(text, ps, pe)
    return named is not None and named.kind_hint == "person" and named.name_start is not None and named.end >= pe


def _after_place_adjunct(text: str, chunks: list[tuple[int, int]], idx: int) -> bool:
    """`Di Temanggung, Jawa Tengah, petani tembakau mengaku`: the chunk is the province closing a place adjunct
    that opened the sentence, not a name the next chunk describes."""
    if idx < 1:
        return False
    opener = RE_TOKEN.search(text, *chunks[0])
    places = _vocab()["places"]
    words = [t.group() for t in RE_TOKEN.finditer(text, *chunks[idx])]
    # (one capitalised word right after an adjunct naming a place is its wider place: `Di Pantai Carita, Pandeglang,
    # warga`)
    return (opener is not None and opener.group().lower() in LOCATIVE_OPENERS and bool(words)
            and all(is_capitalized(w) for w in words)
            and (words[0].lower() in places or idx == 1 and len(words) == 1
                 and is_capitalized(text[chunks[0][0]:chunks[0][1]].split()[-1])))


def _names_someone(text: str, s: int, e: int) -> bool:
    """A chunk that can hold a subject, not an opening connective or adverbial (`Sementara itu, China …`)."""
    v = _vocab()
    first = RE_TOKEN.search(text, s, e)
    if first is None:
        return False
    low = first.group().lower()
    return not (low in v["connectives"] or low in v["not_first"] or low in v["time_openers"] or low in SUBJECT_TAIL_STARTS
                or low in load_set("prepositions"))


def _names_person(text: str, s: int, e: int) -> bool:
    """`pedagang bawang merah Haji Sobari`: role words closed by a person's name, the subject itself when no
    comma stands between it and the cue (`Sumiati, pedagang sayur di Pasar Minggu, mengatakan` is a role)."""
    m = parse_mention(text, s, e)
    if m is None or m.name_start is None or RE_ORIGIN_BEFORE.search(text, s, m.name_start):
        return False  # `sopir truk asal Maros`: the word after `asal` is where the person comes from
    return m.kind_hint == "person" and m.role_start is not None


#: `asal` right before a capitalised word: a place of origin, no name (`sopir truk asal Maros`)
RE_ORIGIN_BEFORE: Final = regex.compile(r"(?i)\basal\s+$")


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and not text[s].isalnum():
        s += 1
    while e > s and not text[e - 1].isalnum():
        e -= 1
    return s, e


#: an academic degree written after a name (`S.E.`, `M.Si.`, `Ph.D.`, `MBA`)
RE_DEGREE: Final = regex.compile(
    r"(?:\p{Lu}\p{Ll}{0,3}\.){1,3}(?:\p{Lu}{1,3}\p{Ll}{0,3}\.?)?|MBA|MPH|LLM|LL\.M\.?|MARS|MKM|CFP|CFA|CPA")
#: a degree written as one word after a name (`SpPD`, `SpA(K)`, `MKes`, `MSi`); a priest's religious order after
#: the name counts as one (`Pater Markus Seran SVD`)
RE_DEGREE_WORD: Final = regex.compile(r"Sp\p{Lu}{1,4}|M(?:Kes|Si|Sc|Pd|Ag|Hum|Kom|Psi|Ked)|SVD|OFM|SJ|MSC|CICM|OCarm|Pr")
#: words opening an appositive between a subject and its cue verb (`Budi, yang juga Ketua RT, …`)
APPOSITIVE_OPENERS: Final = frozenset({"yang", "sapaan", "panggilan", "akrab"})
MAX_RELATIVE_TAIL_WORDS: Final[int] = 10
SUBJECT_TAIL_STARTS: Final = frozenset({
    "dalam", "saat", "usai", "seusai", "ketika", "di", "kepada", "pada", "melalui", "lewat", "dari", "selama",
    "setelah", "sebelum", "kala", "sambil", "seraya", "sembari", "selaku", "sebagai", "menanggapi",
    "mengomentari", "terkait", "soal", "ditemui", "yang", "alias",
})


def _is_subject_tail(rest: list[str], kind: str) -> bool:
    """What may follow a subject before its cue: a prepositional phrase or a coordinated verb phrase."""
    if rest[0] == "atau" and not NICKNAME_VERBS.isdisjoint(rest[1:5]) and len(rest) <= MAX_RELATIVE_TAIL_WORDS:
        return kind in ("person", "role")  # `X atau yang akrab disapa Bagus Gondrong, mengaku`: another name
    if rest[0] in load_set("adverbs") and rest[-1] not in ("dan", "serta") and any(
            verb_like(w) for w in rest):
        return False  # `Heerenveen sempat memperkecil skor sebelum X memastikan`: a clause of its own before the cue
    if rest[0] in SUBJECT_TAIL_STARTS or rest[0] in load_set("adverbs"):
        # `Seorang warga yang enggan disebut namanya mengatakan`: a short relative clause on the subject
        # (people only: `Korea Utara yang tengah mengalami krisis menuntut bantuan` reports a demand, no words)
        # (a clause keeping the source anonymous may run longer: `yang berbicara kepada surat kabar lokal Milenio
        # tanpa mau disebutkan namanya`)
        limit = MAX_RELATIVE_TAIL_WORDS * (2 if not ANONYMITY_WORDS.isdisjoint(rest) else 1)
        return (rest[0] != "yang" or rest[-1] in ("dan", "serta")
                or len(rest) <= limit and kind in ("person", "group", "role", "unknown", "media"))
    return rest[-1] in ("dan", "serta", "lalu", "kemudian", "pun")
