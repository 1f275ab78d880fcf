"""The one serialisation convention of every result object: ``to_dict()`` and ``to_json()``.

``to_dict()`` gives plain JSON-ready data (each class documents its keys);
``to_json(**kwargs)`` is ``json.dumps(to_dict())`` with Devanagari kept readable
(``ensure_ascii=False`` unless given). A keyword argument that the class's ``to_dict``
takes (``document=True`` of ``Brief``, ``tokens=False`` of ``Document``) goes to
``to_dict``, so the JSON can be anything the dict can; any other goes to ``json.dumps``.
"""

from __future__ import annotations

import inspect
import json
import re
from functools import lru_cache
from typing import Any

import numpy as np

from .errors import InvalidOptionError

__all__ = ["JSONMixin", "SURROGATE", "check_flag", "without_surrogates"]

#: A UTF-16 surrogate code point: alone in a str, it is no Unicode text.
SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate (half of an emoji a scraper cut) as U+FFFD, the replacement character: what a
    notebook page (UTF-8) and an Arrow-backed pandas string can hold. ``text`` itself where it has none."""
    return SURROGATE.sub("\ufffd", text) if SURROGATE.search(text) else text
#: What ``json.dumps`` takes besides the object (``cls`` may take more: then anything goes to it).
_DUMPS_OPTIONS = frozenset(
    name for name, p in inspect.signature(json.dumps).parameters.items() if p.kind is p.KEYWORD_ONLY
)


@lru_cache(maxsize=None)
def _dict_options(cls: type) -> frozenset[str]:
    """The keyword-only options of ``cls.to_dict``, which ``to_json`` hands on to it."""
    params = inspect.signature(cls.to_dict).parameters.values()
    return frozenset(p.name for p in params if p.kind is p.KEYWORD_ONLY)


def check_flag(name: str, value: object) -> bool:
    """``value`` if it is ``True`` or ``False``; else ``InvalidOptionError`` naming ``name`` (a ``to_dict`` flag given
    ``"no"`` or ``0`` acted on its truth)."""
    if not isinstance(value, (bool, np.bool_)):  # numpy's bool (from a data frame's cell) is a bool too
        raise InvalidOptionError(f"{name} must be True or False, got {value!r}")
    return bool(value)


class JSONMixin:
    """Adds ``to_json`` to a class that defines ``to_dict``."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def to_json(self, **kwargs: Any) -> str:
        """JSON of ``to_dict()``, Devanagari kept readable: keyword arguments ``to_dict`` takes go
        to it (``brief.to_json(document=True)``), the others to ``json.dumps`` (``indent=2``)."""
        names = _dict_options(type(self))
        options = {name: kwargs.pop(name) for name in list(kwargs) if name in names}
        unknown = sorted(set(kwargs) - _DUMPS_OPTIONS)
        if unknown and "cls" not in kwargs:
            raise InvalidOptionError(
                f"{type(self).__name__}.to_json() got unknown option(s) {', '.join(map(repr, unknown))}; it takes "
                f"those of to_dict ({', '.join(sorted(names)) or 'none'}) and of json.dumps "
                f"({', '.join(sorted(_DUMPS_OPTIONS))})"
            )
        kwargs.setdefault("ensure_ascii", False)
        text = json.dumps(self.to_dict(**options), **kwargs)
        if not kwargs["ensure_ascii"] and SURROGATE.search(text):
            # A lone surrogate the input held (the API takes such strings) written as itself made text no
            # UTF-8 file or terminal could take; escaped, it is valid JSON (which reads a high and a low
            # surrogate escaped side by side back as the one character they encode).
            text = SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
        return text
