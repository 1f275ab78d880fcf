"""Candidates that are one phrase written apart (``rank.keywords``): spellings, spacings, scripts, acronyms and
English plurals merged, and the spelling keys a story brief compares phrases by."""

from __future__ import annotations

from itertools import chain, product
from math import prod
from typing import Callable, Iterable, Sequence

import regex

from ...caching import cacheable, remember, word_table
from ...text.lexicon import words
from ...text.normalize import normalize, spelling_key
from ...text.script import INVISIBLE as INVISIBLE_CHARACTERS
from ...text.skeleton import ACRONYM_STARTS, acronym_letters, devanagari_skeleton, latin_skeleton, spelled_acronym
from ..weights import DocumentFrequencies
from .vocabulary import (
    ENGLISH_FUNCTION_WORDS,
    NOMINAL_WORDS,
    NON_NOMINAL_WORDS,
    STANDALONE_PLACES,
    _Candidate,
    _is_calling,
    _is_title,
    phrase_words,
)


def phrase_spelling_key(words_: Sequence[str]) -> tuple[str, ...]:
    """A keyword key (lemma words, compounds joined by ``-``) with each word's spelling
    variants made one (``text.normalize.spelling_key``): the same phrase in two documents that
    spell it differently (``नरेंद्र मोदी``/``नरेन्द्र मोदी``) gets the same key."""
    return _phrase_key(words_, spelling_key)


#: A word of at least this many characters written with a long and with a short ``इ``/``उ`` in two documents is one
#: word spelt two ways (``ओमीक्रॉन``/``ओमिक्रॉन``); shorter words so written are often two (``दिन``/``दीन``).
LOOSE_SPELLING_MIN_CHARS = 5


def story_spelling_key(words_: Sequence[str]) -> tuple[str, ...]:
    """``phrase_spelling_key`` that also reads a long and a short ``इ``/``उ`` and a chandrabindu and an anusvara as one
    (as one document's list does, ``_one_spelling``) in a phrase of two or more words (``बजरंग पूनिया``/``बजरंग
    पुनिया``) or a word of at least ``LOOSE_SPELLING_MIN_CHARS`` characters: the key that makes the keywords of the
    articles of one story one (``story``)."""
    if len(words_) > 1 or len(words_[0]) >= LOOSE_SPELLING_MIN_CHARS:
        return _phrase_key(words_, _loose_spelling)
    return phrase_spelling_key(words_)


def _phrase_key(words_: Sequence[str], key_of: Callable[[str], str]) -> tuple[str, ...]:
    """``key_of`` of each word of a phrase, a hyphen compound's parts each."""
    return tuple("-".join(map(key_of, w.split("-"))) if "-" in w else key_of(w) for w in words_)


def _one_spelling(found: dict[tuple[str, ...], _Candidate], df: DocumentFrequencies) -> dict[tuple[str, ...], _Candidate]:
    """``found`` with each word written one way: where the document spells a word two ways
    (``नरेंद्र``/``नरेन्द्र``, ``कानून``/``क़ानून``: same ``spelling_key``), every key takes the
    spelling with the most occurrences (ties: a spelling ``df`` knows before one it has never seen,
    then the first seen: ``स्थिति`` said once beside a misspelt ``स्थिती`` is ``स्थिति``, weighed as
    the common word it is, not as the rarest; where a name holds one of them, the first seen), and
    candidates whose keys then agree become one.
    Other keys are left as they are. A long and a short ``इ``/``उ`` count as one spelling
    here (``वैक्सीन``/``वैक्सिन``, ``बेंगलुरु``/``बेंगलुरू``: loanwords and names are spelt both ways), and so do a
    chandrabindu and an anusvara (``माँ``/``मां``), though not
    in ``spelling_key``: across documents ``दिन`` and ``दीन`` are two words."""
    words_ = {w for key in found for w in key}
    parts = {p for w in words_ for p in w.split("-")} if any("-" in w for w in words_) else words_
    respelt = [f for p in parts for f in (_loose_spelling(p),) if f != p]
    # Nearly always no word has a second spelling here: nothing to count.
    if not respelt or (len(set(respelt)) == len(respelt) and parts.isdisjoint(respelt)):
        return found
    uses: dict[str, int] = {}  # occurrences of each word of the keys, counted once per distinct word below
    for key, cand in found.items():
        n = len(cand.offsets)
        for word in key:
            uses[word] = uses.get(word, 0) + n
    spellings: dict[str, dict[str, int]] = {}
    for word, n in uses.items():
        for part in word.split("-") if "-" in word else (word,):
            seen = spellings.setdefault(_loose_spelling(part), {})
            seen[part] = seen.get(part, 0) + n
    knows = df.knows
    # A name's spelling is no misspelling of a common word (the lake "सूर सागर" beside "सुर", melody): where a name
    # holds one of the spellings, equals go by the first seen alone.
    named = {p for key, cand in found.items() if cand.proper for w in key for p in w.split("-")}
    respell = {
        part: best
        for seen in spellings.values()
        if len(seen) > 1
        # dicts keep insertion order: of equals, the first seen wins
        for best in [max(seen, key=(lambda p: (seen[p], knows(p))) if named.isdisjoint(seen) else seen.__getitem__)]
        for part in seen
        if part != best
    }
    if not respell:
        return found
    return _rekeyed(found, lambda key: tuple("-".join(respell.get(p, p) for p in w.split("-")) for w in key))


