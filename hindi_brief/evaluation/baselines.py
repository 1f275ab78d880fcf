"""Baseline summarisers and keyword extractors, for evaluation and benchmarks only.

Every extractive baseline returns a *ranking* of a ``Document``'s body sentences
(indices, best first), so the same length rules apply to all systems:

* ``top_k(ranking, k)``: the ``k`` best, put back in document order;
* ``fit_budget(ranking, lengths, max_words)``: walk the ranking and take every
  sentence that still fits the word budget (a longer one is skipped, later shorter
  ones may still be taken); when not even one fits, the best sentence alone.

Baselines: lead (document order), sumy's LexRank, TextRank, LSA and Luhn run on
*our* sentences and tokens (no NLTK, no downloads), a greedy ROUGE oracle, and the
YAKE and TF-IDF keyword extractors. sumy, yake and scikit-learn come with
``pip install 'hindi-brief[eval]'``.
"""

from __future__ import annotations

import math
import warnings
from collections import Counter
from typing import Any, Callable, Sequence

from ..doc import Document, Sentence
from ..errors import InvalidOptionError, MissingDependencyError
from ..text.stem import light_stem
from .metrics import ngram_counts, ngram_f1
from ..text.normalize import normalize
from ..text.sentences import split_sentences
from ..text.stopwords import STOPWORDS
from ..text.tokens import iter_token_spans

__all__ = [
    "SUMY_ALGORITHMS",
    "word_count",
    "top_k",
    "fit_budget",
    "lead_ranking",
    "SumyRanker",
    "oracle_ranking",
    "content_tokens",
    "word_tokens",
    "yake_keywords",
    "TfidfKeywords",
]

#: sumy algorithms available as baselines.
SUMY_ALGORITHMS = ("lexrank", "textrank", "lsa", "luhn")
_WORD_KINDS = frozenset({"word", "number", "latin"})


def word_count(sentence: Sentence) -> int:
    """Words in a sentence for length budgets: its tokens that are not punctuation or symbols."""
    return len(sentence.words)


def top_k(ranking: Sequence[int], k: int) -> list[int]:
    """The first ``k`` indices of ``ranking``, in document order."""
    return sorted(ranking[:k])


def fit_budget(ranking: Sequence[int], lengths: Sequence[int], max_words: int) -> list[int]:
    """Greedy budget rule shared by all systems (see the module doc); document order."""
    chosen: list[int] = []
    used = 0
    for i in ranking:
        if used + lengths[i] <= max_words:
            chosen.append(i)
            used += lengths[i]
    if not chosen and ranking:
        chosen = [ranking[0]]
    return sorted(chosen)


def lead_ranking(doc: Document) -> list[int]:
    """Lead baseline: body sentences in document order."""
    return list(range(len(doc.sentences)))


def _words(sentence: Sentence) -> list[str]:
    return [t.norm.lower() for t in sentence.tokens if t.kind in _WORD_KINDS]


class _DocTokenizer:
    """sumy tokenizer (``to_words``/``to_sentences``) answering from our tokens.

    ``words`` maps sentence texts already tokenised by our pipeline to their words;
    anything else is tokenised on the fly with the same rules.
    """

    def __init__(self, words: dict[str, list[str]]) -> None:
        self.words = words

    def to_words(self, text: str) -> list[str]:
        hit = self.words.get(text)
        if hit is not None:
            return hit
        return [normalize(text[s:e]).lower() for s, e, k in iter_token_spans(text) if k in _WORD_KINDS]

    def to_sentences(self, text: str) -> list[str]:
        return [text[s:e] for s, e in split_sentences(text)]


class _RankingCapture:
    """Passed to a sumy summariser as ``sentences_count``: sumy calls it with all
    sentences sorted by rating (best first, ties in document order) and we keep that order."""

    def __init__(self) -> None:
        self.order: list[int] = []

    def __call__(self, infos: Sequence[Any]) -> Sequence[Any]:
        # Ratings within 1e-9 count as ties, broken by document order: LSA's SVD can
        # differ in the last bits between BLAS builds/threads and flip near-ties.
        ranked = sorted(infos, key=lambda info: (-round(float(info.rating), 9), info.order))
        self.order = [info.order for info in ranked]
        return infos


