"""Dictionary-plus-suffix-rules lemmatiser learned from the treebank.

Public lemma conventions (the treebank's are mapped to these at training time):

* verbs and auxiliaries: the infinitive (``बढ़ाने`` -> ``बढ़ाना``; HDTB v1.2 has the
  stem ``बढ़ा``); the copula keeps ``है`` / ``था`` as in UD Hindi;
* nouns, adjectives, pronouns...: the direct singular (``मंत्रियों`` -> ``मंत्री``);
* proper nouns, numbers, punctuation, symbols and foreign words keep their form.

Known ``(form, UPOS)`` pairs use the lemma most frequent in training. Unseen nouns
ending in ``-ों`` or ``-े`` go through the paradigm rule of masculine ``-ा`` nouns
(``paradigm_lemma``), which asks the lexicon (the tagger's training words) whether
the bare stem is a word, and so do plurals whose ending does not show how the singular
ends (``युवतियों`` -> ``युवती``, ``शक्तियां`` -> ``शक्ति``, ``आलुओं`` -> ``आलू``, ``कुएं`` ->
``कुआं``) where the lexicon knows exactly one of the singulars it may come from; the rest use the
longest learned suffix rule for their UPOS (``ियों`` -> ``ी``, ``ने`` -> ``ना``). Unseen verb forms are read by
their ending after the stem it follows, or as an irregular verb's form, before the suffix rules
(``text.verb_forms``: ``करो`` -> ``करना``, ``बताएं`` -> ``बताना``, ``कीजिए`` -> ``करना``; the rules made ``करोना``,
``बताएंना``, ``कीजेना`` of them). A form
with a future-tense verb ending tagged NOUN or ADJ
(``रोकेंगे``) gets the verb rule's infinitive. A noun or adjective written as a hyphen compound that is
not in the dictionary is lemmatised part by part (``लाठी-डंडों`` -> ``लाठी-डंडा``, ``बच्चों-महिलाओं`` ->
``बच्चा-महिला``): the rules and the paradigm know its parts, not the compound, and read as one word it
came out a non-word (``लाठी-डंड``). Only dictionary entries the rules get wrong are stored.
A few forms also have a lemma that depends on the next word's tag (``lemma_before``):
HDTB's genitive ``के`` is ``का`` before a noun but stays ``के`` in ``के लिए``.
"""

from __future__ import annotations

import re
from typing import Mapping, Sequence

from ..caching import cacheable, cleared_with
from ..text.script import DEVANAGARI_LETTER
from ..text.verb_forms import verb_lemma
from .features import feature_form

__all__ = ["Lemmatizer", "DECLINED", "KEEP_FORM", "MAX_SUFFIX", "VERBAL", "apply_edit", "strip_nukta"]

#: UPOS whose lemma is the token itself.
KEEP_FORM = frozenset({"PROPN", "NUM", "PUNCT", "SYM", "X"})

#: The UPOS whose forms are read as verb forms (``verb_lemma``) and whose lemma is the infinitive.
VERBAL = frozenset({"VERB", "AUX"})

#: Longest suffix (in characters) a rule may match.
MAX_SUFFIX = 5

#: Future-tense verb endings: ``-ेगा``/``-ेगी``, ``-ेंगे``/``-ेंगी``, ``-एगा``/``-एगी``, ``-एंगे``/``-एंगी``,
#: ``-ोंगे``/``-ोंगी``. No noun or adjective of HDTB v1.2, its training split or PUD ends so; the
#: second-person ``-ोगे``/``-ोगी`` are left out, as ``-ोगी`` ends ``सहयोगी``, ``उपयोगी``. A form ending
#: so but tagged NOUN or ADJ is a verb the tagger missed, which the noun rule would make a
#: non-word (``रोकेंगे`` -> ``रोकेंगा``).
FUTURE_ENDINGS = ("ेगा", "ेगी", "ेंगे", "ेंगी", "एगा", "एगी", "एंगे", "एंगी", "ोंगे", "ोंगी")


def _is_future_verb(form: str) -> bool:
    """Does ``form`` end in a future-tense ending after a stem of two characters or more? (Shorter
    stems leave words such as ``मेगा`` alone; ``देगा`` tagged a noun keeps its form either way.)"""
    return any(form.endswith(e) and len(form) - len(e) >= 2 for e in FUTURE_ENDINGS)


_NUKTA = dict.fromkeys(map(ord, "\u093c"))
#: A hyphen between two parts of a compound, kept as written (ASCII, Unicode hyphen, non-breaking hyphen, en dash).
_COMPOUND_HYPHEN = re.compile("([-\u2010\u2011\u2013])")
#: The UPOS whose words decline for number and case (the compound and future-ending rules; training's
#: check on treebank lemmas that keep the oblique plural).
DECLINED = frozenset({"NOUN", "ADJ"})


def strip_nukta(form: str) -> str:
    """``form`` without nukta signs: spellings with and without nukta (``ज़िला``/``जिला``) meet."""
    return form.translate(_NUKTA)


