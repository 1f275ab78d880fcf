"""End-to-end speed of full briefs next to sumy LexRank and YAKE, on ILSUM Hindi articles.

Each system turns raw article text (heading + blank line + article) into its output, in
one process with one BLAS thread:

* ``hindi_brief``: ``Pipeline(tagger=...).pipe_briefs(texts, sentences=3, top=10)``:
  clean, split, tokenise, tag, summary and keywords;
* ``sumy LexRank``: our clean + split + tokenise (``Pipeline(tagger="none").make_doc``),
  then sumy's LexRank ranking (``hindi_brief.evaluation.baselines.SumyRanker``) and the top 3;
* ``sumy LexRank, sumy's parser``: sumy as a user would run it on raw text, its
  ``PlaintextParser`` given our sentence splitter and tokenizer (no cleaning), top 3
  (``SumyRanker.summarize_text``);
* ``YAKE``: ``yake.KeywordExtractor(lan="hi", n=3, top=10)`` on the text (keywords only).

Timing passes run first without tracing. Then each system runs again over at most
``--memory-articles`` articles under ``tracemalloc`` for its peak traced allocation;
the process's peak RSS (``resource.getrusage``) is reported after each timing pass.

Usage::

    python benchmarks/briefs.py --data ../shared/data/ilsum_hi [--limit N] [--tagger embedded]
        [--docs docs/evaluation.md]
"""

from __future__ import annotations

import os

# One BLAS thread, before numpy is imported: "one process" means one core here.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import datetime as dt  # noqa: E402
import gc  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Callable  # noqa: E402

from hindi_brief.evaluation.baselines import SumyRanker, top_k, yake_keywords  # noqa: E402
from hindi_brief.evaluation.evaluate import load_pairs, write_block  # noqa: E402
from hindi_brief.pipeline import Pipeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results"
START, END = "<!-- speed:start -->", "<!-- speed:end -->"


def maxrss_mib() -> float:
    """Peak resident set size of this process so far, MiB (Linux reports KiB)."""
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 2**20


def systems(tagger: str) -> tuple[dict[str, Callable[[list[str]], int]], dict[str, Callable[[list[str]], int]]]:
    """(end-to-end systems, stages): name -> function running it over a list of texts."""
    hb = Pipeline(tagger=tagger)
    splitter = Pipeline(tagger="none")
    lexrank = SumyRanker("lexrank")

    def run_hb(texts: list[str]) -> int:
        return sum(1 for _ in hb.pipe_briefs(texts, sentences=3, top=10))

    def run_lexrank(texts: list[str]) -> int:
        made = 0
        for text in texts:
            doc = splitter.make_doc(text)
            summary = [doc.sentences[i].text for i in top_k(lexrank.rank(doc), 3)]
            made += bool(summary)
        return made

    def run_sumy_parser(texts: list[str]) -> int:
        return sum(1 for text in texts if lexrank.summarize_text(text, 3))

    def run_yake(texts: list[str]) -> int:
        return sum(1 for text in texts if yake_keywords(text, top=10) is not None)

    # Stages, to see where the time goes. Documents are made outside the timed part.
    def text_layer(texts: list[str]) -> int:
        return sum(1 for text in texts if splitter.make_doc(text) is not None)

    def hb_pipe(texts: list[str]) -> int:
        return sum(1 for _ in hb.pipe(texts))

    def hb_rank(texts: list[str]) -> int:
        docs = list(hb.pipe(texts))
        _clear_caches()
        t0 = time.perf_counter()
        for doc in docs:
            hb.brief(doc, sentences=3, top=10)
        return _timed(time.perf_counter() - t0, len(docs))

    def lexrank_rank(texts: list[str]) -> int:
        docs = [splitter.make_doc(text) for text in texts]
        _clear_caches()
        t0 = time.perf_counter()
        for doc in docs:
            top_k(lexrank.rank(doc), 3)
        return _timed(time.perf_counter() - t0, len(docs))

    stages = {
        "text layer: clean + split + tokenise": text_layer,
        f"hindi_brief Pipeline (tagger={tagger!r}): text layer + tagging": hb_pipe,
        "hindi_brief brief() on a tagged Document": hb_rank,
        "sumy LexRank ranking on a Document": lexrank_rank,
    }
    runners = {
        "hindi_brief": run_hb,
        "sumy LexRank": run_lexrank,
        "sumy LexRank, sumy's parser": run_sumy_parser,
        "YAKE": run_yake,
    }
    return runners, stages


