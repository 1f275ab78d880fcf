"""Keyword F1@10 against hand-made keyphrases, the measure issue #14 reports on its hidden set.

The silver keyword set of ``python -m hindi_brief.evaluate`` (the lemmas of an ILSUM article's
heading and summary) scores each word of a keyword on its own: a two-word keyword counts only
when the summary holds both words, and listing ``रक्षा`` and ``सहयोग`` scores twice where
``रक्षा सहयोग`` scores once. A human keyphrase set scores whole phrases: a keyword counts when it
*is* one of the document's keyphrases. This script scores keywords that way, against
``benchmarks/keyphrases_ilsum.jsonl``: 80 ILSUM articles (40 of val, 40 of test, 200 words or
more, evenly spaced in each split) with 10 to 15 keyphrases each, written blind to every
system's output by annotators who were given only the articles and an indexer's guidelines
(the noun phrases a professional indexer would assign, base forms, no verbs, dates or generic
words; ``docs/evaluation.md``, "Hand-made keyphrases").

A keyword matches a keyphrase (each keyphrase at most once):

* ``exact``: the same words, each compared by its normalised spelling key
  (``text.normalize.spelling_key``: nukta and chandrabindu spellings made one, Latin lower-cased),
  hyphens and spaces around them ignored;
* ``lemma``: the same words lemma by lemma (each phrase tagged as a short sentence by the
  pipeline's tagger), so ``संबंधों`` matches ``संबंध``: the stemmed match of keyphrase papers.

F1@10 per article from its precision (matches / keywords returned, at most 10) and recall
(matches / keyphrases), averaged over articles; P@10 and R@10 likewise.

Usage::

    python benchmarks/keyphrases.py --data ../shared/data/ilsum_hi [--gold benchmarks/keyphrases_ilsum.jsonl]
        [--variants '{"FOLD_SHARE": 0.5}' ...] [--systems hindi_brief,yake,tfidf] [--tagger none] [--no-heading]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import importlib  # noqa: E402
import json  # noqa: E402
import pkgutil  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any, Iterator, Sequence  # noqa: E402

import hindi_brief as hb  # noqa: E402
from hindi_brief.evaluation.baselines import TfidfKeywords, content_tokens, yake_keywords  # noqa: E402
from hindi_brief.errors import HindiBriefError  # noqa: E402
from hindi_brief.evaluation.evaluate import load_pairs  # noqa: E402
from hindi_brief.rank import keywords as kw_module  # noqa: E402
from hindi_brief.rank import make_keywords  # noqa: E402
from hindi_brief.rank import keyphrase  # noqa: E402
from hindi_brief.text.normalize import normalize, spelling_key  # noqa: E402
from hindi_brief.text.sentences import sentence_token_spans  # noqa: E402

GOLD = Path(__file__).resolve().parent / "keyphrases_ilsum.jsonl"
SYSTEMS = ("hindi_brief", "yake", "tfidf")
TOP = 10


def read_gold(path: Path) -> dict[tuple[str, str], list[str]]:
    """``{(split, ILSUM id): keyphrases}`` of the gold file."""
    gold = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                split, _, ident = row["id"].partition(":")
                gold[(split, ident)] = [k for k in row["keyphrases"] if k.strip()]
    return gold


#: The modules of the keyword code (``rank.keywords`` and every module of ``rank.keyphrase``): a constant is bound in
#: the module that defines it and in each one that imports it.
KEYWORD_MODULES = (
    *(importlib.import_module(f"{keyphrase.__name__}.{m.name}") for m in pkgutil.iter_modules(keyphrase.__path__)),
    kw_module,
)


@contextmanager
def keyword_settings(values: dict[str, float]) -> Iterator[None]:
    """Run with the keyword constants of ``values`` (``{"FOLD_SHARE": 0.5}``) set wherever they are bound, then restore
    them; ``ValueError`` for a name no keyword module binds."""
    bound = {name: [m for m in KEYWORD_MODULES if name in vars(m)] for name in values}
    unknown = sorted(name for name, modules in bound.items() if not modules)
    if unknown:
        raise ValueError(f"no keyword constant named {', '.join(unknown)}")
    saved = [(m, name, getattr(m, name)) for name, modules in bound.items() for m in modules]
    try:
        for name, modules in bound.items():
            for m in modules:
                setattr(m, name, values[name])
        yield
    finally:
        for m, name, value in saved:
            setattr(m, name, value)


class PhraseKeys:
    """The ``exact`` and ``lemma`` keys of short phrases, each phrase tagged once (as a sentence of its own)."""

    def __init__(self, tagger: Any | None) -> None:
        self.tagger = tagger
        self.cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def keys(self, phrases: Sequence[str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
        new = [p for p in dict.fromkeys(phrases) if p not in self.cache]
        if new:
            words = []
            for phrase in new:
                spans = [s for sent in sentence_token_spans(phrase, 0, len(phrase)) for s in sent]
                words.append([normalize(phrase[a:b]) for a, b, kind in spans if kind in ("word", "latin", "number")])
            tags = self.tagger.tag(words) if self.tagger is not None and any(words) else [[(None, w) for w in ws] for ws in words]
            for phrase, ws, ts in zip(new, words, tags):
                exact = tuple(spelling_key(w.lower()) for w in ws)
                lemma = tuple(spelling_key((lem or w).lower()) for w, (_, lem) in zip(ws, ts))
                self.cache[phrase] = (exact, lemma)
        return [self.cache[p] for p in phrases]


def score(predicted: list[str], gold: list[str], keys: PhraseKeys, how: int) -> tuple[float, float, float]:
    """P, R, F1 of ``predicted`` (first ``TOP``) against ``gold``; ``how`` 0 = exact, 1 = lemma."""
    predicted = predicted[:TOP]
    if not predicted or not gold:
        return 0.0, 0.0, 0.0
    open_gold = [k[how] for k in keys.keys(gold)]
    hits = 0
    for key in (k[how] for k in keys.keys(predicted)):
        if key in open_gold:
            open_gold.remove(key)
            hits += 1
    p, r = hits / len(predicted), hits / len(gold)
    return p, r, (2 * p * r / (p + r) if hits else 0.0)


def tfidf_keywords(texts: list[str]) -> list[list[str]]:
    """The 10 content words of highest tf x idf (idf over these articles), as the evaluation's TF-IDF baseline."""
    model = TfidfKeywords([content_tokens(t) for t in texts])
    return [model.keywords(i, top=TOP) for i in range(len(texts))]


