"""The curated Hindi stopword list shipped with the package (``stopwords_hi.txt``).

Entries are stored NFC and compared on normalised forms (``Token.norm``), so both
nukta encodings of a word match. Public lists carry byte-order marks, trailing
spaces and misspellings and miss में/की/है; ``tests/test_stopwords.py`` guards ours.
"""

from __future__ import annotations

from importlib import resources

from .normalize import normalize

__all__ = ["STOPWORDS", "load_stopwords", "is_stopword"]


def load_stopwords() -> frozenset[str]:
    """Read the shipped list (comments and blank lines skipped) as normalised forms."""
    raw = resources.files(__package__).joinpath("stopwords_hi.txt").read_text(encoding="utf-8")
    words = (line.strip() for line in raw.splitlines())
    return frozenset(normalize(w) for w in words if w and not w.startswith("#"))


#: Normalised stopwords.
STOPWORDS: frozenset[str] = load_stopwords()


def is_stopword(norm: str) -> bool:
    """True when ``norm`` (a token's normalised form) is a Hindi function word."""
    return norm in STOPWORDS
