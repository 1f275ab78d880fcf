"""The word lists of hindi_brief/text/lexicon/: one file per list, one loader, used everywhere."""

from __future__ import annotations

from importlib import resources

import pytest

import hindi_brief as hb
from hindi_brief.dates import find_dates
from hindi_brief.rank.keyphrase import vocabulary as kw
from hindi_brief.text.clean import clean
from hindi_brief.text.lexicon import LISTS, groups, month_names, parse, words
from hindi_brief.text.normalize import normalize, spelling_key
from hindi_brief.text.stopwords import REPORTING_VERBS, STOPWORDS


@pytest.mark.parametrize("name", LISTS)
def test_every_list_loads_normalised_and_without_repeats(name):
    entries = groups(name)
    assert entries, name
    flat = [w for g in entries for w in g]
    assert all(w == normalize(w) and w.strip() == w and "#" not in w for w in flat)
    assert len(set(flat)) == len(flat), f"{name} repeats a spelling"


def test_parse_skips_bom_comments_and_blank_lines_and_composes():
    raw = "\ufeff# comment\n\nकहा  # say\nफ़रवरी फ़रवरी\n"  # the second spelling is decomposed
    assert parse(raw) == (("कहा",), ("फ़रवरी", "फ़रवरी"))


def test_unknown_list_is_refused():
    with pytest.raises(ValueError):
        words("nonexistent")


def test_stopwords_and_reporting_verbs_come_from_the_lexicon():
    assert STOPWORDS == words("stopwords") and {"में", "की", "है"} <= STOPWORDS
    assert REPORTING_VERBS == words("reporting_verbs") and "कहा" in REPORTING_VERBS


def test_one_month_list_for_cleaning_and_dates():
    # "अप्रेल" is a month spelling in both places now: the date line is removed and parsed.
    assert month_names()["अप्रेल"] == 4 and len({v for v in month_names().values()}) == 12
    text = "राम ने बाज़ार से सब्ज़ी खरीदी और घर लौटा।\n3 अप्रेल 2025\nउसने खाना बनाया और सबको खिलाया।"
    removed = clean(text).removed
    assert any(r.reason == "dateline" and "अप्रेल" in text[r.start : r.end] for r in removed)
    assert [(d.date.month, d.date.day) for d in find_dates("3 अप्रेल 2025")] == [(4, 3)]


def test_titles_hold_only_designations():
    assert kw.TITLES == frozenset(map(spelling_key, words("titles")))
    assert not {"सरकार", "केंद्रीय", "प्रमुख"} & kw.TITLES
    assert {"मंत्री", "मुख्यमंत्री"} <= kw.TITLES


def test_attribution_uses_the_reporting_verbs():
    text = (
        "सरकार ने नई शिक्षा नीति को मंजूरी दे दी है और इसे अगले साल से लागू किया जाएगा। "
        "मंत्री ने एक्स पर एक पोस्ट में लिखा। "
        "नीति में स्कूलों के पाठ्यक्रम में बड़े बदलाव किए गए हैं और शिक्षकों का प्रशिक्षण भी होगा।"
    )
    summary = hb.summarize(text, sentences=3)
    assert all("पोस्ट में लिखा" not in s.text for s in summary.sentences)


_CONJUNCT_CONLLU = """\
# sent_id = 1
1	सरकार	सरकार	NOUN	NN	_	4	nsubj	_	_
2	ने	ने	ADP	PSP	_	1	case	_	_
3	शुरू	शुरू	NOUN	NN	_	4	compound	_	_
4	किया	कर	VERB	VM	_	0	root	_	_

# sent_id = 2
1	शुरू	शुरू	NOUN	NN	_	2	compound	_	_
2	हुआ	हो	VERB	VM	_	0	root	_	_

# sent_id = 3
1	सरकार	सरकार	NOUN	NN	_	3	nsubj	_	_
2	जांच	जांच	NOUN	NN	_	3	compound	_	_
3	करेगी	कर	VERB	VM	_	0	root	_	_

# sent_id = 4
1	जांच	जांच	NOUN	NN	_	2	nsubj	_	_
2	हुई	हो	VERB	VM	_	0	root	_	_
"""


