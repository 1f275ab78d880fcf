"""Keyphrase candidates of a document (``rank.keywords``): runs of phrase words inside sentences, names,
designations, initials, glued words, quoted titles and genitive pairs, each phrase with its occurrences."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import chain, islice
from typing import Iterable, Sequence

import regex

from ...doc import PUNCT_KINDS, Document, Sentence, TokenColumns
from ...text.normalize import normalize, spelling_key
from ...text.sentences import LETTER_NAMES
from ...text.clean import opens_also_read
from ...text.lexicon import words
from ...text.stopwords import STOPWORDS
from ...text.verb_forms import IMPERATIVE_ENDINGS, verb_lemma
from ..weights import DocumentFrequencies, df_for, load_df
from .vocabulary import (
    _AFTER_NOUN_OPENS,
    _AFTER_NOUN_TAKES,
    _CALLING,
    _CLASS,
    _GENITIVE_KEY,
    _HYPHENS,
    _IF_COMMON,
    _INITIAL_STOPS,
    MANNER_NOUNS,
    _NEVER,
    _NO_ROLE,
    NUMBER_WORDS,
    _ROLES,
    _TITLE,
    _Candidate,
    _Role,
    _compound_base,
    _english_glosses,
    _glued_on,
    _in_conjunct_verb,
    _inside,
    _is_calling,
    _is_generic,
    _is_numbered_ordinal,
    _is_title,
    _latin_role,
    _lemmas,
    phrase_words,
    _role,
)
from .spellings import (
    _base_compounds,
    _defined_acronyms,
    _loanword_plurals,
    _merge_into,
    _one_script,
    _one_spacing,
    _one_spelling,
    _one_writing,
    _spelled_out_acronyms,
)
from .scoring import _topic_words

MAX_WORDS = 4
MAX_WORDS_UNTAGGED = 3
# Phrases co-occur when they share a sentence; a sentence longer than this many characters
# (a text without punctuation) is cut into slices, so the graph stays sparse and linear.
COOCCURRENCE_CHARS = 600
#: Places: names the treebank writes with no other name beside them and followed by में or से (``भारत``, ``पंजाब``;
#: ``lexicon/standalone_places.txt``, written from HDTB by ``training.word_lists``): a two-word chain said once that
#: ends in one is more likely a name beside a place than a first name and a surname (``_split_adjacent_names``).
STANDALONE_PLACES = frozenset(words("standalone_places"))
#: Words HDTB writes as common nouns, in at least 5% of their uses (``lexicon/common_nouns.txt``, from HDTB by the same
#: command: ``नीति``, ``अधिनियम``, ``दिवस``, ``संगठन``; not ``राजनाथ``, ``सिंह``): a designation titles the name after it
#: only when that name holds a word that is not one (``_designations``).
COMMON_NOUNS = frozenset(map(spelling_key, words("common_nouns")))
#: Words HDTB knows as common nouns or adjectives (``lexicon/nominal_words.txt``, from HDTB by the same command: tagged
#: NN or JJ in at least 5% of two or more uses: ``कवि``, ``कप्तान``, ``रक्षा``; not ``अली``, nor a word HDTB never has). A
#: tagger that calls another word a noun is guessing at a word it does not know, most often a name (``_first_names``).
NOMINAL_WORDS = frozenset(map(spelling_key, words("nominal_words")))
#: A first name guessed from ``NOMINAL_WORDS`` opens a person's name of at most this many words (``फाफ डु प्लेसिस``).
GUESSED_NAME_WORDS = 3
#: Such a word that holds a digit (``covid-19``, ``aa1958``: keys are lower case), in Latin letters.
#: (Lookaheads and a possessive run: the pattern ``[...]*\p{Nd}[...]*`` backtracked through every pair of digits of
#: a long glued token that fails to match, time quadratic in its length.)
_LATIN_CODE = regex.compile(r"(?=[^\p{Latin}]*\p{Latin})(?=[^\p{Nd}]*\p{Nd})[\p{Latin}\p{Nd}-]++")
_NOUN_CLASSES = ("N", "P")
#: The Persian izafat particle of names such as लश्कर-ए-तैयबा, when written with spaces.
_IZAFAT = "ए"
_VERBAL = frozenset({"VERB", "AUX"})


#: An occurrence as ``_collect`` gathers it before its candidate is made: (sentence position, position weight, start,
#: end, co-occurrence window).
_Occurrence = tuple[int, float, int, int, int]


def _runs(
    sentence: Sentence, tagged: bool, common: frozenset[str], bases: dict[str, str], renamed: dict[str, str]
) -> list[list[list]]:
    """The sentence's runs of candidate words, each word ``[start, end, key, class, designation]``
    (``designation``: ``_TITLE`` for a title, ``_IF_COMMON`` for a calling (``CALLINGS``) or a PROPN tagged NOUN/ADJ
    in the document more often than a one-word name (``common``), else ``_NEVER``; ``_designations`` reads it);
    ``bases`` gains the base-form key of each inflected hyphen compound met (``_base_compounds``); a word tagged
    PROPN whose form is a key of ``renamed`` takes that lemma (``_collect``).

    A run breaks at every token that may not be a phrase word, and in tagged text before an adjective of
    ``NON_NOMINAL_WORDS`` that follows a noun or name (a noun phrase's adjectives come before its noun: ``जगह | नया
    पैटर्न``), and at a word of ``NOUN_TAKING_ADJECTIVES`` after a noun or name or a postposition (in untagged text
    after any phrase word or a stopword), which joins neither side (``बुराड़ी | स्थित | निरंकारी समागम``, ``दिल्ली में
    | स्थित | पार्टी मुख्यालय``); a hyphenated compound
    counts as one word whether written ``भारत-अमेरिका`` or ``भारत - अमेरिका`` (spaced on
    both sides only between two names, so never in untagged text).
    """
    c = sentence.columns
    starts, ends, norms, pos, lemmas = c.starts, c.ends, c.norms, c.pos, _lemmas(c, renamed)
    n = len(starts)
    get = _ROLES.get
    # A tagged token outside ``_CLASS`` has no key (``_role``): it can only end a run, and a
    # token that may not be a phrase word at all does the same, so its type is not looked up.
    kinds = c.kinds
    n_latin = kinds.count("latin") if tagged else 0
    latin_names = n_latin > 0 and kinds.count("word") > n_latin  # a Devanagari sentence with Latin words
    glosses = _english_glosses(sentence.text, sentence.start) if latin_names and n_latin >= 2 else None
    gloss_starts = [a for a, _ in glosses] if glosses else None
    roles = [
        (_NO_ROLE if gloss_starts and _inside(start, gloss_starts, glosses) else _latin_role(norm))  # type: ignore[arg-type]
        if latin_names and kind == "latin"
        else (get((tagged, kind, norm, p, lemma)) or _role(tagged, kind, norm, p, lemma))
        if not tagged or p in _CLASS
        else _NO_ROLE
        for kind, norm, p, lemma, start in zip(kinds, norms, pos, lemmas, starts)
    ]
    initials = (
        _dotted_initials(norms, kinds, starts, ends, roles)
        if tagged and ("." in sentence.text or "॰" in sentence.text)
        else _NO_INITIALS
    )
    runs: list[list[list]] = []
    cur: list[list] = []
    last = -2  # the last token taken into ``cur`` (a token in between breaks the run)
    taken = -1  # tokens up to here belong to a compound already made
    # Only phrase words can start or continue a run; the others (most tokens) only break it.
    word_indices = [i for i, role in enumerate(roles) if role[0]]
    for i in sorted(initials.union(word_indices)) if initials else word_indices:
        if i <= taken:
            continue
        # A token between the last one taken and this one breaks the run, save an initial's full stop.
        apart = i != last + 1 and not (initials and last in initials and i == last + 2)
        if initials and i in initials:  # "के. एस. कृष्णन": the initial and its full stop open the name after them
            if cur and (apart or kinds[last] == "latin"):
                runs.append(cur)
                cur = []
            cur.append([starts[i], ends[i], norms[i], "P", _NEVER])
            last = i
            continue
        # A light-verb noun right before a verb is the first part of a conjunct verb ("सेवा शुरू की",
        # "दोषी करार दिया"): the run before it names the topic, the whole is an action. Before a noun
        # or a postposition it stays a phrase word ("परमाणु करार पर").
        if tagged and i + 1 < n and pos[i + 1] in _VERBAL and _in_conjunct_verb(roles[i][1] or "", lemmas[i + 1] or norms[i + 1]):
            if cur:
                runs.append(cur)
                cur = []
            continue
        if cur and (apart or (kinds[i] == "latin") != (kinds[last] == "latin")):
            runs.append(cur)
            cur = []
        # "भारत - अमेरिका", "भारत -अमेरिका": word, hyphen, word -> one compound unit. A dash
        # glued to the word before it and followed by a space is a colon ("कहा- भाजपा",
        # "कहानी- तंगहाली"), not a compound; one with a space on both sides joins two names
        # only: between other words it is a dash ("शहरों - यमुनोत्री", "प्रमोटर - एलन मस्क"), and
        # untagged text, which cannot tell names, reads it as a dash.
        if (
            i + 2 < n
            and roles[i + 2][0]
            and sentence.text[starts[i + 1] - sentence.start : ends[i + 1] - sentence.start] in _HYPHENS
            and not (starts[i + 1] == ends[i] and starts[i + 2] > ends[i + 1])
            and (
                (tagged and pos[i] == pos[i + 2] == "PROPN")
                if starts[i + 1] > ends[i] and starts[i + 2] > ends[i + 1]
                else not tagged or (pos[i] in _CLASS and pos[i + 2] in _CLASS)
            )
        ):
            r = i + 2
            unit_cls = "W" if not tagged else ("P" if "PROPN" in (pos[i], pos[r]) else "N")
            key = f"{norms[i]}-{norms[r]}"
            base = _compound_base(key, f"{norms[i]}-{lemmas[r]}") if tagged and lemmas[r] else None
            if base is not None:
                bases[key] = base
            cur.append([starts[i], ends[r], key, unit_cls, _NEVER])
            last = taken = i + 2
            continue
        # "लश्कर ए तैयबा", "तहरीक ए इंसाफ": a Persian izafat written with spaces, one name, keyed as its
        # hyphenated spelling ("लश्कर-ए-तैयबा", one token) so that both spellings are one keyword. Only
        # between two phrase words one of which is a name: a vocative "ए" ("सुन ए दोस्त") follows a verb
        # or a pronoun, which are no phrase words.
        if (
            tagged
            and i + 2 < n
            and norms[i + 1] == _IZAFAT
            and roles[i + 2][0]
            and starts[i + 1] > ends[i]
            and starts[i + 2] > ends[i + 1]
            and "PROPN" in (pos[i], pos[i + 2])
            and pos[i] in _CLASS
            and pos[i + 2] in _CLASS
            and norms[i] not in LETTER_NAMES  # initials: "एस ए बोबडे"
            and norms[i + 2] not in LETTER_NAMES
        ):
            r = i + 2
            cur.append([starts[i], ends[r], f"{norms[i]}-{_IZAFAT}-{norms[r]}", "P", _NEVER])
            last = taken = r
            continue
        _, key, cls, common_rule, base, after_noun = roles[i]
        if base is not None:
            bases[key] = base  # type: ignore[index]
        if key is None:
            if cur:
                runs.append(cur)
                cur = []
        else:
            # A word said twice in a row is no phrase of two ("पटना पटना में", a dateline glued on:
            # "नई दिल्ली दिल्ली के"): the run breaks between them. Initials repeat ("एस एस राजामौली").
            if cur and spelling_key(cur[-1][2]) == spelling_key(key) and key not in LETTER_NAMES:
                runs.append(cur)
                cur = []
            elif after_noun == _AFTER_NOUN_TAKES and _takes_a_noun(cur, i, tagged, pos, norms):
                if cur:  # "बुराड़ी | स्थित | निरंकारी समागम": the word belongs to neither phrase
                    runs.append(cur)
                    cur = []
                continue
            # A Hindi noun phrase puts its adjectives before its noun: an adjective HDTB never tags a noun after a
            # noun opens the next phrase ("ख़रीदी पत्रिका | बड़े चाव से", "जगह | नया पैटर्न").
            elif after_noun == _AFTER_NOUN_OPENS and cur and cur[-1][3] in _NOUN_CLASSES:
                runs.append(cur)
                cur = []
            designation = (
                _IF_COMMON if common_rule == _CALLING else common_rule if common_rule == _TITLE or key in common else _NEVER
            )
            cur.append([starts[i], ends[i], key, cls, designation])
        last = i
    if cur:
        runs.append(cur)
    if initials:  # initials the run lost their name from (a conjunct verb broke it) name nothing
        at = {starts[i] for i in initials}
        for run in runs:
            while run and run[-1][0] in at:
                run.pop()
        runs = [run for run in runs if run]
    return runs


def _takes_a_noun(cur: list[list], i: int, tagged: bool, pos: Sequence[str | None], norms: Sequence[str]) -> bool:
    """Does the word at ``i``, one of ``NOUN_TAKING_ADJECTIVES``, take the noun before it here: right after a noun or
    name in ``cur`` (``नागपुर स्थित``) or after a postposition other than the genitive's (``दिल्ली में स्थित``; after
    ``का`` it describes the noun that follows, as the genitive does: ``गहरे रंग का ऊँचा शिखर``)? Untagged text cannot
    tell, so there any phrase word or stopword but the genitive's before it counts (and ``सबसे ऊँचा शिखर`` loses its
    adjective)."""
    if cur:
        return not tagged or cur[-1][3] in _NOUN_CLASSES
    if i == 0 or norms[i - 1] in _GENITIVE:
        return False
    return pos[i - 1] == "ADP" if tagged else norms[i - 1] in STOPWORDS


_NO_INITIALS: frozenset[int] = frozenset()
#: The most initials a name opens with (``ए. पी. जे. अब्दुल कलाम``).
MAX_INITIALS = 3


def _dotted_initials(
    norms: Sequence[str], kinds: Sequence[str], starts: Sequence[int], ends: Sequence[int], roles: list[_Role]
) -> frozenset[int]:
    """Token indices of the initials written with a full stop right after them (``के.``, ``पी.टी.``) before a name word
    (``के. एस. कृष्णन``, ``पी.टी. उषा``, ``एम. एस. स्वामीनाथन``): each letter name is a token and each full stop
    another, so the name would keep only its last word (``कृष्णन``), and the initial ``के`` is also the postposition.
    Only up to ``MAX_INITIALS`` of them (a longer chain is no name's: all are left out), and only before a Devanagari
    word the tagger calls a name: ``बी.टेक`` and a chain of initials alone (``सी.पी.यू``) are no names, and a run never
    mixes the scripts. A dotted acronym before a name opens it too (``आई.आई.टी. दिल्ली``)."""
    out: list[int] = []
    n = len(norms)
    i = 0
    while i < n:
        k = i
        while (
            k + 2 < n
            and kinds[k] == "word"
            and norms[k] in LETTER_NAMES
            and norms[k + 1] in _INITIAL_STOPS
            and starts[k + 1] == ends[k]
        ):
            k += 2
        if 0 < k - i <= 2 * MAX_INITIALS and kinds[k] == "word" and roles[k][2] == "P" and norms[k] not in LETTER_NAMES:
            out.extend(range(i, k, 2))
        i = max(k, i + 1)
    return frozenset(out)


#: A genitive pair said this often is a term (F1@10 of the hand-made keyphrases on the development sets, ILSUM val /
#: essays and articles: 2: 47.16 / 27.63; 3: 47.74 / 27.63; 4: 47.12 / 27.29); said twice it is as often a
#: passing phrase (``जांच की मांग``, ``सरकार का इस्तीफा``).
GENITIVE_MIN_COUNT = 3
_GENITIVE = frozenset(("का", "की", "के"))
_GENITIVE_GAP = 6  # " का " with a space or two more


def _genitives(sentence: Sentence, runs: list[list[list]]) -> list[tuple[str, str, int, int]]:
    """``(X, Y, start, end)`` of each ``X का/की/के Y`` of the sentence that may be a genitive pair (the module doc):
    ``X`` the last word of a run and a noun or name, not the last word of a longer name; ``Y`` the first word of
    the next run and a common noun with no name after it in that run (``भारत के प्रधानमंत्री नरेंद्र मोदी``).
    ``_genitive_pair`` tests the words themselves, once per pair the text says often enough."""
    text, offset = sentence.text, sentence.start
    out = []
    # Runs break at every postposition, so a pair is two neighbouring runs with the postposition alone between
    # them: the text between is read, not the tokens.
    for run1, run2 in zip(runs, runs[1:]):
        u1, u2 = run1[-1], run2[0]
        if u2[0] - u1[1] > _GENITIVE_GAP or text[u1[1] - offset : u2[0] - offset].strip() not in _GENITIVE:
            continue
        # The head is a common noun: a name after a genitive is named on its own ("गुजरात का जूनागढ़").
        if u1[3] not in "NP" or u2[3] != "N" or (len(run2) > 1 and run2[1][3] == "P"):
            continue
        if u1[3] == "P" and len(run1) > 1 and run1[-2][3] == "P":
            continue  # the last word of a longer name ("बिग बॉस का घर", "विकास दुबे का साथी"): the name is the keyword
        out.append((u1[2], u2[2], u1[0], u2[1]))
    return out


def _genitive_pair(first: str, head: str) -> bool:
    """May ``first का head`` be a keyword: neither word a generic, number or manner noun, the head no title, and
    neither a hyphen compound (``भारत-अमेरिका के संबंध``: the compound is a phrase of its own)?"""
    k1, k2 = spelling_key(first), spelling_key(head)
    return not (
        _is_generic(first, True) or _is_generic(head, True) or k1 in NUMBER_WORDS or k2 in NUMBER_WORDS
        or k1 in MANNER_NOUNS or k2 in MANNER_NOUNS or _is_title(k2) or "-" in first or "-" in head
    )


def _designations(sentence_runs: list[list[list[list]]]) -> None:
    """In each proper-noun chain, make a designation and every word before it common nouns, in place:
    ``रक्षा मंत्री राजनाथ सिंह`` gives the phrase ``रक्षा मंत्री`` and the name ``राजनाथ सिंह``.

    A designation is a title (``TITLES``: ``मंत्री``, ``अध्यक्ष``), a calling (``CALLINGS``, words in ``विद्``: read as
    such a word whatever the text says elsewhere) or a word the tagger calls a common noun
    or adjective in the text more often than a one-word name (``common`` of ``_runs``: ``रक्षा``, ``कवि``; not the
    ``विराट`` of ``विराट कोहली``, once read as the adjective and twice as a name alone), which titles the name after it. Such a
    word that *ends* a chain of two or more words the text writes at least twice is the name's head
    instead (``उत्तर प्रदेश``, ``सुप्रीम कोर्ट``, ``डोनाल्ड ट्रंप`` where ``ट्रंप`` is once tagged a noun): then
    only titles are designations in that chain, so ``राष्ट्रीय स्वयंसेवक संघ`` and ``जनता दल`` stay names. Said
    once, such a chain is more often a name with a common word glued on (``अयोध्या गोली``), and is read as
    before. Nor is a first name the tagger also calls a noun a designation (``_first_names``: ``योगी आदित्यनाथ``),
    nor a word that is no title where every word after it in the chain is a common noun (``COMMON_NOUNS``): it then
    titles nothing, and the chain is one name (``राष्ट्रीय शिक्षा नीति``, ``मोटर वाहन अधिनियम``).
    """
    # Only runs that hold a designation change; a chain whose head may be kept ends in one, so all
    # its occurrences are among them too. Untagged text has no designations.
    flagged = [(run, _name_chains(run)) for runs in sentence_runs for run in runs if any(u[4] for u in run)]

    def headed(run: list[list], i: int, j: int) -> bool:  # two or more words ending in a noun-elsewhere word
        return j - i >= 2 and run[j - 1][4] == _IF_COMMON

    chains = Counter(tuple([u[2] for u in run[i:j]]) for run, spans in flagged for i, j in spans if headed(run, i, j))
    first_names = _first_names(sentence_runs, flagged)
    for run, spans in flagged:
        for i, j in spans:
            keep_head = headed(run, i, j) and chains[tuple([u[2] for u in run[i:j]])] >= 2
            for k in range(j - 1, i - 1, -1):  # the last designation of the chain and every word before it
                if k + 1 < j and first_names.get(run[k][2]) == run[k + 1][2]:
                    continue  # "योगी आदित्यनाथ": a first name, not a designation
                if run[k][4] == _TITLE or (run[k][4] and not keep_head):
                    # What follows a designation that is no title must be a name: when every word after it is a
                    # common noun, it titles nothing and the chain is one name (an institution, a scheme, a law,
                    # a day: "राष्ट्रीय शिक्षा नीति", "मोटर वाहन अधिनियम", "विश्व स्वास्थ्य संगठन"), where "कवि कुमार विश्वास"
                    # titles "कुमार विश्वास" ("कुमार" is no common noun).
                    if run[k][4] != _TITLE and k + 1 < j and all(spelling_key(u[2]) in COMMON_NOUNS for u in run[k + 1 : j]):
                        break
                    for m in range(i, k + 1):
                        run[m][3] = "N"
                    break


def _first_names(sentence_runs: list[list[list[list]]], flagged: list[tuple[list[list], list[tuple[int, int]]]]) -> dict[str, str]:
    """Noun-elsewhere words that open a name rather than title it, each with the name word after it: the text
    writes the two together at least twice, and the second without the first less often than with it
    (``योगी आदित्यनाथ`` five times, ``आदित्यनाथ`` alone once; the tagger calls ``योगी`` a noun in ``योगी सरकार``).
    A designation is written at a name's first mention and left off later (``कवि कुमार विश्वास``, then ``कुमार विश्वास``).

    Or the word opens a name chain, right before a name word that is no designation, in a person's name
    (``_person_name_after``), and HDTB does not know it as a common noun or adjective (``NOMINAL_WORDS``): the tagger's
    noun reading of it elsewhere is a guess at a name it does not know (``मुनीबा ने``, ``फाफ ने`` beside ``मुनीबा
    अली``, ``फाफ डु प्लेसिस``), where a designation is a word the treebank writes as a noun (``कवि``, ``कप्तान``,
    ``ओपनर``); with the name word after its first such opening."""
    openers = {u[2] for run, _ in flagged for u in run if u[4] == _IF_COMMON}
    if not openers:
        return {}
    together: Counter = Counter()  # (opener, the name word right after it): how often
    unknown: dict[str, str] = {}  # an opener HDTB has no noun of -> the name word after its first opening of a chain
    for runs in sentence_runs:
        for run in runs:
            for k in range(1, len(run)):
                first, second = run[k - 1], run[k]
                if first[2] in openers and second[3] == "P":
                    together[(first[2], second[2])] += 1
                    if (
                        second[4] == _NEVER
                        and first[2] not in unknown
                        and (k == 1 or run[k - 2][3] != "P")
                        and spelling_key(first[2]) not in NOMINAL_WORDS
                        and not _is_calling(spelling_key(first[2]))
                        and _person_name_after(run, k)
                    ):
                        unknown[first[2]] = second[2]
    pairs = {pair: n for pair, n in together.items() if n >= 2}
    named: dict[str, str] = {}
    if pairs:
        after = {second for _, second in pairs}
        seconds: Counter = Counter()  # every occurrence of those name words, after an opener or not
        for runs in sentence_runs:
            for run in runs:
                for u in run:
                    if u[2] in after:
                        seconds[u[2]] += 1
        named = {first: second for (first, second), n in pairs.items() if seconds[second] - n < n}
    for first, second in unknown.items():
        named.setdefault(first, second)
    return named


def _person_name_after(run: list[list], k: int) -> bool:
    """Do the name words from ``run[k]`` to the end of its chain complete a person's name opened by ``run[k - 1]``:
    at most ``GUESSED_NAME_WORDS`` words with it, none a place (``STANDALONE_PLACES``)? A longer chain, or one that
    holds a place, is more often a noun glued onto a name (``स्कूटर्स ओवरऑल टू-व्हीलर मार्केट``, ``दीपिका पादुकोण
    मुंबई``)."""
    words_, place = _name_from(run, k)
    return words_ < GUESSED_NAME_WORDS and not place


def _name_from(run: list[list], k: int) -> tuple[int, bool]:
    """How many name words the chain holds from ``run[k]`` on, and whether one is a place (``STANDALONE_PLACES``)."""
    m = k
    while m < len(run) and run[m][3] == "P":
        m += 1
    return m - k, any(u[2] in STANDALONE_PLACES for u in run[k:m])


def _name_chains(run: list[list]) -> list[tuple[int, int]]:
    """``(i, j)`` unit ranges of the run's proper-noun chains (maximal runs of class ``P``)."""
    out = []
    i, n = 0, len(run)
    while i < n:
        if run[i][3] != "P":
            i += 1
            continue
        j = i + 1
        while j < n and run[j][3] == "P":
            j += 1
        out.append((i, j))
        i = j
    return out


def _split_adjacent_names(sentence_runs: list[list[list[list]]], sents: list[Sentence]) -> None:
    """Cut, in place, the runs where two names stand side by side as one chain.

    A headline or a sentence that drops the comma or postposition between two names gives one
    proper-noun chain (``राहुल गांधी जीडीपी``, ``सुखजिंदर सिंह रंधावा पंजाब``, ``एशिया कप पाकिस्तान``).
    A chain of three or more words that the text writes once is cut where both parts are chains
    the text writes on their own elsewhere (``राहुल गांधी`` and ``जीडीपी``); of several such cuts,
    the one whose parts the text writes most often. A two-word chain said once is cut where it
    ends in a place (``STANDALONE_PLACES``: not a party, so ``पंजाब कांग्रेस`` stays whole) and the
    text writes its first word as a name on its own at least twice: an encyclopedic text opens with
    its subject before a place (``गंगा भारत की सबसे महत्वपूर्ण नदी है``, ``ताजमहल भारत के आगरा शहर में``);
    or, below, where it is a surname and a place. Other two-word chains stay whole: a first name and a surname are each written alone as often
    as a name and a place (``विराट``, ``कोहली``; ``सलमान खान`` said once beside ``सलमान`` said ten
    times); nor is a chain of more than ``2 * MAX_WORDS`` words cut.

    A two-word chain said once is also cut where its first word is a person's surname and its second a place
    (``गहलोत जयपुर स्थित बिड़ला ऑडिटोरियम में``, ``शाह गुवाहाटी पहुंचे``): the text writes the first word alone and as
    the end of a longer name whose word before it is no word HDTB knows as a noun or adjective (``अशोक गहलोत``; not
    ``नई दिल्ली``), and never writes it before में or स्थित (no place itself); the second is a place
    (``STANDALONE_PLACES``) or a word HDTB does not know as a noun or adjective that the text writes before में or
    स्थित (``_written_as_places``; not ``धोनी स्टेडियम``, ``बजाज ऑटो``; nor ``शाह फैसल`` where the text says ``फैसल से``). A news story names a person in full once
    and by the surname after that, where a place is seldom part of a name.
    """
    chains: Counter[tuple[str, ...]] = Counter()
    cuttable = []
    for s, runs in enumerate(sentence_runs):
        for r, run in enumerate(runs):
            if len(run) == 1:  # most runs: a one-word name, if any, is never cut
                if run[0][3] == "P":
                    chains[(run[0][2],)] += 1
                continue
            for i, j in _name_chains(run):
                key = tuple([u[2] for u in run[i:j]])
                chains[key] += 1
                # A longer chain stays whole: one of its parts would be too long to be a candidate,
                # and trying its cuts would cost the square of its length (a text that lists names).
                # A two-word chain is cut only where its second word is a place (below).
                if 2 <= j - i <= 2 * MAX_WORDS:
                    cuttable.append((s, r, i, key))
    cuts: dict[tuple[int, int], list[int]] = {}
    surnames: set[str] | None = None  # made when a two-word chain said once needs it
    places: frozenset[str] | None = None  # likewise
    for s, r, i, key in cuttable:
        if chains[key] != 1:
            continue
        # Cut after p words; ties go to the first such cut.
        if len(key) == 2:
            if key[1] in STANDALONE_PLACES and chains[key[:1]] >= 2:
                splits = [1]
            else:
                if surnames is None:
                    surnames = {k[-1] for k in chains if len(k) >= 2 and spelling_key(k[-2]) not in NOMINAL_WORDS}
                surname_and_place = key[0] in surnames and chains[key[:1]] >= 1 and key[0] not in STANDALONE_PLACES
                if surname_and_place:
                    if places is None:
                        places = _written_as_places(sents)
                    surname_and_place = key[0] not in places and (
                        key[1] in STANDALONE_PLACES or (key[1] in places and spelling_key(key[1]) not in NOMINAL_WORDS)
                    )
                splits = [1] if surname_and_place else []
        else:
            splits = [p for p in range(1, len(key)) if chains[key[:p]] and chains[key[p:]]]
        if splits:
            p = max(splits, key=lambda p: chains[key[:p]] + chains[key[p:]])
            cuts.setdefault((s, r), []).append(i + p)
    for (s, r), at in sorted(cuts.items(), reverse=True):  # later runs first: indices stay valid
        run = sentence_runs[s][r]
        bounds = [0, *sorted(at), len(run)]
        sentence_runs[s][r : r + 1] = [run[a:b] for a, b in zip(bounds, bounds[1:])]


#: What follows a place: ``जयपुर में``, ``जयपुर स्थित`` (``_split_adjacent_names``). Not से, which follows a person as
#: often ("फैसल से मुलाकात की").
_AFTER_PLACE = frozenset({"में", "स्थित"})


def _written_as_places(sents: list[Sentence]) -> frozenset[str]:
    """The normalised forms of the words ``sents`` write right before में or स्थित, in one pass over their tokens."""
    out: set[str] = set()
    for sentence in sents:
        norms = sentence.columns.norms
        out.update(a for a, b in zip(norms, islice(norms, 1, None)) if b in _AFTER_PLACE)
    return frozenset(out)


# A quotation mark between two Devanagari letters inside one token: the tokenizer joins words at an apostrophe
# (``India's``), and scraped copy glues a closing quotation mark to the next sentence's first word.
_QUOTE_SEAM = regex.compile(r"(?<=[\p{Devanagari}&&[\p{L}\p{M}]])['’](?=\p{Devanagari})", regex.V1)
_NAME_PREFIXES = frozenset({"ओ", "डी", "डि"})  # ओ'ब्रायन, डी'सूजा: names, not two words
_QUOTE_CHARS = "'’‘‚´"  # what normalising makes an apostrophe
_QUOTE_CHAR = regex.compile(f"[{_QUOTE_CHARS}]")


_Analysis = tuple[str | None, str | None]  # a token's (tag, lemma)
#: A seam: where in a word's normalised form its mark starts and ends (``i == j`` for two words glued without one),
#: and the tag and lemma of the parts before and after it.
_Seam = tuple[int, int, _Analysis, _Analysis]
#: The shortest part, in characters, of a word read as two glued together (``_glued_seams``).
GLUED_PART_MIN = 3
#: How often the text must write each part on its own.
GLUED_PART_MIN_COUNT = 2
_DEVANAGARI_WORD = regex.compile(r"\p{Devanagari}+")
_LETTER_FIRST = regex.compile(r"\p{L}")
_SENTENCE_END_TAGS = frozenset({"VERB", "AUX"})


def _analyses(sents: list[Sentence], parts: set[str]) -> dict[str, _Analysis]:
    """The tag and lemma the text gives each word of ``parts`` where it writes it alone, most often (ties: the first)."""
    seen: dict[str, Counter] = {}
    for sentence in sents:
        c = sentence.columns
        if not parts.isdisjoint(c.norms):
            for norm, pos, lemma in zip(c.norms, c.pos, c.lemmas):
                if norm in parts:
                    seen.setdefault(norm, Counter())[(pos, lemma)] += 1
    return {norm: counts.most_common(1)[0][0] for norm, counts in seen.items()}


def _quote_seams(sents: list[Sentence]) -> dict[str, _Seam]:
    """Words that are two words with a quotation mark between them, where scraped copy glued a quotation's closing
    mark to the next sentence's first word (``पूजा करेंगे’सभाजीत सिंह ने कहा``, ``बेहतर होगा’बसपा सुप्रीमो``: 70 times in
    ILSUM's 2,123 articles; Hindi writes no apostrophe inside a word, save the ``ओ'`` and ``डी'`` of names), each with its
    seam. In tagged text a part the text never writes alone is no phrase word before the mark (``करेंगे``), and keeps
    the whole word's tag after it, its lemma its form (the next sentence's first word, most often a name)."""
    cuts: dict[str, int] = {}
    for sentence in sents:
        for norm in sentence.columns.norms:
            if "'" in norm and norm not in cuts:
                m = _QUOTE_SEAM.search(norm)
                if m is not None and norm[: m.start()] not in _NAME_PREFIXES:
                    cuts[norm] = m.start()
    if not cuts:
        return {}
    analysis = _analyses(sents, {p for w, i in cuts.items() for p in (w, w[:i], w[i + 1 :])})
    return {
        w: (i, i + 1, analysis.get(w[:i], ("X", None)), analysis.get(w[i + 1 :]) or (analysis[w][0], w[i + 1 :]))
        for w, i in cuts.items()
    }


def _glued_seams(sents: list[Sentence]) -> dict[str, _Seam]:
    """Words that are two words glued without a space, as scraped pages join a paragraph's last word to the next one's
    first (``अमित शाहपश्चिम बंगाल``, ``प्रवक्ता अरिंदम बागचीअफगानिस्तान``, ``गयाश्रीनगर``), each with its seam: a Devanagari word
    the text writes once and the shipped document frequencies never saw, that splits into two words of at least
    ``GLUED_PART_MIN`` characters the text writes on their own at least ``GLUED_PART_MIN_COUNT`` times each, the second
    no stopword and tagged a name there, or the first a verb (a sentence's end). Compounds pass this test too
    (``राममंदिर``, ``बर्डफ्लू``); read as two words they are the phrase written with a space, which ``_one_spacing`` makes
    one with the compound. Without the second part's tag or the first's, compounds of common words would be cut as
    well, most of all in encyclopedic text (``सातवाहन``, ``मंगलयान``: essays and articles 32.38 -> 31.78)."""
    counts: Counter[str] = Counter()
    for sentence in sents:
        counts.update(sentence.columns.norms)
    least = 2 * GLUED_PART_MIN
    once = [w for w, n in counts.items() if n == 1 and len(w) >= least]
    if not once:
        return {}
    known = load_df("norm").knows
    cuts: dict[str, int] = {}
    for w in once:
        if w in STOPWORDS or not _DEVANAGARI_WORD.fullmatch(w) or known(w):
            continue
        for i in range(GLUED_PART_MIN, len(w) - GLUED_PART_MIN + 1):
            a, b = w[:i], w[i:]
            if (
                counts[a] >= GLUED_PART_MIN_COUNT
                and counts[b] >= GLUED_PART_MIN_COUNT
                and b not in STOPWORDS
                and _LETTER_FIRST.match(b)
                and not a.endswith("्")
            ):
                cuts[w] = i
                break
    if not cuts:
        return {}
    analysis = _analyses(sents, {p for w, i in cuts.items() for p in (w[:i], w[i:])})
    return {
        w: (i, i, analysis[w[:i]], analysis[w[i:]])
        for w, i in cuts.items()
        if analysis[w[i:]][0] == "PROPN" or analysis[w[:i]][0] in _SENTENCE_END_TAGS
    }


class _Parted:
    """A sentence with some words read as two (``_parted``): what ``_runs`` reads of a sentence."""

    __slots__ = ("text", "start", "columns")

    def __init__(self, text: str, start: int, columns: TokenColumns) -> None:
        self.text, self.start, self.columns = text, start, columns


def _parted(sentence: Sentence, seams: dict[str, _Seam]) -> Sentence | _Parted:
    """``sentence``, or where it holds a word of ``seams`` (``_quote_seams``, ``_glued_seams``), the sentence with that
    word read as its two parts, and a quotation mark between them as a token of its own."""
    c = sentence.columns
    if seams.keys().isdisjoint(c.norms):
        return sentence
    text, offset = sentence.text, sentence.start
    rows = []
    for row in zip(c.starts, c.ends, c.kinds, c.norms, c.pos, c.lemmas):
        start, end, kind, norm = row[:4]
        seam = seams.get(norm)
        # The seam as written: normalising may change the parts' lengths (a nukta letter decomposed, a joiner dropped).
        at = None if seam is None else _surface_seam(text[start - offset : end - offset], norm, seam[0], seam[1])
        if at is None:
            rows.append(row)
            continue
        i, j, (pos_a, lemma_a), (pos_b, lemma_b) = seam
        rows.append((start, start + at, kind, norm[:i], pos_a, lemma_a))
        after = start + at + (j - i)
        if j > i:
            rows.append((start + at, after, "punct", norm[i:j], "PUNCT", norm[i:j]))
        rows.append((after, end, kind, norm[j:], pos_b, lemma_b))
    return _Parted(text, offset, TokenColumns(*map(tuple, zip(*rows))))


def _surface_seam(surface: str, norm: str, i: int, j: int) -> int | None:
    """Where, in the token as written, the seam ``norm[i:j]`` starts: a quotation mark (``j > i``) or a point (``i ==
    j``) whose two sides normalise to the two parts of ``norm``; ``None`` if there is none."""
    if i == j:
        places: Iterable[int] = [i, *range(1, len(surface))] if i < len(surface) else range(1, len(surface))
    else:
        places = [m.start() for m in _QUOTE_CHAR.finditer(surface)]
    for at in places:
        if normalize(surface[:at]) == norm[:i] and normalize(surface[at + (j - i) :]) == norm[j:]:
            return at
    return None


_ONE_WORD = ((0, 1),)


def _spans(run: list[list], tagged: bool) -> list[tuple[int, int]]:
    """``(i, j)`` unit ranges of a run of two or more units that are candidates (``_collect`` reads a one-word run
    itself: a candidate unless a lone adjective)."""
    if not tagged:
        n = len(run)
        return [(i, j) for i in range(n) for j in range(i + 1, min(n, i + MAX_WORDS_UNTAGGED) + 1)]
    cls = [u[3] for u in run]
    n = len(cls)
    out = []
    i = 0
    while i < n:
        j = i
        if cls[i] == "P":  # a proper-noun chain is one candidate, never split
            while j < n and cls[j] == "P":
                j += 1
            # An ordinal in digits the tagger reads as a chain's last word stands before the noun it counts ("मुकेश
            # अंबानी 13वें नंबर पर", "एयरटेल 10वीं"): the name ends before it. One that opens a name or stands inside one
            # stays ("तीसरा मोर्चा", "साउथ 56वीं स्ट्रीट"), and so does a king's or pope's, written out ("बेनेडिक्ट सोलहवें").
            end = j - 1 if j - i > 1 and _is_numbered_ordinal(run[j - 1][2]) else j
            # The initials a name opens with do not count: "ए. पी. जे. अब्दुल कलाम" is a name of two words.
            if end - i <= MAX_WORDS or _short_after_initials(run, i, end):
                out.append((i, end))
            if j == i + 1:
                # A one-word name followed by common nouns ("दिल्ली पुलिस", "कोरोना वायरस",
                # "इंडिया गेट"): the whole, ending in a noun. After a full name ("माला तिवारी")
                # the next noun is rarely part of it ("माला तिवारी कैंसर").
                m = j
                while m < n and cls[m] != "P" and m - i < MAX_WORDS:
                    m += 1
                    if cls[m - 1] == "N":
                        out.append((i, m))
        else:
            while j < n and cls[j] != "P":
                j += 1
            for a in range(i, j):
                for b in range(a + 1, min(j, a + MAX_WORDS) + 1):
                    if cls[b - 1] == "N":  # ends with a noun
                        out.append((a, b))
        i = j
    return out


def _short_after_initials(run: list[list], i: int, j: int) -> bool:
    """Is the chain ``run[i:j]`` at most ``MAX_WORDS`` words after the initials it opens with (at most
    ``MAX_INITIALS`` of them; a chain of letter names alone is no name)?"""
    m = i
    while m < j and run[m][2] in LETTER_NAMES:
        m += 1
    return m < j and j - i - min(m - i, MAX_INITIALS) <= MAX_WORDS


def candidates(doc: Document) -> dict[tuple[str, ...], _Candidate]:
    """All candidate phrases of ``doc`` (headline included) keyed by their lemma tuple."""
    return _collect(doc, df_for(doc))[0]


def _collect(
    doc: Document, df: DocumentFrequencies
) -> tuple[dict[tuple[str, ...], _Candidate], frozenset[str], list[int], dict[str, str]]:
    """``candidates(doc)`` (no imperative tagged a name or a noun on its own: ``_imperatives``), the lemmas the body
    calls adjectives or numbers (``_stands_alone``), the
    start of every candidate word in text order (``_ChosenSpans``: two candidates overlap
    exactly when they share a word, a compound counting as one), and the Latin words read as
    Devanagari ones (``_one_script``); ``df`` is ``df_for(doc)``."""
    tagged = doc.tagger is not None
    found: dict[tuple[str, ...], _Candidate] = {}
    sents = ([doc.headline] if doc.headline is not None else []) + list(doc.sentences)
    # Lemmas the tagger also calls NOUN/ADJ in this document are not names ("रक्षा" in "रक्षा मंत्री"), unless
    # it calls them a one-word name (no name word beside it) at least as often: a name it misreads now and
    # then ("विराट ने", twice; "विराट" of "विराट कोहली", once an adjective). A designation is a name word
    # only inside a chain ("कवि सोनू निगम"; "इस कवि ने").
    common: set[str] = set()
    names: set[str] = set()
    adj_or_num: set[str] = set()
    # A common noun the tagger calls a name in one place keeps its form as its lemma there ("हत्या मामले में":
    # PROPN "मामले"), where its other uses in the text give the noun's lemma ("मामले की जांच": NOUN, "मामला"). So a
    # form HDTB writes as a common noun (``COMMON_NOUNS``) that the text also tags NOUN with another lemma is read
    # with that lemma where it is tagged a name (in the runs, the quoted phrases and the count of its uses as a noun
    # and as a one-word name below): one word, not a name "मामले" and a noun "मामला". ``COMMON_NOUNS`` holds some
    # names too (``सचिन``, ``प्रसाद``, ``जैन``), whose noun lemma is their form; a surname out of it keeps its spelling
    # where the tagger calls it a noun once and lemmatises it as one (without the test, "वानखेड़े" and "खरे" became
    # "वानखेड़ा" and "खरा"). Where the text never tags the word a noun, a lone name "मामले" is still generic by its
    # form (``_stands_alone``).
    renamed: dict[str, str] = {}
    imperatives: set[str] = set()
    if tagged:
        noun_lemmas: dict[str, str] = {}
        name_norms: set[str] = set()
        for sentence in sents:
            c = sentence.columns
            for pos, lemma, norm in zip(c.pos, c.lemmas, c.norms):
                if pos == "NOUN" or pos == "ADJ":
                    common.add(lemma or norm)
                    if pos == "NOUN" and lemma and lemma != norm:
                        noun_lemmas.setdefault(norm, lemma)
                    if pos == "ADJ" and sentence is not doc.headline:
                        adj_or_num.add(lemma or norm)
                elif pos == "PROPN":
                    names.add(lemma or norm)
                    name_norms.add(norm)
                elif pos == "NUM" and sentence is not doc.headline:
                    adj_or_num.add(lemma or norm)
        renamed = {norm: noun_lemmas[norm] for norm in name_norms & noun_lemmas.keys() if spelling_key(norm) in COMMON_NOUNS}
        imperatives = _imperatives(name_norms, common, df)
        names.update(renamed.values())
        named = common & names
        if named:  # words tagged both ways: count their common uses and their uses as a one-word name
            common -= _named_more_often(sents, named, renamed)
    unit_starts: list[int] = []
    bases: dict[str, str] = {}
    offset = 0 if doc.headline is not None else 1
    windows: dict[tuple[int, int], int] = {}
    genitive_occ: dict[tuple[str, str], list[_Occurrence]] = {}
    quoted_occ: dict[tuple[str, ...], list[_Occurrence]] = {}
    # Where the text has quotation marks: one scan of the text, not one per sentence.
    quote_at = [m.start() for m in _QUOTE_MARK.finditer(doc.text)] if tagged else []
    # A link to another story glued into the text ("पढ़ें- <its headline>") names that story's topics, not this one's.
    also_read = [sentence is not doc.headline and opens_also_read(sentence.text) for sentence in sents]
    # A glued word is told by its parts' tags, which untagged text has none of.
    seams = _glued_seams(sents) if tagged else {}
    if any(q in doc.text for q in _QUOTE_CHARS):
        seams.update(_quote_seams(sents))
    sentence_runs = [
        [] if link else _runs(_parted(sentence, seams) if seams else sentence, tagged, common, bases, renamed)
        for sentence, link in zip(sents, also_read)
    ]
    if tagged:
        _designations(sentence_runs)
        _split_adjacent_names(sentence_runs, sents)
    for sid, (sentence, runs) in enumerate(zip(sents, sentence_runs)):
        position = sid + offset
        weight = 1.0 / (position + 2.0)
        one_window = sentence.end - sentence.start <= COOCCURRENCE_CHARS  # every span in slice 0
        # A short sentence is one window; its id is taken at its first candidate, as a long one's are.
        sentence_window = -1
        for run in runs:
            unit_starts += [u[0] for u in run]
            # Most runs are one word: a candidate unless a lone adjective.
            spans = (_ONE_WORD if run[0][3] != "A" else ()) if len(run) == 1 else _spans(run, tagged)
            for a, b in spans:
                first_unit = run[a]
                if b == a + 1:  # most candidates are one word
                    key, start, end = (first_unit[2],), first_unit[0], first_unit[1]
                else:
                    key, start, end = tuple([u[2] for u in run[a:b]]), first_unit[0], run[b - 1][1]
                if one_window:
                    if sentence_window < 0:
                        sentence_window = windows.setdefault((sid, 0), len(windows))
                    window = sentence_window
                else:
                    window = _window_id(windows, sid, start - sentence.start, False)
                cand = found.get(key)
                if cand is None:
                    # A name is a proper-noun chain; a name with nouns after it is a common phrase.
                    found[key] = _Candidate(key, run[b - 1][3] == "P", [(start, end)], position, weight, [window])
                    continue
                cand.offsets.append((start, end))
                cand.position_weight += weight
                # Window ids only grow through the document, so "new" means "not the last one".
                cand_windows = cand.windows
                if cand_windows[-1] != window:
                    cand_windows.append(window)
        if quote_at and _holds(quote_at, sentence.start, sentence.end) and not also_read[sid]:
            for key, start, end in _quoted_spans(sentence, renamed):
                window = _window_id(windows, sid, start - sentence.start, one_window)
                quoted_occ.setdefault(key, []).append((position, weight, start, end, window))
        if tagged and len(runs) > 1:
            for first, head, start, end in _genitives(sentence, runs):
                window = _window_id(windows, sid, start - sentence.start, one_window)
                genitive_occ.setdefault((first, head), []).append((position, weight, start, end, window))
    for key in imperatives:  # a verb is no topic on its own
        found.pop((key,), None)
    # A code of Latin letters and digits said once is a detail (a flight, a number plate, a part: "AA1958",
    # "UP-80 FJ", "Cortex A35"); said twice or more it is what the text is about ("COVID-19", "Su-27", "H3N2").
    # (A word that opens with a Devanagari character, most of them, cannot match: it skips the pattern.)
    for key in [
        k
        for k, c in found.items()
        if len(c.offsets) == 1 and any(not "\u0900" <= w[:1] <= "\u097f" and _LATIN_CODE.fullmatch(w) for w in k)
    ]:
        del found[key]
    for (first, head), occ in genitive_occ.items():
        if len(occ) < GENITIVE_MIN_COUNT or not _genitive_pair(first, head):
            continue
        key = (first, _GENITIVE_KEY, head)
        found[key] = _said_at(_Candidate(key, first=occ[0][0], genitive=True), occ)
    if quoted_occ:
        _add_quoted(found, quoted_occ)
    if doc.headline is not None:
        h0, h1 = doc.headline.start, doc.headline.end
        found = {
            key: cand
            for key, cand in found.items()
            if not (key[0].isascii() and all(h0 <= a and b <= h1 for a, b in cand.offsets))
        }
    found = _loanword_plurals(_one_spelling(_base_compounds(found, bases), df), tagged)
    found = _spelled_out_acronyms(_defined_acronyms(_one_spacing(found), doc.text))
    found, aliases = _one_script(found, doc.text)
    found = _one_writing(found, doc.text)
    if doc.headline is not None:
        _mark_title(found, doc.headline)
    elif tagged and doc.sentences:  # untagged runs glue neighbours on too often to tell a subject
        _mark_opening(found, doc.sentences, sentence_runs)
    return found, frozenset(adj_or_num), unit_starts, aliases


def _imperatives(name_norms: set[str], common: set[str], df: DocumentFrequencies) -> set[str]:
    """The words tagged a name, and the lemmas of nouns and adjectives, that are an imperative (``जानिए``, ``पढ़िए``,
    ``सोचिए``, ``देखो``, ``भेजो``): a news-trained tagger takes these for names or nouns, and a lone one is no candidate.
    The verb it reads as must be one the shipped document frequencies count in at least ``IMPERATIVE_MIN_DF``
    documents (their lemmas are the tagged content words of ILSUM val and HDTB, verbs among them): names end so too,
    and read as stray lemmas or none (``माओ``, ``इसरो``, ``वीडियो`` read ``माना``, ``इसरना``, ``वीडियना``). Whether the
    text itself uses the verb is not asked: its lemmas of the verb may be wrong in the same way (``माने जाते`` is
    lemmatised ``माना``), and a word the tagger calls a verb once would vouch for itself (``ओवरफ्लो``). A noun the
    lemmatiser reads as a noun keeps its lemma (``पहिए`` -> ``पहिया``) and is not touched, and a phrase may still hold an
    imperative (``भारत छोड़ो आंदोलन``, ``बेटी बचाओ बेटी पढ़ाओ``)."""
    return {
        f
        for f in chain(name_norms, common)
        if f.endswith(IMPERATIVE_ENDINGS) and (lemma := verb_lemma(f)) is not None and df.count(lemma) >= IMPERATIVE_MIN_DF
    }


#: In how many of the shipped document frequencies' documents (1,229) a verb must be to read a word that ends like
#: its imperative as that imperative: the frequencies' keys that end so and read as a verb of 20 documents or more are
#: all imperatives (``पढ़िए``, ``जानिए``, ``देखो``, ``चलो``, ``तोड़ो``) or ``दो`` (two, no keyword alone), while the stray
#: lemmas names read as stay below it (``माना`` 10, ``पहना`` 13).
IMPERATIVE_MIN_DF = 20


_OPENING_QUOTES = {"'": "'’", '"': '"”', "‘": "’", "“": "”"}
_QUOTES = frozenset("'\"‘’“”")
#: A phrase between quotation marks is a term, a title or a name (``'सतपुड़ा की रानी'``, ``“हेरा फेरी 3”``) when it
#: has this many words and no verb or conjunction (``'हम न्याय चाहते हैं'`` is speech).
QUOTED_MIN_WORDS, QUOTED_MAX_WORDS = 2, 5
_NOT_IN_QUOTED = frozenset({"VERB", "AUX", "CCONJ", "SCONJ", "PUNCT"})
#: Nor does it open with a pronoun, particle or adverb, or a stopword however tagged (``'तुम्हें ढेर सारा प्यार'``, ``'बहुत
#: बढ़िया आंटी'``: speech; the few titles that do are lost, ``'तू झूठी मैं मक्कार'``), which a title may hold further on
#: (``'ऐ वतन मेरे वतन'``).
_NOT_FIRST_IN_QUOTED = frozenset({"PRON", "PART", "ADV"})


_QUOTE_MARK = regex.compile("[" + regex.escape("".join(sorted(_QUOTES))) + "]")


def _holds(positions: list[int], start: int, end: int) -> bool:
    """Is one of the ascending ``positions`` in ``[start, end)``?"""
    i = bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _quoted_spans(sentence: Sentence, renamed: dict[str, str]) -> list[tuple[tuple[str, ...], int, int]]:
    """``(key, start, end)`` of each phrase the sentence writes between quotation marks that may be a keyphrase
    (``QUOTED_MIN_WORDS`` to ``QUOTED_MAX_WORDS`` words, none a verb or conjunction, the first no pronoun, particle,
    adverb or stopword, the last a noun, name or number), keyed as a run's words are (lemmas, read through
    ``renamed`` as ``_runs`` reads them; a Latin word in lower case). A curly mark opens or closes as it is written
    (the normalised forms are straight): a closing mark left from a quotation that began in the sentence before
    opens nothing."""
    c = sentence.columns
    norms, pos, kinds, starts, ends, lemmas = c.norms, c.pos, c.kinds, c.starts, c.ends, _lemmas(c, renamed)
    text, base = sentence.text, sentence.start
    # (first token, mark, last token) of each quotation mark; two straight single quotes typed together ('')
    # are one double quote.
    marks: list[tuple[int, str, int]] = []
    for i, kind in enumerate(kinds):
        if kind not in PUNCT_KINDS:
            continue
        mark = text[starts[i] - base]
        if mark not in _QUOTES:
            continue
        if mark == "'" and marks and marks[-1][1] == "'" and marks[-1][2] == i - 1 and starts[i] == ends[i - 1]:
            marks[-1] = (marks[-1][0], '"', i)
        else:
            marks.append((i, mark, i))
    out = []
    m = 0
    while m < len(marks) - 1:
        _, mark, after = marks[m]
        closers = _OPENING_QUOTES.get(mark)
        nxt = marks[m + 1]
        if closers is None or nxt[1] not in closers:
            m += 1
            continue
        a, b = after + 1, nxt[0]
        if (
            QUOTED_MIN_WORDS <= b - a <= QUOTED_MAX_WORDS
            and _NOT_IN_QUOTED.isdisjoint(pos[a:b])
            and pos[a] not in _NOT_FIRST_IN_QUOTED
            and norms[a] not in STOPWORDS
            and pos[b - 1] in ("NOUN", "PROPN", "NUM")
            and ("NOUN" in pos[a:b] or "PROPN" in pos[a:b])
        ):
            key = tuple([n.lower() if k == "latin" else (lemma or n) for n, k, lemma in zip(norms[a:b], kinds[a:b], lemmas[a:b])])
            out.append((key, starts[a], ends[b - 1]))
        m += 2
    return out


def _add_quoted(found: dict[tuple[str, ...], _Candidate], quoted_occ: dict[tuple[str, ...], list[_Occurrence]]) -> None:
    """Add to ``found``, in place, the occurrences of the quoted phrases (``_quoted_spans``) that no candidate spans:
    as a new candidate, or to the candidate of the same key made elsewhere; a quoted phrase the runs already made
    there (``'भारत बंद'``) stays as it is."""
    spans = {(start, end) for occ in quoted_occ.values() for _, _, start, end, _ in occ}
    have = {o for cand in found.values() for o in cand.offsets if o in spans}
    for key, occ in quoted_occ.items():
        occ = [o for o in occ if (o[2], o[3]) not in have]
        if not occ:
            continue
        cand = _said_at(_Candidate(key, first=occ[0][0], quoted=True), occ)
        into = found.get(key)
        if into is None:
            found[key] = cand
        else:
            _merge_into(into, cand)


def _window_id(windows: dict[tuple[int, int], int], sid: int, start_in_sentence: int, one_window: bool) -> int:
    """The co-occurrence window, numbered as first met, of a span starting ``start_in_sentence`` characters into
    sentence ``sid`` (a sentence of ``one_window`` is one; a longer one is cut into ``COOCCURRENCE_CHARS`` slices)."""
    return windows.setdefault((sid, 0 if one_window else start_in_sentence // COOCCURRENCE_CHARS), len(windows))


def _said_at(cand: _Candidate, occ: list[_Occurrence]) -> _Candidate:
    """``cand`` with the occurrences ``occ`` (in text order) added, in place."""
    for _, weight, start, end, window in occ:
        cand.offsets.append((start, end))
        cand.position_weight += weight
        if not cand.windows or cand.windows[-1] != window:
            cand.windows.append(window)
    return cand


def _mark_title(found: dict[tuple[str, ...], _Candidate], headline: Sentence) -> None:
    """Mark the candidate whose occurrence is the whole headline, if any: a headline that is one noun
    phrase is the title of what the text is about (``नर्मदा नदी``, ``कोणार्क सूर्य मंदिर``), the term an
    index lists it under, where a news headline is a sentence and makes no such candidate."""
    c = headline.columns
    spans = [(a, b) for a, b, kind in zip(c.starts, c.ends, c.kinds) if kind not in PUNCT_KINDS]
    if not spans:
        return
    whole = (spans[0][0], spans[-1][1])
    for cand in found.values():
        if whole in cand.offsets:
            cand.title = True
            return


#: The opening phrase of a text without a headline stands for its title when one of its words is said again in at
#: least this share of the other sentences, and at least once (hand-made keyphrases without heading, ILSUM val / the
#: essays and articles' development half: 49.04 / 28.59; 0.1: 48.84 / 28.59; 0.2: 48.63 / 28.59).
OPENING_SHARE = 0.05


def _mark_opening(found: dict[tuple[str, ...], _Candidate], sentences: Sequence[Sentence], runs: list[list[list[list]]]) -> None:
    """Mark the longest candidate that opens a text without a headline (``runs``: each sentence's runs, as
    ``_collect`` made them), if one of its topic words (``_topic_words``) is said again, in a candidate, in at least
    ``OPENING_SHARE`` of the sentences after it (and at least one): an encyclopedic article names its subject first
    (``कोणार्क सूर्य मंदिर ओडिशा के ...``, ``थार मरुस्थल ...``) and then says its parts (``मंदिर``, ``थार``,
    ``मरुस्थल``). The text opens at its first word (not a number, not a sentence of punctuation alone). A title, or a
    common phrase before a name of two or more words that holds no place, opens the name's sentence, not the text's
    subject (``केंद्रीय गृह मंत्री अमित शाह ने ...``, ``बॉलीवुड अभिनेता शाहरुख खान की ...``): the name is marked. A name
    said once that holds a shorter one of two or more words said on its own is that name with a neighbour glued on
    (``_glued_on``: ``भगत सिंह भारत के ...``): the shorter one is marked (a one-word one is left: ``विराट कोहली`` said once,
    ``विराट`` later, is the full name). The phrase is scored as a headline's phrase and listed over the phrases inside it
    (save one with a word glued on), but must stand on its own (an essay that opens with ``बचपन`` has no subject there)."""
    opening = None
    for sid, sentence in enumerate(sentences):
        c = sentence.columns
        first = next((a for a, kind in zip(c.starts, c.kinds) if kind not in PUNCT_KINDS and kind != "number"), None)
        if first is not None:
            opening = sid
            break
    if opening is None:
        return
    best = None
    for cand in found.values():
        if (best is None or len(cand.key) > len(best.key)) and any(a == first for a, _ in cand.offsets):
            best = cand
    if best is None:
        return
    # A common phrase right before a person's name in its run (a run holds neighbouring words only) titles the name,
    # which is what the text opens with: a title (``केंद्रीय गृह मंत्री अमित शाह ने``), or any common phrase before a
    # name of two or more words, none a place (``बॉलीवुड अभिनेता शाहरुख खान की``; not ``विजयनगर साम्राज्य दक्षिण भारत
    # में``).
    if not best.proper:
        end = max(b for a, b in best.offsets if a == first)
        at = next(((run, i + 1) for run in runs[opening] for i, u in enumerate(run[:-1]) if u[1] == end), None)
        if at is not None and at[0][at[1]][3] == "P":
            run, k = at
            words_, place = _name_from(run, k)
            if run[k - 1][4] == _TITLE or (words_ >= 2 and not place):
                best = next((cand for cand in found.values() if cand.proper and any(a == run[k][0] for a, _ in cand.offsets)), None)
                if best is None:
                    return
    if best.proper:
        key = best.key
        best = next((p for p in (found.get(key[:k]) for k in range(len(key) - 1, 1, -1)) if p and _glued_on(best, p)), best)
    # Said again after the opening sentence: the opening itself is no recurrence.
    targets = set(phrase_words(_topic_words(best)))
    starts = [sentence.start for sentence in sentences]
    said: dict[str, set[int]] = {}
    for cand in found.values():
        held = targets.intersection(phrase_words(cand.key))
        for word in held:
            sids = said.setdefault(word, set())
            for a, _ in cand.offsets:
                sid = bisect_right(starts, a) - 1
                if sid > opening:
                    sids.add(sid)
    needed = max(1.0, OPENING_SHARE * (len(sentences) - opening - 1))
    if any(len(sids) >= needed for sids in said.values()):
        best.opening = True


def _named_more_often(sents: Sequence[Sentence], words_: set[str], renamed: dict[str, str]) -> set[str]:
    """The lemmas of ``words_`` the tagger calls a one-word name (no name word beside it) at least as often in
    ``sents`` as a common noun or adjective (a name whose form is a key of ``renamed`` read with that lemma)."""
    votes: dict[str, int] = {}
    for sentence in sents:
        c = sentence.columns
        lemmas = _lemmas(c, renamed)
        if words_.isdisjoint(lemmas) and words_.isdisjoint(c.norms):  # most sentences hold none of them
            continue
        tags = c.pos
        last = len(tags) - 1
        for i, (pos, lemma, norm) in enumerate(zip(tags, lemmas, c.norms)):
            key = lemma or norm
            if key not in words_:
                continue
            if pos == "NOUN" or pos == "ADJ":
                votes[key] = votes.get(key, 0) + 1
            elif pos == "PROPN" and (i == 0 or tags[i - 1] != "PROPN") and (i == last or tags[i + 1] != "PROPN"):
                votes[key] = votes.get(key, 0) - 1
    return {key for key in words_ if votes.get(key, 0) <= 0}
