"""Keyphrases (hindi_brief.rank.keywords): candidates, lemma merging, de-duplication, offsets."""

from __future__ import annotations

import itertools
import math
from pathlib import Path
from typing import Callable, Sequence

import unicodedata

import pytest
from conftest import benchmark_module

import hindi_brief as hb
from hindi_brief.rank import make_keywords
from hindi_brief.rank.keyphrase.vocabulary import ONCE_SAID_SENTENCES
from hindi_brief.rank.keywords import keywords_and_candidates
from hindi_brief.rank.summarize import LONG_DOC
from hindi_brief.text.skeleton import acronym_letters
from hindi_brief.text.stopwords import STOPWORDS

ROOT = Path(__file__).resolve().parent.parent
FRESH = ROOT / "tests" / "fixtures" / "fresh"
BOILERPLATE = {"update", "gmt", "tags", "एएनआई", "similar", "news", "new", "delhi"}


class DictTagger:
    """A tiny stand-in tagger: fixed POS and lemmas for a handful of words, so the
    merging logic is tested apart from the statistical model's quality."""

    name = "dict"
    PROPN = {"राजनाथ", "सिंह", "पीट", "हेगसेथ", "भारत", "अमेरिका"}
    ADJ = {"द्विपक्षीय", "नई", "नए", "बड़ी", "गहरा", "व्यापक", "अमेरिकी", "केंद्रीय"}
    VERB = {"की", "किया", "हुई", "बढ़ाया", "बताया", "हुआ", "करेंगे", "करने", "बढ़ाने", "जताई", "दी", "रहे", "करते"}
    LEMMA = {"सहयोगों": "सहयोग", "मंत्रियों": "मंत्री", "बैठकों": "बैठक", "नई": "नया"}

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]:
        out = []
        for sent in sentences:
            row = []
            for w in sent:
                if not any(ch.isalpha() for ch in w):
                    pos = "PUNCT"
                elif w in STOPWORDS:
                    pos = "ADP"
                elif w in self.PROPN:
                    pos = "PROPN"
                elif w in self.ADJ:
                    pos = "ADJ"
                elif w in self.VERB:
                    pos = "VERB"
                else:
                    pos = "NOUN"
                row.append((pos, self.LEMMA.get(w, w)))
            out.append(row)
        return out


@pytest.fixture(scope="module")
def dict_nlp() -> hb.Pipeline:
    nlp = hb.Pipeline(tagger="none")
    nlp.tagger = DictTagger()  # the Pipeline calls any object with the Tagger protocol
    return nlp


@pytest.fixture(scope="module")
def none_nlp() -> hb.Pipeline:
    return hb.Pipeline(tagger="none")


@pytest.fixture(scope="module")
def embedded() -> hb.Pipeline:
    return hb.Pipeline(tagger="embedded")  # the model ships with the package: a broken one must fail


def assert_no_keyword_inside_another(kws: Sequence[hb.Keyword]) -> None:
    """No keyword's words (hyphen compounds split) run inside another keyword's words."""
    parts = [tuple(p for w in k.text.split() for p in w.split("-") if p) for k in kws]
    for a, pa in enumerate(parts):
        for b, pb in enumerate(parts):
            if a != b and len(pb) > len(pa):
                assert not any(pb[i : i + len(pa)] == pa for i in range(len(pb) - len(pa) + 1)), (kws[a], kws[b])


def _check_seed000(kws: list[hb.Keyword]) -> None:
    texts = [k.text for k in kws]
    joined = " | ".join(texts)
    assert_no_keyword_inside_another(kws)
    assert not {"बुधवार", "मंगलवार"} & {w for t in texts for w in t.split()}
    for must in ("राजनाथ सिंह", "पीट हेगसेथ", "रक्षा"):
        assert any(must in t for t in texts), (must, joined)
    for k in kws:
        words = k.text.split()
        assert words[0] not in STOPWORDS and words[-1] not in STOPWORDS, k
        assert not (set(w.lower() for w in words) & BOILERPLATE), k
        assert math.isfinite(k.score) and k.score > 0
    assert [k.score for k in kws] == sorted((k.score for k in kws), reverse=True)


def test_seed000_top_keywords_with_embedded_tagger(embedded, seed000):
    _check_seed000(make_keywords(embedded(seed000), top=10))


def test_seed000_top_keywords_with_pattern_tags(dict_nlp, seed000):
    _check_seed000(make_keywords(dict_nlp(seed000), top=10))


def test_untagged_keywords_are_clean(none_nlp, seed000):
    kws = make_keywords(none_nlp(seed000), top=10)
    assert len(kws) == 10
    assert any("राजनाथ सिंह" in k.text for k in kws)
    for k in kws:
        assert k.text.split()[0] not in STOPWORDS and k.text.split()[-1] not in STOPWORDS
        assert not (set(w.lower() for w in k.text.split()) & BOILERPLATE)


def test_inflected_forms_merge_under_one_lemma(dict_nlp):
    text = (
        "दोनों मंत्रियों की बैठक\n\n"
        "दोनों मंत्रियों ने सहयोग पर चर्चा की। "
        "रक्षा मंत्री ने सहयोगों की समीक्षा की। "
        "मंत्रियों ने नई योजनाओं पर सहयोग बढ़ाया। "
        "मंत्री ने कहा कि बैठक सफल रही। मंत्रियों ने अगली बैठक तय की।"
    )
    kws = make_keywords(dict_nlp(text), top=20)
    by_lemma = {k.lemma: k for k in kws}
    # मंत्री is said mostly outside "दोनों मंत्रियों" (4 of 6 times), so the word stands on its own and the
    # phrase is not listed beside it; its text is the base form the text uses, its variants every form seen.
    mantri = by_lemma["मंत्री"]
    assert mantri.text == "मंत्री" and mantri.variants == ("मंत्रियों", "मंत्री") and mantri.count == 6
    assert "दोनों मंत्री" not in by_lemma
    sahyog = by_lemma["सहयोग"]
    assert sahyog.count == 3 and sahyog.text == "सहयोग"
    assert {text[s:e] for s, e in sahyog.offsets} == {"सहयोग", "सहयोगों"}
    assert len([k for k in kws if k.lemma == "सहयोग"]) == 1


def test_spaced_and_joined_hyphen_compounds_are_one_keyword(dict_nlp, seed000):
    from hindi_brief.rank.keywords import candidates

    doc = dict_nlp(seed000)
    text = seed000
    # seed 000 writes the compound spaced ("भारत - अमेरिका") and half-spaced ("भारत -अमेरिका"):
    # one candidate holds all four occurrences, whatever the spacing ...
    compounds = [c for key, c in candidates(doc).items() if len(key) == 1 and "भारत" in key[0] and "अमेरिका" in key[0]]
    assert len(compounds) == 1
    assert len(compounds[0].offsets) == 4
    assert {text[s:e].replace(" ", "") for s, e in compounds[0].offsets} == {"भारत-अमेरिका"}
    # ... and the one keyword listed with it ("भारत-अमेरिका रक्षा सहयोग", which speaks for it) closes it up.
    listed = [k.text for k in make_keywords(doc, top=50) if "भारत" in k.text and "अमेरिका" in k.text]
    assert len(listed) == 1 and listed[0].startswith("भारत-अमेरिका"), listed


def test_a_spaced_dash_joins_two_names_only(embedded):
    """A hyphen with a space on both sides joins two names ("भारत - अमेरिका"); between a noun
    and a name it is a dash (ILSUM's "प्रमोटर - एलन मस्क"), and the name stands on its own."""
    text = (
        "स्पेस-एक्स के प्रमोटर - एलन मस्क ने स्टारशिप की पहली टेस्ट फ्लाइट के बारे में बताया। "
        "एलन मस्क ने कहा कि स्टारशिप मानव को मंगल तक ले जाएगा। भारत - अमेरिका व्यापार पर भी असर होगा।"
    )
    texts = [k.text for k in make_keywords(embedded(text), top=20)]
    assert "एलन मस्क" in texts and "प्रमोटर" in texts
    assert not [t for t in texts if "प्रमोटर" in t and "मस्क" in t]
    assert [t for t in texts if t.startswith("भारत-अमेरिका")]  # shown with the hyphen closed up


def test_a_word_whose_lemma_is_one_letter_is_no_phrase_word(embedded):
    """ILSUM's horoscope writes "वालों कों उपलब्धि" ("कों", a typo for "को"), which the tagger calls a
    noun with the lemma "क": no keyword shows it or holds it."""
    text = (
        "तुला राशि के नौकरीपेशा लोगों की तरक्की के योग हैं। वृश्चिक राशि वालों कों उपलब्धि मिल सकती है। "
        "कुंभ राशि वालों को धन लाभ होगा।"
    )
    kws = make_keywords(embedded(text), top=30)
    assert "उपलब्धि" in [k.text for k in kws]
    assert not [k for k in kws if any("कों" in v.split() for v in k.variants) or any(len(w) < 2 for w in k.lemma.split())]


@pytest.mark.parametrize("nlp", ["embedded", "none_nlp"])
def test_a_word_said_twice_is_no_phrase_word(nlp, request):
    """"अलग-अलग शहरों" (various cities), "अपने-अपने तंबू" (each their own tent), "एक-एक पल", "सलमान धीरे-धीरे"
    (slowly), "मुन्ना बार-बार" (again and again): a word said twice over is an adverb of distribution, manner or
    repetition, so the noun beside it stands alone."""
    text = (
        "अलग-अलग शहरों में बारिश हुई। दिल्ली के अलग-अलग शहरों में पानी भर गया। नेता अपने-अपने तंबू उखाड़ने लगे। "
        "एक-एक पल कीमती है। मंच पर सलमान धीरे-धीरे आगे बढ़े। सलमान ने फैंस से बात की। "
        "फिल्म में मुन्ना बार-बार गलती करता है। मुन्ना की कहानी पर बहस जारी है।"
    )
    texts = [k.text for k in make_keywords(request.getfixturevalue(nlp)(text), top=30)]
    assert not [t for t in texts if any(w in t for w in ("अलग-अलग", "अपने-अपने", "एक-एक", "धीरे-धीरे", "बार-बार"))]
    assert {"सलमान", "मुन्ना"} <= set(texts)


@pytest.mark.parametrize("nlp", ["embedded", "none_nlp"])
def test_headline_imperatives_and_dates_in_compounds_are_no_keywords(nlp, request):
    """A headline's "जानिए ..." / "देखिए ..." ("know", "see": the tagger may read them as nouns, and
    lemmatise "जानिए" as "जानिया") and a month in a hyphen compound ("मई-2022": a date) name no topic."""
    text = (
        "जानिए पहली टेस्ट फ्लाइट में क्या हुआ\n\n"
        "स्पेस-एक्स की स्टारशिप की पहली टेस्ट फ्लाइट में विस्फोट हुआ। देखिए पूरी लिस्ट और जानिए वजह। "
        "मई-2022 में कंपनी ने 1,000 कारें बेचीं और मई-2023 में 1,500 कारें बेचीं। स्टारशिप का विस्फोट चर्चा में है।"
    )
    kws = make_keywords(request.getfixturevalue(nlp)(text), top=30)
    words = {w for k in kws for w in k.text.replace("-", " ").split()} | {w for k in kws for w in k.lemma.split()}
    assert not {"जानिए", "जानिया", "देखिए", "देखिया", "मई"} & words
    assert "स्टारशिप" in [k.text for k in kws]


def test_a_dash_used_as_a_colon_joins_nothing(dict_nlp):
    """"कहानी- तंगहाली" (dash glued to the word before it, space after) introduces a title or a
    quote, so it is no compound; "भारत - अमेरिका" and "भारत -अमेरिका" are one."""
    text = (
        "प्रतिभा की कहानी- तंगहाली\n\n"
        "नेता बोले- सरकार मजबूत है। नई कहानी- तंगहाली पढ़ी गई। "
        "भारत - अमेरिका व्यापार बढ़ा। भारत -अमेरिका व्यापार और भारत-अमेरिका व्यापार बढ़ा।"
    )
    kws = make_keywords(dict_nlp(text), top=50)
    lemmas = {k.lemma for k in kws}
    assert not [k.text for k in kws if "- " in k.text.replace(" - ", " ")]
    assert not {"कहानी-तंगहाली", "बोले-सरकार"} & lemmas
    words = {w for lemma in lemmas for w in lemma.split()}
    assert {"कहानी", "तंगहाली"} <= words
    assert not [k.text for k in kws if "बोले" in k.lemma.split()]  # a reporting verb, even tagged NOUN
    compound = [k for k in kws if "भारत-अमेरिका" in k.lemma.split()]
    assert len(compound) == 1 and compound[0].text.replace(" ", "").startswith("भारत-अमेरिका")


def test_keywords_never_cross_a_sentence_boundary_and_offsets_point_at_the_text(dict_nlp, none_nlp, seed000, seed001):
    for nlp in (dict_nlp, none_nlp):
        for text in (seed000, seed001):
            doc = nlp(text)
            spans = ([doc.headline] if doc.headline else []) + list(doc.sentences)
            for k in make_keywords(doc, top=30):
                assert k.count == len(k.offsets) >= 1
                assert list(k.offsets) == sorted(k.offsets)
                surfaces = {" ".join(text[s:e].split()) for s, e in k.offsets}
                assert set(k.variants) == surfaces
                # The text is a surface form, a compound's hyphen closed up ("भारत - अमेरिका" -> "भारत-अमेरिका"),
                # or a common phrase with its head in the lemma form ("दोनों मंत्रियों" -> "दोनों मंत्री").
                closed = {v.replace(" - ", "-").replace(" -", "-").replace("- ", "-") for v in surfaces}
                assert k.text in closed or (
                    len(k.text.split()) == len(k.lemma.split()) > 1 and k.text.split()[-1] == k.lemma.split()[-1]
                ), (k, closed)
                for s, e in k.offsets:
                    assert any(sp.start <= s and e <= sp.end for sp in spans), (k, text[s:e])
                    assert "।" not in text[s:e] and "\n" not in text[s:e]


def test_contained_phrases_are_deduplicated(dict_nlp, seed001):
    kws = make_keywords(dict_nlp(seed001), top=10)
    texts = [k.text for k in kws]
    # Proper-noun chains are kept whole: no bare first name next to the full name.
    assert "राजनाथ सिंह" in texts and "राजनाथ" not in texts and "पीट" not in texts


def test_top_limits_the_list_and_empty_text_gives_none(none_nlp, seed000):
    assert len(make_keywords(none_nlp(seed000), top=3)) == 3
    assert make_keywords(none_nlp(""), top=5) == ()
    assert make_keywords(none_nlp("Update: 2025-02-06 17:02 GMT"), top=5) == ()


def test_keyword_to_dict(none_nlp, seed000):
    k = make_keywords(none_nlp(seed000), top=1)[0]
    d = k.to_dict()
    assert list(d) == ["text", "lemma", "score", "count", "offsets", "variants"]
    assert d["variants"] == list(k.variants) and k.variants
    assert d["offsets"] == [list(o) for o in k.offsets] and round(k.score, 6) == d["score"]


def test_tied_phrases_are_ordered_by_first_occurrence(none_nlp):
    """Unseen names met once, side by side, score the same in exact arithmetic; they come in
    the order they were first seen, whatever the last bits of the computed scores."""
    names = ["ज़ोरावरक", "भीमसेनक", "चंद्रहासक", "वीरभद्रक"]
    body = "{} और {} के साथ {} तथा {} भी मैदान में पहुंचे। मैदान में भीड़ थी। मैदान खाली हुआ।"
    for perm in itertools.permutations(names):
        kws = make_keywords(none_nlp(body.format(*perm)), top=10)
        texts = [k.text for k in kws]
        assert [t for t in texts if t in names] == list(perm)
        assert len({k.score for k in kws if k.text in names}) == 1


def test_today_and_headline_imperatives_are_not_keyphrase_words(dict_nlp):
    text = "जानें नई नीति के बारे में\n\nसरकार ने आज नई नीति की घोषणा की। नई नीति से किसानों को फायदा होगा। कल नीति लागू होगी।"
    kws = make_keywords(dict_nlp(text), top=20)
    words = {w for k in kws for w in k.lemma.split()}
    assert not {"आज", "कल", "जानें"} & words
    # "आज नई नीति" is never a phrase; नीति is said mostly in "नई नीति" (3 of 4 times), so the phrase stands
    # for the word.
    lemmas = {k.lemma for k in kws}
    assert "नया नीति" in lemmas and "नीति" not in lemmas and "आज नया नीति" not in lemmas, lemmas


def test_seed_keywords_in_base_form_with_variants_and_no_repeats(embedded, seed000, seed001):
    for text in (seed000, seed001):
        kws = make_keywords(embedded(text), top=10)
        assert_no_keyword_inside_another(kws)
        for k in kws:
            assert k.count == len(k.offsets) and set(k.variants) == {" ".join(text[s:e].split()) for s, e in k.offsets}
    by_lemma = {k.lemma: k for k in make_keywords(embedded(seed000), top=10)}
    assert by_lemma["संबंध"].text == "संबंध" and "संबंधों" in by_lemma["संबंध"].variants


def test_generic_nouns_days_and_lone_adjectives_are_not_keywords(embedded):
    text = (
        "बुधवार को दिल्ली में लोगों ने प्रदूषण के खिलाफ प्रदर्शन किया। "
        "लोगों का कहना है कि प्रदूषण से हर दिन लोगों की सेहत बिगड़ रही है। "
        "मामले में सरकार ने कहा कि धीमी कार्रवाई के आरोप गलत हैं और प्रदूषण पर काबू पाया जाएगा। "
        "पिछले हफ्ते भी लोगों ने बुधवार को प्रदूषण पर प्रदर्शन किया था।"
    )
    texts = [k.text for k in make_keywords(embedded(text), top=10)]
    assert "प्रदूषण" in texts
    for word in ("बुधवार", "लोग", "लोगों", "दिन", "मामले", "मामला", "धीमी", "हफ्ते", "सरकार"):
        assert word not in texts, (word, texts)


def test_an_outlet_said_only_as_the_one_told_is_no_keyword(embedded):
    # A review of BBC-style stories: "बीबीसी हिंदी" from "ने बीबीसी हिंदी को बताया" closed two of ten lists. A story about
    # the outlet says its name otherwise too, and keeps it.
    told = (
        "हिमाचल प्रदेश के मंडी ज़िले में बादल फटने से भारी तबाही हुई है। मंडी के उपायुक्त ने बीबीसी हिंदी को बताया कि "
        "राहत कार्य जारी है। एक ग्रामीण ने बीबीसी हिंदी से बातचीत में कहा कि मंडी में ऐसी बारिश पहले नहीं देखी। "
        "मंडी ज़िले में कई सड़कें बंद हैं और बादल फटने से कई घर बह गए।"
    )
    texts = [k.text for k in make_keywords(embedded(told), top=10)]
    assert "हिमाचल प्रदेश" in texts and not any("बीबीसी" in t for t in texts), texts
    # A verb's stem before its auxiliary ("को बता रहे थे", "से कह रहा था") credits it as well (a second review).
    told = told.replace("ने बीबीसी हिंदी को बताया कि", "बीबीसी हिंदी को बता रहे थे कि").replace(
        "ने बीबीसी हिंदी से बातचीत में कहा कि", "बीबीसी हिंदी से कह रहा था कि"
    )
    assert "को बता रहे थे" in told and "से कह रहा था" in told
    assert not any("बीबीसी" in k.text for k in make_keywords(embedded(told), top=10))
    # An interview given it, a talk held with it.
    told = told.replace("बीबीसी हिंदी को बता रहे थे कि", "ने बीबीसी हिंदी को दिए इंटरव्यू में कहा कि").replace(
        "बीबीसी हिंदी से कह रहा था कि", "ने बीबीसी हिंदी से हुई बातचीत में कहा कि"
    )
    assert "को दिए इंटरव्यू में" in told and "से हुई बातचीत में" in told
    assert not any("बीबीसी" in k.text for k in make_keywords(embedded(told), top=10))
    about = (
        "आयकर विभाग ने बीबीसी के दिल्ली और मुंबई दफ़्तरों में सर्वे किया। बीबीसी ने कहा कि वह अधिकारियों का सहयोग कर "
        "रहा है। विपक्ष ने बीबीसी पर सर्वे की आलोचना की। बीबीसी के कर्मचारियों से भी पूछताछ हुई।"
    )
    assert "बीबीसी" in [k.text for k in make_keywords(embedded(about), top=10)]
    # "से कहीं ज़्यादा" compares: it credits nothing (a review found "कह" read as a prefix).
    ratings = (
        "टीवी रेटिंग में इस हफ़्ते एबीपी न्यूज़ आगे रहा। आजतक के दर्शक एबीपी न्यूज़ से कहीं ज़्यादा रहे, फिर भी एबीपी न्यूज़ "
        "ने रेटिंग में बढ़त बनाई। विज्ञापनदाताओं ने एबीपी न्यूज़ के नए कार्यक्रमों को सराहा।"
    )
    assert "एबीपी न्यूज़" in [k.text for k in make_keywords(embedded(ratings), top=10)]
    # An outlet's name of two words ("अल जज़ीरा", listed "अल-जज़ीरा").
    qatar = (
        "क़तर में फ़ुटबॉल विश्व कप की तैयारियां पूरी हो गई हैं। आयोजन समिति के प्रमुख ने अल जज़ीरा को बताया कि स्टेडियम "
        "तैयार हैं। क़तर के खेल मंत्री ने अल जज़ीरा से कहा कि विश्व कप में दस लाख दर्शक आएंगे।"
    )
    assert not any("जज़ीरा" in k.text for k in make_keywords(embedded(qatar), top=10))


def test_the_current_and_last_period_words_are_no_keyword_words(embedded):
    # "मौजूदा टीका" (the current vaccine) is the vaccine; "पिछली तिमाही" (the last quarter) and "वर्तमान वर्ष" are times
    # relative to the writing, as "पिछले हफ्ते" is. "चालू" (current) also makes terms: "चालू खाता घाटा" stays whole.
    text = (
        "विशेषज्ञों का कहना है कि मौजूदा टीका नए वेरिएंट पर भी असर करेगा। मौजूदा टीका लगवा चुके लोगों को बूस्टर खुराक "
        "दी जाएगी। वर्तमान वर्ष में टीका उत्पादन दोगुना होगा और पिछली तिमाही में टीका निर्यात बढ़ा। "
        "वर्तमान वर्ष के अंत तक सभी को टीका मिल जाएगा।"
    )
    texts = [k.text for k in make_keywords(embedded(text), top=10)]
    assert "टीका" in texts, texts
    assert not {"मौजूदा", "वर्तमान", "पिछली"} & {w for t in texts for w in t.split()}, texts
    deficit = (
        "देश का चालू खाता घाटा दूसरी तिमाही में बढ़ गया। रिज़र्व बैंक के आंकड़ों के अनुसार चालू खाता घाटा जीडीपी के दो "
        "प्रतिशत पर पहुंच गया। विशेषज्ञों के अनुसार चालू खाता घाटा आयात बढ़ने से बढ़ा है।"
    )
    assert "चालू खाता घाटा" in [k.text for k in make_keywords(embedded(deficit), top=10)]


@pytest.mark.parametrize(
    ("text", "not_words"),
    [
        # In Latin letters a capitalised word reads as a name; a day or month name is none.
        ("अदालत ने Monday को सुनवाई की। Monday की सुनवाई में सरकार ने जवाब दिया। अगली सुनवाई Friday को तय की।", {"Monday", "Friday"}),
        ("चुनाव June में होंगे। June में मतदान होगा और आयोग ने तैयारी शुरू की।", {"June"}),
        # English day names written in Devanagari.
        ("फिल्म संडे को रिलीज होगी। संडे को दर्शक सिनेमाघरों में आएंगे। फिल्म का बजट बड़ा है।", {"संडे"}),
        # Spellings news sites use beside "गुरुवार" (ILSUM: 4 and 1 times; the tagger calls them names).
        (
            "शराब कारोबारी दीप मल्होत्रा के घर गुरूवार सुबह इनकम टैक्स की टीमें पहुंचीं। गुरूवार को दिन भर जांच चली। "
            "टीमें गुरवार देर रात लौटीं और गुरवार को ही रिपोर्ट सौंपी।",
            {"गुरूवार", "गुरवार"},
        ),
    ],
)
def test_english_day_and_month_names_are_not_keywords(embedded, text, not_words):
    texts = [k.text for k in make_keywords(embedded(text), top=10)]
    assert texts and not not_words & {w for t in texts for w in t.split()}, texts


@pytest.mark.parametrize("tagger", ["embedded", "none"])
def test_no_word_is_said_twice_in_a_row_inside_a_keyword(tagger):
    # Scraped datelines glue the place onto the lead: "पटना पटना में", "नई दिल्ली दिल्ली के".
    nlp = hb.Pipeline(tagger=tagger)
    for text, whole in (
        ("पटना पटना में आज भारी बारिश हुई। पटना नगर निगम ने राहत कार्य शुरू किया। पटना के कई इलाकों में पानी भर गया।", None),
        ("नई दिल्ली दिल्ली के मुख्यमंत्री अरविंद केजरीवाल ने आज बैठक की। केजरीवाल ने प्रदूषण पर चर्चा की।", None),
        ("फिल्म का निर्देशन एस एस राजामौली ने किया है। एस एस राजामौली की फिल्म हिट रही।", "एस एस राजामौली"),
    ):
        texts = [k.text for k in make_keywords(nlp(text), top=10)]
        if whole is None:
            assert texts and all(a != b for t in texts for a, b in zip(t.split(), t.split()[1:])), texts
        else:  # initials do repeat
            assert whole in texts, texts


def test_units_of_time_and_adverbs_of_manner_are_not_keywords(embedded):
    # "24 घंटे में" listed "घंटा" as a keyword of 60 ILSUM articles with the embedded tagger;
    # "कथित तौर पर", "गंभीर रूप से", "पूरी तरह", "धीरे-धीरे" are adverbs; "छठी सदी" dates.
    texts = keyword_texts(
        embedded,
        "राज्य में पिछले 24 घंटे में डेंगू के 300 नए मरीज मिले और कथित तौर पर दो मरीजों की मौत हुई।",
        "डेंगू से गंभीर रूप से बीमार मरीजों को पूरी तरह ठीक होने में 10 दिन लगते हैं।",
        "स्वास्थ्य विभाग ने कहा कि डेंगू के मरीज हर घंटे बढ़ रहे हैं, जैसा छठी सदी के बाद कभी नहीं हुआ।",
        "अलग-अलग जिलों में डेंगू धीरे-धीरे फैला और काफी हद तक शहरों तक सीमित रहा।",
    )
    assert "डेंगू" in texts, texts
    assert_left_out(texts, (
        "घंटा", "घंटे", "कथित तौर", "तौर", "गंभीर रूप", "रूप", "पूरी तरह", "तरह", "छठी सदी", "सदी", "अलग-अलग",
        "धीरे-धीरे", "हद", "काफी हद",
    ))


def test_a_generic_noun_after_an_ordinal_is_no_keyword(embedded):
    # "पहली बार" (the first time) and "चौथे दिन" (on the fourth day) count and date; ILSUM lists
    # such phrases as keywords of 35 of its 2,123 articles.
    kws = keywords_of(
        embedded,
        "मेट्रो ने पहली बार चौथे दिन भी हड़ताल के बावजूद सेवा जारी रखी।",
        "हड़ताल के चौथे दिन यात्रियों ने पहली बार मेट्रो सेवा की तारीफ की।",
        "मेट्रो कर्मचारियों की हड़ताल पांचवें दिन भी जारी रहेगी।",
    )
    lemmas = [k.lemma for k in kws]
    assert "हड़ताल" in lemmas or "मेट्रो" in lemmas, lemmas
    for phrase in ("पहला बार", "चौथा दिन", "पांचवां दिन", "पांचवाँ दिन", "पांचवें दिन"):
        assert phrase not in lemmas, lemmas


