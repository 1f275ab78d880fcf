"""Keyphrases: tag-pattern candidates inside sentences, merged by lemma, scored, de-duplicated.

Candidates (never crossing a sentence boundary or punctuation, a quotation mark glued between two words included:
``पूजा करेंगे’सभाजीत सिंह ने कहा``, one token, gives ``सभाजीत सिंह``, ``_quote_seams``; in tagged text a word that is two
words glued where scraping lost a space is read as the two, ``अमित शाहपश्चिम बंगाल``, ``_glued_seams``; at most ``MAX_WORDS`` words,
initials that open a name and quoted titles aside; none in a sentence that
opens with a link to another story, ``पढ़ें- <its headline>``, which scraped pages glue into the text:
``clean.opens_also_read``):

* proper-noun chains, kept whole: ``राजनाथ सिंह``, ``पीट हेगसेथ``, with the initials that open them, also where
  written with full stops or the abbreviation sign (``के. एस. कृष्णन``, ``पी.टी. उषा``, ``के॰ एस॰ कृष्णन``: at most
  ``MAX_INITIALS``, in tagged text, ``_dotted_initials``; the stops are the punctuation such a candidate holds); the
  initials a name opens with count neither against ``MAX_WORDS`` nor in its mean IDF (``_topic_words``); except that a chain of three or more
  words written once, made of two chains the text writes on their own, is two names side by side
  (``राहुल गांधी जीडीपी``: ``_split_adjacent_names``), and so is a two-word chain written once that ends
  in a place (``STANDALONE_PLACES``) where the text writes its first word alone at least twice
  (``गंगा भारत की सबसे महत्वपूर्ण नदी है``), or that is a surname the text also writes alone and at the end of a
  longer name before a place (``गहलोत जयपुर स्थित``, beside ``अशोक गहलोत``); a designation inside a chain (a title, or a word tagged a common
  noun or adjective in the text more often than a one-word name, or a calling an encyclopedic text puts before a
  person's name, ``CALLINGS`` and words in ``विद्``: ``इतिहासकार अबुल फ़ज़ल``, ``पुरातत्वविद् ग़ुलाम यज़दानी``) and the words
  before it are common nouns (``रक्षा मंत्री राजनाथ सिंह``), except that
  such a word ending a chain the text writes twice or more is the name's head (``सुप्रीम कोर्ट``, ``उत्तर प्रदेश``:
  ``_designations``), and such a word the text writes before the same name word at least twice, that name word
  standing without it less often, is a first name (``योगी आदित्यनाथ``, ``करण जौहर``: ``_first_names``), as is such a
  word that opens a person's name of up to ``GUESSED_NAME_WORDS`` words, none a place, when HDTB does not know it as a
  common noun or adjective (``NOMINAL_WORDS``: the tagger guessed at a name, ``मुनीबा अली`` beside ``मुनीबा ने``), and such a
  word (not a title) before words that are all common nouns (``COMMON_NOUNS``) titles nothing: the chain is one
  name (``राष्ट्रीय शिक्षा नीति``, ``मोटर वाहन अधिनियम``);
* runs of adjectives and common nouns ending in a noun, and every such sub-run:
  ``रक्षा सहयोग``, ``द्विपक्षीय रक्षा साझेदारी``; in tagged text an adjective HDTB never tags a noun
  (``NON_NOMINAL_WORDS``) after a noun or name opens a new run, as a noun phrase's adjectives come before its noun
  (``ख़रीदी पत्रिका बड़े चाव से``: ``ख़रीदी पत्रिका`` and ``बड़ा चाव``), and an adjective that takes the noun before
  it (``NOUN_TAKING_ADJECTIVES``: ``स्थित``, ``नामक``) joins no run after a noun or a postposition (``नागपुर स्थित संघ
  कार्यालय``, ``दिल्ली में स्थित पार्टी मुख्यालय``: ``संघ कार्यालय``, ``पार्टी मुख्यालय``);
* a one-word name with the common nouns after it, ending in a noun: ``कोरोना वायरस``,
  ``दिल्ली पुलिस``, ``इंडिया गेट`` (a common phrase: no name boost, and listed instead of the
  name only where the name never occurs without it);
* hyphenated compounds, as one word whether written ``भारत-अमेरिका`` or ``भारत - अमेरिका``
  (a dash glued to the word before it with a space after, ``कहा- भाजपा``, is a colon:
  it separates; with a space on both sides it joins two names only, and between other
  words, or in untagged text, is a dash: ``प्रमोटर - एलन मस्क``); a Persian izafat written with
  spaces between two nouns one of which is a name (``लश्कर ए तैयबा``, ``तहरीक ए इंसाफ``; not between
  initials, ``एस ए बोबडे``) is one word keyed as its hyphenated spelling (``लश्कर-ए-तैयबा``);
* in tagged text, a phrase written between quotation marks, a title, a name or a term (``'सतपुड़ा की रानी'``,
  ``'द कश्मीर फाइल्स'``, ``'आजादी का अमृत महोत्सव'``, ``'हेरा फेरी 3'``), of ``QUOTED_MIN_WORDS`` to ``QUOTED_MAX_WORDS``
  words ending in a noun, name or number, holding no verb or conjunction and not opening with a pronoun, particle,
  adverb or stopword (speech: ``'हम न्याय चाहते हैं'``, ``'तुम्हें ढेर सारा प्यार'``), where no other candidate spans it
  (``_quoted_spans``). It is keyed as a run's words are (lemmas), shown as written, scored as a phrase of its words
  that are no stopwords, and may open with an English function word;
* in tagged text, two nouns joined by the genitive postposition that the text writes at least
  ``GENITIVE_MIN_COUNT`` (3) times, ``का``, ``की`` and ``के`` together (``खून का थक्का``, ``मंत्रिमंडल की
  बैठक``, ``कच्छ का रण``: a Hindi term is often such a pair, which the runs above, broken at every
  postposition, split into two keywords): the last word of one run and the first of the next, neither a
  generic, number or manner noun, the second a common noun (``गुजरात का जूनागढ़`` names ``जूनागढ़``), no title,
  and not followed by a name in its run (``भारत के प्रधानमंत्री नरेंद्र मोदी``), the first not the last word of a
  longer name (``बिग बॉस का घर``: ``_genitives``).
  It is keyed ``X का Y``, scored as a phrase of its two nouns, and shown with its head in the direct singular
  and ``की`` before a feminine head (``प्रकाश का प्रकीर्णन`` for ``प्रकाश के प्रकीर्णन``; a title as the heading
  writes it, ``अजंता की गुफाएँ``).

In tagged text, a word in Latin letters that holds a capital (``ISRO``, ``iPhone``, ``BCCI``; not a designation or
page label of ``lexicon/latin_non_names.txt``, ``PM``, ``LIVE``) is a name word where its sentence has more
Devanagari words than Latin ones; ``of`` and ``and`` join such names (``Places of Worship Act``). A run never mixes
the scripts, and a Latin name written only in the headline (a column's label, ``Rajat Sharma's Blog:``) is none, nor
is an English gloss or label of two or more words in a Hindi sentence (``(Delhi Corona Positivity Rate)`` after the
Hindi it translates, ``Bypoll Results:`` before it: ``_english_glosses``) or a scraped script's identifier
(``sendGAPageViews``).

Other words are Devanagari word tokens whose form and lemma have at least two characters and are
not stopwords or in ``NOT_PHRASE_WORDS`` (reporting verbs such as ``कहा``, ``बोले``, which
a tagger may call names in a headline; day and month names, English ones too, as written in
Latin letters or Devanagari, ``Monday``, ``संडे``, ``June``; relative-time words such
as ``आज``, ``कल``, ``पिछले``; era markers written after a year, ``ईस्वी``, and the year word before one,
``सन्``; the adverbs that end in a
visarga, ``क्रमशः``, ``स्वतः``, however it is typed; offices written as initials before a name, ``पीएम``,
``सीएम``; all from ``hindi_brief/text/lexicon/``), so a phrase never
starts or ends with a postposition, stopword or punctuation. A word said twice over (``अलग-अलग``, ``अपने-अपने``,
``धीरे-धीरे``, ``बार-बार``, ``घर-घर``) is an adverb of distribution, manner or repetition and no phrase word, whatever
its tag (the few named ones, ``टुकड़े-टुकड़े गैंग``, are lost with them).
A word said twice in a row with a space between ends one phrase and starts the next (``पटना पटना में``,
``नई दिल्ली दिल्ली के``: scraped datelines glued to the lead), except an initial (``एस एस राजामौली``).
Untagged documents (``tagger="none"``) use runs of such words of up to three words.

Occurrences are grouped by the phrase's lemmas (``सहयोग``/``सहयोगों`` together), an inflected
hyphen compound with its base form (``ईंट-पत्थरों``/``ईंट-पत्थर``, shown ``ईंट-पत्थर``:
``_base_compounds``), a word the document spells two ways (``नरेंद्र``/``नरेन्द्र``,
``कानून``/``क़ानून``; and, in one document, a long and a short इ or उ, ``वैक्सीन``/``वैक्सिन``) taking its more
frequent spelling (``_one_spelling``), and a phrase written
with and without a space or hyphen between its parts (``जम्मू-कश्मीर``/``जम्मू कश्मीर``,
``राज्यसभा``/``राज्य सभा``) taking its more frequent writing (``_one_spacing``), and an English plural
written in Devanagari with its singular when the text writes both (``यूजर्स``/``यूजर``, ``गाइडलाइंस``/``गाइडलाइन``;
``_loanword_plurals``, not in names), and a name written in Latin letters with the same name in Devanagari
(``Randeep Guleria``/``रंदीप गुलेरिया``, ``MSP``/``एमएसपी``: ``_one_script``, by consonant skeleton; a Latin phrase
that holds such a name's words, ``SVB UK`` beside ``UK``/``यूके``, holds the keyword for the rules on phrases and the
words they hold, speaking for it only as a common phrase does: ``_speaks_for``), and phrases the text writes alike
that the tagger read two ways (``वंदे मातरम``, ``वंदे`` a name in one sentence and a noun of lemma ``वंदा`` in
another: ``_one_writing``), and an acronym with the phrase the text defines it as (``एंटी करप्शन ब्यूरो (ACB)``:
``_defined_acronyms``, when it is the phrase's initials), and an acronym in Latin capitals or spelt by its letters' names with a phrase the text writes
anywhere whose initials it is (``यूपी``/``उत्तर प्रदेश``, ``बीजेपी``/``भारतीय जनता पार्टी``: ``_spelled_out_acronyms``);
``Keyword.text`` is the base form (``_display``: the direct-case form the text uses,
``संबंध`` for ``संबंधों``; for an acronym in Latin capitals, the name it stands for, ``इंडियन प्रीमियर लीग`` where the
text writes ``IPL`` more often), ``Keyword.variants`` every surface form seen. Score::

    (W_GRAPH * rank + W_TFIDF * tfidf) * (1 + HEADLINE_BOOST if in the headline and the body, the title, or the
        opening phrase of a text without a headline)
        * (1 + PROPER_BOOST if a proper-noun chain) * (COMMON_WORD_WEIGHT if one common noun, in tagged text)

``rank`` is a PositionRank-style PageRank over the co-occurrence graph of candidates
(same sentence), teleporting in proportion to ``sum 1 / (position + 2)`` over the
occurrences (headline = position 0) times the phrase's IDF; in a tagged text of more than
``POSITION_FREE_SENTENCES`` (40) body sentences that names no subject first (no title phrase, no opening phrase:
an essay, whose title is a sentence and which opens with a scene) every occurrence counts 1 there. ``tfidf`` is ``(1 + log count)`` times the mean
IDF of the phrase's words (shipped document frequencies) times a bonus per extra word
(``LENGTH_BONUS``; for a common phrase said once in a text of more than ``ONCE_SAID_SENTENCES``
sentences, a share of it that shrinks with the text's length). Both parts are scaled to [0, 1] and weigh the same. Where a phrase
stands counts only through the teleport, the headline and, without one, the opening phrase: a text's first
sentences are the point of a news story, but the hook of an essay and the definition of an
encyclopedic article, whose keyphrases are named all through it (the weights below); only the phrase the text
opens with, when its words recur through the text, is its subject (``_mark_opening``).

A one-word common noun is listed only when it stands on its own (``_stands_alone``): not
a generic person or quantity noun, unit of time or counting word (``GENERIC_NOUNS``: ``लोग``, ``दिन``,
``मामला``, ``संख्या``, ``घंटा``, ``सदी``, ``बार``, ``बजे``; with the units of measure and money a number
counts in HDTB, ``रुपया``, ``डॉलर``, ``मीटर``; nor one of these tagged a name), not a noun
that makes an adverb with से or पर (``MANNER_NOUNS``: ``रूप``, ``तौर``, ``तरह``), not the first part of a
conjunct verb (``LIGHT_VERB_NOUNS``: ``शुरू``, ``प्रदान``, ``लागू``), not a number word (``NUMBER_WORDS``:
``दो``, ``हजार``), not a word HDTB almost never tags a noun (``NON_NOMINAL_WORDS``: ``जारी``, ``शामिल``,
``मिली``, ``अधिक``; in untagged text no phrase ends in one either: ``करोड़ रुपये मिले``), not too common in
the shipped document frequencies
(IDF below ``GENERIC_IDF``: ``सरकार``, ``देश``), not common there (IDF below ``COMMON_IDF``: ``मांग``, ``फैसला``,
``बयान``, ``पुलिस``) unless the text says it at least ``COMMON_MIN_COUNT`` times or in at least half its sentences,
in tagged text at any IDF not said less than once in ``ONCE_SAID_SENTENCES`` of the text's sentences, headline
included (an essay of 90 sentences says ``दूरी`` or ``संभावना`` twice in passing; so, once, does a news story of
21 to 40), and never tagged an adjective or a number in
the text (a lone ``धीमी``; ``तीन``, tagged NOUN in ``तीन तलाक`` once and NUM elsewhere). Names
and phrases are not affected, except that a letter name is never a keyword alone, name or not
(``एच``, an initial cut off ``एच के कुमारस्वामी`` when ``के`` is read as a postposition).
Tokens tagged NUM are never candidates, and a phrase that holds an ordinal and a generic noun
after it counts or dates and is no keyword either (``पहली बार``, ``चौथे दिन``, ``100वें वर्ष``; ordinals:
``lexicon/ordinals.txt`` and the ending ``-वाँ``/``-वें``/``-वीं``), nor is an ordinal alone, nor one in digits at the end
of a phrase (it stands before the noun it counts: ``मुकेश अंबानी 13वें`` of ``13वें नंबर पर``; a name chain the tagger
ends with one ends before it), nor a
phrase that ends in a noun of ``MANNER_NOUNS``: it is an adverb (``विशेष रूप से``, ``कथित तौर पर``, ``तेजी से``),
nor a phrase that starts with a generic noun (a Hindi compound ends in its head: ``दिन देश``, ``लोग घर`` are
neighbours from two phrases) or with a noun of ``MANNER_NOUNS`` (``की तरह टीपू``: ``तरह टीपू``), nor a
generic noun after adjectives alone (``नया मामला``, ``बड़ी संख्या``), nor a phrase said once that opens with an
adjective of degree (``GRADABLE_ADJECTIVES``, from data: ``अच्छी खबर``, ``प्रसिद्ध बौद्ध महाविहार``; ``_describes``),
nor a hyphen compound holding a
reporting verb (a headline's colon: ``बोले-अडानी``), nor a word said twice (``धीरे-धीरे``, ``अलग-अलग``), nor
a phrase or word that starts or ends with an English function word
(``ENGLISH_FUNCTION_WORDS``: ``ऑफ इंडिया``, ``सुपरिटेंडेंट ऑफ``; ``सीरम इंस्टीट्यूट ऑफ इंडिया`` may).
In tagged text a word of ``LIGHT_VERB_NOUNS`` right before a verb, or of ``CONJUNCT_NOUNS`` (nouns that are
a conjunct verb's first part more often than not: ``पता``, ``घोषणा``) right before a light verb (``LIGHT_VERBS``:
``कर``, ``हो``, ``दे``), is no phrase word there and ends the phrase before it (``सेवा शुरू की``: ``सेवा``, not
``सेवा शुरू``; ``पता चला``: no ``पता``).

Phrases are then chosen best first. **A word or phrase is never listed beside a longer
phrase that contains it** (by lemma, compounds split into words; a name also contains a
shorter form of it with the same first and last word: ``त्रिवेंद्र सिंह रावत`` holds
``त्रिवेंद्र रावत``, where the shorter is a name, and no run inside the occurrences of a longer form that goes is
listed): of the two, the longer phrase is kept when it occurs at least
``FOLD_SHARE`` (0.4) times as often as the shorter one (the word is said mostly in the phrase:
``सहयोग`` in ``रक्षा सहयोग``; in untagged text, where names are unknown, this is the only test), or
when it is a name (``राजनाथ सिंह`` over ``सिंह``), unless it is the shorter one with a word glued on
(``_glued_on``: ``सीएम प्रमोद सावंत``, ``सोनिया गांधी रुटीन``, ``बड़ी दिक्कत बच्चों``, said once where ``प्रमोद सावंत``,
``सोनिया गांधी`` and ``बड़ी दिक्कत`` are said on their own at least twice), or when, in tagged text, the shorter
one is a common word or phrase the text never says outside the longer phrases it repeats (``_HeldWords``: ``वंश``
said only in ``संगम वंश``, ``तुलुव वंश``, ``अराविडु वंश``, each twice); otherwise the
shorter one stands on its own (``रक्षा`` is said alone and in ``रक्षा सहयोग``, ``रक्षा मंत्री``, ``रक्षा
सचिव``...). A shorter one is listed only if it wins over every chosen phrase that holds it, and then they
all go; two or more chosen phrases that hold a common word speak for it together (``कर्क राशि`` and ``मेष
राशि``, not ``राशि``). The one kept takes the higher score. A phrase whose words a chosen phrase holds in another
order (``वायरल ऑडियो`` beside ``ऑडियो वायरल``, ``मठ बाघम्बरी`` beside ``बाघम्बरी मठ``; not a genitive pair or a quoted
title) is the same phrase, listed once, in the order the text writes more often (ties: the one written first), in the
place and with the higher score of the two. Any other phrase
most of whose occurrences overlap a chosen phrase is dropped. A headline that is itself one
candidate phrase (an encyclopedic title: ``थार मरुस्थल``) is listed whole: it speaks for every
phrase inside it, wins over any phrase around it and stands on its own (``_mark_title``). A tagged text
without a headline has its opening phrase in its place: the longest candidate at its first word, or the name a
title or common phrase there stands before (``केंद्रीय गृह मंत्री अमित शाह ने``), or the shorter name a name said once
holds (``भगत सिंह भारत के``), if one of its words is said again in at least ``OPENING_SHARE`` (a twentieth) of the later
sentences (an encyclopedic article names its subject first: ``कोणार्क सूर्य मंदिर ओडिशा के ...``); it is scored as a
headline's phrase and speaks for the phrases inside it (save one with a word glued on, ``_glued_on``), but must stand
on its own like any other (``_mark_opening``).
In tagged text, two common words both chosen that the text also says together, as a phrase of the two, at least
``JOINED_WORDS_MIN_COUNT`` (3) times, are that phrase: the choice is made again without them (``_joined_words``:
an essay on road accidents lists ``सड़क दुर्घटना``, not ``सड़क`` and ``दुर्घटना`` apart; ``प्लास्टिक कचरा``).
In a tagged text of more than ``ONCE_SAID_SENTENCES`` sentences, headline included, a common word whose shipped IDF
is below ``LONG_TEXT_IDF`` is not listed alone however often it is said (``_background``: ``बच्चा``,
``शहर``, ``पानी``, ``क्षेत्र``, which a long text on schools or cities says all through); the phrases that hold it may
be, and so may a title or a hyphen compound. The list is first chosen with such words standing alone, so that one chosen
beside a word it is said together with still gives their phrase (``सड़क`` beside ``दुर्घटना``), and chosen again without
them where one stood alone in that first choice.
Keys compare lemmas, and two phrases keyed apart can still be shown one inside the other, or alike: ``छोटी`` tagged a
name (keyed as written) beside ``छोटी बहन`` (keyed ``छोटा बहन``), ``अंग्रेज़ी`` beside ``अंग्रेज़ी माध्यम`` (the adjective
keyed ``अंग्रेज़ा``), ``सुभाषचंद्र बोस`` beside ``नेताजी सुभाष चंद्र बोस``. The base forms of the chosen list are compared
too, spaces aside (``_shown_inside``): of two shown alike the later goes; of a phrase and one shown inside it, the one
the rule above would keep stays; and the choice is made again without the other.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import chain, islice
from typing import Callable, Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import regex
from scipy.sparse import csr_matrix

from ..caching import cacheable, remember, word_table
from ..doc import PUNCT_KINDS, Document, Sentence, TokenColumns
from ..results import Keyword
from ..text.normalize import join_vowel_parts, normalize, spelling_key
from ..text.sentences import LETTER_NAMES
from ..text.skeleton import ACRONYM_STARTS, acronym_letters, devanagari_skeleton, latin_skeleton, spelled_acronym
from ..text.clean import opens_also_read
from ..text.lexicon import spelling_keys, words
from ..text.stopwords import REPORTING_VERBS, STOPWORDS
from ..text.verb_forms import IMPERATIVE_ENDINGS, verb_lemma
from .weights import DENSE_GRAPH_MAX, DocumentFrequencies, clique_pagerank, df_for, load_df, pagerank, scale_to_max

__all__ = ["extract_keywords", "candidates", "phrase_spelling_key", "phrase_words", "same_names_across_scripts", "shorter_runs"]

MAX_WORDS = 4
MAX_WORDS_UNTAGGED = 3
#: Longest run of words one keyphrase is looked up under as part of another (``_deduplicated``): a phrase
#: has at most ``MAX_WORDS`` words, each a compound of a few parts.
RUN_MAX = 12
#: How often the list is chosen again when its base forms show a keyword inside another (``_shown_inside``); after that
#: the phrases left out are dropped from the list (a list of every candidate, ``top=10**9``, still costs its length).
RECHOICES = 2
# Weights chosen on hand-made keyphrases (F1@10 exact) of the 40 ILSUM val articles of
# benchmarks/keyphrases.py and the 25 development texts of benchmarks/essays_and_articles.py
# (essays and encyclopedic articles), then read on the 40 ILSUM test articles and the 15 held-out
# texts (docs/evaluation.md, "Keywords without the lead boost"). They replace weights fitted on the
# silver set (lemmas of an ILSUM heading and lead-heavy summary), which rewarded a boost of 3.0 for
# phrases of the first two sentences: 42.86 / 15.09 (val / development) with it, 44.35 / 19.57
# without. Each comment: val / development F1@10 with only that weight moved from the values here
# (and the rules of today: a title listed whole, no headline boost for a phrase the body never says).
W_GRAPH = 0.5  # (W_TFIDF = 1 - W_GRAPH) 0.7: 47.01 / 22.15 (the silver fit's value)
W_TFIDF = 0.5
HEADLINE_BOOST = 3.0  # 2.0, 5.0: the same F1 (46.27 / 24.73); 0.0: 45.87 / 24.09
PROPER_BOOST = 0.25  # 0.0: 45.99 / 23.45; 0.5: 46.50 / 25.37
# A one-word common noun in tagged text weighs this much (the comments above date from before it). Of such
# keywords 42% were hand-made keyphrases on ILSUM, 19% on the encyclopedic articles and 12% on the essays,
# against 36-69% for names and phrases: a text's topic word (``गुफा``, ``कविता``, ``मच्छर``) is said in every
# paragraph, while a reader's keyphrases name its parts. Val / development: 46.69 / 26.97 at 0.8 (1.0: 46.04 /
# 25.05; 0.9: 46.47 / 25.69; 0.7: 45.45 / 27.29); test / held out 43.36 / 23.02 -> 43.94 / 25.20.
COMMON_WORD_WEIGHT = 0.8
# Phrases co-occur when they share a sentence; a sentence longer than this many characters
# (a text without punctuation) is cut into slices, so the graph stays sparse and linear.
COOCCURRENCE_CHARS = 600
LENGTH_BONUS = 1.0  # 0.5: 45.24 / 24.07 (the silver fit's value); 1.5: 47.31 / 24.40
#: A common phrase said once earns ``LENGTH_BONUS`` in full in a text of up to this many body sentences (a news
#: article: ILSUM's have 7 to 23), and ``ONCE_SAID_SENTENCES / n`` of it in a longer text of ``n``. In an article a
#: term is often said once; in an essay or an encyclopedic article of 40 to 90 sentences the terms that matter
#: recur, and a long phrase said once is most often a description or words of two constituents run together
#: (``अंधी दौड़ असमानता``, ``परिवार औसत बकाया कर्ज़``, ``जीवाणु युक्त सूक्ष्म``), which the bonus put above words said
#: eight times. A name said once keeps it (``एम. एस. स्वामीनाथन``; untagged text cannot tell names, so there every
#: phrase said once is read as common). Essays and articles (all 35 to 91 sentences),
#: F1@10 development / held out, with title 30.52 / 27.36 -> 31.83 / 27.33, without 28.27 / 25.22 -> 29.57 / 25.73,
#: untagged 18.31 / 18.73 -> 22.15 / 20.87 (30 sentences: with title 31.51 / 27.33, without the same, untagged
#: 21.19 / 20.87; 10 or fewer move ILSUM's lists too: hand-made keyphrases val / test 49.21 / 46.69 -> 49.64 / 46.49).
#: A phrase said twice keeps it: scaled by ``20 * count / n`` as well, it cost development 31.83 -> 31.19 (without
#: title, held out 25.73 -> 25.20): said twice, a phrase is a term.
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
#: In a tagged text of more than ``ONCE_SAID_SENTENCES`` sentences (headline included), a common word whose shipped
#: IDF is below this is no keyword alone however often the text says it (``_background``): a long text on schools,
#: cities or farming says ``बच्चा``, ``शहर``, ``पानी``, ``क्षेत्र``, ``कृषि`` all through, and the news the document
#: frequencies come from says them often too. Of the one-word common keywords (no title, no hyphen compound) that the
#: 40 essays and articles and the hand-annotated ILSUM articles of more than 20 sentences, headline included, were
#: given before this rule, 16 had an IDF below 3.5 and none was a hand-made keyphrase (3 of 7 between 3.5 and 4 were,
#: 18 of 64 above); in the ILSUM articles of at most 20 sentences 13 of 37 below 3.5 were, so shorter texts keep them.
#: Chosen on the development writers of the essays and articles (F1@10 with / without title; 3.0: 32.15 / 29.89;
#: **3.5: 32.80 / 30.55**; 4.0: 32.80 / 30.55, the lower kept; none: 32.16 / 30.23). Not in untagged text, which cannot
#: tell names from common words: there it took ``चीन``, ``कर्नाटक``, ``बिहार`` from 180 ILSUM lists, which filled with
#: pieces of clauses (``पेट्रोल पंप चलाते``, ``सिरसा पहुंचे शाह``), though the essays' development half gained (22.15 /
#: 17.96 -> 22.47 / 18.28 with / without title).
LONG_TEXT_IDF = 3.5
#: In a tagged text of more than this many body sentences (the summaries' ``LONG_DOC``, past which their ranker has
#: its own model) that names no subject first (no candidate is its title or, without a headline, its opening phrase:
#: ``_mark_title``, ``_mark_opening``), every occurrence of a phrase weighs the same in the keyphrase graph's teleport
#: (``_scores``); elsewhere one in sentence ``i`` weighs ``1 / (i + 2)``: a news story's lead is its point, and an
#: encyclopedic article's first sentences define the subject its title names. An essay's title is a sentence or a
#: figure (``किताबों से बढ़ती दूरी``), it opens with a scene and its argument runs through it: with the news prior,
#: phrases said once in its first lines were listed (``बच्चा कॉमिक्स``, ``ख़रीदी पत्रिका``, ``सड़क किनारा``, ``अनकही
#: उदासी``) where the annotators named what its later paragraphs argue (``आशा कार्यकर्ता``, ``बीमा``, ``गोल्डन आवर``,
#: ``भारतीय भाषा``). Of the 40 essays and articles, the 16 essays (76 to 91 sentences) name no subject and 22 of the 24
#: encyclopedic articles (35 to 42 sentences) do, 23 without their title. Essays F1@10 with / without title 27.21 /
#: 25.71 -> 28.73 / 26.73 (development 32.80 -> 33.45, held out 30.04 -> 30.58); no ILSUM article is that long, and
#: of the 150 pairs of ILSUM stories joined (``benchmarks/outputs.py``) the 4 lists that changed were judged better twice
#: and worse once (``शुक्र ग्रह`` split in two). The encyclopedic articles need the prior: with it dropped from
#: 30 sentences they lost 34.81 -> 33.11 (``दयाराम साहनी``, ``धनपत राय श्रीवास्तव``, named in their first lines). Tried
#: and not kept: the text's ``features.pyramid_score`` (at most 0) as the test instead of a named subject (essays 27.73;
#: 5 of the 16 essays open with a central sentence, and the held-out writers lost 30.04 -> 29.51); a floor added to
#: the prior (``1 / (i + 2) + c``, c = 0.02 to 0.5: essays 26.71 to 27.73); a prior scaled to the text's length
#: (``1 / (2 + 10 i / n)`` in every text: silver P@10 on ILSUM val 52.25 -> 51.91). Untagged text keeps the prior:
#: without it the essays' lists filled with forms of a verb said all through (``पढ़ने``, ``पढ़ना``, ``पढ़ते``), F1@10
#: with title 15.54 -> 14.56 (without: 13.04 -> 13.56).
POSITION_FREE_SENTENCES = 40
OVERLAP = 0.6
# Hand-made keyphrases (benchmarks/keyphrases.py), F1@10 of the 40 val articles with only this share changed
# from the rules before it: 34.69 at 1.0, 35.32 at 0.6, 37.45 at 0.5, 38.10 at 0.4, 37.89 at 0.25 (with every
# rule of today: 41.37 at 1.0, 42.65 at 0.4); silver P@10 (ILSUM val) 76.29 at 1.0, 74.77 at 0.4: the silver
# set scores each word of a keyword on its own and so rewards listing the words apart.
FOLD_SHARE = 0.4
#: Two chosen common words said together as one phrase this often are listed as that phrase (``_joined_words``).
#: F1@10 exact, hand-made keyphrases val / essays and articles development: 2 or 3: 47.73 / 30.19; 4 or 5: 47.52 /
#: 30.19; no such rule: 47.52 / 29.87 (held out, read afterwards: test 45.65 for all; essays and articles 26.29 /
#: 25.73 / 25.73); of the two values the development texts cannot tell apart, the one that changes fewer lists.
JOINED_WORDS_MIN_COUNT = 3
ABSORB = 0.8
PAGERANK_DAMPING = 0.85
SCORE_DECIMALS = 10  # scores are at most about 12; rounding error of the arithmetic is ~1e-15

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
#: Common nouns whose shipped IDF (``models/df``) is below this are too common to be a keyword
#: alone (लोग 0.85, सरकार 1.12, दिन 1.23, मामला 1.31, देश 1.34; भारत, a name, is 1.47).
GENERIC_IDF = 1.4
#: A common noun whose shipped IDF is below ``COMMON_IDF`` (it is in more than about one news text in 20:
#: ``मांग`` 2.69, ``फैसला`` 2.17, ``बयान`` 2.43, ``जिला`` 1.89, ``पुलिस`` 1.63, ``किसान`` 2.86) is a keyword alone only where the
#: text says it at least ``COMMON_MIN_COUNT`` times (a text about the police says ``पुलिस`` again and again) or in
#: at least ``COMMON_MIN_SHARE`` of its sentences (the topic of a short text); said less, it names the news (a
#: demand, a decision) rather than what the text is about. Chosen on the val half of the hand-made keyphrases
#: (benchmarks/keyphrases.py, docs/evaluation.md): F1@10 38.49 without the rule, 42.65 with it (42.88 without the
#: share of the sentences); in a sweep before that share was added, IDF 2.5 / 3.0 / 3.5 scored 40.15 / 42.27 / 43.08
#: (3.5 with silver P@10 down to 64.0) and 5 / 8 / 10 times 42.02 / 42.27 / 42.05. Silver P@10 (ILSUM val) 74.89
#: -> 69.06: the silver set holds such words whenever a summary says them.
COMMON_IDF = 3.0
COMMON_MIN_COUNT = 8
COMMON_MIN_SHARE = 0.5
#: Person and quantity nouns, units of time and counting words that never stand alone
#: (``lexicon/generic_nouns.txt``), and the units of measure and money a number counts
#: (``lexicon/unit_nouns.txt``, from HDTB by ``python -m hindi_brief.training.word_lists``:
#: ``रुपया``, ``फीसदी``, ``डॉलर``; and ``lexicon/measure_units.txt``, by hand: ``किमी``, ``किलो``, ``लीटर``).
_UNITS = words("unit_nouns") | words("measure_units")
GENERIC_NOUNS = frozenset(map(spelling_key, words("generic_nouns") | _UNITS))
#: The Hindu calendar (``lexicon/lunar_months.txt``, ``lunar_days.txt``, ``lunar_full_and_new_moon.txt``,
#: ``lunar_fortnights.txt``, ``lunar_date_words.txt``): its dates are no keywords, as day and month names are not
#: (``_is_lunar_date``).
LUNAR_DAYS = frozenset(map(spelling_key, words("lunar_days")))
LUNAR_DATE_WORDS = frozenset(map(spelling_key, words("lunar_date_words")))
_LUNAR_FORTNIGHTS = frozenset(map(spelling_key, words("lunar_fortnights")))
_LUNAR_MOONS = frozenset(map(spelling_key, words("lunar_full_and_new_moon")))
_LUNAR_WORDS = (
    frozenset(map(spelling_key, words("lunar_months"))) | LUNAR_DAYS | LUNAR_DATE_WORDS | _LUNAR_FORTNIGHTS | _LUNAR_MOONS
)
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
#: Number words ("दो", "तीन", "हजार"; ``lexicon/number_words.txt``, from HDTB by the same command): a bare
#: number is no keyword, also where the tagger reads the word as a noun in every sentence of a text.
NUMBER_WORDS = frozenset(map(spelling_key, words("number_words")))
#: Adjectives of degree, read from data (``training.word_lists``: graded by ``सबसे``, ``बहुत``, ``बेहद`` in ILSUM val and
#: HDTB: ``बड़ा``, ``अच्छा``, ``प्रसिद्ध``, ``सस्ता``): a phrase said once that opens with one describes
#: (``प्रसिद्ध बौद्ध महाविहार``, ``सस्ता पेपरबैक संस्करण``) and is no keyphrase; said twice or more it may be a name or
#: a term (``बड़ा रण``, ``छोटा रण``), as a classifying adjective's phrase is (``भारतीय``, ``राष्ट्रीय`` are never graded).
GRADABLE_ADJECTIVES = frozenset(map(spelling_key, words("gradable_adjectives")))
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
#: Words HDTB almost never tags NOUN or PROPN (``lexicon/non_nominal_words.txt``, from HDTB by the same
#: command: verbs, adjectives, adverbs, postpositions, as forms and lemmas): a common word among them is no
#: keyword alone, and in untagged text, which cannot tell a verb from a noun, no phrase ends in one.
NON_NOMINAL_WORDS = spelling_keys("non_nominal_words")  # the cleaner reads the same set
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
#: Such a word that holds a digit (``covid-19``, ``aa1958``: keys are lower case), in Latin letters.
#: (Lookaheads and a possessive run: the pattern ``[...]*\p{Nd}[...]*`` backtracked through every pair of digits of
#: a long glued token that fails to match, time quadratic in its length.)
_LATIN_CODE = regex.compile(r"(?=[^\p{Latin}]*\p{Latin})(?=[^\p{Nd}]*\p{Nd})[\p{Latin}\p{Nd}-]++")
#: An ordinal before a generic noun counts or dates ("पहली बार", "चौथे दिन", "100वें वर्ष"): no keyphrase.
#: Without the nasal sign an ending -वा/-वे/-वी is read as an ordinal's after a number's digits, and after
#: the number words of 11-21, the centuries of history ("पंद्रहवी शताब्दी", "उन्नीसवी सदी"); not after any
#: word ("जान्हवी" is a name, "एक्सप्रेसवे" a road).
_ORDINALS = words("ordinals")
_TEENS = "ग्यारह|बारह|तेरह|चौदह|पंद्रह|पन्द्रह|सोलह|सत्रह|अठारह|उन्नीस|बीस|इक्कीस"
_REGULAR_ORDINAL = regex.compile(
    rf"(?:\p{{Nd}}+|\p{{L}}[\p{{L}}\p{{M}}]*)(?:वाँ|वां|वें|वीं|वेँ|वीँ)|(?:\p{{Nd}}+|{_TEENS})(?:वा|वे|वी)"
)
#: "ईसा पूर्व" (BC) marks an era after a year, where "ईसा" alone is a name (Jesus): a phrase that holds
#: the pair is no keyword, nor "ईसा" where "पूर्व" follows each of its occurrences.
ERA_BEFORE = (normalize("ईसा"), normalize("पूर्व"))
#: What follows "ईसा" where it dates: "ईसा पूर्व" (BC), "ईसा की पाँचवीं शताब्दी" (the fifth century AD).
_ERA_NEXT = regex.compile(
    r"\s+(?:" + ERA_BEFORE[1] + r"|" + normalize("की") + r"\s+\S+\s+(?:" + normalize("सदी") + "|" + normalize("शताब्दी") + r"))(?![\p{L}\p{M}])"
)
_HYPHENS = frozenset("-‐‑–")
_HYPHEN_CLASS = "[" + regex.escape("".join(sorted(_HYPHENS))) + "]"
_CLASS = {"PROPN": "P", "NOUN": "N", "ADJ": "A"}
_NOUN_CLASSES = ("N", "P")
#: The Persian izafat particle of names such as लश्कर-ए-तैयबा, when written with spaces.
_IZAFAT = "ए"
_VERBAL = frozenset({"VERB", "AUX"})
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


#: An occurrence as ``_collect`` gathers it before its candidate is made: (sentence position, position weight, start,
#: end, co-occurrence window).
_Occurrence = tuple[int, float, int, int, int]

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


#: An English gloss in brackets ("संक्रमण दर (Delhi Corona Positivity Rate)") or an English label before a colon
#: ("Bypoll Results: आसनसोल में ...", "पढ़ें- India China Tension: ..."): no Devanagari letter inside.
_BRACKETED = regex.compile(r"\([^()\p{Devanagari}]*\)")
_LABEL = regex.compile(r"(?:^|(?<=\p{Devanagari}))[^\p{Devanagari}:]*:")
_LATIN_WORDS = regex.compile(r"\p{Latin}+")
#: A scraped script's identifier ("sendGAPageViews", "getElementById"): lower case, then two humps or more.
_CODE_IDENTIFIER = regex.compile(r"\p{Ll}{2,}(?:\p{Lu}+\p{Ll}+){2,}")


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
        and norm not in STOPWORDS
        and spelling_key(norm) not in NOT_PHRASE_WORDS
        and lemma_or_norm not in STOPWORDS
        and spelling_key(lemma_or_norm) not in NOT_PHRASE_WORDS
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
            # Function words joined ("एक-दूसरे", "आप-हम") are a pronoun, no topic.
            if all(p in STOPWORDS for p in parts) or (len(parts) > 1 and len(set(parts)) == 1):
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
#: What follows an initial: a full stop, or the Devanagari abbreviation sign (``के॰ एस॰ कृष्णन``).
_INITIAL_STOPS = frozenset({".", "॰"})
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
_GENITIVE_KEY = normalize("का")
_FEMININE_GENITIVE = normalize("की")


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
            other = first_key.setdefault(text[a:b], key)
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


def _merged_into(found: dict[tuple[str, ...], _Candidate], into: dict[tuple[str, ...], tuple[str, ...]]) -> dict[tuple[str, ...], _Candidate]:
    """``found`` with each key of ``into`` made one with the candidate it maps to, keyed and classed as that one."""
    if not into:
        return found
    for key, target in into.items():
        found[key].proper = found[target].proper
    return _rekeyed(found, lambda key: into.get(key, key))


# An acronym in brackets right after a phrase: "एंटी करप्शन ब्यूरो (ACB)", "इंटरनेशनल मॉनेटरी फंड (IMF)".
_BRACKETED_ACRONYM = regex.compile(r"\(\s*(\p{Lu}{2,6})\s*\)")
_VOWEL_LETTERS = frozenset("अआइईउऊएऐओऔऑ")
# Initials the consonant skeletons leave out or read two ways: "हाई कोर्ट" (H), "यूनाइटेड नेशंस" (U), "सेंट्रल" (C).
_INITIALS = {"ह": "H", "य": "YU", "व": "VW", "स": "SC", "श": "SC", "क": "CKQ", "ज": "JZG"}


# The vowel letters each Latin vowel's word may start with, read strictly (``_spelled_out_acronyms``).
_VOWELS_OF = {"A": "अआएऐ", "E": "इईएऐ", "I": "इईआऐ", "O": "ओऔऑ", "U": "उऊ"}


def _initial_matches(word: str, letter: str, strict: bool = False) -> bool:
    """Can ``word`` (Devanagari) be the word an acronym's ``letter`` stands for? By its first letter's sound:
    a vowel for a vowel (``इंडियन``, ``ऑफ`` for ``I``, ``O``; English spellings vary; ``strict``: only the vowels
    of ``_VOWELS_OF``, so ``ऑनलाइन`` is no ``U``), else the consonant class."""
    first = word[:1]
    if first in _VOWEL_LETTERS:
        return first in _VOWELS_OF.get(letter, "") if strict else letter in "AEIOU"
    if first in _INITIALS:
        return letter in _INITIALS[first]
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
    acronym is the phrase's initials (``_spells_out``: ``नीतीश कुमार (JDU)`` names a party, no acronym of the name).
    The acronym is keyed and classed as the phrase, and shown as the phrase (``_base_form``)."""
    if _BRACKETED_ACRONYM.search(text) is None:  # most texts define no acronym: one scan, no look at the keys
        return found
    latin = {key: cand for key, cand in found.items() if len(key) == 1 and key[0].isascii()}
    if not latin:
        return found
    ends: dict[int, list[tuple[str, ...]]] = {}  # end offset -> keys of phrases of two words or more ending there
    into: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, cand in latin.items():
        for start, end in cand.offsets:
            m = _BRACKETED_ACRONYM.match(text, text.rfind("(", 0, start)) if "(" in text[max(0, start - 3) : start] else None
            if m is None or m.start(1) != start or m.end(1) != end:
                continue
            if not ends:
                for other, c in found.items():
                    if len(other) > 1 or "-" in other[0]:
                        for _, e in c.offsets:
                            ends.setdefault(e, []).append(other)
            phrase_end = len(text[: m.start()].rstrip())
            matches = [p for p in ends.get(phrase_end, ()) if not p[0].isascii() and _spells_out(p, text[start:end])]
            if matches:
                into[key] = max(matches, key=len)  # the whole name, not a phrase at its end
                break
    return _merged_into(found, into)


