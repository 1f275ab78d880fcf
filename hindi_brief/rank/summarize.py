"""Extractive summaries: score body sentences, pick with a redundancy penalty, return in document order.

Score of body sentence *i* (each part scaled to [0, 1])::

    W_CENTRAL * centrality_i + W_POSITION * position_i + W_HEADLINE * headline_sim_i

* centrality: LexRank — PageRank over the cosine-similarity graph of the sentences'
  BM25 content-term vectors (IDF from the shipped document frequencies);
* position: ``1 / (1 + i) ** POSITION_DECAY`` — news puts the point first;
* headline_sim: cosine with the headline's vector (its weight goes to the other two
  parts when there is no headline).

Sentences are then picked greedily by maximal marginal relevance,
``MMR_LAMBDA * score - (1 - MMR_LAMBDA) * max similarity to those already picked``,
and a sentence whose similarity to a picked one reaches ``DUPLICATE_SIM`` is never
picked (a standfirst repeated in the body is picked once at most).

Only *eligible* sentences are picked: at least ``MIN_WORDS`` words, mostly
Devanagari letters, not the continuation of a quotation opened in an earlier
sentence, and not a bare attribution such as ``रक्षा मंत्री ने एक्स पर एक पोस्ट में कहा।``.
When no sentence is eligible every sentence with a word is, so a short note still
gets a summary. The headline is never picked (it is not a body sentence).

Length (exactly one): ``sentences=k`` (the k best); ``ratio=r`` (``max(1, round(r * n))``
of the n body sentences); ``max_words=w`` (walk the picks best first, keep each that
still fits in w words, skip the rest). If not even one sentence fits the budget,
the best sentence is returned alone: a summary is never empty for a non-empty
document, and the budget is exceeded only in that case.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import regex

from ..doc import Document, Sentence
from ..results import Summary
from .weights import bm25_matrix, content_terms, cosine_rows, df_for

__all__ = ["SentenceRanking", "rank_sentences", "select", "summarize_doc", "is_eligible"]

W_CENTRAL = 0.30
W_POSITION = 3.0
W_HEADLINE = 0.40
POSITION_DECAY = 1.0
MMR_LAMBDA = 0.85
DUPLICATE_SIM = 0.8
MIN_WORDS = 4
MIN_DEVANAGARI = 0.5
PAGERANK_DAMPING = 0.85

_DEVANAGARI = regex.compile(r"\p{Devanagari}")
_LETTER = regex.compile(r"\p{L}")
# Verbs that end a bare attribution ("... ने एक्स पर एक पोस्ट में कहा।").
_SPEECH_VERBS = frozenset({"कहा", "बताया", "लिखा", "कहना", "बोले", "कहते", "बताते", "पूछा", "जोड़ा"})
_ATTRIBUTION_MAX_WORDS = 12


@dataclass(frozen=True, slots=True)
class SentenceRanking:
    """Scores of every body sentence and the MMR pick order of the eligible ones."""

    scores: np.ndarray
    """Combined score per body sentence (0 for ineligible ones)."""
    order: tuple[int, ...]
    """Body-sentence indices in pick order (best first); near-duplicates of earlier picks left out."""


def _devanagari_share(text: str) -> float:
    letters = len(_LETTER.findall(text))
    return len(_DEVANAGARI.findall(text)) / letters if letters else 0.0


def _quote_continuations(doc: Document) -> list[bool]:
    """For each body sentence: does it start inside a quotation opened by an earlier sentence of its line?"""
    out = []
    open_quote = False
    prev_end = None
    for s in doc.sentences:
        if prev_end is None or "\n" in doc.text[prev_end : s.start]:
            open_quote = False  # quotations do not run across lines here
        out.append(open_quote)
        straight = s.text.count('"')
        if straight % 2:
            open_quote = not open_quote
        opens, closes = s.text.count("“"), s.text.count("”")
        if opens > closes:
            open_quote = True
        elif closes > opens:
            open_quote = False
        prev_end = s.end
    return out


def _is_attribution(sentence: Sentence) -> bool:
    words = [t for t in sentence.tokens if not t.is_punct]
    return (
        len(words) <= _ATTRIBUTION_MAX_WORDS
        and words[-1].norm in _SPEECH_VERBS
        and not any(t.norm == "कि" for t in words)
    )


def is_eligible(doc: Document) -> np.ndarray:
    """Boolean mask over body sentences: may this sentence be picked? (rules in the module doc)."""
    n = len(doc.sentences)
    continuation = _quote_continuations(doc)
    mask = np.zeros(n, dtype=bool)
    for i, s in enumerate(doc.sentences):
        words = len(s.words)
        mask[i] = (
            words >= MIN_WORDS
            and _devanagari_share(s.text) >= MIN_DEVANAGARI
            and not continuation[i]
            and not _is_attribution(s)
        )
    if not mask.any():
        mask = np.array([len(s.words) > 0 for s in doc.sentences], dtype=bool)
    return mask


def _pagerank(sim: np.ndarray, damping: float = PAGERANK_DAMPING, iters: int = 100, tol: float = 1e-10) -> np.ndarray:
    """Stationary distribution of a random walk on the weighted graph ``sim`` (rows without edges jump uniformly)."""
    n = sim.shape[0]
    sums = sim.sum(axis=1, keepdims=True)
    trans = np.where(sums > 0, sim / np.where(sums > 0, sums, 1.0), 1.0 / n)
    r = np.full(n, 1.0 / n)
    for _ in range(iters):
        nxt = (1.0 - damping) / n + damping * (r @ trans)
        if np.abs(nxt - r).sum() < tol:
            r = nxt
            break
        r = nxt
    return r


def _scale(x: np.ndarray) -> np.ndarray:
    top = x.max() if x.size else 0.0
    return x / top if top > 0 else np.zeros_like(x)


def rank_sentences(doc: Document) -> SentenceRanking:
    """Score all body sentences of ``doc`` and order the eligible ones by MMR."""
    n = len(doc.sentences)
    if n == 0:
        return SentenceRanking(scores=np.zeros(0), order=())
    tagged = doc.tagger is not None
    terms = [content_terms(s, tagged=tagged) for s in doc.sentences]
    head_terms = content_terms(doc.headline, tagged=tagged) if doc.headline is not None else []
    vecs, _ = bm25_matrix(terms, df_for(doc), extra=[head_terms])
    sim_all = cosine_rows(vecs)
    sim = sim_all[:n, :n].copy()
    np.fill_diagonal(sim, 0.0)
    central = _scale(_pagerank(sim))
    position = 1.0 / (1.0 + np.arange(n, dtype=np.float64)) ** POSITION_DECAY
    headline = sim_all[:n, n] if head_terms else np.zeros(n)
    if head_terms and headline.max() > 0:
        weights = (W_CENTRAL, W_POSITION, W_HEADLINE)
    else:
        total = W_CENTRAL + W_POSITION
        weights = (W_CENTRAL / total, W_POSITION / total, 0.0)
    eligible = is_eligible(doc)
    scores = (weights[0] * central + weights[1] * position + weights[2] * _scale(headline)) * eligible
    keys = [" ".join(s.text.split()) for s in doc.sentences]
    return SentenceRanking(scores=scores, order=_mmr(scores, sim, eligible, keys))


def _mmr(scores: np.ndarray, sim: np.ndarray, eligible: np.ndarray, keys: list[str]) -> tuple[int, ...]:
    """Greedy MMR order over eligible sentences; near-duplicates of picked ones are dropped."""
    n = len(scores)
    available = eligible.copy()
    max_sim = np.zeros(n)
    picked_text: set[str] = set()
    order: list[int] = []
    while available.any():
        gain = MMR_LAMBDA * scores - (1.0 - MMR_LAMBDA) * max_sim
        gain[~available] = -np.inf
        best = int(np.argmax(gain))  # ties: the earliest sentence
        order.append(best)
        picked_text.add(keys[best])
        available[best] = False
        max_sim = np.maximum(max_sim, sim[best])
        available &= max_sim < DUPLICATE_SIM
        for i in np.flatnonzero(available):
            if keys[i] in picked_text:
                available[i] = False
    return tuple(order)


def select(
    ranking: SentenceRanking, doc: Document, *, sentences: int | None, ratio: float | None, max_words: int | None
) -> list[int]:
    """Indices (pick order) of the sentences to keep for the requested length (options already validated)."""
    order = list(ranking.order)
    if max_words is not None:
        chosen: list[int] = []
        used = 0
        for i in order:
            words = len(doc.sentences[i].words)
            if used + words <= max_words:
                chosen.append(i)
                used += words
        return chosen or order[:1]
    if ratio is not None:
        k = max(1, int(ratio * len(doc.sentences) + 0.5))
    else:
        k = 3 if sentences is None else sentences
    return order[:k]


def summarize_doc(
    doc: Document, *, sentences: int | None = None, ratio: float | None = None, max_words: int | None = None
) -> Summary:
    """The ``Summary`` of a processed document (options validated by the caller)."""
    ranking = rank_sentences(doc)
    chosen = select(ranking, doc, sentences=sentences, ratio=ratio, max_words=max_words)
    rank_of = {i: r for r, i in enumerate(ranking.order, start=1)}
    idx = sorted(chosen)
    return Summary(
        sentences=tuple(doc.sentences[i] for i in idx),
        scores=tuple(float(ranking.scores[i]) for i in idx),
        ranks=tuple(rank_of[i] for i in idx),
    )
