"""Word-level caches: bounded keys, and one call that empties them all."""

from __future__ import annotations

import hindi_brief as hb
from hindi_brief.caching import MAX_KEY_CHARS, clear_caches
from hindi_brief.text.normalize import normalize
from hindi_brief.text.stem import light_stem

TEXT = "भारत और अमेरिका के बीच रक्षा सहयोग बढ़ा है। दोनों देशों के रक्षा मंत्रियों ने बैठक की।"


def test_clear_caches_empties_the_word_caches_and_results_stay_the_same():
    before = hb.brief(TEXT)
    light_stem(normalize("लड़कों"))
    assert normalize.cache_info().currsize > 0 and light_stem.cache_info().currsize > 0
    clear_caches()
    assert normalize.cache_info().currsize == 0
    assert light_stem.cache_info().currsize == 0
    after = hb.brief(TEXT)
    assert after.summary.text == before.summary.text
    assert after.keywords.texts == before.keywords.texts


def test_long_keys_are_computed_but_not_kept():
    clear_caches()
    word = "क" * (MAX_KEY_CHARS + 1)
    assert light_stem(word) == light_stem(word)
    assert light_stem.cache_info().currsize == 0
