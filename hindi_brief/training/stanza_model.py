"""Train the small Stanza Hindi model shipped in ``models/stanza-hi/``.

    python -m hindi_brief.training.stanza_model --data ../shared/data --out models/stanza-hi

Uses Stanza's own training entry points (``stanza.models.tagger`` and
``stanza.models.lemmatizer``) on the tagger split of ``hdtb_train.load_tagger_split``, the
same data as the embedded tagger, with no pretrained word vectors and no pretrained
character language model, so the result is small and needs nothing from a model hub:

* the **tagger** trains on the HDTB training split (UPOS converted from XPOS by
  ``xpos.XposConverter``) and Stanza picks its best checkpoint on HDTB v1.2 dev;
* the **lemmatiser** needs gold lemmas, which the training split lacks: it trains on
  HDTB v1.2 dev minus its last ``--lemma-dev-size`` sentences and picks its best epoch
  on those (contiguous, so articles stay whole);
* HDTB v1.2 test and Hindi PUD are never trained or tuned on; they are only scored at the
  end, through ``StanzaTagger`` itself.

The sentences are written to temporary CoNLL-U files in the form the tagger sees at run time:

* words are the project's normalised forms (``hindi_brief.text.normalize``),
  exactly what ``Pipeline`` hands a tagger;
* UPOS is UD v2 (HDTB v1's ``CONJ`` already mapped by ``read_conllu``); XPOS and
  features are blanked, since only UPOS is used, which keeps the model small;
* lemmas follow the public convention (``public_lemma``): verb stems become
  infinitives (``बढ़ा`` -> ``बढ़ाना``), nouns keep HDTB's direct singular.

``--part tagger`` or ``--part lemma`` trains one of the two (they are independent, so
each can run in its own process); the training record of each part is merged into
``manifest.json``. Torch runs on ``--threads`` threads (default 1).
"""

from __future__ import annotations

import argparse
import json
import logging
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterable, Sequence

from ..manifest import sha256
from ..text.normalize import normalize
from .conllu import TreebankSentence
from .hdtb_train import load_tagger_split, tagger_data_files
from .paths import data_problem, out_problem

__all__ = ["public_lemma", "write_conllu", "train", "evaluate", "main"]

#: Verb lemmas that stay as they are (the copula and ``चाहिए``, as in UD Hindi).
COPULA = frozenset({"है", "था", "चाहिए"})
#: UPOS whose lemma is the token itself.
KEEP_FORM = frozenset({"PROPN", "NUM", "PUNCT", "SYM", "X"})

POS_FILE = "pos.pt"
LEMMA_FILE = "lemma.pt"
MANIFEST = "manifest.json"
RESOURCES = "stanza_resources.json"
FORMAT = "hindi_brief-stanza/1"

logger = logging.getLogger("hindi_brief.training.stanza_model")


def public_lemma(form: str, upos: str, lemma: str) -> str:
    """Map an HDTB v1.2 lemma to the public convention.

    HDTB verb and auxiliary lemmas are always bare stems (``बना`` for
    ``बनाने``), so every one but the copula gets ``ना``; checking for a final
    ``ना`` instead would leave stems such as ``बना`` or ``सुना`` unchanged.
    """
    if upos in KEEP_FORM or lemma in ("", "_"):
        return form
    lemma = normalize(lemma)
    if upos in ("VERB", "AUX") and lemma not in COPULA:
        return lemma + "ना"
    return lemma


def write_conllu(sentences: Iterable[TreebankSentence], path: Path) -> int:
    """Write ``sentences`` as CoNLL-U (normalised words, UPOS, public lemmas); return the token count."""
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for s in sentences:
            for i, (word, upos, lemma) in enumerate(zip(s.words, s.upos, s.lemmas), start=1):
                form = normalize(word)
                # Stanza's CoNLL reader splits on tabs and treats spaces in forms as errors.
                form = form.replace(" ", "_") or "_"
                lem = public_lemma(form, upos, lemma).replace(" ", "_") or form
                head = 0 if i == 1 else 1
                rel = "root" if i == 1 else "dep"
                fh.write(f"{i}\t{form}\t{lem}\t{upos}\t_\t_\t{head}\t{rel}\t_\t_\n")
                n += 1
            fh.write("\n")
    return n



def _stanza_resources() -> dict:
    """A minimal Stanza resources file naming our processors (model paths are passed explicitly)."""
    return {
        "hi": {
            "lang_name": "Hindi",
            "tokenize": {"hindi_brief": {}},
            "pos": {"hindi_brief": {}},
            "lemma": {"hindi_brief": {}},
        }
    }


def _portable(args: list[str], workdir: Path, out: Path) -> list[str]:
    """``args`` without the temporary paths, which are noise in the manifest."""
    return [a.replace(str(workdir), "<workdir>").replace(str(out), "<out>") for a in args]


