"""Consonant skeletons: a key under which a name written in Latin letters and the same name written in
Devanagari meet (``Randeep Guleria``/``रंदीप गुलेरिया``, ``Punjab``/``पंजाब``, ``Herd Immunity``/``हर्ड इम्युनिटी``).

Hindi news writes many names both ways, often in one article. A skeleton keeps the consonants only, each
reduced to a class that both scripts write the same way: aspiration and nukta dropped (``भ``, ``ब``, ``bh``
are ``b``; ``ज़``, ``ज``, ``z``, ``j`` are ``j``), ``ड़``/``ढ़`` read as ``r``, ``य``, ``ह``, ``y``, ``h`` and every
vowel left out, digits kept, an anusvara or chandrabindu read as ``n`` (and ``m`` before ``b``/``p``, as ``Mumbai`` is
``मुंबई``), spaces and hyphens left out, and a letter repeated in a row written once. A word in Latin capitals
of two to five letters is an acronym and is read by its letter names (``MSP`` as ``एमएसपी``).

Short skeletons are too common to tell names apart (``Modi`` and ``मोदी`` are ``md``, as is ``मद``), so the
caller decides how long a skeleton must be (``rank.keywords`` asks for three consonants).
"""

from __future__ import annotations

import re
import unicodedata

import regex

from ..caching import cacheable, remember, short_key_cache, word_table
from .sentences import LETTER_NAMES_A_TO_Z

__all__ = ["latin_skeleton", "devanagari_skeleton", "spelled_acronym", "acronym_letters", "ACRONYM_STARTS"]

_NUKTA = "\u093c"
# Consonants by class (NFD: a nukta letter is its base letter and a nukta, and the nukta is left out, so
# "ज़" is "j" as "ज" is); ड़ and ढ़ (with the nukta) are read as "r" before this table is used.
_CLASSES = {
    "k": "कख", "g": "गघ", "c": "चछ", "j": "जझ", "t": "टठतथ", "d": "डढदध", "n": "ङञणनंँ", "p": "प", "f": "फ",
    "b": "बभ", "m": "म", "r": "र", "l": "लळ", "v": "व", "s": "शषस",
}
# Every other Devanagari character (vowels, vowel signs, virama, य, ह, the nukta), spaces and hyphens are left out.
_DEVANAGARI_TABLE: dict[int, str | None] = {c: None for c in range(0x0900, 0x0980)}
_DEVANAGARI_TABLE.update({ord(ch): cls for cls, chars in _CLASSES.items() for ch in chars})
_DEVANAGARI_TABLE.update({0x0966 + i: str(i) for i in range(10)})  # Devanagari digits: "अनलॉक-५" is "Unlock-5"
_DEVANAGARI_TABLE.update({ord(" "): None, ord("-"): None})
_FLAPS = ("ड" + _NUKTA, "ढ" + _NUKTA)
_NOT_SKELETON = re.compile(r"[^a-z0-9]+")
_LETTER_NAME = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", LETTER_NAMES_A_TO_Z))
_ACRONYM = regex.compile(r"\p{Lu}{2,5}")
_LATIN_STEPS = (
    (regex.compile(r"ph"), "f"),
    (regex.compile(r"ck"), "k"),
    (regex.compile(r"ch"), "C"),  # "c" before "e"/"i" is "s" below; "ch" stays "c"
    (regex.compile(r"x"), "ks"),
    (regex.compile(r"q"), "k"),
    (regex.compile(r"z"), "j"),
    (regex.compile(r"w"), "v"),
    (regex.compile(r"c(?=[eiy])"), "s"),
    (regex.compile(r"c"), "k"),
    (regex.compile(r"C"), "c"),
    (regex.compile(r"m(?=[bp])"), "n"),
    (regex.compile(r"[^bcdfgjklmnprstv0-9]+"), ""),  # vowels, "h", "y" and anything not a letter or digit
)
_REPEATS = re.compile(r"(.)\1+")


