"""Peak memory (RSS) of one brief per input size, each in a fresh Python process.

The article is built the way ``benchmarks/scaling.py`` builds its ``article-mb`` case
(deterministic Hindi sentences from the seed articles, ~100-word paragraphs). The child
reports ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` after importing and loading the
pipeline on a short text (``loaded``), after building the input (``with text``) and
after the brief (``peak``).

Usage::

    python benchmarks/memory.py                          # 1, 2.5, 5, 10 MB, tagger embedded
    python benchmarks/memory.py --sizes 10,50 --tagger none
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import json, resource, sys, time
sys.path.insert(0, {bench!r})
from scaling import make_article_mb
import hindi_brief as hb

def rss():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux

nlp = hb.Pipeline(tagger={tagger!r})
nlp.brief("पहला वाक्य यहाँ है। दूसरा वाक्य भी है।")
loaded = rss()
text = make_article_mb({mb})
with_text = rss()
t0 = time.perf_counter()
brief = nlp.brief(text)
seconds = time.perf_counter() - t0
print(json.dumps({{"chars": len(text), "sentences": len(brief.document.sentences), "loaded": loaded,
                  "with_text": with_text, "peak": rss(), "seconds": seconds}}))
"""


def measure(mb: float, tagger: str) -> dict[str, float]:
    code = _CHILD.format(bench=str(ROOT / "benchmarks"), tagger=tagger, mb=mb)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2.5,5,10", help="article sizes in MB (UTF-8), comma-separated")
    parser.add_argument("--tagger", default="embedded", help="tagger (default: embedded, as hb.brief)")
    args = parser.parse_args(argv)
    print(f"tagger={args.tagger} python={sys.version.split()[0]}")
    print(f"{'MB':>5s} {'chars':>10s} {'sentences':>9s} {'loaded MiB':>10s} {'text MiB':>9s} {'peak MiB':>9s} {'seconds':>8s}")
    for mb in (float(x) for x in args.sizes.split(",")):
        r = measure(mb, args.tagger)
        print(f"{mb:5g} {r['chars']:>10d} {r['sentences']:>9d} {r['loaded']:>10.0f} {r['with_text']:>9.0f} "
              f"{r['peak']:>9.0f} {r['seconds']:>8.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
