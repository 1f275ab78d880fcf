"""The headline word prior: counted from (headline, body) pairs, shipped with the ranker, one sentence feature."""

import pytest

import hindi_brief as hb
from hindi_brief.rank.features import FEATURES, sentence_features
from hindi_brief.rank.headline_words import HeadlineWords, load_headline_words, sentence_words


@pytest.fixture(scope="module")
def nlp() -> hb.Pipeline:
    return hb.Pipeline(tagger="none")


def test_a_word_that_makes_its_articles_headlines_rates_above_one_that_never_does():
    articles = [
        ({"बाढ़", "असम"}, {"बाढ़", "असम", "बताया", "लोग"}),
        ({"बाढ़", "बिहार"}, {"बाढ़", "बिहार", "बताया"}),
        ({"चुनाव"}, {"चुनाव", "बताया", "लोग"}),
    ]
    prior = HeadlineWords.count(articles, alpha=1.0)
    assert prior.body["बताया"] == 3 and prior.both.get("बताया", 0) == 0
    assert prior.body["बाढ़"] == 2 and prior.both["बाढ़"] == 2
    # 5 of the 10 (article, body word) pairs are headline words too.
    assert prior.default == pytest.approx(0.5)
    assert prior.rate("बाढ़") == pytest.approx((2 + 0.5) / (2 + 1))
    assert prior.rate("बताया") == pytest.approx(0.5 / 4)
    assert prior.rate("अनदेखा") == prior.default  # a word never seen
    assert prior.rate("बताया") < prior.rate("लोग") < prior.default < prior.rate("असम") < prior.rate("बाढ़")


def test_counts_that_cannot_be_are_refused():
    with pytest.raises(hb.InvalidOptionError, match="alpha"):
        HeadlineWords({"बाढ़": 1}, {}, alpha=0.0)
    with pytest.raises(hb.InvalidOptionError, match="alpha"):
        HeadlineWords({"बाढ़": 1}, {}, alpha=float("nan"))
    with pytest.raises(hb.InvalidOptionError, match="headline"):
        HeadlineWords({"बाढ़": 1}, {"बाढ़": 2})
    with pytest.raises(hb.InvalidOptionError, match="headline"):
        HeadlineWords({"बाढ़": 1}, {"असम": 1})


def test_a_prior_shows_its_size_not_its_words():
    prior = HeadlineWords.count([({"बाढ़"}, {"बाढ़", "बताया"})], alpha=2.0)
    assert repr(prior) == "HeadlineWords(2 words, alpha=2.0, default=0.5000)"
    assert len(repr(load_headline_words())) < 80


def test_the_shipped_prior_knows_what_headlines_name_and_what_they_leave_out():
    prior = load_headline_words()
    assert len(prior.body) > 10_000
    # Reporting words, a glued pronoun and day names tell how a story was told, not what happened.
    for word in ("बताया", "उन्होंने", "दौरान", "बुधवार"):
        assert prior.rate(word) < prior.default, word
    for word in ("मौत", "गिरफ्तार"):
        assert prior.rate(word) > 2 * prior.default, word


def test_the_sentence_that_reads_like_a_headline_scores_highest(nlp):
    text = (
        "उन्होंने बताया कि इस दौरान वहां कई लोग मौजूद थे। "
        "असम में बाढ़ से 12 लोगों की मौत, हजारों बेघर। "
        "अधिकारियों ने बुधवार को कहा कि राहत का काम जारी है।"
    )
    for doc in (nlp(text), hb.Pipeline(tagger="embedded")(text)):
        column = sentence_features(doc).matrix[:, FEATURES.index("headline_words")]
        assert column.argmax() == 1 and column.max() == 1.0
        assert (column > 0).all()


def test_sentence_words_are_the_normalised_words_without_punctuation(nlp):
    doc = nlp("असम में बाढ़, 12 लोगों की मौत।")
    assert sentence_words(doc.sentences) == {"असम", "में", "बाढ़", "12", "लोगों", "की", "मौत"}


def test_a_prior_written_out_reads_back_the_same(tmp_path, monkeypatch):
    prior = HeadlineWords.count([({"बाढ़"}, {"बाढ़", "बताया"}), ({"चुनाव"}, {"चुनाव", "बताया"})], alpha=2.0)
    (tmp_path / "ranker").mkdir()
    (tmp_path / "ranker" / "headline_words.json").write_text(prior.to_json(), encoding="utf-8")
    monkeypatch.setenv("HINDI_BRIEF_MODELS", str(tmp_path))
    read = load_headline_words()
    assert read == prior and read.rate("बाढ़") == prior.rate("बाढ़") and read.default == prior.default


def test_a_damaged_prior_file_names_the_command_that_rebuilds_it(tmp_path, monkeypatch, nlp):
    (tmp_path / "ranker").mkdir()
    (tmp_path / "ranker" / "headline_words.json").write_text('{"format": 1, "alpha": 5, "words": {"बाढ़": [1, 3]}}', encoding="utf-8")
    monkeypatch.setenv("HINDI_BRIEF_MODELS", str(tmp_path))
    with pytest.raises(hb.ModelError, match="training.ranker"):
        load_headline_words()


def test_every_ranking_model_reads_a_headline_word_as_a_point_in_its_favour():
    # Cross-validated on val, the column lifted one-sentence summaries on every news-length
    # condition and on ILSUM's own headings as references (model card, "Words that make headlines").
    from hindi_brief.rank.summarize import load_ranker

    ranker, column = load_ranker(), FEATURES.index("headline_words")
    for name in ranker.coef:
        assert ranker.content[name][column] > 0, name


def test_the_refit_counts_headline_and_body_words_as_the_pipeline_tokenises_them(nlp):
    from hindi_brief.evaluation.evaluate import Pair
    from hindi_brief.training.ranker import headline_counts

    pairs = [
        Pair("a", "असम में बाढ़", "असम के कई ज़िलों में बाढ़ आई। अधिकारियों ने बताया कि राहत जारी है।", "-"),
        Pair("b", "", "इस पाठ का कोई शीर्षक नहीं।", "-"),  # no heading: its words say nothing of headlines
        Pair("c", "बिहार में चुनाव", "बिहार में चुनाव की घोषणा हुई।", "-"),
    ]
    counted = headline_counts(nlp, pairs)
    assert len(counted) == 2
    prior = HeadlineWords.count(counted)
    assert prior.body["बाढ़"] == prior.both["बाढ़"] == 1 and prior.body["में"] == prior.both["में"] == 2
    assert prior.body["बताया"] == 1 and "बताया" not in prior.both and "शीर्षक" not in prior.body


def test_the_refit_needs_two_folds_to_score_each_with_the_others_prior(tmp_path):
    from hindi_brief.training.ranker import collect

    with pytest.raises(hb.InvalidOptionError, match="at least 2"):
        collect(tmp_path, folds=1)
