"""Find the article body in a scraped page and keep a map back to the raw text.

Scraped pages carry menus, ads, widgets, captions, bylines and footers. The body
is the text annotators and dataset users see; every span indexes it, and
`Body.segments` maps it back to the raw input (ANNOTATION.md §6: finding the
body is part of the job).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Final

import regex

from builder.lexicon import load_list
from builder.offsets import Segment

PARAGRAPH_SEP: Final[str] = "\n\n"

RE_LINE: Final = regex.compile(r"[^\r\n]+")
RE_EMAIL: Final = regex.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
#: a line that ends like a sentence or holds a quotation mark is body text however short
RE_SENTENCE_LIKE: Final = regex.compile(r"""[.!?:;"”’»)]\s*$|["“”«»]""")
#: dateline at a paragraph's start: `JAKARTA, KOMPAS.com -`, `Seoul/Moskow (ANTARA) -`, `TRIBUNNEWS.COM --`
#: an outlet's domain written as its dateline (`tirto.id -`, `kumparan.com -`)
DOMAIN: Final[str] = r"\p{Ll}\w*\.(?:co\.id|com|id|net|tv)"
RE_DOMAIN: Final = regex.compile(DOMAIN)
RE_DATELINE: Final = regex.compile(
    r"""(?P<place>[\p{Lu}][\w.]*(?:[ ,/]+[\p{L}][\w.]*){0,4}?|""" + DOMAIN + r""")\s*
        (?P<agency>\([^()\n]{1,40}\))?\s*(?:--?|–|—)\s+""",
    regex.VERBOSE,
)
#: a photo credit line: the outlet, a slash, the photographer in capitals (`TRIBUNJATENG/FAJAR NUGROHO`)
CREDIT_OUTLET: Final[str] = r"[\p{Lu}\d.-]+"
CREDIT_DOMAIN: Final[str] = r"\.(?i:com|co\.id|id)"
CREDIT_NAME: Final[str] = r"/[\p{Lu}][\p{Lu} .'-]*"
RE_PHOTO_CREDIT: Final = regex.compile(CREDIT_OUTLET + "(?:" + CREDIT_DOMAIN + ")?" + CREDIT_NAME)
#: a caption closed by its photo credit (`Warga mendorong sepeda motor … (13/2/2025). KOMPAS.com/RIZKY ANANDA`)
RE_CREDITED_CAPTION: Final = regex.compile(r"[.)]\s+" + CREDIT_OUTLET + CREDIT_DOMAIN + CREDIT_NAME + "$")
#: a caption's capitalised label and dash (`AKSI OJOL - Ribuan pengemudi …`), read only after a photo credit
RE_CAPTION_LABEL: Final = regex.compile(r"[\p{Lu}\d][\p{Lu}\d ]*\p{Lu} [-–—] ")
#: words of a dateline's place and outlet; one more when the place is in capitals and a comma ends it
MAX_DATELINE_WORDS: Final[int] = 4
MIN_WORDS_FOR_BODY: Final[int] = 5
#: no furniture line is longer; longer lines skip the whole-line patterns
MAX_FURNITURE_CHARS: Final[int] = 250
MAX_CAPTION_CHARS: Final[int] = 600
CAPTION_EDGE: Final[int] = 160


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A body paragraph; `content_start` skips its dateline."""

    start: int
    end: int
    content_start: int


@dataclass(frozen=True, slots=True)
class Body:
    text: str
    paragraphs: tuple[Paragraph, ...]
    segments: tuple[Segment, ...]


@cache
def _boilerplate() -> regex.Pattern[str]:
    return regex.compile("(?i:" + "|".join(f"(?:{p})" for p in load_list("boilerplate")) + ")")


@cache
def _captions() -> regex.Pattern[str]:
    return regex.compile("(?i:" + "|".join(f"(?:{p})" for p in load_list("captions")) + ")")


@cache
def _list_headers() -> regex.Pattern[str]:
    return regex.compile("(?i:" + "|".join(f"(?:{p})" for p in load_list("list_headers")) + ")")


#: a line that ends as a sentence does (`… kata Budi.`, `… "Kami siap."`): no listed headline
RE_SENTENCE_END: Final = regex.compile(r"[.!?…][\"”’»)]?\s*$")
MAX_HEADLINE_CHARS: Final[int] = 160


def _listed_headline(line: str) -> bool:
    """A line in a list of other articles' headlines: short, no sentence end."""
    return len(line) <= MAX_HEADLINE_CHARS and not RE_SENTENCE_END.search(line)


