"""``python -m hindi_brief.training.manifest [--write] [--models DIR]``: check or rewrite ``models/MANIFEST.json``.

Run ``--write`` after retraining a model on purpose; without it the command
checks every shipped file and lists the bad ones (exit 1).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from ..errors import ModelError
from ..manifest import MANIFEST, check_manifest, load_manifest, write_manifest
from ..resources import models_dir

__all__ = ["main"]


def _write(root: Path) -> int:
    """Rewrite ``root``'s manifest (a damaged one included: this is its fix)."""
    try:
        path = write_manifest(root)
    except OSError as exc:  # e.g. a read-only install, or a folder named MANIFEST.json
        print(f"error: cannot write {root / MANIFEST} ({exc.strerror}); pass --models a models folder you may write to", file=sys.stderr)
        return 2
    print(f"wrote {path} ({len(json.loads(path.read_text(encoding='utf-8'))['files'])} files)")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m hindi_brief.training.manifest [--write] [--models DIR]``: check (default) or rewrite the manifest."""
    parser = argparse.ArgumentParser(prog="python -m hindi_brief.training.manifest", description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"rewrite {MANIFEST} from the files present")
    parser.add_argument("--models", help="models folder (default: the one hindi_brief uses)")
    args = parser.parse_args(argv)
    root = Path(args.models) if args.models else models_dir()
    if not root.is_dir():
        # Checking said "MANIFEST.json is missing" and writing printed a traceback: name the folder instead.
        state = "is not a folder" if root.exists() else "does not exist"
        print(f"error: models folder {root} {state}; pass --models pointing at a models folder", file=sys.stderr)
        return 2
    if args.write:
        return _write(root)
    try:
        problems = check_manifest(root)
    except ModelError as exc:  # a damaged manifest is a finding of the check, as a missing one is (status 1)
        problems = [str(exc)]
    for line in problems:
        print(line)
    if not problems:
        print(f"{root}: all {len(load_manifest(root)['files'])} model files match {MANIFEST}")  # type: ignore[index]
    return 1 if problems else 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
