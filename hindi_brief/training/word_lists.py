"""Write the word lists of ``hindi_brief/text/lexicon/`` that are drawn from data, not written by hand.

Usage::

    python -m hindi_brief.training.word_lists --data ../shared/data/ud_hindi --out hindi_brief/text/lexicon

The first seven come from the project's HDTB training split (``conllu.load_split``: v1.2 dev and the first half
of test; the held-out half is never read), each lemma written once, most frequent first; the eighth to eleventh from the
larger HDTB training split of words and XPOS (``hdtb_train.TRAIN_XPOS``, beside ``--data``):

* ``light_verb_nouns.txt``: the nouns and adjectives that Hindi uses almost only as the first part of a
  conjunct verb (``प्रदान करना``, ``शुरू होना``): every lemma tagged NOUN or ADJ at least
  ``MIN_COUNT`` times of which at least ``MIN_SHARE`` are a ``compound`` dependent of a VERB (UD's
  analysis of a conjunct verb's nominal part). Such a word names an action, not a topic: a keyword
  list that shows ``शुरू`` or ``प्रदान`` wastes a place (``rank/keywords.py``). The thresholds keep
  out nouns that are topics as often as actions (``समर्थन``, ``जांच``, ``घोषणा``: 0.3-0.7).
* ``conjunct_nouns.txt``: the same count with the lower share ``MIN_CONJUNCT_SHARE``: the nouns that are a
  conjunct verb's first part more often than not (``पता चला``, ``नजर आए``, ``पार किया``, ``घोषणा की``). Such a
  noun right before a verb is no keyword occurrence there, though the noun may be a topic elsewhere in the
  text (``घोषणा के बाद``): ``rank/keywords.py`` reads these occurrence by occurrence, before a verb of
  ``light_verbs.txt`` only (``भर्ती निकाली``, a recruitment announced, keeps its topic).
* ``light_verbs.txt``: the verbs a conjunct verb is made with (``कर``, ``हो``, ``दे``, ``लगा``): every lemma tagged
  VERB at least ``MIN_COUNT`` times of which at least ``MIN_LIGHT_VERB_SHARE`` head a NOUN or ADJ ``compound``.
* ``number_words.txt``: the number words (``दो``, ``तीन``, ``हजार``): every lemma without a digit
  seen at least ``MIN_NUMBER_COUNT`` times, at least ``MIN_SHARE`` of them tagged NUM. A number
  alone is no keyword, however the tagger reads it in one text.
* ``non_nominal_words.txt``: the word forms and lemmas tagged neither NOUN nor PROPN in at least
  ``MIN_SHARE`` of their ``MIN_COUNT`` or more occurrences (``जारी``, ``शामिल``, ``मिले``, ``सबसे``): a verb,
  adjective or adverb names no topic alone, and untagged text, which has no tags of its own to tell
  (keyed on the forms as written), listed them as keywords.
* ``unit_nouns.txt``: the nouns a number counts (``रुपया``, ``फीसदी``, ``डॉलर``, ``मीटर``): every lemma tagged
  NOUN at least ``MIN_COUNT`` times of which at least ``MIN_SHARE`` have a ``nummod`` dependent (UD's
  number modifier: ``पांच करोड़ रुपये``). A unit of measure names no topic alone; news that reports
  sums of money listed ``रुपया`` as a keyword of 70 of the 2,123 ILSUM articles.
* ``noun_taking_adjectives.txt``: the adjectives that take the noun before them (``स्थित``, ``नामक``: ``नागपुर स्थित
  कार्यालय``, the office in Nagpur): every lemma tagged ADJ right after a NOUN or PROPN at least
  ``MIN_NOUN_TAKING_COUNT`` times, that noun its dependent in at least ``MIN_NOUN_TAKING_SHARE`` of them (``स्थित``
  0.92; ``मौजूद`` 0.44 and ``कम`` 0.40 are as often predicates). After a noun or a postposition other than the
  genitive's such a word ends the phrase before it and opens none, where a keyword list showed ``स्थित पार्टी
  मुख्यालय`` and ``बुराड़ी स्थित निरंकारी समागम``; elsewhere it is an adjective like another (``सबसे ऊँचा शिखर``;
  ``rank/keywords.py``).
* ``standalone_places.txt``: the places among the names written on their own: every word tagged NNP at
  least ``MIN_NAME_COUNT`` times, with no other NNP right before or after it in at least
  ``MIN_STANDALONE_SHARE`` of them (``भारत`` 0.85, ``भाजपा`` 0.95; a surname follows a first name: ``सिंह``
  0.07, ``खान`` 0.22, ``गांधी`` 0.08) and followed by ``में`` or ``से`` in at least ``MIN_LOCATIVE_SHARE`` of
  them (``भारत`` 0.14, ``पंजाब`` 0.31; a party or an agency seldom is: ``कांग्रेस`` 0.04, ``सीबीआई`` 0.04, and
  nor is a day). A two-word name chain that ends in a place is more likely a name beside a place than a
  first name and a surname: ``गंगा भारत की सबसे महत्वपूर्ण नदी है`` (``rank/keywords.py``), while a state's unit
  of a party (``पंजाब कांग्रेस``) ends in a party.
* ``number_bound.txt``: the adjectives a number makes (``दिवसीय``, ``वर्षीय``, ``सदस्यीय``, ``सूत्री``: ``सात दिवसीय``, a seven-day ...):
  every word seen at least ``MIN_NUMBER_BOUND_COUNT`` times in the XPOS split, tagged JJ in at least half of them and
  right after a cardinal (QC) in at least ``MIN_NUMBER_BOUND_SHARE``. A number is no phrase word, so a phrase that kept
  such a word would open with half a compound (``दिवसीय वार्षिक श्रृंगार``, ``सूत्री एजेंडा``): it is no phrase word either
  (``rank/keywords.py``). The count also lets in ``बहुउपयोगी`` (2 of its 3 uses after a number).
* ``common_nouns.txt``: the words HDTB writes as common nouns: every word (counted by ``spelling_key``, written in
  its commonest spelling) seen at least ``MIN_COMMON_COUNT`` times in the XPOS split, at least ``MIN_COMMON_SHARE``
  of them tagged NN (``नीति`` 0.97, ``अधिनियम`` 0.28, ``दिवस`` 0.33; a name is not: ``राजनाथ``, ``सिंह``, ``मोदी`` 0.00).
  The words after a designation in a proper-noun chain are a name only when one of them is not such a word:
  ``राष्ट्रीय शिक्षा नीति``, ``मोटर वाहन अधिनियम`` and ``विश्व स्वास्थ्य संगठन`` are one name each, where ``कवि कुमार विश्वास``
  titles ``कुमार विश्वास`` (``rank/keywords.py``).
* ``nominal_words.txt``: the words HDTB knows as common nouns or adjectives: every word (counted and written as
  for ``common_nouns.txt``) seen at least ``MIN_NOMINAL_COUNT`` times in the XPOS split, at least
  ``MIN_NOMINAL_SHARE`` of them tagged NN or JJ (``कवि``, ``कप्तान``, ``रक्षा``; not ``अली``, ``कुमार``, nor a word
  the treebank never has, ``मुनीबा``, ``फाफ``). Where a text's tagger calls a word outside this list a noun, it is
  guessing at a word it does not know, most often a name: such a word opening a name chain is a first name, not a
  designation (``मुनीबा अली`` beside ``मुनीबा ने``; ``rank/keywords.py``).

The twelfth, ``gradable_adjectives.txt``, also reads the ILSUM **val** articles (the
test split is never read; ``ilsum_hi`` beside ``--data``), tagged by the shipped embedded tagger:

* ``gradable_adjectives.txt``: the adjectives of degree (``बड़ा``, ``अच्छा``, ``प्रसिद्ध``, ``सस्ता``): every lemma tagged
  ADJ at least ``MIN_GRADABLE_COUNT`` times in the ILSUM val articles and the HDTB training split above together, of
  which at least ``MIN_GRADABLE_SHARE`` and at least ``MIN_INTENSIFIED`` occurrences follow an intensifier. The
  intensifiers are the words HDTB tags INTF in at least ``MIN_INTENSIFIER_SHARE`` of their ``MIN_COUNT`` or more occurrences of
  the XPOS split (``सबसे``, ``बहुत``, ``बेहद``, ``अति``, ``सर्वाधिक``); HDTB's own INTF tag counts in its sentences. Such an
  adjective describes (``अच्छी खबर``, ``प्रसिद्ध बौद्ध महाविहार``), where one that classifies is never graded (``भारतीय``,
  ``राष्ट्रीय``, ``आर्थिक``, ``सोशल``: 0 of hundreds) and makes terms (``राष्ट्रीय राजमार्ग``). A phrase said once
  that opens with an adjective of degree is a description, not a keyphrase (``rank/keywords.py``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..text.normalize import spelling_key
from .conllu import TreebankSentence, load_split
from .df import ILSUM_VAL, ilsum_texts
from .hdtb_train import TRAIN_XPOS, read_xpos_tsv

__all__ = [
    "MIN_COUNT", "MIN_CONJUNCT_SHARE", "MIN_LIGHT_VERB_SHARE", "MIN_NAME_COUNT", "MIN_NUMBER_COUNT", "MIN_SHARE", "MIN_STANDALONE_SHARE", "MIN_LOCATIVE_SHARE", "light_verb_nouns",
    "light_verbs", "number_words", "non_nominal_words", "standalone_places", "unit_nouns", "noun_taking_adjectives",
    "intensifiers", "quantifiers", "MIN_QUANTIFIER_COUNT", "MIN_QUANTIFIER_SHARE",
    "gradable_adjectives", "common_nouns", "nominal_words", "number_bound", "MIN_COMMON_COUNT", "MIN_COMMON_SHARE",
    "MIN_NOMINAL_COUNT", "MIN_NOMINAL_SHARE", "MIN_NUMBER_BOUND_COUNT",
    "MIN_NUMBER_BOUND_SHARE", "MIN_NOUN_TAKING_COUNT", "MIN_NOUN_TAKING_SHARE", "MIN_GRADABLE_COUNT", "MIN_GRADABLE_SHARE", "MIN_INTENSIFIER_SHARE", "MIN_INTENSIFIED", "main",
]

MIN_COUNT = 8
MIN_NUMBER_COUNT = 3
MIN_SHARE = 0.9
#: A conjunct-verb noun, read occurrence by occurrence, is one in at least this share of its uses.
MIN_CONJUNCT_SHARE = 0.6
#: A light verb heads a conjunct verb's nominal part in at least this share of its uses (``कर`` 0.94, ``दे``
#: 0.44, ``चल`` 0.27; ``मिल`` 0.10, ``पहुंच`` 0.07 are full verbs).
MIN_LIGHT_VERB_SHARE = 0.2
#: An adjective that takes the noun before it follows a noun at least this many times in the training split ...
MIN_NOUN_TAKING_COUNT = 4
#: ... and that noun is its dependent in at least this share of them (``स्थित`` 0.92, ``नामक`` 0.75, ``मौजूद`` 0.44).
MIN_NOUN_TAKING_SHARE = 0.5
#: A standalone name is an NNP at least this many times in the XPOS split...
MIN_NAME_COUNT = 20
#: ... at least this share of them with no NNP right before or after it ...
MIN_STANDALONE_SHARE = 0.8
#: ... and at least this share of them followed by में or से (a place).
MIN_LOCATIVE_SHARE = 0.1
_LOCATIVE = frozenset({"में", "से"})
#: An adjective a number makes is seen at least this many times in the XPOS split ...
MIN_NUMBER_BOUND_COUNT = 3
#: ... and right after a cardinal in at least this share of them (``दिवसीय`` 0.80, ``वर्षीय`` 1.00, ``सूत्री`` 0.67).
MIN_NUMBER_BOUND_SHARE = 0.6
_CARDINALS = frozenset({"QC", "QCC"})
#: A quantifier is seen at least this many times in the XPOS split ...
MIN_QUANTIFIER_COUNT = 5
#: ... and tagged QF in at least this share of them (``कई`` 0.99, ``अधिक`` 0.91, ``काफी`` 0.88, ``कुछ`` 0.76).
MIN_QUANTIFIER_SHARE = 0.5
#: A common noun is seen at least this many times in the XPOS split ...
MIN_COMMON_COUNT = 5
#: ... at least this share of them tagged NN (a word that names and is a noun, ``दिवस``, ``निगम``, is both).
MIN_COMMON_SHARE = 0.05
#: A word HDTB knows as a common noun or adjective is seen at least this many times in the XPOS split ...
MIN_NOMINAL_COUNT = 2
#: ... at least this share of them tagged NN or JJ (one such use of a word seen up to 20 times).
MIN_NOMINAL_SHARE = 0.05
#: An adjective of degree is tagged ADJ at least this many times in the ILSUM val articles and HDTB ...
MIN_GRADABLE_COUNT = 10
#: An intensifier is tagged INTF in at least this share of its uses (``सबसे`` 0.82, ``बहुत`` 0.53: the rest are
#: quantifiers, ``बहुत लोग``, tagged QF; ``काफी`` 0.13 is one mostly).
MIN_INTENSIFIER_SHARE = 0.5
#: ... at least this share of them after an intensifier (``बड़ा`` 0.16, ``प्रसिद्ध`` 0.17, ``खास`` 0.05; ``भारतीय`` 0.00) ...
MIN_GRADABLE_SHARE = 0.05
#: ... and at least this many (one graded use of a rare adjective may be a tagging slip).
MIN_INTENSIFIED = 2


def light_verb_nouns(
    sentences: Iterable[TreebankSentence], *, min_count: int = MIN_COUNT, min_share: float = MIN_SHARE
) -> list[tuple[str, int, float]]:
    """``(lemma, count, share)`` of the lemmas used as a conjunct verb's nominal part at least
    ``min_share`` of the ``min_count`` or more times they are tagged NOUN or ADJ, most frequent first."""
    seen: Counter[str] = Counter()
    in_verb: Counter[str] = Counter()
    for s in sentences:
        for i, (lemma, upos) in enumerate(zip(s.lemmas, s.upos)):
            if upos not in ("NOUN", "ADJ"):
                continue
            seen[lemma] += 1
            head = s.heads[i]
            if s.deprels[i] == "compound" and head and s.upos[head - 1] == "VERB":
                in_verb[lemma] += 1
    return _frequent_first(seen, in_verb, min_count, min_share)


def light_verbs(
    sentences: Iterable[TreebankSentence], *, min_count: int = MIN_COUNT, min_share: float = MIN_LIGHT_VERB_SHARE
) -> list[tuple[str, int, float]]:
    """``(lemma, count, share)`` of the lemmas tagged VERB ``min_count`` or more times of which at least
    ``min_share`` head a NOUN or ADJ ``compound`` dependent (a conjunct verb's nominal part), most frequent first."""
    seen: Counter[str] = Counter()
    heading: Counter[str] = Counter()
    for s in sentences:
        heads = {
            s.heads[i] - 1
            for i, (upos, deprel) in enumerate(zip(s.upos, s.deprels))
            if upos in ("NOUN", "ADJ") and deprel == "compound" and s.heads[i]
        }
        for i, (lemma, upos) in enumerate(zip(s.lemmas, s.upos)):
            if upos == "VERB":
                seen[lemma] += 1
                heading[lemma] += i in heads
    return _frequent_first(seen, heading, min_count, min_share)


def number_words(
    sentences: Iterable[TreebankSentence], *, min_count: int = MIN_NUMBER_COUNT, min_share: float = MIN_SHARE
) -> list[tuple[str, int, float]]:
    """``(lemma, count, share)`` of the lemmas without a digit tagged NUM at least ``min_share`` of the
    ``min_count`` or more times they occur, most frequent first."""
    seen: Counter[str] = Counter()
    as_number: Counter[str] = Counter()
    for s in sentences:
        for lemma, upos in zip(s.lemmas, s.upos):
            if any(ch.isdigit() for ch in lemma):
                continue
            seen[lemma] += 1
            as_number[lemma] += upos == "NUM"
    return _frequent_first(seen, as_number, min_count, min_share)


def non_nominal_words(
    sentences: Iterable[TreebankSentence], *, min_count: int = MIN_COUNT, min_share: float = MIN_SHARE
) -> list[tuple[str, int, float]]:
    """``(word, count, share)`` of the word forms and lemmas without a digit tagged neither NOUN nor PROPN at
    least ``min_share`` of the ``min_count`` or more times they occur (a token counts once for its form and
    once for a lemma that differs from it), most frequent first."""
    seen: Counter[str] = Counter()
    other: Counter[str] = Counter()
    for s in sentences:
        for form, lemma, upos in zip(s.words, s.lemmas, s.upos):
            if upos in ("PUNCT", "SYM") or any(ch.isdigit() for ch in form + lemma):
                continue
            for w in {form, lemma}:
                seen[w] += 1
                other[w] += upos not in ("NOUN", "PROPN")
    return _frequent_first(seen, other, min_count, min_share)


def unit_nouns(
    sentences: Iterable[TreebankSentence], *, min_count: int = MIN_COUNT, min_share: float = MIN_SHARE
) -> list[tuple[str, int, float]]:
    """``(lemma, count, share)`` of the lemmas that have a number modifier (a ``nummod`` dependent) at least
    ``min_share`` of the ``min_count`` or more times they are tagged NOUN, most frequent first."""
    seen: Counter[str] = Counter()
    counted: Counter[str] = Counter()
    for s in sentences:
        has_number = {head - 1 for head, deprel in zip(s.heads, s.deprels) if deprel == "nummod" and head}
        for i, (lemma, upos) in enumerate(zip(s.lemmas, s.upos)):
            if upos == "NOUN":
                seen[lemma] += 1
                counted[lemma] += i in has_number
    return _frequent_first(seen, counted, min_count, min_share)


def noun_taking_adjectives(
    sentences: Iterable[TreebankSentence],
    *,
    min_count: int = MIN_NOUN_TAKING_COUNT,
    min_share: float = MIN_NOUN_TAKING_SHARE,
) -> list[tuple[str, int, float]]:
    """``(lemma, count, share)`` of the lemmas tagged ADJ right after a NOUN or PROPN at least ``min_count`` times,
    that noun depending on the adjective in at least ``min_share`` of them (``नागपुर स्थित``), most frequent first."""
    seen: Counter[str] = Counter()
    governs: Counter[str] = Counter()
    for s in sentences:
        for i in range(1, len(s.upos)):
            if s.upos[i] == "ADJ" and s.upos[i - 1] in ("NOUN", "PROPN"):
                seen[s.lemmas[i]] += 1
                governs[s.lemmas[i]] += s.heads[i - 1] == i + 1  # heads count words from 1
    return _frequent_first(seen, governs, min_count, min_share)


def standalone_places(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]],
    *,
    min_count: int = MIN_NAME_COUNT,
    min_share: float = MIN_STANDALONE_SHARE,
    min_locative: float = MIN_LOCATIVE_SHARE,
) -> list[tuple[str, int, float]]:
    """``(word, count, share)`` of the words tagged NNP at least ``min_count`` times of which at least
    ``min_share`` (the share given) have no NNP right before or after them and at least ``min_locative``
    are followed by में or से, most frequent first; ``sentences`` are ``(words, xpos)`` pairs
    (``hdtb_train.read_xpos_tsv``: compound names are NNP throughout)."""
    seen: Counter[str] = Counter()
    alone: Counter[str] = Counter()
    locative: Counter[str] = Counter()
    for words, xpos in sentences:
        for i, (word, tag) in enumerate(zip(words, xpos)):
            if tag != "NNP":
                continue
            seen[word] += 1
            alone[word] += not (i > 0 and xpos[i - 1] == "NNP") and not (i + 1 < len(xpos) and xpos[i + 1] == "NNP")
            locative[word] += i + 1 < len(words) and words[i + 1] in _LOCATIVE
    return [row for row in _frequent_first(seen, alone, min_count, min_share) if locative[row[0]] / row[1] >= min_locative]