def _spelled_out_acronyms(found: dict[tuple[str, ...], _Candidate]) -> dict[tuple[str, ...], _Candidate]:
    """``found`` with an acronym made one with a phrase of the text whose initials it is, wherever the text
    writes the two (``यूपी`` and ``उत्तर प्रदेश``, ``बीजेपी`` and ``भारतीय जनता पार्टी``, ``IPO`` and ``इनिशियल
    पब्लिक ऑफरिंग``): the acronym in Latin capitals or by its letters' Devanagari names (``acronym_letters``), the
    phrase of two words or more in Devanagari (``_spells_out``, its vowels read strictly: ``यूएस`` is no ``ऑनलाइन
    सेल``); of several such phrases, the one said most often, and none where two are said as often. Keyed and classed
    as the phrase and shown as the text most often writes the two (a Latin acronym as the phrase), as a defined
    acronym is (``_defined_acronyms``)."""
    acronyms = {
        key: letters
        for key in found
        if len(key) == 1 and key[0][:1] in ACRONYM_STARTS  # most words cannot be one: no call for them
        for letters in (acronym_letters(key[0]),)
        if letters
    }
    if not acronyms:
        return found
    # English function words may be left out of the initials: a phrase of up to two more words than letters.
    lengths = {n for letters in acronyms.values() for n in range(len(letters), len(letters) + 3)}
    # Phrases by their number of words (compounds split) and first letter: an acronym is tried only on the
    # phrases whose first word can stand for its first letter.
    by_start: dict[tuple[int, str], list[tuple[str, ...]]] = {}
    for key in found:
        if len(key) > 1 and not key[0].isascii():
            n = len(key) + sum(w.count("-") for w in key)
            if n in lengths:  # an English function word first may be skipped ("द इकोनॉमिक टाइम्स"): any letter
                by_start.setdefault((n, "" if key[0].split("-")[0] in ENGLISH_FUNCTION_WORDS else key[0][:1]), []).append(key)
    if not by_start:
        return found
    into: dict[tuple[str, ...], tuple[str, ...]] = {}
    for key, letters in acronyms.items():
        sizes = range(len(letters), len(letters) + 3)
        phrases = [
            p
            for (n, first), keys in by_start.items()
            if n in sizes and (not first or _initial_matches(first, letters[0], strict=True))
            for p in keys
            if _spells_out(p, letters, strict=True)
        ]
        said = sorted((len(found[p].offsets) for p in phrases), reverse=True)
        if said and (len(said) == 1 or said[0] > said[1]):  # two phrases said as often: which one is meant?
            into[key] = max(phrases, key=lambda p: len(found[p].offsets))
    return _merged_into(found, into)


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
    into.offsets += cand.offsets
    into.first = min(into.first, cand.first)
    into.position_weight += cand.position_weight
    into.windows = sorted(set(into.windows) | set(cand.windows))


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


