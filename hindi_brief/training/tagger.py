"""Train the embedded tagger and lemmatiser from UD Hindi and write ``models/embedded/``.

    python -m hindi_brief.training.tagger --data ../shared/data/ud_hindi --out models/embedded

Model: two stacked multinomial logistic regressions over
vocabulary-indexed features (see ``features.py``). Pass 1 sees words,
affixes, shapes and word clusters in a +-2 window (clusters learned from the
``--unlabelled`` articles plus the training sentences, ``clusters.py``); pass 2
adds pass 1's tags on both sides.
Pass 2 is trained on pass-1 tags predicted by 10-fold jack-knifing, so it
learns from realistic (imperfect) first-pass tags. Deterministic: sorted
vocabularies, a fixed fold split, a deterministic solver on one thread, and
zip entries with fixed timestamps, so two runs write identical files.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path
from typing import Sequence

import numpy as np

from ..tagging.base import UPOS_TAGS
from .conllu import TreebankSentence, load_split
from .clusters import DIMS, GRANULARITIES, MIN_COUNT, build_clusters, read_unlabelled
from ..tagging.features import ATTRIBUTES, CLUSTER_ATTRIBUTES, AttributeTable, feature_form, forced_tag, type_attributes
from .lemmas import learn_lemmatizer, treebank_lemma

__all__ = ["main", "train", "evaluate"]

FORMAT_VERSION = 2
N_FOLDS = 10
#: Minimum training count for a feature to get a weight row (keeps the model small).
MIN_FEATURE_COUNT = 2
C_REG = 5.0  # chosen on a 15% slice of train (pass 1: C=1 93.89%, 2 94.04%, 5 94.14%, 10 94.13%)
MAX_ITER = 400

_ROOT = Path(__file__).resolve().parents[2]


def _build_vocabularies(sentences: Sequence[TreebankSentence], clusters: dict) -> dict[str, list[str]]:
    values: list[set[str]] = [set() for _ in ATTRIBUTES]
    for s in sentences:
        for w in s.words:
            for bucket, v in zip(values, type_attributes(w, clusters)):
                bucket.add(v)
    vocab = {name: sorted(v) for name, v in zip(ATTRIBUTES, values)}
    # Cluster ids come from the cluster table (every cluster, not only those of training words).
    for name, k in zip(CLUSTER_ATTRIBUTES, GRANULARITIES):
        vocab[name] = [str(i) for i in range(k)]
    return vocab


def _fit(keys: np.ndarray, y: np.ndarray, n_tags: int) -> tuple[np.ndarray, np.ndarray]:
    """Fit a multinomial logistic regression; return (sorted feature keys, weight rows)."""
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression
    from threadpoolctl import threadpool_limits

    uniq, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    inverse = inverse.reshape(keys.shape)
    # Bias (template 0) is always kept; other features need MIN_FEATURE_COUNT occurrences.
    keep = counts >= MIN_FEATURE_COUNT
    keep[uniq >> 48 == 0] = True
    col = np.cumsum(keep) - 1
    cols = col[inverse]
    mask = keep[inverse]
    rows = np.repeat(np.arange(keys.shape[0]), keys.shape[1]).reshape(keys.shape)
    x = csr_matrix(
        (np.ones(int(mask.sum()), dtype=np.float64), (rows[mask], cols[mask])),
        shape=(keys.shape[0], int(keep.sum())),
    )
    present = np.unique(y)
    with threadpool_limits(limits=1):
        clf = LogisticRegression(C=C_REG, max_iter=MAX_ITER, tol=1e-5, fit_intercept=False)
        clf.fit(x, y)
    weights = np.zeros((x.shape[1], n_tags), dtype=np.float64)
    coef = clf.coef_
    if len(present) == 2:  # sklearn's binary special case; never happens on UD data
        coef = np.vstack([-coef, coef]) / 2
    weights[:, present] = coef.T
    # Centre each row: softmax/argmax are unchanged and float16 keeps more precision.
    weights -= weights.mean(axis=1, keepdims=True)
    return uniq[keep], weights.astype(np.float16)


def _flatten(sentences: Sequence[Sequence[str]]) -> tuple[list[str], np.ndarray, np.ndarray]:
    tokens = [t for s in sentences for t in s]
    lengths = np.array([len(s) for s in sentences], dtype=np.int64)
    positions = np.concatenate([np.arange(n) for n in lengths]) if len(tokens) else np.zeros(0, np.int64)
    return tokens, positions, np.repeat(lengths, lengths)


def train(data_dir: Path, unlabelled: Path, *, verbose: bool = True) -> tuple[dict, dict[str, np.ndarray], dict]:
    """Train on the fixed split's train part (word clusters also from the ``unlabelled``
    ILSUM-style CSV); return (json config, arrays, lemma tables)."""
    from ..tagging.embedded import score_keys, stage_keys

    split = load_split(data_dir)
    train_sents = split["train"]
    tag_index = {t: i for i, t in enumerate(UPOS_TAGS)}
    # Clusters from unlabelled articles plus the training sentences (never held-out or PUD).
    cluster_words, cluster_ids = build_clusters(
        read_unlabelled(unlabelled) + [[feature_form(w) for w in s.words] for s in train_sents], verbose=verbose
    )
    clusters = {w: tuple(map(str, row)) for w, row in zip(cluster_words, cluster_ids.tolist())}
    vocab = _build_vocabularies(train_sents, clusters)
    table = AttributeTable(vocab, clusters)
    tokens, positions, lengths = _flatten([s.words for s in train_sents])
    attrs = table.rows(tokens)
    y = np.array([tag_index[u] for s in train_sents for u in s.upos], dtype=np.int64)
    n_tags = len(UPOS_TAGS)

    keys1 = stage_keys(attrs, positions, lengths, None)
    # Jack-knifed first-pass tags for training the second pass: contiguous folds of sentences.
    sent_of_token = np.repeat(np.arange(len(train_sents)), [len(s.words) for s in train_sents])
    fold_of_sent = (np.arange(len(train_sents)) * N_FOLDS) // len(train_sents)
    fold = fold_of_sent[sent_of_token]
    jack = np.empty(len(y), dtype=np.int64)
    for f in range(N_FOLDS):
        t0 = time.perf_counter()
        k, w = _fit(keys1[fold != f], y[fold != f], n_tags)
        jack[fold == f] = score_keys(keys1[fold == f], k, w.astype(np.float32)).argmax(axis=1)
        if verbose:
            acc = float((jack[fold == f] == y[fold == f]).mean())
            print(f"  fold {f}: pass-1 accuracy {acc:.4f} ({time.perf_counter() - t0:.1f}s)", file=sys.stderr)
    k1, w1 = _fit(keys1, y, n_tags)
    keys2 = stage_keys(attrs, positions, lengths, jack)
    k2, w2 = _fit(keys2, y, n_tags)

    triples = [
        (w, u, treebank_lemma(w, u, l)) for s in train_sents for w, u, l in zip(s.words, s.upos, s.lemmas)
    ]
    lemmatizer = learn_lemmatizer(triples)
    config = {
        "format_version": FORMAT_VERSION,
        "tags": list(UPOS_TAGS),
        "attributes": list(ATTRIBUTES),
        "vocabularies": vocab,
        "clusters": {"granularities": list(GRANULARITIES), "words": cluster_words},
    }
    arrays = {
        "cluster_ids": cluster_ids,
        "keys1": k1, "weights1": w1, "keys2": k2, "weights2": w2,
        # Attribute rows of the training words, so loading needs no per-word feature work.
        "word_rows": table.rows(vocab["w"]).astype(np.int32),
    }
    return config, arrays, lemmatizer.to_json()


def write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Like ``np.savez_compressed`` but byte-for-byte reproducible (fixed zip timestamps)."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, buf.getvalue())


def write_json(path: Path, obj: object) -> None:
    path.write_text(json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=0) + "\n", encoding="utf-8")


def evaluate(tagger, sentences: Sequence[TreebankSentence], *, verb_stems: bool = True) -> dict[str, float]:
    """UPOS and lemma accuracy of ``tagger`` on treebank sentences (lemmas in the public convention;
    ``verb_stems`` as in ``treebank_lemma``: True for HDTB v1.2, False for PUD)."""
    out = tagger.tag([s.words for s in sentences])
    n = ok_pos = ok_num = ok_lem = ok_lem_gold = 0
    per_tag: Counter = Counter()
    per_tag_ok: Counter = Counter()
    for s, pred in zip(sentences, out):
        for w, u, l, (pu, pl) in zip(s.words, s.upos, s.lemmas, pred):
            n += 1
            gold_lemma = treebank_lemma(w, u, l, verb_stems=verb_stems)
            ok_pos += pu == u
            # HDTB tags digits in dates and names PROPN; UD v2 (and our rule) says NUM.
            ok_num += pu == ("NUM" if forced_tag(w) == "NUM" else u)
            ok_lem += pl == gold_lemma
            ok_lem_gold += tagger.lemmatizer.lemma(w, u) == gold_lemma
            per_tag[u] += 1
            per_tag_ok[u] += pu == u
    return {
        "tokens": n,
        "sentences": len(sentences),
        "upos_accuracy": round(ok_pos / n, 4),
        "upos_accuracy_digits_as_num": round(ok_num / n, 4),
        "lemma_accuracy": round(ok_lem / n, 4),
        "lemma_accuracy_gold_upos": round(ok_lem_gold / n, 4),
        "upos_accuracy_per_tag": {t: round(per_tag_ok[t] / per_tag[t], 4) for t in sorted(per_tag)},
    }


def measure_speed(tagger, sentences: Sequence[Sequence[str]], *, repeats: int = 3) -> float:
    """Tokens per second tagging ``sentences`` in one batch on one thread (best of ``repeats``)."""
    from threadpoolctl import threadpool_limits

    n = sum(len(s) for s in sentences)
    best = float("inf")
    with threadpool_limits(limits=1):
        for _ in range(repeats):
            t0 = time.perf_counter()
            tagger.tag(sentences)
            best = min(best, time.perf_counter() - t0)
    return n / best


#: Speed as measured by ``python benchmarks/tagger.py`` (machine-dependent, so not measured here:
#: training writes identical files on every run). Update after re-benchmarking.
SPEED_NOTE = (
    "Measured with `python benchmarks/tagger.py --data ../shared/data/ud_hindi` (held-out HDTB, "
    "17,584 tokens in one batch, one thread, Python 3.11, shared 2-core x86_64 box with other jobs "
    "running), three runs: model load 0.12-0.29 s; first call (cold caches) 124k-187k tokens/s; "
    "repeated calls 223k-316k tokens/s. The previous model without word clusters, measured "
    "alongside, gave 137k-182k cold and 289k-345k warm, so the cluster features cost about 10% "
    "of warm speed. Earlier, on an idle Intel Xeon server core (Python 3.12, numpy 2.5), the model "
    "without clusters ran 178k-211k tokens/s cold and 369k-398k warm. Wall-clock figures vary a lot "
    "on a busy machine; the benchmark also prints tokens per CPU-second."
)


def _pct(x: float) -> str:
    return f"{100 * x:.2f}%"


def write_card(path: Path, metrics: dict, sizes: dict[str, int], n_cluster_words: int) -> None:
    """Write the model card ``README.md`` from the measured metrics."""
    h, p = metrics["heldout_hdtb"], metrics["pud"]
    tags = sorted(set(h["upos_accuracy_per_tag"]) | set(p["upos_accuracy_per_tag"]))
    per_tag = "\n".join(
        f"| {t} | {_pct(h['upos_accuracy_per_tag'][t]) if t in h['upos_accuracy_per_tag'] else '-'} "
        f"| {_pct(p['upos_accuracy_per_tag'][t]) if t in p['upos_accuracy_per_tag'] else '-'} |"
        for t in tags
    )
    files = "\n".join(f"| `{name}` | {size:,} |" for name, size in sorted(sizes.items()))
    text = f"""# Embedded Hindi UPOS tagger and lemmatiser

