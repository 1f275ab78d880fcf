"""Sentence-boundary F1 against UD Hindi PUD (needs the shared data; CI has it)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_pud_boundary_f1(data_dir: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "sentence_boundaries.py"), "--data", str(data_dir / "ud_hindi"), "--json"],
        check=True, capture_output=True, text=True,
    ).stdout
    rows = {r["variant"]: r for r in json.loads(out)}
    assert rows["clean"]["boundaries"] > 500
    assert rows["clean"]["f1"] >= 0.99
    assert rows["web"]["f1"] >= 0.98
