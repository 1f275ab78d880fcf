"""Words that are two words glued together (``rank.keywords``): a quotation mark between two words inside one
token, and words scraped copy joined without a space, read as the two."""

from __future__ import annotations

from collections import Counter
from heapq import nsmallest
from typing import Iterator

import regex

from ...doc import Sentence, TokenColumns
from ...text.normalize import normalize
from ...text.stopwords import STOPWORDS
from ..weights import load_df

# A quotation mark between two Devanagari letters inside one token: the tokenizer joins words at an apostrophe
# (``India's``), and scraped copy glues a closing quotation mark to the next sentence's first word.
_QUOTE_SEAM = regex.compile(r"(?<=[\p{Devanagari}&&[\p{L}\p{M}]])['’](?=\p{Devanagari})", regex.V1)
_NAME_PREFIXES = frozenset({"ओ", "डी", "डि"})  # ओ'ब्रायन, डी'सूजा: names, not two words
_QUOTE_CHARS = "'’‘‚´"  # what normalising makes an apostrophe
_QUOTE_CHAR = regex.compile(f"[{_QUOTE_CHARS}]")


_Analysis = tuple[str | None, str | None]  # a token's (tag, lemma)
#: A seam: where in a word's normalised form its mark starts and ends (``i == j`` for two words glued without one),
#: and the tag and lemma of the parts before and after it.
_Seam = tuple[int, int, _Analysis, _Analysis]
#: The shortest part, in characters, of a word read as two glued together (``_glued_seams``).
GLUED_PART_MIN = 3
#: How often the text must write each part on its own.
GLUED_PART_MIN_COUNT = 2
#: The longest part, in characters: the longest words of the shipped document frequencies have 17 characters
#: (``प्रत्यक्षदर्शियों``). Without a bound, a run of letters without spaces (scraped text that lost them) was tried
#: at each of its points, a slice of the whole word each: 16 s for 200,000 characters.
GLUED_PART_MAX = 30
_DEVANAGARI_WORD = regex.compile(r"\p{Devanagari}+")
_LETTER_FIRST = regex.compile(r"\p{L}")
_SENTENCE_END_TAGS = frozenset({"VERB", "AUX"})


def _analyses(sents: list[Sentence], parts: set[str]) -> dict[str, _Analysis]:
    """The tag and lemma the text gives each word of ``parts`` where it writes it alone, most often (ties: the first)."""
    seen: dict[str, Counter] = {}
    for sentence in sents:
        c = sentence.columns
        if not parts.isdisjoint(c.norms):
            for norm, pos, lemma in zip(c.norms, c.pos, c.lemmas):
                if norm in parts:
                    seen.setdefault(norm, Counter())[(pos, lemma)] += 1
    return {norm: counts.most_common(1)[0][0] for norm, counts in seen.items()}


def _quote_seams(sents: list[Sentence]) -> dict[str, _Seam]:
    """Words that are two words with a quotation mark between them, where scraped copy glued a quotation's closing
    mark to the next sentence's first word (``पूजा करेंगे’सभाजीत सिंह ने कहा``, ``बेहतर होगा’बसपा सुप्रीमो``: 70 times in
    ILSUM's 2,123 articles; Hindi writes no apostrophe inside a word, save the ``ओ'`` and ``डी'`` of names), each with its
    seam. In tagged text a part the text never writes alone is no phrase word before the mark (``करेंगे``), and keeps
    the whole word's tag after it, its lemma its form (the next sentence's first word, most often a name)."""
    cuts: dict[str, int] = {}
    for sentence in sents:
        for norm in sentence.columns.norms:
            if "'" in norm and norm not in cuts:
                m = _QUOTE_SEAM.search(norm)
                if m is not None and norm[: m.start()] not in _NAME_PREFIXES:
                    cuts[norm] = m.start()
    if not cuts:
        return {}
    analysis = _analyses(sents, {p for w, i in cuts.items() for p in (w, w[:i], w[i + 1 :])})
    return {
        w: (i, i + 1, analysis.get(w[:i], ("X", None)), analysis.get(w[i + 1 :]) or (analysis[w][0], w[i + 1 :]))
        for w, i in cuts.items()
    }


