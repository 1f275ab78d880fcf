"""Extractive summaries: score body sentences, pick with a redundancy penalty, return in document order.

Score of body sentence *i*::

    share * ((1 - blend) / (1 + i) + blend * learned_i) + (1 - share) * content_i
        + compactness * (longest - words_i) / (longest - shortest) + overlap * recurrence_i + ending / (n - i)

``learned_i`` is a linear model over the features of ``features.FEATURES`` (position,
paragraph, LexRank centrality over BM25 vectors, headline and centroid similarity,
length, proper-noun/number share, quotes, content density, position inside the
paragraph, the pyramid score, TextRank centrality over shared terms, term coverage,
Luhn significance), scaled to [0, 1] inside the text. ``content_i`` is a second linear
model over ``features.CONTENT_FEATURES`` only, the features that do not say where the
sentence stands, fitted on texts in their order and shuffled alike, so it finds the
point of a text whose opening is not its summary; it is scaled the same way. Both
models ship in ``models/ranker/ranker.json``, fitted on ILSUM 2023 val by
``python -m hindi_brief.training.ranker`` (see its model card), with ``blend`` and
``share`` per model chosen by cross-validation there. The *compactness* term (words
counted per body sentence; 0 for most models) favours the shorter of two equally good
sentences: ROUGE F1 against a short reference (a one-line summary, a headline) is mostly
precision once a summary has several sentences. The *overlap* term (0 for most models) adds
``recurrence_i``, the sentence's TextRank centrality over shared terms (the feature
``overlap_centrality``) scaled to (0, 1] inside the text: a digest, a third of a text, is judged
against a third of it, where what recurs across the text counts more than what fits a headline. The
*ending* term (0 for all but ``"long-digest"``) is the position term's mirror over the ``n`` body
sentences, ``1 / (1 + sentences after it)``: an essay or an opinion piece closes with its conclusion.
A model's opening pick (below) stays first on a text that opens like a news story (``features.pyramid_score``
above 0) and elsewhere only where the model itself ranks that sentence within its ``opening_rank`` share of
the eligible sentences (1 for most models: always; 0.2 for ``"long-brief"`` and ``"long-digest"``, below).

A text that is not long (``is_long``: at most ``LONG_DOC`` body sentences or ``LONG_MIN_WORDS`` words; a news story)
is ranked by one model
each for 1, 2, 3 and 4 or more (``"many"``) sentences and one for word budgets, because
the best single sentence is not the best first of three; their ``learned`` part uses
``features.BASE_FEATURES`` only. News puts the point first, so their position term keeps
the ranking close to lead and the model swaps in a better sentence where it can; the
content model's share is largest for one sentence (0.4) and none for three, where
the leading sentences of ILSUM news are hard to beat. A summary of three or more
sentences *opens with* the one-sentence model's pick (``opens_with``: the best single
sentence leads, the rest fill in around it) and weighs compactness (0.55 for three, 0.5
for more); four or more sentences of a short text (at most ``NEWS_MIN_WORDS`` words) are a large part of it, where the
content model's share grows to 0.4, so a short text whose opening is not its summary (an
essay, a feature) is not summarised by its first paragraph. A longer one that is not long is, short of a digest, for
the models that take their place there trust position (docs/pipeline.md, "Where it is weak"). On a text of full news length (more
than ``NEWS_MIN_WORDS`` words, longer than any ILSUM article) the best single sentence, and so the
opening of the longer summaries, is ``"1-news"``'s: fitted with every feature but ``dependent_opening`` on two same-topic
articles joined, the first article's heading as the reference, where ``"1"``, fitted on ILSUM's
cut articles, drifts from the opening and falls below lead. The sentences that follow that opening
in a summary of three are ``"3-news"``'s: ``"3"``'s coefficients with a stronger position term
(blend 0.2, not 0.4), since its learned part, fitted on the cut articles, drifts the same way; in a
longer summary ``"many-news"``'s, ``"many"``'s coefficients with the same position term. A summary
of four or more sentences that is a quarter of the text or more (``DIGEST_PART``: a third of an
essay, ``ratio=0.3``) is a digest, not the gist, and is ``"digest"``'s at any length up to
``LONG_DOC`` sentences: ``"many"``'s model without the shortness term, which pays against a short
reference but loses against one a third of the text long, and with the overlap term (0.5). A
longer text (an essay, a long report, several stories: more than ``LONG_DOC`` sentences and ``LONG_MIN_WORDS``
words) is ranked by the ``"long"`` model, fitted on joined ILSUM
articles, with no fixed position term (its blend is 1): there the opening is not the
summary, and the model weighs position, paragraph leads and content itself. Its content
model, fitted on the joined articles in order and shuffled, has half the weight (share
0.5): a long text may be a digest whose paragraphs open with their point or an essay whose
points stand anywhere, and nothing in one text tells the two apart reliably. Its summaries
open with the one-sentence model's pick as well, ``"1-news"``'s (the one-sentence model fitted on
the longer texts): a long text may also be one long news story, where that pick is better than the
long model's own (the ``long-story`` evaluation condition shows how far both still are from lead
there). A digest of a long text (four or more sentences, a quarter of it or more) is
``"long-digest"``'s: the long model with the overlap term of ``"digest"`` and the ending term (0.6: a digest of an
essay keeps its conclusion as a news summary keeps the opening); so is a summary of two or three
sentences of a long text, ``"long-brief"``'s: too few sentences to hold the lead of each of its parts,
they are best its most central ones (no ending term there). Both open with the one-sentence pick where
the text opens like a news story (pyramid score above 0) or the long model itself ranks that sentence within
its best fifth (``opening_rank`` 0.2): a long news story's opening states its point, an essay's opening scene
does not.

Sentences are then picked greedily by maximal marginal relevance,
``lambda * score - (1 - lambda) * max similarity to those already picked`` (lambda = ``mmr_lambda`` of the model file),
and a sentence whose similarity to a picked one reaches ``DUPLICATE_SIM`` is never
picked (a standfirst repeated in the body is picked once at most). A sentence that reads only after the one before
it (its first word a demonstrative pronoun or determiner, a conjunction or an adverb that carries on:
``उन्हें प्लेयर ऑफ द मैच चुना गया।``, ``इसे मापने के लिए ...``, ``लेकिन ...``, ``इसलिए ...``; not ``इस साल`` or ``अगर``;
``features.leaning_openings``) is picked after the first pick only once the sentence
before it is, while any other sentence is left: read alone it names nothing (model card, "A sentence that leans comes
with the one before"). Not in a long text (``is_long``): the human extracts of the essays keep such sentences where
they stand, and held to the rule the essays' summaries fell below TextRank's at the reference's length.
The first pick is exempt: held to the rule, the best single sentence lost R-1 against one-line references (news
length, val: 29.14 -> 27.49), where after the first pick the rule moves three-sentence summaries by 0.00 to -0.12 and
gains at a third of a text. But in any text the first pick is never a sentence that opens with a conjunction
(``लेकिन``, ``पर``, ``हालांकि``; ``features.Openings.contrasts``) where another is eligible: "but ..." alone opens
no summary. A word budget keeps such a sentence only where it keeps the one before, and past
``MMR_MAX_PICKS`` picks such a sentence follows the one before it when that one is taken. MMR runs for the
first ``MMR_MAX_PICKS`` picks; a longer summary (``ratio=1.0``, a huge ``max_words``)
takes the remaining sentences by score, still leaving out repeated lines and
near-duplicates of the MMR picks. Each MMR step costs time linear in the text, so
MMR over every sentence of a long text would be quadratic.

Only *eligible* sentences are picked: at least ``MIN_WORDS`` words, mostly
Devanagari letters, not the continuation of a quotation opened in an earlier
sentence (double marks only: a quotation in curly single marks, ``‘...’``, is not followed; making its tails
ineligible was measured and left out, model card "Refit of 2026-12-07, later"), not a bare attribution such as ``रक्षा मंत्री ने एक्स पर एक पोस्ट में कहा।``, not a line that
ends in a colon and so introduces what follows (``अध्ययन के मुख्य बिंदु:`` before a list), not a question (one that
ends in ``?``: a crosshead such as ``क्या है प्रधानमंत्री आवास योजना?``, an interviewer's question; it asks what the
text then tells), and not a
link to another story glued into a paragraph (``पढ़ें- …``, ``यह भी पढ़ें: …``; ``text.clean``
removes such a link when it has a line of its own), not an instruction to work the page
(``ऊपर दिए गए फोटो पर क्लिक करें``, ``text.clean.is_reader_instruction``) or an announcement of what the story will
go on to tell (``आगे स्टोरी में हम ... जानेंगे``) or a short pointer to what is elsewhere (``देखें 12 तस्वीरें...``,
``क्या है पूरा मामला``), not a crosshead that is a label or a teaser (a sub-heading line
that no sentence mark ends, in a text whose sentences end in marks, which says nothing by itself: ``सैलरी``,
``विदेश मंत्रालय ने दिया ये जवाब``; ``_crossheads``), and not a short sentence (at most
``ISOLATED_MAX_WORDS`` words) that shares no content term with any other body sentence: a
greeting, an aside or a stray caption (``आप सभी को धन्यवाद।``) is not the point of the text, and
the shortness term would otherwise favour it.
When no sentence is eligible every sentence with a word is, so a short note still
gets a summary. The headline is never picked (it is not a body sentence).
A summary of a sentence count (``sentences=``, ``ratio=``) that the eligible sentences cannot
make is filled up with the short sentences that were left out only for sharing no content term
(``reserve``), in document order, with score 0: a three-sentence note of short sentences asked for
two gets two. A word budget is never filled up this way.

Length (exactly one): ``sentences=k`` (the k best); ``ratio=r`` (``max(1, round(r * n))``
of the n body sentences); ``max_words=w`` (walk the picks best first, keep each that
still fits in w words, skip the rest). If not even one sentence fits the budget,
the best sentence is returned alone: a summary is never empty for a non-empty
document, and the budget is exceeded only in that case.

A picked sentence that opens a quotation which goes on in the next sentence, not picked (the tail of a quotation is
picked only where no sentence is eligible), is shown closed: an
ellipsis and the closing mark that matches its opening one (``अदालत ने कहा, "ग़रीबी किसी को जेल में रखने की वजह
नहीं हो सकती. …"``; ``ScoredSentence.text``, ``closed_quotation``). A reader otherwise saw a quotation opened and
never closed (3 of 30 picks of ten BBC-style stories in a review; 73 of the 2,123 ILSUM three-sentence summaries).
Leaving such sentences out instead lost ROUGE-1 (news-length with long sentences, k = 1, test: 24.34 -> 24.14), as
they are often the statement the story reports.
"""

