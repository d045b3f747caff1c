"""What every quote rule shares: the candidate record, the cue lexicons, word and span helpers.

Cue words come from `lexicons/cues_*.txt`; `-nya` forms are generated once here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Final

import regex

from builder.clean import Paragraph
from builder.lexicon import load_list, load_set, with_nya
from builder.mentions import (
    DEMONSTRATIVES,
    RE_DEGREE,
    Mention,
    extend_unnamed,
    parse_mention,
    place_surname,
    verb_like,
)
from builder.offsets import lower_keep_offsets

#: stdlib `re` for the hot word scan: several times faster than `regex` for plain `\w+`
RE_FAST_WORD: Final = re.compile(r"\w+")
PASSIVE_HEADS: Final = frozenset({"hal", "informasi", "pernyataan", "keterangan", "demikian"})
#: passive cues (`Ditegaskan Dedy, P`, `dikatakannya`): words that let a sentence through the cue gate
PASSIVE_CUES: Final = frozenset(
    f"di{v}{nya}" for v in ("katakan", "tegaskan", "jelaskan", "ungkapkan", "sampaikan", "terangkan", "paparkan", "akui")
    for nya in ("", "nya")
)
#: `menurut` as a cue: a preposition (`Menurut X, P`, `P, menurut X`), never a verb with a subject
MENURUT_WORDS: Final = frozenset({"menurut", "menurutnya"})
DIKUTIP_WORDS: Final = frozenset({"dikutip", "dilansir", "dilaporkan", "diberitakan", "diwartakan"})
#: DIKUTIP_WORDS as a regex alternation, for every pattern that names an outlet relaying words
DIKUTIP_ALTERNATION: Final[str] = "|".join(sorted(DIKUTIP_WORDS))
RE_VIA: Final = regex.compile(
    rf"(?i)(?:seperti|sebagaimana|sebagai mana)?\s*(?:{DIKUTIP_ALTERNATION})(?:\s+(?:dari|oleh))?\s+"
    r"|\bmengutip\s+|\bmelansir\s+"
)
#: a connective the journalist opens a sentence with (`Lebih lanjut`, `Sementara itu`, `Di sisi lain`)
CONNECTIVE_WORDS: Final[str] = (
    r"(?:lebih lanjut|selain itu|di sisi lain|"
    + "|".join(regex.escape(w) for w in sorted(load_set("connectives"), key=len, reverse=True))
    + r")(?: itu)?"
)
RE_SENTENCE_STOP: Final = regex.compile(r"[.!?](?=\s|$)|\n")
INFINITY: Final[int] = 1 << 62
MIN_DIRECT_WORDS: Final[int] = 3
MIN_INDIRECT_WORDS: Final[int] = 3


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quote found by a rule, before its speaker is resolved."""

    start: int
    end: int
    qtype: str
    rule: str
    confidence: float
    cue: tuple[int, int] | None = None
    mention: Mention | None = None
    via: Mention | None = None
    role: tuple[int, int] | None = None
    inherit: bool = False  # no mention: the speaker comes from context (`-nya` cues, bare quotes)


@cache
def cue_patterns() -> dict[str, regex.Pattern[str]]:
    after = "|".join(regex.escape(w) for w in with_nya(load_list("cues_after")))
    return {
        # `"…," kata X` — the cue right after a closing mark
        "after_quote": regex.compile(
            rf"(?i)\G[\s,.]*(?:(?:demikian|begitu)\s+)?(?P<cue>{after}|menurut(?:nya)?"
            r"|(?<=demikian |begitu )di(?:sampaikan|katakan|ungkapkan|tegaskan|jelaskan)(?: oleh)?)\b"),
    }


@cache
def cue_sets() -> dict[str, frozenset[str]]:
    clause = frozenset(with_nya(load_list("cues_clause")))
    verbs = frozenset(with_nya(load_list("cues_before"))) | clause
    trailing = frozenset(with_nya(load_list("cues_after"))) | MENURUT_WORDS | {"lapor", "tulis"}
    cues = verbs | trailing | PASSIVE_HEADS | PASSIVE_CUES | DIKUTIP_WORDS | {"mengutip"}  # `Mengutip X, P`
    return {"verbs": verbs, "clause": clause, "trailing": trailing, "lead": verbs | trailing,
            "any": cues, "hyphenated": frozenset(w for w in cues if "-" in w)}  # (`mewanti-wanti`)


def word_count(text: str, s: int, e: int) -> int:
    return len(RE_FAST_WORD.findall(text, s, e))


def strip_span(text: str, s: int, e: int, chars: str = " \t\n,.;:") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


#: an acronym or gloss in parentheses right after a phrase (`Kementerian Agama (Kemenag)`)
RE_TRAILING_GLOSS: Final = regex.compile(r" ?\([^()\n]{1,30}\)")


