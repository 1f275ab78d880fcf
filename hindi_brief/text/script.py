"""How much of a text is written in Devanagari."""

from __future__ import annotations

from typing import Iterable

import regex

__all__ = ["devanagari_share"]

# Letters with their vowel signs, virama and anusvara on both sides of the ratio, so a
# Hindi word counts 1.0 (counting marks as Devanagari but not as letters gave 1.6).
# Runs, not single characters: the sum of the run lengths is the same count, with a
# list of words instead of one of characters.
_LETTERS = regex.compile(r"[\p{L}\p{M}]+")
_DEVANAGARI = regex.compile(r"[\p{Devanagari}&&[\p{L}\p{M}]]+", regex.V1)


def devanagari_share(text: str, spans: Iterable[tuple[int, int]] | None = None) -> float:
    """Share (0.0-1.0) of the letters and marks in ``text`` (or in its ``spans``) that are Devanagari;
    0.0 when there are none."""
    chunks = [text] if spans is None else [text[s:e] for s, e in spans]
    letters = sum(len(run) for c in chunks for run in _LETTERS.findall(c))
    devanagari = sum(len(run) for c in chunks for run in _DEVANAGARI.findall(c))
    return devanagari / letters if letters else 0.0
