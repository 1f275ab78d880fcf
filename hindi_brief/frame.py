"""``to_dataframe``: one row per article for corpus analysis in pandas (the ``pandas`` extra)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable

from .errors import InvalidInputError
from .optional import require
from .rank.keywords import keyword_key
from .results import BatchError
from .serialize import without_surrogates

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["to_dataframe", "brief_row"]

_COLUMNS = [
    "headline", "summary", "summary_sentences", "keywords", "keyword_scores", "keyword_keys",
    "sentences", "words", "hindi_ratio", "removed", "error",
]
#: The dtypes do not depend on the rows, so that frames of several runs concatenate alike and ``.str`` works on a
#: frame of error rows only (pandas infers float64 for a column of missing values, object for an empty frame):
#: counts are pandas' nullable integers, so that a ``BatchError`` row (no counts) does not turn the whole column
#: into floats; texts are pandas' nullable strings (``<NA>`` where missing); the keyword lists are objects (lists,
#: empty in an error row).
_COUNT_COLUMNS = ("summary_sentences", "sentences", "words", "removed")
_DTYPES = {
    **{name: "Int64" for name in _COUNT_COLUMNS},
    **{name: "string" for name in ("headline", "summary", "error")},
    "keywords": "object",
    "keyword_scores": "object",
    "keyword_keys": "object",
    "hindi_ratio": "float64",
}


def brief_row(brief: Any) -> dict[str, Any]:
    """The flat row ``to_dataframe`` makes of one ``Brief``."""
    doc = brief.document
    keywords = list(brief.keywords)
    # A lone surrogate the text held (half of an emoji a scraper cut) as U+FFFD in the string columns: an Arrow-backed
    # pandas string (pandas 3's default) cannot hold one, and one such row failed the whole frame.
    return {
        "headline": None if brief.headline is None else without_surrogates(brief.headline),
        "summary": without_surrogates(str(brief.summary)),
        "summary_sentences": len(brief.summary),
        "keywords": [k.text for k in keywords],  # lists (object columns) hold any str
        "keyword_scores": [k.score for k in keywords],
        "keyword_keys": [keyword_key(k) for k in keywords],
        "sentences": len(doc.sentences),
        "words": sum(len(s.words) for s in doc.sentences),
        "hindi_ratio": doc.hindi_ratio,
        "removed": len(doc.removed),
        "error": None,
    }


def to_dataframe(briefs: Iterable[Any], index: Iterable[Any] | None = None) -> "pd.DataFrame":
    """A ``pandas.DataFrame`` with one row per ``Brief`` (``BatchError`` items become rows with ``error`` set);
    a single ``Brief`` gives a frame of one row.

    Columns: headline, summary, summary_sentences, keywords, keyword_scores, keyword_keys (``hb.keyword_key`` of
    each keyword: one key however articles spell a keyphrase, to count them over the corpus,
    ``frame.keyword_keys.explode().value_counts()``), sentences, words, hindi_ratio, removed, error. The dtypes
    are the same whatever the rows hold: the counts
    (summary_sentences, sentences, words, removed) are pandas' nullable ``Int64``, missing (``<NA>``) in an
    error row, so one bad text does not make them floats; headline, summary and error are pandas' nullable
    ``string`` (``<NA>`` where missing); the keyword columns hold lists (``object``; empty in an error row).

    ``index``: the row labels, one per item, for example the index of the Series the texts came from
    (``to_dataframe(nlp.pipe_briefs(df.text, errors="collect"), index=df.index)``, so that ``df.join`` lines
    the rows up: ``errors="collect"`` keeps one item per input, ``"skip"`` does not); a pandas Series of briefs
    keeps its own index unless ``index`` is given. Needs ``pip install 'hindi-brief[pandas]'``.
    """
    pd = require("pandas", "pandas", what="to_dataframe")
    if index is None and isinstance(briefs, pd.Series):
        index = briefs.index
    if _is_brief(briefs) or isinstance(briefs, BatchError):  # one brief: one row, not "not iterable"
        briefs = [briefs]
    elif isinstance(briefs, (str, bytes)) or not hasattr(briefs, "__iter__"):
        raise InvalidInputError(f"to_dataframe takes an iterable of Brief objects, got {type(briefs).__name__}")
    rows = []
    for i, item in enumerate(briefs):
        if isinstance(item, BatchError):
            # Empty lists, not missing values: a tally over the column (Counter(k for ks in df.keywords for k in ks),
            # df.keywords.map(len)) must not meet a float NaN.
            rows.append({"error": f"{item.error}: {item.message}", "keywords": [], "keyword_scores": [], "keyword_keys": []})
        elif _is_brief(item):
            rows.append(brief_row(item))
        elif isinstance(item, tuple) and len(item) == 2 and (_is_brief(item[0]) or isinstance(item[0], BatchError)):
            raise InvalidInputError(
                f"to_dataframe takes Brief objects (item {i} is a (brief, context) pair, as pipe_briefs(..., "
                "as_tuples=True) gives them): pass the briefs, [b for b, _ in pairs], and join the contexts yourself"
            )
        else:
            raise InvalidInputError(f"to_dataframe takes Brief objects (item {i} is {type(item).__name__})")
    frame = pd.DataFrame(rows, columns=_COLUMNS).astype(_DTYPES)
    if index is not None:
        if isinstance(index, (str, bytes)) or not hasattr(index, "__iter__"):
            raise InvalidInputError(
                f"to_dataframe's index must be an iterable of row labels, one per item, got {type(index).__name__}"
            )
        labels = index if isinstance(index, pd.Index) else pd.Index(list(index))
        if len(labels) != len(frame):
            raise InvalidInputError(
                f"to_dataframe got {len(frame)} briefs and an index of {len(labels)} labels; give one label per "
                'item (with pipe_briefs(..., errors="collect"), which keeps one item per input)'
            )
        frame.index = labels
    return frame


def _is_brief(item: Any) -> bool:
    return hasattr(item, "summary") and hasattr(item, "document")
