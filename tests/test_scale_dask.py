"""hindi_brief.dask on a real distributed.LocalCluster (2 worker processes, bound to 127.0.0.1):
row-for-row equality with one-process briefs, bad rows, options checked on the client,
one pipeline per worker process, and a worker killed mid-job losing no row."""

from __future__ import annotations

import logging
import os
import signal

import pytest

dask = pytest.importorskip("dask", reason="the dask extra is not installed (pip install 'hindi-brief[dask]')")
dd = pytest.importorskip("dask.dataframe", reason="the dask extra is not installed (pip install 'hindi-brief[dask]')")
distributed = pytest.importorskip("distributed", reason="the dask extra is not installed (pip install 'hindi-brief[dask]')")
pd = pytest.importorskip("pandas")

import dask.bag as db  # noqa: E402

import hindi_brief.dask as hbd  # noqa: E402
from hindi_brief import InvalidInputError, InvalidOptionError  # noqa: E402
from hindi_brief.worker_briefs import check_worker_options, pipelines_built  # noqa: E402
from scale_rows import any_rows, expected, string_rows  # noqa: E402


@pytest.fixture(scope="session")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
        dashboard_address=None, silence_logs=logging.ERROR,
    )
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def frame(rows: list[object], npartitions: int):
    """A Dask frame of ``rows`` in an object column, with an index that is not 0..n-1."""
    index = [100 + 3 * i for i in range(len(rows))]
    pdf = pd.DataFrame({"id": range(len(rows)), "text": pd.Series(rows, index=index, dtype=object)}, index=index)
    # Dask would otherwise turn the object column into strings (42 -> "42", bytes -> str) on the way in.
    with dask.config.set({"dataframe.convert-string": False}):
        return dd.from_pandas(pdf, npartitions=npartitions, sort=True)


def _no_compute(*args, **kwargs):
    raise AssertionError("something was computed")


def _none(value):
    # The typed columns hold pd.NA for a missing value; one-process briefs say None.
    return None if value is pd.NA else value


def rows_of(result) -> list[tuple]:
    return [(_none(s), _none(k), _none(e)) for s, k, e in zip(result["summary"], result["keywords"], result["error"])]


def test_brief_frame_equals_one_process_briefs_row_for_row(client, seed_texts) -> None:
    rows = any_rows(seed_texts)
    ddf = frame(rows, npartitions=4)
    with dask.config.set(scheduler=_no_compute):  # building the frame computes nothing
        out = hbd.brief_frame(ddf, sentences=2, top=5)
        assert list(out.columns) == ["id", "text", "summary", "keywords", "error"]
        assert out.npartitions == ddf.npartitions
    result = out.compute()
    assert list(result.index) == list(ddf.index.compute())
    assert result["id"].tolist() == list(range(len(rows)))
    assert rows_of(result) == expected(rows, sentences=2, top=5)
    assert dict(result.dtypes[["summary", "keywords", "error"]]) == hbd.BRIEF_DTYPES
    assert dict(out.dtypes[["summary", "keywords", "error"]]) == hbd.BRIEF_DTYPES
    errors = [_none(e) for e in result["error"]]
    assert errors[0] is None and result["summary"].iloc[0] and len(result["keywords"].iloc[0]) == 5
    assert errors[rows.index(None)] == "InvalidInputError: text is None; pass the article as a str"
    assert errors[rows.index(42)] == "InvalidInputError: text must be a str, got int"
    assert errors[rows.index("")] is None and result["summary"].iloc[rows.index("")] == ""
    assert result["keywords"].iloc[rows.index("")] == []