_VOWEL_LENGTH = str.maketrans({"ी": "ि", "ू": "ु", "ई": "इ", "ऊ": "उ", "ँ": "ं"})
_LOOSE: dict[str, str] = word_table()
_LOOSE_LIMIT = 50_000


def _loose_spelling(word: str) -> str:
    """``spelling_key(word)`` with long ``ई``/``ऊ`` (and their signs) read as short and a chandrabindu as an anusvara
    (``माँ``/``मां``), as Hindi writes them both ways (``_one_spelling``, ``_base_form``)."""
    key = _LOOSE.get(word)
    if key is None:
        key = spelling_key(word).translate(_VOWEL_LENGTH)
        if cacheable(word):
            remember(_LOOSE, word, key, _LOOSE_LIMIT)
    return key


def _base_compounds(found: dict[tuple[str, ...], _Candidate], bases: dict[str, str]) -> dict[tuple[str, ...], _Candidate]:
    """``found`` with each inflected hyphen compound keyed by its base form, as a word is keyed by its
    lemma (``ईंट-पत्थरों`` and ``ईंट-पत्थर``: one keyword, shown ``ईंट-पत्थर``; ``दिशा-निर्देशों`` alone:
    shown ``दिशा-निर्देश``).

    The base (``bases``) is the tagger's lemma of the compound where only its last part changed
    (``_compound_base``); the embedded lemmatiser lemmatises a compound part by part, so a
    reduplicated ``इशारों-इशारों`` (``इशारा-इशारा``) has none and is keyed as written.
    """
    if not bases:
        return found
    return _rekeyed(found, lambda key: tuple(bases.get(w, w) for w in key))


def _one_spacing(found: dict[tuple[str, ...], _Candidate]) -> dict[tuple[str, ...], _Candidate]:
    """``found`` with each phrase written one way where the document writes it with and without a space or
    hyphen between its parts (``जम्मू-कश्मीर``/``जम्मू कश्मीर``, ``राज्यसभा``/``राज्य सभा``, ``सुभाषचंद्र
    बोस``/``सुभाष चंद्र बोस``): candidates whose keys hold the same letters become one, keyed as the one with
    the most occurrences (ties: the first seen). Other keys are left as they are."""
    # Only a key of several parts can meet another: look at those first (nearly always nothing meets).
    parted: set[str] = set()
    for key in found:
        if len(key) > 1 or "-" in key[0]:
            joined = "".join(key).replace("-", "")
            if joined in parted or (joined,) in found:
                break
            parted.add(joined)
    else:
        return found
    letters = {key: "".join(key).replace("-", "") for key in found}
    best: dict[str, tuple[str, ...]] = {}
    for key, joined in letters.items():
        if joined not in best or len(found[key].offsets) > len(found[best[joined]].offsets):
            best[joined] = key
    return _rekeyed(found, lambda key: best[letters[key]])


#: The fewest consonants a skeleton must have for a Latin name to be taken for a Devanagari one (``Modi`` and
#: ``मोदी`` share ``md``, and so do too many other pairs of words).
SKELETON_MIN = 3


def _one_script(
    found: dict[tuple[str, ...], _Candidate], text: str
) -> tuple[dict[tuple[str, ...], _Candidate], dict[str, str]]:
    """``found`` with each name written in Latin letters made one with the same name in Devanagari where the
    document writes both (``Randeep Guleria``/``रंदीप गुलेरिया``, ``Pakistan``/``पाकिस्तान``, ``MSP``/``एमएसपी``):
    keyed and classed as the Devanagari candidate, shown as the name is most often written (``CBI`` where the text
    writes it more often than ``सीबीआई``; ties: the first written). Which two are the same name:
    ``same_names_across_scripts``.

    Also each word of such a Latin name mapped to its Devanagari word (``uk`` -> ``यूके``, two keys of as many
    words read word for word): the words a longer Latin phrase shares with the name (``SVB UK``), which the
    choice of the list compares by key (``_deduplicated``)."""
    latin = [(key, text[slice(*found[key].offsets[0])]) for key in found if key[0].isascii()]
    if not latin:
        return found, {}
    into = same_names_across_scripts(
        latin, lambda: ((key, len(cand.offsets)) for key, cand in found.items() if not key[0].isascii())
    )
    aliases = {a: b for key, target in into.items() if len(key) == len(target) for a, b in zip(key, target)}
    return _merged_into(found, into), aliases


#: Invisible characters a form as written may hold (joiners, a soft hyphen, a word joiner, direction marks, variation
#: selectors): no part of how it reads. (``forms`` shows keywords without them.)
INVISIBLE = dict.fromkeys(map(ord, INVISIBLE_CHARACTERS))


def as_read(form: str) -> str:
    """``form`` as a reader reads it: without invisible characters, its spaces one plain space each. (Every invisible
    character and every space but the plain one is unprintable to Python, save the variation selectors, marks to
    Unicode: a few tests in C decide most forms.)"""
    return form if _reads_as_written(form) else " ".join(form.translate(INVISIBLE).split())


def _reads_as_written(form: str) -> bool:
    return form.isprintable() and "  " not in form and "\ufe0f" not in form and "\ufe0e" not in form


