"""Label Studio JSON snapshot -> reviewed quote records (the builder's schema plus who reviewed what, when, and how).

Pure functions, no server: `pull` saves the snapshot and calls `convert`; the
export of issue 4 reads what this writes. One task is one article. A task
counts as reviewed when it has at least one annotation that was not skipped.
When it has several, `agreement.pick` chooses the one that becomes the records
and the others only feed the agreement figures.

Statuses compare the chosen annotation with the prediction its annotator saw:
- accepted: a predicted quote kept with the same span, type, speaker, speaker
  kind, mention, cue and stance;
- corrected: a predicted quote kept with any of those changed (matched by region
  id, else exact span, else the largest overlap);
- added: a quote the annotator marked that no prediction matches (rule "human");
- rejected: a predicted quote the annotator deleted (kept as a row, so the
  rules' precision can be measured).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Final

from annotation.agreement import RESOLUTION_RULE, Agreement, Judgement, pick
from annotation.labels import (
    CUE_LABEL,
    KIND_CONTROL,
    QUOTE_LABELS,
    SPAN_CONTROL,
    SPEAKER_CONTROL,
    SPEAKER_LABEL,
    STANCE_CONTROL,
)
from builder.extract import quote_id
from builder.schema import QUOTE_COLUMNS, SPEAKER_KINDS, STANCES

REVIEW_COLUMNS: Final[tuple[str, ...]] = (*QUOTE_COLUMNS, "annotator", "reviewed_at", "status", "annotator_agreement")
STATUSES: Final[tuple[str, ...]] = ("accepted", "corrected", "added", "rejected")
META_FIELDS: Final[tuple[str, ...]] = ("url", "outlet", "title", "published", "target")
META_KEY: Final[str] = "kutipan"
"""extra key on a predicted quote region carrying what the interface does not show (rule, role, via, ...)"""
HUMAN_RULE: Final[str] = "human"

Span = tuple[int, int]


@dataclass
class RegionQuote:
    """A quote region of one result list, with what hangs off it (per-region choices, linked mention and cue)."""

    region_id: str
    start: int
    end: int
    quote_type: str
    stance: str | None = None
    speaker: str | None = None
    speaker_kind: str | None = None
    mention: Span | None = None
    cue: Span | None = None
    meta: dict = field(default_factory=dict)

    def reviewed_view(self) -> tuple:
        """What an annotator can see and change; equal views mean the prediction was accepted as it was."""
        return (self.start, self.end, self.quote_type, _norm(self.speaker), self.speaker_kind or "unknown",
                self.mention, self.cue, self.stance)


def _norm(name: str | None) -> str | None:
    text = " ".join((name or "").split())
    return text or None


def _span(value: dict) -> Span | None:
    try:
        start, end = int(value["start"]), int(value["end"])
    except (KeyError, TypeError, ValueError):
        return None
    return (start, end) if 0 <= start < end else None


def parse_result(result: Iterable[dict]) -> list[RegionQuote]:
    """The quotes of one annotation or prediction result list, in text order."""
    items = list(result)
    quotes: dict[str, RegionQuote] = {}
    others: dict[str, tuple[str, Span]] = {}  # region id -> (SPEAKER|CUE, span)
    for r in items:
        if r.get("type") != "labels" or r.get("from_name") != SPAN_CONTROL:
            continue
        value = r.get("value") or {}
        span, labels = _span(value), value.get("labels") or []
        if span is None or not labels or "id" not in r:
            continue
        label = labels[0]
        if label in QUOTE_LABELS:
            quotes[str(r["id"])] = RegionQuote(str(r["id"]), span[0], span[1], QUOTE_LABELS[label],
                                               meta=dict(r.get(META_KEY) or {}))
        elif label in (SPEAKER_LABEL, CUE_LABEL):
            others[str(r["id"])] = (label, span)
    for r in items:
        q = quotes.get(str(r.get("id")))
        if q is None or r.get("type") not in ("choices", "textarea"):
            continue
        value = r.get("value") or {}
        if r.get("from_name") == STANCE_CONTROL:
            choice = (value.get("choices") or [None])[0]
            q.stance = choice if choice in STANCES else None
        elif r.get("from_name") == KIND_CONTROL:
            choice = (value.get("choices") or [None])[0]
            q.speaker_kind = choice if choice in SPEAKER_KINDS else None
        elif r.get("from_name") == SPEAKER_CONTROL:
            texts = value.get("text") or []
            q.speaker = _norm(texts[0] if isinstance(texts, list) and texts else str(texts or ""))
    links: dict[str, dict[str, list[Span]]] = {}
    for r in items:
        if r.get("type") != "relation":
            continue
        a, b = str(r.get("from_id")), str(r.get("to_id"))
        # annotators draw relations either way; the region labels say which end is the quote
        quote_end, other = (b, a) if b in quotes else (a, b)
        if quote_end in quotes and other in others:
            label, span = others[other]
            links.setdefault(quote_end, {}).setdefault(label, []).append(span)
    for rid, q in quotes.items():
        found = links.get(rid, {})
        q.mention = _nearest(found.get(SPEAKER_LABEL), q)
        q.cue = _nearest(found.get(CUE_LABEL), q)
    return sorted(quotes.values(), key=lambda q: (q.start, q.end, q.region_id))


def _nearest(spans: list[Span] | None, q: RegionQuote) -> Span | None:
    if not spans:
        return None
    return min(spans, key=lambda s: (max(q.start - s[1], s[0] - q.end, 0), s))


def match(predicted: list[RegionQuote], reviewed: list[RegionQuote]) -> list[tuple[RegionQuote | None, RegionQuote | None]]:
    """Pair predicted with reviewed quotes: same region id, else same span, else largest overlap; leftovers unpaired."""
    pairs: list[tuple[RegionQuote | None, RegionQuote | None]] = []
    free_pred = {id(p): p for p in predicted}
    free_rev = {id(r): r for r in reviewed}

    def take(p: RegionQuote, r: RegionQuote) -> None:
        pairs.append((p, r))
        del free_pred[id(p)], free_rev[id(r)]

    by_id = {p.region_id: p for p in predicted}
    for r in reviewed:
        p = by_id.get(r.region_id)
        if p is not None and id(p) in free_pred:
            take(p, r)
    by_span = {}
    for p in predicted:
        by_span.setdefault((p.start, p.end), p)
    for r in list(free_rev.values()):
        p = by_span.get((r.start, r.end))
        if p is not None and id(p) in free_pred:
            take(p, r)
    overlaps = sorted(
        ((min(p.end, r.end) - max(p.start, r.start), p.start, r.start, p, r)
         for p in free_pred.values() for r in free_rev.values() if min(p.end, r.end) > max(p.start, r.start)),
        key=lambda t: (-t[0], t[1], t[2]))
    for _, _, _, p, r in overlaps:
        if id(p) in free_pred and id(r) in free_rev:
            take(p, r)
    pairs.extend((p, None) for p in free_pred.values())
    pairs.extend((None, r) for r in free_rev.values())
    return pairs


def annotator_name(annotation: dict) -> str | None:
    """The annotator's e-mail when the snapshot expands users, else `user:<id>`."""
    who = annotation.get("completed_by")
    if isinstance(who, dict):
        return str(who.get("email") or who.get("username") or f"user:{who.get('id')}")
    return None if who is None else f"user:{who}"


