"""The one small hierarchy of errors hindi_brief raises on purpose.

Every error a user can provoke with their input or their installation is a
``HindiBriefError``; catching that one class is enough to keep a batch going.
"""

from __future__ import annotations

__all__ = [
    "HindiBriefError",
    "InvalidInputError",
    "InvalidOptionError",
    "ModelError",
    "MissingDependencyError",
    "TaggerError",
    "WorkerError",
]


class HindiBriefError(Exception):
    """Base class of every error hindi_brief raises deliberately."""


class InvalidInputError(HindiBriefError, TypeError):
    """The text given to the pipeline is not usable (``None``, bytes, not a ``str``)."""


class InvalidOptionError(HindiBriefError, ValueError):
    """A keyword option has the wrong type or an out-of-range value."""


class ModelError(HindiBriefError, OSError):
    """A model file is missing, truncated or does not match its manifest."""


class MissingDependencyError(HindiBriefError, ImportError):
    """An optional extra (for example ``hindi-brief[stanza]``) is not installed."""


class TaggerError(HindiBriefError):
    """The tagger failed on a text: it raised (its own error is chained as ``__cause__``), or it
    returned what the ``Tagger`` protocol does not allow (not one row per sentence, not one
    ``(upos, lemma)`` pair per token). In a batch it is charged to that text alone."""


class WorkerError(HindiBriefError):
    """A worker process of ``pipe(n_process > 1)`` died or ran past ``timeout`` on one text, or the
    worker processes could not start (raised once, naming the cause)."""
