"""Built-in evaluation: ROUGE of summaries and silver precision/recall of keywords on
article/summary pairs (ILSUM Hindi or any CSV/JSONL), hindi_brief next to baselines.

Usage::

    python -m hindi_brief.evaluate --data ../shared/data/ilsum_hi [--split val|test|both]
        [--limit N] [--tagger embedded|none] [--condition standard,no-heading,heading-ref,shuffled,joined]
        [--out docs/evaluation.md] [--json results.json]

Every system picks from the same body sentences (those of one ``Pipeline`` run on
``title + "\\n\\n" + article``, so the headline logic is used and the headline itself
is never a candidate). Settings: ``k`` = 1, 2, 3 sentences and a 75-word budget
(``baselines.fit_budget`` for every baseline; hindi_brief's own ``max_words=75``).
``--condition`` rewrites the pairs first (``conditions.py``: no heading, heading as the
reference, shuffled sentences, several articles joined); each condition has its own
settings and its own marked block in the ``--out`` file.
See ``docs/evaluation.md`` for the metric definitions.
"""

from __future__ import annotations

import argparse
import csv
import datetime as _dt
import json
import os
import shlex
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from .conditions import CONDITIONS, JOIN, NEWS_JOIN, apply_condition, reference_sentences, settings_for, third_of
from .baselines import (
    SUMY_ALGORITHMS,
    SumyRanker,
    TfidfKeywords,
    content_tokens,
    fit_budget,
    lead_ranking,
    oracle_ranking,
    top_k,
    word_count,
    yake_keywords,
)
from ..doc import Document
from ..inputs import repeated_columns_problem
from ..options import check_choice, check_int
from ..errors import HindiBriefError, InvalidInputError, InvalidOptionError
from .metrics import ROUGE_TYPES, RougeTokenizer, rouge_scorer, score_keywords
from ..text.normalize import normalize
from ..text.sentences import sentence_token_spans, split_sentences
from ..text.stopwords import STOPWORDS

__all__ = [
    "Pair",
    "load_pairs",
    "EvalConfig",
    "Evaluation",
    "evaluate_summaries",
    "Lemmatiser",
    "markdown_report",
    "main",
]

SPLITS = ("val", "test", "both")
SUMMARY_SYSTEMS = ("hindi_brief", "lead", *SUMY_ALGORITHMS, "oracle")
KEYWORD_SYSTEMS = ("hindi_brief", "yake", "tfidf")
_LABELS = {
    "hindi_brief": "hindi_brief",
    "lead": "lead",
    "lexrank": "sumy LexRank",
    "textrank": "sumy TextRank",
    "lsa": "sumy LSA",
    "luhn": "sumy Luhn",
    "oracle": "oracle (greedy)",
    "yake": "YAKE (n=3)",
    "tfidf": "TF-IDF",
}


# -- data -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pair:
    """One article with its reference summary."""

    id: str
    title: str
    text: str
    summary: str
    split: str = "data"

    @property
    def article(self) -> str:
        """The system input: title, a blank line, then the article (just the article without a title)."""
        return f"{self.title.strip()}\n\n{self.text.strip()}" if self.title.strip() else self.text.strip()


def _read_rows(path: Path) -> list[dict[str, Any]]:
    try:
        return _parse_rows(path)
    except UnicodeDecodeError as exc:  # e.g. a spreadsheet's "Unicode text" export, which is UTF-16
        with path.open("rb") as fh:
            utf16 = fh.read(2) in (b"\xff\xfe", b"\xfe\xff")
        raise InvalidInputError(f"{path}: {'UTF-16' if utf16 else 'not UTF-8'} text; save it as UTF-8") from exc


def _parse_rows(path: Path) -> list[dict[str, Any]]:
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        rows = []
        with path.open(encoding="utf-8-sig") as fh:
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        row = json.loads(line)
                    except json.JSONDecodeError as exc:
                        raise InvalidInputError(f"{path}:{n}: not a JSON object per line ({exc})") from exc
                    if not isinstance(row, dict):
                        raise InvalidInputError(f"{path}:{n}: not a JSON object per line (got {type(row).__name__})")
                    rows.append(row)
        return rows
    if path.suffix.lower() == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as exc:
            raise InvalidInputError(f"{path}: not valid JSON ({exc}); expected a JSON list of objects") from exc
        if not isinstance(data, list):
            raise InvalidInputError(f"{path}: expected a JSON list of objects")
        for n, row in enumerate(data, 1):
            if not isinstance(row, dict):
                raise InvalidInputError(f"{path}: item {n} is not an object (got {type(row).__name__}); expected a JSON list of objects")
        return data
    csv.field_size_limit(2**31 - 1)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        problem = repeated_columns_problem(reader.fieldnames or [])
        if problem:
            raise InvalidInputError(f"{path}: {problem}")
        return list(reader)


