"""How much of a text is written in Devanagari, and which characters of it no reader sees."""

from __future__ import annotations

from functools import cache
from typing import Iterable

import numpy as np
import regex

__all__ = ["DEVANAGARI_LETTER", "INVISIBLE", "devanagari_share", "devanagari_shares"]

#: The invisible characters web text carries inside and around words: the zero-width space, non-joiner and joiner, the
#: word joiner, the soft hyphen, the zero-width no-break space, direction marks, embeddings and isolates, and the
#: variation selectors an emoji picker leaves. One list for every step that reads past them (the tokenizer, the
#: normaliser, line trimming, the tagger's features, keyword forms), each taking the part it needs.
INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufe0e\ufe0f"

# Letters with their vowel signs, virama and anusvara on both sides of the ratio, so a
# Hindi word counts 1.0 (counting marks as Devanagari but not as letters gave 1.6).
_LETTER = regex.compile(r"[\p{L}\p{M}]")
#: A Devanagari letter or mark (not a danda, digit or sign of another kind).
DEVANAGARI_LETTER = regex.compile(r"[\p{Devanagari}&&[\p{L}\p{M}]]", regex.V1)
_BMP = 0x10000


@cache
def _bmp_classes() -> np.ndarray:
    """Class of every BMP code point, from the same two patterns: 0 other, 1 letter or mark,
    2 Devanagari letter or mark (one scan of the BMP, about 20 ms, on first use)."""
    bmp = "".join(map(chr, range(_BMP)))
    classes = np.zeros(_BMP, dtype=np.uint8)
    classes[[m.start() for m in _LETTER.finditer(bmp)]] = 1
    classes[[m.start() for m in DEVANAGARI_LETTER.finditer(bmp)]] = 2
    return classes


def _classes(text: str) -> np.ndarray:
    # UTF-32 code units are the string's indices, so spans index this array directly
    # (one array per text serves every span; a regex scan per span costs far more).
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    # mode="clip" reads a code point past the BMP as the last one's class (fixed below) in the same pass as the look-up.
    classes = np.take(_bmp_classes(), codes, mode="clip")
    for i in np.flatnonzero(codes >= _BMP).tolist():  # rare: emoji, historic scripts
        ch = text[i]
        classes[i] = 2 if DEVANAGARI_LETTER.match(ch) else (1 if _LETTER.match(ch) else 0)
    return classes


def _span_counts(text: str, spans: Iterable[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
    """(letters, Devanagari letters) in each span, from prefix counts over ``text``."""
    classes = _classes(text)
    bounds = np.array(list(spans), dtype=np.int64).reshape(-1, 2)
    letter_sums = np.concatenate(([0], np.cumsum(classes > 0)))
    dev_sums = np.concatenate(([0], np.cumsum(classes == 2)))
    # Clamped as slicing would: text[s:e] is empty for e <= s and stops at the end.
    # (np.minimum/np.maximum: np.clip costs several times more on arrays this small.)
    starts = np.minimum(np.maximum(bounds[:, 0], 0), len(text))
    ends = np.minimum(np.maximum(bounds[:, 1], starts), len(text))
    return letter_sums[ends] - letter_sums[starts], dev_sums[ends] - dev_sums[starts]


def devanagari_share(text: str, spans: Iterable[tuple[int, int]] | None = None) -> float:
    """Share (0.0-1.0) of the letters and marks in ``text`` (or in its ``spans``) that are Devanagari;
    0.0 when there are none."""
    if spans is None:
        classes = _classes(text)
        letters = int(np.count_nonzero(classes))
        devanagari = int(np.count_nonzero(classes == 2))
    else:
        letter_counts, dev_counts = _span_counts(text, spans)
        letters, devanagari = int(letter_counts.sum()), int(dev_counts.sum())
    return devanagari / letters if letters else 0.0


def devanagari_shares(text: str, spans: Iterable[tuple[int, int]]) -> list[float]:
    """``devanagari_share(text[s:e])`` for each span, with one pass over ``text``."""
    letter_counts, dev_counts = _span_counts(text, spans)
    return [d / n if n else 0.0 for n, d in zip(letter_counts.tolist(), dev_counts.tolist())]
