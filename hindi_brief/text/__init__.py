"""The text layer: clean, normalise, split into sentences, tokenise. Offsets always point into the original text."""

from .clean import CleanResult, clean
from .normalize import normalize
from .sentences import split_sentences
from .stopwords import STOPWORDS, is_stopword
from .tokens import tokenize

__all__ = ["CleanResult", "clean", "normalize", "split_sentences", "tokenize", "STOPWORDS", "is_stopword"]
