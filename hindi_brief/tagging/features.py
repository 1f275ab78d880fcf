"""Feature extraction for the embedded tagger, shared by training and inference.

Every token gets a row of small integer *attributes* (its word, prefixes,
suffixes, shape), looked up once per distinct word type. A *template* names
one or two (attribute, offset) pairs, e.g. ``(("w", -1), ("s3", 0))`` = previous
word with the current word's 3-letter suffix. Template values are packed into
one ``int64`` key per (token, template), computed for the whole batch with
numpy; the model maps keys to weight rows with look-up tables (``keyindex``). There is
no Python loop per feature, only one dictionary look-up per word type.

Attribute ids: ``0`` = not in the training vocabulary, ``1`` = outside the
sentence (padding), ``2..`` = vocabulary entries.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Mapping, Sequence

import numpy as np

from ..caching import cacheable, cleared_with, remember, short_key_cache
from ..text.normalize import normalize
from ..text.script import INVISIBLE

__all__ = [
    "ATTRIBUTES",
    "CLUSTER_ATTRIBUTES",
    "ambiguity_class",
    "STAGE1_TEMPLATES",
    "STAGE2_TEMPLATES",
    "UNKNOWN",
    "PAD",
    "feature_form",
    "forced_tag",
    "type_attributes",
    "AttributeTable",
    "distinct_types",
    "template_keys",
]

UNKNOWN = 0
PAD = 1

#: Per-type attributes, in column order. ``c1..c3`` are the word's distributional cluster at three
#: granularities (``clusters.py``); ``a`` is its ambiguity class, the tags it had in training
#: (``ambiguity_class``). ``T`` (the first-pass tag) is added by the tagger itself.
ATTRIBUTES = ("w", "p1", "p2", "p3", "s1", "s2", "s3", "s4", "s5", "shape", "c1", "c2", "c3", "a")
CLUSTER_ATTRIBUTES = ("c1", "c2", "c3")

_Template = tuple[tuple[str, int], ...]

#: First pass: lexical context only.
STAGE1_TEMPLATES: tuple[_Template, ...] = (
    (),  # bias
    (("w", 0),), (("w", -1),), (("w", 1),), (("w", -2),), (("w", 2),),
    (("p1", 0),), (("p2", 0),), (("p3", 0),),
    (("s1", 0),), (("s2", 0),), (("s3", 0),), (("s4", 0),), (("s5", 0),),
    (("shape", 0),), (("shape", -1),), (("shape", 1),),
    (("s2", -1),), (("s2", 1),), (("s3", -1),), (("s3", 1),),
    (("w", -1), ("w", 0)), (("w", 0), ("w", 1)),
    (("w", -1), ("s3", 0)), (("s3", 0), ("w", 1)),
    (("w", -1), ("w", 1)),
    (("s2", 0), ("s2", 1)),
    # Word clusters: generalise from unlabelled text to words rare or unseen in the treebank.
    (("c1", 0),), (("c2", 0),), (("c3", 0),),
    (("c1", -1),), (("c1", 1),), (("c2", -1),), (("c2", 1),), (("c3", -1),), (("c3", 1),),
    (("c2", -2),), (("c2", 2),),
    (("c2", -1), ("c2", 0)), (("c2", 0), ("c2", 1)),
    (("w", -1), ("c2", 0)), (("c2", 0), ("w", 1)),
    (("c3", 0), ("s2", 0)),
    # Ambiguity classes: what is known of a word's tags, shared by all words with the same set.
    (("a", 0),), (("a", -1),), (("a", 1),),
    (("a", -1), ("a", 0)), (("a", 0), ("a", 1)),
)

#: Second pass: the first pass's tags of the neighbours, both sides (stacking).
STAGE2_TEMPLATES: tuple[_Template, ...] = STAGE1_TEMPLATES + (
    (("T", -1),), (("T", 1),), (("T", -2),), (("T", 2),), (("T", 0),),
    (("T", -1), ("T", 1)), (("T", -2), ("T", -1)), (("T", 1), ("T", 2)),
    (("T", -1), ("w", 0)), (("w", 0), ("T", 1)),
    (("T", -1), ("s3", 0)), (("s3", 0), ("T", 1)),
    (("T", 0), ("w", 0)), (("T", 0), ("s2", 0)),
    (("T", -1), ("a", 0)), (("a", 0), ("T", 1)),
)

_ZERO_WIDTH = dict.fromkeys(map(ord, INVISIBLE.replace("\u00ad", "")))  # a soft hyphen stays, as the model was trained


def feature_form(token: str) -> str:
    """The form features are computed on: the project's normalised form, Latin lower-cased."""
    form = normalize(token).translate(_ZERO_WIDTH)
    return form.lower() if form.isascii() else form