def test_light_verb_nouns_are_the_words_used_inside_conjunct_verbs(tmp_path):
    # "शुरू" is the nominal part of a conjunct verb each time it occurs, "जांच" once of twice, "सरकार" never.
    from hindi_brief.training.conllu import read_conllu
    from hindi_brief.training.word_lists import light_verb_nouns, non_nominal_words, number_words

    path = tmp_path / "tiny.conllu"
    path.write_text(_CONJUNCT_CONLLU, encoding="utf-8")
    sentences = list(read_conllu(path))
    assert sentences[0].heads == (4, 1, 4, 0) and sentences[0].deprels[2] == "compound"
    assert light_verb_nouns(sentences, min_count=2, min_share=0.9) == [("शुरू", 2, 1.0)]
    assert [w for w, _, _ in light_verb_nouns(sentences, min_count=2, min_share=0.5)] == ["जांच", "शुरू"]
    # "कर" heads a conjunct verb's noun both times it occurs, "हो" once of twice.
    from hindi_brief.training.word_lists import light_verbs

    assert light_verbs(sentences, min_count=2, min_share=0.9) == [("कर", 2, 1.0)]
    assert light_verbs(sentences, min_count=2, min_share=0.5) == [("कर", 2, 1.0), ("हो", 2, 0.5)]
    assert number_words(sentences) == []  # no word here is tagged NUM
    # Verbs and a postposition, as forms and lemmas ("कर" is the lemma of "किया" and "करेगी"); the nouns
    # "सरकार", "शुरू" and "जांच" are left out.
    assert non_nominal_words(sentences, min_count=2) == [("कर", 2, 1.0), ("हो", 2, 1.0)]
    assert [w for w, _, _ in non_nominal_words(sentences, min_count=1)][2:] == ["करेगी", "किया", "ने", "हुआ", "हुई"]


_COUNTED_CONLLU = """\
# sent_id = 1
1	पांच	पांच	NUM	QC	_	2	nummod	_	_
2	रुपये	रुपया	NOUN	NN	_	3	obj	_	_
3	दिए	दे	VERB	VM	_	0	root	_	_

# sent_id = 2
1	दस	दस	NUM	QC	_	2	nummod	_	_
2	रुपये	रुपया	NOUN	NN	_	4	nmod	_	_
3	की	का	ADP	PSP	_	2	case	_	_
4	किताब	किताब	NOUN	NN	_	5	obj	_	_
5	ली	ले	VERB	VM	_	0	root	_	_

# sent_id = 3
1	दो	दो	NUM	QC	_	2	nummod	_	_
2	किताबें	किताब	NOUN	NN	_	3	obj	_	_
3	पढ़ीं	पढ़	VERB	VM	_	0	root	_	_
"""


def test_unit_nouns_are_the_nouns_a_number_counts(tmp_path):
    # "रुपया" has a number modifier both times it occurs, "किताब" once of twice.
    from hindi_brief.training.conllu import read_conllu
    from hindi_brief.training.word_lists import unit_nouns

    path = tmp_path / "counted.conllu"
    path.write_text(_COUNTED_CONLLU, encoding="utf-8")
    sentences = list(read_conllu(path))
    assert unit_nouns(sentences, min_count=2, min_share=0.9) == [("रुपया", 2, 1.0)]
    assert unit_nouns(sentences, min_count=2, min_share=0.5) == [("किताब", 2, 0.5), ("रुपया", 2, 1.0)]
    assert unit_nouns(sentences, min_count=3) == []


