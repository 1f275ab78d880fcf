"""Lemma paradigms of the embedded lemmatiser: a table of inflected forms with their UPOS and lemma.

Masculine -ा nouns go back to -ा from the oblique plural -ों and the plural/oblique -े, other
nouns just lose -ों; verb forms (including causatives in -ा- and -वा-) go to the infinitive in -ना.
"""

from __future__ import annotations

import pytest

from hindi_brief.tagging.embedded import EmbeddedTagger
from hindi_brief.tagging.lemmatizer import Lemmatizer
from hindi_brief.text.verb_forms import irregular_verbs, regular_verb_lemma
from hindi_brief.training.lemmas import learn_lemmatizer, lemma_is_slip

PARADIGMS = [
    # masculine -ा nouns: oblique plural -ों, plural / oblique singular -े
    ("ज़िलों", "NOUN", "ज़िला"),
    ("जिलों", "NOUN", "जिला"),
    ("ज़िले", "NOUN", "ज़िला"),
    ("लड़कों", "NOUN", "लड़का"),
    ("रास्तों", "NOUN", "रास्ता"),
    ("बच्चों", "NOUN", "बच्चा"),
    ("बच्चे", "NOUN", "बच्चा"),
    ("इलाकों", "NOUN", "इलाका"),
    # nouns whose stem is a word: -ों is the plural ending only
    ("बातों", "NOUN", "बात"),
    ("घरों", "NOUN", "घर"),
    ("सालों", "NOUN", "साल"),
    ("लोगों", "NOUN", "लोग"),
    # feminine -ा and -ी nouns
    ("महिलाओं", "NOUN", "महिला"),
    ("मंत्रियों", "NOUN", "मंत्री"),
    # plurals in -ियों / -ियां: the singular in -ी or -ि that the lexicon knows (a suffix rule gave
    # "युवति", "हस्ति", "विरोधि" and "शक्ती", "स्थिती", "गतिविधी")
    ("युवतियों", "NOUN", "युवती"),
    ("हस्तियों", "NOUN", "हस्ती"),
    ("विरोधियों", "NOUN", "विरोधी"),
    ("बस्तियों", "NOUN", "बस्ती"),
    ("शक्तियां", "NOUN", "शक्ति"),
    ("स्थितियां", "NOUN", "स्थिति"),
    ("गतिविधियाँ", "NOUN", "गतिविधि"),
    ("तिथियों", "NOUN", "तिथि"),
    ("नदियों", "NOUN", "नदी"),
    # nouns in -ई after a vowel (written with the vowel letter): -इयों and -इयां (the direct plural came out as
    # its own lemma: "सस्ती दवाइयां" was keyed "सस्ता दवाइयां" beside a keyword "दवाई")
    ("दवाइयों", "NOUN", "दवाई"),
    ("दवाइयां", "NOUN", "दवाई"),
    ("मिठाइयाँ", "NOUN", "मिठाई"),
    ("ऊंचाइयां", "NOUN", "ऊंचाई"),
    ("इकाइयां", "NOUN", "इकाई"),
    ("कार्रवाइयां", "NOUN", "कार्रवाई"),
    # ... and in -ुओं / -ुएं / -ुए: -ू, -ु or -ुआ(ं) (a one-letter stem too; a rule gave "कु", "तेंदु")
    ("कुएं", "NOUN", "कुआं"),
    ("धुएं", "NOUN", "धुआं"),
    ("तेंदुओं", "NOUN", "तेंदुआ"),
    ("तेंदुए", "NOUN", "तेंदुआ"),
    ("कुएँ", "NOUN", "कुआँ"),  # written with a chandrabindu, the lexicon's कुआं with an anusvara
    ("ज़्यादतियों", "NOUN", "ज़्यादती"),  # the form's nukta kept
    ("तालाबों-कुओं", "NOUN", "तालाब-कुआं"),  # a compound, part by part
    ("आलुओं", "NOUN", "आलू"),
    ("हिन्दुओं", "NOUN", "हिन्दू"),
    ("चाकुओं", "NOUN", "चाकू"),
    ("वस्तुओं", "NOUN", "वस्तु"),
    ("पशुओं", "NOUN", "पशु"),
    # verbs: oblique infinitive, participles, perfective, causatives
    ("बनाने", "VERB", "बनाना"),
    ("बनाया", "VERB", "बनाना"),
    ("बनाते", "VERB", "बनाना"),
    ("बनाती", "VERB", "बनाना"),
    ("बनवाने", "VERB", "बनवाना"),
    ("बनवाया", "VERB", "बनवाना"),
    ("करवाती", "VERB", "करवाना"),
    ("कराने", "VERB", "कराना"),
    ("पढ़ने", "VERB", "पढ़ना"),
    ("गुनगुनाने", "VERB", "गुनगुनाना"),
    ("किया", "VERB", "करना"),
    ("गया", "AUX", "जाना"),
    # moods and agreements news prose seldom writes (the treebank's rules made "करोना", "बताएंना", "सोचेना", "आईंना",
    # "होंना", "छिपा"): imperative, polite imperative, subjunctive, future and feminine plural, after a stem ending
    # in a consonant and after one ending in a long vowel
    ("करो", "VERB", "करना"),
    ("बचाओ", "VERB", "बचाना"),
    ("जाओ", "AUX", "जाना"),
    ("सोचिए", "VERB", "सोचना"),
    ("पढ़िए", "VERB", "पढ़ना"),
    ("चलिये", "VERB", "चलना"),
    ("बताइए", "VERB", "बताना"),
    ("देखिएगा", "VERB", "देखना"),
    ("बताएं", "VERB", "बताना"),
    ("जाएँ", "VERB", "जाना"),
    ("करूं", "VERB", "करना"),
    ("जाऊँ", "AUX", "जाना"),
    ("करूंगी", "VERB", "करना"),
    ("करुंगा", "VERB", "करना"),  # web spellings with a short vowel
    ("जाउंगी", "AUX", "जाना"),
    ("आएंगी", "VERB", "आना"),
    ("सकेंगे", "AUX", "सकना"),
    ("रहेंगी", "AUX", "रहना"),
    ("आईं", "VERB", "आना"),
    ("बतायीं", "VERB", "बताना"),
    ("करतीं", "VERB", "करना"),
    ("रखे", "VERB", "रखना"),
    ("भेजा", "VERB", "भेजना"),  # a consonant stem's -ा: the treebank's rules (a causative's stem in हटा दिया)
    ("छिपे", "VERB", "छिपना"),
    # ... and the irregular verbs' forms (lexicon/irregular_verbs.txt)
    ("कीजिए", "VERB", "करना"),
    ("दीजिये", "AUX", "देना"),
    ("लो", "AUX", "लेना"),
    ("दूं", "VERB", "देना"),
    ("हुईं", "VERB", "होना"),
    ("गईं", "AUX", "जाना"),
    ("दिये", "VERB", "देना"),
    ("हुये", "AUX", "होना"),
    ("होंगी", "VERB", "होना"),
    ("चाहिये", "VERB", "चाहिए"),
    # future-tense verbs a tagger calls a noun or an adjective keep a verb's lemma (not "रोकेंगा")
    ("रोकेंगे", "NOUN", "रोकना"),
    ("बनाएंगे", "ADJ", "बनाना"),
    ("करेगी", "NOUN", "करना"),
    ("जाएंगे", "NOUN", "जाना"),
    # ... while nouns in -ंगे / -ूंगे are nouns
    ("दंगे", "NOUN", "दंगा"),
    ("मूंगे", "NOUN", "मूंगा"),
    # HDTB v1.2 dev gives this form as its own lemma once; the oblique plural is no citation form
    ("उद्योगों", "NOUN", "उद्योग"),
    # hyphen compounds, part by part (read as one word the last part came out "डंड")
    ("लाठी-डंडों", "NOUN", "लाठी-डंडा"),
    ("दिशा-निर्देशों", "NOUN", "दिशा-निर्देश"),
    ("बच्चों-महिलाओं", "NOUN", "बच्चा-महिला"),
    ("दृश्य-FIR", "NOUN", "दृश्य-FIR"),  # a part in Latin letters is kept as written
    ("मई-", "NOUN", "मई-"),  # an empty part: no compound
]