def common_nouns(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]],
    *,
    min_count: int = MIN_COMMON_COUNT,
    min_share: float = MIN_COMMON_SHARE,
) -> list[tuple[str, int, float]]:
    """``(word, count, share)`` of the words seen at least ``min_count`` times of which at least ``min_share`` are
    tagged NN, most frequent first; words are counted by ``spelling_key`` and written in their commonest spelling;
    ``sentences`` are ``(words, xpos)`` pairs (``hdtb_train.read_xpos_tsv``)."""
    return _tagged_often(sentences, frozenset({"NN"}), min_count, min_share)


def nominal_words(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]],
    *,
    min_count: int = MIN_NOMINAL_COUNT,
    min_share: float = MIN_NOMINAL_SHARE,
) -> list[tuple[str, int, float]]:
    """``(word, count, share)`` of the words seen at least ``min_count`` times of which at least ``min_share`` are
    tagged NN or JJ, most frequent first; counted and written as ``common_nouns`` counts them; ``sentences`` are
    ``(words, xpos)`` pairs (``hdtb_train.read_xpos_tsv``)."""
    return _tagged_often(sentences, frozenset({"NN", "JJ"}), min_count, min_share)


def _tagged_often(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]], tags: frozenset[str], min_count: int, min_share: float
) -> list[tuple[str, int, float]]:
    """``common_nouns`` and ``nominal_words``: the words tagged one of ``tags`` often enough, by spelling key."""
    uses = ((word, tag in tags) for words, xpos in sentences for word, tag in zip(words, xpos))
    return [row[:3] for row in _frequent_by_spelling(uses, min_count, min_share)]