def _one_writing(found: dict[tuple[str, ...], _Candidate], text: str) -> dict[tuple[str, ...], _Candidate]:
    """``found`` with candidates that share a written form made one: keyed apart only because the tagger read the same
    words two ways in different places (``वंदे मातरम``: ``वंदे`` a name in one sentence and a noun of lemma ``वंदा``
    in another; ``लाल डोरे`` a name, ``लाल डोरा`` a noun), they would be listed twice. Candidates that share a form as
    written, directly or through others, become the one said most often (ties: the first said), shown as written where
    one of them was keyed so (``_Candidate.as_written``); not a genitive pair or a quoted phrase, whose keys are not
    their words as written."""
    first_key: dict[str, tuple[str, ...]] = {}  # a form as written -> the first candidate written so
    parent: dict[tuple[str, ...], tuple[str, ...]] = {}

    def root(key: tuple[str, ...]) -> tuple[str, ...]:
        while parent.get(key, key) != key:
            parent[key] = parent.get(parent[key], parent[key])  # path halving: trees stay shallow however merged
            key = parent[key]
        return key

    for key, cand in found.items():
        if cand.genitive or cand.quoted:
            continue
        for a, b in cand.offsets:
            # A soft hyphen or a no-break space inside a form is no other writing (``as_read``'s tests, inline: this
            # runs for every occurrence of every candidate).
            form = text[a:b]
            if not (form.isprintable() and "  " not in form and "\ufe0f" not in form and "\ufe0e" not in form):
                form = as_read(form)
            other = first_key.setdefault(form, key)
            if other != key:
                r, q = root(key), root(other)
                if r != q:
                    parent[r] = q
    if not parent:
        return found
    groups: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    merged = parent.keys() | set(parent.values())
    for key in found:  # in text order: the groups, and so the merges, are the same in every process
        if key in merged:
            groups.setdefault(root(key), []).append(key)
    into: dict[tuple[str, ...], tuple[str, ...]] = {}
    as_written: dict[tuple[str, ...], bool] = {}
    for same in groups.values():
        best = max(same, key=lambda k: (len(found[k].offsets), -min(found[k].offsets)[0]))
        into.update((k, best) for k in same if k != best)
        # One reading keyed the words as written (a name's key): where the base form would be a lemma the text never
        # writes, it is shown as written (``होमस्टे`` read as a name once and as a noun of lemma ``होमस्टा`` twice; a
        # common noun the treebank knows is read as one already, ``_collect``).
        as_written[best] = any(
            k == tuple(normalize(w) for w in text[a:b].split()) for k in same for a, b in found[k].offsets[:1]
        )
    found = _merged_into(found, into)
    # Set on the merged candidate, whichever of the group's candidates it is (``_rekeyed`` keeps the first in text order).
    for best, flag in as_written.items():
        found[best].as_written = flag
    return found


def _merged_into(
    found: dict[tuple[str, ...], _Candidate], into: dict[tuple[str, ...], tuple[str, ...]], acronyms: bool = False
) -> dict[tuple[str, ...], _Candidate]:
    """``found`` with each key of ``into`` made one with the candidate it maps to, keyed and classed as that one
    (``acronyms``: the keys are acronyms of the phrases they map to, which are marked so)."""
    if not into:
        return found
    for key, target in into.items():
        found[key].proper = found[target].proper
        found[target].acronym = found[target].acronym or acronyms
    return _rekeyed(found, lambda key: into.get(key, key))


# An acronym in brackets right after a phrase: "एंटी करप्शन ब्यूरो (ACB)", "इंटरनेशनल मॉनेटरी फंड (IMF)".
_BRACKETED_ACRONYM = regex.compile(r"\(\s*(\p{Lu}{2,6})\s*\)")
_VOWEL_LETTERS = frozenset("अआइईउऊएऐओऔऑ")
# Initials the consonant skeletons leave out or read two ways: "हाई कोर्ट" (H), "यूनाइटेड नेशंस" (U), "सेंट्रल" (C).
_INITIALS = {"ह": "H", "य": "YU", "व": "VW", "स": "SC", "श": "SC", "क": "CKQ", "ज": "JZG"}
# English "ph" and "wh" are written फ and ह ("फार्मास्यूटिकल" for P in NPPA, "होलसेल" for W in WPI): read so only where
# the text defines the acronym by the phrase before it in brackets. Anywhere in a text they made "एसपी" one with
# "सरकारी फैसले" and "पीएफ" with "फर्जी फर्मों".
_DEFINED_INITIALS = {**_INITIALS, "ह": "HW", "फ": "FP"}


# The vowel letters each Latin vowel's word may start with, read strictly (``_spelled_out_acronyms``).
_VOWELS_OF = {"A": "अआएऐ", "E": "इईएऐ", "I": "इईआऐ", "O": "ओऔऑ", "U": "उऊ"}


def _initial_matches(word: str, letter: str, strict: bool = False) -> bool:
    """Can ``word`` (Devanagari) be the word an acronym's ``letter`` stands for? By its first letter's sound:
    a vowel for a vowel (``इंडियन``, ``ऑफ`` for ``I``, ``O``; English spellings vary; ``strict``: only the vowels
    of ``_VOWELS_OF``, so ``ऑनलाइन`` is no ``U``; not strict, as for an acronym the text defines in brackets, also
    ``फ`` for the P of "ph" and ``ह`` for the W of "wh": ``_DEFINED_INITIALS``), else the consonant class."""
    first = word[:1]
    if first in _VOWEL_LETTERS:
        return first in _VOWELS_OF.get(letter, "") if strict else letter in "AEIOU"
    initials = _INITIALS if strict else _DEFINED_INITIALS
    if first in initials:
        return letter in initials[first]
    skeleton = devanagari_skeleton(first)
    return bool(skeleton) and skeleton == latin_skeleton(letter.lower())[:1]


