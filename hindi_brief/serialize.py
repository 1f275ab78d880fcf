"""The one serialisation convention of every result object: ``to_dict()`` and ``to_json()``.

``to_dict()`` gives plain JSON-ready data (each class documents its keys);
``to_json(**kwargs)`` is ``json.dumps(to_dict())`` with Devanagari kept readable
(``ensure_ascii=False`` unless given) and any other ``json.dumps`` argument passed on.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["JSONMixin"]


class JSONMixin:
    """Adds ``to_json`` to a class that defines ``to_dict``."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def to_json(self, **kwargs: Any) -> str:
        """JSON of ``to_dict()`` (Devanagari kept readable; ``json.dumps`` keyword arguments accepted)."""
        kwargs.setdefault("ensure_ascii", False)
        return json.dumps(self.to_dict(), **kwargs)