def test_an_ordinal_or_a_number_is_no_keyword_even_tagged_a_name(embedded):
    # The tagger calls the class "12वीं" (hindi_2023_train_3352), "8वीं" (hindi_2023_train_1554) and the day of
    # a date, "सात जून" (hindi_2022_5861), names: ILSUM listed them as keywords. A name is never a bare number.
    texts = keyword_texts(
        embedded,
        "12वीं पास उम्मीदवार 17 जून तक करें अप्लाई; 64,000 तक मिलेगी सैलरी\n\n"
        "चंडीगढ़ पुलिस में कॉन्स्टेबल के पदों पर वैकेंसी निकली है।",
        "इसके लिए 12वीं पास उम्मीदवार चंडीगढ़ पुलिस की वेबसाइट पर जाकर 17 जून तक ऑनलाइन अप्लाई कर सकते हैं।",
        "कॉन्स्टेबल पद के लिए आवेदन करने वाले उम्मीदवार को 12वीं पास होना जरूरी है।",
    )
    assert "चंडीगढ़ पुलिस" in texts and "उम्मीदवार" in texts, texts
    assert_left_out(texts, ("12वीं",))
    texts = keyword_texts(
        embedded,
        "एक दिन पहले ही खोले गए हैं 8वीं तक के स्कूल, इंटरनेट सर्विस पर बैन 5 दिन बढ़ा।",
        "मणिपुर सरकार ने 8वीं तक के स्कूल खोलने के आदेश दिए थे।",
        "नवीं से 12वीं तक के स्कूल और कॉलेजों को अभी नहीं खोला जाएगा।",
    )
    assert "स्कूल" in texts, texts
    assert_left_out(texts, ("8वीं", "नवीं", "12वीं"))
    texts = keyword_texts(
        embedded,
        "हरियाणा ने सात जून तक बढ़ाया लॉकडाउन, कुछ प्रतिबंधों में ढील।",
        "हरियाणा में लॉकडाउन को एक हफ्ते के लिए यानी सात जून तक बढ़ा दिया गया है।",
        "लॉकडाउन को कुछ और रियायतों के साथ सात जून सुबह पांच बजे तक बढ़ाया जाएगा।",
    )
    assert "लॉकडाउन" in texts, texts
    assert_left_out(texts, ("सात",))


def test_era_markers_and_centuries_are_no_keywords_but_the_name_isa_is(embedded):
    # An encyclopedic text dates with "ईसा पूर्व" (BC), "ईस्वी" (AD) and "पंद्रहवी शताब्दी" (the ordinal
    # without its nasal sign); PUD's Wikipedia documents listed all three. "ईसा" alone is a name (Jesus).
    texts = keyword_texts(
        embedded,
        "इस द्वीप पर मेलानेशियाई लोगों की बस्तियां ईसा पूर्व लगभग 1000 में बसीं और 500 ईस्वी तक रहीं।",
        "पंद्रहवी शताब्दी में यूरोपीय नाविकों ने द्वीप की खोज की।",
        "द्वीप की बस्तियां ईसा पूर्व के व्यापार का केंद्र थीं। ईसा की पाँचवीं शताब्दी में द्वीप पर नए लोग आए।",
    )
    assert "द्वीप" in texts, texts
    # "ईसा की पाँचवीं शताब्दी" (the fifth century AD) dates too.
    assert_left_out([w for t in texts for w in t.split()], ("ईसा", "ईस्वी", "पंद्रहवी"))
    texts = keyword_texts(embedded, "ईसा के उपदेशों पर एक नई पुस्तक छपी है।", "पुस्तक में ईसा के जीवन और उपदेशों की कहानी है।")
    assert "ईसा" in texts, texts
    # "सन् 1984", "सन् 1996": the year word before a year dates as well (an essay on women in sport listed it).
    texts = keyword_texts(
        embedded,
        "पी.टी. उषा ने सन् 1984 के ओलंपिक में चौथा स्थान पाया।",
        "सन् 1986 के एशियाई खेलों में पी.टी. उषा ने चार स्वर्ण पदक जीते।",
        "सन् 1996 तक पी.टी. उषा दौड़ती रहीं।",
    )
    assert "पी.टी. उषा" in texts, texts
    assert_left_out([w for t in texts for w in t.split()], ("सन्",))


def test_the_first_part_of_a_conjunct_verb_is_no_keyword_alone(embedded):
    # "शुरू किया" (began), "प्रदान करता है" (provides), "लागू होगा" (comes into force): actions, not topics.
    texts = keyword_texts(
        embedded,
        "राज्य सरकार ने सिंचाई योजना शुरू की।",
        "योजना किसानों को मुफ्त पानी प्रदान करती है और अगले साल से पूरे राज्य में लागू होगी।",
        "सिंचाई योजना शुरू होने से किसानों को पेयजल भी मिलेगा, योजना यह सुविधा प्रदान करेगी।",
    )
    assert "सिंचाई योजना" in texts or "योजना" in texts, texts
    assert_left_out(texts, ("शुरू", "प्रदान", "लागू"))


def test_a_phrase_written_with_and_without_a_space_or_hyphen_is_one_keyword(embedded):
    # "जम्मू-कश्मीर" and "जम्मू कश्मीर", "राज्यसभा" and "राज्य सभा": 25 ILSUM lists showed both spellings.
    kws = keywords_of(
        embedded,
        "जम्मू-कश्मीर में सुरक्षा बलों ने आतंकियों के खिलाफ अभियान चलाया।",
        "जम्मू कश्मीर पुलिस के अनुसार अभियान में दो आतंकी मारे गए और जम्मू-कश्मीर में सतर्कता बढ़ा दी गई।",
        "राज्यसभा में जम्मू कश्मीर पर चर्चा हुई और राज्य सभा के सदस्यों ने सुरक्षा बलों की तारीफ की।",
    )
    letters = [k.lemma.replace(" ", "").replace("-", "") for k in kws]
    assert "जम्मूकश्मीर" in letters, [k.text for k in kws]
    assert len(letters) == len(set(letters)), [k.text for k in kws]
    (jk,) = [k for k, joined in zip(kws, letters) if joined == "जम्मूकश्मीर"]
    assert jk.count == 4 and {"जम्मू-कश्मीर", "जम्मू कश्मीर"} <= set(jk.variants), jk


@pytest.mark.parametrize(
    "sentences, named, left_out, never_last",
    [
        # Untagged text cannot tell a verb from a noun: ILSUM's untagged lists held "होगा", "जारी", "शामिल",
        # "मिली" alone and phrases such as "करोड़ रुपये मिले". Words HDTB almost never tags as nouns are left out.
        (
            (
                "राज्य सरकार ने बाढ़ पीड़ितों के लिए राहत पैकेज जारी किया और इसमें दस हजार परिवार शामिल होंगे।",
                "बाढ़ पीड़ितों को राहत पैकेज से मदद मिली है, और सरकार का राहत पैकेज अगले महीने भी जारी रहेगा।",
                "मुख्यमंत्री ने कहा कि बाढ़ पीड़ितों को जल्द ही और मदद मिलेगी और कोई परिवार राहत से बाहर नहीं होगा।",
            ),
            "बाढ़",
            ("जारी", "शामिल", "मिली", "मिलेगी", "होगा", "जल्द", "बाहर"),
            ("मिली", "मिलेगी", "किया", "होंगे", "रहेगा"),
        ),
        # It keys a word on its form: "मामले" and "घंटे" were keywords of 61 and 45 ILSUM lists.
        (
            (
                "केरल में पिछले 24 घंटों में कोरोना संक्रमण के 12 हजार नए मामले सामने आए हैं।",
                "राज्य में पिछले दिनों संक्रमण के मामले तेजी से बढ़े और अस्पतालों में घंटों इंतजार करना पड़ा।",
                "केरल सरकार ने कहा कि मामलों की जांच के लिए अस्पतालों को 24 घंटे खुला रखा जाएगा।",
            ),
            "केरल",
            ("मामले", "मामलों", "घंटों", "घंटे", "दिनों"),
            (),
        ),
    ],
)
def test_untagged_lists_leave_out_words_that_name_no_topic(sentences, named, left_out, never_last):
    texts = untagged_keyword_texts(*sentences)
    assert any(named in t for t in texts), texts
    assert_left_out(texts, left_out)
    assert not any(t.split()[-1] in never_last for t in texts), texts


def test_a_generic_noun_heads_no_phrase_and_a_headline_colon_makes_no_compound(embedded):
    # "पिछले पांच दिन देश में..." put "दिन देश" in a run, and "काम तेजी से" made "काम तेजी" ("तेजी से",
    # fast, says how, like "विशेष रूप से"); ILSUM lists held 34 phrases headed by a generic noun.
    texts = keyword_texts(
        embedded,
        "पिछले पांच दिन देश में बारिश से भारी नुकसान हुआ और कई राज्यों में बाढ़ आई।",
        "मौसम विभाग ने बाढ़ से निपटने की तैयारी करने को कहा है।",
        "बाढ़ प्रभावित राज्यों में राहत का काम तेजी से चल रहा है, पांच दिन देश भर में बारिश हुई।",
    )
    assert "बाढ़" in texts, texts
    assert not any(t.split()[0] in ("दिन", "साल", "लोग") or "तेजी" in t.split() for t in texts), texts
    # A headline's "बोले-अडानी" (said: Adani) was read as one hyphen compound inside a name (10 ILSUM lists).
    texts = keyword_texts(
        embedded,
        "आप नेता योगेंद्र गुप्ता बोले-अडानी से ध्यान हटाने के लिए हुई सिसोदिया की गिरफ्तारी।",
        "योगेंद्र गुप्ता ने कहा कि अडानी मामले से ध्यान हटाने के लिए सिसोदिया को गिरफ्तार किया गया।",
        "सिसोदिया की गिरफ्तारी के विरोध में आप ने प्रदर्शन किया।",
    )
    assert "योगेंद्र गुप्ता" in texts and not any("बोले" in t for t in texts), texts


def test_a_conjunct_verb_ends_the_phrase_before_it(embedded):
    # "सेवा शुरू की" (began the service), "दोषी करार दिया" (declared guilty): the noun before the verb's
    # first part is the topic; 21 ILSUM lists showed phrases such as "सेवा शुरू" and "दोषी करार".
    texts = keyword_texts(
        embedded,
        "रेलवे ने दिल्ली से पटना के बीच नई एक्सप्रेस सेवा शुरू की।",
        "एक्सप्रेस सेवा शुरू होने से यात्रियों को राहत मिली है और रेलवे ने किराया भी घटाया।",
        "रेलवे के अनुसार एक्सप्रेस सेवा शुरू करने का फैसला यात्रियों की मांग पर हुआ।",
    )
    assert any("सेवा" in t.split() for t in texts), texts
    assert not any(t.split()[-1] == "शुरू" for t in texts), texts


def test_a_noun_inside_a_conjunct_verb_is_no_keyword_there(embedded):
    # "पता चला" (it was learnt), "कोशिश की" (tried): the noun is the first part of a conjunct verb, an action,
    # not a topic (ILSUM lists showed "पता", "कोशिश", "इस्तेमाल"). Before a verb that makes no conjunct verb the
    # same kind of noun is the topic: "भर्ती निकाली" (announced a recruitment).
    texts = keyword_texts(
        embedded,
        "पुलिस की जांच में पता चला कि आरोपी ने बैंक से पैसे निकालने की कोशिश की थी।",
        "बाद में पता चला कि आरोपी ने फर्जी कागजात का इस्तेमाल किया था और उसने भागने की कोशिश की।",
        "पुलिस ने आरोपी को गिरफ्तार कर लिया है और बैंक की जांच जारी है।",
    )
    assert not {"पता", "कोशिश", "इस्तेमाल"} & set(texts), texts
    assert "आरोपी" in texts and "पुलिस" in texts, texts
    texts = keyword_texts(
        embedded,
        "सशस्त्र सीमा बल ने सब इंस्पेक्टर के 1638 पदों पर भर्ती निकाली है।",
        "इस भर्ती के लिए उम्मीदवार 18 जून तक आवेदन कर सकते हैं।",
        "भर्ती में चयन लिखित परीक्षा से होगा।",
    )
    assert any("भर्ती" in t.split() for t in texts), texts


def test_a_noun_with_bhar_glued_on_is_an_adverb_not_a_keyword(embedded):
    # "देशभर", "दुनियाभर" ("throughout the country/world") were in 25 embedded ILSUM lists, alone or closing a
    # phrase ("नया मामला देशभर"). The surname "राजभर" is tagged a name and stays.
    texts = keyword_texts(
        embedded,
        "कोरोना के नए मामले देशभर में तेजी से बढ़ रहे हैं।",
        "देशभर के अस्पतालों में बिस्तर कम पड़ गए हैं और दुनियाभर में वायरस का नया वेरिएंट फैल रहा है।",
        "सुभासपा प्रमुख ओम प्रकाश राजभर ने सरकार की आलोचना की। राजभर ने कहा कि सरकार विफल रही।",
    )
    assert not any("देशभर" in t or "दुनियाभर" in t for t in texts), texts
    assert "ओम प्रकाश राजभर" in texts, texts


_SAMBHAR = (
    "सांभर झील राजस्थान की सबसे बड़ी खारे पानी की झील है। यह जयपुर से लगभग अस्सी किलोमीटर दूर है। "
    "झील का पानी गर्मियों में सूख जाता है और नमक की परत दिखती है। सांभर में सदियों से नमक बनाया जाता है। "
    "सर्दियों में झील पर हज़ारों फ्लेमिंगो आते हैं। सांभर का नमक देश भर में जाता है। "
    "झील के किनारे शाकंभरी देवी का मंदिर है। पर्यटक सांभर में ऊँट सफ़ारी भी करते हैं। "
    "पिछले वर्षों में झील में पक्षियों की मौत की ख़बरें आईं। वैज्ञानिकों ने झील के पानी की जाँच की।"
)


def test_a_text_without_a_title_keeps_the_subject_it_opens_with(embedded):
    # An encyclopedic text names its subject once, first, and then its parts ("झील", "सांभर"): without a title line
    # the list gave the parts; the opening phrase now stands for them, as the title does.
    untitled = hb.keywords(embedded(_SAMBHAR), top=10).texts
    titled = hb.keywords(embedded("सांभर झील\n\n" + _SAMBHAR), top=10).texts
    assert untitled[0] == "सांभर झील" == titled[0], (untitled, titled)
    assert "झील" not in untitled and "सांभर" not in untitled, untitled
    # An essay that opens with a scene ("बचपन", never said again) has no subject there: no boost.
    texts = hb.keywords(embedded(
        "बचपन में हम गर्मियों की छुट्टियाँ नानी के गाँव में बिताते थे। आज शहरों में पानी का संकट गहराता जा रहा है। "
        "नगर निगम के आँकड़े बताते हैं कि शहर को रोज़ जितना पानी चाहिए उसका आधा ही मिलता है। भूजल का स्तर हर साल गिर रहा "
        "है। वर्षा जल संचयन से भूजल का स्तर सुधर सकता है। शहर की झीलें अतिक्रमण से सिकुड़ गई हैं। पानी की बर्बादी रोकना "
        "ज़रूरी है। नगर निगम को पुरानी पाइपलाइनें बदलनी होंगी। भूजल बचाना सबकी ज़िम्मेदारी है। शहर में वर्षा जल संचयन अनिवार्य "
        "होना चाहिए।"
    ), top=10).texts
    assert texts[0] == "वर्षा जल संचयन" and texts.index("बचपन") > texts.index("भूजल"), texts
    # A sentence of punctuation alone does not open the text; the word after it does.
    assert hb.keywords(embedded("। " + _SAMBHAR), top=10).texts[0] == "सांभर झील"
    # A title before a name opens the name's sentence: the name is what the text opens with.
    texts = hb.keywords(embedded(
        "केंद्रीय गृह मंत्री अमित शाह ने आज दिल्ली में सुरक्षा बैठक की। बैठक में सीमा सुरक्षा पर चर्चा हुई। गृह मंत्री ने "
        "अधिकारियों को निर्देश दिए। अमित शाह ने कहा कि घुसपैठ रोकना प्राथमिकता है। बैठक में सेना के अधिकारी भी थे।"
    ), top=8).texts
    assert texts[0] == "अमित शाह" and "केंद्रीय गृह मंत्री" not in texts, texts
    # In a long text, a phrase whose words come back in fewer than OPENING_SHARE of the later sentences (one of 41)
    # opens nothing.
    filler = [f"{city} में {thing} की कीमत बढ़ी।" for city in ("जयपुर", "भोपाल", "पटना", "रांची", "इंदौर", "कानपुर", "आगरा", "मेरठ")
              for thing in ("दाल", "सब्ज़ी", "दूध", "चीनी", "गेहूँ")]
    texts = hb.keywords(embedded(" ".join(["सांभर झील राजस्थान में है।", *filler, "झील पर पक्षी आते हैं।"])), top=10).texts
    assert "सांभर झील" not in texts, texts


def test_an_acronym_the_text_defines_is_one_keyword_with_its_phrase(embedded):
    # "एंटी करप्शन ब्यूरो (ACB)": the text says the two are one; a review found both listed. A name with a party's
    # acronym after it ("नीतीश कुमार (JDU)") is no definition: JDU is not the name's initials.
    text = (
        "जयपुर में एंटी करप्शन ब्यूरो (ACB) ने एक इंजीनियर को रिश्वत लेते हुए पकड़ा। ACB की टीम ने उसके घर पर छापा मारा। "
        "ACB के अधिकारियों ने बताया कि जांच जारी है। "
        "बिहार के मुख्यमंत्री नीतीश कुमार (JDU) ने इस कार्रवाई की तारीफ की। JDU के प्रवक्ता ने भी बयान दिया।"
    )
    keywords = hb.keywords(embedded(text), top=10)
    acb = [k for k in keywords if "ACB" in k.variants]
    assert len(acb) == 1 and "एंटी करप्शन ब्यूरो" in acb[0].variants and acb[0].count == 4, keywords.texts
    # Written "ACB" three times and spelled out once, the keyword is the name; the acronym stays a variant.
    assert acb[0].text == "एंटी करप्शन ब्यूरो" and acb[0].variants[0] == "ACB", acb[0]
    # An acronym spelled by its letters' names ("बी जे पी") is no name it stands for: the keyword stays "BJP".
    keywords = hb.keywords(embedded(
        "BJP ने आज अपने उम्मीदवारों की सूची जारी की। बी जे पी के नेता ने कहा कि सूची में युवाओं को मौका मिला है। "
        "BJP की बैठक दिल्ली में हुई। BJP अध्यक्ष ने सबका धन्यवाद किया।"
    ), top=8)
    assert keywords[0].text == "BJP" and "बी जे पी" in keywords[0].variants, [(k.text, k.variants) for k in keywords]
    assert not any("JDU" in k.variants and len(k.variants) > 1 for k in keywords), keywords.texts


def test_an_acronym_whose_words_are_written_with_ph_or_wh_is_defined_too(embedded):
    # An audit: "नेशनल फार्मास्यूटिकल प्राइसिंग अथॉरिटी (NPPA)" and "होलसेल प्राइस इंडेक्स (WPI)" were each listed beside
    # their acronym: English "ph" and "wh" are written फ and ह, which the initials read only as F and H.
    text = (
        "दवाइयों की कीमतें घटाने-बढ़ाने का काम नेशनल फार्मास्यूटिकल प्राइसिंग अथॉरिटी (NPPA) करती है। हर साल होलसेल "
        "प्राइस इंडेक्स (WPI) के आधार पर NPPA दवाओं की कीमतों में बदलाव करती है। इस बार WPI में बढ़ोतरी हुई है। "
        "NPPA ने कहा कि नई कीमतें अप्रैल से लागू होंगी।"
    )
    keywords = hb.keywords(embedded(text), top=10)
    for acronym, name in (("NPPA", "नेशनल फार्मास्यूटिकल प्राइसिंग अथॉरिटी"), ("WPI", "होलसेल प्राइस इंडेक्स")):
        holding = [k for k in keywords if acronym in k.variants or k.text in (acronym, name)]
        assert len(holding) == 1 and holding[0].text == name and acronym in holding[0].variants, keywords.texts
    # Only where the text defines it so: anywhere, "एसपी" became one with "सरकारी फैसले" and "पीएफ" with "फर्जी फर्मों".
    for text, acronym in (
        ("एसपी ने बताया कि सरकारी फैसले के खिलाफ लोग सड़क पर उतरे। एसपी ने कहा कि सरकारी फैसले का विरोध शांति से होना "
         "चाहिए। पुलिस तैनात है।", "एसपी"),
        ("पीएफ खाते से पैसे निकाले गए। फर्जी फर्मों पर कार्रवाई होगी। पीएफ के नियम बदले। फर्जी फर्मों के मालिक फरार हैं।", "पीएफ"),
    ):
        keywords = hb.keywords(embedded(text), top=10)
        assert not any(acronym in k.variants and len(k.variants) > 1 for k in keywords), [(k.text, k.variants) for k in keywords]


def test_a_keyphrase_never_starts_or_ends_with_an_english_function_word(embedded):
    # The tagger reads "एडिशनल सुपरिटेंडेंट ऑफ पुलिस" as a name that ends before "पुलिस"; "सुपरिटेंडेंट
    # ऑफ", "ऑफ इंडिया" and a lone "ऑफ" were keywords of ILSUM articles. A whole name may hold the word.
    texts = keyword_texts(
        embedded,
        "ओलंपिक रजत पदक विजेता मीराबाई चानू को पुलिस विभाग में एडिशनल सुपरिटेंडेंट ऑफ पुलिस (खेल) नियुक्त किया जाएगा।",
        "मणिपुर सरकार ने चानू को पुलिस विभाग में एडिशनल सुपरिटेंडेंट ऑफ पुलिस(खेल) नियुक्त करने का फैसला लिया है।",
        "मुख्यमंत्री ने घोषणा की कि मीराबाई चानू को एडिशनल सुपरिटेंडेंट ऑफ पुलिस (खेल) नियुक्त करने का फैसला किया है।",
    )
    edges = ("ऑफ", "ऑफ़", "आफ")
    assert "मीराबाई चानू" in texts, texts
    assert not any(t.split()[0] in edges or t.split()[-1] in edges for t in texts), texts
    texts = keyword_texts(
        embedded,
        "पुणे स्थित सीरम इंस्टीट्यूट ऑफ इंडिया में गुरुवार को आग लग गई।",
        "सीरम इंस्टीट्यूट ऑफ इंडिया की इमारत में आग से पांच लोगों की मौत हुई।",
    )
    assert "सीरम इंस्टीट्यूट ऑफ इंडिया" in texts, texts


def test_a_number_word_is_no_keyword_alone_however_it_is_tagged(embedded):
    # "दोनों" (both) and "तीनों" (all three) are read as the nouns "दो" and "तीन" in some texts, and a
    # bare number tells a reader nothing: 11 ILSUM keyword lists with the embedded tagger held one.
    texts = keyword_texts(
        embedded,
        "समय, विश्वास और सम्मान, इन तीनों में एक समानता है, ये तीनों चले जाते हैं तो लौटकर नहीं आते।",
        "दुनिया में हमारे कई दोस्त हैं और कई दुश्मन भी, ये दोनों ही प्राकृतिक हैं।",
        "दोनों के बीच विश्वास और सम्मान का रिश्ता है।",
    )
    assert "विश्वास" in texts, texts
    assert_left_out(texts, ("दो", "तीन", "दोनों", "तीनों"))


def test_word_lists_from_hdtb_also_catch_the_spelling_with_a_nukta():
    # HDTB's lemmas drop the nukta ("साढे", "गिरफ्तार"); news writes "साढ़े" and "गिरफ़्तार". Untagged
    # text keys a word on its own spelling: two ILSUM lists held a lone "साढ़े" this way.
    texts = untagged_keyword_texts(
        "सर्राफा बाजार में सोना साढ़े पांच सौ रुपये महंगा हुआ और चांदी साढ़े आठ सौ रुपये चढ़ी।",
        "पुलिस ने सोना चोरी के आरोप में दो लोगों को गिरफ़्तार किया, गिरफ़्तार लोगों से सोना मिला।",
        "सर्राफा बाजार के व्यापारी साढ़े दस बजे पहुंचे और पुलिस ने तीसरे को भी गिरफ़्तार किया।",
    )
    assert "सोना" in texts, texts
    assert_left_out(texts, ("साढ़े", "गिरफ़्तार"))


def test_a_visarga_typed_as_a_colon_leaves_no_word_stem_as_a_keyword(embedded):
    # "क्रमश: 12 और 15" (respectively): the tokenizer reads "क्रमश:" as the adverb "क्रमशः", no keyphrase
    # word in either spelling; ILSUM listed the stem "क्रमश" as a keyword of an article on infection figures.
    for adverb in ("क्रमश:", "क्रमशः"):
        kws = keywords_of(
            embedded,
            f"केरल और महाराष्ट्र में संक्रमण के {adverb} 12 और 15 हजार नए मामले मिले।",
            f"दोनों राज्यों में संक्रमण दर {adverb} आठ और दस प्रतिशत रही।",
            "केरल में संक्रमण तेजी से बढ़ा है।",
        )
        texts = [k.text for k in kws]
        assert "केरल" in texts and not any(w in t.split() for t in texts for w in ("क्रमश", "क्रमशः")), texts


def keywords_of(embedded, *sentences: str, top: int = 10) -> list:
    """The top ``top`` keywords of the sentences joined into one text (embedded tagger)."""
    return make_keywords(embedded(" ".join(sentences)), top=top)


def keyword_texts(embedded, *sentences: str, top: int = 10) -> list[str]:
    """The texts of ``keywords_of``."""
    return [k.text for k in keywords_of(embedded, *sentences, top=top)]


def untagged_keyword_texts(*sentences: str) -> list[str]:
    """The texts of the top 20 keywords of the sentences joined into one text, untagged."""
    return [k.text for k in hb.Pipeline(tagger="none").brief(" ".join(sentences), top=20).keywords]


def assert_left_out(texts: list[str], words: tuple[str, ...]) -> None:
    listed = [w for w in words if w in texts]
    assert not listed, (listed, texts)


def test_counting_words_are_not_keywords(embedded):
    # "बार" (times) and "बजे" (o'clock) were keywords of 34 and 26 of ILSUM's 2,123 articles.
    lemmas = [k.lemma for k in keywords_of(
        embedded,
        "मेट्रो की नई लाइन पर पहली बार ट्रेन सुबह छह बजे चली।",
        "मेट्रो ने कहा कि नई लाइन पर ट्रेन रात दस बजे तक चलेगी और हर दिन कई बार फेरे लगाएगी।",
        "यात्रियों ने दो बार मेट्रो की सवारी की और मेट्रो की नई लाइन की तारीफ की।",
    )]
    assert "मेट्रो" in lemmas
    assert "बार" not in lemmas and "बजे" not in lemmas, lemmas


def test_units_of_money_and_measure_are_not_keywords(embedded, none_nlp):
    # "रुपया" was a keyword of 70 of ILSUM's 2,123 articles: the unit of the sums a story reports.
    text = (
        "सरकार ने किसानों के लिए पांच हजार करोड़ रुपये की योजना शुरू की।",
        "योजना में हर किसान को छह हजार रुपये मिलेंगे और डीजल पर दस रुपये की छूट भी मिलेगी।",
        "किसानों ने योजना का स्वागत किया, पर डीजल के दाम पर सवाल उठाए।",
    )
    lemmas = [k.lemma for k in keywords_of(embedded, *text)]
    assert "योजना" in lemmas and "डीजल" in lemmas, lemmas
    assert "रुपया" not in lemmas, lemmas
    texts = [k.text for k in keywords_of(none_nlp, *text)]
    assert "रुपये" not in texts, texts
    # News spells the oblique "रुपए" as often; untagged text, keyed on the forms as written, must know it too.
    texts = [k.text for k in keywords_of(none_nlp, *(t.replace("रुपये", "रुपए") for t in text))]
    assert "रुपए" not in texts and "योजना" in texts, texts


