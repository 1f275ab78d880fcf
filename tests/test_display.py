"""Jupyter rendering and the corpus table."""

from __future__ import annotations

import json

import pytest

import hindi_brief as hb


@pytest.fixture(scope="module")
def briefs(seed_texts: list[str]) -> list[object]:
    return list(hb.Pipeline().pipe_briefs(seed_texts + [None], errors="collect", sentences=2, top=5))


def test_brief_html_highlights_chosen_sentences_with_ranks(briefs: list[object]) -> None:
    brief = briefs[0]
    html = brief._repr_html_()
    assert 'lang="hi"' in html and "Devanagari" in html
    assert html.count("<mark") == len(brief.summary) == 2
    for sent in brief.summary:
        assert f'title="rank {sent.rank}"' in html
    assert "removed boilerplate (4)" in html and "<details" in html
    assert brief.keywords[0].text in html
    assert len(repr(brief)) < 300  # plain repr stays short


def test_html_marks_only_hindi_text_as_hindi() -> None:
    # Every text rendered inside lang="hi" with no direction: Urdu laid out left to right, English read by a screen
    # reader with a Hindi voice (a review).
    nlp = hb.Pipeline(tagger="none")
    urdu = nlp.brief("یہ ایک اردو جملہ ہے۔ دوسرا جملہ یہاں ہے۔")
    for html in (urdu._repr_html_(), urdu.document._repr_html_()):
        assert html.startswith('<div dir="auto"'), html[:60]  # (the "no keywords" note is Hindi, and says so)
    assert 'lang="hi"' not in urdu.summary._repr_html_() and '<span dir="auto">' in urdu.summary._repr_html_()
    hindi = nlp.brief("भारत ने मैच जीता। टीम ने अच्छा खेल दिखाया।")
    assert '<div lang="hi" dir="auto"' in hindi._repr_html_() and '<span lang="hi" dir="auto">' in hindi.summary._repr_html_()


def test_html_escapes_text() -> None:
    doc = hb.Pipeline(tagger="none")("<b>शीर्षक</b> & \"उद्धरण\"\n\nयह <script>alert(1)</script> वाक्य है।")
    html = doc._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_summary_html_and_empty(briefs: list[object]) -> None:
    assert "score" in briefs[1].summary._repr_html_()
    empty = hb.brief("", pipeline=hb.Pipeline(tagger="none"))
    assert "empty" in empty._repr_html_()


def test_a_long_documents_display_is_bounded_and_keeps_the_chosen_sentences() -> None:
    # The HTML grew with the text (95 KB for 100,000 characters; a review): past DISPLAY_MAX_CHARS only the chosen
    # sentences are shown, and the removed spans listed are capped.
    from hindi_brief.display import DISPLAY_MAX_CHARS

    places = ["दिल्ली", "मुंबई", "पटना", "लखनऊ", "भोपाल", "जयपुर", "रांची", "शिमला", "इंदौर", "कानपुर", "आगरा"]
    deeds = ["नए मरीज मिले", "बारिश से सड़कें डूबीं", "किसानों ने धरना दिया", "स्कूल बंद रहे", "बिजली गुल रही",
             "मेट्रो सेवा रुकी", "पुलिस ने छापे मारे"]
    things = ["प्रशासन ने जांच बढ़ाई", "मंत्री ने बैठक बुलाई", "अदालत ने रिपोर्ट मांगी", "नगर निगम ने टीम भेजी",
              "विपक्ष ने इस्तीफा मांगा"]
    lines = [f"{places[i % 11]} में {deeds[i % 7]} और {things[i % 5]}, कुल {i} मामले दर्ज हुए।" for i in range(3000)]
    text = "\n\n".join(lines)
    brief = hb.brief(text, sentences=4, pipeline=hb.Pipeline(tagger="none"))
    html = brief._repr_html_()
    assert len(text) > 5 * DISPLAY_MAX_CHARS and len(html) < 3 * DISPLAY_MAX_CHARS
    assert html.count("<mark") == len(brief.summary) == 4 and "sentences not shown" in html
    assert all(s.text in html for s in brief.summary)
    assert "not shown" not in hb.brief(lines[0] + " " + lines[1])._repr_html_()
    # One sentence longer than the display (no sentence marks at all) is cut as well.
    unmarked = hb.Pipeline(tagger="none")("यह " * 100_000)
    assert len(unmarked._repr_html_()) < 2 * DISPLAY_MAX_CHARS
    # Its brief and summary were not: the summary block and the Summary's own display showed the whole sentence.
    whole = hb.brief("यह " * 100_000, pipeline=hb.Pipeline(tagger="none"))
    assert len(whole._repr_html_()) < 3 * DISPLAY_MAX_CHARS and len(whole.summary._repr_html_()) < 2 * DISPLAY_MAX_CHARS
    long_sentences = "".join(f"{places[i]} में {i + 1}{'बारिश हुई और ' * 1500}पानी भरा।\n\n" for i in range(5))
    every = hb.summarize(long_sentences, sentences=5, pipeline=hb.Pipeline(tagger="none"))
    assert len(every) == 5 and len(every._repr_html_()) < 2 * DISPLAY_MAX_CHARS
    assert "3 more sentences not shown (Summary.sentences holds them all)" in every._repr_html_()


