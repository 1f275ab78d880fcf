"""Text cut short for a plain ``repr``: whole characters as a reader sees them, never half a syllable."""

from __future__ import annotations

import regex

__all__ = ["shorten"]

# Extended grapheme clusters, Indic conjuncts included (``क्ष``, ``न्ह`` are one each): a cut by code points could
# leave a vowel sign or a virama without its consonant (``…न्…``) or turn ``क्ष`` into ``क``.
_CLUSTER = regex.compile(r"\X")
# A cluster is a few code points; this much text past the cut always holds the cluster that crosses it.
_SLACK = 32


def shorten(text: str, n: int = 40) -> str:
    """``text`` itself if it has at most ``n`` characters, else its longest start of whole clusters that leaves
    room for ``…`` within ``n`` characters, then ``…``."""
    if len(text) <= n:
        return text
    if n < 1:
        return ""
    cut = 0
    for m in _CLUSTER.finditer(text, 0, n + _SLACK):
        if m.end() > n - 1:
            break
        cut = m.end()
    return text[:cut] + "…"
