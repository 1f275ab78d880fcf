"""Bad input: a typed error from the ``HindiBriefError`` hierarchy saying what was wrong,
or a documented empty / low-confidence result (see docs/reliability.md)."""

from __future__ import annotations

import pytest

import hindi_brief as hb
from hindi_brief import HindiBriefError, InvalidInputError
from hindi_brief.text.clean import clean
from strategies import check_brief, check_document, has_rank, pipeline

NOT_STR = [
    (None, "None"),
    (b"\xe0\xa4\xb9\xe0\xa4\xbf", "decode"),
    (bytearray(b"abc"), "decode"),
    (memoryview(b"abc"), "decode"),
    (42, "int"),
    (3.5, "float"),
    (True, "bool"),
    (["पहला वाक्य।"], "list"),
    ({"text": "पहला वाक्य।"}, "dict"),
    (object(), "object"),
]

HTML_PAGE = """<!DOCTYPE html>
<html lang="hi"><head><meta charset="utf-8"><title>राजनाथ सिंह ने बात की | समाचार</title>
<script>window.dataLayer = window.dataLayer || [];</script></head>
<body><nav><a href="/">होम</a> <a href="/desh">देश</a></nav>
<h1>राजनाथ सिंह ने अमेरिकी रक्षा सचिव से बात की</h1>
<p>रक्षा मंत्री राजनाथ सिंह ने अमेरिकी रक्षा सचिव से फोन पर बात की।</p>
</body></html>
"""
ENGLISH = (
    "Rajnath Singh speaks to US Defence Secretary\n\n"
    "Defence Minister Rajnath Singh spoke to the US Defence Secretary on Thursday. "
    "Both sides agreed to deepen defence cooperation. They also discussed regional security."
)
URDU = (
    "راجناتھ سنگھ نے امریکی وزیر دفاع سے بات کی\n\n"
    "وزیر دفاع راجناتھ سنگھ نے جمعرات کو امریکی وزیر دفاع سے فون پر بات کی۔ "
    "دونوں رہنماؤں نے دفاعی تعاون بڑھانے پر اتفاق کیا۔"
)
MARATHI = (
    "राजनाथ सिंह यांची अमेरिकी संरक्षण सचिवांशी चर्चा\n\n"
    "संरक्षण मंत्री राजनाथ सिंह यांनी गुरुवारी अमेरिकी संरक्षण सचिवांशी दूरध्वनीवरून चर्चा केली. "
    "दोन्ही नेत्यांनी संरक्षण सहकार्य वाढवण्यावर सहमती दर्शवली."
)


@pytest.mark.parametrize(("bad", "words"), NOT_STR, ids=[w for _, w in NOT_STR])
def test_non_str_is_an_invalid_input_error_naming_the_type(bad: object, words: str) -> None:
    nlp = pipeline()
    with pytest.raises(InvalidInputError, match=words) as info:
        nlp(bad)  # type: ignore[arg-type]
    assert isinstance(info.value, HindiBriefError)
    with pytest.raises(InvalidInputError, match=words):
        nlp.make_doc(bad)  # type: ignore[arg-type]


@pytest.mark.skipif(not has_rank(), reason="hindi_brief.rank (briefs) is not in this checkout yet")
@pytest.mark.parametrize(("bad", "words"), NOT_STR[:5], ids=[w for _, w in NOT_STR[:5]])
def test_non_str_brief_is_an_invalid_input_error(bad: object, words: str) -> None:
    with pytest.raises(InvalidInputError, match=words):
        pipeline().brief(bad)  # type: ignore[arg-type]


def test_str_subclass_is_accepted() -> None:
    class Article(str):
        pass

    text = Article("शीर्षक यहाँ\n\nपहला वाक्य है। दूसरा वाक्य है।")
    doc = pipeline()(text)
    assert [s.text for s in doc.sentences] == ["पहला वाक्य है।", "दूसरा वाक्य है।"]


@pytest.mark.parametrize("text", ["", " ", "\n\n\t\u00a0\n", "\ufeff", "\u200b\u200c\u200d"])
def test_empty_and_whitespace_give_an_empty_document(text: str) -> None:
    doc = pipeline()(text)
    assert doc.is_empty and doc.hindi_ratio == 0.0


