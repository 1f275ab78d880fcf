"""Story grouping (``hb.group``): precision and recall on hand-labelled ILSUM pairs, and the seed test.

    python benchmarks/grouping.py --data ../shared/data/ilsum_hi [--tagger none] [--thresholds 0.15,0.2,0.3]

1. Labelled pairs. ``benchmarks/grouping_pairs.tsv`` holds 120 pairs of ILSUM 2023
   Hindi articles (val + test), drawn 20 per band of the cosine similarity of an
   early version of the grouping (untagged TF-IDF with IDF over the pile) (``[0.5,1]``, ``[0.3,0.5)``, ``[0.2,0.3)``, ``[0.1,0.2)``,
   ``[0.05,0.1)``, ``[0,0.05)``) and labelled by reading them: ``same`` story,
   ``series`` (a recurring bulletin on one subject), ``different``, or
   ``artefact`` (the scraped body is one copied text under unrelated headlines;
   left out). All 2,123 articles are grouped at once; a pair is predicted
   "same" when both land in one group. Pairwise precision and recall are
   estimated for the whole pile by weighting each labelled pair by
   population/sample size of its band (a stratified estimate), and printed
   twice: strict (``series`` counts as different) and lenient (``series``
   counts as the same story).
2. Seeds in a mixed pile. The two seed articles plus 50 random ILSUM articles,
   over ``--draws`` random draws: in how many draws are the seeds one group of
   exactly two?
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hindi_brief import Pipeline  # noqa: E402
from hindi_brief.group import DEFAULT_THRESHOLD, cluster, similarity_matrix  # noqa: E402

PAIRS = Path(__file__).with_name("grouping_pairs.tsv")


def load_articles(data: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for split in ("val", "test"):
        with open(data / f"ilsum2023_hi_{split}.csv", encoding="utf-8", newline="") as f:
            rows.extend(csv.DictReader(f))
    return rows


def load_pairs() -> list[dict[str, str]]:
    with open(PAIRS, encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def article_text(row: dict[str, str]) -> str:
    return row["Heading"].strip() + "\n\n" + row["Article"].strip()


def pair_scores(pairs: list[dict[str, str]], label_of: dict[int, int], lenient: bool) -> dict[str, float]:
    """Stratified estimates of pairwise precision/recall, plus raw counts on the sample."""
    per_band: dict[str, int] = defaultdict(int)
    for p in pairs:
        per_band[p["band_lo"]] += 1  # artefacts included: they were drawn like the rest
    tp = fp = fn = 0.0
    raw = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for p in pairs:
        if p["label"] == "artefact":
            continue
        gold = p["label"] == "same" or (lenient and p["label"] == "series")
        pred = label_of[p["a"]] == label_of[p["b"]]
        w = int(p["population"]) / per_band[p["band_lo"]]
        if gold and pred:
            tp += w
            raw["tp"] += 1
        elif pred:
            fp += w
            raw["fp"] += 1
        elif gold:
            fn += w
            raw["fn"] += 1
        else:
            raw["tn"] += 1
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    return {"precision": precision, "recall": recall, **raw}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "ilsum_hi"))
    ap.add_argument("--tagger", default="none", help="pipeline tagger (default: none, as when the pairs were drawn)")
    ap.add_argument("--thresholds", default="0.1,0.15,0.2,0.25,0.3,0.4,0.5")
    ap.add_argument("--draws", type=int, default=20)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not data.is_dir():
        print(f"no ILSUM data at {data}; pass --data", file=sys.stderr)
        return 2

    t0 = time.perf_counter()
    nlp = Pipeline(tagger=args.tagger)
    rows = load_articles(data)
    position = {r["Id"]: i for i, r in enumerate(rows)}
    docs = list(nlp.pipe(article_text(r) for r in rows))
    sim = similarity_matrix(docs)
    pairs = load_pairs()
    for p in pairs:
        p["a"], p["b"] = position[p["id_a"]], position[p["id_b"]]  # type: ignore[assignment]
    counts = defaultdict(int)
    for p in pairs:
        counts[p["label"]] += 1
    print(f"ILSUM articles: {len(rows)}; labelled pairs: {len(pairs)} {dict(counts)}; tagger={args.tagger}")
    print(f"processing + similarity: {time.perf_counter() - t0:.1f}s")
    print()
    print("threshold | strict P  R  (tp/fp/fn on sample) | lenient P  R  (tp/fp/fn) | groups | largest")
    for t in (float(x) for x in args.thresholds.split(",")):
        groups = cluster(sim, t)
        label_of = {i: g for g, members in enumerate(groups) for i in members}
        s = pair_scores(pairs, label_of, lenient=False)
        l = pair_scores(pairs, label_of, lenient=True)
        mark = " (default)" if abs(t - DEFAULT_THRESHOLD) < 1e-9 else ""
        print(
            f"{t:.2f}{mark:10} | {s['precision']:.3f} {s['recall']:.3f} ({s['tp']}/{s['fp']}/{s['fn']})"
            f" | {l['precision']:.3f} {l['recall']:.3f} ({l['tp']}/{l['fp']}/{l['fn']})"
            f" | {len(groups)} | {max(len(g) for g in groups)}"
        )

    groups = cluster(sim, DEFAULT_THRESHOLD)
    label_of = {i: g for g, members in enumerate(groups) for i in members}
    print()
    print(f"by band at the default threshold {DEFAULT_THRESHOLD} (labelled pairs grouped together / labelled):")
    print("band | same | series | different")
    for band in dict.fromkeys(p["band_lo"] for p in pairs):
        cells = []
        for label in ("same", "series", "different"):
            chosen = [p for p in pairs if p["band_lo"] == band and p["label"] == label]
            cells.append(f"{sum(label_of[p['a']] == label_of[p['b']] for p in chosen)}/{len(chosen)}")
        hi = next(p["band_hi"] for p in pairs if p["band_lo"] == band)
        print(f"[{band}, {hi}) | " + " | ".join(cells))

    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    seed_docs = [nlp(s) for s in seeds]
    rng = random.Random(args.seed)
    ok = 0
    for _ in range(args.draws):
        pick = rng.sample(range(len(docs)), 50)
        pile = seed_docs + [docs[i] for i in pick]
        groups = cluster(similarity_matrix(pile), DEFAULT_THRESHOLD)
        ok += [0, 1] in groups
    print()
    print(f"seeds + 50 random ILSUM articles, threshold {DEFAULT_THRESHOLD}: seeds grouped together and alone in {ok}/{args.draws} draws")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
