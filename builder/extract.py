"""The rules chained over one article: text in, quote records out."""
from __future__ import annotations

import hashlib

from builder.clean import Body, clean
from builder.quotes import find_candidates
from builder.schema import Quote
from builder.speakers import build_registry, resolve
from builder.stance import stance


def quote_id(article_id: str, start: int, end: int) -> str:
    """Stable across runs: a hash of the article id and the span."""
    return hashlib.blake2b(f"{article_id}\x1f{start}\x1f{end}".encode(), digest_size=8).hexdigest()


def extract_body(body: Body, article_id: str = "", target: str | None = None) -> list[Quote]:
    """Quote records for a cleaned body; every offset indexes `body.text`."""
    text = body.text
    cands = find_candidates(body)
    reg = build_registry(body)
    resolved = resolve(body, cands, reg)
    out: list[Quote] = []
    for c, r in zip(cands, resolved, strict=True):
        content = text[c.start:c.end]
        # the cue verb is part of what the speaker did (`mengecam`, `mendukung`), so it is read with the words
        label, conf = stance(f"{text[c.cue[0]:c.cue[1]]} {content}" if c.cue else content, target)
        cue = text[c.cue[0]:c.cue[1]] if c.cue else None
        ms = r.mention
        out.append(Quote(
            quote_id=quote_id(article_id, c.start, c.end),
            article_id=article_id,
            quote=content,
            quote_start=c.start,
            quote_end=c.end,
            quote_type=c.qtype,
            cue=cue,
            cue_start=c.cue[0] if c.cue else None,
            cue_end=c.cue[1] if c.cue else None,
            speaker=r.speaker,
            speaker_mention=text[ms[0]:ms[1]] if ms else None,
            speaker_mention_start=ms[0] if ms else None,
            speaker_mention_end=ms[1] if ms else None,
            speaker_kind=r.kind,
            speaker_role=r.role,
            via=r.via,
            stance=label,
            stance_target=target if label else None,
            stance_confidence=conf,
            rule=c.rule,
            confidence=c.confidence,
        ))
    return out


def extract(text: str, article_id: str = "", target: str | None = None) -> list[Quote]:
    """Clean a raw article and return its quotes; offsets index the cleaned body (`clean(text).text`)."""
    return extract_body(clean(text), article_id, target)
