"""Keyphrase scores (``rank.keywords``): a PositionRank-style PageRank over the candidates' co-occurrence graph and
tf-idf with a bonus per extra word, each scaled to [0, 1], with the headline, name and one-word weights."""

from __future__ import annotations

from itertools import chain

import numpy as np
from scipy.sparse import csr_matrix

from ...doc import Document
from ...text.sentences import LETTER_NAMES
from ..weights import DENSE_GRAPH_MAX, DocumentFrequencies, clique_pagerank, pagerank, scale_to_max
from .vocabulary import ONCE_SAID_SENTENCES, _Candidate, _topic_words

# Weights chosen on hand-made keyphrases (F1@10 exact) of the 40 ILSUM val articles of
# benchmarks/keyphrases.py and the 25 development texts of benchmarks/essays_and_articles.py
# (essays and encyclopedic articles), then read on the 40 ILSUM test articles and the 15 held-out
# texts (docs/evaluation.md, "Keywords without the lead boost"). They replace weights fitted on the
# silver set (lemmas of an ILSUM heading and lead-heavy summary), which rewarded a boost of 3.0 for
# phrases of the first two sentences: 42.86 / 15.09 (val / development) with it, 44.35 / 19.57
# without. Each comment: val / development F1@10 with only that weight moved from the values here
# (and the rules of today: a title listed whole, no headline boost for a phrase the body never says).
W_GRAPH = 0.5  # (W_TFIDF = 1 - W_GRAPH) 0.7: 47.01 / 22.15 (the silver fit's value)
W_TFIDF = 0.5
HEADLINE_BOOST = 3.0  # 2.0, 5.0: the same F1 (46.27 / 24.73); 0.0: 45.87 / 24.09
PROPER_BOOST = 0.25  # 0.0: 45.99 / 23.45; 0.5: 46.50 / 25.37
# A one-word common noun in tagged text weighs this much (the comments above date from before it). Of such
# keywords 42% were hand-made keyphrases on ILSUM, 19% on the encyclopedic articles and 12% on the essays,
# against 36-69% for names and phrases: a text's topic word (``गुफा``, ``कविता``, ``मच्छर``) is said in every
# paragraph, while a reader's keyphrases name its parts. Val / development: 46.69 / 26.97 at 0.8 (1.0: 46.04 /
# 25.05; 0.9: 46.47 / 25.69; 0.7: 45.45 / 27.29); test / held out 43.36 / 23.02 -> 43.94 / 25.20.
COMMON_WORD_WEIGHT = 0.8
#: A common phrase said once earns ``LENGTH_BONUS`` in full in a text of up to ``ONCE_SAID_SENTENCES`` body sentences (a
#: news article: ILSUM's have 7 to 23), and ``ONCE_SAID_SENTENCES / n`` of it in a longer text of ``n``. In an article a
#: term is often said once; in an essay or an encyclopedic article of 40 to 90 sentences the terms that matter recur,
#: and a long phrase said once is most often a description or words of two constituents run together (``अंधी दौड़
#: असमानता``, ``परिवार औसत बकाया कर्ज़``, ``जीवाणु युक्त सूक्ष्म``), which the bonus put above words said eight times. A
#: name said once keeps it (``एम. एस. स्वामीनाथन``; untagged text cannot tell names, so there every phrase said once is
#: read as common). Essays and articles (all 35 to 91 sentences), F1@10 development / held out, with title 30.52 / 27.36
#: -> 31.83 / 27.33, without 28.27 / 25.22 -> 29.57 / 25.73, untagged 18.31 / 18.73 -> 22.15 / 20.87 (30 sentences: with
#: title 31.51 / 27.33, without the same, untagged 21.19 / 20.87; 10 or fewer move ILSUM's lists too: hand-made
#: keyphrases val / test 49.21 / 46.69 -> 49.64 / 46.49). A phrase said twice keeps it: scaled by ``20 * count / n`` as
#: well, it cost development 31.83 -> 31.19 (without title, held out 25.73 -> 25.20): said twice, a phrase is a term.
LENGTH_BONUS = 1.0  # 0.5: 45.24 / 24.07 (the silver fit's value); 1.5: 47.31 / 24.40
#: In a tagged long text (the summaries' ``is_long``, past which their ranker has its own model: more than 40 body
#: sentences and 750 words; a story of short lines is news) that names no subject first (no candidate is its title or, without a headline, its opening phrase:
#: ``_mark_title``, ``_mark_opening``), every occurrence of a phrase weighs the same in the keyphrase graph's teleport
#: (``_scores``); elsewhere one in sentence ``i`` weighs ``1 / (i + 2)``: a news story's lead is its point, and an
#: encyclopedic article's first sentences define the subject its title names. An essay's title is a sentence or a
#: figure (``किताबों से बढ़ती दूरी``), it opens with a scene and its argument runs through it: with the news prior,
#: phrases said once in its first lines were listed (``बच्चा कॉमिक्स``, ``ख़रीदी पत्रिका``, ``सड़क किनारा``, ``अनकही
#: उदासी``) where the annotators named what its later paragraphs argue (``आशा कार्यकर्ता``, ``बीमा``, ``गोल्डन आवर``,
#: ``भारतीय भाषा``). Of the 40 essays and articles, the 16 essays (76 to 91 sentences) name no subject and 22 of the 24
#: encyclopedic articles (35 to 42 sentences) do, 23 without their title. Essays F1@10 with / without title 27.21 /
#: 25.71 -> 28.73 / 26.73 (development 32.80 -> 33.45, held out 30.04 -> 30.58); no ILSUM article is that long, and
#: of the 150 pairs of ILSUM stories joined (``benchmarks/outputs.py``) the 4 lists that changed were judged better twice
#: and worse once (``शुक्र ग्रह`` split in two). The encyclopedic articles need the prior: with it dropped from
#: 30 sentences they lost 34.81 -> 33.11 (``दयाराम साहनी``, ``धनपत राय श्रीवास्तव``, named in their first lines). Tried
#: and not kept: the text's ``features.pyramid_score`` (at most 0) as the test instead of a named subject (essays 27.73;
#: 5 of the 16 essays open with a central sentence, and the held-out writers lost 30.04 -> 29.51); a floor added to
#: the prior (``1 / (i + 2) + c``, c = 0.02 to 0.5: essays 26.71 to 27.73); a prior scaled to the text's length
#: (``1 / (2 + 10 i / n)`` in every text: silver P@10 on ILSUM val 52.25 -> 51.91). Untagged text keeps the prior:
#: without it the essays' lists filled with forms of a verb said all through (``पढ़ने``, ``पढ़ना``, ``पढ़ते``), F1@10
#: with title 15.54 -> 14.56 (without: 13.04 -> 13.56).
PAGERANK_DAMPING = 0.85