def test_units_of_measure_and_their_abbreviations_are_not_keywords(embedded, none_nlp):
    # "किलो", "किमी" and "लीटर" (lexicon/measure_units.txt: HDTB has too few of them for unit_nouns.txt)
    # were keywords of ILSUM articles that report seizures and distances; the thing measured is the topic.
    text = (
        "पुलिस ने तस्कर के पास से ढाई किलो चांदी और सौ किलो गांजा बरामद किया।",
        "तस्कर 50 किमी दूर से किलो भर चांदी लाया था और पुलिस ने 20 लीटर शराब भी पकड़ी।",
        "तस्कर ने बताया कि वह हर हफ्ते 10 किलो गांजा लेकर 40 किमी का सफर करता था।",
    )
    texts = keyword_texts(embedded, *text)
    assert "तस्कर" in texts and "चांदी" in texts, texts
    assert_left_out(texts, ("किलो", "किमी", "लीटर", "लीटर शराब"))
    texts = [k.text for k in keywords_of(none_nlp, *text)]
    assert "तस्कर" in texts, texts
    assert_left_out(texts, ("किलो", "किमी", "लीटर", "लीटर शराब"))


def test_a_unit_the_text_measures_with_is_not_a_keyword_but_a_counted_thing_is():
    # A review of fresh texts: "डिग्री सेल्सियस" and "डिग्री" in the top ten of two explainers on heat and rain. डिग्री
    # is no unit of GENERIC_NOUNS (also a degree one studies for); the text says how it uses it: always after a number,
    # once at least after a fraction. A count is whole: "नए केस" after whole numbers stays.
    heat = (
        "राजस्थान में भीषण गर्मी का दौर जारी है। चूरू में पारा 48.5 डिग्री सेल्सियस तक पहुंच गया। "
        "जयपुर में अधिकतम तापमान 45 डिग्री सेल्सियस दर्ज किया गया। मौसम विभाग ने लू की चेतावनी जारी की है। "
        "रात का तापमान भी 32 डिग्री सेल्सियस से नीचे नहीं गया। डॉक्टरों ने लोगों से दोपहर में घर में रहने की अपील की।"
    )
    texts = hb.keywords(heat, top=10).texts
    assert "चूरू" in texts and "अधिकतम तापमान" in texts, texts
    assert_left_out(texts, ("डिग्री सेल्सियस", "डिग्री", "सेल्सियस"))
    cases = (
        "महाराष्ट्र में कोरोना के 1500 नए केस सामने आए। मुंबई में 700 नए केस मिले। पुणे में 300 नए केस दर्ज हुए। "
        "स्वास्थ्य विभाग ने कहा कि संक्रमण की दर 2.5 प्रतिशत है। अस्पतालों में बिस्तरों की कमी नहीं है।"
    )
    assert "नया केस" in hb.keywords(cases, top=10).texts


def test_a_name_and_the_nouns_after_it_are_one_keyword(embedded):
    # "कोरोना" is tagged PROPN and "वायरस" NOUN: listed apart, each says half of it.
    kws = keywords_of(
        embedded,
        "देश में कोरोना वायरस के नए मामलों में तेजी आई है।",
        "स्वास्थ्य मंत्रालय ने कहा कि कोरोना वायरस से बचने के लिए मास्क पहनना जरूरी है।",
        "विशेषज्ञों के मुताबिक कोरोना वायरस का नया रूप ज्यादा तेजी से फैलता है।",
        "दिल्ली पुलिस ने मास्क न पहनने वालों पर जुर्माना लगाया।",
        "दिल्ली पुलिस के अनुसार अब तक हजारों लोगों पर जुर्माना लगाया जा चुका है।",
    )
    texts = [k.text for k in kws]
    assert "कोरोना वायरस" in texts and "दिल्ली पुलिस" in texts, texts
    assert not {"कोरोना", "वायरस", "दिल्ली", "पुलिस"} & set(texts), texts
    assert_no_keyword_inside_another(kws)


def test_numbers_and_initials_are_not_keywords_alone(embedded):
    # "तीन" is tagged NOUN in "कहा- तीन तलाक" and NUM in "भी तीन तलाक": a number either way.
    texts = [k.text for k in keywords_of(
        embedded,
        "उन्होंने कहा- तीन तलाक से मुस्लिम महिलाओं को बहुत नुकसान हुआ है।",
        "जो भी तीन तलाक के पक्ष में है, वह महिलाओं के अधिकार के खिलाफ है।",
        "तलाक के मामलों में अदालत ने सख्त रुख अपनाया है। तलाक पर कानून बन चुका है।",
    )]
    assert "तलाक" in texts and "तीन" not in texts, texts
    # "एच के कुमारस्वामी": the tagger reads "के" as a postposition, which cuts the initial off the name.
    texts = [k.text for k in keywords_of(
        embedded,
        "कर्नाटक में जेडीएस प्रमुख एच के कुमारस्वामी ने उपचुनाव में हार के लिए कई कारण बताए।",
        "एच के कुमारस्वामी ने कहा कि पार्टी अगले चुनाव की तैयारी अभी से करेगी।",
    )]
    assert "कुमारस्वामी" in texts and "एच" not in texts, texts


def test_an_english_plural_and_its_singular_are_one_keyword_but_a_name_keeps_its_plural(embedded, none_nlp):
    # After an ILSUM test article on cinemas, whose keywords listed थिएटर and थिएटर्स, गाइडलाइन and गाइडलाइंस
    # (154 of the 2,123 ILSUM articles write both forms of such a word; 19 listed both).
    text = (
        "नई दिल्ली में थिएटर्स और मल्टीप्लेक्स आज से खुलेंगे। सरकार ने थिएटर्स के लिए नई गाइडलाइंस जारी कीं। "
        "गाइडलाइंस के मुताबिक हर थिएटर में आधी सीटें खाली रहेंगी। एक थिएटर मालिक ने कहा कि गाइडलाइन का पालन होगा। "
        "मुंबई इंडियंस के खिलाड़ी भी एक इंडियन रेस्तरां पहुंचे।"
    )
    for nlp in (embedded, none_nlp):
        keywords = {k.text: k for k in make_keywords(nlp(text), top=20)}
        assert "थिएटर्स" not in keywords and "गाइडलाइंस" not in keywords, list(keywords)
        assert set(keywords["थिएटर"].variants) == {"थिएटर", "थिएटर्स"} and keywords["थिएटर"].count >= 4
        assert set(keywords["गाइडलाइन"].variants) == {"गाइडलाइन", "गाइडलाइंस"}
        # Only where the text writes both: a word that merely ends like a plural is left alone.
        assert "मल्टीप्लेक्स" in keywords
    # A name keeps its plural; untagged text cannot tell names, so only its lone words are merged.
    for nlp in (embedded, none_nlp):
        shown = {k.text for k in make_keywords(nlp(text), top=20)}
        assert "मुंबई इंडियंस" in shown and "मुंबई इंडियन" not in shown, shown


def test_a_phrase_never_starts_with_a_noun_that_makes_an_adverb(none_nlp, embedded):
    # "की तरह कर्नाटक": untagged text ran तरह into the name after it (as ILSUM lists showed "तरह कर्नाटक",
    # "तरह टीपू"); a phrase ending in such a noun ("पूरी तरह") was already none.
    text = (
        "भाजपा ने कहा कि उत्तर प्रदेश की तरह कर्नाटक में भी धर्मांतरण कानून लागू होगा। "
        "मुख्यमंत्री ने कहा कि गुजरात की तरह कर्नाटक में विकास होगा। कर्नाटक सरकार ने विधेयक पेश किया।"
    )
    for nlp in (none_nlp, embedded):
        shown = [k.text for k in make_keywords(nlp(text), top=10)]
        assert "कर्नाटक" in shown and not any(k.split()[0] == "तरह" for k in shown), shown


def test_silver_precision_on_ilsum_val_holds_with_the_fitted_weights(data_dir, embedded):
    """The weights of rank/keyphrase/scoring.py are fitted on ILSUM val silver P@10 with every keyword
    rule in force: on the first 100 val articles 78.3 (75.2 with the weights before the fit),
    scored exactly as ``python -m hindi_brief.evaluate`` scores keywords; 77.1 since the rules
    added after the fit (units of time, manner nouns, light-verb nouns, words HDTB never calls
    nouns, one keyword for a phrase however it is spaced: the silver set counts "घंटे", "शुरू"
    and "तेजी" when a summary says them), about 77.0 since a generic noun after adjectives is no
    keyphrase ("नया मामला"), 76.9 since units of money and measure are none alone ("रुपया") and 76.7
    since a name with a word glued on gives way to the name: one article's heading writes
    "आदित्य-रणजीत चौटाला", now two keywords ("आदित्य चौटाला", "रणजीत चौटाला") whose words the
    silver set does not hold one by one, and 76.5 since a name chain said twice or more keeps a last word the
    tagger calls a noun elsewhere ("सुप्रीम कोर्ट", "संयुक्त किसान मोर्चा" for "कोर्ट", "मोर्चा"): a longer
    name counts only when the silver set holds all its words. 69.2 since the rules chosen on hand-made
    keyphrases (benchmarks/keyphrases.py, F1@10 34.07 -> 40.41): a phrase speaks for a word said mostly inside
    it, and a common word said in passing ("मांग", "फैसला") is no keyword; the silver set holds such words
    whenever a summary says them and scores a phrase's words one by one; 69.0 since an acronym is one keyword
    with the phrase it spells out ("यूपी" with "उत्तर प्रदेश"). 59.9 since phrases of the first two sentences get no
    boost and the weights were chosen on hand-made keyphrases of news, essays and encyclopedic articles (F1@10
    40.51 -> 43.45 on ILSUM, 15.09 -> 23.12 on the others' development texts): the silver set is a lead-heavy
    summary's words. 55.0 since a phrase of the heading that the body never says gets no headline boost (F1@10
    43.45 -> 44.69): the silver set holds the heading's words. 52.8 since a one-word common noun weighs 0.8 in
    tagged text (F1@10 44.70 -> 45.32 on ILSUM, 24.29 -> 26.31 on the essays and articles; a blind review preferred
    the new lists 37 to 16): the silver set counts a heading's common nouns one by one. 52.4 since two nouns joined by
    the genitive and said three times are one keyword ("खून का थक्का"; F1@10 45.82 -> 46.47 on ILSUM, 26.31 -> 26.92
    on the essays and articles): the silver set holds no postposition. 52.1 since a Latin acronym is shown as the name
    it stands for ("इंडियन प्रीमियर लीग" for "IPL"; F1@10 47.12 -> 47.33 on ILSUM): the silver set holds the acronym a
    summary writes. 51.8 since a first name the tagger reads as a noun elsewhere stays in its name ("मुनीबा अली";
    F1@10 47.33 -> 47.95): the silver set holds the first name a summary writes. 51.5 since a common word a long text
    says all through is no keyword alone ("बच्चा", "शहर"; F1@10 on the essays and articles 31.17 -> 31.77, a blind review
    preferred the new lists 38 and 42 to 7 and 4): the silver set holds such words whenever a summary says them. 51.2
    since an acronym in brackets after its Hindi name is one keyword with it, shown as the name ("सीमा सुरक्षा बल
    (बीएसएफ)"; F1@10 48.14 -> 48.24, without the heading 47.25 -> 47.66): the silver set holds the acronym a summary
    writes. 51.0 since a Hindi short form of its words' first syllables is one keyword with the name, shown as the name
    ("भारतीय जनता पार्टी" for "भाजपा"; F1@10 48.24 -> 48.45): the silver set holds the short form a summary writes. The
    guard is 0.2 below that."""
    from hindi_brief.evaluation.evaluate import EvalConfig, evaluate_summaries, load_pairs

    pairs = load_pairs(data_dir / "ilsum_hi", split="val", limit=100)
    config = EvalConfig(ks=(), max_words=None, systems=(), keyword_systems=("hindi_brief",))
    rows = evaluate_summaries(pairs, pipeline=embedded, config=config).keywords["val"]["hindi_brief"]
    p_at_10 = 100 * sum(r["p_all"] for r in rows) / len(rows)
    assert len(rows) == 100 and p_at_10 >= 50.8, p_at_10


@pytest.mark.parametrize(
    "text, shown",
    [
        # The head noun goes to its direct singular; a masculine adjective agrees with it.
        ("दिल्ली में कोरोना के नए टीके आए। नए टीके सामने आने से राहत मिली। अधिकारियों ने कहा कि नए टीके सुरक्षित हैं।", "नया टीका"),
        ("अदालत ने बड़े फैसले में सुनवाई पूरी की। बड़े फैसले की चर्चा हो रही है।", "बड़ा फैसला"),
        # Also where the text writes the head in its lemma form (an invariant noun, a plural like the
        # singular): "नए स्ट्रेन" (hindi_2022_7714), "नए मरीज" (hindi_2022_718) were shown as written.
        (
            "ब्रिटेन में मिले कोरोना वायरस के नए स्ट्रेन की भारत में पुष्टि हुई। तेलंगाना में नए स्ट्रेन से संक्रमित एक व्यक्ति "
            "मिला। अधिकारियों ने कहा कि नए स्ट्रेन के नमूने जांच के लिए भेजे गए हैं।",
            "नया स्ट्रेन",
        ),
        (
            "देश में कोरोना के नए मरीज तेजी से बढ़ रहे हैं। बीते दिन 40 हजार नए मरीज मिले। स्वास्थ्य मंत्रालय ने कहा कि "
            "नए मरीज ज्यादातर महाराष्ट्र और केरल से हैं।",
            "नया मरीज",
        ),
        (
            "शेयर बाजार में बड़े बदलाव की तैयारी है। सेबी ने कहा कि बड़े बदलाव से निवेशकों को फायदा होगा। निवेशकों ने "
            "बड़े बदलाव का स्वागत किया।",
            "बड़ा बदलाव",
        ),
        # A loanword in "-े" that the lemmatiser reads as a "-ा" adjective (lemma "ग्रा शर्ट") is no adjective
        # that declines: it keeps its form.
        (
            "बाजार में ग्रे शर्ट की मांग बढ़ी। दुकानदारों ने ग्रे शर्ट का स्टॉक बढ़ाया। ग्रे शर्ट युवाओं को पसंद है।",
            "ग्रे शर्ट",
        ),
        # A feminine adjective already agrees with the direct singular.
        ("सरकार की नई नीतियों पर चर्चा हुई। नई नीतियों से किसानों को लाभ होगा।", "नई नीति"),
        (
            "नई दिल्ली में प्रदूषण बढ़ गया है। नई दिल्ली के कई इलाकों में हवा खराब है। लोगों को नई दिल्ली में सांस लेने में "
            "बड़ी दिक्कत हो रही है और बड़ी दिक्कत बच्चों को है।",
            "नई दिल्ली",
        ),
    ],
)
def test_phrases_are_shown_in_the_direct_singular_with_agreeing_modifiers(text, shown):
    texts = hb.keywords(text).texts
    assert shown in texts, texts
    # No keyword keeps a masculine adjective in its oblique or plural form.
    assert not [t for t in texts if t.split()[0] in ("नए", "बड़े")], texts
    if shown == "नई दिल्ली":
        assert "बड़ी दिक्कत" in texts, texts


def test_one_word_spelled_two_ways_is_one_keyword():
    # A nasal cluster written with anusvara or with a half nasal consonant, a letter with and
    # without its nukta: the same word, listed once under the spelling the text uses most.
    text = (
        "प्रधानमंत्री नरेंद्र मोदी ने दिल्ली में नई योजना शुरू की। नरेन्द्र मोदी ने कहा कि योजना से किसानों को लाभ होगा। "
        "किसानों ने नरेंद्र मोदी की योजना का स्वागत किया। क़ानून मंत्री ने कहा कि नया कानून जल्द आएगा। "
        "कानून के जानकारों ने नए क़ानून की आलोचना की। संसद में कानून पर बहस होगी। विपक्ष ने कानून का विरोध किया।"
    )
    keywords = hb.keywords(text, top=20)
    modi = [k for k in keywords if "मोदी" in k.text]
    assert [k.text for k in modi] == ["नरेंद्र मोदी"], keywords.texts
    assert set(modi[0].variants) == {"नरेंद्र मोदी", "नरेन्द्र मोदी"} and modi[0].count == 3
    law = [k for k in keywords if k.text in ("कानून", "क़ानून")]
    assert len(law) == 1 and set(law[0].variants) >= {"कानून", "क़ानून"}, keywords.texts
    for k in modi + law:  # every occurrence's offsets point at one of its spellings
        assert {text[a:b] for a, b in k.offsets} <= set(k.variants)


def test_zero_width_characters_of_the_source_are_not_in_the_keyword():
    text = "नरेंद्र मोदी ने हिंदी\u200c भाषा पर जोर दिया। हिंदी भाषा के लेखकों ने नरेंद्र मोदी का स्वागत किया।"
    keywords = hb.keywords(text)
    assert all("\u200c" not in k.text and "\u200c" not in "".join(k.variants) for k in keywords), keywords.texts
    assert any("हिंदी" in k.text for k in keywords), keywords.texts


def test_an_inflected_hyphen_compound_meets_its_base_form():
    # The tagger lemmatises the compound as one word (ईंट-पत्थरों -> ईंट-पत्थर); the text writes the base form too.
    text = (
        "गांव में दो गुटों के बीच झगड़े के बाद ईंट-पत्थरों से हमला किया गया। पुलिस ने कहा कि ईंट-पत्थरों से कई लोग घायल हुए। "
        "मौके पर ईंट-पत्थर बिखरे पड़े थे। लोग इशारों-इशारों में बात करते रहे।"
    )
    keywords = hb.keywords(text, top=20)
    compounds = [k for k in keywords if k.text.startswith("ईंट")]
    assert len(compounds) == 1, keywords.texts
    assert compounds[0].text == "ईंट-पत्थर" and compounds[0].count == 3
    assert set(compounds[0].variants) == {"ईंट-पत्थरों", "ईंट-पत्थर"}
    # A compound whose base form the text never writes is shown as written, not as a made-up lemma.
    assert all(not k.text.startswith("इशारों") or k.text == "इशारों-इशारों" for k in keywords), keywords.texts


def test_an_inflected_hyphen_compound_is_shown_in_its_base_form():
    # The text never writes "दिशा-निर्देश": the keyword is still its base form, as "मरीजों" is shown "मरीज".
    text = (
        "केंद्र सरकार ने कोरोना से बचाव के लिए नए दिशा-निर्देशों की घोषणा की। राज्यों को इन दिशा-निर्देशों का पालन करना होगा। "
        "दिशा-निर्देशों में भीड़ से बचने को कहा गया है। "
        "लोगों ने एक-दूसरे से दूरी बनाए रखने की अपील की। एक-दूसरे की मदद करें। "
        "गांव में सुख-शांति बनी रहे, इसके लिए सुख-शांति की प्रार्थना हुई।"
    )
    keywords = hb.keywords(text, top=20)
    compound = next(k for k in keywords if k.text.startswith("दिशा"))
    assert (compound.text, compound.lemma, compound.variants, compound.count) == (
        "दिशा-निर्देश", "दिशा-निर्देश", ("दिशा-निर्देशों",), 3
    )
    # A lemma that differs only in spelling ("शान्ति") leaves the compound as written.
    assert "सुख-शांति" in keywords.texts
    # Function words joined are a pronoun ("each other"), no keyword.
    assert not any("दूसर" in k for k in keywords.texts), keywords.texts


def test_word_lists_meet_a_word_however_its_nukta_is_written():
    # The lists write "फीसदी" and "प्रोफेसर"; BBC-style Hindi writes "फ़ीसदी" and "प्रोफ़ेसर".
    text = (
        "मौसम विभाग के मुताबिक़ जुलाई में सामान्य से 20 फ़ीसदी ज़्यादा बारिश हुई. अगस्त में भी 15 फ़ीसदी ज़्यादा बारिश हुई. "
        "प्रोफ़ेसर सुनीता नारायण ने कहा कि बारिश की घटनाएं बढ़ रही हैं. प्रोफ़ेसर सुनीता नारायण ने चेतावनी दी."
    )
    texts = hb.keywords(text, top=20).texts
    assert not any("फ़ीसदी" in k or "फीसदी" in k for k in texts), texts
    assert "सुनीता नारायण" in texts and not any("प्रोफ़ेसर" in k for k in texts), texts


def test_latin_script_names_in_hindi_text_are_keywords():
    text = (
        "iPhone 15 भारत में लॉन्च, जानें कीमत\n\n"
        "Apple ने मंगलवार को भारत में iPhone 15 सीरीज़ लॉन्च कर दी. कंपनी के CEO टिम कुक ने कहा कि भारत Apple के लिए "
        "सबसे अहम बाज़ार है. iPhone 15 की शुरुआती कीमत 79,900 रुपये रखी गई है. बिक्री 22 सितंबर से शुरू होगी."
    )
    texts = hb.keywords(text, top=10).texts
    assert {"iPhone", "Apple"} <= set(texts), texts
    assert "CEO" not in texts, texts  # a designation (lexicon/latin_non_names.txt)
    assert not any("भारत Apple" in k or "Apple भारत" in k for k in texts), texts  # a run never mixes scripts
    # English function words join a Latin name; a label written only in the headline is no keyword.
    text = (
        "Rajat Sharma's Blog: पूजा स्थल कानून पर सुनवाई\n\n"
        "सुप्रीम कोर्ट में Places of Worship Act को चुनौती देने वाली याचिका पर सुनवाई हुई. "
        "याचिकाकर्ता ने कहा कि Places of Worship Act संविधान के खिलाफ है. अदालत ने सरकार से जवाब मांगा."
    )
    texts = hb.keywords(text, top=10).texts
    assert "Places of Worship Act" in texts, texts
    assert not {"Rajat", "Sharma", "Blog", "Rajat Sharma"} & set(texts), texts
    # An English sentence is no Hindi text: its capitalised words are no names.
    texts = hb.keywords(
        "दिल्ली में आज भारी बारिश हुई. Heavy Rain Lashes Delhi As Monsoon Arrives Early. कई इलाकों में पानी भर गया.", top=20
    ).texts
    assert not any(w in k for k in texts for w in ("Rain", "Delhi", "Monsoon")), texts


def test_a_name_written_in_both_scripts_is_one_keyword():
    text = (
        "AIIMS के निदेशक Randeep Guleria ने कहा कि Herd Immunity अभी दूर है. रंदीप गुलेरिया ने बताया कि देश में "
        "हर्ड इम्युनिटी के लिए टीकाकरण जरूरी है. BJP और भाजपा के नेता टीकाकरण पर सहमत हैं. MSP पर भी बात हुई. "
        "किसानों ने एमएसपी की गारंटी मांगी. रंदीप गुलेरिया ने कहा कि भाजपा सरकार टीके खरीद रही है. CBI ने जांच शुरू की. "
        "सीबीआई के अधिकारी पहुंचे. CBI ने दस्तावेज मांगे."
    )
    keywords = hb.keywords(text, top=20)
    texts = keywords.texts
    # Shown as most often written; on a tie, as first written.
    for shown, other in (("रंदीप गुलेरिया", "Randeep Guleria"), ("Herd Immunity", "हर्ड इम्युनिटी"),
                         ("भाजपा", "BJP"), ("MSP", "एमएसपी"), ("CBI", "सीबीआई")):
        assert shown in texts and other not in texts, texts
        assert other in keywords[texts.index(shown)].variants
    guleria = keywords[texts.index("रंदीप गुलेरिया")]
    assert guleria.count == 3 and [text[a:b] for a, b in guleria.offsets].count("Randeep Guleria") == 1


def test_a_loanword_spelt_with_long_and_short_vowels_is_one_keyword():
    text = (
        "राज्य में वैक्सीन की भारी कमी है. अस्पतालों में वैक्सिन नहीं पहुंची. बेंगलुरु के अस्पताल में वैक्सीन खत्म हो गई. "
        "बेंगलुरू के लोगों ने वैक्सिन के लिए इंतजार किया. सरकार ने कहा कि वैक्सीन जल्द आएगी."
    )
    keywords = hb.keywords(text, top=20)
    texts = keywords.texts
    vaccine = keywords[texts.index("वैक्सीन")]  # the spelling written more often
    assert vaccine.count == 5 and set(vaccine.variants) == {"वैक्सीन", "वैक्सिन"}
    bengaluru = [k for k in keywords if k.text in ("बेंगलुरु", "बेंगलुरू")]
    assert len(bengaluru) == 1 and bengaluru[0].count == 2, texts


def test_a_word_misspelt_as_often_as_it_is_spelt_weighs_as_the_word():
    # ILSUM writes "स्थिती" for "स्थिति" now and then; the document frequencies know only "स्थिति", so a keyword keyed
    # by the misspelling, the first seen, weighed as a word never seen and led the list.
    text = (
        "सीमा पर किसानों का धरना आज भी जारी रहा। पुलिस के अनुसार स्थिती अब सामान्य है।\n"
        "किसान नेताओं ने बताया कि आंदोलन जारी रहेगा, हालांकि स्थिति पर प्रशासन की नजर है। "
        "प्रशासन ने अतिरिक्त पुलिस बल तैनात किया।"
    )
    keywords = hb.keywords(text, top=20)
    situation = next(k for k in keywords if "स्थिती" in k.variants)
    assert situation.lemma == "स्थिति" and set(situation.variants) == {"स्थिती", "स्थिति"}
    assert keywords[0] is not situation, keywords.texts


def test_a_name_is_not_respelt_as_a_common_word_said_as_often():
    # "सुर" (melody) is a word of the document frequencies and the lake's "सूर" is not; of the two spellings,
    # said once each, the name's stays.
    text = (
        "सूर सागर झील के किनारे आज सुबह मेला लगा। "
        "मेले में लोक कलाकारों ने सुर और ताल का अद्भुत संगम पेश किया।"
    )
    assert "सूर सागर" in [k.lemma for k in hb.keywords(text, top=20)]


def test_a_keyword_is_shown_as_the_text_spells_its_lemma():
    # The lemma tables write "स्वतन्त्रता" and "माँ"; the text writes "स्वतंत्रता" and "मां".
    text = (
        "महात्मा गांधी भारत के स्वतंत्रता आन्दोलन के प्रमुख नेता थे। स्वतंत्रता के लिए उन्होंने सत्याग्रह किया। "
        "उनकी मां पुतलीबाई धार्मिक महिला थीं। मां के विचारों का गांधी पर गहरा असर पड़ा। स्वतंत्रता के बाद देश ने उन्हें राष्ट्रपिता कहा।"
    )
    keywords = hb.keywords(text, top=20)
    assert {"स्वतंत्रता", "मां"} <= set(keywords.texts), keywords.texts
    assert not {"स्वतन्त्रता", "माँ"} & set(keywords.texts), keywords.texts


