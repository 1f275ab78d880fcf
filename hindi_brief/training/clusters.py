"""Distributional word clusters learned from unlabelled Hindi text (Brown-cluster style features).

Words that occur in similar contexts (e.g. unseen proper names next to ``ने``/``के``,
adverbs before verbs) fall into the same cluster, so the tagger can generalise to
words it never saw with a gold tag. Recipe, all deterministic:

1. count position-specific contexts (word at -2, -1, +1, +2; the most frequent
   ``N_CONTEXTS`` context words) of every word seen ``MIN_COUNT`` times;
2. positive PMI, then ``TruncatedSVD`` (fixed ``random_state``) to ``DIMS`` dimensions,
   rows scaled to unit length;
3. ``KMeans`` (fixed seed) at several granularities (``GRANULARITIES``).

The table (``words``, ``ids``) is saved with the model; only frequent words are kept.
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..tagging.features import feature_form

__all__ = ["GRANULARITIES", "read_unlabelled", "build_clusters", "frequent_words", "word_vectors"]

GRANULARITIES = (64, 256, 1024)
MIN_COUNT = 3
N_CONTEXTS = 3000
DIMS = 100
SEED = 0
_OFFSETS = (-2, -1, 1, 2)


def read_unlabelled(path: Path) -> list[list[str]]:
    """Token sequences (feature forms) of the ``Article`` column of an ILSUM-style CSV,
    one sequence per sentence-like run (split at ``।``, ``?``, ``!``)."""
    from ..text.tokens import tokenize

    csv.field_size_limit(1 << 30)
    out: list[list[str]] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            current: list[str] = []
            for tok in tokenize(row.get("Article") or ""):
                current.append(feature_form(tok.text))
                if tok.text in ("।", "?", "!", "॥"):
                    out.append(current)
                    current = []
            if current:
                out.append(current)
    return out


def build_clusters(
    sentences: Iterable[Sequence[str]], *, verbose: bool = True
) -> tuple[list[str], np.ndarray]:
    """``(words, ids)``: sorted frequent words and their cluster id at each granularity
    (``(len(words), len(GRANULARITIES))`` int16). ``sentences`` hold feature forms."""
    from sklearn.cluster import KMeans
    from threadpoolctl import threadpool_limits

    words, vec = word_vectors(sentences)
    with threadpool_limits(limits=1):
        ids = np.empty((len(words), len(GRANULARITIES)), dtype=np.int16)
        for g, k in enumerate(GRANULARITIES):
            km = KMeans(n_clusters=k, n_init=1, max_iter=100, random_state=SEED, algorithm="lloyd")
            ids[:, g] = km.fit_predict(vec)
    if verbose:
        print(f"  clusters: {len(words):,} words, k={GRANULARITIES}", file=sys.stderr)
    return words, ids


def _by_frequency(sentences: Iterable[Sequence[str]]) -> list[tuple[str, int]]:
    """``(word, count)`` of every word, most frequent first; ties broken by the word, so the order is
    reproducible."""
    counts = Counter(w for s in sentences for w in s)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def frequent_words(sentences: Iterable[Sequence[str]]) -> list[str]:
    """The words that get a cluster: those seen at least ``MIN_COUNT`` times, sorted (``sentences`` hold
    feature forms). ``build_clusters`` returns them beside their ids."""
    return _frequent(_by_frequency(sentences))


def _frequent(by_freq: list[tuple[str, int]]) -> list[str]:
    return sorted(w for w, c in by_freq if c >= MIN_COUNT)


def word_vectors(sentences: Iterable[Sequence[str]]) -> tuple[list[str], np.ndarray]:
    """``(words, vectors)``: sorted frequent words and their unit-length ``DIMS``-dimensional
    PPMI-SVD vectors (steps 1 and 2 above). ``sentences`` hold feature forms."""
    from scipy.sparse import coo_matrix
    from sklearn.decomposition import TruncatedSVD
    from threadpoolctl import threadpool_limits

    sentences = [list(s) for s in sentences]
    by_freq = _by_frequency(sentences)
    words = _frequent(by_freq)
    row_of = {w: i for i, w in enumerate(words)}
    ctx_of = {w: i for i, (w, _) in enumerate(by_freq[:N_CONTEXTS])}
    n_ctx = len(ctx_of) + 2  # + sentence start / end markers
    rows: list[int] = []
    cols: list[int] = []
    for s in sentences:
        ids = [ctx_of.get(w, -1) for w in s]
        n = len(s)
        for i, w in enumerate(s):
            r = row_of.get(w)
            if r is None:
                continue
            for k, off in enumerate(_OFFSETS):
                j = i + off
                c = ids[j] if 0 <= j < n else (n_ctx - 2 if j < 0 else n_ctx - 1)
                if c >= 0:
                    rows.append(r)
                    cols.append(k * n_ctx + c)
    m = coo_matrix(
        (np.ones(len(rows), dtype=np.float64), (np.array(rows), np.array(cols))),
        shape=(len(words), len(_OFFSETS) * n_ctx),
    ).tocsr()
    m.sum_duplicates()
    total = m.sum()
    row_sum = np.asarray(m.sum(axis=1)).ravel()
    col_sum = np.asarray(m.sum(axis=0)).ravel() ** 0.75  # context smoothing (Levy et al. 2015)
    col_sum *= total / col_sum.sum()
    m = m.tocoo()
    pmi = np.log(m.data * total / (row_sum[m.row] * col_sum[m.col]))
    keep = pmi > 0
    ppmi = coo_matrix((pmi[keep], (m.row[keep], m.col[keep])), shape=m.shape).tocsr()
    with threadpool_limits(limits=1):
        vec = TruncatedSVD(n_components=DIMS, algorithm="randomized", n_iter=7, random_state=SEED).fit_transform(ppmi)
        vec /= np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-12)
    return words, vec