def _spells_out(words_: Sequence[str], acronym: str, strict: bool = False) -> bool:
    """Is ``acronym`` made of the initials of ``words_`` (a phrase's words, hyphen compounds split), English
    function words left out where the acronym skips them (``सीरम इंस्टीट्यूट ऑफ इंडिया``, ``SII``)? ``strict``:
    vowels read strictly (``_initial_matches``)."""
    parts = [p for w in words_ for p in w.split("-")]
    for candidate in (parts, [p for p in parts if p not in ENGLISH_FUNCTION_WORDS]):
        if len(candidate) == len(acronym) and all(_initial_matches(w, c, strict) for w, c in zip(candidate, acronym)):
            return True
    return False


def _defined_acronyms(found: dict[tuple[str, ...], _Candidate], text: str) -> dict[tuple[str, ...], _Candidate]:
    """``found`` with an acronym in Latin capitals made one with the phrase the text defines it as: the phrase
    right before the acronym in brackets (``एंटी करप्शन ब्यूरो (ACB)``, ``इंटरनेशनल मॉनेटरी फंड (IMF)``), when the
    acronym is the phrase's initials (``_spells_out``: ``नीतीश कुमार (JDU)`` names a party, no acronym of the name), or
    the phrase is the Hindi name the English acronym stands for (``_translated``: ``भारतीय रिज़र्व बैंक (RBI)``).
    The acronym is keyed and classed as the phrase, and shown as the phrase (``_base_form``)."""
    if _BRACKETED_ACRONYM.search(text) is None:  # most texts define no acronym: one scan, no look at the keys
        return found
    latin = {key: cand for key, cand in found.items() if len(key) == 1 and key[0].isascii()}
    if not latin:
        return found
    # End offset -> keys of phrases of two words or more ending there, made once at the first bracketed acronym (made
    # again at each while it stayed empty, a text of no such phrase cost acronyms x candidates: a review).
    ends: dict[int, list[tuple[str, ...]]] | None = None
    into: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, cand in latin.items():
        translation = None  # a Hindi name it glosses, taken only where no bracket follows a phrase it spells
        for start, end in cand.offsets:
            m = _BRACKETED_ACRONYM.match(text, text.rfind("(", 0, start)) if "(" in text[max(0, start - 3) : start] else None
            if m is None or m.start(1) != start or m.end(1) != end:
                continue
            if ends is None:
                ends = _phrase_ends(found)
            phrase_end = len(text[: m.start()].rstrip())
            before = [p for p in ends.get(phrase_end, ()) if not p[0].isascii()]
            matches = [p for p in before if _spells_out(p, text[start:end])]
            if matches:
                into[key] = max(matches, key=len)  # the whole name, not a phrase at its end
                break
            if translation is None:
                translation = _translated(before, end - start, text, found, phrase_end)
        if key not in into and translation is not None:
            into[key] = translation
    return _merged_into(found, into, acronyms=True)


def _translated(
    phrases: Iterable[tuple[str, ...]], letters: int, text: str, found: dict[tuple[str, ...], _Candidate], end: int
) -> tuple[str, ...] | None:
    """Of the Devanagari phrases right before an acronym in brackets, none of which it spells, the one it glosses all
    the same: a Hindi name of an institution or a term whose acronym is the English name's (``मौद्रिक नीति समिति
    (एमपीसी)``, ``भारतीय रिज़र्व बैंक (RBI)``, ``न्यूनतम समर्थन मूल्य (MSP)``), a phrase of at least as many words as the
    acronym has ``letters`` that ends in a word HDTB knows as a common noun (``NOMINAL_WORDS``: ``समिति``, ``बैंक``,
    ``मूल्य``; a person's name ends in a name: ``जीतन राम मांझी (HAM)`` is a party after a person). Of several, the
    shortest: a translated name has about a word a letter, and a longer run has a word of the sentence glued on
    (``मंत्री अनुसूचित जाति (एससी)``), save a place the name opens with (``STANDALONE_PLACES``): ``भारत मौसम विज्ञान
    विभाग (IMD)``, where ``मौसम विज्ञान`` is one letter in two words, is no ``मौसम विज्ञान विभाग``. A name written after
    a title or a calling is a person's, whose surname may be a noun too (``मंत्री विजय कुमार चौधरी (JDU)``, a party
    after a person; a review). ``end``: where the phrases end in ``text``. None where no phrase is such."""
    named = []  # (words, phrase)
    for p in phrases:
        ws = phrase_words(p)
        if len(ws) >= letters and spelling_key(ws[-1]) in NOMINAL_WORDS:
            named.append((len(ws), p))
    if not named:
        return None
    best = min(named)[1]
    best = next((p for _, p in named if p[1:] == best and p[0] in STANDALONE_PLACES), best)
    start = next((a for a, b in found[best].offsets if b == end), None) if found[best].proper else None
    if start is not None and (before := _WORD_BEFORE.search(text, max(0, start - 40), start)) is not None:
        word = spelling_key(before.group(1))
        if _is_title(word) or _is_calling(word):
            return None
    return best


#: The word right before a phrase (spaces between), read in a window of 40 characters: a title before a name.
_WORD_BEFORE = regex.compile(r"([\p{L}\p{M}]+)[\s\u00a0]+$")


def _phrase_ends(found: dict[tuple[str, ...], _Candidate]) -> dict[int, list[tuple[str, ...]]]:
    """End offset -> the keys of the phrases of two words or more (a hyphen compound counting) said ending there: where
    a phrase before an acronym in brackets ends (``_defined_acronyms``, ``_glossed_at``)."""
    ends: dict[int, list[tuple[str, ...]]] = {}
    for key, cand in found.items():
        if len(key) > 1 or "-" in key[0]:
            for _, e in cand.offsets:
                ends.setdefault(e, []).append(key)
    return ends


