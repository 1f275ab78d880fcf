"""The form a keyphrase is shown in (``rank.keywords``): the direct-case form the text uses, the lemma phrase where
it has none, genitive pairs agreeing with their head."""

from __future__ import annotations

import unicodedata
from collections import Counter

import regex

from ...doc import Document
from ...text.clean import blanked
from ...text.normalize import join_vowel_parts, normalize
from ...text.sentences import LETTER_NAMES
from ..weights import load_df
from .vocabulary import _HYPHEN_CLASS, _HYPHENS, _INITIAL_STOPS, _Candidate, _hyphen_key
from .spellings import _loose_spelling, _phrase_key, as_read

_FEMININE_GENITIVE = normalize("की")


# Zero-width (non-)joiners, spaces, soft hyphens and direction marks a source may carry inside a word: a reader (and a
# search box) expects the keyword without them (``spellings.as_read``); the offsets still point at the source.


def shown_text(doc: Document) -> str:
    """``doc.text`` with every removed span (``Document.removed``: an inline tag, an entity, an agency's credit inside a
    sentence) blanked with spaces, so that a keyword said across one is shown without it (``नरेंद्र</b> मोदी``,
    ``नरेंद्र&nbsp;मोदी``, ``नरेंद्र (एएनआई) मोदी`` -> ``नरेंद्र मोदी``); the offsets are those of ``doc.text``."""
    return blanked(doc.text, [(r.start, r.end) for r in doc.removed]) if doc.removed else doc.text


#: A hyphen with spaces beside it inside a compound ("भारत - अमेरिका"): the base form closes them up.
_SPACED_HYPHEN = regex.compile(r"(?<=\S) *(" + _HYPHEN_CLASS + r") *(?=\S)")


def _display(c: _Candidate, text: str) -> tuple[str, tuple[str, ...]]:
    """The keyword's base form and its surface variants (most frequent first, ties in text order).

    Base form: the most frequent surface form whose normalised words equal the lemma phrase up to spelling
    (``_loose_spelling``: the lemma tables write ``स्वतन्त्रता``, ``माँ`` where the text writes ``स्वतंत्रता``, ``मां``)
    (the direct-case singular: ``संबंध``, not ``संबंधों``; a compound's hyphen without spaces beside it:
    ``भारत-अमेरिका`` for ``भारत - अमेरिका``); else, for a common phrase, the most
    frequent form whose last word (the head noun) is in its lemma form, else that form with its
    head replaced by the lemma (``रक्षा संबंधों`` -> ``रक्षा संबंध``), in both cases with a masculine
    adjective before the head in agreement (``नए स्ट्रेन`` -> ``नया स्ट्रेन``, ``नए मामले`` -> ``नया मामला``;
    ``नई नीतियों`` -> ``नई नीति``, ``नई दिल्ली`` stays: ``_direct_form``; where the head is written in its lemma
    form, only an adjective known to decline, so ``ग्रे चेक`` is not made ``ग्रा चेक``); of a common phrase's forms
    only the phrase's own count, as many words or its words run together (``_writes_phrase``), not an acronym made
    one with it; a name is shown as most
    often written, save an acronym in Latin capitals, shown as the name it stands for (``_base_form``).
    """
    # Each form as written is cleaned once, however often it is said (in the order first said: first seen wins ties).
    surfaces: Counter = Counter()
    for form, n in Counter([text[a:b] for a, b in sorted(c.offsets)]).items():
        surfaces[as_read(form)] += n
    if len(surfaces) > 1:
        # A nukta letter typed precomposed (U+0958) or as letter and sign, and a vowel typed in two parts
        # (``सड़काें`` for ``सड़कों``: ``join_vowel_parts``), are one spelling to a reader: the forms equal under
        # NFC with their vowels joined are one variant, written as the text writes it most, a form with a
        # vowel in two parts only where the text never types the vowel whole.
        written, surfaces, shown = surfaces, Counter(), {}
        for form, n in sorted(written.items(), key=lambda item: (join_vowel_parts(item[0]) != item[0], -item[1])):
            surfaces[shown.setdefault(join_vowel_parts(unicodedata.normalize("NFC", form)), form)] += n
    variants = tuple(sorted(surfaces, key=lambda s: -surfaces[s]))  # stable: first seen wins ties
    if c.genitive and c.title:  # a title is shown as the heading writes it ("अजंता की गुफाएँ")
        a, b = min(c.offsets)
        return as_read(text[a:b]), variants
    form = _base_form(c, variants)
    return (_SPACED_HYPHEN.sub(r"\1", form) if not _HYPHENS.isdisjoint(form) else form), variants


_STOPS_AS_SPACES = dict.fromkeys(map(ord, _INITIAL_STOPS), " ")


