"""Normalised forms for matching words: NFC, one nukta encoding, indic-nlp-library's Hindi normaliser.

The original text is never changed; these forms go into ``Token.norm`` and are what
stopword lists, lemma dictionaries and document frequencies are keyed on.
"""

from __future__ import annotations

import unicodedata
from ..caching import short_key_cache

from indicnlp.normalize.indic_normalize import IndicNormalizerFactory

__all__ = ["normalize"]

_NORMALIZER = IndicNormalizerFactory().get_normalizer("hi")


@short_key_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """Return the matching form of ``text``.

    * Unicode NFC. NFC also decomposes the precomposed nukta letters (``क़`` U+0958
      becomes ``क`` + ``़``), because they are composition exclusions, so both
      encodings of a nukta letter compare equal afterwards.
    * indic-nlp-library's Devanagari normaliser (zero-width characters, nasal and
      punctuation variants, ``|`` to ``।``), except its rewrite of ``:`` after a
      Devanagari character into visarga ``ः`` (``हैं:`` would become ``हैंः``):
      colons are split out first and put back unchanged.
    """
    text = unicodedata.normalize("NFC", text)
    if ":" in text:
        out = ":".join(_NORMALIZER.normalize(part) for part in text.split(":"))
    else:
        out = _NORMALIZER.normalize(text)
    return unicodedata.normalize("NFC", out)
