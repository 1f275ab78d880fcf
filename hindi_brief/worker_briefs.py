"""Briefing rows inside Dask and Spark workers, shared by ``hindi_brief.dask`` and ``hindi_brief.spark``.

The driver checks the options once (``check_worker_options``) and ships the small,
picklable ``WorkerOptions`` with each task, never a ``Pipeline``: each worker
process builds its pipeline on first use and keeps it (``worker_pipeline``), so the
tagger model loads once per process, not once per task or partition. A partition
of texts becomes three columns: ``summary``, ``keywords`` (best first) and
``error`` (``"ErrorClass: message"`` for a bad row, ``None`` for a good one).
"""

from __future__ import annotations

import json
import threading
import uuid
from collections import Counter
from collections.abc import Hashable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

from .batching import pickling_error
from .errors import InvalidInputError, InvalidOptionError
from .inputs import check_size
from .options import check_int, is_missing
from .pipeline import MAX_CHARS, BatchError, Pipeline, check_pipeline_options
from .rank import check_brief_options
from .serialize import SURROGATE

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "BRIEF_COLUMNS",
    "WORKER_OPTIONS",
    "WorkerOptions",
    "check_worker_options",
    "check_frame_columns",
    "worker_pipeline",
    "pipelines_built",
    "brief_texts",
    "brief_partition",
]

#: The columns the integrations add to a frame, in order.
BRIEF_COLUMNS = ("summary", "keywords", "error")


@dataclass(frozen=True)
class WorkerOptions:
    """Checked options of a distributed brief: how to build the pipeline and how to brief."""

    pipeline: dict[str, Any] = field(default_factory=dict)
    """``Pipeline(**pipeline)``: tagger, tagger_options, headline, clean, max_chars."""
    brief: dict[str, Any] = field(default_factory=dict)
    """``make_brief`` options: sentences, ratio, max_words, top."""
    batch_size: int = 64
    """Texts tagged in one tagger call inside a partition."""
    tagger_token: str = ""
    """For a tagger object, a name made on the driver: each task unpickles its own copy of the object, whose
    ``repr`` (``<... object at 0x...>``) differs, so keyed by it every partition built a pipeline of its own."""

    @property
    def pipeline_key(self) -> str:
        """Identifies the pipeline these options build (equal options, same cached pipeline)."""
        pipeline = {**self.pipeline, "tagger": f"object {self.tagger_token}"} if self.tagger_token else self.pipeline
        return json.dumps(pipeline, sort_keys=True, default=repr)


#: Options ``check_worker_options`` takes, with their defaults (those of ``hb.brief`` and ``Pipeline``).
WORKER_OPTIONS: dict[str, Any] = {
    "sentences": None, "ratio": None, "max_words": None, "top": 10,
    "tagger": "embedded", "tagger_options": None, "headline": "auto", "clean": True, "max_chars": MAX_CHARS,
    "batch_size": 64,
}


def check_worker_options(**options: Any) -> WorkerOptions:
    """Validate every option on the driver, before any task exists; raises ``InvalidOptionError``.

    ``sentences``, ``ratio``, ``max_words`` and ``top`` as in ``hb.brief``; ``tagger``,
    ``tagger_options``, ``headline``, ``clean`` and ``max_chars`` as in ``Pipeline``;
    ``batch_size``: texts tagged in one tagger call.
    """
    unknown = sorted(set(options) - set(WORKER_OPTIONS))
    if unknown:
        raise InvalidOptionError(
            f"unknown option(s) {', '.join(map(repr, unknown))}; expected some of {', '.join(WORKER_OPTIONS)}"
        )
    given = {**WORKER_OPTIONS, **options}
    brief = check_brief_options(**{name: given[name] for name in ("sentences", "ratio", "max_words", "top")})
    pipeline = check_pipeline_options(
        **{name: given[name] for name in ("tagger", "tagger_options", "headline", "clean", "max_chars")}
    )
    tagger = pipeline.get("tagger")
    token = "" if isinstance(tagger, str) or tagger is None else uuid.uuid4().hex
    if token:
        _check_sendable(tagger)
    return WorkerOptions(
        pipeline=pipeline, brief=brief, batch_size=check_int("batch_size", given["batch_size"]), tagger_token=token
    )


