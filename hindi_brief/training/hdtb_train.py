"""The tagger's data split: the HDTB training split (XPOS converted to UPOS) to train on,
HDTB v1.2 dev to tune on, HDTB v1.2 test and Hindi PUD held out.

* **train**: ``shared/data/hdtb_train_xpos/hi_hdtb_train_xpos.tsv`` (13,291 sentences, words
  and XPOS only, disjoint from the v1.2 files), UPOS from ``xpos.XposConverter`` learned on
  v1.2 dev; no lemmas (``"_"``).
* **dev**: HDTB v1.2 dev (1,659 sentences, gold UPOS and lemmas): hyper-parameters, the XPOS
  conversion and the lemmatiser are learned or chosen here.
* **test**: HDTB v1.2 test (1,684 sentences): never trained or tuned on.
* **pud**: Hindi PUD (1,000 sentences): never trained or tuned on.

The other models keep ``conllu.load_split`` (v1.2 dev + half of test / the other half).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Iterator

from .conllu import HDTB_DEV, HDTB_TEST, PUD_TEST, TreebankSentence, read_conllu
from .xpos import XposConverter

__all__ = ["TRAIN_XPOS", "read_xpos_tsv", "tagger_data_files", "load_tagger_split"]

TRAIN_XPOS = Path("hdtb_train_xpos") / "hi_hdtb_train_xpos.tsv"


def read_xpos_tsv(path: str | Path) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Yield ``(words, xpos)`` per sentence of an ``ID<TAB>FORM<TAB>XPOS`` file (``#`` lines skipped)."""
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if words:
                    yield tuple(words), tuple(tags)
                words, tags = [], []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 3:
                raise ValueError(f"{path}: expected ID, FORM and XPOS separated by tabs, got {line!r}")
            words.append(unicodedata.normalize("NFC", cols[1]))
            tags.append(cols[2])
    if words:
        yield tuple(words), tuple(tags)


def tagger_data_files(data_root: str | Path) -> list[Path]:
    """The files under ``data_root`` that ``load_tagger_split`` reads (the training command checks
    them before any work)."""
    root = Path(data_root)
    ud = root / "ud_hindi"
    return [ud / HDTB_DEV, ud / HDTB_TEST, ud / PUD_TEST, root / TRAIN_XPOS]


def load_tagger_split(data_root: str | Path) -> dict[str, list[TreebankSentence]]:
    """``{"train", "dev", "test", "pud"}`` from ``data_root`` (``shared/data``: ``ud_hindi/`` and
    ``hdtb_train_xpos/``)."""
    root = Path(data_root)
    ud = root / "ud_hindi"
    missing = [str(p) for p in tagger_data_files(root) if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"missing {', '.join(missing)}; point --data at the shared data folder")
    dev = list(read_conllu(ud / HDTB_DEV))
    converter = XposConverter.learn(dev)
    train = []
    for words, xpos in read_xpos_tsv(root / TRAIN_XPOS):
        train.append(TreebankSentence(words, converter.convert(words, xpos), ("_",) * len(words), xpos, ("_",) * len(words)))
    return {"train": train, "dev": dev, "test": list(read_conllu(ud / HDTB_TEST)), "pud": list(read_conllu(ud / PUD_TEST))}