def _idfs(cands: list[_Candidate], df: DocumentFrequencies) -> np.ndarray:
    """Mean IDF of each phrase's topic words (``_topic_words``; a compound's parts count as words); words are
    looked up once."""
    of_unit: dict[str, tuple[float, ...]] = {}
    idf = df.idf
    out = np.empty(len(cands))
    for i, c in enumerate(cands):
        total, n = 0.0, 0  # summed left to right, as sum() over the phrase's words would
        # (Most phrases are none of these: their words are their key's, without a call.)
        for k in _topic_words(c) if c.genitive or c.quoted or (c.proper and c.key[0] in LETTER_NAMES) else c.key:
            v = of_unit.get(k)
            if v is None:
                v = of_unit[k] = tuple(idf(p) for p in k.split("-") if p) if "-" in k else (idf(k),)
            for x in v:
                total += x
            n += len(v)
        out[i] = total / n if n else 0.0
    return out


def _graph_rank(cands: list[_Candidate], teleport: np.ndarray) -> np.ndarray:
    """PageRank of the candidates on their co-occurrence graph: two candidates are joined by as many
    edges as windows (a sentence, or a slice of a very long one) they share; no self-loops.

    The graph is ``members @ members.T`` less its diagonal, with ``members`` the candidate x window
    incidence, so where there are fewer windows than candidates (an article: about 20 sentences,
    a hundred or more candidates) ``clique_pagerank`` solves it over the windows. Otherwise the
    graph is built, dense for a few hundred candidates (scipy's per-matrix overhead dominates
    there), sparse for a long text: many candidates, but few per sentence.
    """
    # As arrays, not lists of Python ints (which cost 36 bytes a pair of entries more).
    rows = np.repeat(np.arange(len(cands)), [len(c.windows) for c in cands])
    cols = np.fromiter(chain.from_iterable(c.windows for c in cands), dtype=np.int64, count=len(rows))
    shape = (len(cands), int(cols.max()) + 1)
    by_windows = shape[1] < shape[0] and shape[0] * (shape[1] + 1) <= DENSE_GRAPH_MAX**2
    if not by_windows and len(cands) > DENSE_GRAPH_MAX:
        sparse_inc = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
        sparse_adj = (sparse_inc @ sparse_inc.T).tocsr()
        sparse_adj.setdiag(0.0)
        sparse_adj.eliminate_zeros()
        return pagerank(sparse_adj, teleport, damping=PAGERANK_DAMPING, symmetric=True)
    members = np.zeros(shape)
    members[rows, cols] = 1.0
    if by_windows:
        return clique_pagerank(members, teleport, damping=PAGERANK_DAMPING)
    adj = members @ members.T
    np.fill_diagonal(adj, 0.0)
    return pagerank(adj, teleport, damping=PAGERANK_DAMPING, symmetric=True)