def test_to_parquet_writes_the_briefs(client, seed_texts, tmp_path) -> None:
    # The usage the docs show: briefed.to_parquet(...), on a frame as Dask makes it (the text column
    # converted to strings), with good, bad and empty rows and a partition of bad rows only.
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = string_rows(seed_texts) + [None, None]
    ddf = dd.from_pandas(pd.DataFrame({"id": range(len(rows)), "text": rows}), npartitions=4)
    out = hbd.brief_frame(ddf, top=4)
    out.to_parquet(tmp_path / "briefs")
    schema = pq.read_schema(sorted((tmp_path / "briefs").glob("*.parquet"))[0])
    assert schema.field("summary").type in (pa.string(), pa.large_string())
    assert schema.field("error").type in (pa.string(), pa.large_string())
    assert pa.types.is_list(schema.field("keywords").type)
    # pandas reads an Arrow list column back only with dtype_backend="pyarrow" (pandas-dev/pandas#57411).
    back = dd.read_parquet(tmp_path / "briefs", dtype_backend="pyarrow").compute()
    assert back["id"].tolist() == list(range(len(rows)))
    assert rows_of(back) == expected(rows, top=4)
    assert back["error"].iloc[-2:].notna().all()


def test_pipeline_options_reach_the_workers(client, seed_texts) -> None:
    rows = any_rows(seed_texts)
    out = hbd.brief_frame(frame(rows, npartitions=2), tagger="none", headline="none", max_words=40, top=3).compute()
    assert rows_of(out) == expected(rows, tagger="none", headline="none", max_words=40, top=3)
    assert rows_of(out) != expected(rows, max_words=40, top=3)


def test_max_chars_reaches_the_workers(client, seed_texts) -> None:
    # The error of a too-long row tells users to raise max_chars: the helpers take it.
    rows = [seed_texts[0], seed_texts[1][:400]]
    out = hbd.brief_frame(frame(rows, npartitions=2), max_chars=500, top=3).compute()
    assert rows_of(out)[1:] == expected(rows, max_chars=500, top=3)[1:]
    # The message names the option of brief_frame, not Pipeline's.
    assert out["error"].iloc[0].endswith("raise the limit with the max_chars option of the call that briefs the frame (None: no limit)")
    assert "max_chars=500" in out["error"].iloc[0] and pd.isna(out["error"].iloc[1])
    out = hbd.brief_frame(frame(rows, npartitions=2), max_chars=None, top=3).compute()
    assert out["error"].isna().all()
    bag = hbd.brief_bag(db.from_sequence(rows, npartitions=1), max_chars=500).compute()
    assert [r["error"] is None for r in bag] == [False, True]
    for bad in (0, "500", 2.5):
        with pytest.raises(InvalidOptionError, match="max_chars"):
            hbd.brief_frame(frame(rows, npartitions=1), max_chars=bad)


def test_every_missing_value_is_a_missing_text(client, seed_texts) -> None:
    # NaN of any float type (an object column can hold numpy float32s), pd.NA and NaT are "no text".
    np = pytest.importorskip("numpy")
    rows = [seed_texts[0], None, float("nan"), np.float32("nan"), np.float64("nan"), pd.NA, pd.NaT]
    out = hbd.brief_frame(frame(rows, npartitions=2), top=3).compute()
    assert pd.isna(out["error"].iloc[0])
    assert out["error"].iloc[1:].tolist() == ["InvalidInputError: text is None; pass the article as a str"] * 6


def test_a_numbered_column_is_a_column_name(client, seed_texts) -> None:
    # pd.read_csv(header=None) numbers its columns; column=0 was refused as "must be a str" (a review).
    rows = [seed_texts[0], None]
    out = hbd.brief_frame(dd.from_pandas(pd.DataFrame({0: rows}), npartitions=1), column=0, top=3).compute()
    assert rows_of(out) == expected(rows, top=3)


def test_brief_bag_equals_one_process_briefs(client, seed_texts) -> None:
    rows = any_rows(seed_texts)
    out = hbd.brief_bag(db.from_sequence(rows, npartitions=3), ratio=0.5).compute()
    assert [(r["summary"], r["keywords"], r["error"]) for r in out] == expected(rows, ratio=0.5)


def test_a_bag_made_a_frame_with_brief_meta_writes_typed_parquet(client, seed_texts, tmp_path) -> None:
    # Without the meta, to_parquet wrote the error column as lists of single characters (a review).
    import pyarrow.parquet as pq

    rows = [seed_texts[0], None]
    typed = hbd.brief_bag(db.from_sequence(rows, npartitions=2), top=3).to_dataframe(meta=hbd.brief_meta())
    typed.to_parquet(tmp_path / "bag")
    table = pq.read_table(tmp_path / "bag")
    assert str(table.schema.field("error").type) in ("string", "large_string")
    assert table.column("error").to_pylist() == [None, "InvalidInputError: text is None; pass the article as a str"]
    assert table.column("keywords").to_pylist()[0] == expected(rows, top=3)[0][1]