def number_bound(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]],
    *,
    min_count: int = MIN_NUMBER_BOUND_COUNT,
    min_share: float = MIN_NUMBER_BOUND_SHARE,
) -> list[tuple[str, int, float]]:
    """``(word, count, share)`` of the words seen at least ``min_count`` times, tagged JJ in at least half of them and
    right after a cardinal (QC) in at least ``min_share``, most frequent first; ``sentences`` are ``(words, xpos)``
    pairs (``hdtb_train.read_xpos_tsv``)."""
    seen: Counter[str] = Counter()
    after: Counter[str] = Counter()
    adjective: Counter[str] = Counter()
    for words, xpos in sentences:
        for i, (word, tag) in enumerate(zip(words, xpos)):
            seen[word] += 1
            adjective[word] += tag == "JJ"
            after[word] += i > 0 and xpos[i - 1] in _CARDINALS
    return [row for row in _frequent_first(seen, after, min_count, min_share) if 2 * adjective[row[0]] >= row[1]]


def quantifiers(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]],
    *,
    min_count: int = MIN_QUANTIFIER_COUNT,
    min_share: float = MIN_QUANTIFIER_SHARE,
) -> list[tuple[str, int, float]]:
    """``(word, count, share)`` of the words tagged QF (a quantifier: ``कई``, ``अधिक``, ``कुल``, ``आधा``) in at least
    ``min_share`` of their ``min_count`` or more occurrences, most frequent first; ``sentences`` are ``(words, xpos)``
    pairs."""
    return _one_tag_often(sentences, "QF", min_count, min_share)


