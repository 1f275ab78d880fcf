"""Normalised forms for matching words: NFC, one nukta encoding, indic-nlp-library's Hindi normaliser.

The original text is never changed; these forms go into ``Token.norm`` and are what
stopword lists, lemma dictionaries and document frequencies are keyed on.
"""

from __future__ import annotations

import unicodedata
from typing import Iterable

import regex

from ..caching import cacheable, remember, short_key_cache, word_table
from .script import INVISIBLE

from indicnlp.normalize.indic_normalize import BaseNormalizer, IndicNormalizerFactory

__all__ = ["WORD_INVISIBLES", "join_vowel_parts", "normalize", "normalize_spans", "spelling_key"]

_NORMALIZER = IndicNormalizerFactory().get_normalizer("hi")
# A Devanagari word and a colon after it, nothing else: the form of a visarga typed as a colon.
_WORD_AND_COLON = regex.compile(r"[\p{Devanagari}&&[\p{L}\p{M}]]+:", regex.V1)
# The same normaliser that also writes a nasal consonant + virama before a consonant of its own
# class as anusvara (indic-nlp's "to_anusvaara_strict": नरेन्द्र -> नरेंद्र, सम्बन्ध -> संबंध, but
# सम्मान, अन्य, जन्म keep theirs: no homorganic consonant follows) and drops nuktas (क़ानून ->
# कानून, which many writers spell without one).
_SPELLING_FOLDER = IndicNormalizerFactory().get_normalizer("hi", nasals_mode="to_anusvaara_strict", remove_nuktas=True)
_FOLDED = frozenset("\u094d\u093c")  # virama, nukta: a word without either has nothing to fold
# A vowel typed in two parts that look like one (legacy fonts and their converters; Unicode's "do not use"
# sequences for Devanagari). First the vowel signs: ा + े (in either order) for ो and ा + ै for ौ
# ("सड़काें", "दाैरान", "कोरेाना"); NFC composes none of them, and indic-nlp's Devanagari normaliser has no option
# for them (its vowel maps are Gurmukhi's, Oriya's and Bengali's). Then the vowel letters written as अ, आ or
# ए and a vowel sign: अ + ा for आ, अ + ो or आ + े for ओ, अ + ौ or आ + ै for औ, ए + े for ऐ, अ + ॉ or
# आ + ॅ for ऑ ("अाैर" is "और" after both steps). No Hindi word holds two vowel signs in a row.
_VOWEL_SIGN_PARTS = {"\u093e\u0947": "\u094b", "\u0947\u093e": "\u094b", "\u093e\u0948": "\u094c", "\u0948\u093e": "\u094c"}
_VOWEL_LETTER_PARTS = {
    "\u0905\u093e": "\u0906",
    "\u0905\u094b": "\u0913", "\u0906\u0947": "\u0913",
    "\u0905\u094c": "\u0914", "\u0906\u0948": "\u0914",
    "\u090f\u0947": "\u0910",
    "\u0905\u0949": "\u0911", "\u0906\u0945": "\u0911",
}
_VOWEL_SIGN_RE = regex.compile("|".join(_VOWEL_SIGN_PARTS))
_VOWEL_LETTER_RE = regex.compile("|".join(_VOWEL_LETTER_PARTS))
# Invisible characters the tokenizer keeps inside a word (``text.tokens``) that indic-nlp's normaliser
# keeps too: a word joiner, a zero-width no-break space, direction marks and embeddings, and the variation selectors
# an emoji picker leaves after a word ("सरकार\ufe0f": a mark to Unicode, so inside the word).
WORD_INVISIBLES = frozenset(INVISIBLE) - frozenset("\u200b\u200c\u200d\u00ad")  # indic-nlp drops those four itself
_DROPPED_INVISIBLES = dict.fromkeys(map(ord, WORD_INVISIBLES))
_VOWEL_PART_CHARS = frozenset("\u093e\u0905\u0906\u090f")  # ा अ आ ए: every sequence above holds one