@pytest.mark.skipif(not has_rank(), reason="hindi_brief.rank (briefs) is not in this checkout yet")
@pytest.mark.parametrize("text", ["", "   \n\n", "।।। ... !!"])
def test_empty_text_gives_an_empty_brief(text: str) -> None:
    brief = pipeline().brief(text)
    check_brief(brief, text)
    assert not brief.summary and brief.keywords == ()


@pytest.mark.parametrize("headline", ["auto", "first-line", "none"])
def test_invisible_first_line_is_no_headline_and_no_sentence(headline: str) -> None:
    # headline="first-line" used to crash with IndexError on a first line of only "\u200b".
    for first in ("\u200b", "\u200c\u200d", "\x00", "\u202e"):
        text = f"{first}\nपहला वाक्य है।"
        doc = pipeline(headline=headline)(text)
        check_document(doc, text)
        assert doc.headline is None and [s.text for s in doc.sentences] == ["पहला वाक्य है।"]


def test_html_page_source_is_rejected_with_what_to_do() -> None:
    with pytest.raises(InvalidInputError, match="HTML page.*extract the article"):
        pipeline()(HTML_PAGE)
    # Without the doctype, a <head> and a <body> are enough to tell a page.
    with pytest.raises(InvalidInputError, match="HTML page"):
        pipeline()(HTML_PAGE.split("\n", 1)[1].replace("<html lang=\"hi\">", ""))


def test_article_with_stray_tags_is_cleaned_not_rejected() -> None:
    text = "शीर्षक यहाँ\n\nरक्षा मंत्री ने <b>बात</b> की।<br/> <p>दोनों पक्ष सहमत हुए।</p>\n-->"
    doc = pipeline()(text)
    check_document(doc, text)
    # An inline tag does not cut its sentence; a paragraph or line-break tag ends one.
    assert [s.text for s in doc.sentences] == ["रक्षा मंत्री ने <b>बात</b> की।", "दोनों पक्ष सहमत हुए।"]
    assert [t.text for t in doc.sentences[0].tokens] == ["रक्षा", "मंत्री", "ने", "बात", "की", "।"]
    assert {r.reason for r in doc.removed} == {"html"}


def test_english_only_is_processed_with_hindi_ratio_zero() -> None:
    doc = pipeline()(ENGLISH)
    check_document(doc, ENGLISH)
    assert doc.hindi_ratio == 0.0 and len(doc.sentences) == 3


def test_urdu_is_processed_with_hindi_ratio_zero() -> None:
    doc = pipeline()(URDU)
    check_document(doc, URDU)
    assert doc.hindi_ratio == 0.0 and doc.sentences


def test_marathi_is_devanagari_so_reads_as_hindi() -> None:
    # Documented limitation: hindi_ratio measures the script, not the language.
    doc = pipeline()(MARATHI)
    check_document(doc, MARATHI)
    assert doc.hindi_ratio == 1.0 and len(doc.sentences) == 2


def test_mixed_text_hindi_ratio_is_a_share() -> None:
    doc = pipeline()("भारत की राजधानी New Delhi है।")
    assert 0.5 < doc.hindi_ratio < 1.0


@pytest.mark.skipif(not has_rank(), reason="hindi_brief.rank (briefs) is not in this checkout yet")
@pytest.mark.parametrize("text", [ENGLISH, URDU, MARATHI], ids=["english", "urdu", "marathi"])
def test_not_hindi_briefs_keep_invariants(text: str) -> None:
    brief = pipeline().brief(text)
    check_brief(brief, text)


def test_single_100k_character_line() -> None:
    words = "रक्षा मंत्री राजनाथ सिंह ने अमेरिकी सचिव से बात की".split()
    text = " ".join(words[i % len(words)] for i in range(20_000))[:100_000].rstrip()
    text += "क" * (100_000 - len(text))
    assert len(text) == 100_000 and "\n" not in text
    doc = pipeline()(text)
    check_document(doc, text)
    assert len(doc.sentences) == 1 and len(doc.sentences[0].tokens) > 10_000


def test_pathological_lines_that_used_to_be_quadratic() -> None:
    # Each took minutes at 200k characters before the linear fixes in hindi_brief/text
    # (benchmarks/scaling.py shows the growth); here they just have to come out right.
    dotted = "a." * 20_000
    doc = pipeline()(dotted)
    assert sum(len(s.tokens) for s in doc.sentences) == 40_000
    html = "<p>शब्द</p>" * 5_000
    doc = pipeline()(html)
    assert len(doc.sentences) == 5_000 and {s.text for s in doc.sentences} == {"शब्द"}
    credits = "शब्द (PTI) " * 5_000
    assert len(clean(credits).removed) == 5_000


