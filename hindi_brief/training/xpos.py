"""HDTB XPOS -> UD UPOS conversion, learned from the HDTB v1.2 files that carry both.

The HDTB training split (``shared/data/hdtb_train_xpos``) has words and XPOS
(BIS/ILPOST tags) only. Most XPOS name one UPOS (``NN`` -> NOUN, ``PSP`` -> ADP);
a few need the word or its context: ``CC`` (``कि`` SCONJ, ``और`` CCONJ), ``NST``
(``बाद`` is ADP after ``के`` and ADV on its own), ``QF`` (``कुछ`` DET, ``कम`` ADJ or
DET), ``DEM``, ``WQ``, ``RDP``. ``XposConverter.learn`` counts, for each XPOS, the
UPOS seen with every context key in ``CONTEXTS`` (most specific first);
``convert`` uses the first key seen at least ``min_count`` times and falls back to
the XPOS's majority UPOS. Compound XPOS (``NNPC``, ``NNC``, ``JJC``) are folded into
their base first, as the training split already is.

    python -m hindi_brief.training.xpos --data ../shared/data/ud_hindi

prints the table (XPOS, majority UPOS, share one to one) and the accuracy on
HDTB v1.2 test (learned on dev only).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Iterable, Sequence

from .conllu import HDTB_DEV, HDTB_TEST, TreebankSentence, read_conllu
from .paths import data_problem

__all__ = ["CONTEXTS", "fold_xpos", "XposConverter", "accuracy", "main"]

#: XPOS whose trailing ``C`` marks a compound but which the training split keeps as they are.
_KEPT_COMPOUNDS = frozenset({"CC", "QCC", "PRPC", "RBC", "QFC", "NSTC"})

#: Context keys tried in order, most specific first: the XPOS with the previous word and the
#: word, the word and the next XPOS, the word, the previous word, the next XPOS.
CONTEXTS = ("prev+word", "word+next", "word", "prev", "next")


def fold_xpos(xpos: str) -> str:
    """Fold a compound XPOS into its base as the training split does (``NNPC`` -> ``NNP``)."""
    if xpos.endswith("C") and len(xpos) > 2 and xpos not in _KEPT_COMPOUNDS:
        return xpos[:-1]
    return xpos


def _keys(words: Sequence[str], xpos: Sequence[str], i: int) -> tuple[tuple[str, ...], ...]:
    x, w = xpos[i], words[i]
    prev = words[i - 1] if i > 0 else "<s>"
    nxt = xpos[i + 1] if i + 1 < len(xpos) else "</s>"
    return ((x, "prev+word", prev, w), (x, "word+next", w, nxt), (x, "word", w), (x, "prev", prev), (x, "next", nxt))


class XposConverter:
    """Converts (words, folded XPOS) sentences to UPOS; see the module docstring."""

    def __init__(self, majority: dict[str, str], contexts: dict[tuple[str, ...], Counter], *, min_count: int = 2) -> None:
        self.majority = dict(majority)
        self.min_count = min_count
        # Only XPOS seen with more than one UPOS need context keys.
        self.ambiguous = frozenset(x for x, c in _by_xpos(contexts).items() if len(c) > 1)
        self.contexts = {
            k: max(sorted(c), key=c.__getitem__)
            for k, c in contexts.items()
            if k[0] in self.ambiguous and sum(c.values()) >= min_count
        }

    @classmethod
    def learn(cls, sentences: Iterable[TreebankSentence], *, min_count: int = 2) -> "XposConverter":
        counts: dict[tuple[str, ...], Counter] = defaultdict(Counter)
        per_xpos: dict[str, Counter] = defaultdict(Counter)
        for s in sentences:
            xs = [fold_xpos(x) for x in s.xpos]
            for i, u in enumerate(s.upos):
                per_xpos[xs[i]][u] += 1
                for key in _keys(s.words, xs, i):
                    counts[key][u] += 1
        majority = {x: max(sorted(c), key=c.__getitem__) for x, c in per_xpos.items()}
        counts.update({(x, "all"): c for x, c in per_xpos.items()})
        return cls(majority, counts, min_count=min_count)

    def convert(self, words: Sequence[str], xpos: Sequence[str]) -> tuple[str, ...]:
        """UPOS of one sentence. An XPOS never seen in learning gives ``X``."""
        xs = [fold_xpos(x) for x in xpos]
        out = []
        for i, x in enumerate(xs):
            upos = None
            if x in self.ambiguous:
                for key in _keys(words, xs, i):
                    upos = self.contexts.get(key)
                    if upos is not None:
                        break
            out.append(upos or self.majority.get(x, "X"))
        return tuple(out)

    def table(self, sentences: Iterable[TreebankSentence]) -> list[tuple[str, int, str, float, float]]:
        """``(xpos, tokens, majority UPOS, share of the majority, accuracy of convert)`` on ``sentences``."""
        n: Counter = Counter()
        ok_major: Counter = Counter()
        ok: Counter = Counter()
        for s in sentences:
            pred = self.convert(s.words, s.xpos)
            for x, u, p in zip(s.xpos, s.upos, pred):
                x = fold_xpos(x)
                n[x] += 1
                ok_major[x] += self.majority.get(x) == u
                ok[x] += p == u
        return [(x, n[x], self.majority.get(x, "X"), ok_major[x] / n[x], ok[x] / n[x]) for x in sorted(n, key=lambda x: (-n[x], x))]


def _by_xpos(contexts: dict[tuple[str, ...], Counter]) -> dict[str, Counter]:
    out: dict[str, Counter] = defaultdict(Counter)
    for key, c in contexts.items():
        if key[1] == "all":
            out[key[0]].update(c)
    return out


def accuracy(converter: XposConverter, sentences: Iterable[TreebankSentence]) -> tuple[float, float, int]:
    """(accuracy over all tokens, accuracy over tokens of ambiguous XPOS, number of those)."""
    n = ok = n_amb = ok_amb = 0
    for s in sentences:
        for x, u, p in zip(s.xpos, s.upos, converter.convert(s.words, s.xpos)):
            n += 1
            ok += p == u
            if fold_xpos(x) in converter.ambiguous:
                n_amb += 1
                ok_amb += p == u
    return ok / n, ok_amb / max(n_amb, 1), n_amb


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Learn XPOS -> UPOS on HDTB v1.2 dev, report it on v1.2 test")
    parser.add_argument("--data", default=str(Path(__file__).resolve().parents[3] / "shared" / "data" / "ud_hindi"))
    args = parser.parse_args(argv)
    problem = data_problem(Path(args.data), (HDTB_DEV, HDTB_TEST), "pass --data pointing at the shared data's ud_hindi/ folder")
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    dev = list(read_conllu(Path(args.data) / HDTB_DEV))
    test = list(read_conllu(Path(args.data) / HDTB_TEST))
    conv = XposConverter.learn(dev)
    print("| XPOS | tokens (v1.2 test) | majority UPOS (v1.2 dev) | majority right | converter right |")
    print("|---|---|---|---|---|")
    for x, n, major, share, acc in conv.table(test):
        print(f"| {x} | {n:,} | {major} | {share:.2%} | {acc:.2%} |")
    acc, acc_amb, n_amb = accuracy(conv, test)
    one_to_one = sum(n for x, n, *_ in conv.table(test) if x not in conv.ambiguous)
    total = sum(n for _, n, *_ in conv.table(test))
    print(f"\nv1.2 test: {acc:.2%} of {total:,} tokens; {one_to_one / total:.2%} have a one-to-one XPOS; "
          f"ambiguous XPOS ({', '.join(sorted(conv.ambiguous))}): {acc_amb:.2%} of {n_amb:,}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
