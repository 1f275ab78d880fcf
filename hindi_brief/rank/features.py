"""Per-sentence features for the learned sentence ranker (``summarize.py``; trained by ``hindi_brief.training.ranker``).

``sentence_features(doc)`` returns one row per body sentence, columns named by
``FEATURES``; everything is computed with numpy over the whole document at once
(one pass over the tokens for the counts). The same function serves training and
inference, so the shipped coefficients always meet the features they were fitted on.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy.sparse import csr_matrix

from ..doc import PUNCT_KINDS, Document
from .headline_words import HeadlineWords, load_headline_words, word_sets
from .summary_words import SummaryWords, load_summary_words
from .weights import bm25_with_idf, content_terms, cosine_rows, df_for, pagerank, scale_to_max

__all__ = ["BASE_FEATURES", "CONTENT_FEATURES", "FEATURES", "RECURRENCE_FEATURES", "SentenceFeatures", "sentence_features"]

#: Column names of the feature matrix, in order.
FEATURES = (
    "inv_position",  # 1 / (1 + i): news puts the point first
    "is_first",
    "is_second",
    "rel_position",  # i / (n - 1)
    "paragraph_start",  # first sentence of its paragraph
    "inv_paragraph",  # 1 / (1 + paragraph ordinal)
    "centrality",  # LexRank over BM25 cosine similarities, scaled to [0, 1] (see GRAPH_MAX_SENTENCES)
    "headline_sim",  # cosine with the headline (0 without one)
    "centroid_sim",  # cosine with the sum of all sentence vectors
    "log_words",  # log(1 + words)
    "short",  # fewer than 8 words
    "long",  # more than 40 words
    "propn_share",  # proper nouns / words
    "number_share",  # number tokens / words
    "quote",  # holds a quotation mark
    "content_share",  # content terms / words
    "mean_idf",  # mean IDF of the content terms, / 10
    "inv_in_paragraph",  # 1 / (1 + index inside its paragraph): a joined or long text has many leads
    "pyramid_x_inv_position",  # pyramid score (below) x inv_position: position counts where the text leads
    "pyramid_x_first",  # pyramid score x is_first
    "overlap_centrality",  # TextRank over shared-term counts / (log len_i + log len_j), scaled to [0, 1]
    "term_coverage",  # how often the sentence's terms recur in other sentences, scaled to [0, 1]
    "luhn",  # Luhn: (recurring terms)^2 / terms, scaled to [0, 1]
    "word_position",  # 1 / (1 + words before the sentence / WORD_POSITION_SCALE): position counted in words
    "dependent_opening",  # first word a pronoun, determiner, adverb or conjunction: leans on what came before
    "headline_words",  # mean over its words of how often a word of an article makes its headline (``headline_words``)
    "summary_words",  # its words' learned weights for the best single sentence of a news text (``summary_words``)
)
#: The features of the short-text (news) models: the first 17 and ``headline_words``. The long-text models use
#: all but ``summary_words``, ``"1-news"`` all but ``dependent_opening`` (``training.ranker.LONG_TEXT_ONLY``).
BASE_FEATURES = FEATURES[:17] + ("headline_words",)
#: The features of the content models: none says where the sentence stands, so what these
#: models learn still holds when the order of the text says nothing (see ``summarize``).
CONTENT_FEATURES = (
    "centrality",
    "headline_sim",
    "centroid_sim",
    "log_words",
    "short",
    "long",
    "propn_share",
    "number_share",
    "quote",
    "content_share",
    "mean_idf",
    "overlap_centrality",
    "term_coverage",
    "luhn",
    "dependent_opening",
    "headline_words",
)

PAGERANK_DAMPING = 0.85
#: Words that count as one step of ``word_position``: about one sentence of full-length news. A
#: position counted in sentences moves when the same text is cut into fewer, longer sentences (web
#: news such as BBC Hindi) and one counted in words does not (model card, "Position in words").
WORD_POSITION_SCALE = 25.0
_QUOTE_MARKS = ("\"", "“", "”", "‘", "’", "'")
#: Universal POS of a first word that makes a sentence lean on the one before it (``उन्होंने``, ``इसके``,
#: ``इस``, ``वहीं``, ``हालांकि``, ``लेकिन``). From ILSUM val, articles without their heading: 38% of the
#: sentences after the first open with one of these, 3.7% of the articles' first sentences.
DEPENDENT_OPENERS = frozenset({"PRON", "DET", "ADV", "SCONJ", "CCONJ"})
#: Lemmas of the demonstratives (``इसके``, ``इस``, ``उन्होंने``, ``उन्हें``, ``ऐसे``; HDTB's lemmas, and the spoken ``वो``):
#: a sentence opening with one, tagged a pronoun or determiner, names what it speaks of only in a sentence before it.
#: Of the first words ``DEPENDENT_OPENERS`` counts, pronouns such as ``मैं``, ``हम``, ``अब``, determiners such as ``कई``,
#: ``हर`` and adverbs such as ``आख़िरकार``, ``फिलहाल`` lean on nothing (``leaning_openings``).
ANAPHORIC_LEMMAS = frozenset({"यह", "वह", "वो", "ऐसा"})
#: Tags of a first word that ties a sentence to the one before it: a conjunction (``लेकिन``, ``जबकि``, ``हालांकि``).
CONJUNCTIONS = frozenset({"CCONJ", "SCONJ"})
#: Conjunctions that open a subordinate clause whose main clause follows in the same sentence (``अगर ..., तो ...``,
#: ``चूंकि ..., इसलिए ...``): such a sentence reads on its own.
CLAUSE_FIRST = frozenset({"अगर", "यदि", "चूंकि", "चूँकि"})
#: Nouns that after ``इस`` or ``इसी`` name the present, not something said before (``इस साल``, ``इस बार``, ``इस महीने``).
PRESENT_TIME_NOUNS = frozenset({"साल", "वर्ष", "बार", "महीने", "महीना", "हफ्ते", "हफ़्ते", "सप्ताह"})
#: Adverbs that carry on from the sentence before whatever the tagger makes of them (``इसलिए`` is tagged a pronoun
#: with the lemma ``इसलिये``, ``तो`` a particle or a conjunction), by their normalised form; not ``फिर से`` (again).
CARRYING_ADVERBS = frozenset({"इसलिए", "इसलिये", "अतः", "फिर", "तभी", "तो"})
#: Conjunctions that answer the sentence before (``लेकिन``, ``पर``, ``हालांकि``), by their normalised form: what
#: ``Openings.contrasts`` reads in untagged text, where no tag says "conjunction".
CONTRASTING_WORDS = frozenset({
    "लेकिन", "पर", "परंतु", "परन्तु", "किंतु", "किन्तु", "मगर", "हालांकि", "हालाँकि", "बल्कि", "जबकि", "वरना", "अन्यथा",
})


#: LexRank runs on at most this many leading sentences; later ones get their centroid similarity
#: as centrality. Keeps a 5,000-sentence text linear (a dense graph of it is 200 MB and quadratic).
GRAPH_MAX_SENTENCES = 300


@dataclass(frozen=True, slots=True)
class SentenceFeatures:
    """Feature matrix of a document's body sentences and the sentence vectors MMR needs."""

    matrix: np.ndarray
    """``(n_sentences, len(FEATURES))`` float64."""
    unit: csr_matrix | np.ndarray
    """L2-normalised BM25 vectors of the body sentences (cosine similarity = row products);
    dense for an article, CSR for a long text (see ``DENSE_CELLS``)."""
    words: list[int]
    """Words (tokens that are not punctuation or symbols) per body sentence."""