def test_latin_names_with_digits_and_latin_honorifics():
    # "COVID-19", "G-20", "Su-27" were no candidates at all (a Latin name word was letters only), so the headline's
    # topic was missing from its list; "Dr" before a name was listed as a keyword of its own.
    text = (
        "COVID-19 के नए मामले बढ़े\n\n"
        "देश में COVID-19 के नए मामलों में तेजी आई है। स्वास्थ्य मंत्रालय ने COVID-19 से बचाव के लिए नए दिशानिर्देश "
        "जारी किए। Dr. Sharma ने कहा कि अस्पतालों में पूरी तैयारी है। Dr. Sharma ने टीकाकरण तेज करने को कहा।"
    )
    texts = hb.keywords(text, top=10).texts
    assert texts[0] == "COVID-19" and "Sharma" in texts and "Dr" not in texts, texts
    # A code said once is a detail (a flight number), not what the text is about; so is one in fullwidth letters and
    # digits, which sort after the Devanagari block (a pre-check by the first character let it through).
    for code in ("AA1958", "ＡＡ１９５８"):
        text = (
            f"दिल्ली से न्यूयॉर्क जा रही उड़ान {code} को आपात स्थिति में उतारा गया। विमान में सवार सभी यात्री सुरक्षित हैं। "
            "एयरलाइन ने कहा कि विमान की जांच की जा रही है। यात्रियों को दूसरे विमान से भेजा गया।"
        )
        texts = hb.keywords(text, top=10).texts
        assert texts and not any(code in t for t in texts), texts


def test_short_or_unrelated_latin_names_stay_apart():
    from hindi_brief.text.skeleton import devanagari_skeleton, latin_skeleton

    # "Modi" and "मोदी" share too short a skeleton to tell; digits count ("Maxim" is not "मैक्सिम एम1910").
    assert latin_skeleton("Modi") == devanagari_skeleton("मोदी") == "md"
    assert latin_skeleton("Maxim") != devanagari_skeleton("मैक्सिम एम1910")
    text = "Modi ने आज मोदी सरकार की योजना बताई. Maxim कंपनी ने मैक्सिम एम1910 पिस्तौल दिखाई. Maxim ने कहा कि मैक्सिम एम1910 बिकेगी."
    texts = hb.keywords(text, top=20).texts
    assert "Maxim" in texts and "मैक्सिम एम1910" in texts, texts


def test_english_glosses_labels_and_script_identifiers_are_no_keywords():
    text = (
        "Pandit Sukh Ram Died: पूर्व केंद्रीय मंत्री पंडित सुखराम का निधन हो गया. दिल्ली में कोरोना संक्रमण दर "
        "(Delhi Corona Positivity Rate) 30 फीसदी तक पहुंच गई है. घरेलू LPG सिलेंडर (Domestic LPG Cylinder) 50 रुपये महंगा हुआ. "
        "भारतीय अंतरिक्ष अनुसंधान संगठन (ISRO) ने नया उपग्रह छोड़ा. ISRO के वैज्ञानिकों ने sendGAPageViews कोड नहीं लिखा. "
        "पंडित सुखराम के निधन पर शोक जताया गया."
    )
    keywords = hb.keywords(text, top=20)
    texts = keywords.texts
    assert not any(w in t for t in texts for w in ("Died", "Positivity", "Domestic", "sendGA")), texts
    # One word in brackets may be a name: here the English acronym of the Hindi name before it, one keyword with it.
    assert any("ISRO" in k.variants and "भारतीय अंतरिक्ष अनुसंधान संगठन" in k.variants for k in keywords), texts
    # A unit of measure in capitals is no name.
    texts = hb.keywords("मुंबई में 24 घंटे में 120 MM बारिश हुई. शहर में 90 MM बारिश का अनुमान था. 5000 mAh बैटरी वाला फोन लॉन्च हुआ.").texts
    assert not {"MM", "mAh"} & set(texts), texts


def test_a_shorter_form_of_a_name_is_not_listed_beside_it():
    text = (
        "उत्तराखंड के पूर्व मुख्यमंत्री त्रिवेंद्र सिंह रावत ने आज देहरादून में बैठक की। त्रिवेंद्र रावत ने कहा कि सरकार काम कर रही है। "
        "बैठक में त्रिवेंद्र रावत के समर्थक भी पहुंचे। त्रिवेंद्र सिंह रावत ने बाद में पत्रकारों से बात की।"
    )
    names = [k.text for k in hb.keywords(text, top=20) if "रावत" in k.text]
    assert names == ["त्रिवेंद्र सिंह रावत"], names


class NextWordTagger(DictTagger):
    """``DictTagger`` that tags some words by the word after them: ``RULES`` maps a word to the next words that
    retag it and the tag they give."""

    RULES: dict[str, tuple[frozenset[str], str]] = {}

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]:
        out = super().tag(sentences)
        for sent, row in zip(sentences, out):
            for i, w in enumerate(sent[:-1]):
                rule = self.RULES.get(w)
                if rule is not None and sent[i + 1] in rule[0]:
                    row[i] = (rule[1], w)
        return out


_CHAIN_NAMES = frozenset({"आदित्यनाथ", "सोनू", "निगम", "लखनऊ"})


class ChainTagger(NextWordTagger):
    """Calls ``योगी`` and ``कवि`` a name right before a name and a noun elsewhere, as the embedded tagger does with
    ``योगी`` (``योगी आदित्यनाथ``, ``योगी सरकार``) and with designations."""

    PROPN = set(_CHAIN_NAMES)
    RULES = {"योगी": (_CHAIN_NAMES, "PROPN"), "कवि": (_CHAIN_NAMES, "PROPN")}


def pipeline_with(tagger) -> hb.Pipeline:
    """A pipeline that tags with ``tagger`` (any object with the Tagger protocol)."""
    nlp = hb.Pipeline(tagger="none")
    nlp.tagger = tagger
    return nlp


def test_a_first_name_the_tagger_also_calls_a_noun_stays_in_the_name():
    nlp = pipeline_with(ChainTagger())
    # "योगी" opens "योगी आदित्यनाथ" three times and "आदित्यनाथ" is never written alone: a first name.
    texts = hb.keywords(nlp(
        "योगी आदित्यनाथ ने लखनऊ में बैठक की. योगी सरकार ने नई योजना बनाई. योगी आदित्यनाथ ने योजना बताई. "
        "योगी सरकार के मंत्री पहुंचे. योगी आदित्यनाथ ने धन्यवाद दिया."
    )).texts
    assert "योगी आदित्यनाथ" in texts and "आदित्यनाथ" not in texts, texts
    # "कवि" opens "कवि सोनू निगम" twice, but "सोनू निगम" is written alone more often: a designation.
    texts = hb.keywords(nlp(
        "कवि सोनू निगम ने लखनऊ में गाना गाया. सोनू निगम ने कहा कि गाना नया है. कवि सोनू निगम के प्रशंसक पहुंचे. "
        "सोनू निगम ने धन्यवाद दिया. सोनू निगम अगले महीने दौरे पर जाएंगे. इस कवि ने कई गाने गाए."
    )).texts
    assert "सोनू निगम" in texts and not any("कवि सोनू" in t for t in texts), texts


_GUESSED_NAMES = frozenset({"अली", "बिस्माह", "मारूफ"})


class GuessingTagger(NextWordTagger):
    """Calls ``मुनीबा`` (a first name no treebank has) and ``कप्तान`` (a noun HDTB knows) a name right before a name and
    a noun elsewhere, as the embedded tagger does with first names it has never seen (``मुनीबा ने`` beside ``मुनीबा
    अली``)."""

    PROPN = set(_GUESSED_NAMES) | {"पाकिस्तान", "लाहौर"}
    RULES = {
        "मुनीबा": (_GUESSED_NAMES, "PROPN"),
        "कप्तान": (_GUESSED_NAMES, "PROPN"),
        "डिनर": (frozenset({"लाहौर"}), "PROPN"),
    }


def test_a_first_name_the_treebank_does_not_know_as_a_noun_stays_in_the_name():
    # "मुनीबा" is a noun only by the tagger's guess: it opens "मुनीबा अली" once, is written alone three times, and
    # HDTB never writes it. "कप्तान" is a noun HDTB knows: before "बिस्माह मारूफ" it titles the name.
    from hindi_brief.rank.keyphrase.vocabulary import NOMINAL_WORDS

    assert "कप्तान" in NOMINAL_WORDS and "मुनीबा" not in NOMINAL_WORDS
    texts = hb.keywords(pipeline_with(GuessingTagger())(
        "पाकिस्तान की ओपनर मुनीबा अली ने शतक लगाया. मुनीबा ने 68 गेंदों पर 102 रन बनाए. मुनीबा की पारी से "
        "पाकिस्तान जीता. कप्तान बिस्माह मारूफ ने मुनीबा की तारीफ की. मारूफ ने कहा कि टीम अच्छा खेली. इस कप्तान ने "
        "कई मैच जिताए."
    )).texts
    assert "मुनीबा अली" in texts and "बिस्माह मारूफ" in texts, texts
    assert not any(t.endswith("मुनीबा") or t.startswith("कप्तान ") for t in texts), texts
    # Nor a chain of four words: a person's name has at most three (``GUESSED_NAME_WORDS``); here two names run together.
    texts = hb.keywords(pipeline_with(GuessingTagger())(
        "टीम की ओपनर मुनीबा अली बिस्माह मारूफ के साथ उतरीं. मुनीबा ने 68 गेंदों पर 102 रन बनाए. मुनीबा की पारी से "
        "पाकिस्तान जीता. मुनीबा ने कहा कि टीम अच्छा खेली."
    ), top=20).texts
    assert "मुनीबा अली बिस्माह मारूफ" not in texts, texts
    # A word HDTB does not know either ("डिनर") before a place opens no name: a noun glued onto a place.
    texts = hb.keywords(pipeline_with(GuessingTagger())(
        "टीम का डिनर लाहौर के होटल में हुआ. डिनर पर खिलाड़ी पहुंचे. डिनर में मुनीबा अली भी थीं. लाहौर में मैच होगा."
    )).texts
    assert "डिनर लाहौर" not in texts and "लाहौर" in texts, texts


def test_english_designations_and_minister_compounds_title_a_name():
    texts = hb.keywords(
        "एक्ट्रेस कंगना रनौत ने नई फिल्म की घोषणा की. फिल्म की शूटिंग अगले महीने शुरू होगी. एक्ट्रेस कंगना रनौत ने कहा कि "
        "कहानी दमदार है. खेलमंत्री अशोक चांदना ने खिलाड़ियों से मुलाकात की. खेलमंत्री अशोक चांदना ने स्टेडियम का दौरा किया."
    ).texts
    assert {"कंगना रनौत", "अशोक चांदना"} <= set(texts), texts
    assert not any(t.startswith(("एक्ट्रेस ", "खेलमंत्री ")) for t in texts), texts


def test_two_names_side_by_side_are_two_keywords(embedded):
    # The sentence drops the postposition between the leader and "जीडीपी": one chain of three
    # names, written once, whose parts the text writes on their own.
    texts = [k.text for k in keywords_of(
        embedded,
        "कांग्रेस नेता राहुल गांधी जीडीपी में गिरावट को लेकर सरकार पर हमलावर हैं।",
        "राहुल गांधी ने कहा कि जीडीपी गिर रही है। जीडीपी के आंकड़े खराब हैं।",
    )]
    assert "राहुल गांधी" in texts and "जीडीपी" in texts, texts
    assert "राहुल गांधी जीडीपी" not in texts, texts
    # A first name and a surname are each written alone as well: a name of two words stays whole.
    texts = [k.text for k in keywords_of(
        embedded,
        "भारतीय कप्तान विराट कोहली ने शानदार शतक लगाया। विराट ने मैच के बाद टीम की तारीफ की।",
        "कोहली का यह सत्तरवां शतक है।",
    )]
    assert "विराट कोहली" in texts, texts


def test_a_designation_before_common_nouns_only_titles_nothing(embedded):
    # "वाहन" is a noun elsewhere in the text ("वाहन की जांच"), so inside the name it reads as a designation; but
    # what follows it, "अधिनियम", is a common noun, no name: the law is one keyword, not three pieces.
    texts = keyword_texts(
        embedded,
        "संशोधित मोटर वाहन अधिनियम लागू होने के बाद जुर्माना बढ़ गया। वाहन चालकों को अब हेलमेट पहनना होगा।",
        "पुलिस ने कहा कि वाहन की जांच होगी।",
    )
    assert "मोटर वाहन अधिनियम" in texts, texts
    assert_left_out(texts, ("मोटर", "वाहन", "अधिनियम"))


def test_two_words_listed_apart_that_the_text_says_together_are_one_phrase(embedded):
    # "सड़क" and "दुर्घटना" are each said far more often alone than in "सड़क दुर्घटना" (3 times), so each stands on
    # its own; together they are the phrase, in one place of the list.
    texts = keyword_texts(
        embedded,
        "देश में हर साल सड़क दुर्घटना में हजारों लोगों की जान जाती है। सड़क पर तेज रफ्तार सबसे बड़ा कारण है।",
        "खराब सड़क और गड्ढे भी दुर्घटना की वजह बनते हैं। सड़क दुर्घटना के बाद घायलों को समय पर इलाज नहीं मिलता।",
        "हर दुर्घटना के पीछे लापरवाही होती है। सड़क पर नियमों का पालन जरूरी है। सड़क दुर्घटना रोकने के लिए सरकार ने नई",
        "योजना बनाई है। दुर्घटना वाले स्थानों पर चेतावनी बोर्ड लगाए जाएंगे। सड़क की मरम्मत भी होगी। दुर्घटना के आंकड़े",
        "चिंता बढ़ाते हैं। सड़क पर हेलमेट पहनना अनिवार्य है। गांव की सड़क भी खराब है। कई बार दुर्घटना रात में होती है।",
        "चौड़ी सड़क पर भी दुर्घटना होती है। सड़क किनारे रोशनी नहीं होती। पुलिस हर दुर्घटना की जांच करती है। नई सड़क",
        "बनाने का काम जारी है। दुर्घटना में घायल लोगों को मुआवजा मिलता है।",
    )
    assert texts[0] == "सड़क दुर्घटना", texts
    assert_left_out(texts, ("सड़क", "दुर्घटना"))


def test_an_adjective_a_number_makes_opens_no_phrase(embedded):
    # "18 सूत्री एजेंडा", "तीन सदस्यीय समिति": the number is no phrase word, so "सूत्री एजेंडा" and "सदस्यीय समिति"
    # would be half a compound (lexicon/number_bound.txt).
    texts = keyword_texts(
        embedded,
        "कांग्रेस ने पार्टी में सुधार के लिए 18 सूत्री एजेंडा तैयार किया है। पार्टी अध्यक्ष ने कहा कि 18 सूत्री एजेंडा पर",
        "अगले महीने चर्चा होगी। इसके लिए तीन सदस्यीय समिति बनाई गई है। तीन सदस्यीय समिति अपनी रिपोर्ट सौंपेगी।",
        "पार्टी के नेताओं ने एजेंडा का स्वागत किया।",
    )
    assert {"एजेंडा", "समिति"} <= set(texts), texts
    assert not [t for t in texts if "सूत्री" in t or "सदस्यीय" in t], texts


def test_an_izafat_name_is_one_keyword_however_written(embedded):
    # "लश्कर ए तैयबा" with spaces and "लश्कर-ए-तैयबा" (one token) are one name.
    found = keywords_of(
        embedded,
        "पुलवामा में लश्कर ए तैयबा के दो आतंकी मारे गए।",
        "पुलिस के अनुसार लश्कर-ए-तैयबा ने पिछले महीने हमला किया था। लश्कर ए तैयबा का कमांडर भी मारा गया।",
    )
    names = [k for k in found if "लश्कर" in k.text or "तैयबा" in k.text]
    assert len(names) == 1 and len(names[0].offsets) == 3, [(k.text, k.variants) for k in found]
    assert set(names[0].variants) == {"लश्कर ए तैयबा", "लश्कर-ए-तैयबा"}
    # A vocative "ए" after a verb, and an initial, are no izafat.
    texts = keyword_texts(embedded, "उसने कहा, सुन ए दोस्त, मेरी बात मान।", "न्यायमूर्ति एस ए बोबडे ने फैसला सुनाया।")
    assert not any(" ए " in t or "-ए-" in t for t in texts), texts


def test_a_name_whose_last_word_is_a_noun_elsewhere_stays_a_name(embedded):
    # "प्रदेश" and "कोर्ट" alone are common nouns ("प्रदेश में", "कोर्ट ने"); at the end of a name the text
    # writes twice they are its head, not a designation before a name.
    texts = keyword_texts(
        embedded,
        "उत्तर प्रदेश में लॉकडाउन बढ़ा दिया गया है। प्रदेश में कोरोना के मामले बढ़ रहे हैं।",
        "उत्तर प्रदेश सरकार ने नए नियम जारी किए। प्रदेश के सभी जिलों में पाबंदी रहेगी। प्रदेश में स्कूल बंद रहेंगे।",
    )
    assert texts[0] == "उत्तर प्रदेश" and "प्रदेश" not in texts, texts
    texts = keyword_texts(
        embedded,
        "सुप्रीम कोर्ट ने सोमवार को सुनवाई की। कोर्ट ने सरकार से जवाब मांगा।",
        "सुप्रीम कोर्ट अगले हफ्ते फिर सुनवाई करेगा। कोर्ट ने कहा कि मामला गंभीर है।",
    )
    assert texts[0] == "सुप्रीम कोर्ट" and "कोर्ट" not in texts, texts
    # A title still leaves the name: "रक्षा मंत्री राजनाथ सिंह" gives "राजनाथ सिंह".
    texts = keyword_texts(
        embedded,
        "रक्षा मंत्री राजनाथ सिंह ने सेना प्रमुख से मुलाकात की।",
        "रक्षा मंत्री राजनाथ सिंह ने कहा कि रक्षा तैयारियां मजबूत हैं।",
    )
    assert "राजनाथ सिंह" in texts and not any("मंत्री राजनाथ" in t for t in texts), texts


def test_a_subject_before_a_place_is_its_own_keyword(embedded):
    # An encyclopedic text opens with its subject before a place, and the tagger reads the two as one
    # name. Said once, ending in a place the text names its first word apart from, the chain is two names.
    texts = keyword_texts(
        embedded,
        "गंगा भारत की सबसे महत्वपूर्ण नदी है। यह उत्तराखंड में गंगोत्री हिमनद से निकलती है और बंगाल की खाड़ी में गिरती है।",
        "गंगा की कुल लंबाई लगभग 2525 किलोमीटर है। हिंदू धर्म में गंगा को पवित्र माना जाता है।",
        "प्रयागराज में गंगा और यमुना का संगम होता है। आज गंगा प्रदूषण की गंभीर समस्या से जूझ रही है।",
    )
    assert texts[0] == "गंगा" and "गंगा भारत" not in texts, texts
    # A first name and a surname said once, beside the first name said often, stay one name.
    texts = keyword_texts(
        embedded,
        "अभिनेता सलमान खान की नई फिल्म शुक्रवार को रिलीज हुई।",
        "सलमान ने फिल्म के प्रचार में कहा कि दर्शक खुश होंगे। सलमान की पिछली फिल्म भी सफल रही थी।",
    )
    assert "सलमान खान" in texts, texts


def test_a_surname_before_a_place_is_two_keywords(embedded):
    # News names a person in full once and by the surname after that; a sentence that puts the place right after
    # the surname gives one chain ("गहलोत जयपुर स्थित ..."), said once. The surname ends a longer name and is written
    # alone, and the text writes the place before में or स्थित: the chain is the person and the place.
    gehlot = (
        "कांग्रेस नेता अशोक गहलोत ने कहा कि पार्टी एकजुट होकर चुनाव लड़ेगी। हम चुनाव जीतकर आएंगे।",
        "गहलोत जयपुर स्थित बिड़ला ऑडिटोरियम में मीडिया से बातचीत कर रहे थे। उन्होंने कहा कि गहलोत सरकार ने बहुत काम किया है।",
        "गहलोत ने भाजपा पर निशाना साधा।",
    )
    texts = keyword_texts(embedded, *gehlot)
    assert "जयपुर" in texts and "गहलोत जयपुर" not in texts, texts
    # The place is met by its normalised form, however the text encodes its nukta (a first version searched the
    # raw text for it).
    for city in ("अलीगढ\u093c", "अलीग\u095d"):
        texts = keyword_texts(embedded, *(line.replace("जयपुर", city) for line in gehlot))
        assert not any(t.startswith("गहलोत अलीग") for t in texts), texts
    texts = keyword_texts(
        embedded,
        "केंद्रीय गृह मंत्री अमित शाह ने सोमवार को असम का दौरा किया। शाह गुवाहाटी पहुंचे और बाढ़ की स्थिति की समीक्षा की।",
        "गुवाहाटी में उन्होंने अधिकारियों से मुलाकात की। शाह ने राहत कार्यों का जायजा लिया।",
    )
    assert "गुवाहाटी" in texts and "शाह गुवाहाटी" not in texts, texts
    # A word HDTB knows as a noun is no place ("धोनी स्टेडियम" may be a stadium's name), a person met "from" (से)
    # is no place ("शाह फैसल"), and a word that ends "नई दिल्ली" is no surname: these chains stay whole.
    texts = keyword_texts(
        embedded,
        "पूर्व कप्तान महेंद्र सिंह धोनी ने अभ्यास शुरू कर दिया है। धोनी स्टेडियम में नेट्स पर बल्लेबाजी करते दिखे।",
        "धोनी ने कई लंबे शॉट लगाए। स्टेडियम में प्रशंसकों की भीड़ जुटी।",
    )
    assert "धोनी स्टेडियम" in texts, texts
    texts = keyword_texts(
        embedded,
        "गृह मंत्री अमित शाह ने बैठक की अध्यक्षता की। बैठक में पूर्व आईएएस अधिकारी शाह फैसल भी मौजूद रहे।",
        "शाह ने सुरक्षा की समीक्षा की। फैसल से दिल्ली में कई नेताओं ने मुलाकात की।",
    )
    assert "शाह फैसल" in texts, texts
    texts = keyword_texts(
        embedded,
        "नई दिल्ली में प्रदूषण का स्तर बढ़ गया है। दिल्ली एनसीआर में हवा की गुणवत्ता खराब श्रेणी में पहुंच गई।",
        "दिल्ली की सरकार ने निर्माण कार्यों पर रोक लगा दी है। एनसीआर से आने वाले ट्रकों पर भी रोक है। दिल्ली के स्कूल बंद रहेंगे।",
    )
    assert "दिल्ली एनसीआर" in texts, texts


def test_a_name_with_a_word_glued_on_gives_way_to_the_name(embedded):
    # The tagger reads a title before a name, or a place after it, as part of the name. Said once,
    # beside the name said on its own, such a chain is the name with a word glued on.
    texts = keyword_texts(
        embedded,
        "गोवा के सीएम प्रमोद सावंत ने शनिवार को कहा कि भाजपा चुनाव जीतेगी।",
        "प्रमोद सावंत ने मडगांव में कार्यकर्ताओं से बात की। बाद में प्रमोद सावंत ने विपक्ष पर निशाना साधा।",
    )
    assert "प्रमोद सावंत" in texts and not any("सीएम" in t for t in texts), texts
    texts = keyword_texts(
        embedded,
        "भगत सिंह भारत के एक प्रमुख स्वतंत्रता सेनानी थे। उनका जन्म 1907 में पंजाब के लायलपुर जिले में हुआ था।",
        "भगत सिंह ने चंद्रशेखर आजाद के साथ काम किया। 1931 में भगत सिंह को लाहौर में फांसी दी गई।",
    )
    assert texts[0] == "भगत सिंह" and "भगत सिंह भारत" not in texts, texts
    # A name said in full once, beside its surname said often, stays whole.
    texts = keyword_texts(
        embedded,
        "रक्षा मंत्री राजनाथ सिंह ने आज सेना के अधिकारियों से मुलाकात की।",
        "बैठक में सिंह ने सीमा की स्थिति पर चर्चा की। सिंह ने कहा कि सेना तैयार है।",
    )
    assert "राजनाथ सिंह" in texts and "सिंह" not in texts, texts


def test_adjectives_do_not_make_a_generic_noun_a_topic(embedded, none_nlp):
    text = " ".join([
        "राज्य में कोरोना के नए मामलों में तेजी आई है और बुधवार को 500 नए मामले सामने आए।",
        "स्वास्थ्य विभाग के अनुसार नए मामलों में सबसे ज्यादा मामले राजधानी से हैं।",
        "अस्पतालों में बड़ी संख्या में मरीज भर्ती हैं।",
        "ज्ञानवापी मामले की सुनवाई आज वाराणसी की जिला अदालत में होगी।",
        "ज्ञानवापी मामले में हिंदू पक्ष ने याचिका दायर की है।",
    ])
    tagged = [k.text for k in make_keywords(embedded(text), top=10)]
    untagged = [k.text for k in make_keywords(none_nlp(text), top=10)]
    assert "नया मामला" not in tagged and "बड़ी संख्या" not in tagged, tagged
    assert "नए मामले" not in untagged and "नए मामलों" not in untagged, untagged
    # A word HDTB does not know as an adjective still makes the case a topic.
    assert "ज्ञानवापी मामला" in tagged, tagged


def test_a_nukta_letter_in_either_encoding_is_one_spelling():
    # "क़" precomposed (U+0958) and as "क" + nukta (U+093C) look the same: one variant, one keyword text.
    precomposed, decomposed = "\u0958\u093e\u0928\u0942\u0928", "\u0915\u093c\u093e\u0928\u0942\u0928"
    text = f"संसद ने नया {precomposed} पास किया। {decomposed} से किसानों को लाभ होगा। {precomposed} पर बहस हुई।"
    (law,) = [k for k in hb.keywords(text) if k.lemma.endswith("ानून")]
    assert law.variants == (precomposed,) and law.text == precomposed and law.count == 3  # as the text writes it most
    # Each text's keyword is shown as that text writes it; under NFC the two are equal.
    only = [hb.keywords(text.replace(a, b))[0].text for a, b in ((decomposed, precomposed), (precomposed, decomposed))]
    assert only == [precomposed, decomposed]
    assert unicodedata.normalize("NFC", only[0]) == unicodedata.normalize("NFC", only[1])


def test_a_vowel_typed_in_two_parts_is_one_spelling():
    # "सड़काें" ("ा" + "े" for "ो", legacy fonts) is "सड़कों" to a reader: before normalisation joined the two
    # parts it lemmatised to "सड़का", a keyword beside "सड़क"; now one keyword, one variant.
    text = (
        "बारिश के दाैरान शहर की सड़काें पर पानी भर गया। नगर निगम ने कहा कि सड़कों की मरम्मत जल्द होगी। "
        "लोगों ने बताया कि बारिश के दौरान सड़कों पर गड्ढे हो गए और सड़काें पर जाम लगा।"
    )
    for nlp in (hb.Pipeline(tagger="embedded"), hb.Pipeline(tagger="none")):
        kws = nlp.brief(text, top=20).keywords
        roads = [k for k in kws if "सड़क" in k.lemma]
        assert len(roads) == 1 and roads[0].count == 4 and roads[0].variants == ("सड़कों",), [(k.text, k.lemma) for k in kws]
        assert not [k for k in kws if "दाैरान" in k.variants], kws


class MisreadNameTagger(NextWordTagger):
    """Knows ``विराट`` and ``कोहली`` as names but calls ``विराट`` an adjective before ``जीत`` ("a huge win"), as a
    tagger does now and then with a first name that is also a word."""

    PROPN = DictTagger.PROPN | {"विराट", "कोहली"}
    RULES = {"विराट": (frozenset({"जीत"}), "ADJ")}


def test_a_name_the_tagger_misreads_once_stays_whole():
    # "विराट" is an adjective once ("विराट जीत") and a name alone as often ("विराट ने"): it is no designation
    # before "कोहली", so the full name is one keyword, not "विराट" and "कोहली" apart.
    texts = keyword_texts(
        pipeline_with(MisreadNameTagger()),
        "विराट कोहली ने शतक लगाया. विराट ने कहा कि टीम अच्छा खेली. कोहली ने प्रशंसकों का धन्यवाद किया.",
        "भारत ने विराट जीत दर्ज की. विराट कोहली अब आराम करेंगे. कोहली ने कहा कि मैच कठिन था.",
    )
    assert "विराट कोहली" in texts and "कोहली" not in texts and "विराट" not in texts, texts


