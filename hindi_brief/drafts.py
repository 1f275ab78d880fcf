"""A document before its objects exist: token spans and normalised forms, then one build.

Tagging needs only the normalised forms, so the pipeline tags a batch of drafts
and then builds each token once, with its tag and lemma.
"""

from __future__ import annotations

from typing import Iterator, Sequence

from .doc import Document, Sentence, TokenColumns
from .text.layout import Layout
from .text.normalize import normalize_spans

__all__ = ["Draft"]


class Draft:
    """Token spans and normalised forms of one article, grouped by sentence (headline first)."""

    __slots__ = ("text", "has_headline", "groups", "removed", "hindi_ratio", "norms")

    def __init__(self, layout: Layout) -> None:
        text = self.text = layout.text
        self.has_headline = layout.headline is not None
        # (token spans, sentence index, paragraph): the headline (index and paragraph -1) first.
        head = [(layout.headline, -1, -1)] if layout.headline is not None else []
        self.groups = head + [(spans, i, paragraph) for i, (spans, paragraph) in enumerate(layout.sentences)]
        self.removed = layout.removed
        self.hindi_ratio = layout.hindi_ratio
        #: What a tagger is given: one list of normalised forms per group.
        self.norms = [normalize_spans(text, spans) for spans, _, _ in self.groups]

    def build(self, tags: Iterator[tuple[Sequence[str | None], Sequence[str | None]]] | None, tagger: str | None) -> Document:
        """The ``Document``; ``tags`` yields ``(pos, lemmas)`` columns for the groups in order,
        one entry per token (``Pipeline.tag`` checks a tagger's output for that first:
        ``tagging.tagged_columns``; ``None``: untagged, ``pos`` and ``lemma`` left ``None``).
        Each sentence gets its tokens as columns; ``Token`` objects are made only when read."""
        text = self.text
        made: list[Sentence] = []
        for (spans, index, paragraph), norms in zip(self.groups, self.norms):
            n = len(spans)
            start, end = spans[0][0], spans[-1][1]
            if tags is None:
                pos = lemmas = (None,) * n
            else:
                pos, lemmas = next(tags)
                pos, lemmas = tuple(pos), tuple(lemmas)
            starts, ends, kinds = zip(*spans) if n else ((), (), ())
            columns = TokenColumns(starts, ends, kinds, tuple(norms), pos, lemmas)
            made.append(Sentence.from_columns(text[start:end], start, end, columns, index, paragraph))
        headline = made.pop(0) if self.has_headline else None
        return Document(
            text=text,
            headline=headline,
            sentences=tuple(made),
            removed=self.removed,
            tagger=tagger,
            hindi_ratio=self.hindi_ratio,
        )
