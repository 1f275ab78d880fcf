"""Extractive summaries (hindi_brief.rank.summarize) on the seed articles and small Hindi texts."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import hindi_brief as hb
from hindi_brief.rank import make_summary
from hindi_brief.rank.summarize import is_eligible, opens_quotations, rank_sentences


@pytest.fixture(scope="module")
def nlp() -> hb.Pipeline:
    return hb.Pipeline(tagger="none")


@pytest.fixture(params=["none", "embedded"])
def any_nlp(request, nlp):
    """Both the untagged pipeline and the embedded tagger."""
    if request.param == "none":
        return nlp
    return hb.Pipeline(tagger="embedded")  # the model ships with the package: a broken one must fail


def test_seed000_three_sentences_in_document_order_without_headline_or_dateline(any_nlp, seed000):
    doc = any_nlp(seed000)
    summary = make_summary(doc, sentences=3)
    assert len(summary) == 3
    idx = [s.index for s in summary.sentences]
    assert idx == sorted(idx)
    assert all(doc.sentences[s.index] is s.sentence for s in summary)
    text = str(summary)
    assert text == " ".join(s.text for s in summary.sentences)
    assert doc.headline is not None and doc.headline.text not in text
    assert "Update" not in text and "GMT" not in text and "New Delhi" not in text
    # Each chosen sentence carries its score and rank; ranks are a permutation of 1..3 here,
    # and the best-ranked sentence has the highest score.
    assert sorted(s.rank for s in summary) == [1, 2, 3]
    assert all(s.score > 0 for s in summary)
    best_first = summary.by_rank()
    assert [s.rank for s in best_first] == [1, 2, 3]
    assert best_first[0].score == max(s.score for s in summary)


def test_default_length_is_three_sentences(nlp, seed000):
    assert len(make_summary(nlp(seed000))) == 3


def test_fragments_and_attributions_are_never_picked(nlp, seed000):
    doc = nlp(seed000)
    texts = [s.text for s in doc.sentences]
    eligible = is_eligible(doc)
    # The tail of a quotation, its middle, and the bare attribution that follows it.
    for start in ("सेक्रेटरी हेगसेथ", "हम एक महत्वाकांक्षी", "रक्षा मंत्री ने एक्स पर"):
        i = next(k for k, t in enumerate(texts) if t.startswith(start))
        assert not eligible[i], texts[i]
    order = rank_sentences(doc).order
    assert all(eligible[i] for i in order)
    assert len(make_summary(doc, sentences=len(doc.sentences)).sentences) == int(eligible.sum())


def test_a_line_that_introduces_a_list_is_never_picked(nlp):
    text = (
        "भारतीय आयुर्विज्ञान अनुसंधान परिषद के एक नए अध्ययन में पाया गया है कि कोवैक्सीन की दो खुराक लेने वाले 93 फ़ीसदी लोगों में एंटीबॉडी बनीं.\n"
        "उन्होंने बताया कि अध्ययन में 1,200 लोगों को शामिल किया गया था.\n"
        "अध्ययन के मुख्य बिंदु:\n"
        "1. दो खुराक के बाद एंटीबॉडी का स्तर तीन गुना बढ़ा\n"
        "2. अध्ययन में साइड इफ़ेक्ट बहुत कम दिखे\n"
        "विशेषज्ञों का कहना है कि बूस्टर खुराक पर भी जल्द फ़ैसला होना चाहिए."
    )
    doc = nlp(text)
    texts = [s.text for s in doc.sentences]
    intro = texts.index("अध्ययन के मुख्य बिंदु:")
    assert not is_eligible(doc)[intro]
    assert all(s.text != texts[intro] for s in make_summary(doc, sentences=len(texts)).sentences)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Scraped news drops closing quotes: the quotation opened in the second sentence is never
        # closed, and the sentences after it are the story's, not the tail of a quotation.
        (
            "हरियाणा भाजपा के नेता रामपाल माजरा ने गुरुवार को कृषि कानूनों के खिलाफ प्रदर्शन कर रहे किसानों का समर्थन किया। "
            "उन्होंने संवाददाताओं से कहा, “मैं पूरी तरह से इन कानूनों का विरोध कर रहे किसानों के साथ खड़ा हूं। "
            "माजरा ने पुष्टि की कि उन्होंने नए कृषि कानूनों को लेकर भाजपा से इस्तीफा दे दिया है। "
            "तीन बार विधायक रह चुके माजरा विधानसभा चुनाव से ठीक पहले इनेलो छोड़कर भाजपा में आए थे। "
            "किसान संगठनों ने माजरा के इस्तीफे का स्वागत किया और आंदोलन जारी रखने की बात कही।",
            [True, True, True, True, True],
        ),
        # PTI copy types a double quotation mark as two single ones: only the sentence between
        # the opening and the closing mark is inside the quotation.
        (
            "किसान नेता राकेश टिकैत ने रविवार को मुजफ्फरनगर में किसानों की महापंचायत को संबोधित किया। "
            "उन्होंने कहा, ''सरकार को कृषि कानून वापस लेने ही होंगे और किसान पीछे नहीं हटेंगे। "
            "जब तक कानून वापस नहीं होते तब तक किसान आंदोलन इसी तरह जारी रहेगा।"
            "'' टिकैत ने कहा कि महापंचायत में देश भर से हजारों किसान पहुंचे थे। "
            "महापंचायत के बाद किसानों ने मुजफ्फरनगर में शांतिपूर्ण मार्च भी निकाला।",
            [True, True, False, True, True],
        ),
        # Video and poll widgets leave their instructions in scraped text; what they point to is not in it.
        (
            "भारतीय अंतरिक्ष अनुसंधान संगठन ने शनिवार को श्रीहरिकोटा से नया संचार उपग्रह सफलतापूर्वक प्रक्षेपित किया। "
            "ऊपर दिए गए फोटो पर क्लिक करें और देखें उपग्रह प्रक्षेपण का वीडियो। "
            "यह उपग्रह देश के दूरदराज इलाकों में इंटरनेट और टेलीविजन सेवाएं पहुंचाने में मदद करेगा। "
            "खबर में आगे बढ़ने से पहले इस पोल में अपनी राय दें। "
            "इसरो के अध्यक्ष ने कहा कि अगले साल उपग्रह प्रक्षेपण की संख्या दोगुनी की जाएगी।",
            [True, False, True, False, True],
        ),
        # A sentence that announces the rest of the story says nothing of its own.
        (
            "आईपीएल में आज मुंबई इंडियंस और सनराइजर्स हैदराबाद के बीच मुकाबला खेला जाएगा। "
            "मैच हैदराबाद के राजीव गांधी स्टेडियम में शाम साढ़े सात बजे से शुरू होगा। "
            "आगे स्टोरी में हम इस मैच के टॉप खिलाड़ियों के बारे में जानेंगे। "
            "मुंबई की टीम पिछले तीन मैच जीत चुकी है।",
            [True, True, False, True],
        ),
        # A short sentence telling the reader to look or learn points to what is not in the text, and "क्या है पूरा
        # मामला" only teases it (a summary review: 6 of 80 news-length summaries picked such a line).
        (
            "राजधानी में सोमवार सुबह एक चार मंजिला इमारत ढहने से पांच लोगों की मौत हो गई। "
            "देखें हादसे की 12 तस्वीरें...\n"
            "दमकल विभाग की टीमें देर रात तक मलबे में फंसे लोगों को निकालने में जुटी रहीं। "
            "जानिए क्या है पूरा मामला। "
            "नगर निगम ने इमारत के मालिक के खिलाफ मामला दर्ज कर जांच शुरू कर दी है।",
            [True, False, True, False, True],
        ),
        # PTI's ‘‘...'' is one quotation: the next one, opened with ‘‘ and closed a sentence later, is what goes on
        # (ILSUM hindi_2022_5741 read the straight mark as opening another, and took the sentence after it for a tail).
        (
            "नड्डा ने कहा, ‘‘मैं सपा, बसपा और कांग्रेस के नेताओं को खुली बहस की चुनौती देता हूं।'' "
            "नड्डा ने आरोप लगाया, ‘‘तीनों दलों की सरकारों में अपराध और अराजकता का बोलबाला था। "
            "उनकी सरकारों में अपराधी मस्त थे और जनता त्रस्त थी लेकिन अब अपराधी त्रस्त हैं।’’ "
            "भाजपा ने राज्य के सभी बूथों पर कार्यकर्ताओं की बैठकें बुलाई हैं।",
            [True, True, False, True],
        ),
        # A quotation its writer never closed is a stray mark: the next sentence that opens one starts outside it
        # (ILSUM hindi_2022_8204, hindi_2022_3981).
        (
            "चिदंबरम ने ट्विटर पर कहा, “मिशनरीज ऑफ चैरिटी के नवीनीकरण की अस्वीकृति गैर सरकारी संगठनों पर सीधा हमला है। "
            "चिदंबरम ने कहा, “यह ईसाइयों के धर्मार्थ कार्य के खिलाफ पूर्वाग्रह को दर्शाता है। "
            "मुस्लिमों के बाद अब ईसाई हिंदुत्व ब्रिगेड का नया निशाना हैं।” "
            "सरकार ने कहा कि संस्था के खातों की जांच के बाद ही नवीनीकरण पर फैसला होगा।",
            [True, True, False, True],
        ),
        # A quotation opened with a straight mark closes with whatever closing mark the copy types
        # (ILSUM hindi_2022_11341: "...’’, hindi_2022_8036: "...'').
        (
            "मंडाविया ने लोकसभा में कहा, \"वैज्ञानिक गहन विचार कर रहे हैं और विशेषज्ञ जैसा तय करेंगे वैसा होगा। "
            "बच्चों और बूस्टर डोज के बारे में विशेषज्ञ जो मार्गदर्शन देंगे उसी के आधार पर हम चलेंगे।’’ "
            "अखिलेश यादव ने कहा, \"बेरोजगार नौजवानों के लिए नौकरी और रोजगार नहीं है। "
            "नौजवानों को बदलाव लाना है और बदलाव होकर रहेगा।'' "
            "सरकार ने कहा कि टीकाकरण अभियान तेजी से आगे बढ़ रहा है।",
            [True, False, True, False, True],
        ),
    ],
)
def test_quotation_tails_and_page_instructions(any_nlp, text, expected):
    doc = any_nlp(text)
    assert is_eligible(doc).tolist() == expected
    summary = make_summary(doc, sentences=len(expected))
    assert [s.index for s in summary.sentences] == [i for i, e in enumerate(expected) if e]


@pytest.mark.parametrize(("opening", "closing"), [('"', '"'), ("“", "”"), ("''", "''"), ("‘‘", "’’")])
def test_a_quotation_the_summary_does_not_go_on_with_is_shown_closed(any_nlp, opening, closing):
    # A review of BBC-style stories: 3 of 30 picks opened a quotation whose rest (and closing mark) was in a sentence
    # not picked, and a reader saw it never close.
    text = (
        "सुप्रीम कोर्ट ने गुरुवार को विचाराधीन क़ैदियों की ज़मानत पर अहम फ़ैसला सुनाया. "
        f"अदालत ने अपने फ़ैसले में कहा, {opening}ग़रीबी किसी को जेल में रखने की वजह नहीं हो सकती. "
        f"ज़मानत की रक़म तय करते समय क़ैदी की आर्थिक हालत देखी जानी चाहिए.{closing} "
        "फ़ैसले के बाद कई राज्यों ने जेलों में बंद ऐसे क़ैदियों की सूची बनाने का काम शुरू किया."
    )
    doc = any_nlp(text)
    summary = make_summary(doc, sentences=3)
    assert [s.index for s in summary.sentences] == [0, 1, 3]  # the quotation's tail is never picked
    quoted = summary.sentences[1]
    assert quoted.sentence.text.endswith("नहीं हो सकती.")
    assert quoted.text == quoted.sentence.text + " …" + closing
    assert quoted.to_dict()["text"] == quoted.text
    assert all(s.text == s.sentence.text for s in (summary.sentences[0], summary.sentences[2]))


@pytest.mark.parametrize(
    ("quotation", "closing"),
    [
        ("‘‘ग़रीबी को \"अपराध\" नहीं माना जा सकता.", "’’"),
        ("\"ग़रीबी को “अपराध” नहीं माना जा सकता.", '"'),
        ("“ग़रीबी को ‘‘अपराध’’ नहीं माना जा सकता.", "”"),
        # A quotation closed earlier with a mark of its kind but not its own (PTI: ``‘‘...''``) is closed.
        ("‘‘संवैधानिक अधिकार'' का ज़िक्र करते हुए \"ग़रीबी को अपराध नहीं माना जा सकता.", '"'),
    ],
)
def test_a_quotation_inside_the_one_left_open_is_closed_already(any_nlp, quotation, closing):
    # The closing mark is that of the quotation still open at the sentence's end, not the last mark written (a review).
    text = (
        "सुप्रीम कोर्ट ने गुरुवार को विचाराधीन क़ैदियों की ज़मानत पर अहम फ़ैसला सुनाया. "
        f"अदालत ने अपने फ़ैसले में कहा, {quotation} "
        f"ज़मानत की रक़म तय करते समय क़ैदी की आर्थिक हालत देखी जानी चाहिए.{closing} "
        "फ़ैसले के बाद कई राज्यों ने जेलों में बंद ऐसे क़ैदियों की सूची बनाने का काम शुरू किया."
    )
    quoted = next(s for s in make_summary(any_nlp(text), sentences=3).sentences if s.index == 1)
    assert quoted.text == quoted.sentence.text + " …" + closing


def test_a_link_to_another_story_glued_into_the_text_is_not_picked(any_nlp):
    # As scraped pages run them in (ILSUM has 69 such articles): the link's headline, then
    # the article's next sentence glued to it.
    text = (
        "किसानों का आंदोलन तेज\n\n"
        "किसान संगठनों ने सोमवार को राजधानी की सीमाओं पर धरना और तेज करने का ऐलान किया। "
        "पढ़ें- किसान आंदोलन पर सरकार का बड़ा फैसला, कृषि मंत्री ने किसान संगठनों को फिर बुलाया। "
        "संगठनों ने कहा कि कृषि कानूनों की वापसी तक किसान आंदोलन जारी रहेगा। "
        "सरकार ने किसान संगठनों को बातचीत के लिए फिर बुलाया है।"
    )
    doc = any_nlp(text)
    link = next(i for i, s in enumerate(doc.sentences) if s.text.startswith("पढ़ें-"))
    assert not is_eligible(doc)[link]
    assert all(i != link for i in rank_sentences(doc).order)
    assert len(make_summary(doc, sentences=4)) == 3


def test_a_short_sentence_that_shares_nothing_with_the_text_is_not_picked(any_nlp):
    # A closing greeting shares no content word with the story; a short sentence that does stays eligible.
    text = (
        "किसान संगठनों ने सोमवार को राजधानी की सीमाओं पर धरना और तेज करने का ऐलान किया। "
        "संगठनों ने कहा कि कृषि कानूनों की वापसी तक किसान आंदोलन जारी रहेगा। "
        "सरकार ने किसान संगठनों को बातचीत के लिए फिर बुलाया है। "
        "किसानों का आंदोलन जारी रहेगा। "
        "आप सभी को धन्यवाद।"
    )
    doc = any_nlp(text)
    texts = [s.text for s in doc.sentences]
    eligible = is_eligible(doc)
    assert not eligible[texts.index("आप सभी को धन्यवाद।")]
    assert eligible[texts.index("किसानों का आंदोलन जारी रहेगा।")]
    assert all("धन्यवाद" not in s.text for s in make_summary(doc, sentences=4))


def test_english_and_short_lines_are_not_picked(nlp):
    text = (
        "भारत ने नया उपग्रह छोड़ा\n\n"
        "Click here to read the full story on our website today.\n"
        "भारतीय अंतरिक्ष अनुसंधान संगठन ने शनिवार को श्रीहरिकोटा से नया संचार उपग्रह सफलतापूर्वक प्रक्षेपित किया। "
        "फोटो साभार। "
        "यह उपग्रह देश के दूरदराज इलाकों में इंटरनेट और टेलीविजन सेवाएं पहुंचाने में मदद करेगा।"
    )
    doc = nlp(text)
    summary = make_summary(doc, sentences=3)
    picked = str(summary)
    assert "Click" not in picked and "फोटो साभार" not in picked
    assert len(summary) == 2


def test_duplicated_standfirst_is_picked_once(any_nlp, seed001):
    doc = any_nlp(seed001)
    dup = "रक्षा मंत्री श्री राजनाथ सिंह ने आतंकवाद के खिलाफ लड़ाई में"
    assert sum(s.text.startswith(dup) for s in doc.sentences) == 2  # the cleaner keeps both
    for k in range(1, len(doc.sentences) + 1):
        summary = make_summary(doc, sentences=k)
        assert sum(s.text.startswith(dup) for s in summary.sentences) <= 1, k


def test_near_duplicate_sentences_are_never_both_picked(nlp):
    base = "केंद्र सरकार ने किसानों के लिए नई फसल बीमा योजना की घोषणा की है"
    text = (
        "किसानों के लिए नई बीमा योजना\n\n"
        f"{base}। "
        "इस योजना के तहत छोटे किसानों को कम प्रीमियम पर बीमा मिलेगा। "
        f"{base}, अधिकारियों ने बताया। "
        "राज्य सरकारें भी इस योजना में अपना हिस्सा देंगी।"
    )
    doc = nlp(text)
    for k in (2, 3, 4):
        chosen = [s.text for s in make_summary(doc, sentences=k).sentences]
        assert sum(t.startswith(base) for t in chosen) == 1, chosen


def test_ratio_counts_body_sentences_at_least_one(nlp, seed000):
    doc = nlp(seed000)
    n = len(doc.sentences)
    assert len(make_summary(doc, ratio=0.2)) == round(0.2 * n)
    assert len(make_summary(doc, ratio=0.01)) == 1
    assert len(make_summary(doc, ratio=1.0)) == int(is_eligible(doc).sum())


def test_max_words_budget_is_respected(nlp, seed000, seed001):
    for text in (seed000, seed001):
        doc = nlp(text)
        for budget in (20, 40, 75, 150):
            summary = make_summary(doc, max_words=budget)
            assert 1 <= len(summary)
            assert summary.words == sum(len(s.words) for s in summary.sentences)
            if len(summary) > 1 or len(summary.sentences[0].words) <= budget:
                assert summary.words <= budget, (budget, summary.words)


def test_budget_smaller_than_every_sentence_gives_the_best_one_alone(nlp, seed000):
    doc = nlp(seed000)
    summary = make_summary(doc, max_words=1)
    assert len(summary) == 1
    assert summary.sentences[0].index == rank_sentences(doc).order[0]


def test_empty_document_gives_empty_summary(nlp):
    for text in ("", "   \n\n ", "Update: 2025-02-06 17:02 GMT"):
        summary = make_summary(nlp(text))
        assert len(summary) == 0 and str(summary) == "" and not summary
        assert summary.to_dict() == {"text": "", "sentences": []}


def test_ranking_is_deterministic(nlp, seed000):
    a = make_summary(nlp(seed000), sentences=3).to_dict()
    b = make_summary(nlp(seed000), sentences=3).to_dict()
    assert a == b


def test_length_request_picks_the_matching_ranker_model():
    from hindi_brief.rank.summarize import model_for

    assert [model_for(sentences=k, n_sentences=30) for k in (1, 2, 3, 4, 7)] == ["1", "2", "3", "many", "many"]
    # Four or more sentences that are a quarter of the text or more are a digest of it, at any length
    # up to the long texts: no shortness term, no stronger position term at news length.
    assert [model_for(sentences=k, n_sentences=30, n_words=w) for k in (7, 8) for w in (250, 500)] == [
        "many", "many-news", "digest", "digest",
    ]
    assert model_for(sentences=4, n_sentences=13) == "digest"
    # A longer text (an essay) is ranked by the long model, a digest of it by the long model's digest, and
    # two or three sentences of it by the long model's brief (the overlap term of the digests too).
    assert [model_for(sentences=k, n_sentences=41, n_words=800) for k in (1, 2, 3, 4, 10, 11, 14)] == [
        "long", "long-brief", "long-brief", "long", "long", "long-digest", "long-digest",
    ]
    assert model_for(sentences=25, n_sentences=100, n_words=1500) == "long-digest"
    assert model_for(max_words=2000, n_sentences=100, n_words=1500) == "long"
    assert model_for(max_words=75) == "budget" and model_for() == "3"
    # A text of full news length (more than 300 words) of up to 40 sentences is ranked as news, however
    # few its sentences; longer texts by the long model.
    assert [model_for(sentences=7, n_sentences=30, n_words=w) for w in (300, 301)] == ["many", "many-news"]
    assert [model_for(sentences=7, n_sentences=n, n_words=800) for n in (29, 40, 41)] == ["many-news", "many-news", "long"]
    # Long means more than 40 sentences *and* 750 words: a story of short lines (dialogue, crossheads) is news.
    assert [model_for(sentences=k, n_sentences=45, n_words=w) for k in (1, 3) for w in (750, 751)] == [
        "1-news", "long", "3-news", "long-brief",
    ]
    # ILSUM's cut articles (at most about 260 words) keep the models fitted on them, however many sentences.
    assert model_for(sentences=3, n_sentences=30, n_words=250) == "3"
    # Its best single sentence comes from the model fitted on texts of its length, and three sentences
    # (also the default) and more from the models with the position term of that length.
    assert [model_for(sentences=1, n_sentences=n, n_words=800) for n in (10, 40, 41)] == ["1-news", "1-news", "long"]
    assert [model_for(sentences=3, n_sentences=n, n_words=800) for n in (10, 40, 41)] == ["3-news", "3-news", "long-brief"]
    assert model_for(n_sentences=21, n_words=301) == "3-news" and model_for(sentences=2, n_sentences=21, n_words=301) == "2-news"
    assert [model_for(max_words=75, n_sentences=n, n_words=800) for n in (20, 40, 41)] == ["budget-news", "budget-news", "long"]
    assert model_for(max_words=75, n_sentences=20, n_words=200) == "budget"


def test_a_news_length_text_opens_with_the_news_length_model_pick(any_nlp, seed000, seed001):
    from hindi_brief.rank.summarize import LONG_DOC, NEWS_MIN_WORDS

    # Two stories (their bodies, without the footers): the length of a full-length news text.
    bodies = ["\n".join(s.text for s in any_nlp(seed).sentences) for seed in (seed000, seed001)]
    doc = any_nlp("\n\n".join(bodies))
    assert len(doc.sentences) <= LONG_DOC and sum(s.n_words for s in doc.sentences) > NEWS_MIN_WORDS
    pick = rank_sentences(doc, model="1-news").order[0]
    assert [s.index for s in make_summary(doc, sentences=1)] == [pick]
    three = make_summary(doc, sentences=3)
    assert [s.index for s in three if s.rank == 1] == [pick]
    assert [s.index for s in sorted(three, key=lambda s: s.rank)] == list(rank_sentences(doc, model="3-news").order[:3])
    four = make_summary(doc, sentences=4)
    assert [s.index for s in sorted(four, key=lambda s: s.rank)] == list(rank_sentences(doc, model="many-news").order[:4])
    two = make_summary(doc, sentences=2)
    assert [s.index for s in sorted(two, key=lambda s: s.rank)] == list(rank_sentences(doc, model="2-news").order[:2])
    assert [s.index for s in two if s.rank == 1] == [pick]
    budget = make_summary(doc, max_words=40)
    assert [s.index for s in budget if s.rank == 1] == [pick]


def test_longer_summaries_open_with_the_best_single_sentence(nlp, seed000, seed001):
    for text in (seed000, seed001):
        doc = nlp(text)
        best = make_summary(doc, sentences=1).sentences[0]
        for k in (3, 5):
            summary = make_summary(doc, sentences=k)
            assert len(summary) == k
            assert [s.start for s in summary if s.rank == 1] == [best.start]


def _long_text(nlp, seed000: str, seed001: str) -> str:
    """Two stories, a closing and a background paragraph: more than ``LONG_DOC`` sentences and ``LONG_MIN_WORDS`` words."""
    closing = (
        "दोनों देशों के विदेश मंत्री अगले महीने फिर मिलेंगे। बैठक में व्यापार पर भी चर्चा होगी। "
        "विशेषज्ञों का मानना है कि इससे संबंध और मजबूत होंगे। सरकार ने इस पर कोई टिप्पणी नहीं की। "
        "विपक्ष ने बैठक के नतीजों पर सवाल उठाए हैं। दोनों पक्षों ने संयुक्त बयान जारी करने पर भी सहमति जताई।"
    )
    background = (
        "दोनों देशों के बीच रक्षा संबंध कई दशक पुराने हैं। पिछले साल दोनों सेनाओं ने संयुक्त अभ्यास किया था। "
        "उस अभ्यास में नौसेना के जहाज भी शामिल हुए थे। इसके बाद रक्षा उपकरणों की खरीद पर बातचीत शुरू हुई। "
        "कई कंपनियों ने साझा उत्पादन में रुचि दिखाई है। अधिकारियों के अनुसार पहला समझौता जल्द हो सकता है। "
        "व्यापार के आंकड़े भी लगातार बढ़ रहे हैं। दोनों देशों के छात्र एक दूसरे के विश्वविद्यालयों में पढ़ते हैं। "
        "पर्यटन के क्षेत्र में भी सहयोग बढ़ाने की योजना है। अगली बैठक की तारीख अभी तय नहीं हुई है।"
    )
    # The seeds' bodies without their footers ("Related Posts" runs to the end of a text).
    bodies = ["\n".join(s.text for s in nlp(seed).sentences) for seed in (seed001, seed000)]
    return "\n\n".join(bodies + [closing, background])


def test_a_long_text_opens_with_the_best_single_sentence_of_the_news_length_model(any_nlp, seed000, seed001):
    from hindi_brief.rank.summarize import model_for

    doc = any_nlp(_long_text(any_nlp, seed000, seed001))
    n_words = sum(s.n_words for s in doc.sentences)
    assert model_for(sentences=3, n_sentences=len(doc.sentences), n_words=n_words) == "long-brief"
    lead_pick = rank_sentences(doc, model="1-news").order[0]
    assert [s.index for s in make_summary(doc, sentences=1)] == [lead_pick]
    assert [s.index for s in make_summary(doc, sentences=3) if s.rank == 1] == [lead_pick]


def test_a_digest_keeps_what_recurs_across_the_text(any_nlp, seed000):
    # A third of a text is judged against a third of it: the digest models add the sentences'
    # centrality over shared terms, so a digest holds more of what the text says again and again
    # than the gist models' picks of the same length.
    from itertools import islice

    from conftest import benchmark_module
    from hindi_brief.rank.features import FEATURES, sentence_features
    from hindi_brief.rank.summarize import LONG_DOC, rank_sentences

    # The long text: an essay on the water of Indian cities, 78 sentences (benchmarks/essays_and_articles.jsonl).
    essay = next(t for t in benchmark_module("essays_and_articles").read_texts() if t.id == "w1-2")
    for doc, digest, gist in (
        (any_nlp(seed000), "digest", "many"),
        (any_nlp(essay.text), "long-digest", "long"),
    ):
        n = len(doc.sentences)
        assert (n > LONG_DOC) == (digest == "long-digest")
        k = max(4, (n + 1) // 3)
        overlap = sentence_features(doc).matrix[:, FEATURES.index("overlap_centrality")]
        picks = {m: list(islice(rank_sentences(doc, model=m).picks(), k)) for m in (digest, gist)}
        assert [s.index for s in make_summary(doc, sentences=k).sentences] == sorted(picks[digest])
        assert overlap[picks[digest]].sum() > overlap[picks[gist]].sum()


def test_damaged_ranker_file_names_the_fix(tmp_path, monkeypatch, nlp, seed000):
    # A models folder of the user's own (no manifest) whose ranker file is damaged.
    (tmp_path / "ranker").mkdir()
    (tmp_path / "ranker" / "ranker.json").write_text('{"format": 1, "features": ["inv_position"], "models": {}}', encoding="utf-8")
    monkeypatch.setenv("HINDI_BRIEF_MODELS", str(tmp_path))
    doc = nlp(seed000)
    with pytest.raises(hb.ModelError, match="training.ranker"):
        make_summary(doc, sentences=2)
    monkeypatch.delenv("HINDI_BRIEF_MODELS")
    assert len(make_summary(doc, sentences=2)) == 2  # the shipped file is read again, not the damaged one


def test_three_sentences_of_a_long_text_are_its_most_central(any_nlp):
    # Two or three sentences of a long text cannot hold the lead of each of its parts: the long model's
    # brief adds the digests' centrality over shared terms to the long model. It opens with the one-sentence
    # pick only where it ranks that sentence in its best fifth itself: this essay on the water of Indian
    # cities (78 sentences, benchmarks/essays_and_articles.jsonl) opens with a scene ("सूखी पड़ी झीलें ..."),
    # which "long", opening with the pick whatever its own rank, keeps (untagged, "long-brief" ranks the scene in
    # its best fifth itself and keeps it too).
    from itertools import islice

    from conftest import benchmark_module
    from hindi_brief.rank.features import FEATURES, sentence_features
    from hindi_brief.rank.summarize import LONG_DOC, rank_sentences

    essay = next(t for t in benchmark_module("essays_and_articles").read_texts() if t.id == "w1-2")
    doc = any_nlp(essay.text)
    assert len(doc.sentences) > LONG_DOC
    overlap = sentence_features(doc).matrix[:, FEATURES.index("overlap_centrality")]
    picks = {m: list(islice(rank_sentences(doc, model=m).picks(), 3)) for m in ("long-brief", "long")}
    assert [s.index for s in make_summary(doc, sentences=3).sentences] == sorted(picks["long-brief"])
    opening = rank_sentences(doc, model="1-news").order[0]
    assert doc.sentences[opening].text.startswith("सूखी पड़ी झीलें")
    assert picks["long"][0] == opening
    if doc.tagger is not None:
        assert opening not in picks["long-brief"]
    assert overlap[picks["long-brief"]].sum() > overlap[picks["long"]].sum()


def test_the_opening_pick_stays_only_where_the_model_ranks_it_high_itself():
    # Ranker.ranking: with opening_rank r, the opening model's pick opens the ranking only where the model
    # itself puts it among the best r of the eligible sentences (ties: the earlier first).
    from dataclasses import replace

    from hindi_brief.rank.features import FEATURES
    from hindi_brief.rank.summarize import load_ranker

    ranker = load_ranker()
    n = 10
    matrix = np.zeros((n, len(FEATURES)))
    matrix[:, FEATURES.index("inv_position")] = 1.0 / (1.0 + np.arange(n))  # the opening model ("1") prefers the first
    words, eligible, keys = np.full(n, 20.0), np.ones(n, dtype=bool), [f"s{i}" for i in range(n)]
    unit = np.eye(n)
    first = ranker.ranking("1", matrix, words, eligible, unit, keys).order[0]
    own = list(ranker.ranking("long", matrix, words, eligible, unit, keys).order)
    place = own.index(first) if first in own else n
    for share, kept in ((1.0, True), ((place + 1) / n, True), (place / n, False)):
        gated = replace(ranker, opening_rank={**ranker.opening_rank, "long": share}, opens_with={**ranker.opens_with, "long": "1"})
        order = list(gated.ranking("long", matrix, words, eligible, unit, keys).order)
        assert (order[0] == first) == (kept or place == 0), (share, place, order)


def test_a_digest_of_an_essay_keeps_its_closing_sentence(any_nlp):
    # An essay closes with its conclusion ("आख़िरकार, लोकतंत्र की असली ताक़त ..."), which a digest of it keeps as
    # a news summary keeps the opening. The text: an essay on social media and democracy, 82 sentences
    # (benchmarks/essays_and_articles.jsonl); its annotator kept the closing sentence too.
    from conftest import benchmark_module
    from hindi_brief.evaluation.conditions import third_of
    from hindi_brief.rank.summarize import model_for

    essay = next(t for t in benchmark_module("essays_and_articles").read_texts() if t.id == "w2-1")
    doc = any_nlp(essay.text)
    n = len(doc.sentences)
    assert model_for(sentences=third_of(n), n_sentences=n, n_words=sum(s.n_words for s in doc.sentences)) == "long-digest"
    assert doc.sentences[-1].text.startswith("आख़िरकार") and doc.sentences[-1].text in essay.summary
    assert n - 1 in [s.index for s in make_summary(doc, sentences=third_of(n)).sentences]


def test_the_ending_term_mirrors_the_position_term():
    # combined_scores adds ending / (1 + sentences after it): 1 for the last sentence, 1/2 for the one before...
    from hindi_brief.rank.features import FEATURES
    from hindi_brief.rank.summarize import combined_scores

    rng = np.random.default_rng(0)
    matrix, coef = rng.random((6, len(FEATURES))), rng.standard_normal(len(FEATURES))
    added = combined_scores(matrix, coef, 1.0, ending=0.6) - combined_scores(matrix, coef, 1.0)
    np.testing.assert_allclose(added, 0.6 / np.array([6, 5, 4, 3, 2, 1]))


def test_learned_scores_follow_position_but_rank_every_eligible_sentence(nlp, seed000):
    doc = nlp(seed000)
    ranking = rank_sentences(doc, model="2")
    eligible = is_eligible(doc)
    # Only eligible sentences are ranked, each once (near-duplicates of a ranked one may be left out).
    assert len(set(ranking.order)) == len(ranking.order) > 0
    assert all(eligible[i] for i in ranking.order)
    assert (ranking.scores[~eligible] == 0).all() and (ranking.scores[eligible] > 0).all()
    first = int(next(i for i in range(len(doc.sentences)) if eligible[i]))
    assert ranking.scores[first] >= np.median(ranking.scores[eligible])


def test_content_model_finds_the_point_when_the_opening_is_not_it(nlp):
    # An opening about the weather, then the story: position alone would pick the weather.
    text = (
        "सुबह से आसमान में हल्के बादल छाए रहे और दोपहर बाद धूप निकली। "
        "भारत और अमेरिका ने नई दिल्ली में रक्षा सहयोग बढ़ाने के लिए दस साल के समझौते पर हस्ताक्षर किए। "
        "समझौते के तहत दोनों देशों के रक्षा उद्योग मिलकर नए विमान और इंजन बनाएंगे। "
        "रक्षा मंत्री ने कहा कि यह सहयोग दोनों देशों की सुरक्षा के लिए अहम है। "
        "अमेरिकी रक्षा मंत्री ने भारत के साथ सहयोग को ऐतिहासिक बताया।"
    )
    doc = nlp(text)
    assert [s.index for s in make_summary(doc, sentences=1).sentences] == [1]


def test_a_third_of_a_story_is_a_digest_that_does_not_trade_content_for_shortness(nlp, seed000, seed001):
    # Shortness pays against a one-line reference; a third of a text is judged against a third of it.
    from itertools import islice

    from hindi_brief.rank.summarize import rank_sentences

    for text in (seed000, seed001):
        doc = nlp(text)
        k = max(4, (len(doc.sentences) + 1) // 3)
        summary = make_summary(doc, sentences=k)
        digest = sorted(islice(rank_sentences(doc, model="digest").picks(), k))
        gist = sorted(islice(rank_sentences(doc, model="many").picks(), k))
        assert [s.index for s in summary.sentences] == digest
        assert sum(doc.sentences[i].n_words for i in digest) > sum(doc.sentences[i].n_words for i in gist)


@pytest.mark.parametrize(
    "change, message",
    [
        (("3", "opens_with", "many"), "opens with"),  # "many" opens with "1" itself: a chain
        (("3", "opens_with", "headline"), "opens with"),
        (("many", "compactness", 1.5), "compactness"),
        ((None, "digest_part", 3), "digest_part"),  # the file was fitted for another digest threshold
        (("digest", "overlap", -0.5), "overlap"),
        (("long-digest", "ending", 1.5), "ending"),
    ],
)
def test_ranker_file_with_a_bad_opening_weight_or_threshold_is_refused(tmp_path, monkeypatch, nlp, seed000, change, message):
    import json

    from hindi_brief.resources import models_dir

    data = json.loads((models_dir() / "ranker" / "ranker.json").read_text(encoding="utf-8"))
    model, key, value = change
    (data if model is None else data["models"][model])[key] = value
    (tmp_path / "ranker").mkdir()
    (tmp_path / "ranker" / "ranker.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("HINDI_BRIEF_MODELS", str(tmp_path))
    with pytest.raises(hb.ModelError, match=message):
        make_summary(nlp(seed000), sentences=3)


def test_ranker_file_whose_content_model_weighs_position_is_refused(tmp_path, monkeypatch, nlp, seed000):
    import json

    from hindi_brief.rank.features import FEATURES
    from hindi_brief.resources import models_dir

    data = json.loads((models_dir() / "ranker" / "ranker.json").read_text(encoding="utf-8"))
    data["models"]["1"]["content_coef"][FEATURES.index("inv_position")] = 1.0
    (tmp_path / "ranker").mkdir()
    (tmp_path / "ranker" / "ranker.json").write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setenv("HINDI_BRIEF_MODELS", str(tmp_path))
    with pytest.raises(hb.ModelError, match="position"):
        make_summary(nlp(seed000), sentences=1)


def test_features_a_model_does_not_weigh_may_be_left_out(nlp, seed000):
    from hindi_brief.rank.features import FEATURES, RECURRENCE_FEATURES, sentence_features

    doc = nlp(seed000)
    full = sentence_features(doc).matrix
    lean = sentence_features(doc, recurrence=False).matrix
    left_out = np.isin(FEATURES, RECURRENCE_FEATURES)
    assert left_out.sum() == len(RECURRENCE_FEATURES)
    assert np.array_equal(full[:, ~left_out], lean[:, ~left_out])
    assert not lean[:, left_out].any() and full[:, left_out].any()


def test_sentences_that_lean_on_the_one_before_are_marked(nlp):
    from hindi_brief.rank.features import FEATURES, sentence_features

    text = (
        "भारत और अमेरिका ने नई दिल्ली में रक्षा सहयोग बढ़ाने के समझौते पर हस्ताक्षर किए। "
        "उन्होंने कहा कि यह सहयोग दोनों देशों के लिए अहम है। "
        "लेकिन विपक्ष ने समझौते की शर्तों पर सवाल उठाए। "
        "इसके तहत दोनों देशों के उद्योग मिलकर नए इंजन बनाएंगे। "
        "रक्षा मंत्री ने अमेरिकी कंपनियों के साथ बैठक भी की।"
    )
    column = FEATURES.index("dependent_opening")
    tagged = sentence_features(hb.Pipeline(tagger="embedded")(text)).matrix[:, column]
    assert tagged.tolist() == [0.0, 1.0, 1.0, 1.0, 0.0]
    # Without tags nothing says what a first word is.
    assert not sentence_features(nlp(text)).matrix[:, column].any()


def test_only_the_long_text_models_weigh_a_leaning_opening():
    # Cross-validated on val it helped the long-text models and moved the news models' figures
    # both ways (training.ranker.LONG_TEXT_ONLY); a refit that changes that must say so.
    from hindi_brief.rank.features import FEATURES
    from hindi_brief.rank.summarize import load_ranker

    ranker, column = load_ranker(), FEATURES.index("dependent_opening")
    for name in ranker.coef:
        weights = (ranker.coef[name][column], ranker.content[name][column])
        if name.startswith("long"):
            assert ranker.content[name][column] < 0
        else:
            assert weights == (0.0, 0.0), name


def test_short_isolated_sentences_fill_a_summary_the_others_cannot_make(any_nlp):
    # Three short sentences that share no content word: none is preferred, but asked for two
    # sentences the note gets two, in document order; a word budget is not filled up.
    text = (
        "भारत ने आज नया उपग्रह छोड़ा। "
        "इसरो के अध्यक्ष ने कहा कि यह मिशन सफल रहा। "
        "वैज्ञानिकों ने खुशी जताई।"
    )
    doc = any_nlp(text)
    eligible = is_eligible(doc)
    assert eligible.sum() == 1
    summary = make_summary(doc, sentences=2)
    assert len(summary) == 2
    assert [s.index for s in summary.sentences] == sorted(s.index for s in summary.sentences)
    assert make_summary(doc, sentences=3).text.count("।") == 3
    assert len(make_summary(doc, ratio=1.0)) == 3
    filled = [s for s in make_summary(doc, sentences=3) if not eligible[s.index]]
    assert len(filled) == 2 and all(s.score == 0.0 for s in filled)
    assert len(make_summary(doc, max_words=40)) == 1



_CROSSHEAD_STORY = (
    "सुप्रीम कोर्ट में राहुल गांधी की याचिका पर सुनवाई 4 अगस्त को\n\n"
    "कांग्रेस कार्य समिति के सदस्यों की घोषणा में कुछ और दिन की देरी हो सकती है। "
    "पार्टी के सूत्रों ने बताया कि नई समिति के सदस्यों के नाम लगभग तय हो चुके हैं। "
    "इसी दिन सुप्रीम कोर्ट राहुल गांधी की याचिका पर सुनवाई करेगा। "
    "इस पर कांग्रेस ने दिया ये जवाब\n"
    "एक वरिष्ठ नेता ने बताया कि संसद का मानसून सत्र 11 अगस्त तक चलेगा। "
    "अगर सुप्रीम कोर्ट सजा को निलंबित कर देता है तो राहुल गांधी की सांसदी बहाल हो सकेगी।"
)


def test_a_crosshead_is_never_picked(any_nlp):
    # A sub-heading that scraping glued to the sentence before it: ended by its line break, not by a
    # danda, it teases the paragraph below ("ये जवाब") and says nothing by itself.
    doc = any_nlp(_CROSSHEAD_STORY)
    texts = [s.text for s in doc.sentences]
    crosshead = texts.index("इस पर कांग्रेस ने दिया ये जवाब")
    eligible = is_eligible(doc)
    assert not eligible[crosshead]
    assert eligible.sum() == len(texts) - 1
    assert all(s.index != crosshead for s in make_summary(doc, sentences=len(texts)).sentences)


def test_lines_without_marks_are_no_crossheads_where_the_text_writes_none(nlp):
    # A text that ends no line with a mark (a list, a chat log) has no crossheads: every line may be picked.
    text = _CROSSHEAD_STORY.replace("। ", "\n").replace("।", "")
    doc = nlp(text)
    assert len(doc.sentences) == 6 and is_eligible(doc).all()
    # The last sentence of a text cut off in mid-sentence is none either, nor a numbered item of a list.
    cut = _CROSSHEAD_STORY.rstrip("।") + "\n"
    assert is_eligible(nlp(cut))[-1]
    # A line that ends in a comma goes on in the next.
    goes_on = _CROSSHEAD_STORY.replace("ये जवाब\n", "ये जवाब,\n")
    assert is_eligible(nlp(goes_on)).all()
    listed = _CROSSHEAD_STORY.replace("इस पर कांग्रेस ने दिया ये जवाब\n", "1. इस पर कांग्रेस ने दिया ये जवाब\n")
    doc = nlp(listed)
    assert is_eligible(doc).all()
    # A crosshead that states its point is a headline of its paragraph and may be picked; a label may not.
    stated = _CROSSHEAD_STORY.replace("इस पर कांग्रेस ने दिया ये जवाब\n", "सुप्रीम कोर्ट में राहुल गांधी की याचिका पर सुनवाई टली\n")
    assert is_eligible(nlp(stated)).all()
    label = _CROSSHEAD_STORY.replace("इस पर कांग्रेस ने दिया ये जवाब\n", "सुनवाई की तारीख : 4 अगस्त\n")
    assert not is_eligible(nlp(label)).all()


def test_a_word_weighs_the_same_however_it_is_spelled():
    # BBC Hindi writes the nukta ("ज़िला", "ख़बर"), ILSUM and HDTB mostly do not: the shipped document
    # frequencies hold "जिला" only, and "ज़िला" weighed as a word never seen (IDF 7.81 against 1.89).
    from hindi_brief.rank.weights import DocumentFrequencies, load_df

    df = load_df("lemma")
    assert df.idf("ज़िला") == df.idf("जिला") < df.idf("किसी-शब्द-जो-नहीं-है")
    assert df.idf_array(["ख़बर", "खबर", "हिन्दी", "हिंदी"]).tolist() == [df.idf("खबर")] * 2 + [df.idf("हिंदी")] * 2
    # Spellings counted apart are one term: their counts are summed, at most the number of documents.
    table = DocumentFrequencies(n_docs=10, df={"हिंदी": 4, "हिन्दी": 3, "ज़िला": 8, "जिला": 5})
    assert table.idf("हिन्दी") == table.idf("हिंदी") == DocumentFrequencies(n_docs=10, df={"हिंदी": 7}).idf("हिंदी")
    assert table.idf("जिला") == DocumentFrequencies(n_docs=10, df={"जिला": 10}).idf("जिला")
    assert (table.count("हिन्दी"), table.count("ज़िला"), table.count("किसी-शब्द-जो-नहीं-है")) == (7, 10, 0)


def test_a_summary_shows_its_sentences_without_the_markup_and_credits_removed_inside_them(any_nlp):
    # The cleaner removed them from the words (keywords were shown without them), but a summary sentence was the
    # slice of the original: "केंद्र <b>सरकार</b> ने ...", "... मिलेंगे (फाइल फोटो)।" in the summary.
    text = (
        "<p>केंद्र <b>सरकार</b> ने बुधवार को किसानों के लिए नई योजना की घोषणा की।</p> "
        "<p>छोटे किसानों को हर साल छह हजार रुपये मिलेंगे (फाइल फोटो)। योजना से **देश** के करोड़ों किसानों को लाभ होगा।</p>"
    )
    summary = make_summary(any_nlp(text), sentences=3)
    assert [s.text for s in summary] == [
        "केंद्र सरकार ने बुधवार को किसानों के लिए नई योजना की घोषणा की।",
        "छोटे किसानों को हर साल छह हजार रुपये मिलेंगे।",
        "योजना से देश के करोड़ों किसानों को लाभ होगा।",  # Markdown's bold
    ]
    assert summary.text == " ".join(s.text for s in summary) and str(summary) == summary.text
    assert [s["text"] for s in summary.to_dict()["sentences"]] == [s.text for s in summary]
    # The offsets and the sentence stay those of the original.
    assert [text[s.start:s.end] for s in summary] == [s.sentence.text for s in summary]
    assert summary[0].sentence.text == "केंद्र <b>सरकार</b> ने बुधवार को किसानों के लिए नई योजना की घोषणा की।"
    plain = "केंद्र सरकार ने बुधवार को किसानों के लिए नई योजना की घोषणा की। छोटे किसानों को लाभ होगा।"
    assert all(s.shown is None and s.text == s.sentence.text for s in make_summary(any_nlp(plain), sentences=2))


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("नरेंद्र&nbsp;मोदी ने कहा।", "नरेंद्र मोदी ने कहा।"),  # the entity of a space leaves a space
        ("सरकार ने <b>धारा</b>&nbsp;144 लागू की।", "सरकार ने धारा 144 लागू की।"),  # beside a tag too (a review)
        ("सर<b>कार</b> बनी।", "सरकार बनी।"),  # a tag inside a word leaves nothing
        ("**नई** <i>दिल्ली</i> में बारिश (PTI) हुई (फोटो: एएनआई)।", "नई दिल्ली में बारिश हुई।"),
        ("<b>भारत</b>", "भारत"),
        ("केंद्र सरकार ने नई योजना शुरू की। (फाइल फोटो)।", "केंद्र सरकार ने नई योजना शुरू की।"),  # one full stop
    ],
)
def test_shown_span_closes_up_what_removed_spans_leave(text, shown):
    from hindi_brief.text.clean import clean, merged_spans, shown_span

    spans = merged_spans((r.start, r.end) for r in clean("शीर्षक यहाँ है\n\n" + text).removed)
    spans = [(a - len("शीर्षक यहाँ है\n\n"), b - len("शीर्षक यहाँ है\n\n")) for a, b in spans]
    assert shown_span(text, 0, len(text), spans) == shown


def test_merged_spans_make_overlapping_removals_one():
    from hindi_brief.text.clean import merged_spans, shown_span

    assert merged_spans([(6, 7), (0, 12), (1, 2), (12, 13), (20, 22)]) == [(0, 13), (20, 22)]
    assert shown_span("AAAA BBBB CCCC", 5, 14, merged_spans([(0, 12), (1, 2)])) == "CC"


FRESH = Path(__file__).parent / "fixtures" / "fresh"


@pytest.mark.parametrize("name", ["cricket_report", "heat_explainer", "bihar_politics"])
def test_a_sentence_that_leans_on_the_one_before_comes_with_it(name, monkeypatch):
    # A review of fresh texts: default summaries held "उन्हें प्लेयर ऑफ द मैच चुना गया।" without the sentence naming
    # the player, "इसे मापने के लिए ..." without what "it" is, "इस बयान से ..." without the statement.
    from hindi_brief.rank.features import leaning_openings

    text = (FRESH / f"{name}.txt").read_text(encoding="utf-8")
    doc = hb.Pipeline()(text)
    leans = leaning_openings(doc)
    assert leans.sum() >= 2, [s.text for s in doc.sentences]
    for k in (2, 3, 4):
        summary = hb.summarize(doc, sentences=k)
        picked = {s.index for s in summary}
        orphans = [s.text for s in summary if s.rank > 1 and leans[s.index] and s.index - 1 not in picked]
        assert len(summary) == k and not orphans, (k, orphans)
    # A word budget may leave out the sentence before (a review: "उन्हें प्लेयर ऑफ द मैच चुना गया।" at 30 words).
    for budget in range(10, 200, 5):
        summary = hb.summarize(doc, max_words=budget)
        picked = {s.index for s in summary}
        orphans = [s.text for s in summary if s.rank > 1 and leans[s.index] and s.index - 1 not in picked]
        assert not orphans, (budget, orphans)
    # Past the MMR picks the rest go by score, the rule still holding (a review: 4 orphans in 150 of 534 sentences).
    import hindi_brief.rank.summarize as summarize

    monkeypatch.setattr(summarize, "MMR_MAX_PICKS", 1)
    free = int(np.count_nonzero(is_eligible(doc) & ~leans))  # sentences that never wait
    assert free >= 6
    for k in range(2, free + 1):
        summary = hb.summarize(doc, sentences=k)
        picked = {s.index for s in summary}
        orphans = [s.text for s in summary if s.rank > 1 and leans[s.index] and s.index - 1 not in picked]
        assert not orphans, (k, orphans)


def test_what_leans_on_the_sentence_before_is_a_demonstrative_or_a_conjunction():
    from hindi_brief.rank.features import leaning_openings

    text = (
        "भारत और अमेरिका ने नई दिल्ली में रक्षा सहयोग बढ़ाने के समझौते पर हस्ताक्षर किए। "
        "उन्होंने कहा कि यह सहयोग दोनों देशों के लिए अहम है। "
        "लेकिन विपक्ष ने समझौते की शर्तों पर सवाल उठाए। "
        "इसके तहत दोनों देशों के उद्योग मिलकर नए इंजन बनाएंगे। "
        "हम इस फैसले का स्वागत करते हैं। "
        "आख़िरकार दोनों देशों ने साझा बयान जारी किया।"
    )
    # "हम" (we) and "आख़िरकार" (in the end) name what they speak of themselves; "उन्होंने", "लेकिन", "इसके" do not.
    assert leaning_openings(hb.Pipeline(tagger="embedded")(text)).tolist() == [False, True, True, True, False, False]
    assert not leaning_openings(hb.Pipeline(tagger="none")(text)).any()


def test_a_time_of_the_present_or_a_condition_leans_on_nothing_and_therefore_or_then_do():
    from hindi_brief.rank.features import openings

    text = (
        "भारत ने ऑस्ट्रेलिया को तीसरे टेस्ट मैच में हरा दिया। "
        "इस साल टीम ने दस में से आठ मैच जीते हैं। "
        "इसलिए कप्तान ने खिलाड़ियों की तारीफ़ की। "
        "अगर अगले मैच में बारिश हुई तो सीरीज़ भारत के नाम रहेगी। "
        "साथ ही बोर्ड ने नई चयन नीति की घोषणा की। "
        "फिर खिलाड़ी होटल लौट गए। "
        "लेकिन तेज़ गेंदबाज़ की चोट ने चिंता बढ़ा दी।"
    )
    # "इस साल" (this year) and "अगर ..., तो ..." (if ..., then ...) read alone; "इसलिए" (therefore), "साथ ही" (along
    # with that), "फिर" (then) and "लेकिन" (but) carry on from the sentence before; only "लेकिन" is a conjunction.
    opens = openings(hb.Pipeline(tagger="embedded")(text))
    assert opens.leans.tolist() == [False, False, True, False, True, True, True]
    assert opens.contrasts.tolist() == [False, False, False, False, False, False, True]
    # "इसी साल" (this very year), "फिर से" (again) and "चूंकि ..., इसलिए ..." (since ..., therefore ...) read alone.
    more = openings(hb.Pipeline(tagger="embedded")(
        "भारत ने ऑस्ट्रेलिया को तीसरे टेस्ट मैच में हरा दिया। इसी साल टीम ने दस में से आठ मैच जीते हैं। "
        "फिर से टीम ने शानदार खेल दिखाया। चूंकि बारिश हुई थी, इसलिए मैच देर से शुरू हुआ।"
    ))
    assert more.leans.tolist() == [False, False, False, False] and not more.contrasts.any()


@pytest.mark.parametrize("tagger", ["embedded", "none"])
@pytest.mark.parametrize("name", ["library_profile", "science_essay"])
def test_a_one_sentence_summary_does_not_open_with_but(name, tagger):
    # A review of fresh texts: the one-sentence summary of a profile was "लेकिन रामेश्वर प्रसाद के घर के बरामदे में ..."
    # and of an essay "पर आज जब हम विज्ञान की उपलब्धियों को देखते हैं ...": a sentence that answers one left out.
    # Untagged text knows such conjunctions by their words (a review: untagged, the profile's summary was unchanged).
    from hindi_brief.rank.features import openings

    doc = hb.Pipeline(tagger=tagger)((FRESH / f"{name}.txt").read_text(encoding="utf-8"))
    contrasts = openings(doc).contrasts
    assert contrasts.any()
    for k in (1, 2, 3):
        summary = hb.summarize(doc, sentences=k)
        assert len(summary) == k
        opening = next(s for s in summary if s.rank == 1)
        assert not contrasts[opening.index], opening.text
    # Nor under a word budget, which may pass over the first pick (a review: max_words=15 gave "लेकिन ..." alone).
    for budget in range(5, 120, 5):
        opening = next(s for s in hb.summarize(doc, max_words=budget) if s.rank == 1)
        assert not contrasts[opening.index], (budget, opening.text)


def test_a_word_budget_does_not_open_with_but():
    text = (
        "केंद्र सरकार ने सोमवार को देश के सभी राज्यों में किसानों के लिए नई फसल बीमा योजना शुरू करने की घोषणा की जिसके "
        "तहत छोटे और सीमांत किसानों को बाढ़ सूखे और ओलावृष्टि से हुए नुकसान का पूरा मुआवजा तीस दिनों के भीतर सीधे उनके "
        "बैंक खातों में दिया जाएगा। लेकिन किसान संगठनों ने इस योजना की शर्तों पर सवाल उठाए। कृषि मंत्री ने कहा कि योजना का "
        "बजट बीस हजार करोड़ रुपये है। विपक्ष ने योजना को चुनावी घोषणा बताया। राज्यों को अगले महीने तक किसानों की सूची भेजनी होगी।"
    )
    for budget in (15, 25):
        summary = hb.summarize(text, max_words=budget)
        assert summary and not any(s.text.startswith("लेकिन") for s in summary if s.rank == 1), (budget, summary.text)


def test_a_long_text_is_not_held_to_the_leaning_rule(any_nlp, monkeypatch):
    # An essay's human extract keeps a sentence that leans on the one before where it stands; held to the rule, the
    # essays' summaries fell below TextRank's at the reference's length (model card). An essay of
    # benchmarks/essays_and_articles.jsonl whose summaries of 3 sentences and of a third differed under the rule.
    from conftest import benchmark_module
    import hindi_brief.rank.summarize as summarize
    from hindi_brief.evaluation.conditions import third_of

    essay = next(t for t in benchmark_module("essays_and_articles").read_texts() if t.id == "w5-1")
    doc = any_nlp(essay.text)
    assert summarize.is_long(len(doc.sentences), sum(s.n_words for s in doc.sentences))
    lengths = (3, third_of(len(doc.sentences)))
    held = [[s.index for s in make_summary(doc, sentences=k).sentences] for k in lengths]
    from hindi_brief.rank.features import Openings, openings

    monkeypatch.setattr(summarize, "openings", lambda d: Openings(np.zeros(len(d.sentences), dtype=bool), openings(d).contrasts))
    assert held == [[s.index for s in make_summary(doc, sentences=k).sentences] for k in lengths]


def test_a_question_is_not_picked():
    # A review of an interview: a summary of a fifth of it held 4 of the interviewer's questions among 11 sentences.
    text = (
        "जलवायु वैज्ञानिक डॉ. मीनाक्षी राव ने मानसून में आए बदलावों पर विस्तार से बात की।\n\n"
        "सवाल: क्या मानसून की कुल बारिश कम हो गई है?\n\n"
        "जवाब: देश की कुल बारिश में बड़ा बदलाव नहीं आया है, पर बारिश अब कम दिनों में और ज़्यादा तेज़ी से होती है।\n\n"
        "सवाल: किसानों पर मानसून के इस बदलाव का क्या असर पड़ रहा है?\n\n"
        "जवाब: बुवाई का समय बिगड़ रहा है और एक ही मौसम में सूखा और बाढ़ दोनों देखने को मिल रहे हैं।\n\n"
        "सवाल: किसान मानसून के इस बदलाव से कैसे निपटें?\n\n"
        "जवाब: किसान मौसम की चेतावनियों को गंभीरता से लें और कम पानी वाली फसलों की ओर बढ़ें।"
    )
    doc = hb.Pipeline()(text)
    questions = {s.index for s in doc.sentences if s.text.rstrip().endswith("?")}
    assert len(questions) == 3
    for k in (1, 2, 3, 4):
        assert not questions & {s.index for s in hb.summarize(doc, sentences=k)}, k
    assert not questions & {s.index for s in hb.summarize(doc, max_words=60)}


def test_a_sentence_that_closes_its_own_quotation_is_shown_as_written(any_nlp):
    # PTI opens a quotation with ‘‘ and closes it with '' (ILSUM hindi_2022_5741): the sentence closes what it opens.
    # No closing mark is added.
    text = (
        "भाजपा अध्यक्ष जेपी नड्डा ने रविवार को उत्तर प्रदेश में बूथ विजय अभियान की शुरुआत की। "
        "नड्डा ने कहा, ‘‘मैं सपा, बसपा और कांग्रेस के नेताओं को खुली बहस की चुनौती देता हूं।'' "
        "नड्डा ने आरोप लगाया, ‘‘तीनों दलों की सरकारों में अपराध और अराजकता का बोलबाला था। "
        "उनकी सरकारों में अपराधी मस्त थे और जनता त्रस्त थी लेकिन अब अपराधी त्रस्त हैं।’’ "
        "भाजपा ने राज्य के सभी बूथों पर कार्यकर्ताओं की बैठकें बुलाई हैं।"
    )
    summary = make_summary(any_nlp(text), sentences=len(text))
    challenge = next(s for s in summary.sentences if "चुनौती" in s.text)
    assert challenge.text == challenge.sentence.text, challenge.text



@pytest.mark.parametrize(
    ("text", "tails", "closing"),
    [
        # The splitter leaves a straight mark glued to the next word at the start of the next sentence: there it closes
        # the ‘‘, and the " after it opens the quotation the ’’ closes (ILSUM hindi_2022_4380, a review).
        (
            "मुख्यमंत्री ने ट्वीट किया, ‘‘मंत्रिमंडल ने सप्ताहांत लॉकडाउन लागू करने का फैसला किया है।\"ट्वीट में "
            "मुख्यमंत्री ने आगे लिखा, \"आप सभी से आग्रह है कि लॉकडाउन में घर पर रहें। आपके पूर्ण सहयोग की अपेक्षा है।’’ "
            "पंजाब में कोविड के मामले तेजी से बढ़ रहे हैं।",
            [False, False, True, False],
            [None, '"', None, None],
        ),
        # A straight mark right after the final mark closes the ‘‘ it follows (ILSUM hindi_2022_8123, a review).
        (
            "किसान नेता राकेश टिकैत ने कहा, ‘‘हमने 29 दिसंबर को सरकार के साथ वार्ता करने का फैसला किया है।\" उन्होंने "
            "कहा, \"सरकार को तीनों कृषि कानून वापस लेने होंगे।\" दिल्ली की सीमाओं पर किसान एक महीने से डटे हुए हैं।",
            [False, False, False],
            [None, None, None],
        ),
        # A straight mark glued to the word after it opens a quotation inside a curly one (a review).
        (
            "मंत्री ने कहा, “इसे \"अपराध\" कहना गलत है। यह सरकार की नीति का हिस्सा है।” विपक्ष ने मंत्री के बयान की "
            "कड़ी आलोचना की।",
            [False, True, False],
            ["”", None, None],
        ),
        # A stray mark the line never closes, then a quotation opened anew: the sentences between are the story's
        # (ILSUM hindi_2022_7865 had four of them taken for a quotation's tail).
        (
            "\"नोएडा: दिल्ली से नोएडा जाने वाले लोगों का रैंडम कोरोना टेस्ट किया जाएगा। नोएडा के डीएम ने इस बारे में "
            "जानकारी दी है। डीएम ने कहा \"यह वृद्धि सीमा पार संक्रमण के कारण हुई है। इसलिए सभी की जांच जरूरी है।\" "
            "जांच मंगलवार से शुरू होगी।",
            [False, False, False, True, False],
            [None, None, '"', None, None],
        ),
        # A mark glued to a symbol opens a quotation as one glued to a word does (a review: "₹500 करोड़" closed the ''
        # around it, and the quotation's tail became eligible).
        (
            "उन्होंने कहा, ''सरकार ने किसानों के लिए \"₹500 करोड़\" देने का फैसला किया है। हम इस फैसले से बहुत खुश "
            "हैं।'' विपक्ष ने इस पैसे के इस्तेमाल पर सवाल उठाए।",
            [False, True, False],
            ["''", None, None],
        ),
        # The splitter, pairing straight marks by their count, leaves the opening mark of "पठान" at the end of the
        # sentence before it; there it closes nothing (a review; ILSUM hindi_2023_train_3077).
        (
            "उन्होंने कहा, \"हम यह चुनाव जरूर जीतेंगे और गांवों के लिए काम करेंगे। सरकार ने गांवों के लिए नई योजना शुरू की। \"पठान\" फिल्म ने गांवों "
            "में भी कमाई का नया रिकॉर्ड बनाया। यह खबर पूरे देश में तेजी से फैल गई।",
            [False, False, False, False],
            [None, None, None, None],
        ),
    ],
)
def test_quotation_marks_are_read_by_where_they_stand(any_nlp, text, tails, closing):
    doc = any_nlp(text)
    assert len(doc.sentences) == len(tails), [s.text for s in doc.sentences]
    assert is_eligible(doc).tolist() == [not t for t in tails]
    assert opens_quotations(doc) == closing
    summary = make_summary(doc, sentences=len(tails))
    shown = {s.index for s in summary.sentences}
    for s in summary.sentences:  # a sentence shown closed gets the mark of the quotation it leaves open
        mark = closing[s.index]
        assert s.text == (s.sentence.text + " …" + mark if mark and s.index + 1 not in shown else s.sentence.text)