def test_offices_written_as_initials_are_no_keyphrase_words(embedded):
    # "पीएम मोदी" listed beside "नरेंद्र मोदी", and "सीएम योगी आदित्यनाथ" as a name: the initials are no
    # phrase word, so the name meets its full form.
    texts = keyword_texts(
        embedded,
        "पीएम मोदी ने आज वाराणसी में नई परियोजनाओं का उद्घाटन किया। प्रधानमंत्री नरेंद्र मोदी ने कहा कि काशी का विकास",
        "जारी रहेगा। नरेंद्र मोदी ने गंगा घाट का दौरा भी किया। पीएम मोदी के साथ मुख्यमंत्री योगी आदित्यनाथ भी मौजूद थे।",
        "सीएम योगी आदित्यनाथ ने परियोजनाओं की जानकारी दी।",
    )
    assert "नरेंद्र मोदी" in texts and "योगी आदित्यनाथ" in texts, texts
    assert not any(w in ("पीएम", "सीएम") for t in texts for w in t.split()), texts


def test_a_common_word_said_in_passing_is_no_keyword_but_the_topic_is(embedded, none_nlp):
    # "मांग" (a demand, IDF 2.69) is said twice in five sentences: it names the news, not the topic; "किसान"
    # (IDF 2.86) is said in every sentence. The same for untagged text.
    text = (
        "किसानों ने फसल के सही दाम की मांग को लेकर प्रदर्शन किया। किसान नेताओं ने सरकार से बातचीत की मांग की। "
        "प्रदर्शन में सैकड़ों किसान शामिल हुए। किसानों का कहना है कि गेहूं की फसल खराब हो गई है। "
        "किसान संगठन अगले हफ्ते फिर बैठक करेंगे।"
    )
    tagged = [k.text for k in make_keywords(embedded(text), top=10)]
    assert "किसान" in tagged and "मांग" not in tagged and "बैठक" not in tagged, tagged
    untagged = [k.text for k in make_keywords(none_nlp(text), top=10)]
    assert "मांग" not in untagged, untagged
    # Said at least COMMON_MIN_COUNT times, a common word is a keyword whatever its share of the sentences.
    long_text = text + " " + " ".join(f"{n} जिलों में किसानों ने मांग रखी और पुलिस ने रास्ते बंद किए।" for n in range(8))
    assert "मांग" in [k.text for k in make_keywords(embedded(long_text), top=10)]


def test_a_word_said_mostly_inside_a_phrase_gives_way_to_the_phrase(embedded):
    # "सहयोग" is said four times, three of them in "रक्षा सहयोग": the phrase is the keyword (before, any
    # occurrence outside the phrase kept "रक्षा" and "सहयोग" apart, as seed 000 listed them).
    texts = keyword_texts(
        embedded,
        "भारत और अमेरिका ने रक्षा सहयोग बढ़ाने पर सहमति जताई। दोनों देशों के बीच रक्षा सहयोग पिछले दस साल में तेजी से",
        "बढ़ा है। रक्षा मंत्री ने कहा कि रक्षा सहयोग से दोनों देशों को फायदा होगा। व्यापार में भी सहयोग बढ़ेगा।",
        "रक्षा सचिव ने रक्षा उत्पादन पर बात की।",
    )
    assert "रक्षा सहयोग" in texts and "सहयोग" not in texts and "रक्षा" not in texts, texts


def test_hand_made_keyphrases_hold(data_dir):
    """F1@10 against the hand-made keyphrases of 80 ILSUM articles (benchmarks/keyphrases.py, the measure of
    issue #14's hidden keyphrase set): 46.25 exact with the embedded tagger (34.07 before the rules chosen on
    its val half, 40.51 before the weights chosen without the lead boost, 43.45 before a headline phrase the body
    never says lost its boost, 44.69 before a word weighed the same however it is spelled, 44.57 before a phrase
    said once that opens with an adjective of degree was left out, 44.70 before a one-word common noun weighed
    0.8, 45.32 before a link to another story gave no keywords, 45.82 before two nouns joined by the genitive and
    said three times were one keyword, 46.47 before a word was never listed beside any phrase that holds it: one
    article's "कोविड-19" and "मृत्यु दर" gave way to "कोविड-19 मृत्यु दर"), 26.81 untagged (27.01 before that); YAKE scores
    11.10. The guards are about 0.3 below."""
    keyphrases = benchmark_module("keyphrases")
    n, _, table = keyphrases.evaluate(data_dir / "ilsum_hi", names=("hindi_brief",))
    assert n == 80 and table["hindi_brief"]["f1_exact"] >= 45.9, table
    _, _, table = keyphrases.evaluate(data_dir / "ilsum_hi", names=("hindi_brief",), tagger="none")
    assert table["hindi_brief"]["f1_exact"] >= 26.5, table


@pytest.mark.parametrize("tagger", ["embedded", "none"])
def test_a_longer_keyword_list_starts_with_a_shorter_one(seed_texts, tagger):
    """``top=k`` is the first k of any longer list, best first: the first ten are chosen together, each keyword after
    them is the next best that clashes with none before it. Before, a longer list could start otherwise: both seeds'
    lists of 1 to 7 keywords were not the start of the list of every keyword (a phrase further down took a listed
    word's place only when the list went on that far)."""
    pipeline = hb.Pipeline(tagger=tagger)
    for text in seed_texts:
        doc = pipeline(text)
        every = hb.keywords(doc, top=10**6)
        assert len(every) > 30
        scores = [k.score for k in every]
        assert scores == sorted(scores, reverse=True)
        for top in range(1, 31):
            assert hb.keywords(doc, top=top) == every[:top], top
        texts = every.texts
        assert len(set(texts)) == len(texts)
        for i, a in enumerate(texts):  # none after the first ten is shown inside one listed before it, or around it
            for b in texts[max(i, 10):]:
                if a != b:
                    assert f" {a} " not in f" {b} " and f" {b} " not in f" {a} ", (a, b)


def test_after_the_tenth_keyword_the_phrase_that_speaks_for_a_word_is_listed(data_dir):
    # Keywords after the tenth take no listed one's place (a longer list starts with a shorter one). The first version
    # listed the word a phrase further down speaks for ("मेक", then "इंडिया"; "द्रविड़") and the rest of a name whose
    # first word was listed ("आदित्यनाथ" beside "योगी"): the phrase is listed in the word's place, and the rest of a
    # name that holds a listed word is no keyword (a review; ILSUM test articles).
    from hindi_brief.evaluation.evaluate import load_pairs

    wanted = {"hindi_2022_7885", "hindi_2023_train_3106", "hindi_2022_1267", "hindi_2022_6907", "hindi_2022_1760"}
    articles = {p.id: p.article for p in load_pairs(data_dir / "ilsum_hi", split="both") if p.id in wanted}
    lists = {i: hb.keywords(text, top=10**6).texts for i, text in articles.items()}
    assert "मेक इन इंडिया" in lists["hindi_2022_7885"] and not {"मेक", "इंडिया"} & set(lists["hindi_2022_7885"])
    assert "राहुल द्रविड़" in lists["hindi_2023_train_3106"] and "द्रविड़" not in lists["hindi_2023_train_3106"]
    assert "योगी" in lists["hindi_2022_1267"][:10] and "आदित्यनाथ" not in lists["hindi_2022_1267"]
    # A second review: a word said more often on its own stayed out beside a phrase said less often that holds a
    # listed keyword ("भाजपा", four times, beside "भाजपा सांसद", twice, and "सांसद"), and a phrase said once took the
    # place of a word said twice ("राष्ट्रपति सरकार").
    assert "भाजपा" in lists["hindi_2022_6907"]
    assert "राष्ट्रपति" in lists["hindi_2022_1760"] and "राष्ट्रपति सरकार" not in lists["hindi_2022_1760"]


def test_a_keyword_setting_reaches_every_module_that_binds_it():
    """benchmarks/keyphrases.py tries other values of the keyword constants; a constant imported by several modules of
    rank/keyphrase is bound in each, so a variant must be set in all of them and restored after."""
    keyphrases = benchmark_module("keyphrases")
    holders = [m for m in keyphrases.KEYWORD_MODULES if "ONCE_SAID_SENTENCES" in vars(m)]
    assert len(holders) >= 3  # vocabulary defines it; scoring, choice and rank.keywords read it
    with keyphrases.keyword_settings({"ONCE_SAID_SENTENCES": 5}):
        assert all(m.ONCE_SAID_SENTENCES == 5 for m in holders)
    assert all(m.ONCE_SAID_SENTENCES == ONCE_SAID_SENTENCES for m in holders)
    with pytest.raises(ValueError, match="NO_SUCH"):
        with keyphrases.keyword_settings({"NO_SUCH": 1}):
            pass


def test_keyphrases_of_essays_and_encyclopedic_articles_hold():
    """F1@10 against the keyphrases of the 40 essays and encyclopedic articles written and annotated for
    benchmarks/essays_and_articles.py (shipped with it: no shared data needed), the kinds of text of issue #14's
    hidden sets: 31.77 exact with the embedded tagger (31.17 before a common word a long text says all through
    stopped standing alone; 30.97 before the year word "सन्" joined the era markers; 30.14
    before a common word said less than once in 20 sentences stopped standing alone; 29.33 before a common phrase said once in a long text lost its
    length bonus; 27.12 before the twenty-fourth to twenty-sixth sessions' name rules; 26.92 before a common word said only inside the phrases the text
    repeats gave way to them; 26.31 before two nouns joined by the genitive and said three times were one keyword; 24.29 before a one-word common noun weighed 0.8; 14.63 with
    the weights fitted on the silver set, whose
    boost for the first two sentences picked an essay's opening anecdote; 22.08 before a title that is one noun
    phrase was listed whole; 23.68 before a headline phrase the body never says lost its boost; 23.48 before a
    word written with a nukta weighed as its common spelling, not as a word never seen), 21.67 untagged (18.47
    before the once-said phrases, 19.07 before the nukta); YAKE scores 7.65. The guards are about 0.3 below."""
    essays_and_articles = benchmark_module("essays_and_articles")
    texts = essays_and_articles.read_texts()
    assert len(texts) == 40 and sum(t.kind == "essay" for t in texts) == 16
    table = essays_and_articles.keyword_scores(texts, names=("hindi_brief",))
    assert table["hindi_brief"]["f1_exact"] >= 31.4, table
    table = essays_and_articles.keyword_scores(texts, names=("hindi_brief",), tagger="none")
    assert table["hindi_brief"]["f1_exact"] >= 21.3, table


@pytest.mark.parametrize(
    "text_id, descriptions",
    [
        ("w1-1", ("अंधी दौड़ असमानता", "गोंड बहुल अंचल")),
        ("w5-1", ("कॉलेज अनिश्चित काल", "भरोसेमंद इंटरनेट कनेक्शन")),
        ("w7-5", ("जीवाणु युक्त सूक्ष्म", "प्रतिरक्षा प्रणाली जीवाणु")),
    ],
)
def test_a_long_phrase_said_once_in_an_essay_ranks_below_its_terms(text_id, descriptions):
    # In an essay of 80-90 sentences the terms recur; a phrase of three words said once is a description or words of
    # two constituents run together, and its length bonus put it above words said eight times (ONCE_SAID_SENTENCES).
    essays_and_articles = benchmark_module("essays_and_articles")
    (text,) = [t for t in essays_and_articles.read_texts() if t.id == text_id]
    keywords = list(make_keywords(hb.Pipeline()(text.article), top=10))
    # A term said once may close the list ("राष्ट्रीय शिक्षा नीति"), and so, since the words a long text says all through
    # left their places (LONG_TEXT_IDF), may such a description ("गोंड बहुल अंचल", "कॉलेज अनिश्चित काल"), but below
    # every word said eight times.
    said_once = [i for i, k in enumerate(keywords) if k.count == 1 and len(k.text.split()) >= 3]
    said_often = [i for i, k in enumerate(keywords) if k.count >= 8]
    assert said_often, [(k.text, k.count) for k in keywords]
    assert not said_once or min(said_once) > max(said_often), [(k.text, k.count) for k in keywords]
    listed = [k.text for k in keywords]
    assert all(listed.index(d) > max(said_often) for d in descriptions if d in listed), listed


_BURARI = (
    "दिल्ली के बुराड़ी स्थित निरंकारी समागम ग्राउंड में किसानों का धरना जारी है। किसान नेताओं ने कहा कि निरंकारी समागम ग्राउंड "
    "में धरना तब तक चलेगा जब तक सरकार बात नहीं करती। बुराड़ी स्थित निरंकारी समागम ग्राउंड के बाहर पुलिस तैनात है। "
    "भाजपा ने दिल्ली में स्थित पार्टी मुख्यालय में बैठक की।"
)


@pytest.mark.parametrize("tagger", ["embedded", "none"])
def test_an_adjective_that_takes_the_noun_before_it_joins_no_phrase(tagger):
    # "बुराड़ी स्थित निरंकारी समागम ग्राउंड" is the ground in Burari and "दिल्ली में स्थित पार्टी मुख्यालय" the office in
    # Delhi: "स्थित" (lexicon/noun_taking_adjectives.txt, from HDTB) belongs to neither side, where the lists showed
    # "स्थित पार्टी मुख्यालय". No candidate holds it, listed or not.
    keywords, candidates = keywords_and_candidates(hb.Pipeline(tagger=tagger)(_BURARI), top=10)
    texts = [k.text for k in keywords]
    assert {"बुराड़ी", "पार्टी मुख्यालय"} <= set(texts) and any(t.endswith("समागम ग्राउंड") for t in texts), texts
    assert not [key for key in candidates if any("स्थित" in w for w in key)]


def test_an_adjective_that_takes_a_noun_still_describes_the_noun_after_it(embedded):
    # Before a noun, not after one or a postposition, "ऊँचा" is an adjective like another: "सबसे ऊँचा शिखर".
    doc = embedded("एवरेस्ट दुनिया का सबसे ऊँचा शिखर है। सबसे ऊँचा शिखर चढ़ना कठिन है। नेपाल में सबसे ऊँचा शिखर है।")
    assert "ऊँचा शिखर" in [k.text for k in make_keywords(doc, top=10)]


def test_an_adjective_after_a_noun_opens_the_next_phrase(embedded):
    # A noun phrase's adjectives come before its noun, so in "ओमिक्रॉन वैरिएंट पूरे देश में" "पूरे" opens a new phrase:
    # no keyword runs the variant and the country together ("ओमिक्रॉन वैरिएंट पूरा देश").
    text = (
        "ओमिक्रॉन वैरिएंट पूरे देश में तेजी से फैल रहा है। ओमिक्रॉन वैरिएंट के मामले हर दिन बढ़ रहे हैं। "
        "स्वास्थ्य मंत्रालय ने ओमिक्रॉन वैरिएंट पूरे देश के लिए चेतावनी जारी की।"
    )
    texts = [k.text for k in make_keywords(embedded(text), top=10)]
    assert texts[0] == "ओमिक्रॉन वैरिएंट" and not any("वैरिएंट" in t and "देश" in t for t in texts), texts


@pytest.mark.parametrize(
    "text_id, in_passing, topic",
    [
        ("w7-2", ("दूरी", "डिब्बा"), "किताब"),
        ("w5-1", ("चुनौती", "संभावना", "प्रश्न"), "शिक्षक"),
        ("w3-2", ("सुविधा", "संकट"), "पैकेजिंग"),
    ],
)
def test_a_word_said_in_passing_in_an_essay_is_no_keyword(text_id, in_passing, topic):
    # An essay of 85-91 sentences says "दूरी" or "संभावना" two to four times in passing (the first in its title):
    # a common word said less than once in ONCE_SAID_SENTENCES sentences is no keyword alone, while a common word the
    # essay keeps saying still is.
    essays_and_articles = benchmark_module("essays_and_articles")
    (text,) = [t for t in essays_and_articles.read_texts() if t.id == text_id]
    doc = hb.Pipeline()(text.article)
    sentences = len(doc.sentences) + (doc.headline is not None)
    keywords = {k.text: k.count for k in make_keywords(doc, top=10)}
    assert not set(in_passing) & set(keywords), keywords
    # ... alone, or in the term the text makes with it ("बहुस्तरीय पैकेजिंग" for "पैकेजिंग": LONG_FOLD_SHARE).
    assert keywords.get(topic, 0) * ONCE_SAID_SENTENCES >= sentences or any(topic in k.split()[1:] for k in keywords), keywords
    # Untagged text cannot tell a name said twice from a common word, and keeps the rule out: a word said in
    # passing may stay there.
    untagged = make_keywords(hb.Pipeline(tagger="none")(text.article), top=10)
    assert any(len(k.text.split()) == 1 and k.count * ONCE_SAID_SENTENCES < sentences for k in untagged), untagged


def test_a_word_a_long_text_says_all_through_is_no_keyword_alone(embedded):
    # "शहर" and "पानी" (shipped IDF below LONG_TEXT_IDF) are said all through an essay on thirsty cities: no keyword
    # alone in a text of more than ONCE_SAID_SENTENCES sentences, headline included. Its title and first 19 sentences
    # list them; its title and first 20 do not, and its first 20 without the title do again.
    essays_and_articles = benchmark_module("essays_and_articles")
    texts = {t.id: t for t in essays_and_articles.read_texts()}
    doc = embedded(texts["w1-2"].article)
    words = {"शहर", "पानी"}

    def listed(body: int, title: bool) -> set[str]:
        text = (doc.headline.text + "\n\n" if title else "") + " ".join(s.text for s in doc.sentences[:body])
        cut = embedded(text)
        assert len(cut.sentences) + (cut.headline is not None) == body + title
        return {k.text for k in make_keywords(cut, top=10)}

    assert ONCE_SAID_SENTENCES == 20
    assert words <= listed(19, True) and not words & listed(20, True) and words <= listed(20, False)
    assert not words & {k.text for k in make_keywords(doc, top=10)}
    # The phrases that hold such words stay, and so do names: "भारत" (IDF 1.47) in an article on the green revolution.
    assert "भारत" in [k.text for k in make_keywords(embedded(texts["w4-4"].article), top=10)]
    desert = [k.text for k in make_keywords(embedded(texts["w2-5"].article), top=10)]
    assert "थार मरुस्थल" in desert and "क्षेत्र" not in desert, desert
    # The first choice lets such a word stand alone, so that one chosen beside a word the text says together with it
    # gives their phrase ("सड़क" beside "दुर्घटना" in an essay on road deaths), and the second choice is made wherever
    # one stood alone in the first, also where a phrase took its place there ("किसान", then "प्रधानमंत्री किसान सम्मान
    # निधि", in an essay on farmers' suicides, whose list then opens with "किसानों की आत्महत्या").
    assert "सड़क दुर्घटना" in [k.text for k in make_keywords(embedded(texts["w7-1"].article), top=10)]
    assert [k.text for k in make_keywords(embedded(texts["w2-2"].article), top=10)][0] == "किसानों की आत्महत्या"


def test_an_essay_s_opening_scene_gives_no_keywords(embedded):
    # An essay on reading opens on a train: "कोई बच्चा कॉमिक्स के पन्ने पलट रहा है और कोई बुज़ुर्ग स्टेशन से ख़रीदी
    # पत्रिका ... पढ़ रहा है". In a tagged long text (summarize.is_long) that names no
    # subject (no title phrase, no opening phrase that recurs) every occurrence weighs the same: its title and first 40
    # sentences list "बच्चा कॉमिक्स", its title and first 41 do not, and the whole essay lists neither phrase.
    essays_and_articles = benchmark_module("essays_and_articles")
    texts = {t.id: t for t in essays_and_articles.read_texts()}
    doc = embedded(texts["w7-2"].article)
    scene = {"बच्चा कॉमिक्स", "ख़रीदी पत्रिका"}

    def listed(text: str) -> list[str]:
        return [k.text for k in make_keywords(embedded(text), top=10)]

    def first(body: int) -> str:
        return doc.headline.text + "\n\n" + " ".join(s.text for s in doc.sentences[:body])

    # The line the summaries draw: past it their ranker has its own model for long texts (more than 40 sentences and
    # 750 words: this essay's first 44 sentences have fewer words, its first 45 more).
    from hindi_brief.rank.summarize import is_long

    def long(body: int) -> bool:
        d = embedded(first(body))
        return is_long(len(d.sentences), sum(s.n_words for s in d.sentences))

    assert LONG_DOC == 40 and long(41 + 4) and not long(41 + 3) and not long(40)
    assert "बच्चा कॉमिक्स" in listed(first(44)) and "बच्चा कॉमिक्स" not in listed(first(45))
    whole = listed(texts["w7-2"].article)
    assert not scene & set(whole) and "पठन" in whole, whole
    # A text that names its subject first keeps the news prior whatever its length: an encyclopedic article's first
    # sentences define it. The same essay under a title that is one phrase lists its opening scene again.
    body = " ".join(s.text for s in doc.sentences)
    assert "बच्चा कॉमिक्स" in listed("पुस्तकालय\n\n" + body)
    # So does a text without a title whose opening phrase recurs through it; without it the essay names no subject.
    assert "बच्चा कॉमिक्स" in listed("पुस्तकालय हर शहर और गाँव की ज़रूरत हैं। " + body)
    assert "बच्चा कॉमिक्स" not in listed(body)
    # What the annotators named from a later paragraph of an essay on rural health care, and a word it says all
    # through ("दवा": the weights count the occurrences, not only the phrase's IDF; listed in the term the essay
    # makes with it, "मुफ़्त दवा", since LONG_FOLD_SHARE).
    health = listed(texts["w8-1"].article)
    assert "आशा कार्यकर्ता" in health and any("दवा" in k.split() for k in health), health
    # Untagged text keeps the prior (without it, forms of a verb said all through filled the lists): the scene's
    # "डिब्बे" (of the train) stays in the untagged list.
    untagged = [k.text for k in make_keywords(hb.Pipeline(tagger="none")(texts["w7-2"].article), top=10)]
    assert "डिब्बे" in untagged, untagged


def test_a_common_noun_tagged_a_name_in_one_place_is_the_noun(embedded):
    # "हत्या मामले में": the tagger calls "मामले" a name there and keeps its form as its lemma, where "मामले की जांच"
    # gives the noun "मामला". Read as the noun it is elsewhere in the text, it is no keyword alone (a generic noun),
    # and the phrase it ends is shown in its base form: "रामलिंगम हत्या मामला", "चारा घोटाला मामला".
    murder = (
        "एनआईए ने रामलिंगम हत्या मामले में पांच लोगों को गिरफ्तार किया है। तमिलनाडु पुलिस ने पहले इस मामले की जांच की "
        "थी। रामलिंगम मर्डर मामले में एनआईए ने चार्जशीट दाखिल की। मामले में दो आरोपी अब भी फरार हैं। अदालत ने मामले की "
        "सुनवाई अगले महीने तय की।"
    )
    fodder = (
        "चारा घोटाले के एक और मामले में अदालत ने फैसला सुनाया। चारा घोटाला मामले में लालू प्रसाद यादव को सजा हुई थी। "
        "हाईकोर्ट ने चारा घोटाले से जुड़े मामले में जमानत दी। इस मामले में कई अधिकारी भी आरोपी हैं।"
    )
    # Where the text never tags it a noun, the lone name "मामले" is still a generic noun by its form.
    alone = embedded(murder.split("।")[0] + "। एनआईए ने रामलिंगम हत्या मामले में चार्जशीट दाखिल की।")
    assert {t.pos for t in alone.tokens if t.text == "मामले"} == {"PROPN"}
    assert "मामले" not in [k.text for k in make_keywords(alone, top=10)]
    doc = embedded(murder)
    assert ("PROPN", "मामले") in {(t.pos, t.lemma) for t in doc.tokens} and ("NOUN", "मामला") in {(t.pos, t.lemma) for t in doc.tokens}
    texts = [k.text for k in make_keywords(doc, top=10)]
    assert "रामलिंगम हत्या मामला" in texts and not {"मामले", "मामला"} & set(texts), texts
    texts = [k.text for k in make_keywords(embedded(fodder), top=10)]
    assert "चारा घोटाला मामला" in texts and "चारा घोटाला मामले" not in texts, texts
    # A surname is no common noun of HDTB: tagged a noun once ("टीम वानखेड़े के खिलाफ": NOUN, lemma "वानखेड़ा"), it
    # keeps its spelling in the name.
    names = embedded(
        "एनसीबी के जोनल डायरेक्टर समीर वानखेड़े पर वसूली के आरोप लगे हैं। विभाग के वरिष्ठ अधिकारियों की एक टीम वानखेड़े "
        "के खिलाफ लगाए गए आरोपों की जांच करेगी। समीर वानखेड़े ने सभी आरोपों को गलत बताया। वानखेड़े ने कहा कि वह जांच "
        "में सहयोग करेंगे।"
    )
    assert ("NOUN", "वानखेड़ा") in {(t.pos, t.lemma) for t in names.tokens}
    lemmas = {k.text: k.lemma for k in make_keywords(names, top=10)}
    assert lemmas.get("समीर वानखेड़े") == "समीर वानखेड़े", lemmas


_THAR = (
    "थार मरुस्थल भारत के उत्तर-पश्चिम में फैला एक विशाल शुष्क क्षेत्र है। थार का अधिकांश भाग राजस्थान में है। "
    "थार में वर्षा बहुत कम होती है और गर्मियों में तापमान पचास डिग्री तक पहुँच जाता है। "
    "थार के लोग पशुपालन और खेती से जीवन चलाते हैं। इंदिरा गांधी नहर ने थार के कई इलाकों में खेती संभव बनाई।"
)


@pytest.mark.parametrize("tagger", ["embedded", "none"])
def test_a_title_that_is_one_noun_phrase_is_listed_whole(tagger):
    # An encyclopedic article's title names its subject, the term an index lists it under: "थार मरुस्थल",
    # said once in the body where "थार" is said four times more, is listed, and neither word alone.
    pipeline = hb.Pipeline(tagger=tagger)

    def texts_of(text: str) -> list[str]:
        return [k.text for k in make_keywords(pipeline(text), top=10)]

    texts = texts_of("थार मरुस्थल\n\n" + _THAR)
    assert texts[0] == "थार मरुस्थल" and "थार" not in texts and "मरुस्थल" not in texts, texts
    # Without the title line the tagged text's opening phrase stands for the title (its words recur); untagged text,
    # whose runs glue on the next word ("थार मरुस्थल भारत"), lists "थार". A headline that is a sentence names no
    # title phrase.
    texts = texts_of(_THAR)
    assert (texts[0] == "थार मरुस्थल" and "थार" not in texts) if tagger == "embedded" else "थार" in texts, texts
    headline = "थार मरुस्थल में इस साल कम बारिश हुई"
    texts = texts_of(headline + "\n\n" + _THAR)
    assert headline not in texts and "थार" in texts, texts


def test_a_headline_phrase_the_body_never_says_gets_no_headline_boost(embedded):
    # An essay's title speaks in figures ("अन्नदाता", the provider of grain; "अंतिम पुकार", the last call):
    # the body says "किसान" and "फ़सल बीमा", and a headline phrase it never says is no topic of the text.
    text = (
        "अन्नदाता की अंतिम पुकार: किसानों की आत्महत्या और खेती का संकट\n\n"
        "महाराष्ट्र के विदर्भ में पिछले साल सैकड़ों किसानों ने आत्महत्या की। कर्ज़ का बोझ और फ़सल की बर्बादी इसकी "
        "सबसे बड़ी वजह है। साहूकार ऊँचे ब्याज पर कर्ज़ देते हैं और फ़सल बीमा का पैसा देर से मिलता है। न्यूनतम समर्थन "
        "मूल्य पर खरीद सब जगह नहीं होती, इसलिए किसान घाटे में फ़सल बेचते हैं। विशेषज्ञ कहते हैं कि सिंचाई, सस्ता कर्ज़ "
        "और फ़सल बीमा ही खेती के संकट का हल है।"
    )
    texts = [k.text for k in make_keywords(embedded(text), top=10)]
    assert {"किसान", "आत्महत्या", "फ़सल बीमा"} <= set(texts) and "अन्नदाता" not in texts, texts
    assert "अंतिम पुकार" not in texts[: texts.index("फ़सल बीमा")], texts


