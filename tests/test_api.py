"""The one-line API (hb.summarize / keywords / brief), Brief serialisation, option validation, batches."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from hindi_brief.resources import models_dir

import pytest

import hindi_brief as hb
from hindi_brief.rank import check_brief_options, make_brief


@pytest.fixture(scope="module")
def nlp() -> hb.Pipeline:
    return hb.Pipeline(tagger="none")


def test_one_line_functions_with_a_given_pipeline(nlp, seed000):
    summary = hb.summarize(seed000, sentences=2, pipeline=nlp)
    assert isinstance(summary, hb.Summary) and len(summary) == 2
    kws = hb.keywords(seed000, top=4, pipeline=nlp)
    assert len(kws) == 4 and all(isinstance(k, hb.Keyword) for k in kws)
    brief = hb.brief(seed000, sentences=2, top=4, pipeline=nlp)
    assert isinstance(brief, hb.Brief)
    assert brief.summary == summary and brief.keywords == kws
    assert brief.document.headline is not None
    # A processed Document is accepted as well as a string.
    assert hb.summarize(nlp(seed000), sentences=2, pipeline=nlp) == summary


def test_ratio_and_max_words_through_the_api(nlp, seed000):
    assert len(hb.summarize(seed000, ratio=0.2, pipeline=nlp)) == 3  # 15 body sentences
    assert hb.summarize(seed000, max_words=40, pipeline=nlp).words <= 40


def test_default_pipeline_is_created_once_across_threads():
    # A fresh process, so the default pipeline does not exist yet when eight threads ask for it at once.
    code = '''
import threading, hindi_brief as hb
from hindi_brief.api import default_pipeline
text = "शीर्षक\\n\\nभारत और अमेरिका ने रक्षा सहयोग पर लंबी बातचीत की। दोनों देशों ने नए समझौते पर हस्ताक्षर किए।"
start, got, sizes = threading.Barrier(8), [], []
def work():
    start.wait()
    sizes.append(len(hb.summarize(text, sentences=1)))
    got.append(default_pipeline())
threads = [threading.Thread(target=work) for _ in range(8)]
[t.start() for t in threads]; [t.join() for t in threads]
print(len({id(p) for p in got}), sizes)
'''
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split(None, 1) == ["1", "[1, 1, 1, 1, 1, 1, 1, 1]\n"]


@pytest.mark.parametrize(
    "options, message",
    [
        (dict(sentences=0), "sentences"),
        (dict(sentences=True), "sentences"),
        (dict(sentences=2.0), "sentences"),
        (dict(ratio=0), "ratio"),
        (dict(ratio=1.5), "ratio"),
        (dict(ratio=float("nan")), "ratio"),
        (dict(ratio=True), "ratio"),
        (dict(ratio="0.2"), "ratio"),
        (dict(max_words=0), "max_words"),
        (dict(max_words=False), "max_words"),
        (dict(top=0), "top"),
        (dict(top=True), "top"),
        (dict(top=None), "top"),
        (dict(sentences=2, ratio=0.5), "only one"),
        (dict(sentences=2, max_words=50), "only one"),
    ],
)
def test_invalid_options_raise_clear_errors(nlp, seed000, options, message):
    with pytest.raises(hb.InvalidOptionError, match=message):
        check_brief_options(**{"top": 10, **options})
    with pytest.raises(hb.InvalidOptionError, match=message):
        hb.brief(seed000, pipeline=nlp, **options)
    with pytest.raises(hb.InvalidOptionError, match=message):
        nlp.brief(seed000, **options)
    with pytest.raises(hb.InvalidOptionError, match=message):
        list(nlp.pipe_briefs([seed000], **options))


def test_numpy_and_other_numbers_are_options_like_python_ones(nlp, seed000, seed001):
    # A count read from a DataFrame is a numpy.int64: it was refused as "got int64 np.int64(2)" (found by a review).
    from fractions import Fraction

    import numpy as np

    def same(a, b):
        return a.to_dict() == b.to_dict()

    assert same(hb.summarize(seed000, sentences=np.int64(2), pipeline=nlp), hb.summarize(seed000, sentences=2, pipeline=nlp))
    assert same(hb.summarize(seed000, ratio=np.float32(0.5), pipeline=nlp),
                hb.summarize(seed000, ratio=float(np.float32(0.5)), pipeline=nlp))
    assert same(hb.summarize(seed000, ratio=Fraction(1, 5), pipeline=nlp), hb.summarize(seed000, ratio=0.2, pipeline=nlp))
    assert same(hb.brief(seed000, max_words=np.int32(40), top=np.uint8(3), pipeline=nlp),
                hb.brief(seed000, max_words=40, top=3, pipeline=nlp))
    assert [b.to_dict() for b in nlp.pipe_briefs([seed000, seed001], sentences=np.int16(1), batch_size=np.int64(1))] == \
        [b.to_dict() for b in nlp.pipe_briefs([seed000, seed001], sentences=1)]
    nlp.pipe([], n_process=np.int64(2), timeout=np.float32(30))  # checked at the call; nothing to run
    story = hb.story([seed000, seed001], sentences=np.int64(2), top=np.int64(4), pipeline=nlp)
    assert len(story.summary) <= 2 and len(story.keywords) == 4
    assert hb.group([seed000, seed001], threshold=Fraction(1, 2)) == hb.group([seed000, seed001], threshold=0.5)
    # They come back as plain Python numbers, so none travels on into results or worker processes.
    checked = check_brief_options(sentences=np.int64(2), top=np.uint8(3))
    assert checked == {"sentences": 2, "ratio": None, "max_words": None, "top": 3}
    assert type(checked["sentences"]) is int and type(checked["top"]) is int
    assert type(check_brief_options(ratio=np.float32(0.25))["ratio"]) is float
    limited = hb.Pipeline(tagger="none", max_chars=np.int64(5000))
    assert type(limited.max_chars) is int and "np." not in repr(limited)
    # A bool, a float for a count (even 2.0), a string or a number out of range is still refused.
    for options in (dict(sentences=np.float64(2.0)), dict(sentences=np.bool_(True)), dict(top=np.bool_(True)),
                    dict(sentences="2"), dict(ratio=np.float32("nan")), dict(ratio=Fraction(3, 2)), dict(ratio=10**400),
                    dict(sentences=np.int64(0))):
        with pytest.raises(hb.InvalidOptionError, match=next(iter(options))):
            hb.brief(seed000, pipeline=nlp, **options)


def test_options_are_keyword_only_and_pipeline_must_be_a_pipeline(nlp, seed000):
    with pytest.raises(TypeError):
        hb.summarize(seed000, 3)  # type: ignore[misc]
    with pytest.raises(hb.InvalidOptionError, match="pipeline"):
        hb.keywords(seed000, pipeline="none")  # type: ignore[arg-type]
    with pytest.raises(hb.InvalidInputError):
        hb.summarize(None, pipeline=nlp)  # type: ignore[arg-type]


def test_empty_text_gives_empty_results(nlp):
    brief = hb.brief("", pipeline=nlp)
    assert len(brief.summary) == 0 and brief.keywords == ()
    assert brief.to_dict() == {
        "headline": None,
        "summary": {"text": "", "sentences": []},
        "keywords": [],
        "tagger": None,
        "hindi_ratio": 0.0,
    }


def test_brief_to_dict_round_trips_through_json_and_is_deterministic(nlp, seed000, seed001):
    for text in (seed000, seed001):
        a = make_brief(nlp(text), sentences=3, top=8)
        b = make_brief(nlp(text), sentences=3, top=8)
        da, db = a.to_dict(), b.to_dict()
        sa = json.dumps(da, ensure_ascii=False)
        assert sa == json.dumps(db, ensure_ascii=False)
        assert json.loads(sa) == da
        assert list(da) == ["headline", "summary", "keywords", "tagger", "hindi_ratio"]
        assert da["summary"]["text"] == str(a.summary)
        for row, sent in zip(da["summary"]["sentences"], a.summary.sentences):
            assert text[row["start"] : row["end"]] == row["text"] == sent.text
            assert row["score"] == round(row["score"], 6)
        for k in da["keywords"]:
            assert all(text[s:e] for s, e in k["offsets"])
        full = a.to_dict(document=True)
        assert json.loads(json.dumps(full, ensure_ascii=False)) == full
        assert full["document"]["text"] == text


def test_brief_repr_is_short(nlp, seed000):
    r = repr(make_brief(nlp(seed000)))
    assert r.startswith("Brief(") and len(r) < 300


def test_pipe_briefs_keeps_order_and_collects_errors(nlp, seed000, seed001):
    texts = [seed000, None, seed001, b"bytes", ""]
    out = list(nlp.pipe_briefs(texts, batch_size=2, errors="collect", sentences=2, top=3))
    assert len(out) == 5
    assert isinstance(out[0], hb.Brief) and out[0].document.text == seed000
    assert isinstance(out[1], hb.BatchError) and out[1].index == 1 and out[1].error == "InvalidInputError"
    assert isinstance(out[2], hb.Brief) and out[2].document.text == seed001
    assert isinstance(out[3], hb.BatchError) and out[3].index == 3
    assert isinstance(out[4], hb.Brief) and len(out[4].summary) == 0
    single = nlp.brief(seed001, sentences=2, top=3)
    assert out[2].to_dict() == single.to_dict()
    skipped = list(nlp.pipe_briefs(texts, errors="skip", sentences=2, top=3))
    assert [b.document.text for b in skipped] == [seed000, seed001, ""]


@pytest.mark.parametrize("content", [None, "{not json", '{"format": 1, "tables": {}}', '{"format": 99}'])
def test_missing_or_damaged_document_frequencies_are_a_model_error(tmp_path, monkeypatch, nlp, seed000, content):
    # A models folder of the user's own (no manifest): the shipped files, but this df file.
    shutil.copytree(models_dir(), tmp_path / "models")
    (tmp_path / "models" / "MANIFEST.json").unlink()
    (tmp_path / "models" / "df" / "df.json").unlink()
    if content is not None:
        (tmp_path / "models" / "df" / "df.json").write_text(content, encoding="utf-8")
    monkeypatch.setenv("HINDI_BRIEF_MODELS", str(tmp_path / "models"))
    with pytest.raises(hb.ModelError, match=r"df[/\\]df\.json") as info:
        hb.summarize(seed000, pipeline=nlp)
    assert "models/df" in str(info.value) or "reinstall" in str(info.value)


def test_keyword_key_counts_a_keyphrase_once_however_articles_spell_it() -> None:
    # Across a corpus, "नरेंद्र मोदी" and "नरेन्द्र मोदी" were two keywords with two lemmas (a notebook review).
    import collections

    nlp = hb.Pipeline()
    texts = [
        "नरेंद्र मोदी ने कानून पर भाषण दिया। नरेंद्र मोदी ने कहा कि कानून सख्त होगा।",
        "नरेन्द्र मोदी ने क़ानून पर भाषण दिया। नरेन्द्र मोदी ने कहा कि क़ानून सख्त होगा।",
    ]
    briefs = list(nlp.pipe_briefs(texts))
    counts = collections.Counter(hb.keyword_key(k) for b in briefs for k in b.keywords)
    by_lemma = collections.Counter(k.lemma for b in briefs for k in b.keywords)
    assert len(by_lemma) > len(counts) and max(counts.values()) == 2
    story = hb.story(texts, pipeline=nlp)
    assert {hb.keyword_key(k) for k in story.keywords} <= set(counts)
    with pytest.raises(hb.InvalidInputError, match="keyword_key takes a Keyword"):
        hb.keyword_key("नरेंद्र मोदी")