def _as_written(word: str, cand: _Candidate, text: str) -> str:
    """A Latin key as the text first writes it: the key of a Latin acronym tagged a common noun is its lower-cased
    lemma (``ai`` for ``AI``), no acronym; Devanagari keys as they are."""
    if not word.isascii():
        return word
    a, b = min(cand.offsets)
    return text[a:b]


#: What may stand between a glossed phrase and the bracket after it: spaces, closing quotation marks, an opening bracket.
_BEFORE_GLOSS = frozenset(" \t\u00a0'\"’”»(")


def _glossed_at(text: str, offsets: Iterable[tuple[int, int]], ends: Callable[[int], Sequence[tuple[str, ...]]],
                letters: int) -> set[int] | None:
    """Where an acronym said at ``offsets`` is written in brackets right after a phrase of at least as many words as it
    has ``letters`` (``अनुसूचित जाति (एससी)``, ``'भारतीय जनता पार्टी' (बीजेपी)``): the end offsets of the phrases so
    defining it (``ends``: the phrases ending at an offset); None where it is never written so. A name before the
    bracket that is too short to be spelled by it (``रवि किशन (बीजेपी)``: a party after a person) defines nothing."""
    defined = {
        phrase_end for phrase_end in _bracketed_after(text, offsets)
        if any(len(p) + sum(w.count("-") for w in p) >= letters for p in ends(phrase_end))
    }
    return defined or None


def _bracketed_after(text: str, offsets: Iterable[tuple[int, int]]) -> set[int]:
    """Where the phrases end that a word said at ``offsets`` is written right after, in brackets (``पार्टी (सपा)``,
    ``'भारतीय जनता पार्टी' (बीजेपी)``): the offset before the spaces, closing quotation marks and bracket between."""
    ends = set()
    for start, end in offsets:
        if "(" not in text[max(0, start - 3) : start] or ")" not in text[end : end + 3]:
            continue
        phrase_end = start
        while phrase_end > 0 and text[phrase_end - 1] in _BEFORE_GLOSS:  # walked back, never sliced: linear
            phrase_end -= 1
        ends.add(phrase_end)
    return ends


#: The most acronyms one phrase is indexed under (``_phrases_by_initials``); a phrase whose initials read as more (each
#: vowel may stand for several Latin letters) is tried on every acronym instead.
_MAX_SPELLINGS = 256
_LATIN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_LETTERS_OF_INITIAL: dict[str, str] = {}


def _letters_of_initial(word: str) -> str:
    """The Latin letters ``word``'s first character may stand for in an acronym (``_initial_matches``, strict)."""
    first = word[:1]
    letters = _LETTERS_OF_INITIAL.get(first)
    if letters is None:
        letters = _LETTERS_OF_INITIAL[first] = "".join(c for c in _LATIN_LETTERS if _initial_matches(first, c, strict=True))
    return letters


def _phrases_by_initials(
    found: dict[tuple[str, ...], _Candidate], lengths: set[int], firsts: set[str]
) -> tuple[dict[str, list[tuple[str, ...]]], list[tuple[int, tuple[str, ...]]]]:
    """The Devanagari phrases of two words or more that an acronym of one of ``lengths`` letters, opening with one of
    ``firsts``, may spell out (``_spells_out``, strict; English function words may be left out of the initials, up to
    two of them), indexed by each acronym they spell: one look-up per acronym, where trying every phrase on every
    acronym cost acronyms x phrases (a review: 2,000 sentences of distinct acronyms and phrases took 30 s). A phrase
    that reads as more than ``_MAX_SPELLINGS`` acronyms is listed apart with its number of words, to be tried on each."""
    spelled: dict[str, list[tuple[str, ...]]] = {}
    wide: list[tuple[int, tuple[str, ...]]] = []
    for key in found:
        if len(key) < 2 or key[0].isascii():
            continue
        parts = [p for w in key for p in w.split("-")]
        n = len(parts)
        readings = {tuple(parts), tuple([p for p in parts if p not in ENGLISH_FUNCTION_WORDS])}
        # A phrase of up to two more words than letters (its function words left out), whose first word may stand
        # for an acronym's first letter (most phrases may not: their initials are never read).
        readings = [
            r for r in readings if len(r) in lengths and n - 2 <= len(r) and not firsts.isdisjoint(_letters_of_initial(r[0]))
        ]
        if not readings:
            continue
        letter_sets = [[_letters_of_initial(w) for w in r] for r in readings]
        if any(prod(len(s) for s in sets) > _MAX_SPELLINGS for sets in letter_sets):
            wide.append((n, key))
            continue
        spellings = {"".join(c) for sets in letter_sets if all(sets) for c in product(*sets)}
        for acronym in spellings:
            spelled.setdefault(acronym, []).append(key)
    return spelled, wide


