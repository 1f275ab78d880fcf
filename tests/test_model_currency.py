"""The shipped models were built from the shared data by this code (CI has the data; a user's clone skips).

A model trained on what the text layer makes of the data goes stale when the text layer changes: the
embedded tagger's word clusters and vocabularies are counted over the tokens of ILSUM val and the HDTB
training split. These checks repeat the counting part of the training command, which is exact (no
floating point), and name the command to rerun when the shipped model disagrees. (The fitted weights
are not compared: refitting takes minutes; models/README.md says what to rebuild, in order.)
"""

from __future__ import annotations

import json
from pathlib import Path

from hindi_brief.resources import models_dir
from hindi_brief.tagging.features import ATTRIBUTES, CLUSTER_ATTRIBUTES, feature_form
from hindi_brief.training.clusters import frequent_words, read_unlabelled
from hindi_brief.training.hdtb_train import load_tagger_split
from hindi_brief.training.tagger import build_vocabularies

RETRAIN = "python -m hindi_brief.training.tagger --data ../shared/data --out models/embedded --add-dev"


def test_embedded_tagger_vocabularies_are_those_of_the_training_data_at_this_code(data_dir: Path) -> None:
    config = json.loads((models_dir() / "embedded" / "tagger.json").read_text(encoding="utf-8"))
    split = load_tagger_split(data_dir)
    train = split["train"] + split["dev"]  # the shipped model is fitted with --add-dev

    # Word clusters: the frequent feature forms of ILSUM val's articles and the training sentences.
    sentences = read_unlabelled(data_dir / "ilsum_hi" / "ilsum2023_hi_val.csv")
    words = frequent_words(sentences + [[feature_form(w) for w in s.words] for s in train])
    shipped = config["clusters"]["words"]
    assert words == shipped, (
        f"cluster words differ ({sorted(set(words) ^ set(shipped))[:10]}): retrain with `{RETRAIN}`"
    )

    # The string attributes of the training words (form, affixes, shape), as the training command
    # builds them; the ambiguity classes and cluster ids come from fitting and are not compared.
    vocab = build_vocabularies(train, {}, set())
    values = {name: vocab[name] for name in ATTRIBUTES if name not in {"a", *CLUSTER_ATTRIBUTES}}
    for name, seen in values.items():
        assert seen == config["vocabularies"][name], f"vocabulary {name!r} differs: retrain with `{RETRAIN}`"