def intensifiers(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]],
    *,
    min_count: int = MIN_COUNT,
    min_share: float = MIN_INTENSIFIER_SHARE,
) -> frozenset[str]:
    """The words tagged INTF (an intensifier: ``सबसे``, ``बहुत``, ``बेहद``) in at least ``min_share`` of their
    ``min_count`` or more occurrences; ``sentences`` are ``(words, xpos)`` pairs."""
    return frozenset(w for w, _, _ in _one_tag_often(sentences, "INTF", min_count, min_share))


def _one_tag_often(
    sentences: Iterable[tuple[Sequence[str], Sequence[str]]], xpos_tag: str, min_count: int, min_share: float
) -> list[tuple[str, int, float]]:
    """``(word, count, share)`` of the words tagged ``xpos_tag`` in at least ``min_share`` of their ``min_count`` or
    more occurrences, most frequent first."""
    seen: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for words, xpos in sentences:
        for word, tag in zip(words, xpos):
            seen[word] += 1
            hits[word] += tag == xpos_tag
    return _frequent_first(seen, hits, min_count, min_share)


def gradable_adjectives(
    tagged: Iterable[tuple[Sequence[str], Sequence[str], Sequence[bool]]],
    *,
    min_count: int = MIN_GRADABLE_COUNT,
    min_share: float = MIN_GRADABLE_SHARE,
    min_intensified: int = MIN_INTENSIFIED,
) -> list[tuple[str, int, float]]:
    """``(lemma, count, share)`` of the lemmas tagged ADJ at least ``min_count`` times of which at least
    ``min_share``, and at least ``min_intensified`` occurrences, follow an intensifier; ``tagged`` yields
    ``(lemmas, upos, intensified)`` per sentence (``intensified[i]``: the word before word ``i`` is an
    intensifier). Lemmas are counted by ``spelling_key`` and written in their commonest spelling."""
    uses = (
        (lemma, graded)
        for lemmas, upos, intensified in tagged
        for lemma, tag, graded in zip(lemmas, upos, intensified)
        if tag == "ADJ" and lemma
    )
    return [row[:3] for row in _frequent_by_spelling(uses, min_count, min_share) if row[3] >= min_intensified]