def test_an_acronym_is_one_keyword_with_the_phrase_it_spells_out(embedded):
    # 66 of the 2,123 ILSUM lists named a thing twice, as an acronym and spelled out ("यूपी" and "उत्तर प्रदेश",
    # "IPO" and "इनिशियल पब्लिक ऑफरिंग"), where the text defines neither in brackets.
    text = (
        "उत्तर प्रदेश में भारतीय जनता पार्टी ने नई सूची जारी की। यूपी में बीजेपी के 50 उम्मीदवारों के नाम हैं। "
        "बीजेपी ने कहा कि यूपी में चुनाव की तैयारी पूरी है। उत्तर प्रदेश के मुख्यमंत्री ने सूची का स्वागत किया। "
        "कंपनी का IPO अगले हफ्ते खुलेगा। इनिशियल पब्लिक ऑफरिंग से कंपनी पैसा जुटाएगी।"
    )
    keywords = make_keywords(embedded(text), top=20)
    texts = [k.text for k in keywords]
    up = [k for k in keywords if "यूपी" in k.variants or "उत्तर प्रदेश" in k.variants]
    assert len(up) == 1 and set(up[0].variants) == {"यूपी", "उत्तर प्रदेश"} and up[0].count == 4, texts
    bjp = [k for k in keywords if "बीजेपी" in k.variants or "भारतीय जनता पार्टी" in k.variants]
    assert len(bjp) == 1 and up[0].lemma == "उत्तर प्रदेश", texts
    assert len([t for t in texts if t in ("IPO", "इनिशियल पब्लिक ऑफरिंग")]) == 1, texts
    # A word that is no acronym of a phrase of the text stays apart ("जी", a letter's name, is no acronym).
    assert acronym_letters("जी") is None and acronym_letters("एसपी") == "SP" and acronym_letters("बीजेपी") == "BJP"


def test_an_acronym_meets_no_phrase_it_could_only_loosely_spell(embedded):
    # "यूएस" (US) is no "ऑनलाइन सेल": a Latin vowel stands for a word that starts with its own sounds. And where
    # two phrases could be "यूपी" as often ("उत्तर प्रदेश", "उपेंद्र पासवान"), neither takes it.
    texts = [k.text for k in make_keywords(embedded(
        "यूएस में फोन की ऑनलाइन सेल शुरू हुई। कंपनी ने कहा कि ऑनलाइन सेल में फोन सस्ता मिलेगा। यूएस के ग्राहकों ने "
        "फोन खरीदा।"
    ), top=10)]
    assert "यूएस" in texts and "ऑनलाइन सेल" in texts, texts
    texts = [k.text for k in make_keywords(embedded(
        "यूपी में उपेंद्र पासवान ने रैली की। उत्तर प्रदेश की राजनीति में यह रैली अहम है। यूपी के मतदाता रैली में पहुंचे।"
    ), top=10)]
    assert "यूपी" in texts, texts


def test_a_phrase_said_once_that_opens_with_an_adjective_of_degree_is_a_description(embedded):
    # "प्रसिद्ध" (famous) is graded ("सबसे प्रसिद्ध") where "बौद्ध" never is: said once, "प्रसिद्ध बौद्ध महाविहार"
    # describes Nalanda and the term is "बौद्ध महाविहार". Said twice, such a phrase may be a name ("बड़ा रण").
    texts = keyword_texts(
        embedded,
        "नालंदा प्राचीन भारत का प्रसिद्ध बौद्ध महाविहार था। यहाँ हजारों भिक्षु पढ़ते थे।",
        "नालंदा में बौद्ध दर्शन, व्याकरण और चिकित्सा पढ़ाई जाती थी। चीनी यात्री ह्वेनसांग ने नालंदा में कई वर्ष बिताए।",
        "बारहवीं सदी में बख्तियार खिलजी ने नालंदा को जला दिया।",
    )
    assert "बौद्ध महाविहार" in texts and "प्रसिद्ध बौद्ध महाविहार" not in texts, texts
    texts = keyword_texts(
        embedded,
        "कच्छ का बड़ा रण नमक का दलदल है। बड़ा रण हर साल मानसून में पानी में डूब जाता है।",
        "सर्दियों में पर्यटक कच्छ के रण उत्सव में आते हैं।",
    )
    assert "बड़ा रण" in texts, texts


def test_a_link_to_another_story_glued_into_the_text_gives_no_keywords(embedded):
    # Scraped pages glue "पढ़ें- <another story's headline>" into a paragraph, often with no space before the
    # next sentence: its names and glued words ("अपडेटउन्होंने") are the other story's, not this one's.
    texts = keyword_texts(
        embedded,
        "रेलवे ने दिल्ली और आगरा के बीच नई स्पेशल ट्रेन चलाने का फैसला किया है। यह स्पेशल ट्रेन रोज सुबह छह बजे",
        "दिल्ली से चलेगी।पढ़ें- तीरथ सिंह रावत ने देहरादून में किया कुंभ मेले का निरीक्षण। रेलवे के अनुसार स्पेशल",
        "ट्रेन में सभी डिब्बे आरक्षित होंगे और आगरा में यात्रियों की कोरोना जांच होगी।",
    )
    assert "स्पेशल ट्रेन" in texts and not {"तीरथ सिंह रावत", "देहरादून", "कुंभ मेला"} & set(texts), texts


def test_two_nouns_joined_by_the_genitive_three_times_are_one_keyword(embedded):
    # "खून का थक्का" (a blood clot) is a term of its own: said three times it is listed whole, in the direct form
    # (the head's postposition "का" even where the text writes "खून के थक्के"), and neither noun beside it.
    kws = keywords_of(
        embedded,
        "नागपुर में एक व्यक्ति के दिमाग में खून का थक्का जमने से उसकी मौत हो गई।",
        "डॉक्टरों के अनुसार दवा की अधिक खुराक से दिमाग की नस में खून का थक्का बन गया था।",
        "पोस्टमॉर्टम रिपोर्ट में खून के थक्के की पुष्टि हुई और पुलिस ने जांच शुरू की।",
    )
    texts = [k.text for k in kws]
    assert "खून का थक्का" in texts and not {"खून", "थक्का"} & set(texts), texts
    (clot,) = [k for k in kws if k.text == "खून का थक्का"]
    assert clot.count == 3 and "खून के थक्के" in clot.variants
    assert_no_keyword_inside_another(kws)
    # A feminine head keeps "की"; said twice, two nouns joined by the genitive stay two keywords.
    texts = keyword_texts(
        embedded,
        "भोपाल में मंत्रिमंडल की बैठक हुई। मंत्रिमंडल की बैठक में किसानों पर चर्चा हुई।",
        "मंत्रिमंडल की बैठक के बाद मुख्यमंत्री ने पत्रकारों से बात की।",
    )
    assert "मंत्रिमंडल की बैठक" in texts, texts
    texts = keyword_texts(
        embedded,
        "नागपुर में एक व्यक्ति के दिमाग में खून का थक्का जमने से उसकी मौत हो गई।",
        "पोस्टमॉर्टम रिपोर्ट में खून के थक्के की पुष्टि हुई और पुलिस ने जांच शुरू की।",
    )
    assert "खून का थक्का" not in texts, texts


def test_a_word_named_by_a_number_said_twice_is_one_keyword(embedded):
    # "अनुच्छेद 370" and "धारा 144" are what the text is about; "अनुच्छेद" and "धारा" alone say less (ILSUM test 443, 426).
    kws = keywords_of(
        embedded,
        "जम्मू-कश्मीर से अनुच्छेद 370 हटाए जाने के बाद पहली बार चुनाव होंगे। सरकार ने 2019 में अनुच्छेद 370 को निरस्त किया था।",
        "विपक्ष का कहना है कि अनुच्छेद 370 हटने से राज्य के लोगों को नुकसान हुआ। पुलिस ने इलाके में धारा 144 लागू कर दी है।",
        "धारा 144 के तहत चार से अधिक लोग एक जगह जमा नहीं हो सकते।",
    )
    texts = [k.text for k in kws]
    assert {"अनुच्छेद 370", "धारा 144"} <= set(texts) and not {"अनुच्छेद", "धारा"} & set(texts), texts
    (article,) = [k for k in kws if k.text == "अनुच्छेद 370"]
    assert article.count == 3
    assert_no_keyword_inside_another(kws)
    # A number that counts, measures or dates what follows names nothing, however often said; nor does a pair said once.
    texts = keyword_texts(
        embedded,
        "दिल्ली में पेट्रोल 96 रुपये प्रति लीटर बिक रहा है। मुंबई में भी पेट्रोल 96 रुपये के पार पहुंच गया।",
        "फिल्म में 1954 से 1971 की कहानी दिखेगी। निर्देशक ने बताया कि फिल्म 1954 से 1971 तक के दौर पर है।",
        "कंपनी का आईपीओ 27 गुना सब्सक्राइब हुआ। इस बार भी आईपीओ 27 गुना भरा। सरकार ने धारा 144 लागू की।",
    )
    assert not [t for t in texts if any(ch.isdigit() for ch in t)], texts


def test_a_numbered_phrase_is_counted_however_its_number_is_written_and_whatever_runs_before_it(embedded):
    # "धारा 144" and "धारा १४४" were two keys, each said once; a number after "?" typed full-width ended nothing; and a
    # longer run before the number ("छात्र कक्षा 10") was a key of its own, so "कक्षा 10" said twice was never counted
    # (a review). A value is no name: "तापमान 45 के पार", "उम्र 25 थी".
    texts = keyword_texts(embedded, "सरकार ने धारा 144 लागू की। धारा १४४ के तहत सभा पर रोक है।")
    assert "धारा 144" in texts and "धारा" not in texts, texts
    texts = keyword_texts(embedded, "बोर्ड ने कक्षा 10 के नतीजे जारी किए। छात्र कक्षा 10 की परीक्षा में अच्छे अंक लाए।")
    assert "कक्षा 10" in texts, texts
    texts = keyword_texts(embedded, "क्या धारा 144？ पुलिस ने कहा कि धारा 144！ लागू रहेगी।")
    assert "धारा 144" in texts, texts
    texts = keyword_texts(
        embedded,
        "दिल्ली में तापमान 45 के पार पहुंचा। राजस्थान में भी तापमान 45 के पार रहा।",
        "उसकी उम्र 25 थी। पुलिस के अनुसार उम्र 25 है।",
    )
    assert not [t for t in texts if any(ch.isdigit() for ch in t)], texts


def test_a_glued_word_with_joiners_before_its_seam_is_still_read_as_two(embedded):
    # Joiners after viramas, as legacy fonts type them, drop out when normalised: the seam of the glued word lies
    # further on than the normalised parts say, past the places first tried (a review of the linear-time change).
    minister = "स्\u200dवास्\u200dथ्\u200dयमन्\u200dत्री"
    texts = keyword_texts(
        embedded,
        f"{minister} ने अस्पताल का दौरा किया। {minister} ने कहा कि सब ठीक है। बैठक में हर्षवर्धन मौजूद थे।",
        f"हर्षवर्धन ने भाषण दिया। सभी ने {minister}हर्षवर्धन की सराहना की। हर्षवर्धन ने आभार जताया।",
    )
    assert "हर्षवर्धन" in texts and not [t for t in texts if "मन्त्रीहर्ष" in t], texts


def test_a_genitive_title_is_shown_as_the_heading_writes_it(embedded):
    # The title of an encyclopedic article is its topic as written, plural head and all ("अजंता की गुफाएँ").
    doc = embedded(
        "अजंता की गुफाएँ\n\nमहाराष्ट्र में वाघोरा नदी की घाटी में अजंता की गुफाएँ दूसरी सदी ईसा पूर्व से बनने लगीं। "
        "यूनेस्को ने 1983 में अजंता की गुफाओं को विश्व धरोहर स्थल घोषित किया। हर साल लाखों पर्यटक अजंता की गुफाएँ "
        "देखने आते हैं।"
    )
    texts = [k.text for k in make_keywords(doc, top=10)]
    assert texts[0] == "अजंता की गुफाएँ", texts


def test_a_word_the_text_never_says_alone_gives_way_to_the_phrases_that_hold_it(embedded):
    # "वंश" (dynasty) is said eight times, but only in the four dynasties' names, each said twice: alone it says
    # nothing the names do not, so the names are listed and the word is not. Said on its own as well ("चार वंश",
    # "हर वंश"), it stands on its own, as "रक्षा" does beside "रक्षा सहयोग".
    kws = keywords_of(
        embedded,
        "विजयनगर साम्राज्य पर संगम वंश, सालुव वंश, तुलुव वंश और अराविडु वंश ने शासन किया। संगम वंश के राजा हरिहर और",
        "बुक्का थे। सालुव वंश के नरसिंह ने सत्ता संभाली। तुलुव वंश के कृष्णदेवराय सबसे महान राजा थे। अराविडु वंश के",
        "राजा राजधानी को पेनुकोंडा ले गए।",
    )
    texts = [k.text for k in kws]
    assert {"संगम वंश", "सालुव वंश", "तुलुव वंश", "अराविडु वंश"} <= set(texts) and "वंश" not in texts, texts
    assert_no_keyword_inside_another(kws)
    texts = keyword_texts(
        embedded,
        "विजयनगर साम्राज्य पर चार वंश के राजाओं ने शासन किया। पहले संगम वंश के राजा हरिहर और बुक्का थे।",
        "संगम वंश के बाद सालुव वंश आया। सालुव वंश के नरसिंह ने सत्ता संभाली। फिर तुलुव वंश का उदय हुआ।",
        "तुलुव वंश के कृष्णदेवराय सबसे महान राजा थे। हर वंश ने हम्पी को सजाया।",
    )
    assert "वंश" in texts and not {"संगम वंश", "सालुव वंश", "तुलुव वंश"} & set(texts), texts


def test_a_word_is_never_listed_beside_any_of_the_phrases_that_hold_it():
    # "वंश" wins over "अराविडु वंश" (said twice to its six), chosen before it, and so must win over "संगम वंश",
    # chosen too, or give way: it was once listed beside the second phrase after replacing the first.
    essays_and_articles = benchmark_module("essays_and_articles")
    (text,) = [t for t in essays_and_articles.read_texts() if t.id == "w5-3"]
    for tagger in ("embedded", "none"):
        assert_no_keyword_inside_another(make_keywords(hb.Pipeline(tagger=tagger)(text.article), top=20))


def test_dotted_initials_open_the_name_after_them(embedded):
    # Each initial and its full stop are tokens of their own, and "के" is also the postposition, so the name kept
    # only its last word ("कृष्णन"). The initials now open the name, written as the text writes them, and a name
    # spelled with and without the stops is one keyword ("पी. चिदंबरम", "पी चिदंबरम").
    texts = keyword_texts(
        embedded,
        "रमन ने अपने सहयोगी के. एस. कृष्णन के साथ प्रकाश के प्रकीर्णन पर काम किया। कृष्णन बाद में राष्ट्रीय भौतिक",
        "प्रयोगशाला के पहले निदेशक बने। बाद में पी.टी. उषा ने भी संस्थान का दौरा किया और उषा ने छात्रों से बात की।",
    )
    assert {"के. एस. कृष्णन", "पी.टी. उषा"} <= set(texts), texts
    assert_left_out(texts, ("कृष्णन", "उषा", "के", "एस"))
    kws = keywords_of(
        embedded,
        "पूर्व वित्त मंत्री पी. चिदंबरम ने बजट की आलोचना की। पी चिदंबरम ने कहा कि महंगाई बढ़ी है।",
        "चिदंबरम ने सरकार से जवाब मांगा।",
    )
    (name,) = [k for k in kws if "चिदंबरम" in k.text]
    assert name.text == "पी. चिदंबरम" and name.count == 2, [(k.text, k.count) for k in kws]
    # A name of two words after three initials is a candidate (they do not count against its length).
    texts = keyword_texts(embedded, "मिसाइल मैन ए. पी. जे. अब्दुल कलाम का जन्म रामेश्वरम में हुआ। कलाम ने रक्षा अनुसंधान में काम किया।")
    assert "ए. पी. जे. अब्दुल कलाम" in texts, texts
    # Initials never join a name in Latin letters or a run that is (a run never mixes the scripts), nor does a
    # fourth initial: such a chain is no name's, and no single one of its initials is kept.
    texts = keyword_texts(embedded, "तमिलनाडु में BJP के. अन्नामलाई ने रैली की। अन्नामलाई ने कहा कि पार्टी जीतेगी। BJP ने प्रचार तेज किया।")
    assert {"के. अन्नामलाई", "BJP"} <= set(texts), texts
    texts = keyword_texts(embedded, "वैज्ञानिक ए. पी. Krishnan ने प्रयोग किया। Krishnan ने बाद में ए. पी. Krishnan नाम से किताब लिखी।")
    assert not [t for t in texts if t.startswith("ए.")], texts
    texts = keyword_texts(embedded, "वैज्ञानिक ए. बी. सी. डी. शर्मा ने प्रयोग किया। शर्मा ने किताब लिखी।")
    assert not [t for t in texts if "." in t], texts


def test_a_title_between_quotation_marks_is_one_keyword(embedded):
    # A film, a book, a campaign or an epithet is written between quotation marks, and may hold postpositions
    # ("सतपुड़ा की रानी") or open with an English article ("द कश्मीर फाइल्स"), which no run of nouns holds:
    # the quotation marks make it one phrase, shown as written, instead of its pieces ("सतपुड़ा", "कश्मीर फाइल्स").
    texts = keyword_texts(
        embedded,
        "पचमढ़ी को 'सतपुड़ा की रानी' कहा जाता है। पचमढ़ी मध्य प्रदेश का इकलौता हिल स्टेशन है और सतपुड़ा की",
        "पहाड़ियों के बीच बसा है। हर साल हजारों पर्यटक पचमढ़ी के झरने देखने आते हैं।",
    )
    assert "सतपुड़ा की रानी" in texts and "सतपुड़ा" not in texts, texts
    texts = keyword_texts(
        embedded,
        "फिल्म 'द कश्मीर फाइल्स' ने बॉक्स ऑफिस पर रिकॉर्ड बनाया। विवेक अग्निहोत्री की 'द कश्मीर फाइल्स' कश्मीरी",
        "पंडितों के पलायन पर बनी है। कई राज्यों ने फिल्म को कर मुक्त किया।",
    )
    assert "द कश्मीर फाइल्स" in texts and "कश्मीर फाइल्स" not in texts, texts
    # Speech between quotation marks is no phrase: it holds a verb, or opens with a pronoun.
    texts = keyword_texts(
        embedded,
        "किसानों ने कहा, 'हम न्याय चाहते हैं' और धरना जारी रखा। अभिनेत्री ने लिखा, 'तुम्हें ढेर सारा प्यार'।",
        "किसानों का धरना तीसरे दिन भी जारी रहा।",
    )
    assert not [t for t in texts if "चाहते" in t or "तुम्हें" in t], texts
    # A curly mark opens or closes as written: the end of a quotation begun in the sentence before opens nothing,
    # and two titles side by side stay two.
    texts = keyword_texts(
        embedded,
        "उन्होंने लिखा, ‘हम लड़ेंगे। हम जीतेंगे’ गांधी की किताब ‘सतपुड़ा की रानी’ में यह लिखा है।",
        "बिमल रॉय की फिल्में ‘मधुमती’ ‘दो बीघा ज़मीन’ बहुत प्रसिद्ध हुईं।",
    )
    assert {"सतपुड़ा की रानी", "दो बीघा ज़मीन"} <= set(texts) and "गांधी की किताब" not in texts, texts
    # Nor is a title quoted in a link to another story ("पढ़ें- <its headline>").
    texts = keyword_texts(
        embedded,
        "मुख्यमंत्री ने महिलाओं के कपड़ों पर दिए बयान के लिए माफी मांगी। पढ़ें- 'फटी जींस' वाले बयान पर घिरे मंत्री।",
        "मुख्यमंत्री ने कहा कि उनका इरादा किसी को ठेस पहुंचाना नहीं था। विपक्ष ने मुख्यमंत्री से इस्तीफा मांगा।",
    )
    assert "फटी जींस" not in texts, texts


@pytest.mark.parametrize("nlp", ["embedded", "none_nlp"])
def test_a_phrase_written_in_two_word_orders_is_listed_once(nlp, request):
    # "ऑडियो वायरल" (said three times) and "वायरल ऑडियो" (twice) are one phrase: the order said more often is listed.
    text = (
        "विधायक का ऑडियो वायरल, पुलिस ने शुरू की जांच\n"
        "कानपुर में विधायक का एक ऑडियो वायरल हुआ है। वायरल ऑडियो में विधायक एक अधिकारी को धमकाते सुनाई दे रहे हैं। "
        "पुलिस ने कहा कि वायरल ऑडियो की जांच की जा रही है। विधायक ने ऑडियो वायरल होने पर सफाई दी।"
    )
    texts = [k.text for k in make_keywords(request.getfixturevalue(nlp)(text), top=10)]
    assert "ऑडियो वायरल" in texts and "वायरल ऑडियो" not in texts, texts
    word_sets = [tuple(sorted(t.split())) for t in texts]
    assert len(word_sets) == len(set(word_sets)), texts


def test_a_calling_before_a_name_is_no_part_of_it(embedded):
    # An encyclopedic text names a person once, after a calling it never uses as a noun elsewhere ("दरबारी इतिहासकार
    # अबुल फ़ज़ल", "प्रमुख शिष्य सारिपुत्र", essays_and_articles w6-5 and w8-3): the name is the keyword. A calling inside an
    # institution's name of common nouns stays in it, and a name that ends like "भाषाविद" is no calling ("नविद अली").
    text = (
        "तानसेन\n"
        "तानसेन अकबर के नवरत्नों में थे और ध्रुपद के महान गायक थे। अकबर के दरबारी इतिहासकार अबुल फ़ज़ल ने 'आइन-ए-अकबरी' "
        "में लिखा है कि उनके जैसा गायक भारत में पिछले एक हज़ार वर्षों में नहीं हुआ। बौद्ध परंपरा में नालंदा क्षेत्र भगवान "
        "बुद्ध के प्रमुख शिष्य सारिपुत्र से जुड़ा माना जाता है। गेंदबाज नविद अली ने भी समाधि देखी। प्रेमचंद ने प्रगतिशील "
        "लेखक संघ की अध्यक्षता की। प्रगतिशील लेखक संघ की स्थापना लखनऊ में हुई।"
    )
    texts = [k.text for k in make_keywords(embedded(text), top=20)]
    for name in ("अबुल फ़ज़ल", "सारिपुत्र", "नविद अली", "प्रगतिशील लेखक संघ"):
        assert name in texts, (name, texts)
    assert not any(t.endswith(("अबुल फ़ज़ल", "सारिपुत्र")) and t not in ("अबुल फ़ज़ल", "सारिपुत्र") for t in texts), texts


@pytest.mark.parametrize("nlp", ["embedded", "none_nlp"])
def test_a_quotation_mark_glued_between_two_words_parts_them(nlp, request):
    # Scraped copy glues a quotation's closing mark to the next sentence's first word; the token stays whole (the
    # tagger's training counted it so), but no keyphrase runs across the mark. The O' of a name is no such mark.
    text = (
        "आप ने अयोध्या में तिरंगा यात्रा निकाली\n"
        "आम आदमी पार्टी ने अयोध्या में तिरंगा यात्रा निकाली। सभाजीत सिंह ने यात्रा की अगुवाई की। ‘हम रामलला की पूजा "
        "करेंगे’सभाजीत सिंह ने कहा कि पार्टी चुनाव लड़ेगी। सांसद डेरेक ओ'ब्रायन ने भी यात्रा का समर्थन किया। डेरेक "
        "ओ'ब्रायन ने कहा कि तिरंगा यात्रा सफल रही।"
    )
    kws = make_keywords(request.getfixturevalue(nlp)(text), top=10)
    texts = [k.text for k in kws]
    assert not any("’" in t for t in texts), texts
    assert any(t.endswith("ओ'ब्रायन") for t in texts), texts
    (sabhajit,) = [k for k in kws if k.text == "सभाजीत सिंह"]
    assert sabhajit.count == 2 and sabhajit.variants == ("सभाजीत सिंह",), sabhajit


@pytest.mark.parametrize("nlp", ["embedded", "none_nlp"])
def test_a_quotation_seam_is_found_where_normalising_changes_the_parts_lengths(nlp, request):
    # "बढ़ेगा" with a precomposed nukta letter (normalised to two code points) and "सभा‍जीत" with a joiner (dropped):
    # the parts' offsets are found in the text as written.
    text = "हालात पर नजर है\nअधिकारी ने कहा कि हालात ब\u095dेगा’सभा\u200dजीत सिंह ने कहा। सभाजीत सिंह ने बैठक बुलाई।"
    kws = make_keywords(request.getfixturevalue(nlp)(text), top=10)
    for k in kws:
        for a, b in k.offsets:
            assert "’" not in text[a:b], (k.text, text[a:b])
    (sabhajit,) = [k for k in kws if k.text.replace("\u200d", "") == "सभाजीत सिंह"]
    assert [text[a:b].replace("\u200d", "") for a, b in sabhajit.offsets] == ["सभाजीत सिंह"] * 2, sabhajit


def test_two_names_glued_where_a_space_was_lost_are_two_keywords(embedded):
    # Scraped pages join a paragraph's last word to the next one's first ("अमित शाहपश्चिम बंगाल"): a word written once,
    # unknown to the document frequencies, of two words the text writes on its own, the second a name.
    text = (
        "भाजपा की कोलकाता रैली\n"
        "अमित शाह ने कोलकाता में रैली की। अमित शाह ने कहा कि पश्चिम बंगाल में भाजपा जीतेगी। पार्टी के नेता अमित शाहपश्चिम "
        "बंगाल के कई नेताओं से मिले। पश्चिम बंगाल में चुनाव अगले साल हैं।"
    )
    kws = {k.text: k for k in make_keywords(embedded(text), top=10)}
    assert not any("शाहपश्चिम" in t for t in kws), list(kws)
    assert kws["अमित शाह"].count == 3 and kws["पश्चिम बंगाल"].count == 3, list(kws)
    assert all(text[a:b] == "अमित शाह" for a, b in kws["अमित शाह"].offsets)


class TwoScriptsTagger(DictTagger):
    """``DictTagger`` that knows ``यूके`` (UK) and ``ट्विटर`` (Twitter) as names."""

    PROPN = DictTagger.PROPN | {"यूके", "एचएसबीसी", "ट्विटर", "गाजियाबाद"}


def test_a_latin_phrase_holds_the_name_its_word_was_made_one_with():
    # "UK" and "यूके" are one keyword keyed "यूके" (``_one_script``); "SVB UK" holds it, as "भारत-अमेरिका रक्षा
    # सहयोग" holds "भारत": the two are not both listed.
    kws = pipeline_with(TwoScriptsTagger()).brief(
        "SVB UK के अधिग्रहण पर एचएसबीसी ने बयान दिया. यूके सरकार ने SVB UK के ग्राहकों को भरोसा दिलाया. "
        "UK के वित्त मंत्री ने कहा कि SVB UK के ग्राहक सुरक्षित हैं. यूके में बैंकों की हालत अच्छी है. "
        "एचएसबीसी ने SVB UK को खरीदा.",
        top=20,
    ).keywords
    texts = [k.text for k in kws]
    assert "SVB UK" in texts, texts
    assert not [k for k in kws if k.lemma == "यूके"], [(k.text, k.lemma) for k in kws]


