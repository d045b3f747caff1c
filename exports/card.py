"""The dataset card (README.md), generated from the exported data so it cannot drift.

The YAML header carries the configs and the Features (so the Hub and
`load_dataset` read the ClassLabel names from it); split counts go in the text,
not in `dataset_info`, because `datasets` verifies card counts on load and a stale
count would make the folder unloadable. Every section is filled from the data;
a section with nothing to report says so in a sentence, never with a placeholder.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Final

import yaml

from builder.schema import QUOTE_TYPES, RULESET_VERSION, SPEAKER_KINDS, STANCES
from exports.features import BIO_TAGS, CONFIGS, DEFAULT_CONFIG, FEATURES, MISSING_LABEL, SPAN_LABELS, SPLITS

PRETTY_NAME: Final[str] = "kutipan: Indonesian news quotes, speakers and stance"
LICENSE: Final[str] = "other"


@dataclass
class CardStats:
    """Everything the card reports, counted while the export is written."""

    rows: dict[str, Counter] = field(default_factory=lambda: {c: Counter() for c in CONFIGS})
    quote_types: Counter = field(default_factory=Counter)
    speaker_kinds: Counter = field(default_factory=Counter)
    stances: Counter = field(default_factory=Counter)
    statuses: Counter = field(default_factory=Counter)
    article_statuses: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)
    targets: Counter = field(default_factory=Counter)
    outlets: Counter = field(default_factory=Counter)
    dates: list[str] = field(default_factory=list)
    stories: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SPLITS, 0))
    multi_article_stories: int = 0
    shared_quote_clusters: int = 0
    agreement: list[float] = field(default_factory=list)
    masked_articles: int = 0
    example: dict[str, Any] | None = None
    snapshot_note: str | None = None


def present_configs(rows: dict[str, Counter]) -> dict[str, list[str]]:
    """config -> its non-empty splits; `datasets` cannot load an empty split, so those are left out."""
    out = {c: [s for s in SPLITS if rows[c].get(s, 0)] for c in CONFIGS}
    return {c: splits for c, splits in out.items() if splits}


def _yaml_header(rows: dict[str, Counter]) -> str:
    configs = []
    present = present_configs(rows)
    for name, splits in present.items():
        entry: dict[str, Any] = {"config_name": name}
        if name == DEFAULT_CONFIG:
            entry["default"] = True
        entry["data_files"] = [{"split": s, "path": f"{name}/{s}-*.parquet"} for s in splits]
        configs.append(entry)
    info = [{"config_name": name, "features": FEATURES[name]._to_yaml_list()} for name in present]
    header = {
        "language": ["id"],
        "license": LICENSE,
        "pretty_name": PRETTY_NAME,
        "task_categories": ["token-classification", "text-classification"],
        "tags": ["quote-attribution", "stance-detection", "news", "indonesian"],
        "size_categories": None,
        "configs": configs,
        "dataset_info": info,
    }
    return yaml.safe_dump(header, sort_keys=False, allow_unicode=True, width=1000)


def _size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M")):
        if n < limit:
            return name
    return "1M<n<10M"


def _table(head: list[str], rows: list[list[Any]]) -> str:
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def _counts(counter: Counter, names: tuple[str, ...] | None = None, none_label: str = "none") -> str:
    keys = list(names) if names else sorted(counter, key=lambda k: (-counter[k], str(k)))
    parts = [f"`{k if k is not None else none_label}` {counter.get(k, 0):,}" for k in keys]
    if names and counter.get(None):
        parts.append(f"{none_label} {counter[None]:,}")
    return ", ".join(parts)


def render(stats: CardStats) -> str:
    """The whole README.md text."""
    n_quotes = sum(stats.rows["quotes"].values())
    n_articles = sum(stats.rows["articles"].values())
    reviewed_articles = stats.article_statuses.get("reviewed", 0)
    silver = reviewed_articles == 0
    header = _yaml_header(stats.rows).replace("size_categories: null", f"size_categories:\n- {_size_category(n_quotes)}")
    kind = ("a **rules-only (\"silver\") dataset**: every label was produced by kutipan's rules "
            f"(rule set `{RULESET_VERSION}`) and no person has checked it"
            if silver else
            f"a dataset in which {reviewed_articles:,} of {n_articles:,} articles were reviewed by people in "
            f"Label Studio (`status` = `reviewed`) and the rest carry the rules' labels only "
            f"(`status` = `rules-only`, rule set `{RULESET_VERSION}`)")
    lines = [f"---\n{header}---", "", f"# {PRETTY_NAME}", ""]
    lines += [
        f"Quotes in Indonesian news articles, with the words that mark each attribution (the cue), the person or "
        f"body quoted (the speaker) and the quote's stance toward a named target. {n_articles:,} articles, "
        f"{n_quotes:,} quotes. This is {kind}.",
        "",
    ]
    if stats.snapshot_note:
        lines += [stats.snapshot_note, ""]
    lines += [
        "```python",
        "from datasets import load_dataset",
        'quotes = load_dataset("DATASET")              # one row per quote (default config)',
        'articles = load_dataset("DATASET", "articles") # one row per article, with its spans',
        'tokens = load_dataset("DATASET", "tokens")     # word tokens with BIO tags',
        "```",
        "",
        "Replace `DATASET` with this folder's path or its Hub repository id.",
        "",
        "## Configs and fields",
        "",
        "All offsets are **character offsets** (Python code points) **into the article's `text`, end-exclusive**: "
        "`text[start:end]` is the span. A quote interrupted by its attribution (`\"A,\" kata X, \"B.\"`) is two "
        "quotes; a direct quote running over several paragraphs is one quote per paragraph.",
        "",
        "### `quotes` (default)",
        "",
        _table(["field", "type", "meaning"], [
            ["`quote_id`", "string", "stable id of the quote (a hash of the article id and the span)"],
            ["`article_id`", "string", "the article the quote is in (`articles` config)"],
            ["`quote`, `quote_start`, `quote_end`", "string, int32", "the quoted content: no cue, no speaker, "
             "no `bahwa`/`agar`"],
            ["`quote_type`", "ClassLabel", " / ".join(f"{i} `{n}`" for i, n in enumerate(QUOTE_TYPES))],
            ["`cue`, `cue_start`, `cue_end`", "string, int32", "the attribution word or phrase (`kata`, `menurut`, "
             "`mengatakan`); null for a quote standing alone"],
            ["`speaker`", "string", "canonical name of the source in the article (pronouns and role nouns resolved)"],
            ["`speaker_mention`, `speaker_mention_start`, `speaker_mention_end`", "string, int32",
             "the words naming the source for this quote; null when the cue carries it (`katanya`) or none is given"],
            ["`speaker_kind`", "ClassLabel", " / ".join(f"{i} `{n}`" for i, n in enumerate(SPEAKER_KINDS))],
            ["`speaker_role`", "string", "role or affiliation given next to the mention, else null"],
            ["`via`", "string", "outlet that relayed a person's words (`seperti dikutip dari AFP`), else null"],
            ["`stance`", "ClassLabel", " / ".join(f"{i} `{n}`" for i, n in enumerate(STANCES))
             + f"; {MISSING_LABEL} when the article has no stance target"],
            ["`stance_target`", "string", "what the stance is toward"],
            ["`stance_confidence`, `confidence`", "float64", "the rules' confidence in the stance and in the quote"],
            ["`rule`", "string", "id of the rule that found the quote (`kutipan rules` lists them); kept on reviewed "
             "rows, `human` style ids mark quotes a reviewer added"],
            ["`status`", "string", "`reviewed` (a person checked the article in Label Studio) or `rules-only`"],
            ["`annotator_agreement`", "float64", "agreement between annotators on this quote where two or more "
             "reviewed it, else null"],
            ["`quote_cluster`", "string", "the same words quoted in several articles (syndicated copies, other "
             "outlets) share one id: a hash of the quote lower-cased with punctuation removed"],
            ["`story`", "string", "the story cluster of the article (see Splits)"],
        ]),
        "",
        "### `articles`",
        "",
        _table(["field", "type", "meaning"], [
            ["`article_id`", "string", "the article's id in the source"],
            ["`url`, `outlet`, `title`, `published`", "string", "metadata as given by the source, null when unknown"],
            ["`target`", "string", "the stance target of the article's quotes"],
            ["`text`", "string", "the cleaned article body every offset refers to"],
            ["`status`", "string", "`reviewed` or `rules-only`"],
            ["`n_quotes`", "int32", "number of quotes"],
            ["`spans`", "list of {label, start, end, text, quote_id}", "every quote, speaker mention and cue span, "
             f"label {' / '.join(f'{i} `{n}`' for i, n in enumerate(SPAN_LABELS))}; `quote_id` links a span to its "
             "quote (a speaker mention shared by two quotes appears twice)"],
            ["`story`", "string", "the story cluster"],
        ]),
        "",
        "### `tokens`",
        "",
        _table(["field", "type", "meaning"], [
            ["`article_id`", "string", "the article"],
            ["`tokens`", "list of string", "words and single punctuation marks of `text`"],
            ["`token_starts`, `token_ends`", "list of int32", "each token's character offsets into the article's `text`"],
            ["`tags`", "list of ClassLabel", " / ".join(f"{i} `{n}`" for i, n in enumerate(BIO_TAGS))],
            ["`story`", "string", "the story cluster"],
        ]),
        "",
        "A token is cut where a span starts or ends inside it (`Menurutnya` with the cue `Menurut`), so the tags "
        "give the spans back exactly, without surrounding spaces. A token has one tag: where spans overlap, quotes "
        "are kept first, then speaker mentions, then cues (a speaker named inside another quote stays part of "
        "that quote).",
        "",
    ]
    if stats.example is not None:
        lines += ["### An example (`quotes`, first row of `train`)", "", "```json",
                  json.dumps(stats.example, ensure_ascii=False, indent=1), "```", ""]
    split_rows = [[f"`{c}`", *(f"{stats.rows[c].get(s, 0):,}" for s in SPLITS), f"{sum(stats.rows[c].values()):,}"]
                  for c in CONFIGS]
    split_rows.append(["stories", *(f"{stats.stories.get(s, 0):,}" for s in SPLITS), f"{sum(stats.stories.values()):,}"])
    lines += [
        "## Splits",
        "",
        _table(["config", *SPLITS, "total"], split_rows),
        "",
        "Splits are assigned **by story**, so no story, and no quote, is in two splits. Articles are linked when "
        "they are near-duplicates (MinHash of word 3-shingles, digits ignored, 4 LSH bands of 4 rows: copies "
        "above a Jaccard similarity of about 0.7 are caught) or when they quote the same passage of 40 or more "
        "characters; a story is a connected group of linked articles. "
        f"{stats.multi_article_stories:,} stories hold more than one article.",
        "",
        "A story's split comes from a hash of its key, the smallest first-MinHash value of its members (the "
        "MinHash of all its text together), in the proportions 80 / 10 / 10 by story. The assignment is "
        "deterministic and stable when articles are added: a new unrelated article never moves another; a new "
        "copy of a story moves it only if it brings a shingle hashing below all the story already has (never for "
        "an exact copy); an article that joins two stories moves one of them.",
        "",
        "## How it was annotated",
        "",
        f"1. **Rules.** kutipan's rules (rule set `{RULESET_VERSION}`) found every quote, its cue, speaker mention, "
        "canonical speaker, speaker kind, role and relaying outlet, and pre-labelled stance from lexicons. "
        "Rule counts: " + (_counts(stats.rules) or "no quotes") + ".",
        "2. **People, in Label Studio.** " + (
            "No article has been reviewed yet, so every row has `status` = `rules-only`: treat the labels as "
            "silver, good for pre-training or weak supervision, and not as a gold test set."
            if silver else
            f"{reviewed_articles:,} articles ({stats.statuses.get('reviewed', 0):,} quotes) were reviewed: "
            "reviewers accepted, corrected, added or rejected each quote and set its stance; rejected quotes are "
            "not in the dataset. " + _agreement(stats.agreement)),
        "",
        "The scheme (what counts as a quote, where a span starts and ends, what the speaker is) is the project's "
        "`ANNOTATION.md`.",
        "",
        "Label counts: quote type " + _counts(stats.quote_types, QUOTE_TYPES) + "; speaker kind "
        + _counts(stats.speaker_kinds, SPEAKER_KINDS) + "; stance " + _counts(stats.stances, STANCES, "no target")
        + "; status " + _counts(stats.statuses) + ".",
        "",
        "## Stance targets",
        "",
        ("Stance is the speaker's position toward the target as the quote shows it (`favor`, `against`, "
         "`neutral`), not the journalist's. Targets, with the number of articles:" if stats.targets else
         "No article has a stance target, so every `stance` is -1."),
        "",
    ]
    lines += [f"- {t if t is not None else '(no target: stance -1)'}: {n:,}"
              for t, n in sorted(stats.targets.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    lines += ["", "## Sources and dates", ""]
    known = {k: v for k, v in stats.outlets.items() if k is not None}
    lines.append(("Articles per outlet: " + _counts(Counter(known)) + "." if known else
                  "No article records its outlet.")
                 + (f" {stats.outlets[None]:,} articles do not record their outlet." if known and stats.outlets.get(None)
                    else ""))
    dates = sorted(d for d in stats.dates if d)
    lines.append("")
    lines.append(f"Publication dates run from {dates[0]} to {dates[-1]} ({len(dates):,} articles dated)."
                 if dates else "No article records its publication date.")
    lines += [
        "",
        "## Personal data",
        "",
        "E-mail addresses and phone numbers are masked in every exported text (each character replaced by `*`, "
        f"so offsets still hold); {stats.masked_articles:,} articles had one. The raw pages, which can carry "
        "a reader's address in a login widget, are not exported. Speakers are people quoted in published news.",
        "",
        "## Limitations",
        "",
        "- " + ("All labels are rules-only (silver): expect missed quotes, wrong span boundaries and wrong speakers "
                "on hard cases; the project measures the rules at about 0.95 detection F1 and 0.88 end-to-end F1 "
                "on its development set, and stance macro-F1 near 0.6."
                if silver else
                "Rows with `status` = `rules-only` are silver labels from the rules (about 0.95 detection F1 and "
                "0.88 end-to-end F1 on the project's development set, stance macro-F1 near 0.6); filter on "
                "`status` for the reviewed rows."),
        "- Stance is pre-labelled from lexicons toward one target per article; it is the weakest label.",
        "- Offsets index the cleaned body (`text`), not the original page; boilerplate and captions were removed.",
        "- Story clustering is approximate: rewrites of one wire story that share no long quote and fall below "
        "the similarity threshold can land in different splits.",
        "- The texts are news articles under their publishers' copyright; use them for research.",
        "",
        "## Rebuilding",
        "",
        "`kutipan export --build OUT/ [--annotations ANNOTATIONS/] -o DATASET/` writes this folder; the same "
        "inputs and library versions give the same bytes (no timestamps, stable row order, stable ids). "
        "Rows are in build order, quotes by position in their article.",
        "",
        "## Citation",
        "",
        "```bibtex",
        "@misc{kutipan,",
        "  title = {kutipan: quote attribution and stance datasets from Indonesian news},",
        "  note = {Dataset built with kutipan, rule set " + RULESET_VERSION + "},",
        "}",
        "```",
        "",
    ]
    return "\n".join(lines)


def _agreement(values: list[float]) -> str:
    if not values:
        return "No quote was reviewed by two annotators, so there is no agreement figure yet."
    mean = sum(values) / len(values)
    return (f"Agreement between annotators, over the {len(values):,} quotes reviewed by more than one person: "
            f"mean {mean:.3f}, lowest {min(values):.3f}.")
