"""Evaluation metrics that work on Hindi: ROUGE with a Devanagari-safe tokenizer, a light
stemmer, and silver keyword precision/recall.

Why a tokenizer of our own: ``rouge_score``'s default tokenizer lower-cases and then
replaces every character outside ``[a-z0-9]`` with a space, so a Hindi summary has no
tokens and every score is 0.0. ``RougeTokenizer`` keeps word, number and Latin tokens
of ``hindi_brief.text.tokens`` (their normalised forms; punctuation and symbols are
dropped) and is handed to ``rouge_score.rouge_scorer.RougeScorer(tokenizer=...)``.

"Stemmed" scores use ``light_stem``, the Hindi light stemmer of Ramanathan & Rao
(2003): strip the longest of a fixed list of inflectional suffixes. It is a rule list,
not the tagger's lemmatiser, so the metric stays the same when the tagger changes.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Collection, Mapping, Sequence

from ..caching import remember
from ..errors import MissingDependencyError
from ..text.normalize import normalize
from ..text.stem import light_stem
from ..text.tokens import iter_token_spans

__all__ = [
    "RougeTokenizer",
    "light_stem",
    "rouge_scorer",
    "ROUGE_TYPES",
    "ngram_f1",
    "KeywordScore",
    "score_keywords",
]

#: The ROUGE variants reported.
ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")

_KEEP_KINDS = frozenset({"word", "number", "latin"})


class RougeTokenizer:
    """A ``rouge_score`` tokenizer for Hindi: ``tokenize(text) -> list[str]``.

    Tokens are the normalised forms of word, number and Latin tokens (Latin
    lower-cased); punctuation, symbols and URLs are dropped. ``stem=True`` applies
    ``light_stem`` to every token.
    """

    def __init__(self, *, stem: bool = False) -> None:
        self.stem = bool(stem)
        self._cache: dict[str, tuple[str, ...]] = {}

    def __repr__(self) -> str:
        return f"RougeTokenizer(stem={self.stem})"

    def tokenize(self, text: str) -> list[str]:
        """Matching tokens of ``text`` (see the class doc)."""
        cached = self._cache.get(text)
        if cached is None:
            out = []
            for s, e, kind in iter_token_spans(text):
                if kind in _KEEP_KINDS:
                    tok = normalize(text[s:e]).lower()
                    out.append(light_stem(tok) if self.stem else tok)
            cached = remember(self._cache, text, tuple(out), 100_000)  # bounded: memory stays flat on long runs
        return list(cached)


def rouge_scorer(*, stem: bool = False, rouge_types: Sequence[str] = ROUGE_TYPES) -> Any:
    """A ``rouge_score`` ``RougeScorer`` that uses ``RougeTokenizer(stem=stem)``."""
    try:
        from rouge_score import rouge_scorer as _rs
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise MissingDependencyError(
            "ROUGE needs the rouge-score package; install it with: pip install 'hindi-brief[eval]'"
        ) from exc
    return _rs.RougeScorer(list(rouge_types), tokenizer=RougeTokenizer(stem=stem))


def _ngrams(tokens: Sequence[str], n: int) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def ngram_f1(candidate: Counter, reference: Counter) -> float:
    """ROUGE-N F1 between two n-gram ``Counter`` objects (clipped counts)."""
    if not candidate or not reference:
        return 0.0
    overlap = sum((candidate & reference).values())
    if overlap == 0:
        return 0.0
    p = overlap / sum(candidate.values())
    r = overlap / sum(reference.values())
    return 2 * p * r / (p + r)


def ngram_counts(tokens: Sequence[str], n: int) -> Counter:
    """``Counter`` of the ``n``-grams of ``tokens`` (for ``ngram_f1``)."""
    return _ngrams(tokens, n)


@dataclass(frozen=True)
class KeywordScore:
    """Silver keyword scores of one system on one article."""

    precision: float
    """Share of the returned keywords (at most ``top``) that are hits."""
    recall: float
    """Share of the silver set covered by the lemmas of the returned keywords."""
    returned: int
    """How many keywords were scored (``min(top, len(keywords))``)."""


def score_keywords(
    keywords: Sequence[Sequence[Collection[str]]],
    silver: Mapping[str, Collection[str]],
    *,
    top: int = 10,
    match: str = "all",
) -> KeywordScore:
    """Score keywords against a silver set.

    ``keywords``: per keyword, its content tokens, each given as the set of forms it may
    match (its lemma and its normalised form). ``silver``: silver lemma -> the forms
    that stand for it (the lemma and the normalised forms it was seen with). Matching
    on lemma *or* form keeps a lemmatiser's context-dependent choices (a keyword is
    tagged out of context) from turning identical words into misses.

    A keyword is a hit when ``match="all"`` of its content tokens (or ``"any"`` one)
    match a silver form; a keyword without content tokens is a miss. Precision divides
    by the number scored; recall is the share of silver lemmas matched by some token
    of the scored keywords. Empty silver set: recall 0.
    """
    if match not in ("all", "any"):
        raise ValueError(f"match must be 'all' or 'any', got {match!r}")
    forms = {f for fs in silver.values() for f in fs} | set(silver)
    scored = list(keywords)[:top]
    test = all if match == "all" else any
    hits = sum(1 for toks in scored if toks and test(bool(set(t) & forms) for t in toks))
    found = {f for toks in scored for t in toks for f in t}
    covered = sum(1 for lemma, fs in silver.items() if found & (set(fs) | {lemma}))
    return KeywordScore(
        precision=hits / len(scored) if scored else 0.0,
        recall=covered / len(silver) if silver else 0.0,
        returned=len(scored),
    )
