"""Tagger objects for the tests: importable, so worker processes can unpickle them."""

from __future__ import annotations

from typing import Sequence


class ShoutingTagger:
    """Tags every token ``X`` with its upper-cased form as lemma (visible in any output)."""

    name = "shouting"

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]:
        return [[("X", token.upper()) for token in sentence] for sentence in sentences]


class UnpicklableTagger(ShoutingTagger):
    name = "unpicklable"

    def __init__(self) -> None:
        self.hook = lambda: None  # a lambda does not pickle
