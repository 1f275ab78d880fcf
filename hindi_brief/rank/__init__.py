"""Ranking: extractive summaries and keyphrases of processed ``Document`` objects.

``make_brief(doc, ...)`` is what ``Pipeline.brief`` and ``pipe_briefs`` call;
``check_brief_options`` validates the options once before a batch starts.
See ``summarize.py`` and ``keywords.py`` for how sentences and phrases are scored.
"""

from __future__ import annotations

from typing import Any

from ..doc import Document
from ..errors import InvalidInputError, InvalidOptionError
from ..options import check_int, check_real
from ..results import Brief, Keywords, Summary
from .keywords import extract_keywords
from .summarize import summarize_doc

__all__ = ["default_sentences", "check_brief_options", "check_length_options", "check_top", "make_brief", "make_summary", "make_keywords"]

#: Summary length when no length option is given: ``DEFAULT_SENTENCES`` sentences, or
#: ``DEFAULT_RATIO`` of a long text's sentences, at most ``DEFAULT_MAX`` (see ``default_sentences``).
DEFAULT_SENTENCES = 3
DEFAULT_RATIO = 0.1
DEFAULT_MAX = 20


def default_sentences(n_sentences: int) -> int:
    """The default summary length of a text of ``n_sentences`` body sentences.

    Three sentences of a news story, but three of a 90-sentence essay is rarely what a reader
    wants: a tenth of the text, rounded, once that is more than three (35 sentences and up),
    and never more than ``DEFAULT_MAX``. 90 sentences -> 9; 400 -> 20.
    """
    return max(DEFAULT_SENTENCES, min(DEFAULT_MAX, int(DEFAULT_RATIO * n_sentences + 0.5)))


def check_length_options(*, sentences: object = None, ratio: object = None, max_words: object = None) -> dict[str, Any]:
    """Validate the summary length: at most one of ``sentences`` (int >= 1), ``ratio`` (in (0, 1])
    or ``max_words`` (int >= 1); raises ``InvalidOptionError`` saying what is wrong. Returns them
    as plain ``int``/``float`` (a ``numpy.int64`` or ``Fraction`` is accepted), ``None`` where not given."""
    given = [n for n, v in (("sentences", sentences), ("ratio", ratio), ("max_words", max_words)) if v is not None]
    if len(given) > 1:
        raise InvalidOptionError(f"give only one of sentences, ratio, max_words (got {', '.join(given)})")
    return {
        "sentences": None if sentences is None else check_int("sentences", sentences),
        "ratio": None if ratio is None else check_real("ratio", ratio, high=1),
        "max_words": None if max_words is None else check_int("max_words", max_words),
    }


def check_top(top: object) -> int:
    """Validate ``top`` (number of keywords, int >= 1); returns it as a plain ``int``."""
    return check_int("top", top)


def check_brief_options(
    *, sentences: object = None, ratio: object = None, max_words: object = None, top: object = 10
) -> dict[str, Any]:
    """Validate every option of ``make_brief``; raises ``InvalidOptionError``. Returns them as
    plain numbers (``check_length_options``), ready to pass on."""
    return {**check_length_options(sentences=sentences, ratio=ratio, max_words=max_words), "top": check_top(top)}


def _check_doc(doc: object) -> Document:
    if not isinstance(doc, Document):
        raise InvalidInputError(f"expected a hindi_brief Document, got {type(doc).__name__}")
    return doc


def make_summary(
    doc: Document, *, sentences: int | None = None, ratio: float | None = None, max_words: int | None = None
) -> Summary:
    """The extractive ``Summary`` of ``doc`` (default length: ``default_sentences``).

    An empty document (no body sentences) gives an empty ``Summary``.
    """
    length = check_length_options(sentences=sentences, ratio=ratio, max_words=max_words)
    doc = _check_doc(doc)
    if all(v is None for v in length.values()):
        length["sentences"] = default_sentences(len(doc.sentences))
    return summarize_doc(doc, **length)


def make_keywords(doc: Document, *, top: int = 10) -> Keywords:
    """The ``top`` best keyphrases of ``doc``, best first (empty list for an empty document)."""
    top = check_top(top)
    return Keywords(extract_keywords(_check_doc(doc), top=top))


def make_brief(
    doc: Document,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    max_words: int | None = None,
    top: int = 10,
) -> Brief:
    """Summary and keywords of a processed ``Document``, as a ``Brief``."""
    options = check_brief_options(sentences=sentences, ratio=ratio, max_words=max_words, top=top)
    top = options.pop("top")
    return Brief(document=doc, summary=make_summary(doc, **options), keywords=make_keywords(doc, top=top))
