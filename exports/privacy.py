"""Mask e-mail addresses and phone numbers in exported text, keeping every offset valid.

A news text names public people, but a page can also carry a reader's e-mail (a
login widget in one seed page) or a private phone number. The export cannot tell
a private address from a newsroom's, so it masks them all. Each masked character
becomes `*`, so the text keeps its length and every span offset still holds.
"""
from __future__ import annotations

import re
from typing import Final

import polars as pl

EMAIL: Final[str] = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
#: Indonesian mobiles (+62 8.. / 08..) and landlines with an area code in brackets; international +NN numbers
PHONE: Final[str] = (
    r"(?:\+62[\s.-]?|\b0)8\d{1,3}(?:[\s.-]?\d{2,5}){2,3}\b"
    r"|\(0\d{2,3}\)[\s.-]?\d{3,4}[\s.-]?\d{3,5}\b"
    r"|\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,5}){2,4}\b"
)
CONTACT: Final[str] = f"(?:{EMAIL})|(?:{PHONE})"
_CONTACT_RE: Final = re.compile(CONTACT)
#: a cheap test every match of CONTACT passes (an @, or how a phone number starts); only rows passing it
#: run the full pattern
PREFILTER: Final[str] = r"@|\+[0-9]|\(0[0-9]|08[0-9]"
MASK: Final[str] = "*"


def mask(text: str) -> str:
    """`text` with every e-mail address and phone number replaced by as many `*`."""
    return _CONTACT_RE.sub(lambda m: MASK * len(m.group()), text)


def has_contact(col: pl.Expr) -> pl.Expr:
    """Vectorised test: does this string column hold anything `mask` would change?

    EMAIL and PHONE are tested apart: the same as testing CONTACT, but polars' regex
    engine runs the joined pattern some hundred times slower on long texts.
    """
    return (col.str.contains(PREFILTER) & (col.str.contains(EMAIL) | col.str.contains(PHONE))).fill_null(False)


def mask_column(df: pl.DataFrame, column: str) -> pl.DataFrame:
    """Mask one string column; only rows that match go through Python.

    Only rows passing PREFILTER run the full patterns, each on its own (see has_contact).
    """
    maybe = df[column].str.contains(PREFILTER).fill_null(False)
    if not maybe.any():
        return df
    rows = maybe.arg_true()
    sub = df[column].gather(rows)
    hit = (sub.str.contains(EMAIL) | sub.str.contains(PHONE)).fill_null(False)
    if not hit.any():
        return df
    values = df[column].to_list()
    for i in rows.filter(hit).to_list():
        values[i] = mask(values[i])
    return df.with_columns(pl.Series(column, values, dtype=pl.String))
