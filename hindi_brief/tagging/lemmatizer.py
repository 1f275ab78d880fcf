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

from collections import Counter, defaultdict
from typing import Iterable, Mapping, Sequence

from ..caching import cacheable
from .features import feature_form

__all__ = ["Lemmatizer", "KEEP_FORM", "treebank_lemma", "learn_lemmatizer"]

#: UPOS whose lemma is the token itself.
KEEP_FORM = frozenset({"PROPN", "NUM", "PUNCT", "SYM", "X"})

#: Verb lemmas UD Hindi does not turn into infinitives.
_COPULA = frozenset({"है", "था", "चाहिए"})

_MAX_SUFFIX = 5


def treebank_lemma(form: str, upos: str, lemma: str, *, verb_stems: bool = True) -> str:
    """Map a treebank lemma to the public convention.

    ``verb_stems=True`` for HDTB v1.2, whose verb lemmas are stems (``बना`` is the stem
    of ``बनाना``, so ``ना`` is always added); ``False`` for treebanks that already give
    infinitives (PUD), where only lemmas not ending in ``ना`` are completed.
    """
    if upos in KEEP_FORM:
        return form
    lemma = feature_form(lemma) if lemma not in ("", "_") else feature_form(form)
    if upos in ("VERB", "AUX") and lemma not in _COPULA and (verb_stems or not lemma.endswith("ना")):
        return lemma + "ना"
    return lemma


def _edit(form: str, lemma: str) -> tuple[int, str]:
    """(characters to strip from the end of ``form``, string to append) turning form into lemma."""
    n = 0
    for a, b in zip(form, lemma):
        if a != b:
            break
        n += 1
    return len(form) - n, lemma[n:]


def _apply(form: str, edit: Sequence) -> str:
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
        for k in range(min(_MAX_SUFFIX, len(form)), -1, -1):
            edit = self.rules.get(f"{upos}\t{form[len(form) - k:]}")
            if edit is not None and edit[0] <= k:
                return _apply(form, edit)
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


def learn_lemmatizer(
    triples: Iterable[tuple[str, str, str]], *, min_support: int = 2
) -> Lemmatizer:
    """Learn from ``(form, upos, lemma)`` triples already in the public convention.

    Rules are counted over distinct word types (so frequent function words do
    not dominate); a suffix gets a rule only when it has ``min_support`` types and
    its best edit differs from what the next-shorter suffix would do.
    """
    by_pair: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for form, upos, lemma in triples:
        if upos in KEEP_FORM:
            continue
        by_pair[(upos, feature_form(form))][lemma] += 1
    best = {pair: max(sorted(c), key=c.__getitem__) for pair, c in by_pair.items()}

    counts: dict[str, Counter] = defaultdict(Counter)
    for (upos, form), lemma in best.items():
        strip, add = _edit(form, lemma)
        for k in range(strip, min(_MAX_SUFFIX, len(form)) + 1):
            counts[f"{upos}\t{form[len(form) - k:]}"][(strip, add)] += 1

    rules: dict[str, tuple[int, str]] = {}
    # Shorter suffixes first so a longer one is kept only if it changes the answer.
    for key in sorted(counts, key=lambda k: (len(k), k)):
        c = counts[key]
        if sum(c.values()) < min_support and not key.endswith("\t"):
            continue
        edit = max(sorted(c), key=c.__getitem__)
        upos, suffix = key.split("\t")
        # "#" stands for the rest of the word, so edits that strip the whole suffix compare fairly.
        probe = "#" + suffix
        if suffix and Lemmatizer({}, rules).rule_lemma(probe, upos) == _apply(probe, edit):
            continue
        rules[key] = edit

    lem = Lemmatizer({}, rules)
    exceptions = {
        f"{upos}\t{form}": lemma
        for (upos, form), lemma in sorted(best.items())
        if lem.rule_lemma(form, upos) != lemma
    }
    return Lemmatizer(exceptions, rules)