def _adjective_uses(
    treebank: Iterable[TreebankSentence], ilsum_docs: Iterable, intensifier_words: frozenset[str]
) -> Iterator[tuple[Sequence[str], Sequence[str], Sequence[bool]]]:
    """``(lemmas, upos, intensified)`` per sentence of the treebank (HDTB's INTF tag) and of the tagged
    ILSUM documents (the word before is one of ``intensifier_words``)."""
    for s in treebank:
        yield s.lemmas, s.upos, [i > 0 and s.xpos[i - 1] == "INTF" for i in range(len(s.words))]
    for doc in ilsum_docs:
        for sentence in doc.sentences:
            c = sentence.columns
            yield c.lemmas, c.pos, [i > 0 and c.norms[i - 1] in intensifier_words for i in range(len(c.norms))]


def _frequent_by_spelling(uses: Iterable[tuple[str, bool]], min_count: int, min_share: float) -> list[tuple[str, int, float, int]]:
    """``_frequent_first`` over ``(word, hit)`` uses counted by ``spelling_key``: ``(the word's commonest spelling,
    count, share, hits)``."""
    seen: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    for word, hit in uses:
        key = spelling_key(word)
        seen[key] += 1
        hits[key] += hit
        spellings.setdefault(key, Counter())[word] += 1
    return [(spellings[k].most_common(1)[0][0], n, share, hits[k]) for k, n, share in _frequent_first(seen, hits, min_count, min_share)]