@pytest.fixture(scope="module")
def lemmatizer() -> Lemmatizer:
    return EmbeddedTagger().lemmatizer


@pytest.mark.parametrize(("form", "upos", "lemma"), PARADIGMS)
def test_paradigm_table(lemmatizer: Lemmatizer, form: str, upos: str, lemma: str) -> None:
    assert lemmatizer.lemma(form, upos) == lemma


def test_a_treebank_lemma_that_keeps_the_oblique_plural_is_not_learned() -> None:
    # As in HDTB v1.2 dev: one "उद्योगों" with itself as lemma, and the regular plurals around it.
    triples = [("उद्योगों", "NOUN", "उद्योगों"), ("घरों", "NOUN", "घर"), ("सालों", "NOUN", "साल"), ("रोगों", "NOUN", "रोग")]
    lem = learn_lemmatizer(triples)
    assert "NOUN\tउद्योगों" not in lem.exceptions
    assert lem.lemma("उद्योगों", "NOUN") == "उद्योग"
    assert lemma_is_slip("NOUN", "उद्योगों") and not lemma_is_slip("PRON", "क्यों") and not lemma_is_slip("NOUN", "उद्योग")
    # HDTB's auxiliary "हों" given as its own stem: no infinitive has a nasal before "-ना".
    assert lemma_is_slip("AUX", "होंना") and not lemma_is_slip("VERB", "गिनना") and not lemma_is_slip("NOUN", "होंना")