def keyword_lists(pairs: list[Any], names: Sequence[str], *, tagger: str = "embedded",
                  variants: Sequence[dict[str, float]] = ({},), heading: bool = True) -> dict[str, list[list[str]]]:
    """Each system's keyword texts (at most ``TOP``) for each pair's article (without its heading line where
    ``heading`` is false), by system label; for hindi_brief one list per variant of the keyword constants
    (``keyword_settings``; ``{}``: as shipped)."""
    texts = [q.article if heading else q.text for q in pairs]
    systems: dict[str, list[list[str]]] = {}
    for name in names:
        if name == "hindi_brief":
            pipeline = hb.Pipeline(tagger=tagger)
            docs = [pipeline(t) for t in texts]
            for variant in variants:
                with keyword_settings(variant):
                    label = "hindi_brief" + ("".join(f", {k} {v}" for k, v in variant.items()))
                    systems[label] = [[k.text for k in make_keywords(d, top=TOP)] for d in docs]
        elif name == "yake":
            systems["YAKE (n=3)"] = [yake_keywords(t, top=TOP) for t in texts]
        elif name == "tfidf":
            systems["TF-IDF"] = tfidf_keywords(texts)
        else:
            raise ValueError(f"unknown system {name!r}; choose from {', '.join(SYSTEMS)}")
    return systems


