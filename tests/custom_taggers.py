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


class FlawedTagger(ShoutingTagger):
    """``ShoutingTagger``, but on a sentence with ``TRIGGER`` in it the tagger fails in one way, its ``flaw``.

    The other sentences of the same call are tagged well, so a batch shows which text gets charged.
    """

    name = "flawed"
    TRIGGER = "विस्फोट"
    FLAWS = ("raises", "short row", "missing row", "not pairs", "not a UPOS tag")

    def __init__(self, flaw: str) -> None:
        assert flaw in self.FLAWS, flaw
        self.flaw = flaw

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]:
        rows = super().tag(sentences)
        out: list[list] = []
        for sentence, row in zip(sentences, rows):
            if self.TRIGGER not in sentence:
                out.append(row)
            elif self.flaw == "raises":
                raise RuntimeError("boom")
            elif self.flaw == "short row":
                out.append(row[:-1])  # the sentence's last token, its full stop, untagged
            elif self.flaw == "not pairs":
                out.append([pos for pos, _ in row])
            elif self.flaw == "not a UPOS tag":
                out.append([("NN", lemma) for _, lemma in row])
            # "missing row": no row for the sentence
        return out