def _char_class(ch: str) -> str:
    if "\u0900" <= ch <= "\u097f":
        return "9" if "\u0966" <= ch <= "\u096f" else ("." if ch in "।॥" else "h")
    if ch in ",.:-":
        return ch  # number separators and hyphens matter for NUM and compounds
    if ch.isdigit():
        return "9"
    if ch.isalpha():
        if ch.isascii():
            return "X" if ch.isupper() else "x"
        return "a"
    cat = unicodedata.category(ch)
    return "." if cat.startswith("P") else "o"


# Character classes of Devanagari and ASCII precomputed; other characters go through _char_class.
_SHAPE_TABLE = {cp: _char_class(chr(cp)) for cp in list(range(0x20, 0x7F)) + list(range(0x0900, 0x0980))}
_RUNS = re.compile(r"(.)\1+")


def word_shape(token: str) -> str:
    """Compressed character classes (runs collapsed, at most 6), e.g. ``h``, ``Xx``, ``9,9``, ``h-h``."""
    classes = token.translate(_SHAPE_TABLE)
    if not classes.isascii():  # characters outside Devanagari/ASCII
        classes = "".join(c if c.isascii() else _char_class(c) for c in classes)
    out = _RUNS.sub(r"\1", classes)
    return out[:6] + ("+" if len(out) > 6 else "") + ("L" if len(token) > 12 else "")


_NUMBER = re.compile(r"[+-]?[0-9०-९]+(?:[.,:/-][0-9०-९]+)*")
_SYMBOL_PUNCT = frozenset("%‰&@#")


@short_key_cache(maxsize=50_000)
def forced_tag(token: str) -> str | None:
    """``NUM``, ``PUNCT`` or ``SYM`` when the characters alone decide the tag, else ``None``."""
    if not token:
        return None
    if _NUMBER.fullmatch(token):
        return "NUM"
    cats = [unicodedata.category(ch) for ch in token]
    if all(c[0] == "S" or ch in _SYMBOL_PUNCT for c, ch in zip(cats, token)):
        return "SYM"
    if all(c[0] in "PS" for c in cats):
        return "PUNCT"
    return None


def ambiguity_class(tag_counts: Mapping[str, int]) -> str:
    """A word's ambiguity class from its training tag counts: the tags with at least 5% of its
    occurrences, sorted and joined (``NOUN|PROPN``), marked ``~`` when seen fewer than 3 times
    (a class from one or two tokens is weak evidence)."""
    n = sum(tag_counts.values())
    tags = "|".join(sorted(t for t, c in tag_counts.items() if c * 20 >= n))
    return tags + ("~" if n < 3 else "")


def type_attributes(
    token: str, clusters: Mapping[str, tuple[str, ...]] | None = None, ambiguity: Mapping[str, str] | None = None
) -> tuple[str, ...]:
    """String values of ``ATTRIBUTES`` for one token (raw token in, features of its normalised form).

    ``clusters`` maps feature forms to their cluster ids (as strings), ``ambiguity`` to their
    ambiguity classes; words not in them get ``""``."""
    f = feature_form(token)
    visible = token.translate(_ZERO_WIDTH)  # a joiner inside a word changes neither its form nor its shape
    return (
        f, f[:1], f[:2], f[:3],
        f[-1:], f[-2:], f[-3:], f[-4:], f[-5:],
        word_shape(visible.strip() or visible or token),
    ) + ((clusters or {}).get(f) or _NO_CLUSTER) + ((ambiguity or {}).get(f, ""),)


_NO_CLUSTER = ("",) * len(CLUSTER_ATTRIBUTES)


