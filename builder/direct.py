"""direct.* and mixed.trailing_cue rules: quoted speech with its cue after, before, or none (§1, §2)."""
from __future__ import annotations

from bisect import bisect_right
from typing import Final

import regex

from builder.clean import Paragraph
from builder.cues import (
    MIN_DIRECT_WORDS,
    RE_FAST_WORD,
    Candidate,
    cue_patterns,
    cue_sets,
    mention_after,
    strip_span,
    word_count,
)
from builder.lexicon import load_set
from builder.marks import Marked
from builder.mentions import parse_subject
from builder.segment import sentences

RE_ONLY_PUNCT: Final = regex.compile(r"[\s,.:;]*")
# what may stand between a trailing cue and the next opening mark of the same sentence:
# `kata juru bicara Gedung Putih Karine Jean-Pierre kepada wartawan, "…"`
RE_ATTRIBUTION_TAIL: Final = regex.compile(r"[^.!?\n\"“”‘’«»]{0,120},\s*")
RE_TITLE_PUNCT: Final = regex.compile(r"[.!?,]")
#: a nickname given just before the quoted words (`Hendarto, yang akrab disapa "Bang Hen", menambahkan PSSI …`)
RE_NICKNAME_LEAD: Final = regex.compile(r",\s+(?:yang\s+)?(?:akrab\s+|biasa\s+)?(?:disapa|dipanggil|dijuluki|sapaan)\s*$")
#: trailing cues that ask rather than say: the press asking (`"…?" tanya seorang wartawan`) is no source
QUESTION_CUES: Final = frozenset({"tanya", "bertanya", "menanyakan"})
PRESS_WORDS: Final = load_set("press")
#: the most words of a name given after `menyebut(nya)` closing its sentence (`menyebutnya "rumah hantu".`)
MAX_NAME_GIVEN_WORDS: Final[int] = 4
RE_SENTENCE_CLOSE: Final = regex.compile(r"[.!?]+(?=\s|$)|\s*(?:\n|$)")
LEAD_WINDOW: Final[int] = 80
LEAD_GAP: Final[int] = 40


def _sentence_start(sents: list[tuple[int, int]], para: Paragraph, pos: int) -> int:
    i = bisect_right(sents, (pos, float("inf"))) - 1
    if i >= 0 and sents[i][0] <= pos <= sents[i][1]:
        return sents[i][0]
    return para.content_start


