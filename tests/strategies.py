"""Hypothesis strategies for Hindi-heavy scraped text, and the invariants every result must keep.

The texts are built from pieces a scraper really produces: Devanagari syllables
(consonant, optional nukta, matra or virama, anusvara/chandrabindu/visarga, ZWJ/ZWNJ
inside conjuncts), real Hindi words, dandas and other punctuation, straight and
curly quotes, Devanagari and ASCII digits, Latin words, emoji, control characters,
lone surrogates (raw and written as escapes), HTML debris, very long tokens, joined
by spaces, tabs, NBSP and (blank) lines, with or without any punctuation at all.
"""

from __future__ import annotations

import math
from typing import Any

from hypothesis import strategies as st

CONSONANTS = [chr(c) for c in range(0x0915, 0x0939 + 1)]
NUKTA_LETTERS = [chr(c) for c in range(0x0958, 0x095F + 1)]  # precomposed क़ ख़ ग़ ...
MATRAS = [chr(c) for c in range(0x093E, 0x094C + 1)] + ["\u0962", "\u0963"]
VOWELS = [chr(c) for c in range(0x0905, 0x0914 + 1)]
VIRAMA, NUKTA = "\u094d", "\u093c"
SIGNS = ["\u0901", "\u0902", "\u0903"]  # chandrabindu, anusvara, visarga
ZWJ, ZWNJ = "\u200d", "\u200c"
DEV_DIGITS = [chr(c) for c in range(0x0966, 0x096F + 1)]
WORDS = (
    "भारत सरकार ने कहा कि रक्षा मंत्री राजनाथ सिंह अमेरिका के साथ सहयोग बढ़ाने पर सहमति जताई "
    "प्रधानमंत्री नरेंद्र मोदी दिल्ली में बैठक हुई लोगों को ज़रूरत है क़ानून फ़ैसला और भी "
    "भारत-अमेरिका स्टार्ट-अप्स श्री डॉ. प्रो. ए. पी. जे. अब्दुल कलाम चुनाव आयोग किसानों"
).split()
PUNCT = list("।॥|.,;:?!-–—()[]{}/…") + ["...", "॰"]
QUOTES = list("\"'“”‘’«»")
LATIN = ["India", "US", "Defence", "Sec.", "Mr.", "Dr", "etc.", "the", "Prime", "Minister", "COVID-19", "e.g."]
EMOJI = ["😀", "🇮🇳", "👍🏽", "❤️", "👨‍👩‍👧", "🙏"]
CONTROLS = [chr(c) for c in range(0, 32) if chr(c) not in "\n"] + ["\x7f", "\x85", "\u2028", "\u2029", "\ufeff", "\u00ad", "\u200b", "\u202e"]
SURROGATES = ["\ud800", "\udfff", "\udc80", "\\ud800", "\\udfff"]
HTML = ["<p>", "</p>", "<br/>", "<!--", "-->", "&nbsp;", "<a href=\"https://x.in\">", "</a>", "<div class='x'>",
        "<script>", "</script>", "<style type='text/css'>", "</style>", "<a <script>", "</SCRIPT >"]
SPECIAL = ["https://www.example.com/hi/news?id=12&x=1", "user.name+tag@example.co.in", "2,500", "2.5", "17:02",
           "2015-16", "06/02/2025", "₹500", "५०%", "(एएनआई)", "(PTI)", "Tags: भारत", "© 2025", "Update: 2025-02-06 17:02 GMT",
           "नई दिल्ली:", "यह भी पढ़ें:", "By Staff"]
SEPARATORS = [" ", " ", " ", "  ", "\t", "\u00a0", "\n", "\n\n", "\r\n", " \n \n"]


@st.composite
def syllable(draw: Any) -> str:
    """A Devanagari syllable or conjunct, with the combining marks real text uses (and some it should not)."""
    if draw(st.integers(0, 9)) == 0:
        base = draw(st.sampled_from(VOWELS + NUKTA_LETTERS))
    else:
        base = draw(st.sampled_from(CONSONANTS))
        if draw(st.integers(0, 6)) == 0:
            base += NUKTA
        if draw(st.integers(0, 4)) == 0:  # conjunct: C + virama (+ ZWJ/ZWNJ) + C
            base += VIRAMA + draw(st.sampled_from(["", "", ZWJ, ZWNJ])) + draw(st.sampled_from(CONSONANTS))
    base += draw(st.sampled_from([""] * 3 + MATRAS + [VIRAMA]))
    return base + draw(st.sampled_from([""] * 5 + SIGNS))


