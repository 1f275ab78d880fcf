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
  real-valued features; scored as pass 1 alone against the shipped pass 1;
* ``c-grid``: pass 2 fitted with C of ``PASS2_C_GRID`` instead of ``C_REG`` (same pass 1);
* ``min-count-1``: both passes keep features seen once (``MIN_FEATURE_COUNT`` is 2);
* ``self-train``: the ILSUM val sentences (the ``--unlabelled`` CSV; never ILSUM test) tagged by
  the shipped recipe, the most confident share of them (smallest pass-2 margin of a sentence,
  ``SELF_TRAIN_SHARES``) added to the training split, then the whole recipe refitted (ambiguity
  classes and jack-knifing included, the auto-tagged sentences spread over the folds);
* ``auto-classes``: the same auto-tagged text only extends the ambiguity classes (tag dictionary)
  to words outside the training split, as classes of their own (``AUTO_CLASS``); a training token
  whose word the other folds never saw gets its auto class, as such a word would at run time.

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
from ..tagging.features import STAGE2_TEMPLATES, AttributeTable, ambiguity_class, feature_form, forced_tag, shifted
from .clusters import read_unlabelled, word_vectors
from .conllu import TreebankSentence
from .hdtb_train import tagger_data_files
from .paths import data_problem
from .tagger import (
    _DATA_HINT,
    _unlabelled_problem,
    C_REG,
    MIN_FEATURE_COUNT,
    N_FOLDS,
    PRUNE_BELOW,
    _ambiguity,
    build_vocabularies,
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
PASS2_C_GRID = (0.03, 0.1, 0.2)
#: Shares of the unlabelled sentences (the most confident first) added to training by ``self-train``.
SELF_TRAIN_SHARES = (0.25, 0.5)
#: Unlabelled sentences outside these lengths (tokens) are not auto-tagged: fragments and run-ons.
SELF_TRAIN_LENGTHS = (5, 60)
#: Marks an ambiguity class read off auto-tagged text, so it gets its own weights.
AUTO_CLASS = "@"
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


def _fit(keys: np.ndarray, y: np.ndarray, dense: np.ndarray | None = None, *,
         c: float = C_REG, min_count: int = MIN_FEATURE_COUNT):
    """``(feature keys, their float16 weights, float16 weights of the dense columns)``."""
    from scipy.sparse import csr_matrix, hstack

    kept, x = design_matrix(keys, min_count)
    if dense is not None:
        x = hstack([x, csr_matrix(dense)]).tocsr()
    w = solve(x, y, len(UPOS_TAGS), c=c)
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


def _stacked(train: _Set, keys1: np.ndarray, y: np.ndarray, fold: np.ndarray, parts: dict[str, _Set], *,
             c: float = C_REG, min_count: int = MIN_FEATURE_COUNT):
    """Pass 1 as the training command fits it: ``(jack-knifed scores of the training tokens, the pass-1
    model fitted on all of them, its scores of each part)``."""
    jack = np.zeros((len(y), len(UPOS_TAGS)), dtype=np.float32)
    for f in range(N_FOLDS):
        jack[fold == f] = _scores(keys1[fold == f], _fit(keys1[fold != f], y[fold != f], c=c, min_count=min_count))
    pass1 = _fit(keys1, y, c=c, min_count=min_count)
    first = {name: _scores(stage_keys(p.rows, p.positions, p.lengths, None), pass1) for name, p in parts.items()}
    return jack, pass1, first


def _auto_tagged(table, sentences: Sequence[Sequence[str]], pass1, pass2) -> tuple[list[np.ndarray], np.ndarray]:
    """Tags of unlabelled ``sentences`` by a two-pass model, and each sentence's confidence: the
    smallest pass-2 margin (best score minus second best) of its tokens not tagged by rule."""
    tokens, positions, lengths = _flatten(sentences)
    rows = table.rows(tokens)
    first = _scores(stage_keys(rows, positions, lengths, None), pass1)
    second = _scores(stage_keys(rows, positions, lengths, first.argmax(axis=1)), pass2)
    forced = np.array([TAG.get(forced_tag(t) or "", -1) for t in tokens], dtype=np.int64)
    pred = np.where(forced >= 0, forced, second.argmax(axis=1))
    top2 = np.sort(second, axis=1)[:, -2:]
    margin = np.where(forced >= 0, np.inf, top2[:, 1] - top2[:, 0])
    starts = np.concatenate([[0], np.cumsum([len(s) for s in sentences])[:-1]]).astype(np.int64)
    return np.split(pred, starts[1:]), np.minimum.reduceat(margin, starts)


def _interleaved(a: Sequence, b: Sequence) -> list:
    """``a`` and ``b`` merged evenly (each keeps its order), so every jack-knifing fold gets its share of both."""
    order = sorted([(i / len(a), 0, i) for i in range(len(a))] + [(j / len(b), 1, j) for j in range(len(b))])
    return [(a, b)[k][i] for _, k, i in order]


def run(data_root: Path, unlabelled: Path, variants: Sequence[str]) -> list[str]:
    split, cluster_words, cluster_ids, _, table, jack_classes = _features(data_root, unlabelled, verbose=False)
    train = _Set(table, split["train"], jack_classes)
    parts = {name: _Set(table, split[name]) for name in ("dev", "test", "pud")}
    keys1, y = _pass1_keys(train.rows, split["train"])
    fold = _fold_of_tokens(split["train"])
    lines: list[str] = []

    # Pass 1 and its jack-knifed scores, shared by the pass-2 variants.
    jack, pass1, first = _stacked(train, keys1, y, fold, parts)
    for name, p in parts.items():
        lines.append(_report("shipped recipe, pass 1", name, p, first[name].argmax(axis=1)))

    train_tags: dict[str, Counter] = {}
    for s in split["train"]:
        for w, u in zip(s.words, s.upos):
            train_tags.setdefault(w, Counter())[u] += 1

    def pass2(label: str, templates=None, with_scores: bool = False, *, c: float = C_REG,
              stacked=(train, keys1, y, jack, first, parts)) -> tuple[dict[str, np.ndarray], tuple]:
        t0 = time.perf_counter()
        tr, _, yy, jk, fst, pts = stacked
        keys2 = stage_keys(tr.rows, tr.positions, tr.lengths, jk.argmax(axis=1), templates)
        model = _fit(keys2, yy, tr.context(jk) if with_scores else None, c=c)
        out = {}
        for name, p in pts.items():
            keys = stage_keys(p.rows, p.positions, p.lengths, fst[name].argmax(axis=1), templates)
            out[name] = _scores(keys, model, p.context(fst[name]) if with_scores else None)
            lines.append(_report(label, name, p, out[name].argmax(axis=1), train_tags if label == "shipped recipe" else None))
        print(f"  ({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
        return out, model

    shipped, shipped_pass2 = pass2("shipped recipe")
    if "c-grid" in variants:
        for c2 in PASS2_C_GRID:
            pass2(f"pass-2 C={c2}", c=c2)
    if "min-count-1" in variants:
        jk, _, fst = _stacked(train, keys1, y, fold, parts, min_count=1)
        keys2 = stage_keys(train.rows, train.positions, train.lengths, jk.argmax(axis=1))
        model = _fit(keys2, y, min_count=1)
        for name, p in parts.items():
            keys = stage_keys(p.rows, p.positions, p.lengths, fst[name].argmax(axis=1))
            lines.append(_report("min-count 1", name, p, _scores(keys, model).argmax(axis=1)))
    if "self-train" in variants:
        clusters = {w: tuple(map(str, row)) for w, row in zip(cluster_words, cluster_ids.tolist())}
        raw = [s for s in dict.fromkeys(map(tuple, read_unlabelled(unlabelled))) if SELF_TRAIN_LENGTHS[0] <= len(s) <= SELF_TRAIN_LENGTHS[1]]
        tags, confidence = _auto_tagged(table, raw, pass1, shipped_pass2)
        order = np.argsort(-confidence, kind="stable")
        for share in SELF_TRAIN_SHARES:
            t0 = time.perf_counter()
            chosen = sorted(order[: int(share * len(raw))].tolist())
            auto = [TreebankSentence(raw[i], tuple(UPOS_TAGS[t] for t in tags[i]), ("_",) * len(raw[i]),
                                     ("_",) * len(raw[i]), ("_",) * len(raw[i])) for i in chosen]
            combined = _interleaved(split["train"], auto)
            ambiguity, classes = _ambiguity(combined)
            vocab = build_vocabularies(combined, clusters, set(ambiguity.values()) | set(classes))
            table2 = AttributeTable(vocab, clusters, ambiguity)
            train2 = _Set(table2, combined, classes)
            parts2 = {name: _Set(table2, split[name]) for name in parts}
            k1, y2 = _pass1_keys(train2.rows, combined)
            jk, _, fst = _stacked(train2, k1, y2, _fold_of_tokens(combined), parts2)
            print(f"  self-train {share}: {len(auto):,} of {len(raw):,} ILSUM val sentences "
                  f"({sum(len(s.words) for s in auto):,} tokens, confidence >= {confidence[order[len(auto) - 1]]:.3f}) "
                  f"({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
            pass2(f"self-train {share}", stacked=(train2, k1, y2, jk, fst, parts2))
    if "auto-classes" in variants:
        clusters = {w: tuple(map(str, row)) for w, row in zip(cluster_words, cluster_ids.tolist())}
        t0 = time.perf_counter()
        raw = [s for s in dict.fromkeys(map(tuple, read_unlabelled(unlabelled))) if SELF_TRAIN_LENGTHS[0] <= len(s) <= SELF_TRAIN_LENGTHS[1]]
        tags, _ = _auto_tagged(table, raw, pass1, shipped_pass2)
        counts: dict[str, Counter] = {}
        for words, t in zip(raw, tags):
            for w, i in zip(words, t.tolist()):
                counts.setdefault(feature_form(w), Counter())[UPOS_TAGS[i]] += 1
        auto = {w: AUTO_CLASS + ambiguity_class(c) for w, c in counts.items()}
        ambiguity, classes = _ambiguity(split["train"])
        # A training token whose word the other folds never saw gets its auto class, as a word
        # outside the training split does at run time.
        forms = [feature_form(w) for s in split["train"] for w in s.words]
        classes = [c or auto.get(f, "") for c, f in zip(classes, forms)]
        runtime = {**{w: c for w, c in auto.items() if w not in ambiguity}, **ambiguity}
        vocab = build_vocabularies(split["train"], clusters, set(runtime.values()) | set(classes))
        table2 = AttributeTable(vocab, clusters, runtime)
        train2 = _Set(table2, split["train"], classes)
        parts2 = {name: _Set(table2, split[name]) for name in parts}
        k1, _ = _pass1_keys(train2.rows, split["train"])
        jk, _, fst = _stacked(train2, k1, y, fold, parts2)
        print(f"  auto-classes: {len(runtime) - len(ambiguity):,} words outside the training split get a class "
              f"({time.perf_counter() - t0:.0f}s)", file=sys.stderr)
        for name, p in parts2.items():
            lines.append(_report("auto-classes, pass 1", name, p, fst[name].argmax(axis=1)))
        pass2("auto-classes", stacked=(train2, k1, y, jk, fst, parts2))
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


VARIANTS = ("unknown-propn", "wide-tags", "score-context", "vectors", "c-grid", "min-count-1", "self-train", "auto-classes")


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
    # The tagger command's checks: one line naming the option to fix, status 2, before any work.
    files = [p.relative_to(data).as_posix() for p in tagger_data_files(data)]
    problem = data_problem(data, files, _DATA_HINT) or _unlabelled_problem(unlabelled)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    run(data, unlabelled, variants)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
