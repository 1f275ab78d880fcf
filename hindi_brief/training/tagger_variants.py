"""Score candidate changes to the embedded tagger on HDTB v1.2 dev, each fitted on the training split alone.

    python -m hindi_brief.training.tagger_variants --data ../shared/data

The figures behind the model card's list of what was tried and left out. Every variant is
fitted on the training split only (as ``tagger.py`` without ``--add-dev``) and chosen on v1.2
dev; v1.2 test and PUD are printed for reporting, never for choosing. Variants:

* ``shipped``: the shipped recipe (two passes, ``tagger.py``);
* ``unknown-propn B``: the shipped model with ``B`` taken off the pass-2 PROPN score of words
  outside the training vocabulary (a prior against PROPN for unseen words);
* ``wide-tags``: pass 2 also sees pass-1 tags at -3 and +3 and pass-1 tags next to the
  neighbours' words, word clusters and ambiguity classes;
* ``score-context``: pass 2 also sees pass 1's scores (all tags) at -1, 0 and +1 as real-valued
  features (stacking on scores, not only on the best tag);
* ``vectors``: pass 1 also sees the 100-dimensional word vectors behind the clusters
  (``clusters.word_vectors``, first 50 dimensions) of the token and of its neighbours at +-1 as
  real-valued features; scored as pass 1 alone against the shipped pass 1.

For each: UPOS accuracy on dev, test and PUD, and the NOUN/PROPN and ADJ confusions.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np

from ..tagging.base import UPOS_TAGS
from ..tagging.embedded import score_keys, stage_keys
from ..tagging.features import STAGE2_TEMPLATES, feature_form, forced_tag, shifted
from .clusters import read_unlabelled, word_vectors
from .tagger import (
    N_FOLDS,
    PRUNE_BELOW,
    _features,
    _flatten,
    _fold_of_tokens,
    _pass1_keys,
    _rows,
    _useful,
    design_matrix,
    solve,
)

__all__ = ["main"]

WIDE_TAGS = STAGE2_TEMPLATES + (
    (("T", -3),), (("T", 3),),
    (("T", -1), ("w", 1)), (("w", -1), ("T", 1)),
    (("T", -1), ("c2", 0)), (("c2", 0), ("T", 1)),
    (("T", -1), ("a", -1)), (("T", 1), ("a", 1)),
)
UNKNOWN_PROPN_BIASES = (0.1, 0.2, 0.3, 0.5)
VECTOR_DIMS = 50
CONTEXT = (-1, 0, 1)
CONFUSIONS = (("NOUN", "PROPN"), ("PROPN", "NOUN"), ("ADJ", "NOUN"), ("ADJ", "PROPN"))
TAG = {t: i for i, t in enumerate(UPOS_TAGS)}


class _Set:
    """One treebank part as arrays: attribute rows, positions, sentence lengths, gold tags, forced tags."""

    def __init__(self, table, sentences, classes=None) -> None:
        self.rows = _rows(table, sentences, classes)
        tokens, self.positions, self.lengths = _flatten([s.words for s in sentences])
        self.tokens = tokens
        self.y = np.array([TAG[u] for s in sentences for u in s.upos], dtype=np.int64)
        self.forced = np.array([TAG.get(forced_tag(t) or "", -1) for t in tokens], dtype=np.int64)

    def context(self, values: np.ndarray) -> np.ndarray:
        """``values`` (one row per token) of the tokens at ``CONTEXT``, side by side, zeros outside the sentence."""
        padded = np.vstack([values, np.zeros((1, values.shape[1]), values.dtype)])
        index = np.arange(len(values))
        return np.hstack([padded[shifted(index, self.positions, self.lengths, o, len(values))] for o in CONTEXT])


def _fit(keys: np.ndarray, y: np.ndarray, dense: np.ndarray | None = None):
    """``(feature keys, their float16 weights, float16 weights of the dense columns)``."""
    from scipy.sparse import csr_matrix, hstack

    kept, x = design_matrix(keys)
    if dense is not None:
        x = hstack([x, csr_matrix(dense)]).tocsr()
    w = solve(x, y, len(UPOS_TAGS))
    sparse, rest = w[: len(kept)].astype(np.float16), w[len(kept):].astype(np.float16)
    keep = _useful(kept, sparse, PRUNE_BELOW)
    return kept[keep], sparse[keep], rest


def _scores(keys: np.ndarray, model, dense: np.ndarray | None = None) -> np.ndarray:
    known, w, rest = model
    s = score_keys(keys, known, w.astype(np.float32))
    return s if dense is None else s + dense @ rest.astype(np.float32)


def _report(label: str, name: str, part: _Set, best: np.ndarray, train_tags: dict[str, Counter] | None = None) -> str:
    """Print (and return) the accuracy and confusions; with ``train_tags``, also the words most often
    tagged PROPN where the gold says NOUN, with their tag counts in the training split."""
    pred = np.where(part.forced >= 0, part.forced, best)
    conf = ", ".join(f"{a} as {b} {int(((part.y == TAG[a]) & (pred == TAG[b])).sum())}" for a, b in CONFUSIONS)
    line = f"{label:<26} {name:<5} UPOS {100 * float((pred == part.y).mean()):.2f}%  {conf}"
    if train_tags is not None:
        wrong = Counter(part.tokens[i] for i in np.flatnonzero((part.y == TAG["NOUN"]) & (pred == TAG["PROPN"])))
        line += "\n    NOUN as PROPN, most frequent (tokens; tags in the training split): " + ", ".join(
            f"{w} {n} ({', '.join(f'{t} {c}' for t, c in train_tags.get(w, Counter()).most_common()) or 'unseen'})"
            for w, n in wrong.most_common(10)
        )
    print(line, flush=True)
    return line


def run(data_root: Path, unlabelled: Path, variants: Sequence[str]) -> list[str]:
    split, _, _, _, table, jack_classes = _features(data_root, unlabelled, verbose=False)
    train = _Set(table, split["train"], jack_classes)
    parts = {name: _Set(table, split[name]) for name in ("dev", "test", "pud")}
    keys1, y = _pass1_keys(train.rows, split["train"])
    fold = _fold_of_tokens(split["train"])
    lines: list[str] = []

    # Pass 1 and its jack-knifed scores, shared by the pass-2 variants.
    jack = np.zeros((len(y), len(UPOS_TAGS)), dtype=np.float32)
    for f in range(N_FOLDS):
        jack[fold == f] = _scores(keys1[fold == f], _fit(keys1[fold != f], y[fold != f]))
    pass1 = _fit(keys1, y)
    first = {name: _scores(stage_keys(p.rows, p.positions, p.lengths, None), pass1) for name, p in parts.items()}
    for name, p in parts.items():
        lines.append(_report("shipped recipe, pass 1", name, p, first[name].argmax(axis=1)))

    train_tags: dict[str, Counter] = {}
    for s in split["train"]:
        for w, u in zip(s.words, s.upos):
            train_tags.setdefault(w, Counter())[u] += 1

    def pass2(label: str, templates=None, with_scores: bool = False) -> dict[str, np.ndarray]:
        t0 = time.perf_counter()
        keys2 = stage_keys(train.rows, train.positions, train.lengths, jack.argmax(axis=1), templates)
        model = _fit(keys2, y, train.context(jack) if with_scores else None)
        out = {}
        for name, p in parts.items():
            keys = stage_keys(p.rows, p.positions, p.lengths, first[name].argmax(axis=1), templates)
            out[name] = _scores(keys, model, p.context(first[name]) if with_scores else None)
            lines.append(_report(label, name, p, out[name].argmax(axis=1), train_tags if label == "shipped recipe" else None))
        print(f"  ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
        return out

    shipped = pass2("shipped recipe")
    if "unknown-propn" in variants:
        for bias in UNKNOWN_PROPN_BIASES:
            for name, p in parts.items():
                s = shipped[name].copy()
                s[p.rows[:, 0] == 0, TAG["PROPN"]] -= bias
                lines.append(_report(f"unknown-propn {bias}", name, p, s.argmax(axis=1)))
    if "wide-tags" in variants:
        pass2("wide-tags", WIDE_TAGS)
    if "score-context" in variants:
        pass2("score-context", with_scores=True)
    if "vectors" in variants:
        words, vec = word_vectors(
            read_unlabelled(unlabelled) + [[feature_form(w) for w in s.words] for s in split["train"]]
        )
        table_v = np.vstack([vec[:, :VECTOR_DIMS], np.zeros((1, VECTOR_DIMS))])
        row_of = {w: i for i, w in enumerate(words)}

        def dense(p: _Set) -> np.ndarray:
            return p.context(table_v[[row_of.get(feature_form(t), len(words)) for t in p.tokens]])

        model = _fit(keys1, y, dense(train))
        for name, p in parts.items():
            keys = stage_keys(p.rows, p.positions, p.lengths, None)
            lines.append(_report("vectors pass 1", name, p, _scores(keys, model, dense(p)).argmax(axis=1)))
    return lines


VARIANTS = ("unknown-propn", "wide-tags", "score-context", "vectors")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data", help="shared data folder (ud_hindi/, hdtb_train_xpos/, ilsum_hi/)")
    parser.add_argument("--unlabelled", default=None, help="CSV for the word clusters (default: DATA/ilsum_hi/ilsum2023_hi_val.csv)")
    parser.add_argument("--variants", default=",".join(VARIANTS), help=f"comma-separated, from {', '.join(VARIANTS)}")
    args = parser.parse_args(argv)
    variants = [v for v in args.variants.split(",") if v]
    unknown = sorted(set(variants) - set(VARIANTS))
    if unknown:
        parser.error(f"unknown variants {unknown}; choose from {', '.join(VARIANTS)}")
    data = Path(args.data)
    unlabelled = Path(args.unlabelled) if args.unlabelled else data / "ilsum_hi" / "ilsum2023_hi_val.csv"
    run(data, unlabelled, variants)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
