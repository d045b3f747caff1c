"""One registry of entities per article, and the resolution of every mention to it (§4).

Full names are collected where the article writes them (`Penasihat … Kremlin
Yuri Ushakov`); a surname, a first name, initials (`STY`) or a nickname in
parentheses resolves to the fullest form. Role nouns resolve to the person who
holds that role, pronouns and `-nya` cues to the person last quoted.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from typing import Final

import regex

from builder.clean import Body
from builder.cues import (
    CONNECTIVE_WORDS,
    INFINITY,
    PASSIVE_CUES,
    PASSIVE_HEADS,
    RE_FAST_WORD,
    RE_SENTENCE_STOP,
    Candidate,
    cue_sets,
    mention_after,
)
from builder.lexicon import load_set
from builder.mentions import (
    CLOSING_QUOTES,
    COMPANY_HEADS,
    COMPANY_TAILS,
    MAX_LOWER_ROLE_WORDS,
    MAX_NAME_AFTER_GLOSS,
    MAX_PLACE_CHUNK_WORDS,
    MENTION_WINDOW,
    NAME_INITIAL_ABBREVIATIONS,
    NAME_LIKE_TITLES,
    NICKNAME_GIVEN,
    OPENING_QUOTES,
    PLACE_TYPES,
    PREDICATE_WORDS,
    RE_ACCOUNT_ANAPHOR,
    RE_ACCOUNT_NAME,
    RE_BARE_DEGREE,
    RE_COMMA_ORG,
    RE_DEGREE,
    RE_DEGREE_WORD,
    RE_NOMINALISATION,
    RE_ORIGIN_BEFORE,
    RE_PAREN_GROUP,
    RE_TOKEN,
    ROLE_ARGUMENT_HEADS,
    SINGULAR_QUANTIFIERS,
    Mention,
    _vocab,
    extend_unnamed,
    is_capitalized,
    occupation_opens,
    parse_mention,
    seat_end,
    split_phrase,
    verb_like,
)
from builder.offsets import lower_keep_offsets

#: a title word just after a slash: two roles held at once (`Menteri ATR/Kepala BPN`), not two names
#: (`Bagas Mahendra/Reza Aditya`, a doubles pair)
SLASHED_TITLE_ALTERNATION: Final = "|".join(sorted(t.capitalize() for t in load_set("titles")))
#: shortened first names written with their dot inside a run (`Moh. Hasan Basri`)
SHORT_FIRST_NAME_ALTERNATION: Final = "|".join(sorted(w.capitalize() for w in NAME_INITIAL_ABBREVIATIONS))
#: a run of capitalised words, possibly with a role phrase before it
RE_CAPITALISED_RUN: Final = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}])(?:(?:{SHORT_FIRST_NAME_ALTERNATION})\.(?= \p{{Lu}})"
    r"|\p{Lu}[\p{L}\p{N}'’-]*(?:\.[\p{L}\p{N}]+)*)"  # first word (`Bisnis.com`, a shortened `Moh.`)
    rf"(?:(?: +|/(?=(?:{SLASHED_TITLE_ALTERNATION})\b))"
    r"(?:(?:bin|binti|boru|br|van|der|de|al|von|ap|of|for|the|and|on) +|[\"“'‘]\p{Lu}\p{L}*[\"”'’] +)?(?:al-|el-)?"
    rf"(?:\p{{Lu}}\.(?= \p{{Lu}})|(?:Dt|St|Hi|{SHORT_FIRST_NAME_ALTERNATION})\.(?= \p{{Lu}})|\p{{Lu}}[\p{{L}}\p{{N}}'’-]*))*"
    # more words, a connector or a quoted nickname (`Fajar "Ucok" Siregar`) between them, a slash before a second
    # title (`Menteri ATR/Kepala BPN`), `al-` before a surname, a middle initial (`Yohanes F. Manurung`), a Minang
    # title inside the name (`Syafrizal Dt. Bandaro Kayo`, `St.` for Sutan), `Hi.` for Haji in a North Maluku name
    # (`Sahril Hi. Usman`), a shortened first name (`Moh. Hasan`)
)

#: a run's last word that is a multi-letter honorific with its dot after the run (`… Wakatobi Ir.`): it opens
#: the name that follows, so the run ends before it
RE_HONORIFIC_CLOSING_RUN: Final = regex.compile(
    r"(?:^| )(?:" + "|".join(sorted((w.capitalize() for w in load_set("abbreviations") & load_set("titles") if len(w) > 1),
                                   key=len, reverse=True)) + r")\.$")
#: `dan` and an abstract noun (ke-an, pe-an) after a title's words: the portfolio's second part
RE_PORTFOLIO_GOES_ON: Final = regex.compile(r" dan (?!Kementerian\b)(?:Ke|Pe|Per|Pen|Pem|Peng|Peny)\p{Ll}{2,}an\b")
#: an outlet's common noun pointing back (`harian itu`, `kantor berita tersebut`): the outlet quoted last
RE_MEDIA_ANAPHOR: Final = regex.compile(
    r"(?i:harian|koran|majalah|tabloid|media|situs|portal|surat kabar|kantor berita|stasiun televisi|televisi)"
    r" (?i:itu|tersebut|ini)")
#: the two words closing a stretch of text (`Hakim Ketua`)
RE_TITLE_PAIR: Final = regex.compile(r"(\p{L}+) (\p{L}+)$")
#: stdlib `re`, counted on every paragraph: a word starting with a capital (Latin scripts)
RE_CAPITALISED_WORD: Final = re.compile(r"(?<!\S)[A-ZÀ-ÖØ-Þ]")
RE_DEMONSTRATIVE_AFTER: Final = re.compile(r" (?:itu|tersebut|ini)\b")
RE_DEMONSTRATIVE_END: Final = re.compile(r" (?:itu|tersebut|ini)$")
#: a body's own website or account (`laman resmi Kementerian Koperasi`): the body is the source
RE_OWN_SITE: Final = regex.compile(r"(?i:laman|situs|portal|akun)(?: web)?(?: resmi)? (?P<owner>\p{Lu}.*)")
#: a place named by its type (`Desa Karangsari`, `Kabupaten Bone`): the word after is a place's name
RE_PLACE_NAMED: Final = regex.compile(r"\b(?:" + "|".join(sorted(t.capitalize() for t in PLACE_TYPES)) + r") (\p{Lu}[\p{L}-]*)")
#: a generational suffix closing a name, written with a full stop the name tokens leave out (`Marcos Jr.`)
RE_NAME_SUFFIX_END: Final = regex.compile(r" (?:Jr|Sr)$")
NAME_SUFFIXES: Final = frozenset({"Jr", "Sr", "II", "III", "IV"})
RE_QUOTED_NICKNAME: Final = regex.compile(r" [\"“'‘]\p{Lu}\p{L}*[\"”'’](?= )")
RE_SPLIT_NAME: Final = regex.compile(r"[\s-]+")
#: a form of address opening a nickname (`Bambang Sutrisno (Pak Tris)`)
RE_ADDRESS_WORD: Final = regex.compile(r"(?:Pak|Bu|Bapak|Ibu|Bang|Mas|Mbak|Kang|Cak|Daeng|Mang|Teh) ")
#: the words declaring the nickname a person goes by, right before it (`Sri Wahyuningsih alias Bu Yuyun`,
#: `Yulianus Kobak, S.Pd., yang akrab disapa Pak Yul`)
RE_NICKNAME_DECLARED: Final = regex.compile(r"(?:\s+alias|,?\s+(?:atau\s+)?" + NICKNAME_GIVEN + r")\s+$")
#: what may stand between a name and its nickname's declaration: degrees, an age, commas
RE_NAME_TO_NICKNAME_GAP: Final = regex.compile(r"(?:[\s,.]|\(\d+\)|\p{Lu}[\p{L}.]*\.)*")
#: an organisation's acronym in parentheses right before a run (`Indonesia Corruption Watch (ICW) Tania Putri`)
RE_ACRONYM_GLOSS_BEFORE: Final = regex.compile(r"\p{Lu}[\p{L}]{0,3}\p{Lu}[\p{L}]{0,6}\) *$")


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    return tuple(t for t in RE_SPLIT_NAME.split(RE_QUOTED_NICKNAME.sub("", name).lower().strip(" .,")) if t)


@dataclass(frozen=True, slots=True)
class Entity:
    """A name as the article writes it at one place, with the role written next to it."""

    name: str
    kind: str
    pos: int
    role: str | None
    run_start: int = 0
    para_start: int = 0
    initial: bool = False  # a sentence-initial run whose first word may be a common word


class Registry:
    """The article's capitalised runs, read lazily paragraph by paragraph.

    Parsing every run of every article costs more than all the rules together;
    most runs are never asked about, so a run is parsed when a query reaches it.
    """

    def __init__(self, body: Body) -> None:
        self.text = body.text
        self.low = lower_keep_offsets(body.text)
        self.paras = body.paragraphs
        self.para_starts = [p.start for p in body.paragraphs]
        self._runs: dict[int, list[tuple[int, int]]] = {}
        self._parsed: dict[int, Entity | None] = {}
        self._words: set[str] | None = None
        self._canonical: dict[str, Entity | None] = {}
        self._roles: dict[frozenset[str], list[Entity]] = {}
        self._bodies: dict[str, str | None] = {}
        self._settled: dict[tuple[int, int], int] = {}
        self._gloss_set: frozenset[str] | None = None
        self._place_words: frozenset[str] | None = None
        # a run may open with a cue word (`Kata Budi, "…"`), which is no part of the name
        self._cues = cue_sets()
        self._openers = _vocab()["name_openers"]
        # (`Seorang petugas …` after a caption's comma: a quantifier opens no name; `Keluarga Cendana` may)
        self._not_names = (_vocab()["not_first"] | load_set("pronouns") | self._cues["trailing"]
                           | load_set("quantifiers") - NAME_QUANTIFIERS)

    def runs_in(self, pi: int) -> list[tuple[int, int]]:
        """Name-bearing capitalised runs of paragraph pi (none in Title Case headlines)."""
        runs = self._runs.get(pi)
        if runs is not None:
            return runs
        para = self.paras[pi]
        text = self.text
        runs = []
        if not _is_headline(text, para.content_start, para.end):
            not_names = self._not_names
            # `Menteri Lingkungan, Urbanisasi, dan Perubahan Iklim`: the later fields of a listed office are no names
            listed = [x.span() for x in RE_COMMA_ORG.finditer(text, para.content_start, para.end)] \
                if text.find(", ", para.content_start, para.end) != -1 else []
            for m in RE_CAPITALISED_RUN.finditer(text, para.content_start, para.end):
                s, e = m.span()
                inside = next((b for a, b in listed if a < s < b), None) if listed else None
                if inside is not None:
                    if e <= inside + 1:
                        continue
                    s = inside + 1  # `… dan Asesmen Pendidikan Budi Santoso`: what follows the last field may name
                sp = text.find(" ", s, e)
                first = text[s:e if sp == -1 else sp].lower()
                opener = False
                while first in not_names or RE_REDUPLICATED.fullmatch(first):
                    # `Menurut Penasihat … Yuri Ushakov`: an opening word is not part of the run
                    opener = sp != -1 and first in self._openers and not _sentence_initial(text, para.content_start, s)
                    if sp == -1 or opener:
                        break  # (`H. Lalu Muhammad Zainuddin`: a Sasak noble's `Lalu` opens the name)
                    s = sp + 1
                    while text[s] == " ":
                        s += 1
                    sp = text.find(" ", s, e)
                    first = text[s:e if sp == -1 else sp].lower()
                if (first in not_names and not opener) or RE_REDUPLICATED.fullmatch(first) or RE_AMOUNT.match(text, s):
                    continue  # (`Rp21`, `US$1,3`: an amount, no name)
                honorific = RE_HONORIFIC_CLOSING_RUN.search(text, s, e + 1) if text.startswith(".", e) else None
                if honorific is not None:
                    e = honorific.start()  # `Taman Nasional Wakatobi Ir. Laode`: the honorific opens the next name
                    if e <= s:
                        continue
                if sp == -1 and _sentence_initial(text, para.content_start, s):
                    if self._words is None:
                        self._words = set(RE_FAST_WORD.findall(text))
                    if first in self._words or RE_NOMINALISATION.fullmatch(text, s, e):
                        continue  # `Dia …`, `Sebelumnya …`, `Pembayaran …`: a capitalised common word
                runs.append((s, e))
        self._runs[pi] = runs
        return runs

    def entity(self, pi: int, s: int, e: int) -> Entity | None:
        if s not in self._parsed:
            self._parsed[s] = self._parse(self.paras[pi].content_start, s, e)
        return self._parsed[s]

    def _parse(self, para_start: int, s: int, e: int) -> Entity | None:
        text = self.text
        if RE_DEMONSTRATIVE_AFTER.match(text, e):
            return None  # `Politikus PDI Perjuangan itu`: a role phrase, no name
        v = _vocab()
        words = text[s:e].split(" ")
        if words[0].lower() in PLACE_TYPES:
            return None  # `Kelurahan Kertasari`: a place, never a person
        if len(words) > 1 and words[0].lower() in load_set("titles") and RE_PORTFOLIO_GOES_ON.match(text, e):
            return None  # `Menteri Sumber Asli dan Kelestarian Alam`: the office's name goes on, no name ends it here
        if RE_DEGREE.fullmatch(text[s:e]) or RE_DEGREE_WORD.fullmatch(text[s:e]) and text[max(0, s - 2):s] == ", ":
            return None  # `…, M.Sc.`, `…, MARS,`, `Pater Aloysius Nule, SVD,`: a degree or order written after a name
        while len(words) > 1 and RE_DEGREE_WORD.fullmatch(words[-1]) and words[-2].lower() not in COMPANY_TAILS:
            # `Bambang Wijanarko SpPD`: a degree, no name (`Sierra Verde Mining SpA` is a company's legal form)
            e -= len(words.pop()) + 1
        while len(words) > 2 and RE_BARE_DEGREE.fullmatch(words[-1]) and RE_BARE_DEGREE.fullmatch(words[-2]):
            e -= len(words.pop()) + len(words.pop()) + 2  # `Lalu Ahmad Zaini SH MH`: two undotted degrees
        lows = [w.lower() for w in words]
        if RE_WEB_OUTLET.search(text, s, e) or " ".join(lows) in v["media"]:
            return Entity(text[s:e], "media", s, None, s, para_start, False)  # `CNNIndonesia.com`: an outlet, no person
        # `pelatih Persikota Dedi Kurnia`: after a lower-case role head, a first word with a two-word name
        # after it is the role's argument, not part of the name
        head = _role_head_before(text, para_start, s) if len(words) == 3 else []
        # `Kepala Pos Pengamatan (PGA) Marapi Rahmat Hidayat`: after an organisation's acronym, only the last words name
        glossed = len(words) >= MAX_NAME_AFTER_GLOSS and _closes_gloss(text, para_start, s) and bool(
            RE_ACRONYM_GLOSS_BEFORE.search(text, para_start, s))
        gloss = 0 if glossed and len(words) > MAX_NAME_AFTER_GLOSS else None
        if (not head and gloss is None and len(words) <= 3
                and not any(w in v["descriptors"] or w in v["media_words"] or w in v["orgs"] for w in lows)
                and not (len(words) == 3 and occupation_opens(lows))  # (`Petani Budi Santoso`: a role first)
                and lows[-1] not in COMPANY_TAILS  # (`Andina Lithium SpA`: a company)
                and not any(w.isupper() for w in words) and not (len(words) > 1 and _sentence_initial(text, para_start, s))):
            # the common case, a plain name (`Vladimir Putin`): no role to split off; right after an acronym gloss
            # (`(PGA) Marapi Rahmat Hidayat`) the article's own use of the words says where the name starts
            start = self.settle_name(s, e) if glossed or _after_origin(text, s) else s
            if len(words) == 2 and self._placed(words[0]):
                start = s + len(words[0]) + 1  # `(BPBD) Lumajang Isnugroho`, `Kabupaten Lumajang` written too: a mononym
            if " " not in text[start:e] and self._placed(text[start:e]):
                return None  # `Karangsari` after `Kepala Desa (Kades)`, when the article also writes `Desa Karangsari`
            return Entity(text[start:e], "person", start, None, s, para_start, _sentence_initial(text, para_start, s))
        toks = self._tokens(s, e)
        if not toks:
            return None
        ment = split_phrase(head + toks, None if gloss is None else len(head))
        if ment.name_start is None:
            return None
        if text[ment.name_start - 1:ment.name_start] in OPENING_QUOTES and ment.role_start is not None:
            first = next((t for t in reversed(toks) if t[1] < ment.name_start - 1), None)
            if first is not None and first[0] >= ment.role_start and is_capitalized(first[2]) \
                    and first[2].lower() not in v["known"]:  # `Pelatih Hendra "Kaisar" Wijaya`: the nickname's
                ment = replace(ment, name_start=first[0], role_end=_trim_end(text, ment.role_start, first[0]))
                if ment.role_end <= ment.role_start:
                    ment = replace(ment, role_start=None, role_end=None)
        if ment.role_start is None and ment.name_start == s and len(toks) > 1 and _sentence_initial(text, para_start, s):
            if self._words is None:
                self._words = set(RE_FAST_WORD.findall(text))
            if toks[0][2].lower() in self._words:
                return None  # `Pertemuan Putin …`: a common word, capitalised because it opens the sentence
            initial = True
        else:
            initial = False
        name_start, role_end = ment.name_start, ment.role_end
        if ment.role_start is not None and ment.kind_hint == "person":
            name_start = self.settle_name(ment.name_start, ment.name_end)
            role_end = _trim_end(text, ment.role_start, name_start) if name_start != ment.name_start else role_end
        role = text[ment.role_start:role_end].lower() if ment.role_start is not None and role_end > ment.role_start else None
        kind = ment.kind_hint if ment.kind_hint != "role" else "person"
        name_end = ment.name_end
        if kind == "organization" and name_start == s and name_end == e:
            # `Kedutaan Besar Jepang di Ulaanbaatar`: the office goes by its seat, also where it is named without it
            name_end = seat_end(text, s, e, min(len(text), e + MENTION_WINDOW)) or e
        name = text[name_start:name_end]
        if kind == "person" and " " not in name and self._placed(name):
            return None  # `Kepala Desa (Kades) Karangsari, …, Sutrisno`: the article writes `Desa Karangsari` too
        return Entity(name, kind, name_start, role, s, para_start, initial)

    def _placed(self, word: str) -> bool:
        """Whether the article writes the word right after a place-type word (`Desa Karangsari`): a place's name."""
        if self._place_words is None:
            self._place_words = frozenset(m.group(1) for m in RE_PLACE_NAMED.finditer(self.text))
        return word in self._place_words

    def role_of(self, ent: Entity) -> str | None:
        """The role written with the name, or the lower-case role words just before it (`juru bicara X`)."""
        if ent.role is not None and not set(ent.role.split()) <= load_set("ranks"):
            return ent.role
        # (a rank alone, `AKBP Hendrikus Bili`, holds no office: the role set off before it does)
        role = _lower_role_before(self.text, ent.para_start, ent.run_start)
        if role and set(role.lower().replace(".", " ").split()) <= _vocab()["honorifics"]:
            role = None  # `Bupati X, H. Andi Rahmat Saleh`: an honorific is no role; the chunk before the comma gives it
        role = role or _appositive_role_before(self.text, ent.para_start, ent.run_start)
        return role.lower() if role else ent.role

    def all_entities(self, backwards_from: int | None = None, max_paragraphs: int | None = None):
        """(paragraph, run, entity) over the article, or backwards from a position."""
        if backwards_from is None:
            for pi in range(len(self.paras)):
                for s, e in self.runs_in(pi):
                    yield pi, (s, e), self.entity(pi, s, e)
            return
        last = bisect_right(self.para_starts, backwards_from) - 1
        first = -1 if max_paragraphs is None else max(-1, last - max_paragraphs - 1)  # that many before the current one
        for pi in range(last, first, -1):
            runs = self.runs_in(pi)
            for j in range(bisect_right(runs, (backwards_from, -1)) - 1, -1, -1):
                s, e = runs[j]
                yield pi, (s, e), self.entity(pi, s, e)

    def _runs_with(self, word: str):
        """Runs holding a word, found by a plain search of the lower-cased text."""
        low = self.low
        pos = low.find(word)
        while pos != -1:
            end = pos + len(word)
            if (pos == 0 or not low[pos - 1].isalnum()) and (end >= len(low) or not low[end].isalnum()):
                pi = bisect_right(self.para_starts, pos) - 1
                if pi >= 0:
                    runs = self.runs_in(pi)
                    j = bisect_right(runs, (pos, INFINITY)) - 1
                    if j >= 0 and runs[j][0] <= pos < runs[j][1]:
                        yield pi, runs[j][0], runs[j][1]
            pos = low.find(word, end)

    def settle_name(self, s: int, e: int) -> int:
        """Where a name written after its role starts (once per span: the run and its mention ask alike)."""
        if (s, e) not in self._settled:
            self._settled[(s, e)] = self._settle_name(s, e)
        return self._settled[(s, e)]

    def _settle_name(self, s: int, e: int) -> int:
        """Where a name written after its role starts, by how the article uses its words alone.

        Where an organisation's name runs into the person's (`Direktur PT Karya Karst Lestari Hendrik Gunawan`)
        the word the article also writes alone (`kata Hendrik`) opens the name; a word cut off before it
        (`Manajer YHN Kartika Sari Dewi`, `Kartika menegaskan`) is taken back.
        """
        words = [(m.start(), m.group()) for m in RE_TOKEN.finditer(self.text, s, e)]
        if len(words) >= 3 and words[0][1].lower() not in PLACE_TYPES and _after_origin(self.text, s):
            return words[1][0]  # `Senator asal Kericho David Langat`: the word after `asal` is where he is from
        glosses = self._glosses()
        for n in range(1, len(words)):
            # `Komisioner Kompolnas Putri Saragih`, `… KAI Commuter Joni Martinus`: a short form the article
            # glosses in parentheses (`(Kompolnas)`, `(KAI Commuter)`) is the organisation's, not the name's
            prefix = self.text[max(0, s - GLOSS_CHARS):words[n][0]].rstrip()
            if any(prefix.endswith(g) and not prefix[-len(g) - 1:-len(g)].isalnum()
                   and not self.text.startswith(f" ({g})", e) for g in glosses):  # (`Mahmud Yusuf (Mahmud)`: his own)
                return words[n][0]
            if n >= 2:
                break
        if len(words) >= 3 and not self._used_alone(words[0][1], s):
            # (`Secretary Sriwangsa Air Dimas Arya Pradipta`, `Bupati Intan Jaya Natan Kobogau`: an organisation or
            # a place runs into the name)
            for n, (ws, w) in enumerate(words[1:-1], 1):
                if any(p.lower() in _vocab()["name_openers"] for _, p in words[:n]):
                    break  # `Mohamad Yusuf Kurniawan` is called `Yusuf`: the opener is his
                if all(later in NAME_SUFFIXES for _, later in words[n + 1:]):
                    break  # `Ferdinand Marcos Jr.` is called `Marcos`: a surname before a suffix opens no name
                if any(self.text[qs - 1:qs] in OPENING_QUOTES for qs, _ in words[1:]):
                    break  # `Ferdinand "Bongbong" Marcos Jr.`: a nickname stands inside a person's name, all of it
                if self._used_alone(w, ws, words[n + 1][1]):
                    return ws
        if len(words) == 2 and self._placed(words[0][1]):
            return words[1][0]  # `Kepala Pelaksana BPBD Lumajang Isnugroho`, `Kabupaten Lumajang` written too: a mononym
        before = RE_WORD_AFTER_GLOSS.search(self.text, max(0, s - 40), s)
        if before is not None and before.group("prev") and before.group("prev").lower() not in _vocab()["places"] \
                and not self._title_pair_before(before.start("prev")):
            # after a place (`(BPBD) Flores Timur Petrus …`) or a gloss only, not after a title, unless two titles
            # stand together (`Hakim Ketua Ratna Dewi Lubis`, `Ratna menegaskan`): the second takes no argument
            before = None
        word = before.group("word") if before is not None else ""
        if before is not None and len(words) >= 2 and not word.isupper() and word.lower() not in _vocab()["known"] \
                and self._used_alone(word, before.start("word")):
            return before.start("word")
        return s

    def _title_pair_before(self, pos: int) -> bool:
        """Whether the word at pos and the one before it are both titles (`Hakim Ketua`)."""
        pair = RE_TITLE_PAIR.search(self.text, max(0, pos - 40), RE_TOKEN.match(self.text, pos).end())
        titles = load_set("titles")
        return pair is not None and pair.group(1).lower() in titles and pair.group(2).lower() in titles

    def _glosses(self) -> frozenset[str]:
        """The capitalised short forms the article writes in parentheses (`(Kompolnas)`, `(KAI Commuter)`)."""
        if self._gloss_set is None:
            self._gloss_set = frozenset(m.group(1) for m in RE_GLOSS.finditer(self.text)
                                        if not m.group(1).isdigit() and m.group(1).lower() not in _vocab()["known"])
        return self._gloss_set

    def _used_alone(self, word: str, at: int, then: str | None = None) -> bool:
        """Whether the article names a speaker by the word alone (`kata Hendrik`, `Hendrik mengklaim`) elsewhere
        than at `at`: a place or an organisation's word standing alone (`di Jombang`) is no evidence, nor the
        word opening another name than the one whose next word is `then` (`Zaw Min Tun`, `ujar Min Aung Hlaing`)."""
        text, n = self.text, len(word)
        pos = text.find(word)
        while pos != -1:
            end = pos + n
            if pos != at and (pos == 0 or not text[pos - 1].isalnum()) and (end >= len(text) or not text[end].isalnum()):
                before = RE_WORD_END.search(text, max(0, pos - 24), pos)
                after = RE_WORD_START.match(text, end)
                if then is not None and after is not None and after.group(1)[:1].isupper() and after.group(1) != then:
                    pos = text.find(word, end)
                    continue
                if after is not None and after.group(1).lower() in _vocab()["adverbs"]:
                    after = RE_WORD_START.match(text, after.end())  # `Rahmat juga mengimbau`
                placed = before is not None and before.group(1).lower() in PLACE_TYPES  # `Kabupaten Bone juga …`
                if not placed and (before is not None and before.group(1).lower() in self._cues["trailing"]
                                   or after is not None and after.group(1).lower() in self._cues["verbs"]):
                    return True
            pos = text.find(word, end)
        return False

    def _nickname_of(self, pi: int, s: int) -> Entity | None:
        """`Sri Wahyuningsih alias Bu Yuyun`: the person named right before a declared nickname."""
        para_start = self.paras[pi].content_start
        declared = RE_NICKNAME_DECLARED.search(self.text, max(para_start, s - 40), s)
        if declared is None:
            return None
        runs = self.runs_in(pi)
        end = declared.start()
        for j in range(bisect_right(runs, (end, -1)) - 1, -1, -1):
            if not RE_NAME_TO_NICKNAME_GAP.fullmatch(self.text, runs[j][1], end):
                return None
            ent = self.entity(pi, *runs[j])
            if ent is not None:
                return ent if ent.kind == "person" else None
            end = runs[j][0]  # `Yulianus Kobak, S.Pd., yang akrab disapa`: a degree between
        return None

    def _alias_of(self, pi: int, s: int) -> Entity | None:
        """`Joko Widodo (Jokowi)`: the run before a parenthesised nickname."""
        if not self.text[max(0, s - 2):s].strip().endswith("("):
            return None
        if RE_ADDRESS_WORD.match(self.text, s):  # `Bambang Sutrisno (Pak Tris)`: a nickname with its form of address
            runs = self.runs_in(pi)
            j = bisect_right(runs, (s, -1)) - 1
            ent = self.entity(pi, *runs[j]) if j >= 0 and self.text[runs[j][1]:s].strip() == "(" else None
            return ent if ent is not None and ent.kind == "person" else None
        para = self.paras[pi]
        for listed in RE_COMMA_ORG.finditer(self.text, para.content_start, s):
            if self.text[listed.end():s].strip(" ") != "(" or listed.group().split()[0].lower() in _vocab()["titles"]:
                continue
            # `Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi (Kemendikbudristek)`: a short form that
            # spells no initials still names the whole listed office
            return Entity(listed.group(), "organization", listed.start(), None, listed.start(), para.start)
        runs = self.runs_in(pi)
        j = bisect_right(runs, (s, -1)) - 1
        if j < 0 or self.text[runs[j][1]:s].strip() != "(":
            return None
        first = j
        while first > 0 and RE_PORTFOLIO_GAP.fullmatch(self.text, runs[first - 1][1], runs[first][0]):
            first -= 1
        acronym = RE_TOKEN.match(self.text, s)
        if first < j and acronym is not None:
            # `Kementerian Lingkungan Hidup dan Kehutanan (KLHK)`, `Badan Meteorologi, Klimatologi, dan Geofisika
            # (BMKG)`: `dan` joins parts of one organisation's name when the acronym spells them (a role
            # before it, `Direktur Pengendalian Kebakaran Hutan dan Lahan Kementerian …`, spells nothing)
            capitals = [w for w in RE_TOKEN.finditer(self.text, runs[first][0], runs[j][1]) if w.group()[0].isupper()]
            spelled = acronym.group().upper()
            for k in range(len(capitals) - 1):
                if "".join(w.group()[0] for w in capitals[k:]) == spelled:
                    start = capitals[k].start()
                    return Entity(self.text[start:runs[j][1]], "organization", start, None, start, self.paras[pi].start)
        if first == j and acronym is not None and acronym.group().isupper() and len(acronym.group()) > 1:
            # `Peneliti Indonesia Corruption Watch (ICW)`: the words whose initials spell the acronym, one of them an
            # organisation word, are the body's name (`Susilo Bambang Yudhoyono (SBY)` holds none: a person)
            words = list(RE_TOKEN.finditer(self.text, runs[j][0], runs[j][1]))
            v = _vocab()
            for k in range(1, len(words) - 1):
                tail = words[k:]
                if "".join(w.group()[0] for w in tail) == acronym.group() and any(
                        w.group().lower() in v["orgs"] or w.group().lower() in v["org_heads"] for w in tail):
                    while k > 0 and (words[k - 1].group().lower() in v["org_heads"] or words[k - 1].group().lower() in v["orgs"]):
                        k -= 1  # `PT Sinar Pangan Nusantara Tbk (SPNT)`: the legal form belongs to the name
                    start = words[k].start()
                    return Entity(self.text[start:runs[j][1]], "organization", start, None, start, self.paras[pi].start)
        phrase = self._tokens(runs[first][0], runs[j][1])
        if acronym is not None and phrase and phrase[0][2].lower() in _vocab()["titles"] and (
                first < j or _role_acronym(acronym.group(), phrase)):
            # `Menteri Pendidikan Dasar dan Menengah (Mendikdasmen) Wahyu …`: the short form names the office,
            # so it stands for the person holding it, named right after the gloss
            return self._holder_after(pi, s)
        if (acronym is not None and acronym.group().isupper() and len(acronym.group()) > 1 and phrase
                and phrase[0][2].lower() in _vocab()["org_heads"] and phrase[0][2][0].isupper()):
            # `Otoritas Penanggulangan Bencana Negara Bagian Assam (ASDMA)`: an organisation's name whose
            # acronym spells another language's words
            start = runs[first][0]
            return Entity(self.text[start:runs[j][1]], "organization", start, None, start, self.paras[pi].start)
        ent = self.entity(pi, *runs[j])
        if (acronym is not None and acronym.group().isupper() and len(acronym.group()) > 1 and phrase
                and phrase[0][2].lower() in _vocab()["titles"] and (ent is None or " " not in ent.name)):
            # `Kepala Staf Gabungan (JCS) Korea Selatan`: an upper-case acronym after an office with no name
            # glosses the body, with the places written after the gloss
            return self._glossed_body(pi, runs[first][0], runs[j][1], s)
        return ent

    def _glossed_body(self, pi: int, start: int, end: int, s: int) -> Entity:
        """The body an upper-case acronym glosses: from its organisation word on, with places written after it."""
        v = _vocab()
        head = next((ts for ts, _, w in self._tokens(start, end) if w.lower() in v["org_heads"] or w.lower() in v["orgs"]), None)
        if head is not None:
            start = head  # `Ketua Umum Serikat Petani Nusantara (SPN)`: the acronym glosses the organisation, not the office
        name = self.text[start:end]
        close = self.text.find(")", s, self.paras[pi].end)
        if close != -1:
            after = RE_CAPITALISED_RUN.match(self.text, close + 1 + (self.text[close + 1:close + 2] == " "))
            if after is not None and all(w.lower() in v["places"] for w in after.group().split()):
                name += " " + after.group()  # `… (JCS) Korea Selatan`
        return Entity(name, "organization", start, None, start, self.paras[pi].start)

    def _tokens(self, s: int, e: int) -> list[tuple[int, int, str]]:
        """(start, end, word) for the words of text[s:e]."""
        return [(t.start(), t.end(), t.group()) for t in RE_TOKEN.finditer(self.text, s, e)]

    def _holder_after(self, pi: int, s: int) -> Entity | None:
        """The person named right after the gloss closing at or after s, past honorifics (`Prof. Dr.`)."""
        close = self.text.find(")", s, self.paras[pi].end)
        if close == -1:
            return None
        prev = close + 1
        for rs, run_end in self.runs_in(pi):
            if rs <= close:
                continue
            if self.text[prev:rs].strip(" ."):
                return None
            ent = self.entity(pi, rs, run_end)
            if ent is None and self.text[rs:run_end].lower() in _vocab()["honorifics"]:
                prev = run_end
                continue
            return ent if ent is not None and ent.kind == "person" else None
        return None

    def canonical(self, name: str) -> Entity | None:
        """The fullest form in the article that contains the name's words in order."""
        if name not in self._canonical:
            found = self._find_canonical(name)
            legal, _, short = name.partition(" ")
            if (found is None or found.name == name) and legal.lower() in COMPANY_HEADS and short.isupper() \
                    and " " not in short:  # `PT BNS` after `PT Bumi Nikel Sentosa (BNS)`: the company its acronym glosses
                glossed = self._find_canonical(short)
                if glossed is not None and glossed.kind == "organization" \
                        and glossed.name.lower().startswith(legal.lower() + " "):
                    found = glossed
            self._canonical[name] = found
        return self._canonical[name]

    def _find_canonical(self, name: str) -> Entity | None:
        key = name_tokens(name)
        if not key:
            return None
        best: Entity | None = None
        best_score: tuple = ()
        counts: dict[tuple[str, ...], int] = {}
        for pi, s, e in self._runs_with(key[-1]):
            ent = self.entity(pi, s, e)
            if ent is None:
                continue
            if len(key) == 1 and ent.kind == "person" and any(
                    n.strip(" \"“”'‘’").lower() == key[0] for n in RE_QUOTED_NICKNAME.findall(ent.name)):
                return ent  # `tegas Kaisar` after `Hendra "Kaisar" Wijaya`: the nickname he goes by
            ekey = name_tokens(ent.name)
            if ekey == key:  # `Jokowi`, `Mendes PDT`: a short form in parentheses
                alias = self._alias_of(pi, s) or self._nickname_of(pi, s)
                if alias is not None and alias.kind in ("person", "organization"):
                    return alias  # `Joko Widodo (Jokowi)`, `PT Kereta Api Indonesia (KAI)`, `X alias Bu Yuyun`
            if len(ekey) < len(key) or ent.kind != "person" and ekey != key and not (
                    ent.kind == "organization" and ekey[len(key):len(key) + 1] == ("di",) and ekey[:len(key)] == key):
                continue  # (`Kedutaan Besar China` after `Kedutaan Besar China di Kolombo`: the office at its seat)
            if name.isupper() and "-" in ent.name and ekey != key:
                continue  # `BI-Rate` is a thing named after BI, not a fuller BI
            if any(ekey[j:j + len(key)] == key for j in range(len(ekey) - len(key) + 1)):
                counts[ekey] = counts.get(ekey, 0) + 1
                # `Budi Santoso tampil santai …` opening a sentence is a name when the article also calls him `Budi`
                # alone (`Pertemuan Putin …` is never called `Pertemuan`)
                initial = ent.initial and not (len(ekey) > len(key) and key[0] == ekey[0] and ekey[0] != ekey[-1]
                                               and self._used_alone(ent.name.split()[0], ent.pos))
                # `Andi` is Andi Rahman Pawelloi rather than Muliati Andi Baso: a name word inside a name answers
                # to it only after a usual first word (`Muhammad Rizky Ramadhan` is `Rizky`)
                core = ekey[:-1] if ekey[-1].capitalize() in NAME_SUFFIXES or ekey[-1].upper() in NAME_SUFFIXES else ekey
                inner = ekey[:len(key)] != key and core[-len(key):] != key and ekey[0].rstrip(".") not in _vocab()["name_openers"]
                score = (not initial, not inner, len(ekey), counts[ekey], -ent.pos)
                if best is None or score > best_score:
                    best, best_score = ent, score
        if (best is None or name_tokens(best.name) == key) and len(key) == 1 and 2 <= len(key[0]) <= 4 and name.isupper():
            for ent in self._runs_spelling(key[0]):  # initials: `STY` -> Shin Tae-yong
                if ent is not None and ent.kind == "person":
                    ekey = name_tokens(ent.name)
                    if len(ekey) == len(key[0]) and "".join(t[0] for t in ekey) == key[0]:
                        return ent
        return best

    def _runs_spelling(self, initials: str):
        """Entities of the runs whose words' initials contain `initials`; parsing every run would cost more."""
        for pi in range(len(self.paras)):
            for s, e in self.runs_in(pi):
                if initials in "".join(t[0] for t in name_tokens(self.text[s:e])):
                    yield self.entity(pi, s, e)

    def body_phrase(self, mention: str) -> str | None:
        """`jaksa`, `JPU` -> `Jaksa penuntut umum`: the fullest phrase the article gives a body of people."""
        words = RE_PAREN_GROUP.sub(" ", mention).lower().split()  # `Jaksa Penuntut Umum (JPU) KPK`: the gloss aside
        bodies = load_set("bodies")
        glossed = mention.isupper() and f"({mention})" in self.text  # `Majelis Hakim (MH)`
        if not words or not (words[0] in bodies or glossed) or \
                any(w not in bodies and w not in _role_words() for w in words[1:]):
            return None
        if words[0] not in self._bodies:
            headlines = [(p.content_start, p.end) for p in self.paras if _is_headline(self.text, p.content_start, p.end)]
            self._bodies[words[0]] = _longest_body_phrase(self.text, self.low, words[0], headlines)
        found = self._bodies[words[0]]
        return found or (mention if words[0] in bodies else None)

    def sole_judge(self) -> Entity | None:
        """The person written after `hakim tunggal` (a pretrial has one judge), if the article names one."""
        phrase = " ".join(SOLE_JUDGE)
        at = self.low.find(phrase)
        while at != -1:
            after = at + len(phrase)
            pi = bisect_right(self.para_starts, at) - 1
            run = next(((s, e) for s, e in self.runs_in(pi) if s >= after), None)
            if run is not None and not self.text[after:run[0]].strip(" ,"):
                ent = self.entity(pi, *run)
                if ent is not None and ent.kind == "person":
                    return self.canonical(ent.name) or ent
            at = self.low.find(phrase, after)
        return None

    def by_role(self, role_words: set[str], before: int, backward: bool = False) -> Entity | None:
        """The person most recently given a role sharing the mention's title and place words.

        Holders of a role are collected once per article; only runs with a role
        word in or just before them are parsed.
        """
        holders = self._role_holders(frozenset(role_words))
        best: tuple[int, Entity] | None = None
        for ent in holders:
            full = self.canonical(ent.name)
            if full is not None and full.kind != "person":
                continue  # `Rektor Unustim`: the acronym glosses the university, which holds no role
            if backward and ent.pos >= before:
                continue  # `mantan kepala Bappeda itu` points back: a holder named later is someone else
            if ent.pos >= before and not role_words & load_set("titles") <= _spelled_out(set((self.role_of(ent) or "").split())):
                continue  # `Juru bicara Sekretaris Jenderal PBB` is no `Juru bicara Dinas Aksi Eksternal` named later
            score = ent.pos if ent.pos < before else -ent.pos
            if best is None or score > best[0]:
                best = (score, ent)
        return None if best is None else (self.canonical(best[1].name) or best[1])

    def _role_holders(self, role_words: frozenset[str]) -> list[Entity]:
        if role_words in self._roles:
            return self._roles[role_words]
        need = min(2, len(role_words))
        titles = load_set("titles")
        low = self.low
        out: list[Entity] = []
        for pi, para in enumerate(self.paras):
            if sum(1 for w in role_words if low.find(w, para.start, para.end) != -1) < need:
                continue
            for s, e in self.runs_in(pi):
                start = max(para.start, s - ROLE_WINDOW)
                if sum(1 for w in role_words if low.find(w, start, e) != -1) < need:
                    continue
                ent = self.entity(pi, s, e)
                if ent is None or ent.kind != "person":
                    continue
                role = self.role_of(ent)
                shared = role_words & _spelled_out(set(role.split())) if role else frozenset()
                # a title or the office's portfolio is shared: `Kepala pertahanan Rusia` is the `Menteri Pertahanan
                # Rusia`, but a `Kepala Dinas … Sulawesi Utara` is no `Direktur Eksekutif Walhi Sulawesi Utara`
                if len(shared) >= need and (not titles.isdisjoint(shared)
                                            or next((w for w in role.split() if w not in titles), None) in shared):
                    out.append(ent)
        self._roles[role_words] = out
        return out

    def organization_before(self, head: str, pos: int) -> str | None:
        """The organisation named last before pos whose name opens with `head` (`Perhimpunan Guru Merdeka`)."""
        at = self.low.rfind(head, 0, pos)
        while at != -1:
            if RE_DEMONSTRATIVE_AFTER.match(self.text, at + len(head)):
                at = self.low.rfind(head, 0, at)  # `perusahaan itu` earlier points back itself: look further back
                continue
            run = RE_CAPITALISED_RUN.match(self.text, at)
            if run is not None and (at == 0 or not self.text[at - 1].isalnum()) and " " in run.group():
                named = parse_mention(self.text, at, run.end())
                if named is not None and named.kind_hint == "organization" and named.role_start is not None \
                        and named.name_start is not None:  # `Manajemen PT BNS`: the company the common noun heads
                    ent = self.canonical(self.text[named.name_start:named.name_end])
                    return ent.name if ent is not None else self.text[named.name_start:named.name_end]
                whole = parse_mention(self.text, at, min(len(self.text), at + MENTION_WINDOW))
                if whole is not None and whole.kind_hint == "organization" and whole.name_start == at \
                        and whole.name_end > run.end() and whole.end <= pos:
                    return self.text[at:whole.name_end]  # `Kementerian Ekonomi dan Inovasi Lituania`: `dan` inside
                return run.group()  # the capitalised name that opens with the head word
            named = RE_NAMED_AFTER_COMMA.match(self.text, at + len(head)) if self.text[at].islower() else None
            if named is not None:
                return named.group("name")  # `komunitas penggemar LUMEN di Indonesia, Lumenesia.`
            # (`Organisasi pelestari sungai Norske Lakseelver`: capitalised, the head opens a sentence)
            phrase = parse_mention(self.text, at, min(len(self.text), at + MENTION_WINDOW)) \
                if self.text[at].islower() or run is not None and " " not in run.group() else None
            if phrase is not None and phrase.kind_hint == "organization" and phrase.name_start is not None \
                    and phrase.end <= pos:  # `kelompok suporter Garuda Nusantara`: the name after the common nouns
                return self.text[phrase.name_start:phrase.name_end]
            at = self.low.rfind(head, 0, at)
        return None

    def company_before(self, pos: int) -> str | None:
        """The company (`PT …`, `CV …`) named last before a position, however far back."""
        for _, _, ent in self.all_entities(backwards_from=pos):
            full = self.canonical(ent.name) if ent is not None else None
            if full is not None and full.kind == "organization" and (full.name.split()[0].lower() in COMPANY_HEADS
                                                                     or full.name.split()[-1].lower() in COMPANY_TAILS):
                return full.name  # (`Andina Lithium SpA`, `Himal Sky Airlines`: a company by its last word)
        return None

    def organization_entity_before(self, pos: int) -> Entity | None:
        """The organisation named last before a position, within the paragraph and the one before it."""
        nearest = None
        for pi, (s, _), ent in self.all_entities(backwards_from=pos, max_paragraphs=ORG_ANTECEDENT_PARAGRAPHS):
            full = self.canonical(ent.name) if ent is not None else None
            if full is not None and full.kind == "organization" and not self._country(full.name):
                if full.name == ent.name:
                    full = self._whole_organisation(pi, s, full)
                if _opens_sentence(self.text, self.paras[pi].content_start, s):
                    return full  # the subject of a recent sentence, not an organisation inside its object
                nearest = nearest or full
        return nearest

    @staticmethod
    def _country(name: str) -> bool:
        """`Ekuador` acting as a state: `lembaga itu` or `organisasi tersebut` never points back at it."""
        return all(w in load_set("places") for w in name.lower().split())

    def _whole_organisation(self, pi: int, s: int, ent: Entity) -> Entity:
        """The organisation's whole name where `dan` joins two runs of it (`Institut Vulkanologi dan Seismologi
        Filipina (PHIVOLCS)`): the run alone holds only the first part."""
        m = parse_mention(self.text, s, min(self.paras[pi].end, s + MENTION_WINDOW))
        if m is None or m.kind_hint != "organization" or m.name_start != s or m.name_end <= s + len(ent.name):
            return ent
        return replace(ent, name=self.text[m.name_start:m.name_end])

    def person_before(self, pos: int) -> Entity | None:
        """The person named last before a position, not counting names after a preposition (`di Timur Jauh`).

        The search looks back a bounded number of paragraphs: an antecedent is near.
        """
        for _, (s, e), ent in self.all_entities(backwards_from=pos, max_paragraphs=ANTECEDENT_PARAGRAPHS):
            if ent is not None and ent.kind == "person" and not _after_preposition(self.text, s) and (
                    not ent.initial or self._confirmed(ent, e)):  # not `Lha, …` opening a quoted sentence
                return self.canonical(ent.name) or ent
        return None

    def group_between(self, lo: int, hi: int) -> str | None:
        """The last unnamed group opening a sentence in text[lo:hi] (`Ratusan mahasiswa UNBR menggelar aksi …`),
        which a following `mereka` points back at."""
        text = self.text
        agents = [m.start("agent") for m in _re_passive_group().finditer(text, lo, hi)]
        starts = sorted(_subject_starts(text, lo, hi) + agents)
        for pos in reversed(starts):  # (`Rencana itu ditolak sebagian warga. Mereka …`: a passive's agent too)
            end = min(hi, pos + MENTION_WINDOW)
            group = parse_mention(text, pos, end)
            if group is not None and group.kind_hint == "group" and group.name_start is None:
                stop = RE_SENTENCE_STOP.search(text, group.end, hi)
                group = extend_unnamed(text, group, stop.start() if stop else hi)
                return text[group.start:group.end]
        return None

    def someone_between(self, lo: int, hi: int) -> tuple[int, str] | None:
        """(position, phrase) of the last unnamed single person opening a sentence in text[lo:hi]
        (`Seorang calon jemaah asal Garut tak bisa menyembunyikan kekecewaannya.`), whom a following `ia`,
        `dia` or `-nya` points back at; one given a name right after (`Seorang warga, Budi, …`) is left to it."""
        text = self.text
        for pos in sorted(_subject_starts(text, lo, hi), reverse=True):
            if not RE_INDEFINITE_PERSON.match(text, pos):
                continue
            who = parse_mention(text, pos, min(hi, pos + MENTION_WINDOW))
            if who is None or who.name_start is not None or who.kind_hint not in ("person", "group"):
                continue
            stop = RE_SENTENCE_STOP.search(text, who.end, hi)
            who = extend_unnamed(text, who, stop.start() if stop else hi)
            named_after = RE_NAME_AFTER_COMMA.match(text, who.end)
            if named_after is not None:
                # `Salah satu petani yang selamat, Sutrisno (38), menceritakan …`: the person is the name given
                name = parse_mention(text, named_after.end() - 1, min(hi, named_after.end() + MENTION_WINDOW))
                if name is None or name.kind_hint != "person" or name.name_start is None:
                    return None
                full = self.canonical(text[name.name_start:name.name_end])
                return who.start, full.name if full is not None else text[name.name_start:name.name_end]
            return who.start, text[who.start:who.end]
        return None

    def subject_between(self, lo: int, hi: int) -> Entity | None:
        """The last person opening a sentence in text[lo:hi] (`Kepala Unit X AKP Sutrisno menuturkan …`),
        or the agent of a passive (`Hal senada diungkapkan oleh X.`), which is the sentence's subject in meaning."""
        for _, (s, e), ent in self.all_entities(backwards_from=hi, max_paragraphs=ANTECEDENT_PARAGRAPHS):
            if s < lo:
                return None
            if ent is not None and ent.kind == "person" and (not ent.initial or self._confirmed(ent, e)) and (
                    _opens_sentence(self.text, ent.para_start, s) or _passive_agent(self.text, ent.para_start, s)
                    or RE_ONE_OF_THEM_BEFORE.search(self.text, max(ent.para_start, s - ONE_OF_THEM_WINDOW), s)):
                return self.canonical(ent.name) or ent
        return None

    def _confirmed(self, ent: Entity, run_end: int) -> bool:
        """A sentence-initial name is a name when the article also writes it mid-sentence, or when what
        follows reads as its predicate (`Samsul, yang …`, `Samsul sebelumnya …`, `Samsul mengaku …`)."""
        full = self.canonical(ent.name)
        if full is not None and not full.initial:
            return True
        if RE_AGE_AFTER.match(self.text, run_end):
            return True  # `Jefri Mokoginta (29), …`: an age follows only a person's name
        nxt = RE_NEXT_WORD.match(self.text, run_end)
        if nxt is None:
            return False
        word = nxt.group("word").lower()
        v = _vocab()
        appositive = word == "yang" or word in v["occupations"] or word in v["titles"] or word in v["groups"]
        return (nxt.group("comma") and appositive or word in PREDICATE_WORDS or word in load_set("adverbs")
                or verb_like(word))


