"""Tagger objects for the tests: importable, so worker processes can unpickle them."""

from __future__ import annotations

import glob
import multiprocessing
import os
import time
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


def _loaded_unless(flag: str) -> "BreaksWhenFlagged":
    if os.path.exists(flag):
        raise RuntimeError(f"{flag} exists, so this tagger cannot be loaded")
    if multiprocessing.parent_process() is not None:  # a worker process: say it has loaded
        open(f"{flag}.loaded.{os.getpid()}", "w").close()
    return BreaksWhenFlagged(flag)


class BreaksWhenFlagged(ShoutingTagger):
    """``ShoutingTagger`` that a worker process can load only while the file ``flag`` does not exist."""

    name = "breaks-when-flagged"

    def __init__(self, flag: str) -> None:
        self.flag = flag

    def __reduce__(self):
        return (_loaded_unless, (self.flag,))


def _flag_and_die(flag: str, workers: int) -> None:
    # Once the first `workers` worker processes have loaded their pipeline (so that none of them
    # fails while starting), make the pipeline unloadable and die.
    deadline = time.monotonic() + 30
    while len(glob.glob(f"{glob.escape(flag)}.loaded.*")) < workers and time.monotonic() < deadline:
        time.sleep(0.02)
    open(flag, "w").close()
    os._exit(13)


class FlagsAndKills:
    """A text whose unpickling in a worker process creates the file ``flag`` (once ``workers``
    workers have loaded a ``BreaksWhenFlagged`` tagger) and kills the worker."""

    def __init__(self, flag: str, workers: int) -> None:
        self.flag = flag
        self.workers = workers

    def __reduce__(self):
        return (_flag_and_die, (self.flag, self.workers))
