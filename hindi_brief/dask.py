"""Brief a Dask DataFrame or bag of articles on a Dask cluster (``pip install 'hindi-brief[dask]'``)::

    import hindi_brief.dask as hbd
    briefed = hbd.brief_frame(ddf, column="text", sentences=2, top=5)
    briefed.to_parquet("briefs/")

Nothing is computed until you ask: ``brief_frame`` checks the options on the
client, declares the output's ``meta`` and maps each partition. Every worker
process builds its ``Pipeline`` once (``hindi_brief.worker_briefs``), and a bad
row gets its ``error`` instead of failing the task.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from .errors import InvalidInputError, MissingDependencyError
from .worker_briefs import BRIEF_COLUMNS, WorkerOptions, brief_partition, brief_texts, check_frame_columns, check_worker_options

try:
    import dask.bag as db
    import dask.dataframe as dd
    import pandas as pd
    import pyarrow as pa  # dask[dataframe] requires it
except ImportError as exc:
    raise MissingDependencyError(f"hindi_brief.dask needs Dask ({exc}): pip install 'hindi-brief[dask]'") from exc

__all__ = ["brief_frame", "brief_bag", "brief_meta", "BRIEF_DTYPES"]

#: The dtypes of the columns ``brief_frame`` adds: Dask's own string dtype (``string[pyarrow]``,
#: what it turns text columns into) and an Arrow list of strings. Typed, not ``object``:
#: under pandas 3 Dask cannot infer an Arrow type from an ``object`` column's meta, so
#: ``to_parquet`` would fail. A missing value (a bad row's summary and keywords, a good
#: row's error) is ``pd.NA``.
BRIEF_DTYPES = {
    "summary": pd.StringDtype("pyarrow"),
    "keywords": pd.ArrowDtype(pa.list_(pa.string())),
    "error": pd.StringDtype("pyarrow"),
}


def brief_frame(ddf: "dd.DataFrame", column: Hashable = "text", **options: Any) -> "dd.DataFrame":
    """``ddf`` with three columns added: ``summary`` (``string[pyarrow]``), ``keywords`` (an Arrow
    list of strings, best first; a cell reads as a list of str) and ``error`` (``string[pyarrow]``:
    ``"ErrorClass: message"`` for a bad row, else missing, ``pd.NA``); see ``BRIEF_DTYPES``.

    One output row per input row, with the same index and partitions; nothing is
    computed here. A bad row (``None``, bytes, a number, an HTML page) gets its
    ``error`` and a missing summary and keywords; an empty text an empty summary and
    no keywords. Options: ``sentences``, ``ratio``, ``max_words``, ``top`` (as in
    ``hb.brief``), ``tagger``, ``tagger_options``, ``headline``, ``clean``,
    ``max_chars`` (as in ``Pipeline``) and ``batch_size``; they are checked here and a bad one raises
    ``InvalidOptionError`` before any task exists.
    """
    checked = check_worker_options(**options)
    if isinstance(ddf, pd.DataFrame):
        raise InvalidInputError(
            "brief_frame takes a dask.dataframe.DataFrame, got a pandas.DataFrame: convert it with "
            "dask.dataframe.from_pandas(df, npartitions=...) (or brief it in this process with "
            "hb.Pipeline().pipe_briefs(df[column]))"
        )
    if not isinstance(ddf, dd.DataFrame):
        raise InvalidInputError(f"brief_frame takes a dask.dataframe.DataFrame, got {type(ddf).__name__}")
    column = check_frame_columns(ddf.columns, column)
    meta = ddf._meta.assign(**{name: pd.Series([], dtype=BRIEF_DTYPES[name]) for name in BRIEF_COLUMNS})
    return ddf.map_partitions(brief_partition, column, checked, BRIEF_DTYPES, meta=meta)


def brief_meta() -> "pd.DataFrame":
    """An empty pandas frame of ``brief_bag``'s dicts, typed as ``BRIEF_DTYPES``: the ``meta`` that makes the bag a
    frame whose columns are typed as ``brief_frame``'s, ``brief_bag(bag).to_dataframe(meta=brief_meta())``.
    Without it Dask guesses the types from ``object`` columns, and ``to_parquet`` wrote the ``error`` column
    as lists of single characters."""
    return pd.DataFrame({name: pd.Series([], dtype=BRIEF_DTYPES[name]) for name in BRIEF_COLUMNS})


def brief_bag(bag: "db.Bag", **options: Any) -> "db.Bag":
    """A bag of ``{"summary", "keywords", "error"}`` dicts, one per text of ``bag``, in order
    (options and rows as in ``brief_frame``; ``.to_dataframe(meta=brief_meta())`` makes it a frame typed as
    ``brief_frame``'s)."""
    checked = check_worker_options(**options)
    if not isinstance(bag, db.Bag):
        raise InvalidInputError(
            f"brief_bag takes a dask.bag.Bag, got {type(bag).__name__}; make one with "
            "dask.bag.from_sequence(texts, npartitions=...)"
        )
    return bag.map_partitions(_brief_bag_partition, checked)


def _brief_bag_partition(texts: Any, options: WorkerOptions) -> list[dict[str, Any]]:
    columns = brief_texts(list(texts), options)
    return [dict(zip(BRIEF_COLUMNS, row)) for row in zip(*columns)]
