"""Optional dependencies: import one, or say which extra installs it."""

from __future__ import annotations

import importlib
from typing import Any

from .errors import MissingDependencyError

__all__ = ["require"]


def require(module: str, extra: str, *, what: str = "this") -> Any:
    """Import ``module`` or raise ``MissingDependencyError`` naming ``pip install 'hindi-brief[extra]'``."""
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingDependencyError(
            f"{what} needs {module.split('.')[0]} ({exc}): pip install 'hindi-brief[{extra}]'"
        ) from exc