from __future__ import annotations

import json
from pathlib import Path
from dataclasses import dataclass
from itertools import islice
from typing import Callable, Iterable, Iterator

import numpy as np
import regex
from scipy.sparse import csr_matrix

from ..doc import PUNCT_KINDS, Document, Sentence
from ..resources import load_model
from ..results import ScoredSentence, Summary
from ..text.clean import is_reader_instruction, merged_spans, opens_also_read, shown_span
from ..text.lines import has_line_break
from ..text.script import devanagari_shares
from ..text.sentences import DOUBLED_SINGLE_QUOTE
from ..text.stopwords import REPORTING_VERBS
from .features import CONTENT_FEATURES, FEATURES, RECURRENCE_FEATURES, openings, sentence_features

__all__ = [
    "DIGEST_PART",
    "Ranker",
    "SentenceRanking",
    "combined_scores",
    "fit_words",
    "opening_pick",
    "rank_sentences",
    "select",
    "summarize_doc",
    "opens_quotations",
    "closed_quotation",
    "fill",
    "eligibility",
    "is_eligible",
    "reserve",
    "load_ranker",
    "model_for",
    "opening_model",
]

_RECURRENCE = np.isin(FEATURES, RECURRENCE_FEATURES)
_OVERLAP = FEATURES.index("overlap_centrality")
_PYRAMID = FEATURES.index("pyramid_x_first")  # the text's pyramid score, in the first sentence's row

#: The shipped ranker coefficients, relative to ``models/``.
RANKER_FILE = ("ranker", "ranker.json")
RANKER_FORMAT = 19
_RETRAIN = "python -m hindi_brief.training.ranker --data ../shared/data/ilsum_hi --out models/ranker"
DUPLICATE_SIM = 0.8
MIN_WORDS = 4
#: A sentence of at most this many words is eligible only if it shares a content term with another
#: body sentence (chosen by cross-validation on val: 6, 8 and 12 words; model card, "Isolated short sentences").
ISOLATED_MAX_WORDS = 8
MIN_DEVANAGARI = 0.5
MMR_MAX_PICKS = 100

_ATTRIBUTION_MAX_WORDS = 12


