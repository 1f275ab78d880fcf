"""The word lists of hindi_brief/text/lexicon/: one file per list, one loader, used everywhere."""

from __future__ import annotations

import pytest

import hindi_brief as hb
from hindi_brief.dates import find_dates
from hindi_brief.rank import keywords as kw
from hindi_brief.text.clean import clean
from hindi_brief.text.lexicon import LISTS, groups, month_names, parse, words
from hindi_brief.text.normalize import normalize
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
    assert kw.TITLES == words("titles")
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