def _scores(cands: list[_Candidate], doc: Document, df: DocumentFrequencies) -> np.ndarray:
    idf = _idfs(cands, df)
    headline_end = doc.headline.end if doc.headline is not None else -1
    # One pass over the candidates for every per-phrase number (positions are ascending).
    counts, lengths, position_weight, in_head, proper = np.array(
        [
            (
                len(c.offsets),
                len(c.key) - c.genitive if not c.quoted else len(_topic_words(c)),
                c.position_weight,
                (c.first == 0 and headline_end >= 0 and _named_in_body(c, headline_end)) or c.opening,
                c.proper,
            )
            for c in cands
        ],
        dtype=np.float64,
    ).T
    bonus = LENGTH_BONUS
    if len(doc.sentences) > ONCE_SAID_SENTENCES:
        bonus = np.where((counts == 1.0) & (proper == 0.0), LENGTH_BONUS * ONCE_SAID_SENTENCES / len(doc.sentences), bonus)
    tfidf = (1.0 + np.log(counts)) * idf * (1.0 + bonus * (lengths - 1.0))
    # A long text that names no subject first (an essay) argues all through it: every occurrence weighs the same.
    position_free = (
        doc.tagger is not None
        and len(doc.sentences) > POSITION_FREE_SENTENCES
        and not any(c.title or c.opening for c in cands)
    )
    prior = (counts if position_free else position_weight) * idf
    teleport = prior / prior.sum() if prior.sum() > 0 else np.full(len(cands), 1.0 / len(cands))
    graph = _graph_rank(cands, teleport)
    boost = (1.0 + HEADLINE_BOOST * in_head) * (1.0 + PROPER_BOOST * proper)
    if doc.tagger is not None:  # untagged text cannot tell a name from a common noun
        boost *= np.where((lengths == 1.0) & (proper == 0.0), COMMON_WORD_WEIGHT, 1.0)
    return (W_GRAPH * scale_to_max(graph) + W_TFIDF * scale_to_max(tfidf)) * boost