class SentenceRanking:
    """Scores of every body sentence and the MMR pick order of the eligible ones.

    The order is produced lazily (``picks()``), so asking for a three-sentence
    summary of a 5,000-sentence text costs three MMR steps, not 5,000. ``first``: an
    eligible sentence picked before any other (the opening pick of ``opening_pick``). ``leans``: per sentence, whether
    it reads only after the one before it (``features.leaning_openings``), which it then follows into the picks.
    """

    __slots__ = ("scores", "_unit", "_eligible", "_keys", "_lambda", "_first", "_leans", "_contrasts", "_order")

    def __init__(
        self,
        scores: np.ndarray,
        unit: csr_matrix | np.ndarray | None = None,
        eligible: np.ndarray | None = None,
        keys: list[str] | None = None,
        mmr_lambda: float = 1.0,
        first: int | None = None,
        leans: np.ndarray | None = None,
        contrasts: np.ndarray | None = None,
    ) -> None:
        self.scores = scores
        """Combined score per body sentence (0 for ineligible ones)."""
        self._unit, self._eligible, self._keys, self._lambda = unit, eligible, keys, mmr_lambda
        self._first = first
        self._leans = leans
        self._contrasts = contrasts
        self._order: tuple[int, ...] | None = None

    def picks(self) -> Iterator[int]:
        """Body-sentence indices in pick order (best first); near-duplicates of earlier picks left out."""
        if self._unit is None or self._eligible is None or self._keys is None:
            return iter(())
        return _mmr(self.scores, self._unit, self._eligible, self._keys, self._lambda, self._first, self._leans)

    @property
    def leans(self) -> np.ndarray | None:
        """Per body sentence, whether it reads only after the one before it (``None``: no sentence is held to it)."""
        return self._leans

    @property
    def contrasts(self) -> np.ndarray | None:
        """Per body sentence, whether it opens with a conjunction, which opens no summary (``None``: none is held to
        it, no eligible sentence being another kind)."""
        return self._contrasts

    @property
    def order(self) -> tuple[int, ...]:
        """The whole pick order (``picks()`` run to the end, cached)."""
        if self._order is None:
            self._order = tuple(self.picks())
        return self._order


# Double quotation marks as news sites type them: straight, curly, and doubled single marks
# (PTI copy writes ''...'' and ‘‘...’’).
_DOUBLED_OPEN, _DOUBLED_CLOSE = "‘‘", "’’"
_LEADING_CLOSER = regex.compile(r"\s*(?:''|’’|\"|”)")


#: The mark that closes a quotation opened by each opening mark (``opens_quotations``).
_CLOSING_MARK = {"“": "”", _DOUBLED_OPEN: _DOUBLED_CLOSE, DOUBLED_SINGLE_QUOTE: DOUBLED_SINGLE_QUOTE, '"': '"'}
_QUOTE_MARK = regex.compile("“|”|" + _DOUBLED_OPEN + "|" + _DOUBLED_CLOSE + "|" + DOUBLED_SINGLE_QUOTE + '|"')
#: The marks of one kind, which close one another's quotations (``_read_quotation_marks``): copy opens ``‘‘`` and
#: closes ``''`` (PTI), or opens ``"`` and closes ``”``.
_KIND = {"“": 0, "”": 0, '"': 0, _DOUBLED_OPEN: 1, _DOUBLED_CLOSE: 1, DOUBLED_SINGLE_QUOTE: 1}
_OPENING_MARKS = frozenset(("“", _DOUBLED_OPEN))
_STRAIGHT = frozenset(('"', DOUBLED_SINGLE_QUOTE))
#: A character of a word: letters, their signs, digits (a quotation mark glued to one; a line that ends in one).
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{Nd}]")
#: Marks that end what is before them: a straight quotation mark right after one closes (``हैं।"``), never opens; one
#: after a comma may do either (``कहा,"हम``, ``कहा,'' कान``).
_ENDING_MARKS = frozenset("।॥.?!…)]")
#: What a quotation may open with besides a word: a currency or other symbol, a hashtag, a handle, a bracket, a single
#: quotation mark (``"₹500 करोड़"``, ``"#MeToo"``, ``"(अपराध)"``).
_STARTS_QUOTED = regex.compile(r"[\p{L}\p{M}\p{Nd}\p{Sc}\p{So}#@(\[‘]")
#: A straight mark after a space at the end of a sentence: the splitter's reading of marks by their parity may leave the
#: next sentence's opening mark there (``की। "`` | ``पठान" ने``).
_TRAILING_OPENER = regex.compile(r"\s(''|\")$")


def closed_quotation(text: str, closing: str) -> str:
    """``text``, a sentence that opens a quotation a summary does not go on with, shown closed: an ellipsis and
    ``closing``, the mark that closes it (``opens_quotations``): ``ने कहा, "ऐसी आवाज़ आई.`` -> ``ने कहा, "ऐसी आवाज़ आई.
    …"``."""
    return f"{text} …{closing}"


def _straight_side(text: str, start: int, end: int) -> int:
    """Which way a straight mark at ``text[start:end]`` faces: 1 where it opens (glued to the word or symbol after it,
    ``_STARTS_QUOTED``, not to a word before: ``कहा, "हम``, ``कहा,"हम``, ``ने "₹500 करोड़"``), -1 where it closes
    (glued to the word or final mark before it, not to a word after: ``हैं।"``, ``"अपराध" नहीं``), 0 where its place
    does not say (``कहा, " अभी``, ``हैं।"वह``)."""
    before = text[start - 1] if start > 0 else " "
    word_before = _WORD_CHAR.match(before) is not None
    word_after = end < len(text) and _WORD_CHAR.match(text, end) is not None
    starts_after = end < len(text) and _STARTS_QUOTED.match(text, end) is not None
    if starts_after and not word_before and before not in _ENDING_MARKS:
        return 1
    if not word_after and (word_before or before in _ENDING_MARKS):
        return -1
    return 0


def _read_quotation_marks(text: str, still_open: list[str]) -> int:
    """Reads the double quotation marks of ``text`` in order onto ``still_open``, the opening marks of the quotations
    open before it (innermost last), and returns the fewest quotations open at any point of it. A curly opening mark
    opens one. A straight mark opens or closes as its place says (``_straight_side``: ``‘‘ग़रीबी को "अपराध" नहीं''`` holds
    one quotation inside another; ``‘‘...किया है।"`` closes the ``‘‘``, whatever its kind); where its place does not
    say, it closes the innermost quotation if that was opened by a straight mark or one of its kind (``_KIND``), and
    else opens one. A curly closing mark closes the innermost quotation if that was opened by a straight mark (copy
    closes ``"`` with ``’’``) or one of its kind, and else nothing."""
    least = len(still_open)
    for m in _QUOTE_MARK.finditer(text):
        mark = m.group()
        side = _straight_side(text, m.start(), m.end()) if mark in _STRAIGHT else 0
        if mark in _OPENING_MARKS or side == 1:
            still_open.append(mark)
            continue
        closes = bool(still_open) and (
            side == -1 or still_open[-1] in _STRAIGHT or _KIND[still_open[-1]] == _KIND[mark]
        )
        if closes:
            still_open.pop()
            least = min(least, len(still_open))
        elif mark in _STRAIGHT and side == 0:
            still_open.append(mark)
    return least


def opens_quotations(doc: Document) -> list[str | None]:
    """For each body sentence: the mark that closes a quotation it opens and the next sentence goes on with
    (``_read_quotations``; the outermost, where it opens more), else None. Such a sentence is shown closed
    (``closed_quotation``) where the next one is not shown after it; the next one is picked only where no sentence is
    eligible (``is_eligible``)."""
    inside, left_open = _read_quotations(doc)
    return [
        _CLOSING_MARK[mark] if mark is not None and not here and after else None
        for here, after, mark in zip(inside, inside[1:] + [False], left_open)
    ]