def distinct_types(tokens: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """The distinct tokens in first-seen order, and each token's index among them
    (``dict.fromkeys`` and ``map`` run in C: no Python loop per token)."""
    types = list(dict.fromkeys(tokens))
    index = dict(zip(types, range(len(types))))
    return types, np.fromiter(map(index.__getitem__, tokens), dtype=np.int64, count=len(tokens))


class AttributeTable:
    """Maps word types to attribute-id rows, one dictionary look-up per new type.

    Rows of types seen before are cached (bounded); the cache only ever holds
    values computed from the immutable vocabularies, so sharing it between
    threads is safe.
    """

    _CACHE_LIMIT = 200_000

    def __init__(
        self,
        vocabularies: Mapping[str, Sequence[str]],
        clusters: Mapping[str, tuple[str, ...]] | None = None,
        ambiguity: Mapping[str, str] | None = None,
    ) -> None:
        self.clusters = dict(clusters or {})
        self.ambiguity = dict(ambiguity or {})
        self.index = [
            {value: i + 2 for i, value in enumerate(vocabularies[name])} for name in ATTRIBUTES
        ]
        self.sizes = {name: len(vocabularies[name]) + 2 for name in ATTRIBUTES}
        self._cache: dict[str, tuple[int, ...]] = {}
        cleared_with(self.clear_cache)
        self._preloaded: dict[str, tuple[int, ...]] = {}
        #: Attribute rows of the preloaded words, then one all-``PAD`` row.
        self.preloaded_rows = np.full((1, len(ATTRIBUTES)), PAD, np.int64)

    def preload(self, words: Sequence[str], rows: np.ndarray) -> None:
        """Install precomputed rows of the training words (saved with the model), so only
        unseen word types pay for normalisation and affix look-ups."""
        if rows.shape != (len(words), len(ATTRIBUTES)):
            raise ValueError(f"word_rows has shape {rows.shape}, expected {(len(words), len(ATTRIBUTES))}")
        self._preloaded = dict(zip(words, map(tuple, rows.tolist())))
        self.preloaded_rows = np.vstack([rows.astype(np.int64), np.full((1, len(ATTRIBUTES)), PAD, np.int64)])

    def clear_cache(self) -> None:
        """Forget the rows of the unseen words met so far (``caching.clear_caches``)."""
        self._cache.clear()

    def ids(self, token: str) -> tuple[int, ...]:
        """Attribute ids of one token."""
        row = self._preloaded.get(token) or self._cache.get(token)
        if row is None:
            row = tuple(idx.get(v, UNKNOWN) for idx, v in zip(self.index, type_attributes(token, self.clusters, self.ambiguity)))
            if cacheable(token):
                remember(self._cache, token, row, self._CACHE_LIMIT)
        return row

    def lookup(self, tokens: Sequence[str]) -> tuple[np.ndarray, np.ndarray, list[str]]:
        """``(type_rows, type_of, types)``: attribute ids per distinct type, plus a last all-``PAD``
        row standing for 'outside the sentence'; each token's type index; the distinct types."""
        types, type_of = distinct_types(tokens)
        rows = [self.ids(t) for t in types]
        rows.append((PAD,) * len(ATTRIBUTES))
        return np.array(rows, dtype=np.int64), type_of, types

    def rows(self, tokens: Sequence[str]) -> np.ndarray:
        """``(len(tokens), len(ATTRIBUTES))`` int64 attribute ids."""
        table, type_of, _ = self.lookup(tokens)
        return table[type_of]


# Keys: template index in the top bits, then up to two 24-bit attribute ids.
_ID_BITS = 24
_TEMPLATE_SHIFT = 2 * _ID_BITS


def shifted(
    values: np.ndarray, positions: np.ndarray, lengths: np.ndarray, offset: int, pad: int = PAD
) -> np.ndarray:
    """``values`` of the token ``offset`` places away in the same sentence, ``pad`` outside it."""
    if offset == 0:
        return values
    n = len(values)
    target = np.arange(n) + offset
    inside = (positions + offset >= 0) & (positions + offset < lengths)
    out = np.full(n, pad, dtype=np.int64)
    out[inside] = values[target[inside]]
    return out


def template_keys(
    columns: Mapping[str, np.ndarray],
    positions: np.ndarray,
    lengths: np.ndarray,
    templates: Sequence[_Template],
) -> np.ndarray:
    """``(n_tokens, len(templates))`` int64 feature keys for a flattened batch.

    ``columns`` maps attribute names to per-token id arrays; ``positions`` is each
    token's index in its sentence and ``lengths`` its sentence's length.
    """
    n = len(positions)
    keys = np.empty((n, len(templates)), dtype=np.int64)
    cache: dict[tuple[str, int], np.ndarray] = {}

    def get(attr: str, offset: int) -> np.ndarray:
        if (attr, offset) not in cache:
            cache[(attr, offset)] = shifted(columns[attr], positions, lengths, offset)
        return cache[(attr, offset)]

    for t, template in enumerate(templates):
        key = np.full(n, t << _TEMPLATE_SHIFT, dtype=np.int64)
        for slot, (attr, offset) in enumerate(template):
            key |= get(attr, offset) << (slot * _ID_BITS)
        keys[:, t] = key
    return keys
