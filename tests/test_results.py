"""Result objects read well: scored sentences, printable briefs, keyword tables, real round trips."""

from __future__ import annotations

import inspect
import json

import pytest

import hindi_brief as hb
from hindi_brief.serialize import JSONMixin


@pytest.fixture(scope="module")
def nlp() -> hb.Pipeline:
    return hb.Pipeline()


def test_each_summary_sentence_carries_its_score_and_rank(nlp, seed000):
    summary = hb.summarize(seed000, sentences=3, pipeline=nlp)
    doc = nlp(seed000)
    for s in summary:
        assert isinstance(s, hb.ScoredSentence)
        assert doc.sentences[s.index] == s.sentence and s.text == s.sentence.text
        assert seed000[s.start : s.end] == s.text
    best = summary.by_rank()
    assert [s.rank for s in best] == sorted(s.rank for s in summary)
    assert [s.score for s in best] == sorted((s.score for s in summary), reverse=True)
    assert summary[0] is summary.sentences[0]


def test_print_brief_shows_headline_summary_and_keywords(nlp, seed000):
    brief = hb.brief(seed000, sentences=2, top=4, pipeline=nlp)
    text = str(brief)
    assert text.splitlines()[0] == brief.document.headline.text
    assert brief.summary.text in text
    assert "कीवर्ड: " + ", ".join(k.text for k in brief.keywords) in text
    assert "Brief(" not in text and "Keyword(" not in text


def test_keywords_function_returns_the_same_kind_as_brief_keywords(nlp, seed000):
    kws = hb.keywords(seed000, top=5, pipeline=nlp)
    assert isinstance(kws, hb.Keywords) and type(kws) is type(hb.brief(seed000, pipeline=nlp).keywords)
    assert kws.texts == [k.text for k in kws]
    html = kws._repr_html_()
    assert all(k.text in html for k in kws) and "<table" in html
    assert json.loads(kws.to_json()) == [k.to_dict() for k in kws]
    pd = pytest.importorskip("pandas")
    frame = kws.to_dataframe()
    assert isinstance(frame, pd.DataFrame) and list(frame["text"]) == kws.texts
    assert list(frame.columns) == list(kws[0].to_dict())  # every field, the surface variants included
    assert [tuple(v) for v in frame["variants"]] == [k.variants for k in kws]
    # An empty list gave a frame of object columns, and a corpus of per-article frames concatenated with it had an
    # object score column (groupby(...).score.mean() gave objects): the dtypes no longer follow the rows.
    corpus = pd.concat([frame, hb.keywords("", pipeline=nlp).to_dataframe()])
    assert corpus.dtypes.equals(frame.dtypes) and str(frame.dtypes["score"]) == "float64"
    assert str(frame.dtypes["text"]) == "string" and str(frame.dtypes["count"]) == "int64"


def test_a_slice_of_keywords_is_keywords(nlp, seed000):
    kws = hb.keywords(seed000, top=5, pipeline=nlp)
    top3 = kws[:3]
    assert isinstance(top3, hb.Keywords) and top3.texts == kws.texts[:3]
    assert "<table" in top3._repr_html_() and json.loads(top3.to_json()) == kws.to_dict()[:3]
    assert isinstance(kws[0], hb.Keyword) and kws[-1].text == kws.texts[-1]
    assert kws[::-1].texts == kws.texts[::-1] and kws[:3] == tuple(kws)[:3]


def test_every_result_has_to_dict_and_to_json(nlp, seed_texts):
    brief = hb.brief(seed_texts[0], pipeline=nlp)
    story = hb.story(seed_texts, pipeline=nlp)
    error = hb.BatchError(index=3, error="InvalidInputError", message="text is None")
    objects = [brief, brief.summary, brief.summary[0], brief.keywords[0], brief.document,
               brief.document.sentences[0], brief.document.sentences[0].tokens[0], story, error]
    for obj in objects:
        assert json.loads(obj.to_json()) == json.loads(json.dumps(obj.to_dict())), type(obj).__name__
        assert "\\u09" not in obj.to_json()  # Devanagari stays readable


def test_to_json_of_a_text_with_a_lone_surrogate_is_utf8(nlp):
    # The API takes a str with half a UTF-16 pair (a cut emoji); written as itself, to_json() gave text that no
    # UTF-8 file or terminal takes. Escaped, it reads back to the same string.
    brief = hb.brief("भारत ने मैच जीता\ud83d। टीम ने अच्छा खेल दिखाया और सबने तारीफ की।", pipeline=nlp)
    text = brief.to_json(document=True)
    text.encode("utf-8")
    assert json.loads(text) == brief.to_dict(document=True) and "भारत" in text


