"""Articles per second on one machine's two cores: one process, ``n_process=2``, Dask, Spark.

The same ILSUM Hindi articles (validation split, then test; heading, blank line,
article) are briefed four ways with the library's default options, and every
engine's rows are checked against the one-process briefs:

* ``one process``: ``Pipeline().pipe_briefs(texts)``;
* ``n_process=2``: ``Pipeline().pipe_briefs(texts, n_process=2)`` (spawns its 2 workers each call);
* ``Dask``: ``hindi_brief.dask.brief_frame(...).compute()`` on a ``distributed.LocalCluster``
  of 2 worker processes with 1 thread each, input ``dd.from_pandas`` in ``--partitions`` partitions;
* ``Spark``: ``hindi_brief.spark.brief_frame(...).toPandas()`` on ``local[2]``, input
  ``createDataFrame`` of the same pandas frame repartitioned into ``--partitions`` partitions.

Each runs twice. Run 1 is cold: it includes building the pipelines (in every worker);
run 2 reuses what the engine keeps (Dask and Spark workers keep their pipeline;
``n_process`` starts new workers). Cluster and session start-up is timed apart.
Scaling efficiency = run-2 articles/s / (2 x one-process run-2 articles/s). Every
process uses one BLAS thread, so "2 workers" means 2 cores.

Usage::

    python benchmarks/scale.py --data ../shared/data/ilsum_hi [--articles 2000] [--partitions 20]
"""

from __future__ import annotations

import os

# One BLAS thread per process, before numpy is imported (workers inherit the environment).
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import csv  # noqa: E402
import logging  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, Callable  # noqa: E402

from hindi_brief import BatchError, Pipeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
Row = tuple[Any, Any, Any]


def load_articles(data: Path, n: int) -> list[str]:
    """The first ``n`` ILSUM articles, validation split first, as ``heading\\n\\narticle``."""
    csv.field_size_limit(2**31 - 1)
    texts: list[str] = []
    for split in ("val", "test"):
        with open(data / f"ilsum2023_hi_{split}.csv", encoding="utf-8-sig", newline="") as f:
            for row in csv.DictReader(f):
                texts.append(f"{row['Heading'].strip()}\n\n{row['Article'].strip()}")
    if len(texts) < n:
        raise SystemExit(f"only {len(texts)} articles in {data}")
    return texts[:n]


def pipeline_rows(briefs: Any) -> list[Row]:
    out: list[Row] = []
    for b in briefs:
        if isinstance(b, BatchError):
            out.append((None, None, f"{b.error}: {b.message}"))
        else:
            out.append((b.summary.text, [k.text for k in b.keywords], None))
    return out


def _none(value: Any) -> Any:
    # Spark's Arrow toPandas gives NaN for a null string and numpy arrays for lists; Dask's typed columns pd.NA.
    missing = value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NAType"
    return None if missing else value


def frame_rows(frame: Any) -> list[Row]:
    return [
        (_none(s), None if _none(k) is None else [str(x) for x in k], _none(e))
        for s, k, e in zip(frame["summary"], frame["keywords"], frame["error"])
    ]


def timed(run: Callable[[], list[Row]]) -> tuple[float, list[Row]]:
    t0 = time.perf_counter()
    rows = run()
    return time.perf_counter() - t0, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "ilsum_hi")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--partitions", type=int, default=20, help="Dask and Spark partitions (default: 20)")
    args = parser.parse_args(argv)

    import pandas as pd

    texts = load_articles(args.data, args.articles)
    frame = pd.DataFrame({"id": range(len(texts)), "text": pd.Series(texts, dtype=object)})
    load_before = os.getloadavg()
    results: list[tuple[str, float, list[float], list[list[Row]]]] = []  # name, start-up s, run seconds, rows

    nlp: list[Pipeline] = []

    def one_process() -> list[Row]:
        if not nlp:  # run 1 includes loading the model, as in the workers
            nlp.append(Pipeline())
        return pipeline_rows(nlp[0].pipe_briefs(texts, errors="collect"))

    runs = [timed(one_process) for _ in range(2)]
    results.append(("one process", 0.0, [r[0] for r in runs], [r[1] for r in runs]))
    reference = runs[1][1]
    print(f"one process: {[round(r[0], 2) for r in runs]} s", flush=True)

    runs = [timed(lambda: pipeline_rows(Pipeline().pipe_briefs(texts, n_process=2, errors="collect"))) for _ in range(2)]
    results.append(("n_process=2", 0.0, [r[0] for r in runs], [r[1] for r in runs]))
    print(f"n_process=2: {[round(r[0], 2) for r in runs]} s", flush=True)

    import dask
    import dask.dataframe as dd
    import distributed

    import hindi_brief.dask as hbd

    t0 = time.perf_counter()
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=None, silence_logs=logging.ERROR)
    client = distributed.Client(cluster)
    startup = time.perf_counter() - t0
    with dask.config.set({"dataframe.convert-string": False}):
        ddf = dd.from_pandas(frame, npartitions=args.partitions, sort=True)
    runs = [timed(lambda: frame_rows(hbd.brief_frame(ddf).compute())) for _ in range(2)]
    client.close()
    cluster.close()
    results.append(("Dask, 2 worker processes", startup, [r[0] for r in runs], [r[1] for r in runs]))
    print(f"Dask: start {startup:.1f} s, {[round(r[0], 2) for r in runs]} s", flush=True)

    import hindi_brief.spark as hbs

    t0 = time.perf_counter()
    spark = hbs.local_session(2, app_name="hindi_brief-scale")
    startup = time.perf_counter() - t0
    sdf = spark.createDataFrame(frame).repartition(args.partitions, "id").cache()
    sdf.count()  # the input lives in Spark before the clock starts, as it does in the Dask graph

    def spark_rows() -> list[Row]:
        return frame_rows(hbs.brief_frame(sdf).toPandas().sort_values("id"))

    runs = [timed(spark_rows) for _ in range(2)]
    spark.stop()
    results.append(("Spark local[2]", startup, [r[0] for r in runs], [r[1] for r in runs]))
    print(f"Spark: start {startup:.1f} s, {[round(r[0], 2) for r in runs]} s", flush=True)
    load_after = os.getloadavg()

    n = len(texts)
    base = n / results[0][2][1]
    print()
    print(f"{n} ILSUM articles, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
          f"dask {dask.__version__}, pyspark {__import__('pyspark').__version__}; "
          f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    print()
    print("| engine | start-up s | run 1 s (cold) | run 2 s | articles/s (run 2) | scaling efficiency | rows equal to one process |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, startup, seconds, rows in results:
        rate = n / seconds[1]
        same = min(sum(a == b for a, b in zip(r, reference)) for r in rows)
        eff = "-" if name == "one process" else f"{rate / (2 * base):.0%}"
        print(f"| {name} | {startup:.1f} | {seconds[0]:.1f} | {seconds[1]:.1f} | {rate:.0f} | {eff} | {same}/{n} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
