"""Exact look-up of integer keys in a fixed set, for a whole array of queries at once.

The tagger maps every token's feature key (two attribute ids packed in one int64, the
template's number above them) to the key's row in a sorted key array. ``np.searchsorted``
does that in about 13 unpredictable comparisons per query; an open-addressing hash table
built once at load answers most queries with one probe, a handful of numpy operations over
the whole query array (the tagger's look-ups of a long text: 0.15-0.21 against 0.28-0.34
ms), and the few queries whose home slot holds another key go to ``np.searchsorted``.
"""

from __future__ import annotations

import numpy as np

__all__ = ["KeyIndex"]

# Fibonacci hashing: multiply by 2^64 / golden ratio (wrapping), keep the top bits.
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_EMPTY = -1  # keys are non-negative
#: ``positions`` follows probe sequences slot by slot while more than this many queries are unsettled.
_PROBE_AT_LEAST = 256
#: Keys are grouped by the bits from here up, each group in its own region of the table.
_GROUP_SHIFT = 48


class KeyIndex:
    """Positions of non-negative int64 ``keys`` (distinct), found by value.

    Keys are grouped by their top 15 bits (``>> 48``; the tagger puts a template's number
    there), and each group has its own region of the table, sized for its keys: the queries
    of one template touch only that template's slots, and one call serves the queries of all
    templates together.

    A region has at least two slots per key (four cost 2.5 MB more over the tagger's
    templates and gained about 0.02 ms per long text), so most queries are settled by their
    home slot: it holds their key (a hit) or nothing (a miss). The others, whose home slot holds
    another key, follow their probe sequences (linear probing within the region) one slot per
    round of numpy calls while more than ``_PROBE_AT_LEAST`` are left (a batch's), and the last
    few are settled by one binary search over the keys in order: in a cluster of the table a
    probe sequence can run to dozens of slots, and following it slot by slot cost more than the
    search (0.2 ms for the ~550 queries of one article's template, as a one-text
    ``Pipeline.brief`` makes them).
    """

    __slots__ = ("_slot_keys", "_slot_values", "_region", "_base", "_shift", "_mask", "_sorted", "_order")

    def __init__(self, keys: np.ndarray) -> None:
        keys = np.asarray(keys, dtype=np.int64)
        if len(keys) and int(keys.min()) < 0:
            raise ValueError("KeyIndex keys must be non-negative")
        ordered, first = np.unique(keys, return_index=True)
        if len(ordered) != len(keys):
            raise ValueError("KeyIndex keys must be distinct")
        self._sorted = ordered
        # The tagger's keys come sorted: then a key's position in order is its position.
        self._order = None if bool((first[1:] > first[:-1]).all()) else first
        groups, group_of, counts = np.unique(keys >> _GROUP_SHIFT, return_inverse=True, return_counts=True)
        #: Region of each group number (-1: no keys there).
        self._region = np.full(int(groups[-1]) + 1 if len(groups) else 1, -1, dtype=np.int64)
        self._region[groups] = np.arange(len(groups))
        bits = np.maximum(4, np.ceil(np.log2(np.maximum(counts, 1) * 2))).astype(np.int64)
        sizes = np.int64(1) << bits
        self._base = np.cumsum(sizes) - sizes
        self._shift = (64 - bits).astype(np.uint64)
        self._mask = sizes - 1
        self._slot_keys = np.full(max(int(sizes.sum()), 1), _EMPTY, dtype=np.int64)
        self._slot_values = np.zeros(len(self._slot_keys), dtype=np.int32)
        region = group_of.ravel()
        slot = self._home(keys, region)
        todo = np.arange(len(keys))
        while len(todo):
            at = slot[todo]
            free = self._slot_keys[at] == _EMPTY
            # Of the keys that reach the same free slot in this round, the first takes it.
            _, first = np.unique(at[free], return_index=True)
            placed = todo[free][first]
            self._slot_keys[slot[placed]] = keys[placed]
            self._slot_values[slot[placed]] = placed
            waiting = np.ones(len(keys), dtype=bool)
            waiting[placed] = False
            todo = todo[waiting[todo]]
            slot[todo] = self._next(slot[todo], region[todo])

    def _home(self, keys: np.ndarray, region: np.ndarray) -> np.ndarray:
        return self._base[region] + ((keys.view(np.uint64) * _MULTIPLIER) >> self._shift[region]).astype(np.int64)

    def _next(self, slot: np.ndarray, region: np.ndarray) -> np.ndarray:
        base = self._base[region]
        return base + ((slot - base + 1) & self._mask[region])

    def positions(self, queries: np.ndarray, group: int | None = None) -> np.ndarray:
        """For each query, the position of the equal key in ``keys``; -1 where there is none.

        ``group``: the one group (``key >> 48``) of all the queries, when the caller knows it.
        """
        queries = np.asarray(queries, dtype=np.int64)
        if not len(self._sorted):
            return np.full(len(queries), -1, dtype=np.int64)
        if group is not None:
            if not 0 <= group < len(self._region) or self._region[group] < 0:
                return np.full(len(queries), -1, dtype=np.int64)
            region = self._region[group]  # one region for all: scalars broadcast
        else:
            groups = queries >> _GROUP_SHIFT
            if len(groups) and int(groups.max()) >= len(self._region):
                groups = np.where(groups < len(self._region), groups, 0)  # no keys there: any region misses
            # A query of a group without keys goes to region 0, where its key cannot be.
            region = np.maximum(self._region[groups], 0)
        slot = self._home(queries, region)
        found = self._slot_keys[slot]
        # Most queries are settled by their first slot: no index arrays for those.
        out = np.where(found == queries, self._slot_values[slot], -1)
        which = np.flatnonzero((found != queries) & (found != _EMPTY))
        rest, slot = queries[which], slot[which]
        per_query = np.ndim(region) > 0
        if per_query:
            region = region[which]
        # Many queries left (a batch): the next slot settles most of them at the price of one round.
        while len(which) > _PROBE_AT_LEAST:
            slot = self._next(slot, region)
            found = self._slot_keys[slot]
            hit = found == rest
            out[which[hit]] = self._slot_values[slot[hit]]
            going_on = (found != _EMPTY) & ~hit
            which, rest, slot = which[going_on], rest[going_on], slot[going_on]
            if per_query:
                region = region[going_on]
        if len(which):  # a home slot holds another key, so there are keys: search them in order
            at = np.searchsorted(self._sorted, rest)
            at[at == len(self._sorted)] = 0
            hit = self._sorted[at] == rest
            out[which[hit]] = (at if self._order is None else self._order[at])[hit]
        return out