def test_html_tag_enclosing_an_agency_credit_is_not_kept() -> None:
    text = "पहली पंक्ति है।\nयह <a (PTI)>खबर है।"
    kept = [text[s:e] for s, e in clean(text).kept]
    assert kept == ["पहली पंक्ति है।", "यह", "खबर है।"]


def test_ten_megabyte_article_is_processed() -> None:
    paragraph = (
        "रक्षा मंत्री राजनाथ सिंह ने अमेरिकी रक्षा सचिव से फोन पर बात की। "
        "दोनों नेताओं ने रक्षा सहयोग बढ़ाने पर सहमति जताई। "
        "उन्होंने क्षेत्रीय सुरक्षा पर भी चर्चा की।"
    )
    # Distinct paragraphs (a running number), so the duplicate-line cleaner keeps them.
    parts, size, i = [], 0, 0
    while size < 10_000_000:
        para = f"{paragraph} यह अनुच्छेद {i} है।"
        parts.append(para)
        size += len(para.encode("utf-8")) + 2
        i += 1
    text = "\n\n".join(parts)
    doc = pipeline().make_doc(text)
    assert len(doc.sentences) == 4 * len(parts)
    last = doc.sentences[-1]
    assert text[last.start:last.end] == last.text == f"यह अनुच्छेद {len(parts) - 1} है।"


def test_every_deliberate_error_is_one_hierarchy() -> None:
    for name in ("InvalidInputError", "InvalidOptionError", "ModelError", "MissingDependencyError", "WorkerError"):
        assert issubclass(getattr(hb, name), HindiBriefError)


@pytest.mark.skipif(not has_rank(), reason="hindi_brief.rank (briefs) is not in this checkout yet")
def test_a_sentence_count_beyond_any_document_is_the_whole_document(seed000: str) -> None:
    nlp = hb.Pipeline(tagger="none")
    whole = nlp.brief(seed000, sentences=10**30)
    assert whole.summary.sentences and whole.summary == nlp.brief(seed000, sentences=len(whole.document.sentences)).summary
    out = list(nlp.pipe_briefs([seed000, seed000], sentences=10**30, errors="collect"))
    assert all(isinstance(b, hb.Brief) for b in out)


def test_unknown_tagger_options_are_an_invalid_option_error() -> None:
    with pytest.raises(hb.InvalidOptionError, match="bogus.*model_dir"):
        hb.Pipeline(tagger_options={"bogus": 1})
    with pytest.raises(hb.InvalidOptionError):
        hb.Pipeline(tagger="none", tagger_options={"bogus": 1})


def test_the_maximum_input_size_is_an_option_with_a_clear_error() -> None:
    nlp = hb.Pipeline(tagger="none", max_chars=1_000)
    assert "max_chars=1000" in repr(nlp) and hb.Pipeline(tagger="none").max_chars == 10_000_000
    text = "भारत और अमेरिका ने रक्षा सहयोग पर बात की। " * 40  # 1,680 characters
    with pytest.raises(InvalidInputError, match="1,680 characters, more than max_chars=1,000"):
        nlp(text)
    assert hb.Pipeline(tagger="none", max_chars=None)(text).sentences
    out = list(nlp.pipe([text, text[:500]], errors="collect"))
    assert isinstance(out[0], hb.BatchError) and "max_chars" in out[0].message and isinstance(out[1], hb.Document)
    for bad in (0, -1, 2.5, "10", True):
        with pytest.raises(hb.InvalidOptionError):
            hb.Pipeline(tagger="none", max_chars=bad)


def test_caches_hold_no_long_strings() -> None:
    import tracemalloc

    nlp = hb.Pipeline(tagger="none")
    # Load lazily built state, and the short words of these documents, outside the measurement: run
    # after other tests, their first sight filled word tables by some 20 KB a document.
    for i in range(24):
        nlp.brief(f"खबर {i}: " + "क" * 50 + f"ख{i}। अंत।")
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    # Each document one unique 50,000-character word (100 KB as a string): caches that kept such words held
    # about 500 KB a document, 12 MB for these 24.
    for i in range(24):
        nlp.brief(f"खबर {i}: " + "क" * 50_000 + f"ख{i}। अंत।")
    held = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    assert held < 1_000_000, f"{held:,} bytes held after 24 documents"
