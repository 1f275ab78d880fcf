"""The Dask and Spark integrations stay optional: ``import hindi_brief`` loads neither engine, and
without its extra each module says which one to install. Runs without dask or pyspark."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CORE_IMPORT = """
import json, sys
import hindi_brief as hb
hb.brief("भारत और अमेरिका ने रक्षा सहयोग पर बात की। दोनों देशों ने समझौते पर हस्ताक्षर किए।")
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in ("dask", "distributed", "pyspark", "py4j"))))
"""

# Blocks the engine's package as if it were not installed, then imports the integration.
BLOCKED = """
import sys
for name in sys.argv[2].split(","):
    sys.modules[name] = None
from hindi_brief import MissingDependencyError
try:
    __import__(sys.argv[1])
except MissingDependencyError as exc:
    print(exc)
"""


def run(code: str, *args: str) -> str:
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc.stdout.strip().splitlines()[-1]


def test_core_import_and_briefs_load_no_engine() -> None:
    assert json.loads(run(CORE_IMPORT)) == []


@pytest.mark.parametrize(
    ("module", "blocked", "extra"),
    [("hindi_brief.dask", "dask,dask.dataframe,dask.bag", "hindi-brief[dask]"),
     ("hindi_brief.spark", "pyspark,pyspark.sql,pyspark.sql.types", "hindi-brief[spark]"),
     # A plain `pip install pyspark` has no pyarrow, which mapInPandas needs (it failed at the first brief_frame).
     ("hindi_brief.spark", "pyarrow", "hindi-brief[spark]")],
)
def test_without_its_extra_the_integration_names_it(module: str, blocked: str, extra: str) -> None:
    assert f"pip install '{extra}'" in run(BLOCKED, module, blocked)


def test_a_tagger_object_is_one_pipeline_per_worker_and_options_are_checked_on_the_driver() -> None:
    # Each task unpickles its own copy of a tagger object, whose repr ("<... object at 0x...>") differs: keyed by it,
    # every partition built (and kept) a pipeline of its own. And tagger_options a tagger does not take passed the
    # driver's check, to fail in every task (both found by a review).
    import pickle

    from custom_taggers import ShoutingTagger
    from hindi_brief.errors import InvalidOptionError
    from hindi_brief.worker_briefs import check_worker_options, pipelines_built, worker_pipeline

    options = check_worker_options(tagger=ShoutingTagger(), top=3)
    copies = [pickle.loads(pickle.dumps(options)) for _ in range(3)]
    assert len({worker_pipeline(c) for c in copies}) == 1
    assert pipelines_built()[options.pipeline_key] == 1
    assert check_worker_options(tagger=ShoutingTagger()).pipeline_key != options.pipeline_key  # another call
    for bad in ({"tagger_options": {"bogus": 1}}, {"tagger": "none", "tagger_options": {"a": 1}}):
        with pytest.raises(InvalidOptionError, match="tagger_options for tagger 'embedded'|tagger 'none' takes no options"):
            check_worker_options(**bad)


def test_a_tagger_object_that_does_not_pickle_is_refused_at_the_call() -> None:
    # One holding a lock (the embedded tagger object of a Pipeline does) failed in the engine instead, with Dask's
    # TokenizationError or Spark's PicklingError (a review).
    import threading

    import hindi_brief as hb
    from custom_taggers import ShoutingTagger
    from hindi_brief.errors import InvalidOptionError
    from hindi_brief.worker_briefs import check_worker_options

    locked = ShoutingTagger()
    locked.lock = threading.Lock()
    for tagger in (locked, hb.Pipeline().tagger_component):
        with pytest.raises(InvalidOptionError, match="does not pickle.*tagger='embedded'"):
            check_worker_options(tagger=tagger)


def test_a_worker_keeps_the_pipelines_it_used_last(monkeypatch) -> None:
    # The cache dropped the oldest pipeline built, however often used: after a few calls with tagger objects the
    # default pipeline was reloaded (a review).
    from custom_taggers import ShoutingTagger
    from hindi_brief import worker_briefs
    from hindi_brief.worker_briefs import check_worker_options, worker_pipeline

    monkeypatch.setattr(worker_briefs, "MAX_PIPELINES", 2)
    monkeypatch.setattr(worker_briefs, "_PIPELINES", {})
    a, b, c = (check_worker_options(tagger=ShoutingTagger()) for _ in range(3))
    first = worker_pipeline(a)
    worker_pipeline(b)
    assert worker_pipeline(a) is first  # used again: now the most recent
    worker_pipeline(c)  # b goes, a stays
    assert list(worker_briefs._PIPELINES) == [a.pipeline_key, c.pipeline_key]


def test_a_text_column_named_twice_is_refused_for_either_engine() -> None:
    # A join keeps both sides' columns; which one holds the text is not said (Spark failed inside mapInPandas, a
    # pandas partition gave a frame for a column). Other names may repeat; Spark compares them case-insensitively.
    from hindi_brief import InvalidOptionError
    from hindi_brief.worker_briefs import check_frame_columns

    with pytest.raises(InvalidOptionError, match="2 columns named 'text'"):
        check_frame_columns(["id", "text", "id", "text"], "text")
    with pytest.raises(InvalidOptionError, match="2 columns named 'text'"):
        check_frame_columns(["text", "Text"], "text", case_sensitive=False)
    assert check_frame_columns(["id", "text", "id"], "text") == "text"
    assert check_frame_columns(["text", "Text"], "Text") == "Text"
