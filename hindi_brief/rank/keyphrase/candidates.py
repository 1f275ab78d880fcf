"""Keyphrase candidates of a document (``rank.keywords``): runs of phrase words inside sentences (name chains cut by
``names``, glued words parted by ``seams``), initials, quoted titles and genitive pairs, each phrase with its
occurrences, merged (``spellings``), marked as title or opening; imperatives the tagger took for names left out."""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from itertools import chain
from typing import Sequence

import regex

from ...doc import PUNCT_KINDS, Document, Sentence, TokenColumns
from ...text.normalize import spelling_key
from ...text.sentences import LETTER_NAMES
from ...text.clean import opens_also_read
from ...text.lexicon import words
from ...text.stopwords import STOPWORDS
from ...text.verb_forms import IMPERATIVE_ENDINGS, verb_lemma
from ..weights import DocumentFrequencies, df_for
from .vocabulary import (
    _AFTER_NOUN_OPENS,
    _AFTER_NOUN_TAKES,
    _CALLING,
    _CLASS,
    COMMON_NOUNS,
    _GENITIVE_KEY,
    _HYPHENS,
    _IF_COMMON,
    _INITIAL_STOPS,
    LIGHT_VERB_NOUNS,
    MANNER_NOUNS,
    MAX_WORDS,
    _NEVER,
    _NO_ROLE,
    NUMBER_WORDS,
    _ROLES,
    _TITLE,
    _Candidate,
    _Role,
    _compound_base,
    _glued_on,
    _is_generic,
    _is_numbered_ordinal,
    _is_title,
    _latin_role,
    phrase_words,
    _role,
    _topic_words,
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
    _syllable_acronyms,
)
from .names import _designations, _name_from, _split_adjacent_names
from .seams import _QUOTE_CHARS, _glued_seams, _parted, _quote_seams

#: Words of a keyphrase in untagged text (tagged: ``vocabulary.MAX_WORDS``).
MAX_WORDS_UNTAGGED = 3
# Phrases co-occur when they share a sentence; a sentence longer than this many characters
# (a text without punctuation) is cut into slices, so the graph stays sparse and linear.
COOCCURRENCE_CHARS = 600
#: Nouns that are a conjunct verb's first part more often than not ("पता चला", "घोषणा की", "मुलाकात की";
#: ``lexicon/conjunct_nouns.txt``, from HDTB by the same command), those of ``LIGHT_VERB_NOUNS`` aside: right
#: before a light verb such a noun is no keyword occurrence, though elsewhere in the text it may name the
#: topic ("घोषणा के बाद").
#: Read only before a verb of ``LIGHT_VERBS``: "भर्ती कराया" (admitted) is a conjunct verb, "भर्ती निकाली" (a
#: recruitment announced) holds a topic.
CONJUNCT_NOUNS = frozenset(map(spelling_key, words("conjunct_nouns"))) - LIGHT_VERB_NOUNS
#: Verbs conjunct verbs are made with ("कर", "हो", "दे", "लगा"; ``lexicon/light_verbs.txt``, from HDTB by the same command).
#: HDTB writes a verb's lemma as its stem ("कर"), the embedded lemmatiser as its infinitive ("करना"): both are held.
LIGHT_VERBS = words("light_verbs") | {f"{stem}ना" for stem in words("light_verbs")}
#: A Latin name word (``vocabulary._LATIN_NAME``) that holds a digit (``covid-19``, ``aa1958``: keys are lower case), in Latin letters.
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


#: An English gloss in brackets ("संक्रमण दर (Delhi Corona Positivity Rate)") or an English label before a colon
#: ("Bypoll Results: आसनसोल में ...", "पढ़ें- India China Tension: ..."): no Devanagari letter inside.
_BRACKETED = regex.compile(r"\([^()\p{Devanagari}]*\)")
_LABEL = regex.compile(r"(?:^|(?<=\p{Devanagari}))[^\p{Devanagari}:]*:")
_LATIN_WORDS = regex.compile(r"\p{Latin}+")


def _english_glosses(text: str, offset: int) -> list[tuple[int, int]]:
    """Spans (document offsets, in order, not overlapping) of the English glosses and labels of two or more Latin
    words in a Devanagari sentence ``text`` starting at ``offset``: an SEO translation in brackets (``घरेलू LPG
    सिलेंडर (Domestic LPG Cylinder)``) or a label before a colon (``Pandit Sukh Ram Died: पूर्व केंद्रीय मंत्री ...``).
    They repeat or label the Hindi; their words are no name words. One word (``(ISRO)``, ``Apple:``) may still be a
    name."""
    found = sorted(
        (offset + m.start(), offset + m.end())
        for pattern in (_BRACKETED, _LABEL)
        for m in pattern.finditer(text)
        if len(_LATIN_WORDS.findall(m.group())) >= 2
    )
    out: list[tuple[int, int]] = []
    for a, b in found:  # a label may hold a bracket: one span
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _inside(position: int, starts: list[int], spans: list[tuple[int, int]]) -> bool:
    """Is ``position`` inside one of ``spans`` (in order, not overlapping; ``starts`` their starts)?"""
    k = bisect_right(starts, position) - 1
    return k >= 0 and position < spans[k][1]


