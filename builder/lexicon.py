"""Load the plain-text lexicons the rules read (one entry a line, `#` comments)."""
from __future__ import annotations

from functools import cache
from importlib import resources

from builder.errors import LexiconError


@cache
def load_list(name: str) -> tuple[str, ...]:
    """Entries of `lexicons/<name>.txt` in file order; duplicates are an error."""
    path = resources.files("builder") / "lexicons" / f"{name}.txt"
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise LexiconError(f"no lexicon named {name!r}") from exc
    seen: dict[str, int] = {}
    out: list[str] = []
    for lineno, line in enumerate(raw.splitlines(), 1):
        entry = line.strip()
        if not entry or entry.startswith("#"):
            continue
        key = entry.lower()
        if key in seen:
            raise LexiconError(f"lexicon {name}.txt: {entry!r} on line {lineno} repeats line {seen[key]}")
        seen[key] = lineno
        out.append(entry)
    return tuple(out)


@cache
def load_set(name: str) -> frozenset[str]:
    """The lexicon as a lower-case set, for membership tests."""
    return frozenset(e.lower() for e in load_list(name))


def with_nya(words: tuple[str, ...]) -> tuple[str, ...]:
    """Each cue word and its `-nya` form (`ujar` -> `ujarnya`), longest first for regex alternation."""
    forms = {w for w in words} | {w + "nya" for w in words if not w.endswith("nya")}
    return tuple(sorted(forms, key=lambda w: (-len(w), w)))


LEXICON_NAMES: tuple[str, ...] = (
    "abbreviations", "act_objects", "adverbs", "anaphoric_nouns", "anonymous_sources", "bodies", "boilerplate",
    "captions", "connectives", "cues_after", "cues_before", "cues_clause", "cues_first", "cues_object", "cues_passive",
    "groups", "list_headers", "media", "mention_stops", "name_openers", "negations", "occupations", "org_anaphors", "org_heads",
    "organizations", "person_nouns", "press", "places", "prepositions", "pronouns", "openers", "quantifiers", "ranks",
    "source_nouns", "stance_against", "stance_favor", "stance_hedges", "stance_rebuttal", "stance_weak",
    "subordinators", "time_nouns", "time_openers", "titles", "works",
)
