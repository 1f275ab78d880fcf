"""Build ``models/df/df.json``: document frequencies of content terms in Hindi news.

    python -m hindi_brief.training.df --data ../shared/data --out models/df

Documents: the ILSUM 2023 Hindi **val** articles (heading + article; the ILSUM
test split is kept for reporting and never read here) and the HDTB v1.2 dev and
test sentences grouped, in file order, into pseudo-documents of ``--group``
sentences. Each document goes through ``Pipeline(tagger=...)`` (default
``"embedded"``) and two tables are counted:

* ``lemma``: content terms of the tagged document (``weights.content_terms``, tagged);
* ``norm``: non-stopword word forms, for documents processed with ``tagger="none"``.

Terms seen in fewer than ``--min-df`` documents are dropped (they get the top IDF
anyway). The output is deterministic: sorted keys, no timestamps.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Iterator

from ..doc import Document
from ..errors import HindiBriefError
from ..rank.weights import DF_FORMAT, content_terms
from .paths import data_problem, out_problem

ILSUM_VAL = "ilsum_hi/ilsum2023_hi_val.csv"
HDTB_FILES = ("ud_hindi/hi_hdtb-v1.2-dev.conllu", "ud_hindi/hi_hdtb-v1.2-test.conllu")


def ilsum_texts(data: Path) -> Iterator[str]:
    """Heading and article of each ILSUM val row (the test split is never read)."""
    csv.field_size_limit(sys.maxsize)
    with open(data / ILSUM_VAL, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            yield f"{row['Heading'].strip()}\n\n{row['Article'].strip()}"


def hdtb_texts(data: Path, group: int) -> Iterator[str]:
    """HDTB sentences (tokens joined by spaces), ``group`` consecutive sentences per pseudo-document."""
    from .conllu import read_conllu

    for name in HDTB_FILES:
        sents = [" ".join(s.words) for s in read_conllu(data / name)]
        for i in range(0, len(sents), group):
            yield "\n".join(sents[i : i + group])


def doc_terms(doc: Document) -> tuple[set[str], set[str]]:
    """(lemma-table terms, norm-table terms) of one processed document."""
    sents = ([doc.headline] if doc.headline is not None else []) + list(doc.sentences)
    tagged = doc.tagger is not None
    lemmas = {t for s in sents for t in content_terms(s, tagged=tagged)}
    norms = {t for s in sents for t in content_terms(s, tagged=False)}
    return lemmas, norms


def build(data: Path, *, tagger: str = "embedded", group: int = 20, min_df: int = 2) -> dict:
    from ..pipeline import Pipeline

    nlp = Pipeline(tagger=tagger)
    texts = list(ilsum_texts(data))
    n_ilsum = len(texts)
    texts += list(hdtb_texts(data, group))
    lemma_df: Counter = Counter()
    norm_df: Counter = Counter()
    n = 0
    for doc in nlp.pipe(texts, batch_size=32):
        if doc.is_empty:
            continue
        lemmas, norms = doc_terms(doc)
        lemma_df.update(lemmas)
        norm_df.update(norms)
        n += 1

    def table(counts: Counter) -> dict:
        return {"n_docs": n, "df": {k: v for k, v in sorted(counts.items()) if v >= min_df}}

    return {
        "format": DF_FORMAT,
        "source": {
            "ilsum_val_articles": n_ilsum,
            "hdtb_pseudo_documents": len(texts) - n_ilsum,
            "hdtb_group": group,
            "tagger": tagger,
            "min_df": min_df,
        },
        "tables": {"lemma": table(lemma_df), "norm": table(norm_df)},
    }


_DATA_HINT = "pass --data pointing at the shared data folder (with ilsum_hi/ and ud_hindi/)"


def _option_problem(args: argparse.Namespace) -> str | None:
    # A negative --group gave no HDTB documents at all and a table that looked fine.
    if args.group < 1:
        return f"--group must be at least 1 (HDTB sentences per pseudo-document), got {args.group}"
    if args.min_df < 1:
        return f"--min-df must be at least 1 (1 keeps every term), got {args.min_df}"
    return out_problem(Path(args.out), "the folder to write df.json into")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m hindi_brief.training.df", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", default="../shared/data", help="folder with ilsum_hi/ and ud_hindi/")
    ap.add_argument("--out", default="models/df", help="output folder (df.json is written there)")
    ap.add_argument("--tagger", default="embedded", choices=["embedded", "stanza", "none"])
    ap.add_argument("--group", type=int, default=20, help="HDTB sentences per pseudo-document")
    ap.add_argument("--min-df", type=int, default=2, help="drop terms in fewer documents")
    args = ap.parse_args(argv)
    data = Path(args.data)
    # Checked before any work: the HDTB files are read only after every ILSUM article has been
    # tagged, so a missing one (or a --group of 0) used to end in a traceback minutes into the run.
    problem = data_problem(data, (ILSUM_VAL, *HDTB_FILES), _DATA_HINT) or _option_problem(args)
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2
    try:
        result = build(data, tagger=args.tagger, group=args.group, min_df=args.min_df)
    except HindiBriefError as exc:  # e.g. --tagger stanza without the stanza package: its message says what to install
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "df.json"
    path.write_text(json.dumps(result, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    t = result["tables"]
    print(
        f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB): {t['lemma']['n_docs']} documents, "
        f"{len(t['lemma']['df'])} lemmas, {len(t['norm']['df'])} forms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
