"""Would word-type ids shared by ranking and keywords be faster than the per-token passes they replace?

Issue #17 suggests integer ids per token, computed once per document and shared by the sentence
features, BM25 and the keyphrase candidates. Ranking reads each token's (kind, norm, pos, lemma)
in four per-token passes today: the content terms of the sentence features, the BM25 index of
those terms with their IDFs, the lemmas the keyphrase code calls nouns or adjectives, and the
keyphrase word roles. This script times those passes as the package runs them (``current``) against
the same results derived from per-document type ids (``type ids``): one pass that numbers each
token's (kind, norm, pos, lemma) analysis, each derived value computed once per type, and per-token
values read by index (numpy for the BM25 rows and columns, list indexing for the roles).

Both run on the tagged documents of the joined long inputs (``benchmarks/briefs.py``), warm
(the package's word tables filled), collector paused, thread CPU time, the two alternating,
best of ``--rounds``. It prints ms per document.

Usage::

    python benchmarks/type_ids.py --data ../shared/data/ilsum_hi [--rounds 7]
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefs import long_inputs, with_longer_sentences  # noqa: E402

from hindi_brief.evaluation.evaluate import load_pairs  # noqa: E402
from hindi_brief.pipeline import Pipeline  # noqa: E402
from hindi_brief.rank.keyphrase import vocabulary as kw  # noqa: E402
from hindi_brief.rank import make_keywords  # noqa: E402
from hindi_brief.rank.weights import CONTENT_POS, _term, content_terms, df_for  # noqa: E402


def current(doc):
    """The four passes as the package makes them (tagged documents)."""
    terms = [content_terms(s, tagged=True) for s in doc.sentences]
    vocab: dict[str, int] = {}
    rows, cols = [], []
    for r, ts in enumerate(terms):
        for t in ts:
            cols.append(vocab.setdefault(t, len(vocab)))
            rows.append(r)
    idf = df_for(doc).idf_array([x for t in terms for x in t])
    sents = ([doc.headline] if doc.headline else []) + list(doc.sentences)
    common = set()
    for s in sents:
        c = s.columns
        for pos, lemma, norm in zip(c.pos, c.lemmas, c.norms):
            if pos == "NOUN" or pos == "ADJ":
                common.add(lemma or norm)
    get = kw._ROLES.get
    for s in sents:
        c = s.columns
        [
            (get((True, k, n, p, lem)) or kw._role(True, k, n, p, lem)) if p in kw._CLASS else kw._NO_ROLE
            for k, n, p, lem in zip(c.kinds, c.norms, c.pos, c.lemmas)
        ]
    return rows, cols, idf, common


def type_ids(doc):
    """The same values from per-document type ids."""
    index: dict[tuple, int] = {}
    number = index.setdefault
    sents = ([doc.headline] if doc.headline else []) + list(doc.sentences)
    flat: list[int] = []
    bounds = [0]
    for s in sents:
        c = s.columns
        flat += [number(t, len(index)) for t in zip(c.kinds, c.norms, c.pos, c.lemmas)]
        bounds.append(len(flat))
    types = list(index)
    term_of = [(_term(k, n, p, lem, True) if p in CONTENT_POS else None) for k, n, p, lem in types]
    vocab: dict[str, int] = {}
    term_id = np.array([-1 if t is None else vocab.setdefault(t, len(vocab)) for t in term_of])
    token_terms = term_id[np.array(flat)]
    sentence = np.repeat(np.arange(len(bounds) - 1), np.diff(bounds))
    content = token_terms >= 0
    rows, cols = sentence[content], token_terms[content]
    idf = df_for(doc).idf_array(list(vocab))[cols]
    common = {lem or n for k, n, p, lem in types if p == "NOUN" or p == "ADJ"}
    get = kw._ROLES.get
    role_of = [
        (get((True, k, n, p, lem)) or kw._role(True, k, n, p, lem)) if p in kw._CLASS else kw._NO_ROLE
        for k, n, p, lem in types
    ]
    for a, b in zip(bounds, bounds[1:]):
        [role_of[i] for i in flat[a:b]]
    return rows, cols, idf, common


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/ilsum_hi")
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    texts = [with_longer_sentences(t, 2) for t in long_inputs(load_pairs(args.data), limit=150)]
    docs = list(Pipeline().pipe(texts))
    for d in docs:
        make_keywords(d)  # fills the package's word tables
    systems = {"current": current, "type ids": type_ids}
    for run in systems.values():
        for d in docs:
            run(d)
    best = dict.fromkeys(systems, float("inf"))
    gc.disable()
    for _ in range(args.rounds):
        for name, run in systems.items():
            t0 = time.thread_time()
            for d in docs:
                run(d)
            best[name] = min(best[name], time.thread_time() - t0)
    gc.enable()
    print(f"Command: `python benchmarks/type_ids.py {' '.join(argv if argv is not None else sys.argv[1:])}`")
    print(f"{len(docs)} joined long inputs, best of {args.rounds} alternating rounds, thread CPU time\n")
    print("| passes | ms/document |\n|---|---:|")
    for name, seconds in best.items():
        print(f"| {name} | {1000 * seconds / len(docs):.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