_LOCATED_CONLLU = """# sent_id = 1
1	नागपुर	नागपुर	PROPN	NNP	_	2	obl	_	_
2	स्थित	स्थित	ADJ	JJ	_	3	amod	_	_
3	कार्यालय	कार्यालय	NOUN	NN	_	4	nsubj	_	_
4	खुला	खुल	VERB	VM	_	0	root	_	_

# sent_id = 2
1	घर	घर	NOUN	NN	_	3	nsubj	_	_
2	नया	नया	ADJ	JJ	_	3	amod	_	_
3	है	है	AUX	VM	_	0	root	_	_

# sent_id = 3
1	शहर	शहर	NOUN	NN	_	2	obl	_	_
2	स्थित	स्थित	ADJ	JJ	_	3	amod	_	_
3	बाजार	बाजार	NOUN	NN	_	0	root	_	_
4	नया	नया	ADJ	JJ	_	3	amod	_	_
"""


def test_noun_taking_adjectives_govern_the_noun_before_them(tmp_path):
    # "स्थित" follows a noun twice and governs it both times; "नया" follows a noun twice and governs it neither time.
    from hindi_brief.training.conllu import read_conllu
    from hindi_brief.training.word_lists import noun_taking_adjectives

    path = tmp_path / "located.conllu"
    path.write_text(_LOCATED_CONLLU, encoding="utf-8")
    sentences = list(read_conllu(path))
    assert noun_taking_adjectives(sentences, min_count=2, min_share=0.5) == [("स्थित", 2, 1.0)]
    assert noun_taking_adjectives(sentences, min_count=3) == []


def test_standalone_places_are_names_alone_and_with_a_locative():
    # "भारत" stands alone 3 of 4 times and takes "में" / "से" twice; "खान" follows a first name 2 of 3 times;
    # "कांग्रेस" stands alone every time but never takes a locative (a party); "सरकार" is no name.
    from hindi_brief.training.word_lists import standalone_places

    sentences = [
        (("भारत", "में", "इमरान", "खान", "से", "बात", "हुई"), ("NNP", "PSP", "NNP", "NNP", "PSP", "NN", "VM")),
        (("सलमान", "खान", "भारत", "आए"), ("NNP", "NNP", "NNP", "VM")),
        (("खान", "ने", "भारत", "से", "कहा"), ("NNP", "PSP", "NNP", "PSP", "VM")),
        (("कांग्रेस", "ने", "भारत", "सरकार", "से", "कहा", "कि", "कांग्रेस", "जीतेगी"),
         ("NNP", "PSP", "NNP", "NN", "PSP", "VM", "CC", "NNP", "VM")),
    ]
    assert standalone_places(sentences, min_count=2, min_share=0.7) == [("भारत", 4, 0.75)]
    assert standalone_places(sentences, min_count=2, min_share=0.3) == [("भारत", 4, 0.75), ("खान", 3, 1 / 3)]
    assert standalone_places(sentences, min_count=2, min_share=0.7, min_locative=0.6) == []


def test_common_nouns_are_words_tagged_nn_often_enough():
    # "नीति" is NN 2 of 2 times; "दिवस" 1 of 3 (a day's name twice, NNP); "सिंह" never; "हिन्दी"/"हिंदी" are one
    # word spelled two ways, written in its commoner spelling.
    from hindi_brief.training.word_lists import common_nouns

    sentences = [
        (("राष्ट्रीय", "शिक्षा", "नीति", "पर", "राजनाथ", "सिंह", "बोले"), ("NNP", "NNP", "NN", "PSP", "NNP", "NNP", "VM")),
        (("हिंदी", "दिवस", "पर", "नीति", "बनी"), ("NNP", "NNP", "PSP", "NN", "VM")),
        (("हिंदी", "दिवस", "और", "हिन्दी", "सिंह", "का", "दिवस"), ("NN", "NNP", "CC", "NN", "NNP", "PSP", "NN")),
    ]
    assert common_nouns(sentences, min_count=2, min_share=0.3) == [("दिवस", 3, 1 / 3), ("हिंदी", 3, 2 / 3), ("नीति", 2, 1.0)]
    assert common_nouns(sentences, min_count=2, min_share=0.5) == [("हिंदी", 3, 2 / 3), ("नीति", 2, 1.0)]
    assert common_nouns(sentences, min_count=4) == []