#: an affiliation between a role and its name in apposition (`anggota parlemen dari kelompok Hijau asal Prancis, Name`)
RE_AFFILIATION_BEFORE_NAME: Final = regex.compile(r"(?: \p{Ll}+){0,2} (?:dari|asal) [^,.;:!?\"“”\n]{1,60}(?=, \p{Lu})")
#: one or two lower-case words closing a role before its name in apposition (`koordinator aksi, Name`)
RE_LOWER_MODIFIER_BEFORE_NAME: Final = regex.compile(r"(?: \p{Ll}+){1,2}(?=, \p{Lu})")


def _role_modifier(word: str) -> bool:
    """A word that can qualify a role noun: no verb, adverb, demonstrative or preposition (`kata dia kemarin, …`)."""
    return not (verb_like(word) or word in load_set("mention_stops") or word in load_set("adverbs")
                or word in DEMONSTRATIVES or word in load_set("prepositions") or word in load_set("connectives"))


#: a short place phrase between a role and its name in apposition (`… di Gaza, Name`)
RE_PLACE_BEFORE_NAME: Final = regex.compile(r" (?:di|untuk) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)?(?=, \p{Lu})")


#: a candidate's number closing a role before an appositive name (`calon wali kota nomor urut 2, Name`); a number in
#: an institution's name (`Kepala SDN 2 Cibatu, Name`) is read with the word before it by `parse_mention`
RE_CANDIDATE_NUMBER: Final = regex.compile(r" nomor(?: urut)? \d{1,3}(?: \p{Lu}[\p{L}-]*){0,3}(?=, \p{Lu})")

#: the rest of a role phrase after `dan`, up to the comma before the appositive name
RE_ROLE_CONTINUATION: Final = regex.compile(r" (?:dan|serta) \p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,5}, (?=\p{Lu})")


#: lower-case words the lexicons do not know, then a comma and a capitalised word (`seru pengorganisir aksi, Callum`)
RE_LOWER_ROLE_THEN_NAME: Final = regex.compile(r"[ \t]*(?P<role>\p{Ll}+(?: \p{Ll}+){0,2}), (?=\p{Lu})")


def _named_after_lower_role(text: str, pos: int, end: int) -> Mention | None:
    """`seru pengorganisir aksi, Callum Fraser`: a role noun no lexicon lists, then the person's name."""
    lower = RE_LOWER_ROLE_THEN_NAME.match(text, pos, end)
    if lower is None or any(verb_like(w) or w in load_set("mention_stops") or w in load_set("prepositions")
                            for w in lower.group("role").split()):
        return None
    nxt = parse_mention(text, lower.end(), end)
    if nxt is None or nxt.kind_hint != "person" or nxt.name_start is None or nxt.role_start is not None:
        return None
    return Mention(nxt.start, nxt.end, nxt.name_start, nxt.name_end, lower.start("role"), lower.end("role"), "person")


