"""The embedded tagger at this checkout against its code at another git revision, one text per call and batched.

``--against REV`` reads ``hindi_brief/tagging/*.py`` of that revision (``git show``) into a scratch
package beside ``hindi_brief.tagging``, so the two versions run in one process on the same models
and take turns round by round: this machine's speed moves by more than the differences measured
here, and turns within a round reach both alike. Both tag the normalised forms of the long inputs
of ``benchmarks/briefs.py``, one call per text (as ``Pipeline.brief`` tags) and in batches of 64
texts (as ``pipe_briefs`` does), warm, collector paused, thread CPU time. The script prints the
minimum and median ms per text of each, the median over rounds of the ratio this checkout /
``REV``, and whether every tag and lemma agrees. The revision's tagger must read the shipped
model's format.

Usage::

    python benchmarks/tagger_calls.py --data ../shared/data/ilsum_hi --against d6dc1d6 [--join-sentences 2] [--rounds 9]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import importlib  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import types  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from briefs import add_long_input_arguments, long_texts, tagging_calls, tagging_ms  # noqa: E402

import hindi_brief  # noqa: E402
from hindi_brief.pipeline import Pipeline  # noqa: E402
from hindi_brief.tagging.embedded import EmbeddedTagger  # noqa: E402

BATCH = 64
_ROOT = Path(__file__).resolve().parent.parent


def tagger_at(revision: str, folder: Path) -> type:
    """``EmbeddedTagger`` as the tagging package was at ``revision``, loaded under another name."""
    listing = subprocess.run(
        ["git", "ls-tree", "--name-only", f"{revision}:hindi_brief/tagging"],
        cwd=_ROOT, check=True, capture_output=True, text=True,
    ).stdout.split()
    for name in listing:
        if name.endswith(".py"):
            source = subprocess.run(
                ["git", "show", f"{revision}:hindi_brief/tagging/{name}"], cwd=_ROOT, check=True, capture_output=True
            ).stdout
            (folder / name).write_bytes(source)
    # A package of hindi_brief, so that the old modules' relative imports (``..errors``) resolve.
    name = "hindi_brief._tagging_" + "".join(c for c in revision if c.isalnum())
    package = types.ModuleType(name)
    package.__path__ = [str(folder)]
    sys.modules[name] = package
    return importlib.import_module(f"{name}.embedded").EmbeddedTagger


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_long_input_arguments(parser, join_sentences=2)
    parser.add_argument("--against", required=True, help="a git revision of this repository")
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args(argv)

    texts = long_texts(args)
    hb = Pipeline(tagger="embedded")
    one, batches = tagging_calls(hb, texts, BATCH)
    with tempfile.TemporaryDirectory() as folder:
        taggers = {args.against: tagger_at(args.against, Path(folder))(), "this checkout": EmbeddedTagger()}
        # Warm-up: each tagger's store of word types fills here.
        tags = {name: [t.tag(norms) for norms in one] + [t.tag(b) for b in batches] for name, t in taggers.items()}
        times: dict[tuple[str, str], list[float]] = {}
        for r in range(args.rounds):
            for name, tagger in (taggers.items() if r % 2 else reversed(taggers.items())):
                for how, calls in (("one text per call", one), ("batched", batches)):
                    times.setdefault((name, how), []).append(tagging_ms(tagger, calls, len(texts)))
    print(f"Command: `python benchmarks/tagger_calls.py {' '.join(argv if argv is not None else sys.argv[1:])}`")
    print(f"{len(texts)} texts, {args.rounds} rounds, ms/text (hindi_brief {hindi_brief.__version__})\n")
    print("| tagger | calls | min | median |\n|---|---|---:|---:|")
    for (name, how), ms in times.items():
        ordered = sorted(ms)
        print(f"| {name} | {how} | {ordered[0]:.2f} | {ordered[len(ordered) // 2]:.2f} |")
    for how in ("one text per call", "batched"):
        ratios = sorted(b / a for a, b in zip(times[(args.against, how)], times[("this checkout", how)]))
        print(f"\n{how}: this checkout / {args.against}, median over rounds {ratios[len(ratios) // 2]:.3f}", end="")
    same = tags[args.against] == tags["this checkout"]
    print(f"\n\ntags and lemmas identical: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
