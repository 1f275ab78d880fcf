"""Tagging speed and accuracy: the embedded tagger vs Stanza, same sentences, one core.

    python benchmarks/tagger.py --data ../shared/data/ud_hindi [--json benchmarks/results/tagger.json]

Both taggers get the held-out HDTB sentences (the project's fixed split) as one
batch of pre-tokenised sentences. "cold" = the first ``tag()`` call after the
model is loaded (in a fresh process, no caches warm); "warm" = best of the
following repeats. Model loading is timed separately. CPU threads are limited
to one (numpy/BLAS via threadpoolctl, torch via ``torch.set_num_threads(1)``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(_ROOT))

from hindi_brief.errors import HindiBriefError  # noqa: E402
from hindi_brief.tagging import load_tagger  # noqa: E402
from hindi_brief.training.conllu import load_split  # noqa: E402


def _accuracy(pred: list[list[tuple[str, str]]], sentences) -> float:
    n = ok = 0
    for s, p in zip(sentences, pred):
        for gold, (upos, _) in zip(s.upos, p):
            n += 1
            ok += gold == upos
    return ok / n


def run_one(name: str, sentences, *, repeats: int) -> dict:
    """Load tagger ``name`` and time it on ``sentences``."""
    words = [list(s.words) for s in sentences]
    n_tokens = sum(len(w) for w in words)
    t0 = time.perf_counter()
    tagger = load_tagger(name)
    if name == "embedded":
        tagger.lemmatizer  # noqa: B018 - the embedded tagger loads lazily; time the load here
    load_s = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    pred = tagger.tag(words)
    cold_s, cold_cpu = time.perf_counter() - t0, time.process_time() - c0
    warm_s = warm_cpu = float("inf")
    for _ in range(repeats):
        t0, c0 = time.perf_counter(), time.process_time()
        tagger.tag(words)
        warm_s = min(warm_s, time.perf_counter() - t0)
        warm_cpu = min(warm_cpu, time.process_time() - c0)
    return {
        "tagger": name,
        "tokens": n_tokens,
        "load_s": round(load_s, 3),
        "cold_tokens_per_s": round(n_tokens / cold_s),
        "warm_tokens_per_s": round(n_tokens / warm_s) if repeats else None,
        # CPU time of this process: less disturbed than wall time on a busy machine.
        "cold_tokens_per_cpu_s": round(n_tokens / cold_cpu) if cold_cpu > 0 else None,
        "warm_tokens_per_cpu_s": round(n_tokens / warm_cpu) if repeats and warm_cpu > 0 else None,
        "upos_accuracy": round(_accuracy(pred, sentences), 4),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", default=str(_ROOT.parent / "shared" / "data" / "ud_hindi"))
    parser.add_argument("--repeats", type=int, default=3, help="warm repeats for the embedded tagger")
    parser.add_argument("--stanza-repeats", type=int, default=1, help="warm repeats for Stanza (slow)")
    parser.add_argument("--json", default=None, help="also write the results here (e.g. benchmarks/results/tagger.json)")
    args = parser.parse_args(argv)

    from threadpoolctl import threadpool_limits

    sentences = load_split(args.data)["heldout"]
    results = []
    with threadpool_limits(limits=1):
        results.append(run_one("embedded", sentences, repeats=args.repeats))
        try:
            import torch

            torch.set_num_threads(1)
            results.append(run_one("stanza", sentences, repeats=args.stanza_repeats))
        except (ImportError, HindiBriefError) as exc:
            print(f"Stanza not benchmarked: {exc}", file=sys.stderr)

    print(f"{len(sentences)} held-out HDTB sentences, {results[0]['tokens']:,} tokens, one CPU thread "
          f"({platform.processor() or platform.machine()})")
    print(f"{'tagger':<10} {'load s':>8} {'cold tok/s':>12} {'warm tok/s':>12} "
          f"{'cold tok/cpu-s':>15} {'warm tok/cpu-s':>15} {'UPOS acc':>9}")

    def fmt(v: int | None) -> str:
        return f"{v:,}" if v else "-"

    for r in results:
        print(f"{r['tagger']:<10} {r['load_s']:>8.2f} {fmt(r['cold_tokens_per_s']):>12} "
              f"{fmt(r['warm_tokens_per_s']):>12} {fmt(r['cold_tokens_per_cpu_s']):>15} "
              f"{fmt(r['warm_tokens_per_cpu_s']):>15} {r['upos_accuracy']:>9.2%}")
    out = {"sentences": len(sentences), "results": results}
    if len(results) == 2:
        ratio = results[0]["cold_tokens_per_s"] / results[1]["cold_tokens_per_s"]
        out["embedded_over_stanza_cold"] = round(ratio, 1)
        print(f"embedded is {ratio:,.1f}x faster than Stanza (cold, tokens/s)")
    else:
        print("ratio: n/a (Stanza tagger not available)")
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
