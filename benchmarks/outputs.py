"""Snapshot every brief a speed change must leave alone, and compare two snapshots.

A change made for speed must not change what a user gets. This writes, one JSON line per
text, the briefs (``Brief.to_dict(document=True)``: summary sentences, scores and ranks,
keyword texts, lemmas, scores, counts, offsets and variants, the document without tokens)
and every token's fields (text, offsets, kind, norm, POS, lemma) of:

* all ILSUM articles of ``--data`` (val and test, heading + article), and
* the long inputs of ``benchmarks/briefs.py`` as they are and with their sentences joined in pairs,

with the embedded tagger and untagged (``tagger="none"``), through ``pipe_briefs`` (summary of 3
sentences, 10 keywords). ``--compare OLD`` then lists the texts whose line differs from
``OLD``'s and which fields differ, so "outputs identical" is one command, not a claim.

Usage::

    python benchmarks/outputs.py --data ../shared/data/ilsum_hi --out /tmp/before.jsonl
    # ... change the code ...
    python benchmarks/outputs.py --data ../shared/data/ilsum_hi --out /tmp/after.jsonl --compare /tmp/before.jsonl
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefs import long_inputs, with_longer_sentences  # noqa: E402

from hindi_brief.evaluation.evaluate import load_pairs  # noqa: E402
from hindi_brief.pipeline import Pipeline  # noqa: E402


def _texts(data: str) -> list[tuple[str, str]]:
    """``(name, text)`` of every text snapshotted, in a fixed order."""
    pairs = load_pairs(data)
    out = [(f"ilsum:{p.id}", p.article) for p in pairs]
    long = long_inputs(pairs, limit=150)
    out += [(f"long:{i}", t) for i, t in enumerate(long)]
    out += [(f"long-pairs:{i}", with_longer_sentences(t, 2)) for i, t in enumerate(long)]
    return out


def _lines(texts: list[tuple[str, str]], tagger: str) -> Iterator[dict[str, Any]]:
    hb = Pipeline(tagger=tagger)
    names = [name for name, _ in texts]
    for name, brief in zip(names, hb.pipe_briefs((t for _, t in texts), sentences=3, top=10)):
        doc = brief.document
        tokens = [
            [t.text, t.start, t.end, t.kind, t.norm, t.pos, t.lemma]
            for s in ([doc.headline] if doc.headline is not None else []) + list(doc.sentences)
            for t in s.tokens
        ]
        yield {"name": name, "tagger": tagger, "brief": brief.to_dict(document=True), "tokens": tokens}


def _differences(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    """The top-level parts of the brief (and ``tokens``) that differ."""
    out = [k for k in sorted(set(old["brief"]) | set(new["brief"])) if old["brief"].get(k) != new["brief"].get(k)]
    if old["tokens"] != new["tokens"]:
        out.append("tokens")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default="../shared/data/ilsum_hi")
    parser.add_argument("--out", required=True, help="the snapshot to write (JSON lines)")
    parser.add_argument("--compare", help="an earlier snapshot: report the texts whose output differs")
    args = parser.parse_args(argv)
    texts = _texts(args.data)
    with open(args.out, "w", encoding="utf-8") as f:
        for tagger in ("embedded", "none"):
            for line in _lines(texts, tagger):
                f.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{2 * len(texts)} outputs written to {args.out}")
    if not args.compare:
        return 0
    old = [json.loads(x) for x in Path(args.compare).read_text(encoding="utf-8").splitlines()]
    new = [json.loads(x) for x in Path(args.out).read_text(encoding="utf-8").splitlines()]
    if [(o["name"], o["tagger"]) for o in old] != [(n["name"], n["tagger"]) for n in new]:
        print("the two snapshots hold different texts; compare snapshots of the same data")
        return 2
    changed = [(n["name"], n["tagger"], _differences(o, n)) for o, n in zip(old, new) if o != n]
    for name, tagger, parts in changed:
        print(f"{name} (tagger {tagger}): {', '.join(parts)}")
    print(f"{len(changed)} of {len(new)} outputs differ")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
