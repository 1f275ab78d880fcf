"""``to_dataframe``: one row per article for corpus analysis in pandas (the ``pandas`` extra)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from .errors import InvalidInputError
from .optional import require
from .results import BatchError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_dataframe", "brief_row"]

_COLUMNS = [
    "headline", "summary", "summary_sentences", "keywords", "keyword_scores",
    "sentences", "words", "hindi_ratio", "removed", "error",
]
#: Counts: pandas' nullable integers, so that a ``BatchError`` row (no counts) does not turn
#: the whole column into floats; the dtypes do not depend on the data.
_COUNT_COLUMNS = ("summary_sentences", "sentences", "words", "removed")


def brief_row(brief: Any) -> dict[str, Any]:
    """The flat row ``to_dataframe`` makes of one ``Brief``."""
    doc = brief.document
    keywords = list(brief.keywords)
    return {
        "headline": doc.headline.text if doc.headline is not None else None,
        "summary": str(brief.summary),
        "summary_sentences": len(brief.summary),
        "keywords": [k.text for k in keywords],
        "keyword_scores": [k.score for k in keywords],
        "sentences": len(doc.sentences),
        "words": sum(len(s.words) for s in doc.sentences),
        "hindi_ratio": doc.hindi_ratio,
        "removed": len(doc.removed),
        "error": None,
    }


def to_dataframe(briefs: Iterable[Any]) -> "pd.DataFrame":
    """A ``pandas.DataFrame`` with one row per ``Brief`` (``BatchError`` items become rows with ``error`` set);
    a single ``Brief`` gives a frame of one row.

    Columns: headline, summary, summary_sentences, keywords, keyword_scores,
    sentences, words, hindi_ratio, removed, error. The counts (summary_sentences,
    sentences, words, removed) are pandas' nullable ``Int64``, missing (``<NA>``) in an
    error row, so one bad text does not make them floats. Needs ``pip install 'hindi-brief[pandas]'``.
    """
    pd = require("pandas", "pandas", what="to_dataframe")
    if _is_brief(briefs) or isinstance(briefs, BatchError):  # one brief: one row, not "not iterable"
        briefs = [briefs]
    elif isinstance(briefs, (str, bytes)) or not hasattr(briefs, "__iter__"):
        raise InvalidInputError(f"to_dataframe takes an iterable of Brief objects, got {type(briefs).__name__}")
    rows = []
    for i, item in enumerate(briefs):
        if isinstance(item, BatchError):
            rows.append({"error": f"{item.error}: {item.message}"})
        elif _is_brief(item):
            rows.append(brief_row(item))
        elif isinstance(item, tuple) and len(item) == 2 and (_is_brief(item[0]) or isinstance(item[0], BatchError)):
            raise InvalidInputError(
                f"to_dataframe takes Brief objects (item {i} is a (brief, context) pair, as pipe_briefs(..., "
                "as_tuples=True) gives them): pass the briefs, [b for b, _ in pairs], and join the contexts yourself"
            )
        else:
            raise InvalidInputError(f"to_dataframe takes Brief objects (item {i} is {type(item).__name__})")
    # hindi_ratio float64 also with no rows, so that frames of several runs concatenate alike.
    return pd.DataFrame(rows, columns=_COLUMNS).astype({**{name: "Int64" for name in _COUNT_COLUMNS}, "hindi_ratio": "float64"})


def _is_brief(item: Any) -> bool:
    return hasattr(item, "summary") and hasattr(item, "document")
