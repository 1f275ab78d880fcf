"""Sentence-boundary F1 of hindi_brief's splitter against the gold sentences of UD Hindi PUD.

For every PUD document (``# newdoc id``) the gold sentences (``# text``) are joined
into one text, split by ``hindi_brief.text.sentences.split_sentences`` and the predicted
sentence ends compared with the gold ends. The document's final end is trivially
right and is not counted, so only real decisions score.

Variants:

* ``clean``: sentences joined with one space, as published.
* ``web``: written the way scraped web text often is: every ``।`` becomes ``.``,
  no space after a sentence end, so quotes glue together as in ``किया है।’‘कुछ``.

Usage::

    python benchmarks/sentence_boundaries.py --data ../shared/data/ud_hindi
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from hindi_brief.training.conllu import PUD_TEST, read_conllu
from hindi_brief.text.sentences import split_sentences


def documents(path: Path) -> list[list[str]]:
    """Gold sentence texts grouped by PUD document."""
    docs: dict[str, list[str]] = {}
    for sent in read_conllu(path):
        if sent.text:
            docs.setdefault(sent.doc_id or "", []).append(sent.text.strip())
    return list(docs.values())


def render(sentences: list[str], variant: str) -> tuple[str, set[int]]:
    """Join gold sentences into one text; return it with the gold end offsets (last one excluded)."""
    if variant == "web":
        sentences = [s.replace("।", ".") for s in sentences]
        sep = ""
    else:
        sep = " "
    text, ends = "", set()
    for i, sent in enumerate(sentences):
        if i:
            text += sep
        text += sent
        ends.add(len(text))
    ends.discard(len(text))
    return text, ends


def score(docs: list[list[str]], variant: str) -> dict[str, float | int]:
    tp = fp = fn = 0
    for sentences in docs:
        text, gold = render(sentences, variant)
        predicted = {end for _, end in split_sentences(text)}
        predicted.discard(len(text.rstrip()))
        tp += len(gold & predicted)
        fp += len(predicted - gold)
        fn += len(gold - predicted)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"variant": variant, "documents": len(docs), "boundaries": tp + fn, "precision": round(precision, 4),
            "recall": round(recall, 4), "f1": round(f1, 4), "tp": tp, "fp": fp, "fn": fn}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../shared/data/ud_hindi", help="folder holding hi_pud-ud-test.conllu")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    args = parser.parse_args(argv)
    path = Path(args.data) / PUD_TEST
    if not path.is_file():
        print(f"error: {path} not found; pass --data pointing at the UD Hindi folder", file=sys.stderr)
        return 2
    docs = documents(path)
    rows = [score(docs, v) for v in ("clean", "web")]
    if args.json:
        print(json.dumps(rows, indent=2))
    else:
        print("| variant | documents | boundaries | precision | recall | F1 |")
        print("|---|---|---|---|---|---|")
        for r in rows:
            print(f"| {r['variant']} | {r['documents']} | {r['boundaries']} | {r['precision']:.4f} | {r['recall']:.4f} | {r['f1']:.4f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