def _named_in_body(cand: _Candidate, headline_end: int) -> bool:
    """Does a phrase of the headline name what the text is about: is it the title (``_mark_title``), or does the
    body say it too? A headline's own words (a pun, a figure of speech, a quote: ``ऊँची उड़ान``, ``अंतिम पुकार``,
    ``सच्चा आईना``) are not the text's topic."""
    return cand.title or any(start >= headline_end for start, _ in cand.offsets)


class _ChosenSpans:
    """Which occurrences of the chosen phrases cover each candidate word.

    Candidate spans are runs of whole candidate words (a compound is one word), so two of
    them overlap exactly when they share a word's start. Looking overlaps up by word costs
    each candidate the words of its own occurrences, where comparing it with every chosen
    phrase would make ``top=10**9`` quadratic in the text.
    """

    __slots__ = ("word_starts", "by_word", "slot_of")

    def __init__(self, word_starts: list[int]) -> None:
        self.word_starts = word_starts
        self.by_word: dict[int, list[int]] = {}
        self.slot_of: dict[int, int] = {}  # chosen phrase -> its slot; replaced phrases leave

    def _words(self, start: int, end: int) -> list[int]:
        starts = self.word_starts
        k = bisect_left(starts, start)
        out = []
        while k < len(starts) and starts[k] < end:
            out.append(starts[k])
            k += 1
        return out

    def add(self, phrase: int, slot: int, offsets: list[tuple[int, int]]) -> None:
        self.slot_of[phrase] = slot
        for a, b in offsets:
            for t in self._words(a, b):
                self.by_word.setdefault(t, []).append(phrase)

    def remove(self, phrase: int) -> None:
        del self.slot_of[phrase]

    def overlaps(self, offsets: list[tuple[int, int]]) -> dict[int, int]:
        """For each chosen phrase that ``offsets`` overlap at all, how many of ``offsets`` overlap it."""
        mine: dict[int, int] = {}
        for a, b in offsets:
            hit = {phrase for t in self._words(a, b) for phrase in self.by_word.get(t, ()) if phrase in self.slot_of}
            for phrase in hit:
                mine[phrase] = mine.get(phrase, 0) + 1
        return mine


def _deduplicated(
    cands: list[_Candidate],
    order: list[int],
    absorbed: dict[int, int],
    score_of: dict[int, float],
    word_starts: list[int],
    top: int,
    alone: Callable[[_Candidate], bool],
    tagged: bool,
    aliases: dict[str, str] | None = None,
) -> list[int]:
    """The first ``top`` phrases of ``order`` left after the rules of the module doc.

    ``aliases``: Latin words read as the Devanagari word of the name they were made one with (``_one_script``), so
    that ``SVB UK`` holds the keyword ``UK`` keyed ``यूके``.

    Each phrase is compared, in the chosen list's order, only with the chosen phrases it
    could clash with: those whose words it holds or that hold its words (looked up by
    sub-run) and those whose occurrences overlap its own (looked up by token), so a long
    text with many phrases costs no pairwise comparison of everything with everything.
    ``score_of`` gains the score of a phrase that another replaces.
    """
    index = _ChosenSpans(word_starts)
    held = _HeldWords(cands, tagged)
    parts: dict[int, tuple[str, ...]] = {}
    by_words: dict[tuple[str, ...], set[int]] = {}  # words of a chosen phrase -> those phrases
    holders: dict[tuple[str, ...], set[int]] = {}  # a shorter run of a chosen phrase's words -> those phrases
    # Chosen names of two or more words by their first and last word: "त्रिवेंद्र रावत" is held by
    # "त्रिवेंद्र सिंह रावत" although it is no run of its words.
    names_by_ends: dict[tuple[str, str], set[int]] = {}
    # Chosen phrases by their words in sorted order: a phrase whose words a chosen one holds in another order
    # ("मठ बाघम्बरी" beside "बाघम्बरी मठ", "वायरल पोस्ट" beside "पोस्ट वायरल") is the same phrase, listed once. Not a
    # genitive pair ("X का Y" is not "Y का X") or a quoted title.
    by_word_set: dict[tuple[str, ...], set[int]] = {}
    next_slot = 0

    def word_set(k: int) -> tuple[str, ...] | None:
        c = cands[k]
        return tuple(sorted(c.key)) if len(c.key) > 1 and not (c.genitive or c.quoted) else None

    def words_of(k: int) -> tuple[str, ...]:
        if k not in parts:
            words_ = phrase_words(cands[k].key)
            parts[k] = tuple([aliases.get(w, w) for w in words_]) if aliases and words_[0].isascii() else words_
        return parts[k]

    # Words of the names among the candidates: a common phrase that opens and ends with two of them may be a name's
    # longer form the tagger read as common nouns ("शिरीन मेहरुन्निसा मजारी" beside "शिरीन मजारी").
    name_words = {w for c in cands if c.proper for w in phrase_words(c.key)}

    def ends(k: int) -> tuple[str, str] | None:
        w = words_of(k)
        c = cands[k]
        if len(w) < 2 or c.genitive or c.quoted:
            return None
        return (w[0], w[-1]) if c.proper or (w[0] in name_words and w[-1] in name_words) else None

    def add(k: int, slot: int) -> None:
        index.add(k, slot, cands[k].offsets)
        by_words.setdefault(words_of(k), set()).add(k)
        for r in shorter_runs(words_of(k)):
            holders.setdefault(r, set()).add(k)
        name_ends = ends(k)
        if name_ends is not None:
            names_by_ends.setdefault(name_ends, set()).add(k)
        sorted_words = word_set(k)
        if sorted_words is not None:
            by_word_set.setdefault(sorted_words, set()).add(k)

    def remove(k: int) -> None:
        index.remove(k)
        by_words[words_of(k)].discard(k)
        for r in shorter_runs(words_of(k)):
            holders[r].discard(k)
        name_ends = ends(k)
        if name_ends is not None:
            names_by_ends[name_ends].discard(k)
        sorted_words = word_set(k)
        if sorted_words is not None:
            by_word_set[sorted_words].discard(k)

    def neighbours(i: int) -> tuple[set[int], set[int]]:
        """The chosen phrases phrase ``i`` holds, and those that hold it."""
        w = words_of(i)
        inside = {j for r in shorter_runs(w) for j in by_words.get(r, ())}
        around = set(holders.get(w, ()))
        name_ends = ends(i)
        if name_ends is not None:  # a name with the same ends, one a shorter form of the other
            for j in names_by_ends.get(name_ends, ()):
                # The shorter form a name: the tagger may read the longer as common nouns ("शिरीन मेहरुन्निसा मजारी",
                # said once where "शिरीन मजारी" is said four times); a common phrase is no short form of a name
                # ("राष्ट्रीय दल" of "राष्ट्रीय जनता दल").
                v = words_of(j)
                if len(v) < len(w) and cands[j].proper and _in_order(v, w):
                    inside.add(j)
                elif len(v) > len(w) and cands[i].proper and _in_order(w, v):
                    around.add(j)
        return inside, around

    for i in order:
        if i in absorbed or not (cands[i].title or alone(cands[i])):  # a title stands on its own
            continue
        c = cands[i]
        sorted_words = word_set(i)
        if sorted_words is not None and by_word_set.get(sorted_words):
            # The order the text writes more often (ties: the one written first; a title in any case) takes the
            # place, where it meets no other chosen phrase the rules below would weigh it against.
            j = next(iter(by_word_set[sorted_words]))
            s = cands[j]
            if not s.title and (c.title or (len(c.offsets), -min(c.offsets)[0]) > (len(s.offsets), -min(s.offsets)[0])):
                slot = index.slot_of[j]
                remove(j)
                inside, around = neighbours(i)
                overlap = index.overlaps(c.offsets)
                if inside or around or any(n / len(c.offsets) >= OVERLAP for n in overlap.values()):
                    add(j, slot)
                else:
                    score_of[i] = max(score_of[i], score_of[j])
                    add(i, slot)
            continue
        inside, around = neighbours(i)
        overlap = index.overlaps(c.offsets)
        keep = True
        for j in sorted(inside | around | set(overlap), key=index.slot_of.__getitem__):
            s = cands[j]
            if j in inside or j in around:  # one holds the other: only one is listed, with the higher score
                inner, outer = (c, s) if j in around else (s, c)
                # The phrase speaks for the word when it covers FOLD_SHARE of the word's occurrences;
                # otherwise the word stands on its own and the phrase's occurrences are the word's. A name
                # is said in full ("राजनाथ सिंह", not "सिंह"). Neither holds for a phrase that is a shorter
                # one with a word glued on. A title is listed whole ("थार मरुस्थल", not "थार"), and over any
                # phrase around it ("सुंदरबन", not "भारतीय सुंदरबन").
                winner = i if (outer is c) == _speaks_for(outer, inner, held, aliases) else j
                if winner == i:
                    # c is listed only if it wins over every chosen phrase that holds it; if it does, they all go
                    # (below). Two or more chosen phrases that hold a common word speak for it together ("राशि"
                    # beside "कर्क राशि" and "मेष राशि").
                    others = [h for h in around if h != j]
                    if others and j in around and not c.proper:
                        winner = j
                    else:
                        winner = next((h for h in others if _speaks_for(cands[h], c, held, aliases)), i)
                score_of[winner] = max(score_of[i], score_of[j], score_of[winner])
                if winner == i:
                    slot = index.slot_of[j]
                    remove(j)
                    add(i, slot)
                elif j in inside and ends(i) is not None and ends(i) == ends(j):
                    # A longer form of a chosen name is that name said in full: the runs inside its occurrences
                    # ("शिरीन मेहरुन्निसा") are no other keyword (the name's count stays its own).
                    index.add(j, index.slot_of[j], c.offsets)
                keep = False
                break
            if overlap[j] / len(c.offsets) >= OVERLAP:
                keep = False
                break
        if keep:
            add(i, next_slot)
            next_slot += 1
        if i in index.slot_of:  # c replaced one chosen phrase it holds or is held by; the others go too
            for j in (inside | around) & index.slot_of.keys():
                remove(j)
        if len(index.slot_of) >= top:
            break
    return sorted(index.slot_of, key=index.slot_of.__getitem__)


