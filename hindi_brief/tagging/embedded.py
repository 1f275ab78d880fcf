"""The default tagger: a small numpy model shipped in ``models/embedded/``.

Two stacked linear passes (see ``train.py``): pass 1 scores each token from
its word, affixes, shape and distributional word clusters (``clusters.py``)
in a +-2 window; pass 2 adds pass 1's tags on both sides. Scoring a batch is vectorised: feature keys for all tokens are
built with numpy, mapped to weight rows with ``np.searchsorted`` and summed.
Lemmas come from ``lemmatizer.py``.
"""

from __future__ import annotations

import json
import threading
import zipfile
from pathlib import Path
from typing import Sequence

import numpy as np
from scipy.sparse import csr_matrix

from ..errors import InvalidInputError, InvalidOptionError, ModelError
from ..resources import model_path
from .features import (
    ATTRIBUTES,
    CLUSTER_ATTRIBUTES,
    PAD,
    STAGE1_TEMPLATES,
    STAGE2_TEMPLATES,
    AttributeTable,
    forced_tag,
    shifted,
    template_keys,
)
from .lemmatizer import Lemmatizer

__all__ = ["EmbeddedTagger", "score_keys", "stage_keys"]

_FILES = ("tagger.npz", "tagger.json", "lemmas.json")
_FORMAT_VERSION = 2
_RETRAIN = "python -m hindi_brief.tagging.train --data ../shared/data/ud_hindi --out models/embedded"


def stage_keys(
    attrs: np.ndarray, positions: np.ndarray, lengths: np.ndarray, first_pass: np.ndarray | None
) -> np.ndarray:
    """Feature keys of pass 1 (``first_pass=None``) or pass 2 (given pass-1 tag indices)."""
    columns = {name: attrs[:, i] for i, name in enumerate(ATTRIBUTES)}
    if first_pass is None:
        return template_keys(columns, positions, lengths, STAGE1_TEMPLATES)
    columns["T"] = first_pass.astype(np.int64) + PAD + 1
    return template_keys(columns, positions, lengths, STAGE2_TEMPLATES)


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
_DENSE_LIMIT = 1 << 22