def _check_fields(file: Path, rows: list[dict[str, Any]], needed: Sequence[str], given: Sequence[str]) -> None:
    """Raise when the first row lacks a ``needed`` field, or no row has a ``given`` one: a misspelt
    --title-field or --id-field would otherwise give no titles or made-up ids, silently."""
    missing = [f for f in needed if f not in rows[0]]
    if missing:
        raise InvalidInputError(
            f"{file}: no field {', '.join(map(repr, missing))}; fields are {', '.join(map(repr, rows[0]))}"
            " (choose them with --text-field/--summary-field/--title-field)"
        )
    if not given:
        return
    fields = dict.fromkeys(k for row in rows for k in row if k is not None)  # JSON rows may differ
    absent = [f for f in given if f not in fields]
    if absent:
        raise InvalidInputError(
            f"{file}: no row has a field {', '.join(map(repr, absent))}; fields are {', '.join(map(repr, fields))}"
            " (check --title-field/--id-field)"
        )


def _split_files(directory: Path, split: str) -> list[tuple[str, Path]]:
    wanted = ("val", "test") if split == "both" else (split,)
    files = sorted(p for p in directory.iterdir() if p.suffix.lower() in (".csv", ".jsonl", ".ndjson", ".json"))
    out = []
    for name in wanted:
        hits = [p for p in files if f"_{name}" in p.stem.lower() or p.stem.lower() == name]
        if len(hits) != 1:
            found = ", ".join(p.name for p in files) or "no data files"
            raise InvalidInputError(
                f"expected exactly one '{name}' file (name containing '_{name}') in {directory}, found: {found}"
            )
        out.append((name, hits[0]))
    return out


def load_pairs(
    path: str | Path,
    *,
    split: str = "both",
    text_field: str = "Article",
    summary_field: str = "Summary",
    title_field: str | None = "Heading",
    id_field: str | None = "Id",
    limit: int | None = None,
    require: Sequence[str] = (),
) -> list[Pair]:
    """Read article/summary pairs from a CSV/JSONL/JSON file or an ILSUM-style directory.

    A directory holds one file per split (``*_val.csv``, ``*_test.csv``); ``split``
    picks ``"val"``, ``"test"`` or ``"both"``. A single file is one split named after
    the file. ``title_field`` may be ``None`` or missing from the file (no title), and
    ``id_field`` missing (ids from the row numbers), unless named in ``require``: fields
    some row must have (the command requires the ``--title-field``/``--id-field`` given).
    ``limit`` keeps the first ``limit`` pairs of each split. Rows with an empty
    article or summary are skipped.
    """
    check_choice("split", split, SPLITS)
    if limit is not None:
        limit = check_int("limit", limit)
    path = Path(path)
    if path.is_dir():
        sources = _split_files(path, split)
    elif path.is_file():
        sources = [(path.stem, path)]
    else:
        raise InvalidInputError(f"data path {path} does not exist")
    pairs: list[Pair] = []
    for name, file in sources:
        rows = _read_rows(file)
        if rows:
            _check_fields(file, rows, (text_field, summary_field), require)
        kept = 0
        for n, row in enumerate(rows):
            for field_name in (text_field, summary_field, title_field):  # a JSON number or list was read as its repr
                value = row.get(field_name) if field_name else None
                if value is not None and not isinstance(value, str):
                    raise InvalidInputError(
                        f"{file}: row {n + 1}: field {field_name!r} must be a string, got {type(value).__name__}"
                    )
            text, summary = str(row.get(text_field) or ""), str(row.get(summary_field) or "")
            if not text.strip() or not summary.strip():
                continue
            title = str(row.get(title_field) or "") if title_field else ""
            pid = str(row.get(id_field)) if id_field and row.get(id_field) not in (None, "") else f"{name}-{n}"
            pairs.append(Pair(id=pid, title=title, text=text, summary=summary, split=name))
            kept += 1
            if limit is not None and kept >= limit:
                break
    return pairs


# -- lemmas for the keyword silver set -------------------------------------------------------


