"""hindi_brief.spark on a real local PySpark session (``local_session(2)``: ``local[2]``, bound to 127.0.0.1, no UI):
row-for-row equality with one-process briefs, bad rows, options checked on the driver,
and one pipeline per Python worker."""

from __future__ import annotations

import os
import shutil
import sys

import pytest

pyspark = pytest.importorskip("pyspark", reason="the spark extra is not installed (pip install 'hindi-brief[spark]')")
pytest.importorskip("pyarrow", reason="the spark extra is not installed (pip install 'hindi-brief[spark]')")
if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
    pytest.skip("PySpark needs Java (17) on PATH or JAVA_HOME", allow_module_level=True)

from pyspark.sql.types import ArrayType, StringType  # noqa: E402

import hindi_brief as hb  # noqa: E402
import hindi_brief.spark as hbs  # noqa: E402
from hindi_brief import InvalidInputError, InvalidOptionError  # noqa: E402
from hindi_brief.worker_briefs import check_worker_options, pipelines_built  # noqa: E402
from scale_rows import expected, string_rows  # noqa: E402


@pytest.fixture(scope="session")
def spark():
    saved = os.environ.get("PYSPARK_PYTHON")
    session = hbs.local_session(2, app_name="hindi_brief-tests")
    assert os.environ["PYSPARK_PYTHON"] == (saved or sys.executable)
    yield session
    session.stop()
    if saved is None:
        os.environ.pop("PYSPARK_PYTHON", None)


def frame(spark, rows: list[str | None], partitions: int):
    return spark.createDataFrame([(i, t) for i, t in enumerate(rows)], "id long, text string").repartition(partitions, "id")


def test_brief_frame_equals_one_process_briefs_row_for_row(spark, seed_texts) -> None:
    rows = string_rows(seed_texts)
    sdf = frame(spark, rows, partitions=3)
    out = hbs.brief_frame(sdf, sentences=2, top=5)
    assert out.columns == ["id", "text", "summary", "keywords", "error"]
    assert out.schema["keywords"].dataType == ArrayType(StringType(), containsNull=False)
    result = sorted(out.collect(), key=lambda r: r["id"])
    assert [r["id"] for r in result] == list(range(len(rows)))
    assert [(r["summary"], r["keywords"], r["error"]) for r in result] == expected(rows, sentences=2, top=5)
    assert result[rows.index(None)]["error"] == "InvalidInputError: text is None; pass the article as a str"
    assert result[rows.index("")]["summary"] == "" and result[rows.index("")]["keywords"] == []
    assert result[0]["error"] is None and len(result[0]["keywords"]) == 5


def test_a_column_that_is_not_text_gives_an_error_per_row(spark) -> None:
    sdf = spark.createDataFrame([(1, 7), (2, None)], "id long, text long")
    result = sorted(hbs.brief_frame(sdf).collect(), key=lambda r: r["id"])
    assert [r["error"] for r in result] == [
        "InvalidInputError: text must be a str, got int", "InvalidInputError: text is None; pass the article as a str"
    ]
    assert [r["summary"] for r in result] == [None, None]


def test_options_and_columns_are_checked_on_the_driver(spark, seed_texts) -> None:
    sdf = frame(spark, string_rows(seed_texts), partitions=2)
    for bad in ({"top": 0}, {"max_words": 0}, {"headline": "maybe"}, {"tagger_options": "x"}, {"topp": 3}):
        with pytest.raises(InvalidOptionError):
            hbs.brief_frame(sdf, **bad)
    with pytest.raises(InvalidOptionError, match="no column 'article'"):
        hbs.brief_frame(sdf, column="article")
    with pytest.raises(InvalidOptionError, match="'error'"):
        hbs.brief_frame(sdf.withColumnRenamed("id", "error"))
    with pytest.raises(InvalidInputError):
        hbs.brief_frame([(0, "पहला वाक्य।")])
    with pytest.raises(InvalidInputError, match=r"got a pandas\.DataFrame: convert it with spark\.createDataFrame"):
        hbs.brief_frame(sdf.toPandas())
    with pytest.raises(InvalidOptionError):
        hbs.local_session(0)