#: bare nouns that point back at a company (`perusahaan menyatakan`), never at another kind of body
COMPANY_ANAPHORS: Final = frozenset({"perusahaan", "perseroan", "emiten", "manajemen", "maskapai"})
#: a web outlet's name (`CNNIndonesia.com`, `Tribun-Medan.com`)
RE_WEB_OUTLET: Final = regex.compile(r"\.(?:com|co\.id|id|net)$", regex.IGNORECASE)
#: an amount of money (`Rp21,3 triliun`, `US$1,3 miliar`): its capitalised letters are no name
RE_AMOUNT: Final = regex.compile(r"(?i)(?:rp|us\$|usd|idr) ?\d")
#: a reduplicated word (`wajah-wajah`, `anak-anak`): a plural common noun, never a name
RE_REDUPLICATED: Final = regex.compile(r"(\p{L}+)-\1")
#: what joins two parts of one organisation's name (`Pusat Vulkanologi dan Mitigasi`, `Meteorologi, Klimatologi, dan`)
RE_PORTFOLIO_GAP: Final = regex.compile(r",? (?:dan|serta) |, ")
#: nouns for what a speaker said that a following passive attributes (`Keluhan itu dilontarkan X`)
ATTRIBUTION_HEADS: Final = frozenset({"keluhan", "kalimat", "penegasan", "penjelasan", "pengakuan", "kritik", "harapan",
                                      "imbauan", "permintaan", "peringatan", "tudingan", "sindiran", "komentar"})
