"""Silver keyword P@10 of the shipped keyword weights and of one-at-a-time changes to them.

The keyword score weights of ``hindi_brief/rank/keyphrase/scoring.py`` were fitted on ILSUM **val**
(never test) with this script until 2026-12-05; since then they are chosen on hand-made
keyphrases (``benchmarks/keyphrases.py``, ``benchmarks/essays_and_articles.py``), and this
script shows what the silver set makes of a change. It tags each article once, then re-runs ``make_keywords``
with module constants changed and scores every variant exactly as
``python -m hindi_brief.evaluate`` does (``Lemmatiser.content_tokens`` + ``score_keywords``
against the heading + reference summary lemmas). Each row gives P@10 (all words) on the
whole split and on its first and second half (a choice should hold on both), P@10 (any
word), recall, and multi-word keywords per article (human keyphrase sets reward them).

Usage::

    python benchmarks/keyword_weights.py --data ../shared/data/ilsum_hi [--split val] [--limit N]
        [--variants '{"PROPER_BOOST": 0.5}' '{"W_GRAPH": 0.7, "W_TFIDF": 0.3}' ...]

Without ``--variants`` it scores the shipped weights and each weight moved on its own.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from collections import defaultdict  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import hindi_brief as hb  # noqa: E402
from hindi_brief.errors import InvalidInputError  # noqa: E402
from hindi_brief.evaluation.evaluate import Lemmatiser, load_pairs  # noqa: E402
from hindi_brief.evaluation.metrics import score_keywords  # noqa: E402
from hindi_brief.rank import make_keywords  # noqa: E402
from keyphrases import keyword_settings  # noqa: E402  (benchmarks/keyphrases.py: constants set where bound)

DEFAULT_VARIANTS = [
    {},
    {"W_GRAPH": 0.7, "W_TFIDF": 0.3},
    {"W_GRAPH": 0.3, "W_TFIDF": 0.7},
    {"HEADLINE_BOOST": 2.0},
    {"HEADLINE_BOOST": 5.0},
    {"PROPER_BOOST": 0.0},
    {"PROPER_BOOST": 0.5},
    {"LENGTH_BONUS": 0.5},
    {"LENGTH_BONUS": 1.5},
    {"COMMON_WORD_WEIGHT": 1.0},
]


def prepare(data: str, split: str, limit: int | None) -> tuple[list[Any], list[dict[str, set[str]]], Lemmatiser]:
    """Documents (tagged once) and silver maps (lemma -> forms) of the split's articles."""
    pipeline = hb.Pipeline()
    lemmatiser = Lemmatiser(getattr(pipeline, "tagger_component", None))
    docs, silver = [], []
    for pair in load_pairs(data, split=split, limit=limit):
        try:
            doc = pipeline(pair.article)
        except InvalidInputError:  # skipped, as the evaluation skips it
            continue
        if not doc.sentences:
            continue
        forms: dict[str, set[str]] = defaultdict(set)
        for norm, lemma in lemmatiser.content_tokens([pair.title + "\n" + pair.summary])[0]:
            forms[lemma].add(norm)
        docs.append(doc)
        silver.append(forms)
    return docs, silver, lemmatiser


def score_variant(
    variant: dict[str, float], docs: list[Any], silver: list[dict[str, set[str]]], lemmatiser: Lemmatiser, cache: dict
) -> dict[str, float]:
    """Mean scores (x100) of ``make_keywords`` with the module constants of ``variant``."""
    rows = []
    with keyword_settings(variant):
        for doc, forms in zip(docs, silver):
            texts = [k.text for k in make_keywords(doc, top=10)]
            new = [t for t in texts if t not in cache]
            if new:  # a keyword text is tagged once, as a short text of its own
                for text, toks in zip(new, lemmatiser.content_tokens(new)):
                    cache[text] = [{norm, lemma} for norm, lemma in toks]
            keys = [cache[t] for t in texts]
            p_all = score_keywords(keys, forms, top=10, match="all")
            p_any = score_keywords(keys, forms, top=10, match="any")
            rows.append((p_all.precision, p_any.precision, p_all.recall, sum(len(k) > 1 for k in keys)))
    half = len(rows) // 2

    def mean(part: list[tuple], i: int, scale: float = 100.0) -> float:
        return scale * sum(r[i] for r in part) / len(part)

    return {
        "p_all": mean(rows, 0),
        "first_half": mean(rows[:half], 0),
        "second_half": mean(rows[half:], 0),
        "p_any": mean(rows, 1),
        "recall": mean(rows, 2),
        "multi_word": mean(rows, 3, 1.0),
    }


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", default="../shared/data/ilsum_hi")
    p.add_argument("--split", default="val", choices=("val", "test"))
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--variants", nargs="*", default=None, help="JSON objects of module constants")
    args = p.parse_args()
    variants = [json.loads(v) for v in args.variants] if args.variants else DEFAULT_VARIANTS
    from threadpoolctl import threadpool_limits

    with threadpool_limits(limits=1):
        docs, silver, lemmatiser = prepare(args.data, args.split, args.limit)
        cache: dict = {}
        print(f"{args.split}: {len(docs)} articles\n")
        print("| change | P@10 (all) | first half | second half | P@10 (any) | recall | multi-word / article |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        for variant in variants:
            s = score_variant(variant, docs, silver, lemmatiser, cache)
            name = ", ".join(f"{k} {v}" for k, v in variant.items()) or "shipped"
            print(
                f"| {name} | {s['p_all']:.2f} | {s['first_half']:.2f} | {s['second_half']:.2f} | {s['p_any']:.2f}"
                f" | {s['recall']:.2f} | {s['multi_word']:.2f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