#: BM25 matrices of at most this many cells (sentences x vocabulary) are dense: an article's
#: (about 16 x 150) costs more in scipy overhead than in arithmetic; long texts stay sparse.
DENSE_CELLS = 100_000


def _counts(doc: Document) -> np.ndarray:
    """Per body sentence: words, proper nouns, numbers (punctuation and symbols are not words),
    paragraph index, whether it holds a quotation mark and whether its first word is one of
    ``DEPENDENT_OPENERS`` (0 untagged); one pass over the tokens."""
    rows = []
    for s in doc.sentences:
        c = s.columns
        w = s.n_words
        p = c.pos.count("PROPN")
        if p and w < len(c.kinds):  # a tagger may call a mark PROPN; it is not a word
            # Only the PROPN tokens are looked at (found by tuple.index, in C), not every token of the sentence.
            at, marks = -1, 0
            for _ in range(p):
                at = c.pos.index("PROPN", at + 1)
                marks += c.kinds[at] in PUNCT_KINDS
            p -= marks
        opener = False
        if w and c.pos[0] is not None:
            opener = c.pos[_first_word(c.kinds)] in DEPENDENT_OPENERS
        rows.append((w, p, c.kinds.count("number"), s.paragraph, _has_quote(s.text), opener))
    return np.array(rows, dtype=np.float64).reshape(-1, 6)