def apply_edit(form: str, edit: Sequence) -> str:
    """Apply a ``(characters to strip, string to append)`` edit to ``form``."""
    strip, add = int(edit[0]), str(edit[1])
    if strip >= len(form):
        return form
    return form[: len(form) - strip] + add


#: Plural and oblique endings that do not show how the singular ends: in ``-ी`` or ``-ि`` (``युवतियों``,
#: ``शक्तियां``), in ``-ू``, ``-ु`` or ``-ुआ(ं)`` (``आलुओं``, ``वस्तुएं``, ``तेंदुओं``, ``कुएं``). Each ending -> the
#: endings its singular may have.
_AMBIGUOUS_PLURALS = {
    "ियों": ("ी", "ि"), "ियां": ("ी", "ि"), "ियाँ": ("ी", "ि"),
    "ुओं": ("ू", "ु", "ुआ", "ुआं"), "ुएं": ("ू", "ु", "ुआ", "ुआं"), "ुएँ": ("ू", "ु", "ुआ", "ुआँ"),
    "ुए": ("ुआ", "ुआं"),
}


#: The direct plural of a feminine noun in ``-ई`` after a vowel (``दवाई``, ``मिठाई``, ``ऊंचाई``, ``इकाई``): ``दवाइयां``,
#: written with the vowel letter ``इ``, where a noun in ``-ी`` writes the sign (``लड़कियां``). The oblique ``दवाइयों`` has a
#: learned rule (``-इयों`` -> ``-ई``); HDTB v1.2 dev, which the rules are learned from, has no direct plural of the kind,
#: so the form came out as its own lemma. No singular ends in the letter ``इ`` itself, so the ending alone decides; a
#: word in ``-इयां`` that is no plural is rare (``साइयां``, the Lord, of a saying, now reads ``साई``).
_VOWEL_LETTER_PLURALS = {"इयां": "ई", "इयाँ": "ई"}


def _known(word: str, lexicon: frozenset[str]) -> bool:
    """Is ``word`` in ``lexicon`` (nukta stripped), as written or with a chandrabindu written as an anusvara or the
    other way round (``कुआँ`` / ``कुआं``)?"""
    bare = strip_nukta(word)
    return (
        bare in lexicon
        or ("ँ" in bare and bare.replace("ँ", "ं") in lexicon)
        or ("ं" in bare and bare.replace("ं", "ँ") in lexicon)
    )


def _plural_lemma(form: str, lexicon: frozenset[str]) -> str | None:
    """The singular of a noun form in one of ``_AMBIGUOUS_PLURALS`` when exactly one of the singulars it may come
    from is a word of ``lexicon``: ``युवतियों`` -> ``युवती``, ``शक्तियां`` -> ``शक्ति``, ``आलुओं`` -> ``आलू``, ``कुएं`` ->
    ``कुआं``. A suffix rule gives one answer for every stem (``-तियों`` -> ``-ति`` made ``युवति``, ``हस्ति``; ``-ियां``
    -> ``-ी`` made ``शक्ती``, ``स्थिती``; ``कुएं`` came out ``कु``). ``None`` when several or none are words
    (``जाति`` / ``जाती``, a verb form): the suffix rules decide."""
    for ending, singular_endings in _AMBIGUOUS_PLURALS.items():
        if form.endswith(ending) and len(form) > len(ending):  # a stem of one letter too: कुएं, धुएं
            stem = form[: -len(ending)]
            known = [stem + e for e in singular_endings if _known(stem + e, lexicon)]
            return known[0] if len(known) == 1 else None
    return None