#: where a sentence may open: a paragraph start, the blank after a full stop or a dateline's dash (a connective
#: may follow)
RE_SENTENCE_OPENING: Final = regex.compile(
    r"(?:^|(?<=[.!?]) |(?<= [-–—]{1,2}) |\n)(?:(?i:" + CONNECTIVE_WORDS + r"),? )?(?=\p{Lu})", regex.MULTILINE)
#: a place or time phrase opening a sentence before its subject (`Di depan Gedung Kemnaker, `)
RE_LEADING_ADJUNCT: Final = regex.compile(
    r"(?:(?:Di|Dari|Pada|Dalam|Saat|Ketika|Sejak|Usai|Seusai) [^,.!?\n]{1,60}|(?i:" + CONNECTIVE_WORDS + r")), (?=\p{L})")
#: `Salah satunya dialami Nadia (22), …`, `Salah satunya Nur Aisyah (18)`: one of a group just mentioned, named;
#: `Lain halnya dengan Lukas Becker (34), …`, `Berbeda dengan X`: the next person, set against the last
RE_ONE_OF_THEM_BEFORE: Final = regex.compile(
    r"(?:(?:^|(?<=[.!?]\s)|(?<=\n))(?:Salah (?:satu|seorang)(?:nya| di antaranya),? "
    r"(?:(?:adalah|ialah|yakni|yaitu|dialami(?: oleh)?) )?|(?:Lain halnya|Berbeda|Begitu pula|Demikian pula) dengan )"
    # `Kritik serupa datang dari pemimpin masyarakat adat Kayapó, Raoni Metuktire`: the one a reaction came from
    r"|\bdatang (?:pula |juga )?dari (?:[^.!?\n,]{1,60}, )?"
    # `Bagi Nakamura, pindah bukanlah pilihan.`, `Bagi penyewa seperti Niamh Gallagher, …`: the person in focus
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))Bagi (?:\p{Ll}+ ){0,2}(?:seperti )?)$")
ONE_OF_THEM_WINDOW: Final[int] = 90  # characters searched back for those openers
ORIGIN_WINDOW: Final[int] = 8  # characters searched back for `asal ` before a name
#: quantifiers that may open a name (`Keluarga Cendana`, `Kalangan Muda`, `Mayoritas Rakyat`)
NAME_QUANTIFIERS: Final = frozenset({"keluarga", "kalangan", "mayoritas"})
#: an indefinite single person opening a sentence (`Seorang pedagang`, `Salah seorang penggugat`, `salah satu warga`)
RE_INDEFINITE_PERSON: Final = regex.compile(r"(?i)(?:seorang|salah (?:seorang|satu)) \p{Ll}")
#: a name set after a comma (`Seorang warga, Budi Santoso, …`)
#: a spokesperson's title: one who speaks for someone else, never the person who spoke before unless named so
SPOKESPERSON_TITLES: Final = frozenset({"bicara", "jubir"})
#: (`Salah satu petani yang selamat, Sutrisno (38), …`: a relative clause may stand between the phrase and the name)
RE_NAME_AFTER_COMMA: Final = regex.compile(r"(?:\s+yang\s[^,.;\n]{1,60})?,\s*\p{Lu}")
#: the word ending right before a position, and the word starting right at one
RE_WORD_END: Final = regex.compile(r"(\p{L}+) $")
RE_WORD_START: Final = regex.compile(r" (\p{L}+)")
ACCOUNT_WINDOW: Final[int] = 3000  # characters searched back for the account `akun itu` points at
ORG_ANTECEDENT_PARAGRAPHS: Final[int] = 1  # paragraphs before the current one searched for `Organisasi itu`
#: a police chief's contracted title and the unit it heads (`Kapolrestabes` is the `Kepala Polrestabes`)
POLICE_HEADS: Final = {"kapolri": "polri", "kapolda": "polda", "kapolres": "polres", "kapolresta": "polresta",
                       "kapolrestabes": "polrestabes", "kapolsek": "polsek"}
