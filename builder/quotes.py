"""Rules that find quotes, their cues and their source mentions (ANNOTATION.md §1-3).

Every rule has an id; each quote carries the id of the rule that found it in
its `rule` field, and `RULES` below maps the id to the function that holds the
rule. The functions are pure: body text and paragraphs in, candidates out.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache
from typing import Final

import regex

from builder.clean import Body, Paragraph
from builder.lexicon import load_list, load_set, with_nya
from builder.mentions import Mention, parse_mention, parse_subject
from builder.offsets import lower_keep_offsets
from builder.segment import sentences
from builder.spans import SpanSet, starts_within

#: double marks that open, close, or (straight) do either
OPENERS: Final = frozenset("“„«")
CLOSERS: Final = frozenset("”»")
#: a quotation mark; an apostrophe inside a word (`Jum'at`, `Ma’ruf`) is none
RE_MARK: Final = regex.compile(
    r"""\\"|["“”„«»]"""
    r"""|(?<![\p{L}\p{N}])['‘](?=[\p{L}\p{N}])"""  # a single opener before a word
    r"""|(?<=[\p{L}\p{N}.,!?])['’](?![\p{L}\p{N}])"""  # a single closer after a word
)
RE_WORDS: Final = regex.compile(r"[\p{L}\p{N}]+")
RE_SPACE_COMMA: Final = regex.compile(r"[\s,.:;]*")
#: content that ends one speaker's proposition and starts another's
RE_CLAUSE_BREAK: Final = regex.compile(r"(?:,|;)\s+(?:sementara(?: itu)?|sedangkan|adapun|(?:dengan )?mengutip)\s")
#: `X melaporkan, mengutip Y, bahwa P` / `X mengatakan pekan lalu bahwa P`: content starts after a near `bahwa`
RE_NEAR_BAHWA: Final = regex.compile(r"(?i)\G(?:[^.!?\"“”]{0,60}?)\bbahwa\s+")
RE_CONTENT_OPENER: Final = regex.compile(r"(?i)\G[\s,:]*(?:(?:bahwa|agar|supaya|jika|kalau)\s+)?")
RE_ADDRESSEE: Final = regex.compile(
    r"(?i)\G[\s,]*(?:kepada|pada|di hadapan|dalam|saat|ketika|usai|seusai|di)\s[^,\"“”]{1,60}?,\s*"
)
RE_MENURUT_LEAD: Final = regex.compile(r"(?i)\G(?P<cue>menurut(?:nya)?)\b")
#: `Sebab, menurutnya, P` / `…, menurut Arief, P` — a parenthetical menurut inside the sentence
RE_MENURUT_MID: Final = regex.compile(r"(?i),\s*(?P<cue>menurut(?:nya)?)\b(?P<mention>[^,]{0,60}),\s*")
RE_PASSIVE_HAL: Final = regex.compile(
    r"(?i)\G(?:hal|informasi|pernyataan|keterangan) (?:ini|itu|tersebut) "
    r"(?P<cue>di(?:ungkapkan|sampaikan|katakan|jelaskan|tegaskan|kemukakan|utarakan|umumkan|konfirmasi))(?: oleh)?\s+"
)
RE_VIA: Final = regex.compile(
    r"(?i)(?:seperti|sebagaimana|sebagai mana)?\s*(?:di(?:kutip|lansir|laporkan|beritakan))(?:\s+(?:dari|oleh))?\s+"
    r"|\bmengutip\s+|\bmelansir\s+"
)
RE_DIKUTIP_TRAIL: Final = regex.compile(
    r"(?i),\s*(?P<cue>(?:seperti |sebagaimana )?(?:dikutip|dilansir|dilaporkan)(?: dari| oleh)?)\s+"
)
#: stdlib `re` for the hot word scan: several times faster than `regex` for plain `\w+`
RE_FAST_WORD: Final = re.compile(r"\w+")
MARK_CHARS: Final = frozenset("\"“”„«»'‘’")
PASSIVE_HEADS: Final = frozenset({"hal", "informasi", "pernyataan", "keterangan"})
DIKUTIP_WORDS: Final = frozenset({"dikutip", "dilansir", "dilaporkan"})
RE_SENTENCE_STOP: Final = regex.compile(r"[.!?](?=\s|$)|\n")
RE_ONLY_PUNCT: Final = regex.compile(r"[\s,.:;]*")
RE_TITLE_PUNCT: Final = regex.compile(r"[.!?,]")
#: `… dan menambahkan: "…"`: a second cue verb that opens another quote in the same sentence
RE_NEXT_CUE_VERB: Final = regex.compile(r"\s(?:dan|serta)\s+(?:menambahkan|mengatakan|menegaskan|menyatakan|menjelaskan)\b")
LEAD_WINDOW: Final[int] = 80
LEAD_GAP: Final[int] = 40
#: `menyebut X sebagai Y` names X, it reports nothing
RE_NAMING_SEBAGAI: Final = regex.compile(r"(?i)(?:\S+\s+){1,5}?sebagai\b")
INFINITY: Final[int] = 1 << 62
#: content that only points back at what was said (`hal itu`, `hal tersebut di balai desa`)
RE_ANAPHORIC_CONTENT: Final = regex.compile(
    r"(?i)(?:hal|pernyataan|ucapan|informasi) (?:itu|ini|tersebut)"
    r"(?:\s*$|\s+(?:di|ke|kepada|pada|saat|dalam|dengan|melalui|usai|seusai|ketika|kemarin)\b)"
)
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
def _cue_patterns() -> dict[str, regex.Pattern[str]]:
    after = "|".join(regex.escape(w) for w in with_nya(load_list("cues_after")))
    return {
        # `"…," kata X` — the cue right after a closing mark
        "after_quote": regex.compile(
            rf"(?i)\G[\s,.]*(?:(?:demikian|begitu)\s+)?(?P<cue>{after}|menurut(?:nya)?"
            r"|(?<=demikian |begitu )di(?:sampaikan|katakan|ungkapkan|tegaskan|jelaskan)(?: oleh)?)\b"),
    }