def means(predicted: list[list[str]], golds: list[list[str]], splits: list[str], keys: PhraseKeys) -> dict[str, float]:
    """Mean P@10, R@10 and F1@10 (x100) of one system: ``exact`` and ``lemma`` matches over all articles,
    ``lemma`` F1 per split, and multi-word keywords per article."""
    rows = [[score(pr, g, keys, how) for how in (0, 1)] for pr, g in zip(predicted, golds)]

    def mean(values: list[float]) -> float:
        return 100 * sum(values) / len(values) if values else 0.0

    out = {
        "f1_exact": mean([r[0][2] for r in rows]),
        "p_exact": mean([r[0][0] for r in rows]),
        "r_exact": mean([r[0][1] for r in rows]),
        "f1_lemma": mean([r[1][2] for r in rows]),
        "multi_word": sum(len(k.split()) > 1 for pr in predicted for k in pr[:TOP]) / len(predicted),
    }
    for split in dict.fromkeys(splits):
        out[f"f1_lemma_{split}"] = mean([r[1][2] for r, sp in zip(rows, splits) if sp == split])
    return out


def evaluate(data: str | Path, *, gold: Path = GOLD, names: Sequence[str] = ("hindi_brief", "yake", "tfidf"),
             tagger: str = "embedded", variants: Sequence[dict[str, float]] = ({},),
             heading: bool = True) -> tuple[int, float, dict[str, dict[str, float]]]:
    """``(articles, keyphrases per article, {system label: means})`` of the gold file's articles found in ``data``."""
    gold_of = read_gold(gold)
    pairs = [q for q in load_pairs(data, split="both") if (q.split, q.id) in gold_of]
    golds = [gold_of[(q.split, q.id)] for q in pairs]
    keys = PhraseKeys(hb.Pipeline().tagger_component)
    systems = keyword_lists(pairs, names, tagger=tagger, variants=variants, heading=heading)
    splits = [q.split for q in pairs]
    return len(pairs), sum(map(len, golds)) / max(len(golds), 1), {
        label: means(predicted, golds, splits, keys) for label, predicted in systems.items()
    }


def main(argv: Sequence[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--data", default="../shared/data/ilsum_hi")
    p.add_argument("--gold", type=Path, default=GOLD)
    p.add_argument("--systems", default="hindi_brief,yake,tfidf")
    p.add_argument("--tagger", default="embedded", help="hindi_brief's tagger (none: untagged keywords); the keyphrases are lemmatised with the embedded one")
    p.add_argument("--variants", nargs="*", default=None, help="JSON objects of keyword constants (rank/keyphrase; hindi_brief only)")
    p.add_argument("--no-heading", action="store_true", help="give the systems the article without its heading line")
    args = p.parse_args(argv)
    names = args.systems.split(",")
    unknown = [n for n in names if n not in SYSTEMS]
    if unknown:
        p.error(f"unknown system(s) {', '.join(map(repr, unknown))}; choose from {', '.join(SYSTEMS)}")
    if not args.gold.is_file():
        p.error(f"no gold file {args.gold}")
    variants = [json.loads(v) for v in args.variants] if args.variants else [{}]
    try:
        n, per_article, table = evaluate(
            args.data, gold=args.gold, names=names, tagger=args.tagger, variants=variants, heading=not args.no_heading
        )
    except HindiBriefError as exc:  # a wrong --data path, a file without the ILSUM fields
        p.error(str(exc))
    print(f"{n} articles{' without their heading' if args.no_heading else ''}, {per_article:.1f} keyphrases each on average;"
          f" top {TOP}; hindi_brief tagger {args.tagger!r}\n")
    print("| system | F1@10 exact | P@10 exact | R@10 exact | F1@10 lemma | F1@10 lemma, val / test | multi-word keywords / article |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, m in table.items():
        print(
            f"| {label} | {m['f1_exact']:.2f} | {m['p_exact']:.2f} | {m['r_exact']:.2f} | {m['f1_lemma']:.2f}"
            f" | {m.get('f1_lemma_val', 0):.2f} / {m.get('f1_lemma_test', 0):.2f} | {m['multi_word']:.2f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