def _in_conjunct_verb(key: str, next_lemma: str) -> bool:
    """Is a phrase word keyed ``key``, right before a verb of lemma ``next_lemma``, a conjunct verb's first part?"""
    folded = spelling_key(key)
    return folded in LIGHT_VERB_NOUNS or (folded in CONJUNCT_NOUNS and next_lemma in LIGHT_VERBS)


def _lemmas(c: TokenColumns, renamed: dict[str, str]) -> Sequence[str | None]:
    """The lemmas of a sentence's columns, a word tagged PROPN whose form is a key of ``renamed`` given that noun's
    lemma (``_collect``)."""
    if not renamed or renamed.keys().isdisjoint(c.norms):  # most sentences
        return c.lemmas
    return [renamed.get(norm, lemma) if p == "PROPN" else lemma for p, lemma, norm in zip(c.pos, c.lemmas, c.norms)]


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
    if "@" in sentence.text or "#" in sentence.text:
        # A handle or a hashtag ("@ArvindKejriwal", "#DelhiRains") points elsewhere on the web: it names no topic of
        # the text the way its words would.
        text, base = sentence.text, sentence.start
        roles = [_NO_ROLE if start > base and text[start - base - 1] in "@#" else role for role, start in zip(roles, starts)]
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
    """``(X, Y, start, end)`` of each ``X का/की/के Y`` of the sentence that may be a genitive pair (``rank.keywords``'s doc):
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


#: A noun or name with a number after it said this often is one thing, named by the number (``धारा 144``,
#: ``अनुच्छेद 370``, ``गदर 2``, ``आईफा 2023``): the word alone says less than the text does (``धारा`` of a text on the
#: order, ``अनुच्छेद`` of one on Kashmir). Said once, a number after a noun is as often a count or a figure
#: (``तापमान 40``, ``मरीज 500``).
NUMBERED_MIN_COUNT = 2


def _numbered(sentence: Sentence, runs: list[list[list]]) -> list[tuple[list[tuple[tuple[str, ...], int]], bool, int]]:
    """``(endings, proper, end)`` of each noun or name of the sentence followed by a number that names it (``धारा
    144 लागू``, ``अनुच्छेद 370 को``, ``गदर 2 की शूटिंग``): ``endings``, longest first, are the ``(key, start)`` of the
    phrases that end at the number, each of the last one to ``MAX_WORDS - 1`` nouns and names of the run before it with
    the number (``प्लेटफॉर्म नंबर 3``, ``नंबर 3``; a name's only its names: ``फिल्म | गदर 2``), keyed by the words'
    keys and the number in ASCII digits (``धारा १४४`` is ``धारा 144``); ``_collect`` keeps the longest the text says
    ``NUMBERED_MIN_COUNT`` times. The last word is no generic, number or manner noun (``साल 2020``, ``संख्या 500``); the
    number is of digits alone, one or two characters after the word, and counts, measures or dates nothing after
    it (``_ends_a_name``); ``proper``: the last word is a name. Tagged text only."""
    c = sentence.columns
    kinds, norms, starts, ends = c.kinds, c.norms, c.starts, c.ends
    ending = {run[-1][1]: run for run in runs if run[-1][3] in "NP"}
    out = []
    for i in range(1, len(kinds)):
        if kinds[i] != "number" or not norms[i].isdigit() or starts[i] == ends[i - 1] or starts[i] - ends[i - 1] > 2:
            continue
        run = ending.get(ends[i - 1])
        if run is None or not _ends_a_name(sentence, i):
            continue
        last = run[-1]
        key = spelling_key(last[2])
        if last[3] == "N" and (_is_generic(last[2], True) or key in NUMBER_WORDS or key in MANNER_NOUNS):
            continue
        number = "".join(str(unicodedata.digit(ch)) for ch in norms[i])
        chain = "P" if last[3] == "P" else "NP"
        endings = []
        m = len(run) - 1
        while True:
            endings.append((tuple([u[2] for u in run[m:]]) + (number,), run[m][0]))
            if m == 0 or run[m - 1][3] not in chain or len(run) - m >= MAX_WORDS - 1:
                break
            m -= 1
        out.append((endings[::-1], last[3] == "P", ends[i]))
    return out


#: What may follow a number that names the word before it: a postposition, a verb (``अनुच्छेद 370 हटाए``), an adjective
#: (``लागू``), a conjunction, punctuation, or nothing. A noun, name or number after it is what it counts or measures
#: (``पेट्रोल 96 रुपये``, ``सेंसेक्स 500 अंक``), and so is, by the tagger's reading, a particle (``IPO 27 गुना``); the
#: verb "to be" after it makes it a value (``उम्र 25 थी``: ``_BE``).
_AFTER_A_NAMING_NUMBER = frozenset({"ADP", "VERB", "AUX", "ADJ", "CCONJ", "SCONJ", "PUNCT"})
_BE = frozenset({"है", "था"})  # the lemmas the tagger gives है, हैं, था, थी, थे
#: Marks that may close a naming number without a space (``'ब्रह्मास्त्र 2'``, ``धारा 144।``); any other mark glued on
#: makes it part of a figure (``26%``, ``1954-71``, ``10:30``).
_CLOSING_MARKS = frozenset("'\"’”)]।॥.,?!;？！")
_FROM = "से"
#: ``के पार`` after a number: a figure crossing a mark (``तापमान 45 के पार``, ``सेंसेक्स 60000 के पार``).
_BEYOND = "पार"


def _ends_a_name(sentence: Sentence, i: int) -> bool:
    """Does the number at token ``i`` name the word before it rather than count, measure or date something: followed
    by nothing, or by a word of ``_AFTER_A_NAMING_NUMBER`` that is not the verb "to be" (``उम्र 25 थी``), nor ``से``
    with another number one or two words on (``1954 से 1971``, ``6 से घटकर 3``), nor ``के पार``, or by one of
    ``_CLOSING_MARKS`` glued on with no number after it (``धारा 144, 188``)?"""
    c = sentence.columns
    j = i + 1
    if j == len(c.kinds):
        return True
    if c.starts[j] == c.ends[i] and sentence.text[c.starts[j] - sentence.start] not in _CLOSING_MARKS:
        return False
    if c.pos[j] not in _AFTER_A_NAMING_NUMBER or c.lemmas[j] in _BE:
        return False
    if c.norms[j] == _FROM:
        return "number" not in c.kinds[j + 1 : j + 3]
    if c.norms[j] in _GENITIVE and j + 1 < len(c.kinds) and c.norms[j + 1] == _BEYOND:
        return False
    return c.kinds[j] not in PUNCT_KINDS or j + 1 == len(c.kinds) or c.kinds[j + 1] != "number"


def _genitive_pair(first: str, head: str) -> bool:
    """May ``first का head`` be a keyword: neither word a generic, number or manner noun, the head no title, and
    neither a hyphen compound (``भारत-अमेरिका के संबंध``: the compound is a phrase of its own)?"""
    k1, k2 = spelling_key(first), spelling_key(head)
    return not (
        _is_generic(first, True) or _is_generic(head, True) or k1 in NUMBER_WORDS or k2 in NUMBER_WORDS
        or k1 in MANNER_NOUNS or k2 in MANNER_NOUNS or _is_title(k2) or "-" in first or "-" in head
    )


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
    numbered_sites: list[list[tuple[tuple[str, ...], _Occurrence]]] = []  # each number's endings (``_numbered``)
    numbered_said: dict[tuple[str, ...], int] = {}
    named_by_number: dict[tuple[str, ...], bool] = {}  # a numbered key's words a name?
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
            if len(run) == 1:
                unit_starts.append(run[0][0])
            else:
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
        if tagged and runs and "number" in sentence.columns.kinds:
            for endings, proper, end in _numbered(sentence, runs):
                numbered_sites.append(
                    [(key, (position, weight, start, end, _window_id(windows, sid, start - sentence.start, one_window)))
                     for key, start in endings]
                )
                for key, _ in endings:
                    numbered_said[key] = numbered_said.get(key, 0) + 1
                    named_by_number[key] = proper
    for key in imperatives:  # a verb is no topic on its own
        found.pop((key,), None)
    # A code of Latin letters and digits said once is a detail (a flight, a number plate, a part: "AA1958",
    # "UP-80 FJ", "Cortex A35"); said twice or more it is what the text is about ("COVID-19", "Su-27", "H3N2").
    # (A word that opens with a Devanagari character, most of them, cannot match: it skips the pattern.)
    # (A loop, not a generator per candidate: it visits every candidate.)
    codes = []
    for k, c in found.items():
        if len(c.offsets) == 1:
            for w in k:
                if not "\u0900" <= w[:1] <= "\u097f" and _LATIN_CODE.fullmatch(w):
                    codes.append(k)
                    break
    for key in codes:
        del found[key]
    for (first, head), occ in genitive_occ.items():
        if len(occ) < GENITIVE_MIN_COUNT or not _genitive_pair(first, head):
            continue
        key = (first, _GENITIVE_KEY, head)
        found[key] = _said_at(_Candidate(key, first=occ[0][0], genitive=True), occ)
    # Each number names the longest phrase ending at it that the text says often enough (``गदर 2`` of ``फिल्म गदर 2``
    # and ``सनी देओल गदर 2``, a name chain the tagger ran on).
    numbered_occ: dict[tuple[str, ...], list[_Occurrence]] = {}
    for site in numbered_sites:
        chosen = next(((key, occ) for key, occ in site if numbered_said[key] >= NUMBERED_MIN_COUNT), None)
        if chosen is not None:
            numbered_occ.setdefault(chosen[0], []).append(chosen[1])
    for key, occ in numbered_occ.items():
        if len(occ) >= NUMBERED_MIN_COUNT and key not in found:
            found[key] = _said_at(_Candidate(key, named_by_number[key], first=occ[0][0]), occ)
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
    found = _syllable_acronyms(_spelled_out_acronyms(_defined_acronyms(_one_spacing(found), doc.text), doc.text), doc.text)
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