class _timed(int):
    """A run's result carrying the seconds of its timed part (when it timed itself)."""

    seconds: float

    def __new__(cls, seconds: float, made: int) -> "_timed":
        obj = super().__new__(cls, made)
        obj.seconds = seconds
        return obj


def _clear_caches() -> None:
    """Each pass starts cold, as in a fresh process (normalised forms and stems are memoised)."""
    from hindi_brief.evaluation.metrics import light_stem
    from hindi_brief.rank.keywords import _norm_ok
    from hindi_brief.text.normalize import normalize
    from hindi_brief.text.tokens import _WORD_KINDS

    normalize.cache_clear()
    light_stem.cache_clear()
    _norm_ok.cache_clear()
    _WORD_KINDS.clear()
    gc.collect()


def _time(run: Callable[[list[str]], int], texts: list[str]) -> tuple[float, int]:
    _clear_caches()
    t0 = time.perf_counter()
    made = run(texts)
    secs = time.perf_counter() - t0
    return getattr(made, "seconds", secs), int(made)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/ilsum_hi")
    parser.add_argument("--split", default="both", choices=("val", "test", "both"))
    parser.add_argument("--limit", type=int, default=None, help="first N articles of each split")
    parser.add_argument("--tagger", default="embedded")
    parser.add_argument("--memory-articles", type=int, default=200)
    parser.add_argument("--docs", default=None, help="write the table into this markdown file (speed block)")
    args = parser.parse_args(argv)

    pairs = load_pairs(args.data, split=args.split, limit=args.limit)
    texts = [p.article for p in pairs]
    words = sum(len(t.split()) for t in texts)
    rss_start = maxrss_mib()
    t0 = time.perf_counter()
    runners, stages = systems(args.tagger)
    load_s = time.perf_counter() - t0
    for run in runners.values():  # warm-up: imports and lazy model parts
        run(texts[:5])

    rows: dict[str, dict[str, float]] = {}
    for name, run in runners.items():
        secs, made = _time(run, texts)
        rows[name] = {"seconds": secs, "articles_per_s": len(texts) / secs, "made": made, "maxrss_mib": maxrss_mib()}
    stage_rows = {}
    for name, run in stages.items():
        secs, _ = _time(run, texts)
        stage_rows[name] = {"seconds": secs, "ms_per_article": 1000 * secs / len(texts)}
    subset = texts[: args.memory_articles]
    for name, run in runners.items():
        _clear_caches()
        tracemalloc.start()
        run(subset)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows[name]["tracemalloc_peak_mib"] = peak / 2**20

    hb = rows["hindi_brief"]["articles_per_s"]
    for row in rows.values():
        row["hindi_brief_speedup"] = hb / row["articles_per_s"]
    result = {
        "date": dt.date.today().isoformat(),
        "command": "python benchmarks/briefs.py " + " ".join(argv if argv is not None else sys.argv[1:]),
        "articles": len(texts),
        "words": words,
        "tagger": args.tagger,
        "load_seconds": load_s,
        "rss_before_load_mib": rss_start,
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "systems": rows,
        "stages": stage_rows,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"briefs-{result['date']}.json"
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")

    table = [
        f"Command: `{result['command'].strip()}`  ",
        f"Date: {result['date']}; {len(texts)} ILSUM articles ({words} whitespace words); one process, one BLAS thread; "
        f"Python {result['python']}, {result['machine']}; model load {load_s:.2f} s (not timed below).\n",
        "| system | articles/s | hindi_brief speed-up | peak traced MiB | process peak RSS MiB |",
        "|---|---:|---:|---:|---:|",
    ]
    for name, row in rows.items():
        table.append(
            f"| {name} | {row['articles_per_s']:.1f} | {row['hindi_brief_speedup']:.2f}x | "
            f"{row['tracemalloc_peak_mib']:.1f} | {row['maxrss_mib']:.0f} |"
        )
    table.append("\nWhere the time goes (same articles, each pass from cold caches):\n")
    table.append("| stage | ms/article |\n|---|---:|")
    for name, row in stage_rows.items():
        table.append(f"| {name} | {row['ms_per_article']:.2f} |")
    table.append(
        f"\nPeak traced MiB: `tracemalloc` peak over the first {len(subset)} articles of that system alone. "
        "Process peak RSS: `ru_maxrss` after that system's timing pass (cumulative: it includes every "
        "earlier system and the loaded models)."
    )
    report = "\n".join(table)
    print(report)
    print(f"\nwritten {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    if args.docs:
        write_block(Path(args.docs), report, start=START, end=END)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