def test_paradigm_rule_asks_the_lexicon() -> None:
    """The rule itself, with a tiny lexicon and no learned rules: the stem decides."""
    lem = Lemmatizer({}, {})
    lem.set_lexicon(["कमरा", "रात", "रातें", "दरवाज़े"])
    assert lem.lemma("कमरों", "NOUN") == "कमरा"  # कमर- is no word, कमरा is
    assert lem.lemma("कमरे", "NOUN") == "कमरा"
    assert lem.lemma("रातों", "NOUN") == "रात"  # रात is a word
    assert lem.lemma("दरवाजों", "NOUN") == "दरवाजा"  # the lexicon's spelling has a nukta
    # Not nouns, or nothing known: no paradigm guess.
    assert lem.paradigm_lemma("कमरों", "VERB") is None
    assert lem.paradigm_lemma("झमेलों", "NOUN") is None
    assert lem.paradigm_lemma("मंत्रियों", "NOUN") is None


def test_a_plural_whose_singular_the_lexicon_cannot_tell_keeps_the_suffix_rule() -> None:
    # The rules know "-तियों" -> "-ति" (three types); the lexicon decides only where it knows one
    # singular and not the other.
    triples = [("शक्तियों", "NOUN", "शक्ति"), ("नीतियों", "NOUN", "नीति"), ("स्थितियों", "NOUN", "स्थिति")]
    lem = learn_lemmatizer(triples, lexicon=["युवती", "जाति", "जाती"])
    assert lem.lemma("युवतियों", "NOUN") == "युवती"  # the lexicon knows only "युवती"
    assert lem.lemma("जातियों", "NOUN") == "जाति"  # both are words: the rule
    assert lem.lemma("कृतियों", "NOUN") == "कृति"  # neither: the rule
    assert lem.lemma("युवतियों", "ADJ") == "युवतियों"  # nouns only


def test_a_longer_suffix_needs_more_support_than_the_shorter_ones_answer() -> None:
    # As in HDTB v1.2 dev: two adjectives in -ने lose their -े (जाने, माने of जाने-माने), two take -ा; with the
    # tie read as a rule, every unseen adjective in -ने lost its -े ("अपने" -> "अपन").
    triples = [
        ("जाने", "ADJ", "जान"), ("माने", "ADJ", "मान"), ("पुराने", "ADJ", "पुराना"), ("घने", "ADJ", "घना"),
        ("बड़े", "ADJ", "बड़ा"), ("छोटे", "ADJ", "छोटा"),
    ]
    lem = learn_lemmatizer(triples)
    assert lem.lemma("अपने", "ADJ") == "अपना"
    assert [lem.lemma(w, "ADJ") for w, _, _ in triples] == [lemma for _, _, lemma in triples]  # the seen ones kept


def test_verb_endings_read_by_the_stem_they_follow() -> None:
    """The paradigm itself, with no learned rule or exception: an ending is read only after the stem it follows."""
    lem = Lemmatizer({}, {})
    assert [lem.lemma(w, "VERB") for w in ("उठो", "उठिए", "उठें", "उठूंगा", "उठीं")] == ["उठना"] * 5
    assert [lem.lemma(w, "VERB") for w in ("सुनाओ", "सुनाइए", "सुनाएं", "सुनाऊंगा", "सुनाईं")] == ["सुनाना"] * 5
    assert lem.lemma("आओ", "VERB") == "आना"  # आ- is a stem of one letter
    # A stem that ends in a short vowel sign or a one-letter stem is an irregular verb's: the paradigm says nothing.
    assert regular_verb_lemma("दिया") is None and regular_verb_lemma("दो") is None and regular_verb_lemma("गईं") is None
    # Only a form's longest ending is read: "देंगे" is no "देंग-" + "-े".
    assert regular_verb_lemma("देंगे") is None
    assert regular_verb_lemma("करने") == "करना" and regular_verb_lemma("रखते") == "रखना"  # not "करनना", "रखतना"
    assert regular_verb_lemma("आते-जाते") is None  # a hyphen: no verb form (not "आते-जाना")


def test_the_treebank_comes_before_the_paradigm() -> None:
    # A learned exception wins over both tables (HDTB v1.2 dev lemmatises the subjunctive "हों" as the copula "है").
    assert Lemmatizer({"VERB\tहों": "है"}, {}).lemma("हों", "VERB") == "है"
    lem = Lemmatizer({}, {})
    assert lem.lemma("हों", "VERB") == "होना" and lem.lemma("कीजिये", "VERB") == "करना"
    assert lem.lemma("चाहिए", "AUX") == "चाहिए" and irregular_verbs()["चाहिएं"] == "चाहिए"  # a lemma is its own form