def _joined_words(
    cands: list[_Candidate],
    chosen: list[int],
    found: dict[tuple[str, ...], _Candidate],
    absorbed: dict[int, int],
    alone: Callable[[_Candidate], bool],
) -> set[int]:
    """The chosen common words (one word, no name or title) two of which the text also says together as one
    phrase, at least ``JOINED_WORDS_MIN_COUNT`` times, that may be a keyword: ``सड़क`` and ``दुर्घटना`` beside
    ``सड़क दुर्घटना`` said five times. A word said far more often alone than in the phrase stands on its own
    (``FOLD_SHARE``), so each of the two is chosen; together they are that phrase, in one place of the list."""
    words = {cands[i].key[0]: i for i in chosen if len(cands[i].key) == 1 and not cands[i].proper and not cands[i].title}
    if len(words) < 2:
        return set()
    out: set[int] = set()
    pairs: list[tuple[str, str]] = []
    at: dict[tuple[str, ...], int] | None = None  # candidate number by key, made when first needed
    for a in words:
        for b in words:
            phrase = found.get((a, b)) if a != b else None
            if phrase is None or len(phrase.offsets) < JOINED_WORDS_MIN_COUNT:
                continue
            if at is None:
                at = {c.key: n for n, c in enumerate(cands)}
            # An absorbed phrase is never listed (the longer phrase that absorbed it speaks for it).
            if at[phrase.key] not in absorbed and alone(phrase):
                out |= {words[a], words[b]}
                pairs.append((a, b))
    if not out:
        return out
    # The words keep out, as they did, the other phrases that hold one of them and are said too seldom to speak
    # for it (``FOLD_SHARE``: "नया वेरिएंट ओमिक्रॉन" and "वेरिएंट ओमिक्रॉन" said once or twice beside "ओमिक्रॉन" said
    # ten times): only the phrase of the two takes their place. A phrase that holds both words of a pair
    # ("कम्बाइंड कमांडर कॉन्फ्रेंस") is weighed against the pair's phrase, as any phrase against one it holds.
    counts = {cands[i].key[0]: len(cands[i].offsets) for i in out}
    for n, c in enumerate(cands):
        if len(c.key) < 2 or c.key in pairs or c.proper or c.title:
            continue
        held = phrase_words(c.key)
        if any(held[k : k + 2] == pair for pair in pairs for k in range(len(held) - 1)):
            continue
        if any(w in counts and len(c.offsets) < FOLD_SHARE * counts[w] for w in held):
            out.add(n)
    return out


def _speaks_for(outer: _Candidate, inner: _Candidate, held: _HeldWords, aliases: dict[str, str] | None = None) -> bool:
    """Is ``outer`` listed rather than ``inner``, a phrase it holds (``_deduplicated``, the module doc)?"""
    if aliases and any(w in aliases for w in outer.key) and not any(w.isascii() for w in inner.key):
        # A Latin phrase holds a Devanagari keyword only through the name written in both scripts (``_one_script``'s
        # aliases): often a caption or a gloss glued on ("Varanasi tooKVIC" said once, "वाराणसी" ten times). It
        # speaks for the keyword only as a common phrase does, by how much of it it says.
        return outer.title or (not inner.title and len(outer.offsets) >= FOLD_SHARE * len(inner.offsets))
    # A text's opening phrase (``_mark_opening``) speaks for what it holds as a name does; a text has no title then.
    return outer.title or (
        not inner.title
        and not _glued_on(outer, inner)
        and (outer.opening or len(outer.offsets) >= FOLD_SHARE * len(inner.offsets) or outer.proper or held.always(inner))
    )


class _HeldWords:
    """Which common words and phrases the text never says outside the longer candidates it repeats: every
    occurrence lies inside an occurrence of a longer candidate said at least twice (``वंश`` said only in ``संगम
    वंश``, ``तुलुव वंश``, ``अराविडु वंश``, each twice). Such a candidate gives way to any phrase that holds it
    (``_speaks_for``). A name is never held: it names something whatever follows it (``कोविड-19`` in ``कोविड-19 रोधी
    टीका``, ``कोविड-19 संबंधी जांच``). Nor is anything in untagged text, where every run of up to three words is a
    candidate. The longer candidates' occurrences are indexed at the first question, by start, with the furthest
    end reached so far."""

    __slots__ = ("cands", "tagged", "starts", "reach", "answers")

    def __init__(self, cands: list[_Candidate], tagged: bool) -> None:
        self.cands = cands
        self.tagged = tagged
        self.starts: list[int] | None = None
        self.reach: list[int] = []
        self.answers: dict[int, bool] = {}

    def always(self, c: _Candidate) -> bool:
        if not self.tagged or c.proper:
            return False
        known = self.answers.get(id(c))
        if known is None:
            known = self.answers[id(c)] = all(self._inside_longer(a, b) for a, b in c.offsets)
        return known

    def _inside_longer(self, a: int, b: int) -> bool:
        if self.starts is None:
            spans = sorted((x, y) for c in self.cands if len(c.key) > 1 and len(c.offsets) > 1 for x, y in c.offsets)
            self.starts = [x for x, _ in spans]
            furthest = -1
            for _, y in spans:
                furthest = max(furthest, y)
                self.reach.append(furthest)
        # A longer span starts before a and ends at b or later, or starts at a and ends after b.
        before = bisect_left(self.starts, a) - 1
        at = bisect_right(self.starts, a) - 1
        return (before >= 0 and self.reach[before] >= b) or (at >= 0 and self.reach[at] > b)


def _glued_on(outer: _Candidate, inner: _Candidate) -> bool:
    """Is ``outer``, said once, the phrase or name ``inner`` of two or more words, said on its own at least
    twice, with a word glued on? A title or a noun before a name (``सीएम प्रमोद सावंत``, ``एक्टर-डायरेक्टर सतीश
    कौशिक``, ``मिश्रा समाजवादी पार्टी``) or a place or a noun after it (``सोनिया गांधी रुटीन``, ``भगत सिंह भारत के
    ...``, ``नोरा फतेही मुंबई``): the tagger reads such neighbours as part of the name; a noun after a phrase
    (``बड़ी दिक्कत बच्चों को``). Then the shorter one is the keyword. A one-word ``inner`` is left to the other
    rules: ``राजनाथ सिंह`` said once and ``सिंह`` said often (other people of that surname) still lists the full name."""
    return len(outer.offsets) == 1 and len(inner.key) >= 2 and len(inner.offsets) >= 2


def _in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Are the words of ``short`` words of ``long`` in the same order (gaps allowed)?"""
    rest = iter(long)
    return all(word in rest for word in short)


def phrase_words(key: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a phrase key, a hyphenated compound's parts counted as words: what "a phrase that contains
    another" compares (here and across a story's articles)."""
    return tuple(p for k in key for p in k.split("-") if p)


