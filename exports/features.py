"""The dataset's Features, declared once: ClassLabel names come from builder.schema.

Every file the export writes (Parquet schema metadata, the card's YAML) is derived
from these three objects, so the data, the card and `load_dataset` cannot disagree.
"""
from __future__ import annotations

from typing import Final

import pyarrow as pa
from datasets import ClassLabel, Features, List, Value

from builder.schema import QUOTE_TYPES, SPEAKER_KINDS, STANCES

CONFIGS: Final[tuple[str, ...]] = ("quotes", "articles", "tokens")
DEFAULT_CONFIG: Final[str] = "quotes"
SPLITS: Final[tuple[str, ...]] = ("train", "validation", "test")
STATUSES: Final[tuple[str, ...]] = ("reviewed", "rules-only")
SPAN_LABELS: Final[tuple[str, ...]] = ("QUOTE", "SPEAKER", "CUE")
#: BIO tags in a fixed order: O, then B-/I- for each span label (order is the integer encoding)
BIO_TAGS: Final[tuple[str, ...]] = ("O",) + tuple(f"{p}-{label}" for label in SPAN_LABELS for p in ("B", "I"))
#: ClassLabel value for "no label" (a quote without a stance target), the `datasets` convention
MISSING_LABEL: Final[int] = -1

_STR = Value("string")
_OFFSET = Value("int32")

QUOTE_FEATURES: Final[Features] = Features({
    "quote_id": _STR,
    "article_id": _STR,
    "quote": _STR,
    "quote_start": _OFFSET,
    "quote_end": _OFFSET,
    "quote_type": ClassLabel(names=list(QUOTE_TYPES)),
    "cue": _STR,
    "cue_start": _OFFSET,
    "cue_end": _OFFSET,
    "speaker": _STR,
    "speaker_mention": _STR,
    "speaker_mention_start": _OFFSET,
    "speaker_mention_end": _OFFSET,
    "speaker_kind": ClassLabel(names=list(SPEAKER_KINDS)),
    "speaker_role": _STR,
    "via": _STR,
    "stance": ClassLabel(names=list(STANCES)),
    "stance_target": _STR,
    "stance_confidence": Value("float64"),
    "rule": _STR,
    "confidence": Value("float64"),
    "status": _STR,
    "annotator_agreement": Value("float64"),
    "quote_cluster": _STR,
    "story": _STR,
})

SPAN_FEATURE: Final = {
    "label": ClassLabel(names=list(SPAN_LABELS)),
    "start": _OFFSET,
    "end": _OFFSET,
    "text": _STR,
    "quote_id": _STR,
}

ARTICLE_FEATURES: Final[Features] = Features({
    "article_id": _STR,
    "url": _STR,
    "outlet": _STR,
    "title": _STR,
    "published": _STR,
    "target": _STR,
    "text": _STR,
    "status": _STR,
    "n_quotes": _OFFSET,
    "spans": List(SPAN_FEATURE),
    "story": _STR,
})

TOKEN_FEATURES: Final[Features] = Features({
    "article_id": _STR,
    "tokens": List(_STR),
    "token_starts": List(_OFFSET),
    "token_ends": List(_OFFSET),
    "tags": List(ClassLabel(names=list(BIO_TAGS))),
    "story": _STR,
})

FEATURES: Final[dict[str, Features]] = {"quotes": QUOTE_FEATURES, "articles": ARTICLE_FEATURES, "tokens": TOKEN_FEATURES}


def arrow_schema(config: str) -> pa.Schema:
    """The Parquet schema of one config, with the `huggingface` metadata key `Dataset.to_parquet` would write.

    `load_dataset` reads ClassLabel names from this key (and from the card), so a
    shard loaded on its own still decodes its labels.
    """
    import json

    features = FEATURES[config]
    meta = json.dumps({"info": {"features": features.to_dict()}}, sort_keys=True, ensure_ascii=False)
    return features.arrow_schema.with_metadata({"huggingface": meta})
