"""Read UD CoNLL-U treebanks and define the project's one train / held-out split.

The split is fixed here so that every model (embedded tagger, Stanza model,
document frequencies) and every report uses the same sentences:

* **train**: all of HDTB v1.2 dev (1,659 sentences) plus the first half of
  HDTB v1.2 test (sentences 0–841): 2,501 sentences.
* **held-out**: the second half of HDTB v1.2 test (sentences 842–1,683):
  842 sentences. Contiguous, so no article is split across train and held-out.
* **pud**: all 1,000 sentences of Hindi PUD, out-of-domain, never trained on.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

__all__ = ["TreebankSentence", "read_conllu", "load_split", "HDTB_DEV", "HDTB_TEST", "PUD_TEST"]

HDTB_DEV = "hi_hdtb-v1.2-dev.conllu"
HDTB_TEST = "hi_hdtb-v1.2-test.conllu"
PUD_TEST = "hi_pud-ud-test.conllu"

# HDTB v1.2 predates UD v2: map its tags to today's names.
_UPOS_V1_TO_V2 = {"CONJ": "CCONJ"}


@dataclass(frozen=True, slots=True)
class TreebankSentence:
    words: tuple[str, ...]
    upos: tuple[str, ...]
    lemmas: tuple[str, ...]
    xpos: tuple[str, ...]
    feats: tuple[str, ...]
    text: str | None = None
    """The ``# text`` comment when the treebank has one (PUD does, HDTB v1.2 does not)."""
    doc_id: str | None = None
    """The current ``# newdoc id`` (PUD only)."""
    space_after: tuple[bool, ...] = ()
    heads: tuple[int, ...] = ()
    """Each word's head (1-based word number, 0 for the root)."""
    deprels: tuple[str, ...] = ()


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def read_conllu(path: str | Path) -> Iterator[TreebankSentence]:
    """Yield the sentences of a CoNLL-U file (multi-word token lines and empty nodes skipped)."""
    words: list[str] = []
    upos: list[str] = []
    lemmas: list[str] = []
    xpos: list[str] = []
    feats: list[str] = []
    space: list[bool] = []
    heads: list[int] = []
    deprels: list[str] = []
    text: str | None = None
    doc_id: str | None = None
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if words:
                    yield TreebankSentence(
                        tuple(words), tuple(upos), tuple(lemmas), tuple(xpos), tuple(feats),
                        text, doc_id, tuple(space), tuple(heads), tuple(deprels),
                    )
                words, upos, lemmas, xpos, feats, space, heads, deprels, text = [], [], [], [], [], [], [], [], None
                continue
            if line.startswith("#"):
                key, _, value = line[1:].partition("=")
                key = key.strip()
                if key == "text":
                    text = _nfc(value.strip())
                elif key == "newdoc id":
                    doc_id = value.strip()
                continue
            cols = line.split("\t")
            if len(cols) != 10 or "-" in cols[0] or "." in cols[0]:
                continue
            words.append(_nfc(cols[1]))
            lemmas.append(_nfc(cols[2]))
            upos.append(_UPOS_V1_TO_V2.get(cols[3], cols[3]))
            xpos.append(cols[4])
            feats.append(cols[5])
            space.append("SpaceAfter=No" not in cols[9])
            heads.append(int(cols[6]) if cols[6].isdigit() else 0)
            deprels.append(cols[7])
    if words:
        yield TreebankSentence(
            tuple(words), tuple(upos), tuple(lemmas), tuple(xpos), tuple(feats), text, doc_id, tuple(space),
            tuple(heads), tuple(deprels),
        )


def load_split(data_dir: str | Path) -> dict[str, list[TreebankSentence]]:
    """Return ``{"train": [...], "heldout": [...], "pud": [...]}`` from ``data_dir`` (``shared/data/ud_hindi``)."""
    data_dir = Path(data_dir)
    missing = [n for n in (HDTB_DEV, HDTB_TEST, PUD_TEST) if not (data_dir / n).is_file()]
    if missing:
        raise FileNotFoundError(
            f"{data_dir} lacks {', '.join(missing)}; point --data at the folder holding the UD Hindi treebanks"
        )
    dev = list(read_conllu(data_dir / HDTB_DEV))
    test = list(read_conllu(data_dir / HDTB_TEST))
    half = len(test) // 2
    return {"train": dev + test[:half], "heldout": test[half:], "pud": list(read_conllu(data_dir / PUD_TEST))}