def test_to_dataframe_one_row_per_article(briefs: list[object]) -> None:
    pytest.importorskip("pandas", reason="the pandas extra is not installed: pip install -e '.[pandas]'")
    table = hb.to_dataframe(briefs)
    assert list(table["summary_sentences"][:2]) == [2, 2]
    assert table["error"].isna().tolist() == [True, True, False]
    assert table["error"][2].startswith("InvalidInputError")
    assert table["keywords"][0] == [k.text for k in briefs[0].keywords]
    # The counts stay integers whether or not a row is an error (they used to become float64).
    counts = ["summary_sentences", "sentences", "words", "removed"]
    assert all(str(t) == "Int64" for t in table.dtypes[counts]), table.dtypes
    assert table[counts].iloc[2].isna().all() and table[counts].iloc[:2].notna().all().all()
    assert table["words"][0] == sum(len(s.words) for s in briefs[0].document.sentences)
    assert hb.to_dataframe(briefs[:2]).dtypes[counts].equals(table.dtypes[counts])
    with pytest.raises(hb.InvalidInputError):
        hb.to_dataframe(["not a brief"])
    with pytest.raises(hb.InvalidInputError):
        hb.to_dataframe("यह कोई ब्रीफ़ नहीं है")
    one = hb.to_dataframe(briefs[0])  # a single brief is a frame of one row
    assert len(one) == 1 and one["keywords"][0] == table["keywords"][0]
    # A corpus tally over the table counted spellings apart: the keys hb.keyword_key gives are a column of their own.
    assert one["keyword_keys"][0] == [hb.keyword_key(k) for k in briefs[0].keywords]
    # An empty frame has the same column types, so frames of several runs concatenate alike (hindi_ratio was
    # object there); (brief, context) pairs from as_tuples=True are told what to pass (both from a review).
    numbers = [*counts, "hindi_ratio"]
    assert hb.to_dataframe([]).dtypes[numbers].equals(table.dtypes[numbers])
    with pytest.raises(hb.InvalidInputError, match=r"\(brief, context\) pair.*\[b for b, _ in pairs\]"):
        hb.to_dataframe([(briefs[0], {"id": 1})])


