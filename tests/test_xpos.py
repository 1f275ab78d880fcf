"""XPOS -> UPOS conversion of the HDTB training split (hindi_brief.training.xpos, hdtb_train)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hindi_brief.training.conllu import TreebankSentence
from hindi_brief.training.xpos import XposConverter, fold_xpos


def _sent(pairs: str) -> TreebankSentence:
    """'word/XPOS/UPOS ...' -> a treebank sentence."""
    words, xpos, upos = zip(*(p.split("/") for p in pairs.split()))
    n = len(words)
    return TreebankSentence(tuple(words), tuple(upos), ("_",) * n, tuple(xpos), ("_",) * n)


LEARN = [
    _sent("उन्होंने/PRP/PRON कहा/VM/VERB कि/CC/SCONJ राम/NNP/PROPN और/CC/CCONJ श्याम/NNPC/PROPN आए/VM/VERB"),
    _sent("चुनाव/NN/NOUN के/PSP/ADP बाद/NST/ADP सरकार/NN/NOUN बनी/VM/VERB"),
    _sent("चुनाव/NN/NOUN के/PSP/ADP बाद/NST/ADP नेता/NN/NOUN आए/VM/VERB"),
    _sent("बाद/NST/ADV में/PSP/ADP वह/PRP/PRON आया/VM/VERB"),
    _sent("बाद/NST/ADV में/PSP/ADP कुछ/QF/DET लोग/NN/NOUN आए/VM/VERB"),
    _sent("सीता/NNP/PROPN और/CC/CCONJ गीता/NNP/PROPN ने/PSP/ADP कहा/VM/VERB कि/CC/SCONJ कुछ/QF/DET नहीं/NEG/PART"),
]


def test_compound_tags_fold_like_the_training_split() -> None:
    assert [fold_xpos(x) for x in ("NNPC", "NNC", "JJC", "CC", "QCC", "NN", "VM")] == [
        "NNP", "NN", "JJ", "CC", "QCC", "NN", "VM"
    ]


def test_ambiguous_tags_resolved_by_word_and_context() -> None:
    conv = XposConverter.learn(LEARN)
    assert conv.ambiguous == {"CC", "NST"}
    words = ("मोहन", "ने", "कहा", "कि", "राम", "और", "श्याम", "के", "बाद", "आए")
    xpos = ("NNP", "PSP", "VM", "CC", "NNP", "CC", "NNPC", "PSP", "NST", "VM")
    assert conv.convert(words, xpos) == (
        "PROPN", "ADP", "VERB", "SCONJ", "PROPN", "CCONJ", "PROPN", "ADP", "ADP", "VERB"
    )
    # बाद at the start of a sentence, not after के: the adverb.
    assert conv.convert(("बाद", "में", "गए"), ("NST", "PSP", "VM")) == ("ADV", "ADP", "VERB")


def test_unknown_xpos_becomes_x() -> None:
    conv = XposConverter.learn(LEARN)
    assert conv.convert(("अरे",), ("INJ",)) == ("X",)


def test_conversion_accuracy_on_hdtb_test(data_dir: Path) -> None:
    """Learned on v1.2 dev only, scored on v1.2 test as if its UPOS were unknown."""
    from hindi_brief.training.conllu import HDTB_DEV, HDTB_TEST, read_conllu
    from hindi_brief.training.xpos import accuracy

    conv = XposConverter.learn(read_conllu(data_dir / "ud_hindi" / HDTB_DEV))
    acc, acc_ambiguous, n = accuracy(conv, read_conllu(data_dir / "ud_hindi" / HDTB_TEST))
    assert acc >= 0.995 and acc_ambiguous >= 0.93 and n > 2000


def test_training_split_reads_and_converts(data_dir: Path) -> None:
    from hindi_brief.training.hdtb_train import load_tagger_split

    split = load_tagger_split(data_dir)
    train = split["train"]
    assert len(train) == 13_291 and sum(len(s.words) for s in train) == 281_005
    assert all(len(s.upos) == len(s.words) for s in train)
    dev_words = {s.words for s in split["dev"]} | {s.words for s in split["test"]}
    assert not any(s.words in dev_words for s in train)


def test_bad_tsv_line_is_reported(tmp_path: Path) -> None:
    from hindi_brief.training.hdtb_train import read_xpos_tsv

    path = tmp_path / "bad.tsv"
    path.write_text("1\tराम\tNNP\n2\tआया\n", encoding="utf-8")
    with pytest.raises(ValueError, match="आया"):
        list(read_xpos_tsv(path))
