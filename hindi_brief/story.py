"""Story briefs: one brief for several articles about the same story.

``story(texts)`` reads every article, dates it (``hindi_brief.dates``), orders the
articles in time, and builds:

* a merged extractive summary: sentences from all articles, where sentences that
  tell the same fact (within or across articles) are merged into one, the
  clearest telling kept and every telling listed in ``sources``;
* for each article after the first, what is new in it: its sentences that are
  not a retelling of anything in the earlier articles, most informative first;
* keywords merged across articles, with per-article counts.

Sentences are weighed by the article ranking (``rank.summarize.rank_sentences``)
and compared by the cosine of their BM25 content-term vectors with the shipped
document frequencies (``rank.weights``): lemmas when every article is tagged,
normalised forms (lightly stemmed) when any is not, so articles processed by
different pipelines are compared like with like (``compare_tagged``). Two sentences are the
same fact when the similarity is at least ``DUPLICATE_THRESHOLD`` and they do
not carry conflicting numbers, ordinals, dates or days of the week ("पहली बातचीत" vs "तीसरी
बातचीत", "6 फरवरी" vs "1 जुलाई": same words, different facts); two groups of tellings join
only where the sentences that name them are alike too. See ``docs/story.md``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Mapping, Set as AbstractSet
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import accumulate
from typing import Any, Callable, Iterable, Sequence

import numpy as np
import regex

from .dates import article_date, find_dates, find_day_months, parse_date
from .doc import PUNCT_KINDS, Document, Sentence
from .serialize import JSONMixin
from .errors import InvalidInputError, InvalidOptionError
from .options import check_int, is_missing
from .reprs import shorten
from .results import KeywordList
from .rank.keywords import (
    keywords_and_candidates,
    story_spelling_key,
    phrase_words,
    same_names_across_scripts,
    same_short_forms,
    is_short_form,
    name_fit,
    shorter_runs,
)
from .text.clean import merged_spans, shown_span, shown_sentence
from .text.lexicon import groups, words
from .text.normalize import normalize
from .text.stem import light_stem
from .rank.summarize import closed_quotation, eligibility, opens_quotations, rank_sentences
from .rank.similar_pairs import similar_pairs
from .rank.weights import DocumentFrequencies, bm25_matrix, compare_tagged, content_terms, load_df

__all__ = [
    "StoryBrief",
    "StorySentence",
    "StoryKeyword",
    "StoryKeywords",
    "ArticleInfo",
    "Telling",
    "story_from_documents",
    "DUPLICATE_THRESHOLD",
]

#: Cosine similarity from which two sentences count as telling the same fact (see docs/story.md).
DUPLICATE_THRESHOLD = 0.33
#: A later sentence this similar to an earlier article's sentence is background, not news.
NEW_MAX_SIMILARITY = 0.3

#: Ordinal -> its number (``lexicon/ordinals.txt``: one line per number). "पहले" is left out: it is
#: also the adverb "earlier", and would make two tellings of one fact conflict.
_ORDINALS = {w: n for n, spellings in enumerate(groups("ordinals"), start=1) for w in spellings if w != "पहले"}
# Figures written as words state a number as digits do ("पांच लाख" is "5 लाख"); "एक" is also the indefinite article,
# a number only before a scale ("एक करोड़").
_CARDINALS = {w: n for n, spellings in enumerate(groups("cardinals"), start=1) for w in spellings}
_ONE = frozenset(groups("cardinals")[0])
# A scale multiplies the number before it ("5 लाख" is 500000, as "पांच लाख" and "5,00,000" are; "5 करोड़" disagrees);
# alone it is its own value ("सौ लोग"). The lines of scale_words.txt are, in order, these scales.
_SCALES = {
    w: Decimal(value)
    for value, spellings in zip((100, 1_000, 100_000, 10_000_000, 1_000_000_000), groups("scale_words"))
    for w in spellings
}
# Words that make a figure of the number or scale after them that the story does not read ("साढ़े तीन लाख" is 3.5
# lakh, "ढाई लाख" 2.5, "डेढ़ हजार" 1,500): no fact is drawn from it rather than a wrong one.
_FRACTIONS = frozenset(normalize(w) for w in "साढ़े साढे सवा पौने ढाई डेढ़ डेढ".split())
# A number read as a value: digits with at most one decimal point (not a range, a time or a date: "2015-16", "17:02").
_PLAIN_NUMBER = regex.compile(r"\d+(?:\.\d+)?")


# -- results --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Telling(JSONMixin):
    """One place a fact is told: an article (its position in ``StoryBrief.articles``) and offsets."""

    article: int
    start: int
    end: int
    sentence: int
    """Index of the sentence among the article's body sentences."""
    text: str

    def __repr__(self) -> str:
        return (
            f"Telling(article={self.article}, sentence={self.sentence}, start={self.start}, end={self.end}, "
            f"text={shorten(self.text)!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: article position, offsets, sentence index, text."""
        return {"article": self.article, "start": self.start, "end": self.end, "sentence": self.sentence, "text": self.text}


@dataclass(frozen=True, slots=True)
class StorySentence(JSONMixin):
    """A sentence of the story brief: the telling kept, and every telling of the same fact."""

    text: str
    article: int
    """Position, in ``StoryBrief.articles`` (time order), of the article the kept telling comes from."""
    start: int
    """Offsets of the kept telling in that article's ``Document.text``."""
    end: int
    sentence: int
    """Index of the kept telling among its article's body sentences."""
    score: float
    """Importance of the sentence in its own article, 0..1 (1 = the article's best)."""
    sources: tuple[Telling, ...] = ()
    """Every telling of this fact, the kept one included, in time order."""

    @property
    def articles(self) -> tuple[int, ...]:
        """Positions of the articles that tell this fact."""
        return tuple(sorted({t.article for t in self.sources}))

    def __repr__(self) -> str:
        return (
            f"StorySentence(article={self.article}, sentence={self.sentence}, score={self.score:.4f}, "
            f"articles={self.articles}, text={shorten(self.text)!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict of the fields."""
        return {
            "text": self.text,
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "score": round(self.score, 4),
            "sources": [t.to_dict() for t in self.sources],
        }


@dataclass(frozen=True, slots=True)
class StoryKeyword(JSONMixin):
    """A keyword of the story with its occurrence count in each article (by position in time order)."""

    text: str
    lemma: str
    """The lemma phrase that groups its inflected forms across articles."""
    score: float
    """Mean over the articles of its keyword score in each (0 where an article does not rank it)."""
    counts: tuple[int, ...]

    @property
    def count(self) -> int:
        """Occurrences over all articles."""
        return sum(self.counts)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict of the fields."""
        return {
            "text": self.text,
            "lemma": self.lemma,
            "score": round(self.score, 4),
            "count": self.count,
            "counts": list(self.counts),
        }


class StoryKeywords(KeywordList):
    """A story's keywords, best first: a tuple of ``StoryKeyword`` that, as an article's ``Keywords`` does
    (``KeywordList``), gives its ``texts``, shows itself as a table in Jupyter and turns into JSON or a DataFrame
    (columns ``text``, ``lemma``, ``score``, ``count`` and ``counts``, per article in time order); a slice of one is one
    too."""

    __slots__ = ()
    item_type = StoryKeyword
    columns = ("text", "lemma", "score", "count", "counts")


@dataclass(frozen=True, slots=True)
class ArticleInfo(JSONMixin):
    """One article of the story, in time order."""

    position: int
    """Position in time order (index into ``StoryBrief.articles``)."""
    index: int
    """Position in the input."""
    name: str | None
    """A label for the article: the ``names=`` given, else ``Document.meta["source"]`` when set."""
    headline: str | None
    date: dt.date | None
    date_text: str | None
    """The text the date was read from (``None`` when given or absent)."""
    date_source: str | None
    """``"given"``, ``"dateline"``, ``"place-dateline"``, ``"headline"``, ``"lead"`` or ``None``."""
    new: tuple[StorySentence, ...] = ()
    """Sentences that add information not in the earlier articles (empty for the first)."""
    document: Document | None = field(default=None, repr=False, compare=False)

    @property
    def label(self) -> str:
        """For display: the headline (else ``article N``), then the name in brackets when there is one."""
        head = self.headline or f"article {self.index + 1}"
        return f"{head} ({self.name})" if self.name else head

    def __repr__(self) -> str:
        name = None if self.name is None else shorten(self.name)
        head = None if self.headline is None else shorten(self.headline)
        return (
            f"ArticleInfo(position={self.position}, index={self.index}, name={name!r}, headline={head!r}, "
            f"date={self.date!r}, date_source={self.date_source!r}, new={len(self.new)})"
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict of the fields."""
        return {
            "position": self.position,
            "index": self.index,
            "name": self.name,
            "headline": self.headline,
            "date": self.date.isoformat() if self.date else None,
            "date_text": self.date_text,
            "date_source": self.date_source,
            "new": [s.to_dict() for s in self.new],
        }


@dataclass(frozen=True, slots=True)
class StoryBrief(JSONMixin):
    """One brief for several articles about a story: timeline, merged summary, what is new, keywords."""

    articles: tuple[ArticleInfo, ...]
    """The articles in time order (undated ones keep their input order)."""
    summary: tuple[StorySentence, ...]
    """Chosen sentences in story order (article time order, then position in the article)."""
    keywords: StoryKeywords = StoryKeywords()
    """Best first (a plain tuple given is made one)."""

    def __post_init__(self) -> None:
        if not isinstance(self.keywords, StoryKeywords):
            object.__setattr__(self, "keywords", StoryKeywords(self.keywords))

    @property
    def text(self) -> str:
        """The merged summary as one string."""
        return " ".join(s.text for s in self.summary)

    def __repr__(self) -> str:
        # Short, as a Brief's is (the fields written out held every telling's text: 168,000 characters for a story
        # with one long article); ``print`` shows the whole story.
        return (
            f"StoryBrief(articles={len(self.articles)}, summary={len(self.summary)}, "
            f"keywords={[k.text for k in self.keywords[:5]]!r}{'…' if len(self.keywords) > 5 else ''}, "
            f"text={shorten(self.text, 60)!r})"
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: articles (timeline with what is new), merged summary, keywords."""
        return {
            "articles": [a.to_dict() for a in self.articles],
            "summary": {"text": self.text, "sentences": [s.to_dict() for s in self.summary]},
            "keywords": [k.to_dict() for k in self.keywords],
        }

    def __str__(self) -> str:
        lines = ["समयरेखा (timeline):"]
        for a in self.articles:
            lines.append(f"  [{a.position + 1}] {_date_str(a.date)}  {a.label}")
        lines.append("सार (summary):")
        for s in self.summary:
            lines.append(f"  {s.text} [{', '.join(str(i + 1) for i in s.articles)}]")
        for a in self.articles[1:]:
            if a.new:
                lines.append(f"नया [{a.position + 1}] (new in article {a.position + 1}):")
                lines.extend(f"  {s.text}" for s in a.new)
        if self.keywords:
            lines.append("कीवर्ड: " + ", ".join(f"{k.text} {list(k.counts)}" for k in self.keywords))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        return story_html(self)


def _date_str(date: dt.date | None) -> str:
    return date.isoformat() if date else "(no date)"


# -- HTML ----------------------------------------------------------------------------------


#: A story's display lists this many articles in its timeline, and gives its keyword table a column per article up
#: to this many (past that, one column: in how many articles each keyword is); ``StoryBrief.articles`` holds them all.
DISPLAY_MAX_ARTICLES = 30


def story_html(brief: StoryBrief) -> str:
    """Timeline of the articles, the merged summary with source markers, what is new, keywords."""
    from .display import DISPLAY_MAX_KEYWORDS, FONT_STACK, capped, escape, left_out_html, text_lang

    mark = "font-size:.7em;font-weight:bold;color:#1d5fa8;vertical-align:super;margin-left:.15em"
    # Hindi only where the story is mostly Devanagari, as a Brief's display (a screen reader reads English with an
    # English voice); the headings are marked Hindi on their own.
    told = " ".join([*(a.label for a in brief.articles), *(s.text for s in brief.summary)])
    parts = [f'<div{text_lang(told)} style="font-family:{FONT_STACK};line-height:1.7;max-width:52em">']
    parts.append('<h4 lang="hi" style="margin:.3em 0">समयरेखा <span lang="en" style="color:#666;font-weight:normal">timeline</span></h4><ol>')
    for a in brief.articles[:DISPLAY_MAX_ARTICLES]:
        parts.append(
            f'<li><span lang="en" style="font-family:monospace">{escape(_date_str(a.date))}</span> '
            f"{escape(shorten(a.label, 200))}</li>"
        )
    parts.append("</ol>" + left_out_html(len(brief.articles) - DISPLAY_MAX_ARTICLES, "articles", "StoryBrief.articles"))
    parts.append('<h4 lang="hi" style="margin:.3em 0">सार <span lang="en" style="color:#666;font-weight:normal">summary</span></h4><p>')
    texts, left_out = capped(s.text for s in brief.summary)
    for s, text in zip(brief.summary, texts):
        refs = ",".join(str(i + 1) for i in s.articles)
        parts.append(f'{escape(text)}<span style="{mark}" title="articles {refs}">[{refs}]</span> ')
    parts.append("</p>" + left_out_html(left_out, "sentences", "StoryBrief.summary"))
    # What is new in each article, all of them within one display's worth of characters: a story of hundreds of
    # articles lists thousands of new sentences (500 articles: a 533 KB cell).
    new = [(a, s) for a in brief.articles[1:] for s in a.new]
    texts, left_out = capped(s.text for _, s in new)
    for n, ((a, _), text) in enumerate(zip(new, texts)):
        if n == 0 or new[n - 1][0] is not a:
            parts.append(
                ("</ul>" if n else "") + f'<h4 lang="hi" style="margin:.3em 0">नया: [{a.position + 1}] <span lang="en" '
                f'style="color:#666;font-weight:normal">new in article {a.position + 1}</span></h4><ul>'
            )
        parts.append(f"<li>{escape(text)}</li>")
    if texts:
        parts.append("</ul>")
    parts.append(left_out_html(left_out, "new sentences", "each article's ArticleInfo.new"))
    if brief.keywords:
        # A column per article up to DISPLAY_MAX_ARTICLES of them; past that, in how many articles each keyword is.
        by_article = len(brief.articles) <= DISPLAY_MAX_ARTICLES
        head = (
            "".join(f"<th>[{a.position + 1}]</th>" for a in brief.articles)
            if by_article
            else f'<th lang="en">articles (of {len(brief.articles):,})</th>'
        )
        rows = "".join(
            f"<tr><td>{escape(k.text)}</td><td>{k.score:.3f}</td>"
            + ("".join(f"<td>{c}</td>" for c in k.counts) if by_article else f"<td>{sum(c > 0 for c in k.counts):,}</td>")
            + "</tr>"
            for k in brief.keywords[:DISPLAY_MAX_KEYWORDS]
        )
        parts.append(
            '<h4 lang="hi" style="margin:.3em 0">कीवर्ड <span lang="en" style="color:#666;font-weight:normal">keywords</span></h4>'
            f'<table style="border-collapse:collapse"><thead><tr><th>keyword</th><th>score</th>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table>"
        )
        parts.append(left_out_html(len(brief.keywords) - DISPLAY_MAX_KEYWORDS, "keywords", "StoryBrief.keywords"))
    parts.append("</div>")
    return "".join(parts)


# -- building ------------------------------------------------------------------------------


def _match_key(tagged: bool) -> Callable[[str], str]:
    """How terms are matched between sentences: lemmas as they are; untagged forms lightly stemmed
    (``अभ्यासों`` and ``अभ्यास`` are one word when no tagger has lemmatised them)."""
    return (lambda t: t) if tagged else light_stem


#: Each day name's day of the week (``lexicon/days.txt``: a line a day, Hindi and English spellings).
_WEEKDAYS = {w: day for day, spellings in enumerate(groups("days")) for w in spellings}


def _facts(doc: Document, sentence: Sentence) -> frozenset[str]:
    """Dates, numbers (in digits or words, with their scale: ``पांच लाख`` is ``5 लाख``) and ordinals a sentence states;
    two tellings of one fact must not disagree on them. A full date
    states its day and month too, so a telling that leaves the year out (``1 जुलाई`` beside ``01 जुलाई, 2025``) agrees
    with it, and one that names another day (``2 जुलाई``) does not."""
    facts: set[str] = set()
    covered: list[tuple[int, int]] = []
    for d in find_dates(doc.text, sentence.start, sentence.end):
        facts.add("d:" + d.date.isoformat())
        facts.add(f"m:{d.date.month:02d}-{d.date.day:02d}")
        covered.append((d.start, d.end))
    for month, day, a, b in find_day_months(doc.text, sentence.start, sentence.end):
        if not any(s <= a < e for s, e in covered):
            facts.add(f"m:{month:02d}-{day:02d}")
            covered.append((a, b))
    tokens = sentence.tokens
    for tok in tokens:  # "मंगलवार को" and "बुधवार को": two days, two events
        day = _WEEKDAYS.get(tok.norm)
        if day is not None and not any(s <= tok.start < e for s, e in covered):
            facts.add(f"w:{day}")
    taken = -1  # the last scale word taken into the number before it
    for i, tok in enumerate(tokens):
        if i <= taken or any(s <= tok.start < e for s, e in covered):
            continue
        # Every scale word after the number multiplies it: "5 लाख करोड़" is 5 x 1,00,000 x 1,00,00,000.
        end = i + 1
        while end < len(tokens) and tokens[end].norm in _SCALES:
            end += 1
        first_scale, scale = i + 1, end > i + 1
        if i > 0 and tokens[i - 1].norm in _FRACTIONS:
            taken = end - 1  # "साढ़े तीन लाख", "ढाई लाख": a figure these words do not tell, which states no fact
            continue
        value: Decimal | None = None
        if tok.kind == "number":
            digits = "".join(str(unicodedata.digit(c)) if c.isdigit() else c for c in tok.text).replace(",", "")
            if _PLAIN_NUMBER.fullmatch(digits):
                value = Decimal(digits)
            else:
                facts.add("n:" + (digits.lstrip("0") or "0"))
        elif tok.norm in _ORDINALS:
            facts.add(f"n:{_ORDINALS[tok.norm]}")
        elif tok.norm in _CARDINALS and (tok.norm not in _ONE or scale):
            value = Decimal(_CARDINALS[tok.norm])
        elif tok.norm in _SCALES:  # a scale with no number before it: "सौ लोग", "लाख करोड़"
            value, first_scale, scale = Decimal(1), i, True
        if value is not None:
            if scale:
                for j in range(first_scale, end):
                    value *= _SCALES[tokens[j].norm]
                taken = end - 1
            facts.add("n:" + format(value.normalize(), "f"))  # "2.50" is "2.5", "5 लाख" is "500000"
    return frozenset(facts)


def _conflict(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and not (a <= b or b <= a)


#: A sentence of at most this many words that only says where the news came from ("अधिकारियों ने यह जानकारी दी।",
#: "इसकी जानकारी स्वास्थ्य बुलेटिन में दी गई है।") tells no fact of the story (``_sources_the_news``).
SOURCE_LINE_MAX_WORDS = 12
_POINTING = frozenset(map(normalize, ("यह", "ये", "इसकी", "इसके")))
_INFORMATION = frozenset(map(normalize, ("जानकारी", "सूचना")))
_GIVEN = frozenset(map(normalize, ("दी", "दिया", "दीं", "दिए", "दे")))
_TO = normalize("को")
#: Words after which "को" dates what is said (``_sources_the_news``): day and month names, relative days, parts of a day.
_TIME_WORDS = (
    frozenset(_WEEKDAYS)
    | words("months")
    | words("relative_time")
    | frozenset(map(normalize, ("दिन", "रात", "सुबह", "शाम", "दोपहर", "तड़के")))
)


def _sources_the_news(sentence: Sentence) -> bool:
    """Does ``sentence`` only name the source of the news: a pointing word before "जानकारी"/"सूचना" and a form of
    "देना" after them, in at most ``SOURCE_LINE_MAX_WORDS`` words? Every outlet writes one after the fact (PTI's
    copy), so across articles it is one well-told "fact": the summary ranking keeps it (ILSUM's references do), a
    story's summary gives it a bonus for every outlet (a review: "अधिकारियों ने यह जानकारी दी।" told by 3 articles)."""
    norms = [n for k, n in zip(sentence.columns.kinds, sentence.columns.norms) if k not in PUNCT_KINDS]
    if not norms or len(norms) > SOURCE_LINE_MAX_WORDS:
        return False
    at = next((i for i in range(1, len(norms)) if norms[i] in _INFORMATION and norms[i - 1] in _POINTING), None)
    if at is None or _GIVEN.isdisjoint(norms[at + 1 :]):
        return False
    # Someone told, "को" after a noun that is no time ("बोरेल को दो दिन पहले इसकी जानकारी दी गई", "बुजुर्गों को इसकी
    # जानकारी दी"), is an act of the story; "रविवार को यह जानकारी दी" names the day the source spoke.
    return not any(norms[j] == _TO and j > 0 and norms[j - 1] not in _TIME_WORDS for j in range(at))


def _sentence_scores(doc: Document, source_lines: Sequence[bool]) -> list[float]:
    """The article ranking's score of each body sentence, scaled so the article's best is 1
    (0 for sentences the ranking never picks, such as bare attributions, and for the lines naming the news's source,
    ``source_lines``)."""
    scores = [0.0 if source else float(x) for x, source in zip(rank_sentences(doc).scores, source_lines)]
    top = max(scores, default=0.0)  # after the source lines are 0: the article's best is 1
    return [x / top if top > 0 else 0.0 for x in scores]


def _order(dates: Sequence[dt.date | None]) -> list[int]:
    """Input indices in time order; an undated article stays right after the article it followed."""
    keys = []
    last: dt.date = dt.date.min
    for i, d in enumerate(dates):
        if d is not None:
            last = d
        keys.append((d if d is not None else last, i))
    return [i for _, i in sorted(keys)]


def story_from_documents(
    docs: Sequence[Document],
    *,
    sentences: int = 5,
    top: int = 15,
    date: Sequence[object | None] | None = None,
    names: Sequence[str | None] | None = None,
) -> StoryBrief:
    """Build a ``StoryBrief`` from processed documents (see ``story`` for the options)."""
    sentences = check_int("sentences", sentences)
    top = check_int("top", top, minimum=0)
    n = len(docs)
    if n == 0:
        raise InvalidInputError("story() needs at least one article")
    given = per_article("date", date, n)
    labels = per_article("names", check_names(names), n)

    found = []
    for doc, override in zip(docs, given):
        if not _no_date(override):  # None, NaT, NaN, "": read the date from the text
            found.append((parse_date(override), None, "given"))
        else:
            m = article_date(doc)
            found.append((m.date, m.text, m.source) if m else (None, None, None))
    order = _order([f[0] for f in found])
    ordered = [docs[i] for i in order]

    # Every body sentence of every article, in story order.
    units: list[tuple[int, Sentence]] = [(p, s) for p, doc in enumerate(ordered) for s in doc.sentences]
    source_lines = [[_sources_the_news(s) for s in doc.sentences] for doc in ordered]
    importance = [x for doc, sources in zip(ordered, source_lines) for x in _sentence_scores(doc, sources)]
    # What may be news: a sentence the ranking may pick, or holds in reserve for a short note (a short sentence that
    # shares no word with the rest, "अमरीका ने भारत को निमंत्रण दिया।"), not page furniture ("अब पढ़िए मैच एनालिसिस...")
    # nor a line naming the source ("अधिकारियों ने यह जानकारी दी।").
    newsworthy = [
        bool(x) and not source
        for doc, sources in zip(ordered, source_lines)
        if doc.sentences
        for x, source in zip(np.logical_or(*eligibility(doc)), sources)
    ]
    # One key and one background table for all articles: lemmas only when every article is tagged,
    # else every article's normalised forms (``compare_tagged``), so a mix compares like with like.
    tagged = compare_tagged(ordered)
    key = _match_key(tagged)
    raw = [content_terms(s, tagged=tagged) for _, s in units]
    bags = [Counter(key(t) for t in terms) for terms in raw]
    facts = [_facts(ordered[p], s) for p, s in units]
    # Sentence similarity weighs terms by how few of the story's sentences use them: the protagonists
    # every sentence names (राजनाथ सिंह, हेगसेथ) say nothing about which fact a sentence tells, and
    # background frequencies cannot know that (they make rare names dominate).
    in_story = DocumentFrequencies(n_docs=max(1, len(units)), df=dict(Counter(t for b in bags for t in b)))
    # Only the pairs at the threshold are found (``similar_pairs``): every pair's similarity would cost the square
    # of the story's sentences.
    # (A sentence without content terms has an empty row, so it is in no pair.)
    vectors = bm25_matrix([list(b.elements()) for b in bags], in_story)[0]
    # Sentences of the same words and facts (a wire story that several outlets carry, a paragraph repeated) are one
    # row for the pair search and the novelty products below: each pair of copies, and each copy's pair with any
    # other sentence, repeats one pair, and they cost the square of the copies in time and memory (a review: 4,000
    # copies of a sentence, 14 s and 0.5 GB). Each copy joins the first one's cluster, as the pairs of
    # similarity 1, joined first, did.
    first_of: dict[tuple[frozenset, frozenset[str]], int] = {}
    copy_of = [first_of.setdefault((frozenset(b.items()), f), i) if b else i for i, (b, f) in enumerate(zip(bags, facts))]
    distinct = np.array(sorted(set(copy_of)), dtype=np.intp)  # the first of each kind: the rows searched
    distinct_rows = vectors[distinct]
    pairs = [(sim, int(distinct[a]), int(distinct[b])) for sim, a, b in similar_pairs(distinct_rows, DUPLICATE_THRESHOLD)]

    # Same-fact clusters: join the most similar pairs first; never put tellings with conflicting facts together.
    # A cluster is named by the first sentence of the first pair that made it (``root``). Its members are kept
    # in a group that the smaller of two joining groups moves into, so that joining costs no more than the
    # sentences of the smaller cluster, and with them the distinct facts they state: two of a cluster never
    # conflict, so each is part of the next (a chain of a few sets), and two clusters conflict where two of
    # their facts do.
    group_of = list(copy_of)
    members_of: dict[int, list[int]] = {i: [] for i in distinct.tolist()}
    for i, first in enumerate(copy_of):
        members_of[first].append(i)
    facts_of: dict[int, set[frozenset[str]]] = {i: {facts[i]} if facts[i] else set() for i in members_of}
    root = list(range(len(units)))  # group -> the cluster's name
    # Similarities equal to nine places are one: which of two equal pairs joins first (and so names the cluster) is
    # decided by the sentences' order, not by the last bit of a sum (a copy's similarity, 1, against 1 + 2e-16 for a
    # sentence that says the same words twice).
    # Two clusters join only where the sentences that name them are alike too: joined through any pair, a cluster
    # grew along a chain of sentences each like the next and the last unlike the first (a review: one "fact" of 23
    # tellings from 11 articles, six encounters in six districts told as one).
    near = {(i, j) for _, i, j in pairs}
    for _, i, j in sorted(pairs, key=lambda x: (-round(x[0], 9), x[1], x[2])):
        a, b = group_of[i], group_of[j]
        if a == b or any(_conflict(x, y) for x in facts_of[a] for y in facts_of[b]):
            continue
        ra, rb = sorted((root[a], root[b]))
        if (ra, rb) != (i, j) and (ra, rb) not in near:
            continue
        name = root[a]
        if len(members_of[a]) < len(members_of[b]):
            a, b = b, a
        for m in members_of[b]:
            group_of[m] = a
        members_of[a].extend(members_of.pop(b))
        facts_of[a].update(facts_of.pop(b))
        root[a] = name
    cluster_of = [root[g] for g in group_of]
    clusters = {root[g]: sorted(ms) for g, ms in sorted(members_of.items(), key=lambda item: root[item[0]])}
    # The articles that tell each cluster's fact, and how many times each.
    told_in = {r: Counter(units[m][0] for m in ms) for r, ms in clusters.items()}

    def keep(members: list[int]) -> int:
        # The clearest telling: most important in its own article; ties go to the shorter one.
        return max(members, key=lambda i: (importance[i], -len(units[i][1].text)))

    # A sentence is shown without the inline tags, entities and credits its article's cleaner removed inside it, as a
    # summary shows it (``text.clean.shown_span``), and closed where it opens a quotation its next sentence goes on with
    # and that one is not shown beside it in the same list (``closed_quotation``; the tail of a quotation is picked only
    # where nothing of its article is eligible); its offsets stay the original's. (Units come in story order: unit
    # m + 1 is the next sentence of unit m's article wherever unit m opens a quotation.)
    removed_spans = [merged_spans((r.start, r.end) for r in doc.removed) if doc.removed else None for doc in ordered]
    opens = [opens_quotations(doc) for doc in ordered]

    def shown(m: int, beside: set[int]) -> str:
        p, s = units[m]
        spans = removed_spans[p]
        text = shown_span(ordered[p].text, s.start, s.end, spans) if spans else s.text
        closing = opens[p][s.index]
        return closed_quotation(text, closing) if closing is not None and m + 1 not in beside else text

    def made(i: int, members: list[int], beside: set[int]) -> StorySentence:
        p, s = units[i]
        tellings = tuple(
            Telling(units[m][0], units[m][1].start, units[m][1].end, units[m][1].index, shown(m, beside))
            for m in sorted(members)
        )
        return StorySentence(shown(i, beside), p, s.start, s.end, s.index, importance[i], tellings)

    # Summary: each article's best fact first (so every development is covered), then the best of the rest.
    # A fact told by several articles gets a small bonus: repetition across outlets marks it as central.
    value = {r: importance[keep(ms)] * (1 + 0.2 * (len(told_in[r]) - 1)) for r, ms in clusters.items()}
    of_article: list[list[int]] = [[] for _ in ordered]  # the clusters each article tells, in the clusters' order
    for r in clusters:
        for p in told_in[r]:
            of_article[p].append(r)
    chosen: list[int] = []
    for p in range(len(ordered)):
        if len(chosen) >= sentences:
            break
        own = [r for r in of_article[p] if r not in chosen]
        best = max(own, key=lambda r: value[r], default=None)
        if best is not None and value[best] > 0:
            chosen.append(best)
    for r in sorted(clusters, key=lambda r: -value[r]):
        if len(chosen) >= sentences or value[r] <= 0:
            break  # the ranking never picks zero-score sentences (bare attributions, quote tails)
        if r not in chosen:
            chosen.append(r)
    kept = [keep(clusters[r]) for r in chosen]
    beside = set(kept)
    summary = sorted((made(i, clusters[r], beside) for i, r in zip(kept, chosen)), key=lambda s: (s.article, s.sentence))

    # What is new: sentences of article p whose fact no earlier article tells and that are not close to any
    # earlier sentence, ranked by the information they add (the IDF mass of their terms that no earlier
    # article uses, times their distance from the closest earlier sentence) and their prominence (importance
    # in the article; a fact the article itself tells twice, as standfirst and in the body, counts more).
    idf = load_df("lemma" if tagged else "norm").idf  # background frequencies: a rare new word is news
    new_by_article: list[tuple[StorySentence, ...]] = [()]
    seen: set[str] = set()
    transposed = distinct_rows.T.tocsr()  # a copy of an earlier sentence is as close as that one
    has_facts = np.array([bool(f) for f in facts], dtype=bool)
    # The units of article p are units[start[p] : start[p + 1]] (they come in story order).
    start = list(accumulate((len(doc.sentences) for doc in ordered), initial=0))
    for p in range(1, len(ordered)):
        seen.update(t for i in range(start[p - 1], start[p]) for t in bags[i])
        if ordered[p - 1].headline is not None:
            seen.update(key(t) for t in content_terms(ordered[p - 1].headline, tagged=tagged))
        picked: dict[int, tuple[float, int]] = {}
        if start[p + 1] == start[p]:
            new_by_article.append(())
            continue
        # The similarities of this article's sentences to every sentence that shares a term with them (the others
        # are 0), each the same number as in the full product of the vectors; the earlier ones are read.
        to_all = (vectors[start[p] : start[p + 1]] @ transposed).tocsr()
        for i in range(start[p], start[p + 1]):
            if not bags[i] or not newsworthy[i]:
                continue
            r = cluster_of[i]
            if min(told_in[r]) < p:
                continue  # a retelling
            a, b = to_all.indptr[i - start[p]], to_all.indptr[i - start[p] + 1]
            others, sims = distinct[to_all.indices[a:b]], to_all.data[a:b]
            earlier = others < start[p]
            changed = False  # an earlier telling of the same words with another figure ("5 लाख", now "10 लाख")
            if facts[i]:  # only sentences that state facts may conflict with it
                stating = earlier & has_facts[others]
                plain = sims[earlier & ~has_facts[others]]
                agreeing = 0.0
                for j, sim in zip(others[stating].tolist(), sims[stating].tolist()):
                    if not _conflict(facts[i], facts[j]):
                        agreeing = max(agreeing, sim)
                    elif sim >= DUPLICATE_THRESHOLD:
                        changed = True
                closest = max(float(plain.max()) if plain.size else 0.0, agreeing)
            else:
                closest = float(sims[earlier].max()) if earlier.any() else 0.0
            added = sum(idf(t) for t in set(raw[i]) if key(t) not in seen)
            if closest >= NEW_MAX_SIMILARITY or (added == 0 and not changed):
                continue
            if added == 0:  # its words are all told already; the figure is what is new, and it weighs as the sentence
                added = sum(idf(t) for t in set(raw[i]))
            told = told_in[r][p]
            gain = added * (1.0 - closest) * (0.5 + 0.5 * importance[i]) * (1.0 + 0.5 * (told - 1))
            if r not in picked or gain > picked[r][0]:
                picked[r] = (gain, i)
        # Every sentence that passes the novelty test is news; ``sentences`` only sizes the summary.
        best = sorted(picked.values(), key=lambda g: -g[0])
        listed = {i for _, i in best}
        new_by_article.append(
            tuple(sorted((made(i, clusters[cluster_of[i]], listed) for _, i in best), key=lambda s: s.sentence))
        )

    articles = tuple(
        ArticleInfo(
            position=p,
            index=i,
            name=labels[i] if labels[i] is not None else docs[i].meta.get("source"),
            headline=shown_sentence(docs[i], docs[i].headline) if docs[i].headline is not None else None,
            date=found[i][0],
            date_text=found[i][1],
            date_source=found[i][2],
            new=new_by_article[p] if p < len(new_by_article) else (),
            document=docs[i],
        )
        for p, i in enumerate(order)
    )
    return StoryBrief(articles=articles, summary=tuple(summary), keywords=_keywords(ordered, top))


def check_names(names: Sequence[object] | None) -> list[str | None] | None:
    """``names=`` as a list of labels: a string, or ``None`` for none, a data frame's missing value (``pd.NA``, NaN)
    counting as ``None`` (``names=df["outlet"].tolist()``); anything else is ``InvalidOptionError`` (a NaN label
    made JSON output that is no JSON, and bytes a label no JSON could hold)."""
    if names is None:
        return None
    labels: list[str | None] = []
    for i, name in enumerate(_listed("names", names)):
        if is_missing(name):
            labels.append(None)
        elif isinstance(name, str):
            labels.append(name)
        else:
            raise InvalidOptionError(f"names[{i}] must be a string or None, got {type(name).__name__} {name!r}")
    return labels


def check_story_options(sentences: object, top: object, date: Iterable[object | None] | None) -> list[object] | None:
    """Check what ``story``'s options can be checked before the articles are processed: ``sentences``, ``top``, and
    each ``date`` value (its count needs the articles); ``InvalidOptionError`` otherwise. A story of hundreds of
    articles reported a bad option only after tagging them all. Returns ``date`` as a list (an iterator is read once)."""
    check_int("sentences", sentences)
    check_int("top", top, minimum=0)
    if date is None:
        return None
    values = _listed("date", date)
    for value in values:
        if not _no_date(value):
            parse_date(value)
    return values


def _no_date(value: object) -> bool:
    """Is a ``date=`` value "read the date from the text"? ``None``, a data frame's missing value, and a blank string (a
    column of dates with empty cells; the command line's ``--date ''``)."""
    return is_missing(value) or (isinstance(value, str) and not value.strip())


def _listed(name: str, values: object) -> list[Any]:
    """The values of the option ``name`` (one per article) as a list; ``InvalidOptionError`` for a single value or
    for a set or dict, which has no article order."""
    if isinstance(values, (str, bytes, dt.date, AbstractSet, Mapping)):
        raise InvalidOptionError(
            f"{name}= takes one value per article (a list, in the articles' order), got {type(values).__name__}"
        )
    try:
        return list(values)  # type: ignore[call-overload]
    except TypeError:
        raise InvalidOptionError(f"{name}= takes one value per article (a list), got {type(values).__name__}") from None


def per_article(name: str, values: Sequence[Any] | None, n: int) -> list[Any]:
    """The ``n`` values of the option ``name``, one per article (``None``: ``n`` times ``None``); ``InvalidOptionError``
    for another count."""
    if values is None:
        return [None] * n
    listed = _listed(name, values)
    if len(listed) != n:
        raise InvalidOptionError(f"{name}= has {len(listed)} values for {n} articles")
    return listed


_Key = tuple[str, ...]


def _keywords(docs: Sequence[Document], top: int) -> tuple[StoryKeyword, ...]:
    """Each article's keyphrases (``rank.keywords``) merged by lemma, two spellings of a word as one
    (``story_spelling_key``: also a long and a short vowel in a phrase or a long word, ``बजरंग पूनिया``/``पुनिया``), and a name one article writes in Latin letters and another in Devanagari
    as one (``same_names_across_scripts``, the rule that merges them within an article), and a name's Hindi short form
    in one article with the name in another (``भाजपा``, ``भारतीय जनता पार्टी``: ``_short_forms_across``): score = mean over
    the articles, counts = occurrences of the phrase in each article (in either script, on its own or inside a
    longer phrase there), found or not among that article's best; lemma and text as the article that ranks it highest; none inside another
    (``_none_inside_another``). A name in two scripts is keyed
    by its Devanagari lemma and shown in the script the story writes it in most often (ties: the first written)."""
    if top == 0:
        return ()
    ranked, found = [], []
    for doc in docs:
        best_of_doc, candidates_of_doc = keywords_and_candidates(doc, top=2 * top)
        ranked.append(best_of_doc)
        found.append({story_spelling_key(key): c for key, c in candidates_of_doc.items()})
    # A Latin key made one with a short form goes on to the name the short form is made one with (BJP, भाजपा,
    # भारतीय जनता पार्टी: a review).
    shortened = _short_forms_across(found)
    into = {key: shortened.get(target, target) for key, target in _names_across_scripts(docs, found).items()} | shortened
    counts: list[Counter[_Key]] = []
    for f in found:
        c: Counter[_Key] = Counter()
        for key, cand in f.items():
            c[into.get(key, key)] += len(cand.offsets)
        counts.append(c)
    merged: dict[_Key, dict[str, Any]] = {}
    for p, best_of_doc in enumerate(ranked):
        for k in best_of_doc:
            own = story_spelling_key(k.lemma.split(" "))
            m = merged.setdefault(into.get(own, own), {"scores": {}, "best": -1.0, "ranked": []})
            m["scores"][p] = max(m["scores"].get(p, 0.0), k.score)  # one score per article, even for two scripts
            m["ranked"].append((k, own))
            if k.score > m["best"]:
                m["text"], m["lemma"], m["best"] = k.text, k.lemma, k.score
    for m in merged.values():
        m["score"] = sum(m["scores"][p] / len(docs) for p in sorted(m["scores"]))
    members: dict[_Key, list[_Key]] = {}
    for latin, target in into.items():
        members.setdefault(target, [target]).append(latin)
    for key, group in members.items():
        if key in merged:
            merged[key]["text"], merged[key]["lemma"] = _two_scripts_shown(docs, found, merged[key]["ranked"], group)
    best = _none_inside_another(sorted(merged, key=lambda key: (-merged[key]["score"], merged[key]["lemma"])), top)
    # A keyword said inside a longer phrase of an article is said there too: "अमित मोहन प्रसाद" inside one article's
    # candidate "स्वास्थ्य अमित मोहन प्रसाद" (its count there was 0). A longer phrase's occurrence that holds one of
    # the keyword's own occurrences is that one ("प्रधानमंत्री नरेंद्र मोदी", where the name is a candidate too), and so
    # are longer phrases that overlap.
    chosen = set(best)
    for f, c in zip(found, counts):
        own: dict[_Key, list[tuple[int, int]]] = {}
        longer: dict[_Key, list[tuple[int, int]]] = {}
        for key, cand in f.items():
            mapped = into.get(key, key)
            if mapped in chosen:
                own.setdefault(mapped, []).extend(cand.offsets)
            for run in shorter_runs(mapped) & chosen:
                longer.setdefault(run, []).extend(cand.offsets)
        for key, spans in longer.items():
            said = sorted(own.get(key, ()))
            starts = [a for a, _ in said]
            # Longer phrases that overlap hold one occurrence ("भीषण आतंकवादी हमले" and "आतंकवादी हमले").
            held: list[list[int]] = []
            for start, end in sorted(spans):
                if held and start < held[-1][1]:
                    held[-1][1] = max(held[-1][1], end)
                else:
                    held.append([start, end])
            for start, end in held:
                k = bisect_left(starts, start)
                if not (k < len(said) and said[k][1] <= end):
                    c[key] += 1
    return tuple(
        StoryKeyword(
            text=merged[key]["text"],
            lemma=merged[key]["lemma"],
            score=merged[key]["score"],
            counts=tuple(c[key] for c in counts),
        )
        for key in best
    )


def _none_inside_another(keys: Iterable[_Key], top: int) -> list[_Key]:
    """The first ``top`` of ``keys`` (best first) leaving out a phrase whose words run inside a better one's, or
    that holds a better one's words (compounds split into their parts), as one article's list never shows a word
    beside a phrase that contains it: one article lists ``रक्षा``, another ``रक्षा मंत्री``, and the story lists the
    better of the two (``rank.keywords.phrase_words`` and ``shorter_runs``, the words and runs one article's list
    compares). Each key is looked up by its runs of words, so a long list costs no comparison of every pair."""
    chosen: list[_Key] = []
    whole: set[tuple[str, ...]] = set()  # the words of each chosen phrase
    runs: set[tuple[str, ...]] = set()  # every shorter run of those words
    for key in keys:
        if len(chosen) >= top:
            break
        words = phrase_words(key)
        inner = shorter_runs(words)
        if words in whole or words in runs or not whole.isdisjoint(inner):
            continue
        chosen.append(key)
        whole.add(words)
        runs |= inner
    return chosen


def _names_across_scripts(docs: Sequence[Document], found: Sequence[dict[_Key, Any]]) -> dict[_Key, _Key]:
    """Story keys of phrases written in Latin letters mapped to the Devanagari key of the same name in any article
    (``same_names_across_scripts``; within one article the keyphrases have made them one already). A Latin key is
    read as the first article that writes it writes it; a Devanagari key counts its occurrences in all articles."""
    latin: dict[_Key, str] = {}
    for doc, f in zip(docs, found):
        for key, cand in f.items():
            if key[0].isascii() and key not in latin:
                latin[key] = doc.text[slice(*cand.offsets[0])]
    if not latin:
        return {}

    def devanagari() -> Iterable[tuple[_Key, int]]:
        total: dict[_Key, int] = {}
        for f in found:
            for key, cand in f.items():
                if not key[0].isascii():
                    total[key] = total.get(key, 0) + len(cand.offsets)
        return total.items()

    return same_names_across_scripts(latin.items(), devanagari)


def _short_forms_across(found: Sequence[dict[_Key, Any]]) -> dict[_Key, _Key]:
    """Story keys of a Hindi short form (``भाजपा``) mapped to the key of the name whose words' first syllables it is
    (``भारतीय जनता पार्टी``) in any article, both names and the name's head one of those such names have (``name_fit``,
    ``same_short_forms``; within one article the keyphrases have made them one already), a name's occurrences counted
    over all articles. The two are shown as the names in two scripts are (``_two_scripts_shown``): as the article that
    ranks the keyword highest shows it."""
    shorts = {key for f in found for key, cand in f.items() if cand.proper and is_short_form(key)}
    if not shorts:
        return {}
    said: dict[_Key, int] = {}
    names: set[_Key] = set()
    for f in found:
        for key, cand in f.items():
            if len(key) > 1:
                said[key] = said.get(key, 0) + len(cand.offsets)
                if cand.proper:
                    names.add(key)
    return same_short_forms(shorts, said.items(), lambda short, phrase: name_fit(phrase, phrase in names))


def _two_scripts_shown(
    docs: Sequence[Document], found: Sequence[dict[_Key, Any]], ranked: list[tuple[Any, _Key]], group: list[_Key]
) -> tuple[str, str]:
    """Text and lemma of a name the story writes in both scripts (``group``: its Devanagari key, then the Latin
    ones), or as a name and its Hindi short form (``group``: the name's key, then the short form's). Text: in the script written more often over all articles (ties: the one written first), as the article
    that ranks the name highest in that script shows it, else as that script's form most often written. Lemma:
    the Devanagari one (as ``rank.keywords`` keys a name written both ways in one article)."""
    written: Counter[str] = Counter()
    first: dict[bool, tuple[int, int]] = {}
    for p, (doc, f) in enumerate(zip(docs, found)):
        for a, b in sorted(offset for key in group if key in f for offset in f[key].offsets):  # in text order
            form = " ".join(doc.text[a:b].split())
            written[form] += 1
            first.setdefault(form.isascii(), (p, a))
    by_script = {latin: sum(n for form, n in written.items() if form.isascii() == latin) for latin in (True, False)}
    never = (len(docs), 0)
    latin = by_script[True] > by_script[False] or (
        by_script[True] == by_script[False] and first.get(True, never) < first.get(False, never)
    )
    top_first = sorted(ranked, key=lambda r: -r[0].score)  # stable: the earlier article wins ties
    text = next((k.text for k, _ in top_first if k.text.isascii() == latin), None)
    if text is None:
        forms = [form for form in written if form.isascii() == latin]
        text = max(forms, key=lambda form: written[form])  # first written wins ties among equal counts
    lemma = next((k.lemma for k, own in top_first if own == group[0]), None)
    if lemma is None:
        lemma = " ".join(next(f[group[0]].key for f in found if group[0] in f))
    return text, lemma