def test_number_bound_words_are_adjectives_after_a_cardinal():
    # "दिवसीय" is JJ after a cardinal 2 of 2 times; "बड़ा" JJ after one once of 2; "रुपये" after one each time, but NN.
    from hindi_brief.training.word_lists import number_bound

    sentences = [
        (("सात", "दिवसीय", "यात्रा", "पर", "दो", "बड़ा", "फैसला"), ("QC", "JJ", "NN", "PSP", "QC", "JJ", "NN")),
        (("तीन", "दिवसीय", "मेला", "और", "बड़ा", "दिल"), ("QC", "JJ", "NN", "CC", "JJ", "NN")),
        (("पांच", "रुपये", "और", "दस", "रुपये"), ("QC", "NN", "CC", "QC", "NN")),
    ]
    assert number_bound(sentences, min_count=2, min_share=0.6) == [("दिवसीय", 2, 1.0)]
    assert number_bound(sentences, min_count=2, min_share=0.5) == [("दिवसीय", 2, 1.0), ("बड़ा", 2, 0.5)]
    assert number_bound(sentences, min_count=3, min_share=0.5) == []


def test_intensifiers_are_words_tagged_intf_in_half_their_uses():
    # "सबसे" is INTF 2 of 2 times; "बहुत" 1 of 2 (the other a quantifier, QF); "काफी" 0 of 2.
    from hindi_brief.training.word_lists import intensifiers

    sentences = [
        (("सबसे", "बड़ा", "बहुत", "लोग"), ("INTF", "JJ", "QF", "NN")),
        (("सबसे", "अच्छा", "बहुत", "तेज", "काफी", "लोग", "काफी"), ("INTF", "JJ", "INTF", "JJ", "QF", "NN", "QF")),
    ]
    assert intensifiers(sentences, min_count=2) == frozenset({"सबसे", "बहुत"})
    assert intensifiers(sentences, min_count=2, min_share=0.9) == frozenset({"सबसे"})


def test_gradable_adjectives_follow_an_intensifier_often_enough():
    # "बड़ा" follows an intensifier 2 of 4 times; "भारतीय" never; "अच्छा" once (below min_intensified).
    from hindi_brief.training.word_lists import gradable_adjectives

    uses = [
        (("बड़ा", "फैसला"), ("ADJ", "NOUN"), (True, False)),
        (("बड़ा", "भारतीय", "कंपनी"), ("ADJ", "ADJ", "NOUN"), (True, False, False)),
        (("बड़ा", "भारतीय", "अच्छा"), ("ADJ", "ADJ", "ADJ"), (False, False, True)),
        (("बड़ा", "भारतीय", "अच्छा", "भारतीय"), ("ADJ", "ADJ", "ADJ", "ADJ"), (False, False, False, False)),
    ]
    assert gradable_adjectives(uses, min_count=2, min_share=0.3, min_intensified=2) == [("बड़ा", 4, 0.5)]
    assert gradable_adjectives(uses, min_count=2, min_share=0.3, min_intensified=1) == [("बड़ा", 4, 0.5), ("अच्छा", 2, 0.5)]
    assert gradable_adjectives(uses, min_count=5, min_share=0.3, min_intensified=1) == []


