"""Pipeline: text in, Document out, with offsets that always point into the original text."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

import hindi_brief as hb
from hindi_brief import BatchError, Document, InvalidInputError, InvalidOptionError, Pipeline


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline(tagger="none")


def assert_offsets(doc: Document) -> None:
    parts = list(doc.sentences) + ([doc.headline] if doc.headline else [])
    for sent in parts:
        assert doc.text[sent.start:sent.end] == sent.text
        assert sent.text == sent.text.strip() and sent.text
        for tok in sent.tokens:
            assert doc.text[tok.start:tok.end] == tok.text
            assert sent.start <= tok.start < tok.end <= sent.end
    for r in doc.removed:
        assert doc.text[r.start:r.end] == r.text


def test_seed000_headline_body_and_no_boilerplate(nlp: Pipeline, seed000: str) -> None:
    doc = nlp(seed000)
    assert_offsets(doc)
    assert doc.text is seed000
    assert doc.headline.text.startswith("राजनाथ सिंह ने नए US रक्षा सचिव")
    assert doc.sentences[0].text.startswith("रक्षा मंत्रालय के अनुसार")
    assert doc.sentences[-1].text.endswith("आशय ज्ञापन (2018)।")
    body = " ".join(s.text for s in doc.sentences)
    for junk in ("Update", "GMT", "Tags", "Similar News", "-->", "New Delhi", "(एएनआई)"):
        assert junk not in body
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    assert doc.hindi_ratio > 0.95


def test_seed001_english_title_once(nlp: Pipeline, seed001: str) -> None:
    doc = nlp(seed001)
    assert_offsets(doc)
    title = "Rajnath Singh, US Defence Sec. Pete Hegseth Discuss Boosting Defence Cooperation"
    assert all(title not in s.text for s in doc.sentences)
    assert [r.reason for r in doc.removed if r.text == title] == ["english-title", "duplicate-line"]
    assert not any("Leave a Reply" in s.text or "©" in s.text for s in doc.sentences)
    # Paragraphs are counted from blank lines.
    assert doc.sentences[-1].paragraph > doc.sentences[0].paragraph


def test_a_bbc_style_page_loses_its_labels_and_notes(nlp: Pipeline, seed000: str) -> None:
    # The seed's body as BBC Hindi writes a page: no headline, full stops for dandas, a byline,
    # a photo credit and caption between the paragraphs and a note to readers at the end.
    # (Quotation marks left out: a quote the seed opens in one sentence and closes in the next
    # would open and close in two paragraphs here.)
    paragraphs = [s.text.replace("।", ".").replace(" .", ".").replace('"', "") for s in nlp(seed000).sentences]
    labels = ["इमेज स्रोत, Getty Images", "इमेज कैप्शन, राजनाथ सिंह (फ़ाइल फ़ोटो)"]
    page = "\n\n".join(
        ["लेखक, राहुल शर्मा", "पदनाम, बीबीसी संवाददाता", *paragraphs[:3], *labels, *paragraphs[3:], *labels,
         "(आप हमें फ़ेसबुक, ट्विटर और यूट्यूब पर फ़ॉलो भी कर सकते हैं.)"]
    )
    doc = nlp(page)
    assert_offsets(doc)
    assert doc.headline is None
    assert [s.text for s in doc.sentences] == paragraphs
    assert [r.reason for r in doc.removed] == ["byline", "byline", "caption", "caption", "caption", "caption", "social"]
    brief = hb.brief(doc)
    assert not any(word in k.text for k in brief.keywords for word in ("इमेज", "कैप्शन", "स्रोत", "फ़ॉलो"))


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        (None, "None"), (b"\xe0\xa4\xb9", "decode"), (42, "int"), (["पाठ"], "list.*pipe_briefs"),
        # A data frame's empty cell is NaN (pd.NA, or NaN in pandas 3's string columns), not None (a review).
        (float("nan"), "missing.*dropna"), (np.float64("nan"), "missing"), (Path("x.txt"), "Path.*read_text"),
    ],
)
def test_bad_input_gives_a_typed_error(nlp: Pipeline, bad: object, words: str) -> None:
    with pytest.raises(InvalidInputError, match=words):
        nlp(bad)  # type: ignore[arg-type]
    assert issubclass(InvalidInputError, hb.HindiBriefError)


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t\n"])
def test_empty_text_gives_an_empty_document(nlp: Pipeline, text: str) -> None:
    doc = nlp(text)
    assert doc.is_empty and doc.sentences == () and doc.headline is None and doc.hindi_ratio == 0.0


def test_boilerplate_only_text_is_empty_but_records_removals(nlp: Pipeline) -> None:
    doc = nlp("Tags: क, ख\nSimilar News\n© 2025 News")
    # No content line comes first, so each footer marker is removed as a line of its own.
    assert doc.is_empty and [r.reason for r in doc.removed] == ["footer", "footer", "copyright"]


def test_options_are_validated_and_shown_in_repr() -> None:
    with pytest.raises(InvalidOptionError, match="tagger"):
        Pipeline(tagger="spacy")
    with pytest.raises(InvalidOptionError, match="headline"):
        Pipeline(tagger="none", headline="yes")
    with pytest.raises(InvalidOptionError, match="clean"):
        Pipeline(tagger="none", clean=1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Pipeline("none")  # type: ignore[misc]  # keyword-only
    assert repr(Pipeline(tagger="none", headline="none")) == "Pipeline(tagger='none', headline='none', clean=True)"


def test_options_assigned_later_are_checked_as_the_constructor_checks_them(seed000: str) -> None:
    # They were plain attributes: a mistyped headline mode acted as "auto", clean="no" kept cleaning, a bad
    # max_chars failed at the next call with a bare TypeError, and unknown tagger options were ignored, while
    # worker processes, which rebuild the pipeline from its options, refused to start.
    nlp = Pipeline(tagger="none")
    for name, bad in (("headline", "None"), ("clean", "no"), ("max_chars", "x"), ("max_chars", 0), ("tagger_options", {"bogus": 1})):
        with pytest.raises(InvalidOptionError, match=name.split("_")[0]):
            setattr(nlp, name, bad)
    assert repr(nlp) == "Pipeline(tagger='none', headline='auto', clean=True)"  # nothing taken
    nlp.headline, nlp.clean, nlp.max_chars = "none", False, None
    assert repr(nlp) == "Pipeline(tagger='none', headline='none', clean=False, max_chars=None)"
    assert nlp(seed000) == Pipeline(tagger="none", headline="none", clean=False, max_chars=None)(seed000)
    nlp.max_chars = 10
    with pytest.raises(InvalidInputError, match="max_chars=10"):
        nlp(seed000)


def test_set_params_changes_a_tagger_and_its_options_together(seed000: str) -> None:
    # One at a time, a pipeline with tagger options could not take a tagger without them: the old options did not
    # suit it, and clearing them first reloaded the old tagger (a review).
    nlp = Pipeline(tagger="embedded", tagger_options={"type_cache": 100})
    with pytest.raises(InvalidOptionError, match=r"takes no options.*set_params\(tagger=\.\.\., tagger_options=\.\.\.\)"):
        nlp.tagger = "none"
    assert nlp.set_params(tagger="none", tagger_options=None, headline="none") is nlp
    assert nlp.get_params() == Pipeline(tagger="none", headline="none").get_params() and nlp.tagger_component is None
    assert nlp(seed000) == Pipeline(tagger="none", headline="none")(seed000)
    for bad in ({"headline": "yes"}, {"colour": 1}):
        with pytest.raises(InvalidOptionError):
            nlp.set_params(**bad)
    assert nlp.get_params()["headline"] == "none"  # nothing taken from a refused call
    assert Pipeline(**nlp.get_params()).get_params() == nlp.get_params()
    # Only the options given are assigned: it wrote every option back, undoing another thread's assignment between.
    nlp.max_chars = 1234
    nlp.set_params(headline="auto")
    assert (nlp.headline, nlp.max_chars) == ("auto", 1234)
    options = Pipeline(tagger="embedded", tagger_options={"type_cache": 100}).get_params()
    options["tagger_options"]["type_cache"] = -1  # a copy: no pipeline's options change unchecked


def test_the_caller_changing_the_options_dict_later_changes_no_pipeline() -> None:
    # An API review: the dict was kept by reference, so repr, pickled copies and worker processes went by options
    # this process had not loaded its tagger with.
    import pickle

    given = {"type_cache": 100}
    nlp = Pipeline(tagger="embedded", tagger_options=given)
    given["type_cache"] = -1
    nlp.tagger_options["type_cache"] = -2
    assert nlp.tagger_options == {"type_cache": 100} and "type_cache': 100" in repr(nlp)
    assert pickle.loads(pickle.dumps(nlp)).tagger_options == {"type_cache": 100}
    later = {"type_cache": 50}
    nlp.tagger_options = later
    later["type_cache"] = -1
    assert nlp.get_params()["tagger_options"] == {"type_cache": 50}


def test_headline_modes(seed000: str) -> None:
    assert Pipeline(tagger="none", headline="none")(seed000).headline is None
    text = "पहली पंक्ति एक पूरा वाक्य है।\nदूसरी पंक्ति।"
    assert Pipeline(tagger="none")(text).headline is None
    assert Pipeline(tagger="none", headline="first-line")(text).headline.text == "पहली पंक्ति एक पूरा वाक्य है।"


def test_clean_false_keeps_everything(seed000: str) -> None:
    doc = Pipeline(tagger="none", clean=False)(seed000)
    assert doc.removed == () and any("Similar News" in s.text for s in doc.sentences)


def test_pipe_keeps_order_and_error_policies(nlp: Pipeline, seed_texts: list[str]) -> None:
    texts = [seed_texts[0], None, "एक वाक्य।", b"bytes", seed_texts[1]]
    collected = list(nlp.pipe(texts, errors="collect", batch_size=2))
    assert [type(x).__name__ for x in collected] == ["Document", "BatchError", "Document", "BatchError", "Document"]
    assert [x.index for x in collected if isinstance(x, BatchError)] == [1, 3]
    assert collected[0] == nlp(seed_texts[0])
    skipped = list(nlp.pipe(texts, errors="skip"))
    assert len(skipped) == 3 and skipped[2].text == seed_texts[1]
    with pytest.raises(InvalidInputError):
        list(nlp.pipe(texts))
    with pytest.raises(InvalidOptionError):
        list(nlp.pipe(texts, errors="ignore"))
    with pytest.raises(InvalidInputError):
        list(nlp.pipe("one string"))


def test_multiprocess_pipe_equals_serial(nlp: Pipeline, seed_texts: list[str]) -> None:
    texts = seed_texts * 3 + ["", None]
    serial = list(nlp.pipe(texts, errors="collect", batch_size=2))
    parallel = list(nlp.pipe(texts, errors="collect", batch_size=2, n_process=2))
    assert parallel == serial


def test_document_to_dict_round_trips_through_json(nlp: Pipeline, seed001: str) -> None:
    doc = nlp(seed001)
    data = json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))
    assert data["headline"]["text"] == doc.headline.text
    assert [s["text"] for s in data["sentences"]] == [s.text for s in doc.sentences]
    assert data["removed"][0]["reason"] == "english-title"


def test_tag_takes_drafts_and_says_so_otherwise() -> None:
    # tag(None) returned [] and tag([str]) raised AttributeError (a review of the API's contracts).
    nlp = Pipeline(tagger="none")
    for bad in (None, ["एक वाक्य।"], (nlp.draft("एक वाक्य।"),)):
        with pytest.raises(InvalidInputError, match="Pipeline.tag takes a list of Draft objects"):
            nlp.tag(bad)  # type: ignore[arg-type]
    assert nlp.tag([nlp.draft("एक वाक्य।")]) == [nlp("एक वाक्य।")] and nlp.tag([]) == []
