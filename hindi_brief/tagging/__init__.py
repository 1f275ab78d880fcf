"""Taggers that fill ``Token.pos`` and ``Token.lemma``.

``load_tagger(name, **options)`` builds a tagger by name:

* ``"embedded"`` (default): the fast numpy tagger and lemmatiser shipped in ``models/``.
* ``"stanza"``: Stanza's neural tagger (needs ``pip install 'hindi-brief[stanza]'``);
  official Stanza Hindi models from Stanza's resources directory when present,
  else the small Stanza model shipped in ``models/``.
* ``"none"``: no tagging (tokens keep ``pos=None``; lemmas fall back to normalised forms).
"""

from __future__ import annotations

import inspect
from typing import Any

from ..errors import InvalidOptionError
from .base import UPOS_TAGS, Columns, Tagger, tagged_columns

__all__ = ["Tagger", "UPOS_TAGS", "Columns", "TAGGERS", "check_tagger_options", "load_tagger", "tagged_columns"]

#: Names accepted by ``load_tagger`` and ``Pipeline(tagger=...)``.
TAGGERS = ("embedded", "stanza", "none")


def _tagger_class(name: str) -> type | None:
    """The class of the tagger called ``name`` (``None`` for ``"none"``); ``InvalidOptionError`` for another name.
    Importing it loads no model (Stanza itself is imported when a tagger is built)."""
    if name == "embedded":
        from .embedded import EmbeddedTagger

        return EmbeddedTagger
    if name == "stanza":
        from .stanza_backend import StanzaTagger

        return StanzaTagger
    if name == "none":
        return None
    raise InvalidOptionError(f"unknown tagger {name!r}; choose one of {', '.join(TAGGERS)}")


def check_tagger_options(name: str, options: dict[str, Any]) -> type | None:
    """The class of the tagger ``name``, once ``options`` are known to be arguments it takes (their names and
    number, not their values); ``InvalidOptionError`` otherwise, as ``load_tagger`` raises. A driver checks them
    before its workers build the tagger."""
    cls = _tagger_class(name)
    if cls is None:
        if options:
            raise InvalidOptionError(f"tagger 'none' takes no options, got {sorted(options)}")
        return None
    try:
        inspect.signature(cls).bind(**options)
    except TypeError as exc:
        accepted = [p for p in inspect.signature(cls).parameters if p != "self"]
        raise InvalidOptionError(
            f"tagger_options for tagger {name!r}: {exc}; it takes {', '.join(accepted) or 'no options'}"
        ) from None
    return cls


def load_tagger(name: str = "embedded", **options: Any) -> Tagger | None:
    """Build the tagger called ``name`` (one of ``TAGGERS``); ``"none"`` returns ``None``."""
    cls = check_tagger_options(name, options)
    return None if cls is None else cls(**options)
