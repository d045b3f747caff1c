"""Rules that find quotes, their cues and their source mentions (ANNOTATION.md §1-3).

Every rule has an id; each quote carries the id of the rule that found it in
its `rule` field, and `RULES` below maps the id to the function that holds the
rule. The functions are pure: body text and paragraphs in, candidates out.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from typing import Final

from builder.clean import Body
from builder.cues import Candidate, cue_hits
from builder.direct import rule_direct
from builder.indirect import rule_indirect
from builder.marks import MARK_CHARS, find_marked
from builder.offsets import lower_keep_offsets
from builder.segment import sentences
from builder.spans import SpanSet


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
        for c in _drop_overlaps(cands):
            if out and c.start < para.start and c.start < out[-1].end:
                # `Pernyataan itu disampaikan X.` reaching back into a quote already found adds no quote,
                # but names the speaker of a bare one (`"…." / Demikian disampaikan X.`)
                if out[-1].mention is None and c.mention is not None and out[-1].rule == "direct.standalone":
                    out[-1] = replace(out[-1], cue=c.cue, mention=c.mention, inherit=False)
                continue
            out.append(c)
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
    "direct.standalone": (rule_direct, "a quoted sentence with no cue; the speaker comes from the context "
                          "(or from a next paragraph's `Demikian disampaikan X`)"),
    "mixed.trailing_cue": (rule_direct, '`P "frag," kata X` — reported speech ending in a quoted fragment, cue after'),
    "indirect.menurut_lead": (rule_indirect, "`Menurut X, P.` / `Menurutnya, P.`"),
    "indirect.passive_lead": (rule_indirect, "`Ditegaskan Dedy, P.` / `Lebih lanjut dikatakannya, P.` — a passive cue first"),
    "indirect.cue_first": (rule_indirect, "`Kata dia, P.` / `Ujar Budi, P.` — a trailing cue word opening the sentence"),
    "indirect.menurut_mid": (rule_indirect, "`Sebab, menurutnya, P.` — a parenthetical menurut"),
    "indirect.cue_mid": (
        rule_indirect, "`Penetapan KLB, lanjut X, P.` / `Soal itu, menurut X, P.` — a cue and speaker mid-sentence"),
    "indirect.passive_hal": (rule_indirect,
                             "`P. Hal ini diungkapkan oleh X.` / `P. Demikian dikatakan X.` — P is the sentence before"),
    "indirect.trailing_cue": (rule_indirect, "`P, kata X.` / `P, menurut X.` / `P, lapor X.` / `P, tambahnya.`"),
    "indirect.dikutip": (rule_indirect, "`P, dikutip The Guardian.` — an outlet as the source"),
    "indirect.dikutip_lead": (rule_indirect, "`Dilansir dari CNN, P.` — an outlet opening the sentence is its source"),
    "indirect.cue_verb": (rule_indirect, "`X mengatakan, P` / `X mengatakan bahwa P` / `X menyerukan agar P`"),
}
