"""What a word may be in a keyphrase (``rank.keywords``): the word lists and limits more than one step reads (a list
only one step reads lives in that step's module), the word roles of tagged and untagged text (a token type's role,
kept per type), the record of a candidate (``_Candidate``), and the tests on keys and candidates the steps share."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import regex

from ...caching import cacheable, remember, word_table
from ...text.normalize import normalize, spelling_key
from ...text.sentences import LETTER_NAMES
from ...text.lexicon import spelling_keys, words
from ...text.stopwords import REPORTING_VERBS, STOPWORDS
from ..weights import load_df

#: Words of a keyphrase in tagged text (untagged: ``candidates.MAX_WORDS_UNTAGGED``).
MAX_WORDS = 4
#: Places: names the treebank writes with no other name beside them and followed by में or से (``भारत``, ``पंजाब``;
#: ``lexicon/standalone_places.txt``, written from HDTB by ``training.word_lists``): a two-word chain said once that
#: ends in one is more likely a name beside a place than a first name and a surname (``names._split_adjacent_names``),
#: and an acronym's Hindi name keeps one it opens with (``spellings._translated``).
STANDALONE_PLACES = frozenset(words("standalone_places"))
#: A text of more than this many sentences is long: there a common phrase said once earns less of
#: ``scoring.LENGTH_BONUS`` (see there), and, tagged, uses the rules for long texts (``choice._background``).
#: A common word of tagged text said less than once in this many of the text's sentences (headline included) is not
#: listed alone (``_stands_alone``): in an essay of
#: 90 sentences a word said two to four times is said in passing (``दूरी``, ``बोझ``, ``संभावना``, ``सुविधा``): of the 79
#: one-word common keywords of the 40 essays and articles, 27 were said less often than that and 1 of them is a hand-made
#: keyphrase (``शहरीकरण``, 3 times in 78 sentences), against 10 of the other 52. Essays and articles F1@10
#: development / held out 31.83 / 27.33 -> 32.16 / 28.98 (once in 15 sentences: 31.84 / 28.98; 25: 31.51 / 28.42;
#: 12: 31.51 / 30.60), without title 29.57 / 25.73 -> 30.55 / 26.82; hand-made keyphrases val 49.21 -> 49.01 (one
#: article of 22 sentences), test unchanged. Untagged text cannot tell names from common words, and there the rule
#: cost development 22.15 -> 21.83, so it holds for tagged text only.
ONCE_SAID_SENTENCES = 20

_DEVANAGARI = regex.compile(r"\p{Devanagari}")
#: Words that are never part of a keyphrase although a tagger may call them nouns or names:
#: reporting verbs ("सोनम खान बोलीं" in a headline), "today"/"yesterday, tomorrow" ("आज नई नीति"),
#: and the imperatives of headlines ("जानें कब ...", "जानिए वजह"). They cost 0.3 points of silver P@10 on
#: ILSUM val (references often say "आज"; docs/evaluation.md), for lists a reader can use.
#: Also the adverbs and the number word that end in a visarga (``lexicon/visarga_words.txt``:
#: "क्रमशः", "स्वतः", "छः"), however the visarga is typed: the tokenizer makes "क्रमश:" the adverb,
#: which the untagged runs would otherwise put at the head of a phrase ("क्रमशः संक्रमितों"), and
#: where a space parts the colon from the stem ("क्रमश :") the stem alone is no word.
#: And offices written as initials before a name (``lexicon/title_abbreviations.txt``: "पीएम मोदी" is "मोदी",
#: folded into "नरेंद्र मोदी" where the text says it). And the adjectives a number makes (``lexicon/number_bound.txt``:
#: "दिवसीय", "वर्षीय", "सूत्री"): the number before them is no phrase word, so they would open half a compound
#: ("सूत्री एजेंडा" of "18 सूत्री एजेंडा"; 14 of the ILSUM and long-input lists held one).
#: These word lists are held as spelling keys (``spelling_key``) and looked up by a word's key, so a word
#: written with or without its nukta or as a conjunct (``फ़ीसदी``/``फीसदी``, ``प्रोफ़ेसर``/``प्रोफेसर``) meets
#: its entry however the list spells it.
NOT_PHRASE_WORDS = frozenset(
    map(
        spelling_key,
        REPORTING_VERBS
        | words("days")
        | words("months")
        | words("relative_time")
        | words("visarga_words")
        | words("eras")
        | words("title_abbreviations")
        | words("number_bound")
        | frozenset(w for w in words("news_agencies") if not w.isascii())
        | frozenset(normalize(w) for w in ("जानें", "देखें", "पढ़ें", "जानिए", "देखिए", "पढ़िए")),
    )
)
#: Quantifiers (``lexicon/quantifiers.txt``, from HDTB's QF tags: ``कई``, ``अधिक``, ``कुल``, ``आधा``): how much of a thing,
#: not what it is, so no keyphrase words in tagged text ("600 से अधिक एक्टिव केस" gives "एक्टिव केस"), save where the
#: tagger calls one a name (``सारा अली खान``). Untagged text, which cannot tell the name, keeps them (hand-made
#: keyphrases untagged 27.23 -> 27.11 with them left out there too; tagged 48.04 unchanged, without heading +0.10).
QUANTIFIERS = frozenset(map(spelling_key, words("quantifiers")))
#: Person and quantity nouns, units of time and counting words that never stand alone
#: (``lexicon/generic_nouns.txt``), and the units of measure and money a number counts
#: (``lexicon/unit_nouns.txt``, from HDTB by ``python -m hindi_brief.training.word_lists``:
#: ``रुपया``, ``फीसदी``, ``डॉलर``; and ``lexicon/measure_units.txt``, by hand: ``किमी``, ``किलो``, ``लीटर``).
_UNITS = words("unit_nouns") | words("measure_units")
GENERIC_NOUNS = frozenset(map(spelling_key, words("generic_nouns") | _UNITS))
#: Nouns that make an adverb with से/पर ("विशेष रूप से", "आम तौर पर", "पूरी तरह"; ``lexicon/manner_nouns.txt``):
#: never alone, and a phrase ending in one is an adverb, no keyword.
MANNER_NOUNS = frozenset(map(spelling_key, words("manner_nouns")))


def _plural_and_oblique(lemma: str) -> tuple[str, ...]:
    """The regular plural and oblique forms of a masculine noun in ``-ा`` (``मामला``: ``मामले``, ``मामलों``; ``रुपया``:
    ``रुपये`` and ``रुपए``), a
    noun in ``-ी`` (``सदी``: ``सदियों``) or one ending in a consonant (``दिन``: ``दिनों``; ``बात``: ``बातें``):
    what untagged text, keyed on the forms as written, holds of the lemmas above. (A feminine noun in ``-ा``
    gets forms no text writes, which match nothing.)"""
    if lemma.endswith("ा"):
        forms = tuple(lemma[:-1] + end for end in ("े", "ों", "ो"))  # "ो": "मामलो", news's "ों" without its dot
        # "-या" nouns: news writes the oblique "-ये" as "-ए" as often ("रुपये", "रुपए").
        return forms + (lemma[:-2] + "ए",) if lemma.endswith("या") else forms
    if lemma.endswith("ी"):
        return tuple(lemma[:-1] + end for end in ("ियों", "ियां", "ियाँ"))
    if unicodedata.category(lemma[-1]) in ("Mn", "Mc"):  # another vowel sign ("बजे"): no such forms
        return ()
    return tuple(lemma + end for end in ("ों", "ें"))


#: Those forms of ``GENERIC_NOUNS`` and ``MANNER_NOUNS`` (``मामले``, ``घंटों``, ``तरीके``): no keyword alone in
#: untagged text, as the lemmas are none in tagged text.
_UNTAGGED_GENERIC = frozenset(
    spelling_key(normalize(form))
    for lemma in words("generic_nouns") | _UNITS | words("manner_nouns")
    if " " not in lemma
    for form in _plural_and_oblique(lemma)
)
#: Nouns and adjectives that Hindi uses almost only inside a conjunct verb ("शुरू किया", "प्रदान करना";
#: ``lexicon/light_verb_nouns.txt``, from HDTB by ``python -m hindi_brief.training.word_lists``): an
#: action, not a topic, so never a keyword alone; phrases that hold one are left to the other rules.
#: Held as spelling keys (``spelling_key``), as is ``NUMBER_WORDS``: HDTB's lemmas drop the nukta
#: (``गिरफ्तार``, ``करोड``), and news writes these words with it as often (``गिरफ़्तार``, ``करोड़``).
LIGHT_VERB_NOUNS = frozenset(map(spelling_key, words("light_verb_nouns")))
#: Number words ("दो", "तीन", "हजार"; ``lexicon/number_words.txt``, from HDTB by the same command): a bare
#: number is no keyword, also where the tagger reads the word as a noun in every sentence of a text.
NUMBER_WORDS = frozenset(map(spelling_key, words("number_words")))
#: Words HDTB writes as common nouns, in at least 5% of their uses (``lexicon/common_nouns.txt``, from HDTB by the same
#: command: ``नीति``, ``अधिनियम``, ``दिवस``, ``संगठन``; not ``राजनाथ``, ``सिंह``): a designation titles the name after it
#: only when that name holds a word that is not one (``_designations``).
COMMON_NOUNS = frozenset(map(spelling_key, words("common_nouns")))
#: Words HDTB almost never tags NOUN or PROPN (``lexicon/non_nominal_words.txt``, from HDTB by the same
#: command: verbs, adjectives, adverbs, postpositions, as forms and lemmas): a common word among them is no
#: keyword alone, and in untagged text, which cannot tell a verb from a noun, no phrase ends in one.
NON_NOMINAL_WORDS = spelling_keys("non_nominal_words")  # the cleaner reads the same set
#: Words HDTB knows as common nouns or adjectives (``lexicon/nominal_words.txt``, from HDTB by the same command: tagged
#: NN or JJ in at least 5% of two or more uses: ``कवि``, ``कप्तान``, ``रक्षा``; not ``अली``, nor a word HDTB never has). A
#: tagger that calls another word a noun is guessing at a word it does not know, most often a name
#: (``names._first_names``); an institution's name ends in such a word, a person's does not (``spellings._translated``).
NOMINAL_WORDS = frozenset(map(spelling_key, words("nominal_words")))
#: Adjectives that take the noun before them (``lexicon/noun_taking_adjectives.txt``, from HDTB: ``स्थित``, ``नामक``,
#: ``ऊँचा``): ``नागपुर स्थित संघ कार्यालय`` is the office in Nagpur, ``सौ मीटर ऊँचा`` a height. Right after a noun or a
#: postposition (``दिल्ली में स्थित``) such a word ends the noun's phrase and opens none (``_runs``, ``_takes_a_noun``;
#: lists showed ``स्थित पार्टी मुख्यालय``); elsewhere it is an adjective like another (``सबसे ऊँचा शिखर``). The list is
#: matched by spelling key, which keeps a nasal sign apart (``ऊंचा``), and by lemma, so untagged text meets only the
#: form the list writes.
NOUN_TAKING_ADJECTIVES = frozenset(map(spelling_key, words("noun_taking_adjectives")))
#: Words written in Latin letters inside Hindi text are name words when they hold a capital letter
#: (``Apple``, ``iPhone``, ``BJP``, ``NIA``), in a sentence with more Devanagari words than Latin ones (an
#: English line is no Hindi text), except English function words, which only join a name's words
#: (``Places of Worship Act``) as their Devanagari spellings do. A run never mixes the two scripts
#: (``भारत Apple``, ``जयपुर CIPET`` are two names side by side), and a Latin name written only in the
#: headline, as a column's or a live page's label (``Rajat Sharma's Blog:``, ``LIVE Updates:``), is none.
#: The joiners: ``of`` and ``and`` (``&`` is punctuation to the tokenizer and never reaches a phrase).
_LATIN_JOINERS = frozenset({"of", "and"})
#: English function words inside English names ("बैंक ऑफ इंडिया"; ``lexicon/english_function_words.txt``,
#: and the Latin joiners): they join a name's words, and a keyphrase that starts or ends with one is a torn name.
ENGLISH_FUNCTION_WORDS = words("english_function_words") | _LATIN_JOINERS
#: Designations, page labels and record words in Latin letters (``PM``, ``CEO``, ``LIVE``, ``FIR``):
#: no name words (``lexicon/latin_non_names.txt``).
_LATIN_NON_NAMES = words("latin_non_names") | frozenset(w for w in words("news_agencies") if w.isascii())
#: Day and month names in Latin letters ("Monday", "June", "Dec"), which date and never name: they are
#: no name words either, like their Devanagari spellings (``NOT_PHRASE_WORDS``).
_LATIN_DATE_WORDS = frozenset(w for w in words("days") | words("months") if w.isascii())
#: A Latin word with a capital letter, digits and hyphens allowed after its first letter (``COVID-19``, ``G-20``,
#: ``G20``, ``MP3``): such names were no candidates, so the topic of "COVID-19 के नए मामले" was missing from its list.
_LATIN_NAME = regex.compile(r"\p{Latin}[\p{Latin}\p{Nd}]*(?:-[\p{Latin}\p{Nd}]+)*")
_LATIN_CAPITAL = regex.compile(r"\p{Lu}")
#: An ordinal before a generic noun counts or dates ("पहली बार", "चौथे दिन", "100वें वर्ष"): no keyphrase.
#: Without the nasal sign an ending -वा/-वे/-वी is read as an ordinal's after a number's digits, and after
#: the number words of 11-21, the centuries of history ("पंद्रहवी शताब्दी", "उन्नीसवी सदी"); not after any
#: word ("जान्हवी" is a name, "एक्सप्रेसवे" a road).
_ORDINALS = words("ordinals")
_TEENS = "ग्यारह|बारह|तेरह|चौदह|पंद्रह|पन्द्रह|सोलह|सत्रह|अठारह|उन्नीस|बीस|इक्कीस"
_REGULAR_ORDINAL = regex.compile(
    rf"(?:\p{{Nd}}+|\p{{L}}[\p{{L}}\p{{M}}]*)(?:वाँ|वां|वें|वीं|वेँ|वीँ)|(?:\p{{Nd}}+|{_TEENS})(?:वा|वे|वी)"
)
_HYPHENS = frozenset("-‐‑–")
_HYPHEN_CLASS = "[" + regex.escape("".join(sorted(_HYPHENS))) + "]"
_CLASS = {"PROPN": "P", "NOUN": "N", "ADJ": "A"}
# Honorifics end a name candidate and are never part of one ("श्री राजनाथ सिंह" -> "राजनाथ सिंह").
HONORIFICS = frozenset(map(spelling_key, words("honorifics")))
# Designations that HDTB-style tagging marks PROPN inside titles ("रक्षा मंत्री राजनाथ सिंह" is all
# PROPN there); they and the words before them in a proper-noun chain are treated as common nouns.
TITLES = frozenset(map(spelling_key, words("titles")))
_MINISTER = "मंत्री"  # and every word ending in it: खेलमंत्री, महामंत्री, उपप्रधानमंत्री
# Callings before a person's name, which the text may never call a common noun elsewhere (an encyclopedic text names
# a person once: "इतिहासकार अबुल फ़ज़ल"): designations as a word it does call one is (``_designations``).
CALLINGS = frozenset(map(spelling_key, words("callings")))
_VERSED_IN = ("विद्", "विद")  # and words of a stem and one: पर्यावरणविद्, पुरातत्वविद, भाषाविद्
_VERSED_STEM_MIN = 3
#: What follows an initial: a full stop, or the Devanagari abbreviation sign (``के॰ एस॰ कृष्णन``).
_INITIAL_STOPS = frozenset({".", "॰"})
_GENITIVE_KEY = normalize("का")


@dataclass(slots=True)
class _Candidate:
    key: tuple[str, ...]
    proper: bool = False  # a proper-noun chain (names are what news keywords are mostly about)
    offsets: list[tuple[int, int]] = field(default_factory=list)
    # Positions of the occurrences (0 = headline, 1 = first body sentence...), summed up as they
    # come: the first and sum 1 / (position + 2), so a long text's brief keeps no list per phrase.
    first: int = -1
    position_weight: float = 0.0
    windows: list[int] = field(default_factory=list)
    """Co-occurrence units (ascending, no repeats): a sentence, or a ``COOCCURRENCE_CHARS`` slice of a very long one."""
    title: bool = False
    """The whole headline is this phrase (``_mark_title``)."""
    opening: bool = False
    """A text without a headline opens with this phrase, whose words recur through it (``_mark_opening``)."""
    genitive: bool = False
    """Two nouns joined by the genitive postposition (``_genitives``: ``कच्छ का रण``)."""
    quoted: bool = False
    """A phrase only the quotation marks around it make one (``_quoted_spans``: ``'दो बीघा ज़मीन'``, ``'लूट का फूल'``)."""
    as_written: bool = False
    """The tagger also read the same written words keyed as written, as a name (``_one_writing``: ``होमस्टे``)."""
    acronym: bool = False
    """An acronym in Latin capitals the text writes in brackets after this phrase was made one with it
    (``_defined_acronyms``): a name or a term in its own right, which speaks for the words it holds as a name does
    (``choice._speaks_for``: ``पात्रता सह प्रवेश परीक्षा (NEET)``, not the ``परीक्षा`` the text says of others too). Not
    an acronym made one with a phrase by its initials alone (``_spelled_out_acronyms``), which may meet a phrase by
    chance (``आईडी`` and ``ऐप डाउनलोड``)."""


_HYPHEN_SPLIT = regex.compile(_HYPHEN_CLASS)


def _hyphen_key(norm: str) -> str:
    return "-".join(p for p in _HYPHEN_SPLIT.split(norm) if p)


# What a token may be in a phrase depends only on its kind, normalised form, tag and lemma
# (and on whether the document is tagged): decided once per such word type and kept, instead
# of once per token. A role: (phrase word?, key and class of the token as a unit of its own,
# both None where it must break a candidate, when it counts as a designation, for an
# inflected hyphen compound the key of its base form: ``_base_compounds``, and what it does
# after a noun: ``_AFTER_NOUN_*``).
_NEVER, _TITLE, _IF_COMMON, _CALLING = 0, 1, 2, 3  # a role's _CALLING is _IF_COMMON in a run, whatever the text says
#: After a noun a word joins its phrase, opens the next one (an adjective of ``NON_NOMINAL_WORDS``, tagged), or joins
#: neither (a word of ``NOUN_TAKING_ADJECTIVES``, also after a postposition: ``_takes_a_noun``).
_AFTER_NOUN_JOINS, _AFTER_NOUN_OPENS, _AFTER_NOUN_TAKES = 0, 1, 2
_Role = tuple[bool, str | None, str | None, int, str | None, int]
_ROLES: dict[tuple[bool, str, str, str | None, str | None], _Role] = word_table()
_ROLES_LIMIT = 20_000  # entries of about 300 bytes: at most about 6 MB
_NO_ROLE: _Role = (False, None, None, _NEVER, None, _AFTER_NOUN_JOINS)


def _compound_base(key: str, lemma: str) -> str | None:
    """The key of a hyphen compound's base form from the tagger's lemma of the whole compound
    (``ईंट-पत्थरों`` -> ``ईंट-पत्थर``), when only its last part changed, and not only in spelling (the
    lemma ``शान्ति`` of ``सुख-शांति``); else ``None``."""
    base = _hyphen_key(lemma)
    head, _, last = key.rpartition("-")
    base_head, _, base_last = base.rpartition("-")
    if base_head != head or spelling_key(base_last) == spelling_key(last):
        return None
    return base


#: A scraped script's identifier ("sendGAPageViews", "getElementById"): lower case, then two humps or more.
_CODE_IDENTIFIER = regex.compile(r"\p{Ll}{2,}(?:\p{Lu}+\p{Ll}+){2,}")


def _latin_role(norm: str) -> _Role:
    """The role of a Latin-letter word in a Devanagari sentence: a name word when it holds a capital
    letter and has two characters or more (letters, then digits and hyphens too: ``COVID-19``) and is no script identifier (``sendGAPageViews``) and no day or
    month name (``Monday``, ``June``), a joiner inside a name (``of``, ``and``), else none."""
    if norm in _LATIN_JOINERS:
        return (True, norm, "P", _NEVER, None, _AFTER_NOUN_JOINS)
    if (
        len(norm) >= 2
        and _LATIN_NAME.fullmatch(norm) is not None
        and _LATIN_CAPITAL.search(norm) is not None
        and norm.lower() not in _LATIN_NON_NAMES
        and norm.lower() not in _LATIN_DATE_WORDS
        and _CODE_IDENTIFIER.match(norm) is None
    ):
        return (True, norm.lower(), "P", _NEVER, None, _AFTER_NOUN_JOINS)
    return _NO_ROLE


_THROUGHOUT = "भर"


def _is_throughout(word: str, tagged: bool, pos: str | None) -> bool:
    """Is ``word`` a noun with ``-भर`` glued on (``देशभर``, ``दुनियाभर``, ``दिनभर``: "throughout the country", an
    adverb)? Only in tagged text, where the word is not tagged a name (the surname ``राजभर``), and where the noun is
    a word of the document frequencies (``निर्भर`` is an adjective of its own)."""
    return (
        tagged
        and pos != "PROPN"
        and len(word) > 4
        and word.endswith(_THROUGHOUT)
        and word[: -len(_THROUGHOUT)] in load_df("lemma").df
    )


def _role(tagged: bool, kind: str, norm: str, pos: str | None, lemma: str | None) -> _Role:
    """The word role of a token type (see ``_ROLES``), computed and kept."""
    lemma_or_norm = lemma or norm
    ok = (
        kind == "word"
        and len(norm) >= 2
        and len(lemma_or_norm) >= 2  # a lemma cut to one letter ("कों", a typo for "को", -> "क") is no word
        and _DEVANAGARI.search(norm) is not None
        and not unicodedata.category(norm[0]).startswith("M")  # a stray sign typed after a space opens no word ("़जीता")
        and norm not in STOPWORDS
        and spelling_key(norm) not in NOT_PHRASE_WORDS
        and lemma_or_norm not in STOPWORDS
        and spelling_key(lemma_or_norm) not in NOT_PHRASE_WORDS
        and (pos is None or pos == "PROPN" or spelling_key(norm) not in QUANTIFIERS)
        and not _is_throughout(lemma_or_norm, tagged, pos)
    )
    key: str | None = None
    cls: str | None = None
    common = _NEVER
    base: str | None = None
    if ok:
        if not _HYPHENS.isdisjoint(norm):  # a hyphen inside the token
            cls = "W" if not tagged else _CLASS.get(pos or "")
            compound = _hyphen_key(norm)
            parts = compound.split("-")
            # "कहा-भाजपा": a headline's colon; "मई-2022", "अप्रैल-जून": a date, no topic.
            if not NOT_PHRASE_WORDS.isdisjoint(map(spelling_key, parts)):
                cls = None
            # A word said twice over is an adverb of manner, repetition or distribution ("धीरे-धीरे", "बार-बार",
            # "अलग-अलग", "घर-घर", "गिरते-गिरते"), no topic and no part of one: none of the hand-made keyphrases
            # holds one, where 34 of the 37 such phrases in the ILSUM lists were an adverb glued to a noun
            # ("सलमान धीरे-धीरे", "धीरे-धीरे अनलॉक"; the other three "टुकड़े-टुकड़े गैंग", "धक-धक गर्ल").
            # Function words joined ("एक-दूसरे", "आप-हम") are a pronoun, no topic; quantifiers joined to them, in
            # tagged text a quantity ("अधिक-से-अधिक", "सारा-का-सारा").
            if all(p in STOPWORDS or (tagged and pos != "PROPN" and spelling_key(p) in QUANTIFIERS) for p in parts) or (
                len(parts) > 1 and len(set(parts)) == 1
            ):
                cls = None
            if cls is not None:
                key, cls = compound, "N" if cls == "A" else cls
                if tagged and lemma:
                    base = _compound_base(key, lemma)
                if cls == "P" and _is_title(spelling_key(key)):  # "को-फाउंडर राकेश गंगवाल"
                    common = _TITLE
        elif not tagged:
            key, cls = norm, "W"
        else:
            cls = _CLASS.get(pos or "")
            if cls is None or spelling_key(norm) in HONORIFICS or spelling_key(lemma_or_norm) in HONORIFICS:
                cls = None
            else:
                key = lemma_or_norm
                if cls == "P":
                    common = _TITLE if _is_title(spelling_key(key)) else _CALLING if _is_calling(spelling_key(key)) else _IF_COMMON
    after_noun = _AFTER_NOUN_JOINS
    if key is not None:
        if spelling_key(key) in NOUN_TAKING_ADJECTIVES:
            after_noun = _AFTER_NOUN_TAKES
        elif cls == "A" and spelling_key(key) in NON_NOMINAL_WORDS:  # cls "A" only in tagged text
            after_noun = _AFTER_NOUN_OPENS
    role = (ok, key, cls, common, base, after_noun)
    if cacheable(norm) and cacheable(lemma_or_norm):
        remember(_ROLES, (tagged, kind, norm, pos, lemma), role, _ROLES_LIMIT)
    return role


def _topic_words(c: _Candidate) -> tuple[str, ...]:
    """The words of a phrase that say what it is about: not a genitive's postposition, nor the initials a name
    opens with (``के`` of ``के. एस. कृष्णन`` is also the commonest postposition; ``एस`` of ``एस. जयशंकर`` says nothing
    of the topic), nor a quoted title's stopwords."""
    words_ = c.key[::2] if c.genitive else c.key
    if c.quoted:  # "शतरंज के खिलाड़ी", "तू झूठी मैं मक्कार": its postpositions and pronouns are no topic words
        return tuple([k for k in words_ if k not in STOPWORDS]) or words_
    if c.proper and len(words_) > 1 and words_[0] in LETTER_NAMES:
        m = 1
        while m < len(words_) - 1 and words_[m] in LETTER_NAMES:
            m += 1
        return words_[m:]
    return words_


