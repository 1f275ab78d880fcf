"""An article's layout: which spans are the headline, the body sentences and their
paragraphs, and what the cleaner removed. Spans only; no objects are built here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..doc import Removed
from .clean import clean as clean_text
from .headline import choose_headline, find_headline
from .lines import count_line_breaks, split_lines
from .script import devanagari_share
from .sentences import sentence_token_spans

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
    else:
        segments = [(s, e) for s, e in split_lines(text) if s < e]  # lines come trimmed
        removed, found = (), find_headline(text, segments)
    head = choose_headline(text, segments, found, headline)

    head_spans: list[Span] | None = None
    sentences: list[tuple[list[Span], int]] = []
    paragraph = 0
    prev_end: int | None = None
    for s, e in segments:
        if prev_end is not None and count_line_breaks(text, prev_end, s) >= 2:
            paragraph += 1
        prev_end = e
        if head is not None and (s, e) == head:
            spans = [tok for sent in sentence_token_spans(text, s, e) for tok in sent]
            if spans:  # a line of invisible characters only ("\u200b") is no headline
                head_spans = spans
            continue
        for spans in sentence_token_spans(text, s, e):
            sentences.append((spans, paragraph))
    return Layout(text, head_spans, sentences, tuple(removed), round(devanagari_share(text, segments), 4))