def test_to_json_takes_the_options_of_to_dict(nlp, seed_texts):
    # brief.to_json(document=True) handed document= to json.dumps: a raw TypeError (found by a review).
    brief = hb.brief(seed_texts[0], pipeline=nlp)
    with_doc = json.loads(brief.to_json(document=True, indent=2))
    assert with_doc == json.loads(json.dumps(brief.to_dict(document=True)))
    assert "राजनाथ" in with_doc["document"]["text"]
    assert json.loads(brief.document.to_json(tokens=False)) == brief.document.to_dict(tokens=False)
    sentence = brief.document.sentences[0]
    assert "tokens" not in json.loads(sentence.to_json(tokens=False, sort_keys=True))
    with pytest.raises(hb.InvalidOptionError, match="'documnet'.*document"):
        brief.to_json(documnet=True)
    with pytest.raises(hb.InvalidOptionError, match="Summary.to_json.*'document'"):
        brief.summary.to_json(document=True)
    # Every option of a to_dict can reach it: none has the name of a json.dumps one.
    dumps = set(inspect.signature(json.dumps).parameters)

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    found = list(subclasses(JSONMixin))
    assert {hb.Brief, hb.Document, hb.Summary, hb.StoryBrief} <= set(found)
    for cls in found:
        options = set(inspect.signature(cls.to_dict).parameters) - {"self"}
        assert not options & dumps, cls.__name__


def test_document_round_trips_through_json(nlp, seed_texts):
    for text in seed_texts + ["", "शीर्षक\n\nपहला वाक्य है। दूसरा वाक्य है।"]:
        doc = nlp(text)
        back = hb.Document.from_dict(json.loads(doc.to_json()))
        assert back == doc
        assert [t.lemma for t in back.tokens] == [t.lemma for t in doc.tokens]
        # The rebuilt document briefs exactly like the original.
        assert hb.brief(back).to_dict() == hb.brief(doc).to_dict()


def test_a_document_saved_without_tokens_is_refused_by_the_tasks(nlp, seed000):
    # Brief.to_dict(document=True) writes the document without tokens; briefing it again gave an
    # empty summary and no keywords.
    doc = hb.Document.from_dict(hb.brief(nlp(seed000)).to_dict(document=True)["document"])
    assert doc.sentences and not doc.tokens
    for task in (hb.brief, hb.summarize, hb.keywords):
        with pytest.raises(hb.InvalidInputError, match="no tokens"):
            task(doc)
    assert hb.brief(doc.text, pipeline=nlp).to_dict() == hb.brief(nlp(seed000)).to_dict()


def test_document_from_dict_rejects_what_is_not_a_document(nlp, seed000):
    data = nlp(seed000).to_dict()
    data["sentences"][0]["start"] += 1
    with pytest.raises(hb.InvalidInputError, match="does not match the text"):
        hb.Document.from_dict(data)
    with pytest.raises(hb.InvalidInputError, match="not a Document dict"):
        hb.Document.from_dict({"sentences": []})


def test_results_built_by_hand_are_checked_at_the_call(nlp, seed000):
    # Keywords([1, "x"]) and Brief("a", "b") were made, and failed only when shown (repr, str).
    with pytest.raises(hb.InvalidInputError, match="item 0 is int"):
        hb.Keywords([1, "x"])
    with pytest.raises(hb.InvalidInputError, match="Brief takes a Document and a Summary, got str and str"):
        hb.Brief("a", "b")
    brief = hb.brief(seed000, pipeline=nlp)
    joined = brief.keywords[:2] + brief.keywords[2:4]
    assert isinstance(joined, hb.Keywords) and joined.texts == brief.keywords.texts[:4]
    assert hb.Brief(brief.document, brief.summary, list(brief.keywords)) == brief
    # The to_dict flags acted on any value's truth (document="no" wrote the document).
    for call in (lambda: brief.to_dict(document="no"), lambda: brief.to_json(document=1), lambda: brief.document.to_dict(tokens=0)):
        with pytest.raises(hb.InvalidOptionError, match="must be True or False"):
            call()
    np = pytest.importorskip("numpy")  # a data frame's cell gives numpy's bool, which is a bool
    assert brief.to_dict(document=np.True_) == brief.to_dict(document=True)
    assert brief.document.to_dict(tokens=np.False_) == brief.document.to_dict(tokens=False)
