"""Summaries of a third of a text, judged against references a third of the text long.

The hidden essay set of issue #14 is judged at the reference's length against human extractive
summaries of about a third of the sentences, where ILSUM's references are abstracts of about 50
words. This script builds two extractive stand-ins from ILSUM **val** (never test) and scores
every system at a third of the sentences (``k=n/3``) against them and against the abstract:

* ``f1third``: the third of the text's sentences with the highest ROUGE-1 F1 against the ILSUM
  summary (long sentences that share its words win);
* ``pthird``: the third with the highest ROUGE-1 precision against it (dense sentences win;
  sentences under 5 words left out);
* ``abstract``: the ILSUM summary itself (both summaries for two joined articles).

Texts: the val articles without their heading (``no-heading``) and shuffled (``shuffled``),
same-topic pairs of them joined (``pairs``, 20-40 sentences and mostly more than 300 words, the
size of an opinion piece) in order and shuffled (``pairs-shuffled``), with both summaries as the
abstract, and same-topic threes joined (``long``, the texts the long models rank only, ``summarize.is_long``,
the length of a long essay) in order and shuffled (``long-shuffled``). hindi_brief is
cross-validated as ``python -m hindi_brief.training.ranker`` does (5 folds of val, fitted on the
other four); "no overlap" sets the digests' overlap term (``training.ranker.OVERLAP``) to 0, "no ending"
the long digest's term for the sentences that close the text (``training.ranker.ENDING``), and
"before digest" also routes a summary of a quarter of the text or more to ``"many"`` /
``"many-news"`` / ``"long"`` as before ``summarize.DIGEST_PART`` existed.

Usage::

    python benchmarks/extractive_third.py --data ../shared/data/ilsum_hi [--limit N]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
from typing import Any  # noqa: E402

import numpy as np  # noqa: E402

import hindi_brief.evaluation.conditions as conditions  # noqa: E402
from hindi_brief.errors import InvalidInputError  # noqa: E402
from hindi_brief.evaluation.baselines import SumyRanker  # noqa: E402
from hindi_brief.evaluation.evaluate import load_pairs  # noqa: E402
from hindi_brief.evaluation.metrics import ngram_counts, ngram_f1  # noqa: E402
from hindi_brief.pipeline import Pipeline  # noqa: E402
from hindi_brief.rank.summarize import NEWS_MIN_WORDS, is_long  # noqa: E402
from hindi_brief.training import ranker as training  # noqa: E402

FOLDS = 5
#: Name here -> (condition of ``hindi_brief.evaluation.conditions``, articles per text, long texts).
TEXTS = {
    "no-heading": ("no-heading", 1, False),
    "shuffled": ("shuffled", 1, False),
    "pairs": ("joined", 2, False),
    "pairs-shuffled": ("joined-shuffled", 2, False),
    "long": ("joined", 3, True),
    "long-shuffled": ("joined-shuffled", 3, True),
}
REFERENCES = ("abstract", "f1third", "pthird")
SUMY = ("lexrank", "textrank", "lsa", "luhn")


def collect(data: str, limit: int | None) -> list[tuple[str, Any]]:
    """``(name, TrainingText)`` for every text of ``TEXTS`` (the training command's ``collect``): those
    the long models rank (``summarize.is_long``) for the long kinds, the others for the rest."""
    out = []
    apply = conditions.apply_condition
    saved = training.CONDITIONS
    try:
        for name, (condition, join, long) in TEXTS.items():
            conditions.apply_condition = lambda pairs, cond, _j=join, **kw: apply(pairs, cond, join=_j)
            training.CONDITIONS = (condition,)
            texts = training.collect(data, folds=FOLDS, limit=limit)
            out += [(name, t) for t in texts if is_long(len(t.keys), int(sum(t.words))) == long]
    finally:
        conditions.apply_condition = apply
        training.CONDITIONS = saved
    return out


def sumy_rankings(data: str, limit: int | None, texts: list[tuple[str, Any]]) -> dict[tuple[str, tuple[str, ...]], dict[str, list[int]]]:
    """Each sumy algorithm's ranking of each text, keyed by (name, sentence texts)."""
    wanted = {(name, tuple(t.keys)) for name, t in texts}
    pipe = Pipeline(tagger="embedded")
    pairs = load_pairs(data, split="val", limit=limit)
    rankers = {a: SumyRanker(a) for a in SUMY}
    out: dict[tuple[str, tuple[str, ...]], dict[str, list[int]]] = {}
    for fold in range(FOLDS):
        for name, (condition, join, _) in TEXTS.items():
            for pair in conditions.apply_condition(pairs[fold::FOLDS], condition, join=join):
                try:
                    doc = pipe(pair.article)
                except InvalidInputError:
                    continue
                key = (name, tuple(" ".join(s.text.split()) for s in doc.sentences))
                if key in wanted:
                    out[key] = {a: r.rank(doc) for a, r in rankers.items()}
    return out


def _f1(picks: list[int], t: Any, reference: list[str]) -> float:
    return ngram_f1(ngram_counts([w for i in sorted(picks) for w in t.sentence_tokens[i]], 1), ngram_counts(reference, 1))


def _precision(tokens: list[str], reference: Any) -> float:
    counts = ngram_counts(tokens, 1)
    total = sum(counts.values())
    return sum(min(v, reference.get(w, 0)) for w, v in counts.items()) / total if total else 0.0


def references(t: Any, k: int) -> dict[str, list[str]]:
    """The abstract and the two extractive references (``k`` sentences each) of a text."""
    ref = ngram_counts(t.reference_tokens, 1)
    f1 = np.array([ngram_f1(ngram_counts(s, 1), ref) for s in t.sentence_tokens])
    precision = np.array([_precision(s, ref) if len(s) >= 5 else 0.0 for s in t.sentence_tokens])
    out = {"abstract": t.reference_tokens}
    for name, score in (("f1third", f1), ("pthird", precision)):
        out[name] = [w for i in sorted(np.argsort(-score, kind="stable")[:k]) for w in t.sentence_tokens[i]]
    return out


NO_OVERLAP = {"overlap": dict.fromkeys(training.OVERLAP, 0.0)}
NO_ENDING = {"ending": dict.fromkeys(training.ENDING, 0.0)}


def before_digest(t: Any) -> dict[str, dict[str, float]]:
    """Settings that make ``"digest"`` and ``"long-digest"`` rank as the models that served such a
    request before them."""
    was = "many-news" if int(np.sum(t.words)) > NEWS_MIN_WORDS else "many"
    out = {
        setting: {**getattr(training, setting.upper()), "digest": getattr(training, setting.upper())[was]}
        for setting in ("blend", "share", "compactness")
    }
    return {**out, **NO_OVERLAP}


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", default="../shared/data/ilsum_hi")
    p.add_argument("--limit", type=int, default=None, help="first N val articles only (quick runs)")
    args = p.parse_args()
    main_texts = training.collect(args.data, folds=FOLDS, limit=args.limit)
    fits = {f: training.fit([t for t in main_texts if t.fold != f]) for f in range(FOLDS)}
    texts = collect(args.data, args.limit)
    sumy = sumy_rankings(args.data, args.limit, texts)
    centrality = training.FEATURES.index("centrality")
    scores: dict[tuple[str, str, str], list[float]] = {}
    for name, t in texts:
        k = conditions.third_of(len(t.keys))
        picks = {
            "lead": list(range(k)),
            "centrality alone": list(np.argsort(-t.matrix[:, centrality], kind="stable")[:k]),
            "hindi_brief": training.summarise(t, fits[t.fold], k),
            "hindi_brief, no overlap": training.summarise(t, fits[t.fold], k, **NO_OVERLAP),
            "hindi_brief, no ending": training.summarise(t, fits[t.fold], k, **NO_ENDING),
            "hindi_brief before digest": training.summarise(t, fits[t.fold], k, **before_digest(t)),
        }
        for algorithm, ranking in sumy.get((name, tuple(t.keys)), {}).items():
            picks[f"sumy {algorithm}"] = ranking[:k]
        for ref_name, ref in references(t, k).items():
            for system, chosen in picks.items():
                scores.setdefault((name, ref_name, system), []).append(_f1(chosen, t, ref))
    systems = list(dict.fromkeys(s for _, _, s in scores))
    print("ROUGE-1 F1 x100 at k = a third of the sentences (ILSUM val; 5-fold CV for hindi_brief)\n")
    print("| texts | reference | " + " | ".join(systems) + " |")
    print("|---|---|" + "---:|" * len(systems))
    for name in TEXTS:
        for ref_name in REFERENCES:
            cells = [scores.get((name, ref_name, s)) for s in systems]
            if not cells[0]:
                continue
            n = len(cells[0])
            print(f"| {name} ({n}) | {ref_name} | " + " | ".join(f"{100 * np.mean(c):.2f}" if c else "" for c in cells) + " |")


if __name__ == "__main__":
    main()