def _check_sendable(tagger: object) -> None:
    """Raise ``InvalidOptionError`` for a tagger object that cannot be sent to a worker: one holding a lock or an open
    file failed in the engine instead, with its own error (Dask's ``TokenizationError``, Spark's ``PicklingError``),
    not at this call as the other options do. Tested with the standard pickler, as ``pipe(n_process > 1)`` tests a
    pipeline (``batching.pickling_error``): what it cannot pickle reaches no worker process of this library either."""
    why = pickling_error(tagger)
    if why is not None:
        raise InvalidOptionError(
            f"the tagger object ({type(tagger).__name__}) is sent to every worker, but it does not pickle ({why}); "
            "pass a tagger name ('embedded', 'none') or an object that pickles (a Pipeline's tagger_component holds a "
            "lock: pass tagger='embedded')"
        )


def check_frame_columns(columns: Sequence[Any], column: object, *, case_sensitive: bool = True) -> Hashable:
    """``column`` as the frame spells it, if the frame has it once and has none of ``BRIEF_COLUMNS``;
    else ``InvalidOptionError``.

    ``case_sensitive=False`` compares names as Spark does by default
    (``spark.sql.caseSensitive`` false): a ``Summary`` column clashes with the added
    ``summary``, and ``column="article"`` names an ``Article`` column. pandas and Dask
    names are case-sensitive (the default), and need not be strings (``pd.read_csv(header=None)``
    numbers its columns).
    """
    if column is None or isinstance(column, bool) or not isinstance(column, Hashable):
        raise InvalidOptionError(f"column must be a column name, got {type(column).__name__} {column!r}")
    names = list(columns)

    def key(name: object) -> object:
        return name if case_sensitive or not isinstance(name, str) else name.casefold()

    if column not in names:
        matches = [n for n in names if key(n) == key(column)]
        if len(matches) != 1:
            raise InvalidOptionError(f"no column {column!r} in the frame (columns: {', '.join(map(str, names))})")
        column = matches[0]
    same = sum(key(n) == key(column) for n in names)
    if same > 1:  # a join keeps both sides' columns: which one holds the text is not said
        raise InvalidOptionError(
            f"the frame has {same} columns named {column!r} (a join keeps both sides' columns); drop or rename "
            "all but the text column first"
        )
    keys = {key(n): n for n in names}
    clash = [keys[key(c)] for c in BRIEF_COLUMNS if key(c) in keys]
    if clash:
        how = "" if case_sensitive else " (Spark compares column names case-insensitively)"
        raise InvalidOptionError(
            f"the frame already has column(s) {', '.join(map(repr, clash))}, which brief_frame adds{how}; rename them first"
        )
    return column


# -- one pipeline per worker process ---------------------------------------------------------

_PIPELINES: dict[str, Pipeline] = {}
_BUILT: Counter[str] = Counter()
# Dask workers run several tasks at once in threads: without the lock two could build one each.
_LOCK = threading.Lock()


#: Pipelines a worker process keeps (each call with a tagger object has its own): past this many, the one used
#: least recently goes.
MAX_PIPELINES = 8


def worker_pipeline(options: WorkerOptions) -> Pipeline:
    """This process's ``Pipeline`` for ``options``, built on first use and then reused."""
    key = options.pipeline_key
    with _LOCK:
        pipeline = _PIPELINES.pop(key, None)  # put back last: the least recently used goes first
        if pipeline is None:
            pipeline = Pipeline(**options.pipeline)
            _BUILT[key] += 1
        _PIPELINES[key] = pipeline
        while len(_PIPELINES) > MAX_PIPELINES:
            del _PIPELINES[next(iter(_PIPELINES))]
    return pipeline