@short_key_cache(maxsize=200_000)
def normalize(text: str) -> str:
    """Return the matching form of ``text``.

    * Unicode NFC. NFC also decomposes the precomposed nukta letters (``क़`` U+0958
      becomes ``क`` + ``़``), because they are composition exclusions, so both
      encodings of a nukta letter compare equal afterwards.
    * The Devanagari abbreviation sign ``॰`` (U+0970, ``डॉ॰``, ``कि॰मी॰``) is a full stop.
    * Word joiners, zero-width no-break spaces, direction marks and variation selectors are dropped (the tokenizer
      keeps them inside a word, ``मो\u200fदी``, ``सरकार\ufe0f``).
    * indic-nlp-library's Devanagari normaliser (zero-width characters, nasal and
      punctuation variants, ``|`` to ``।``), except its rewrite of ``:`` after a
      Devanagari character into visarga ``ः`` (``वे हैं: ये`` would become ``वे हैंः ये``):
      colons are split out first and put back unchanged.
    * A vowel typed in two parts that look like one is the vowel: ``ा`` + ``े`` (U+093E U+0947, either
      order) is ``ो`` and ``ा`` + ``ै`` is ``ौ`` (``सड़काें`` matches ``सड़कों``, ``दाैरान`` is ``दौरान``;
      legacy fonts and their converters type them so: 24 of ILSUM's 2,123 articles), and ``अ`` + ``ा`` is ``आ``,
      ``अ`` + ``ो`` ``ओ``, ``अ`` + ``ौ`` ``औ``, ``ए`` + ``े`` ``ऐ`` (Unicode's "do not use" sequences).
      NFC composes none of them and indic-nlp has no option for them. So a form's length may differ
      from its text's, as it does after NFC: offsets always point at the original text.
    * A visarga on its own is a colon (the tokenizer splits one typed for a colon off a word,
      ``दिल्लीः``: ``text.tokens``), and a text that is one Devanagari word and a colon ends in
      a visarga: the tokenizer keeps a colon in its word only where it stands for one
      (``क्रमश:`` is ``क्रमशः``; after ``हैं`` a colon is a token of its own).
    """
    if text == "ः":
        return ":"
    if not WORD_INVISIBLES.isdisjoint(text):
        text = text.translate(_DROPPED_INVISIBLES)
    if "॰" in text:  # the Devanagari abbreviation sign is a full stop to the tagger and the lists (कि॰मी॰ as कि.मी.)
        text = text.replace("॰", ".")
    text = unicodedata.normalize("NFC", text)
    if text[-1:] == ":" and _WORD_AND_COLON.fullmatch(text):
        text = _NORMALIZER.normalize(text)  # indic-nlp writes the visarga
    else:
        text = _colons_kept(_NORMALIZER, text)
    text = unicodedata.normalize("NFC", text)
    # After indic-nlp, which drops the zero-width characters a source may type between the two parts.
    return text if _VOWEL_PART_CHARS.isdisjoint(text) else join_vowel_parts(text)


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


def join_vowel_parts(text: str) -> str:
    """``text`` (NFC) with each vowel typed in two parts that look like one written as that vowel
    (``सड़काें`` -> ``सड़कों``, ``दाैरान`` -> ``दौरान``, ``अाैर`` -> ``और``; ``normalize`` does it too), nothing
    else changed."""
    text = _VOWEL_SIGN_RE.sub(lambda m: _VOWEL_SIGN_PARTS[m.group()], text)
    return _VOWEL_LETTER_RE.sub(lambda m: _VOWEL_LETTER_PARTS[m.group()], text)


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
    # Read from a table of words met before: called a few hundred times per text (keyword candidates and their
    # merges, the stopword and lexicon tests), where the test of the word's letters cost three times the read.
    key = _SPELLING_KEYS.get(norm)
    if key is None:
        key = norm if _FOLDED.isdisjoint(norm) else _colons_kept(_SPELLING_FOLDER, norm)
        if cacheable(norm):
            remember(_SPELLING_KEYS, norm, key, _SPELLING_KEYS_LIMIT)
    return key


#: ``spelling_key`` of each word met (``word_table``: bounded, emptied by ``clear_caches``).
_SPELLING_KEYS: dict[str, str] = word_table()
_SPELLING_KEYS_LIMIT = 50_000  # the bound of the cache it replaces
