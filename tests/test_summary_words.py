"""The summary word weights: fitted to tell a text's best single sentence from its others, shipped with the ranker."""

from types import SimpleNamespace

import numpy as np
import pytest

import hindi_brief as hb
from hindi_brief.rank.features import FEATURES, sentence_features
from hindi_brief.rank.headline_words import word_sets
from hindi_brief.rank.summary_words import SummaryWords, load_summary_words


@pytest.fixture(scope="module")
def nlp() -> hb.Pipeline:
    return hb.Pipeline(tagger="none")


def test_a_sentence_scores_its_words_weights_over_the_root_of_their_number():
    weights = SummaryWords({"मौत": 2.0, "बाढ़": 1.0, "बताया": -1.0})
    assert weights.score({"मौत", "बाढ़", "असम", "में"}) == pytest.approx(3.0 / 2.0)
    assert weights.score({"बताया", "उन्होंने"}) == pytest.approx(-1.0 / np.sqrt(2))
    assert weights.score(set()) == 0.0
    # Inside a text the scores are shifted and scaled to [0, 1]; equal scores are all 0.
    scores = weights.scores([{"बताया"}, {"मौत"}, {"असम"}])
    assert scores.tolist() == pytest.approx([0.0, 1.0, 1.0 / 3.0])
    assert weights.scores([{"असम"}, {"में"}]).tolist() == [0.0, 0.0]
    assert weights.scores([]).shape == (0,)


def test_weights_that_are_not_finite_numbers_are_refused():
    for bad in (float("nan"), float("inf"), "1.0", None):
        with pytest.raises(hb.InvalidOptionError, match="finite"):
            SummaryWords({"मौत": bad})


def test_weights_show_their_size_not_their_words():
    assert repr(SummaryWords({"मौत": 1.0, "बताया": -0.5})) == "SummaryWords(2 words)"
    assert len(repr(load_summary_words())) < 40


def test_weights_written_out_read_back_the_same(tmp_path, monkeypatch):
    weights = SummaryWords({"मौत": 0.25, "बताया": -0.125})
    (tmp_path / "ranker").mkdir()
    (tmp_path / "ranker" / "summary_words.json").write_text(weights.to_json(), encoding="utf-8")
    monkeypatch.setenv("HINDI_BRIEF_MODELS", str(tmp_path))
    assert load_summary_words() == weights


def test_a_damaged_weights_file_names_the_command_that_rebuilds_it(tmp_path, monkeypatch):
    (tmp_path / "ranker").mkdir()
    (tmp_path / "ranker" / "summary_words.json").write_text('{"format": 1, "weights": {"मौत": NaN}}', encoding="utf-8")
    monkeypatch.setenv("HINDI_BRIEF_MODELS", str(tmp_path))
    with pytest.raises(hb.ModelError, match="training.ranker"):
        load_summary_words()


def test_the_shipped_weights_favour_what_happened_over_how_it_was_told():
    weights = load_summary_words().weights
    assert len(weights) > 10_000
    # Reporting verbs and pronouns that point back carry a story on; the event and who it is about open it.
    for word in ("बताया", "कहा", "उसकी", "इसका"):
        assert weights.get(word, 0.0) < 0, word
    for word in ("मौत", "मोदी"):
        assert weights.get(word, 0.0) > 0, word


def test_the_column_reads_each_sentences_distinct_words(nlp):
    text = (
        "उन्होंने बताया कि इस दौरान वहां कई लोग मौजूद थे। "
        "असम में बाढ़ से 12 लोगों की मौत, पुलिस ने दो को गिरफ्तार किया। "
        "अधिकारियों ने बुधवार को कहा कि राहत का काम जारी है।"
    )
    for doc in (nlp(text), hb.Pipeline(tagger="embedded")(text)):
        column = sentence_features(doc).matrix[:, FEATURES.index("summary_words")]
        assert column.argmax() == 1 and column.max() == 1.0 and column.min() == 0.0
        assert column.tolist() == load_summary_words().scores(word_sets(doc.sentences)).tolist()


def _text(condition, fold, sentences, best):
    y = np.zeros(len(sentences))
    y[best] = 1.0
    return SimpleNamespace(
        condition=condition, fold=fold, order=fold, sentence_words=sentences,
        targets={"1": y}, eligible=np.ones(len(sentences), dtype=bool), matrix=np.zeros((len(sentences), 2)),
    )


def test_the_refit_learns_the_words_of_the_best_sentence_and_scores_each_fold_with_the_others():
    from hindi_brief.training.summary_words import cross_fit, fit_summary_words

    texts = [
        _text("heading-ref", f % 2, [{"उन्होंने", "बताया", "कि"}, {"बाढ़", "मौत", "असम"}, {"राहत", "बताया"}], 1)
        for f in range(6)
    ] + [_text("standard", 0, [{"बाढ़", "मौत"}, {"उन्होंने"}], 1)]  # not a condition it is fitted on
    weights = fit_summary_words(texts, c=1.0)
    assert weights.weights["मौत"] > 0 > weights.weights["बताया"]
    assert fit_summary_words(texts[-1:]).weights == {}
    texts[0].sentence_words[1].add("अनोखा")  # a word of fold 0 alone
    cross_fit(texts, 2, 1, c=1.0)
    without_fold_0 = fit_summary_words([t for t in texts if t.fold == 1], c=1.0)
    assert "अनोखा" not in without_fold_0.weights
    assert texts[0].matrix[:, 1].tolist() == without_fold_0.scores(texts[0].sentence_words).tolist()
    for t in texts[:6]:
        column = t.matrix[:, 1]
        assert column.argmax() == 1 and column.max() == 1.0 and column.min() == 0.0
        assert (t.matrix[:, 0] == 0).all()  # the other columns are left alone