def pipelines_built() -> dict[str, int]:
    """How many pipelines this process has built, per ``WorkerOptions.pipeline_key``.

    Run it on the workers (Dask: ``client.run(pipelines_built)``) to see that each
    built its pipeline once however many partitions it briefed.
    """
    with _LOCK:
        return dict(_BUILT)


# -- briefing ----------------------------------------------------------------------------------


def _missing_as_none(value: object) -> object:
    # A missing value in a pandas or Arrow string column arrives as NaN (a float, or a numpy
    # float32/float64 in an object column) or pd.NA, not None; it is the same "no text" and gets
    # the same error as None.
    if isinstance(value, str):
        return value
    return None if is_missing(value) else value


def brief_texts(texts: Iterable[object], options: WorkerOptions) -> tuple[list[str | None], list[list[str] | None], list[str | None]]:
    """``(summaries, keywords, errors)`` for ``texts``, one entry per text in order.

    A good text gives its summary text, its keyword texts (best first) and error
    ``None``; an empty one an empty summary and no keywords; a bad one ``None``,
    ``None`` and ``"ErrorClass: message"``, without stopping the others.
    """
    if isinstance(texts, (str, bytes)):
        raise InvalidInputError("brief_texts takes a sequence of texts, not one text")
    items = [_missing_as_none(t) for t in texts]
    refused = {i: problem for i, t in enumerate(items) if (problem := _frame_problem(t, options)) is not None}
    summaries: list[str | None] = []
    keywords: list[list[str] | None] = []
    errors: list[str | None] = []
    briefs = worker_pipeline(options).pipe_briefs(
        [None if i in refused else t for i, t in enumerate(items)],  # a refused text costs no work
        batch_size=options.batch_size, errors="collect", **options.brief,
    )
    for i, item in enumerate(briefs):
        if i in refused or isinstance(item, BatchError):
            summaries.append(None)
            keywords.append(None)
            errors.append(refused[i] if i in refused else f"{item.error}: {item.message}")  # type: ignore[union-attr]
        else:
            summaries.append(item.summary.text)
            keywords.append([k.text for k in item.keywords])
            errors.append(None)
    return summaries, keywords, errors


def _frame_problem(text: object, options: WorkerOptions) -> str | None:
    """The error of a text that a frame's row cannot take although ``Pipeline`` would (``None``: none): one longer than
    ``max_chars``, told by the option this module takes, and one holding a lone surrogate, whose summary an Arrow
    column cannot hold (the whole partition would fail, its good rows with it)."""
    if not isinstance(text, str):
        return None  # the pipeline says what is wrong with it
    try:
        check_size(
            text, options.pipeline.get("max_chars"), raise_with="the max_chars option of the call that briefs the frame (None: no limit)"
        )
    except InvalidInputError as exc:
        return f"InvalidInputError: {exc}"
    # A lone surrogate (``bytes.decode(errors="surrogateescape")`` makes them) is no Unicode text.
    found = SURROGATE.search(text)
    if found is not None:
        return (
            f"InvalidInputError: text holds a lone surrogate, U+{ord(found.group()):04X} at character {found.start()}, "
            "which is no Unicode text and which Arrow strings cannot hold; decode the source with errors='replace'"
        )
    return None


def brief_partition(
    frame: "pd.DataFrame", column: Hashable, options: WorkerOptions, dtypes: "Mapping[str, Any] | None" = None
) -> "pd.DataFrame":
    """``frame`` (a pandas partition) with ``BRIEF_COLUMNS`` added, briefing ``frame[column]``.

    ``dtypes`` gives each added column's dtype (Dask declares typed columns); without
    it they are ``object`` columns of str, lists and ``None`` (what Spark's
    ``mapInPandas`` converts to its schema).
    """
    import pandas as pd

    dtypes = dtypes or {}
    columns = brief_texts(frame[column].tolist(), options)
    return frame.assign(**{
        name: pd.Series(values, index=frame.index, dtype=dtypes.get(name, object))
        for name, values in zip(BRIEF_COLUMNS, columns)
    })