hindi_word = st.one_of(
    st.sampled_from(WORDS),
    st.lists(syllable(), min_size=1, max_size=5).map("".join),
)
number = st.one_of(
    st.integers(0, 10**9).map(str),
    st.lists(st.sampled_from(DEV_DIGITS), min_size=1, max_size=6).map("".join),
)
long_token = st.one_of(
    st.integers(200, 3000).map(lambda n: "क" * n),
    st.integers(100, 1500).map(lambda n: "a." * n),
    st.integers(100, 1000).map(lambda n: "रक्षा" * n),
    st.integers(100, 1000).map(lambda n: "<p>" * n),
)

piece = st.one_of(
    # Hindi carries most of the weight, as in the articles users feed in.
    *([hindi_word] * 8),
    st.sampled_from(PUNCT),
    st.sampled_from(PUNCT),
    st.sampled_from(QUOTES),
    number,
    st.sampled_from(LATIN),
    st.sampled_from(EMOJI),
    st.sampled_from(CONTROLS),
    st.sampled_from(SURROGATES),
    st.sampled_from(HTML),
    st.sampled_from(SPECIAL),
    st.sampled_from([ZWJ, ZWNJ, VIRAMA, NUKTA, *SIGNS, *MATRAS]),  # stray combining marks
    st.text(max_size=3),  # anything at all
)
no_punct_piece = st.one_of(hindi_word, number)


@st.composite
def hindi_texts(draw: Any, max_pieces: int = 60) -> str:
    """A scraped-looking text: pieces joined by spaces, tabs, NBSP and (blank) lines."""
    kind = draw(st.integers(0, 19))
    if kind == 0:  # a single very long token somewhere
        return draw(hindi_word) + " " + draw(long_token) + " " + draw(hindi_word)
    pieces = draw(st.lists(no_punct_piece if kind == 1 else piece, max_size=max_pieces))
    out: list[str] = []
    for p in pieces:
        out.append(p)
        out.append(draw(st.sampled_from(SEPARATORS + ["", "", "।", "। ", "।\n"])))
    return "".join(out)


@st.composite
def articles(draw: Any) -> str:
    """A news-article-shaped text: optional headline, paragraphs of sentences of mostly real words."""
    sentence = st.builds(
        lambda words, end: " ".join(words) + end,
        st.lists(st.one_of(*([st.sampled_from(WORDS)] * 6), hindi_word, number, st.sampled_from(LATIN)), min_size=1, max_size=14),
        st.sampled_from(["।", "।", "।", "?", "!", ".", "", " ।", "।”", "॥"]),
    )
    paragraphs = draw(st.lists(st.lists(sentence, min_size=1, max_size=5).map(" ".join), min_size=1, max_size=6))
    head = draw(st.one_of(st.just(""), st.lists(st.sampled_from(WORDS), min_size=2, max_size=8).map(lambda w: " ".join(w) + "\n\n")))
    return head + draw(st.sampled_from(["\n\n", "\n"])).join(paragraphs)


any_text = st.one_of(hindi_texts(), articles(), st.text(max_size=200))


# -- invariants -------------------------------------------------------------------------------


