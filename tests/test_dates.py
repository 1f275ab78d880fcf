"""Publication dates read from Hindi article text."""

from __future__ import annotations

import datetime as dt

import pytest

from hindi_brief import Pipeline
from hindi_brief.dates import article_date, find_dates, parse_date
from hindi_brief.errors import InvalidOptionError

NLP = Pipeline(tagger="none")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Update: 2025-02-06 17:02 GMT", dt.date(2025, 2, 6)),
        ("2025-02-06T17:02:00+05:30", dt.date(2025, 2, 6)),
        ("कल, 01 जुलाई, 2025 को बातचीत हुई", dt.date(2025, 7, 1)),
        ("6 फरवरी 2025", dt.date(2025, 2, 6)),
        ("६ फ़रवरी २०२५ को", dt.date(2025, 2, 6)),  # Devanagari digits, nukta letter
        ("६ फ़रवरी २०२५ को", dt.date(2025, 2, 6)),  # decomposed nukta (NFC form)
        ("मंगलवार, 1 जुलाई 2025", dt.date(2025, 7, 1)),
        ("12 मई, 2023 को", dt.date(2023, 5, 12)),
        ("15 सितम्बर 2024", dt.date(2024, 9, 15)),
        ("3 अक्तूबर 2022", dt.date(2022, 10, 3)),
        ("Published: 06 Feb 2025, 17:02 IST", dt.date(2025, 2, 6)),
        ("July 1, 2025", dt.date(2025, 7, 1)),
        ("०६/०२/२०२५", dt.date(2025, 2, 6)),  # day first, as Indian papers write it
    ],
)
def test_full_dates_are_found(text: str, expected: dt.date) -> None:
    found = find_dates(text)
    assert [d.date for d in found] == [expected]
    assert text[found[0].start : found[0].end] == found[0].text


@pytest.mark.parametrize(
    "text",
    [
        "जिसे 2015 में दस साल के लिए नवीनीकृत किया गया था।",  # a year alone dates another event
        "पांचवीं 2+2 मंत्रिस्तरीय वार्ता नवंबर 2023 में नई दिल्ली में हुई।",  # month + year
        "31 फरवरी 2024",  # no such day
        "मैच 6 फरवरी को होगा",  # no year
        "1 जुलाईस 2025",  # not a month name
        "कीमत 2,500 रुपये",
    ],
)
def test_partial_or_impossible_dates_are_not_taken(text: str) -> None:
    assert find_dates(text) == []


def test_seed_dates(seed000: str, seed001: str) -> None:
    feb = article_date(NLP(seed000))
    assert feb is not None and feb.date == dt.date(2025, 2, 6) and feb.source == "dateline"
    jul = article_date(NLP(seed001))
    assert jul is not None and jul.date == dt.date(2025, 7, 1) and jul.source == "lead"
    assert seed001[jul.start : jul.end] == "01 जुलाई, 2025"


def test_dateline_wins_over_dates_in_the_lead() -> None:
    text = "शीर्षक यहाँ है\n\nUpdate: 2024-03-05 10:00 IST\nसमझौता 1 जनवरी 2020 को हुआ था। आगे की बात।"
    found = article_date(NLP(text))
    assert found is not None and found.date == dt.date(2024, 3, 5)


def test_dates_deep_in_the_body_are_ignored() -> None:
    lead = "".join(f"यह वाक्य संख्या {i} है। " for i in range(8))
    found = article_date(NLP("शीर्षक यहाँ है\n\n" + lead + "समझौता 1 जनवरी 2020 को हुआ था।"))
    assert found is None


def test_parse_date() -> None:
    assert parse_date("2025-07-01") == dt.date(2025, 7, 1)
    assert parse_date("1 जुलाई 2025") == dt.date(2025, 7, 1)
    assert parse_date(dt.datetime(2025, 7, 1, 9, 30)) == dt.date(2025, 7, 1)
    for bad in ("जुलाई", "2025", 20250701, None):
        with pytest.raises(InvalidOptionError):
            parse_date(bad)