def test_a_text_with_a_lone_surrogate_is_a_bad_row_not_a_failed_job(client, seed_texts) -> None:
    # Its summary held the surrogate, which a string[pyarrow] column cannot take: the partition failed with
    # UnicodeEncodeError and its good rows with it.
    rows = [seed_texts[0], seed_texts[0].replace("रक्षा", "रक्षा\udcff", 1), seed_texts[1]]
    out = hbd.brief_frame(frame(rows, npartitions=1), top=3).compute()
    assert rows_of(out)[0::2] == expected(rows[0::2], top=3)
    assert out["error"].iloc[1].startswith("InvalidInputError: text holds a lone surrogate, U+DCFF at character ")


def test_options_and_columns_are_checked_on_the_client(client, seed_texts) -> None:
    ddf = frame(any_rows(seed_texts), npartitions=2)
    pandas_frame = ddf.compute()
    with dask.config.set(scheduler=_no_compute):
        for bad in ({"top": 0}, {"sentences": 2, "ratio": 0.5}, {"tagger": "spacy"}, {"clean": "yes"},
                    {"batch_size": 0}, {"topp": 3}):
            with pytest.raises(InvalidOptionError):
                hbd.brief_frame(ddf, **bad)
            with pytest.raises(InvalidOptionError):
                hbd.brief_bag(db.from_sequence(["पहला वाक्य।"]), **bad)
        with pytest.raises(InvalidOptionError, match="no column 'article'"):
            hbd.brief_frame(ddf, column="article")
        for bad in (None, ["text"]):
            with pytest.raises(InvalidOptionError, match="column must be a column name"):
                hbd.brief_frame(ddf, column=bad)
        with pytest.raises(InvalidOptionError, match="'summary'"):
            hbd.brief_frame(ddf.assign(summary=ddf["id"]))
        with pytest.raises(InvalidInputError, match=r"got a pandas\.DataFrame: convert it with dask\.dataframe\.from_pandas"):
            hbd.brief_frame(pandas_frame)
        with pytest.raises(InvalidInputError, match=r"dask\.bag\.from_sequence"):
            hbd.brief_bag(["पहला वाक्य।"])


def test_each_worker_process_builds_its_pipeline_once(client, seed_texts) -> None:
    ddf = frame(seed_texts * 12, npartitions=12)
    for _ in range(2):
        out = hbd.brief_frame(ddf, top=4).compute()
        assert out["error"].isna().all() and len(out) == 24
    key = check_worker_options().pipeline_key
    built = [counts.get(key, 0) for counts in client.run(pipelines_built).values()]
    # 24 partitions briefed over 2 processes: a pipeline per partition would count up to 24.
    assert 1 <= sum(built) <= 2 and max(built) == 1, built


def test_a_worker_killed_mid_job_loses_no_row(client, seed_texts) -> None:
    rows = any_rows(seed_texts) * 6
    ddf = frame(rows, npartitions=24)
    out = client.persist(hbd.brief_frame(ddf, sentences=1, top=3))
    futures = distributed.futures_of(out)
    first = next(distributed.as_completed(futures))
    victim = next(iter(client.who_has([first])[first.key]))
    # The worker holding a finished partition is killed (SIGKILL): the scheduler must recompute what it held
    # and whatever it was running, and its nanny starts a fresh process.
    os.kill(client.run(os.getpid, workers=[victim])[victim], signal.SIGKILL)
    result = out.compute()
    assert rows_of(result) == expected(rows, sentences=1, top=3)
    assert victim not in client.scheduler_info()["workers"]
    # The partition it held was lost and computed again.
    into_memory = [t for t in client.story(first.key) if t[0] == "scheduler" and t[3] == "memory"]
    assert len(into_memory) >= 2, client.story(first.key)
    client.wait_for_workers(2, timeout=60)
