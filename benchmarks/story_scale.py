"""Time and peak memory of ``hb.story`` on many ILSUM articles, as one joined text or as separate articles.

The first ``--articles`` (default 800) ILSUM articles (val, then test) are processed once with the embedded
tagger; then ``hb.story`` runs on them and the CPU seconds of that call are printed with the process's
peak resident memory (``ru_maxrss``), which includes the processed documents. Run it from a worktree
of another revision (``PYTHONPATH=<worktree>``) to compare two versions.

Usage::

    python benchmarks/story_scale.py --data ../shared/data/ilsum_hi [--articles 800] [--as one|many]
"""

from __future__ import annotations

import argparse
import resource
import time

import hindi_brief as hb
from hindi_brief.evaluation.evaluate import load_pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", required=True, help="the ILSUM folder (ilsum_hi)")
    parser.add_argument("--articles", type=int, default=800)
    parser.add_argument("--as", dest="shape", choices=["one", "many"], default="many")
    args = parser.parse_args(argv)

    texts = [p.article for p in load_pairs(args.data, split="both")[: args.articles]]
    nlp = hb.Pipeline()
    docs = [nlp("\n\n".join(texts))] if args.shape == "one" else list(nlp.pipe(texts))
    t0 = time.process_time()
    brief = hb.story(docs)
    seconds = time.process_time() - t0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(
        f"{len(texts)} articles as {'one text' if args.shape == 'one' else 'separate articles'}: "
        f"hb.story {seconds:.2f} s CPU, process peak {peak} MB, {len(brief.summary)} summary sentences"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
