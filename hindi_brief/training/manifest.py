"""``python -m hindi_brief.training.manifest [--write] [--models DIR]``: check or rewrite ``models/MANIFEST.json``.

Run ``--write`` after retraining a model on purpose; without it the command
checks every shipped file and lists the bad ones (exit 1).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Sequence

from ..manifest import MANIFEST, check_manifest, load_manifest, write_manifest
from ..resources import models_dir

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m hindi_brief.training.manifest [--write] [--models DIR]``: check (default) or rewrite the manifest."""
    parser = argparse.ArgumentParser(prog="python -m hindi_brief.training.manifest", description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"rewrite {MANIFEST} from the files present")
    parser.add_argument("--models", help="models folder (default: the one hindi_brief uses)")
    args = parser.parse_args(argv)
    root = Path(args.models) if args.models else models_dir()
    if args.write:
        path = write_manifest(root)
        print(f"wrote {path} ({len(json.loads(path.read_text(encoding='utf-8'))['files'])} files)")
        return 0
    problems = check_manifest(root)
    for line in problems:
        print(line)
    if not problems:
        print(f"{root}: all {len(load_manifest(root)['files'])} model files match {MANIFEST}")  # type: ignore[index]
    return 1 if problems else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