def _record(article_id: str, text: str, target: str | None, q: RegionQuote, pred: RegionQuote | None,
            status: str) -> dict[str, Any]:
    meta = pred.meta if pred is not None else {}
    human = status in ("corrected", "added")
    same_speaker = pred is not None and _norm(pred.speaker) == _norm(q.speaker)
    mention = q.mention
    # a person who marks a mention but types no name means the mention itself (ANNOTATION.md §4)
    speaker = q.speaker or (text[mention[0]:mention[1]] if mention and human else None)
    if status in ("accepted", "rejected"):
        qid = str(meta.get("quote_id") or quote_id(article_id, q.start, q.end))
        stance_conf = meta.get("stance_confidence")
        rule, conf = str(meta.get("rule") or HUMAN_RULE), float(meta.get("confidence", 1.0))
    else:
        qid = quote_id(article_id, q.start, q.end)
        stance_conf = 1.0 if q.stance else None
        rule, conf = (str(meta.get("rule") or HUMAN_RULE) if pred is not None else HUMAN_RULE), 1.0
    rec = {
        "quote_id": qid,
        "article_id": article_id,
        "quote": text[q.start:q.end],
        "quote_start": q.start,
        "quote_end": q.end,
        "quote_type": q.quote_type,
        "cue": text[q.cue[0]:q.cue[1]] if q.cue else None,
        "cue_start": q.cue[0] if q.cue else None,
        "cue_end": q.cue[1] if q.cue else None,
        "speaker": speaker,
        "speaker_mention": text[mention[0]:mention[1]] if mention else None,
        "speaker_mention_start": mention[0] if mention else None,
        "speaker_mention_end": mention[1] if mention else None,
        "speaker_kind": q.speaker_kind or "unknown",
        # role and via describe the predicted speaker: they survive only if a person kept that speaker
        "speaker_role": meta.get("speaker_role") if (not human or same_speaker) else None,
        "via": meta.get("via") if (not human or same_speaker) else None,
        "stance": q.stance,
        "stance_target": (target or None) if q.stance else None,
        "stance_confidence": stance_conf if q.stance else None,
        "rule": rule,
        "confidence": conf,
    }
    assert tuple(rec) == QUOTE_COLUMNS
    return rec