def test_to_dataframe_dtypes_do_not_depend_on_the_rows_and_rows_keep_their_labels(
    briefs: list[object], seed_texts: list[str]
) -> None:
    pd = pytest.importorskip("pandas", reason="the pandas extra is not installed: pip install -e '.[pandas]'")
    # A frame of error rows only made its text columns float64 (so .str failed on them), an empty frame made them
    # object, and the input's index was lost, so df.join matched nothing (a notebook review).
    errors_only = hb.to_dataframe(briefs[2:])
    assert errors_only["summary"].str.len().isna().all()
    for frame in (hb.to_dataframe([]), errors_only, hb.to_dataframe(briefs[:2])):
        assert frame.dtypes.equals(hb.to_dataframe(briefs).dtypes), frame.dtypes
    assert str(errors_only.dtypes["headline"]) == "string" and str(errors_only.dtypes["keywords"]) == "object"
    # An error row's keyword columns held float NaN: a tally over the column stopped with a TypeError.
    assert errors_only["keywords"].map(len).tolist() == [0] and errors_only["keyword_scores"].tolist() == [[]]
    assert errors_only["keyword_keys"].tolist() == [[]]
    source = pd.DataFrame({"text": [seed_texts[0], None, seed_texts[1]]}, index=[101, 102, 103])
    out = hb.to_dataframe(hb.Pipeline(tagger="none").pipe_briefs(source["text"], errors="collect"), index=source.index)
    joined = source.join(out)
    assert joined["error"].isna().tolist() == [True, False, True] and joined["summary"].notna().tolist() == [True, False, True]
    assert list(hb.to_dataframe(pd.Series(briefs, index=list("abc"))).index) == list("abc")
    with pytest.raises(hb.InvalidInputError, match="3 briefs and an index of 2 labels"):
        hb.to_dataframe(briefs, index=[1, 2])
    for bad in (5, "abc"):  # a number was a bare TypeError; a string, three labels "a", "b", "c"
        with pytest.raises(hb.InvalidInputError, match="index must be an iterable of row labels"):
            hb.to_dataframe(briefs, index=bad)


def test_brief_to_dict_round_trips_through_json(briefs: list[object]) -> None:
    data = briefs[0].to_dict()
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert json.dumps(data, ensure_ascii=False) == json.dumps(briefs[0].to_dict(), ensure_ascii=False)


def test_a_headline_is_shown_without_the_markup_the_cleaner_removed() -> None:
    # The headline kept its tags and entities in every view (a notebook review): the HTML showed a literal "<b>".
    text = "मोदी&nbsp;ने <b>किसानों</b> से की बात\n\nप्रधानमंत्री मोदी ने आज किसानों से बात की और भरोसा दिया। किसानों ने धन्यवाद किया।"
    brief = hb.brief(text)
    assert brief.document.headline.text == "मोदी&nbsp;ने <b>किसानों</b> से की बात"  # the document keeps it as written
    shown = "मोदी ने किसानों से की बात"
    assert brief.headline == shown and brief.to_dict()["headline"] == shown and str(brief).startswith(shown + "\n")
    html = brief._repr_html_()
    assert f">{shown}</h3>" in html and "&lt;b&gt;" not in html[: html.index("</h3>")]
    assert hb.story([text, text.replace("आज", "कल")]).articles[0].headline == shown
    assert hb.brief("प्रधानमंत्री ने आज किसानों से बात की।").headline is None


def test_the_display_limit_is_read_when_shown_and_bounds_a_summary_of_half_a_text(monkeypatch) -> None:
    # DISPLAY_MAX_CHARS was read once, at import, by the summary's and story's displays; and a summary by ratio of a
    # long text showed every chosen sentence (880 KB for ratio=0.5 of 476,000 characters).
    import hindi_brief.display as display

    places = ["दिल्ली", "मुंबई", "पटना", "लखनऊ", "भोपाल", "जयपुर", "रांची", "शिमला", "इंदौर", "कानपुर", "आगरा"]
    deeds = ["नए मरीज मिले", "बारिश से सड़कें डूबीं", "किसानों ने धरना दिया", "स्कूल बंद रहे", "बिजली गुल रही",
             "मेट्रो सेवा रुकी", "पुलिस ने छापे मारे"]
    things = ["प्रशासन ने जांच बढ़ाई", "मंत्री ने बैठक बुलाई", "अदालत ने रिपोर्ट मांगी", "नगर निगम ने टीम भेजी",
              "विपक्ष ने इस्तीफा मांगा"]
    syllables = "कखगघचजटडतदपबमयरलवसह"

    def name(i: int) -> str:  # a made-up village name of its own per line, so that no two lines are alike
        return "".join(syllables[int(d) + 3 * k] for k, d in enumerate(f"{i:04d}")) + "पुर"

    text = "\n\n".join(
        f"{places[i % 11]} के {name(i)} गांव में {deeds[i % 7]} और {things[i % 5]}, कुल {i} मामले दर्ज हुए।"
        for i in range(4000)
    )
    brief = hb.brief(text, ratio=0.5, pipeline=hb.Pipeline(tagger="none"))
    assert len(brief.summary) > 1000 and len(text) > 15 * display.DISPLAY_MAX_CHARS
    html = brief._repr_html_()
    assert len(html) < 10 * display.DISPLAY_MAX_CHARS and "more sentences not shown (Summary.sentences holds them all)" in html
    before = len(brief.summary._repr_html_())
    monkeypatch.setattr(display, "DISPLAY_MAX_CHARS", 2000)
    assert len(brief.summary._repr_html_()) < min(5 * 2000, before / 5) and len(brief._repr_html_()) < len(html) / 5