#: titles of the one person heading a region or its police, whom no other office of the region names
REGION_HEADS: Final = frozenset(POLICE_HEADS) | {"bupati", "gubernur", "walikota", "wali", "camat", "lurah", "presiden"}
#: `hakim tunggal X`: a court of one judge, so `hakim` alone is that person
SOLE_JUDGE: Final = ("hakim", "tunggal")
#: a short form in parentheses: one or two capitalised words (`(Kompolnas)`, `(KAI Commuter)`)
RE_GLOSS: Final = regex.compile(r"\((\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)\)")
GLOSS_CHARS: Final[int] = 40  # the longest short form looked for before a name
#: the one word between an acronym gloss or a place and a position (`(YHN) Kartika` before `Sari Dewi`)
RE_WORD_AFTER_GLOSS: Final = regex.compile(r"(?:\)|(?P<prev>\p{L}+)) (?P<word>\p{Lu}[\p{L}'’-]*) $")
#: a common noun's phrase closed by its name after a comma (`komunitas penggemar X di Indonesia, Lumenesia.`)
RE_NAMED_AFTER_COMMA: Final = regex.compile(r"[^.,;\n]{1,60}, (?P<name>\p{Lu}[\p{L}\p{N}-]*(?: \p{Lu}[\p{L}\p{N}-]*){0,3})[.,]")
#: a capitalised office and its gloss right before a run (`Anggota Komite Eksekutif (Exco) `)
RE_TITLED_GLOSS_BEFORE: Final = regex.compile(r"(?P<title>\p{Lu}[\p{L}-]*)(?: \p{Lu}[\p{L}-]*){0,8} \([^()]{1,30}\) $")
#: an age in parentheses right after a name
RE_AGE_AFTER: Final = regex.compile(r"\s*\(\d{1,3}(?: tahun)?\)|, \d{1,3} tahun,")  # `Daeng Sirua, 54 tahun,` too
RE_AGE_CLOSING: Final = regex.compile(r"\p{Lu}\p{L}*\s*\(\d{1,3}(?: tahun)?\)\s*$")  # `Fajar (29)` closing a chunk
#: the word after a run, and whether a comma stands before it
RE_NEXT_WORD: Final = regex.compile(r"(?:\s*\([^()]{0,20}\))?(?P<comma>\s*,)?\s*(?P<word>\p{L}+)")
#: a speaker that is a list of names (`Prancis, Jerman dan Polandia`): `mereka` points back at it
RE_LIST_NAME: Final = regex.compile(r", | dan | serta ")
#: one word of a body's phrase
RE_BODY_WORD: Final = regex.compile(r"\p{L}+")


