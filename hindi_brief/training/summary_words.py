"""Fit the word weights of ``rank.summary_words`` on training texts (``training.ranker`` calls it).

A pairwise logistic regression, as the ranker's models are fitted, on the distinct normalised words
of each sentence instead of its features: for each text, the oracle's best single sentence against
each other eligible sentence, both orders, no intercept. Each sentence's row is 1 for each of its
words over the square root of their number. ``C`` (the inverse L2 strength) was chosen by 5-fold
cross-validation of the ranker on val (model card, "Words of the one-sentence summary").
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from ..rank.summary_words import SummaryWords

__all__ = ["C", "CONDITIONS", "cross_fit", "fit_summary_words"]

#: The conditions the weights are fitted on: one-sentence references (the heading) on ILSUM's
#: articles, on two same-topic articles joined, and on those in longer sentences.
CONDITIONS = ("heading-ref", "news-length", "news-long-sentences")
C = 0.1
#: Weights are written rounded to this many decimals; a word whose weight rounds to 0 is left out.
DECIMALS = 5


def _rows(word_sets: Sequence[set[str] | frozenset[str]], index: dict[str, int]):
    from scipy.sparse import csr_matrix

    indptr, cols, vals = [0], [], []
    for words in word_sets:
        known = sorted(index[w] for w in words if w in index)
        cols += known
        if known:
            vals += [1.0 / np.sqrt(len(words))] * len(known)
        indptr.append(len(cols))
    return csr_matrix((vals, cols, indptr), shape=(len(word_sets), len(index)))


def fit_summary_words(texts: Sequence, *, c: float = C, conditions: Sequence[str] = CONDITIONS) -> SummaryWords:
    """Word weights fitted on ``texts`` (``training.ranker.TrainingText``) of ``conditions``, target ``"1"``."""
    from scipy.sparse import vstack
    from sklearn.linear_model import LogisticRegression

    chosen = sorted((t for t in texts if t.condition in conditions), key=lambda t: (conditions.index(t.condition), t.order))
    vocabulary = sorted({w for t in chosen for words in t.sentence_words for w in words})
    if not chosen or not vocabulary:
        return SummaryWords({})
    index = {w: i for i, w in enumerate(vocabulary)}
    xs, ys = [], []
    for t in chosen:
        y, eligible = t.targets["1"], t.eligible
        pos, neg = np.flatnonzero((y > 0.5) & eligible), np.flatnonzero((y <= 0.5) & eligible)
        if not len(pos) or not len(neg):
            continue
        X = _rows(t.sentence_words, index)
        i, j = np.repeat(pos, len(neg)), np.tile(neg, len(pos))
        xs += [X[i] - X[j], X[j] - X[i]]
        ys += [np.ones(len(i)), np.zeros(len(i))]
    if not xs:
        return SummaryWords({})
    model = LogisticRegression(C=c, fit_intercept=False, solver="liblinear", max_iter=2000, random_state=0)
    model.fit(vstack(xs).tocsr(), np.concatenate(ys))
    weights = np.round(model.coef_.ravel(), DECIMALS)
    return SummaryWords({w: float(v) for w, v in zip(vocabulary, weights) if v != 0.0})


def cross_fit(texts: Sequence, folds: int, column: int, **kw) -> None:
    """Write into each text's feature ``column`` its sentences' scores under weights fitted on the
    other folds' texts: no sentence is scored on its own reference."""
    for fold in range(folds):
        weights = fit_summary_words([t for t in texts if t.fold != fold], **kw)
        for t in texts:
            if t.fold == fold:
                t.matrix[:, column] = weights.scores(t.sentence_words)