@cache
def _cue_sets() -> dict[str, frozenset[str]]:
    verbs = frozenset(with_nya(load_list("cues_before")))
    trailing = frozenset(with_nya(load_list("cues_after"))) | {"menurut", "menurutnya", "lapor", "tulis"}
    return {"verbs": verbs, "trailing": trailing, "lead": verbs | trailing,
            "any": verbs | trailing | PASSIVE_HEADS | DIKUTIP_WORDS}


def _words(text: str, s: int, e: int) -> int:
    return len(RE_FAST_WORD.findall(text, s, e))


def _strip(text: str, s: int, e: int, chars: str = " \t\n,.;:") -> tuple[int, int]:
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return s, e


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
        if w in _cue_sets()["trailing"] and text[max(inner_start, m.start() - 3):m.start()].rstrip().endswith(","):
            comma = text.rfind(",", inner_start, m.start())
            return Marked(open_at, comma + 1, inner_start, comma + 1, False, 0)
    return Marked(open_at, None, inner_start, end, False)


def _sentence_start(sents: list[tuple[int, int]], para: Paragraph, pos: int) -> int:
    i = bisect_right(sents, (pos, float("inf"))) - 1
    if i >= 0 and sents[i][0] <= pos <= sents[i][1]:
        return sents[i][0]
    return para.content_start


def _mention_after(text: str, pos: int, end: int) -> tuple[Mention | None, Mention | None, tuple[int, int] | None]:
    """Mention after a trailing cue, the outlet that relayed it, and an appositive role."""
    mention = parse_mention(text, pos, end)
    via = role = None
    if mention is not None and mention.kind_hint != "pronoun" and text.startswith(", ", mention.end):
        # `juru bicara Kemenkominfo, Dedy Permadi`: a role, then the name after a comma
        head = text[mention.start:mention.end].split()[0].lower()
        if head in _titles():
            nxt = parse_mention(text, mention.end + 2, end)
            if nxt is not None and nxt.kind_hint == "person" and nxt.name_start is not None:
                mention = Mention(nxt.start, nxt.end, nxt.name_start, nxt.name_end, mention.start, mention.end, "person")
    tail = mention.end if mention else pos
    sent_end = _sentence_end(text, tail, end)
    vm = RE_VIA.search(text, tail, sent_end)
    if vm:
        via = parse_mention(text, vm.end(), sent_end)
    if mention and text.startswith(", ", mention.end):
        r = parse_mention(text, mention.end + 2, sent_end)
        # `tegas Edwin Irawan, wartawan klikpenajam.com`: a nameless phrase after the name is its role
        if r is not None and r.kind_hint != "pronoun" and (r.kind_hint == "role" or r.name_start is None):
            role = (r.start, r.end)
    return mention, via, role