def _subject_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where a sentence's subject may start in text[lo:hi]: at its opening, or after a leading place or time phrase
    (`Di depan Gedung X, sejumlah buruh …`)."""
    opens = [m.end() for m in RE_SENTENCE_OPENING.finditer(text, lo, hi)]
    return opens + [a.end() for a in (RE_LEADING_ADJUNCT.match(text, p, hi) for p in opens) if a is not None]


def _body_words(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    return [(w.start(), w.end(), w.group()) for w in RE_BODY_WORD.finditer(text, lo, hi)]


@cache
def _role_words() -> frozenset[str]:
    """Words that may stand in a body's phrase besides body words (`penuntut umum`, `Pengadilan Negeri`)."""
    return load_set("titles") | load_set("places") | load_set("organizations")


PAREN_GLOSS_WORDS: Final[int] = 4  # words a gloss inside a body's name may hold


def _longest_body_phrase(text: str, low: str, head: str, headlines: list[tuple[int, int]]) -> str | None:
    """The longest phrase holding `head` made of body, role and place words, opening with a body word.

    `(JPU)` is a gloss: the phrase standing before it is the body's name. Title Case headlines
    (`Hakim Tolak Praperadilan Dirut …`) capitalise every word and are not read.
    """
    bodies = load_set("bodies")
    role_words = _role_words()
    institutions = _vocab()["org_heads"] | _vocab()["places"] | _vocab()["orgs"]
    stops = _vocab()["stops"]

    def fits(prev: str, word: str) -> bool:
        # a capitalised word only after an institution or place word (`Pengadilan Negeri Cilegon`), never a name
        w = word.lower()
        if w in stops and not word[0].isupper():
            return False  # `… Jawa Tengah dalam sidang`: a lower-case preposition ends the name (`Dalam Negeri` may not)
        if w in bodies or w in role_words:
            return True
        if not word[0].isupper():
            return False
        # `Pengadilan Tindak Pidana Korupsi`: a capitalised name runs on; after a lower-case role word only an
        # institution's word may follow (`jaksa penuntut umum Kejaksaan Tinggi`, never `… umum Yudhistira`)
        if prev.lower() in bodies:  # `Majelis Hakim PN Bale Bandung`, never `Majelis Hakim Ratna Sari Dewi`
            return w in institutions or word.isupper()
        return prev[:1].isupper() or prev.lower() in role_words and w in institutions

    best: tuple[int, int] | None = None
    pos = low.find(head)
    while pos != -1:
        s, e = pos, pos + len(head)
        pos = low.find(head, e)
        if s > 0 and low[s - 1].isalnum() or e < len(low) and low[e].isalnum() or any(a <= s < b for a, b in headlines):
            continue
        words = _body_words(text, max(0, s - 80), min(len(text), e + 80))
        at = next(x for x, w in enumerate(words) if w[0] == s)
        if text[s - 1:s] == "(" and text[e:e + 1] == ")":  # a gloss: read the phrase before it backwards
            first, last = at, at - 1
            while first > 0 and text[words[first - 1][1]:words[first][0]] in (" ", " (") and \
                    fits(words[first - 2][2] if first > 1 else "", words[first - 1][2]):
                first -= 1
        else:
            first = last = at
            while first > 0 and text[words[first - 1][1]:words[first][0]] == " " and words[first - 1][2].lower() in bodies:
                first -= 1  # `Majelis hakim`
            while last + 1 < len(words):
                gap = text[words[last][1]:words[last + 1][0]]
                if gap == " (":  # `Pengadilan Tipikor (Tipikor) Bengkulu`: step over a gloss
                    close = next((x for x in range(last + 1, min(len(words), last + 1 + PAREN_GLOSS_WORDS))
                                  if text[words[x][1]:words[x][1] + 2] == ") "), None)
                    if close is None or close + 1 >= len(words) or not words[close + 1][2][:1].isupper():
                        break
                    last = close + 1
                    continue
                if gap != " " or not fits(words[last][2], words[last + 1][2]):
                    break
                last += 1
        while first <= last and words[first][2].lower() not in bodies:
            first += 1  # the phrase opens with a body word
        if first <= last and (best is None or words[last][1] - words[first][0] > best[1] - best[0]):
            best = (words[first][0], words[last][1])
    return text[best[0]:best[1]] if best else None


