"""Word lists in one place: one UTF-8 ``.txt`` file per list in this folder, read by ``words`` / ``groups``.

File format: one entry per line; ``#`` starts a comment (whole line or rest of line);
blank lines are skipped; a byte-order mark is ignored; entries are normalised with
``hindi_brief.text.normalize.normalize`` (NFC, one nukta encoding, the indic-nlp
normaliser), so they compare equal to ``Token.norm``. A line may hold several
space-separated spellings of one entry (``groups`` keeps them together, in file order).

Lists (``LISTS``): ``stopwords`` (function words), ``reporting_verbs`` (say / tell / ask /
write), ``speech_dateline_verbs`` (verbs that never occur in a place dateline besides the
reporting verbs), ``months`` (one month per line, January first), ``days`` (day names),
``relative_time`` (today, yesterday, this week...), ``generic_nouns`` (person and
quantity nouns that say nothing alone), ``titles`` (designations inside names), ``callings`` (callings
before a person's name in encyclopedic text, ``इतिहासकार``, ``शिष्य``), ``title_abbreviations``
(offices written as initials before a name, ``पीएम``, ``सीएम``: never keyphrase words),
``honorifics``, ``visarga_words`` (adverbs and a number word ending in a visarga, each with
its spelling when the visarga is typed as a colon: ``अतः``/``अत:``), ``news_agencies`` (agencies as copy
credits them, ``पीटीआई-भाषा``, ``ANI``: never keyword words), ``news_outlets`` (outlets that interview people for
their own stories, ``बीबीसी``: a name said only as the one told something is no keyword), ``ordinals`` (one line per
number, the first to the tenth), ``cardinals`` (one line per number, one to ten, as words: ``दो``, ``पांच``),
``scale_words`` (``सौ``, ``हजार``, ``लाख``, ``करोड़``, ``अरब``, from the smallest), ``manner_nouns`` (nouns that make an adverb with से or पर:
``रूप``, ``तौर``, ``तरह``), ``eras`` (era markers written after a year, ``ईस्वी``, and the year word before one, ``सन्``),
``light_verb_nouns`` (the first parts of conjunct verbs, ``शुरू``, ``प्रदान``), ``conjunct_nouns`` (nouns that
are such a first part more often than not, ``पता``, ``घोषणा``), ``light_verbs`` (the verbs conjunct verbs
are made with, ``कर``, ``दे``), ``number_words``
(``दो``, ``हजार``), ``non_nominal_words`` (words almost never tagged a noun: ``जारी``, ``मिली``) and
``unit_nouns`` (nouns a number counts: ``रुपया``, ``फीसदी``) and ``standalone_places`` (places: names written with
no other name beside them and followed by में or से: ``भारत``, ``पंजाब``) and ``common_nouns`` (words HDTB writes as
common nouns, ``नीति``, ``दिवस``, not ``सिंह``) and ``nominal_words`` (words HDTB knows as common nouns or
adjectives, ``कवि``, ``कप्तान``, not ``अली``) and ``number_bound`` (adjectives a number makes: ``दिवसीय``, ``वर्षीय``)
and ``quantifiers`` (``कई``, ``अधिक``, ``कुल``: no keyphrase words)
and ``noun_taking_adjectives`` (adjectives that take the noun before them: ``स्थित``, ``नामक``),
all eleven written from HDTB by
``python -m hindi_brief.training.word_lists``, which also writes ``gradable_adjectives`` (adjectives of degree, graded
by ``सबसे`` or ``बहुत`` in ILSUM val and HDTB: ``बड़ा``, ``प्रसिद्ध``), and by hand ``measure_units`` (units of measure that HDTB has too
few of for ``unit_nouns``: ``किमी``, ``किलो``, ``लीटर``) and ``short_form_heads`` (the heads of names Hindi
shortens to their words' first syllables: ``पार्टी``, ``दल``, ``प्रदेश``) and
``english_function_words`` (``ऑफ``, ``एंड``, ``फॉर`` inside English names: never at a keyphrase's ends) and
``irregular_verbs`` (a verb's lemma, then the forms the lemmatiser's verb endings (``text.verb_forms``) cannot read: ``देना दो ... दीजिए``)
and ``lunar_months``, ``lunar_days``, ``lunar_full_and_new_moon``, ``lunar_fortnights``, ``lunar_date_words`` (the
Hindu calendar's months, days of the fortnight, full and new moon, its two halves and the nouns that make a date of
them, ``पक्ष``, ``तिथि``: a lunar date is no keyword).
``tests/test_lexicon.py`` checks every file.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

import regex

from ..normalize import normalize, spelling_key

__all__ = ["LISTS", "groups", "words", "spelling_keys", "parse", "month_names", "month_pattern"]

LISTS = (
    "stopwords",
    "reporting_verbs",
    "speech_dateline_verbs",
    "months",
    "days",
    "relative_time",
    "generic_nouns",
    "titles",
    "callings",
    "title_abbreviations",
    "latin_non_names",
    "honorifics",
    "visarga_words",
    "news_agencies",
    "news_outlets",
    "ordinals",
    "cardinals",
    "scale_words",
    "manner_nouns",
    "eras",
    "light_verb_nouns",
    "conjunct_nouns",
    "light_verbs",
    "number_words",
    "english_function_words",
    "non_nominal_words",
    "unit_nouns",
    "measure_units",
    "standalone_places",
    "short_form_heads",
    "common_nouns",
    "nominal_words",
    "number_bound",
    "quantifiers",
    "gradable_adjectives",
    "noun_taking_adjectives",
    "irregular_verbs",
    "lunar_months",
    "lunar_days",
    "lunar_date_words",
    "lunar_fortnights",
    "lunar_full_and_new_moon",
)


@lru_cache(maxsize=None)
def _entries(name: str) -> tuple[tuple[str, ...], ...]:
    """The lines of list ``name`` as written (NFC), comments and blank lines left out."""
    if name not in LISTS:
        raise ValueError(f"no word list {name!r}; lists are {', '.join(LISTS)}")
    return parse(resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8"))


def parse(raw: str) -> tuple[tuple[str, ...], ...]:
    """The entries of a list file's text as written (NFC): a leading byte-order mark, comments
    (``#`` to the end of the line) and blank lines are left out; one tuple per line."""
    out = []
    for line in raw.lstrip("\ufeff").splitlines():
        entry = line.split("#", 1)[0].split()
        if entry:
            out.append(tuple(unicodedata.normalize("NFC", w) for w in entry))
    return tuple(out)


@lru_cache(maxsize=None)
def groups(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of list ``name``, one tuple of normalised spellings per line, in file order."""
    return tuple(tuple(dict.fromkeys(normalize(w) for w in entry)) for entry in _entries(name))


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """Every normalised spelling in list ``name``."""
    return frozenset(w for g in groups(name) for w in g)


@lru_cache(maxsize=None)
def spelling_keys(name: str) -> frozenset[str]:
    """Every spelling in list ``name`` by its ``spelling_key``, built once for every module that looks words up so."""
    return frozenset(map(spelling_key, words(name)))


@lru_cache(maxsize=None)
def month_names() -> dict[str, int]:
    """Every spelling of ``months`` -> month number (1-12), as written, NFC, decomposed and
    normalised, lower-cased: what a date pattern may meet in raw text."""
    out: dict[str, int] = {}
    for num, entry in enumerate(_entries("months"), start=1):
        for w in entry:
            for form in (w, unicodedata.normalize("NFD", w), normalize(w)):
                out[form.lower()] = num
    return out


def month_pattern() -> str:
    """A regex alternation of every month spelling, longest first (so "june" wins over "jun")."""
    return "|".join(regex.escape(m) for m in sorted(month_names(), key=len, reverse=True))
