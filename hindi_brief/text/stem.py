"""A light Hindi stemmer: strips the longest inflectional suffix of a word.

Used where two inflections of one word should count as the same word without a
tagger (story facts, ROUGE with stemming).
"""

from __future__ import annotations

from ..caching import short_key_cache
from .normalize import normalize

__all__ = ["light_stem"]

# Ramanathan & Rao (2003), "A Lightweight Stemmer for Hindi", Table 1 (suffixes by length).
_SUFFIXES_RAW = [
    "ो े ू ु ी ि ा",
    "कर ाओ िए ाई ाए ने नी ना ते ीं ती ता ाँ ां ों ें",
    "ाकर ाइए ाईं ाया ेगी ेगा ोगी ोगे ाने ाना ाते ाती ाता तीं ाओं ाएं ुओं ुएं ुआं",
    "ाएगी ाएगा ाओगी ाओगे एंगी ेंगी एंगे ेंगे ूंगी ूंगा ातीं नाओं नाएं ताओं ताएं ियाँ ियों ियां",
    "ाएंगी ाएंगे ाऊंगी ाऊंगा ाइयाँ ाइयों ाइयां",
]
# Normalised like token forms (the normaliser may rewrite nasal signs); longest first.
_SUFFIXES = tuple(
    sorted({normalize(s) for line in _SUFFIXES_RAW for s in line.split()}, key=lambda s: (-len(s), s))
)


@short_key_cache(maxsize=200_000)
def light_stem(word: str) -> str:
    """Strip the longest Hindi inflectional suffix of ``word`` (a normalised token form).

    At least two characters of stem are kept, so short words (``है``, ``ने``) stay whole;
    non-Devanagari words are returned unchanged.
    """
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 2 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word
