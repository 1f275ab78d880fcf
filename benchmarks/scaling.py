"""How processing time grows with input size: it must grow linearly, never worse.

Each case builds a synthetic input at sizes n, 2n, 4n... (deterministic: words
drawn with ``random.Random(0)`` from the seed articles), times one call, and
prints the time and the ratio to the previous size. A ratio near 2 per doubling
is linear; near 4 is quadratic.

Cases:

* ``sentences``: an article of N sentences in paragraphs of 5 (the issue's 5,000-sentence document).
* ``article-mb``: an article of N MB (the 10 MB article), ~100-word paragraphs.
* ``line``: one line of N characters of Hindi words with dandas, no line break.
* ``line-nopunct``: one line of N characters, Hindi words and no punctuation at all.
* ``dotted``: ``a.a.a.a...`` (N chars): used to make the e-mail pattern backtrack quadratically.
* ``html-line``: minified HTML, ``<p>शब्द</p>`` repeated on one line (N chars).
* ``credits-line``: ``शब्द (PTI)`` repeated on one line (N chars).
* ``spaces-mark``: N spaces, a lone nukta, N spaces and a word: used to make the
  tokenizer's whitespace runs rescan (quadratic).
* ``byline-spaces``: ``by``, N spaces, 100 ``x``: made the byline pattern backtrack (quadratic).
* ``flags``: N flag emoji (regional-indicator pairs): made the grapheme match quadratic.

``--options`` passes brief options, e.g. ``ratio=1.0``, ``max_words=1000000000`` or
``top=1000000000`` (every sentence or keyword: these were quadratic).

``--what doc`` times ``Pipeline.__call__`` (clean, split, tokenise, tag);
``--what brief`` times ``Pipeline.brief`` (adds ranking; needs ``hindi_brief.rank``).

Usage::

    python benchmarks/scaling.py                        # all cases, tagger "none", documents
    python benchmarks/scaling.py --tagger embedded --what brief --cases sentences,article-mb
    python benchmarks/scaling.py --what brief --scale 0.2 --stop-after 30
    python benchmarks/scaling.py --what brief --cases article-mb --scale 0.1 --options ratio=1.0
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path
from typing import Callable

import regex

from hindi_brief import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def _vocabulary() -> list[str]:
    words: list[str] = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        words += regex.findall(r"\p{Devanagari}+", path.read_text(encoding="utf-8"))
    return sorted(set(words))


VOCAB = _vocabulary()


def _sentence(rng: random.Random) -> str:
    return " ".join(rng.choice(VOCAB) for _ in range(rng.randint(6, 18))) + "।"


def make_sentences(n: int) -> str:
    rng = random.Random(0)
    paras = [" ".join(_sentence(rng) for _ in range(5)) for _ in range(max(1, n // 5))]
    return "शीर्षक: परीक्षण लेख\n\n" + "\n\n".join(paras)


def make_article_mb(mb: float) -> str:
    rng = random.Random(0)
    target = int(mb * 1_000_000)  # UTF-8 bytes
    parts: list[str] = []
    size = 0
    while size < target:
        para = " ".join(_sentence(rng) for _ in range(8))
        parts.append(para)
        size += len(para.encode("utf-8")) + 2
    return "\n\n".join(parts)


def make_line(n: int, punct: bool = True) -> str:
    rng = random.Random(0)
    out: list[str] = []
    size = 0
    while size < n:
        s = _sentence(rng)
        if not punct:
            s = s[:-1]
        out.append(s)
        size += len(s) + 1
    return " ".join(out)[:n]


def repeat_to(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


CASES: dict[str, tuple[Callable[[float], str], list[float], str]] = {
    "sentences": (lambda n: make_sentences(int(n)), [1250, 2500, 5000, 10000], "sentences"),
    "article-mb": (make_article_mb, [1.25, 2.5, 5, 10], "MB"),
    "line": (lambda n: make_line(int(n)), [25_000, 50_000, 100_000, 200_000], "chars"),
    "line-nopunct": (lambda n: make_line(int(n), punct=False), [25_000, 50_000, 100_000, 200_000], "chars"),
    "dotted": (lambda n: repeat_to("a.", int(n)), [25_000, 50_000, 100_000, 200_000], "chars"),
    "html-line": (lambda n: repeat_to("<p>शब्द</p>", int(n)), [25_000, 50_000, 100_000, 200_000], "chars"),
    "credits-line": (lambda n: repeat_to("शब्द (PTI) ", int(n)), [25_000, 50_000, 100_000, 200_000], "chars"),
    "spaces-mark": (lambda n: " " * int(n) + "\u093c" + " " * int(n) + "शब्द", [25_000, 50_000, 100_000, 200_000], "chars"),
    "byline-spaces": (lambda n: "by" + " " * int(n) + "x" * 100, [25_000, 50_000, 100_000, 200_000], "spaces"),
    "flags": (lambda n: "🇮🇳" * int(n), [25_000, 50_000, 100_000, 200_000], "flags"),
}


def _brief_options(pairs: str) -> dict[str, float | int]:
    """``"ratio=1.0,top=5"`` -> ``{"ratio": 1.0, "top": 5}``."""
    out: dict[str, float | int] = {}
    for pair in filter(None, pairs.split(",")):
        key, _, value = pair.partition("=")
        out[key.strip()] = float(value) if "." in value else int(value)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tagger", default="none", help="tagger for the Pipeline (default: none)")
    parser.add_argument("--what", choices=("doc", "brief"), default="doc", help="time documents or briefs")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated cases (default: all)")
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size by this (e.g. 0.1 for a quick look)")
    parser.add_argument("--stop-after", type=float, default=60.0,
                        help="skip a case's larger sizes once one run took longer than this many seconds (default: 60)")
    parser.add_argument("--options", default="", help="brief options, e.g. ratio=1.0 or top=1000000000 (with --what brief)")
    args = parser.parse_args(argv)
    nlp = Pipeline(tagger=args.tagger)
    options = _brief_options(args.options)
    run = nlp if args.what == "doc" else (lambda text: nlp.brief(text, **options))
    nlp("गरम करना।")  # load lazily built state outside the timings
    print(f"tagger={args.tagger} what={args.what} options={options} python={sys.version.split()[0]}")
    print(f"{'case':14s} {'size':>10s} {'chars':>10s} {'sentences':>9s} {'seconds':>8s} {'ratio':>6s}")
    for name in args.cases.split(","):
        make, sizes, unit = CASES[name]
        prev: float | None = None
        for size in (x * args.scale for x in sizes):
            if prev is not None and prev > args.stop_after:
                print(f"{name:14s} {size:>7g} {unit:<3s} skipped: the previous size took over {args.stop_after:g} s")
                continue
            text = make(size)
            t0 = time.perf_counter()
            out = run(text)
            dt = time.perf_counter() - t0
            doc = out if args.what == "doc" else out.document
            ratio = f"{dt / prev:6.2f}" if prev else "     -"
            print(f"{name:14s} {size:>7g} {unit:<3s}{len(text):>10d} {len(doc.sentences):>9d} {dt:8.3f} {ratio}", flush=True)
            prev = dt
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
