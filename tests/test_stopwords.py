"""The curated stopword list: clean entries, the obvious function words, no content words."""

from __future__ import annotations

import unicodedata
from importlib import resources

from hindi_brief.text.normalize import normalize
from hindi_brief.text.stopwords import STOPWORDS, is_stopword
from hindi_brief.text.tokens import tokenize

RAW = resources.files("hindi_brief.text.lexicon").joinpath("stopwords.txt").read_text(encoding="utf-8")
ENTRIES = [line for line in RAW.splitlines() if line and not line.startswith("#")]


def test_entries_are_clean() -> None:
    assert "\ufeff" not in RAW
    for word in ENTRIES:
        assert word == word.strip() and " " not in word, repr(word)
        assert unicodedata.normalize("NFC", word) == word, repr(word)
        assert len(tokenize(word)) == 1, f"{word!r} is not one token"
    assert len(ENTRIES) == len(set(ENTRIES)), "duplicate entries"


def test_obvious_function_words_are_in() -> None:
    for word in "में की के है का को से पर और ने हैं था भी ही कि यह वह".split():
        assert is_stopword(normalize(word)), word


def test_content_words_are_not_stopwords() -> None:
    for word in "सरकार मंत्री रक्षा भारत सहयोग बातचीत समझौता अमेरिका चुनाव".split():
        assert not is_stopword(normalize(word)), word


def test_nukta_variants_match() -> None:
    assert is_stopword(normalize("\u0916\u093c\u093f\u0932\u093e\u092b\u093c"))  # ख़िलाफ़ decomposed
    assert is_stopword(normalize("\u0959\u093f\u0932\u093e\u095e"))  # ख़िलाफ़ precomposed
    assert len(STOPWORDS) >= 200


def test_web_spellings_of_function_words_are_in() -> None:
    # Web Hindi drops an anusvara or writes य for ए/ई; the words stay function words. "कहा" (said),
    # "कहां" (where) without its anusvara, is a content word.
    for word in "मे नही उन्होने लिये हुये जायेगा".split():
        assert is_stopword(normalize(word)), word
    assert not is_stopword(normalize("कहा"))


def test_pronoun_paradigms_are_complete() -> None:
    # Informal second person (song lines, quoted speech), ergatives, and every oblique pronoun
    # written together with से / को / में / पर: function words, whichever form the text uses.
    for word in "तू तेरा तेरी तेरे तुझे मैंने तूने हमने उसने जिसने आपने".split():
        assert is_stopword(normalize(word)), word
    for stem in "मुझ तुझ तुम हम आप उस इस उन इन जिस जिन किस किन सब".split():
        assert is_stopword(normalize(stem)), stem
        for postposition in ("से", "को", "में", "पर"):
            assert is_stopword(normalize(stem + postposition)), stem + postposition
