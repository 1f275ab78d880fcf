"""Brief a Spark DataFrame of articles with PySpark (``pip install 'hindi-brief[spark]'``)::

    import hindi_brief.spark as hbs
    briefed = hbs.brief_frame(sdf, column="text", sentences=2, top=5)
    briefed.write.parquet("briefs/")

``brief_frame`` checks the options on the driver and adds the columns through
``mapInPandas``, so each row is briefed once per action (``cache()`` a result used twice). Each executor's Python
worker builds its ``Pipeline`` once and keeps it while Spark reuses the worker
(``spark.python.worker.reuse``, on by default); a bad row gets its ``error``
instead of failing the task.
"""

from __future__ import annotations

import os
import sys
from functools import partial
from typing import Any, Iterator

from .errors import InvalidInputError, MissingDependencyError
from .options import check_int
from .worker_briefs import WorkerOptions, brief_partition, check_frame_columns, check_worker_options

try:
    import pandas as pd
    import pyarrow  # noqa: F401  (mapInPandas needs it; a plain `pip install pyspark` has none)
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import ArrayType, StringType, StructField, StructType
except ImportError as exc:
    raise MissingDependencyError(
        f"hindi_brief.spark needs PySpark with pandas and pyarrow ({exc}): pip install 'hindi-brief[spark]'"
    ) from exc

__all__ = ["brief_frame", "local_session", "BRIEF_FIELDS"]

#: The fields ``brief_frame`` appends to the input's schema.
BRIEF_FIELDS = (
    StructField("summary", StringType(), nullable=True),
    StructField("keywords", ArrayType(StringType(), containsNull=False), nullable=True),
    StructField("error", StringType(), nullable=True),
)


def brief_frame(sdf: DataFrame, column: str = "text", **options: Any) -> DataFrame:
    """``sdf`` with three columns added: ``summary`` (string), ``keywords`` (array<string>, best
    first) and ``error`` (``"ErrorClass: message"`` for a bad row, else null).

    One output row per input row, lazily like any Spark transformation. A bad row
    (null, an HTML page, a non-string column's value) gets its ``error`` and null
    summary and keywords; an empty text an empty summary and no keywords. Options
    as in ``hindi_brief.dask.brief_frame``, checked on the driver: a bad one raises
    ``InvalidOptionError`` before any task exists. Column names compare as the
    session does (``spark.sql.caseSensitive``, off by default): a frame with a
    ``Summary``, ``Keywords`` or ``Error`` column raises ``InvalidOptionError``, and so does
    one with two columns of the text column's name (after a join). Any other names pass
    through as they are (with dots, or two columns of one name).
    """
    checked = check_worker_options(**options)
    if isinstance(sdf, pd.DataFrame):
        raise InvalidInputError(
            "brief_frame takes a pyspark.sql.DataFrame, got a pandas.DataFrame: convert it with "
            "spark.createDataFrame(df)"
        )
    if not isinstance(sdf, DataFrame):
        raise InvalidInputError(f"brief_frame takes a pyspark.sql.DataFrame, got {type(sdf).__name__}")
    # Spark resolves column names case-insensitively unless spark.sql.caseSensitive is on: a "Summary"
    # column would make the added "summary" ambiguous in every later select or write.
    case_sensitive = str(sdf.sparkSession.conf.get("spark.sql.caseSensitive", "false")).lower() == "true"
    names = list(sdf.columns)
    column = check_frame_columns(names, column, case_sensitive=case_sensitive)  # named once, so found by index
    # mapInPandas selects the frame's columns by name, so a name with a dot ("my.text": a struct field to Spark) or
    # a name two columns share (after a join) fails there: the columns travel under positional names and get their
    # own back afterwards (``toDF`` renames by position).
    travel = [f"_hb_{i}" for i in range(len(names))]
    schema = StructType(
        [StructField(t, f.dataType, f.nullable, f.metadata) for t, f in zip(travel, sdf.schema.fields)] + list(BRIEF_FIELDS)
    )
    batches = partial(_brief_batches, column=travel[names.index(column)], options=checked)
    briefed = sdf.toDF(*travel).mapInPandas(batches, schema)
    return briefed.toDF(*names, *(f.name for f in BRIEF_FIELDS))


def _brief_batches(frames: Iterator["pd.DataFrame"], *, column: str, options: WorkerOptions) -> Iterator["pd.DataFrame"]:
    for frame in frames:
        yield brief_partition(frame, column, options)


def local_session(cores: int = 2, *, app_name: str = "hindi_brief") -> SparkSession:
    """A Spark session on this machine only, ``local[cores]``: bound to 127.0.0.1, UI and progress
    bar off, Arrow conversions on (or the session already running, as ``getOrCreate`` does).

    Spark starts its Python workers with ``python3`` from ``PATH``; unless
    ``PYSPARK_PYTHON`` is set, this sets it to the running interpreter, the one
    with hindi_brief installed. For trying ``brief_frame``, tests and benchmarks;
    on a cluster, build your own session.
    """
    cores = check_int("cores", cores)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    session = (
        SparkSession.builder.master(f"local[{cores}]").appName(app_name)
        .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    return session
