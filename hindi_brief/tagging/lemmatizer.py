"""Dictionary-plus-suffix-rules lemmatiser learned from the treebank.

Public lemma conventions (the treebank's are mapped to these at training time):

* verbs and auxiliaries: the infinitive (``बढ़ाने`` -> ``बढ़ाना``; HDTB v1.2 has the
  stem ``बढ़ा``); the copula keeps ``है`` / ``था`` as in UD Hindi;
* nouns, adjectives, pronouns...: the direct singular (``मंत्रियों`` -> ``मंत्री``);
* proper nouns, numbers, punctuation, symbols and foreign words keep their form.

Known ``(form, UPOS)`` pairs use the lemma most frequent in training; unseen ones
use the longest learned suffix rule for their UPOS (``ियों`` -> ``ी``, ``ने`` -> ``ना``).
Only dictionary entries the rules get wrong are stored.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from ..caching import cacheable
from .features import feature_form

__all__ = ["Lemmatizer", "KEEP_FORM", "MAX_SUFFIX", "apply_edit"]

#: UPOS whose lemma is the token itself.
KEEP_FORM = frozenset({"PROPN", "NUM", "PUNCT", "SYM", "X"})

#: Longest suffix (in characters) a rule may match.
MAX_SUFFIX = 5


def apply_edit(form: str, edit: Sequence) -> str:
    """Apply a ``(characters to strip, string to append)`` edit to ``form``."""
    strip, add = int(edit[0]), str(edit[1])
    if strip >= len(form):
        return form
    return form[: len(form) - strip] + add


class Lemmatizer:
    """Lemmatise ``(token, UPOS)`` pairs with exceptions + suffix rules (see module doc)."""

    def __init__(self, exceptions: Mapping[str, str], rules: Mapping[str, Sequence]) -> None:
        # exceptions: "UPOS\tform" -> lemma; rules: "UPOS\tsuffix" -> [strip, add]
        self.exceptions = dict(exceptions)
        self.rules = {k: (int(v[0]), str(v[1])) for k, v in rules.items()}
        self._cache: dict[tuple[str, str], str] = {}
        self.known_forms: frozenset[str] = frozenset()
        """Forms known to be normalised already (the tagger's training words): no need to normalise."""

    def rule_lemma(self, form: str, upos: str) -> str:
        for k in range(min(MAX_SUFFIX, len(form)), -1, -1):
            edit = self.rules.get(f"{upos}\t{form[len(form) - k:]}")
            if edit is not None and edit[0] <= k:
                return apply_edit(form, edit)
        return form

    def lemma(self, token: str, upos: str) -> str:
        """The lemma of ``token`` tagged ``upos``."""
        if upos in KEEP_FORM:
            return token
        lemma = self._cache.get((token, upos))
        if lemma is None:
            form = token if token in self.known_forms else feature_form(token)
            lemma = self.exceptions.get(f"{upos}\t{form}")
            if lemma is None:
                lemma = self.rule_lemma(form, upos)
            if cacheable(token):
                if len(self._cache) >= 200_000:  # bounded; rebuilt on demand
                    self._cache = {}
                self._cache[(token, upos)] = lemma
        return lemma

    def to_json(self) -> dict:
        return {
            "exceptions": dict(sorted(self.exceptions.items())),
            "rules": {k: [v[0], v[1]] for k, v in sorted(self.rules.items())},
        }
