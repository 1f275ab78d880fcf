"""The curated Hindi stopword list shipped with the package (``lexicon/stopwords.txt``).

Entries are stored NFC and compared on normalised forms (``Token.norm``), so both
nukta encodings of a word match. Public lists carry byte-order marks, trailing
spaces and misspellings and miss में/की/है; ``tests/test_stopwords.py`` guards ours.
"""

from __future__ import annotations

from .lexicon import words

__all__ = ["STOPWORDS", "REPORTING_VERBS", "load_stopwords", "is_stopword"]


def load_stopwords() -> frozenset[str]:
    """The shipped list as normalised forms (``lexicon.words("stopwords")``)."""
    return words("stopwords")


#: Normalised stopwords.
STOPWORDS: frozenset[str] = load_stopwords()


#: Forms of say / tell / ask / write that report speech ("नेता बोले- ...", "उन्होंने कहा: ...").
#: Not stopwords (a summary may need them), but never part of a place dateline or a keyphrase,
#: even when a tagger calls them nouns or names in a headline ("सोनम खान बोलीं").
REPORTING_VERBS: frozenset[str] = words("reporting_verbs")


def is_stopword(norm: str) -> bool:
    """True when ``norm`` (a token's normalised form) is a Hindi function word."""
    return norm in STOPWORDS