The default tagger of hindi_brief (`load_tagger("embedded")`,
`hindi_brief.tagging.embedded.EmbeddedTagger`). Pure numpy, no network, loads in
well under a second. This file is written by the training command; do not edit by hand.

## Model

* Two stacked multinomial logistic regressions (scikit-learn, L2, C={C_REG}) over
  vocabulary-indexed features: word, prefixes 1-3, suffixes 1-5 and word shape of the
  token; words at +-1 and +-2; neighbours' suffixes and shapes; word bigrams and
  word/suffix conjunctions. Pass 2 adds pass 1's tags at -2..+2 and their
  conjunctions (bidirectional context). Pass 2 is trained on {N_FOLDS}-fold jack-knifed
  pass-1 tags. Both passes also see distributional word clusters (below) of the token
  and of its neighbours at -2..+2, alone and in conjunctions.
  Features seen fewer than {MIN_FEATURE_COUNT} times are dropped. Weights are stored as float16.
* Word clusters (`hindi_brief/training/clusters.py`), learned by the training command from
  unlabelled text: position-specific co-occurrence counts (+-2 words) of every word seen at
  least {MIN_COUNT} times, positive PMI, truncated SVD to {DIMS} dimensions, then k-means with
  k = {", ".join(map(str, GRANULARITIES))} (fixed seeds). The word -> cluster table ({n_cluster_words:,}
  words) ships in `tagger.json` / `tagger.npz`; other words get no cluster.
