"""Learning the lemmatiser (``hindi_brief.tagging.lemmatizer.Lemmatizer``) from treebank triples."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable, Sequence

from ..tagging.features import feature_form
from ..tagging.lemmatizer import DECLINED, KEEP_FORM, MAX_SUFFIX, VERBAL, Lemmatizer, apply_edit

__all__ = ["treebank_lemma", "lemma_is_slip", "learn_lemmatizer", "learn_context"]

#: Verb lemmas UD Hindi does not turn into infinitives.
_COPULA = frozenset({"है", "था", "चाहिए"})
#: The oblique plural ending of nouns and adjectives (``उद्योगों``, ``महिलाओं``): no citation form ends in it.
_OBLIQUE_PLURAL = "ों"
_NASAL_INFINITIVES = ("ंना", "ँना")


def lemma_is_slip(upos: str, lemma: str) -> bool:
    """A treebank lemma that keeps a noun's or adjective's oblique plural ending: HDTB v1.2 dev
    gives ``उद्योगों`` as its own lemma once, where its test split gives ``उद्योग`` four times, and
    learning it made an exception that kept every ``उद्योगों`` inflected. Such triples are left
    out, so the suffix rules lemmatise the form like its neighbours. Likewise a verb lemma made from a
    form with the plural's nasal (HDTB's auxiliary ``हों`` as its own stem, ``होंना``): no infinitive has one
    before its ``-ना``."""
    if upos in VERBAL:
        return lemma.endswith(_NASAL_INFINITIVES)
    return upos in DECLINED and lemma.endswith(_OBLIQUE_PLURAL)


def treebank_lemma(form: str, upos: str, lemma: str, *, verb_stems: bool = True) -> str:
    """Map a treebank lemma to the public convention.

    ``verb_stems=True`` for HDTB v1.2, whose verb lemmas are stems (``बना`` is the stem
    of ``बनाना``, so ``ना`` is always added); ``False`` for treebanks that already give
    infinitives (PUD), where only lemmas not ending in ``ना`` are completed.
    """
    if upos in KEEP_FORM:
        return form
    lemma = _spelled_like(feature_form(form), feature_form(lemma)) if lemma not in ("", "_") else feature_form(form)
    if upos in VERBAL and lemma not in _COPULA and (verb_stems or not lemma.endswith("ना")):
        return lemma + "ना"
    return lemma


_NUKTA = "\u093c"


def _spelled_like(form: str, lemma: str) -> str:
    """``lemma`` with the nukta spelling of ``form`` where they share a stem: HDTB often drops the
    nukta in lemmas (``पढ़ने`` -> ``पढ``), which would make the lemma of a word depend on it."""
    i = j = 0
    while i < len(form) and j < len(lemma):
        if form[i] == lemma[j]:
            i, j = i + 1, j + 1
        elif form[i] == _NUKTA:
            i += 1
        else:
            break
    if j and form[i:i + 1] == _NUKTA:
        i += 1
    return form[:i] + lemma[j:] if j else lemma


def _edit(form: str, lemma: str) -> tuple[int, str]:
    """(characters to strip from the end of ``form``, string to append) turning form into lemma."""
    n = 0
    for a, b in zip(form, lemma):
        if a != b:
            break
        n += 1
    return len(form) - n, lemma[n:]


def learn_lemmatizer(
    triples: Iterable[tuple[str, str, str]], *, min_support: int = 2, lexicon: Sequence[str] = ()
) -> Lemmatizer:
    """Learn from ``(form, upos, lemma)`` triples already in the public convention.

    ``lexicon`` is the word list the runtime's paradigm rule will consult (the tagger's
    training words); exceptions are stored only where rules plus paradigm go wrong.

    Rules are counted over distinct word types (so frequent function words do
    not dominate); a suffix gets a rule only when it has ``min_support`` types and
    its best edit differs from what the next-shorter suffix would do and has more
    types than that edit (a tie keeps the shorter suffix's answer).
    """
    by_pair: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for form, upos, lemma in triples:
        if upos in KEEP_FORM or lemma_is_slip(upos, lemma):
            continue
        by_pair[(upos, feature_form(form))][lemma] += 1
    best = {pair: max(sorted(c), key=c.__getitem__) for pair, c in by_pair.items()}

    counts: dict[str, Counter] = defaultdict(Counter)
    for (upos, form), lemma in best.items():
        strip, add = _edit(form, lemma)
        for k in range(strip, min(MAX_SUFFIX, len(form)) + 1):
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
        inherited = Lemmatizer({}, rules).rule_lemma(probe, upos)
        if suffix and inherited == apply_edit(probe, edit):
            continue
        # A longer suffix overrides the shorter one's answer only where its own edit has more support, not as
        # much: HDTB v1.2 dev's adjectives जाने, माने (-> जान, मान, of जाने-माने) against पुराने, घने (-> -ा) made
        # every unseen adjective in -ने lose its -े (अपने -> अपन, दीवाने -> दीवान).
        if suffix and inherited.startswith("#") and c.get(_edit(probe, inherited), 0) == c[edit]:
            continue
        rules[key] = edit

    lem = Lemmatizer({}, rules)
    lem.set_lexicon(lexicon)
    exceptions = {
        f"{upos}\t{form}": lemma
        for (upos, form), lemma in sorted(best.items())
        if lem.lemma(form, upos) != lemma
    }
    out = Lemmatizer(exceptions, rules)
    out.set_lexicon(lexicon)
    return out


def learn_context(
    quads: Iterable[tuple[str, str, str, str]], lemmatizer: Lemmatizer, *, min_support: int = 5, min_share: float = 0.8
) -> Lemmatizer:
    """Add next-tag context entries to ``lemmatizer`` from ``(form, upos, lemma, next upos)``.

    An entry is kept where, after ``(form, upos)`` and the next word's UPOS, one lemma has at
    least ``min_support`` tokens and ``min_share`` of them, and it differs from the lemma the
    context-free lemmatiser gives.
    """
    by_key: dict[str, Counter] = defaultdict(Counter)
    for form, upos, lemma, next_upos in quads:
        if upos in KEEP_FORM or lemma_is_slip(upos, lemma):
            continue
        by_key[f"{upos}\t{feature_form(form)}\t{next_upos}"][lemma] += 1
    context = {}
    for key, c in sorted(by_key.items()):
        lemma, n = max(sorted(c.items()), key=lambda kv: kv[1])
        upos, form, _ = key.split("\t")
        if n >= min_support and n >= min_share * sum(c.values()) and lemmatizer.lemma(form, upos) != lemma:
            context[key] = lemma
    out = Lemmatizer(lemmatizer.exceptions, lemmatizer.rules, context)
    out.set_lexicon(sorted(lemmatizer.lexicon))
    return out