def mention_after(text: str, pos: int, end: int) -> tuple[Mention | None, Mention | None, tuple[int, int] | None]:
    """Mention after a trailing cue, the outlet that relayed it, and an appositive role."""
    mention = parse_mention(text, pos, end)
    if mention is None:
        mention = _named_after_lower_role(text, pos, end)
    if mention is not None:  # `kata seorang pejabat di kementerian itu`: an unnamed source keeps its modifiers
        mention = extend_unnamed(text, mention, sentence_end(text, mention.end, end))
    via = role = None
    gloss = RE_TRAILING_GLOSS.match(text, mention.end) if mention is not None else None
    after = gloss.end() if gloss else mention.end if mention is not None else pos
    place = RE_PLACE_BEFORE_NAME.match(text, after) if mention is not None else None
    if place is not None:  # `Direktur Urusan UNRWA di Gaza, Thomas Whitfield`: where the role is held
        after = place.end()
    titled = mention is not None and text[mention.start:mention.end].split()[0].lower() in load_set("titles")
    numbered = RE_CANDIDATE_NUMBER.match(text, after) if titled else None
    if numbered is not None:  # `kata calon wakil wali kota nomor urut 2, Sitti Halimah`
        after = numbered.end()
    more = RE_ROLE_CONTINUATION.match(text, after) if titled else None
    if more is not None:  # `tegas Manajer Kampanye Pesisir dan Laut WALHI, Name`: `dan` inside the role
        after = more.end() - 2
    modifier = RE_LOWER_MODIFIER_BEFORE_NAME.match(text, after) if titled and mention.name_start is None else None
    if modifier is not None and all(_role_modifier(w) for w in modifier.group().split()):
        after = modifier.end()  # `teriak koordinator aksi, Ismail Buamona`: the role's own lower-case words
    # (`ujar perwakilan koalisi dari KontraS, Dimas`: an occupation's affiliation stands before the name too)
    described = titled or mention is not None and text[mention.start:mention.end].split()[0].lower() in load_set("occupations")
    unnamed_phrase = mention is not None and (mention.name_start is None or text[mention.start].islower())
    affiliation = RE_AFFILIATION_BEFORE_NAME.match(text, after) if described and unnamed_phrase else None
    if affiliation is not None and not any(
            w.islower() and verb_like(w) for w in RE_FAST_WORD.findall(text, after, affiliation.end())):
        after = affiliation.end()  # `kata anggota parlemen dari kelompok Hijau asal Prancis, Ines Moreau`
    if mention is not None and mention.kind_hint != "pronoun" and text.startswith(", ", after):
        # `juru bicara Kemenkominfo, Dedy Permadi`, `Sekretaris Ditjen X (Kemenag), Name`: a role, then the name
        heads = [w.lower() for w in text[mention.start:mention.end].split()[:2]]  # `Perdana Menteri …`: the second word
        outlet = mention.kind_hint == "media" and mention.name_start is None  # `kantor berita Malaysia, Bernama`
        # `seorang penumpang, Erwin`, `salah satu wali murid, Nur Aini`
        unnamed = mention.name_start is None and mention.kind_hint in ("person", "unknown", "group")
        titled_head = heads[0] in load_set("titles") or heads[-1] in load_set("titles") and mention.kind_hint == "role"
        if titled_head or heads[0] in load_set("occupations") or outlet or unnamed:  # `relawan PMI, Maria`
            nxt = parse_mention(text, after + 2, end)
            nxt = (place_surname(text, nxt) or nxt) if nxt is not None and not outlet else nxt
            kind = "media" if outlet else "person"
            if nxt is not None and nxt.name_start is not None and (nxt.kind_hint == "person" or outlet) \
                    and not RE_DEGREE.fullmatch(text, nxt.name_start, nxt.name_end):  # `X, S.I.K., M.H.`: degrees
                mention = Mention(nxt.start, nxt.end, nxt.name_start, nxt.name_end, mention.start, after, kind)
    tail = mention.end if mention else pos
    sent_end = sentence_end(text, tail, end)
    vm = RE_VIA.search(text, tail, sent_end)
    if vm:
        via = parse_mention(text, vm.end(), sent_end)
    if mention and text.startswith(", ", mention.end):
        r = parse_mention(text, mention.end + 2, sent_end)
        # `tegas Edwin Irawan, wartawan klikpenajam.com`: a nameless phrase after the name is its role
        if r is not None and r.kind_hint != "pronoun" and (r.kind_hint == "role" or r.name_start is None):
            role = (r.start, r.end)
    return mention, via, role




def sentence_end(text: str, pos: int, end: int) -> int:
    m = RE_SENTENCE_STOP.search(text, pos, end)
    return m.start() if m else end


def para_words(text: str, para: Paragraph) -> list[tuple[int, int, str]]:
    """The cue words of a paragraph (lower-case) with their offsets; other words are not kept."""
    return cue_hits(lower_keep_offsets(text[para.content_start:para.end]), para.content_start)


#: `sebut saja R (16)`: what follows `sebut` introduces a pseudonym
PSEUDONYM_TAIL: Final[str] = " saja "


#: not ruling something out reports it as possible (`Dwi tidak menutup kemungkinan jumlah tersangka bertambah`)
NOT_RULING_OUT: Final = "tidak menutup kemungkinan"
RE_NOT_RULING_OUT: Final = regex.compile(r"\b(?:tidak|tak) menutup kemungkinan\b")


def cue_hits(low: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Every cue word in a lower-cased text, with offsets, in text order.

    One C-level word scan tells which cue words occur at all; only those few are
    then located with `str.find`, which is far cheaper than a match object per word.
    """
    cues = cue_sets()
    present = set(cues["any"].intersection(RE_FAST_WORD.findall(low)))
    present.update(w for w in cues["hyphenated"] if w in low)  # the word scan splits `mewanti-wanti` at its hyphen
    hits: list[tuple[int, int, str]] = []
    n = len(low)
    for w in present:
        i = low.find(w)
        while i != -1:
            j = i + len(w)
            if (i == 0 or not _is_word_char(low[i - 1])) and (j == n or not _is_word_char(low[j])) \
                    and not low.startswith(PSEUDONYM_TAIL, j):  # `sebut saja R`: a made-up name, nothing said
                hits.append((i + offset, j + offset, w))
            i = low.find(w, j)
    if "menutup kemungkinan" in low:  # `X tidak menutup kemungkinan P`: a phrase that reports, one cue
        hits.extend((m.start() + offset, m.end() + offset, NOT_RULING_OUT) for m in RE_NOT_RULING_OUT.finditer(low))
    hits.sort()
    return hits


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"