def _opens_sentence(text: str, para_start: int, pos: int) -> bool:
    """A name first in its sentence, or after one short opening chunk (`Kapten tim, Jay Idzes, …`, `Sementara itu, X`)."""
    j = _skip_back_role_words(text, para_start, pos)
    while j > para_start and text[j - 1] in " \t":
        j -= 1
    if j <= para_start or text[j - 1] in ".!?\n":
        return True
    if text[j - 1] != ",":
        return False
    k = max(text.rfind(c, para_start, j - 1) for c in ".!?,")
    if k >= para_start and text[k] == ",":
        # `Sementara itu, Kepala Riset PT X, Dewi …`: a role chunk may stand after one opening chunk
        role_start = k + 1
        while role_start < j and text[role_start] in " \t":
            role_start += 1
        first = RE_TOKEN.match(text, role_start)
        role_head = first is not None and (first.group().lower() in load_set("titles") - _vocab()["honorifics"]
                                           or first.group().islower() and first.group() in load_set("occupations"))
        if role_head and text.rfind(",", para_start, k) < para_start:
            # (`KH Abdul Wahid, pengasuh …`: a name, no role; `Di sisi lain, eksportir asal Kota Cirebon, X`: a role)
            return _opens_sentence(text, para_start, role_start)
        place = text[role_start:j - 1].split()
        opening = max(para_start, *(text.rfind(c, para_start, k) + 1 for c in ".!?"))
        head = RE_TOKEN.search(text, opening, k)
        if 1 <= len(place) <= MAX_PLACE_CHUNK_WORDS and all(w[:1].isupper() for w in place) and (
                RE_PLACED_ADVERBIAL.match(text, opening, k)
                or head is not None and (head.group().lower() in load_set("occupations")
                                         or head.group().lower() in load_set("titles"))
                and RE_CAPITALISED_TAIL.search(text, opening, k)):
            # `Saat ditemui di Kompleks Parlemen, Senayan, Bimo …`, `Wisatawan asal Melbourne, Australia, Daniel …`:
            # the wider place closes the adverbial or the role before the name
            return _opens_sentence(text, para_start, role_start)
        return False  # two chunks before the name: it is no subject
    if RE_AGE_CLOSING.search(text, max(k + 1, para_start), j - 1):
        return False  # `Fajar (29), mantan engineer KilatMart, …`: the chunk before is the person, this is their role
    words = text[max(k + 1, para_start):j - 1].split()
    # `Mengomentari agenda KTT Rusia-Korea Utara, Peskov …`: an adverbial chunk may run longer
    # `Ketua Komisi E DPRD Sulsel, Andi Rahmawati, …`: a role chunk may run longer too
    # `Seorang pedagang nasi di Jalan Bangka Raya, Marni, …`: so may an unnamed person's role
    head = words[1].lower() if len(words) > 1 and words[0].lower() in SINGULAR_QUANTIFIERS else words[0].lower() if words else ""
    adverbial = bool(words) and (words[0].lower().startswith(("me", "di")) or words[0].lower() in ADVERBIAL_OPENERS
                                 or head in load_set("titles") or head in load_set("occupations"))
    return len(words) <= (MAX_ADVERBIAL_CHUNK_WORDS if adverbial else MAX_OPENING_CHUNK_WORDS)


def _role_acronym(gloss: str, taken: list[tuple[int, int, str]]) -> bool:
    """`Menkeu`, `Kapolda`, `Mendikdasmen`: a mixed-case short form built from the letters of the title phrase
    before it (an organisation's acronym is upper case, `(ICW)`; a nickname is one of the words, `(Mahfud)`)."""
    if len(gloss) < 4 or gloss.isupper() or not gloss[:1].isupper() or not taken:
        return False
    lows = [t[2].lower() for t in taken]
    low = gloss.lower()
    if lows[0] not in _vocab()["titles"] or low in lows or low[0] != lows[0][0]:
        return False
    letters = iter("".join(lows))
    return all(ch in letters for ch in low)  # the gloss's letters, in order, within the phrase


def _closes_gloss(text: str, para_start: int, pos: int) -> bool:
    """Whether a `)` ends the text before pos (blanks aside): a cheap test before a gloss pattern is searched
    over the whole paragraph, for every run."""
    j = pos
    while j > para_start and text[j - 1] == " ":
        j -= 1
    return j > para_start and text[j - 1] == ")"


def _skip_back_role_words(text: str, para_start: int, pos: int) -> int:
    """Where the subject phrase of a run starts: before its lower-case role words (`anggota Komisi III DPR X`)
    and a connective opening the sentence (`Namun X`, `Sementara itu pelatih X`)."""
    titles, connectives = load_set("titles"), load_set("connectives")
    gloss = RE_TITLED_GLOSS_BEFORE.search(text, para_start, pos) if _closes_gloss(text, para_start, pos) else None
    if gloss is not None and gloss.group("title").lower() in titles:
        pos = gloss.start()  # `Anggota Komite Eksekutif (Exco) PSSI X`: a titled office and its gloss open the phrase
    j = pos
    plain: list[int] = []  # lower-case words read past, nearest first (`sepak bola nasional`)
    for w in _words_back(text, para_start, pos):
        low = w.group().lower()
        if low in titles and w.group().islower() or low in connectives or low == "itu" and j != pos:
            j, plain = w.start(), []
        elif j == pos and w.group().islower() and len(plain) < MAX_LOWER_ROLE_WORDS and not verb_like(low) \
                and low not in _vocab()["stops"]:
            plain.append(w.start())
        elif plain and (low in titles or low in _vocab()["occupations"]):
            j, plain = w.start(), []  # `Pengamat sepak bola nasional X`: a title, its lower-case words, the name
        else:
            break
    return j


@cache
def _re_honorifics_before() -> regex.Pattern:
    """Honorifics written before a name (`Prof. Dr. Ir.`): the abbreviations that are also titles."""
    words = sorted(load_set("abbreviations") & load_set("titles"), key=len, reverse=True)
    return regex.compile(r"(?i:(?:" + "|".join(regex.escape(w) for w in words) + r")\.? )+$")


def _appositive_role_before(text: str, para_start: int, pos: int) -> str | None:
    """`Rektor Unustim, Prof. Dr. Siti Rahayu, …`: the titled chunk before the name, set off by a comma."""
    hon = _re_honorifics_before().search(text, max(para_start, pos - 40), pos)
    j = hon.start() if hon is not None else pos
    if not text[:j].endswith(", "):
        return None
    chunk_end = j - 2
    k = max(text.rfind(c, para_start, chunk_end) for c in ".!?,\n")
    chunk = text[max(k + 1, para_start):chunk_end].strip()
    first = chunk.split()[0].lower() if chunk else ""
    return chunk if first in load_set("titles") and len(chunk.split()) <= MAX_ADVERBIAL_CHUNK_WORDS else None


def _words_back(text: str, para_start: int, pos: int):
    """The words just before pos, nearest first, while only blanks stand between them."""
    j = pos
    while j > para_start and text[j - 1] in " \t":
        j -= 1
    if j == para_start or not text[j - 1].isalnum():
        return  # punctuation or the paragraph start right before: no word to read (most runs)
    end = pos
    for w in reversed(list(RE_TOKEN.finditer(text, max(para_start, pos - ROLE_WINDOW), pos))):
        if text[w.end():end].strip():
            return
        yield w
        end = w.start()


def _passive_agent(text: str, para_start: int, pos: int) -> bool:
    """`… oleh X`, `Hal itu disampaikan X`, `Pernyataan itu disanggah calon wali kota nomor urut 2, X`:
    the agent of a passive, right after the verb or after the verb and a role chunk."""
    before = text[max(para_start, pos - 16):pos].lower()
    if before.endswith("oleh "):
        return True
    last = before.rstrip().rsplit(" ", 1)[-1]
    if before.endswith(" ") and (last in PASSIVE_CUES or _passive_verb(last)):
        return True
    if not text.endswith(", ", para_start, pos):
        return False
    k = max(text.rfind(c, para_start, pos - 2) for c in ".!?,\n")
    return _re_passive_then_title().search(text, max(k + 1, para_start), pos - 2) is not None


def _passive_verb(word: str) -> bool:
    """`disanggah`, `dilontarkan`: a passive speech verb (`dihadiri Presiden X` names a guest, no speaker)."""
    return word in load_set("cues_passive")


@cache
def _re_passive_group() -> regex.Pattern:
    """An unnamed group as the agent of a passive verb (`ditolak sebagian warga.`): many, not one."""
    plural = sorted(load_set("quantifiers") - SINGULAR_QUANTIFIERS)
    # (`dinilai tidak realistis oleh para petani`: with `oleh`, a few words may stand between the verb and its agent)
    return regex.compile(r"\bdi\p{Ll}{3,} (?:(?:\p{Ll}+ ){0,3}?oleh )?(?P<agent>(?:" + "|".join(map(regex.escape, plural))
                         + r") )")


@cache
def _re_passive_then_title() -> regex.Pattern:
    verbs = sorted(load_set("cues_passive") | PASSIVE_CUES, key=len, reverse=True)
    titles = sorted(load_set("titles"), key=len, reverse=True)
    return regex.compile(r"(?i)\b(?:" + "|".join(verbs) + r")\s+(?:oleh\s+)?(?:"
                         + "|".join(regex.escape(t) for t in titles) + r")\b")


def build_registry(body: Body) -> Registry:
    return Registry(body)


ROLE_WINDOW: Final[int] = 60  # characters before a name where its lower-case role may stand
ANTECEDENT_PARAGRAPHS: Final[int] = 8
MAX_OPENING_CHUNK_WORDS: Final[int] = 4
MAX_ADVERBIAL_CHUNK_WORDS: Final[int] = 10
#: an adverbial chunk ending in a capitalised place (`Saat ditemui di Kompleks Parlemen`), which a wider place
#: may follow (`, Senayan,`) before the subject
RE_PLACED_ADVERBIAL: Final = regex.compile(r"\s*(?i:saat|ketika|usai|seusai|setelah|sebelum|di|dari)\b[^,]* \p{Lu}[\p{L}-]*\s*$")
RE_CAPITALISED_TAIL: Final = regex.compile(r" \p{Lu}[\p{L}-]*$")
#: words opening an adverbial chunk before a sentence's subject (`Saat ditemui di kantornya, X …`)
ADVERBIAL_OPENERS: Final = frozenset({"saat", "ketika", "dalam", "usai", "seusai", "setelah", "sebelum", "terkait", "soal"})



def _after_origin(text: str, pos: int) -> bool:
    """Whether `asal` stands right before pos (`Senator asal Kericho …`): the next word is a place of origin."""
    return RE_ORIGIN_BEFORE.search(text, max(0, pos - ORIGIN_WINDOW), pos) is not None


def _after_preposition(text: str, pos: int) -> bool:
    j = text.rfind(" ", max(0, pos - 12), max(0, pos - 1))
    return text[j + 1:pos].strip().lower() in load_set("prepositions")


def _is_headline(text: str, s: int, e: int) -> bool:
    """Title Case lines (headlines, section titles) capitalise common words: no names there."""
    seg = text[s:e].rstrip()
    if seg.endswith((".", "!")) or seg.endswith(('"', "”")) and seg[-2:-1] in ".!?,":
        return False  # a sentence, however many names it holds (but `…, Exco: "Evaluasi Sudah Final"` is a headline)
    if seg.endswith(":") and seg[-2:-1].islower():
        return False  # `Dalam orasinya, Sekretaris Jenderal CWC S. Ramanathan berkata:`: a lead into the quote below
    n = seg.count(" ") + 1
    return n >= 4 and len(RE_CAPITALISED_WORD.findall(seg)) / n > 0.6


