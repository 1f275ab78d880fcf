"""How the per-process caches of word-level results are bounded: in entries and in bytes.

Caches are keyed by words (a token's text, its normalised form, a lemma). Each has a
maximum number of entries, and no key longer than ``MAX_KEY_CHARS`` characters is ever
stored: such strings are not words (real Hindi words are far shorter), computing them
again is linear in their length, and caching them bounded the entries but not the bytes
(200 documents each with one 50,000-character word held 82 MB).
"""

from __future__ import annotations

import weakref
from functools import lru_cache, wraps
from typing import Callable, TypeVar

__all__ = ["MAX_KEY_CHARS", "cacheable", "short_key_cache", "word_table", "remember", "clear_caches", "cleared_with"]

#: Longest string kept as a cache key.
MAX_KEY_CHARS = 40

T = TypeVar("T")


def cacheable(key: str) -> bool:
    """May ``key`` be stored in a cache?"""
    return len(key) <= MAX_KEY_CHARS


_CLEARS: list[Callable[[], None]] = []


#: Methods of loaded models that empty their own word-level caches (the tagger's lemmas and rows), held weakly: a
#: model no pipeline uses any more is freed, not kept alive by this list.
_MODEL_CLEARS: list[weakref.WeakMethod] = []


def clear_caches() -> None:
    """Empty every word-level cache of hindi_brief (normalised forms, word kinds, keyword
    word roles, the tagger's lemmas and rows...), as in a fresh process; the loaded models, and the tagger's store
    of word types (bounded, and reset at ``EmbeddedTagger.type_cache`` types), stay. Benchmarks call it so
    that each pass starts cold."""
    for clear in _CLEARS:
        clear()
    live = [ref for ref in _MODEL_CLEARS if ref() is not None]
    _MODEL_CLEARS[:] = live
    for ref in live:
        method = ref()
        if method is not None:
            method()


def cleared_with(method: Callable[[], None]) -> None:
    """Have ``clear_caches`` call ``method``, a bound method of a model that empties its own caches, for as long as
    the model lives."""
    _MODEL_CLEARS.append(weakref.WeakMethod(method))  # type: ignore[arg-type]


def word_table() -> dict:
    """A new plain dict for word-level results, emptied by ``clear_caches``; the caller stores
    in it with ``remember``, which bounds it, and only under ``cacheable`` keys. Read with ``dict.get`` in a hot loop, it costs a
    fraction of a cached function call."""
    table: dict = {}
    _CLEARS.append(table.clear)
    return table


def remember(table: dict, key: object, value: T, limit: int) -> T:
    """Store ``value`` under ``key`` in a word table of at most ``limit`` entries and return it.

    A full table starts again empty: word frequencies are Zipfian, so the common words are back
    within a few documents, and emptying costs nothing per look-up where an LRU order would.
    """
    if len(table) >= limit:
        table.clear()
    table[key] = value
    return value


def short_key_cache(maxsize: int) -> Callable[[Callable[[str], T]], Callable[[str], T]]:
    """``functools.lru_cache(maxsize)`` for a one-string function, used only for keys ``cacheable`` allows."""

    def decorate(fn: Callable[[str], T]) -> Callable[[str], T]:
        cached = lru_cache(maxsize=maxsize)(fn)

        @wraps(fn)
        def call(key: str) -> T:
            return cached(key) if len(key) <= MAX_KEY_CHARS else fn(key)

        call.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        _CLEARS.append(cached.cache_clear)
        call.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return call

    return decorate
