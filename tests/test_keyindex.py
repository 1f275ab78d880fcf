"""KeyIndex: the tagger's exact integer-key look-up (hash table) agrees with a sorted search."""

from __future__ import annotations

import numpy as np
import pytest

from hindi_brief.tagging.keyindex import KeyIndex


@pytest.mark.parametrize("n", [0, 1, 5, 1000, 20000])
def test_positions_match_a_sorted_search(n: int) -> None:
    rng = np.random.default_rng(n)
    keys = np.unique(rng.integers(0, 1 << 48, n))
    # Keys packed as the tagger packs them (two 24-bit ids) cluster in the low bits too.
    keys = np.unique(np.concatenate([keys, (np.arange(n) << 24) | 7]))
    rng.shuffle(keys)
    queries = np.concatenate([rng.choice(keys, 3 * n) if n else keys, rng.integers(0, 1 << 48, 2 * n + 3)])
    found = KeyIndex(keys).positions(queries)
    order = np.argsort(keys)
    at = np.searchsorted(keys[order], queries)
    at[at == len(keys)] = 0
    expected = np.where(keys[order][at] == queries, order[at], -1) if n else np.full(len(queries), -1)
    np.testing.assert_array_equal(found, expected)


def test_keys_sharing_their_low_bits_are_all_found() -> None:
    keys = np.arange(64, dtype=np.int64) << 57
    np.testing.assert_array_equal(KeyIndex(keys).positions(keys[::-1]), np.arange(64)[::-1])


def test_bad_keys_are_refused() -> None:
    with pytest.raises(ValueError):
        KeyIndex(np.array([3, -1]))
    with pytest.raises(ValueError):
        KeyIndex(np.array([3, 3]))


def test_groups_of_keys_are_found_together_and_one_by_one() -> None:
    """Keys of several groups (the tagger's template number above bit 48) share one table, each
    group in its own region: a query finds its key whether the call names its group or not."""
    rng = np.random.default_rng(7)
    groups = [0, 1, 5, 300]
    keys = np.concatenate([(g << 48) | np.unique(rng.integers(0, 1 << 40, 50 + 400 * i)) for i, g in enumerate(groups)])
    index = KeyIndex(keys)
    absent = (np.array([2, 299, 301, 1 << 14]) << 48) | 3  # groups without keys, and past the last
    queries = np.concatenate([keys[::-1], keys ^ 1, absent])
    at = {k: i for i, k in enumerate(keys.tolist())}
    expected = np.array([at.get(q, -1) for q in queries.tolist()])
    np.testing.assert_array_equal(index.positions(queries), expected)
    for g in groups + [2, 1 << 14]:
        mine = (queries >> 48) == g
        np.testing.assert_array_equal(index.positions(queries[mine], group=g), expected[mine])
