"""PageRank (hindi_brief.rank.weights.pagerank): dense and sparse paths, dangling nodes, jumps."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix

from hindi_brief.rank import weights
from hindi_brief.rank.weights import clique_pagerank, pagerank


def _graph(n: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    adj = rng.random((n, n)) * (rng.random((n, n)) < 0.2)
    adj = adj + adj.T
    np.fill_diagonal(adj, 0.0)
    adj[-3:, :] = 0.0  # nodes without edges jump by the teleport vector
    adj[:, -3:] = 0.0
    return adj


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_dense_and_sparse_agree_and_sum_to_one(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    adj = _graph(60, seed)
    teleport = np.random.default_rng(seed + 10).random(60)
    teleport /= teleport.sum()
    dense = pagerank(adj, teleport, damping=0.85)
    monkeypatch.setattr(weights, "DENSE_GRAPH_MAX", 0)  # force the sparse loop
    sparse = pagerank(csr_matrix(adj), teleport, damping=0.85)
    assert dense.sum() == pytest.approx(1.0, abs=1e-9)
    # The dense path solves for the fixed point; the sparse loop stops within its tolerance of it.
    np.testing.assert_allclose(dense, sparse, rtol=0, atol=1e-10)
    # The dense result is PageRank's fixed point: one more step of the walk leaves it unchanged.
    walk = (adj / np.maximum(adj.sum(axis=1), 1e-300)[:, None]).T
    step = 0.85 * (walk @ dense + dense[adj.sum(axis=1) == 0].sum() * teleport) + 0.15 * teleport
    np.testing.assert_allclose(step, dense, rtol=0, atol=1e-15)
    # A node without edges gets only jumps: (1 - d) of its teleport share, plus its share of
    # the mass the nodes without edges spread (d times their rank).
    expected = teleport[-3:] * ((1 - 0.85) + 0.85 * dense[-3:].sum())
    np.testing.assert_allclose(dense[-3:], expected, rtol=1e-9)


def test_symmetric_nodes_get_the_same_rank() -> None:
    # A star: the leaves are interchangeable, so their ranks are equal up to rounding.
    adj = np.zeros((6, 6))
    adj[0, 1:] = adj[1:, 0] = 1.0
    r = pagerank(adj)
    np.testing.assert_allclose(r[1:], r[1], rtol=1e-12)
    assert r[0] > r[1]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_clique_pagerank_is_pagerank_of_shared_groups(seed: int) -> None:
    # Keyphrases in sentences: 90 nodes in 12 groups, some nodes alone in their groups or in none.
    rng = np.random.default_rng(seed)
    members = (rng.random((90, 12)) < 0.15).astype(float)
    members[-4:] = 0.0  # in no group
    members[:, 0] = 0.0
    members[-2, 0] = 1.0  # alone in a group of its own: no edges either
    teleport = rng.random(90)
    teleport /= teleport.sum()
    adj = members @ members.T
    np.fill_diagonal(adj, 0.0)
    expected = pagerank(adj, teleport, damping=0.85)
    got = clique_pagerank(members, teleport, damping=0.85)
    np.testing.assert_allclose(got, expected, rtol=1e-12, atol=0)
    assert got.sum() == pytest.approx(1.0, abs=1e-12)