* Tokens made only of digits (with `.,:/-` separators) are tagged NUM, only punctuation PUNCT,
  only symbols (`%`, currency, emoji...) SYM, by rule.
* Lemmatiser: `(form, UPOS) -> lemma` exceptions plus longest-suffix rewrite rules per
  UPOS, both learned from the training part. Conventions: verbs and auxiliaries get the
  infinitive (HDTB v1.2's stems `बढ़ा` are mapped to `बढ़ाना`; the copula keeps `है`/`था`);
  PROPN, NUM, PUNCT, SYM and X keep their form.

## Data, split and licence

* Trained on the project's fixed split (`hindi_brief.training.conllu.load_split`): HDTB v1.2
  dev + first half of HDTB v1.2 test = {metrics['train']['sentences']:,} sentences,
  {metrics['train']['tokens']:,} tokens. Evaluated on the held-out second half of HDTB test
  ({h['sentences']} sentences, {h['tokens']:,} tokens) and on Hindi PUD ({p['sentences']:,} sentences,
  {p['tokens']:,} tokens; never trained on).
* **Licence: the model files are a derivative of the Hindi Dependency Treebank (HDTB),
  licensed CC BY-NC-SA 4.0**, so they are distributed under CC BY-NC-SA 4.0
  (attribution, non-commercial, share-alike), independently of the code's licence.
  Hindi PUD (CC BY-SA 3.0) is used for evaluation only.
* **Unlabelled text for the word clusters:** the `Article` column of the ILSUM 2023 Hindi
  *validation* set (`--unlabelled`, default `../shared/data/ilsum_hi/ilsum2023_hi_val.csv`;
  the ILSUM test set is never used, it is kept for reporting summarisation scores) plus the
  training sentences above, tokenised with `hindi_brief.text.tokens` and normalised with
  `hindi_brief.text.normalize`. ILSUM data is distributed for research use; the cluster
  table (a list of frequent words with cluster numbers) is derived from it, so the same
  research-use terms apply to it in addition to the HDTB licence.
* HDTB v1.2 uses UD v1 conventions (`CONJ` is mapped to `CCONJ`); PUD uses UD v2, which
  differs for AUX/VERB, DET (e.g. `एक`, `कुछ`, `कोई` are DET in PUD), PART and PROPN, and
  PUD tokenises some words differently. PUD scores are reported as they come, without
  mapping, so they include these convention differences.

## Accuracy (measured by the training command)

| | held-out HDTB | PUD |
|---|---|---|
| UPOS accuracy | {_pct(h['upos_accuracy'])} | {_pct(p['upos_accuracy'])} |
| UPOS accuracy, gold tag of digit-only tokens read as NUM | {_pct(h['upos_accuracy_digits_as_num'])} | {_pct(p['upos_accuracy_digits_as_num'])} |
| lemma accuracy (predicted UPOS) | {_pct(h['lemma_accuracy'])} | {_pct(p['lemma_accuracy'])} |
| lemma accuracy (gold UPOS) | {_pct(h['lemma_accuracy_gold_upos'])} | {_pct(p['lemma_accuracy_gold_upos'])} |

HDTB v1.2 tags digits in dates and names as PROPN (`13 दिसंबर 2001`); UD v2, PUD and
this tagger's rule say NUM, so the second row counts those tokens as NUM.

Lemma accuracy is over all tokens (punctuation and proper nouns included), against the
treebank lemma mapped to the conventions above. PUD's lemmas are machine-made
(e.g. `हैना`), so its lemma figure is only indicative.

UPOS accuracy per gold tag:

| tag | held-out HDTB | PUD |
|---|---|---|
{per_tag}

The same numbers are in `metrics.json`.

## Files

| file | bytes |
|---|---|
{files}

`tagger.npz` (sorted int64 feature keys, float16 weights, training-word attribute rows,
cluster ids; load with `np.load(..., allow_pickle=False)`), `tagger.json` (tag set,
vocabularies, cluster-table words),
`lemmas.json` (lemma exceptions and suffix rules).

## Speed

{SPEED_NOTE}

(To refresh this section after re-benchmarking, edit `SPEED_NOTE` in
`hindi_brief/training/tagger.py` and run `python -m hindi_brief.training.tagger --card-only`.)

## Retrain

    python -m hindi_brief.training.tagger --data ../shared/data/ud_hindi --out models/embedded

(`--unlabelled PATH` picks another CSV with an `Article` column for the word clusters.)
Deterministic: running it twice writes byte-identical files (takes a few minutes on 1 core).
"""
    path.write_text(text, encoding="utf-8")


def _sizes(out: Path) -> dict[str, int]:
    return {name: (out / name).stat().st_size for name in ("tagger.npz", "tagger.json", "lemmas.json")}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(_ROOT.parent / "shared" / "data" / "ud_hindi"),
                        help="folder with the UD Hindi HDTB v1.2 and PUD CoNLL-U files")
    parser.add_argument("--out", default=str(_ROOT / "models" / "embedded"), help="model folder to write")
    parser.add_argument("--unlabelled", default=str(_ROOT.parent / "shared" / "data" / "ilsum_hi" / "ilsum2023_hi_val.csv"),
                        help="CSV with an Article column of unlabelled Hindi news text, used to learn word "
                             "clusters (default: the ILSUM 2023 Hindi validation set; never its test set)")
    parser.add_argument("--card-only", action="store_true",
                        help="only rewrite README.md from the existing metrics.json (no data needed)")
    args = parser.parse_args(argv)
    from ..tagging.embedded import EmbeddedTagger

    data, out = Path(args.data), Path(args.out)
    if args.card_only:
        metrics = json.loads((out / "metrics.json").read_text(encoding="utf-8"))
        config = json.loads((out / "tagger.json").read_text(encoding="utf-8"))
        write_card(out / "README.md", metrics, _sizes(out), len(config["clusters"]["words"]))
        return 0
    t0 = time.perf_counter()
    unlabelled = Path(args.unlabelled)
    if not unlabelled.is_file():
        parser.error(f"unlabelled text {unlabelled} not found; pass --unlabelled PATH to an ILSUM-style CSV")
    config, arrays, lemmas = train(data, unlabelled)
    train_s = time.perf_counter() - t0
    out.mkdir(parents=True, exist_ok=True)
    write_npz(out / "tagger.npz", arrays)
    write_json(out / "tagger.json", config)
    write_json(out / "lemmas.json", lemmas)

    tagger = EmbeddedTagger(model_dir=out)
    split = load_split(data)
    metrics = {
        "heldout_hdtb": evaluate(tagger, split["heldout"]),
        "pud": evaluate(tagger, split["pud"], verb_stems=False),
        "train": {"sentences": len(split["train"]), "tokens": sum(len(s.words) for s in split["train"])},
    }
    speed = measure_speed(tagger, [s.words for s in split["heldout"]])
    sizes = _sizes(out)
    for name in ("heldout_hdtb", "pud"):
        m = metrics[name]
        print(f"{name}: UPOS {m['upos_accuracy']:.2%} (digits as NUM {m['upos_accuracy_digits_as_num']:.2%})  lemma {m['lemma_accuracy']:.2%} "
              f"(with gold UPOS {m['lemma_accuracy_gold_upos']:.2%})  [{m['tokens']} tokens]")
    print(f"speed: {speed:,.0f} tokens/s (one thread, heldout in one batch); model files {sum(sizes.values()):,} bytes;"
          f" trained in {train_s:.0f}s")
    # Speed and training time vary by machine: keep them out of the reproducible metrics file.
    write_json(out / "metrics.json", metrics)
    write_card(out / "README.md", metrics, sizes, len(config["clusters"]["words"]))
    print("if these are the shipped models, update their checksums: python -m hindi_brief.training.manifest --write")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