def _sentence_initial(text: str, para_start: int, pos: int) -> bool:
    j = pos - 1
    while j >= para_start and text[j] in " \t\"“'‘(":
        j -= 1
    if j >= para_start and text[j] == ".":
        w = RE_WORD_BEFORE_DOT.search(text, max(para_start, j - 12), j)
        if w is not None and w.group().lower() in load_set("abbreviations"):
            return False  # `Prof. Dr. Ir. Siti`: an honorific's dot ends no sentence
    return j < para_start or text[j] in ".!?:"


RE_WORD_BEFORE_DOT: Final = regex.compile(r"\p{L}+$")


def _role_head_before(text: str, para_start: int, pos: int) -> list[tuple[int, int, str]]:
    """The role words before a run back to a title that takes an argument (`pelatih`, `ekonom senior`)."""
    titles, places = load_set("titles"), load_set("places")
    toks: list[tuple[int, int, str]] = []
    for w in _words_back(text, para_start, pos):
        low = w.group().lower()
        if not (low in titles or low in places):
            break
        toks.insert(0, (w.start(), w.end(), w.group()))
        if low in ROLE_ARGUMENT_HEADS:
            return toks
    return []


def _lower_role_before(text: str, para_start: int, pos: int) -> str | None:
    titles = load_set("titles")
    words = list(RE_TOKEN.finditer(text, max(para_start, pos - 60), pos))
    role: list[str] = []
    for w in reversed(words):
        if w.group().lower() in titles or (role and w.group().lower() in load_set("places")):
            role.insert(0, w.group())
        else:
            break
    return " ".join(role) if role else None


@dataclass(frozen=True, slots=True)
class Resolved:
    speaker: str | None
    mention: tuple[int, int] | None
    kind: str
    role: str | None
    via: str | None


def resolve(body: Body, cands: list[Candidate], reg: Registry) -> list[Resolved]:
    """Resolve each candidate's mention; mention-less ones continue the last speaker."""
    text = body.text
    out: list[Resolved] = []
    last: Resolved | None = None
    for i, c in enumerate(cands):
        r = _resolve_one(text, c, reg, last, cands[i - 1].end if i else 0)
        if r is None and c.inherit:
            r = _inherit(text, c, cands, i, reg, last)
        if r is None:
            r = Resolved(None, None, "unknown", None, None)
        via = None
        if c.via is not None and c.via.kind_hint in ("media", "person", "organization"):
            vs, ve = (c.via.name_start, c.via.name_end) if c.via.name_start is not None else (c.via.start, c.via.end)
            via = text[vs:ve]
        if via and r.kind == "person":
            r = Resolved(r.speaker, r.mention, r.kind, r.role, via)
        if r.speaker and RE_QUOTED_NICKNAME.search(r.speaker):
            # `Fajar "Ucok" Siregar`: the nickname is an alias, not part of the name
            r = Resolved(RE_QUOTED_NICKNAME.sub("", r.speaker), r.mention, r.kind, r.role, r.via)
        if r.speaker and r.kind == "person" and RE_NAME_SUFFIX_END.search(r.speaker) and f"{r.speaker[-3:]}." in text:
            r = Resolved(f"{r.speaker}.", r.mention, r.kind, r.role, r.via)  # `Marcos Jr.`: the suffix keeps its point
        if r.speaker and "(" in r.speaker:
            # `Dinas Kesehatan (Dinkes) Kota Cilegon`: the gloss is an alias, not part of the name
            plain = " ".join(RE_PAREN_GROUP.sub(" ", r.speaker).split())
            r = Resolved(plain or r.speaker, r.mention, r.kind, r.role, r.via)
        out.append(r)
        if r.speaker:
            last = r
    return out


def _trim_end(text: str, s: int, e: int) -> int:
    """The end of text[s:e] without the blanks, commas and parentheses before a name."""
    while e > s and text[e - 1] in " ,(\t":
        e -= 1
    return e


def _mention_text(text: str, m: Mention) -> tuple[int, int]:
    if m.name_start is not None:
        return m.name_start, m.name_end
    return m.start, m.end


def _resolve_one(text: str, c: Candidate, reg: Registry, last: Resolved | None,
                 prev_end: int | None = None) -> Resolved | None:
    titles = load_set("titles")
    m = c.mention
    if m is None:
        return None
    if m.role_start is not None and m.name_start is not None and m.kind_hint == "person":
        settled = reg.settle_name(m.name_start, m.name_end)
        if settled != m.name_start:  # `… PT Karya Karst Lestari Hendrik Gunawan`: the name starts where the article says
            m = replace(m, name_start=settled, role_end=_trim_end(text, m.role_start, settled))
    if m.role_start is not None and m.name_start is not None and m.kind_hint == "person" \
            and " " not in text[m.name_start:m.name_end] and reg._placed(text[m.name_start:m.name_end]):
        # `Bupati Wakatobi` where the article writes `Kabupaten Wakatobi`: an office named by its place, no person
        m = Mention(m.start, m.end, None, None, None, None, "role")
    span = _mention_text(text, m)
    mention_text = text[span[0]:span[1]]
    role = text[m.role_start:m.role_end] if m.role_start is not None and m.role_end > m.role_start else None
    if c.role is not None and role is None:
        role = text[c.role[0]:c.role[1]]
    if m.kind_hint == "pronoun":
        if mention_text.lower() == "mereka":
            group = reg.group_between(prev_end, m.start) if prev_end is not None else None
            if group is not None:  # `Ratusan mahasiswa menggelar aksi. Mereka menilai …`: the group just introduced
                return Resolved(group, span, "group", None, None)
            if last is not None and last.speaker and (last.kind in ("group", "organization")
                                                      or RE_LIST_NAME.search(last.speaker)):
                return Resolved(last.speaker, span, last.kind, None, None)  # the group, body or list that spoke last
            return Resolved(mention_text, span, "group", None, None)
        # a person who opened a sentence since the last quote is the newer antecedent
        newer = reg.subject_between(prev_end, min(c.start, m.start)) if prev_end is not None else None
        newer_pos = newer.pos if newer is not None else -1
        if newer is None and prev_end is not None:
            # `Pelatih asal Belanda itu tak menyembunyikan kekecewaannya. … ia menyebut P`: a role phrase pointing
            # back at someone opened a sentence since the last quote; the pronoun takes whom it points at
            role_np = _role_subject_between(text, prev_end, min(c.start, m.start))
            held = _resolve_one(text, replace(c, mention=role_np), reg, last, prev_end) if role_np is not None else None
            if held is not None and held.speaker and held.speaker != text[role_np.start:role_np.end]:
                newer, newer_pos = held.speaker, role_np.start
        someone = reg.someone_between(prev_end, min(c.start, m.start)) if prev_end is not None else None
        if someone is not None and someone[0] > newer_pos:
            return Resolved(someone[1], span, "person", None, None)  # `Seorang pedagang … . Dia mengatakan P`
        ent = newer or _last_person(last) or reg.person_before(c.start)
        name = ent if isinstance(ent, str) else (ent.name if ent else None)
        return Resolved(name, span, "person", None, None)
    if mention_text[:1].isupper() and mention_text.lower() in NAME_LIKE_TITLES:
        named = reg.canonical(mention_text)  # `ujar Hakim` after `Mohd Hakim Rahman`: a title word used as a name
        if named is not None and named.kind == "person" and " " in named.name:
            return Resolved(named.name, span, "person", None, None)
    if mention_text.lower() == SOLE_JUDGE[0]:
        judge = reg.sole_judge()
        if judge is not None:  # `Hakim tunggal Sutarno Wibisono …; Menurut hakim, …`: one judge, the person
            return Resolved(judge.name, span, "person", None, None)
    # `jaksa`, `Majelis hakim`, `JPU`: a body of people naming nobody speaks as an organisation
    unnamed = m.name_start is None or m.kind_hint != "person" or mention_text.isupper()
    body = reg.body_phrase(mention_text) if unnamed else None
    if body is not None:
        return Resolved(body, span, "organization", None, None)
    head = mention_text.split()[0].lower() if mention_text else ""
    bare = mention_text.lower() in load_set("org_anaphors")  # `Namun, perusahaan mengklaim P`, `tulis manajemen perusahaan`
    if m.kind_hint in ("role", "organization") and (head in _vocab()["org_heads"] and RE_DEMONSTRATIVE_END.search(mention_text)
                                                    or bare):
        # `Kementerian itu juga menyerukan …`: an organisation pointing back at the one that spoke last
        if last is not None and last.kind == "organization" and last.speaker.split()[0].lower() == head:
            return Resolved(last.speaker, span, "organization", None, None)
        named = None
        if head in COMPANY_ANAPHORS or bare and mention_text.lower().split()[-1] in COMPANY_ANAPHORS:
            # (`perusahaan itu`, `Pihak perusahaan` too)
            # `Manajemen PT TBN … . Dalam keterangan tertulis, perusahaan menyatakan`: the company named last
            named = reg.company_before(m.start)
        named = named or reg.organization_before(head, m.start)  # `Perhimpunan guru itu`: the Perhimpunan named before
        if named is None and not bare:
            org = reg.organization_entity_before(m.start)  # `… Jatam. Organisasi itu mendesak …`: the nearest one
            named = org.name if org is not None else None
        if named is not None:
            return Resolved(named, span, "organization", None, None)
        if last is not None and last.kind == "organization":
            return Resolved(last.speaker, span, "organization", None, None)
        return Resolved(mention_text, span, "organization", None, None)
    if last is not None and last.kind == "media" and RE_MEDIA_ANAPHOR.fullmatch(mention_text):
        return Resolved(last.speaker, span, "media", None, None)  # `Menurut harian itu, P`: the outlet just quoted
    body: set[str] = set()  # the body a titled office belongs to (`BNPB` of `Kepala BNPB`)
    if m.kind_hint == "organization" and role is not None and m.role_start == m.start and m.name_start is not None \
            and role.split()[0].lower() in titles and text[m.name_start:m.name_end].lower() not in load_set("places"):
        # `Kepala BNPB menyatakan`, `Direktur Jenderal Perhubungan Darat Kemenhub menyatakan`: the office's holder
        body = {w.lower() for w in RE_TOKEN.findall(text[m.name_start:m.name_end])}
        m = Mention(m.start, m.end, None, None, None, None, "role")
        span = _mention_text(text, m)
        mention_text = text[span[0]:span[1]]
    if m.kind_hint == "role":
        toks = [w.lower() for w in RE_TOKEN.findall(mention_text)]
        origin = {toks[i + 1] for i, w in enumerate(toks[:-1]) if w == "asal"}  # `Pelatih asal Belanda`: no role word
        words = set(toks) & (titles | load_set("places")) | body
        words |= {w.lower() for w in RE_TOKEN.findall(mention_text) if reg._placed(w)}  # `Bupati Wakatobi`: a regency
        words -= {"asal", "mantan", "eks", "sang", "pak", "bu", "bapak", "ibu"} | origin
        pointing = bool(RE_DEMONSTRATIVE_END.search(mention_text))  # `Presiden Rusia itu` points back
        arguments = words - titles - EPITHET_ARGUMENTS
        unnamed = _unnamed_antecedent(reg, toks[0], last, prev_end, min(c.start, m.start)) if pointing else None
        if unnamed is not None:  # `Seorang pejabat Emirat … . "…," ucap pejabat tersebut`: the one just heard of
            return Resolved(unnamed, span, "person", None, None)
        # a role is searched by its title words (`Mantan akademisi Universitas Kuningan itu` has none)
        ent = reg.by_role(_spelled_out(words), m.start, backward=pointing) if words & titles else None
        if ent is not None and m.start <= ent.pos < m.end:
            ent = None  # `Politikus Partai Uni Demokrat Kristen (CDU) itu`: a name inside the role is no holder of it
        if ent is None and not words & titles and not pointing:
            return Resolved(mention_text, span, "person", None, None)  # `Delegasi negara-negara Eropa`: someone new, unnamed
        if ent is None and prev_end is not None:
            ent = reg.subject_between(prev_end, min(c.start, m.start))  # `bek berusia 24 tahun itu`: the person newly introduced
        if ent is None and not pointing and words & SPOKESPERSON_TITLES:
            return Resolved(mention_text, span, "person", None, None)  # `Juru bicara kepresidenan Bolivia`: someone new
        if ent is None and _last_person(last):
            bare = len(mention_text.split()) == 1  # `Presiden`, not `Menlu itu` nor `Kepala Negara`
            # (`ucap legislator asal daerah pemilihan Jawa Barat itu` points back at the last speaker whatever his role)
            if not pointing and (_holds_other_role(reg, _last_person(last), words & titles, arguments, bare)
                                 or _first_unheld_office(reg, _last_person(last), mention_text, m.start, arguments)
                                 # (`Seorang diplomat Eropa` just spoke: `Presiden Tunisia` is someone else)
                                 or arguments and last.speaker.split()[0].lower() in load_set("quantifiers")):
                return Resolved(mention_text, span, "person", None, None)  # `Kapolres Bogor` after a Kapolda spoke
            return Resolved(_last_person(last), span, "person", None, None)
        if ent is None and pointing:
            ent = reg.person_before(min(c.start, m.start))  # `perempuan berusia 38 tahun itu`: whoever came before
        # `kata juru bicara kementerian` with nobody named for it: someone new, unnamed
        return Resolved(ent.name if ent else mention_text, span, "person", None, None)
    if m.kind_hint == "unknown" and RE_ACCOUNT_ANAPHOR.fullmatch(mention_text):
        # `Akun itu menyebut P`: the account named last before it (`akun X @secwatch_id`)
        named = [a.group("name") for a in RE_ACCOUNT_NAME.finditer(text, max(0, m.start - ACCOUNT_WINDOW), m.start)]
        return Resolved(named[-1] if named else mention_text, span, "unknown", None, None)
    if m.kind_hint == "unknown" and RE_DEMONSTRATIVE_END.search(mention_text) and last is not None and last.speaker \
            and mention_text.split()[0].lower() in last.speaker.lower().split():
        return Resolved(last.speaker, span, last.kind, None, None)  # `kata sumber tersebut`: the source just quoted
    if m.kind_hint == "group":
        return Resolved(mention_text, span, "group", None, None)
    own = RE_OWN_SITE.match(mention_text) if m.kind_hint == "media" else None
    if own is not None:  # `Dikutip dari laman resmi Kementerian Koperasi, P`: the body's own site speaks for it
        body = parse_mention(own.group("owner"), 0, len(own.group("owner")))
        if body is not None and body.kind_hint == "organization":
            return Resolved(own.group("owner"), span, "organization", None, None)
    if m.kind_hint == "media" and m.name_start is None:
        return Resolved(mention_text, span, "media", None, None)
    ent = reg.canonical(mention_text)
    kind = m.kind_hint
    if ent is not None and ent.kind == "person" and kind == "organization" and mention_text.isupper():
        kind = "person"  # initials of a person
    elif ent is not None and ent.kind == "organization" and kind == "person" and mention_text.isupper() and role is None:
        kind = "organization"  # `KAI` glossing `PT Kereta Api Indonesia (KAI)`
    name = ent.name if ent is not None and (kind == "person" or ent.kind == kind) else mention_text
    return Resolved(name, span, kind, role, None)