def _frequent_first(seen: Counter[str], hits: Counter[str], min_count: int, min_share: float) -> list[tuple[str, int, float]]:
    out = [(w, n, hits[w] / n) for w, n in seen.items() if n >= min_count and hits[w] / n >= min_share]
    return sorted(out, key=lambda r: (-r[1], r[0]))


_COMMAND = "`python -m hindi_brief.training.word_lists --data ../shared/data/ud_hindi`"
#: List name -> the comment lines at the top of its file.
HEADERS = {
    "light_verb_nouns": [
        "# Nouns and adjectives used as the first part of a conjunct verb (प्रदान करना, शुरू होना) in at least",
        f"# {MIN_SHARE:.0%} of their {MIN_COUNT} or more NOUN/ADJ occurrences in the HDTB training split: an action,",
        f"# not a topic. Written by {_COMMAND};",
        "# each line: the lemma, then its count and share as a comment.",
    ],
    "conjunct_nouns": [
        "# Nouns and adjectives used as the first part of a conjunct verb (पता चलना, नजर आना) in at least",
        f"# {MIN_CONJUNCT_SHARE:.0%} of their {MIN_COUNT} or more NOUN/ADJ occurrences in the HDTB training split: right before",
        f"# a verb, no keyword occurrence. Written by {_COMMAND};",
        "# each line: the lemma, then its count and share as a comment.",
    ],
    "light_verbs": [
        "# Verbs conjunct verbs are made with (करना, होना, देना): lemmas tagged VERB that head a NOUN/ADJ compound in at least",
        f"# {MIN_LIGHT_VERB_SHARE:.0%} of their {MIN_COUNT} or more occurrences in the HDTB training split. Written by {_COMMAND};",
        "# each line: the lemma, then its count and share as a comment.",
    ],
    "number_words": [
        f"# Number words: lemmas without a digit tagged NUM in at least {MIN_SHARE:.0%} of their {MIN_NUMBER_COUNT} or more",
        f"# occurrences in the HDTB training split. Written by {_COMMAND};",
        "# each line: the lemma, then its count and share as a comment.",
    ],
    "non_nominal_words": [
        f"# Word forms and lemmas without a digit tagged neither NOUN nor PROPN in at least {MIN_SHARE:.0%} of their",
        f"# {MIN_COUNT} or more occurrences in the HDTB training split (verbs, adjectives, adverbs, postpositions...):",
        f"# no topic alone. Written by {_COMMAND};",
        "# each line: the word, then its count and share as a comment.",
    ],
    "unit_nouns": [
        "# Nouns a number counts (units of measure and money): lemmas with a number modifier (nummod) in at least",
        f"# {MIN_SHARE:.0%} of their {MIN_COUNT} or more NOUN occurrences in the HDTB training split: no topic alone.",
        f"# Written by {_COMMAND};",
        "# each line: the lemma, then its count and share as a comment.",
    ],
    "noun_taking_adjectives": [
        "# Adjectives that take the noun before them (नागपुर स्थित कार्यालय, the office in Nagpur): lemmas tagged ADJ right after",
        f"# a noun at least {MIN_NOUN_TAKING_COUNT} times in the HDTB training split, that noun their dependent in at least {MIN_NOUN_TAKING_SHARE:.0%}",
        f"# of them: after a noun or a postposition no phrase word. Written by {_COMMAND};",
        "# each line: the lemma, then its count after a noun and the share that noun depends on it as a comment.",
    ],
    "standalone_places": [
        f"# Places: names written with no other name beside them in at least {MIN_STANDALONE_SHARE:.0%} of their {MIN_NAME_COUNT} or more",
        f"# NNP occurrences in the HDTB training split of words and XPOS (not surnames, which follow a first name),",
        f"# and followed by में or से in at least {MIN_LOCATIVE_SHARE:.0%} of them (not parties or agencies).",
        f"# Written by {_COMMAND};",
        "# each line: the word, then its NNP count and the share written alone as a comment.",
    ],
    "quantifiers": [
        f"# Quantifiers (कई, अधिक, कुल, आधा): words seen at least {MIN_QUANTIFIER_COUNT} times in the HDTB training split of",
        f"# words and XPOS, tagged QF in at least {MIN_QUANTIFIER_SHARE:.0%} of them. They say how much of a thing, not what it",
        f"# is, so they are no keyphrase words (\"50 से अधिक ई-कंटेंट पोर्टल\" gives \"ई-कंटेंट पोर्टल\"). Written by {_COMMAND};",
        "# each line: the word, then its count and QF share as a comment.",
    ],
    "number_bound": [
        f"# Adjectives a number makes (सात दिवसीय, 25 वर्षीय): words seen at least {MIN_NUMBER_BOUND_COUNT} times in the HDTB training split",
        f"# of words and XPOS, tagged JJ in at least half of them and right after a cardinal in at least {MIN_NUMBER_BOUND_SHARE:.0%}:",
        f"# no phrase word, as the number is none. Written by {_COMMAND};",
        "# each line: the word, then its count and share after a cardinal as a comment.",
    ],
    "common_nouns": [
        f"# Words HDTB writes as common nouns: seen at least {MIN_COMMON_COUNT} times in the HDTB training split of words and XPOS,",
        f"# at least {MIN_COMMON_SHARE:.0%} of them tagged NN. A proper-noun chain whose words after a designation are all such words",
        f"# is one name (राष्ट्रीय शिक्षा नीति). Written by {_COMMAND};",
        "# each line: the word, then its count and NN share as a comment.",
    ],
    "nominal_words": [
        f"# Words HDTB knows as common nouns or adjectives: seen at least {MIN_NOMINAL_COUNT} times in the HDTB training split of words",
        f"# and XPOS, at least {MIN_NOMINAL_SHARE:.0%} of them tagged NN or JJ. A word outside this list that a text's tagger calls a noun",
        f"# is a guess, most often at a name: opening a name chain, it is a first name (मुनीबा अली). Written by {_COMMAND};",
        "# each line: the word, then its count and NN/JJ share as a comment.",
    ],
    "gradable_adjectives": [
        f"# Adjectives of degree: lemmas tagged ADJ at least {MIN_GRADABLE_COUNT} times in the ILSUM val articles (embedded tagger)",
        f"# and the HDTB training split, at least {MIN_GRADABLE_SHARE:.0%} and {MIN_INTENSIFIED} of them after an intensifier (सबसे, बहुत, बेहद:",
        f"# words HDTB tags INTF): they describe, not classify. Written by {_COMMAND};",
        "# each line: the lemma, then its count and intensified share as a comment.",
    ],
}


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    p = argparse.ArgumentParser(prog="python -m hindi_brief.training.word_lists", description=__doc__.split("\n")[0])
    p.add_argument("--data", default="../shared/data/ud_hindi", help="folder holding the UD Hindi treebanks")
    p.add_argument("--out", default="hindi_brief/text/lexicon", help="folder to write the lists to")
    args = p.parse_args(argv)
    shared = Path(args.data).parent  # the folder of the UD treebanks, the XPOS split and ILSUM
    xpos_file = shared / TRAIN_XPOS
    try:
        train = load_split(args.data)["train"]
        if not xpos_file.is_file():
            raise FileNotFoundError(f"missing {xpos_file} (the HDTB training split of words and XPOS, beside --data)")
        if not (shared / ILSUM_VAL).is_file():
            raise FileNotFoundError(f"missing {shared / ILSUM_VAL} (the ILSUM Hindi val split, beside --data)")
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    from ..pipeline import Pipeline

    ilsum_docs = Pipeline(tagger="embedded").pipe(ilsum_texts(shared))
    xpos_sentences = list(read_xpos_tsv(xpos_file))  # read once: the places and the intensifiers both count it
    lists = (
        ("light_verb_nouns", light_verb_nouns(train)),
        ("conjunct_nouns", light_verb_nouns(train, min_share=MIN_CONJUNCT_SHARE)),
        ("light_verbs", light_verbs(train)),
        ("number_words", number_words(train)),
        ("non_nominal_words", non_nominal_words(train)),
        ("unit_nouns", unit_nouns(train)),
        ("noun_taking_adjectives", noun_taking_adjectives(train)),
        ("standalone_places", standalone_places(xpos_sentences)),
        ("number_bound", number_bound(xpos_sentences)),
        ("quantifiers", quantifiers(xpos_sentences)),
        ("common_nouns", common_nouns(xpos_sentences)),
        ("nominal_words", nominal_words(xpos_sentences)),
        ("gradable_adjectives", gradable_adjectives(_adjective_uses(train, ilsum_docs, intensifiers(xpos_sentences)))),
    )
    Path(args.out).mkdir(parents=True, exist_ok=True)
    for name, rows in lists:
        path = Path(args.out) / f"{name}.txt"
        lines = HEADERS[name] + [f"{w}  # {n}, {share:.2f}" for w, n, share in rows]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {path} ({len(rows)} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