def _read_quotations(doc: Document) -> tuple[list[bool], list[str | None]]:
    """For each body sentence: does it start inside a quotation that an earlier sentence of its line
    opened and that this sentence or a later one of the line closes (``_read_quotation_marks``)? And the opening mark
    of the outermost quotation it opens and leaves open at its end (None where it leaves none).

    A quotation never closed in its line is a stray or mistyped mark (scraped news drops or mistypes
    many closing quotes): it marks nothing, or one unclosed mark would make the rest of the text
    fragments.
    """
    inside = [False] * len(doc.sentences)
    left_open: list[str | None] = [None] * len(doc.sentences)
    if not any(mark in doc.text for mark in _CLOSING_MARK):
        return inside, left_open
    still_open: list[str] = []
    pending: list[tuple[int, int]] = []  # sentences inside an open quotation, and how many were open at their start
    prev_end = None
    carried = ""
    for i, s in enumerate(doc.sentences):
        carried_in = bool(carried)
        if prev_end is None or has_line_break(doc.text, prev_end, s.start):
            still_open, pending = [], []  # quotations do not run across lines here
        text = carried + s.text
        carried = ""
        trailing = _TRAILING_OPENER.search(text)
        if trailing is not None and s.end < len(doc.text) and _STARTS_QUOTED.match(doc.text, s.end):
            # The splitter left the next sentence's opening mark at this one's end (``की। "`` | ``पठान" ने``): it is
            # read at the start of that sentence, where it opens a quotation and closes none.
            carried, text = trailing.group(1), text[:trailing.start()]
        closer = _LEADING_CLOSER.match(text) if still_open and not carried_in else None
        if closer is not None:
            # The splitter left the closing mark at the start of the next sentence (``‘‘...।'' लेकिन``): the
            # innermost quotation ended before this sentence, whatever kind of mark closes it.
            still_open.pop()
            text = text[closer.end():]
            _mark_closed(pending, len(still_open), inside)
        if still_open:
            pending.append((i, len(still_open)))
        least = _read_quotation_marks(text, still_open)
        if len(still_open) > least:  # what it opened itself lies above the fewest it left open
            left_open[i] = still_open[least]
        _mark_closed(pending, least, inside)
        prev_end = s.end
    return inside, left_open


def _mark_closed(pending: list[tuple[int, int]], still_open: int, inside: list[bool]) -> None:
    """Marks in ``inside`` the ``pending`` sentences whose innermost quotation closed, now that only ``still_open``
    quotations are open, and drops them (a later sentence never starts inside fewer quotations than an earlier pending
    one, so those are at the end)."""
    while pending and pending[-1][1] > still_open:
        inside[pending.pop()[0]] = True


def _is_attribution(sentence: Sentence, n_words: int) -> bool:
    if n_words > _ATTRIBUTION_MAX_WORDS:
        return False
    c = sentence.columns
    norms = [norm for kind, norm in zip(c.kinds, c.norms) if kind not in PUNCT_KINDS]
    return norms[-1] in REPORTING_VERBS and "कि" not in norms


#: Closing quotes and brackets after a colon that ends a sentence.
_CLOSERS = " \t\"'”’)]»"


def _introduces(text: str) -> bool:
    """Does the sentence end in a colon, introducing what follows (``अध्ययन के मुख्य बिंदु:`` before a
    list, ``जानिए पूरी लिस्ट:``)? Its point is in the lines after it, which it does not hold."""
    return text.rstrip(_CLOSERS).endswith(":")


def _asks(text: str) -> bool:
    """Does the sentence end in a question mark (a crosshead such as ``क्या है प्रधानमंत्री आवास योजना?``, an
    interviewer's question, a rhetorical question)? It asks what the text goes on to say; a summary tells it."""
    return text.rstrip(_CLOSERS).endswith("?")


#: What ends a written sentence (a closing quote or bracket may follow it): a line that ends in none
#: of them was ended by its line break alone.
_SENTENCE_ENDS = frozenset("।॥.?!|…:;")
#: A line of its own of at most this many words that no sentence mark ends is a crosshead (see
#: ``_crossheads``); longer ones are paragraphs whose writer left out the final mark.
CROSSHEAD_MAX_WORDS = 25
#: A crosshead of at most this many words is a label (``_says_nothing``).
LABEL_MAX_WORDS = 4
#: Words by which a crosshead points ahead to what it does not say: demonstratives and question words
#: (``ये जवाब``, ``क्या कहा``, ``कितना नुकसान``) and the imperatives that send the reader on (``जानिए``).
POINTING_WORDS = frozenset(
    "ये यह ऐसे ऐसा ऐसी इतने इतना इतनी क्या क्यों कैसे कैसा कैसी कौन कितना कितने कितनी जानिए जानें देखिए देखें पढ़िए".split()
)
# A numbered or bulleted line is an item of a list (``1. दो खुराक के बाद ...``), often the points of the story.
_LIST_ITEM = regex.compile(r"\s*(?:[\p{Nd}]{1,2}[.)]|[•●▪◦*\-–—])\s")


def _crossheads(doc: Document, words: list[int]) -> list[bool]:
    """For each body sentence: is it a crosshead, a sub-heading of the story, that says nothing by itself
    (``_says_nothing``: ``सैलरी``, ``विदेश मंत्रालय ने दिया ये जवाब``)? Such a line labels or teases the paragraph
    below it and is no sentence of the story. A crosshead is ended by a line break after its last word, with no mark at
    all (a line that ends in a comma or a dash goes on in the next), has at most ``CROSSHEAD_MAX_WORDS`` words,
    is no numbered or bulleted item of a list, and the text writes its other sentences with marks (at least
    half of its body sentences end in one). Scraping often glues the line to the sentence before it, so only
    its end is looked at. The last sentence is never one: a text cut off in mid-sentence ends so."""
    sentences = doc.sentences
    last = [s.text.rstrip(_CLOSERS)[-1:] for s in sentences]
    if 2 * sum(ch in _SENTENCE_ENDS for ch in last) < len(sentences):  # a text without marks (a list, verse, a chat log)
        return [False] * len(sentences)
    return [
        _WORD_CHAR.match(last[i]) is not None  # a line ending in a comma or a dash goes on below
        and w <= CROSSHEAD_MAX_WORDS
        and has_line_break(doc.text, s.end, sentences[i + 1].start)
        and _LIST_ITEM.match(s.text) is None
        and _says_nothing(s, w)
        for i, (s, w) in enumerate(zip(sentences[:-1], words))
    ] + [False]


