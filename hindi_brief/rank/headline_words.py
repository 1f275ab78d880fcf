"""A word prior from news headlines: how often a word of an article's body also stands in its headline.

A headline names what happened, to whom and where; it leaves out how the story was told (``कहा``,
``बताया``, ``उन्होंने``, ``दौरान``). Counted over the articles of a news corpus (ILSUM 2023 Hindi val,
1,061 articles with their headings: ``python -m hindi_brief.training.ranker``), the share of the
articles holding a word in their body that hold it in their heading as well is a property of the
word alone: it says nothing of where a sentence stands, and it holds for a text without a headline.

``HeadlineWords.rate(word)`` is that share, smoothed towards the corpus-wide share ``default``
(the rate of a word never seen) with the weight of ``alpha`` articles, so that a word seen in one
article does not get 0 or 1. The sentence feature ``headline_words`` (``features.sentence_features``)
is the mean rate over a sentence's distinct words, scaled to 1 for the text's highest: the sentence
that reads most like a headline.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from itertools import compress, repeat
from math import fsum
from operator import not_
from pathlib import Path
from typing import Iterable, Mapping

import numpy as np

from ..doc import PUNCT_KINDS, Sentence, TokenColumns
from ..errors import InvalidOptionError
from ..resources import load_model

__all__ = ["ALPHA", "HEADLINE_WORDS_FILE", "HeadlineWords", "load_headline_words", "sentence_words", "word_sets"]

HEADLINE_WORDS_FILE = ("ranker", "headline_words.json")
FORMAT = 1
#: Smoothing weight in articles (5-fold cross-validation on ILSUM val: 5 scored above 20; model card,
#: "Words that make headlines").
ALPHA = 5.0
_PUNCT = frozenset(PUNCT_KINDS)
_RETRAIN = "python -m hindi_brief.training.ranker --data ../shared/data/ilsum_hi --out models/ranker"


def _words(c: TokenColumns) -> set[str]:
    # Picked in C loops (compress, map): the column costs one Python step per sentence, not per word.
    return set(compress(c.norms, map(not_, map(_PUNCT.__contains__, c.kinds))))


def sentence_words(sentences: Iterable[Sentence]) -> set[str]:
    """The distinct normalised words (tokens that are not punctuation or symbols) of ``sentences``."""
    out: set[str] = set()
    for s in sentences:
        out |= _words(s.columns)
    return out


def word_sets(sentences: Iterable[Sentence]) -> list[set[str]]:
    """Each sentence's ``sentence_words``: what the word columns (``HeadlineWords.scores``,
    ``summary_words.SummaryWords.scores``) read."""
    return [_words(s.columns) for s in sentences]


@dataclass(frozen=True)
class HeadlineWords:
    """Per word: the articles holding it in their body (``body``) and, of those, in their headline too (``both``).

    ``InvalidOptionError`` for counts that cannot be (a word in more headlines than bodies) or ``alpha`` <= 0.
    """

    body: Mapping[str, int]
    both: Mapping[str, int]
    alpha: float = ALPHA
    default: float = field(init=False)
    """The share over every (article, body word): the rate of a word never seen."""
    _rates: dict[str, float] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.alpha > 0:
            raise InvalidOptionError(f"alpha must be positive, got {self.alpha!r}")
        if any(self.both.get(w, 0) > n or n < 1 for w, n in self.body.items()) or set(self.both) - set(self.body):
            raise InvalidOptionError(
                "every word must be in at least one body, and in a headline no more often than in a body"
            )
        total = sum(self.body.values())
        default = sum(self.both.values()) / total if total else 0.0
        object.__setattr__(self, "default", default)
        a = self.alpha
        object.__setattr__(
            self, "_rates", {w: (self.both.get(w, 0) + a * default) / (n + a) for w, n in self.body.items()}
        )

    @classmethod
    def count(cls, articles: Iterable[tuple[set[str], set[str]]], *, alpha: float = ALPHA) -> HeadlineWords:
        """Counted over ``(headline words, body words)`` of each article (``sentence_words``)."""
        body: dict[str, int] = {}
        both: dict[str, int] = {}
        for head, words in articles:
            for w in words:
                body[w] = body.get(w, 0) + 1
            for w in words & head:
                both[w] = both.get(w, 0) + 1
        return cls(body, both, alpha)

    def __repr__(self) -> str:
        return f"HeadlineWords({len(self.body)} words, alpha={self.alpha!r}, default={self.default:.4f})"

    def rate(self, word: str) -> float:
        """How often an article holding ``word`` in its body holds it in its headline (smoothed)."""
        return self._rates.get(word, self.default)

    def column(self, sentences: Iterable[Sentence]) -> np.ndarray:
        """Per sentence, the mean rate of its distinct words, scaled to 1 for the highest (0 without words)."""
        return self.scores(word_sets(sentences))

    def scores(self, word_sets: Iterable[set[str] | frozenset[str]]) -> np.ndarray:
        """``column`` from each sentence's distinct words (``sentence_words``) already picked."""
        get, default = self._rates.get, self.default
        values = []
        for words in word_sets:
            # fsum: a set's order changes from one process to the next, and a plain sum with it in
            # the last bits, which could break a tie between two sentences differently each run.
            values.append(fsum(map(get, words, repeat(default))) / len(words) if words else 0.0)
        out = np.array(values, dtype=np.float64)
        top = out.max(initial=0.0)
        return out / top if top > 0 else out

    def to_json(self) -> str:
        """The file ``load_headline_words`` reads (words in sorted order: the same counts give the same file)."""
        words = {w: [self.body[w], self.both.get(w, 0)] for w in sorted(self.body)}
        data = {"format": FORMAT, "alpha": self.alpha, "words": words}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"


def _read(path: Path) -> HeadlineWords:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != FORMAT:
        raise ValueError(f"format {data.get('format')!r}, expected {FORMAT}")
    words = data["words"]
    body = {w: int(v[0]) for w, v in words.items()}
    both = {w: int(v[1]) for w, v in words.items() if int(v[1])}
    return HeadlineWords(body, both, float(data["alpha"]))


def load_headline_words() -> HeadlineWords:
    """The shipped word prior (read once per file); ``ModelError`` naming the fix when missing or damaged."""
    return load_model(HEADLINE_WORDS_FILE, _read, what="headline word prior", rebuild=_RETRAIN)