def train_tagger(
    train_sents: Sequence[TreebankSentence],
    dev_sents: Sequence[TreebankSentence],
    out: Path,
    *,
    max_steps: int,
    batch_size: int,
    eval_interval: int,
    device: str,
    seed: int,
    workdir: Path,
) -> dict:
    """Train the UPOS tagger into ``out/pos.pt`` (best checkpoint on ``dev_sents``); return its training record."""
    from stanza.models import tagger as stanza_tagger

    train_file, dev_file = workdir / "tagger.train.conllu", workdir / "tagger.dev.conllu"
    n_train = write_conllu(train_sents, train_file)
    write_conllu(dev_sents, dev_file)
    out.mkdir(parents=True, exist_ok=True)
    # Sizes chosen to keep the file small (a few MB) at little cost in accuracy.
    args = [
        "--mode", "train", "--lang", "hi", "--shorthand", "hi_hdtb",
        "--train_file", str(train_file), "--eval_file", str(dev_file),
        "--output_file", str(workdir / "tagger.dev.pred.conllu"),
        "--save_dir", str(out), "--save_name", POS_FILE,
        "--no_pretrain", "--word_emb_dim", "75", "--word_cutoff", "2",
        "--hidden_dim", "150", "--char_hidden_dim", "150", "--char_emb_dim", "50",
        "--deep_biaff_hidden_dim", "150", "--composite_deep_biaff_hidden_dim", "50",
        "--tag_emb_dim", "25", "--transformed_dim", "100",
        "--max_steps", str(max_steps), "--eval_interval", str(min(eval_interval, max_steps)), "--fix_eval_interval",
        "--max_steps_before_stop", "1500", "--batch_size", str(batch_size),
        "--seed", str(seed), "--device", device,
    ]
    t0 = time.perf_counter()
    stanza_tagger.main(args)
    seconds = time.perf_counter() - t0
    return {
        "options": {"max_steps": max_steps, "batch_size": batch_size, "eval_interval": eval_interval,
                    "device": device, "seed": seed},
        "train_sentences": len(train_sents),
        "train_tokens": n_train,
        "dev_sentences": len(dev_sents),
        "args": _portable(args, workdir, out),
        "seconds": round(seconds, 1),
    }


