"""Where the shipped models live, in a wheel and in a source checkout."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Callable, TypeVar

from .errors import ModelError
from .manifest import MANIFEST, verify

__all__ = ["models_dir", "model_path", "load_model"]

_PACKAGE = Path(__file__).resolve().parent


def models_dir() -> Path:
    """The folder holding the shipped models.

    Order: ``$HINDI_BRIEF_MODELS`` if set (``ModelError`` when it is no folder); ``hindi_brief/models`` inside an
    installed wheel (the build copies the repository's ``models/`` there);
    the repository's ``models/`` for a source checkout or editable install.
    """
    env = os.environ.get("HINDI_BRIEF_MODELS")
    if env:
        # Set, it is the folder: a mistyped one read the shipped models instead, silently, where the user meant
        # models of their own.
        if not Path(env).is_dir():
            what = "not a folder" if Path(env).exists() else "a folder that does not exist"
            raise ModelError(
                f"HINDI_BRIEF_MODELS={env} is {what}; point it at a models folder, or unset it to use the shipped models"
            )
        return Path(env)
    candidates = [_PACKAGE / "models", _PACKAGE.parent / "models"]
    for path in candidates:
        if path.is_dir():
            return path
    raise ModelError(
        "hindi_brief cannot find its models folder (looked in "
        + ", ".join(str(p) for p in candidates)
        + "). Reinstall the package with `pip install --force-reinstall hindi-brief`, "
        "or set HINDI_BRIEF_MODELS to a folder holding the models."
    )


def model_path(*parts: str) -> Path:
    """Path of a file or folder under ``models_dir()``, verified against ``models/MANIFEST.json``.

    Raises ``ModelError`` naming the file when it is absent, or (checked the first time it
    is used, see ``hindi_brief.manifest``) truncated, altered or not listed in the manifest.
    """
    root = models_dir()
    path = root.joinpath(*parts)
    if not path.exists():
        raise ModelError(
            f"model file {path} is missing. Restore it with `git checkout -- models/` in a source "
            "checkout, or reinstall with `pip install --force-reinstall hindi-brief`."
        )
    # The shipped models must have their manifest; a folder of the user's own (set with
    # $HINDI_BRIEF_MODELS) is verified only when it carries one.
    verify(path, root, required=not os.environ.get("HINDI_BRIEF_MODELS"))
    return path


T = TypeVar("T")
# (parts, read, $HINDI_BRIEF_MODELS) -> (file, its manifest, their signatures when verified and read, value)
_LOADED: dict[tuple[tuple[str, ...], Callable[..., object], str | None], tuple[str, str, tuple[int, int] | None, tuple[int, int] | None, object]] = {}
_LOADED_LOCK = threading.Lock()


#: What a reader may raise on a damaged file (JSON, missing keys, wrong types, absurd numbers).
_DAMAGED = (OSError, ValueError, KeyError, TypeError, AttributeError, ArithmeticError)


def load_model(parts: tuple[str, ...], read: Callable[[Path], T], *, what: str, rebuild: str) -> T:
    """``read(model_path(*parts))`` for the model file ``parts`` names, kept: read again only when
    the file or its manifest changes (size or modification time) or another models folder is in use.

    What ``read`` raises on a damaged file becomes a ``ModelError`` naming the file, ``what``
    it is and the fixes, ``rebuild`` (the command that makes it again) among them.
    """
    key = (parts, read, os.environ.get("HINDI_BRIEF_MODELS"))
    known = _LOADED.get(key)
    # A brief asks for the same few files several times: two stats tell whether the file and
    # its manifest are unchanged since they were verified and read (the full look-up, folder
    # search and manifest check included, costs about ten).
    if known is not None and (_signature(known[0]), _signature(known[1])) == known[2:4]:
        return known[4]  # type: ignore[return-value]
    path = model_path(*parts)
    manifest = str(path.parents[len(parts) - 1] / MANIFEST)
    state = (str(path), manifest, _signature(str(path)), _signature(manifest))
    with _LOADED_LOCK:
        known = _LOADED.get(key)
        if known is not None and known[:4] == state:  # another thread read it meanwhile
            return known[4]  # type: ignore[return-value]
        try:
            value = read(path)
        except _DAMAGED as exc:
            raise ModelError(
                f"{what} file {path} is damaged ({exc}). Restore it with `git checkout -- models/{parts[0]}/` "
                f"in a source checkout, rebuild it with `{rebuild}`, or reinstall with "
                "`pip install --force-reinstall hindi-brief`."
            ) from exc
        _LOADED[key] = (*state, value)
    return value


def _signature(name: str) -> tuple[int, int] | None:
    try:
        stat = os.stat(name)
    except OSError:
        return None
    return (stat.st_size, stat.st_mtime_ns)