class ContextTagger(DictTagger):
    """``DictTagger`` whose ``READINGS`` retag a word by the sentence it stands in: word -> a function of the sentence's
    words giving its ``(upos, lemma)``, or ``None`` to keep ``DictTagger``'s: one written word read two ways, as the
    embedded tagger reads a word it does not know."""

    READINGS: dict[str, Callable[[Sequence[str]], tuple[str, str] | None]] = {}

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]:
        out = super().tag(sentences)
        for sent, row in zip(sentences, out):
            for i, w in enumerate(sent):
                reading = self.READINGS.get(w)
                if reading is not None:
                    row[i] = reading(sent) or row[i]
        return out


def _name_in(context: str, word: str, lemma: str | None) -> Callable[[Sequence[str]], tuple[str, str] | None]:
    """A reading of ``word``: a name in a sentence that says ``context``, else a noun of ``lemma`` (``None``: as tagged)."""
    return lambda sent: ("PROPN", word) if context in sent else (None if lemma is None else ("NOUN", lemma))


class TwoReadingsTagger(ContextTagger):
    """Reads ``वंदे`` as a name in a sentence that says ``गाया`` and as a noun of lemma ``वंदा`` elsewhere: one written
    phrase keyed two ways, as the embedded tagger reads ``वंदे मातरम``."""

    READINGS = {"वंदे": _name_in("गाया", "वंदे", "वंदा")}


def test_a_phrase_written_alike_is_one_keyword_however_the_tagger_read_it():
    kws = pipeline_with(TwoReadingsTagger()).brief(
        "सभा में छात्रों ने वंदे मातरम गाया. प्रधानाचार्य ने वंदे मातरम के इतिहास पर बात की. "
        "उन्होंने कहा कि वंदे मातरम आजादी के आंदोलन का नारा था. छात्रों ने झंडा फहराया.",
        top=20,
    ).keywords
    songs = [k for k in kws if "मातरम" in k.text]
    assert [k.text for k in songs] == ["वंदे मातरम"] and songs[0].count == 3, [(k.text, k.lemma, k.count) for k in kws]


class ShortNameTagger(NextWordTagger):
    """Calls ``छोटी`` (the younger one) a name before ``ने`` and an adjective of lemma ``छोटा`` elsewhere, and knows
    ``नेताजी सुभाष चंद्र बोस`` and ``सुभाषचंद्र बोस`` as names."""

    PROPN = DictTagger.PROPN | {"नेताजी", "सुभाष", "चंद्र", "बोस", "सुभाषचंद्र", "कोलकाता"}
    ADJ = DictTagger.ADJ | {"छोटी"}
    LEMMA = {**DictTagger.LEMMA, "छोटी": "छोटा"}
    RULES = {"छोटी": (frozenset({"ने"}), "PROPN")}


def test_no_keyword_is_shown_inside_another_however_the_two_were_keyed():
    # "छोटी" (a name, keyed as written) and "छोटी बहन" (keyed "छोटा बहन"); "सुभाषचंद्र बोस" and "नेताजी सुभाष
    # चंद्र बोस" (one spaced, one not): keyed apart, shown one inside the other. Only one of each pair is listed.
    nlp = pipeline_with(ShortNameTagger())
    for text in (
        "छोटी बहन की शादी तय हुई. छोटी ने कहा कि शादी सादगी से होगी. छोटी बहन के पति ने बयान दिया. "
        "छोटी ने पुलिस को शिकायत दी. छोटी बहन के परिवार ने शादी रोकी. छोटी ने धन्यवाद दिया.",
        "सुभाषचंद्र बोस की मूर्ति लगी. नेताजी सुभाष चंद्र बोस की जयंती पर समारोह हुआ. सुभाषचंद्र बोस के परिवार ने "
        "मूर्ति देखी. नेताजी सुभाष चंद्र बोस का नारा गूंजा. कोलकाता में सुभाषचंद्र बोस की याद में सभा हुई.",
    ):
        kws = nlp.brief(text, top=20).keywords
        assert [k.score for k in kws] == sorted((k.score for k in kws), reverse=True), kws  # still best first
        shown = [tuple(k.text.split()) for k in kws]
        inside = [
            (a, b) for a in shown for b in shown
            if a != b and any("".join(b[i:j]) == "".join(a) for i in range(len(b)) for j in range(i + 1, len(b) + 1))
        ]
        assert len(set(shown)) == len(shown) and not inside, (inside, shown)


def test_a_latin_caption_said_once_does_not_take_the_place_of_a_name():
    # "Twitter Communications India Pvt" (a company's name in a legal notice, said once) holds "Twitter"/"ट्विटर" (said
    # five times alone) only through the name written in both scripts: it speaks for it only as a common phrase would.
    kws = pipeline_with(TwoScriptsTagger()).brief(
        "गाजियाबाद पुलिस ने ट्विटर को नोटिस भेजा. नोटिस Twitter Communications India Pvt के नाम पर है. "
        "ट्विटर ने नोटिस का जवाब दिया. पुलिस ने Twitter से वीडियो हटाने को कहा. ट्विटर पर वीडियो फैला. "
        "ट्विटर ने कहा कि वह जांच में मदद करेगा.",
        top=20,
    ).keywords
    texts = [k.text for k in kws]
    assert any(k.count == 5 and k.text in ("Twitter", "ट्विटर") for k in kws), [(k.text, k.count) for k in kws]
    assert "Twitter Communications India Pvt" not in texts, texts


class LoanwordTagger(ContextTagger):
    """Reads ``होमस्टे`` (homestay) as a name in a sentence that says ``नैनीताल`` and elsewhere as a noun whose lemma its
    ``-े`` rule makes ``होमस्टा``, a word nobody writes, as the embedded lemmatiser does with English words it does not
    know."""

    PROPN = DictTagger.PROPN | {"नैनीताल"}
    READINGS = {"होमस्टे": _name_in("नैनीताल", "होमस्टे", "होमस्टा")}


@pytest.mark.parametrize("name_first", [False, True], ids=["noun-reading-first", "name-reading-first"])
def test_a_word_the_tagger_also_keys_as_written_is_shown_as_written(name_first: bool):
    first, second = "पहाड़ों में होमस्टे बढ़ रहे हैं.", "नैनीताल में होमस्टे की मांग है."
    if name_first:  # the merged candidate is then the name reading's, whose flag must survive the merge
        first, second = second, first
    kws = pipeline_with(LoanwordTagger()).brief(
        f"{first} {second} गांव के लोग होमस्टे चलाते हैं. होमस्टे से आमदनी बढ़ी है. सैलानी पहाड़ों में आते हैं.",
        top=20,
    ).keywords
    stays = [k for k in kws if "होमस्ट" in k.text]
    assert [(k.text, k.count) for k in stays] == [("होमस्टे", 4)], [(k.text, k.lemma, k.count) for k in kws]


class RedLineTagger(ContextTagger):
    """Reads ``लाल डोरे`` (the red line of village land records) as a name in a sentence that says ``गांव`` and ``डोरे``
    as a noun of lemma ``डोरा`` elsewhere."""

    READINGS = {"लाल": _name_in("गांव", "लाल", None), "डोरे": _name_in("गांव", "डोरे", "डोरा")}


def test_phrases_that_share_a_written_form_are_one_keyword():
    # "डोरे" keyed as written (a name; "लाल" beside it, a common word elsewhere, is no name word) in one sentence and
    # "डोरा" (a noun) in three others, one of which writes the direct form: they share the form "डोरे", so they are
    # one word, which "लाल डोरा" holds; the name reading is not listed apart.
    kws = pipeline_with(RedLineTagger()).brief(
        "गांव के लाल डोरे की जमीन पर विवाद है. सरकार ने लाल डोरे के भीतर रजिस्ट्री शुरू की. लाल डोरा योजना से मालिकाना "
        "हक मिलेगा. अफसरों ने लाल डोरे का सर्वे किया.",
        top=20,
    ).keywords
    lines = [k for k in kws if "डोर" in k.text]
    assert [(k.text, k.count) for k in lines] == [("लाल डोरा", 3)], [(k.text, k.lemma, k.count) for k in kws]


class ThreeReadingsTagger(ContextTagger):
    """Reads ``डोरों`` as a name in a sentence that says ``पंचायत``, ``डोरे`` as a name in one that says ``गांव``, and
    both as forms of the noun ``डोरा`` elsewhere: three keys, the noun's sharing a written form with each name's."""

    READINGS = {"डोरे": _name_in("गांव", "डोरे", "डोरा"), "डोरों": _name_in("पंचायत", "डोरों", "डोरा")}


def test_readings_linked_through_a_third_are_one_keyword():
    # "डोरों" (a name) shares no written form with "डोरे" (a name), but each shares one with the noun "डोरा": one word.
    kws = pipeline_with(ThreeReadingsTagger()).brief(
        "पंचायत ने डोरों की सूची दी. गांव के डोरे पर विवाद है. सरकार ने डोरे के भीतर रजिस्ट्री शुरू की. "
        "अफसरों ने डोरों का सर्वे किया. किसानों ने जमीन की बात की.",
        top=20,
    ).keywords
    lines = [(k.text, k.count) for k in kws if "डोर" in k.text]
    assert len(lines) == 1 and lines[0][1] == 4, [(k.text, k.lemma, k.count) for k in kws]


def test_the_phrase_kept_over_a_word_shown_inside_it_takes_the_words_place():
    # "छोटी" (a name, said five times alone) ranks first and "छोटी बहन" (keyed "छोटा बहन", said twice) third, after
    # "शादी". The phrase speaks for the word (twice is FOLD_SHARE of five), so it is listed in the word's place, with
    # its score: the list stays best first.
    kws = pipeline_with(ShortNameTagger()).brief(
        "छोटी ने शादी की बात की. छोटी ने कहा कि शादी सादगी से होगी. शादी की तैयारी शुरू हुई. छोटी ने पुलिस को शिकायत "
        "दी. शादी में परिवार आया. छोटी बहन के पति ने बयान दिया. छोटी ने धन्यवाद दिया. छोटी बहन ने गाना गाया.",
        top=10,
    ).keywords
    texts = [k.text for k in kws]
    assert texts[:2] == ["छोटी बहन", "शादी"] and "छोटी" not in texts, [(k.text, k.score) for k in kws]
    assert [k.score for k in kws] == sorted((k.score for k in kws), reverse=True), kws


ONLINE_CLASSES = """ऑनलाइन पढ़ाई का भविष्य

महामारी के बाद ऑनलाइन पढ़ाई हर घर तक पहुंची। सोचिए, किसी दूरदराज़ क़स्बे का विद्यार्थी आज देश के श्रेष्ठ प्राध्यापकों के व्याख्यान मुफ़्त में सुन सकता है। ऑनलाइन पढ़ाई ने शिक्षा को सस्ता बनाया है। लेकिन गांवों में इंटरनेट की कमी ऑनलाइन पढ़ाई की राह रोकती है। सोचिए, जिस घर में एक ही मोबाइल फ़ोन है वहां तीन बच्चे कैसे पढ़ेंगे। सरकार को गांवों में इंटरनेट पहुंचाना होगा। शिक्षकों को भी ऑनलाइन पढ़ाई के लिए प्रशिक्षण चाहिए।"""

QUIT_INDIA = """भारत छोड़ो आंदोलन की वर्षगांठ

भारत छोड़ो आंदोलन 1942 में महात्मा गांधी ने शुरू किया था। इस आंदोलन में लाखों लोगों ने हिस्सा लिया। गांधी ने करो या मरो का नारा दिया और लोगों से कहा कि वे अंग्रेज़ों से डरें नहीं। भारत छोड़ो आंदोलन ने आज़ादी की लड़ाई को नई ताकत दी। इसरो के वैज्ञानिकों ने भी आज आंदोलन की वर्षगांठ पर कार्यक्रम किया। इसरो ने कहा कि वह हर साल यह दिन मनाता है।"""


def test_an_imperative_the_tagger_calls_a_name_is_no_keyword(embedded):
    # The embedded tagger reads the essay's "सोचिए," (think,) as a name twice; it had been the second keyword.
    doc = embedded(ONLINE_CLASSES)
    assert {t.pos for t in doc.tokens if t.norm == "सोचिए"} == {"PROPN"}
    keywords = [k.text for k in make_keywords(doc, top=30)]
    assert "सोचिए" not in keywords and keywords[0] == "ऑनलाइन पढ़ाई"


WHEEL = """पहिए का इतिहास

पहिया मानव इतिहास के सबसे महत्वपूर्ण आविष्कारों में से एक है। शुरुआती पहिए लकड़ी के बने होते थे। पहिए ने खेती और व्यापार को बदल दिया। मेसोपोटामिया में सबसे पुराने पहिए मिले हैं। बाद में पहियों में तीलियां लगाई गईं जिससे वे हल्के हो गए। आज भी हर गाड़ी पहिए पर चलती है। पहिया प्रगति का प्रतीक माना जाता है।"""

MAO = """माओ और चीन की क्रांति

माओ ने 1949 में चीन में कम्युनिस्ट शासन की स्थापना की। माओ ने किसानों को क्रांति की ताकत माना। माओ की नीतियों ने चीन की खेती को बदल दिया। लंबी यात्रा के बाद माओ कम्युनिस्ट पार्टी के सबसे बड़े नेता बने। माओ के विचार आज भी पार्टी में सही माने जाते हैं। आज भी चीन में माओ को याद किया जाता है।"""

JIO = """जियो ने सस्ते डेटा से बाजार बदला

रिलायंस की कंपनी जियो ने 2016 में सस्ते डेटा के साथ मोबाइल बाजार में कदम रखा। जियो के आने के बाद दूसरी कंपनियों को भी डेटा के दाम घटाने पड़े। आज जियो के ग्राहकों की संख्या देश में सबसे ज्यादा है। जियो अब 5जी सेवा भी दे रही है। विशेषज्ञ कहते हैं कि जियो ने गांवों तक इंटरनेट पहुंचाया और लोग अब वीडियो देखकर और पढ़कर जीना सीख रहे हैं।"""


@pytest.mark.parametrize(("text", "first"), [(WHEEL, "पहिया"), (MAO, "माओ"), (JIO, "जियो")])
def test_words_that_only_end_like_an_imperative_stay(embedded, text: str, first: str):
    # Reviewers' cases: "पहिए" (wheels) reads "पह-िए", and the noun's lemma "पहिया" had been dropped with it; "माओ"
    # reads "मा-ओ", a stray lemma the text also gives "माने" (in "माने जाते"), which had made the name an imperative
    # of a verb the text uses. "जियो" (Reliance Jio) is left out of the irregular forms of "जीना" (the slogans'
    # imperative): read as that verb, of 20 documents, the name would go.
    assert keyword_texts(embedded, text)[0] == first


def test_a_phrase_holding_an_imperative_and_a_name_ending_like_one_stay(embedded):
    # "छोड़ो" (quit) is tagged a name inside the movement's name; "इसरो" ends like an imperative but names no verb.
    keywords = keyword_texts(embedded, QUIT_INDIA, top=30)
    assert keywords[0] == "भारत छोड़ो आंदोलन" and "इसरो" in keywords


GANESH_CHATURTHI = """गणेश चतुर्थी आज, जानें पूजा का शुभ मुहूर्त

गणेश चतुर्थी का पर्व हर साल भाद्रपद मास के शुक्ल पक्ष की चतुर्थी तिथि को मनाया जाता है। इस बार चतुर्थी तिथि सोमवार दोपहर से शुरू होकर मंगलवार दोपहर तक रहेगी। गणेश चतुर्थी पर घरों और पंडालों में भगवान गणेश की प्रतिमा स्थापित की जाती है। महाराष्ट्र में गणेश चतुर्थी का उत्सव दस दिन तक चलता है और अनंत चतुर्दशी को प्रतिमा का विसर्जन होता है। पंडितों के अनुसार चतुर्थी तिथि पर चंद्रमा के दर्शन नहीं करने चाहिए। शुक्ल पक्ष की चतुर्थी को गणेश जी की पूजा से सुख समृद्धि आती है।"""


def test_a_date_of_the_hindu_calendar_is_no_keyword_and_a_festival_named_by_one_is(embedded):
    # Without the rule the list held "चतुर्थी तिथि", "शुक्ल पक्ष" and "भाद्रपद मास" in its first five.
    keywords = keyword_texts(embedded, GANESH_CHATURTHI, top=15)
    assert not {"चतुर्थी तिथि", "शुक्ल पक्ष", "भाद्रपद मास", "चतुर्थी", "तिथि"} & set(keywords)
    assert keywords[0] == "गणेश चतुर्थी" and "अनंत चतुर्दशी" in keywords


KARTIK_SHUKLA = """कार्तिक शुक्ल ने जीता स्वर्ण पदक

निशानेबाज कार्तिक शुक्ल ने राष्ट्रीय प्रतियोगिता में स्वर्ण पदक जीता। कार्तिक शुक्ल लखनऊ के रहने वाले हैं और पिछले पांच साल से अभ्यास कर रहे हैं। कोच ने कहा कि कार्तिक शुक्ल ओलंपिक की तैयारी कर रहे हैं। कार्तिक शुक्ल ने अपनी जीत का श्रेय अपने परिवार को दिया।"""

GURU_PURNIMA = """गुरु पूर्णिमा आज, जानें पूजा विधि

गुरु पूर्णिमा का पर्व आषाढ़ मास की पूर्णिमा तिथि को मनाया जाता है। इस दिन शिष्य अपने गुरु की पूजा करते हैं। पूर्णिमा तिथि सुबह से शुरू होकर अगले दिन सुबह तक रहेगी। गुरु पूर्णिमा को महर्षि वेदव्यास की जयंती के रूप में भी मनाया जाता है। पूर्णिमा तिथि पर गंगा स्नान का भी महत्व है। गुरु पूर्णिमा पर मंदिरों में भीड़ रहती है।"""


def test_a_name_of_calendar_words_stays_and_a_full_moon_date_goes(embedded):
    # A reviewer's case: a month and a half's name are a name ("कार्तिक शुक्ल"), no date; "पूर्णिमा तिथि" is one.
    assert keyword_texts(embedded, KARTIK_SHUKLA)[0] == "कार्तिक शुक्ल"
    keywords = keyword_texts(embedded, GURU_PURNIMA, top=15)
    assert keywords[0] == "गुरु पूर्णिमा" and not {"पूर्णिमा तिथि", "आषाढ़ मास"} & set(keywords)


def test_a_lunar_date_said_with_the_genitive_is_no_keyword(embedded):
    text = (
        "नवरात्र का पर्व\n\nनवरात्र आश्विन मास के शुक्ल पक्ष की प्रतिपदा से शुरू होता है। शुक्ल पक्ष की प्रतिपदा को कलश"
        " स्थापना होती है। पक्ष की प्रतिपदा पर भक्त व्रत रखते हैं। दुर्गा पूजा में भक्त देवी की आराधना करते हैं। पक्ष की"
        " प्रतिपदा के दिन मंदिरों में भीड़ रहती है। दुर्गा पूजा का उत्सव दस दिन चलता है।"
    )
    keywords = keyword_texts(embedded, text, top=15)
    assert "पक्ष की प्रतिपदा" not in keywords and keywords[0] == "नवरात्र" and "दुर्गा पूजा" in keywords


class NamesAsNounsTagger(ContextTagger):
    """Knows ``शिरीन`` and ``मजारी`` as names, but reads ``मेहरुन्निसा`` and the ``मजारी`` after it as nouns: the
    embedded tagger's slips on names it does not know."""

    PROPN = DictTagger.PROPN | {"शिरीन", "मजारी"}
    READINGS = {
        "मेहरुन्निसा": lambda sent: ("NOUN", "मेहरुन्निसा"),
        "मजारी": lambda sent: ("NOUN", "मजारी") if "मेहरुन्निसा" in sent else None,
    }


def test_a_name_and_its_longer_form_read_as_nouns_are_one_keyword():
    kws = pipeline_with(NamesAsNounsTagger()).brief(
        "शिरीन मजारी ने पार्टी छोड़ दी. शिरीन मजारी को पुलिस ने पकड़ा था. पार्टी में शिरीन मजारी का कद बड़ा था. "
        "पूर्व मंत्री शिरीन मेहरुन्निसा मजारी ने बयान दिया. शिरीन मजारी ने पार्टी छोड़ी.",
        top=20,
    ).keywords
    assert [k.text for k in kws if "शिरीन" in k.text] == ["शिरीन मजारी"], [k.text for k in kws]


def test_after_the_tenth_keyword_a_name_keeps_the_occurrences_of_its_longer_form():
    # The first choice gives "शिरीन मजारी" the occurrences of "शिरीन मेहरुन्निसा मजारी"; the keywords after the tenth
    # lost them, and "मेहरुन्निसा", a run inside them, came back as the eleventh (a review).
    cities = "".join(f"{city} में विरोध हुआ. " * 2 for city in ("लाहौर", "कराची", "इस्लामाबाद", "पेशावर", "क्वेटा", "मुल्तान"))
    text = (
        "शिरीन मजारी ने पार्टी छोड़ दी. शिरीन मजारी को पुलिस ने पकड़ा था. पार्टी में शिरीन मजारी का कद बड़ा था. "
        "पूर्व मंत्री शिरीन मेहरुन्निसा मजारी ने बयान दिया. शिरीन मजारी ने पार्टी छोड़ी. " + cities
    )
    doc = pipeline_with(NamesAsNounsTagger())(text)
    every = hb.keywords(doc, top=10**6).texts
    assert not any("मेहरुन्निसा" in k for k in every), every
    assert [k for k in every if "शिरीन" in k] == ["शिरीन मजारी"]


def test_a_news_agency_credited_in_the_copy_is_no_keyword(embedded):
    # "चंद ने पीटीआई-भाषा से कहा" (ILSUM): the agency says who reported, not what about. "पीटीआई", also Pakistan's party,
    # stays a name.
    kws = embedded.brief(
        "नीति आयोग के सदस्य रमेश चंद ने पीटीआई-भाषा से कहा कि नए कृषि कानून किसानों के हित में हैं। रमेश चंद ने कहा कि "
        "किसानों की आय बढ़ेगी। पीटीआई-भाषा से बातचीत में उन्होंने समर्थन मूल्य पर भी बात की। ANI के मुताबिक बैठक जल्द होगी।"
    ).keywords
    assert "रमेश चंद" in [k.text for k in kws] and not any("भाषा" in k.text or k.text == "ANI" for k in kws), [k.text for k in kws]
    kws = embedded.brief(
        "इमरान खान की पार्टी पीटीआई ने रैली की। पीटीआई के नेताओं ने सरकार पर आरोप लगाए। पीटीआई ने चुनाव की मांग की।"
    ).keywords
    assert "पीटीआई" in [k.text for k in kws], [k.text for k in kws]


@pytest.mark.parametrize(
    "text, name",
    [
        # ILSUM: "को-फाउंडर गंगवाल", "ओएसडी संजय मिश्रा", "एसीएम फर्स्ट मोहम्मद जफर" were keywords.
        ("इंडिगो के को-फाउंडर राकेश गंगवाल ने हिस्सेदारी बेची। राकेश गंगवाल ने बयान दिया। शेयर बाजार में इंडिगो का शेयर गिरा।", "राकेश गंगवाल"),
        ("मुख्यमंत्री के ओएसडी संजय मिश्रा ने बैठक ली। संजय मिश्रा ने निर्देश दिए। बैठक में बांस उद्योग पर चर्चा हुई।", "संजय मिश्रा"),
        ("ज्ञापन एसीएम मोहम्मद जफर को सौंपा गया। मोहम्मद जफर ने जांच का भरोसा दिया। छात्रों ने प्रदर्शन किया।", "मोहम्मद जफर"),
    ],
    ids=["co-founder", "osd", "acm"],
)
def test_a_designation_before_a_name_is_no_part_of_it(embedded, text, name):
    shown = [k.text for k in embedded.brief(text).keywords]
    assert name in shown and not any(k.endswith(name) and k != name for k in shown), shown


def test_a_phrase_that_ends_in_an_ordinal_is_no_keyword(embedded):
    # ILSUM: "मुकेश अंबानी 13वें" of "लिस्ट में मुकेश अंबानी 13वें नंबर पर हैं", "लगातार 30वें" (untagged).
    text = ("फोर्ब्स की लिस्ट में मुकेश अंबानी 13वें नंबर पर हैं। रिलायंस इंडस्ट्रीज के शेयर बढ़े। "
            "रिलायंस इंडस्ट्रीज का मुनाफा भी बढ़ा। फोर्ब्स ने लिस्ट जारी की।")
    for nlp in (embedded, hb.Pipeline(tagger="none")):
        shown = [k.text for k in nlp.brief(text, top=20).keywords]
        assert not any(k.split()[-1] == "13वें" for k in shown), shown
    assert "मुकेश अंबानी" in [k.text for k in embedded.brief(text, top=20).keywords]


def test_a_phrase_typed_with_two_letters_swapped_is_listed_once(embedded):
    # ILSUM: "संयुक्त किसान मोर्चा" beside "सयुंक्त किसान मोर्चा", "वाईबी चव्हाण सेंटर" beside "वाईबी चह्वाण सेंटर".
    text = ("संयुक्त किसान मोर्चा ने हरियाणा में प्रदर्शन किया। संयुक्त किसान मोर्चा के नेताओं ने घेराव किया। "
            "सयुंक्त किसान मोर्चा ने कहा कि आंदोलन जारी रहेगा। सयुंक्त किसान मोर्चा की बैठक हुई। पुलिस ने नेताओं को रोका।")
    shown = [k.text for k in embedded.brief(text, top=20).keywords]
    assert [k for k in shown if k.endswith("किसान मोर्चा")] == ["संयुक्त किसान मोर्चा"], shown
    # Listed first, the mistyped one still goes: the document frequencies know "संयुक्त", not "सयुंक्त".
    text = ("सयुंक्त किसान मोर्चा ने हरियाणा में प्रदर्शन किया। सयुंक्त किसान मोर्चा के नेताओं ने घेराव किया। "
            "संयुक्त किसान मोर्चा ने कहा कि आंदोलन जारी रहेगा। संयुक्त किसान मोर्चा ने बैठक की। पुलिस ने नेताओं को रोका।")
    shown = [k.text for k in embedded.brief(text, top=20).keywords]
    assert [k for k in shown if k.endswith("किसान मोर्चा")] == ["संयुक्त किसान मोर्चा"], shown
    # Two trains, one the other's parts reordered, are two keywords.
    text = ("हरिद्वार-अमृतसर जन शताब्दी रद्द रहेगी। अमृतसर-हरिद्वार जन शताब्दी भी रद्द रहेगी। "
            "रेलवे ने हरिद्वार-अमृतसर जन शताब्दी और अमृतसर-हरिद्वार जन शताब्दी की सूचना दी।")
    shown = [k.text for k in embedded.brief(text, top=20).keywords]
    assert len([k for k in shown if "जन शताब्दी" in k]) == 2, shown


