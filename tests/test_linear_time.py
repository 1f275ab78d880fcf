"""Inputs and option values whose cost must stay linear in the text (issue #16).

Each test times the same work on an input of size n and 4n in one run and requires
the ratio to stay well under the 16 of quadratic growth. Times below ``FLOOR``
seconds are too short to compare on a shared machine; the quadratic cases took
seconds at these sizes.
"""

from __future__ import annotations

import gc
import random
import time
from typing import Callable

import pytest
import regex

import hindi_brief as hb
from hindi_brief.collector import collector_paused
from hindi_brief.rank import make_keywords, make_summary

from conftest import SEEDS

FLOOR = 0.1
MAX_RATIO = 7.0


def _seconds(run: Callable[[], object]) -> float:
    """Best CPU time of ``run`` over three runs, each with the cyclic garbage collector paused
    (as the pipeline pauses it for a batch): a collection walks every object of the test
    process, so where one falls says more about the suite than about the code timed."""
    best = float("inf")
    for _ in range(3):
        gc.collect()
        with collector_paused():
            t0 = time.process_time()
            run()
            best = min(best, time.process_time() - t0)
    return best


def assert_linear(run: Callable[[int], object], n: int) -> None:
    run(n // 4)  # warm caches and lazy state outside the timings
    small = _seconds(lambda: run(n))
    large = _seconds(lambda: run(4 * n))
    assert large <= MAX_RATIO * max(small, FLOOR), f"n: {small:.3f} s, 4n: {large:.3f} s"


@pytest.fixture(scope="module")
def untagged() -> hb.Pipeline:
    return hb.Pipeline(tagger="none")


@pytest.mark.parametrize("lead", ["by", "लेखक", "author", "By:"])
@pytest.mark.parametrize("space", [" ", "\u00a0"], ids=["space", "nbsp"])
def test_byline_with_a_long_run_of_spaces(untagged: hb.Pipeline, lead: str, space: str) -> None:
    assert_linear(lambda n: untagged(lead + space * n + "x" * 100), 10_000)


@pytest.mark.parametrize("space", [" ", "\t", "\u00a0"], ids=["space", "tab", "nbsp"])
def test_a_link_line_then_a_long_run_of_spaces(untagged: hb.Pipeline, space: str) -> None:
    # "\s*[...]*\s*$" after the link's words split the run every possible way (22 s at 80,000 spaces; a review).
    assert_linear(lambda n: untagged("खबर यह भी पढ़ें" + space * n + "x"), 10_000)


@pytest.mark.parametrize("lead", ["रिपोर्ट", "अपडेट 5", "By 2030"])
def test_a_label_word_then_a_long_run_of_spaces(untagged: hb.Pipeline, lead: str) -> None:
    # The test that a byline or dateline line reads as a sentence instead reads the spaces once.
    assert_linear(lambda n: untagged("शीर्षक\n" + lead + " " * n + "x है।"), 10_000)


def test_a_long_run_of_flags(untagged: hb.Pipeline) -> None:
    doc = untagged("🇮🇳🇺🇸🇮")
    assert [t.text for s in doc.sentences for t in s.tokens] == ["🇮🇳", "🇺🇸", "🇮"]
    assert_linear(lambda n: untagged("भारत " + "🇮🇳" * n), 5_000)


@pytest.mark.parametrize("unit", ["नई/", "नई / ", "नई (दिल्ली"])
def test_a_long_opening_that_looks_like_a_dateline(untagged: hb.Pipeline, unit: str) -> None:
    # Places joined by "/" are a bounded repeat: an unbounded one backtracked quadratically.
    assert_linear(lambda n: untagged("शीर्षक\n\n" + unit * n + " वाक्य।"), 5_000)


@pytest.mark.parametrize("unit", ["<script>क</script>\n", "<script>क\n", "<style>क<script>"])
def test_many_script_blocks(untagged: hb.Pipeline, unit: str) -> None:
    assert_linear(lambda n: untagged("शीर्षक\n" + unit * n + "\nवाक्य।"), 5_000)


def _many_sentences(n: int) -> str:
    words = sorted(set(regex.findall(r"\p{Devanagari}+", "".join(p.read_text(encoding="utf-8") for p in SEEDS))))
    rng = random.Random(0)
    return "\n\n".join(" ".join(rng.choice(words) for _ in range(rng.randint(6, 18))) + "।" for _ in range(n))


@pytest.fixture(scope="module")
def long_docs(untagged: hb.Pipeline) -> dict[int, hb.Document]:
    return {n: untagged(_many_sentences(n)) for n in (125, 500, 2000, 8000)}


@pytest.mark.parametrize("options", [{"ratio": 1.0}, {"max_words": 10**9}], ids=["ratio=1.0", "max_words=1e9"])
def test_summary_of_every_sentence(long_docs: dict[int, hb.Document], options: dict) -> None:
    summary = make_summary(long_docs[2000], **options)
    assert len(summary.sentences) > 1000  # nearly every sentence (near-duplicates of picks left out)
    assert sorted(s.rank for s in summary) == list(range(1, len(summary.sentences) + 1))
    assert_linear(lambda n: make_summary(long_docs[n], **options), 2000)


def test_every_keyword(long_docs: dict[int, hb.Document]) -> None:
    keywords = make_keywords(long_docs[500], top=10**9)
    assert len(keywords) > 100 and keywords[:10] == make_keywords(long_docs[500], top=10)
    assert_linear(lambda n: make_keywords(long_docs[n], top=10**9), 500)


def _isolated_short_sentences(n: int) -> str:
    # Five words of their own per sentence (no content term shared with another: none is eligible,
    # each may fill a summary), and every 50th sentence a long one that is eligible.
    rng = random.Random(0)
    letters = "कखगघचछजझटठडढतथदधनपफबभमयरलवशसह"
    marks = ["", "ा", "ि", "ी", "ु", "ू", "े", "ो"]

    def word() -> str:
        return "".join(rng.choice(letters) + rng.choice(marks) for _ in range(4))

    long_sentence = "भारत और अमेरिका ने रक्षा सहयोग बढ़ाने पर आज दिल्ली में विस्तार से बातचीत की।"
    return " ".join(long_sentence if i % 50 == 0 else " ".join(word() for _ in range(5)) + "।" for i in range(n))


def test_a_summary_filled_from_many_short_sentences(untagged: hb.Pipeline) -> None:
    docs = {n: untagged(_isolated_short_sentences(n)) for n in (500, 2000, 8000)}
    summary = make_summary(docs[2000], sentences=2000)
    assert len(summary.sentences) > 1900  # the long sentence once (its repeats are one line), the short ones filled in
    assert_linear(lambda n: make_summary(docs[n], sentences=n), 2000)


@pytest.fixture(scope="module")
def embedded() -> hb.Pipeline:
    return hb.Pipeline(tagger="embedded")


def test_one_long_sentence_of_english_glosses(embedded: hb.Pipeline) -> None:
    # Latin words in a Devanagari sentence are name words except inside an English gloss: each Latin word was
    # tested against every gloss of its sentence. One sentence (no mark ends it) of many glosses was quadratic.
    unit = "घरेलू गैस सिलेंडर महंगा हुआ (Domestic Gas Cylinder) और "
    docs = {n: embedded(unit * n) for n in (250, 1000, 4000)}
    assert len(docs[1000].sentences) == 1
    assert not any("Domestic" in k for k in make_keywords(docs[250], top=50).texts)
    assert_linear(lambda n: make_keywords(docs[n], top=10), 1000)


def _names_in_two_scripts(n: int) -> tuple[list[tuple[tuple[str, ...], str]], list[tuple[tuple[str, ...], int]]]:
    """``n`` made-up names of five consonants, each as a Latin key and surface and as a Devanagari key."""
    pairs = list(zip("kgtdpbmrls", "कगतदपबमरलस"))
    rng = random.Random(0)
    latin, devanagari = [], []
    for _ in range(n):
        picked = [rng.choice(pairs) for _ in range(5)]
        name = "".join(c + "a" for c, _ in picked).capitalize()
        latin.append(((name.lower(),), name))
        devanagari.append((("".join(d + "ा" for _, d in picked),), 1))
    return latin, devanagari


def test_names_matched_across_scripts() -> None:
    # A story matches every Latin keyword key of its articles with every Devanagari one: by a table of forms,
    # not pair by pair.
    from hindi_brief.rank.keywords import same_names_across_scripts

    names = {n: _names_in_two_scripts(n) for n in (2_000, 8_000, 32_000)}
    latin, devanagari = names[2_000]
    into = same_names_across_scripts(latin, lambda: devanagari)
    assert into[latin[0][0]] == devanagari[0][0] and len(into) > 1_900
    assert_linear(lambda n: same_names_across_scripts(names[n][0], lambda: names[n][1]), 8_000)


def test_one_token_of_many_hyphen_joined_parts(untagged: hb.Pipeline) -> None:
    # A scraped slug or tag line: each shorter run of the compound's parts was kept for the
    # keyword dedup, k² runs of up to k words (2,000 parts: seconds and gigabytes).
    names = ["भारत", "अमेरिका", "चीन", "रूस", "जापान", "नेपाल", "ब्राजील"]
    def text(n: int) -> str:
        return "शीर्षक\n\nवार्ता " + "-".join(names[i % 7] + names[(i * 3) % 7] for i in range(n)) + "- हुई।"
    assert_linear(lambda n: untagged.brief(text(n)), 500)


def test_a_long_glued_token_of_latin_letters_digits_and_devanagari() -> None:
    # The test for a Latin code said once ("AA1958") backtracked through every pair of digits of such a token:
    # 3 s at 8,000 digits (found by a review).
    def keywords(n: int) -> object:
        text = f"सरकार ने आज {'a' + '1' * n + 'क'} योजना शुरू की। योजना से किसानों को लाभ मिलेगा।"
        return make_keywords(hb.Pipeline(tagger="none")(text), top=10)
    assert_linear(keywords, 4_000)


def test_every_keyword_of_many_phrases_with_the_same_first_and_last_word() -> None:
    # A name's longer forms are found by their first and last word: common phrases sharing theirs ("बड़ी ... बात") were
    # all compared with one another once the lookup took them too (found by a review: 50 s at 32,000 phrases).
    rng = random.Random(0)
    letters, marks = "कखगघचछजझटठडढतथदधनपफबभमयरलवशसह", ["", "ा", "ि", "ी", "ु", "ू", "े", "ो"]
    words = ["".join(rng.choice(letters) + rng.choice(marks) for _ in range(4)) for _ in range(16_000)]
    untagged = hb.Pipeline(tagger="none")
    docs = {n: untagged("। ".join(f"बड़ी {w} बात" for w in words[:n])) for n in (1_000, 4_000, 16_000)}
    assert_linear(lambda n: make_keywords(docs[n], top=10**9), 4_000)


def _short_sentences(n: int) -> str:
    # Sentences of three words from a vocabulary large enough that few pairs of them are alike.
    rng = random.Random(1)
    letters, marks = "कखगघचछजझटठडढतथदधनपफबभमयरलवशसह", ["", "ा", "ि", "ी", "ु", "ू", "े", "ो"]
    vocabulary = sorted({"".join(rng.choice(letters) + rng.choice(marks) for _ in range(3)) for _ in range(5000)})
    return " ".join(" ".join(rng.choice(vocabulary) for _ in range(3)) + "।" for _ in range(n))


def test_a_story_of_one_article_of_many_sentences(untagged: hb.Pipeline) -> None:
    # A story compared its sentences through a dense table of every pair (1.5 GB for 800 ILSUM articles
    # joined in one text, 5.3 GB for 1,600); now only pairs that share an indexed term (``rank.similar_pairs``).
    docs = {n: untagged(_short_sentences(n)) for n in (500, 2000, 8000)}
    assert_linear(lambda n: hb.story([docs[n]], top=3), 2000)


def test_a_story_of_many_articles(untagged: hb.Pipeline) -> None:
    # What each article adds is measured against every earlier sentence that shares a term with it, and clusters
    # of tellings join without comparing all their members.
    texts = _short_sentences(6000).split("। ")
    docs = [untagged("। ".join(texts[k : k + 10]) + "।") for k in range(0, 6000, 10)]
    assert_linear(lambda n: hb.story(docs[: n // 10], top=3), 1500)


def test_a_long_run_of_letters_without_spaces() -> None:
    # Scraped text that lost its spaces: the keyphrase step tried every point of the one long word as a seam of two
    # glued words, slicing the whole word at each (16 s for 200,000 characters; a CLI review).
    nlp = hb.Pipeline()
    assert_linear(lambda n: make_keywords(nlp("क" * n)), 25_000)
    assert_linear(lambda n: make_keywords(nlp("का" * n)), 12_500)


@pytest.mark.parametrize("tail", ["(x", "x है।"])
@pytest.mark.parametrize("mark", [",", "|"])
def test_a_dateline_comma_before_a_long_run_of_spaces(untagged: hb.Pipeline, mark: str, tail: str) -> None:
    # The date's characters held the space, overlapping the spaces before and after it: 21 s at 40,000 spaces.
    assert_linear(lambda n: untagged("शीर्षक\nभारत" + mark + " " * n + tail), 10_000)


def test_a_story_of_copies(untagged: hb.Pipeline) -> None:
    # Each pair of copies of a sentence was a pair to find, sort and join: the square of the copies in time and memory
    # (a wire story that many outlets carry; 4,000 copies took 14 s and 0.5 GB).
    sentence = "प्रधानमंत्री मोदी ने दिल्ली में नई योजना की घोषणा की। "
    assert_linear(lambda n: hb.story([sentence * n], pipeline=untagged), 500)
    assert_linear(lambda n: hb.story([sentence] * n, pipeline=untagged), 250)


@pytest.mark.parametrize(
    "unit",
    ["। " + " " * 50, "।" + " " * 50 + "इमेज", "(फोटो: ", "(फाइल ", "10:15 AM ", "<img alt='क' ", "ब्रेकिंग न्यूज़ "],
)
def test_credits_labels_times_and_tags_over_long_runs(untagged: hb.Pipeline, unit: str) -> None:
    # The photo credits, headline labels, entry times and HTML tags the cleaner removes read each run once.
    assert_linear(lambda n: untagged("शीर्षक\n\n" + unit * n + " वाक्य।"), 2_000)


@pytest.mark.parametrize("label", ["ब्रेकिंग", "लाइव", "breaking"])
@pytest.mark.parametrize("space", [" ", "\t"], ids=["space", "tab"])
def test_a_headline_label_then_a_long_run_of_spaces(untagged: hb.Pipeline, label: str, space: str) -> None:
    # The label rule reads the headline's line once: a label, a long run of spaces and no mark after it. The line
    # stays a headline of three words, so the rule runs at every size.
    def run(n: int) -> hb.Document:
        doc = untagged(label + space * n + "खबर यहाँ\n\nभारत ने मैच जीता। टीम खुश है।")
        assert doc.headline is not None
        return doc

    assert_linear(run, 20_000)


@pytest.mark.parametrize("unit", ["**क ", "[क](https://x.in/", "[" * 3, "# क\n", "- ](", "![क](/"])
def test_markdown_marks_over_long_runs(untagged: hb.Pipeline, unit: str) -> None:
    assert_linear(lambda n: untagged("# शीर्षक\n\n" + unit * n + " वाक्य।"), 2_000)


def test_many_acronyms_glossed_in_brackets() -> None:
    # Where an acronym is glossed in brackets, the phrase before the bracket is found by walking back over spaces
    # and quotation marks: sliced up to each bracket, the text was copied once per gloss (a review: 580,000
    # characters took 6 s in that step).
    from hindi_brief.rank.keyphrase.spellings import _glossed_at

    unit = "अनुसूचित जाति (एससी) के लोग। "
    texts = {n: unit * n for n in (500, 2000, 8000)}
    offsets = {n: [(i * len(unit) + 15, i * len(unit) + 19) for i in range(n)] for n in texts}
    assert texts[500][15:19] == "एससी"
    assert_linear(lambda n: _glossed_at(texts[n], offsets[n], lambda e: [("अनुसूचित", "जाति")], 2), 2000)


_LETTERS = "कखगघचछजझटठडढतथदधनपफबभमयरलवशसह"
_ACRONYMS = ["".join(t) for t in __import__("itertools").product("ABCDEFGHIJKLMNOPQRSTUVWXYZ", repeat=3)]


def _made_up_word(i: int, first: str | None = None) -> str:
    """A distinct made-up Devanagari word per ``i``."""
    k = len(_LETTERS)
    return (first or _LETTERS[i % k]) + "ा" + _LETTERS[(i // k) % k] + "ी" + _LETTERS[(i // k // k) % k] + "ा"


@pytest.mark.parametrize(
    "make",
    [
        # Many acronyms in brackets in a text of no phrase of two words: the index of phrase ends, empty, was built
        # again at every bracket (acronyms x candidates).
        lambda n: " ".join(f"{_made_up_word(i)} ({_ACRONYMS[i]}) है।" for i in range(n)),
        # Many distinct acronyms and phrases whose first words share a letter: each acronym was tried on every
        # such phrase (acronyms x phrases; 2,000 sentences took 30 s).
        lambda n: " ".join(
            f"{_made_up_word(i, 'स')} {_made_up_word(i + 7)} {_made_up_word(i + 13)} {_made_up_word(i + 29)} और "
            f"S{_ACRONYMS[i]} के लोग आए।"
            for i in range(n)
        ),
        # Many Hindi short forms in brackets after the names whose first syllables they are: each short form is tried
        # only on the phrases indexed under its syllables.
        lambda n: " ".join(
            f"{_made_up_word(i)} {_made_up_word(i + 5)} ({_made_up_word(i)[:2]}{_made_up_word(i + 5)[:2]}) के लोग आए।"
            for i in range(n)
        ),
    ],
    ids=["defined-in-brackets", "spelled-out", "hindi-short-forms"],
)
def test_many_distinct_acronyms(make: Callable[[int], str]) -> None:
    # Both found by a review (quadratic, in rank.keyphrase.spellings).
    nlp = hb.Pipeline()
    docs = {n: nlp(make(n)) for n in (250, 1000, 4000)}
    assert_linear(lambda n: make_keywords(docs[n]), 1000)


@pytest.mark.parametrize(
    "make",
    [lambda n: "a'" * (n // 2) + "क'ख", lambda n: "वह कल शाम गया। श्रीनगर में बारिश हुई। वह फिर गया। श्रीनगर में ठंड है। वह ग"
     + "\u200d" * n + "याश्रीनगर पहुंचा।"],
    ids=["quote-seam", "glued-word-with-joiners"],
)
def test_a_long_token_read_as_two_words(make: Callable[[int], str]) -> None:
    # Where a token is two words (a quotation mark or a lost space between them), every place of it was tried as the
    # seam, each normalising both sides: a token of 25,000 characters took 30 s (a review).
    nlp = hb.Pipeline()
    assert_linear(lambda n: make_keywords(nlp(make(n))), 6000)