def check_document(doc: Any, text: str) -> None:
    """Offsets point into the text, sentences are in order and disjoint, nothing kept overlaps a removal."""
    assert doc.text is text
    assert 0.0 <= doc.hindi_ratio <= 1.0 and math.isfinite(doc.hindi_ratio)
    parts = ([doc.headline] if doc.headline is not None else []) + list(doc.sentences)
    prev_end = 0
    for sent in parts:
        assert 0 <= sent.start < sent.end <= len(text)
        assert text[sent.start:sent.end] == sent.text
        assert sent.start >= prev_end, "sentences overlap or are out of order"
        prev_end = sent.end
        assert sent.tokens, "a sentence without tokens"
        tok_end = sent.start
        for tok in sent.tokens:
            assert sent.start <= tok.start < tok.end <= sent.end
            assert tok.start >= tok_end, "tokens overlap or are out of order"
            tok_end = tok.end
            assert text[tok.start:tok.end] == tok.text
            assert tok.text.strip(), "a whitespace token"
            assert isinstance(tok.norm, str)
        assert sent.tokens[0].start == sent.start and sent.tokens[-1].end == sent.end
    assert [s.index for s in doc.sentences] == list(range(len(doc.sentences)))
    for r in doc.removed:
        assert 0 <= r.start < r.end <= len(text) and text[r.start:r.end] == r.text
    for sent in parts:
        for r in doc.removed:
            if sent.end <= r.start or sent.start >= r.end:
                continue
            # A sentence goes on across a span removed in mid-sentence (an inline tag, an agency's
            # credit), which its text then holds; its tokens never overlap one.
            assert r.reason in ("html", "agency-credit"), f"kept {sent.text!r} overlaps removed {r.text!r}"
            assert sent.start < r.start and r.end < sent.end, f"{sent.text!r} is cut by removed {r.text!r}"
            for tok in sent.tokens:
                assert tok.end <= r.start or tok.start >= r.end, f"token {tok.text!r} overlaps removed {r.text!r}"


def check_brief(brief: Any, text: str) -> None:
    """Summary sentences are document sentences in document order; keywords occur where they say; scores finite."""
    doc = brief.document
    check_document(doc, text)
    chosen = brief.summary.sentences
    assert all(s.sentence in doc.sentences for s in chosen)
    assert [s.index for s in chosen] == sorted({s.index for s in chosen}), "summary not in document order"
    assert all(math.isfinite(s.score) for s in chosen)
    # Ranks are positions in the pick order: distinct and >= 1 (with max_words a better
    # sentence that does not fit the budget leaves a gap).
    ranks = [s.rank for s in chosen]
    assert len(set(ranks)) == len(ranks) and all(isinstance(r, int) and r >= 1 for r in ranks)
    for kw in brief.keywords:
        assert math.isfinite(kw.score)
        assert kw.text.strip() and kw.count >= 1
        assert kw.offsets, f"keyword {kw.text!r} without occurrences"
        assert list(kw.offsets) == sorted(kw.offsets)
        for s, e in kw.offsets:
            assert 0 <= s < e <= len(text)
    texts = [k.text for k in brief.keywords]
    assert len(set(k.lemma for k in brief.keywords)) == len(texts), "a keyword listed twice"


# -- shared pipelines -------------------------------------------------------------------------

_PIPELINES: dict[tuple[str, str, bool], Any] = {}


def pipeline(tagger: str = "none", headline: str = "auto", clean: bool = True) -> Any:
    """One shared ``Pipeline`` per option set. A tagger whose model folder is not in this
    checkout skips the test with the reason (shown by ``-ra``), never silently; a model that
    is there but damaged fails the test."""
    import pytest

    from hindi_brief import Pipeline
    from hindi_brief.resources import models_dir

    folder = {"embedded": "embedded", "stanza": "stanza-hi"}.get(tagger)
    if folder is not None and not (models_dir() / folder).is_dir():
        pytest.skip(f"models/{folder} is not in this checkout yet")
    key = (tagger, headline, clean)
    if key not in _PIPELINES:
        nlp = Pipeline(tagger=tagger, headline=headline, clean=clean)
        nlp("पहला वाक्य।")  # taggers load their model lazily: fail here, once
        _PIPELINES[key] = nlp
    return _PIPELINES[key]


def has_rank() -> bool:
    """Whether ``hindi_brief.rank`` (briefs) exists in this checkout."""
    import importlib.util

    return importlib.util.find_spec("hindi_brief.rank") is not None and hasattr(
        __import__("hindi_brief.rank", fromlist=["make_brief"]), "make_brief"
    )


def make_articles(n: int, seed: int = 0) -> list[str]:
    """``n`` distinct, deterministic small Hindi articles (headline + 2-3 paragraphs)."""
    import random

    rng = random.Random(seed)
    ends = ["।", "।", "।", "?", "!"]

    def sentence() -> str:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randint(5, 12))) + rng.choice(ends)

    out = []
    for i in range(n):
        head = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 7)))
        paras = [" ".join(sentence() for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(2, 3))]
        out.append(f"{head} {i}\n\n" + "\n\n".join(paras))
    return out