def _base_form(c: _Candidate, variants: tuple[str, ...]) -> str:
    """``_display``'s base form, before its compounds' hyphens are closed up."""
    if variants[0].isascii() and variants[0].isupper() and " " not in variants[0]:
        # An acronym written more often than the name it stands for ("IPL", "इंडियन प्रीमियर लीग (IPL)":
        # ``_defined_acronyms``, ``_spelled_out_acronyms``): the name is shown, the acronym stays a variant.
        # Not the acronym spelled by its letters' names ("बी जे पी" for "BJP", merged by ``_one_script``).
        spelled = tuple(v for v in variants if not v.isascii() and " " in v and not all(w in LETTER_NAMES for w in normalize(v).split()))
        if spelled:
            variants = spelled + tuple(v for v in variants if v not in spelled)
    if variants[0].isascii() or c.quoted:  # a name in Latin letters more often than in Devanagari (``_one_script``);
        return variants[0]  # a title as written
    if c.genitive:
        return _genitive_form(c, variants)
    lemma = " ".join(c.key)
    # Compared up to spelling: the lemma tables spell "स्वतन्त्रता", "माँ" where the text writes "स्वतंत्रता", "मां".
    lemma_key = _phrase_key(c.key, _loose_spelling)
    for s in variants:
        # A full stop inside a phrase is an initial's ("के.सिवन": ``_dotted_initials``), a word boundary.
        if _phrase_key(_hyphen_key(normalize(s)).replace(" - ", "-").translate(_STOPS_AS_SPACES).split(), _loose_spelling) == lemma_key:
            return s
    if c.proper or c.as_written:
        return variants[0]
    # The phrase's own forms, not an acronym made one with it and said more often ("एमएसपी" beside "न्यूनतम समर्थन
    # मूल्यों"), whose last word is no head: the head alone was shown ("मूल्य"). A form with words written together
    # opens with the phrase's first word ("सहप्रभारी सचिव" of "सह प्रभारी सचिव": ``_one_spacing``).
    variants = tuple(v for v in variants if _writes_phrase(v, c.key)) or variants
    head = c.key[-1]
    s = _lemma_headed(variants, head)
    if s is not None:
        # The head is in its lemma form, its modifiers maybe not: "नए स्ट्रेन" (new strains) is "नया स्ट्रेन".
        # The form is written as it stands, so a word is changed only where it surely declines.
        words_ = s.split()
        return " ".join(_agreeing(words_[:-1], c.key, declines_only=True) + words_[-1:])
    if len(c.key) == 1 or "-" in head:
        return lemma
    return " ".join(_agreeing(variants[0].split()[:-1], c.key) + [head])


def _writes_phrase(form: str, key: tuple[str, ...]) -> bool:
    """Is ``form`` the phrase ``key`` written out (as many words, or its words run together from the first), not an
    acronym of it (``_base_form``)?"""
    words_ = _SPACED_HYPHEN.sub(r"\1", form).split()
    return len(words_) == len(key) or (bool(words_) and normalize(words_[0]).startswith(key[0]))


def _genitive_form(c: _Candidate, variants: tuple[str, ...]) -> str:
    """``X का/की Y``: the first noun as most often written (it stands before a postposition, so oblique:
    ``किसानों की आत्महत्या``), the head in its direct singular, and the postposition agreeing with it:
    ``की`` where the text ever writes ``की`` before it (a feminine head), else ``का``."""
    first = variants[0].split()[0]
    feminine = any(normalize(v.split()[1]) == _FEMININE_GENITIVE for v in variants if len(v.split()) == 3)
    headed = _lemma_headed(variants, c.key[-1])
    return " ".join((first, "की" if feminine else "का", c.key[-1] if headed is None else headed.split()[-1]))


def _lemma_headed(variants: tuple[str, ...], head: str) -> str | None:
    """The first of ``variants`` whose last word is ``head`` (a lemma) up to spelling (``_loose_spelling``), if any."""
    head_key = _phrase_key((head,), _loose_spelling)
    return next((v for v in variants if _phrase_key(normalize(v.split()[-1]).split(), _loose_spelling) == head_key), None)


def _agreeing(modifiers: list[str], key: tuple[str, ...], *, declines_only: bool = False) -> list[str]:
    """The words before a phrase's head noun, as written, each in agreement with the head shown in the direct
    singular (``_direct_form``) where they are the words of ``key`` before its head, one for one."""
    if len(modifiers) != len(key) - 1:
        return modifiers
    return [_direct_form(w, k, declines_only=declines_only) for w, k in zip(modifiers, key)]


def _direct_form(word: str, lemma: str, *, declines_only: bool = False) -> str:
    """A modifier agreeing with a head noun now shown in the direct singular: a masculine
    adjective in its oblique or plural form goes back to its ``-ा`` form (``नए`` -> ``नया``,
    ``बड़े`` -> ``बड़ा``, so ``नए मामले`` is shown ``नया मामला``, not ``नए मामला``); any other
    word keeps its form (``नई नीतियों`` -> ``नई नीति``: the feminine form agrees already).

    With ``declines_only`` (the head is written in its lemma form, so the phrase as written may stand), only
    an adjective known to decline goes back: its ``-ा`` or feminine ``-ी`` form is a written word of the
    shipped document frequencies' forms (``नया``/``नयी``, ``निचली``), so a loanword in ``-े`` that the
    lemmatiser's rule reads as one (``ग्रे``, grey, -> ``ग्रा``; ``बर्थडे`` -> ``बर्थडा``) keeps its form."""
    norm = normalize(word)
    if (norm.endswith("े") and lemma == norm[:-1] + "ा") or (norm.endswith("ए") and lemma == norm[:-1] + "या"):
        if not declines_only:
            return lemma
        forms = load_df("norm").df
        if lemma in forms or lemma[:-1] + "ी" in forms:
            return lemma
    return word
