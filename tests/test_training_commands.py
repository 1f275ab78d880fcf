"""The training commands on a wrong path or option: one line naming what is wrong and the option
that fixes it, and status 2 (argparse's), never a traceback. Only their checks run here: each case
fails before any training starts."""

from __future__ import annotations

from pathlib import Path

from hindi_brief.training.hdtb_train import tagger_data_files
from hindi_brief.training.tagger import main as tagger_main


def _unlabelled(path: Path, header: str = "Id,Article") -> Path:
    path.write_text(f"{header}\n1,पहला लेख।\n", encoding="utf-8")
    return path


def _tagger_data(root: Path) -> Path:
    """A data folder with every file the tagger command checks for (empty: they are never read here)."""
    for file in tagger_data_files(root):
        file.parent.mkdir(parents=True, exist_ok=True)
        file.touch()
    return root


def test_the_tagger_command_names_a_missing_data_folder(tmp_path, capsys):
    # It blamed --unlabelled (inside the missing --data); given --unlabelled, it printed a traceback.
    unlabelled = _unlabelled(tmp_path / "articles.csv")
    out = tmp_path / "out"
    for extra in ([], ["--unlabelled", str(unlabelled)]):
        assert tagger_main(["--data", str(tmp_path / "missing"), "--out", str(out), *extra]) == 2
        err = capsys.readouterr().err
        assert "does not exist" in err and "--data" in err and "--unlabelled" not in err
        assert err.count("\n") == 1 and not out.exists()


def test_the_tagger_command_names_the_files_its_data_folder_lacks(tmp_path, capsys):
    data = _tagger_data(tmp_path / "data")
    (data / "hdtb_train_xpos" / "hi_hdtb_train_xpos.tsv").unlink()
    unlabelled = _unlabelled(tmp_path / "articles.csv")
    assert tagger_main(["--data", str(data), "--unlabelled", str(unlabelled), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "lacks hdtb_train_xpos/hi_hdtb_train_xpos.tsv;" in err and "--data" in err


def test_the_tagger_command_refuses_unlabelled_text_without_articles(tmp_path, capsys):
    # read_unlabelled reads such a file as no text at all: the clusters would come from the treebank alone.
    unlabelled = _unlabelled(tmp_path / "articles.csv", "Id,Text")
    data = _tagger_data(tmp_path / "data")
    assert tagger_main(["--data", str(data), "--unlabelled", str(unlabelled), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "no Article column" in err and "--unlabelled" in err


def test_the_tagger_card_needs_a_trained_model_folder(tmp_path, capsys):
    assert tagger_main(["--card-only", "--out", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "metrics.json" in err and "--out" in err and not (tmp_path / "README.md").exists()
