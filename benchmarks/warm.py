"""``pipe_briefs`` against sumy LexRank on the long inputs, warm, one process.

The way a long run goes: the word caches are full (one pass first, untimed), then
``pipe_briefs`` and sumy LexRank (plain regex splitter and tokenizer, the
``briefs.py`` peer) each run ``--passes`` times (timed as in ``stages.py``), taking turns pass by pass,
over the 150 long inputs of ``benchmarks/briefs.py``; the best pass of each counts (wall time, one
BLAS thread).
``briefs.py`` clears the caches before every pass instead.

``--join-sentences 2`` joins the long inputs' sentences in pairs first (``briefs.with_longer_sentences``:
the sentence profile of full-length web news, where LexRank is cheaper).

Usage::

    python benchmarks/warm.py --data ../shared/data/ilsum_hi [--passes 5] [--join-sentences 2]
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import argparse  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefs import PlainTokenizer, add_long_input_arguments, long_texts  # noqa: E402
from stages import _best  # noqa: E402

from hindi_brief.pipeline import Pipeline  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_long_input_arguments(parser)
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args(argv)
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer

    texts = long_texts(args)
    hb = Pipeline(tagger="embedded")
    list(hb.pipe_briefs(texts))
    plain, lexrank = PlainTokenizer(), LexRankSummarizer()
    # The two take turns, one pass each, so that a change in the machine's speed during the run
    # (this virtual machine's moves by up to 20% within minutes) reaches both alike.
    ours = sumy = float("inf")
    for _ in range(args.passes):
        ours = min(ours, _best(lambda: list(hb.pipe_briefs(texts)), 1, len(texts)))
        sumy = min(sumy, _best(lambda: [lexrank(PlaintextParser.from_string(t, plain).document, 3) for t in texts], 1, len(texts)))
    print(f"pipe_briefs {ours:.2f} ms/text, sumy LexRank {sumy:.2f} ms/text: {sumy / ours:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