def _spelled_out(words: set[str]) -> set[str]:
    """A police chief's contracted title with its spelled-out words (`kapolrestabes` is `kepala polrestabes`)."""
    return words | {w for t in words & POLICE_HEADS.keys() for w in ("kepala", POLICE_HEADS[t])}


def _unnamed_antecedent(reg: Registry, head: str, last: Resolved | None, lo: int | None, hi: int) -> str | None:
    """An unnamed person with the role phrase's head noun, introduced since the last quote or speaking last
    (`Seorang pejabat Emirat …` for `pejabat tersebut`)."""
    someone = reg.someone_between(lo, hi) if lo is not None else None
    if someone is not None and head in someone[1].lower().split():
        return someone[1]
    if last is not None and last.speaker and RE_INDEFINITE_PERSON.match(last.speaker) \
            and head in last.speaker.lower().split():
        return last.speaker
    return None


def _role_subject_between(text: str, lo: int, hi: int) -> Mention | None:
    """The last role phrase with a demonstrative opening a sentence in text[lo:hi] (`Pelatih asal Belanda itu …`)."""
    found = None
    for op in RE_SENTENCE_OPENING.finditer(text, lo, hi):
        m = parse_mention(text, op.end(), min(hi, op.end() + MENTION_WINDOW))
        if m is not None and m.kind_hint == "role" and RE_DEMONSTRATIVE_END.search(text, m.start, m.end):
            found = m
    return found


#: words that make a title an epithet of whoever holds it (`Kepala Negara` is the president), not a new role
EPITHET_ARGUMENTS: Final = frozenset({"negara", "daerah", "pemerintahan", "pusat", "nasional", "rakyat"})


def _holds_other_role(reg: Registry, name: str, title_words: set[str], argument_words: set[str], bare: bool = False) -> bool:
    """Whether the named person is known under a role other than the mention's.

    Only a titled role with its own place or body (`Kapolres Bogor`) is told apart
    this way: one sharing no title with the person's role, or the same title for a
    place or body the person's role does not name (`Kepala BNPB` after `Kepala Desa
    Sukamaju X`). A bare title (`Presiden`) may be any earlier speaker's other name.
    """
    if not title_words:
        return False
    ent = reg.canonical(name)
    # (`Menteri Luar Negeri Mesir, Karim Abdel-Fattah, …`: a role set off by a comma is the person's too)
    role = None if ent is None else ent.role or _appositive_role_before(reg.text, ent.para_start, ent.run_start)
    if ent is None or role is None:
        return False
    lower = _lower_role_before(reg.text, ent.para_start, ent.run_start) or ""  # `juru bicara` before `Kremlin X`
    held = set(role.lower().split() + lower.lower().split())
    if not argument_words:
        # `Presiden mengatakan` after the Mensesneg spoke: a bare one-word title names someone else when
        # the last speaker's own role holds other titles
        return bare and title_words.isdisjoint(held) and not held.isdisjoint(load_set("titles"))
    if not title_words.isdisjoint(held):
        # the same title for another body or place (`Kepala BNPB` after `Kepala Desa Sukamaju X`): another office
        own = held - load_set("titles") - EPITHET_ARGUMENTS
        return bool(own) and argument_words.isdisjoint(held)
    heads = title_words & REGION_HEADS
    if heads and held.isdisjoint(heads | {POLICE_HEADS[t] for t in heads & POLICE_HEADS.keys()}):
        return True  # the head of a region or its police: a `Kapolda Papua` is no `Ketua Bawaslu Papua`
    return argument_words.isdisjoint(held)  # `Jubir Kremlin` is `juru bicara Kremlin`


def _first_unheld_office(reg: Registry, name: str, mention_text: str, at: int, argument_words: set[str]) -> bool:
    """`Perdana Menteri Jepang menyebut P` after a flood victim spoke: an office with its own place or body,
    named for the first time (with no demonstrative), is someone new when the last speaker has no role."""
    if not argument_words:
        return False
    ent = reg.canonical(name)
    if ent is None or reg.role_of(ent) is not None:
        return False
    return reg.low.find(mention_text.lower(), 0, at) == -1  # (`X, Menteri Kesehatan Malaysia, …` gave him the office)


def _last_person(last: Resolved | None) -> str | None:
    return last.speaker if last is not None and last.kind == "person" else None


@cache
def _re_passive_attribution() -> regex.Pattern:
    """`Keluhan itu dilontarkan X`, `Hal itu disampaikan oleh X`: a sentence naming who said the quote before it."""
    heads = sorted(PASSIVE_HEADS | load_set("anaphoric_nouns") | ATTRIBUTION_HEADS, key=len, reverse=True)
    # any di- verb (`diucapkan`, `dilontarkan`), an adverb or two before it (`berulang kali diucapkan`)
    return regex.compile(r"(?i)(?:" + "|".join(heads) + r") (?:itu|ini|tersebut)(?: \p{Ll}+){0,2}? "
                         r"di\p{Ll}{3,}(?:kan|i)(?: oleh)? +")


#: a sentence whose subject is what was said and whose passive speech verb names the speaker after it
#: (`Kekecewaan juga disampaikan seorang suporter asal Indramayu.`, `Hal senada diungkapkan Budi.`)
RE_PASSIVE_SPEECH_SENTENCE: Final = regex.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<subject>\p{Lu}\p{Ll}+(?: \p{Ll}+){0,2}?) (?P<verb>di\p{Ll}{4,})(?: oleh)? "
    r"(?P<agent>[^.!?\n\"“”]{3,100})\.[\s\"“‘']*$"
)


#: a subject pointing back at what the paragraph before said (`Hal itu`, `Hal serupa`, `Kondisi tersebut`)
RE_POINTED_SUBJECT: Final = regex.compile(
    r"(?:Hal|Kondisi|Situasi|Keadaan) (?:itu|ini|tersebut|serupa|senada|yang sama)\b")


def _passive_agent_before(text: str, lo: int, hi: int) -> Mention | None:
    """The agent of a passive speech sentence just before a quote with no mention of its own."""
    m = RE_PASSIVE_SPEECH_SENTENCE.search(text, max(lo, hi - 200), hi)
    if m is None or not (m.group("verb") in PASSIVE_CUES or _passive_verb(m.group("verb"))
                         or RE_POINTED_SUBJECT.match(text, m.start("subject"))):
        return None  # (`Hal itu dirasakan Anindya, warga Bandung.`: whoever felt what was just said then speaks)
    mention = mention_after(text, m.start("agent"), m.end("agent"))[0]  # `relawan PMI, Maria Goreti Lamen`
    return mention if mention is not None and mention.kind_hint != "pronoun" else None


def _inherit(text: str, c: Candidate, cands: list[Candidate], i: int, reg: Registry, last: Resolved | None) -> Resolved | None:
    """A quote with no mention: a quote running on into the next paragraph takes that one's speaker, else the last."""
    if c.rule == "direct.standalone":
        # `"…." Budi Santoso menyampaikan hal itu.`: the speaker opens the next sentence
        pos = c.end
        while pos < len(text) and text[pos] in "\"”’» \t.,":
            pos += 1
        after = pos
        while after < len(text) and text[after] in " \t\n":
            after += 1
        attribution = _re_passive_attribution().match(text, after)
        if attribution is not None:  # `"…"\n\nKeluhan itu dilontarkan Sarmila (45), warga …`: told right after
            mention = mention_after(text, attribution.end(), min(len(text), attribution.end() + MENTION_WINDOW))[0]
            r = _resolve_one(text, replace(c, mention=mention), reg, last) if mention is not None else None
            if r is not None and r.speaker:
                return Resolved(r.speaker, None, r.kind, None, None)
        nxt_m = parse_mention(text, pos, pos + 160) if pos < len(text) and text[pos - 1] != "\n" else None
        if nxt_m is not None and nxt_m.kind_hint in ("person", "organization", "media"):
            r = _resolve_one(text, replace(c, mention=nxt_m), reg, last)
            if r is not None:
                return Resolved(r.speaker, None, r.kind, None, None)
    if c.rule == "direct.standalone" and i + 1 < len(cands) and (
            i == 0 or text[c.end:c.end + 1] not in CLOSING_QUOTES or reg.subject_between(cands[i - 1].end, c.start) is None):
        # (`Hendra (40), jemaah …, ditemui usai salat.\n\n"…"` closed: someone introduced just before speaks; an
        # unclosed paragraph runs on into the next quote)
        nxt = cands[i + 1]
        gap = text[c.end:nxt.start]
        if nxt.mention is not None and nxt.qtype == "direct" and len(gap) < 6 and "\n" in gap:
            r = _resolve_one(text, nxt, reg, last)
            if r is not None:
                return Resolved(r.speaker, None, r.kind, None, None)
    if c.cue is not None or c.rule == "direct.standalone":
        # `Kekecewaan juga disampaikan seorang suporter asal Indramayu. "…," katanya.`: the passive's agent speaks
        mention = _passive_agent_before(text, cands[i - 1].end if i else 0, min(c.start, c.cue[0]) if c.cue else c.start)
        r = _resolve_one(text, replace(c, mention=mention), reg, last) if mention is not None else None
        if r is not None and r.speaker:
            return Resolved(r.speaker, None, r.kind, None, None)
    if i > 0 and (c.cue is not None or c.rule == "direct.standalone"):
        # `…, ujarnya` after a paragraph that introduced someone new, or `Reza memilih bicara singkat. "…"`:
        # the newer person
        newer = reg.subject_between(cands[i - 1].end, c.start)
        someone = reg.someone_between(cands[i - 1].end, c.start)
        if someone is not None and (newer is None or someone[0] > newer.pos):
            return Resolved(someone[1], None, "person", None, None)  # `Seorang calon jemaah … . "…," katanya`
        if newer is not None:
            return Resolved(newer.name, None, "person", None, None)
    if last is not None:
        return Resolved(last.speaker, None, last.kind, None, None)
    ent = reg.person_before(c.start)
    if ent is not None:
        return Resolved(ent.name, None, "person", None, None)
    return None