def _has_quote(text: str) -> bool:
    """Does ``text`` hold one of ``_QUOTE_MARKS``? Six substring tests in C cost a third of one regex search over a
    character class of them, run once per sentence."""
    return any(map(text.__contains__, _QUOTE_MARKS))


def _first_word(kinds: Sequence[str]) -> int:
    """The index of a sentence's first token that is a word, marks and symbols aside (the sentence has a word)."""
    return 0 if kinds[0] not in PUNCT_KINDS else next(i for i, k in enumerate(kinds) if k not in PUNCT_KINDS)


@dataclass(frozen=True, slots=True)
class Openings:
    """How each body sentence opens, as a summary's picks follow it (``openings``)."""

    leans: np.ndarray
    """Reads only after the sentence before it (``leaning_openings``)."""
    contrasts: np.ndarray
    """Opens with a conjunction that ties it to what came before (``लेकिन``, ``पर``, ``हालांकि``; not ``अगर``; in untagged
    text one of ``CONTRASTING_WORDS``; never the first body sentence): a summary's first pick is another sentence where
    there is one (``summarize.Ranker.ranking``, ``summarize.fit_words``)."""


def leaning_openings(doc: Document) -> np.ndarray:
    """Per body sentence: does it read only after the sentence before it? Its first word (marks aside) is a
    demonstrative pronoun or determiner (``ANAPHORIC_LEMMAS``: ``उन्हें प्लेयर ऑफ द मैच चुना गया।``, ``इसे मापने के लिए``)
    or a conjunction (``CONJUNCTIONS``: ``लेकिन``, ``हालांकि``), but not one that opens a clause whose main clause follows
    (``CLAUSE_FIRST``: ``अगर``, ``चूंकि``) nor ``इस`` or ``इसी`` before a time of the present (``PRESENT_TIME_NOUNS``: ``इस
    साल``); or it is an adverb that carries on (``CARRYING_ADVERBS``: ``इसलिए``, ``फिर`` but not ``फिर से``, ``तो``) or
    ``साथ ही``. The first body sentence never does; nor does any in untagged text. Stricter than the feature ``dependent_opening``, which a model weighs: a summary's picks
    follow this test (``summarize._mmr``, ``summarize.fit_words``)."""
    return openings(doc).leans


def openings(doc: Document) -> Openings:
    """``Openings`` of ``doc``'s body sentences in one pass over their first words (``leaning_openings``)."""
    n = len(doc.sentences)
    leans = np.zeros(n, dtype=bool)
    contrasts = np.zeros(n, dtype=bool)
    for i, s in enumerate(doc.sentences):
        if i == 0 or not s.n_words:  # the first body sentence has none before it to lean on
            continue
        c = s.columns
        first = _first_word(c.kinds)
        pos = c.pos[first]
        word = c.norms[first]
        if pos is None:  # untagged: only the closed class of contrasting conjunctions is known by its words
            contrasts[i] = word in CONTRASTING_WORDS
            continue
        after = c.norms[first + 1] if first + 1 < len(c.norms) else ""
        if pos in CONJUNCTIONS:
            leans[i] = contrasts[i] = word not in CLAUSE_FIRST
        elif pos in ("PRON", "DET") and c.lemmas[first] in ANAPHORIC_LEMMAS:
            leans[i] = not (word in ("इस", "इसी") and after in PRESENT_TIME_NOUNS)
        else:
            leans[i] = (word in CARRYING_ADVERBS and not (word == "फिर" and after == "से")) or (word == "साथ" and after == "ही")
    return Openings(leans, contrasts)