class Lemmatiser:
    """Content lemmas of short texts with the pipeline's tagger, batched.

    Content = word and Latin tokens whose normalised form is not a stopword
    (numbers and punctuation out). Lemmas come from the tagger in context (each
    sentence of the text is tagged as a sentence); without a tagger the normalised
    form stands in. Latin lemmas are lower-cased.
    """

    def __init__(self, tagger: Any | None) -> None:
        self.tagger = tagger

    def content_tokens(self, texts: Sequence[str]) -> list[list[tuple[str, str]]]:
        """For each text, ``(normalised form, lemma)`` of its content tokens in text order."""
        sentences: list[list[tuple[str, str]]] = []  # (norm, kind)
        owner: list[int] = []
        for t, text in enumerate(texts):
            for start, end in split_sentences(text):  # lines split too: a heading is its own sentence
                for spans in sentence_token_spans(text, start, end):
                    sentences.append([(normalize(text[s:e]), k) for s, e, k in spans])
                    owner.append(t)
        if self.tagger is not None and sentences:
            tags = self.tagger.tag([[norm for norm, _ in sent] for sent in sentences])
        else:
            tags = [[(None, norm) for norm, _ in sent] for sent in sentences]
        out: list[list[tuple[str, str]]] = [[] for _ in texts]
        for t, sent, sent_tags in zip(owner, sentences, tags):
            for (norm, kind), (_pos, lemma) in zip(sent, sent_tags):
                if kind in ("word", "latin") and norm not in STOPWORDS:
                    lemma = lemma or norm
                    if kind == "latin":
                        norm, lemma = norm.lower(), lemma.lower()
                    out[t].append((norm, lemma))
        return out

    def content_lemmas(self, texts: Sequence[str]) -> list[list[str]]:
        """For each text, the lemmas of its content tokens in text order."""
        return [[lemma for _, lemma in toks] for toks in self.content_tokens(texts)]


# -- hindi_brief adapter ----------------------------------------------------------------------


def _hb_indices(doc: Document, summary: Any) -> list[int]:
    """Body-sentence indices of the sentences of a hindi_brief ``Summary`` (matched by offsets)."""
    by_start = {s.start: i for i, s in enumerate(doc.sentences)}
    out = []
    for s in summary.sentences:
        if s.start not in by_start:
            raise HindiBriefError(f"summary sentence at offset {s.start} is not a body sentence of the document")
        out.append(by_start[s.start])
    return sorted(out)


# -- evaluation -------------------------------------------------------------------------------


@dataclass(frozen=True)
class EvalConfig:
    """What to evaluate."""

    ks: tuple[int, ...] = (1, 2, 3)
    max_words: int | None = 75
    """Word budget setting (``None``: none)."""
    ref_k: bool = False
    """Also score at the reference's own sentence count (setting ``k=ref``)."""
    third_k: bool = False
    """Also score at a third of the text's body sentences (setting ``k=n/3``, ``conditions.third_of``)."""
    top: int = 10
    systems: tuple[str, ...] = SUMMARY_SYSTEMS
    keyword_systems: tuple[str, ...] = KEYWORD_SYSTEMS