class SumyRanker:
    """Rank a ``Document``'s body sentences with one of sumy's algorithms.

    sumy gets our sentence split and tokens (normalised, Latin lower-cased), our
    stopword list and ``light_stem`` as its stemmer; the headline, when there is
    one, is passed as a heading (Luhn and LSA count its words, none can pick it).
    """

    def __init__(self, algorithm: str) -> None:
        if algorithm not in SUMY_ALGORITHMS:
            raise InvalidOptionError(f"algorithm must be one of {', '.join(SUMY_ALGORITHMS)}, got {algorithm!r}")
        try:
            from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence as SumySentence
            from sumy.summarizers.lex_rank import LexRankSummarizer
            from sumy.summarizers.lsa import LsaSummarizer
            from sumy.summarizers.luhn import LuhnSummarizer
            from sumy.summarizers.text_rank import TextRankSummarizer
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise MissingDependencyError(
                "sumy baselines need sumy; install it with: pip install 'hindi-brief[eval]'"
            ) from exc
        cls = {
            "lexrank": LexRankSummarizer,
            "textrank": TextRankSummarizer,
            "lsa": LsaSummarizer,
            "luhn": LuhnSummarizer,
        }[algorithm]
        self.algorithm = algorithm
        self._summarizer = cls(light_stem)
        self._summarizer.stop_words = STOPWORDS
        self._dom = (ObjectDocumentModel, Paragraph, SumySentence)

    def __repr__(self) -> str:
        return f"SumyRanker({self.algorithm!r})"

    def summarize_text(self, text: str, k: int) -> list[str]:
        """sumy end to end on raw text, as a user would run it: sumy's ``PlaintextParser`` with
        our sentence splitter and tokenizer (no cleaning, no tagging); the ``k`` best
        sentences in document order."""
        from sumy.parsers.plaintext import PlaintextParser

        document = PlaintextParser.from_string(text, _DocTokenizer({})).document
        with warnings.catch_warnings():  # LSA warns on short documents
            warnings.simplefilter("ignore")
            return [str(sentence) for sentence in self._summarizer(document, k)]

    def rank(self, doc: Document) -> list[int]:
        """Body sentence indices, best first."""
        if not doc.sentences:
            return []
        model_cls, paragraph_cls, sentence_cls = self._dom
        words = {s.text.strip(): _words(s) for s in doc.sentences}
        if doc.headline is not None:
            words[doc.headline.text.strip()] = _words(doc.headline)
        tok = _DocTokenizer(words)
        paragraphs: list[list[Any]] = []
        if doc.headline is not None:
            paragraphs.append([sentence_cls(doc.headline.text, tok, is_heading=True)])
        last = None
        for s in doc.sentences:
            if s.paragraph != last or not paragraphs:
                paragraphs.append([])
                last = s.paragraph
            paragraphs[-1].append(sentence_cls(s.text, tok))
        model = model_cls([paragraph_cls(p) for p in paragraphs])
        capture = _RankingCapture()
        with warnings.catch_warnings():  # LSA warns on short documents
            warnings.simplefilter("ignore")
            self._summarizer(model, capture)
        return capture.order