def _spelled_out_acronyms(found: dict[tuple[str, ...], _Candidate], text: str) -> dict[tuple[str, ...], _Candidate]:
    """``found`` with an acronym made one with a phrase of the text whose initials it is, wherever the text
    writes the two (``यूपी`` and ``उत्तर प्रदेश``, ``बीजेपी`` and ``भारतीय जनता पार्टी``, ``IPO`` and ``इनिशियल
    पब्लिक ऑफरिंग``): the acronym in Latin capitals or by its letters' Devanagari names (``acronym_letters``), the
    phrase of two words or more in Devanagari (``_spells_out``, its vowels read strictly: ``यूएस`` is no ``ऑनलाइन
    सेल``); of several such phrases, the one said most often, and none where two are said as often. Keyed and classed
    as the phrase and shown as the text most often writes the two (a Latin acronym as the phrase), as a defined
    acronym is (``_defined_acronyms``). An acronym the text defines in brackets after a phrase of as many words as it has
    letters or more (``अनुसूचित जाति (एससी)``, ``_glossed_at``) is only that phrase (a review: ``एससी`` was made
    ``सार्वजनिक समारोह``), where its initials spell it or it is the acronym's Hindi name (``_translated``); a Latin acronym tagged a common noun only a phrase said twice or more;
    no acronym a phrase that holds a word HDTB almost never tags a noun (``दूसरी कड़ी`` is no ``DC``)."""
    acronyms: dict[tuple[str, ...], str] = {}
    # A Latin acronym tagged a common noun (read as written, ``_as_written``) is made one only with a phrase the
    # text says twice or more: a phrase said once whose initials it happens to be is most often another thing
    # ("AC" and "आरामदायक सफर", "PC" and "पेरेंट कंपनी"; a review).
    said_twice: set[tuple[str, ...]] = set()
    for key, cand in found.items():
        if len(key) == 1 and (key[0][:1] in ACRONYM_STARTS or key[0].isascii()):  # most words cannot be one: no call
            written = _as_written(key[0], cand, text)
            letters = acronym_letters(written)
            if letters:
                acronyms[key] = letters
                if written != key[0]:
                    said_twice.add(key)
    if not acronyms:
        return found
    spelled, wide = _phrases_by_initials(
        found, {len(letters) for letters in acronyms.values()}, {letters[0] for letters in acronyms.values()}
    )
    if not spelled and not wide and "(" not in text:  # no phrase may spell one, and none defines one in brackets
        return found
    phrase_ends: dict[int, list[tuple[str, ...]]] | None = None  # made at the first acronym in brackets

    def ends(offset: int) -> Sequence[tuple[str, ...]]:
        nonlocal phrase_ends
        if phrase_ends is None:
            phrase_ends = _phrase_ends(found)
        return phrase_ends.get(offset, ())

    into: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, letters in acronyms.items():
        glossed = _glossed_at(text, found[key].offsets, ends, len(letters)) if "(" in text else None
        twice = key in said_twice
        spelling_it = chain(
            spelled.get(letters, ()), (p for n, p in wide if n - 2 <= len(letters) <= n and _spells_out(p, letters, strict=True))
        )
        phrases = [
            p
            for p in spelling_it
            if (glossed is None or any(e in glossed for _, e in found[p].offsets))
            and (not twice or len(found[p].offsets) >= 2)
            # A name or term an acronym stands for holds no word HDTB almost never tags a noun: "दूसरी कड़ी" (the
            # second part) spells D and C, but "DC" is Delhi Capitals.
            and NON_NOMINAL_WORDS.isdisjoint(map(spelling_key, p))
        ]
        if not phrases and glossed:  # defined by a phrase it does not spell: its Hindi name (``_translated``)
            for e in sorted(glossed):
                translated = _translated([p for p in ends(e) if not p[0].isascii()], len(letters), text, found, e)
                if translated is not None:
                    into[key] = translated
                    break
            continue
        said = sorted((len(found[p].offsets) for p in phrases), reverse=True)
        if said and (len(said) == 1 or said[0] > said[1]):  # two phrases said as often: which one is meant?
            into[key] = max(phrases, key=lambda p: len(found[p].offsets))
    return _merged_into(found, into)


#: A word's first syllable as a Hindi short form takes it: a consonant or a cluster of them (nukta and virama
#: included), its vowel sign and a nasal sign, or a vowel letter (``भारतीय`` -> ``भा``, ``प्रगतिशील`` -> ``प्र``,
#: ``संयुक्त`` -> ``सं``, ``जनता`` -> ``ज``).
_FIRST_SYLLABLE = regex.compile(
    r"(?:[\u0915-\u0939\u0958-\u095f]\u093c?(?:\u094d[\u0915-\u0939\u0958-\u095f]\u093c?)*"
    r"[\u093e-\u094c\u0962\u0963]?|[\u0905-\u0914\u0960\u0961])[\u0901\u0902]?"
)
#: Whole words of two to five syllables, which is all a syllable short form can be (``भाजपा``, ``सुभासपा``).
_SYLLABLES = regex.compile(r"(?:" + _FIRST_SYLLABLE.pattern + r"){2,5}")
#: Nasal signs, which a short form writes or leaves out as it likes (``विहिप`` of ``विश्व हिंदू परिषद``, ``इनेलो`` of
#: ``इंडियन नेशनल लोकदल``, ``नेकां`` of ``नेशनल कॉन्फ्रेंस``): compared without them.
_NO_NASALS = dict.fromkeys(map(ord, "\u0901\u0902"))
#: The heads of the names Hindi shortens so (``lexicon/short_form_heads.txt``: ``पार्टी``, ``दल``, ``प्रदेश``): a short
#: form not written in brackets after its name is one only with a name that ends in one.
#: Kept as loose spellings (``_loose_spelling``), which a story's keys are too (``story_spelling_key``).
SHORT_FORM_HEADS = frozenset(map(_loose_spelling, words("short_form_heads")))
#: How a phrase fits a short form (``same_short_forms``): not at all, as a name with such a head, or as the name the
#: text writes the short form after in brackets, which wins over any other.
NO_FIT, NAME_FITS, DEFINED = 0, 1, 2


