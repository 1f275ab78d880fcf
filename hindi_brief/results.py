"""What ranking returns: ``Summary``, ``Keyword`` and ``Brief`` (frozen dataclasses).

Every result keeps offsets into the original text, and ``to_dict()`` gives plain
JSON-ready data with a fixed key order and floats rounded to ``FLOAT_DIGITS``
digits, so two runs on the same text serialise to the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterator

from .doc import Document, Sentence

__all__ = ["Summary", "Keyword", "Brief", "FLOAT_DIGITS"]

#: Digits kept when scores are written by ``to_dict``.
FLOAT_DIGITS = 6


def _round(x: float) -> float:
    return round(float(x), FLOAT_DIGITS)


def _short(text: str, n: int = 40) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


@dataclass(frozen=True, slots=True)
class Summary:
    """An extractive summary: chosen body sentences in document order.

    ``scores[i]`` and ``ranks[i]`` belong to ``sentences[i]``: the sentence's
    importance score (higher is better) and its 1-based rank in the selection
    order (1 = picked first). An empty document gives an empty ``Summary``.
    """

    sentences: tuple[Sentence, ...] = ()
    scores: tuple[float, ...] = ()
    ranks: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        if not (len(self.sentences) == len(self.scores) == len(self.ranks)):
            raise ValueError("Summary.sentences, scores and ranks must have the same length")

    @property
    def text(self) -> str:
        """The summary text: the chosen sentences joined by a space."""
        return " ".join(s.text for s in self.sentences)

    @property
    def indices(self) -> tuple[int, ...]:
        """Body-sentence indices (``Sentence.index``) of the chosen sentences."""
        return tuple(s.index for s in self.sentences)

    @property
    def words(self) -> int:
        """Number of words (tokens that are not punctuation) in the summary."""
        return sum(len(s.words) for s in self.sentences)

    def __str__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return len(self.sentences)

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.sentences)

    def __bool__(self) -> bool:
        return bool(self.sentences)

    def __repr__(self) -> str:
        return f"Summary(sentences={len(self.sentences)}, words={self.words}, text={_short(self.text)!r})"

    def _repr_html_(self) -> str:
        from .display import summary_list_html

        return summary_list_html(self)

    def to_dict(self) -> dict[str, Any]:
        """``{"text", "sentences": [{"index", "start", "end", "text", "score", "rank"}]}``."""
        return {
            "text": self.text,
            "sentences": [
                {
                    "index": s.index,
                    "start": s.start,
                    "end": s.end,
                    "text": s.text,
                    "score": _round(score),
                    "rank": rank,
                }
                for s, score, rank in zip(self.sentences, self.scores, self.ranks)
            ],
        }


@dataclass(frozen=True, slots=True)
class Keyword:
    """A keyphrase of the article.

    ``text`` is its base form (the direct-case singular as the text writes it,
    ``संबंध`` for ``संबंधों``; a name as most often written), ``lemma`` the lemma
    phrase that groups its inflected forms, ``score`` its importance (finite,
    higher is better), ``count`` how often it occurs, ``offsets`` the
    ``(start, end)`` of each occurrence in the original text (headline included),
    in text order, and ``variants`` the distinct surface forms seen (most
    frequent first).
    """

    text: str
    lemma: str
    score: float
    count: int
    offsets: tuple[tuple[int, int], ...] = ()
    variants: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"Keyword({self.text!r}, score={self.score:.4f}, count={self.count})"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: ``text``, ``lemma``, ``score`` (rounded), ``count``, ``offsets``, ``variants``."""
        return {
            "text": self.text,
            "lemma": self.lemma,
            "score": _round(self.score),
            "count": self.count,
            "offsets": [[s, e] for s, e in self.offsets],
            "variants": list(self.variants),
        }


@dataclass(frozen=True, slots=True)
class Brief:
    """Summary and keywords of one article, with the processed ``Document`` they came from."""

    document: Document
    summary: Summary
    keywords: tuple[Keyword, ...] = ()

    def __repr__(self) -> str:
        head = self.document.headline.text if self.document.headline is not None else None
        return (
            f"Brief(headline={None if head is None else _short(head)!r}, "
            f"summary={len(self.summary)} sentences, keywords={[k.text for k in self.keywords[:5]]!r}"
            f"{'…' if len(self.keywords) > 5 else ''})"
        )

    def to_dict(self, *, document: bool = False) -> dict[str, Any]:
        """JSON-ready dict: ``headline``, ``summary``, ``keywords``, ``tagger``, ``hindi_ratio``
        (share of Devanagari letters: low means low confidence) (and the whole document,
        without tokens, when ``document=True``)."""
        doc = self.document
        out: dict[str, Any] = {
            "headline": doc.headline.text if doc.headline is not None else None,
            "summary": self.summary.to_dict(),
            "keywords": [k.to_dict() for k in self.keywords],
            "tagger": doc.tagger,
            "hindi_ratio": doc.hindi_ratio,
        }
        if document:
            out["document"] = doc.to_dict(tokens=False)
        return out

    def _repr_html_(self) -> str:
        from .display import brief_html

        return brief_html(self)