def _idfs(cands: list[_Candidate], df: DocumentFrequencies) -> np.ndarray:
    """Mean IDF of each phrase's topic words (``_topic_words``; a compound's parts count as words); words are
    looked up once."""
    of_unit: dict[str, tuple[float, ...]] = {}
    idf = df.idf
    out = np.empty(len(cands))
    for i, c in enumerate(cands):
        total, n = 0.0, 0  # summed left to right, as sum() over the phrase's words would
        # (Most phrases are none of these: their words are their key's, without a call.)
        for k in _topic_words(c) if c.genitive or c.quoted or (c.proper and c.key[0] in LETTER_NAMES) else c.key:
            v = of_unit.get(k)
            if v is None:
                v = of_unit[k] = tuple(idf(p) for p in k.split("-") if p) if "-" in k else (idf(k),)
            for x in v:
                total += x
            n += len(v)
        out[i] = total / n if n else 0.0
    return out


def _graph_rank(cands: list[_Candidate], teleport: np.ndarray) -> np.ndarray:
    """PageRank of the candidates on their co-occurrence graph: two candidates are joined by as many
    edges as windows (a sentence, or a slice of a very long one) they share; no self-loops.

    The graph is ``members @ members.T`` less its diagonal, with ``members`` the candidate x window
    incidence, so where there are fewer windows than candidates (an article: about 20 sentences,
    a hundred or more candidates) ``clique_pagerank`` solves it over the windows. Otherwise the
    graph is built, dense for a few hundred candidates (scipy's per-matrix overhead dominates
    there), sparse for a long text: many candidates, but few per sentence.
    """
    # As arrays, not lists of Python ints (which cost 36 bytes a pair of entries more).
    rows = np.repeat(np.arange(len(cands)), [len(c.windows) for c in cands])
    cols = np.fromiter(chain.from_iterable(c.windows for c in cands), dtype=np.int64, count=len(rows))
    shape = (len(cands), int(cols.max()) + 1)
    by_windows = shape[1] < shape[0] and shape[0] * (shape[1] + 1) <= DENSE_GRAPH_MAX**2
    if not by_windows and len(cands) > DENSE_GRAPH_MAX:
        sparse_inc = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
        sparse_adj = (sparse_inc @ sparse_inc.T).tocsr()
        sparse_adj.setdiag(0.0)
        sparse_adj.eliminate_zeros()
        return pagerank(sparse_adj, teleport, damping=PAGERANK_DAMPING, symmetric=True)
    members = np.zeros(shape)
    members[rows, cols] = 1.0
    if by_windows:
        return clique_pagerank(members, teleport, damping=PAGERANK_DAMPING)
    adj = members @ members.T
    np.fill_diagonal(adj, 0.0)
    return pagerank(adj, teleport, damping=PAGERANK_DAMPING, symmetric=True)


