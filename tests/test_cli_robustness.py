"""The hindi-brief command on awkward inputs, outputs and signals (found by a CLI review)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hindi_brief.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def seed_text() -> str:
    return next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")


def test_a_json_line_that_is_not_an_object_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text('"राम ने दिल्ली में भाषण दिया"\n[1, 2]\n', encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(rows), "--tagger", "none")
    assert code == 1 and out == ""
    assert "rows.jsonl:1: a JSON line must be an object, got a string" in err
    assert "rows.jsonl:2: a JSON line must be an object, got an array" in err
    assert "भाषण" not in err  # the string is not taken for an error message