def _glued_on(outer: _Candidate, inner: _Candidate) -> bool:
    """Is ``outer``, said once, the phrase or name ``inner`` of two or more words, said on its own at least
    twice, with a word glued on? A title or a noun before a name (``सीएम प्रमोद सावंत``, ``एक्टर-डायरेक्टर सतीश
    कौशिक``, ``मिश्रा समाजवादी पार्टी``) or a place or a noun after it (``सोनिया गांधी रुटीन``, ``भगत सिंह भारत के
    ...``, ``नोरा फतेही मुंबई``): the tagger reads such neighbours as part of the name; a noun after a phrase
    (``बड़ी दिक्कत बच्चों को``). Then the shorter one is the keyword. A one-word ``inner`` is left to the other
    rules: ``राजनाथ सिंह`` said once and ``सिंह`` said often (other people of that surname) still lists the full name."""
    return len(outer.offsets) == 1 and len(inner.key) >= 2 and len(inner.offsets) >= 2


def phrase_words(key: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a phrase key, a hyphenated compound's parts counted as words: what "a phrase that contains
    another" compares (``choice`` and across a story's articles)."""
    return tuple(p for k in key for p in k.split("-") if p)


def _is_title(key: str) -> bool:
    """Is the spelling key ``key`` a designation (``TITLES``, or a word ending in ``मंत्री``: ``खेलमंत्री``)?"""
    return key in TITLES or key.endswith(_MINISTER)


def _is_calling(key: str) -> bool:
    """Is the spelling key ``key`` a calling (``CALLINGS``, or a word of a stem and ``विद्``: ``पुरातत्वविद्``, ``भाषाविद``;
    a stem of at least ``_VERSED_STEM_MIN`` characters, as names end in ``विद`` too: ``नविद``, ``जाविद``, ``दाविद``)?"""
    if key in CALLINGS:
        return True
    suffix = next((v for v in _VERSED_IN if key.endswith(v)), None)
    return suffix is not None and len(key) - len(suffix) >= _VERSED_STEM_MIN


def _is_generic(word: str, tagged: bool) -> bool:
    """A generic noun's lemma (``GENERIC_NOUNS``), or where keys are the forms as written (``tagged`` false: untagged
    text, or a name, keyed by its form), one of its plural and oblique forms or a manner noun's (``मामले``, ``घंटों``,
    ``तरीके``)."""
    key = spelling_key(word)
    return key in GENERIC_NOUNS or (not tagged and key in _UNTAGGED_GENERIC)


def _is_ordinal(word: str) -> bool:
    return word in _ORDINALS or _REGULAR_ORDINAL.fullmatch(word) is not None


def _is_numbered_ordinal(word: str) -> bool:
    """An ordinal written with digits (``13वें``, ``10वीं``)."""
    return word[:1].isdigit() and _REGULAR_ORDINAL.fullmatch(word) is not None
