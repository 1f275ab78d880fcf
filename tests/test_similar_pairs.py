"""Pairs of alike rows found without comparing every row with every other (``rank.similar_pairs``), and the story
brief that reads them: the same pairs and the same similarities, to the last bit, as the full product."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix, random as sparse_random

from hindi_brief.rank.similar_pairs import similar_pairs
from hindi_brief.rank.weights import _l2_rows


def _all_pairs(rows: csr_matrix, threshold: float) -> dict[tuple[int, int], float]:
    full = np.asarray((rows @ rows.T).todense())
    i, j = np.triu_indices(rows.shape[0], 1)
    keep = full[i, j] >= threshold
    return {(a, b): full[a, b] for a, b in zip(i[keep].tolist(), j[keep].tolist())}


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("threshold", [0.05, 0.33, 0.7, 1.0])
def test_the_pairs_and_their_similarities_are_those_of_the_full_product(seed: int, threshold: float) -> None:
    rng = np.random.default_rng(seed)
    # Few columns, some much more frequent than others (a story's protagonists), some rows empty or repeated.
    n_rows, n_cols = int(rng.integers(2, 300)), int(rng.integers(1, 80))
    weights = rng.zipf(1.5, n_cols).astype(float)
    dense = sparse_random(n_rows, n_cols, density=0.1, random_state=seed).toarray() * weights
    dense[rng.random(n_rows) < 0.1] = 0.0
    dense[1::7] = dense[0]
    rows = _l2_rows(csr_matrix(dense))
    got = {(i, j): s for s, i, j in similar_pairs(rows, threshold)}
    want = _all_pairs(rows, threshold)
    assert got.keys() == want.keys()
    assert all(got[k] == want[k] for k in want)  # exactly: ties between pairs are broken by these numbers


def test_no_rows_and_rows_without_terms() -> None:
    assert similar_pairs(csr_matrix((0, 0)), 0.33) == []
    assert similar_pairs(csr_matrix((5, 0)), 0.33) == []
    assert similar_pairs(_l2_rows(csr_matrix(np.array([[0.0, 0.0], [1.0, 0.0], [2.0, 0.0]]))), 0.5) == [(1.0, 1, 2)]