@cache
def _titles() -> frozenset[str]:
    return load_set("titles")


def _sentence_end(text: str, pos: int, end: int) -> int:
    m = RE_SENTENCE_STOP.search(text, pos, end)
    return m.start() if m else end


def rule_direct(text: str, para: Paragraph, marked: list[Marked], sents: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """direct.* rules: quoted speech with its cue after, before, or none (§1, §2)."""
    pats = _cue_patterns()
    protected = [(q.inner_start, q.inner_end) for q in marked if not q.single]
    if sents is None:
        sents = sentences(text, para.content_start, para.end, protected)
    out: list[Candidate] = []
    last: Candidate | None = None
    last_close = para.content_start
    for q in marked:
        s, e = _strip(text, q.inner_start, q.inner_end, " \t")
        n = _words(text, s, e)
        after = q.after if q.after is not None else para.end
        cue_m = pats["after_quote"].match(text, after, para.end)
        sent_start = _sentence_start(sents, para, q.open if q.open is not None else s)
        lead_text_end = q.open if q.open is not None else s
        lead = text[sent_start:lead_text_end]
        lead_words = _words(text, sent_start, lead_text_end)
        if e <= s:
            continue  # `""`: nothing quoted
        if q.single and n < 4:
            last_close = after
            continue  # a single-quoted term or nickname
        if cue_m:
            cue = cue_m.span("cue")
            mention, via, role = _mention_after(text, cue[1], para.end)
            nya = cue_m.group("cue").lower().endswith("nya") and mention is None
            if q.open is None:
                rule, qtype, cs = "direct.orphan_close", "direct", s
            elif (lead_words >= 2 and lead.strip()[-1:] not in ":,"
                  and _lead_cue(lead) is None):
                # `Kunjungan Kim "akan membantu …," kata Putin`: reported speech embedding a quote
                rule, qtype, cs = "mixed.trailing_cue", "mixed", sent_start
                e = after  # the fragment's closing mark belongs to the content
            else:
                rule, qtype, cs = "direct.trailing_cue", "direct", s
            if n < MIN_DIRECT_WORDS and qtype == "direct" and mention is None and not nya:
                last_close = after
                continue
            cand = Candidate(cs, e, qtype, rule, 0.9, cue, mention, via, role, inherit=nya or mention is None)
            out.append(cand)
            last, last_close = cand, cue_m.end()
            continue
        if q.open is None:
            continue
        # `"A," kata Kim, "B."`: the second part of a quote split by its attribution
        between = text[last_close:q.open]
        if last is not None and last.cue is not None and last_close > para.content_start and RE_ONLY_PUNCT.fullmatch(between):
            if n >= 1:
                out.append(Candidate(s, e, "direct", "direct.split", 0.85,
                                     last.cue, last.mention, last.via, last.role, last.inherit))
                last_close = after
            continue
        lead_cue = _lead_cue(lead)
        if lead_cue is not None and lead.rstrip()[-1:] in ":,":
            cue = (sent_start + lead_cue[0], sent_start + lead_cue[1])
            subj = parse_subject(text, sent_start, cue[0])
            cand = Candidate(s, e, "direct", "direct.leading_cue", 0.85, cue, subj, None, None, inherit=subj is None)
            out.append(cand)
            last, last_close = cand, after
            continue
        if lead.rstrip().endswith(":") and n >= MIN_DIRECT_WORDS:
            colon = sent_start + lead.rstrip().rfind(":")
            subj = parse_subject(text, sent_start, colon)
            if subj is not None:
                cand = Candidate(s, e, "direct", "direct.colon", 0.8, None, subj, None, None)
                out.append(cand)
                last, last_close = cand, after
                continue
        if lead_words == 0 and n >= MIN_DIRECT_WORDS and not _is_title(text, s, e):
            # a quote standing alone: its speaker is in a neighbouring sentence
            cand = Candidate(s, e, "direct", "direct.standalone", 0.7, inherit=True)
            out.append(cand)
            last, last_close = None, after
            continue
        last_close = after
    return out


def _lead_cue(lead: str) -> tuple[int, int] | None:
    """`X mengatakan: ` / `kata X, ` before an opening mark: the first cue word of the lead's tail
    with at most LEAD_GAP characters, none of them a mark or full stop, before the mark."""
    end = len(lead.rstrip())
    if end and lead[end - 1] in ":,":
        end = len(lead[:end - 1].rstrip())
    words = _cue_sets()["lead"]
    for m in RE_FAST_WORD.finditer(lead, max(0, len(lead) - LEAD_WINDOW)):
        if m.group().lower() in words:
            gap = lead[m.end():end]
            if len(gap) <= LEAD_GAP and not any(c in gap for c in "\"“”."):
                return m.span()
    return None


def _is_title(text: str, s: int, e: int) -> bool:
    """All words capitalised: a title of a work or a headline, not speech."""
    words = RE_WORDS.findall(text, s, e)
    return len(words) <= 12 and all(w[:1].isupper() or w.isdigit() for w in words) and not RE_TITLE_PUNCT.search(text, s, e)


def rule_indirect(text: str, para: Paragraph, taken: list[tuple[int, int]], marked: list[Marked],
                  prev_para: Paragraph | None = None, sents: list[tuple[int, int]] | None = None,
                  words: list[tuple[int, int, str]] | None = None) -> list[Candidate]:
    """indirect.* rules: reported speech cued by a verb, `menurut`, or a trailing cue (§1-3)."""
    cue_sets = _cue_sets()
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

    def make(cs: int, ce: int, rule: str, conf: float, cue, mention, via=None, role=None, inherit=False) -> None:
        cs, ce = _strip(text, cs, ce)
        if ce - cs <= 0 or _words(text, cs, ce) < MIN_INDIRECT_WORDS or used.overlaps(cs, ce):
            return
        inside = [closed[i] for i in starts_within(opens, cs, ce)]
        if text[cs] in "\"“”'‘’«»" and inside and inside[0][0] == cs:
            return  # the content is a direct quote: the direct rules own it
        if RE_ANAPHORIC_CONTENT.match(text, cs, ce):
            return  # `menyampaikan hal itu`: points back at a quote, is none
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
        # indirect.menurut_lead — `Menurut X, P.` / `Menurutnya, P.`
        m = RE_MENURUT_LEAD.match(text, ss, se)
        if m:
            cue = m.span("cue")
            comma = text.find(",", cue[1], se)
            if comma == -1 and m.group("cue").lower().endswith("nya"):
                comma = cue[1]  # `Menurutnya P.` with no comma
            nya = m.group("cue").lower().endswith("nya")
            mention = parse_mention(text, cue[1], comma) if comma != -1 and not nya else None
            if comma != -1 and (nya or mention is not None):  # not `Menurut jadwal, …`
                start = comma + 1
                if mention is not None and text[mention.start:mention.end].split()[0].lower() in _titles():
                    # `Menurut Kepala BPS, Amalia Widyasanti, P`: the name stands after the role
                    nxt = text.find(",", start, se)
                    name = parse_mention(text, start, nxt) if nxt != -1 else None
                    if name is not None and name.kind_hint == "person" and name.end >= _strip(text, start, nxt)[1]:
                        mention = Mention(name.start, name.end, name.name_start, name.name_end,
                                          mention.start, mention.end, "person")
                        start = nxt + 1
                make(start, body_end, "indirect.menurut_lead", 0.85, cue, mention, inherit=mention is None)
                continue
        # indirect.menurut_mid — `Sebab, menurutnya, P.`
        m = RE_MENURUT_MID.search(text, ss, se)
        mention = None
        if m and m.group("mention").strip():
            mention = parse_mention(text, m.start("mention"), m.end("mention"))
        if m and _words(text, ss, m.start()) <= 3 and (mention is not None or m.group("cue").lower().endswith("nya")):
            make(m.end(), body_end, "indirect.menurut_mid", 0.8, m.span("cue"), mention, inherit=mention is None)
            continue
        # indirect.passive_hal — `P. Hal ini diungkapkan oleh X.`: P is the sentence before
        m = RE_PASSIVE_HAL.match(text, ss, se)
        if m:
            prev = sents[:si]
            if not prev and prev_para is not None:
                prev = sentences(text, prev_para.content_start, prev_para.end)
            mention = parse_mention(text, m.end(), se)
            if prev and mention is not None:
                ps, pe = prev[-1]
                make(ps, pe, "indirect.passive_hal", 0.75, m.span("cue"), mention)
            continue
        # indirect.trailing_cue — `P, kata X.` / `P, menurut X.` / `P, tambahnya.`
        tm = None
        for w in sent_words:
            if w[2] in cue_sets["trailing"] and text[max(ss, w[0] - 3):w[0]].rstrip().endswith(","):
                tm = w
        if tm is not None:
            comma = text.rfind(",", ss, tm[0])
            if _words(text, ss, comma) >= MIN_INDIRECT_WORDS:
                cue = (tm[0], tm[1])
                mention, via, role = _mention_after(text, cue[1], se)
                nya = tm[2].endswith("nya")
                if mention is not None and tm[2].startswith(("me", "ber")) and _content_follows(text, mention.end, se):
                    mention = None  # `Budi, yang juga Ketua RT, mengatakan warga …`: a cue verb with content after it
                    nya = False
                if mention is not None or nya:
                    if not any(q.close is not None and comma - 2 <= q.close <= comma for q in marked):
                        make(ss, comma, "indirect.trailing_cue", 0.8, cue, mention, via, role, inherit=mention is None)
                        continue
        # indirect.dikutip — `P, dikutip The Guardian.`: an outlet as the source
        dm = RE_DIKUTIP_TRAIL.search(text, ss, se) if any(w[2] in DIKUTIP_WORDS for w in sent_words) else None
        if dm:
            mention = parse_mention(text, dm.end(), se)
            if mention is not None and mention.kind_hint in ("media", "organization", "person"):
                make(ss, dm.start(), "indirect.dikutip", 0.7, dm.span("cue"), mention)
                continue
        # indirect.cue_verb — `X mengatakan, P` / `X mengatakan bahwa P` / `X menyerukan agar P`
        pos = ss
        sent_end = _strip(text, ss, se, " .!?\n")[1]
        for vs, ve, word in sent_words:
            if word not in cue_sets["verbs"] or vs < pos or ve > sent_end:
                continue
            if text[vs - 1:vs] == "-" or in_quotes.overlaps(vs, vs + 1):
                continue
            clause_start = _clause_start(text, ss, vs)
            subject = parse_subject(text, clause_start, vs)
            if subject is None:
                continue
            cs = ve
            bm = RE_NEAR_BAHWA.match(text, cs, sent_end)
            am = RE_ADDRESSEE.match(text, cs, sent_end)
            if bm:
                cs = bm.end()
            elif am:
                cs = am.end()
            om = RE_CONTENT_OPENER.match(text, cs, sent_end)
            opened = bool(bm) or bool(om and text[cs:om.end()].strip())
            cs = om.end() if om else cs
            ce = _content_end(text, cs, sent_end)
            if text[cs:cs + 1] in ("\"", "“", "'", "‘"):
                continue  # `X mengatakan, "…"`: a direct quote with a leading cue
            if word.startswith("menyebut") and RE_NAMING_SEBAGAI.match(text, cs, ce):
                continue  # `menyebut jalan itu sebagai 'jalan maut'`: naming, not speech
            # stop before a later cue verb that opens another quote in the same sentence
            nxt = RE_NEXT_CUE_VERB.search(text[cs:ce])
            if nxt:
                if not opened:
                    continue  # `menyampaikan terima kasih kepada X dan mengatakan, …`: an object, not speech
                ce = cs + nxt.start()
            make(cs, ce, "indirect.cue_verb", 0.75, (vs, ve), subject)
            pos = ce
    return out


def _content_follows(text: str, pos: int, end: int) -> bool:
    """Words after a trailing me- cue's "mention" that read as a clause, not as adjuncts (`di Jakarta, Senin`)."""
    m = RE_FAST_WORD.search(text, pos, end)
    if m is None or m.group().lower() in load_set("mention_stops"):
        return False
    return _words(text, pos, end) >= MIN_INDIRECT_WORDS


def _clause_start(text: str, ss: int, cue: int) -> int:
    """Start of the clause holding the cue: after `, sementara` and the like, else the sentence start."""
    last = ss
    for m in RE_CLAUSE_BREAK.finditer(text, ss, cue):
        last = m.end()
    return last


def _content_end(text: str, cs: int, ce: int) -> int:
    m = RE_CLAUSE_BREAK.search(text, cs, ce)
    end = m.start() if m else ce
    while end > cs and text[end - 1] in " .!?\n":
        end -= 1
    return end


def para_words(text: str, para: Paragraph) -> list[tuple[int, int, str]]:
    """The cue words of a paragraph (lower-case) with their offsets; other words are not kept."""
    return cue_hits(lower_keep_offsets(text[para.content_start:para.end]), para.content_start)


def cue_hits(low: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Every cue word in a lower-cased text, with offsets, in text order.

    One C-level word scan tells which cue words occur at all; only those few are
    then located with `str.find`, which is far cheaper than a match object per word.
    """
    present = _cue_sets()["any"].intersection(RE_FAST_WORD.findall(low))
    hits: list[tuple[int, int, str]] = []
    n = len(low)
    for w in present:
        i = low.find(w)
        while i != -1:
            j = i + len(w)
            if (i == 0 or not _is_word_char(low[i - 1])) and (j == n or not _is_word_char(low[j])):
                hits.append((i + offset, j + offset, w))
            i = low.find(w, j)
    hits.sort()
    return hits


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def find_candidates(body: Body) -> list[Candidate]:
    """All rules over every paragraph of a body, in text order."""
    text = body.text
    out: list[Candidate] = []
    prev_para = None
    hits = cue_hits(lower_keep_offsets(text))
    hit_starts = [h[0] for h in hits]
    for para in body.paragraphs:
        has_marks = not MARK_CHARS.isdisjoint(text[para.content_start:para.end])
        words = hits[bisect_left(hit_starts, para.content_start):bisect_left(hit_starts, para.end)]
        if not has_marks and not words:
            prev_para = para
            continue  # most paragraphs quote nobody: skip them cheaply
        marked = find_marked(text, para) if has_marks else []
        protected = [(q.inner_start, q.inner_end) for q in marked if not q.single]
        sents = sentences(text, para.content_start, para.end, protected)
        direct = rule_direct(text, para, marked, sents) if marked else []
        taken = [(c.start, c.end) for c in direct]
        # marks that a rule left alone may still be part of reported speech (mixed)
        indirect = rule_indirect(text, para, taken, marked, prev_para, sents, words)
        prev_para = para
        cands = sorted(direct + indirect, key=lambda c: (c.start, c.end))
        out.extend(_drop_overlaps(cands))
    return out


def _drop_overlaps(cands: list[Candidate]) -> list[Candidate]:
    kept: list[Candidate] = []
    used = SpanSet()
    for c in sorted(cands, key=lambda c: (-c.confidence, c.start)):
        if not used.overlaps(c.start, c.end):
            kept.append(c)
            used.add(c.start, c.end)
    return sorted(kept, key=lambda c: (c.start, c.end))


RULES: Final[dict[str, tuple[Callable, str]]] = {
    "direct.trailing_cue": (rule_direct, '`"…," kata X` — quoted words, cue and speaker after them'),
    "direct.orphan_close": (rule_direct, '`…," menurut X` — the opener is missing; the quote runs from the paragraph start'),
    "direct.split": (rule_direct, '`"A," kata X, "B."` — the second part of a quote split by its attribution'),
    "direct.leading_cue": (rule_direct, '`X mengatakan: "…"` — cue and speaker before the quoted words'),
    "direct.colon": (rule_direct, '`X: "…"` — speaker and colon before the quoted words'),
    "direct.standalone": (rule_direct, "a quoted sentence with no cue; the speaker comes from the context"),
    "mixed.trailing_cue": (rule_direct, '`P "frag," kata X` — reported speech ending in a quoted fragment, cue after'),
    "indirect.menurut_lead": (rule_indirect, "`Menurut X, P.` / `Menurutnya, P.`"),
    "indirect.menurut_mid": (rule_indirect, "`Sebab, menurutnya, P.` — a parenthetical menurut"),
    "indirect.passive_hal": (rule_indirect, "`P. Hal ini diungkapkan oleh X.` — P is the sentence before"),
    "indirect.trailing_cue": (rule_indirect, "`P, kata X.` / `P, menurut X.` / `P, lapor X.` / `P, tambahnya.`"),
    "indirect.dikutip": (rule_indirect, "`P, dikutip The Guardian.` — an outlet as the source"),
    "indirect.cue_verb": (rule_indirect, "`X mengatakan, P` / `X mengatakan bahwa P` / `X menyerukan agar P`"),
}


def with_rule(c: Candidate, rule: str) -> Candidate:
    return replace(c, rule=rule)
