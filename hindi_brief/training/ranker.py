"""Fit the sentence ranker's coefficients on ILSUM 2023 Hindi **val** and write ``models/ranker/ranker.json``.

Usage::

    python -m hindi_brief.training.ranker --data ../shared/data/ilsum_hi --out models/ranker

For every val article (heading + blank line + article, processed by
``Pipeline(tagger="embedded")``) the features of ``features.sentence_features`` are
computed for each eligible body sentence. The target is membership in the greedy
ROUGE oracle (``baselines.oracle_ranking``): its first 1, 2 and 3 picks for the
``k`` = 1, 2 and 3 models and its 75-word pick for the budget model. Each model is a
pairwise logistic regression (RankNet-style: oracle sentence minus non-oracle
sentence of the same article, both orders, no intercept, C = 1), so only the order
of sentences inside an article is learned. Deterministic (lbfgs, no sampling).

``BLEND`` (how much of the score is the learned part; the rest is ``1 / (1 + i)``)
and ``MMR_LAMBDA`` were chosen by two-fold cross-validation inside val (fit on the
even-numbered articles, score the odd ones, and the reverse). ILSUM test is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

import numpy as np

from ..rank.features import FEATURES, sentence_features

__all__ = ["BLEND", "MMR_LAMBDA", "SETTINGS", "main"]

#: Model name -> share of the learned score in the final score.
BLEND = {"1": 0.6, "2": 0.6, "3": 0.4, "budget": 0.6}
#: Which oracle picks are positives for each model.
SETTINGS = ("1", "2", "3", "budget")
MMR_LAMBDA = 0.85
BUDGET_WORDS = 75
FORMAT = 1


def _pairs(feats: list[np.ndarray], targets: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for X, y in zip(feats, targets):
        pos, neg = np.flatnonzero(y > 0.5), np.flatnonzero(y <= 0.5)
        if not len(pos) or not len(neg):
            continue
        i, j = np.repeat(pos, len(neg)), np.tile(neg, len(pos))
        xs += [X[i] - X[j], X[j] - X[i]]
        ys += [np.ones(len(i)), np.zeros(len(i))]
    return np.vstack(xs), np.concatenate(ys)


def collect(data: str | Path) -> tuple[list[np.ndarray], dict[str, list[np.ndarray]]]:
    """Features of eligible sentences and oracle targets of every ILSUM val article."""
    from ..evaluation.baselines import oracle_ranking
    from ..errors import InvalidInputError
    from ..evaluation.evaluate import load_pairs
    from ..evaluation.metrics import RougeTokenizer
    from ..pipeline import Pipeline
    from ..rank.summarize import is_eligible

    pipe = Pipeline(tagger="embedded")
    tok = RougeTokenizer()
    feats: list[np.ndarray] = []
    targets: dict[str, list[np.ndarray]] = {s: [] for s in SETTINGS}
    for pair in load_pairs(data, split="val"):
        try:
            doc = pipe(pair.article)
        except InvalidInputError:
            continue
        if not doc.sentences:
            continue
        eligible = is_eligible(doc)
        ref = tok.tokenize(pair.summary)
        sents = [tok.tokenize(s.text) for s in doc.sentences]
        lengths = [len(s.words) for s in doc.sentences]
        greedy = oracle_ranking(sents, ref, k=3)
        budget = oracle_ranking(sents, ref, lengths=lengths, max_words=BUDGET_WORDS)
        feats.append(sentence_features(doc).matrix[eligible])
        for name, picks in (("1", greedy[:1]), ("2", greedy[:2]), ("3", greedy[:3]), ("budget", budget)):
            y = np.zeros(len(doc.sentences))
            y[list(picks)] = 1.0
            targets[name].append(y[eligible])
    return feats, targets


def fit(feats: list[np.ndarray], targets: dict[str, list[np.ndarray]]) -> dict[str, list[float]]:
    """Pairwise logistic coefficients per model."""
    from sklearn.linear_model import LogisticRegression

    out = {}
    for name in SETTINGS:
        X, y = _pairs(feats, targets[name])
        model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=5000).fit(X, y)
        out[name] = [round(float(c), 6) for c in model.coef_.ravel()]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    p = argparse.ArgumentParser(prog="python -m hindi_brief.training.ranker", description=__doc__.split("\n")[0])
    p.add_argument("--data", default="../shared/data/ilsum_hi", help="ILSUM Hindi folder (only *_val is read)")
    p.add_argument("--out", default="models/ranker")
    args = p.parse_args(argv)
    feats, targets = collect(args.data)
    if not feats:
        print(f"error: no val articles found in {args.data}", file=sys.stderr)
        return 2
    coefs = fit(feats, targets)
    model = {
        "format": FORMAT,
        "features": list(FEATURES),
        "mmr_lambda": MMR_LAMBDA,
        "models": {name: {"coef": coefs[name], "blend": BLEND[name]} for name in SETTINGS},
        "source": {"data": "ILSUM 2023 Hindi val", "articles": len(feats), "tagger": "embedded"},
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "ranker.json").write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out / 'ranker.json'} ({len(feats)} articles)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
