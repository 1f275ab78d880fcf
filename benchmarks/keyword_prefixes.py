"""Does a longer keyword list start with a shorter one?

For each ILSUM article of a split, the keyword lists of ``top`` = 1, 3, 5, 10, 15, 20 and 50 are compared with the
start of the list of every keyword (``top=10**6``); prints how many articles have a list that is not the start of a
longer one, for each length, and the time per article of the lists of 10 and of every keyword. Before 2026-12-06
(a thirty-seventh session) a longer list could take a longer phrase into places a shorter list had given a word of it.

Usage::

    python benchmarks/keyword_prefixes.py --data ../shared/data/ilsum_hi [--split test] [--limit 400]
"""

from __future__ import annotations

import argparse
import sys
import time

import hindi_brief as hb
from hindi_brief.evaluation.evaluate import load_pairs
from hindi_brief.rank import make_keywords

TOPS = (1, 3, 5, 10, 15, 20, 50)
EVERY = 10**6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/ilsum_hi")
    parser.add_argument("--split", default="test", choices=("val", "test"))
    parser.add_argument("--limit", type=int, default=400)
    args = parser.parse_args(argv)
    pipeline = hb.Pipeline()
    docs = [pipeline(p.article) for p in load_pairs(args.data, split=args.split, limit=args.limit)]
    apart = dict.fromkeys(TOPS, 0)
    any_apart = 0
    for doc in docs:
        every = [k.text for k in make_keywords(doc, top=EVERY)]
        differ = [top for top in TOPS if [k.text for k in make_keywords(doc, top=top)] != every[:top]]
        for top in differ:
            apart[top] += 1
        any_apart += bool(differ)
    times = {}
    for top in (10, EVERY):
        t0 = time.process_time()
        for doc in docs:
            make_keywords(doc, top=top)
        times[top] = 1000 * (time.process_time() - t0) / len(docs)
    print(f"Command: `python benchmarks/keyword_prefixes.py {' '.join(argv if argv is not None else sys.argv[1:])}`")
    print(f"{len(docs)} articles ({args.split}); lists that are not the start of the list of every keyword:")
    print("| top | " + " | ".join(map(str, TOPS)) + " | any |")
    print("|---|" + "---:|" * (len(TOPS) + 1))
    print("| articles | " + " | ".join(str(apart[t]) for t in TOPS) + f" | {any_apart} |")
    print(f"ms per article (CPU): top=10 {times[10]:.2f}, every keyword {times[EVERY]:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