def _short_form_key(text: str) -> str:
    """``text`` as short forms and first syllables are compared: spelling aside (also a long and a short इ or उ, as a
    story's keys write them: ``story_spelling_key``), without nasal signs."""
    return _loose_spelling(text).translate(_NO_NASALS)


def _syllable_acronyms(found: dict[tuple[str, ...], _Candidate], text: str) -> dict[tuple[str, ...], _Candidate]:
    """``found`` with a Hindi short form made of the first syllables of a name's words made one with the name
    (``भाजपा``/``भारतीय जनता पार्टी``, ``सपा``/``समाजवादी पार्टी``, ``भाकियू``/``भारतीय किसान यूनियन``, ``राजद``/``राष्ट्रीय
    जनता दल``): keyed and classed as the name and shown as it (``_display``). The short form is a word tagged a name;
    the phrase is the one the text writes it after in brackets (``समाजवादी पार्टी (सपा)``), or else a name that ends in
    a head of ``SHORT_FORM_HEADS`` (not ``सचिन पायलट``, whose first syllables are ``सपा`` too); which phrase:
    ``same_short_forms``."""
    shorts = [key for key, cand in found.items() if cand.proper and is_short_form(key)]
    if not shorts:
        return found
    # Where the text writes each short form after a phrase in brackets (most texts: nowhere).
    brackets = {short: _bracketed_after(text, found[short].offsets) if "(" in text else set() for short in shorts}
    if any(brackets.values()):
        phrases = [(key, len(c.offsets)) for key, c in found.items() if len(key) > 1]
    else:
        # Then only a name with such a head can fit (``name_fit``), and most texts have none: no phrase's syllables
        # need be read.
        phrases = [(key, len(c.offsets)) for key, c in found.items() if len(key) > 1 and name_fit(key, c.proper) == NAME_FITS]
        if not phrases:
            return found

    def fits(short: tuple[str, ...], phrase: tuple[str, ...]) -> int:
        if any(e in brackets[short] for _, e in found[phrase].offsets):
            return DEFINED
        return name_fit(phrase, found[phrase].proper)

    return _merged_into(found, same_short_forms(shorts, phrases, fits))


def name_fit(phrase: tuple[str, ...], proper: bool) -> int:
    """How a phrase the text does not write a short form after in brackets fits it (``same_short_forms``): a name
    (``proper``) with a head of ``SHORT_FORM_HEADS``, or not at all."""
    return NAME_FITS if proper and _loose_spelling(phrase[-1]) in SHORT_FORM_HEADS else NO_FIT


def is_short_form(key: tuple[str, ...]) -> bool:
    """Can ``key`` be a Hindi short form of a name's words' first syllables: one Devanagari word of two to five
    syllables (``_FIRST_SYLLABLE``)?"""
    return len(key) == 1 and "\u0900" <= key[0][:1] <= "\u097f" and _SYLLABLES.fullmatch(key[0]) is not None


