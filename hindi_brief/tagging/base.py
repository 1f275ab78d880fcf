"""The tagger protocol: tokens of sentences in, (UPOS, lemma) pairs out, batched."""

from __future__ import annotations

from typing import Protocol, Sequence, runtime_checkable

__all__ = ["Tagger", "UPOS_TAGS"]

#: Universal POS tags every tagger maps its output to (UD v2 names; HDTB's v1 ``CONJ`` becomes ``CCONJ``).
UPOS_TAGS = (
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
)


@runtime_checkable
class Tagger(Protocol):
    """Anything that tags pre-tokenised sentences.

    ``tag`` receives a batch of sentences, each a sequence of token strings
    (the tokens' normalised forms), and returns for every token a
    ``(upos, lemma)`` pair, in the same nesting and order.

    A tagger may also have ``tag_columns(sentences)``, the same result as one
    ``(upos tags, lemmas)`` pair of tuples per sentence; the pipeline then uses it
    (``EmbeddedTagger`` has one: it saves making a pair per token).
    """

    name: str

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]: ...
