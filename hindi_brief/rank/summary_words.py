"""Word weights learned to tell the sentence a one-sentence news summary is written from.

``headline_words`` counts how often a word makes a headline, one word at a time. This model is
fitted instead to tell sentences apart inside a text: a pairwise logistic regression (the
sentence nearest the reference against each other sentence of the same text, both orders, no
intercept) on the distinct words of each sentence, each sentence's row scaled by one over the
square root of its number of words, so that a long sentence does not win for holding more words.
What it learns is which words the best single sentence of a news text holds more than the others
of that text (what happened and to whom: ``मौत``, ``मोदी``, ``सुप्रीम``), and which it holds less (how the
story is told and what points back: ``बताया``, ``कहा``, ``उसकी``, ``इसका``), whatever the sentence's place.

Fitted on ILSUM 2023 Hindi val (``python -m hindi_brief.training.ranker``): the articles with their
heading as the reference and two same-topic articles joined, in ILSUM's sentences and with every two
sentences made one. The sentence feature ``summary_words`` (``features.sentence_features``) is a
sentence's score shifted and scaled inside its text to [0, 1]; only ``"1-news"`` weighs it (model
card, "Words of the one-sentence summary").
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import repeat
from math import fsum, isfinite, sqrt
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np

from ..errors import InvalidOptionError
from ..resources import load_model

__all__ = ["SUMMARY_WORDS_FILE", "SummaryWords", "load_summary_words"]

SUMMARY_WORDS_FILE = ("ranker", "summary_words.json")
FORMAT = 1
_RETRAIN = "python -m hindi_brief.training.ranker --data ../shared/data/ilsum_hi --out models/ranker"


@dataclass(frozen=True)
class SummaryWords:
    """Word -> weight (a word not listed weighs 0). ``InvalidOptionError`` for a weight that is not finite."""

    weights: Mapping[str, float]
    _get: object = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        bad = [w for w, v in self.weights.items() if not isinstance(v, (int, float)) or not isfinite(v)]
        if bad:
            raise InvalidOptionError(f"word weights must be finite numbers; not so for {bad[:3]!r}")
        object.__setattr__(self, "_get", dict(self.weights).get)

    def __repr__(self) -> str:
        return f"SummaryWords({len(self.weights)} words)"

    def score(self, words: set[str] | frozenset[str]) -> float:
        """The summed weight of distinct ``words`` over the square root of their number (0 without words)."""
        if not words:
            return 0.0
        # fsum: a set's order changes from one process to the next, and a plain sum with it in the
        # last bits, which could break a tie between two sentences differently each run.
        return fsum(map(self._get, words, repeat(0.0))) / sqrt(len(words))  # type: ignore[call-overload]

    def scores(self, word_sets: Iterable[set[str] | frozenset[str]]) -> np.ndarray:
        """``score`` of each word set, shifted and scaled to [0, 1] inside the sequence (all 0 when equal)."""
        out = np.array([self.score(w) for w in word_sets], dtype=np.float64)
        if not len(out):
            return out
        out -= out.min()
        top = out.max()
        return out / top if top > 0 else out

    def to_json(self) -> str:
        """The file ``load_summary_words`` reads (words in sorted order: the same weights give the same file)."""
        data = {"format": FORMAT, "weights": {w: self.weights[w] for w in sorted(self.weights)}}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _read(path: Path) -> SummaryWords:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
    return SummaryWords({str(w): float(v) for w, v in data["weights"].items()})


def load_summary_words() -> SummaryWords:
    """The shipped word weights (read once per file); ``ModelError`` naming the fix when missing or damaged."""
    return load_model(SUMMARY_WORDS_FILE, _read, what="summary word weights", rebuild=_RETRAIN)
