"""Cross-validated choice of the long model's content share (``training.ranker.SHARE["long"]``).

Collects the ILSUM val texts once (``training.ranker.collect``), then for each share and for
the long content model fitted on ``joined`` texts only or on ``joined`` and ``joined-shuffled``
texts, prints the 5-fold cross-validated ROUGE-1 of ``training.ranker.cross_validate`` on both
conditions at k = 3, k=ref and k=n/3, and their sum (the criterion in ``models/ranker/README.md``).
ILSUM test is not read.

Usage::

    python benchmarks/long_share.py --data ../shared/data/ilsum_hi [--shares 0.8,0.6,0.5,0.4,0.3]
"""

from __future__ import annotations

import argparse

import numpy as np

import hindi_brief.training.ranker as ranker

ROWS = [(c, k) for c in ("joined", "joined-shuffled") for k in ("k=3", "k=ref", "k=n/3")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/ilsum_hi")
    parser.add_argument("--shares", default="0.8,0.6,0.5,0.4,0.3")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    texts = ranker.collect(args.data, folds=args.folds)
    shipped = ranker.CONTENT_SETTINGS["long"]
    print("| long content model fitted on | share | " + " | ".join(f"{c} {k}" for c, k in ROWS) + " | sum |")
    print("|---|---:|" + "---:|" * (len(ROWS) + 1))
    try:
        for content in (("joined",), ("joined", "joined-shuffled")):
            ranker.CONTENT_SETTINGS["long"] = (content, *shipped[1:])
            for share in (float(x) for x in args.shares.split(",")):
                cv = ranker.cross_validate(texts, args.folds, share={**ranker.SHARE, "long": share})
                values = [float(np.mean(cv[(c, k, "hindi_brief")])) for c, k in ROWS]
                cells = " | ".join(f"{v:.2f}" for v in values)
                print(f"| {' + '.join(content)} | {share} | {cells} | {sum(values):.2f} |", flush=True)
    finally:
        ranker.CONTENT_SETTINGS["long"] = shipped
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