def spelled_acronym(word: str) -> str | None:
    """``word`` read by its letters' Devanagari names when it is an acronym in Latin capitals of two to five
    letters (``MSP`` -> ``एमएसपी``, ``BCCI`` -> ``बीसीसीआई``), else ``None``."""
    if _ACRONYM.fullmatch(word) is None or not word.isascii():
        return None
    return "".join(_LETTER_NAME[c] for c in word)


# Letter names longest first, so that "एस" is read before "ए" ("एसपी" is S P); the whole pattern is tried first,
# in one regex call, because nearly every word asked about is no acronym.
_NAMES = "|".join(regex.escape(name) for name in sorted(_LETTER_NAME.values(), key=len, reverse=True))
_SPELLED_ACRONYM = regex.compile(f"(?:{_NAMES}){{2,5}}")
_ONE_NAME = regex.compile(_NAMES)
_LETTER_OF = {name: letter for letter, name in _LETTER_NAME.items()}
#: The first character of every acronym ``acronym_letters`` reads: a Latin capital or a letter name's first letter.
ACRONYM_STARTS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ") | frozenset(name[0] for name in _LETTER_NAME.values())
# Devanagari words asked about so far (``rank.keywords`` asks for every one-word candidate): letters or None.
_ACRONYM_LETTERS: dict[str, str | None] = word_table()
_ACRONYM_LETTERS_LIMIT = 50_000


def acronym_letters(word: str) -> str | None:
    """The Latin letters of an acronym of two to five letters, written in Latin capitals (``BJP``) or by its
    letters' Devanagari names (``बीजेपी`` -> ``BJP``, ``यूपी`` -> ``UP``), else ``None``: the inverse of
    ``spelled_acronym``, read longest name first."""
    if word.isascii():
        return word if _ACRONYM.fullmatch(word) is not None else None
    letters = _ACRONYM_LETTERS.get(word, False)
    if letters is False:
        letters = None
        if _SPELLED_ACRONYM.fullmatch(word) is not None:
            names = _ONE_NAME.findall(word)
            if 2 <= len(names) <= 5 and "".join(names) == word:
                letters = "".join(_LETTER_OF[n] for n in names)
        if cacheable(word):
            remember(_ACRONYM_LETTERS, word, letters, _ACRONYM_LETTERS_LIMIT)
    return letters


# Skeletons of the Devanagari keys met so far, in a plain dict (``rank.keywords`` asks for every candidate of a
# text that writes a Latin name; an ``lru_cache`` look-up costs more than a dict's).
_SKELETONS: dict[str, str] = word_table()
_SKELETONS_LIMIT = 50_000


def devanagari_skeleton(text: str) -> str:
    """The consonant skeleton of Devanagari ``text`` (``रंदीप गुलेरिया`` -> ``rndpglr``)."""
    skeleton = _SKELETONS.get(text)
    if skeleton is None:
        flat = unicodedata.normalize("NFD", text)
        if _NUKTA in flat:
            flat = flat.replace(_FLAPS[0], "r").replace(_FLAPS[1], "r")
        flat = flat.translate(_DEVANAGARI_TABLE)
        if not flat.isalnum() or not flat.isascii():  # anything outside the block (rare in a Devanagari key)
            flat = _NOT_SKELETON.sub("", flat.lower())
        skeleton = _REPEATS.sub(r"\1", flat)
        if cacheable(text):
            remember(_SKELETONS, text, skeleton, _SKELETONS_LIMIT)
    return skeleton


@short_key_cache(maxsize=20_000)
def latin_skeleton(text: str) -> str:
    """The consonant skeleton of Latin ``text`` as written (``Randeep Guleria`` -> ``rndpglr``; ``MSP`` read as
    ``एमएसपी``: ``msp``)."""
    out: list[str] = []
    for word in text.split():
        spelled = spelled_acronym(word)
        if spelled is not None:
            out.append(devanagari_skeleton(spelled))
            continue
        w = word.lower()
        for pattern, repl in _LATIN_STEPS:
            w = pattern.sub(repl, w)
        out.append(w)
    return _REPEATS.sub(r"\1", "".join(out))
