"""The default tagger: a small numpy model shipped in ``models/embedded/``.

Two stacked linear passes (see ``hindi_brief.training.tagger``): pass 1 scores each token from
its word, affixes, shape and distributional word clusters (``clusters.py``)
in a +-2 window; pass 2 adds pass 1's tags on both sides. Scoring a batch is vectorised (``_Scorer``):
single-attribute templates are summed per word type (for the training words once, at load), the
other templates are mapped to weight rows with dense tables or hash tables (``keyindex``, one
look-up serving both passes) and summed with one sparse product per pass.
Lemmas come from ``lemmatizer.py``.
"""

from __future__ import annotations

import json
import threading
import weakref
import zipfile
from itertools import repeat
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
from scipy.sparse import csr_matrix

from ..errors import InvalidInputError, InvalidOptionError, ModelError
from ..options import check_int
from ..resources import model_path
from .features import (
    ATTRIBUTES,
    CLUSTER_ATTRIBUTES,
    PAD,
    STAGE1_TEMPLATES,
    STAGE2_TEMPLATES,
    AttributeTable,
    distinct_types,
    forced_tag,
    shifted,
    template_keys,
)
from .keyindex import KeyIndex
from .lemmatizer import Lemmatizer

__all__ = ["EmbeddedTagger", "score_keys", "stage_keys"]

_FILES = ("tagger.npz", "tagger.json", "lemmas.json")
_FORMAT_VERSION = 3
_RETRAIN = "python -m hindi_brief.training.tagger --data ../shared/data --out models/embedded --add-dev"


def stage_keys(
    attrs: np.ndarray, positions: np.ndarray, lengths: np.ndarray, first_pass: np.ndarray | None,
    templates: Sequence | None = None,
) -> np.ndarray:
    """Feature keys of pass 1 (``first_pass=None``) or pass 2 (given pass-1 tag indices);
    ``templates`` replaces the pass's own (for training experiments)."""
    columns = {name: attrs[:, i] for i, name in enumerate(ATTRIBUTES)}
    if first_pass is None:
        return template_keys(columns, positions, lengths, templates or STAGE1_TEMPLATES)
    columns["T"] = first_pass.astype(np.int64) + PAD + 1
    return template_keys(columns, positions, lengths, templates or STAGE2_TEMPLATES)


