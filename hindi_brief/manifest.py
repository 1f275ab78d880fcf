"""SHA-256 manifest of the shipped model files, and their verification on first load.

``models/MANIFEST.json`` lists every file under ``models/`` with its size and SHA-256.
``hindi_brief.resources.model_path`` calls ``verify`` the first time a model file or
folder is used (again only when a file's size or modification time changes), so a
truncated, altered or unlisted file gives a ``ModelError`` naming it and saying how
to restore it, before any loader reads it.

Regenerate the manifest after changing a model on purpose, and check it::

    python -m hindi_brief.training.manifest --write
    python -m hindi_brief.training.manifest            # check: exit 1 and list the bad files

A models folder chosen with ``$HINDI_BRIEF_MODELS`` that has no ``MANIFEST.json`` is
the user's own and is not verified.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path
from typing import Any

from .errors import ModelError

__all__ = ["MANIFEST", "FORMAT", "build_manifest", "write_manifest", "check_manifest", "load_manifest", "verify", "sha256"]

#: File name of the manifest inside the models folder.
MANIFEST = "MANIFEST.json"
FORMAT = "hindi_brief-manifest/1"
_RESTORE = (
    "Restore the shipped models with `git checkout -- models/` in a source checkout, or reinstall with "
    "`pip install --force-reinstall hindi-brief`; if you changed the models on purpose, run "
    "`python -m hindi_brief.training.manifest --write`."
)
_lock = threading.Lock()
_verified: dict[str, tuple[int, int]] = {}  # file -> (size, mtime_ns) when it last matched
_manifests: dict[str, tuple[int, dict[str, Any]]] = {}  # manifest path -> (mtime_ns, parsed)


def sha256(path: Path) -> str:
    """Hex SHA-256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _files(root: Path) -> list[Path]:
    """Every regular file under ``root`` except the manifest and hidden or cache files, sorted."""
    out = []
    for path in root.rglob("*"):
        rel = path.relative_to(root)
        if path.is_file() and rel.as_posix() != MANIFEST and not any(
            p.startswith(".") or p == "__pycache__" for p in rel.parts
        ):
            out.append(path)
    return sorted(out, key=lambda p: p.relative_to(root).as_posix())


def build_manifest(root: Path) -> dict[str, Any]:
    """The manifest of the folder ``root``: ``{"format", "files": {relative path: {"size", "sha256"}}}``."""
    files = {
        p.relative_to(root).as_posix(): {"size": p.stat().st_size, "sha256": sha256(p)} for p in _files(root)
    }
    return {"format": FORMAT, "files": files}


def write_manifest(root: Path) -> Path:
    """Write ``root/MANIFEST.json`` (sorted keys, one stable byte form) and return its path."""
    path = root / MANIFEST
    text = json.dumps(build_manifest(root), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    path.write_text(text, encoding="utf-8")
    return path


def check_manifest(root: Path) -> list[str]:
    """Problems of ``root`` against its manifest, one line each (empty when all is well)."""
    manifest = load_manifest(root)
    if manifest is None:
        return [f"{root / MANIFEST} is missing"]
    listed = manifest["files"]
    present = {p.relative_to(root).as_posix(): p for p in _files(root)}
    problems = [f"{root / rel}: listed in {MANIFEST} but missing" for rel in sorted(set(listed) - set(present))]
    problems += [f"{root / rel}: not listed in {MANIFEST}" for rel in sorted(set(present) - set(listed))]
    for rel in sorted(set(listed) & set(present)):
        problem = _mismatch(present[rel], listed[rel])
        if problem:
            problems.append(f"{present[rel]}: {problem}")
    return problems


def load_manifest(root: Path) -> dict[str, Any] | None:
    path = root / MANIFEST
    try:
        mtime = path.stat().st_mtime_ns
    except FileNotFoundError:
        return None
    key = str(path)
    cached = _manifests.get(key)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("files"), dict):
            raise ValueError(f"not a {FORMAT} manifest")
        for rel, entry in data["files"].items():
            if not _valid_entry(entry):
                raise ValueError(f"its entry for {rel!r} is not {{'size': int, 'sha256': 64 hex digits}}: {entry!r:.200}")
    except (ValueError, UnicodeDecodeError, OSError) as exc:  # OSError: e.g. a folder in its place
        raise ModelError(f"model manifest {path} is unreadable ({exc}). {_RESTORE}") from exc
    _manifests[key] = (mtime, data)
    return data


def _valid_entry(entry: object) -> bool:
    if not isinstance(entry, dict):
        return False
    size, digest = entry.get("size"), entry.get("sha256")
    return (
        isinstance(size, int) and not isinstance(size, bool) and size >= 0
        and isinstance(digest, str) and len(digest) == 64 and all(c in "0123456789abcdef" for c in digest)
    )


def _mismatch(path: Path, entry: dict[str, Any]) -> str | None:
    size = path.stat().st_size
    if size != entry["size"]:
        kind = "truncated" if size < entry["size"] else "altered"
        return f"{kind}: {size} bytes, the manifest says {entry['size']}"
    if sha256(path) != entry["sha256"]:
        return "altered: its SHA-256 differs from the manifest's"
    return None


def verify(path: Path, root: Path, *, required: bool) -> None:
    """Check the file or folder ``path`` (inside the models folder ``root``) against ``root``'s manifest.

    Raises ``ModelError`` naming the first bad file: missing, truncated, altered or not
    listed. Without a manifest it raises when ``required`` (the shipped models), else
    returns (a user's own models folder). Files already verified and unchanged since
    (same size and modification time) are not hashed again.
    """
    with _lock:
        manifest = load_manifest(root)
        if manifest is None:
            if required:
                raise ModelError(f"model manifest {root / MANIFEST} is missing. {_RESTORE}")
            return
        listed: dict[str, Any] = manifest["files"]
        rel = path.relative_to(root).as_posix() if path != root else ""
        if path.is_dir():
            prefix = "" if rel == "" else rel + "/"
            wanted = {r: e for r, e in listed.items() if r.startswith(prefix)}
            for extra in _files(path):
                name = extra.relative_to(root).as_posix()
                if name not in wanted:
                    raise ModelError(f"model file {extra} is not listed in {root / MANIFEST}. {_RESTORE}")
        elif rel in listed:
            wanted = {rel: listed[rel]}
        else:
            raise ModelError(f"model file {path} is not listed in {root / MANIFEST}. {_RESTORE}")
        for name, entry in sorted(wanted.items()):
            file = root / name
            try:
                stat = file.stat()
            except FileNotFoundError:
                raise ModelError(f"model file {file} is missing. {_RESTORE}") from None
            signature = (stat.st_size, stat.st_mtime_ns)
            if _verified.get(str(file)) == signature:
                continue
            problem = _mismatch(file, entry)
            if problem:
                raise ModelError(f"model file {file} is {problem}. {_RESTORE}")
            _verified[str(file)] = signature