class _Scorer:
    """Fast scoring of one pass, equivalent to ``score_keys`` over ``templates``.

    * Single-attribute templates on word-type attributes are summed once per word
      *type* and per offset, then gathered per token.
    * Other templates use a dense look-up table when their id space is small,
      else ``np.searchsorted`` within their own slice of the sorted keys.
    """

    def __init__(self, keys: np.ndarray, weights: np.ndarray, templates, sizes: dict[str, int]) -> None:
        self.weights = weights  # float32, last row all zeros
        zero = len(keys)
        template_of = keys >> 48
        self.by_offset: dict[int, list[tuple[int, np.ndarray]]] = {}
        self.generic: list[tuple[tuple, object]] = []
        for t, template in enumerate(templates):
            lo, hi = np.searchsorted(template_of, [t, t + 1])
            ids = keys[lo:hi] & ((1 << 48) - 1)
            rows = np.arange(lo, hi, dtype=np.int64)
            if len(template) == 1 and template[0][0] in ATTRIBUTES:
                attr, offset = template[0]
                lut = np.full(sizes[attr], zero, dtype=np.int64)
                lut[ids] = rows
                self.by_offset.setdefault(offset, []).append((ATTRIBUTES.index(attr), lut))
                continue
            dims = [sizes[a] for a, _ in template]
            if int(np.prod(dims, dtype=np.int64)) <= _DENSE_LIMIT:
                lut = np.full(int(np.prod(dims, dtype=np.int64)), zero, dtype=np.int64)
                flat = np.zeros(len(ids), dtype=np.int64)
                stride = 1
                for slot, d in enumerate(dims):
                    flat += ((ids >> (24 * slot)) & _ID_MASK) * stride
                    stride *= d
                lut[flat] = rows
                self.generic.append((template, ("dense", dims, lut)))
            else:
                self.generic.append((template, ("sorted", ids, lo)))

    def score(self, type_attrs: np.ndarray, type_of: np.ndarray, columns: dict[str, np.ndarray],
              positions: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Scores ``(n_tokens, n_tags)``. ``type_attrs`` has a last all-PAD row for 'outside the sentence'."""
        w = self.weights
        pad_type = len(type_attrs) - 1
        total = np.zeros((len(type_of), w.shape[1]), dtype=np.float32)
        for offset, parts in self.by_offset.items():
            per_type = w[np.stack([lut[type_attrs[:, col]] for col, lut in parts], axis=1)].sum(axis=1)
            total += per_type[shifted(type_of, positions, lengths, offset, pad_type)]
        all_rows = []
        cache: dict[tuple[str, int], np.ndarray] = {}
        for template, (kind, a, b) in self.generic:
            vals = []
            for attr, offset in template:
                if (attr, offset) not in cache:
                    cache[(attr, offset)] = shifted(columns[attr], positions, lengths, offset, PAD)
                vals.append(cache[(attr, offset)])
            if kind == "dense":
                flat = np.zeros(len(type_of), dtype=np.int64)
                stride = 1
                for v, d in zip(vals, a):
                    flat += np.minimum(v, d - 1) * stride
                    stride *= d
                rows = b[flat]
            else:
                key = np.zeros(len(type_of), dtype=np.int64)
                for slot, v in enumerate(vals):
                    key |= v << (24 * slot)
                pos = np.searchsorted(a, key)
                pos[pos == len(a)] = 0
                rows = np.where(a[pos] == key, pos + b, len(w) - 1) if len(a) else np.full(len(key), len(w) - 1)
            all_rows.append(rows)
        # One sparse product sums the rows of every remaining template per token.
        n, k = len(type_of), len(all_rows)
        x = csr_matrix(
            (np.ones(n * k, dtype=np.float32), np.stack(all_rows, axis=1).ravel(), np.arange(0, n * k + 1, k)),
            shape=(n, len(w)),
        )
        return total + x @ w


class _Model:
    """The loaded model files (immutable after construction, so safe to share across threads)."""

    def __init__(self, folder: Path) -> None:
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
            cluster_words = config["clusters"]["words"]
            current = paths["lemmas.json"]
            lem = json.loads(current.read_text(encoding="utf-8"))
            self.lemmatizer = Lemmatizer(lem["exceptions"], lem["rules"])
            self.lemmatizer.known_forms = frozenset(config["vocabularies"]["w"])
            current = paths["tagger.npz"]
            with np.load(current, allow_pickle=False) as npz:
                arrays = {k: npz[k] for k in ("keys1", "weights1", "keys2", "weights2", "word_rows", "cluster_ids")}
            if arrays["cluster_ids"].shape != (len(cluster_words), len(CLUSTER_ATTRIBUTES)):
                raise ValueError(f"cluster_ids has shape {arrays['cluster_ids'].shape}")
            clusters = {w: tuple(map(str, r)) for w, r in zip(cluster_words, arrays["cluster_ids"].tolist())}
            self.table = AttributeTable(config["vocabularies"], clusters)
            self.table.preload(config["vocabularies"]["w"], arrays["word_rows"])
            self.scorers: list[_Scorer] = []
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
                self.scorers.append(_Scorer(keys, w32, templates, sizes))
            self.forced = {t: self.tags.index(t) for t in ("NUM", "PUNCT", "SYM")}
        except ModelError:
            raise
        except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile, json.JSONDecodeError) as exc:
            raise ModelError(
                f"embedded tagger model file {current} is corrupt or from another version ({exc}). "
                f"Restore it with `git checkout -- models/` in a source checkout, reinstall with "
                f"`pip install --force-reinstall hindi-brief`, or retrain with `{_RETRAIN}`."
            ) from exc


class EmbeddedTagger:
    """Fast offline UPOS tagger and lemmatiser (see the model card in ``models/embedded/README.md``).

    The model is read on first use, once, and shared by all threads.
    """

    name = "embedded"

    def __init__(self, *, model_dir: str | Path | None = None) -> None:
        if model_dir is not None and not isinstance(model_dir, (str, Path)):
            raise InvalidOptionError(f"model_dir must be a path, got {type(model_dir).__name__}")
        self._dir = Path(model_dir) if model_dir is not None else None
        self._model: _Model | None = None
        self._lock = threading.Lock()

    def _load(self) -> _Model:
        model = self._model
        if model is None:
            with self._lock:
                if self._model is None:
                    folder = self._dir if self._dir is not None else model_path("embedded")
                    self._model = _Model(folder)
                model = self._model
        return model

    @property
    def lemmatizer(self) -> Lemmatizer:
        """The lemmatiser (loads the model)."""
        return self._load().lemmatizer

    def tag_indices(self, sentences: Sequence[Sequence[str]]) -> np.ndarray:
        """Tag indices (into the model's tag list) of all tokens, flattened."""
        m = self._load()
        tokens = [t for s in sentences for t in s]
        if not tokens:
            return np.zeros(0, dtype=np.int64)
        lengths = np.fromiter((len(s) for s in sentences), dtype=np.int64, count=len(sentences))
        positions = np.arange(len(tokens)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        sent_len = np.repeat(lengths, lengths)
        type_attrs, type_of, types = m.table.lookup(tokens)
        attrs = type_attrs[type_of]
        columns = {name: attrs[:, i] for i, name in enumerate(ATTRIBUTES)}
        first = m.scorers[0].score(type_attrs, type_of, columns, positions, sent_len).argmax(axis=1)
        columns["T"] = first + PAD + 1
        best = m.scorers[1].score(type_attrs, type_of, columns, positions, sent_len).argmax(axis=1)
        # Punctuation, symbols and plain numbers are decided by their characters, not the model.
        forced = np.array([m.forced.get(forced_tag(t), -1) for t in types], dtype=np.int64)[type_of]
        return np.where(forced >= 0, forced, best)

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]:
        """``(upos, lemma)`` for every token of every sentence, same nesting and order."""
        if isinstance(sentences, (str, bytes)):
            raise InvalidInputError("tag() takes a sequence of sentences, each a sequence of token strings")
        checked: list[list[str]] = []
        for s in sentences:
            if isinstance(s, (str, bytes)):
                raise InvalidInputError("every sentence must be a sequence of token strings, not a string")
            s = list(s)
            if not all(isinstance(t, str) for t in s):
                raise InvalidInputError("every sentence must be a sequence of token strings")
            checked.append(s)
        sentences = checked
        m = self._load()
        tokens = [t for s in sentences for t in s]
        idx = self.tag_indices(sentences)
        # Lemmatise each distinct (token, tag) pair once, then fan the pairs out to tokens.
        first_seen: dict[tuple[str, int], int] = {}
        which = [first_seen.setdefault(key, len(first_seen)) for key in zip(tokens, idx.tolist())]
        tags, lemma = m.tags, m.lemmatizer.lemma
        pairs = [(tags[t], lemma(tok, tags[t])) for tok, t in first_seen]
        flat = [pairs[i] for i in which]
        out: list[list[tuple[str, str]]] = []
        start = 0
        for s in sentences:
            out.append(flat[start : start + len(s)])
            start += len(s)
        return out