@pytest.mark.parametrize(
    "text, kept",
    [
        # Short words reorder into other names and words: two people, not one mistyped.
        ("नीरज कुमार ने चुनाव जीता। नीरज कुमार को बधाई मिली। रजनी कुमार ने भी चुनाव जीता। रजनी कुमार की पत्नी खुश है।",
         ["नीरज कुमार", "रजनी कुमार"]),
        # A common phrase is no short form of a name with the same first and last word.
        ("चुनाव आयोग ने आम आदमी पार्टी को राष्ट्रीय दल का दर्जा दिया। राष्ट्रीय दल बनने के लिए मान्यता चाहिए। राष्ट्रीय जनता दल "
         "ने बधाई दी। राष्ट्रीय जनता दल के नेता तेजस्वी यादव ने कहा कि राष्ट्रीय दल का दर्जा बड़ी बात है।",
         ["राष्ट्रीय जनता दल", "राष्ट्रीय दल"]),
        # Initials and titles that are also other things: the drug MD, a founders' day; a pope's ordinal written out.
        ("पुलिस ने 50 ग्राम एमडी ड्रग्स के साथ दो आरोपियों को पकड़ा। एमडी ड्रग्स की कीमत पांच लाख रुपये है। आरोपी मुंबई से एमडी ड्रग्स लाते थे।",
         ["एमडी ड्रग्स"]),
        ("कॉलेज में संस्थापक दिवस मनाया गया। संस्थापक दिवस पर कार्यक्रम हुए। प्राचार्य ने संस्थापक दिवस की बधाई दी।", ["संस्थापक दिवस"]),
        ("पूर्व पोप बेनेडिक्ट सोलहवें का निधन हो गया। वेटिकन में बेनेडिक्ट सोलहवें को श्रद्धांजलि दी गई।", ["बेनेडिक्ट सोलहवें"]),
    ],
    ids=["anagram-names", "common-phrase-and-name", "drug-md", "founders-day", "regnal-ordinal"],
)
def test_what_the_thirty_sixth_session_rules_leave_alone(embedded, text, kept):
    shown = [k.text for k in embedded.brief(text, top=20).keywords]
    assert all(k in shown for k in kept), shown


def test_a_quantifier_opens_no_keyphrase(embedded):
    # "600 से अधिक एक्टिव केस": a keyword review found quantifiers opening phrases (अधिक एक्टिव केस, अधिक ई-कंटेंट
    # पोर्टल); HDTB tags them QF (lexicon/quantifiers.txt). A name the tagger calls one keeps it (सारा, Sara).
    text = ("कोरोना कर्फ्यू में ढील\n\nउत्तर प्रदेश सरकार ने कर्फ्यू में ढील देने का फैसला किया है। जिन जिलों में 600 से "
            "अधिक एक्टिव केस हैं, वहां कर्फ्यू जारी रहेगा। मेरठ और कानपुर नगर में अधिक एक्टिव केस होने से पाबंदी रहेगी। "
            "बाकी जिलों में बाजार खुलेंगे। सरकार ने दिशा-निर्देश जारी किए हैं। अभिनेत्री सारा अली खान ने लोगों से नियम "
            "मानने की अपील की।")
    listed = [k.text for k in make_keywords(embedded(text), top=10)]
    assert "एक्टिव केस" in listed and not any(k.startswith("अधिक") for k in listed), listed
    assert "सारा अली खान" in listed, listed
    # Nor a compound of quantifiers and function words (a review: "अधिक-से-अधिक" was listed).
    text = ("सरकार ने अधिक-से-अधिक लोगों को टीका लगाने की अपील की। मंत्री ने कहा कि अधिक-से-अधिक युवाओं को टीका लगवाना "
            "चाहिए। अधिक-से-अधिक टीकाकरण से महामारी रुकेगी। डॉक्टरों ने भी अधिक-से-अधिक जांच पर जोर दिया।")
    assert not any("अधिक" in k.text for k in make_keywords(embedded(text), top=10))


def test_a_long_text_lists_the_term_beside_its_head_said_all_through(embedded, monkeypatch):
    # In a long text the head noun is said all through and the terms made with it a few times each: "लोक भाषा" said
    # 3 times beside "भाषा" 8 times was left out for "भाषा" (FOLD_SHARE 0.4 of its uses; "प्रज्ञान रोवर" beside
    # "रोवर", "लुप्तप्राय भाषा" beside "भाषा" in a review of the essays and encyclopedic articles).
    from hindi_brief.rank.keyphrase.choice import FOLD_SHARE, LONG_FOLD_SHARE
    from hindi_brief.rank.summarize import is_long
    import hindi_brief.rank.keywords as keywords_module

    body = [
        "गांव के लोग अपनी बोली पर गर्व करते हैं।", "बुजुर्ग लोक भाषा में गीत गाते हैं।", "बच्चे स्कूल में लोक भाषा कम सुनते हैं।",
        "शिक्षकों ने लोक भाषा को पढ़ाने की मांग की।", "भाषा से पहचान बनती है।", "भाषा के बिना संस्कृति अधूरी है।",
        "भाषा में कहानियां बसती हैं।", "भाषा पर शहर का असर दिखता है।", "भाषा को बचाने के लिए शब्दकोश बना।",
        "भाषा का व्याकरण सरल है।", "भाषा से जुड़े मेले लगते हैं।", "भाषा के कई शब्द खो गए।",
    ]
    # A long text, as the summaries draw the line (more than 40 sentences and 750 words).
    filler = [f"सन {1950 + n} में जिले के {n + 2} गांवों में नए पुस्तकालय खुले, जहां बच्चे और बड़े रोज शाम को आकर किताबें पढ़ते थे।"
              for n in range(36)]
    text = "गांव की बोली\n\n" + " ".join(body + filler)
    doc = embedded(text)
    assert is_long(len(doc.sentences), sum(s.n_words for s in doc.sentences)) and LONG_FOLD_SHARE * 8 <= 3 < FOLD_SHARE * 8
    listed = [k.text for k in make_keywords(embedded(text), top=10)]
    assert "लोक भाषा" in listed and "भाषा" not in listed, listed
    monkeypatch.setattr(keywords_module, "LONG_FOLD_SHARE", FOLD_SHARE)  # the short texts' share, as before
    before = [k.text for k in make_keywords(embedded(text), top=10)]
    assert "भाषा" in before and "लोक भाषा" not in before, before


def test_a_keyword_is_shown_without_the_markup_and_credits_said_inside_it() -> None:
    # It was shown from the text as written: "नरेंद्र</b> मोदी", with "नरेंद्र&nbsp;मोदी" and "नरेंद्र (एएनआई) मोदी" as
    # variants. The offsets still point at the text as written.
    text = (
        "मोदी ने की बैठक\n\nप्रधानमंत्री <b>नरेंद्र</b> मोदी ने मंत्रियों के साथ बैठक की। नरेंद्र&nbsp;मोदी ने कहा कि काम "
        "तेज होना चाहिए। नरेंद्र (एएनआई) मोदी ने बजट पर चर्चा की।"
    )
    (modi,) = [k for k in hb.keywords(text) if "मोदी" in k.text]
    assert (modi.text, modi.variants, modi.count) == ("नरेंद्र मोदी", ("नरेंद्र मोदी",), 3)
    assert [text[a:b] for a, b in modi.offsets] == ["नरेंद्र</b> मोदी", "नरेंद्र&nbsp;मोदी", "नरेंद्र (एएनआई) मोदी"]


def test_handles_hashtags_and_times_of_day_are_no_keywords() -> None:
    # "@ArvindKejriwal", "#DelhiRains", "AM" and "IST" were keywords (a review of web inputs).
    text = (
        "बारिश पर मुख्यमंत्री\n\nमुख्यमंत्री @ArvindKejriwal ने कहा कि टीमें काम कर रही हैं। #DelhiRains #DelhiRains "
        "यातायात पुलिस ने वैकल्पिक मार्ग बताए। सुबह 9 AM IST पर फिर बारिश हुई। रात 11 AM IST तक जाम रहा।"
    )
    words = {w.casefold() for k in hb.keywords(text, top=20) for w in k.text.split()}
    assert words.isdisjoint({"arvindkejriwal", "delhirains", "am", "ist"}) and {"बारिश", "पुलिस"} <= words


def test_a_direction_mark_neither_splits_a_keyword_nor_shows_in_it():
    # A right-to-left mark inside "मोदी" made the fragments "मो" and "दी", and a left-to-right mark after "आईपीएस"
    # made "आईपीएस\u200e अफसर" a variant of its own, shown with the mark.
    text = "नरेंद्र मो\u200fदी ने आज दिल्ली में बैठक की। आईपीएस\u200e अफसर भी मौजूद थे। बैठक में आईपीएस अफसर ने रिपोर्ट दी।"
    keywords = hb.keywords(text, top=10)
    assert "नरेंद्र मोदी" in keywords.texts
    officer = next(k for k in keywords if k.text == "आईपीएस अफसर")
    assert officer.variants == ("आईपीएस अफसर",) and officer.count == 2


def test_an_invisible_character_inside_a_word_changes_no_keyword(data_dir):
    # ILSUM test 493 (a review): a soft hyphen typed into one "सीटी" made that writing another form, so the
    # candidates the tagger keyed two ways were no longer made one, and three keywords changed.
    import csv

    with open(data_dir / "ilsum_hi" / "ilsum2023_hi_test.csv", encoding="utf-8") as f:
        row = list(csv.DictReader(f))[493]
    text = row["Heading"] + "\n\n" + row["Article"]
    cut = text.index("नियमित सीटी") + len("नियमित सी")
    for mark in ("\u00ad", "\u200d", "\u2060"):
        assert hb.keywords(text[:cut] + mark + text[cut:], top=10).texts == hb.keywords(text, top=10).texts, mark


def test_an_acronym_glossed_in_brackets_is_only_the_phrase_before_them():
    # ILSUM test 60 (a review): "अनुसूचित जाति (एससी)" glosses the acronym in Hindi, whose initials it does not spell,
    # and "एससी" was made one with "सार्वजनिक समारोह", another phrase of the text with the initials S and S.
    text = (
        "राजभवन में सार्वजनिक समारोह में मंत्रियों ने शपथ ली। पांच मंत्री अनुसूचित जाति (एससी) से हैं। "
        "सार्वजनिक समारोह में मुख्यमंत्री भी मौजूद थे। एससी वर्ग के नेताओं ने खुशी जताई।"
    )
    for k in hb.keywords(text, top=10):
        assert not ("एससी" in k.variants and k.text == "सार्वजनिक समारोह"), (k.text, k.variants)
    # The phrase before the bracket is the acronym's Hindi name (Scheduled Castes): one keyword with it.
    assert [(k.text, set(k.variants)) for k in hb.keywords(text, top=10) if "एससी" in k.variants] == [
        ("अनुसूचित जाति", {"अनुसूचित जाति", "एससी"})]
    # Glossed by its own initials, it is that phrase, as before.
    text = "भारतीय जनता पार्टी (बीजेपी) ने चुनाव जीता। बीजेपी के नेता खुश हैं। भारतीय जनता पार्टी की बैठक हुई।"
    party = hb.keywords(text, top=5)[0]
    assert (party.text, party.variants) == ("भारतीय जनता पार्टी", ("भारतीय जनता पार्टी", "बीजेपी"))


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        ("भारतीय रिज़र्व बैंक (आरबीआई) ने रेपो रेट में कटौती की। आरबीआई के गवर्नर ने कहा कि महंगाई काबू में है। "
         "आरबीआई ने विकास दर का अनुमान बढ़ाया। बाजार ने फैसले का स्वागत किया।", "भारतीय रिज़र्व बैंक", "आरबीआई"),
        ("मौद्रिक नीति समिति (एमपीसी) के सभी सदस्यों ने कटौती के पक्ष में मतदान किया। एमपीसी की अगली बैठक अगस्त में होगी। "
         "एमपीसी ने महंगाई पर चिंता जताई।", "मौद्रिक नीति समिति", "एमपीसी"),
        ("किसानों को न्यूनतम समर्थन मूल्य (MSP) की गारंटी चाहिए। सरकार ने धान का MSP बढ़ाया। MSP पर कानून की मांग "
         "जारी है।", "न्यूनतम समर्थन मूल्य", "MSP"),
    ],
    ids=["rbi", "mpc", "msp"],
)
def test_an_acronym_glossing_its_hindi_name_is_one_keyword_with_it(text, name, acronym):
    # A review of fresh texts: "आरबीआई" beside "रिज़र्व बैंक" and "एमपीसी" beside "मौद्रिक नीति समिति" in one list. The
    # acronym is the English name's, which the Hindi name's initials do not spell; the bracket says they are one.
    holding = [k for k in hb.keywords(text, top=10) if acronym in k.variants or name in k.variants]
    assert [(k.text, set(k.variants)) for k in holding] == [(name, {name, acronym})], hb.keywords(text, top=10).texts


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("भारतीय जनता पार्टी (भाजपा) ने चुनाव जीता। भाजपा के नेताओं ने जश्न मनाया। भाजपा अध्यक्ष ने कार्यकर्ताओं को "
         "बधाई दी। विपक्ष ने हार मानी।", "भारतीय जनता पार्टी", "भाजपा"),
        ("भारतीय किसान यूनियन (भाकियू) ने आंदोलन की चेतावनी दी। भाकियू के नेता राकेश टिकैत ने कहा कि किसान पीछे नहीं "
         "हटेंगे। भाकियू ने पंचायत बुलाई।", "भारतीय किसान यूनियन", "भाकियू"),
        # Without brackets: the name and its short form are both names.
        ("राष्ट्रीय जनता दल के नेता तेजस्वी यादव ने रैली की। राजद ने कहा कि वह चुनाव जीतेगी। राजद के कार्यकर्ता उत्साहित "
         "हैं।", "राष्ट्रीय जनता दल", "राजद"),
    ],
    ids=["bjp", "bku", "rjd-unbracketed"],
)
def test_a_hindi_short_form_of_first_syllables_is_one_keyword_with_its_name(text, name, short):
    # ILSUM (hindi_2022_8036 and 44 more): "भाजपा" and "भारतीय जनता पार्टी" were two keywords of one list, as were
    # "सपा"/"समाजवादी पार्टी", "बसपा", "भाकियू", "उप्र". Hindi shortens a name to its words' first syllables (भा-ज-पा).
    keywords = hb.keywords(text, top=10)
    holding = [(k.text, set(k.variants)) for k in keywords if short in k.variants or name in k.variants]
    assert holding == [(name, {name, short})], [(k.text, k.variants) for k in keywords]


@pytest.mark.parametrize(("opening", "closing"), [("", ""), ("'", "'"), ("‘", "’"), ('"', '"')])
def test_a_short_form_in_brackets_after_a_quoted_name_is_one_keyword_with_it(opening, closing):
    # The bracket defines the short form whether or not the name before it is quoted, as it does an acronym
    # (``'भारतीय जनता पार्टी' (बीजेपी)``); the name's head (विभाग) is no party's, so only the bracket says they are one.
    text = (
        f"जिले में सड़कों की मरम्मत का काम {opening}लोक निर्माण विभाग{closing} (लोनिवि) को सौंपा गया है। लोनिवि के "
        "अधिकारियों ने बताया कि बारिश के बाद काम शुरू होगा। लोनिवि ने ठेकेदारों की बैठक बुलाई। विधायक ने सड़कों का "
        "निरीक्षण किया।"
    )
    keywords = hb.keywords(text, top=10)
    holding = [(k.text, set(k.variants)) for k in keywords if {"लोनिवि", "लोक निर्माण विभाग"} & set(k.variants)]
    assert holding == [("लोक निर्माण विभाग", {"लोक निर्माण विभाग", "लोनिवि"})], [(k.text, k.variants) for k in keywords]


@pytest.mark.parametrize(
    ("text", "short", "person"),
    [
        # The party's name is written before the short form in brackets; the person is said more often.
        ("समाजवादी पार्टी (सपा) और कांग्रेस मिलकर चुनाव लड़ेंगे। कांग्रेस नेता सचिन पायलट ने जयपुर में रैली की। सचिन पायलट "
         "ने कहा कि विपक्ष एकजुट है। सपा प्रमुख अखिलेश यादव ने भी सचिन पायलट का समर्थन किया। सचिन पायलट ने धन्यवाद दिया।",
         "सपा", "सचिन पायलट"),
        # No name of the short form at all: a person's name is none (its head is no party's, state's or union's).
        ("उप्र में विधानसभा चुनाव की तैयारी तेज हो गई है। मंत्री उदय प्रताप ने कहा कि सरकार विकास करेगी। उदय प्रताप ने "
         "उप्र के किसानों से मुलाकात की। उदय प्रताप ने रैली की।", "उप्र", "उदय प्रताप"),
    ],
    ids=["defined-in-brackets", "no-name"],
)
def test_a_short_form_is_no_person_whose_name_opens_with_its_syllables(text, short, person):
    # A review: "सपा" was made one with "सचिन पायलट" (स-पा), said more often than "समाजवादी पार्टी (सपा)", and "उप्र" with
    # "उदय प्रताप".
    keywords = hb.keywords(text, top=10)
    assert [set(k.variants) for k in keywords if person in k.variants] == [{person}], [(k.text, k.variants) for k in keywords]
    # A first name is no short form of the full name it opens ("निदा" of "निदा दार").
    text = "उनसे पहले निदा दार ने 2019 में 75 रनों की पारी खेली थी। निदा ने कहा कि वह खुश हैं। निदा दार टीम की कप्तान हैं।"
    for k in hb.keywords(text, top=10):
        assert not ("निदा" in k.variants and k.text != "निदा"), (k.text, k.variants)


def test_a_phrase_shown_with_its_acronym_said_more_often_is_shown_whole():
    # Found while checking the acronym rules on ILSUM (hindi_2022_1211, "कोविड-19 टीकाकरण केंद्रों (सीवीसी)"): the base
    # form of a common phrase whose head is inflected was built from its most frequent form, here the acronym, whose
    # last word is no head: only the head was shown ("मूल्य", "केंद्र").
    text = (
        "किसानों ने न्यूनतम समर्थन मूल्यों (एमएसपी) पर कानून की मांग की। एमएसपी पर सरकार ने समिति बनाई। "
        "एमएसपी की गारंटी के बिना आंदोलन जारी रहेगा। किसान नेताओं ने एमएसपी पर बैठक की।"
    )
    msp = [(k.text, set(k.variants)) for k in hb.keywords(text, top=10) if "एमएसपी" in k.variants]
    assert msp == [("न्यूनतम समर्थन मूल्य", {"एमएसपी", "न्यूनतम समर्थन मूल्यों"})]
    # A form with the phrase's words run together is still the phrase (ILSUM hindi_2023_train_3302; a first version of
    # the rule counted words and showed "सह प्रभारी सचिव").
    text = (
        "कांग्रेस ने राज्यों के लिए सह प्रभारी सचिवों की नियुक्ति की। सहप्रभारी सचिव चुनाव की तैयारी देखेंगे। "
        "पार्टी ने कहा कि सह प्रभारी सचिवों को जिलों का दौरा करना होगा। नेताओं ने बैठक की।"
    )
    assert "सहप्रभारी सचिव" in hb.keywords(text, top=5).texts


def test_an_acronym_s_hindi_name_keeps_the_place_it_opens_with_not_a_word_glued_on():
    # A review of fresh texts: "भारत मौसम विज्ञान विभाग (IMD)" was listed as "मौसम विज्ञान विभाग": of the phrases before
    # the bracket the shortest of as many words as letters was taken, and "मौसम विज्ञान" is one letter in two words.
    # The shortest still cuts off a word of the sentence glued on: "फ़्लाईओवर लोक निर्माण विभाग (PWD)".
    keywords = hb.keywords((FRESH / "city_floods_editorial.txt").read_text(encoding="utf-8"), top=10)
    variants = {k.text: set(k.variants) for k in keywords}
    assert variants.get("भारत मौसम विज्ञान विभाग") == {"भारत मौसम विज्ञान विभाग", "IMD"}, variants
    assert variants.get("लोक निर्माण विभाग") == {"लोक निर्माण विभाग", "PWD"}, variants


def test_a_phrase_the_text_writes_an_acronym_for_speaks_for_its_head_noun():
    # A review of fresh texts: "राष्ट्रीय पात्रता सह प्रवेश परीक्षा (NEET)" gave "राष्ट्रीय पात्रता सह प्रवेश", the exam's
    # name cut before its head: the phrase made one with NEET gave way to "परीक्षा", said of other exams too, and a
    # run of the name without the acronym was listed instead. A phrase with an acronym of its own is a name.
    keywords = hb.keywords((FRESH / "entrance_exams_opinion.txt").read_text(encoding="utf-8"), top=10)
    exams = [(k.text, set(k.variants)) for k in keywords if "प्रवेश" in k.text or "पात्रता" in k.text]
    assert exams == [
        ("पात्रता सह प्रवेश परीक्षा", {"पात्रता सह प्रवेश परीक्षा", "NEET"}),
        ("संयुक्त प्रवेश परीक्षा", {"संयुक्त प्रवेश परीक्षा", "JEE"}),
    ], keywords.texts


@pytest.mark.parametrize(
    "text",
    [
        # A party's acronym after a leader's name of as many words: the name ends in a name, no common noun.
        "हिंदुस्तानी अवाम मोर्चा के नेता जीतन राम मांझी (HAM) ने कहा कि वे चुनाव लड़ेंगे। HAM ने दस सीटें मांगीं। "
        "HAM के अध्यक्ष ने बैठक बुलाई।",
        # A surname that is a noun too (a review): the title before the name says it is a person's.
        "बिहार के मंत्री विजय कुमार चौधरी (JDU) ने कहा कि सरकार काम कर रही है। JDU के नेता बैठक में थे। JDU ने बयान जारी किया।",
        "केंद्रीय मंत्री रवि शंकर प्रसाद (बीजेपी) ने कहा कि कानून सख्त होगा। बीजेपी ने समर्थन किया। बीजेपी के सांसद मौजूद थे।",
    ],
    ids=["name", "latin-after-title", "devanagari-after-title"],
)
def test_an_acronym_in_brackets_after_a_person_is_not_the_person(text):
    assert all(len(k.variants) == 1 for k in hb.keywords(text, top=10)), [(k.text, k.variants) for k in hb.keywords(text)]


def test_an_acronym_spelled_out_later_is_that_name_not_a_description_before():
    # A review: "(BJP)" after a description and then after the party's name took the description, which the acronym
    # does not spell; written in Devanagari it took the name. A phrase it spells wins wherever it stands.
    for acronym in ("BJP", "बीजेपी"):
        text = (f"मुख्य विपक्षी पार्टी ({acronym}) ने विरोध किया। बाद में भारतीय जनता पार्टी ({acronym}) के नेताओं ने धरना "
                f"दिया। {acronym} ने ज्ञापन सौंपा।")
        party = [k for k in hb.keywords(text, top=10) if acronym in k.variants]
        assert [k.text for k in party] == ["भारतीय जनता पार्टी"], [(k.text, k.variants) for k in hb.keywords(text)]


def test_a_latin_acronym_tagged_a_common_noun_is_one_keyword_with_its_phrase():
    # ILSUM test 16 (a review): "AI" and "आर्टिफिशियल इंटेलिजेंस" were two keywords. Tagged a common noun, the
    # acronym's key is its lower-cased lemma, "ai", which was never read as an acronym.
    text = (
        "अमिताभ ने AI यानी आर्टिफिशियल इंटेलिजेंस की तस्वीरें शेयर कीं। AI से बनी तस्वीरें वायरल हुईं। "
        "आर्टिफिशियल इंटेलिजेंस का दौर है। AI की चर्चा है।"
    )
    keywords = hb.keywords(text, top=10)
    merged = [k for k in keywords if "AI" in k.variants or "आर्टिफिशियल इंटेलिजेंस" in k.variants]
    assert [(k.text, set(k.variants), k.count) for k in merged] == [
        ("आर्टिफिशियल इंटेलिजेंस", {"AI", "आर्टिफिशियल इंटेलिजेंस"}, 5)
    ], keywords.texts


def test_a_word_that_opens_with_a_stray_sign_is_no_keyword_word():
    # A nukta typed after a space (" ़जीता") leaves a token that opens with the sign (text.tokens); it ranked first.
    keywords = hb.keywords("भारत ने मैच ़जीता और ़जीता खिलाड़ियों ने जश्न मनाया। भारत की टीम ने मैच में शानदार खेल दिखाया।", top=10)
    assert keywords.texts and not any(w[:1] == "\u093c" for k in keywords.texts for w in k.split()), keywords.texts


def test_the_devanagari_abbreviation_sign_reads_as_a_full_stop():
    # "कि॰मी॰" made "मी" the first keyword (tagged a name after the sign, a verb after a full stop), where "कि.मी."
    # gives none (a review).
    text = (
        "दिल्ली से आगरा की दूरी 200 कि.मी. है। यात्री 200 कि.मी. का सफर तय करते हैं। "
        "रास्ते में 50 कि.मी. पर ढाबा है। डॉ. शर्मा ने यात्रा की।"
    )
    assert hb.keywords(text.replace(".", "॰"), top=10).texts == hb.keywords(text, top=10).texts
    assert "मी" not in hb.keywords(text.replace(".", "॰"), top=10).texts


def test_an_acronym_is_no_phrase_that_opens_with_an_adjective():
    # ILSUM val (hindi_2023_train_9238): "दूसरी कड़ी" (the second part) spells D and C, and took "DC" (Delhi
    # Capitals) as its variant, said 11 times.
    text = "DC की टीम ने मैच जीता। दूसरी कड़ी में खिलाड़ियों ने अच्छा खेल दिखाया। दूसरी कड़ी के बाद DC के कप्तान खुश थे। DC अब फाइनल में है।"
    keywords = hb.keywords(text, top=10)
    assert {k.text: k.variants for k in keywords}.get("दूसरी कड़ी") == ("दूसरी कड़ी",), keywords.texts
    assert "DC" in keywords.texts


@pytest.mark.parametrize(
    "opening",
    ["'भारतीय जनता पार्टी' (बीजेपी)", "भारतीय जनता पार्टी ((बीजेपी))", "सांसद रवि किशन (बीजेपी)"],
    ids=["quoted-phrase", "nested-brackets", "party-after-a-name"],
)
def test_an_acronym_in_brackets_after_its_name_or_a_person_is_still_the_name(opening):
    # A review: a closing quotation mark or a second bracket hid the phrase the bracket glosses, and a party after a
    # person's name ("रवि किशन (बीजेपी)", no definition) kept "बीजेपी" from the party's name said elsewhere.
    text = opening + " ने चुनाव जीता। बीजेपी के नेता खुश हैं। भारतीय जनता पार्टी की बैठक हुई। भारतीय जनता पार्टी ने जश्न मनाया।"
    party = [k for k in hb.keywords(text, top=10) if "बीजेपी" in k.variants or "भारतीय जनता पार्टी" in k.variants]
    assert [(k.text, set(k.variants)) for k in party] == [("भारतीय जनता पार्टी", {"बीजेपी", "भारतीय जनता पार्टी"})]


def test_a_latin_acronym_tagged_a_common_noun_takes_no_phrase_said_once():
    # A review: "AC" (air-conditioned) became a variant of "आरामदायक सफर" said once, "UP" of "उमेश पाल".
    text = (
        "UP में एनकाउंटर मॉडल पर बहस। UP CM योगी आदित्यनाथ ने टीवी चैनल से बात की। "
        "प्रयागराज में उमेश पाल की हत्या के बाद UP पुलिस सक्रिय है।"
    )
    assert all(len(k.variants) == 1 for k in hb.keywords(text, top=10)), [(k.text, k.variants) for k in hb.keywords(text)]


def test_a_variation_selector_after_a_word_is_no_other_keyword():
    # An emoji picker's variation selector glued to a word ("योजना\ufe0e") made it a keyword and a variant of its own,
    # shown with the selector (a review).
    keywords = hb.keywords("सरकार\ufe0f ने योजना शुरू की। इस योजना\ufe0e से सरकार को लाभ हुआ। सरकार ने योजना का प्रचार किया।")
    plan = [k for k in keywords if k.text.startswith("योजना")]
    assert [(k.text, k.variants, k.count) for k in plan] == [("योजना", ("योजना",), 3)]

