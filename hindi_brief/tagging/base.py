"""The tagger protocol: tokens of sentences in, (UPOS, lemma) pairs out, batched; and the
check of what a tagger gives back (``tagged_columns``) before the pipeline builds on it."""

from __future__ import annotations

from typing import Any, Protocol, Sequence, runtime_checkable

from ..errors import TaggerError

__all__ = ["Tagger", "UPOS_TAGS", "Columns", "tagged_columns"]

#: Universal POS tags every tagger maps its output to (UD v2 names; HDTB's v1 ``CONJ`` becomes ``CCONJ``).
UPOS_TAGS = (
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
    "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X",
)


@runtime_checkable
class Tagger(Protocol):
    """Anything that tags pre-tokenised sentences.

    ``tag`` receives a batch of sentences, each a sequence of token strings
    (the tokens' normalised forms), and returns for every token a
    ``(upos, lemma)`` pair, in the same nesting and order: one row per sentence,
    one pair per token, punctuation included; ``upos`` one of ``UPOS_TAGS``, the
    lemma a ``str``. The pipeline checks that (``tagged_columns``) and turns any
    other result, or an error the tagger raises, into a ``TaggerError``.

    A tagger may also have ``tag_columns(sentences)``, the same result as one
    ``(upos tags, lemmas)`` pair of tuples per sentence; the pipeline then uses it
    (``EmbeddedTagger`` has one: it saves making a pair per token).
    """

    name: str

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]: ...


#: One sentence's tags and lemmas, one entry per token (what ``Draft.build`` takes).
Columns = tuple[Sequence[str], Sequence[str]]

# What a tagger object's elements may be; a column is checked as a set, in C (no Python loop per token).
_UPOS = frozenset(UPOS_TAGS)
_STR: tuple[type, ...] = (str,)
_SEQUENCE: tuple[type, ...] = (tuple, list)


def tagged_columns(name: str, sentences: Sequence[Sequence[str]], rows: Any, *, pairs: bool, strict: bool) -> list[Columns]:
    """``rows``, what tagger ``name`` returned for ``sentences``, as one ``(tags, lemmas)`` pair of
    columns per sentence; ``TaggerError`` naming the tagger and the mismatch when it is not one row
    per sentence and one tag and lemma per token. Unchecked, a short row used to drop the sentence's
    last tokens (its punctuation, and the document's offsets no longer covered the text) and a
    missing row shifted every later sentence's tags.

    ``pairs``: rows of ``(upos, lemma)`` pairs (``tag``), else ``(tags, lemmas)`` columns
    (``tag_columns``). The counts cost a few ``len`` calls per sentence and are checked for every
    tagger; ``strict`` (a tagger object, not one of ``TAGGERS``) also checks what the protocol says
    each element is: a pair, a UPOS tag, a ``str`` lemma.
    """
    if not isinstance(rows, list):
        try:
            rows = list(rows)
        except TypeError:
            raise TaggerError(
                f"tagger {name!r} returned {type(rows).__name__}; it must return a list with one row per sentence"
            ) from None
    if len(rows) != len(sentences):
        raise TaggerError(
            f"tagger {name!r} returned {_count(len(rows), 'row')} for {_count(len(sentences), 'sentence')}; "
            "it must return one row per sentence, in order, an empty row for an empty sentence"
        )
    out: list[Columns] = []
    for sentence, row in zip(sentences, rows):
        tags, lemmas = _pair_columns(name, row, strict) if pairs else _columns(name, row, strict)
        if len(tags) != len(sentence) or len(lemmas) != len(sentence):
            counts = _count(len(tags), "tag") + ("" if len(tags) == len(lemmas) else " and " + _count(len(lemmas), "lemma"))
            raise TaggerError(
                f"tagger {name!r} returned {counts} for a sentence of {_count(len(sentence), 'token')} "
                f"({_preview(sentence)}); every token, punctuation included, needs one tag and one lemma"
            )
        if strict:
            _check_values(name, tags, lemmas)
        out.append((tags, lemmas))
    return out


def _pair_columns(name: str, row: Any, strict: bool) -> Columns:
    """A row of ``(upos, lemma)`` pairs as its two columns. ``strict`` also wants each pair a tuple or
    list: a ``str`` is a sequence too, and a row of two-letter strings would zip into two columns."""
    try:
        columns = tuple(zip(*row, strict=True))
    except (TypeError, ValueError):  # not iterable, or pairs of different lengths
        columns = None
    if columns == ():
        return (), ()  # an empty row; the count check decides whether the sentence was empty
    if columns is None or len(columns) != 2 or (strict and not _all_of(row, _SEQUENCE)):
        raise TaggerError(
            f"tagger {name!r} returned a row that is not (upos, lemma) pairs: {_short(row)}; "
            "tag(sentences) must give one (upos, lemma) tuple per token"
        )
    return columns[0], columns[1]


def _columns(name: str, row: Any, strict: bool) -> Columns:
    """A ``tag_columns`` row, ``(tags, lemmas)``, checked to be two sequences."""
    try:
        tags, lemmas = row
    except (TypeError, ValueError):
        tags = lemmas = None
    if tags is None or (strict and not _all_of((tags, lemmas), _SEQUENCE)):
        raise TaggerError(
            f"tagger {name!r} returned a row that is not a (tags, lemmas) pair: {_short(row)}; "
            "tag_columns(sentences) must give one pair of tuples per sentence"
        )
    return tags, lemmas


def _check_values(name: str, tags: Sequence[Any], lemmas: Sequence[Any]) -> None:
    """``TaggerError`` unless every tag is one of ``UPOS_TAGS`` and every lemma a ``str``: ranking reads
    the tags by their UPOS names, so a tagger's own tag set would pass silently as untagged words."""
    if not _all_of(lemmas, _STR):
        bad = next(x for x in lemmas if not isinstance(x, str))
        raise TaggerError(
            f"tagger {name!r} returned the lemma {bad!r}; a lemma must be a str (the word itself when it has none)"
        )
    if not (_all_of(tags, _STR) and _UPOS.issuperset(tags)):
        bad = next(t for t in tags if not isinstance(t, str) or t not in _UPOS)
        raise TaggerError(
            f"tagger {name!r} returned the tag {bad!r}; map its tags to Universal POS tags ({', '.join(UPOS_TAGS)})"
        )


def _all_of(values: Sequence[Any], types: tuple[type, ...]) -> bool:
    """Every value an instance of ``types``. The values' types as a set settle the usual case in one
    C-level pass; subclasses (``numpy.str_``, a ``NamedTuple`` pair) take the slow one."""
    return set(types).issuperset(map(type, values)) or all(isinstance(v, types) for v in values)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _preview(sentence: Sequence[str], words: int = 8) -> str:
    """The sentence's first ``words`` tokens, to find it in the text."""
    shown = " ".join(sentence[:words])
    return repr(shown + " ..." if len(sentence) > words else shown)


def _short(value: object, chars: int = 80) -> str:
    text = repr(value)
    return text if len(text) <= chars else text[: chars - 3] + "..."
