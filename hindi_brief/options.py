"""Validation of keyword options, shared by every public entry point.

One place decides what a valid count or choice is and how a bad one is
reported, so ``Pipeline``, the ranking, story briefs, the Stanza backend and the
evaluation all say it the same way.
"""

from __future__ import annotations

from typing import Sequence

from .errors import InvalidOptionError

__all__ = ["check_int", "check_choice"]


def check_int(name: str, value: object, *, minimum: int = 1) -> int:
    """``value`` if it is an ``int`` >= ``minimum`` (bools refused), else ``InvalidOptionError``."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidOptionError(f"{name} must be an int >= {minimum}, got {type(value).__name__} {value!r}")
    if value < minimum:
        raise InvalidOptionError(f"{name} must be an int >= {minimum}, got {value!r}")
    return value


def check_choice(name: str, value: object, choices: Sequence[str]) -> str:
    """``value`` if it is one of ``choices``, else ``InvalidOptionError`` listing them."""
    if not isinstance(value, str) or value not in choices:
        raise InvalidOptionError(f"{name} must be one of {', '.join(map(repr, choices))}, got {value!r}")
    return value