@dataclass
class Evaluation:
    """Per-article scores: ``rouge[split][(system, setting)]`` is a list of dicts
    ``{"rouge1": (p, r, f), ..., "rouge1_stem": ..., "words": n}`` in article order;
    ``keywords[split][system]`` a list of dicts ``{"p_all", "p_any", "recall", "returned"}``."""

    config: EvalConfig
    tagger: str | None
    rouge: dict[str, dict[tuple[str, str], list[dict[str, Any]]]] = field(default_factory=dict)
    keywords: dict[str, dict[str, list[dict[str, float]]]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    """Wall time per system (ranking/extraction only) over all articles."""
    articles: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    """Articles per split the pipeline refused or found no body sentence in (left out of every mean)."""

    def settings(self) -> list[str]:
        c = self.config
        return (
            [f"k={k}" for k in c.ks]
            + (["k=ref"] if c.ref_k else [])
            + (["k=n/3"] if c.third_k else [])
            + ([f"{c.max_words}w"] if c.max_words else [])
        )


def evaluate_summaries(
    pairs: Iterable[Pair],
    *,
    pipeline: Any,
    config: EvalConfig | None = None,
    progress: bool = False,
) -> Evaluation:
    """Score every system of ``config`` on ``pairs`` with ``pipeline`` (a ``hindi_brief.Pipeline``).

    Deterministic: no sampling; ties in rankings fall to document order; BLAS runs
    one thread.
    """
    with _one_blas_thread():
        return _evaluate(pairs, pipeline=pipeline, config=config or EvalConfig(), progress=progress)


def _one_blas_thread() -> Any:
    """One BLAS thread (threadpoolctl comes with scikit-learn): same floating-point results every run."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - scikit-learn normally brings it
        import contextlib

        return contextlib.nullcontext()
    return threadpool_limits(limits=1)


def _evaluate(pairs: Iterable[Pair], *, pipeline: Any, config: EvalConfig, progress: bool) -> Evaluation:
    unknown = set(config.systems) - set(SUMMARY_SYSTEMS) | set(config.keyword_systems) - set(KEYWORD_SYSTEMS)
    if unknown:
        raise InvalidOptionError(f"unknown systems {sorted(unknown)}")
    scorers = {"": rouge_scorer(stem=False), "_stem": rouge_scorer(stem=True)}
    oracle_tok = RougeTokenizer(stem=False)
    sumy = {name: SumyRanker(name) for name in SUMY_ALGORITHMS if name in config.systems}
    lemmatiser = Lemmatiser(getattr(pipeline, "tagger_component", None))
    tagger_name = getattr(pipeline, "tagger_name", None)
    result = Evaluation(config=config, tagger=tagger_name)
    max_k = max(config.ks, default=1)

    by_split: dict[str, list[Pair]] = defaultdict(list)
    for pair in pairs:
        by_split[pair.split].append(pair)

    for split, split_pairs in by_split.items():
        rouge = result.rouge.setdefault(split, defaultdict(list))
        kw_lists: dict[str, list[list[str]]] = defaultdict(list)  # system -> keyword texts per article
        silver: list[list[str]] = []
        tfidf_docs: list[list[str]] = []
        skipped = 0
        iterator: Iterable[Pair] = split_pairs
        if progress:
            from tqdm import tqdm

            iterator = tqdm(split_pairs, desc=f"evaluate {split}", unit="article", file=sys.stderr)
        for pair in iterator:
            t0 = time.perf_counter()
            try:
                doc = pipeline(pair.article)
            except InvalidInputError:  # e.g. a whole HTML page: counted as skipped
                doc = None
            result.seconds["pipeline"] += time.perf_counter() - t0
            if doc is None or not doc.sentences:
                skipped += 1
                continue
            lengths = [word_count(s) for s in doc.sentences]
            selections: dict[tuple[str, str], list[int]] = {}
            ks = {f"k={k}": k for k in config.ks}
            if config.ref_k:
                ks["k=ref"] = reference_sentences(pair.summary)
            if config.third_k:
                ks["k=n/3"] = third_of(len(doc.sentences))
            budget_name = f"{config.max_words}w" if config.max_words else None

            def add_ranked(system: str, ranking: list[int]) -> None:
                for name, k in ks.items():
                    selections[(system, name)] = top_k(ranking, k)
                if budget_name:
                    selections[(system, budget_name)] = fit_budget(ranking, lengths, config.max_words)

            if "hindi_brief" in config.systems:
                from ..rank import make_summary  # what Pipeline.brief calls for the summary

                t0 = time.perf_counter()
                for name, k in ks.items():
                    selections[("hindi_brief", name)] = _hb_indices(doc, make_summary(doc, sentences=k))
                if budget_name:
                    summary = make_summary(doc, max_words=config.max_words)
                    selections[("hindi_brief", budget_name)] = _hb_indices(doc, summary)
                result.seconds["hindi_brief"] += time.perf_counter() - t0
            if "hindi_brief" in config.keyword_systems:
                from ..rank import make_keywords  # what Pipeline.brief calls for the keywords

                t0 = time.perf_counter()
                kw_lists["hindi_brief"].append([kw.text for kw in make_keywords(doc, top=config.top)])
                result.seconds["hindi_brief keywords"] += time.perf_counter() - t0
            if "lead" in config.systems:
                add_ranked("lead", lead_ranking(doc))
            for name, ranker in sumy.items():
                t0 = time.perf_counter()
                ranking = ranker.rank(doc)
                result.seconds[name] += time.perf_counter() - t0
                add_ranked(name, ranking)
            if "oracle" in config.systems:
                t0 = time.perf_counter()
                ref = oracle_tok.tokenize(pair.summary)
                sent_toks = [oracle_tok.tokenize(s.text) for s in doc.sentences]
                greedy = oracle_ranking(sent_toks, ref, k=max(ks.values(), default=max_k))
                for name, k in ks.items():
                    selections[("oracle", name)] = sorted(greedy[:k]) or [0]
                if budget_name:
                    budget = oracle_ranking(sent_toks, ref, lengths=lengths, max_words=config.max_words)
                    selections[("oracle", budget_name)] = sorted(budget) or fit_budget(
                        lead_ranking(doc), lengths, config.max_words
                    )
                result.seconds["oracle"] += time.perf_counter() - t0

            for key in sorted(selections):
                chosen = selections[key]
                text = " ".join(doc.sentences[i].text for i in chosen)
                row: dict[str, Any] = {"words": sum(lengths[i] for i in chosen), "sentences": len(chosen)}
                for suffix, scorer in scorers.items():
                    scores = scorer.score(pair.summary, text)
                    for rtype in ROUGE_TYPES:
                        s = scores[rtype]
                        row[rtype + suffix] = (s.precision, s.recall, s.fmeasure)
                rouge[key].append(row)

            # Keywords: collect now, score after TF-IDF is fitted on the whole split.
            if config.keyword_systems:
                silver.append(pair.title + "\n" + pair.summary)
                tfidf_docs.append(content_tokens(pair.article))
                if "yake" in config.keyword_systems:
                    t0 = time.perf_counter()
                    kw_lists["yake"].append(yake_keywords(pair.article, top=config.top))
                    result.seconds["yake"] += time.perf_counter() - t0

        result.articles[split] = len(split_pairs) - skipped
        result.skipped[split] = skipped
        if config.keyword_systems and silver:
            if "tfidf" in config.keyword_systems:
                t0 = time.perf_counter()
                tfidf = TfidfKeywords(tfidf_docs)
                kw_lists["tfidf"] = [tfidf.keywords(i, top=config.top) for i in range(len(tfidf_docs))]
                result.seconds["tfidf"] += time.perf_counter() - t0
            kw_scores = result.keywords.setdefault(split, defaultdict(list))
            for i, silver_text in enumerate(silver):
                # One tagger call per article: the silver text and every system's keywords.
                texts = [silver_text]
                spans = {}
                for system in config.keyword_systems:
                    kws = kw_lists[system][i][: config.top]
                    spans[system] = (len(texts), len(texts) + len(kws))
                    texts.extend(kws)
                toks = lemmatiser.content_tokens(texts)
                silver_map: dict[str, set[str]] = defaultdict(set)
                for norm, lemma in toks[0]:
                    silver_map[lemma].add(norm)
                for system in config.keyword_systems:
                    keys = [[{norm, lemma} for norm, lemma in kw] for kw in toks[spans[system][0] : spans[system][1]]]
                    s_all = score_keywords(keys, silver_map, top=config.top, match="all")
                    s_any = score_keywords(keys, silver_map, top=config.top, match="any")
                    kw_scores[system].append(
                        {"p_all": s_all.precision, "p_any": s_any.precision, "recall": s_all.recall,
                         "returned": s_all.returned}
                    )
    return result


# -- reporting ----------------------------------------------------------------------------------


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def summary_means(result: Evaluation, split: str) -> dict[tuple[str, str], dict[str, float]]:
    """Mean F1 (x100) per ROUGE variant, mean P and R, and mean words, per (system, setting)."""
    out = {}
    for key, rows in result.rouge.get(split, {}).items():
        means: dict[str, float] = {"words": _mean([r["words"] for r in rows])}
        for rtype in ROUGE_TYPES:
            for suffix in ("", "_stem"):
                name = rtype + suffix
                means[name + "_p"] = 100 * _mean([r[name][0] for r in rows])
                means[name + "_r"] = 100 * _mean([r[name][1] for r in rows])
                means[name] = 100 * _mean([r[name][2] for r in rows])
        out[key] = means
    return out


def paired_bootstrap(a: Sequence[float], b: Sequence[float], *, samples: int = 1000, seed: int = 0) -> tuple[float, float, float]:
    """Mean of ``a - b`` and its 95% paired-bootstrap interval (fixed seed: deterministic)."""
    import numpy as np

    diff = np.asarray(a, dtype=float) - np.asarray(b, dtype=float)
    if diff.size == 0:
        return 0.0, 0.0, 0.0
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, diff.size, size=(samples, diff.size))
    means = diff[idx].mean(axis=1)
    return float(diff.mean()), float(np.percentile(means, 2.5)), float(np.percentile(means, 97.5))


#: The fewest articles whose bootstrap intervals are marked ``+``/``−`` in the difference tables.
MIN_MARKED_ARTICLES = 10
#: Folds for the spread column: article i belongs to fold i mod FOLDS.
FOLDS = 5


def fold_means(values: Sequence[float], folds: int = FOLDS) -> list[float]:
    """Mean of ``values`` in each fold (article i in fold i mod ``folds``; empty folds left out)."""
    return [_mean(values[f::folds]) for f in range(folds) if values[f::folds]]


def _fmt(x: float) -> str:
    return f"{x:.2f}"


def markdown_tables(result: Evaluation) -> str:
    """ROUGE and keyword tables, one block per split, as markdown."""
    parts: list[str] = []
    systems = [s for s in SUMMARY_SYSTEMS if s in result.config.systems]
    for split in result.rouge:
        means = summary_means(result, split)
        parts.append(f"### {split} ({result.articles[split]} articles)\n")
        parts.append(
            "| setting | system | R-1 | R-2 | R-L | R-1 stem | R-2 stem | R-L stem | words | R-1 over folds |\n"
            "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
        )
        for setting in result.settings():
            present = [s for s in systems if (s, setting) in means]
            # Best non-oracle system per column in bold.
            best = {
                col: max((means[(s, setting)][col] for s in present if s != "oracle"), default=None)
                for col in ("rouge1", "rouge2", "rougeL", "rouge1_stem", "rouge2_stem", "rougeL_stem")
            }
            for s in present:
                m = means[(s, setting)]
                cells = []
                for col in ("rouge1", "rouge2", "rougeL", "rouge1_stem", "rouge2_stem", "rougeL_stem"):
                    cell = _fmt(m[col])
                    cells.append(f"**{cell}**" if s != "oracle" and best[col] is not None and _fmt(best[col]) == cell else cell)
                folds = fold_means([100 * r["rouge1"][2] for r in result.rouge[split][(s, setting)]])
                spread = f"{min(folds):.1f}–{max(folds):.1f}" if folds else ""
                parts.append(f"| {setting} | {_LABELS[s]} | " + " | ".join(cells) + f" | {m['words']:.1f} | {spread} |")
        parts.append(
            f"R-1 over folds: lowest and highest mean R-1 F1 of {FOLDS} folds of the articles (article i in fold i mod {FOLDS}).\n"
        )
        if "hindi_brief" in systems:
            parts.append(_delta_table(result, split, systems))
        kws = result.keywords.get(split)
        if kws:
            parts.append(
                f"Keywords ({split}), silver set = content lemmas of heading + reference summary:\n\n"
                "| system | P@10 (all words) | P@10 (any word) | recall | keywords |\n|---|---:|---:|---:|---:|"
            )
            for system in (s for s in KEYWORD_SYSTEMS if s in kws):
                rows = kws[system]
                parts.append(
                    f"| {_LABELS[system]} | {_fmt(100 * _mean([r['p_all'] for r in rows]))} | "
                    f"{_fmt(100 * _mean([r['p_any'] for r in rows]))} | {_fmt(100 * _mean([r['recall'] for r in rows]))} | "
                    f"{_mean([r['returned'] for r in rows]):.1f} |"
                )
            parts.append("")
    timing = {k: v for k, v in result.seconds.items() if v > 0}
    if timing:
        n = sum(result.articles.values()) or 1
        parts.append(
            "Time per article (this run, one process; hindi_brief = 4 `make_summary` calls on the tagged document, "
            "pipeline = clean + split + tag):\n\n| part | ms/article |\n|---|---:|"
        )
        for name, secs in timing.items():
            parts.append(f"| {_LABELS.get(name, name)} | {1000 * secs / n:.2f} |")
        parts.append("")
    return "\n".join(parts)


def _delta_table(result: Evaluation, split: str, systems: list[str]) -> str:
    rows = result.rouge[split]
    lines = [
        f"hindi_brief minus each baseline ({split}), mean F1 difference x100 with 95% paired-bootstrap "
        "interval (1,000 resamples, seed 0); `+` = interval above 0, `−` = below 0:\n",
        "| setting | baseline | Δ R-1 | Δ R-2 | Δ R-L |",
        "|---|---|---:|---:|---:|",
    ]
    few = False
    for setting in result.settings():
        hb = rows.get(("hindi_brief", setting))
        if not hb:
            continue
        # A bootstrap of a handful of articles has intervals of nothing (one pair: zero width) that would mark
        # every difference as certain.
        few = few or len(hb) < MIN_MARKED_ARTICLES
        for s in systems:
            if s in ("hindi_brief", "oracle") or (s, setting) not in rows:
                continue
            other = rows[(s, setting)]
            cells = []
            for col in ("rouge1", "rouge2", "rougeL"):
                d, lo, hi = paired_bootstrap([r[col][2] for r in hb], [r[col][2] for r in other])
                mark = "" if len(hb) < MIN_MARKED_ARTICLES else "+" if lo > 0 else ("−" if hi < 0 else "")
                cells.append(f"{100 * d:+.2f} [{100 * lo:+.2f}, {100 * hi:+.2f}]{mark}")
            lines.append(f"| {setting} | {_LABELS[s]} | " + " | ".join(cells) + " |")
    if few:
        lines.insert(1, f"(fewer than {MIN_MARKED_ARTICLES} articles: no interval is marked)\n")
    lines.append("")
    return "\n".join(lines)


def markdown_report(result: Evaluation, *, command: str, condition: str = "standard") -> str:
    """The generated block of ``docs/evaluation.md``: command, condition, date, sizes, tables."""
    today = _dt.date.today().isoformat()
    sizes = ", ".join(f"{s}: {n}" for s, n in result.articles.items())
    skipped = sum(result.skipped.values())
    lines = [
        f"Command: `{command}`  ",
        f"Condition: `{condition}`  ",
        f"Date: {today}; tagger: `{result.tagger}`; articles: {sizes}"
        + (f" ({skipped} refused or without body sentences, left out)" if skipped else "")
        + ".\n",
        markdown_tables(result),
    ]
    return "\n".join(lines)


START, END = "<!-- evaluation:start -->", "<!-- evaluation:end -->"


def write_block(path: Path, block: str, *, start: str = START, end: str = END, title: str = "# Evaluation") -> None:
    """Replace the text between ``start`` and ``end`` markers of ``path`` (create the file,
    or append the block, when there are none)."""
    wrapped = f"{start}\n{block.rstrip()}\n{end}"
    if path.exists():
        old = path.read_text(encoding="utf-8")
        if start in old and end in old:
            head, rest = old.split(start, 1)
            _, tail = rest.split(end, 1)
            path.write_text(head + wrapped + tail, encoding="utf-8")
            return
        path.write_text(old.rstrip() + "\n\n" + wrapped + "\n", encoding="utf-8")
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"{title}\n\n{wrapped}\n", encoding="utf-8")


def to_json(result: Evaluation) -> dict[str, Any]:
    """Means (no per-article rows) as a JSON-ready dict."""
    out: dict[str, Any] = {"tagger": result.tagger, "articles": result.articles, "splits": {}}
    for split in result.rouge:
        out["splits"][split] = {
            "rouge": {f"{s}@{setting}": m for (s, setting), m in sorted(summary_means(result, split).items())},
            "keywords": {
                system: {k: _mean([r[k] for r in rows]) for k in ("p_all", "p_any", "recall", "returned")}
                for system, rows in result.keywords.get(split, {}).items()
            },
        }
    out["seconds"] = dict(result.seconds)
    return out


# -- command line -------------------------------------------------------------------------------


TITLE_FIELD, ID_FIELD = "Heading", "Id"  # the ILSUM columns
DATA_HINT = "pass --data a folder of *_val/*_test files (../shared/data/ilsum_hi from the repository) or one CSV/JSONL/JSON file"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m hindi_brief.evaluate",
        description="ROUGE and keyword evaluation of hindi_brief against lead, sumy, oracle, YAKE and TF-IDF.",
    )
    p.add_argument("--data", default="../shared/data/ilsum_hi", help="directory with *_val/*_test files, or one CSV/JSONL file")
    p.add_argument("--split", choices=SPLITS, default="both")
    p.add_argument("--limit", type=int, default=None, help="first N pairs of each split")
    p.add_argument("--text-field", default="Article")
    p.add_argument("--summary-field", default="Summary")
    # No default here: a field given on the command line must be in the file, the default need not.
    p.add_argument("--title-field", default=None, help=f"default {TITLE_FIELD} (no title when the file has none); empty string: no title")
    p.add_argument("--id-field", default=None, help=f"default {ID_FIELD} (row numbers when the file has none)")
    p.add_argument("--tagger", default="embedded", help="Pipeline tagger: embedded (default), stanza or none")
    p.add_argument("--systems", default=",".join(SUMMARY_SYSTEMS), help="comma-separated summary systems")
    p.add_argument("--keyword-systems", default=",".join(KEYWORD_SYSTEMS), help="comma-separated; empty: none")
    p.add_argument("--max-words", type=int, default=None, help="word budget (default: the condition's, 75 or none)")
    p.add_argument(
        "--condition",
        default="standard",
        help=f"comma-separated, each scored and reported on its own: {', '.join(CONDITIONS)} (see docs/evaluation.md)",
    )
    p.add_argument("--out", default=None, help="write the tables into this markdown file (e.g. docs/evaluation.md)")
    p.add_argument("--json", default=None, help="also write the means as JSON here")
    p.add_argument("--progress", action="store_true", help="show a progress bar on stderr")
    return p


#: Files a data folder's pairs may be read from: a report is never written as one inside it.
_DATA_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".json")
#: What a condition needs of the pairs given, for the message when it makes none.
_NEEDS = {
    **dict.fromkeys(("heading-ref", "full-stops"), "each pair needs a title (--title-field)"),
    **dict.fromkeys(("joined", "joined-shuffled", "long-story"), f"it joins {JOIN} articles of one split into one text"),
    **dict.fromkeys(
        ("news-length", "news-shuffled", "news-long-sentences"),
        f"it joins {NEWS_JOIN} articles of one split, the first with a title (--title-field)",
    ),
}


def _output_problem(target: Path, data: Path, *, markdown: bool) -> str | None:
    """Why the report cannot go to ``target`` (``None``: it can): it is the data (by path or as the same file), or a
    data file of the data folder, or a folder, or a file that cannot be opened for writing, or in a folder that cannot
    be made (none is made now); a ``markdown`` report's existing file must also read as UTF-8 (its blocks are replaced in place). A target
    that exists and is no regular file (``/dev/stdout``, a pipe) is written as it is, unprobed."""
    resolved, data_resolved = target.resolve(), data.resolve()
    if resolved == data_resolved or (target.exists() and data.is_file() and os.path.samefile(target, data)):
        return f"is the data {data}; write the report elsewhere"
    if data_resolved.is_dir() and resolved.parent == data_resolved and resolved.suffix.lower() in _DATA_SUFFIXES:
        return f"is a data file of the data folder {data} (now or on the next run); write the report elsewhere"
    if target.is_dir():
        return "is a folder; name a file"
    if target.exists() and not target.is_file():
        return None
    # Folders the report would make are not made now: a run that fails later would leave them behind. The nearest
    # one that exists must be a folder the user may write in.
    folder = target.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if folder != target.parent:
        if not folder.is_dir():
            return f"cannot be written ({folder} is not a folder)"
        if not os.access(folder, os.W_OK | os.X_OK):
            return f"cannot be written (no permission to make a folder in {folder})"
        return None
    try:  # as the report will be written, without changing a file that exists
        existed = target.exists()
        with open(target, "a", encoding="utf-8"):
            pass
        if not existed:
            target.unlink()
        elif markdown:
            target.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        return "is not UTF-8 text, whose blocks the report would replace; name another file"
    except OSError as exc:
        return f"cannot be written ({exc.strerror or exc})"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    args = _parser().parse_args(argv)
    from ..pipeline import Pipeline

    reports = []
    try:
        systems = tuple(s for s in args.systems.split(",") if s)
        keyword_systems = tuple(s for s in args.keyword_systems.split(",") if s)
        conditions = [c for c in args.condition.split(",") if c]
        for c in conditions:
            settings_for(c)
        if args.max_words is not None:
            check_int("max_words", args.max_words)
        if not Path(args.data).exists():  # load_pairs says so too, without the option that fixes it
            raise InvalidInputError(f"data path {args.data} does not exist; {DATA_HINT}")
        # Before the minutes of work: an output that cannot be written, or that is the data itself.
        for option, target in (("--out", args.out), ("--json", args.json)):
            problem = _output_problem(Path(target), Path(args.data), markdown=option == "--out") if target else None
            if problem:
                raise InvalidOptionError(f"{option} {target} {problem}")
        if args.out and args.json and Path(args.out).resolve() == Path(args.json).resolve():
            raise InvalidOptionError(f"--out and --json name the same file {args.out}; give each its own")
        pairs = load_pairs(
            args.data,
            split=args.split,
            text_field=args.text_field,
            summary_field=args.summary_field,
            title_field=TITLE_FIELD if args.title_field is None else args.title_field or None,
            id_field=ID_FIELD if args.id_field is None else args.id_field or None,
            limit=args.limit,
            require=[f for f in (args.title_field, args.id_field) if f],
        )
        if not pairs:
            raise InvalidInputError(f"no article/summary pairs found in {args.data}")
        # Every condition's pairs first: one that makes none is an error before any other is scored.
        runs = {condition: apply_condition(pairs, condition) for condition in conditions}
        for condition, run in runs.items():
            if not run:  # an empty report and status 0 read as a run that scored something
                raise InvalidInputError(
                    f"the {condition} condition makes no pairs of the {len(pairs)} given: "
                    f"{_NEEDS.get(condition, 'see docs/evaluation.md')}"
                )
        pipeline = Pipeline(tagger=args.tagger)
        for condition in conditions:
            ks, max_words, ref_k, third_k = settings_for(condition)
            config = EvalConfig(
                ks=ks,
                max_words=args.max_words if args.max_words is not None and max_words else max_words,
                ref_k=ref_k,
                third_k=third_k,
                systems=systems,
                # Keywords are scored on the standard pairs only (the silver set needs the heading).
                keyword_systems=keyword_systems if condition == "standard" else (),
            )
            reports.append(
                (condition, evaluate_summaries(runs[condition], pipeline=pipeline, config=config, progress=args.progress))
            )
    except HindiBriefError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    command = "python -m hindi_brief.evaluate " + shlex.join(argv if argv is not None else sys.argv[1:])
    out: dict[str, Any] = {}
    for condition, result in reports:
        report = markdown_report(result, command=command.strip(), condition=condition)
        print(report)
        if args.out:
            if condition == "standard":
                write_block(Path(args.out), report)
            else:
                write_block(
                    Path(args.out), report, start=f"<!-- evaluation:{condition}:start -->", end=f"<!-- evaluation:{condition}:end -->"
                )
        out[condition] = to_json(result)
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        data = out["standard"] if list(out) == ["standard"] else out
        Path(args.json).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