def _says_nothing(crosshead: Sentence, words: int) -> bool:
    """Is a crosshead a label or a teaser, which says nothing by itself? A label has at most ``LABEL_MAX_WORDS``
    words (``सैलरी``, ``एज लिमिट``) or pairs a name with a value (``पदों की संख्या : 96``); a teaser points ahead to
    what it does not say (``POINTING_WORDS``: ``विदेश मंत्रालय ने दिया ये जवाब``, ``पोर्टर ने क्या कहा था``). A crosshead
    that states its point (``16 राज्यों में पेट्रोल 100 के ऊपर``) may be picked: it is a headline of the paragraph."""
    if words <= LABEL_MAX_WORDS or ":" in crosshead.text:
        return True
    return not POINTING_WORDS.isdisjoint(crosshead.columns.norms)


def _rules(
    doc: Document, words: list[int] | None, unit: csr_matrix | np.ndarray | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Three boolean masks over body sentences: the rules on what a sentence is (at least ``MIN_WORDS``
    words, not the continuation of a quotation, a bare attribution, a line introducing what follows, a
    link to another story, an instruction to work the page, a question or a line mostly in another script), and whether
    it holds a word, and whether it is connected to the text (more than ``ISOLATED_MAX_WORDS`` words, or a
    content term it shares with another sentence)."""
    continuation = _read_quotations(doc)[0]
    if words is None or unit is None:
        feats = sentence_features(doc, recurrence=False)
        words, unit = feats.words, feats.unit
    shares_a_term = _shares_a_term(unit)
    shares = devanagari_shares(doc.text, [(s.start, s.end) for s in doc.sentences])
    crosshead = _crossheads(doc, words)
    own = np.array(
        [
            w >= MIN_WORDS
            and not continuation[i]
            and not crosshead[i]
            and not _is_attribution(s, w)
            and not _introduces(s.text)
            and not _asks(s.text)
            and not opens_also_read(s.text)
            and not is_reader_instruction(s.text)
            and shares[i] >= MIN_DEVANAGARI
            for i, (s, w) in enumerate(zip(doc.sentences, words))
        ],
        dtype=bool,
    ).reshape(-1)
    has_words = np.array([w > 0 for w in words], dtype=bool).reshape(-1)
    connected = np.array([w > ISOLATED_MAX_WORDS or bool(shares_a_term[i]) for i, w in enumerate(words)], dtype=bool).reshape(-1)
    return own, has_words, connected


def eligibility(
    doc: Document, words: list[int] | None = None, unit: csr_matrix | np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """``is_eligible(doc)`` and ``reserve(doc)`` from one reading of the rules (the training command needs both)."""
    own, has_words, connected = _rules(doc, words, unit)
    mask = own & connected
    if not mask.any():  # every sentence with a word is eligible then, and none is held in reserve
        return has_words, np.zeros(len(own), dtype=bool)
    return mask, own & ~connected


def is_eligible(doc: Document, words: list[int] | None = None, unit: csr_matrix | np.ndarray | None = None) -> np.ndarray:
    """Boolean mask over body sentences: may this sentence be picked? (rules in the module doc).

    ``words`` and ``unit``: the word count and the BM25 vector of each body sentence
    (``features.sentence_features``) when the caller has them already.
    """
    return eligibility(doc, words, unit)[0]


def reserve(doc: Document, words: list[int] | None = None, unit: csr_matrix | np.ndarray | None = None) -> np.ndarray:
    """Boolean mask over body sentences: the ones that are not eligible only because they are short and
    share no content term with the others. They fill a summary of a sentence count that the eligible
    sentences cannot make (``fill``): a three-sentence note of short sentences asked for two gets two,
    not one. A line of fewer than ``MIN_WORDS`` words (a caption, a photo credit) never fills."""
    return eligibility(doc, words, unit)[1]


def fill(picks: list[int], k: int, reserve: np.ndarray, keys: list[str]) -> list[int]:
    """``picks`` (pick order) and after them, while fewer than ``k``, the ``reserve`` sentences in
    document order, each unless its text is one already taken (a repeated line)."""
    if len(picks) >= k:
        return picks
    out = list(picks)
    picked = set(out)  # a set: a long text asked for all its sentences may have thousands of picks
    taken = {keys[i] for i in out}
    for i in np.flatnonzero(reserve).tolist():
        if len(out) == k:
            break
        if i not in picked and keys[i] not in taken:
            out.append(i)
            picked.add(i)
            taken.add(keys[i])
    return out


def _shares_a_term(unit: csr_matrix | np.ndarray) -> np.ndarray:
    """For each row of the sentence-term matrix ``unit``: does one of its terms occur in another row?
    (Linear in the matrix's non-zero cells.)"""
    present = unit != 0
    in_rows = np.asarray(present.sum(axis=0)).ravel()
    return np.asarray(present @ (in_rows >= 2)).ravel() > 0


@dataclass(frozen=True, slots=True)
class Ranker:
    """The ranker's parameters per model (``ranker.json``, or a fit of the training command)."""

    coef: dict[str, np.ndarray]
    blend: dict[str, float]
    content: dict[str, np.ndarray]
    share: dict[str, float]
    compactness: dict[str, float]
    opens_with: dict[str, str | None]
    mmr_lambda: float
    overlap: dict[str, float]
    ending: dict[str, float]
    opening_rank: dict[str, float]

    def scores(self, model: str, matrix: np.ndarray, words: np.ndarray) -> np.ndarray:
        """``combined_scores`` of every sentence under ``model`` (``words`` per sentence)."""
        return combined_scores(
            matrix,
            self.coef[model],
            self.blend[model],
            content=self.content[model],
            share=self.share[model],
            compactness=self.compactness[model],
            words=words,
            overlap=self.overlap[model],
            ending=self.ending[model],
        )

    def ranking(
        self, model: str, matrix: np.ndarray, words: np.ndarray, eligible: np.ndarray, unit: csr_matrix | np.ndarray,
        keys: list[str], leans: np.ndarray | None = None, contrasts: np.ndarray | None = None,
    ) -> SentenceRanking:
        """The eligible sentences ranked by ``model``, opening with its ``opens_with`` model's pick
        (``"1"``'s pick is ``"1-news"``'s on a text of news length: ``opening_model``); on a text that does not
        open like a news story (pyramid score at most 0), only where ``model`` ranks that sentence within its
        ``opening_rank`` share of the eligible sentences. ``leans``: the sentences that read only after the one
        before them (``features.leaning_openings``), which follow it into the picks after the first in a text that is
        not long (``is_long``: an essay's human extract keeps such sentences where they stand; model card).
        ``contrasts``: the sentences that open with a conjunction (``features.Openings``), which the first pick passes
        over where another sentence is eligible: ``लेकिन ...`` alone opens no summary."""
        opening = opening_model(self.opens_with[model], len(words), int(words.sum()))
        if leans is not None and is_long(len(words), int(words.sum())):
            leans = None
        # The sentences that may open the summary: not one that opens with a conjunction, where another is eligible.
        if contrasts is not None and contrasts.any() and (eligible & ~contrasts).any():
            may_open = eligible & ~contrasts
        else:
            may_open, contrasts = eligible, None
        first = None if opening is None else opening_pick(self.scores(opening, matrix, words), may_open)
        own = self.scores(model, matrix, words) * eligible
        # A text that opens like a news story (its first sentence stands out: features.pyramid_score > 0) keeps
        # the pick; otherwise the pick must be among the model's own best (an essay's opening scene is not).
        if first is not None and self.opening_rank[model] < 1.0 and matrix[0, _PYRAMID] <= 0.0:
            # Its place in the model's own order (ties: the earlier sentence first, as the picks break them).
            ahead = np.count_nonzero(eligible & (own > own[first])) + np.count_nonzero(eligible[:first] & (own[:first] == own[first]))
            if ahead >= self.opening_rank[model] * np.count_nonzero(eligible):
                first = None
        if first is None and contrasts is not None:
            # MMR's own first pick is the best by score (nothing is picked yet to be similar to), passing over those.
            first = opening_pick(own, may_open)
        return SentenceRanking(own, unit, eligible, keys, self.mmr_lambda, first, leans, contrasts)


def load_ranker() -> Ranker:
    """The shipped coefficients (read once per file); ``ModelError`` naming the fix when missing or damaged."""
    return load_model(RANKER_FILE, _read_ranker, what="sentence ranker", rebuild=_RETRAIN)


def _read_ranker(path: Path) -> Ranker:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != RANKER_FORMAT:
        raise ValueError(f"format {data.get('format')!r}, expected {RANKER_FORMAT}")
    if tuple(data["features"]) != FEATURES:
        raise ValueError("its feature names differ from this version's")
    coef, blend, content, share, compactness, opens_with, overlap, ending, opening_rank = {}, {}, {}, {}, {}, {}, {}, {}, {}
    position_free = np.isin(FEATURES, CONTENT_FEATURES)
    for name in MODELS:
        m = data["models"][name]
        for key, out in (("coef", coef), ("content_coef", content)):
            c = np.asarray(m[key], dtype=np.float64)
            if c.shape != (len(FEATURES),) or not np.isfinite(c).all():
                raise ValueError(f"model {name!r} has bad {key}")
            out[name] = c
        if content[name][~position_free].any():
            raise ValueError(f"model {name!r}: its content model weighs a position feature")
        blend[name], share[name] = float(m["blend"]), float(m["share"])
        if not (0.0 <= blend[name] <= 1.0 and 0.0 <= share[name] <= 1.0):
            raise ValueError(f"model {name!r} blend or share outside [0, 1]")
        compactness[name] = float(m["compactness"])
        if not 0.0 <= compactness[name] <= 1.0:
            raise ValueError(f"model {name!r} compactness outside [0, 1]")
        overlap[name] = float(m["overlap"])
        if not 0.0 <= overlap[name] <= 1.0:
            raise ValueError(f"model {name!r} overlap outside [0, 1]")
        ending[name] = float(m["ending"])
        if not 0.0 <= ending[name] <= 1.0:
            raise ValueError(f"model {name!r} ending outside [0, 1]")
        opening_rank[name] = float(m["opening_rank"])
        if not 0.0 < opening_rank[name] <= 1.0:
            raise ValueError(f"model {name!r} opening_rank outside (0, 1]")
        opens_with[name] = m["opens_with"]
        # An opening model that itself opens with another would make the pick order depend on a chain.
        if opens_with[name] is not None and (opens_with[name] not in MODELS or data["models"][opens_with[name]]["opens_with"] is not None):
            raise ValueError(f"model {name!r} opens with {opens_with[name]!r}, not a model without an opening of its own")
    expected = {
        "long_doc": LONG_DOC, "long_min_words": LONG_MIN_WORDS, "news_min_words": NEWS_MIN_WORDS, "digest_part": DIGEST_PART,
    }
    if any(data.get(k) != v for k, v in expected.items()):
        raise ValueError(
            ", ".join(f"{k} {data.get(k)!r}" for k in expected) + ", expected " + ", ".join(map(str, expected.values()))
        )
    lam = float(data["mmr_lambda"])
    if not 0.0 < lam <= 1.0:
        raise ValueError("mmr_lambda outside (0, 1]")
    return Ranker(
        coef=coef, blend=blend, content=content, share=share, compactness=compactness, opens_with=opens_with, mmr_lambda=lam,
        overlap=overlap, ending=ending, opening_rank=opening_rank,
    )


#: Texts of more than this many body sentences are ranked by the ``"long"`` model (a digest of them by
#: ``"long-digest"``). It is fitted on
#: joined ILSUM texts, 1 of 212 of which has 40 sentences or fewer; a full-length news story of up to
#: 40 sentences (about 750 words) is ranked as news, since on single stories the long model picks
#: the weaker sentences (model card, "Long texts").
LONG_DOC = 40
#: ... and of more than this many words. Forty sentences of news run to about 750 words, so a text of more
#: sentences in fewer words is one news story of short lines (dialogue, crossheads, captions; 30 of ILSUM's 1,061
#: ``news-length`` pairs have 41 to 51 sentences in at most 511 words), which the long model, fitted on five joined
#: articles (at least 800 words when over 40 sentences) and trusting no position, ranked below lead (a summary
#: review). Every joined text, essay and encyclopedic article of the evaluations with more than 40 sentences has more
#: than 800 words.
LONG_MIN_WORDS = 750
#: A text of more than ``NEWS_MIN_WORDS`` words that is not long (``is_long``) has the length
#: of full-length news: longer than any article the other models are fitted on (ILSUM's, cut to about
#: 256 words; at most 263 words of body among the 1,061 val articles). Counted in words, not sentences:
#: web news such as BBC Hindi writes fewer, longer sentences than ILSUM's, so a 450-word story may have
#: 15 (model card, "News length in words"). There the
#: best single sentence is ``"1-news"``'s, a model fitted on texts of that length with a one-line
#: summary (the ``news-length`` evaluation condition), where ``"1"`` drifts from the opening.
#: There a three-sentence summary is ``"3-news"``'s: ``"3"``'s coefficients with a stronger position
#: term after the opening pick (blend 0.2, not 0.4; model card, "Three sentences at news length"), and
#: a longer one ``"many-news"``'s, ``"many"``'s coefficients the same way (blend 0.2, no content share).
#: Two sentences and a word budget are ``"2-news"``'s and ``"budget-news"``'s: after the opening pick, the
#: text's order leads (blend 0.2 and 0; model card, "Two sentences and a word budget at news length").
NEWS_MIN_WORDS = 300
#: A summary of four or more sentences that is at least 1 / ``DIGEST_PART`` of a text of at most
#: ``LONG_DOC`` sentences is a digest of the text, not its gist: ranked by ``"digest"``, ``"many"``'s
#: model without the shortness term and without the stronger position term of news length. Shortness
#: pays against a short reference (a headline, ILSUM's 50-word summaries); a third of an essay is
#: judged against a third of it, where a short-sentence pick loses (model card, "Digests"); and both
#: digest models add the text's term-overlap centrality (``Ranker.overlap``), what recurs across the text.
DIGEST_PART = 4
#: Model -> the model that takes its place on a text of news length.
NEWS_MODELS = {"1": "1-news", "2": "2-news", "3": "3-news", "many": "many-news", "budget": "budget-news"}
MODELS = (
    "1", "1-news", "2", "2-news", "3", "3-news", "many", "many-news", "digest", "budget", "budget-news", "long",
    "long-brief", "long-digest",
)


def model_for(
    *, sentences: int | None = None, max_words: int | None = None, n_sentences: int = 0, n_words: int = 0
) -> str:
    """Which ranker model serves a length request on a text of ``n_sentences`` body sentences and
    ``n_words`` words: ``"long"`` for a long text (``is_long``) (``"long-digest"`` for
    4 or more sentences that are at least 1 / ``DIGEST_PART`` of it, ``"long-brief"`` for 2 or 3), else ``"1"``, ``"2"``,
    ``"3"`` (also the default), ``"many"`` (4 or more), ``"digest"`` (4 or more and at least
    1 / ``DIGEST_PART`` of the sentences) or ``"budget"``; on a text of news length (more than
    ``NEWS_MIN_WORDS`` words) the model ``NEWS_MODELS`` names in their place (``"1-news"`` for
    ``"1"``...)."""
    digest = sentences is not None and sentences >= 4 and sentences * DIGEST_PART >= n_sentences > 0
    if is_long(n_sentences, n_words):
        if digest:
            return "long-digest"
        return "long-brief" if sentences in (2, 3) else "long"
    if max_words is not None:
        return _at_length("budget", n_sentences, n_words)
    if sentences is None:
        model = "3"
    elif sentences >= 4:
        model = "digest" if digest else "many"
    elif sentences <= 1:
        model = "1"
    else:
        model = str(sentences)
    return _at_length(model, n_sentences, n_words)


def opening_model(model: str | None, n_sentences: int, n_words: int) -> str | None:
    """The model whose pick opens a summary that opens with ``model``'s: ``"1-news"`` for ``"1"``
    on a text of news length (``NEWS_MODELS``) or longer, else ``model``.

    A long text (``is_long``) opens with ``"1-news"``'s pick too: of the two
    one-sentence models it is the one fitted on the longer texts, and ``"1"``, fitted on ILSUM's
    cut articles, drifts from the opening of a long story (model card, "Long texts open with the
    news-length pick")."""
    if model is None:
        return None
    if is_long(n_sentences, n_words):
        return NEWS_MODELS.get(model, model)
    return _at_length(model, n_sentences, n_words)


def _at_length(model: str, n_sentences: int, n_words: int) -> str:
    """``model``, or on a text of news length the model that takes its place there (``NEWS_MODELS``)."""
    if n_words > NEWS_MIN_WORDS and not is_long(n_sentences, n_words):
        return NEWS_MODELS.get(model, model)
    return model


def is_long(n_sentences: int, n_words: int) -> bool:
    """Is a text of ``n_sentences`` body sentences and ``n_words`` words ranked by the long models? More than
    ``LONG_DOC`` sentences and more than ``LONG_MIN_WORDS`` words."""
    return n_sentences > LONG_DOC and n_words > LONG_MIN_WORDS


def rank_sentences(doc: Document, *, model: str = "3") -> SentenceRanking:
    """Score all body sentences of ``doc`` with the ranker ``model`` (see ``model_for``) and
    order the eligible ones by MMR."""
    return _ranked(doc, model, sum(s.n_words for s in doc.sentences))


def _ranked(doc: Document, model: str, n_words: int) -> SentenceRanking:
    """``rank_sentences`` for a caller that has counted the document's ``n_words`` already."""
    n = len(doc.sentences)
    if n == 0:
        return SentenceRanking(np.zeros(0))
    ranker = load_ranker()
    if model not in ranker.coef:
        raise ValueError(f"model must be one of {sorted(ranker.coef)}, got {model!r}")
    opening = opening_model(ranker.opens_with[model], n, n_words)
    used = [model] if opening is None else [model, opening]
    # A model that gives the recurrence features no weight does not pay for them: they cost
    # a second sentence graph.
    weighs = np.zeros(len(RECURRENCE_FEATURES), dtype=bool)
    for name in used:
        weighs |= ranker.coef[name][_RECURRENCE] != 0
        if ranker.share[name] < 1.0:
            weighs |= ranker.content[name][_RECURRENCE] != 0
        if ranker.overlap[name] > 0.0:
            weighs[RECURRENCE_FEATURES.index("overlap_centrality")] = True
    feats = sentence_features(doc, recurrence=bool(weighs.any()))
    eligible = is_eligible(doc, feats.words, feats.unit)
    words = np.asarray(feats.words, dtype=np.float64)
    keys = [" ".join(s.text.split()) for s in doc.sentences]
    opens = openings(doc)
    return ranker.ranking(model, feats.matrix, words, eligible, feats.unit, keys, opens.leans, opens.contrasts)


def combined_scores(
    matrix: np.ndarray,
    coef: np.ndarray,
    blend: float,
    *,
    content: np.ndarray | None = None,
    share: float = 1.0,
    compactness: float = 0.0,
    words: np.ndarray | None = None,
    overlap: float = 0.0,
    ending: float = 0.0,
) -> np.ndarray:
    """``share * ((1 - blend) / (1 + i) + blend * learned) + (1 - share) * content_score``, the two linear
    parts each scaled to (0, 1] inside the text, plus ``compactness`` times how much shorter than the
    longest sentence each one is, scaled to [0, 1] (``words`` per sentence), plus ``overlap`` times the
    sentence's ``overlap_centrality`` scaled to (0, 1], plus ``ending`` times ``1 / (1 + sentences after it)``,
    the mirror of the position term (the same function scores sentences for users and for the training
    command's cross-validation)."""
    scores = (1.0 - blend) * matrix[:, FEATURES.index("inv_position")] + blend * _scaled(matrix @ coef)
    if content is not None and share < 1.0:
        scores = share * scores + (1.0 - share) * _scaled(matrix @ content)
    if compactness > 0.0 and words is not None and len(words):
        spread = words.max() - words.min()
        if spread > 0:
            scores = scores + compactness * (words.max() - words) / spread
    if overlap > 0.0:
        scores = scores + overlap * _scaled(matrix[:, _OVERLAP])
    if ending > 0.0:
        scores = scores + ending / np.arange(len(matrix), 0, -1)
    return scores


def opening_pick(scores: np.ndarray, eligible: np.ndarray) -> int | None:
    """The eligible sentence of highest ``scores`` (ties: the earliest), ``None`` when none is eligible."""
    if not eligible.any():
        return None
    return int(np.argmax(np.where(eligible, scores, -np.inf)))


def _scaled(x: np.ndarray) -> np.ndarray:
    """``x`` shifted and scaled to (0, 1]: only the order and spacing inside the text count."""
    x = x - x.min() + 1e-3
    return x / x.max()


def _mmr(
    scores: np.ndarray,
    unit: csr_matrix | np.ndarray,
    eligible: np.ndarray,
    keys: list[str],
    mmr_lambda: float,
    first: int | None = None,
    leans: np.ndarray | None = None,
) -> Iterator[int]:
    """Greedy MMR pick order over eligible sentences (``first``, when given, before any other);
    near-duplicates of picked ones are dropped. After the first pick a sentence that ``leans`` on the one before it
    waits until that one is picked, while any other is left (``features.leaning_openings``).

    ``unit`` holds the L2-normalised sentence vectors: each step computes the
    similarities of the picked sentence only (one sparse product), so ``k`` picks
    cost O(k * n), never a full sentence x sentence matrix.
    """
    n = len(scores)
    available = eligible.copy()
    max_sim = np.zeros(n)
    picked = np.zeros(n, dtype=bool)
    same_text: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        same_text.setdefault(key, []).append(i)
    for _ in range(MMR_MAX_PICKS):
        if not available.any():
            return
        if first is not None and available[first]:
            best = first
        else:
            gain = mmr_lambda * scores - (1.0 - mmr_lambda) * max_sim
            ready = available
            if leans is not None and picked.any():
                waiting = leans.copy()
                waiting[1:] &= ~picked[:-1]
                if (available & ~waiting).any():
                    ready = available & ~waiting
            gain[~ready] = -np.inf
            best = int(np.argmax(gain))  # ties: the earliest sentence
        picked[best] = True
        yield best
        available[same_text[keys[best]]] = False  # the same text again (a repeated line)
        sim = unit @ unit[best] if isinstance(unit, np.ndarray) else np.asarray((unit @ unit[best].T).todense()).ravel()
        sim[best] = 0.0
        max_sim = np.maximum(max_sim, sim)
        available &= max_sim < DUPLICATE_SIM
    # The rest by score (ties: the earliest sentence); stable sort keeps index order among ties. A sentence that leans
    # on one not yet taken waits for it and follows it; those whose sentence never comes close the order, by score.
    waiting: dict[int, list[int]] = {}
    held: list[int] = []
    for i in np.argsort(-scores, kind="stable").tolist():
        if not available[i]:
            continue
        if leans is not None and leans[i] and not picked[i - 1]:
            waiting.setdefault(i - 1, []).append(i)
            held.append(i)
            continue
        chain = [i]
        while chain:
            j = chain.pop()
            if available[j]:
                picked[j] = True
                yield j
                available[same_text[keys[j]]] = False
                chain.extend(reversed(waiting.pop(j, ())))
    for i in held:
        if available[i]:
            yield i
            available[same_text[keys[i]]] = False


def select(
    ranking: SentenceRanking, doc: Document, *, sentences: int | None, ratio: float | None, max_words: int | None
) -> list[int]:
    """Indices (pick order) of the sentences to keep for the requested length (options already validated)."""
    if max_words is not None:
        return fit_words(ranking.picks(), lambda i: doc.sentences[i].n_words, max_words, ranking.leans, ranking.contrasts)
    if ratio is not None:
        k = max(1, int(ratio * len(doc.sentences) + 0.5))
    else:
        k = 3 if sentences is None else sentences
    # No summary is longer than the document (islice refuses a count above sys.maxsize).
    k = min(k, len(doc.sentences))
    picks = list(islice(ranking.picks(), k))
    if len(picks) < k:  # rare: the reserve is computed only then
        picks = fill(picks, k, reserve(doc), [" ".join(s.text.split()) for s in doc.sentences])
    return picks


def fit_words(
    picks: Iterable[int], words_of: Callable[[int], float], max_words: int, leans: np.ndarray | None = None,
    contrasts: np.ndarray | None = None,
) -> list[int]:
    """The budget rule: walk ``picks`` best first and keep each that still fits in ``max_words``
    (``words_of(i)``: words of body sentence ``i``, asked for the picks only); the first pick
    alone when none fits. A sentence that ``leans`` on the one before it is kept after the first only where that one
    was (``features.leaning_openings``): the budget may leave out a sentence the picks had taken for it. One that
    ``contrasts`` (opens with a conjunction: ``features.Openings``) is not the first kept."""
    chosen: list[int] = []
    kept: set[int] = set()
    first: int | None = None
    used = 0
    for i in picks:
        first = i if first is None else first
        if leans is not None and chosen and leans[i] and i - 1 not in kept:
            continue
        if contrasts is not None and not chosen and contrasts[i]:
            continue
        words = int(words_of(i))
        if used + words <= max_words:
            chosen.append(i)
            kept.add(i)
            used += words
            if used == max_words:
                break
    return chosen or ([] if first is None else [first])


def summarize_doc(
    doc: Document, *, sentences: int | None = None, ratio: float | None = None, max_words: int | None = None
) -> Summary:
    """The ``Summary`` of a processed document (options validated by the caller)."""
    n = len(doc.sentences)
    n_words = sum(s.n_words for s in doc.sentences)
    if ratio is not None:
        model = model_for(sentences=max(1, int(ratio * n + 0.5)), n_sentences=n, n_words=n_words)
    else:
        model = model_for(sentences=sentences, max_words=max_words, n_sentences=n, n_words=n_words)
    ranking = _ranked(doc, model, n_words)
    chosen = select(ranking, doc, sentences=sentences, ratio=ratio, max_words=max_words)
    rank_of = {i: r for r, i in enumerate(chosen, start=1)}
    idx = sorted(chosen)
    removed = merged_spans((r.start, r.end) for r in doc.removed) if doc.removed else None
    shown = [_shown(doc, doc.sentences[i], removed) for i in idx]
    # Only a sentence with a quotation mark opens a quotation: most summaries need not read the text's marks again.
    opens = opens_quotations(doc) if any(_QUOTE_MARK.search(doc.sentences[i].text) for i in idx) else None
    for k, i in enumerate(idx):
        closing = None if opens is None else opens[i]
        if closing is not None and i + 1 not in rank_of:
            shown[k] = closed_quotation(doc.sentences[i].text if shown[k] is None else shown[k], closing)
    return Summary(tuple(
        ScoredSentence(doc.sentences[i], float(ranking.scores[i]), rank_of[i], text) for i, text in zip(idx, shown)
    ))


def _shown(doc: Document, sentence: Sentence, removed: list[tuple[int, int]] | None) -> str | None:
    """The sentence's text without the spans the cleaner removed inside it (``shown_span``); None where there are none."""
    if not removed:
        return None
    shown = shown_span(doc.text, sentence.start, sentence.end, removed)
    return None if shown == sentence.text else shown
