"""The headline rule: which line of an article, if any, is its headline.

Used by the cleaner (``clean`` keeps the headline out of the dateline rules) and by
``layout`` (which applies the pipeline's ``headline=`` mode), with or without cleaning.
"""

from __future__ import annotations

from .lines import has_line_break
from .sentences import sentence_token_spans

__all__ = ["HEADLINE_MODES", "HEADLINE_MAX_TOKENS", "find_headline", "choose_headline"]

#: Values of ``Pipeline(headline=...)``.
HEADLINE_MODES = ("auto", "first-line", "none")

#: A longer first line is body text, not a title.
HEADLINE_MAX_TOKENS = 40


#: Marks that separate a title's kicker or question from the rest inside one line: "बड़ी खबर | दिल्ली में बारिश",
#: "अच्छी खबर! भारत में रिकवरी रेट 90 फीसदी", "कौन बनेगा महंत? सुसाइड नोट में मिला नाम" (82 of ILSUM's 2,123
#: headings hold a "!" or "?" before their end).
_KICKER_MARKS = frozenset({"|", "!", "?"})


def find_headline(text: str, lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first of ``lines`` is the headline when more lines follow and it reads as a title:
    at most ``HEADLINE_MAX_TOKENS`` tokens that do not end with a danda or full stop, one sentence
    or parts that ``_KICKER_MARKS`` separate ("अच्छी खबर! भारत में ...", "बड़ी खबर | दिल्ली में
    बारिश"): a danda or full stop inside it makes it body text."""
    if len(lines) < 2:
        return None
    s, e = lines[0]
    sentences = sentence_token_spans(text, s, e)
    ends = [text[sent[-1][0] : sent[-1][1]] for sent in sentences]
    if any(mark not in _KICKER_MARKS for mark in ends[:-1]):
        return None
    # A kicker's "!" or "?" opens a title that goes on without one: a line of exclamations or questions only
    # ("अरे! वाह!", "क्या हाल है? ठीक हो?") is speech, not a title.
    if any(mark in "!?" for mark in ends[:-1]) and ends[-1] in ("!", "?"):
        return None
    if sum(len(sent) for sent in sentences) > HEADLINE_MAX_TOKENS:
        return None
    if text[s:e].rstrip("\"'”’) ").endswith(("।", "॥", ".", "|")):
        return None
    return s, e


def choose_headline(
    text: str, segments: list[tuple[int, int]], found: tuple[int, int] | None, mode: str
) -> tuple[int, int] | None:
    """The headline span under ``mode``: ``"auto"`` keeps what ``find_headline`` found,
    ``"first-line"`` takes the first segment whenever a line break follows it, ``"none"`` none."""
    if mode == "none":
        return None
    if mode == "first-line" and found is None and len(segments) > 1 and has_line_break(text, segments[0][0], segments[1][0]):
        return segments[0]
    return found
