"""Peak memory (RSS) of one brief per input size, each in a fresh Python process.

The article is built the way ``benchmarks/scaling.py`` builds its ``article-mb`` case
(deterministic Hindi sentences from the seed articles, ~100-word paragraphs). The child
reports ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` after importing and loading the
pipeline on a short text (``loaded``), after building the input (``with text``) and
after the brief (``peak``).

``--steady N --data DIR`` instead measures a long-running process (a service): one ``Pipeline`` briefs ``N``
texts one by one, the ILSUM articles of ``DIR`` in turn, each with ten made-up words of its own appended (a
service meets new names and misspellings every day, and every word-level cache fills with them), and reports
the resident set size (``VmRSS``) every ``N / 10`` texts and after ``hindi_brief.caching.clear_caches()``.

Usage::

    python benchmarks/memory.py                          # 1, 2.5, 5, 10 MB, tagger embedded
    python benchmarks/memory.py --sizes 10,50 --tagger none
    python benchmarks/memory.py --steady 20000 --data ../shared/data/ilsum_hi
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


_STEADY_CHILD = """
import json, random
import hindi_brief as hb
from hindi_brief.caching import clear_caches
from hindi_brief.evaluation.evaluate import load_pairs

def rss():
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024

articles = [p.article for p in load_pairs({data!r}, split="both")]
rng = random.Random(0)
letters = "कखगघचछजझटठडढतथदधनपफबभमयरलवशसह"
nlp = hb.Pipeline(tagger={tagger!r})
nlp.warm_up()
rows = [(0, rss())]
for i in range({n}):
    made_up = " ".join("".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(10))
    nlp.brief(articles[i % len(articles)] + " " + made_up + " ने बात की।")
    if (i + 1) % max(1, {n} // 10) == 0:
        rows.append((i + 1, rss()))
clear_caches()
print(json.dumps({{"rows": rows, "cleared": rss()}}))
"""


def steady(n: int, data: str, tagger: str) -> dict:
    code = _STEADY_CHILD.format(data=str(Path(data).resolve()), tagger=tagger, n=n)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def measure(mb: float, tagger: str) -> dict[str, float]:
    code = _CHILD.format(bench=str(ROOT / "benchmarks"), tagger=tagger, mb=mb)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,2.5,5,10", help="article sizes in MB (UTF-8), comma-separated")
    parser.add_argument("--tagger", default="embedded", help="tagger (default: embedded, as hb.brief)")
    parser.add_argument("--steady", type=int, metavar="N", help="brief N texts in one process and report its RSS")
    parser.add_argument("--data", help="the ILSUM folder --steady reads its articles from")
    args = parser.parse_args(argv)
    print(f"tagger={args.tagger} python={sys.version.split()[0]}")
    if args.steady is not None:
        if not args.data:
            parser.error("--steady needs --data (the ILSUM folder)")
        r = steady(args.steady, args.data, args.tagger)
        print(f"{'texts':>7s} {'RSS MiB':>8s}")
        for n, mib in r["rows"]:
            print(f"{n:>7d} {mib:>8.0f}")
        print(f"after clear_caches(): {r['cleared']:.0f} MiB", flush=True)
        return 0
    print(f"{'MB':>5s} {'chars':>10s} {'sentences':>9s} {'loaded MiB':>10s} {'text MiB':>9s} {'peak MiB':>9s} {'seconds':>8s}")
    for mb in (float(x) for x in args.sizes.split(",")):
        r = measure(mb, args.tagger)
        print(f"{mb:5g} {r['chars']:>10d} {r['sentences']:>9d} {r['loaded']:>10.0f} {r['with_text']:>9.0f} "
              f"{r['peak']:>9.0f} {r['seconds']:>8.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
