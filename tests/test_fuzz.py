"""Property-based tests over the whole pipeline with Hindi-heavy scraped text.

No text may raise anything but our documented ``HindiBriefError`` subclasses (and
for a ``str`` nothing at all), and every result keeps its invariants (see
``tests/strategies.py``). The quick "ci" profile runs in the normal suite; the long
one (>= 10,000 examples per property) by::

    HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py -q
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hindi_brief.text.sentences import split_sentences
from hindi_brief.text.tokens import tokenize
from hindi_brief.text.clean import clean
from strategies import any_text, articles, check_brief, check_document, has_rank, hindi_texts, pipeline

EDGE_CASES = [
    "",
    " \n\t\u00a0\n",
    "।।।",
    "\u094d\u093c\u200d\u200c",  # combining marks with nothing to combine with
    "\ud800 क \udfff।",  # lone surrogates inside a str
    "क" * 5000,
    "a." * 3000,
    "<p>शब्द</p>" * 500,
    "शब्द (PTI) " * 500,
    "Tags: भारत\nपहला वाक्य।",
    "क\r\nख\rग\u2028घ\u2029ङ\x85च",
    "\u200b\nपहला वाक्य।",  # crashed with headline="first-line"
]


@pytest.mark.parametrize("text", EDGE_CASES, ids=range(len(EDGE_CASES)))
@pytest.mark.parametrize("headline", ["auto", "first-line", "none"])
def test_edge_cases_keep_document_invariants(text: str, headline: str) -> None:
    check_document(pipeline(headline=headline)(text), text)


@given(text=any_text, headline=st.sampled_from(["auto", "first-line", "none"]), use_clean=st.booleans())
def test_documents_never_crash_and_keep_offsets(text: str, headline: str, use_clean: bool) -> None:
    doc = pipeline("none", headline, use_clean)(text)
    check_document(doc, text)
    # Every result serialises to JSON (lone surrogates survive as escapes).
    json.dumps(doc.to_dict())


@given(text=any_text)
def test_text_layer_offsets(text: str) -> None:
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text) and text[s:e].strip() == text[s:e]
    for tok in tokenize(text):
        assert text[tok.start:tok.end] == tok.text and tok.text.strip()
    result = clean(text)
    for s, e in result.kept:
        assert 0 <= s < e <= len(text)
        assert all(e <= r.start or s >= r.end for r in result.removed)


@given(text=st.one_of(articles(), hindi_texts()))
def test_embedded_tagger_documents(text: str) -> None:
    doc = pipeline("embedded")(text)
    check_document(doc, text)
    for tok in doc.tokens:
        assert tok.pos is not None and tok.lemma is not None


@pytest.mark.skipif(not has_rank(), reason="hindi_brief.rank (briefs) is not in this checkout yet")
@given(text=any_text, top=st.integers(1, 15), sentences=st.integers(1, 6))
def test_briefs_never_crash_and_keep_invariants(text: str, top: int, sentences: int) -> None:
    brief = pipeline("none").brief(text, sentences=sentences, top=top)
    check_brief(brief, text)
    assert len(brief.summary) <= sentences and len(brief.keywords) <= top
    assert sorted(s.rank for s in brief.summary) == list(range(1, len(brief.summary) + 1))
    json.dumps(brief.to_dict(document=True))


@pytest.mark.skipif(not has_rank(), reason="hindi_brief.rank (briefs) is not in this checkout yet")
@given(text=st.one_of(articles(), hindi_texts()), max_words=st.integers(1, 80))
def test_embedded_briefs_keep_invariants(text: str, max_words: int) -> None:
    brief = pipeline("embedded").brief(text, max_words=max_words)
    check_brief(brief, text)


# Spaces inside a grapheme cluster (after a prepended character, before a mark or joiner), an e-mail,
# runs of spaces, and a chunk that opens with a mark both at the start and after a space.
CHUNK_EDGES = [
    "क \u093cख", "a \u200d😀 b", "\u0600 १२", "x@y.com के साथ", "😀\u200d😀 ", "  क  ख  ", "क।ख, ग",
    "\u093cख क \u093cख \u0600", "ख\u0600 क\u0600",
]


@pytest.mark.parametrize("text", CHUNK_EDGES)
@given(start=st.integers(0, 20), length=st.integers(0, 20))
def test_tokens_read_chunk_by_chunk_are_the_whole_text_tokens(text: str, start: int, length: int) -> None:
    # The tokenizer reads most texts one space-separated chunk at a time from a table; it must
    # find exactly the tokens the token pattern finds in the whole text, between any offsets.
    from hindi_brief.text import tokens

    start = min(start, len(text))
    end = min(start + length, len(text))
    assert tokens.token_spans(text, start, end) == tokens._matched_spans(text, start, end, tokens._TOKEN)


@given(text=any_text)
def test_tokens_of_any_text_read_chunk_by_chunk(text: str) -> None:
    from hindi_brief.text import tokens

    assert tokens.token_spans(text) == tokens._matched_spans(text, 0, len(text), tokens._TOKEN)
