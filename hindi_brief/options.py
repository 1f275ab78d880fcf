"""Validation of keyword options, shared by every public entry point.

One place decides what a valid count, number or choice is and how a bad one is
reported, so ``Pipeline``, the ranking, story briefs, the Stanza backend and the
evaluation all say it the same way. Counts and numbers come back as plain
``int`` and ``float``: a ``numpy.int64`` read from a DataFrame, a ``numpy.float32``
or a ``Fraction`` is as good as the Python number it stands for, and no numpy
scalar travels on into the results or to worker processes.
"""

from __future__ import annotations

import math
import numbers
from typing import Sequence

import numpy as np

from .errors import InvalidOptionError

__all__ = ["check_int", "check_real", "check_choice", "is_missing"]


def is_missing(value: object) -> bool:
    """Whether ``value`` is ``None`` or a missing value from a data frame: a float NaN (a numpy
    float too), ``pd.NA``, ``pd.NaT`` or a numpy NaT. A missing text and a missing date are read
    alike (``pd.NaT`` is a ``datetime`` whose ``date()`` is NaT again, so it must be caught first)."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True
    if isinstance(value, (float, np.floating)):
        return math.isnan(value)
    if isinstance(value, np.datetime64):
        return bool(np.isnat(value))
    return False


def check_int(name: str, value: object, *, minimum: int = 1) -> int:
    """``value`` as a plain ``int`` if it is an integer (any ``numbers.Integral``, ``numpy.int64``
    too) >= ``minimum``, else ``InvalidOptionError``. A bool is refused (``True`` is no count),
    and so is a float, even ``2.0``: a count given as a float is more often a mistake."""
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise InvalidOptionError(f"{name} must be an int >= {minimum}, got {type(value).__name__} {value!r}")
    if value < minimum:
        raise InvalidOptionError(f"{name} must be an int >= {minimum}, got {value!r}")
    return int(value)


def check_real(name: str, value: object, *, high: float | None = None, what: str | None = None) -> float:
    """``value`` as a plain ``float`` if it is a finite real number (any ``numbers.Real``:
    ``numpy.float32``, ``Fraction``, an int) above 0 and at most ``high`` (no upper bound when
    ``None``), else ``InvalidOptionError`` saying ``name must be <what>`` (by default the range).
    A bool is refused: ``True`` is no ratio."""
    what = what or (f"a number in (0, {high:g}]" if high is not None else "a number > 0")
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise InvalidOptionError(f"{name} must be {what}, got {type(value).__name__} {value!r}")
    try:
        number = float(value)
    except OverflowError:  # an int or Fraction beyond any float
        number = math.inf
    if not math.isfinite(number) or number <= 0 or (high is not None and number > high):
        raise InvalidOptionError(f"{name} must be {what}, got {value!r}")
    return number


def check_choice(name: str, value: object, choices: Sequence[str]) -> str:
    """``value`` if it is one of ``choices``, else ``InvalidOptionError`` listing them."""
    if not isinstance(value, str) or value not in choices:
        raise InvalidOptionError(f"{name} must be one of {', '.join(map(repr, choices))}, got {value!r}")
    return value