def baseline(task: dict, annotation: dict) -> dict | None:
    """The prediction a review is judged against: the one the annotator saw.

    Label Studio stores a copy of it in the annotation (`prediction`, kept even
    after push replaces the task's prediction); a snapshot with expanded task
    predictions is the fallback, newest first.
    """
    seen = annotation.get("prediction")
    if isinstance(seen, dict) and seen.get("result") is not None:
        return seen
    preds = [p for p in task.get("predictions") or [] if isinstance(p, dict)]
    return max(preds, key=lambda p: int(p.get("id", 0))) if preds else None


@dataclass
class Converted:
    """What `convert` returns: records in file order, article rows, and the progress/agreement report."""

    records: list[dict[str, Any]]
    articles: list[dict[str, Any]]
    report: dict[str, Any]


def convert(snapshot: list[dict]) -> Converted:
    """Turn a full JSON snapshot (all tasks, predictions expanded) into reviewed records, articles and a report."""
    records: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    per_annotator: dict[str, int] = {}
    agreement = Agreement()
    done = 0
    for task in snapshot:
        data = task.get("data") or {}
        article_id = str(data.get("article_id") or f"task-{task.get('id')}")
        text = str(data.get("text") or "")
        target = data.get("target") or None
        annotations = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
        # the export (issue 4) reads article_id, text and a metadata object; `reviewed` also covers articles
        # reviewed with no quote at all, which have no row in reviewed.jsonl
        articles.append({"article_id": article_id, "text": text,
                         "metadata": {k: data.get(k) or None for k in META_FIELDS},
                         "reviewed": bool(annotations), "n_annotations": len(annotations)})
        if not annotations:
            continue
        done += 1
        for who in sorted({annotator_name(a) or "unknown" for a in annotations}):
            per_annotator[who] = per_annotator.get(who, 0) + 1
        parsed = {int(a.get("id", 0)): parse_result(a.get("result") or []) for a in annotations}
        task_f1 = agreement.add([
            Judgement(annotator_name(a) or "unknown",
                      {(q.start, q.end): (q.speaker, q.stance) for q in parsed[int(a.get("id", 0))]})
            for a in sorted(annotations, key=lambda a: int(a.get("id", 0)))])
        chosen = pick(annotations)
        pred = baseline(task, chosen)
        predicted = parse_result(pred.get("result") or []) if pred else []
        who, when = annotator_name(chosen), chosen.get("updated_at") or chosen.get("created_at")
        for p, r in match(predicted, parsed[int(chosen.get("id", 0))]):
            if r is None:
                assert p is not None
                rec, status = _record(article_id, text, target, p, p, "rejected"), "rejected"
            elif p is None:
                rec, status = _record(article_id, text, target, r, None, "added"), "added"
            else:
                status = "accepted" if p.reviewed_view() == r.reviewed_view() else "corrected"
                rec = _record(article_id, text, target, r, p, status)
            rec.update(annotator=who, reviewed_at=when, status=status,
                       annotator_agreement=None if task_f1 is None else round(task_f1, 4))
            records.append(rec)
    records.sort(key=lambda r: (r["article_id"], r["quote_start"], r["quote_end"], STATUSES.index(r["status"]),
                                r["quote_id"]))
    articles.sort(key=lambda a: a["article_id"])
    counts = {s: sum(r["status"] == s for r in records) for s in STATUSES}
    report = {
        "tasks": len(snapshot),
        "tasks_reviewed": done,
        "per_annotator": dict(sorted(per_annotator.items())),
        "records": counts,
        "agreement": agreement.report(),
        "resolution_rule": RESOLUTION_RULE,
    }
    return Converted(records, articles, report)


def progress_lines(report: dict) -> list[str]:
    """The human summary `kutipan pull` prints."""
    lines = [f"reviewed {report['tasks_reviewed']} of {report['tasks']} tasks"]
    for who, n in report["per_annotator"].items():
        lines.append(f"  {who}: {n} task{'s' if n != 1 else ''}")
    counts = report["records"]
    lines.append("quotes: " + ", ".join(f"{counts[s]} {s}" for s in STATUSES))
    ag = report["agreement"]
    if ag["tasks_with_several_annotations"]:
        lines.append(f"agreement on {ag['tasks_with_several_annotations']} tasks with several annotations: "
                     f"quote span F1 {ag['quote_span_f1']}, speaker {ag['speaker_agreement']}, "
                     f"stance kappa {ag['stance_kappa']}")
    return lines
