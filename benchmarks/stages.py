"""Where a brief's time goes, stage by stage, on the long inputs of ``benchmarks/briefs.py``.

The work of ``pipe_briefs`` is replayed in its own stages, each timed over all texts in
batches of 64 (as ``pipe_briefs`` batches them), the input of each stage made beforehand:

* text layer: ``Pipeline.draft`` (check, clean, headline, split, tokenise, normalise);
* tagging: the tagger component on the batch's normalised forms (``Tagger.tag``), and on each
  text's own (one call per text, as ``Pipeline.brief`` tags);
* objects: ``Draft.build``, the ``Token``/``Sentence``/``Document`` objects from spans and tags;
* sentence ranking: ``make_summary(doc, sentences=3)``; inside it (not in the sum) the sentence
  features (``sentence_features``) and, of those, the headline word prior's column
  (``HeadlineWords.column``);
* keywords: ``make_keywords(doc, top=10)``;

next to ``pipe_briefs`` end to end, and sumy LexRank with a plain regex splitter and
tokenizer (the ``briefs.py`` peer), and the garbage collector's share of one more
``pipe_briefs`` pass and of one pass of one-by-one ``Pipeline.brief`` calls (collections per
generation, ms per text, from ``gc.callbacks``).
Times are ms per text, best of ``--passes`` passes
(warm: the memoised forms and the tagger's store of word types fill in the first pass).
``--profile N`` also prints the N functions with the most own time under ``cProfile``
over one ``pipe_briefs`` pass.

Usage::

    python benchmarks/stages.py --data ../shared/data/ilsum_hi [--long-articles 150] [--passes 3] [--profile 25] [--join-sentences 2]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import cProfile  # noqa: E402
import gc  # noqa: E402
import pstats  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Callable  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefs import PlainTokenizer, add_long_input_arguments, long_texts  # noqa: E402

from hindi_brief.pipeline import TAG_CHUNK_TOKENS, Pipeline, _chunks  # noqa: E402
from hindi_brief.rank import make_keywords, make_summary  # noqa: E402
from hindi_brief.rank.features import sentence_features  # noqa: E402
from hindi_brief.rank.headline_words import load_headline_words  # noqa: E402

BATCH = 64


def _best(run: Callable[[], object], passes: int, n: int) -> float:
    """Best ms per text of ``passes`` runs of ``run`` (a collection first, so none pays for another's garbage)."""
    best = float("inf")
    for _ in range(passes):
        gc.collect()
        t0 = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - t0)
    return 1000 * best / n


def _collector_cost(run: Callable[[], object]) -> tuple[list[int], float]:
    """Collections per generation and milliseconds spent in the cyclic garbage collector during ``run()``."""
    counts, spent, started = [0, 0, 0], [0.0], [0.0]

    def watch(phase: str, info: dict) -> None:
        if phase == "start":
            started[0] = time.perf_counter()
        else:
            counts[info["generation"]] += 1
            spent[0] += time.perf_counter() - started[0]

    gc.callbacks.append(watch)
    try:
        run()
    finally:
        gc.callbacks.remove(watch)
    return counts, spent[0] * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_long_input_arguments(parser)
    parser.add_argument("--tagger", default="embedded")
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="print the N functions with most own time")
    args = parser.parse_args(argv)

    texts = long_texts(args)
    n = len(texts)
    hb = Pipeline(tagger=args.tagger)
    tagger = hb.tagger_component
    batches = [texts[i : i + BATCH] for i in range(0, n, BATCH)]
    list(hb.pipe_briefs(texts, sentences=3, top=10))  # warm-up

    drafts = [[hb.draft(t) for t in batch] for batch in batches]
    norms = [[g for d in batch for g in d.norms] for batch in drafts]

    def tag_all() -> list[list]:
        return [[tags for chunk in _chunks(groups, TAG_CHUNK_TOKENS) for tags in tagger.tag_columns(chunk)] for groups in norms]

    tags = tag_all()
    one_by_one = [d.norms for batch in drafts for d in batch]

    def build_all() -> list:
        docs = []
        for batch, batch_tags in zip(drafts, tags):
            per_group = iter(batch_tags)
            docs += [d.build(per_group, tagger.name) for d in batch]
        return docs

    docs = build_all()
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer

    plain, lexrank = PlainTokenizer(), LexRankSummarizer()
    stages = {
        "text layer (clean, split, tokenise, normalise)": lambda: [hb.draft(t) for t in texts],
        "tagging": tag_all,
        "token, sentence and document objects": build_all,
        "sentence ranking (summary of 3)": lambda: [make_summary(d, sentences=3) for d in docs],
        "keywords (top 10)": lambda: [make_keywords(d, top=10) for d in docs],
    }
    rows = {name: _best(run, args.passes, n) for name, run in stages.items()}
    tag_one_by_one = _best(lambda: [tagger.tag(norms) for norms in one_by_one], args.passes, n)
    features = _best(lambda: [sentence_features(d) for d in docs], args.passes, n)
    prior = load_headline_words()
    prior_column = _best(lambda: [prior.column(d.sentences) for d in docs], args.passes, n)
    total = _best(lambda: list(hb.pipe_briefs(texts, sentences=3, top=10)), args.passes, n)
    collections, collector_ms = _collector_cost(lambda: list(hb.pipe_briefs(texts, sentences=3, top=10)))
    one_collections, one_collector_ms = _collector_cost(lambda: [hb.brief(t, sentences=3, top=10) for t in texts])
    sumy = _best(lambda: [lexrank(PlaintextParser.from_string(t, plain).document, 3) for t in texts], args.passes, n)

    words = sorted(len(t.split()) for t in texts)
    print(f"Command: `python benchmarks/stages.py {' '.join(argv if argv is not None else sys.argv[1:])}`".replace("  ", " "))
    print(f"{n} long inputs (median {words[n // 2]} words), tagger {args.tagger!r}, best of {args.passes} passes, ms/text\n")
    print("| stage | ms/text | share of the stages |\n|---|---:|---:|")
    summed = sum(rows.values())
    for name, ms in rows.items():
        print(f"| {name} | {ms:.2f} | {100 * ms / summed:.0f}% |")
    print(f"| sum of the stages | {summed:.2f} | 100% |")
    print(f"| tagging, one text per call (as `Pipeline.brief` tags; not in the sum) | {tag_one_by_one:.2f} | |")
    print(f"| sentence features, inside sentence ranking (not in the sum) | {features:.2f} | |")
    print(f"| the headline word prior's column, inside the features (not in the sum) | {prior_column:.2f} | |")
    print(f"| `pipe_briefs` end to end | {total:.2f} | |")
    print(f"| sumy LexRank, plain regex splitter + tokenizer | {sumy:.2f} | |")
    print(
        f"\nGarbage collector during one `pipe_briefs` pass: {collections[0]}/{collections[1]}/{collections[2]} "
        f"collections of generation 0/1/2, {collector_ms / n:.2f} ms/text; during one-by-one `Pipeline.brief` calls: "
        f"{one_collections[0]}/{one_collections[1]}/{one_collections[2]}, {one_collector_ms / n:.2f} ms/text."
    )

    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        list(hb.pipe_briefs(texts, sentences=3, top=10))
        profile.disable()
        print()
        pstats.Stats(profile).sort_stats("tottime").print_stats(args.profile)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