def score_keys(keys: np.ndarray, known: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Sum the weight rows of ``keys`` (``(n, n_templates)``); unknown keys add nothing.

    The simple reference scorer, used in training; ``_Scorer`` gives the same sums faster.
    """
    if weights.shape[0] == len(known):
        weights = np.vstack([weights, np.zeros((1, weights.shape[1]), weights.dtype)])
    rows = np.searchsorted(known, keys)
    rows[rows == len(known)] = 0
    rows[known[rows] != keys] = len(known)
    return weights[rows].sum(axis=1)


_ID_MASK = (1 << 24) - 1
#: Calls of up to this many tokens find all templates' rows together (a fixed number of numpy
#: calls); larger ones one template at a time, as before, which measured faster for them.
_GROUPED_AT_MOST = 4096
_DENSE_LIMIT = 1 << 18
# Weight-row numbers in the look-up tables: int32, like the sparse matrix they index (a
# model has a few hundred thousand rows), at half the memory of int64.
_ROW = np.int32


class _Pass:
    """One pass's weights, split by template kind (see ``_Scorer``)."""

    def __init__(self, keys: np.ndarray, weights: np.ndarray, templates, sizes: dict[str, int]) -> None:
        self.weights = weights  # float32, last row all zeros
        self.zero = len(keys)
        template_of = keys >> 48
        #: Single-attribute templates on word-type attributes: offset -> [(attribute column, id -> row)].
        self.by_offset: dict[int, list[tuple[int, np.ndarray]]] = {}
        #: The other templates, in template order: (template, sorted ids, their rows).
        self.generic: list[tuple[tuple, np.ndarray, np.ndarray]] = []
        for t, template in enumerate(templates):
            lo, hi = np.searchsorted(template_of, [t, t + 1])
            ids = keys[lo:hi] & ((1 << 48) - 1)
            rows = np.arange(lo, hi, dtype=np.int64)
            if len(template) == 1 and template[0][0] in ATTRIBUTES:
                attr, offset = template[0]
                lut = np.full(sizes[attr], self.zero, dtype=np.int64)
                lut[ids] = rows
                self.by_offset.setdefault(offset, []).append((ATTRIBUTES.index(attr), lut))
            else:
                self.generic.append((template, ids, rows))

    def type_sums(self, type_attrs: np.ndarray, offset: int) -> np.ndarray:
        """``(len(type_attrs), n_tags)``: the single-attribute templates at ``offset`` summed per type."""
        w = self.weights
        return w[np.stack([lut[type_attrs[:, col]] for col, lut in self.by_offset[offset]], axis=1)].sum(axis=1)


class _Lookups:
    """Weight rows of a set of templates that are not single-attribute, for every pass, found together.

    A template whose id space is small has a dense table; the others share one ``KeyIndex``
    (hash table, a region per template) over all their keys, the template's number above the
    ids, and one look-up serves every pass. For a call of up to ``_GROUPED_AT_MOST`` tokens the
    rows of all the set's templates take a fixed number of numpy calls, where a round of them per
    template made most of the tagging cost of a one-text ``Pipeline.brief``; larger calls go one
    template at a time (``_each``), which kept the batched tagging of ``pipe_briefs`` as fast as
    it was (all templates at once over 32,000 tokens was about 15% slower).
    """

    def __init__(self, templates: list[tuple], sizes: dict[str, int],
                 parts: dict[tuple, list[tuple[np.ndarray, np.ndarray, int] | None]], zeros: list[int]) -> None:
        self.templates = templates
        #: Each template's value pairs ``(attribute, offset)``, in first-use order; row ``len(pairs)``
        #: of the value matrix is zeros, for the missing attributes of shorter templates.
        self.pairs = list(dict.fromkeys(pair for template in templates for pair in template))
        self.top = np.array([sizes[a] - 1 for a, _ in self.pairs], dtype=np.int64)[:, None]
        blank = len(self.pairs)
        dense, hashed = [], []
        for k, template in enumerate(templates):
            if len(template) > 2:
                raise ValueError("templates have at most two attributes (two 24-bit ids per key)")
            size = int(np.prod([sizes[a] for a, _ in template], dtype=np.int64))
            (dense if size <= _DENSE_LIMIT or not template else hashed).append(k)
        #: The passes that have any of these templates, each a column of the tables.
        having = [i for i in range(len(zeros)) if any(parts[t][i] is not None for t in templates)]
        self.column = {i: c for c, i in enumerate(having)}
        zeros = [zeros[i] for i in self.column]
        n_passes = len(zeros)

        def slots(ks: list[int]) -> tuple[np.ndarray, np.ndarray]:
            at = [[self.pairs.index(p) for p in templates[k]] + [blank] * (2 - len(templates[k])) for k in ks]
            return np.array([a for a, _ in at], dtype=np.intp), np.array([b for _, b in at], dtype=np.intp)

        # Dense: a template's cells start at its base; a cell is its first id + its second id * the
        # first attribute's size (a template of no attributes, the bias, has one cell).
        self.dense = np.array(dense, dtype=np.intp)
        self.dense_first, self.dense_second = slots(dense)
        strides = [sizes[templates[k][0][0]] if templates[k] else 0 for k in dense]
        sizes_of = [int(np.prod([sizes[a] for a, _ in templates[k]], dtype=np.int64)) for k in dense]
        self.dense_stride = np.array(strides, dtype=np.int64)[:, None]
        self.dense_base = (np.cumsum([0] + sizes_of[:-1]) if dense else np.zeros(0)).astype(np.int64)[:, None]
        self.dense_table = np.empty((sum(sizes_of), n_passes), dtype=_ROW)
        for k, base, size, stride in zip(dense, self.dense_base.ravel().tolist(), sizes_of, strides):
            for i, c in self.column.items():
                part = parts[templates[k]][i]
                cells = self.dense_table[base : base + size, c]
                cells[:] = zeros[c]
                if part is not None:
                    ids, rows, _ = part
                    cells[(ids & _ID_MASK) + ((ids >> 24) & _ID_MASK) * stride] = rows
        # Hashed: one index over (template number << 48 | ids) of all, a last row of zeros for misses.
        self.hashed = np.array(hashed, dtype=np.intp)
        self.hashed_first, self.hashed_second = slots(hashed)
        keyed = [
            (q << 48) | np.unique(np.concatenate([part[0] for part in parts[templates[k]] if part is not None]))
            for q, k in enumerate(hashed)
        ]
        keys = np.concatenate(keyed) if keyed else np.zeros(0, dtype=np.int64)
        self.index = KeyIndex(keys)
        # Which ids occur in each slot of each template's keys: a token whose values are not all
        # there has no key, and is not looked up (most misses; a miss can cost several probes).
        seen, self.seen_first, self.seen_second, at = [np.ones(1, dtype=bool)], [], [], 1  # seen[0]: "no attribute"
        for q, k in enumerate(hashed):
            ids = keyed[q] & ((1 << 48) - 1)
            for slot, offsets in enumerate((self.seen_first, self.seen_second)):
                if slot >= len(templates[k]):
                    offsets.append(0)
                    continue
                part = np.zeros(sizes[templates[k][slot][0]], dtype=bool)
                part[(ids >> (24 * slot)) & _ID_MASK] = True
                seen.append(part)
                offsets.append(at)
                at += len(part)
        self.seen = np.concatenate(seen)
        self.seen_first = np.array(self.seen_first, dtype=np.int64)[:, None]
        self.seen_second = np.array(self.seen_second, dtype=np.int64)[:, None]
        # The same, per template, for ``_each``.
        self.each_dense = list(zip(
            dense, self.dense_first.tolist(), self.dense_second.tolist(), strides, self.dense_base.ravel().tolist()
        ))
        self.each_hashed = list(zip(
            hashed, self.hashed_first.tolist(), self.hashed_second.tolist(),
            self.seen_first.ravel().tolist(), self.seen_second.ravel().tolist(),
        ))
        self.hashed_table = np.empty((len(keys) + 1, n_passes), dtype=_ROW)
        self.hashed_table[:] = np.array(zeros, dtype=_ROW)
        for q, k in enumerate(hashed):
            for i, c in self.column.items():
                part = parts[templates[k]][i]
                if part is not None:
                    ids, rows, _ = part
                    self.hashed_table[self.index.positions((q << 48) | ids), c] = rows

    def rows(self, value: Callable[[str, int], np.ndarray], n: int) -> np.ndarray:
        """``(len(templates), n, len(column))``: each template's weight row of each token in each pass that has it."""
        v = np.empty((len(self.pairs) + 1, n), dtype=np.int64)
        for k, (attr, offset) in enumerate(self.pairs):
            v[k] = value(attr, offset)
        # Values past an attribute's id space mean "unknown": clamped to its last id.
        np.minimum(v[:-1], self.top, out=v[:-1])
        v[-1] = 0
        out = np.empty((len(self.templates), n, self.dense_table.shape[1]), dtype=_ROW)
        if n > _GROUPED_AT_MOST:
            self._each(v, out)
            return out
        if len(self.dense):
            flat = v[self.dense_first] + v[self.dense_second] * self.dense_stride + self.dense_base
            out[self.dense] = self.dense_table[flat]
        if len(self.hashed):
            first, second = v[self.hashed_first], v[self.hashed_second]
            looked_up = np.flatnonzero(self.seen[first + self.seen_first] & self.seen[second + self.seen_second])
            key = (first.ravel()[looked_up] | (second.ravel()[looked_up] << 24)) | (looked_up // n << 48)
            at = np.full(first.size, -1, dtype=np.int64)  # -1: the tables' last row, no weights
            at[looked_up] = self.index.positions(key)
            out[self.hashed] = self.hashed_table[at.reshape(first.shape)]
        return out

    def _each(self, v: np.ndarray, out: np.ndarray) -> None:
        """``rows`` one template at a time, for many tokens (faster there than all at once)."""
        for k, first, second, stride, base in self.each_dense:
            out[k] = self.dense_table[v[first] + v[second] * stride + base]
        out[self.hashed] = self.hashed_table[-1]
        for q, (k, first, second, seen_first, seen_second) in enumerate(self.each_hashed):
            a, b = v[first], v[second]
            looked_up = np.flatnonzero(self.seen[a + seen_first] & self.seen[b + seen_second])
            at = self.index.positions(a[looked_up] | (b[looked_up] << 24) | (q << 48), group=q)
            out[k, looked_up] = self.hashed_table[at]


_ONLY_STR = frozenset({str})


class _Scorer:
    """Fast scoring of both passes, equivalent to ``score_keys`` over each pass's templates.

    * Single-attribute templates on word-type attributes are summed once per word
      *type* and per offset, then gathered per token. For the preloaded training words
      these sums are computed once, at load.
    * Other templates go through ``_Lookups``: those without tags once for all passes, those on
      the previous pass's tags after it. Then one sparse product per pass sums their rows.
    """

    def __init__(self, passes: list[_Pass], sizes: dict[str, int]) -> None:
        self.passes = passes
        self.offsets = list(passes[0].by_offset)
        for p in passes:
            if list(p.by_offset) != self.offsets or [c for o in self.offsets for c, _ in p.by_offset[o]] != [
                c for o in self.offsets for c, _ in passes[0].by_offset[o]
            ]:
                raise ValueError("the passes have different single-attribute templates")
        self.n_tags = passes[0].weights.shape[1]
        templates: dict[tuple, list] = {}
        for i, p in enumerate(passes):
            for template, ids, rows in p.generic:
                templates.setdefault(template, [None] * len(passes))[i] = (ids, rows, p.zero)
        # Templates on the previous pass's tags wait for that pass; the others are found once for all.
        on_tags = [any(a == "T" for a, _ in t) for t in templates]
        groups = [[t for t, later in zip(templates, on_tags) if later == wait] for wait in (False, True)]
        self.lookups = [_Lookups(g, sizes, templates, [p.zero for p in passes]) for g in groups if g]
        where = {t: (g, k) for g, lookups in enumerate(self.lookups) for k, t in enumerate(lookups.templates)}
        #: Per pass: the groups it needs, and its templates' rows in their outputs put together, in
        #: the pass's template order (the order its weight rows are summed in).
        self.layout: list[tuple[list[int], np.ndarray | None]] = []
        for p in passes:
            needed = sorted({where[t][0] for t, _, _ in p.generic})
            first = dict(zip(needed, np.cumsum([0] + [len(self.lookups[g].templates) for g in needed[:-1]]).tolist()))
            order = np.array([first[where[t][0]] + where[t][1] for t, _, _ in p.generic], dtype=np.intp)
            self.layout.append((needed, None if (order == np.arange(len(order))).all() else order))

    def type_sums(self, type_attrs: np.ndarray, offset: int) -> np.ndarray:
        """``(len(type_attrs), n_passes * n_tags)``: ``_Pass.type_sums`` of all passes side by side."""
        return np.concatenate([p.type_sums(type_attrs, offset) for p in self.passes], axis=1)

    def tag(self, store: "_TypeStore", slots: np.ndarray, type_of: np.ndarray, positions: np.ndarray,
            lengths: np.ndarray) -> np.ndarray:
        """Pass-2 argmax per token. ``slots``: each type's row in ``store``, then the PAD row
        (for 'outside the sentence')."""
        n = len(type_of)
        pad_type = len(slots) - 1
        # Store row of the token ``offset`` places away, per offset.
        where: dict[int, np.ndarray] = {}

        def rows_at(offset: int) -> np.ndarray:
            got = where.get(offset)
            if got is None:
                got = where[offset] = slots[shifted(type_of, positions, lengths, offset, pad_type)]
            return got

        total = None
        for o in self.offsets:
            part = store.sums[o][rows_at(o)]
            if total is None:
                total = np.add(part, np.float32(0), out=part)  # as zeros + part, also for -0.0
            else:
                total += part
        # Template values per token: the type's attribute at that offset (PAD outside the sentence).
        vals: dict[tuple[str, int], np.ndarray] = {}

        def value(attr: str, offset: int) -> np.ndarray:
            got = vals.get((attr, offset))
            if got is None:
                if attr == "T":
                    got = shifted(vals[("T", 0)], positions, lengths, offset, PAD)
                else:
                    got = store.attrs[ATTRIBUTES.index(attr)][rows_at(offset)]
                vals[(attr, offset)] = got
            return got

        done: dict[int, np.ndarray] = {}
        best = None
        for i, p in enumerate(self.passes):
            needed, order = self.layout[i]
            for g in needed:
                if g not in done:
                    done[g] = self.lookups[g].rows(value, n)
            found = [done[g][:, :, self.lookups[g].column[i]] for g in needed]
            rows = found[0] if len(found) == 1 else np.concatenate(found)
            rows = (rows if order is None else rows[order]).T  # (n, templates), in the pass's order
            k = rows.shape[1]
            x = csr_matrix(
                (np.ones(n * k, dtype=np.float32), rows.ravel(), np.arange(0, n * k + 1, k, dtype=np.int32)),
                shape=(n, len(p.weights)),
            )
            best = (total[:, i * self.n_tags : (i + 1) * self.n_tags] + x @ p.weights).argmax(axis=1)
            vals[("T", 0)] = best + PAD + 1
        return best


#: Default ``EmbeddedTagger(type_cache=...)``: word types met in input that are kept, with
#: at most 12 characters a type on average (a bound in bytes, not only entries: types of
#: 50,000 characters would otherwise fill it with entries of any size).
TYPE_CACHE = 30_000
_CHARS_PER_TYPE = 12


class _TypeStore:
    """Per word type: attribute ids, ``_Scorer.type_sums`` at each offset and forced tag index.

    Rows ``0..n-1`` are the preloaded training words, row ``n`` is PAD, then word types met
    in input, appended as they come (``_Model.slots``). Rows below ``count`` never change;
    a full store is replaced by a new one, so readers holding the old one stay consistent.
    Every value is derived from the immutable model only.
    """

    def __init__(self, index: dict[str, int], attrs: np.ndarray, sums: dict[int, np.ndarray],
                 forced: np.ndarray, capacity: int) -> None:
        self.index = dict(index)
        self.count = len(forced)
        self.attrs = np.empty((attrs.shape[0], capacity), dtype=np.int64)  # attribute-major
        self.attrs[:, : self.count] = attrs
        self.sums = {}
        for o, v in sums.items():
            self.sums[o] = np.empty((capacity, v.shape[1]), dtype=v.dtype)
            self.sums[o][: self.count] = v
        self.forced = np.empty(capacity, dtype=np.int64)
        self.forced[: self.count] = forced
        self.chars = 0  # characters of the types added after the preloaded ones

    def rows_of(self, types: list[str]) -> np.ndarray:
        """Each type's row in this store, -1 for a type not in it."""
        return np.fromiter(map(self.index.get, types, repeat(-1)), dtype=np.int64, count=len(types))

    @property
    def capacity(self) -> int:
        return len(self.forced)

    def copy(self, capacity: int, count: int | None = None) -> "_TypeStore":
        """A new store with the first ``count`` rows (default all) and room for ``capacity``."""
        n = self.count if count is None else count
        index = self.index if count is None else {t: i for t, i in self.index.items() if i < n}
        copy = _TypeStore(index, self.attrs[:, :n], {o: v[:n] for o, v in self.sums.items()}, self.forced[:n], capacity)
        copy.chars = self.chars if count is None else 0
        return copy


class _Model:
    """The loaded model files (immutable after construction, so safe to share across threads)."""

    def __init__(self, folder: Path, type_cache: int = TYPE_CACHE) -> None:
        self.type_cache = type_cache
        paths = {name: folder / name for name in _FILES}
        for name, path in paths.items():
            if not path.is_file():
                raise ModelError(
                    f"embedded tagger model file {path} is missing. Restore it with `git checkout -- models/` "
                    f"in a source checkout, reinstall with `pip install --force-reinstall hindi-brief`, "
                    f"or retrain with `{_RETRAIN}`."
                )
        current = paths["tagger.json"]
        try:
            config = json.loads(current.read_text(encoding="utf-8"))
            if config.get("format_version") != _FORMAT_VERSION:
                raise ValueError(f"format_version {config.get('format_version')!r}, expected {_FORMAT_VERSION}")
            self.tags: tuple[str, ...] = tuple(config["tags"])
            #: The tag names as an object array: a gather by tag index gives the names themselves.
            self.tag_names = np.empty(len(self.tags), dtype=object)
            self.tag_names[:] = self.tags
            cluster_words = config["clusters"]["words"]
            current = paths["lemmas.json"]
            lem = json.loads(current.read_text(encoding="utf-8"))
            self.lemmatizer = Lemmatizer(lem["exceptions"], lem["rules"], lem.get("context", {}))
            self.lemmatizer.known_forms = frozenset(config["vocabularies"]["w"])
            self.lemmatizer.set_lexicon(config["vocabularies"]["w"])
            current = paths["tagger.npz"]
            with np.load(current, allow_pickle=False) as npz:
                arrays = {k: npz[k] for k in ("keys1", "weights1", "keys2", "weights2", "word_rows", "cluster_ids")}
            if arrays["cluster_ids"].shape != (len(cluster_words), len(CLUSTER_ATTRIBUTES)):
                raise ValueError(f"cluster_ids has shape {arrays['cluster_ids'].shape}")
            clusters = {w: tuple(map(str, r)) for w, r in zip(cluster_words, arrays["cluster_ids"].tolist())}
            words = config["vocabularies"]["w"]
            self.table = AttributeTable(config["vocabularies"], clusters)
            self.table.preload(words, arrays["word_rows"])
            # A training word's ambiguity class is in its saved row; spelling variants of it
            # (same ``feature_form``, other token) look it up by form.
            classes = ["", ""] + config["vocabularies"]["a"]
            a_ids = arrays["word_rows"][:, ATTRIBUTES.index("a")].tolist()
            self.table.ambiguity = dict(zip(words, map(classes.__getitem__, a_ids)))
            passes: list[_Pass] = []
            sizes = dict(self.table.sizes, T=len(self.tags) + 2)
            for i, templates in ((1, STAGE1_TEMPLATES), (2, STAGE2_TEMPLATES)):
                n_templates = len(templates)
                keys, w = arrays[f"keys{i}"], arrays[f"weights{i}"]
                if keys.ndim != 1 or keys.dtype != np.int64 or w.shape != (len(keys), len(self.tags)):
                    raise ValueError(f"pass {i} arrays have shapes {keys.shape} and {w.shape}")
                if len(keys) > 1 and not bool(np.all(keys[1:] > keys[:-1])):
                    raise ValueError(f"pass {i} feature keys are not sorted")
                if int(keys.max(initial=0) >> 48) >= n_templates:
                    raise ValueError(f"pass {i} was trained with other feature templates than this code")
                w32 = np.vstack([w.astype(np.float32), np.zeros((1, w.shape[1]), np.float32)])
                passes.append(_Pass(keys, w32, templates, sizes))
            self.scorer = _Scorer(passes, sizes)
            self.forced = {t: self.tags.index(t) for t in ("NUM", "PUNCT", "SYM")}
            base = self.table.preloaded_rows  # preloaded words, then PAD
            self._base = _TypeStore(
                {w: i for i, w in enumerate(words)},
                base.T,
                {o: self.scorer.type_sums(base, o) for o in self.scorer.offsets},
                np.array([self.forced.get(forced_tag(t), -1) for t in words] + [-1], dtype=np.int64),
                len(base),
            )
            self.pad_slot = len(words)
            self._store = self._base
            self._store_lock = threading.Lock()
        except ModelError:
            raise
        except (OSError, ValueError, LookupError, TypeError, AttributeError, ArithmeticError, zipfile.BadZipFile) as exc:
            raise ModelError(
                f"embedded tagger model file {current} is corrupt or from another version ({exc}). "
                f"Restore it with `git checkout -- models/` in a source checkout, reinstall with "
                f"`pip install --force-reinstall hindi-brief`, or retrain with `{_RETRAIN}`."
            ) from exc


    def slots(self, types: list[str]) -> tuple[_TypeStore, np.ndarray]:
        """The current type store and each type's row in it, then the PAD row; new types are added."""
        store = self._store
        slots = np.empty(len(types) + 1, dtype=np.int64)
        slots[-1] = self.pad_slot
        slots[:-1] = store.rows_of(types)
        if slots.min() >= 0:
            return store, slots
        with self._store_lock:
            store = self._store
            slots[:-1] = store.rows_of(types)
            missing = np.flatnonzero(slots < 0).tolist()
            if not missing:
                return store, slots
            new = [types[i] for i in missing]
            new_chars = sum(map(len, new))
            if store.chars + new_chars > self.type_cache * _CHARS_PER_TYPE and store is not self._base:
                store = self._base  # too many characters: start again from the preloaded words
                slots[:-1] = store.rows_of(types)
                missing = np.flatnonzero(slots < 0).tolist()
                new = [types[i] for i in missing]
                new_chars = sum(map(len, new))
            if store.count + len(new) > store.capacity:
                if store.count + len(new) > len(self._base.forced) + self.type_cache:
                    store = self._base  # full: start again from the preloaded words
                    slots[:-1] = store.rows_of(types)
                    missing = np.flatnonzero(slots < 0).tolist()
                    new = [types[i] for i in missing]
                grow = max(store.count + len(new), min(2 * store.capacity, len(self._base.forced) + self.type_cache))
                store = store.copy(grow)
            attrs = np.array([self.table.ids(t) for t in new], dtype=np.int64).reshape(len(new), -1)
            lo, hi = store.count, store.count + len(new)
            store.attrs[:, lo:hi] = attrs.T
            for o, v in store.sums.items():
                v[lo:hi] = self.scorer.type_sums(attrs, o)
            store.forced[lo:hi] = [self.forced.get(forced_tag(t), -1) for t in new]
            store.count = hi
            store.chars += new_chars
            store.index.update(zip(new, range(lo, hi)))
            self._store = store
            slots[missing] = np.arange(lo, hi)
        return store, slots


#: Loaded models by folder, cache size and the files' size and modification time: every ``EmbeddedTagger`` of a
#: process (each ``Pipeline()``, the one-line functions' default pipeline) reads the same files into one model.
#: Each pipeline had its own, about 95 MB and 0.2 s to load (a service that made a pipeline per request paid both
#: every time). A model holds nothing of the text it tags that changes a result (its caches and its store of word
#: types are derived from the model files alone), so sharing it is as safe as sharing it between threads.
#: Held weakly: a model no tagger uses any more (another ``type_cache``, a ``model_dir`` of a test) is freed, save
#: the last one loaded (``_LAST``), so that a pipeline made for each request does not read the files each time.
_LOADED: "weakref.WeakValueDictionary[tuple, _Model]" = weakref.WeakValueDictionary()
_LAST: list[_Model] = []
_LOADED_LOCK = threading.Lock()


def _shared_model(folder: Path, type_cache: int) -> _Model:
    """The loaded model of ``folder``, read once per process while its files stay as they are."""
    try:
        stamp = tuple((st.st_size, st.st_mtime_ns) for st in ((folder / name).stat() for name in _FILES))
    except OSError:  # a file missing: _Model names it
        return _Model(folder, type_cache)
    key = (str(folder.resolve()), type_cache, stamp)
    with _LOADED_LOCK:
        model = _LOADED.get(key)
        if model is None:
            model = _Model(folder, type_cache)
            for old in [k for k in list(_LOADED.keys()) if k[:2] == key[:2]]:  # the files changed: the old model goes
                _LOADED.pop(old, None)
            _LOADED[key] = model
        _LAST[:] = [model]
    return model


class EmbeddedTagger:
    """Fast offline UPOS tagger and lemmatiser (see the model card in ``models/embedded/README.md``).

    The model is read on first use, once per process (every ``EmbeddedTagger`` of the same model folder and
    ``type_cache`` shares it), and shared by all threads.
    """

    name = "embedded"

    def __init__(self, *, model_dir: str | Path | None = None, type_cache: int = TYPE_CACHE) -> None:
        if model_dir is not None and not isinstance(model_dir, (str, Path)):
            raise InvalidOptionError(f"model_dir must be a path, got {type(model_dir).__name__}")
        self.model_dir = model_dir
        self.type_cache = check_int("type_cache", type_cache, minimum=0)
        self._dir = Path(model_dir) if model_dir is not None else None
        if self._dir is not None:
            # A folder the caller chose is checked now, not at the first text (and restoring the shipped models, which
            # a missing shipped file's error advises, would not help here).
            missing = [name for name in _FILES if not (self._dir / name).is_file()]
            if missing:
                raise InvalidOptionError(
                    f"model_dir {str(model_dir)!r} holds no {', '.join(missing)} (the embedded tagger's files: "
                    f"{', '.join(_FILES)}); give the folder that holds them (`python -m hindi_brief.training.tagger "
                    "--out DIR` makes them), or leave model_dir out for the shipped model"
                )
        self._model: _Model | None = None
        self._lock = threading.Lock()

    def _load(self) -> _Model:
        model = self._model
        if model is None:
            with self._lock:
                if self._model is None:
                    folder = self._dir if self._dir is not None else model_path("embedded")
                    self._model = _shared_model(folder, self.type_cache)
                model = self._model
        return model

    def __repr__(self) -> str:
        args = [f"model_dir={self.model_dir!r}"] if self.model_dir is not None else []
        args += [f"type_cache={self.type_cache!r}"] if self.type_cache != TYPE_CACHE else []
        return f"EmbeddedTagger({', '.join(args)})"

    @property
    def cached_types(self) -> int:
        """How many word types met in input are cached now (at most about ``type_cache``,
        more only while one batch alone brings more new types; a full cache starts over)."""
        model = self._model
        return 0 if model is None else model._store.count - len(model._base.forced)

    @property
    def lemmatizer(self) -> Lemmatizer:
        """The lemmatiser (loads the model)."""
        return self._load().lemmatizer

    def tag_indices(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """Tag indices (into the model's tag list) of all tokens, flattened."""
        tokens = [t for s in sentences for t in s]
        return self._indices(self._load(), sentences, tokens)[0]

    @staticmethod
    def _indices(m: _Model, sentences, tokens: list[str]) -> tuple[np.ndarray, list[str], np.ndarray]:
        """``(tag index of every token, distinct types, each token's type)``."""
        if not tokens:
            return np.zeros(0, dtype=np.int64), [], np.zeros(0, dtype=np.int64)
        lengths = np.fromiter((len(s) for s in sentences), dtype=np.int64, count=len(sentences))
        positions = np.arange(len(tokens)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        sent_len = np.repeat(lengths, lengths)
        types, type_of = distinct_types(tokens)
        store, slots = m.slots(types)
        best = m.scorer.tag(store, slots, type_of, positions, sent_len)
        # Punctuation, symbols and plain numbers are decided by their characters, not the model.
        forced = store.forced[slots[type_of]]
        return np.where(forced >= 0, forced, best), types, type_of

    @staticmethod
    def _context_lemmas(m: _Model, sentences, idx: np.ndarray, types: list[str], type_of: np.ndarray, flat: list) -> None:
        """Re-lemmatise, in place in ``flat`` (every token's lemma), the tokens whose lemma depends on the next word's tag (a few
        word types, found with numpy; the pipeline hands the tagger normalised forms, so the
        token itself is the form to match)."""
        lem, tags = m.lemmatizer, m.tags
        ids = [types.index(w) for w in lem.context_words if w in types]
        if not ids:
            return
        at = np.flatnonzero(np.isin(type_of, ids))
        ends = np.cumsum([len(s) for s in sentences]) - 1
        nxt = np.append(idx[1:], -1)
        nxt[ends[ends >= 0]] = -1
        # One look-up per distinct (type, tag, next tag), then fanned out to the tokens.
        keys = (type_of[at] * (len(tags) + 1) + (nxt[at] + 1)) * len(tags) + idx[at]
        uniq, inverse = np.unique(keys, return_inverse=True)
        lemmas = []
        for k in uniq.tolist():
            rest, t = divmod(k, len(tags))
            ty, n = divmod(rest, len(tags) + 1)
            lemmas.append(lem.lemma_before(types[ty], tags[t], "</s>" if n == 0 else tags[n - 1]))
        for j, i in zip(at.tolist(), inverse.ravel().tolist()):
            flat[j] = lemmas[i]

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]:
        """``(upos, lemma)`` for every token of every sentence, same nesting and order."""
        return [list(zip(pos, lemmas)) for pos, lemmas in self.tag_columns(sentences)]

    def tag_columns(self, sentences: Sequence[Sequence[str]]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        """``tag`` as columns: per sentence, its tokens' UPOS tags and their lemmas as two tuples.

        The pipeline builds its documents from these (``Draft.build``), with no pair per token
        made and taken apart again.
        """
        if isinstance(sentences, (str, bytes)):
            raise InvalidInputError("the tagger takes a sequence of sentences, each a sequence of token strings")
        checked: list[list[str]] = []
        for s in sentences:
            if isinstance(s, (str, bytes)):
                raise InvalidInputError("every sentence must be a sequence of token strings, not a string")
            s = s if type(s) is list else list(s)
            # The types of a sentence's tokens as a set (one C-level pass) settle the usual case.
            if not _ONLY_STR.issuperset(map(type, s)) and not all(isinstance(t, str) for t in s):
                raise InvalidInputError("every sentence must be a sequence of token strings")
            checked.append(s)
        sentences = checked
        m = self._load()
        tokens = [t for s in sentences for t in s]
        idx, types, type_of = self._indices(m, sentences, tokens)
        # Lemmatise each distinct (type, tag) pair once, then fan the lemmas out to tokens, and the
        # tags through an object array of their names (one C-level gather each).
        n_tags = len(m.tags)
        pair_keys, which = np.unique(type_of * n_tags + idx, return_inverse=True)
        tags, lemma = m.tags, m.lemmatizer.lemma
        pair_lemmas = np.empty(len(pair_keys), dtype=object)
        pair_lemmas[:] = [lemma(types[k // n_tags], tags[k % n_tags]) for k in pair_keys.tolist()]
        lemmas: list[str] = pair_lemmas[which.ravel()].tolist()
        pos: list[str] = m.tag_names[idx].tolist()
        if m.lemmatizer.context:
            self._context_lemmas(m, sentences, idx, types, type_of, lemmas)
        out: list[tuple[tuple[str, ...], tuple[str, ...]]] = []
        start = 0
        for s in sentences:
            end = start + len(s)
            out.append((tuple(pos[start:end]), tuple(lemmas[start:end])))
            start = end
        return out
