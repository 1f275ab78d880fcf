"""Hindi verb forms read without a treebank: the regular paradigm by endings, and the irregular verbs' forms.

The lemmatiser (``hindi_brief.tagging.lemmatizer``) reads a verb form its treebank does not hold with these, and the
keyword candidates (``hindi_brief.rank.keywords``) with them tell a verb form the tagger took for a name or a noun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import groups

__all__ = ["IMPERATIVE_ENDINGS", "VERB_ENDINGS", "irregular_verbs", "regular_verb_lemma", "verb_lemma"]

#: Verb endings by the stem they follow (``verb_lemma``): after any stem, the infinitive, the imperfective
#: participle and the conjunctive (``बताने``, ``देखती``, ``जाकर``); after a stem that ends in a consonant (``देख-``,
#: ``पढ़-``), the perfective, the subjunctive, the imperative and the future (``देखीं``, ``देखें``, ``देखो``,
#: ``देखिए``, ``देखूं``, ``देखेंगी``; not ``देखा``, below); after one that ends in a long vowel (``बता-``, ``जा-``, ``हो-``), the same with
#: their vowel-initial spellings (``बताईं``, ``बताएं``, ``बताओ``, ``बताइए``, ``बताऊं``, ``बताएंगी``). HDTB's news prose
#: holds few imperatives, subjunctives and feminine plurals, so the learned suffix rules made non-words of them
#: (``करो`` -> ``करोना``, ``बताएं`` -> ``बताएंना``, ``सोचिए`` -> ``सोचेना``, ``आईं`` -> ``आईंना``) or another word
#: (``छिपे`` -> ``छिपा``). Where an ending is ambiguous the commoner reading is taken, as the learned rules take it:
#: ``-तीं`` is the imperfective's (``करतीं``), which a stem ending in ``त`` loses (``जीतीं`` -> ``जीना``).
#: Each ending with ``ं`` is also read with ``ँ``. A consonant stem's ``-ा`` is left to the learned rules: it is the
#: perfective (``भेजा``) or, in a compound verb, a causative's bare stem (``हटा दिया``, ``लौटा दिया``), which
#: the treebank tells by the stem's last consonant.
_ANY_STEM_ENDINGS = ("ना", "ने", "नी", "ता", "ती", "ते", "तीं", "कर")
_CONSONANT_STEM_ENDINGS = (
    "ी", "े", "ीं", "ें", "ो", "ूं", "िए", "िये", "िएगा", "िएगी", "ियेगा", "ियेगी",
    "ूंगा", "ूंगी", "ेगा", "ेगी", "ेंगे", "ेंगी", "ोगे", "ोगी",
    "ुं", "ुंगा", "ुंगी",  # web spellings with a short vowel: करुंगा
)
_VOWEL_STEM_ENDINGS = (
    "या", "यी", "ये", "ई", "ए", "ईं", "यीं", "एं", "यें", "ओ", "इए", "इये", "इएगा", "इएगी", "इयेगा", "इयेगी",
    "ऊं", "ऊंगा", "ऊंगी", "एगा", "एगी", "एंगे", "एंगी", "ओगे", "ओगी", "येगा", "येगी", "येंगे", "येंगी",
    "उं", "उंगा", "उंगी",  # जाउंगी
)


#: The imperative's endings, polite and familiar (``देखिए``, ``बताइए``, ``देखिएगा``, ``देखो``, ``बताओ``): the verb forms a
#: news-trained tagger most often takes for a name or a noun (``जानिए``, ``पढ़िए`` open web headlines).
IMPERATIVE_ENDINGS = ("िए", "िये", "इए", "इये", "िएगा", "ियेगा", "इएगा", "इयेगा", "ो", "ओ")


def _with_chandrabindu(endings: tuple[str, ...]) -> tuple[str, ...]:
    return endings + tuple(e.replace("ं", "ँ") for e in endings if "ं" in e)


#: Each ending -> the kind of stem it follows; a form's longest ending alone is read.
VERB_ENDINGS: dict[str, str] = {
    **{e: "any" for e in _ANY_STEM_ENDINGS},
    **{e: "consonant" for e in _with_chandrabindu(_CONSONANT_STEM_ENDINGS)},
    **{e: "vowel" for e in _with_chandrabindu(_VOWEL_STEM_ENDINGS)},
}
_LONGEST_VERB_ENDING = max(map(len, VERB_ENDINGS))
_DEVANAGARI_CONSONANT = re.compile("[\u0915-\u0939\u0958-\u095f]\u093c?$")
_DEVANAGARI_ONLY = re.compile("[\u0900-\u0963\u0971-\u097f]+$")  # letters and signs, no danda or digit
#: Vowel signs no verb stem ends in: a stem that seems to (``दि-या``, ``हु-ईं``) is an irregular verb's.
_SHORT_VOWEL_SIGNS = "िुृ"


def _stem_fits(stem: str, kind: str) -> bool:
    """May ``stem`` take an ending of ``kind`` (``VERB_ENDINGS``)? A stem of one letter is an irregular verb's
    (``द-ो``, ``ल-ूं``), save ``आ-`` (``आएं``, ``आओ``)."""
    if stem == "आ":
        return kind != "consonant"
    if len(stem) < 2 or not _DEVANAGARI_ONLY.match(stem) or stem[-1] in _SHORT_VOWEL_SIGNS:
        return False
    if kind == "consonant":
        return _DEVANAGARI_CONSONANT.search(stem) is not None
    if kind == "vowel":
        return stem[-1] in "ाोू"
    return True


def regular_verb_lemma(form: str) -> str | None:
    """The infinitive of a verb form by its longest ending in ``VERB_ENDINGS`` (``सोचिए`` -> ``सोचना``, ``बताएं`` ->
    ``बताना``, ``रखे`` -> ``रखना``); ``None`` where that ending's stem cannot take it (``दो``, ``गईं``: irregular, or
    no verb)."""
    for k in range(min(_LONGEST_VERB_ENDING, len(form) - 1), 0, -1):
        kind = VERB_ENDINGS.get(form[-k:])
        if kind is not None:
            stem = form[:-k]
            return stem + "ना" if _stem_fits(stem, kind) else None
    return None


@lru_cache(maxsize=1)
def irregular_verbs() -> dict[str, str]:
    """Form -> lemma of ``lexicon/irregular_verbs.txt`` (a lemma is its own form: ``चाहिए``)."""
    return {form: line[0] for line in groups("irregular_verbs") for form in line}


def verb_lemma(form: str) -> str | None:
    """The infinitive of ``form`` read as a verb form: its irregular verb's (``irregular_verbs``), else by its ending
    (``regular_verb_lemma``); ``None`` where neither reads it."""
    return irregular_verbs().get(form) or regular_verb_lemma(form)
