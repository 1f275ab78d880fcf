"""Write ``hindi_brief/text/lexicon/light_verb_nouns.txt``: the nouns and adjectives that Hindi uses
almost only as the first part of a conjunct verb (``प्रदान करना``, ``शुरू होना``, ``पेश किया``).

Usage::

    python -m hindi_brief.training.light_verbs --data ../shared/data/ud_hindi \\
        --out hindi_brief/text/lexicon/light_verb_nouns.txt

From the project's HDTB training split (``conllu.load_split``: v1.2 dev and the first half of test;
the held-out half is never read): for every lemma tagged NOUN or ADJ at least ``MIN_COUNT`` times,
the share of those words that are a ``compound`` dependent of a VERB (UD's analysis of a conjunct
verb's nominal part). A lemma whose share is at least ``MIN_SHARE`` is written, most frequent first.
Such a word names an action, not a topic: a keyword list that shows ``शुरू`` or ``प्रदान`` wastes a
place (``rank/keywords.py``). The thresholds keep out nouns that are topics as often as actions
(``समर्थन``, ``जांच``, ``घोषणा``: 0.3-0.7).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

from .conllu import TreebankSentence, load_split

__all__ = ["MIN_COUNT", "MIN_SHARE", "light_verb_nouns", "main"]

MIN_COUNT = 8
MIN_SHARE = 0.9


def light_verb_nouns(
    sentences: Iterable[TreebankSentence], *, min_count: int = MIN_COUNT, min_share: float = MIN_SHARE
) -> list[tuple[str, int, float]]:
    """``(lemma, count, share)`` of the lemmas used as a conjunct verb's nominal part at least
    ``min_share`` of the ``min_count`` or more times they are tagged NOUN or ADJ, most frequent first."""
    seen: Counter[str] = Counter()
    in_verb: Counter[str] = Counter()
    for s in sentences:
        for i, (lemma, upos) in enumerate(zip(s.lemmas, s.upos)):
            if upos not in ("NOUN", "ADJ"):
                continue
            seen[lemma] += 1
            head = s.heads[i] if i < len(s.heads) else 0
            if s.deprels[i] == "compound" and head and s.upos[head - 1] == "VERB":
                in_verb[lemma] += 1
    out = [(w, n, in_verb[w] / n) for w, n in seen.items() if n >= min_count and in_verb[w] / n >= min_share]
    return sorted(out, key=lambda r: (-r[1], r[0]))


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit status."""
    p = argparse.ArgumentParser(prog="python -m hindi_brief.training.light_verbs", description=__doc__.split("\n")[0])
    p.add_argument("--data", default="../shared/data/ud_hindi", help="folder holding the UD Hindi treebanks")
    p.add_argument("--out", default="hindi_brief/text/lexicon/light_verb_nouns.txt")
    args = p.parse_args(argv)
    try:
        train = load_split(args.data)["train"]
    except FileNotFoundError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    rows = light_verb_nouns(train)
    header = [
        "# Nouns and adjectives used as the first part of a conjunct verb (प्रदान करना, शुरू होना) in at least",
        f"# {MIN_SHARE:.0%} of their {MIN_COUNT} or more NOUN/ADJ occurrences in the HDTB training split: an action,",
        "# not a topic. Written by `python -m hindi_brief.training.light_verbs --data ../shared/data/ud_hindi`;",
        "# each line: the lemma, then its count and share as a comment.",
    ]
    lines = header + [f"{w}  # {n}, {share:.2f}" for w, n, share in rows]
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out} ({len(rows)} words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
