"""Normalised forms for matching words: NFC, one nukta encoding, indic-nlp-library's Hindi normaliser.

The original text is never changed; these forms go into ``Token.norm`` and are what
stopword lists, lemma dictionaries and document frequencies are keyed on.
"""

from __future__ import annotations

import unicodedata
from typing import Iterable

import regex

from ..caching import cacheable, remember, short_key_cache, word_table

from indicnlp.normalize.indic_normalize import BaseNormalizer, IndicNormalizerFactory

__all__ = ["normalize", "normalize_spans", "spelling_key"]

_NORMALIZER = IndicNormalizerFactory().get_normalizer("hi")
# A Devanagari word and a colon after it, nothing else: the form of a visarga typed as a colon.
_WORD_AND_COLON = regex.compile(r"[\p{Devanagari}&&[\p{L}\p{M}]]+:", regex.V1)
# The same normaliser that also writes a nasal consonant + virama before a consonant of its own
# class as anusvara (indic-nlp's "to_anusvaara_strict": नरेन्द्र -> नरेंद्र, सम्बन्ध -> संबंध, but
# सम्मान, अन्य, जन्म keep theirs: no homorganic consonant follows) and drops nuktas (क़ानून ->
# कानून, which many writers spell without one).
_SPELLING_FOLDER = IndicNormalizerFactory().get_normalizer("hi", nasals_mode="to_anusvaara_strict", remove_nuktas=True)
_FOLDED = frozenset("\u094d\u093c")  # virama, nukta: a word without either has nothing to fold


@short_key_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """Return the matching form of ``text``.

    * Unicode NFC. NFC also decomposes the precomposed nukta letters (``क़`` U+0958
      becomes ``क`` + ``़``), because they are composition exclusions, so both
      encodings of a nukta letter compare equal afterwards.
    * indic-nlp-library's Devanagari normaliser (zero-width characters, nasal and
      punctuation variants, ``|`` to ``।``), except its rewrite of ``:`` after a
      Devanagari character into visarga ``ः`` (``वे हैं: ये`` would become ``वे हैंः ये``):
      colons are split out first and put back unchanged.
    * A visarga on its own is a colon (the tokenizer splits one typed for a colon off a word,
      ``दिल्लीः``: ``text.tokens``), and a text that is one Devanagari word and a colon ends in
      a visarga: the tokenizer keeps a colon in its word only where it stands for one
      (``क्रमश:`` is ``क्रमशः``; after ``हैं`` a colon is a token of its own).
    """
    if text == "ः":
        return ":"
    text = unicodedata.normalize("NFC", text)
    if text[-1:] == ":" and _WORD_AND_COLON.fullmatch(text):
        return unicodedata.normalize("NFC", _NORMALIZER.normalize(text))  # indic-nlp writes the visarga
    return unicodedata.normalize("NFC", _colons_kept(_NORMALIZER, text))


_normalize_uncached = normalize.__wrapped__  # type: ignore[attr-defined]

#: Normalised form of each token text met (``normalize_spans``), read in place.
_NORMS: dict[str, str] = word_table()
_NORMS_LIMIT = 200_000


def normalize_spans(text: str, spans: Iterable[tuple[int, int, str]]) -> list[str]:
    """``[normalize(text[s:e]) for s, e, _ in spans]``, read from a table of forms met before:
    every token of every text is normalised, and a dict read costs a fraction of the cached
    function's call."""
    get = _NORMS.get
    out = []
    append = out.append
    for s, e, _ in spans:
        word = text[s:e]
        norm = get(word)
        if norm is None:
            norm = _normalize_uncached(word)  # kept here, not in ``normalize``'s cache as well
            if cacheable(word):
                remember(_NORMS, word, norm, _NORMS_LIMIT)
        append(norm)
    return out


def _colons_kept(normalizer: BaseNormalizer, text: str) -> str:
    """``normalizer.normalize(text)`` with every ``:`` left as it is (indic-nlp would make one after a
    Devanagari character a visarga)."""
    if ":" in text:
        return ":".join(normalizer.normalize(part) for part in text.split(":"))
    return normalizer.normalize(text)


def spelling_key(norm: str) -> str:
    """A normalised word (``normalize``'s output) with its spelling variants made one.

    Hindi writes ``नरेंद्र`` and ``नरेन्द्र``, ``हिंदी`` and ``हिन्दी``, ``संबंध`` and ``सम्बन्ध``,
    ``क़ानून`` and ``कानून`` for the same word; keyword occurrences are grouped on this key so
    that a name is not listed twice. ``Token.norm`` keeps the text's spelling, because the
    shipped tagger, lemma tables and document frequencies are keyed on it.
    """
    return norm if _FOLDED.isdisjoint(norm) else _folded(norm)


@short_key_cache(maxsize=50_000)
def _folded(norm: str) -> str:
    return _colons_kept(_SPELLING_FOLDER, norm)
