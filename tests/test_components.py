"""Pipeline components and batches: custom taggers everywhere, contexts through batches."""

from __future__ import annotations

import re

import pytest

import hindi_brief as hb

from custom_taggers import FlawedTagger, ShoutingTagger, UnpicklableTagger

TEXTS = [
    "शीर्षक यहाँ है\n\nभारत और अमेरिका ने रक्षा सहयोग पर बात की। दोनों देशों ने समझौता किया।",
    "",
    "बारिश से दिल्ली की सड़कों पर पानी भर गया। लोग परेशान रहे।",
]


@pytest.mark.parametrize("n_process", [1, 2])
def test_a_custom_tagger_is_used_in_this_process_and_in_workers(n_process):
    nlp = hb.Pipeline(tagger=ShoutingTagger())
    assert nlp.tagger_name == "shouting" and "ShoutingTagger" in repr(nlp)
    docs = list(nlp.pipe(TEXTS, n_process=n_process, batch_size=1))
    assert [d.tagger for d in docs] == ["shouting"] * 3
    tokens = [t for d in docs for t in d.tokens]
    assert tokens and all(t.pos == "X" and t.lemma == t.norm.upper() for t in tokens)


def test_a_tagger_assigned_later_reaches_the_workers_and_the_repr():
    nlp = hb.Pipeline(tagger="none")
    nlp.tagger = ShoutingTagger()
    assert "ShoutingTagger" in repr(nlp)
    docs = list(nlp.pipe(TEXTS[:1], n_process=2))
    assert docs[0].tagger == "shouting"


def test_taggers_that_cannot_work_are_refused_at_the_call():
    with pytest.raises(hb.InvalidOptionError, match="Tagger protocol"):
        hb.Pipeline(tagger=object())
    with pytest.raises(hb.InvalidOptionError, match="tagger_options"):
        hb.Pipeline(tagger=ShoutingTagger(), tagger_options={"model_dir": "x"})
    nlp = hb.Pipeline(tagger=UnpicklableTagger())
    assert nlp("भारत ने बात की।").tagger == "unpicklable"  # fine in this process
    with pytest.raises(hb.InvalidOptionError, match="does not pickle"):
        nlp.pipe(TEXTS, n_process=2)  # refused at the call, before any worker starts


GOOD = "प्रधानमंत्री ने आज संसद में भाषण दिया। विपक्ष ने विरोध किया।"
BAD = "दिल्ली के बाज़ार में विस्फोट हुआ। पुलिस मामले की जाँच कर रही है।"  # its first sentence trips FlawedTagger
#: What the TaggerError says for each flaw of FlawedTagger on BAD.
FLAW_MESSAGES = {
    "raises": "raised RuntimeError: boom",
    "short row": "returned 6 tags for a sentence of 7 tokens ('दिल्ली के बाज़ार में विस्फोट हुआ ।')",
    "missing row": "returned 1 row for 2 sentences",
    "not pairs": "returned a row that is not (upos, lemma) pairs: ['X', 'X'",
    "not a UPOS tag": "returned the tag 'NN'; map its tags to Universal POS tags",
}


@pytest.mark.parametrize("flaw", FlawedTagger.FLAWS)
def test_a_flawed_tagger_is_a_tagger_error_that_names_it(flaw):
    nlp = hb.Pipeline(tagger=FlawedTagger(flaw))
    doc = nlp(GOOD)
    assert doc.tagger == "flawed" and [t.text for t in doc.sentences[0].tokens][-1] == "।"
    for call in (nlp, lambda text: hb.brief(text, pipeline=nlp)):
        with pytest.raises(hb.TaggerError, match="^tagger 'flawed' .*" + re.escape(FLAW_MESSAGES[flaw])) as caught:
            call(BAD)
        if flaw == "raises":
            assert isinstance(caught.value.__cause__, RuntimeError)