@cache
def _re_signed_paragraph() -> regex.Pattern[str]:
    """A paragraph closing with a quote or a trailing cue, then its reporter's credit in parentheses."""
    cues = "|".join(regex.escape(w) for w in sorted(load_list("cues_after"), key=len, reverse=True))
    return regex.compile(r"(?i)[\"”’,]\s*(?:(?:" + cues + r")(?:nya)?\b[^.,\"”]{0,60})?[.,]?\s*"
                         r"\([\w.-]+\.(?:com|id|co\.id|net)/[^)]{1,60}\)\s*$")


def is_boilerplate(line: str) -> bool:
    """Page furniture: a whole line the boilerplate lexicon names, a caption, or a short non-sentence."""
    if "@" in line and RE_EMAIL.search(line):
        return True  # a login widget showing a reader's e-mail
    if len(line) > MAX_CAPTION_CHARS:
        return False  # a long paragraph that mentions `Foto:` is still body
    if line.endswith(")") and _re_signed_paragraph().search(line):
        return False  # `…, lanjut Veronika. (pos-kupang.com/kristo ngala)`: a quote signed by its reporter is body
    captions = _captions()
    if captions.search(line, 0, CAPTION_EDGE) or len(line) > CAPTION_EDGE and captions.search(line, len(line) - CAPTION_EDGE):
        return True  # caption marks stand at a line's start or end
    if len(line) > MAX_FURNITURE_CHARS:
        return False
    if _boilerplate().fullmatch(line):
        return True
    return len(line.split()) < MIN_WORDS_FOR_BODY and not RE_SENTENCE_LIKE.search(line)


def dateline_end(text: str, start: int, end: int) -> int:
    """Offset just past a dateline opening text[start:end], or `start` when there is none."""
    head_end = min(end, start + 80)
    if not any(text.find(d, start, head_end) != -1 for d in "-–—"):
        return start  # no dash, no dateline
    m = RE_DATELINE.match(text, start, head_end)
    if not m:
        return start
    head = m.group(0)
    place = m.group("place")
    words = place.replace("/", " ").replace(",", " ").split()
    shouty = any(len(w) >= 3 and w.isupper() for w in words) or ".com" in place.lower() or RE_DOMAIN.fullmatch(place) is not None
    # `Jakarta - Menteri …`: one or two Title-case words, a spaced dash, then a capital or a quote mark
    after = start + len(head)
    titled = (len(words) <= 2 and all(w[:1].isupper() and w[1:].islower() for w in words)
              and after < len(text) and (text[after].isupper() or text[after] in "\"“‘'"))
    if not (shouty or titled or m.group("agency")):
        return start
    if any(w[0].islower() and not w.lower().endswith((".com", ".id", ".co")) and w.islower() for w in words):
        return start  # a sentence, not a place; but outlets like `iNewsBanten` pass
    if len(words) > MAX_DATELINE_WORDS and not (words[0].isupper() and "," in place):
        return start  # five words only as `PENAJAM PASER UTARA, Kaltim Kini –`: a place in capitals, then the outlet
    return start + len(head)


def clean(raw: str) -> Body:
    """Keep body lines verbatim, joined by blank lines; drop furniture and repeated lines."""
    lines: list[tuple[int, int]] = []
    in_list = False  # after `Artikel Terkait`: headline lines until the first sentence
    after_credit = False  # right after a photo credit (`TRIBUN-TIMUR.COM/MUHAMMAD FADHLY ALI`)
    for m in RE_LINE.finditer(raw):
        s, e = m.span()
        while s < e and raw[s].isspace():
            s += 1
        while e > s and raw[e - 1].isspace():
            e -= 1
        if s >= e:
            continue
        line = raw[s:e]
        if _list_headers().fullmatch(line):
            in_list = True
            continue
        in_list = in_list and _listed_headline(line)
        captioned = after_credit and RE_CAPTION_LABEL.match(line) is not None
        after_credit = RE_PHOTO_CREDIT.fullmatch(line) is not None
        captioned = captioned or len(line) <= MAX_CAPTION_CHARS and RE_CREDITED_CAPTION.search(line) is not None
        if not in_list and not captioned and not is_boilerplate(line):
            lines.append((s, e))
    # a repeated line (teaser, caption) is kept at its last place, where its context is
    last_at = {raw[s:e]: i for i, (s, e) in enumerate(lines)}
    parts: list[str] = []
    segments: list[Segment] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for i, (s, e) in enumerate(lines):
        if last_at[raw[s:e]] != i:
            continue
        if parts:
            parts.append(PARAGRAPH_SEP)
            pos += len(PARAGRAPH_SEP)
        parts.append(raw[s:e])
        segments.append((pos, pos + e - s, s, e))
        content = dateline_end(raw, s, e) - s + pos
        paragraphs.append(Paragraph(pos, pos + e - s, content))
        pos += e - s
    return Body("".join(parts), tuple(paragraphs), tuple(segments))