def test_max_chars_reaches_the_workers(spark, seed_texts) -> None:
    rows = [seed_texts[0], seed_texts[1][:400]]
    result = sorted(hbs.brief_frame(frame(spark, rows, partitions=2), max_chars=500, top=3).collect(), key=lambda r: r["id"])
    assert [(r["summary"], r["keywords"], r["error"]) for r in result][1:] == expected(rows, max_chars=500, top=3)[1:]
    assert "max_chars=500" in result[0]["error"] and result[1]["error"] is None
    assert result[0]["error"].endswith("the max_chars option of the call that briefs the frame (None: no limit)")
    with pytest.raises(InvalidOptionError, match="max_chars"):
        hbs.brief_frame(frame(spark, rows, partitions=1), max_chars=0)


def test_column_names_compare_as_the_session_does(spark, seed_texts) -> None:
    # ILSUM's columns: Id, Heading, Article, Summary. Spark resolves names case-insensitively by default,
    # so an added "summary" would be ambiguous in every later select or write.
    sdf = spark.createDataFrame(
        [(0, "रक्षा सहयोग", seed_texts[0], "रक्षा मंत्री ने बात की।")], "Id long, Heading string, Article string, Summary string"
    )
    with pytest.raises(InvalidOptionError, match="'Summary'"):
        hbs.brief_frame(sdf, column="Article")
    for name in ("Keywords", "ERROR"):
        with pytest.raises(InvalidOptionError, match=repr(name)):
            hbs.brief_frame(sdf.withColumnRenamed("Heading", name).drop("Summary"), column="Article")
    # column= names the column as Spark would resolve it.
    out = hbs.brief_frame(sdf.drop("Summary"), column="article", top=3)
    assert out.select("summary", "keywords").first()["keywords"] == hb.brief(seed_texts[0], top=3).keywords.texts
    spark.conf.set("spark.sql.caseSensitive", "true")
    try:
        out = hbs.brief_frame(sdf, column="Article", top=3)
        assert out.select("summary").first()["summary"] == hb.brief(seed_texts[0], top=3).summary.text
        with pytest.raises(InvalidOptionError, match="no column 'article'"):
            hbs.brief_frame(sdf, column="article")
    finally:
        spark.conf.unset("spark.sql.caseSensitive")


def test_dotted_and_shared_column_names_pass_through(spark, seed_texts) -> None:
    # mapInPandas selects columns by name: a dotted name (a struct field to Spark) or two columns of one name (a
    # join) failed inside PySpark with an AnalysisException (a review); the text column itself twice is refused.
    sdf = spark.createDataFrame([(1, seed_texts[0], "a")], "id long, text string, `my.note` string")
    row = hbs.brief_frame(sdf, top=3).first()
    assert row["my.note"] == "a" and row["keywords"] == hb.brief(seed_texts[0], top=3).keywords.texts
    notes = spark.createDataFrame([(1, "x")], "id long, note string")
    joined = notes.join(sdf.drop("my.note"), notes["id"] == sdf["id"])
    out = hbs.brief_frame(joined, top=3)
    assert out.columns == ["id", "note", "id", "text", "summary", "keywords", "error"]
    assert out.first()["keywords"] == row["keywords"]
    with pytest.raises(InvalidOptionError, match="2 columns named 'text'"):
        hbs.brief_frame(sdf.join(sdf.select("id", "text"), "id"))


def test_python_workers_build_their_pipeline_once(spark, seed_texts) -> None:
    sdf = frame(spark, seed_texts * 8, partitions=8)
    for _ in range(2):
        assert hbs.brief_frame(sdf, top=4).filter("error IS NOT NULL").count() == 0
    key = check_worker_options().pipeline_key

    def report(frames):
        import pandas as pd

        for _ in frames:
            yield pd.DataFrame({"pid": [os.getpid()], "built": [pipelines_built().get(key, 0)]})

    # Another mapInPandas job runs in the same pool of Python workers and reads their counters.
    reports = spark.range(8).repartition(8).mapInPandas(report, "pid long, built long").collect()
    built = {r["pid"]: r["built"] for r in reports}
    # 16 partitions briefed: a pipeline per partition (or per task) would count above 1.
    assert max(built.values()) == 1, reports
