"""Plain text out of an HTML page, with a map from every text offset back to the HTML.

Spans must point into the page as fetched (ANNOTATION.md §6), so the text keeps a
segment map (builder/offsets.py format): copied runs map one to one, a decoded
entity maps as a whole, and inserted line breaks or collapsed whitespace are gaps.
"""
from __future__ import annotations

import html as _html
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Final

import regex

from builder.errors import InputError
from builder.offsets import Segment

#: elements whose content is never article text
SKIP_TAGS: Final[frozenset[str]] = frozenset(
    {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg", "title"}
)
#: elements that start a new line of text
BLOCK_TAGS: Final[frozenset[str]] = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "tr", "blockquote",
     "ul", "ol", "table", "td", "th", "hr", "main", "figure", "figcaption", "pre", "dl", "dt", "dd", "body"}
)
#: HTML whitespace (not NBSP: an `&nbsp;` is kept as the author wrote it)
RE_WS: Final = regex.compile(r"[ \t\n\r\f]+")
RE_NEWLINE: Final = regex.compile(r"\n")
#: `&#` that html.parser's charref pattern rejects; the parser stops tokenising at one
#: and passes the rest of the page, tags and all, as text, so it is hidden from the parser
RE_BAD_CHARREF: Final = regex.compile(r"&(?=#(?!(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]))")
#: a string that is an HTML page or fragment rather than text with a stray `<`
RE_LOOKS_HTML: Final = regex.compile(r"^\s*<(?:!doctype|!--|[a-zA-Z][\w-]*[\s/>])", regex.IGNORECASE)
RE_HAS_TAG: Final = regex.compile(r"</[a-zA-Z][\w-]*\s*>|<(?:br|p|div|html|body)\b", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str
    segments: tuple[Segment, ...]
    title: str | None


def looks_like_html(text: str) -> bool:
    """A JSON `text` field that holds a page (starts with a tag and has markup) is read as HTML."""
    return bool(RE_LOOKS_HTML.match(text[:1000]) and RE_HAS_TAG.search(text))


class _TextParser(HTMLParser):
    """Collects visible text; offsets come from getpos(), so data is sliced from the page itself."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=False)
        self._page = page
        self._line_starts = [0] + [m.end() for m in RE_NEWLINE.finditer(page)]
        self._parts: list[str] = []
        self._segments: list[list[int]] = []
        self._last_copy = False  # the last segment is a verbatim copy that may be extended
        self._len = 0
        self._last_char = "\n"  # text starts "at a line start": no leading whitespace
        self._soft_space = False  # the text ends in a space made from source whitespace
        self._skipping = 0
        self._skip: dict[str, int] = {}
        self._title: list[str] | None = None
        self.title: str | None = None

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def _emit(self, text: str, raw_start: int, raw_end: int, copy: bool) -> None:
        if self._title is not None:
            self._title.append(text)
            return
        if self._skipping:
            return
        if copy:
            pos = 0
            for m in RE_WS.finditer(text):
                if m.start() > pos:
                    self._append(text[pos:m.start()], raw_start + pos, raw_start + m.start(), True)
                if self._last_char not in " \n":
                    verbatim = True if m.group() == " " else None
                    self._append(" ", raw_start + m.start(), raw_start + m.end(), verbatim)
                    self._soft_space = True
                pos = m.end()
            if pos < len(text):
                self._append(text[pos:], raw_start + pos, raw_end, True)
        else:
            self._append(text, raw_start, raw_end, False)

    def _append(self, text: str, raw_start: int, raw_end: int, copy: bool | None) -> None:
        """Add text; copy=True copied, False replaced (entity), None a gap with no segment."""
        if copy is not None:
            seg = self._segments[-1] if self._segments else None
            if copy and self._last_copy and seg and seg[1] == self._len and seg[3] == raw_start:
                seg[1] += len(text)
                seg[3] = raw_end
            else:
                self._segments.append([self._len, self._len + len(text), raw_start, raw_end])
            self._last_copy = copy
        else:
            self._last_copy = False
        self._parts.append(text)
        self._len += len(text)
        self._last_char = text[-1]
        self._soft_space = False

    def _newline(self) -> None:
        if self._title is not None or self._skipping or self._last_char == "\n":
            return
        if self._soft_space:  # drop a collapsed trailing space rather than keep it before the break
            self._parts[-1] = self._parts[-1][:-1]
            self._len -= 1
            seg = self._segments[-1] if self._segments else None
            if seg and seg[1] > self._len:
                seg[1] -= 1
                seg[3] -= 1
                if seg[0] == seg[1]:
                    self._segments.pop()
        self._parts.append("\n")
        self._len += 1
        self._last_char = "\n"
        self._last_copy = False
        self._soft_space = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if self._title is not None:  # a tag inside <title>: its end tag is missing
            self._end_title()
        if tag == "title" and self.title is None:
            self._title = []
            return
        if tag in SKIP_TAGS:
            self._skip[tag] = self._skip.get(tag, 0) + 1
            self._skipping += 1
        elif tag in BLOCK_TAGS:
            self._newline()

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self._title is not None:
            self._end_title()
            return
        if self._skip.get(tag):
            self._skip[tag] -= 1
            self._skipping -= 1
        elif tag in BLOCK_TAGS:
            self._newline()

    def _end_title(self) -> None:
        self.title = RE_WS.sub(" ", "".join(self._title or [])).strip() or None
        self._title = None

    def handle_data(self, data: str) -> None:
        start = self._offset()
        self._emit(self._page[start:start + len(data)], start, start + len(data), True)

    def _reference(self, prefix: str, name: str) -> None:
        start = self._offset()
        end = start + len(prefix) + len(name)
        if self._page.startswith(";", end):
            end += 1
        raw = self._page[start:end]
        decoded = _html.unescape(raw)
        self._emit(decoded, start, end, decoded == raw)

    def handle_entityref(self, name: str) -> None:
        self._reference("&", name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#", name)

    def result(self) -> HtmlText:
        segs = tuple((a, b, c, d) for a, b, c, d in self._segments if a < b or c < d)
        return HtmlText("".join(self._parts), segs, self.title)


def parse_html(page: str) -> HtmlText:
    """Visible text of a page, its map back to the page, and its `<title>`."""
    parser = _TextParser(page)
    hidden = RE_BAD_CHARREF.sub("\x01", page)  # same length: offsets stay valid
    try:
        parser.feed(hidden)
        parser.close()
    except (AssertionError, ValueError) as exc:  # html.parser's rare internal complaints
        raise InputError(f"cannot parse HTML: {exc}") from exc
    return parser.result()


def html_to_text(page: str) -> tuple[str, tuple[Segment, ...]]:
    """Visible text and segments (text_start, text_end, html_start, html_end)."""
    doc = parse_html(page)
    return doc.text, doc.segments
