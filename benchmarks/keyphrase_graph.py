"""The keyphrase PageRank two ways, on the keyphrase candidates of the long inputs of ``benchmarks/briefs.py``.

``rank.keywords`` ranks candidates on their co-occurrence graph, ``members @ members.T`` less its
diagonal (``members``: the candidate x window incidence; a window is a sentence). The script times

* ``adjacency + solve``: the graph built as a dense matrix and ``weights.pagerank`` on it (one linear
  solve over the candidates: what keywords did before ``weights.clique_pagerank``);
* ``scoring._graph_rank`` (``rank/keyphrase/scoring.py``): what keywords does now (``clique_pagerank``, a solve over the windows,
  where there are fewer windows than candidates),

on the same candidates and jump vectors, warm, collector paused, thread CPU time, the two taking
turns, best of ``--rounds``, and prints ms per text and the largest difference between the two
rankings relative to their largest value. ``--end-to-end`` also times whole ``pipe_briefs`` passes
over the texts with keywords using each way in turn (thread CPU time, minimum and median of
``--rounds`` passes each).

Usage::

    python benchmarks/keyphrase_graph.py --data ../shared/data/ilsum_hi [--join-sentences 2] [--rounds 7] [--end-to-end]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import gc  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from itertools import chain  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefs import add_long_input_arguments, long_texts  # noqa: E402

from hindi_brief.pipeline import Pipeline  # noqa: E402
from hindi_brief.rank import keywords  # noqa: E402
from hindi_brief.rank.keyphrase import scoring  # noqa: E402
from hindi_brief.rank.weights import df_for, pagerank  # noqa: E402


def _adjacency_rank(cands: list, teleport: np.ndarray) -> np.ndarray:
    rows = np.repeat(np.arange(len(cands)), [len(c.windows) for c in cands])
    cols = np.fromiter(chain.from_iterable(c.windows for c in cands), dtype=np.int64, count=len(rows))
    inc = np.zeros((len(cands), int(cols.max()) + 1))
    inc[rows, cols] = 1.0
    adj = inc @ inc.T
    np.fill_diagonal(adj, 0.0)
    return pagerank(adj, teleport, damping=scoring.PAGERANK_DAMPING, symmetric=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_long_input_arguments(parser, join_sentences=2)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--end-to-end", action="store_true", help="also time pipe_briefs with each way")
    args = parser.parse_args(argv)

    texts = long_texts(args)
    hb = Pipeline(tagger="embedded")
    graphs = []
    for doc in hb.pipe(texts):
        cands = list(keywords.candidates(doc).values())
        if not cands:
            continue
        # The jump vector of scoring._scores: where the candidates occur, times their IDF.
        prior = np.array([c.position_weight for c in cands]) * scoring._idfs(cands, df_for(doc))
        graphs.append((cands, prior / prior.sum()))
    ways = {"adjacency + solve": _adjacency_rank, "scoring._graph_rank": scoring._graph_rank}
    best = dict.fromkeys(ways, float("inf"))
    for _ in range(args.rounds):
        for name, rank in ways.items():
            gc.collect()
            gc.disable()
            t0 = time.thread_time()
            for cands, teleport in graphs:
                rank(cands, teleport)
            best[name] = min(best[name], time.thread_time() - t0)
            gc.enable()
    diff = max(
        float(np.abs(a - b).max() / a.max())
        for a, b in ((_adjacency_rank(c, t), scoring._graph_rank(c, t)) for c, t in graphs)
    )
    sizes = sorted(len(c) for c, _ in graphs)
    windows = sorted(max(chain.from_iterable(x.windows for x in c)) + 1 for c, _ in graphs)
    print(f"Command: `python benchmarks/keyphrase_graph.py {' '.join(argv if argv is not None else sys.argv[1:])}`")
    print(f"{len(graphs)} texts; candidates median {sizes[len(sizes) // 2]}, windows median {windows[len(windows) // 2]}")
    for name, seconds in best.items():
        print(f"{name}: {1000 * seconds / len(graphs):.3f} ms/text")
    print(f"largest difference / largest rank: {diff:.1e}")
    if args.end_to_end:
        current = scoring._graph_rank
        passes: dict[str, list[float]] = {name: [] for name in ways}
        try:
            for _ in range(args.rounds):
                for name, rank in ways.items():
                    scoring._graph_rank = rank
                    gc.collect()
                    t0 = time.thread_time()
                    list(hb.pipe_briefs(texts, sentences=3, top=10))
                    passes[name].append(1000 * (time.thread_time() - t0) / len(texts))
        finally:
            scoring._graph_rank = current
        for name, ms in passes.items():
            ms.sort()
            print(f"pipe_briefs with {name}: min {ms[0]:.2f}, median {ms[len(ms) // 2]:.2f} ms/text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
