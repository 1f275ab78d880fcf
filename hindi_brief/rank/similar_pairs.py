"""The pairs of rows whose cosine similarity reaches a threshold, without comparing every row with every other.

A story brief looks for sentences of its articles that tell the same fact: every pair of L2-normalised rows
(BM25 vectors, ``weights.bm25_matrix``) at cosine ``threshold`` or more. The full ``rows @ rows.T`` is the square of
the number of sentences, in time and, made dense, in memory (a story of 800 articles took 1.5 GB). Prefix filtering
(Bayardo, Ma and Srikant, "Scaling up all pairs similarity search", WWW 2007) finds the same pairs from a few
short lists: order the terms rarest first; each row *indexes* only its rarest terms, as many as leave the rest of
its weights with a norm below ``threshold``. Two rows at cosine ``threshold`` or more share an indexed term: were
every shared term outside the shorter of their two prefixes (in the common order), their dot product would be at
most that row's unindexed norm times the other's norm of 1, below ``threshold``. So only rows that share an
indexed term are compared, and a term said in every sentence (a story's protagonist) is indexed by few of them.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix

#: The unindexed part of a row is kept below ``threshold * (1 - SAFETY)`` in norm: rounding in the row's
#: normalisation and in the sums may not drop a pair whose computed similarity reaches the threshold.
SAFETY = 1e-9


#: Candidate pairs whose similarities are computed at a time (memory: their rows, twice).
CHUNK = 50_000


def similar_pairs(rows: csr_matrix, threshold: float) -> list[tuple[float, int, int]]:
    """``(similarity, i, j)`` for every pair of rows ``i < j`` of the L2-normalised ``rows`` whose cosine similarity is
    at least ``threshold`` (> 0), in no particular order; each similarity is the value of ``(rows @ rows.T)[i, j]``
    to the last bit (the products of the shared terms added one at a time in column order, as scipy's sparse
    product adds them).

    Rows are read in order. Each row first meets the earlier rows that index a term it indexes, summing the products
    of those terms; a pair goes on only where that sum plus the two rows' unindexed norms can reach ``threshold``
    (every shared term not indexed by both is unindexed in one of them, and adds at most that row's unindexed norm).
    """
    rows = csr_matrix(rows, dtype=np.float64)
    rows.sum_duplicates()  # sorted column indices within each row, as the sparse product reads them
    n_rows, n_cols = rows.shape
    indptr, indices, data = rows.indptr, rows.indices, rows.data
    # Rarest first, ties by column: one order for every row.
    rank = np.empty(n_cols, dtype=np.int64)
    rank[np.lexsort((np.arange(n_cols), np.bincount(indices, minlength=n_cols)))] = np.arange(n_cols)
    limit = threshold * (1.0 - SAFETY)
    postings: dict[int, list[tuple[int, float]]] = {}  # term -> (row, weight) of the rows that index it
    unindexed = [0.0] * n_rows
    first: list[int] = []
    second: list[int] = []
    for i in range(n_rows):
        a, b = indptr[i], indptr[i + 1]
        if a == b:
            continue
        cols = indices[a:b]
        order = np.argsort(rank[cols], kind="stable")
        weights = data[a:b][order]
        # rest[p]: the norm of the row's terms after its p rarest.
        rest = np.append(np.sqrt(np.cumsum((weights**2)[::-1])[::-1]), 0.0)
        length = int(np.argmax(rest < limit))  # the shortest prefix whose rest is below the threshold
        mine = unindexed[i] = float(rest[length])
        shared: dict[int, float] = {}
        for term, weight in zip(cols[order[:length]].tolist(), weights[:length].tolist()):
            posting = postings.setdefault(term, [])
            for j, other in posting:
                shared[j] = shared.get(j, 0.0) + weight * other
            posting.append((i, weight))
        for j, dot in shared.items():
            if dot + mine + unindexed[j] >= limit:
                first.append(j)
                second.append(i)
    out: list[tuple[float, int, int]] = []
    for c in range(0, len(first), CHUNK):
        left, right = np.array(first[c : c + CHUNK]), np.array(second[c : c + CHUNK])
        # Element-wise products in column order, summed by a product with ones: one addition at a time, the
        # sparse product's sum (numpy's pairwise sum could differ in the last bit).
        sims = np.asarray(rows[left].multiply(rows[right]) @ np.ones(n_cols)).ravel()
        keep = np.flatnonzero(sims >= threshold)
        out += zip(sims[keep].tolist(), left[keep].tolist(), right[keep].tolist())
    return out
