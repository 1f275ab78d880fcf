"""The training commands' checks of their folders, made before any work.

Each problem is one line naming the option that fixes it (the command prints it and exits with
status 2, as argparse does for its own errors), not a traceback from deep inside a run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

__all__ = ["data_problem", "out_problem"]


def data_problem(data: Path, files: Iterable[str], hint: str) -> str | None:
    """What keeps ``data`` from being a data folder holding ``files`` (paths relative to it), with
    ``hint`` (how to pass the right one) after the problem; ``None``: nothing."""
    if not data.is_dir():
        return f"data folder {data} {'is not a folder' if data.exists() else 'does not exist'}; {hint}"
    missing = [name for name in files if not (data / name).is_file()]
    return f"data folder {data} lacks {', '.join(missing)}; {hint}" if missing else None


def out_problem(out: Path, what: str) -> str | None:
    """What keeps ``out`` from being the output folder ``what`` is written into (``None``: nothing)."""
    if out.exists() and not out.is_dir():
        return f"--out {out} is a file; pass --out {what}"
    return None