def test_shipped_lists_drawn_from_data_are_what_the_command_writes(data_dir, tmp_path):
    from hindi_brief.training import word_lists

    assert word_lists.main(["--data", str(data_dir / "ud_hindi"), "--out", str(tmp_path)]) == 0
    for name in (
        "light_verb_nouns", "conjunct_nouns", "light_verbs", "number_words", "non_nominal_words", "unit_nouns",
        "standalone_places", "number_bound", "common_nouns", "gradable_adjectives", "noun_taking_adjectives", "quantifiers",
        "nominal_words",
    ):
        shipped = resources.files("hindi_brief.text.lexicon").joinpath(f"{name}.txt").read_text(encoding="utf-8")
        assert parse((tmp_path / f"{name}.txt").read_text(encoding="utf-8")) == parse(shipped)
    assert {"दो", "तीन", "हजार"} <= words("number_words") and "शुरू" in words("light_verb_nouns")
    assert {"पता", "कोशिश"} <= words("conjunct_nouns") and {"कर", "हो", "दे"} <= words("light_verbs")
    assert not {"मिल", "पहुंच"} & words("light_verbs")
    assert {"रुपया", "फीसदी", "डॉलर"} <= words("unit_nouns")
    assert {"भारत", "पाकिस्तान", "पंजाब"} <= words("standalone_places")
    assert not {"सिंह", "खान", "कांग्रेस", "भाजपा", "बुधवार"} & words("standalone_places")
    assert {"दिवसीय", "वर्षीय", "सदस्यीय", "सूत्री"} <= words("number_bound") and not {"बड़ा", "नया"} & words("number_bound")
    assert {"नीति", "दिवस", "अधिनियम", "संगठन", "किसान"} <= words("common_nouns")
    assert not {"राजनाथ", "सिंह", "मोदी", "कुमार"} & words("common_nouns")
    assert {"स्थित", "नामक"} <= words("noun_taking_adjectives") and not {"नया", "मौजूद", "कम"} & words("noun_taking_adjectives")
    assert {"कई", "अधिक", "कुल", "आधा"} <= words("quantifiers") and not {"भारत", "नया", "बड़ा"} & words("quantifiers")
    assert {"बड़ा", "अच्छा", "प्रसिद्ध"} <= words("gradable_adjectives")
    assert not {"भारतीय", "राष्ट्रीय", "आर्थिक", "सोशल", "नया"} & words("gradable_adjectives")


def test_measure_units_are_written_by_hand_beside_the_units_drawn_from_data():
    # measure_units.txt holds the units HDTB has too few of; a unit of unit_nouns.txt is not repeated there.
    units = words("measure_units")
    assert {"किमी", "किलोमीटर", "किलो", "किग्रा", "लीटर"} <= units
    assert not units & words("unit_nouns")
    assert not {"ग्राम", "डिग्री", "यूनिट", "सेमी"} & units  # also a village, a degree, a unit of a firm, semi-


def test_nominal_words_are_words_tagged_nn_or_jj_at_all():
    # "बड़ा" is JJ 2 of 2 times, "कवि" NN 1 of 2 (once in a name, NNP), "अली" never NN or JJ; "शिक्षा" is seen once,
    # too few to tell.
    from hindi_brief.training.word_lists import nominal_words

    sentences = [
        (("बड़ा", "कवि", "अली", "बोले"), ("JJ", "NN", "NNP", "VM")),
        (("कवि", "अली", "का", "बड़ा", "घर"), ("NNP", "NNP", "PSP", "JJ", "NN")),
        (("शिक्षा", "पर", "अली", "बोले"), ("NN", "PSP", "NNP", "VM")),
    ]
    assert nominal_words(sentences) == [("कवि", 2, 0.5), ("बड़ा", 2, 1.0)]
    assert nominal_words(sentences, min_share=0.6) == [("बड़ा", 2, 1.0)]
    assert nominal_words(sentences, min_count=1)[-1] == ("शिक्षा", 1, 1.0)


def test_quantifiers_are_words_tagged_qf_in_half_their_uses():
    from hindi_brief.training.word_lists import quantifiers

    sentences = [
        (("कई", "लोग", "आए"), ("QF", "NN", "VM")),
        (("कई", "दिन", "कम", "पानी"), ("QF", "NN", "JJ", "NN")),
        (("कम", "लोग", "कई", "बार"), ("QF", "NN", "QF", "NN")),
    ]
    assert quantifiers(sentences, min_count=2) == [("कई", 3, 1.0), ("कम", 2, 0.5)]
    assert quantifiers(sentences, min_count=2, min_share=0.6) == [("कई", 3, 1.0)]