def _glued_seams(sents: list[Sentence]) -> dict[str, _Seam]:
    """Words that are two words glued without a space, as scraped pages join a paragraph's last word to the next one's
    first (``अमित शाहपश्चिम बंगाल``, ``प्रवक्ता अरिंदम बागचीअफगानिस्तान``, ``गयाश्रीनगर``), each with its seam: a Devanagari word
    the text writes once and the shipped document frequencies never saw, that splits into two words of at least
    ``GLUED_PART_MIN`` characters and at most ``GLUED_PART_MAX`` the text writes on their own at least ``GLUED_PART_MIN_COUNT`` times each, the second
    no stopword and tagged a name there, or the first a verb (a sentence's end). Compounds pass this test too
    (``राममंदिर``, ``बर्डफ्लू``); read as two words they are the phrase written with a space, which ``_one_spacing`` makes
    one with the compound. Without the second part's tag or the first's, compounds of common words would be cut as
    well, most of all in encyclopedic text (``सातवाहन``, ``मंगलयान``: essays and articles 32.38 -> 31.78)."""
    counts: Counter[str] = Counter()
    for sentence in sents:
        counts.update(sentence.columns.norms)
    least = 2 * GLUED_PART_MIN
    once = [w for w, n in counts.items() if n == 1 and least <= len(w) <= 2 * GLUED_PART_MAX]
    if not once:
        return {}
    known = load_df("norm").knows
    cuts: dict[str, int] = {}
    for w in once:
        if w in STOPWORDS or not _DEVANAGARI_WORD.fullmatch(w) or known(w):
            continue
        for i in range(max(GLUED_PART_MIN, len(w) - GLUED_PART_MAX), min(len(w) - GLUED_PART_MIN, GLUED_PART_MAX) + 1):
            a, b = w[:i], w[i:]
            if (
                counts[a] >= GLUED_PART_MIN_COUNT
                and counts[b] >= GLUED_PART_MIN_COUNT
                and b not in STOPWORDS
                and _LETTER_FIRST.match(b)
                and not a.endswith("्")
            ):
                cuts[w] = i
                break
    if not cuts:
        return {}
    analysis = _analyses(sents, {p for w, i in cuts.items() for p in (w[:i], w[i:])})
    return {
        w: (i, i, analysis[w[:i]], analysis[w[i:]])
        for w, i in cuts.items()
        if analysis[w[i:]][0] == "PROPN" or analysis[w[:i]][0] in _SENTENCE_END_TAGS
    }


class _Parted:
    """A sentence with some words read as two (``_parted``): what ``_runs`` reads of a sentence."""

    __slots__ = ("text", "start", "columns")

    def __init__(self, text: str, start: int, columns: TokenColumns) -> None:
        self.text, self.start, self.columns = text, start, columns


def _parted(sentence: Sentence, seams: dict[str, _Seam]) -> Sentence | _Parted:
    """``sentence``, or where it holds a word of ``seams`` (``_quote_seams``, ``_glued_seams``), the sentence with that
    word read as its two parts, and a quotation mark between them as a token of its own."""
    c = sentence.columns
    if seams.keys().isdisjoint(c.norms):
        return sentence
    text, offset = sentence.text, sentence.start
    rows = []
    for row in zip(c.starts, c.ends, c.kinds, c.norms, c.pos, c.lemmas):
        start, end, kind, norm = row[:4]
        seam = seams.get(norm)
        # The seam as written: normalising may change the parts' lengths (a nukta letter decomposed, a joiner dropped).
        at = None if seam is None else _surface_seam(text[start - offset : end - offset], norm, seam[0], seam[1])
        if at is None:
            rows.append(row)
            continue
        i, j, (pos_a, lemma_a), (pos_b, lemma_b) = seam
        rows.append((start, start + at, kind, norm[:i], pos_a, lemma_a))
        after = start + at + (j - i)
        if j > i:
            rows.append((start + at, after, "punct", norm[i:j], "PUNCT", norm[i:j]))
        rows.append((after, end, kind, norm[j:], pos_b, lemma_b))
    return _Parted(text, offset, TokenColumns(*map(tuple, zip(*rows))))


#: How many places of a token ``_surface_seam`` tries around each of two guesses of where the seam is, nearest first:
#: each try normalises both sides, so trying every place of a long token cost its length squared (a review: a token of
#: 25,000 characters, ``a'a'...क'ख``, took 30 s).
SEAM_TRIES = 8


def _surface_seam(surface: str, norm: str, i: int, j: int) -> int | None:
    """Where, in the token as written, the seam ``norm[i:j]`` starts: a quotation mark (``j > i``) or a point (``i ==
    j``) whose two sides normalise to the two parts of ``norm``; ``None`` if there is none. Tried first at the places
    nearest ``i`` (a word normalises to about its own length), then nearest the first place whose written prefix
    normalises to ``i`` characters or more (``_normalised_reach``: joiners after viramas, ``स्\u200dवास्\u200dथ्\u200dय``,
    or vowels typed in two parts drop out before the seam), ``SEAM_TRIES`` places each."""
    places = range(1, len(surface)) if i == j else [m.start() for m in _QUOTE_CHAR.finditer(surface)]
    tried: set[int] = set()
    for centre in _guesses(surface, i):
        # Nearest first, the earlier of two as near: centre, centre - 1, centre + 1, ... (linear, not a sort).
        for at in nsmallest(SEAM_TRIES, places, key=lambda at: (abs(at - centre), at > centre)):
            if at in tried:
                continue
            tried.add(at)
            if normalize(surface[:at]) == norm[:i] and normalize(surface[at + (j - i) :]) == norm[j:]:
                return at
    return None


def _guesses(surface: str, i: int) -> Iterator[int]:
    """Where the seam of a part of ``i`` normalised characters may be in ``surface``: at ``i``, then (asked only where
    that found nothing) at ``_normalised_reach``."""
    yield i
    yield _normalised_reach(surface, i)


def _normalised_reach(surface: str, n: int) -> int:
    """The first place of ``surface`` whose prefix normalises to at least ``n`` characters (``len(surface)`` if none),
    by bisection: the normalised length of a prefix grows with it, and each step normalises one prefix (a token of
    length L costs L log L, not L squared)."""
    lo, hi = 0, len(surface)
    while lo < hi:
        mid = (lo + hi) // 2
        if len(normalize(surface[:mid])) >= n:
            hi = mid
        else:
            lo = mid + 1
    return lo