def rule_direct(text: str, para: Paragraph, marked: list[Marked], sents: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """direct.* rules: quoted speech with its cue after, before, or none (§1, §2)."""
    pats = cue_patterns()
    protected = [(q.inner_start, q.inner_end) for q in marked if not q.single]
    if sents is None:
        sents = sentences(text, para.content_start, para.end, protected)
    out: list[Candidate] = []
    last: Candidate | None = None
    last_close = para.content_start
    for q in marked:
        s, e = strip_span(text, q.inner_start, q.inner_end, " \t")
        n = word_count(text, s, e)
        after = q.after if q.after is not None else para.end
        cue_m = pats["after_quote"].match(text, after, para.end)
        if cue_m is not None and cue_m.group("cue").startswith("Menurut"):
            cue_m = None  # `“…”. Menurutnya, P`: a capitalised `Menurut` opens the next sentence's lead
        sent_start = _sentence_start(sents, para, q.open if q.open is not None else s)
        lead_text_end = q.open if q.open is not None else s
        lead = text[sent_start:lead_text_end]
        lead_words = word_count(text, sent_start, lead_text_end)
        if e <= s:
            continue  # `""`: nothing quoted
        if q.single and n < 4:
            last_close = after
            continue  # a single-quoted term or nickname
        if cue_m:
            cue = cue_m.span("cue")
            mention, via, role = mention_after(text, cue[1], para.end)
            nya = cue_m.group("cue").lower().endswith("nya") and mention is None
            if (mention is not None and cue_m.group("cue").lower() in QUESTION_CUES
                    and not PRESS_WORDS.isdisjoint(text[mention.start:mention.end].lower().split())):
                last_close = after
                continue  # `"…?" tanya seorang wartawan`: the journalist's question, nobody's statement
            if ((mention is None or mention.kind_hint == "pronoun") and not nya or RE_NICKNAME_LEAD.search(lead)) \
                    and cue_m.group("cue").lower().startswith(("me", "ber")):
                # `Mursidi, yang akrab disapa "Haji Ucok", mengatakan harga …`, `… "Lampu" mengatakan ia …`: a cue
                # verb with content after it and its subject before the quoted words; the cue-verb rule reads it
                last_close = after
                continue
            if q.open is None:
                rule, qtype, cs = "direct.orphan_close", "direct", s
                while cs < e and text[cs] in STRAY_OPENING_MARKS:
                    cs += 1  # `”Kami hormati …,” kata X`: a closing mark written as the opening one
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
            if (s == para.content_start and n >= MIN_DIRECT_WORDS and RE_ONLY_PUNCT.fullmatch(text, after, para.end)
                    and text[s].isupper()):
                # `Latihan hari ini kami fokuskan pada hal itu."` closing a quote that ran over paragraphs with no
                # opening mark on its last one: the whole paragraph is quoted, the speaker's the same
                cand = Candidate(s, e, "direct", "direct.standalone", 0.6, inherit=True)
                out.append(cand)
                last, last_close = None, after
            continue
        # `"A," kata Kim, "B."`: the second part of a quote split by its attribution
        between = text[last_close:q.open]
        if last is not None and last.cue is not None and last_close > para.content_start and (
                RE_ONLY_PUNCT.fullmatch(between) or last.cue[1] == last_close and RE_ATTRIBUTION_TAIL.fullmatch(between)):
            if n >= 1:
                out.append(Candidate(s, e, "direct", "direct.split", 0.85,
                                     last.cue, last.mention, last.via, last.role, last.inherit))
                last_close = after
            continue
        lead_cue = _lead_cue(lead)
        if lead_cue is not None and n < MIN_DIRECT_WORDS and lead.rstrip()[-1:] not in ":,":
            lead_cue = None  # `untuk menilai "tingkat antusiasme" karyawan`: a term the verb takes, no quote
        if (lead_cue is not None and n <= MAX_NAME_GIVEN_WORDS and lead.rstrip()[-1:] not in ":,"
                and lead[lead_cue[0]:lead_cue[1]].lower().startswith("menyebut") and RE_SENTENCE_CLOSE.match(text, after)):
            lead_cue = None  # `Beijing menyebutnya "air terkontaminasi nuklir".`: a name given, no quote
        if lead_cue is not None and (lead.rstrip()[-1:] in ":," or lead_cue[1] == len(lead.rstrip())):
            # `X mengatakan: "…"`, `X menulis "…"`
            cue = (sent_start + lead_cue[0], sent_start + lead_cue[1])
            subj = parse_subject(text, sent_start, cue[0])
            via = role = None
            if subj is None and cue[1] < q.open:
                subj, via, role = mention_after(text, cue[1], q.open)  # `Kata Budi, "…"`: the name after the cue
            cand = Candidate(s, e, "direct", "direct.leading_cue", 0.85, cue, subj, via, role, inherit=subj is None)
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


#: marks that may open a quote the mark pairing could not match (`”…”` written with two closing marks)
STRAY_OPENING_MARKS: Final = frozenset("\"”’“‘«»")
#: `yang` right before a word: `yang jelas "…"` is an adjective phrase, not the cue `jelas X`; with a pronoun
#: between, `apa yang ia sebut "…"` names a thing inside reported speech
RE_YANG_BEFORE: Final = regex.compile(r"(?i)\byang\s+(?:(?:ia|dia|mereka|kami|saya|beliau)\s+)?$")


def _lead_cue(lead: str) -> tuple[int, int] | None:
    """`X mengatakan: ` / `kata X, ` before an opening mark: the first cue word of the lead's tail
    with at most LEAD_GAP characters, none of them a mark or full stop, before the mark."""
    end = len(lead.rstrip())
    if end and lead[end - 1] in ":,":
        end = len(lead[:end - 1].rstrip())
    words = cue_sets()["lead"]
    for m in RE_FAST_WORD.finditer(lead, max(0, len(lead) - LEAD_WINDOW)):
        if m.group().lower() in words and not RE_YANG_BEFORE.search(lead, 0, m.start()):
            gap = lead[m.end():end]
            if len(gap) <= LEAD_GAP and not any(c in gap for c in "\"“”."):
                return m.span()
    return None


def _is_title(text: str, s: int, e: int) -> bool:
    """All words capitalised: a title of a work or a headline, not speech."""
    words = RE_FAST_WORD.findall(text, s, e)
    return (len(words) <= 12 and bool(words) and words[0][:1].isupper()
            and all(w[:1].isupper() or w.isdigit() or w in TITLE_SMALL_WORDS for w in words)
            and not RE_TITLE_PUNCT.search(text, s, e))


#: small words a title keeps in lower case (`Senja di Pelabuhan Tua`)
TITLE_SMALL_WORDS: Final = frozenset({"di", "ke", "dari", "dan", "yang", "untuk", "dalam", "pada", "of", "the", "and", "in"})