def train_lemmatizer(
    train_sents: Sequence[TreebankSentence],
    dev_sents: Sequence[TreebankSentence],
    out: Path,
    *,
    epochs: int,
    device: str,
    seed: int,
    workdir: Path,
) -> dict:
    """Train the lemmatiser into ``out/lemma.pt`` (best epoch on ``dev_sents``); return its training record.
    ``epochs=0`` trains only its (word, UPOS) dictionary."""
    from stanza.models import lemmatizer as stanza_lemmatizer

    train_file, dev_file = workdir / "lemma.train.conllu", workdir / "lemma.dev.conllu"
    n_train = write_conllu(train_sents, train_file)
    write_conllu(dev_sents, dev_file)
    out.mkdir(parents=True, exist_ok=True)
    args = [
        "--mode", "train", "--shorthand", "hi_hdtb",
        "--train_file", str(train_file), "--eval_file", str(dev_file),
        "--output_file", str(workdir / "lemma.dev.pred.conllu"),
        "--save_dir", str(out), "--save_name", LEMMA_FILE,
        "--hidden_dim", "128", "--emb_dim", "50", "--pos_dim", "50",
        "--num_epoch", str(epochs), "--decay_epoch", str(max(1, epochs // 2)),
        "--batch_size", "100", "--seed", str(seed), "--device", device,
    ]
    if epochs == 0:
        args.append("--dict_only")
    t0 = time.perf_counter()
    stanza_lemmatizer.main(args)
    seconds = time.perf_counter() - t0
    return {
        "options": {"epochs": epochs, "device": device, "seed": seed},
        "train_sentences": len(train_sents),
        "train_tokens": n_train,
        "dev_sentences": len(dev_sents),
        "args": _portable(args, workdir, out),
        "seconds": round(seconds, 1),
    }


def _accuracy(sentences: Sequence[TreebankSentence], tagged: Sequence[Sequence[tuple[str, str]]]) -> dict:
    n = upos_ok = lemma_ok = 0
    for s, tags in zip(sentences, tagged):
        for word, upos, lemma, (p_upos, p_lemma) in zip(s.words, s.upos, s.lemmas, tags):
            n += 1
            upos_ok += p_upos == upos
            lemma_ok += p_lemma == public_lemma(normalize(word), upos, lemma)
    return {"tokens": n, "upos_accuracy": round(upos_ok / n, 4), "lemma_accuracy": round(lemma_ok / n, 4)}


def evaluate(model_dir: Path, split: dict[str, list[TreebankSentence]], *, batch_size: int = 64) -> dict:
    """Tag v1.2 test, its second half (the older split's held-out set, for comparison with
    models trained on that split) and PUD through ``StanzaTagger`` (CPU); score UPOS and lemmas."""
    from ..tagging.stanza_backend import StanzaTagger

    tagger = StanzaTagger(model_dir=model_dir, batch_size=batch_size)
    test = split["test"]
    sets = {"test": test, "heldout": test[len(test) // 2:], "pud": split["pud"]}
    results: dict = {}
    for name, sents in sets.items():
        words = [[normalize(w) for w in s.words] for s in sents]
        t0 = time.perf_counter()
        tagged = tagger.tag(words)
        seconds = time.perf_counter() - t0
        results[name] = _accuracy(sents, tagged)
        results[name]["tokens_per_second_cpu"] = round(results[name]["tokens"] / seconds)
    # PUD lemmas are machine-made in another convention: not a fair lemma score.
    results["pud"].pop("lemma_accuracy")
    return results


def write_manifest(out: Path, record: dict) -> dict:
    """Write ``manifest.json``: file hashes (checked at load time), conventions and the training
    records (``record``'s parts replace those of an existing manifest, the others are kept)."""
    import stanza
    import torch

    path = out / MANIFEST
    training = json.loads(path.read_text(encoding="utf-8")).get("training", {}) if path.is_file() else {}
    training.update(record)

    files = {}
    for name in (POS_FILE, LEMMA_FILE, RESOURCES):
        if (out / name).is_file():  # one part may be trained before the other
            files[name] = {"bytes": (out / name).stat().st_size, "sha256": sha256(out / name)}
    manifest = {
        "format": FORMAT,
        "lang": "hi",
        "lemma_convention": "infinitive",
        "files": files,
        "stanza_version": stanza.__version__,
        "torch_version": torch.__version__,
        "python": platform.python_version(),
        "training": training,
        "data": "HDTB training split (XPOS converted to UPOS) and HDTB v1.2 dev (UD_Hindi-HDTB a9b2b4d), "
                "CC BY-NC-SA 4.0; this model is a derivative of them",
    }
    path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; see the module docstring."""
    parser = argparse.ArgumentParser(prog="python -m hindi_brief.training.stanza_model", description=__doc__.split("\n")[0])
    parser.add_argument("--data", default="../shared/data", help="shared data folder (ud_hindi/ and hdtb_train_xpos/)")
    parser.add_argument("--out", default="models/stanza-hi", help="output model folder")
    parser.add_argument("--part", choices=("all", "tagger", "lemma"), default="all", help="what to train")
    parser.add_argument("--max-steps", type=int, default=2000, help="tagger training steps (batches of --batch-size sentences)")
    parser.add_argument("--batch-size", type=int, default=100, help="tagger batch size in sentences")
    parser.add_argument("--eval-interval", type=int, default=200, help="tagger steps between scores on v1.2 dev")
    parser.add_argument("--epochs", type=int, default=16, help="lemmatiser epochs; 0 trains only its dictionary")
    parser.add_argument("--lemma-dev-size", type=int, default=150,
                        help="sentences at the end of v1.2 dev the lemmatiser picks its best epoch on")
    parser.add_argument("--device", default="cpu", help="torch device for training, e.g. cpu or cuda")
    parser.add_argument("--threads", type=int, default=1, help="torch CPU threads")
    parser.add_argument("--seed", type=int, default=1234)
    parser.add_argument("--eval-only", action="store_true", help="only score an existing model in --out")
    parser.add_argument("--workdir", default=None, help="keep the temporary CoNLL-U files here")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    data = Path(args.data)
    problem = data_problem(
        data, [p.relative_to(data).as_posix() for p in tagger_data_files(data)],
        "pass --data pointing at the shared data folder (ud_hindi/ and hdtb_train_xpos/)",
    ) or (None if args.eval_only else out_problem(Path(args.out), "a folder to write the model into"))
    if problem:
        print(f"error: {problem}", file=sys.stderr)
        return 2

    import torch

    torch.set_num_threads(args.threads)
    split = load_tagger_split(args.data)
    out = Path(args.out)
    if not args.eval_only:
        torch.manual_seed(args.seed)
        dev = split["dev"]
        with tempfile.TemporaryDirectory(prefix="hb-stanza-") as tmp:
            workdir = Path(args.workdir) if args.workdir else Path(tmp)
            workdir.mkdir(parents=True, exist_ok=True)
            record = {}
            if args.part in ("all", "tagger"):
                record["tagger"] = train_tagger(
                    split["train"], dev, out, max_steps=args.max_steps, batch_size=args.batch_size,
                    eval_interval=args.eval_interval, device=args.device, seed=args.seed, workdir=workdir,
                )
            if args.part in ("all", "lemma"):
                cut = len(dev) - args.lemma_dev_size
                record["lemmatizer"] = train_lemmatizer(
                    dev[:cut], dev[cut:], out, epochs=args.epochs, device=args.device, seed=args.seed, workdir=workdir,
                )
        (out / RESOURCES).write_text(json.dumps(_stanza_resources(), indent=1) + "\n", encoding="utf-8")
        write_manifest(out, record)
        if not all((out / name).is_file() for name in (POS_FILE, LEMMA_FILE)):
            print(f"trained {args.part}; train the other part into {out}, then evaluate with --eval-only")
            return 0

    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    manifest["evaluation"] = evaluate(out, split)
    manifest["evaluation"]["cpu"] = platform.processor() or platform.machine()
    manifest["size_bytes"] = sum(f["bytes"] for f in manifest["files"].values())
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({"evaluation": manifest["evaluation"], "size_bytes": manifest["size_bytes"]}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