def test_a_lone_surrogate_is_shown_and_tabulated_as_the_replacement_character() -> None:
    # Half of an emoji cut by a scraper: the API takes such text, but a notebook cell failed to show the brief
    # (its page is UTF-8) and to_dataframe failed the whole frame on pandas' Arrow strings (an API review).
    text = (
        "संसद में बजट पर बहस\n\nप्रधानमंत्री ने आज \ud83d संसद को संबोधित किया। विपक्ष ने बजट पर वॉकआउट किया। "
        "वित्त मंत्री ने संसद में बजट की नई नीति का बचाव किया।"
    )
    brief = hb.brief(text, sentences=2, top=5)
    assert "\ud83d" in brief.document.text  # the text itself is kept as given
    story = hb.story([text, text.replace("आज", "कल")])
    for shown in (brief, brief.summary, brief.keywords, brief.document, story):
        html = shown._repr_html_()
        html.encode("utf-8")
        assert "\ud83d" not in html
    assert "आज \ufffd संसद" in brief._repr_html_()
    pytest.importorskip("pandas", reason="the pandas extra is not installed: pip install -e '.[pandas]'")
    frame = hb.to_dataframe([brief])
    assert "\ufffd" in frame["summary"][0] and "\ud83d" not in frame["summary"][0]
    brief.keywords.to_dataframe()
    story.keywords.to_dataframe()


def test_a_long_keyword_list_is_shown_in_part(seed_texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    # An API review: top=10**6 gave a Keywords repr of 30 KB and a table of 750 KB, where Brief's repr stays short.
    from hindi_brief.display import DISPLAY_MAX_KEYWORDS
    from hindi_brief.results import REPR_MAX_KEYWORDS

    keywords = hb.keywords(" ".join(seed_texts), top=10**6)
    assert len(keywords) > REPR_MAX_KEYWORDS
    shown = repr(keywords)
    assert shown.endswith(f", … {len(keywords) - REPR_MAX_KEYWORDS} more])") and keywords[REPR_MAX_KEYWORDS - 1].text in shown
    assert repr(keywords[:3]) == f"Keywords({[k.text for k in keywords[:3]]!r})"
    many = hb.Keywords(list(keywords) * (DISPLAY_MAX_KEYWORDS // len(keywords) + 1))
    html = many._repr_html_()
    assert html.count("<tr>") == DISPLAY_MAX_KEYWORDS + 1  # the header and the rows shown; a note under the table
    assert f"[…] {len(many) - DISPLAY_MAX_KEYWORDS:,} more keywords not shown (the list holds them all)" in html
    # A story's table too (a review: a story of 218 keywords drew them all); capped at 20 here, as the seeds have 83.
    import hindi_brief.display as display

    monkeypatch.setattr(display, "DISPLAY_MAX_KEYWORDS", 20)
    story = hb.story(seed_texts, top=10**6)
    assert len(story.keywords) > 20
    assert story._repr_html_().count("<tr>") == 20 + 1
    assert f"[…] {len(story.keywords) - 20} more keywords not shown (StoryBrief.keywords holds them all)" in story._repr_html_()
