"""Agreement between annotators of the same task, and the rule that picks one annotation.

Span agreement is exact-match F1 between two annotators' quote spans (a moved
boundary is a disagreement: boundaries are part of the scheme). Speaker
agreement and stance kappa are measured on the quotes both annotators marked
with the same span.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import combinations


def span_f1(a: set[tuple[int, int]], b: set[tuple[int, int]]) -> float:
    """2|A∩B| / (|A|+|B|); two empty sets agree perfectly (both said: no quote here)."""
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


def cohen_kappa(pairs: Sequence[tuple[str, str]]) -> float | None:
    """Cohen's kappa over paired labels; None without pairs, 1.0 when both always chose the same single label."""
    if not pairs:
        return None
    n = len(pairs)
    observed = sum(x == y for x, y in pairs) / n
    labels = {x for x, _ in pairs} | {y for _, y in pairs}
    expected = sum((sum(x == lab for x, _ in pairs) / n) * (sum(y == lab for _, y in pairs) / n) for lab in labels)
    if expected >= 1.0:
        return 1.0 if observed >= 1.0 else 0.0
    return (observed - expected) / (1 - expected)


def norm_name(name: str | None) -> str:
    return " ".join((name or "").split()).casefold()


@dataclass(frozen=True)
class Judgement:
    """One annotator's quotes on one task: span -> (speaker, stance)."""

    annotator: str
    quotes: dict[tuple[int, int], tuple[str | None, str | None]]


@dataclass
class Agreement:
    """Pooled agreement over every task that had two or more annotations."""

    tasks: int = 0
    span_f1_sum: float = 0.0
    speaker_same: int = 0
    speaker_total: int = 0
    stance_pairs: list[tuple[str, str]] | None = None

    def add(self, judgements: Sequence[Judgement]) -> float | None:
        """Add one task; returns its span F1 (mean over annotator pairs), None with fewer than two annotations."""
        if len(judgements) < 2:
            return None
        if self.stance_pairs is None:
            self.stance_pairs = []
        scores = []
        for a, b in combinations(judgements, 2):
            scores.append(span_f1(set(a.quotes), set(b.quotes)))
            for span in sorted(set(a.quotes) & set(b.quotes)):
                (sa, ta), (sb, tb) = a.quotes[span], b.quotes[span]
                self.speaker_total += 1
                self.speaker_same += norm_name(sa) == norm_name(sb)
                self.stance_pairs.append((ta or "none", tb or "none"))
        task_f1 = sum(scores) / len(scores)
        self.tasks += 1
        self.span_f1_sum += task_f1
        return task_f1

    def report(self) -> dict:
        return {
            "tasks_with_several_annotations": self.tasks,
            "quote_span_f1": round(self.span_f1_sum / self.tasks, 4) if self.tasks else None,
            "speaker_agreement": round(self.speaker_same / self.speaker_total, 4) if self.speaker_total else None,
            "stance_kappa": _round(cohen_kappa(self.stance_pairs or [])),
            "matched_quote_pairs": self.speaker_total,
        }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


RESOLUTION_RULE = ("an annotation flagged ground truth wins; among several ground-truth annotations, or when there is "
                   "none, the most recently updated one wins; ties go to the lowest annotation id")


def pick(annotations: Sequence[dict]) -> dict:
    """The annotation whose quotes become the reviewed records (see RESOLUTION_RULE)."""
    return min(annotations, key=lambda a: (not a.get("ground_truth", False), _neg_time(a), int(a.get("id", 0))))


def _neg_time(a: dict) -> float:
    stamp = str(a.get("updated_at") or a.get("created_at") or "")
    try:
        return -datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0
