"""The embedded tagger's key look-ups two ways, one text per call and batched, on the long inputs of ``benchmarks/briefs.py``.

``tagging.keyindex.KeyIndex.positions`` finds the tagger's feature keys in an open-addressing hash
table. A query whose home slot holds another key used to follow its probe sequence slot by slot, a
round of numpy calls per slot, until every query was settled; it now does so only while more than
``keyindex._PROBE_AT_LEAST`` queries are left, and settles the rest with one binary search. The
script times ``EmbeddedTagger.tag`` with each version of ``positions`` in turn (the old one is
copied here), on each text's normalised forms one call per text (as ``Pipeline.brief`` tags) and
in batches of 64 texts (as ``pipe_briefs`` does), warm, collector paused, thread CPU time, the two
taking turns for ``--rounds`` rounds, and prints the minimum and median ms per text of each, and
whether the tags agree.

Usage::

    python benchmarks/keyindex_lookup.py --data ../shared/data/ilsum_hi [--join-sentences 2] [--rounds 7]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefs import add_long_input_arguments, long_texts, tagging_calls, tagging_ms  # noqa: E402

from hindi_brief.pipeline import Pipeline  # noqa: E402
from hindi_brief.tagging import keyindex  # noqa: E402

BATCH = 64


def _probe_to_the_end(self: keyindex.KeyIndex, queries: np.ndarray, group: int | None = None) -> np.ndarray:
    """``KeyIndex.positions`` before the binary search: probe rounds until every query is settled
    (in the table's regions, which came later: each template has its own)."""
    queries = np.asarray(queries, dtype=np.int64)
    if not len(self._sorted) or (group is not None and not 0 <= group < len(self._region)):
        return np.full(len(queries), -1, dtype=np.int64)
    groups = np.full(len(queries), group) if group is not None else queries >> keyindex._GROUP_SHIFT
    region = np.maximum(self._region[np.where(groups < len(self._region), groups, 0)], 0)
    slot = self._home(queries, region)
    found = self._slot_keys[slot]
    out = np.where(found == queries, self._slot_values[slot], -1)
    which = np.flatnonzero((found != queries) & (found != keyindex._EMPTY))
    queries, slot, region = queries[which], slot[which], region[which]
    while len(which):
        slot = self._next(slot, region)
        found = self._slot_keys[slot]
        hit = found == queries
        out[which[hit]] = self._slot_values[slot[hit]]
        going_on = (found != keyindex._EMPTY) & ~hit
        which, queries, slot, region = which[going_on], queries[going_on], slot[going_on], region[going_on]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_long_input_arguments(parser, join_sentences=2)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)

    texts = long_texts(args)
    hb = Pipeline(tagger="embedded")
    tagger = hb.tagger_component
    one, batches = tagging_calls(hb, texts, BATCH)
    kept = keyindex.KeyIndex.positions
    ways = {"probe rounds to the end (before)": _probe_to_the_end, "probe rounds, then a binary search (now)": kept}
    times: dict[str, list[float]] = {f"{name}, {how}": [] for name in ways for how in ("one text per call", "batched")}
    tags: dict[str, list] = {}
    try:
        for name, positions in ways.items():  # warm-up: the tagger's store of word types fills here
            keyindex.KeyIndex.positions = positions
            tags[name] = [tagger.tag(norms) for norms in one] + [tagger.tag(b) for b in batches]
        for _ in range(args.rounds):
            for name, positions in ways.items():
                keyindex.KeyIndex.positions = positions
                for how, calls in (("one text per call", one), ("batched", batches)):
                    times[f"{name}, {how}"].append(tagging_ms(tagger, calls, len(texts)))
    finally:
        keyindex.KeyIndex.positions = kept
    print(f"Command: `python benchmarks/keyindex_lookup.py {' '.join(argv if argv is not None else sys.argv[1:])}`")
    print(f"{len(texts)} texts, {args.rounds} rounds, ms/text")
    for label, ms in times.items():
        ms.sort()
        print(f"{label}: min {ms[0]:.2f}, median {ms[len(ms) // 2]:.2f}")
    same = all(a == b for a, b in zip(*tags.values()))
    print(f"tags identical: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