class Lemmatizer:
    """Lemmatise ``(token, UPOS)`` pairs with exceptions + suffix rules (see module doc)."""

    def __init__(
        self, exceptions: Mapping[str, str], rules: Mapping[str, Sequence], context: Mapping[str, str] | None = None
    ) -> None:
        # exceptions: "UPOS\tform" -> lemma; rules: "UPOS\tsuffix" -> [strip, add];
        # context: "UPOS\tform\tnext UPOS" -> lemma, for the few forms whose lemma depends on the next
        # word's tag (HDTB: genitive के is का before a noun, but stays के inside के लिए / के बाद).
        self.exceptions = dict(exceptions)
        self.context = dict(context or {})
        self.context_forms = frozenset(k.rsplit("\t", 1)[0] for k in self.context)
        self.context_words = frozenset(k.split("\t")[1] for k in self.context)
        self.rules = {k: (int(v[0]), str(v[1])) for k, v in rules.items()}
        self._cache: dict[tuple[str, str], str] = {}
        cleared_with(self.clear_cache)
        self.known_forms: frozenset[str] = frozenset()
        """Forms known to be normalised already (the tagger's training words): no need to normalise."""
        self.lexicon: frozenset[str] = frozenset()
        """Words known to exist, nukta stripped (``set_lexicon``); the paradigm rule asks it."""

    def set_lexicon(self, words: Sequence[str]) -> None:
        """Install the word list the paradigm rule consults (the tagger's training words)."""
        self.lexicon = frozenset(map(strip_nukta, words))
        self.clear_cache()  # lemmas found with the lexicon before

    def clear_cache(self) -> None:
        """Forget the lemmas found so far (``caching.clear_caches``)."""
        self._cache = {}

    def paradigm_lemma(self, form: str, upos: str) -> str | None:
        """The direct plural ``-इयां`` of a noun in ``-ई`` (``दवाइयां`` -> ``दवाई``: ``_VOWEL_LETTER_PLURALS``).
        Plurals whose ending does not show how the singular ends (``-ियों``, ``-ुओं``, ``-ुएं``...): the singular
        the lexicon knows (``_plural_lemma``).
        Masculine ``-ा`` nouns: oblique plural ``-ों`` and plural/oblique ``-े`` go back to ``-ा``
        (``ज़िलों``, ``ज़िले`` -> ``ज़िला``) when the stem is no word of its own but the ``-ा`` or
        ``-े`` form is; when the stem is a word, ``-ों`` is just the plural ending (``बातों`` ->
        ``बात``). ``None`` when the lexicon cannot tell (the suffix rules decide)."""
        if upos != "NOUN":
            return None
        for ending, singular_ending in _VOWEL_LETTER_PLURALS.items():
            if form.endswith(ending) and len(form) > len(ending) + 1:
                return form[: -len(ending)] + singular_ending
        if not self.lexicon:
            return None
        singular = _plural_lemma(form, self.lexicon)
        if singular is not None:
            return singular
        if form.endswith("ों") and len(form) > 3:
            stem = form[:-2]
        elif form.endswith("े") and len(form) > 2:
            stem = form[:-1]
        else:
            return None
        # Stems ending in a vowel sign or a vowel letter belong to other paradigms (-ियों, -ाओं).
        if not "\u0915" <= stem[-1] <= "\u0939" and stem[-1] != "\u093c":
            return None
        bare = strip_nukta(stem)
        if form.endswith("ों") and bare in self.lexicon:
            return stem
        if bare + "ा" in self.lexicon or (form.endswith("ों") and bare + "े" in self.lexicon):
            return stem + "ा"
        return None

    def rule_lemma(self, form: str, upos: str) -> str:
        for k in range(min(MAX_SUFFIX, len(form)), -1, -1):
            edit = self.rules.get(f"{upos}\t{form[len(form) - k:]}")
            if edit is not None and edit[0] <= k:
                return apply_edit(form, edit)
        return form

    def verb_lemma(self, form: str, upos: str) -> str:
        """A verb form the treebank does not hold: its irregular verb's lemma, else the infinitive by its ending
        (``text.verb_forms.verb_lemma``), else the learned suffix rules'."""
        return verb_lemma(form) or self.rule_lemma(form, upos)

    def lemma(self, token: str, upos: str) -> str:
        """The lemma of ``token`` tagged ``upos``."""
        if upos in KEEP_FORM:
            return token
        lemma = self._cache.get((token, upos))
        if lemma is None:
            form = self.known_or_normal(token)
            lemma = self.exceptions.get(f"{upos}\t{form}")
            if lemma is None and upos in DECLINED and _COMPOUND_HYPHEN.search(form) is not None:
                lemma = self._compound_lemma(form, upos)
            if lemma is None:
                if upos in DECLINED and _is_future_verb(form):
                    lemma = self.verb_lemma(form, "VERB")  # the infinitive, as for the verb it is
                elif upos in VERBAL:
                    lemma = self.verb_lemma(form, upos)
                else:
                    lemma = self.paradigm_lemma(form, upos) or self.rule_lemma(form, upos)
            if cacheable(token):
                if len(self._cache) >= 200_000:  # bounded; rebuilt on demand
                    self._cache = {}
                self._cache[(token, upos)] = lemma
        return lemma

    def _compound_lemma(self, form: str, upos: str) -> str | None:
        """A hyphen compound's parts, each lemmatised as a word of its own (a part in another script,
        ``दृश्य-FIR``, kept as written); ``None`` when a part is empty (a hyphen at either end, two
        hyphens together)."""
        pieces = _COMPOUND_HYPHEN.split(form)
        words = pieces[::2]
        if not all(words):
            return None
        pieces[::2] = [self.lemma(w, upos) if DEVANAGARI_LETTER.search(w) else w for w in words]
        return "".join(pieces)

    def known_or_normal(self, token: str) -> str:
        """The form lemmas are looked up by: ``token`` itself when it is a known (normalised) form."""
        return token if token in self.known_forms else feature_form(token)

    def lemma_before(self, token: str, upos: str, next_upos: str) -> str:
        """The lemma of ``token`` tagged ``upos`` when the next word is tagged ``next_upos``
        (``"</s>"`` at the end of a sentence)."""
        if self.context:
            key = f"{upos}\t{self.known_or_normal(token)}"
            if key in self.context_forms:
                found = self.context.get(f"{key}\t{next_upos}")
                if found is not None:
                    return found
        return self.lemma(token, upos)

    def to_json(self) -> dict:
        return {
            "context": dict(sorted(self.context.items())),
            "exceptions": dict(sorted(self.exceptions.items())),
            "rules": {k: [v[0], v[1]] for k, v in sorted(self.rules.items())},
        }
