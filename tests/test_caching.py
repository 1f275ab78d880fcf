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


def test_clear_caches_frees_the_taggers_word_caches_too():
    # The lemmatiser's and the tagger's rows of unseen words were plain dicts clear_caches never reached (a review:
    # 51 MB still held after 2,500 briefs and a clear_caches()); the store of word types stays, as documented.
    import gc
    import random
    import tracemalloc

    tagger = hb.Pipeline().tagger_component
    rng = random.Random(0)
    letters = "कखगघचछजझटठडढतथदधनपफबभमयरलवशसह"
    sentences = [["".join(rng.choice(letters) for _ in range(8)) + "ों" for _ in range(10)] + ["ने", "बात", "की", "।"]
                 for _ in range(300)]
    tags = tagger.tag(sentences)  # the store of word types now holds these words: a second call adds none
    clear_caches()
    gc.collect()
    tracemalloc.start()
    try:
        assert tagger.tag(sentences) == tags
        filled = tracemalloc.get_traced_memory()[0]
        clear_caches()
        gc.collect()
        emptied = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    # The first clear_caches emptied the lemmas and rows, so the call above found them again (about 350 bytes a word
    # of 3,000); the second let them go.
    assert filled > 500_000 and emptied < 0.1 * filled