# In worker processes, one flaw of each kind (raises, miscounts) is enough.
@pytest.mark.parametrize(
    ("flaw", "n_process"), [(flaw, 1) for flaw in FlawedTagger.FLAWS] + [("raises", 2), ("missing row", 2)]
)
def test_a_flawed_tagger_costs_a_batch_only_the_texts_it_fails_on(flaw, n_process):
    nlp = hb.Pipeline(tagger=FlawedTagger(flaw))
    texts = [GOOD, BAD, TEXTS[2], BAD]
    # One batch: the tagger call for all four fails, and they are tagged again one by one.
    out = list(nlp.pipe_briefs(texts, errors="collect", batch_size=4, n_process=n_process))
    assert [type(x).__name__ for x in out] == ["Brief", "BatchError", "Brief", "BatchError"]
    assert [(e.index, e.error) for e in out[1::2]] == [(1, "TaggerError"), (3, "TaggerError")]
    assert FLAW_MESSAGES[flaw] in out[1].message
    assert out[0] == nlp.brief(GOOD) and out[2] == nlp.brief(TEXTS[2])
    assert [d.text for d in nlp.pipe(texts, errors="skip", batch_size=2, n_process=n_process)] == [GOOD, TEXTS[2]]
    docs = nlp.pipe(texts, batch_size=1, n_process=n_process)  # errors="raise": the good text before it, then the error
    assert next(docs).text == GOOD
    with pytest.raises(hb.TaggerError, match="^tagger 'flawed' "):
        next(docs)


def test_constructor_arguments_are_kept_as_given():
    nlp = hb.Pipeline(tagger="none", headline="first-line", clean=False)
    assert (nlp.tagger, nlp.tagger_options, nlp.headline, nlp.clean) == ("none", None, "first-line", False)
    assert repr(nlp) == "Pipeline(tagger='none', headline='first-line', clean=False)"


@pytest.mark.parametrize("n_process", [1, 2])
@pytest.mark.parametrize("errors", ["skip", "collect"])
def test_contexts_travel_with_their_texts(n_process, errors):
    nlp = hb.Pipeline(tagger="none")
    # Contexts stay in this process: a lambda (which cannot pickle) is fine with workers too.
    records = [(TEXTS[0], {"id": 7}), (None, "bad"), (TEXTS[2], lambda: "x"), ("not a pair",), (TEXTS[1], 9)]
    out = list(nlp.pipe(records, as_tuples=True, errors=errors, n_process=n_process, batch_size=2))
    contexts = [c for _, c in out]
    if errors == "skip":
        assert [c if not callable(c) else "fn" for c in contexts] == [{"id": 7}, "fn", 9]
    else:
        assert [type(d).__name__ for d, _ in out] == ["Document", "BatchError", "Document", "BatchError", "Document"]
        assert contexts[1] == "bad" and contexts[3] is None
        assert "(text, context) pair" in out[3][0].message
    briefs = list(nlp.pipe_briefs(records[:1] + records[4:], as_tuples=True, n_process=n_process, sentences=1))
    assert [c for _, c in briefs] == [{"id": 7}, 9]
    assert briefs[0][0].summary.text == hb.brief(TEXTS[0], sentences=1, pipeline=nlp).summary.text


def test_any_two_item_sequence_is_a_pair(seed_texts):
    # df[["Article", "Id"]].values.tolist() gives lists, itertuples named tuples, .values numpy rows.
    np = pytest.importorskip("numpy")
    from collections import namedtuple

    nlp = hb.Pipeline(tagger="none")
    Row = namedtuple("Row", "text id")
    pairs = [[seed_texts[0], 1], Row(seed_texts[1], 2), np.array([seed_texts[0], "3"], dtype=object), (seed_texts[1], 4)]
    bad = [[seed_texts[0], 5, 6], {seed_texts[0]: 7, "x": 8}, "ab", [seed_texts[1]]]
    out = list(nlp.pipe_briefs(pairs + bad, as_tuples=True, errors="collect", sentences=1))
    expected = [hb.brief(t, sentences=1, pipeline=nlp).summary.text for t in seed_texts]
    assert [(b.summary.text, c) for b, c in out[:4]] == [(expected[0], 1), (expected[1], 2), (expected[0], "3"), (expected[1], 4)]
    assert [(type(b).__name__, c) for b, c in out[4:]] == [("BatchError", None)] * 4
    assert "got list of 3 items" in out[4][0].message and "got dict" in out[5][0].message
    assert "got str" in out[6][0].message and "got list of 1 item" in out[7][0].message


def test_as_tuples_must_be_a_bool():
    with pytest.raises(hb.InvalidOptionError, match="as_tuples"):
        hb.Pipeline(tagger="none").pipe([], as_tuples="yes")


def test_the_headline_rule_is_the_same_with_and_without_cleaning():
    text = "दिल्ली में भारी बारिश\n\nदिल्ली में आज भारी बारिश हुई। सड़कों पर पानी भर गया।"
    for clean in (True, False):
        doc = hb.Pipeline(tagger="none", clean=clean)(text)
        assert doc.headline is not None and doc.headline.text == "दिल्ली में भारी बारिश", clean
        assert [s.text for s in doc.sentences] == ["दिल्ली में आज भारी बारिश हुई।", "सड़कों पर पानी भर गया।"]