def pyramid_score(body: csr_matrix | np.ndarray) -> float:
    """How much the first sentence stands out as the text's summary, in [-1, 1].

    Each sentence's cosine with the centroid of the *other* sentences (leave-one-out),
    and the first sentence's value as a z-score against all of them, clipped to +-3
    and divided by 3. An inverted-pyramid news story opens with its most central
    sentence (high); a shuffled text, an essay or a feature opens anywhere (near 0).
    0 for texts of fewer than three sentences.
    """
    n = body.shape[0]
    if n < 3:
        return 0.0
    centroid = np.asarray(body.sum(axis=0)).ravel()
    dots = np.asarray(body @ centroid).ravel()
    self_sq = np.asarray(body.multiply(body).sum(axis=1)).ravel() if not isinstance(body, np.ndarray) else np.einsum("ij,ij->i", body, body)
    rest_sq = np.maximum(centroid @ centroid - 2.0 * dots + self_sq, 0.0)
    rest = np.sqrt(rest_sq)
    loo = np.divide(dots - self_sq, rest, out=np.zeros(n), where=rest > 1e-12)
    z = (loo[0] - loo.mean()) / (loo.std() + 0.05)
    return float(np.clip(z, -3.0, 3.0) / 3.0)


def _recurrence(body: csr_matrix | np.ndarray, g: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Position-free content scores from which terms recur across the text's sentences.

    Each is strong on its own where the order says nothing (the sumy algorithms they
    follow beat lead on shuffled text): TextRank centrality over shared-term counts
    (Mihalcea & Tarau 2004; unlike the cosine LexRank of ``centrality`` it favours
    sentences that say more), term coverage (sum over the sentence's distinct terms of
    the other sentences holding them) and Luhn's significance (terms held by another
    sentence, squared, over the sentence's terms). Sentences past the ``g`` graph
    sentences get their coverage as overlap centrality, as for ``centrality``.
    """
    n = body.shape[0]
    if isinstance(body, np.ndarray):
        present = (body > 0).astype(np.float64)
        held_by = present.sum(axis=0)  # sentences holding each term
        distinct = present.sum(axis=1)
        coverage = present @ (held_by - 1.0)
        recurring = present @ (held_by > 1).astype(np.float64)
        head = present[:g]
    else:
        # A long text's matrix is read through its index arrays (every stored entry is a term
        # the sentence holds), not copied as a 0/1 matrix: that copy was the largest array of
        # a 10 MB brief.
        body = body.tocsr()
        rows = np.repeat(np.arange(n), np.diff(body.indptr))
        held_by = np.bincount(body.indices, minlength=body.shape[1]).astype(np.float64)
        distinct = np.diff(body.indptr).astype(np.float64)
        coverage = np.bincount(rows, weights=(held_by - 1.0)[body.indices], minlength=n)
        recurring = np.bincount(rows, weights=(held_by > 1)[body.indices].astype(np.float64), minlength=n)
        head = body[:g]
        head = csr_matrix((np.ones(head.nnz), head.indices, head.indptr), shape=head.shape)
    luhn = np.divide(recurring**2, distinct, out=np.zeros(n), where=distinct > 0)
    shared = np.asarray(head @ head.T if isinstance(head, np.ndarray) else (head @ head.T).toarray(), dtype=np.float64)
    np.fill_diagonal(shared, 0.0)
    # log of at least 2 terms: two one-term sentences would otherwise divide by zero.
    log_len = np.log(np.maximum(distinct[:g], 2.0))
    overlap = np.empty(n)
    overlap[:g] = scale_to_max(pagerank(shared / (log_len[:, None] + log_len[None, :]), damping=PAGERANK_DAMPING))
    overlap[g:] = scale_to_max(coverage)[g:]
    return overlap, scale_to_max(coverage), scale_to_max(luhn)


#: The features ``_recurrence`` computes (the last three columns).
RECURRENCE_FEATURES = ("overlap_centrality", "term_coverage", "luhn")


def sentence_features(
    doc: Document,
    *,
    recurrence: bool = True,
    headline_words: HeadlineWords | None = None,
    summary_words: SummaryWords | None = None,
) -> SentenceFeatures:
    """Features of every body sentence of ``doc`` (see ``FEATURES``); ``doc`` must have sentences.

    ``recurrence=False`` leaves the ``RECURRENCE_FEATURES`` columns at 0 instead of
    computing them (a second sentence graph), for a model that gives them no weight.
    ``headline_words`` is the word prior of the ``headline_words`` column (the shipped one when
    ``None``; the training command passes one counted without the text's own fold), ``summary_words``
    the word weights of the ``summary_words`` column (likewise).
    """
    n = len(doc.sentences)
    tagged = doc.tagger is not None
    terms = [content_terms(s, tagged=tagged) for s in doc.sentences]
    head_terms = content_terms(doc.headline, tagged=tagged) if doc.headline is not None else []
    df = df_for(doc)
    vecs, _, term_idf = bm25_with_idf(terms, df, extra=[head_terms], dense_max=DENSE_CELLS)
    body = vecs[:n]
    g = min(n, GRAPH_MAX_SENTENCES)
    sim = cosine_rows(body[:g])
    np.fill_diagonal(sim, 0.0)

    counts = _counts(doc)
    words = np.maximum(counts[:, 0], 1.0)
    idx = np.arange(n, dtype=np.float64)
    paragraphs = counts[:, 3]
    para_start = np.ones(n, dtype=bool)
    para_start[1:] = paragraphs[1:] != paragraphs[:-1]
    para_ordinal = np.cumsum(para_start) - 1
    para_first = np.maximum.accumulate(np.where(para_start, np.arange(n), 0))
    in_paragraph = np.arange(n) - para_first
    pyramid = pyramid_score(body)

    centroid = np.asarray(body.sum(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    centroid_sim = np.asarray(body @ (centroid / norm)).ravel() if norm > 0 else np.zeros(n)
    headline = cosine_rows(body, vecs[n:]).ravel() if head_terms else np.zeros(n)
    centrality = np.empty(n)
    centrality[:g] = scale_to_max(pagerank(sim, damping=PAGERANK_DAMPING))
    centrality[g:] = scale_to_max(centroid_sim)[g:]
    n_terms = np.array([len(t) for t in terms], dtype=np.float64)
    # Sum of the IDFs of each sentence's terms (looked up once, with the BM25 vectors), summed per sentence.
    of_sentence = np.repeat(np.arange(n), [len(t) for t in terms])
    idf_sum = np.bincount(of_sentence, weights=term_idf[: len(of_sentence)], minlength=n)

    cols = [
        1.0 / (1.0 + idx),
        idx == 0,
        idx == 1,
        idx / max(n - 1, 1),
        para_start,
        1.0 / (1.0 + para_ordinal),
        centrality,
        headline,
        centroid_sim,
        np.log1p(counts[:, 0]),
        counts[:, 0] < 8,
        counts[:, 0] > 40,
        counts[:, 1] / words,
        counts[:, 2] / words,
        counts[:, 4],
        n_terms / words,
        idf_sum / np.maximum(n_terms, 1.0) / 10.0,
        1.0 / (1.0 + in_paragraph),
        pyramid / (1.0 + idx),
        pyramid * (idx == 0),
    ]
    if recurrence:
        cols += list(_recurrence(body, g))
    else:
        cols += [0.0] * len(RECURRENCE_FEATURES)
    cols.append(1.0 / (1.0 + (np.cumsum(counts[:, 0]) - counts[:, 0]) / WORD_POSITION_SCALE))
    cols.append(counts[:, 5])
    sets = word_sets(doc.sentences)
    cols.append((load_headline_words() if headline_words is None else headline_words).scores(sets))
    cols.append((load_summary_words() if summary_words is None else summary_words).scores(sets))
    matrix = np.empty((n, len(FEATURES)))
    for k, c in enumerate(cols):
        matrix[:, k] = c
    unit = body if isinstance(body, np.ndarray) else body.tocsr()
    return SentenceFeatures(matrix=matrix, unit=unit, words=counts[:, 0].astype(int).tolist())