def oracle_ranking(
    sentence_tokens: Sequence[Sequence[str]],
    reference_tokens: Sequence[str],
    *,
    lengths: Sequence[int] | None = None,
    k: int | None = None,
    max_words: int | None = None,
) -> list[int]:
    """Greedy extractive oracle: repeatedly add the sentence that most raises
    (ROUGE-1 F1 + ROUGE-2 F1) / 2 against the reference; stop when nothing raises it,
    at ``k`` sentences, or when no remaining sentence fits ``max_words``.

    Returns the chosen indices in the order they were picked (pass through
    ``top_k``/``fit_budget`` as for every system).
    """
    if (k is None) == (max_words is None):
        raise InvalidOptionError("give exactly one of k= and max_words=")
    if max_words is not None and lengths is None:
        raise InvalidOptionError("max_words= needs lengths=")
    ref1, ref2 = ngram_counts(reference_tokens, 1), ngram_counts(reference_tokens, 2)
    chosen: list[int] = []
    used = 0
    best = 0.0
    while k is None or len(chosen) < k:
        pick, pick_score = None, best
        for i, toks in enumerate(sentence_tokens):
            if i in chosen or (max_words is not None and used + lengths[i] > max_words):  # type: ignore[index]
                continue
            # Candidate = chosen sentences in document order plus sentence i.
            cand = [t for j in sorted(chosen + [i]) for t in sentence_tokens[j]]
            score = (ngram_f1(ngram_counts(cand, 1), ref1) + ngram_f1(ngram_counts(cand, 2), ref2)) / 2
            if score > pick_score + 1e-12:
                pick, pick_score = i, score
        if pick is None:
            break
        chosen.append(pick)
        used += lengths[pick] if lengths is not None else 0
        best = pick_score
    return chosen


# -- keywords ---------------------------------------------------------------------------


def word_tokens(text: str) -> list[str]:
    """Normalised word and Latin tokens of ``text`` (Latin lower-cased); numbers, punctuation and
    symbols are left out."""
    out = []
    for s, e, kind in iter_token_spans(text):
        if kind in ("word", "latin"):
            norm = normalize(text[s:e])
            out.append(norm.lower() if kind == "latin" else norm)
    return out


def content_tokens(text: str) -> list[str]:
    """Normalised content words of ``text``: ``word_tokens`` that are not stopwords (the list holds
    no Latin word, so lower-casing first changes nothing)."""
    return [w for w in word_tokens(text) if w not in STOPWORDS]


_YAKE: dict[tuple[int, int], Any] = {}


def yake_keywords(text: str, *, top: int = 10, n: int = 3) -> list[str]:
    """YAKE keyphrases (``KeywordExtractor(lan="hi", n=n, top=top)``), best first.

    YAKE's own sentence splitter does not know the danda, so ``।`` is rewritten as
    ``. `` first; without that its phrases run across sentence ends.
    """
    extractor = _YAKE.get((top, n))
    if extractor is None:
        try:
            import yake
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise MissingDependencyError(
                "the YAKE baseline needs yake; install it with: pip install 'hindi-brief[eval]'"
            ) from exc
        extractor = _YAKE[(top, n)] = yake.KeywordExtractor(lan="hi", n=n, top=top)
    prepared = text.replace("।", ". ")
    return [kw for kw, _score in extractor.extract_keywords(prepared)]


class TfidfKeywords:
    """Plain TF-IDF keyword baseline: the ``top`` content words of each document by
    tf x idf, the idf fitted on the documents given (ties broken alphabetically).

    ``idf = ln((1 + N) / (1 + df)) + 1`` as in scikit-learn's ``TfidfVectorizer``.
    """

    def __init__(self, documents: Sequence[Sequence[str]]) -> None:
        self.documents = [list(d) for d in documents]
        df: Counter = Counter()
        for doc in self.documents:
            df.update(set(doc))
        n = len(self.documents)
        self.idf: dict[str, float] = {w: math.log((1 + n) / (1 + c)) + 1 for w, c in df.items()}

    def keywords(self, index: int, *, top: int = 10) -> list[str]:
        """Top terms of document ``index``."""
        tf = Counter(self.documents[index])
        ranked = sorted(tf, key=lambda w: (-tf[w] * self.idf[w], w))
        return ranked[:top]


#: Ranking function type: Document -> body sentence indices, best first.
Ranker = Callable[[Document], list[int]]
