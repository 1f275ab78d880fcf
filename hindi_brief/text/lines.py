"""Line breaks: every character Unicode and scrapers use to end a line, not only ``\\n``.

Scraped text arrives with Windows (``\\r\\n``) and old Mac (``\\r``) endings, with
U+2028/U+2029 from JavaScript and Word, NEL (U+0085) from EBCDIC conversions and
VT/FF from PDF extraction. The cleaner finds headlines, datelines and footers line
by line and the pipeline counts paragraphs by blank lines, so all of them must end a
line; ``\\r\\n`` is one break, not two (it would make every line a paragraph).
"""

from __future__ import annotations

import regex

from .script import INVISIBLE

__all__ = ["LINE_BREAK", "split_lines", "count_line_breaks", "has_line_break"]

#: One line break (``\r\n`` counts once).
LINE_BREAK = regex.compile(r"\r\n|[\n\v\f\r\x85\u2028\u2029]")


def split_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line's content, trimmed of surrounding whitespace (empty lines kept as empty)."""
    out = []
    pos = 0
    for m in LINE_BREAK.finditer(text):
        out.append(_trim_line(text, pos, m.start()))
        pos = m.end()
    out.append(_trim_line(text, pos, len(text)))
    return out


# Invisible characters that say nothing at a line's edge: a line of only these ("\u200b") is blank, and a headline
# after one is the first line (a review: a first line holding a zero-width space lost the headline).
_INVISIBLE_AT_EDGE = frozenset(INVISIBLE)


def _trim_line(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in _INVISIBLE_AT_EDGE):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _INVISIBLE_AT_EDGE):
        e -= 1
    return s, e


def count_line_breaks(text: str, start: int, end: int) -> int:
    """Number of line breaks in ``text[start:end]``."""
    return sum(1 for _ in LINE_BREAK.finditer(text, start, end))


def has_line_break(text: str, start: int, end: int) -> bool:
    """Is there a line break in ``text[start:end]``?"""
    return LINE_BREAK.search(text, start, end) is not None