def _scores(cands: list[_Candidate], doc: Document, df: DocumentFrequencies, long_text: bool) -> np.ndarray:
    """Each candidate's score; ``long_text``: ``doc`` is tagged and long (``summarize.is_long``, which the caller
    reads), where a text that names no subject first weighs every occurrence alike in the teleport (above)."""
    idf = _idfs(cands, df)
    headline_end = doc.headline.end if doc.headline is not None else -1
    # One pass over the candidates for every per-phrase number (positions are ascending).
    counts, lengths, position_weight, in_head, proper = np.array(
        [
            (
                len(c.offsets),
                len(c.key) - c.genitive if not c.quoted else len(_topic_words(c)),
                c.position_weight,
                (c.first == 0 and headline_end >= 0 and _named_in_body(c, headline_end)) or c.opening,
                c.proper,
            )
            for c in cands
        ],
        dtype=np.float64,
    ).T
    bonus = LENGTH_BONUS
    if len(doc.sentences) > ONCE_SAID_SENTENCES:
        bonus = np.where((counts == 1.0) & (proper == 0.0), LENGTH_BONUS * ONCE_SAID_SENTENCES / len(doc.sentences), bonus)
    tfidf = (1.0 + np.log(counts)) * idf * (1.0 + bonus * (lengths - 1.0))
    # A long text that names no subject first (an essay) argues all through it: every occurrence weighs the same.
    position_free = long_text and not any(c.title or c.opening for c in cands)
    prior = (counts if position_free else position_weight) * idf
    teleport = prior / prior.sum() if prior.sum() > 0 else np.full(len(cands), 1.0 / len(cands))
    graph = _graph_rank(cands, teleport)
    boost = (1.0 + HEADLINE_BOOST * in_head) * (1.0 + PROPER_BOOST * proper)
    if doc.tagger is not None:  # untagged text cannot tell a name from a common noun
        boost *= np.where((lengths == 1.0) & (proper == 0.0), COMMON_WORD_WEIGHT, 1.0)
    return (W_GRAPH * scale_to_max(graph) + W_TFIDF * scale_to_max(tfidf)) * boost


def _named_in_body(cand: _Candidate, headline_end: int) -> bool:
    """Does a phrase of the headline name what the text is about: is it the title (``_mark_title``), or does the
    body say it too? A headline's own words (a pun, a figure of speech, a quote: ``ऊँची उड़ान``, ``अंतिम पुकार``,
    ``सच्चा आईना``) are not the text's topic."""
    return cand.title or any(start >= headline_end for start, _ in cand.offsets)
