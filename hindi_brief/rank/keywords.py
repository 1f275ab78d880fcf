"""Keyphrases: tag-pattern candidates inside sentences, merged by lemma, scored, de-duplicated.

This module describes the whole and runs the steps in order (``keywords_and_candidates``). Each step is a module of
``rank.keyphrase``, where the helpers named below live: ``vocabulary`` (the word lists and limits more than one step
reads, and what a word may be in a phrase), ``candidates`` (with the name chains of ``names`` and the glued words of
``seams``), ``spellings`` (phrases written apart made one), ``scoring``, ``choice`` (the list) and ``forms`` (the form
shown).

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
  writes it, ``अजंता की गुफाएँ``);
* in tagged text, a noun or name and the number after it that names it (``धारा 144``, ``अनुच्छेद 370``, ``गदर 2``,
  ``iOS 17``), said at least ``NUMBERED_MIN_COUNT`` (2) times: of the nouns and names ending a run (a name's chain of
  names alone: ``फिल्म | गदर 2``), the longest ending the text says that often with the number (``प्लेटफॉर्म नंबर 3``,
  ``कक्षा 10`` of ``छात्र कक्षा 10``), the last word no generic, number or manner noun (``साल 2020``), and a number of
  digits that counts, measures or dates nothing after it (no noun, name, number or particle next, ``पेट्रोल 96
  रुपये``, ``IPO 27 गुना``; not the verb "to be", ``उम्र 25 थी``; no mark glued on but a closing one, ``26%``; no ``से``
  and a number, ``1954 से 1971``; no ``के पार``: ``_numbered``). Keyed by its words and the number in ASCII digits
  (``धारा १४४`` is ``धारा 144``), shown as written; the word alone is then said inside it.

In tagged text, a word in Latin letters that holds a capital (``ISRO``, ``iPhone``, ``BCCI``; not a designation or
page label of ``lexicon/latin_non_names.txt``, ``PM``, ``LIVE``) is a name word where its sentence has more
Devanagari words than Latin ones; ``of`` and ``and`` join such names (``Places of Worship Act``). A run never mixes
the scripts, and a Latin name written only in the headline (a column's label, ``Rajat Sharma's Blog:``) is none, nor
is an English gloss or label of two or more words in a Hindi sentence (``(Delhi Corona Positivity Rate)`` after the
Hindi it translates, ``Bypoll Results:`` before it: ``_english_glosses``) or a scraped script's identifier
(``sendGAPageViews``). A word right after ``@`` or ``#`` (a handle, a hashtag: ``@ArvindKejriwal``, ``#DelhiRains``)
is no phrase word in any text: it points elsewhere on the web.

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
(``Randeep Guleria``/``रंदीप गुलेरिया``, ``MSP``/``एमएसपी``: ``_one_script``, by consonant skeleton; a Latin
phrase that holds such a name's words, ``SVB UK`` beside ``UK``/``यूके``, holds the keyword for the rules on phrases and the
words they hold, speaking for it only as a common phrase does: ``_speaks_for``), and phrases the text writes alike
that the tagger read two ways (``वंदे मातरम``, ``वंदे`` a name in one sentence and a noun of lemma ``वंदा`` in
another: ``_one_writing``), and an acronym with the phrase the text defines it as (``एंटी करप्शन ब्यूरो (ACB)``:
``_defined_acronyms``, when it is the phrase's initials, or when the phrase is a Hindi name of an institution or term,
of as many words as the acronym has letters or more and ending in a common noun, the shortest but for a place it opens
with: ``मौद्रिक नीति समिति (एमपीसी)``, ``भारत मौसम विज्ञान विभाग (IMD)``, ``_translated``), and an acronym in Latin
capitals or spelt by its letters' names with a phrase the text writes anywhere whose initials it is (``यूपी``/``उत्तर प्रदेश``, ``बीजेपी``/``भारतीय जनता पार्टी``: ``_spelled_out_acronyms``), and a
name's Hindi short form of its words' first syllables with the name (``भाजपा``/``भारतीय जनता पार्टी``, ``सपा``/``समाजवादी
पार्टी``, ``उप्र``/``उत्तर प्रदेश``: ``_syllable_acronyms``, both names, or the short form in brackets after the name);
``Keyword.text`` is the base form (``_display``: the direct-case form the text uses,
``संबंध`` for ``संबंधों``; for an acronym in Latin capitals, the name it stands for, ``इंडियन प्रीमियर लीग`` where the
text writes ``IPL`` more often), ``Keyword.variants`` every surface form seen. Score::

    (W_GRAPH * rank + W_TFIDF * tfidf) * (1 + HEADLINE_BOOST if in the headline and the body, the title, or the
        opening phrase of a text without a headline)
        * (1 + PROPER_BOOST if a proper-noun chain) * (COMMON_WORD_WEIGHT if one common noun, in tagged text)

``rank`` is a PositionRank-style PageRank over the co-occurrence graph of candidates
(same sentence), teleporting in proportion to ``sum 1 / (position + 2)`` over the
occurrences (headline = position 0) times the phrase's IDF; in a tagged text of more than
40 body sentences and 750 words (the summaries' ``is_long``) that names no subject first (no title phrase, no opening phrase:
an essay, whose title is a sentence and which opens with a scene) every occurrence counts 1 there. ``tfidf`` is ``(1 + log count)`` times the mean
IDF of the phrase's words (shipped document frequencies) times a bonus per extra word
(``LENGTH_BONUS``; for a common phrase said once in a text of more than ``ONCE_SAID_SENTENCES``
sentences, a share of it that shrinks with the text's length). Both parts are scaled to [0, 1] and weigh the same. Where a phrase
stands counts only through the teleport, the headline and, without one, the opening phrase: a text's first
sentences are the point of a news story, but the hook of an essay and the definition of an
encyclopedic article, whose keyphrases are named all through it (``keyphrase.scoring._scores``); only the phrase the text
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
a common word or phrase the text measures with: every occurrence right after a number, one at least after a decimal
fraction (``48.5 डिग्री सेल्सियस``, ``2 डिग्री``; a count is whole, ``1500 नए केस``: ``_measures``), nor
a phrase or word that starts or ends with an English function word
(``ENGLISH_FUNCTION_WORDS``: ``ऑफ इंडिया``, ``सुपरिटेंडेंट ऑफ``; ``सीरम इंस्टीट्यूट ऑफ इंडिया`` may).
In tagged text a word of ``LIGHT_VERB_NOUNS`` right before a verb, or of ``CONJUNCT_NOUNS`` (nouns that are
a conjunct verb's first part more often than not: ``पता``, ``घोषणा``) right before a light verb (``LIGHT_VERBS``:
``कर``, ``हो``, ``दे``), is no phrase word there and ends the phrase before it (``सेवा शुरू की``: ``सेवा``, not
``सेवा शुरू``; ``पता चला``: no ``पता``).

Phrases are then chosen best first, the first ``FIRST_CHOICE`` (10) together by the rules below; each keyword after
them is the next best phrase that clashes with none listed before it (none that holds it, is held by it, is shown alike
or overlaps it), or in its place a phrase further down that holds it and speaks for it by the rules below (a name, a
phrase said twice or one the word is not said outside: ``मेक इन इंडिया`` for ``मेक``), and a phrase held by one said
nearly as often that holds a listed keyword is no keyword (``आदित्यनाथ`` of ``योगी आदित्यनाथ`` beside ``योगी``), so
that a longer list only adds to a shorter one and takes no place back (``_deduplicated`` with ``after``).

**A word or phrase is never listed beside a longer
phrase that contains it** (by lemma, compounds split into words; a name also contains a
shorter form of it with the same first and last word: ``त्रिवेंद्र सिंह रावत`` holds
``त्रिवेंद्र रावत``, where the shorter is a name, and no run inside the occurrences of a longer form that goes is
listed): of the two, the longer phrase is kept when it occurs at least
``FOLD_SHARE`` (0.4; ``LONG_FOLD_SHARE``, 0.25, in a long tagged text, ``summarize.is_long``) times as often as the shorter one (the word is said mostly in the phrase:
``सहयोग`` in ``रक्षा सहयोग``; in untagged text, where names are unknown, this is the only test), or
when it is a name (``राजनाथ सिंह`` over ``सिंह``) or a phrase the text defines an acronym in Latin capitals by (``पात्रता सह
प्रवेश परीक्षा (NEET)`` over ``परीक्षा``), unless it is the shorter one with a word glued on
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

from typing import TYPE_CHECKING, Callable

import numpy as np

from ..doc import Document
from ..errors import InvalidInputError
from ..results import Keyword
from .summarize import is_long
from .weights import df_for
from .keyphrase.vocabulary import ONCE_SAID_SENTENCES, _Candidate, phrase_words
from .keyphrase.spellings import (
    is_short_form,
    name_fit,
    phrase_spelling_key,
    same_names_across_scripts,
    same_short_forms,
    story_spelling_key,
)
from .keyphrase.scoring import _scores
from .keyphrase.candidates import _collect, candidates
from .keyphrase.choice import (
    FOLD_SHARE,
    LONG_FOLD_SHARE,
    _absorbed,
    _background,
    _deduplicated,
    _describes,
    _joined_words,
    shorter_runs,
    _shown_inside,
    _ShownForms,
    _stands_alone,
)
from .keyphrase.forms import _display, shown_text

if TYPE_CHECKING:
    from ..story import StoryKeyword

__all__ = [
    "extract_keywords",
    "keyword_key",
    "keywords_and_candidates",
    "candidates",
    "phrase_spelling_key",
    "phrase_words",
    "same_names_across_scripts",
    "same_short_forms",
    "is_short_form",
    "name_fit",
    "shorter_runs",
    "story_spelling_key",
]


def keyword_key(keyword: Keyword | StoryKeyword) -> str:
    """A key that is the same for one keyphrase however an article spells it, to count keywords over a corpus:
    ``नरेंद्र मोदी`` and ``नरेन्द्र मोदी``, ``कानून`` and ``क़ानून``, ``बजरंग पूनिया`` and ``बजरंग पुनिया`` (the spelling
    key of its ``lemma``: within an article and within a story brief such spellings are one keyword already, across
    a corpus they are not). Group by it and show the commonest ``text`` of each key. A name one article writes only
    in Latin letters (``Pakistan``) keeps a key of its own: which Devanagari name it is, only an article or a story
    that writes both can tell. ``hb.to_dataframe`` gives each brief's keys in its ``keyword_keys`` column.

    >>> from collections import Counter
    >>> import hindi_brief as hb
    >>> briefs = [hb.brief("नरेंद्र मोदी ने भाषण दिया। नरेंद्र मोदी ने कहा।"), hb.brief("नरेन्द्र मोदी ने भाषण दिया। नरेन्द्र मोदी ने कहा।")]
    >>> len({k.lemma for b in briefs for k in b.keywords if "मोदी" in k.text}), len({hb.keyword_key(k) for b in briefs for k in b.keywords if "मोदी" in k.text})
    (2, 1)
    """
    lemma = getattr(keyword, "lemma", None)
    if not isinstance(lemma, str):
        raise InvalidInputError(f"keyword_key takes a Keyword (or a story's keyword), got {type(keyword).__name__}")
    return " ".join(story_spelling_key(lemma.split(" ")))


#: The first this many keywords are chosen together: a phrase further down may take the place of one it holds or that
#: holds it (``मेदांता अस्पताल`` that of ``मेदांता``), and the list is chosen again where two clash. Each keyword after
#: them is the next best phrase that clashes with none listed before it, or a phrase further down that speaks for it
#: (``_deduplicated`` with ``after``), so that a longer list only adds to a shorter one (``top=20`` starts with the list
#: of ``top=10``, which starts with that of ``top=5``). Chosen together, a list of 20 took longer phrases of lower
#: score into its first ten (``इटावा जिला`` for ``इटावा``, ``पाकिस्तान अफगानिस्तान`` for ``पाकिस्तान`` and
#: ``अफगानिस्तान``) in 122 of 400 ILSUM test articles; a first choice of every candidate, then cut, costs F1@10 on the
#: hand-made keyphrases (val / test 49.43 / 47.11 -> 49.23 / 46.35; essays and articles held out 31.11 -> 30.56): ten
#: is the length the weights and rules were chosen at.
FIRST_CHOICE = 10
#: How often the list is chosen again when its base forms show a keyword inside another (``_shown_inside``); after that
#: the phrases left out are dropped from the list (a list of every candidate, ``top=10**9``, still costs its length).
RECHOICES = 2
SCORE_DECIMALS = 10  # scores are at most about 12; rounding error of the arithmetic is ~1e-15


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
    tagged = doc.tagger is not None
    # A long tagged text, as the summaries draw the line (an essay, a long report): the keyphrase graph may weigh
    # every occurrence alike (``_scores``), and a term speaks for its head noun more readily (``LONG_FOLD_SHARE``).
    essay_length = tagged and is_long(len(doc.sentences), sum(s.n_words for s in doc.sentences))
    scores = _scores(cands, doc, df, essay_length)
    absorbed = _absorbed(cands)
    for inner, outer in absorbed.items():  # the longer phrase speaks for the shorter one
        scores[outer] = max(scores[outer], scores[inner])
    # Best first; ties: earlier first occurrence, then the key, so the order is deterministic.
    # Scores are rounded to SCORE_DECIMALS first: two names seen once in the same sentence
    # have equal scores in exact arithmetic, but their computed scores differ in the last
    # bits, and which is larger depends on the BLAS build's order of summation.
    rounded = np.round(scores, SCORE_DECIMALS).tolist()
    order = sorted(range(len(cands)), key=lambda i: (-rounded[i], min(cands[i].offsets), cands[i].key))
    n_sentences = len(doc.sentences) + (doc.headline is not None)
    def alone(c: _Candidate) -> bool:
        return _stands_alone(c, df, adj_or_num, doc.text, tagged, n_sentences) and not _describes(c, tagged)

    long_text = tagged and n_sentences > ONCE_SAID_SENTENCES
    # A long text says its head nouns all through, and the terms made with them a few times each.
    fold_share = LONG_FOLD_SHARE if essay_length else FOLD_SHARE
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

    spans: dict[int, list[tuple[int, int]]] = {}  # what the last choice gave names of their longer forms' occurrences

    def choose(order: list[int], stand_alone: Callable[[_Candidate], bool]) -> tuple[list[int], dict[int, float]]:
        """The list chosen from ``order``, and the scores it lists them with: each choice starts from the rounded
        scores (``_deduplicated`` raises those of phrases that take another's place)."""
        score_of = dict(enumerate(rounded))
        spans.clear()
        return (
            _deduplicated(
                cands, order, absorbed, score_of, unit_starts, FIRST_CHOICE, stand_alone, tagged, aliases, spans=spans,
                fold_share=fold_share,
            ),
            score_of,
        )

    # The first choice still lets background words stand alone: one chosen beside a word the text says together with
    # it gives their phrase (``_joined_words``: "सड़क" beside "दुर्घटना", "सड़क दुर्घटना").
    chosen, score_of = choose(order, first)
    joined = _joined_words(cands, chosen, found, absorbed, alone, fold_share) if tagged else set()
    if joined or met_background:
        # The choice is made again, from the scores before the first choice raised some: rarely for two joined words,
        # and for a long text where a background word stood alone in the first choice (it took a place, kept or taken
        # over later by a phrase that holds it, or was weighed against a chosen phrase). Where none did, both choices
        # take the same steps.
        order = [i for i in order if i not in joined]
        chosen, score_of = choose(order, final)
    written = shown_text(doc)  # what a keyword is shown from: the text without its removed markup and credits
    shown = {i: _display(cands[i], written) for i in chosen}
    folded = _shown_inside(chosen, shown, cands, tagged, aliases, fold_share)
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
        shown.update((i, _display(cands[i], written)) for i in chosen if i not in shown)
        folded = _shown_inside(chosen, shown, cands, tagged, aliases, fold_share)
    if left_out:
        # The one kept takes the higher score, and with it the place the score gives (``_deduplicated`` puts a
        # winner in its loser's slot): the list stays best first.
        for loser, winner in left_out.items():
            score_of[winner] = max(score_of[winner], score_of[loser])
        chosen.sort(key=lambda i: -score_of[i])  # stable: ties keep their order
    if top > len(chosen):
        # The keywords after the first choice: each the next best that clashes with none listed before it, by its
        # key (``_deduplicated`` with ``after``) or its base form (``_ShownForms``).
        forms = _ShownForms()
        for i in chosen:
            forms.add(shown[i][0].split())

        def accept(i: int) -> bool:
            shown_i = _display(cands[i], written)
            words = shown_i[0].split()
            if forms.clash(words):
                return False
            forms.add(words)
            shown[i] = shown_i
            return True

        # After the phrases the first choice weighed (down to its last listed one): one it set aside for a phrase
        # that later made way would come back with a higher score than those listed before it.
        place = {i: n for n, i in enumerate(order)}
        weighed = max((place[i] for i in chosen if i in place), default=-1)
        listed = set(chosen) | left_out.keys()
        rest = [i for i in order[weighed + 1 :] if i not in listed]
        chosen = _deduplicated(
            cands, rest, absorbed, score_of, unit_starts, top, final, tagged, aliases, after=chosen, accept=accept,
            spans=spans, seen=order[: weighed + 1], fold_share=fold_share,
        )
    out = []
    for i in chosen[:top]:
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