def shorter_runs(words_: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The runs of ``words_`` (``phrase_words``) shorter than the whole, of at most ``RUN_MAX`` words: a compound of
    k parts ("भारत-चीन-रूस-...") would otherwise give k² runs of up to k words each, cubic in one token of scraped text."""
    n = len(words_)
    return {words_[a:b] for a in range(n) for b in range(a + 1, min(n, a + RUN_MAX) + 1) if b - a < n}


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


def _is_lunar_date(key: tuple[str, ...]) -> bool:
    """Is a phrase a date of the Hindu calendar? All its words are the calendar's, and it is a day of the fortnight or
    a date noun alone (``चतुर्थी``, ``तिथि``), or holds a date noun (``सप्तमी तिथि``, ``आषाढ़ मास``, ``पूर्णिमा तिथि``,
    ``शुक्ल पक्ष``) or a day with the name of its half (``माघ शुक्ल सप्तमी``); a genitive pair holds a day or a full or
    new moon (``पक्ष की प्रतिपदा``, not ``कृष्ण का पक्ष``, Krishna's side). What stays: a festival named with a day
    (``गणेश चतुर्थी``), a month with a day, a full or a new moon (``माघ सप्तमी``, ``कार्तिक पूर्णिमा``), a month or a
    half's name alone or together (``कार्तिक``, ``कृष्ण``, ``कार्तिक शुक्ल``: names), and the full or new moon alone
    (``पूर्णिमा``, also a given name; ``अमावस्या`` of a bathing festival)."""
    genitive = _GENITIVE_KEY in key
    folded = [spelling_key(w) for w in key if w != _GENITIVE_KEY]
    if not _LUNAR_WORDS.issuperset(folded):
        return False
    if genitive:
        return not (LUNAR_DAYS.isdisjoint(folded) and _LUNAR_MOONS.isdisjoint(folded))
    if len(folded) == 1:
        return folded[0] in LUNAR_DAYS or folded[0] in LUNAR_DATE_WORDS
    return not LUNAR_DATE_WORDS.isdisjoint(folded) or not (
        _LUNAR_FORTNIGHTS.isdisjoint(folded) or LUNAR_DAYS.isdisjoint(folded)
    )


def _stands_alone(
    c: _Candidate, df: DocumentFrequencies, adj_or_num: frozenset[str], text: str, tagged: bool, sentences: int
) -> bool:
    """May a candidate be a keyword on its own?

    A one-word one may not when it is a letter name (an initial cut off its name by a tag, ``एच``),
    a generic person or quantity noun, unit of time or counting word (``GENERIC_NOUNS``) or a noun
    that makes an adverb (``MANNER_NOUNS``: ``रूप``, ``तौर``) or the first part of a conjunct verb
    (``LIGHT_VERB_NOUNS``: ``शुरू``, ``प्रदान``), even when tagged a name (the tagger
    calls ``सदी`` and ``शताब्दी`` names), or a word said twice (``अलग-अलग``, ``कभी-कभी``: an adverb),
    nor, also when tagged a name, a number word (``NUMBER_WORDS``: ``दो``, also the ``दो`` read from
    ``दोनों``, and the ``चार`` of a date, ``चार फरवरी``, which the tagger calls a name) or an ordinal
    (``12वीं``, the class, tagged a name; untagged text does not know it is an adjective), or a compound
    of ordinals (``10वीं-12वीं``): a name is never a bare number. Other names and compounds may. A common
    word may not when it is too common in the shipped document frequencies (IDF below ``GENERIC_IDF``), or
    common (below ``COMMON_IDF``) and said fewer than ``COMMON_MIN_COUNT`` times and in less than
    ``COMMON_MIN_SHARE`` of the text's ``sentences`` (headline included; ``मांग``, ``फैसला``), or, tagged, at any IDF,
    said less than once in ``ONCE_SAID_SENTENCES`` of them (``दूरी``, ``बोझ`` twice in an essay of 90 sentences),
    or tagged an adjective or a number anywhere in the text (``adj_or_num``: a lone ``धीमी`` or ``तीन``
    says nothing). Such a word still counts inside the phrases that hold it (``अरब`` in ``अरब सागर``,
    ``सऊदी अरब``).

    A phrase may not end in an ordinal written with digits (``मुकेश अंबानी 13वें`` of ``13वें नंबर पर``: it stands before
    the noun it counts; a king's is written out, ``लुई चौदहवें``), nor hold an ordinal and a generic noun after it: it
    counts or dates
    (``पहली बार``, ``चौथे दिन``, ``छठी सदी``, and the runs of untagged or mistagged text that hold
    them, ``पहली बार उत्तर``); nor when it starts or ends with a noun that makes an adverb (``तरह टीपू``,
    ``विशेष रूप``, ``पूरी तरह``); nor when it is a generic noun after words HDTB almost never tags nouns
    (``NON_NOMINAL_WORDS``: ``नया मामला``, ``बड़ी संख्या``, ``लंबे समय``; ``ज्ञानवापी मामला`` may).

    Nor may a phrase or word that starts or ends with an English function word (``ENGLISH_FUNCTION_WORDS``:
    ``ऑफ इंडिया``, ``सुपरिटेंडेंट ऑफ``, a lone ``एंड``; ``बैंक ऑफ इंडिया`` may).

    Nor may a date of the Hindu calendar (``_is_lunar_date``: ``सप्तमी तिथि``, ``आषाढ़ मास``, a lone ``चतुर्थी``), as no
    day or month name may, save a phrase only quotation marks make (a title).

    Neither may an era marker after a year (``ERA_BEFORE``: a phrase holding ``ईसा पूर्व``, or ``ईसा``
    where ``पूर्व`` or ``की <ordinal> सदी/शताब्दी`` follows each occurrence in ``text``; ``ईस्वी`` is never a
    phrase word)."""
    if ERA_BEFORE[0] in c.key and _marks_an_era(c, text):
        return False
    if not c.quoted and _is_lunar_date(c.key):
        return False
    if (c.key[0] in ENGLISH_FUNCTION_WORDS and not c.quoted) or c.key[-1] in ENGLISH_FUNCTION_WORDS:
        return False  # a quoted title may open with one ("द कश्मीर फाइल्स")
    if len(c.key) > 1:
        if not tagged and spelling_key(c.key[-1]) in NON_NOMINAL_WORDS:  # "करोड़ रुपये मिले", "बढ़त देखने"
            return False
        # An ordinal in digits stands before the noun it counts: a phrase that ends in one ("मुकेश अंबानी 13वें" of
        # "मुकेश अंबानी 13वें नंबर पर", "लगातार 30वें") has lost that noun (a king's is written out: "लुई चौदहवें").
        if _is_numbered_ordinal(c.key[-1]) and not c.quoted:
            return False
        # A generic noun heads no phrase: a Hindi compound ends in its head, and "दिन देश", "लोग घर"
        # are neighbours from two phrases. Nor does a noun that makes an adverb ("की तरह टीपू", "हद पार").
        if _is_generic(c.key[0], tagged) or spelling_key(c.key[0]) in MANNER_NOUNS:
            return False
        # Adjectives do not make a generic noun a topic: "नया मामला", "बड़ी संख्या", "लंबे समय". Only
        # words HDTB knows as no nouns count as adjectives here ("ज्ञानवापी मामला" is a topic).
        if _is_generic(c.key[-1], tagged) and all(spelling_key(w) in NON_NOMINAL_WORDS for w in c.key[:-1]):
            return False
        return spelling_key(c.key[-1]) not in MANNER_NOUNS and not any(
            spelling_key(b) in GENERIC_NOUNS and _is_ordinal(a) for a, b in zip(c.key, c.key[1:])
        )
    (k,) = c.key
    # Also when tagged a name ("सदी"), and then by its form as well: a name's key is the word as written, so a generic
    # noun the tagger calls a name is keyed "मामले" where no use of it tagged a noun gives its lemma (``_collect``).
    key = spelling_key(k)
    if k in LETTER_NAMES or _is_generic(k, tagged and not c.proper) or key in MANNER_NOUNS or key in LIGHT_VERB_NOUNS:
        return False
    if "-" in k and len(set(k.split("-"))) == 1:  # a word said twice is an adverb: "धीरे-धीरे", "अलग-अलग"
        return False
    # A name is never a bare number or ordinal: the tagger calls the class "12वीं", "8वीं" and the day of a
    # date, "चार फरवरी", names; nor is a compound of ordinals ("10वीं-12वीं").
    if key in NUMBER_WORDS or all(_is_ordinal(p) for p in k.split("-") if p):
        return False
    if c.proper or "-" in k:
        return True
    # A common word said less than once in ONCE_SAID_SENTENCES of the text's sentences (headline included) is said in
    # passing ("दूरी", "बोझ", "संभावना" twice in an essay of 90 sentences). Untagged, names would go too.
    if tagged and len(c.offsets) * ONCE_SAID_SENTENCES < sentences:
        return False
    idf = df.idf(k)
    # "मांग", "फैसला", "बयान": said in passing.
    if idf < COMMON_IDF and len(c.offsets) < COMMON_MIN_COUNT and len(c.windows) < COMMON_MIN_SHARE * sentences:
        return False
    return k not in adj_or_num and key not in NON_NOMINAL_WORDS and idf >= GENERIC_IDF


def _describes(c: _Candidate, tagged: bool) -> bool:
    """Is a candidate a description rather than a keyphrase: two or more words said once, opening with an
    adjective of degree (``GRADABLE_ADJECTIVES``: ``प्रसिद्ध बौद्ध महाविहार``, ``सस्ता पेपरबैक संस्करण``)? Its words
    still count in the phrase without it (``बौद्ध महाविहार``)."""
    return tagged and len(c.key) > 1 and len(c.offsets) == 1 and spelling_key(c.key[0]) in GRADABLE_ADJECTIVES


def _background(c: _Candidate, df: DocumentFrequencies) -> bool:
    """Is a candidate a common word below ``LONG_TEXT_IDF``, which a long tagged text says all through (the module
    doc)? Names, titles and hyphen compounds are not."""
    return len(c.key) == 1 and not c.proper and not c.title and "-" not in c.key[0] and df.idf(c.key[0]) < LONG_TEXT_IDF


def _marks_an_era(c: _Candidate, text: str) -> bool:
    """Does ``c`` hold ``ईसा पूर्व``, or end in ``ईसा`` followed by ``पूर्व`` or ``की <ordinal> सदी`` (``शताब्दी``)
    at every occurrence?"""
    if any(pair == ERA_BEFORE for pair in zip(c.key, c.key[1:])):
        return True
    return c.key[-1] == ERA_BEFORE[0] and all(_ERA_NEXT.match(text, end) for _, end in c.offsets)


def _is_ordinal(word: str) -> bool:
    return word in _ORDINALS or _REGULAR_ORDINAL.fullmatch(word) is not None


def _is_numbered_ordinal(word: str) -> bool:
    """An ordinal written with digits (``13वें``, ``10वीं``)."""
    return word[:1].isdigit() and _REGULAR_ORDINAL.fullmatch(word) is not None


def _shown_inside(
    chosen: list[int],
    shown: dict[int, tuple[str, tuple[str, ...]]],
    cands: list[_Candidate],
    tagged: bool,
    aliases: dict[str, str] | None = None,
) -> dict[int, int]:
    """``{left out: kept}`` for the chosen phrases shown (``shown``: ``_display``'s result) alike or as a run of another's
    words, spaces aside (``सुभाषचंद्र बोस`` in ``नेताजी सुभाष चंद्र बोस``), which their keys did not tell
    (``_deduplicated`` compares keys): of two shown alike (spaces aside, or a phrase of two or more words with a few letters
    of one word reordered in place, a typo: ``_mistyped``) the one listed later goes (of a typo and its phrase, the one
    whose spelling the document frequencies do not know: ``_better_typed``); of a phrase and one
    shown inside it, the one ``_speaks_for`` does not pick. Each phrase looks up the runs of at most ``RUN_MAX`` of its
    words, so a list of every candidate (``top=10**9``) costs its length, not its square."""
    place = {i: n for n, i in enumerate(chosen)}
    first_shown: dict[str, int] = {}  # a base form, spaces aside -> the first chosen phrase shown so
    # (listed first, listed later, the one inside or None: alike, and the second goes; a mistyped phrase listed first is
    # put second)
    clashes: set[tuple[int, int, int | None]] = set()
    words = {i: shown[i][0].split() for i in chosen}
    # A phrase of two or more words that is another with a few letters of one word reordered in place is that phrase
    # mistyped ("सयुंक्त किसान मोर्चा" beside "संयुक्त किसान मोर्चा", "वाईबी चह्वाण सेंटर" beside "वाईबी चव्हाण सेंटर"),
    # not parts of a compound reordered ("हरिद्वार-अमृतसर" and "अमृतसर-हरिद्वार" are two trains).
    first_letters: dict[str, int] = {}
    for i in chosen:
        j = first_shown.setdefault("".join(words[i]), i)
        if j == i and len(words[i]) > 1:
            j = first_letters.setdefault(" ".join("".join(sorted(w)) for w in words[i]), i)
            if j != i and not _mistyped(words[i], words[j]):
                j = i
            elif j != i and _better_typed(words[i], words[j]):
                # The spelling the document frequencies know stays, though listed later ("भड़काऊ हरकत", not "भड़ाकऊ").
                clashes.add((i, j, None))
                continue
        if j != i:
            clashes.add((j, i, None))
    for i in chosen:
        words_ = words[i]
        for a in range(len(words_)):
            run = ""
            for b in range(a, min(len(words_), a + RUN_MAX)):
                run += words_[b]
                j = first_shown.get(run)
                if j is not None and j != i and b - a + 1 < len(words_):
                    clashes.add((j, i, j) if place[j] < place[i] else (i, j, j))
    out: dict[int, int] = {}
    held: _HeldWords | None = None
    # In list order, so that a phrase left out for one clash meets no other (ties cannot occur: a pair is alike or not).
    for first, later, inner in sorted(clashes, key=lambda c: (place[c[0]], place[c[1]])):
        if first in out or later in out:
            continue
        if inner is None:
            out[later] = first
            continue
        outer = later if inner == first else first
        held = held or _HeldWords(cands, tagged)
        if _speaks_for(cands[outer], cands[inner], held, aliases):
            out[inner] = outer
        else:
            out[outer] = inner
    return out


#: How far apart, in characters, the letters a typo reorders inside a word may be (``_mistyped``), and how long the word
#: must be: shorter words reorder into other words and names (``नीरज``/``रजनी``, ``कमल``/``कलम``, ``मीना``/``नामी``).
TYPO_SPAN = 4
TYPO_MIN_CHARS = 5


def _mistyped(a: list[str], b: list[str]) -> bool:
    """Are the words ``a`` and ``b`` (each word's letters the same, in some order) the same but for letters of one word
    of at least ``TYPO_MIN_CHARS`` characters reordered within ``TYPO_SPAN`` of them (``संयुक्त``/``सयुंक्त``,
    ``चव्हाण``/``चह्वाण``, ``केदारनाथ``/``केदरानाथ``)?"""
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if len(x) < TYPO_MIN_CHARS:
        return False
    at = [k for k, (p, q) in enumerate(zip(x, y)) if p != q]
    return at[-1] - at[0] < TYPO_SPAN


def _better_typed(a: list[str], b: list[str]) -> bool:
    """Of two phrases ``_mistyped`` makes one, is ``a`` spelled as the shipped document frequencies write its word and
    ``b`` not?"""
    forms = load_df("norm").df
    x, y = next((x, y) for x, y in zip(a, b) if x != y)
    return normalize(x) in forms and normalize(y) not in forms


def _absorbed(cands: list[_Candidate]) -> dict[int, int]:
    """``{inner: outer}`` for phrases that nearly always occur inside one longer phrase seen at least twice
    (``राजनाथ`` inside ``राजनाथ सिंह`` when untagged): the longer phrase is the keyword. A title
    (``_mark_title``) is never absorbed."""
    index = {c.key: i for i, c in enumerate(cands)}
    out: dict[int, int] = {}
    for o, outer in enumerate(cands):
        n_outer = len(outer.offsets)
        if n_outer < 2:
            continue
        k = outer.key
        for a in range(len(k)):
            for b in range(a + 1, len(k) + 1):
                i = index.get(k[a:b])
                if i is None or i == o or len(cands[i].offsets) > n_outer / ABSORB or cands[i].title:
                    continue
                prev = out.get(i)
                if prev is None or len(cands[prev].key) < len(k):
                    out[i] = o
    # An outer phrase that is itself absorbed hands its inner phrases on.
    for i, o in list(out.items()):
        seen = {i}
        while o in out and o not in seen:
            seen.add(o)
            o = out[o]
        out[i] = o
    return out


# Zero-width (non-)joiners, spaces and soft hyphens a source may carry inside a word: a reader
# (and a search box) expects the keyword without them; the offsets still point at the source.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\u00ad\ufeff"))


#: A hyphen with spaces beside it inside a compound ("भारत - अमेरिका"): the base form closes them up.
_SPACED_HYPHEN = regex.compile(r"(?<=\S) *(" + _HYPHEN_CLASS + r") *(?=\S)")


def _display(c: _Candidate, text: str) -> tuple[str, tuple[str, ...]]:
    """The keyword's base form and its surface variants (most frequent first, ties in text order).

    Base form: the most frequent surface form whose normalised words equal the lemma phrase up to spelling
    (``_loose_spelling``: the lemma tables write ``स्वतन्त्रता``, ``माँ`` where the text writes ``स्वतंत्रता``, ``मां``)
    (the direct-case singular: ``संबंध``, not ``संबंधों``; a compound's hyphen without spaces beside it:
    ``भारत-अमेरिका`` for ``भारत - अमेरिका``); else, for a common phrase, the most
    frequent form whose last word (the head noun) is in its lemma form, else that form with its
    head replaced by the lemma (``रक्षा संबंधों`` -> ``रक्षा संबंध``), in both cases with a masculine
    adjective before the head in agreement (``नए स्ट्रेन`` -> ``नया स्ट्रेन``, ``नए मामले`` -> ``नया मामला``;
    ``नई नीतियों`` -> ``नई नीति``, ``नई दिल्ली`` stays: ``_direct_form``; where the head is written in its lemma
    form, only an adjective known to decline, so ``ग्रे चेक`` is not made ``ग्रा चेक``); a name is shown as most
    often written, save an acronym in Latin capitals, shown as the name it stands for (``_base_form``).
    """
    # Each form as written is cleaned once, however often it is said (in the order first said: first seen wins ties).
    surfaces: Counter = Counter()
    for form, n in Counter([text[a:b] for a, b in sorted(c.offsets)]).items():
        surfaces[" ".join(form.translate(_INVISIBLE).split())] += n
    if len(surfaces) > 1:
        # A nukta letter typed precomposed (U+0958) or as letter and sign, and a vowel typed in two parts
        # (``सड़काें`` for ``सड़कों``: ``join_vowel_parts``), are one spelling to a reader: the forms equal under
        # NFC with their vowels joined are one variant, written as the text writes it most, a form with a
        # vowel in two parts only where the text never types the vowel whole.
        written, surfaces, shown = surfaces, Counter(), {}
        for form, n in sorted(written.items(), key=lambda item: (join_vowel_parts(item[0]) != item[0], -item[1])):
            surfaces[shown.setdefault(join_vowel_parts(unicodedata.normalize("NFC", form)), form)] += n
    variants = tuple(sorted(surfaces, key=lambda s: -surfaces[s]))  # stable: first seen wins ties
    if c.genitive and c.title:  # a title is shown as the heading writes it ("अजंता की गुफाएँ")
        a, b = min(c.offsets)
        return " ".join(text[a:b].translate(_INVISIBLE).split()), variants
    form = _base_form(c, variants)
    return (_SPACED_HYPHEN.sub(r"\1", form) if not _HYPHENS.isdisjoint(form) else form), variants


_STOPS_AS_SPACES = dict.fromkeys(map(ord, _INITIAL_STOPS), " ")


def _base_form(c: _Candidate, variants: tuple[str, ...]) -> str:
    """``_display``'s base form, before its compounds' hyphens are closed up."""
    if variants[0].isascii() and variants[0].isupper() and " " not in variants[0]:
        # An acronym written more often than the name it stands for ("IPL", "इंडियन प्रीमियर लीग (IPL)":
        # ``_defined_acronyms``, ``_spelled_out_acronyms``): the name is shown, the acronym stays a variant.
        # Not the acronym spelled by its letters' names ("बी जे पी" for "BJP", merged by ``_one_script``).
        spelled = tuple(v for v in variants if not v.isascii() and " " in v and not all(w in LETTER_NAMES for w in normalize(v).split()))
        if spelled:
            variants = spelled + tuple(v for v in variants if v not in spelled)
    if variants[0].isascii() or c.quoted:  # a name in Latin letters more often than in Devanagari (``_one_script``);
        return variants[0]  # a title as written
    if c.genitive:
        return _genitive_form(c, variants)
    lemma = " ".join(c.key)
    # Compared up to spelling: the lemma tables spell "स्वतन्त्रता", "माँ" where the text writes "स्वतंत्रता", "मां".
    lemma_key = _phrase_key(c.key, _loose_spelling)
    for s in variants:
        # A full stop inside a phrase is an initial's ("के.सिवन": ``_dotted_initials``), a word boundary.
        if _phrase_key(_hyphen_key(normalize(s)).replace(" - ", "-").translate(_STOPS_AS_SPACES).split(), _loose_spelling) == lemma_key:
            return s
    if c.proper or c.as_written:
        return variants[0]
    head = c.key[-1]
    s = _lemma_headed(variants, head)
    if s is not None:
        # The head is in its lemma form, its modifiers maybe not: "नए स्ट्रेन" (new strains) is "नया स्ट्रेन".
        # The form is written as it stands, so a word is changed only where it surely declines.
        words_ = s.split()
        return " ".join(_agreeing(words_[:-1], c.key, declines_only=True) + words_[-1:])
    if len(c.key) == 1 or "-" in head:
        return lemma
    return " ".join(_agreeing(variants[0].split()[:-1], c.key) + [head])


def _genitive_form(c: _Candidate, variants: tuple[str, ...]) -> str:
    """``X का/की Y``: the first noun as most often written (it stands before a postposition, so oblique:
    ``किसानों की आत्महत्या``), the head in its direct singular, and the postposition agreeing with it:
    ``की`` where the text ever writes ``की`` before it (a feminine head), else ``का``."""
    first = variants[0].split()[0]
    feminine = any(normalize(v.split()[1]) == _FEMININE_GENITIVE for v in variants if len(v.split()) == 3)
    headed = _lemma_headed(variants, c.key[-1])
    return " ".join((first, "की" if feminine else "का", c.key[-1] if headed is None else headed.split()[-1]))


def _lemma_headed(variants: tuple[str, ...], head: str) -> str | None:
    """The first of ``variants`` whose last word is ``head`` (a lemma) up to spelling (``_loose_spelling``), if any."""
    head_key = _phrase_key((head,), _loose_spelling)
    return next((v for v in variants if _phrase_key(normalize(v.split()[-1]).split(), _loose_spelling) == head_key), None)


def _agreeing(modifiers: list[str], key: tuple[str, ...], *, declines_only: bool = False) -> list[str]:
    """The words before a phrase's head noun, as written, each in agreement with the head shown in the direct
    singular (``_direct_form``) where they are the words of ``key`` before its head, one for one."""
    if len(modifiers) != len(key) - 1:
        return modifiers
    return [_direct_form(w, k, declines_only=declines_only) for w, k in zip(modifiers, key)]


def _direct_form(word: str, lemma: str, *, declines_only: bool = False) -> str:
    """A modifier agreeing with a head noun now shown in the direct singular: a masculine
    adjective in its oblique or plural form goes back to its ``-ा`` form (``नए`` -> ``नया``,
    ``बड़े`` -> ``बड़ा``, so ``नए मामले`` is shown ``नया मामला``, not ``नए मामला``); any other
    word keeps its form (``नई नीतियों`` -> ``नई नीति``: the feminine form agrees already).

    With ``declines_only`` (the head is written in its lemma form, so the phrase as written may stand), only
    an adjective known to decline goes back: its ``-ा`` or feminine ``-ी`` form is a written word of the
    shipped document frequencies' forms (``नया``/``नयी``, ``निचली``), so a loanword in ``-े`` that the
    lemmatiser's rule reads as one (``ग्रे``, grey, -> ``ग्रा``; ``बर्थडे`` -> ``बर्थडा``) keeps its form."""
    norm = normalize(word)
    if (norm.endswith("े") and lemma == norm[:-1] + "ा") or (norm.endswith("ए") and lemma == norm[:-1] + "या"):
        if not declines_only:
            return lemma
        forms = load_df("norm").df
        if lemma in forms or lemma[:-1] + "ी" in forms:
            return lemma
    return word


def extract_keywords(doc: Document, *, top: int = 10) -> list[Keyword]:
    """The ``top`` best keyphrases of ``doc``, best first (``top`` validated by the caller)."""
    return keywords_and_candidates(doc, top=top)[0]


def keywords_and_candidates(doc: Document, *, top: int = 10) -> tuple[list[Keyword], dict[tuple[str, ...], _Candidate]]:
    """``extract_keywords(doc, top=top)`` and ``candidates(doc)``, collected once (a story brief
    needs both for each article)."""
    # The document frequencies are looked up once (each look-up checks the file against its manifest).
    df = df_for(doc)
    found, adj_or_num, unit_starts, aliases = _collect(doc, df)
    if not found:
        return [], found
    cands = list(found.values())
    scores = _scores(cands, doc, df)
    absorbed = _absorbed(cands)
    for inner, outer in absorbed.items():  # the longer phrase speaks for the shorter one
        scores[outer] = max(scores[outer], scores[inner])
    # Best first; ties: earlier first occurrence, then the key, so the order is deterministic.
    # Scores are rounded to SCORE_DECIMALS first: two names seen once in the same sentence
    # have equal scores in exact arithmetic, but their computed scores differ in the last
    # bits, and which is larger depends on the BLAS build's order of summation.
    rounded = np.round(scores, SCORE_DECIMALS).tolist()
    order = sorted(range(len(cands)), key=lambda i: (-rounded[i], min(cands[i].offsets), cands[i].key))
    tagged = doc.tagger is not None
    n_sentences = len(doc.sentences) + (doc.headline is not None)
    def alone(c: _Candidate) -> bool:
        return _stands_alone(c, df, adj_or_num, doc.text, tagged, n_sentences) and not _describes(c, tagged)

    long_text = tagged and n_sentences > ONCE_SAID_SENTENCES
    met_background = False

    def first(c: _Candidate) -> bool:  # the first choice, which notes whether a background word stood alone in it
        nonlocal met_background
        ok = alone(c)
        if ok and long_text and not met_background and _background(c, df):
            met_background = True
        return ok

    def listed(c: _Candidate) -> bool:  # the final choice: in a long text, no background word alone
        return alone(c) and not _background(c, df)

    final = listed if long_text else alone

    def choose(order: list[int], stand_alone: Callable[[_Candidate], bool]) -> tuple[list[int], dict[int, float]]:
        """The list chosen from ``order``, and the scores it lists them with: each choice starts from the rounded
        scores (``_deduplicated`` raises those of phrases that take another's place)."""
        score_of = dict(enumerate(rounded))
        return _deduplicated(cands, order, absorbed, score_of, unit_starts, top, stand_alone, tagged, aliases), score_of

    # The first choice still lets background words stand alone: one chosen beside a word the text says together with
    # it gives their phrase (``_joined_words``: "सड़क" beside "दुर्घटना", "सड़क दुर्घटना").
    chosen, score_of = choose(order, first)
    joined = _joined_words(cands, chosen, found, absorbed, alone) if tagged else set()
    if joined or met_background:
        # The choice is made again, from the scores before the first choice raised some: rarely for two joined words,
        # and for a long text where a background word stood alone in the first choice (it took a place, kept or taken
        # over later by a phrase that holds it, or was weighed against a chosen phrase). Where none did, both choices
        # take the same steps.
        order = [i for i in order if i not in joined]
        chosen, score_of = choose(order, final)
    shown = {i: _display(cands[i], doc.text) for i in chosen}
    folded = _shown_inside(chosen, shown, cands, tagged, aliases)
    left_out: dict[int, int] = {}
    for rechoice in range(RECHOICES + 1):
        if not folded:
            break
        # Two phrases keyed apart are shown one inside the other, or alike ("छोटी" tagged a name, "छोटी बहन" keyed
        # "छोटा बहन"): the rule on a phrase and the words it holds picks one, and the choice is made again without the
        # other (rare: a few lists of thousands). Should that choice clash again more than RECHOICES times, the
        # phrases left out are only dropped from it, which cannot make a new clash.
        left_out.update(folded)
        if rechoice == RECHOICES:
            chosen = [i for i in chosen if i not in folded]
            break
        order = [i for i in order if i not in folded]
        chosen, score_of = choose(order, final)
        shown.update((i, _display(cands[i], doc.text)) for i in chosen if i not in shown)
        folded = _shown_inside(chosen, shown, cands, tagged, aliases)
    if left_out:
        # The one kept takes the higher score, and with it the place the score gives (``_deduplicated`` puts a
        # winner in its loser's slot): the list stays best first.
        for loser, winner in left_out.items():
            score_of[winner] = max(score_of[winner], score_of[loser])
        chosen.sort(key=lambda i: -score_of[i])  # stable: ties keep their order
    out = []
    for i in chosen:
        c = cands[i]
        text, variants = shown[i]
        out.append(
            Keyword(
                text=text,
                lemma=" ".join(c.key),
                score=score_of[i],
                count=len(c.offsets),
                offsets=tuple(sorted(c.offsets)),
                variants=variants,
            )
        )
    return out, found