def same_short_forms(
    shorts: Iterable[tuple[str, ...]],
    phrases: Iterable[tuple[tuple[str, ...], int]],
    fits: Callable[[tuple[str, ...], tuple[str, ...]], int],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each key of ``shorts`` (``is_short_form``) mapped to the phrase of ``phrases`` (``(key, occurrences)``) whose
    words' first syllables it is (nasal signs aside), of as many words as it has syllables, and which ``fits`` it
    (``NO_FIT``, ``NAME_FITS`` or ``DEFINED``): the rule that makes ``भाजपा`` and ``भारतीय जनता पार्टी`` one keyword within
    an article (``_syllable_acronyms``) and across the articles of a story (``story``). Not a phrase that opens with the
    short form itself (``निदा`` of ``निदा दार`` is a first name, for the name rules). Of the phrases that fit best, the
    one said most often, and none where two are said as often. Each phrase is indexed by its words' first syllables,
    and only where its first letter can open a short form: linear in the keys."""
    wanted: dict[str, list[tuple[str, ...]]] = {}
    for key in shorts:
        wanted.setdefault(_short_form_key(key[0]), []).append(key)
    if not wanted:
        return {}
    firsts = {form[:1] for form in wanted} | {key[0][:1] for keys in wanted.values() for key in keys}
    by_initials: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for key, said in phrases:
        if len(key) < 2 or key[0][:1] not in firsts:  # most phrases: no look at their syllables
            continue
        initials = [_FIRST_SYLLABLE.match(w) for w in phrase_words(key)]
        if all(initials):
            form = _short_form_key("".join(m.group() for m in initials))
            if form in wanted:
                by_initials.setdefault(form, []).append((key, said))
    into: dict[tuple[str, ...], tuple[str, ...]] = {}
    for form, keys in wanted.items():
        for key in keys:
            matches = [(fits(key, p), said, p) for p, said in by_initials.get(form, ()) if p[0] != key[0]]
            best = max((fit for fit, _, _ in matches), default=NO_FIT)
            if best == NO_FIT:
                continue
            counts = sorted((said for fit, said, _ in matches if fit == best), reverse=True)
            if len(counts) == 1 or counts[0] > counts[1]:
                into[key] = next(p for fit, said, p in matches if fit == best and said == counts[0])
    return into


def same_names_across_scripts(
    latin: Iterable[tuple[tuple[str, ...], str]],
    devanagari: Callable[[], Iterable[tuple[tuple[str, ...], int]]],
) -> dict[tuple[str, ...], tuple[str, ...]]:
    """Each keyword key written in Latin letters mapped to the Devanagari key of the same name, where there is one:
    the rule that makes ``Pakistan`` and ``पाकिस्तान`` one keyword within an article (``_one_script``) and across
    the articles of a story (``story``).

    ``latin``: ``(key, surface)`` pairs, the surface as the text writes the phrase (an acronym is read from its
    capitals); ``devanagari()``: ``(key, occurrences)`` pairs, called only when a Latin key can match at all. Two are
    the same name when their consonant skeletons (``text.skeleton``) agree and hold at least ``SKELETON_MIN``
    consonants, or when a Latin acronym read by its letter names is the Devanagari word (``BCCI``/``बीसीसीआई``).
    Where several Devanagari keys match, the one with the most occurrences (ties: the first given) wins. Linear in
    the number of keys: each side is read once into a table of its forms.
    """
    wanted: dict[tuple[str, ...], tuple[str | None, str | None]] = {}  # Latin key -> (skeleton, spelled acronym)
    for key, surface in latin:
        skeleton = latin_skeleton(surface)
        spelled = spelled_acronym(surface) if len(key) == 1 else None
        if len(skeleton) >= SKELETON_MIN or spelled is not None:
            wanted[key] = (skeleton if len(skeleton) >= SKELETON_MIN else None, spelled and spelling_key(spelled))
    if not wanted:
        return {}
    acronyms = any(spelled is not None for _, spelled in wanted.values())
    by_form: dict[str, tuple[tuple[str, ...], int]] = {}  # form -> (Devanagari key, its occurrences)
    for key, n in devanagari():
        joined = key[0] if len(key) == 1 else "".join(key)
        skeleton = devanagari_skeleton(joined)
        # An acronym read by its letter names meets a key however its vowels' length is written: a story keys its
        # articles' phrases so (``story_spelling_key``: "बीसीसीआई").
        for form in (skeleton, spelling_key(joined), _loose_spelling(joined)) if acronyms else (skeleton,):
            best = by_form.get(form)
            if best is None or n > best[1]:
                by_form[form] = (key, n)
    into: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, (skeleton, spelled) in wanted.items():
        target = by_form.get(skeleton) if skeleton is not None else None
        if target is None and spelled is not None:
            target = by_form.get(spelled) or by_form.get(_loose_spelling(spelled))
        if target is not None:
            into[key] = target[0]
    return into


#: Endings of English plurals written in Devanagari: ``-s`` after a consonant (``यूजर्स``) and ``-ns`` after a
#: vowel, whose singular ends in ``न`` (``गाइडलाइंस``, ``फैंस``).
_PLURAL_S, _PLURAL_NS = "\u094d\u0938", "\u0902\u0938"


def _loanword_plurals(found: dict[tuple[str, ...], _Candidate], tagged: bool) -> dict[tuple[str, ...], _Candidate]:
    """``found`` with an English plural written in Devanagari keyed as its singular where the document also writes
    the singular (``यूजर्स``/``यूजर``, ``रिपोर्ट्स``/``रिपोर्ट``, ``गाइडलाइंस``/``गाइडलाइन``, ``फैंस``/``फैन``): one
    keyword, shown in the singular, both forms among its variants. The tagger's lemmas leave such plurals as they
    are, and a rule on the ending alone would also cut singulars (``टैक्स``, ``साइंस``, ``लाइसेंस``), so the
    document must write both. Only the words of common phrases: a name keeps its plural (``मुंबई इंडियंस``,
    ``राजस्थान रॉयल्स``); untagged text, which cannot tell names, has only its one-word keys rekeyed."""
    words_ = set(chain.from_iterable(found))
    singular = {}
    for w in [w for w in words_ if w[-1] == "स"]:  # few words end so: test their endings only
        if w.endswith(_PLURAL_S):
            s = w[: -len(_PLURAL_S)]
        elif w.endswith(_PLURAL_NS):
            s = w[: -len(_PLURAL_NS)] + "न"
        else:
            continue
        if len(s) > 1 and s in words_:
            singular[w] = s
    if not singular:
        return found
    rekey = {
        key: tuple(singular.get(w, w) for w in key)
        for key, cand in found.items()
        if not cand.proper and (tagged or len(key) == 1) and not singular.keys().isdisjoint(key)
    }
    return _rekeyed(found, lambda key: rekey.get(key, key))


def _rekeyed(
    found: dict[tuple[str, ...], _Candidate], key_of: Callable[[tuple[str, ...]], tuple[str, ...]]
) -> dict[tuple[str, ...], _Candidate]:
    """``found`` with every key mapped by ``key_of``; candidates whose keys then agree become one."""
    out: dict[tuple[str, ...], _Candidate] = {}
    for key, cand in found.items():
        new_key = key_of(key)
        into = out.get(new_key)
        if into is None:
            cand.key = new_key
            out[new_key] = cand
            continue
        _merge_into(into, cand)
    return out


def _merge_into(into: _Candidate, cand: _Candidate) -> None:
    """Make ``cand``'s occurrences ``into``'s too, in place (the two are one phrase)."""
    into.proper = into.proper or cand.proper
    into.acronym = into.acronym or cand.acronym
    into.offsets += cand.offsets
    into.first = min(into.first, cand.first)
    into.position_weight += cand.position_weight
    into.windows = sorted(set(into.windows) | set(cand.windows))
