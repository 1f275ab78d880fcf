"""An article's layout: which spans are the headline, the body sentences and their
paragraphs, and what the cleaner removed. Spans only; no objects are built here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..doc import Removed
from .clean import clean as clean_text
from .headline import choose_headline, find_headline
from .lines import count_line_breaks, split_lines
from .script import devanagari_share
from .sentences import split_token_spans
from .tokens import token_spans

__all__ = ["Layout", "lay_out", "Span"]

#: ``(start, end, kind)`` of one token.
Span = tuple[int, int, str]


@dataclass(frozen=True, slots=True)
class Layout:
    """Token spans of the headline and of each body sentence, with the sentence's paragraph."""

    text: str
    headline: list[Span] | None
    sentences: list[tuple[list[Span], int]]
    """``(token spans, paragraph)`` of each body sentence, in order."""
    removed: tuple[Removed, ...]
    hindi_ratio: float


def lay_out(text: str, *, clean: bool = True, headline: str = "auto") -> Layout:
    """Split ``text`` (already checked to be a ``str``) into headline and body sentences.

    ``clean=True`` removes boilerplate first (``text.clean``). The headline rule
    (``text.headline``) runs either way, so ``headline="auto"`` means the same with
    and without cleaning. Paragraphs are blocks of lines without a blank line between.
    """
    if clean:
        result = clean_text(text)
        segments, removed, found = list(result.kept), result.removed, result.headline
        goes_on = result.goes_on
    else:
        segments = [(s, e) for s, e in split_lines(text) if s < e]  # lines come trimmed
        removed, found = (), find_headline(text, segments)
        goes_on = (False,) * len(segments)
    lines = _lines(segments, goes_on)
    head = choose_headline(text, lines, found, headline)

    head_spans: list[Span] | None = None
    sentences: list[tuple[list[Span], int]] = []
    paragraph = 0
    prev_end: int | None = None
    line: list[Span] = []  # tokens of the kept parts of one line that a sentence may go on across
    for (s, e), on in zip(segments, goes_on):
        if not on:
            sentences.extend((spans, paragraph) for spans in split_token_spans(text, line))
            line = []
        if prev_end is not None and count_line_breaks(text, prev_end, s) >= 2:
            paragraph += 1
        prev_end = e
        if head is not None and head[0] <= s and e <= head[1]:  # the headline line or a part of it
            head_spans = head_spans if head_spans is not None else []
            head_spans.extend(token_spans(text, s, e))
            continue
        line.extend(token_spans(text, s, e))
    sentences.extend((spans, paragraph) for spans in split_token_spans(text, line))
    # A line of invisible characters only ("\u200b") is no headline.
    return Layout(text, head_spans or None, sentences, tuple(removed), round(devanagari_share(text, segments), 4))


def _lines(segments: list[tuple[int, int]], goes_on: Sequence[bool]) -> list[tuple[int, int]]:
    """The kept segments with the parts of a line that a sentence goes on across made one span."""
    lines: list[tuple[int, int]] = []
    for (s, e), on in zip(segments, goes_on):
        if on and lines:
            lines[-1] = (lines[-1][0], e)
        else:
            lines.append((s, e))
    return lines
