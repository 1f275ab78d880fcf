"""The keyphrase list chosen from the scored candidates (``rank.keywords``): phrases nearly always said inside a
longer one absorbed into it (``_absorbed``), no phrase beside one that holds it, words that stand on their own (no
generic, number, ordinal or calendar word alone), background and descriptive words left out, two chosen words said
together as their phrase, and keywords shown inside others or mistyped left out (``_shown_inside``)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import chain
from typing import Callable, Iterable, Sequence

import regex

from ...text.normalize import normalize, spelling_key
from ...text.sentences import LETTER_NAMES
from ...text.lexicon import words
from ..weights import DocumentFrequencies, load_df
from .vocabulary import (
    ENGLISH_FUNCTION_WORDS,
    GENERIC_NOUNS,
    _GENITIVE_KEY,
    LIGHT_VERB_NOUNS,
    MANNER_NOUNS,
    NON_NOMINAL_WORDS,
    NUMBER_WORDS,
    ONCE_SAID_SENTENCES,
    _Candidate,
    _glued_on,
    _is_generic,
    _is_numbered_ordinal,
    _is_ordinal,
    phrase_words,
)

#: Longest run of words one keyphrase is looked up under as part of another (``_deduplicated``): a phrase
#: has at most ``MAX_WORDS`` words, each a compound of a few parts.
RUN_MAX = 12
#: In a tagged text of more than ``ONCE_SAID_SENTENCES`` sentences (headline included), a common word whose shipped
#: IDF is below this is no keyword alone however often the text says it (``_background``): a long text on schools,
#: cities or farming says ``बच्चा``, ``शहर``, ``पानी``, ``क्षेत्र``, ``कृषि`` all through, and the news the document
#: frequencies come from says them often too. Of the one-word common keywords (no title, no hyphen compound) that the
#: 40 essays and articles and the hand-annotated ILSUM articles of more than 20 sentences, headline included, were
#: given before this rule, 16 had an IDF below 3.5 and none was a hand-made keyphrase (3 of 7 between 3.5 and 4 were,
#: 18 of 64 above); in the ILSUM articles of at most 20 sentences 13 of 37 below 3.5 were, so shorter texts keep them.
#: Chosen on the development writers of the essays and articles (F1@10 with / without title; 3.0: 32.15 / 29.89;
#: **3.5: 32.80 / 30.55**; 4.0: 32.80 / 30.55, the lower kept; none: 32.16 / 30.23). Not in untagged text, which cannot
#: tell names from common words: there it took ``चीन``, ``कर्नाटक``, ``बिहार`` from 180 ILSUM lists, which filled with
#: pieces of clauses (``पेट्रोल पंप चलाते``, ``सिरसा पहुंचे शाह``), though the essays' development half gained (22.15 /
#: 17.96 -> 22.47 / 18.28 with / without title).
LONG_TEXT_IDF = 3.5
OVERLAP = 0.6
# Hand-made keyphrases (benchmarks/keyphrases.py), F1@10 of the 40 val articles with only this share changed
# from the rules before it: 34.69 at 1.0, 35.32 at 0.6, 37.45 at 0.5, 38.10 at 0.4, 37.89 at 0.25 (with every
# rule of today: 41.37 at 1.0, 42.65 at 0.4); silver P@10 (ILSUM val) 76.29 at 1.0, 74.77 at 0.4: the silver
# set scores each word of a keyword on its own and so rewards listing the words apart.
FOLD_SHARE = 0.4
#: ... and in a long tagged text (the summaries' ``is_long``: more than 40 sentences and 750 words), where the head noun
#: is said all through and the terms made with it a few times each (``प्रज्ञान रोवर`` 3 times beside ``रोवर`` 8,
#: ``लुप्तप्राय भाषा`` beside ``भाषा`` 46; a review of the essays and articles): chosen on the development half of the
#: essays and articles (writers 1, 2, 5, 6, 7; F1@10 exact: 0.4 and 0.35 33.12, 0.3 33.44, **0.25 34.09**, 0.2 33.45),
#: read on the held-out half: 31.11 -> 32.73. In every tagged text of more than 20 sentences instead (the line of
#: ``ONCE_SAID_SENTENCES``) it also changed 31 ILSUM lists, as many for the worse as the better (``रोहन`` -> ``रोहन
#: प्यार``, ``हंसी`` -> ``हंसी संक्रामक``; ``नींबू`` -> ``नींबू का रस``), and silver P@10 fell (val / test 52.31 / 52.64
#: -> 52.25 / 52.60); no ILSUM article is long.
LONG_FOLD_SHARE = 0.25
#: Two chosen common words said together as one phrase this often are listed as that phrase (``_joined_words``).
#: F1@10 exact, hand-made keyphrases val / essays and articles development: 2 or 3: 47.73 / 30.19; 4 or 5: 47.52 /
#: 30.19; no such rule: 47.52 / 29.87 (held out, read afterwards: test 45.65 for all; essays and articles 26.29 /
#: 25.73 / 25.73); of the two values the development texts cannot tell apart, the one that changes fewer lists.
JOINED_WORDS_MIN_COUNT = 3
ABSORB = 0.8
#: Common nouns whose shipped IDF (``models/df``) is below this are too common to be a keyword
#: alone (लोग 0.85, सरकार 1.12, दिन 1.23, मामला 1.31, देश 1.34; भारत, a name, is 1.47).
GENERIC_IDF = 1.4
#: A common noun whose shipped IDF is below ``COMMON_IDF`` (it is in more than about one news text in 20:
#: ``मांग`` 2.69, ``फैसला`` 2.17, ``बयान`` 2.43, ``जिला`` 1.89, ``पुलिस`` 1.63, ``किसान`` 2.86) is a keyword alone only where the
#: text says it at least ``COMMON_MIN_COUNT`` times (a text about the police says ``पुलिस`` again and again) or in
#: at least ``COMMON_MIN_SHARE`` of its sentences (the topic of a short text); said less, it names the news (a
#: demand, a decision) rather than what the text is about. Chosen on the val half of the hand-made keyphrases
#: (benchmarks/keyphrases.py, docs/evaluation.md): F1@10 38.49 without the rule, 42.65 with it (42.88 without the
#: share of the sentences); in a sweep before that share was added, IDF 2.5 / 3.0 / 3.5 scored 40.15 / 42.27 / 43.08
#: (3.5 with silver P@10 down to 64.0) and 5 / 8 / 10 times 42.02 / 42.27 / 42.05. Silver P@10 (ILSUM val) 74.89
#: -> 69.06: the silver set holds such words whenever a summary says them.
COMMON_IDF = 3.0
COMMON_MIN_COUNT = 8
COMMON_MIN_SHARE = 0.5
#: The Hindu calendar (``lexicon/lunar_months.txt``, ``lunar_days.txt``, ``lunar_full_and_new_moon.txt``,
#: ``lunar_fortnights.txt``, ``lunar_date_words.txt``): its dates are no keywords, as day and month names are not
#: (``_is_lunar_date``).
LUNAR_DAYS = frozenset(map(spelling_key, words("lunar_days")))
LUNAR_DATE_WORDS = frozenset(map(spelling_key, words("lunar_date_words")))
_LUNAR_FORTNIGHTS = frozenset(map(spelling_key, words("lunar_fortnights")))
_LUNAR_MOONS = frozenset(map(spelling_key, words("lunar_full_and_new_moon")))
_LUNAR_WORDS = (
    frozenset(map(spelling_key, words("lunar_months"))) | LUNAR_DAYS | LUNAR_DATE_WORDS | _LUNAR_FORTNIGHTS | _LUNAR_MOONS
)
#: Adjectives of degree, read from data (``training.word_lists``: graded by ``सबसे``, ``बहुत``, ``बेहद`` in ILSUM val and
#: HDTB: ``बड़ा``, ``अच्छा``, ``प्रसिद्ध``): a phrase said once that opens with one describes
#: (``प्रसिद्ध बौद्ध महाविहार``, ``अच्छा प्रदर्शन``) and is no keyphrase; said twice or more it may be a name or
#: a term (``बड़ा रण``, ``छोटा रण``), as a classifying adjective's phrase is (``भारतीय``, ``राष्ट्रीय`` are never graded).
GRADABLE_ADJECTIVES = frozenset(map(spelling_key, words("gradable_adjectives")))
#: "ईसा पूर्व" (BC) marks an era after a year, where "ईसा" alone is a name (Jesus): a phrase that holds
#: the pair is no keyword, nor "ईसा" where "पूर्व" follows each of its occurrences.
ERA_BEFORE = (normalize("ईसा"), normalize("पूर्व"))
#: What follows "ईसा" where it dates: "ईसा पूर्व" (BC), "ईसा की पाँचवीं शताब्दी" (the fifth century AD).
_ERA_NEXT = regex.compile(
    r"\s+(?:" + ERA_BEFORE[1] + r"|" + normalize("की") + r"\s+\S+\s+(?:" + normalize("सदी") + "|" + normalize("शताब्दी") + r"))(?![\p{L}\p{M}])"
)


class _ChosenSpans:
    """Which occurrences of the chosen phrases cover each candidate word.

    Candidate spans are runs of whole candidate words (a compound is one word), so two of
    them overlap exactly when they share a word's start. Looking overlaps up by word costs
    each candidate the words of its own occurrences, where comparing it with every chosen
    phrase would make ``top=10**9`` quadratic in the text.
    """

    __slots__ = ("word_starts", "by_word", "slot_of")

    def __init__(self, word_starts: list[int]) -> None:
        self.word_starts = word_starts
        self.by_word: dict[int, list[int]] = {}
        self.slot_of: dict[int, int] = {}  # chosen phrase -> its slot; replaced phrases leave

    def _words(self, start: int, end: int) -> list[int]:
        starts = self.word_starts
        k = bisect_left(starts, start)
        out = []
        while k < len(starts) and starts[k] < end:
            out.append(starts[k])
            k += 1
        return out

    def add(self, phrase: int, slot: int, offsets: list[tuple[int, int]]) -> None:
        self.slot_of[phrase] = slot
        for a, b in offsets:
            for t in self._words(a, b):
                self.by_word.setdefault(t, []).append(phrase)

    def remove(self, phrase: int) -> None:
        del self.slot_of[phrase]

    def overlaps(self, offsets: list[tuple[int, int]]) -> dict[int, int]:
        """For each chosen phrase that ``offsets`` overlap at all, how many of ``offsets`` overlap it."""
        mine: dict[int, int] = {}
        for a, b in offsets:
            hit = {phrase for t in self._words(a, b) for phrase in self.by_word.get(t, ()) if phrase in self.slot_of}
            for phrase in hit:
                mine[phrase] = mine.get(phrase, 0) + 1
        return mine


def _deduplicated(
    cands: list[_Candidate],
    order: list[int],
    absorbed: dict[int, int],
    score_of: dict[int, float],
    word_starts: list[int],
    top: int,
    alone: Callable[[_Candidate], bool],
    tagged: bool,
    aliases: dict[str, str] | None = None,
    *,
    after: Sequence[int] = (),
    accept: Callable[[int], bool] | None = None,
    spans: dict[int, list[tuple[int, int]]] | None = None,
    seen: Sequence[int] = (),
    fold_share: float = FOLD_SHARE,
) -> list[int]:
    """The first ``top`` phrases of ``order`` left after the rules of ``rank.keywords``'s doc (``fold_share``: see
    ``_speaks_for``).

    ``aliases``: Latin words read as the Devanagari word of the name they were made one with (``_one_script``), so
    that ``SVB UK`` holds the keyword ``UK`` keyed ``यूके``.

    ``after``: a list chosen already, which the phrases of ``order`` continue (``top`` counts it too), and no phrase
    takes the place of one listed, so that a longer list only adds to a shorter one. Each phrase is listed where it
    clashes with none listed before it (and ``accept`` takes it), or instead a phrase further down that holds it and
    speaks for it (``_speaks_for``: ``मेक इन इंडिया`` for ``मेक``, ``राहुल द्रविड़`` for ``द्रविड़``; a name, a phrase
    said twice, or one the word is not said outside), in its place; a
    phrase that holds a listed one gives it its occurrences, so that no other run inside them is listed after it, and
    a phrase spoken for by one that holds a listed one, and said nearly as often (``OVERLAP``), is not listed either
    (``योगी आदित्यनाथ`` beside a listed ``योगी``: no ``आदित्यनाथ``; but ``भाजपा``, said four times, beside
    ``भाजपा सांसद``, twice, and a listed ``सांसद``). ``spans``: the occurrences a listed name was given
    by a longer form of it (``शिरीन मेहरुन्निसा मजारी`` for ``शिरीन मजारी``), filled by a choice without ``after``
    and read by one with it. ``seen``: the phrases the choice of ``after`` weighed, which may speak for one of
    ``order`` (and hold a listed one) but are not listed.

    Each phrase is compared, in the chosen list's order, only with the chosen phrases it
    could clash with: those whose words it holds or that hold its words (looked up by
    sub-run) and those whose occurrences overlap its own (looked up by token), so a long
    text with many phrases costs no pairwise comparison of everything with everything.
    ``score_of`` gains the score of a phrase that another replaces.
    """
    index = _ChosenSpans(word_starts)
    held = _HeldWords(cands, tagged)
    parts: dict[int, tuple[str, ...]] = {}
    by_words: dict[tuple[str, ...], set[int]] = {}  # words of a chosen phrase -> those phrases
    holders: dict[tuple[str, ...], set[int]] = {}  # a shorter run of a chosen phrase's words -> those phrases
    # Chosen names of two or more words by their first and last word: "त्रिवेंद्र रावत" is held by
    # "त्रिवेंद्र सिंह रावत" although it is no run of its words.
    names_by_ends: dict[tuple[str, str], set[int]] = {}
    # Chosen phrases by their words in sorted order: a phrase whose words a chosen one holds in another order
    # ("मठ बाघम्बरी" beside "बाघम्बरी मठ", "वायरल पोस्ट" beside "पोस्ट वायरल") is the same phrase, listed once. Not a
    # genitive pair ("X का Y" is not "Y का X") or a quoted title.
    by_word_set: dict[tuple[str, ...], set[int]] = {}
    next_slot = 0

    def word_set(k: int) -> tuple[str, ...] | None:
        c = cands[k]
        return tuple(sorted(c.key)) if len(c.key) > 1 and not (c.genitive or c.quoted) else None

    def words_of(k: int) -> tuple[str, ...]:
        if k not in parts:
            words_ = phrase_words(cands[k].key)
            parts[k] = tuple([aliases.get(w, w) for w in words_]) if aliases and words_[0].isascii() else words_
        return parts[k]

    # Words of the names among the candidates: a common phrase that opens and ends with two of them may be a name's
    # longer form the tagger read as common nouns ("शिरीन मेहरुन्निसा मजारी" beside "शिरीन मजारी").
    name_words = {w for c in cands if c.proper for w in phrase_words(c.key)}

    def ends(k: int) -> tuple[str, str] | None:
        w = words_of(k)
        c = cands[k]
        if len(w) < 2 or c.genitive or c.quoted:
            return None
        return (w[0], w[-1]) if c.proper or (w[0] in name_words and w[-1] in name_words) else None

    def add(k: int, slot: int) -> None:
        index.add(k, slot, cands[k].offsets)
        by_words.setdefault(words_of(k), set()).add(k)
        for r in shorter_runs(words_of(k)):
            holders.setdefault(r, set()).add(k)
        name_ends = ends(k)
        if name_ends is not None:
            names_by_ends.setdefault(name_ends, set()).add(k)
        sorted_words = word_set(k)
        if sorted_words is not None:
            by_word_set.setdefault(sorted_words, set()).add(k)

    def remove(k: int) -> None:
        index.remove(k)
        by_words[words_of(k)].discard(k)
        for r in shorter_runs(words_of(k)):
            holders[r].discard(k)
        name_ends = ends(k)
        if name_ends is not None:
            names_by_ends[name_ends].discard(k)
        sorted_words = word_set(k)
        if sorted_words is not None:
            by_word_set[sorted_words].discard(k)

    def neighbours(i: int) -> tuple[set[int], set[int]]:
        """The chosen phrases phrase ``i`` holds, and those that hold it."""
        w = words_of(i)
        inside = {j for r in shorter_runs(w) for j in by_words.get(r, ())}
        around = set(holders.get(w, ()))
        name_ends = ends(i)
        if name_ends is not None:  # a name with the same ends, one a shorter form of the other
            for j in names_by_ends.get(name_ends, ()):
                # The shorter form a name: the tagger may read the longer as common nouns ("शिरीन मेहरुन्निसा मजारी",
                # said once where "शिरीन मजारी" is said four times); a common phrase is no short form of a name
                # ("राष्ट्रीय दल" of "राष्ट्रीय जनता दल").
                v = words_of(j)
                if len(v) < len(w) and cands[j].proper and _in_order(v, w):
                    inside.add(j)
                elif len(v) > len(w) and cands[i].proper and _in_order(w, v):
                    around.add(j)
        return inside, around

    for slot, k in enumerate(after):
        add(k, slot)
        if spans and k in spans:
            index.add(k, slot, spans[k])
    next_slot = len(after)
    place = {k: n for n, k in enumerate(order)} if after else {}
    phrases_holding: dict[tuple[str, ...], list[int]] = {}  # a run of words -> the phrases of ``order`` that hold it
    if after:
        for k in chain(seen, order):
            for r in shorter_runs(words_of(k)):
                phrases_holding.setdefault(r, []).append(k)

    def fits(k: int) -> bool:
        """May phrase ``k`` be listed after the others (``after``)?"""
        c = cands[k]
        inside, around = neighbours(k)
        sorted_words = word_set(k)
        return (
            not inside
            and not around
            and not (sorted_words is not None and by_word_set.get(sorted_words))
            and all(n / len(c.offsets) < OVERLAP for n in index.overlaps(c.offsets).values())
        )
    def credit(listed: set[int], offsets: list[tuple[int, int]]) -> None:
        """The first listed of ``listed`` takes ``offsets`` as its own: no run inside them is listed after it."""
        j = min(listed, key=index.slot_of.__getitem__)
        index.add(j, index.slot_of[j], offsets)

    def listed_after(i: int) -> int | None:
        """What phrase ``i`` puts in the next place after the others (``after``): itself, a phrase that speaks for it,
        or nothing."""
        c = cands[i]
        inside, around = neighbours(i)
        if inside and not around:
            credit(inside, c.offsets)
            return None
        if not fits(i):
            return None
        for h in phrases_holding.get(words_of(i), ()):
            if h in absorbed or not (cands[h].title or alone(cands[h])) or not _speaks_for(cands[h], c, held, aliases, fold_share):
                continue
            holds, held_by = neighbours(h)
            if holds and not held_by:
                if len(cands[h].offsets) >= OVERLAP * len(c.offsets):
                    # The phrase that speaks for this one, said nearly as often, holds a listed one too ("योगी
                    # आदित्यनाथ" for "आदित्यनाथ", "योगी" listed): this one is the rest of it, and its occurrences are the
                    # listed one's. A word said more often on its own stays ("भाजपा" beside "भाजपा सांसद").
                    credit(holds, cands[h].offsets)
                    return None
                continue
            # Down the list a phrase said once may hold a word said twice ("राष्ट्रपति सरकार"): only a name, a phrase
            # said twice or one the word is never said outside ("मेक इन इंडिया") takes a word's place here.
            if (
                place.get(h, -1) > place[i]
                and (cands[h].proper or len(cands[h].offsets) >= min(2, len(c.offsets)))
                and fits(h)
                and (accept is None or accept(h))
            ):
                score_of[h] = max(score_of[h], score_of[i])
                return h
        return i if accept is None or accept(i) else None

    for i in order:
        if len(index.slot_of) >= top:
            break
        if i in absorbed or not (cands[i].title or alone(cands[i])):  # a title stands on its own
            continue
        c = cands[i]
        if after:
            k = None if i in index.slot_of else listed_after(i)  # listed already: in the place of a phrase it holds
            if k is not None:
                add(k, next_slot)
                next_slot += 1
            continue
        sorted_words = word_set(i)
        if sorted_words is not None and by_word_set.get(sorted_words):
            # The order the text writes more often (ties: the one written first; a title in any case) takes the
            # place, where it meets no other chosen phrase the rules below would weigh it against.
            j = next(iter(by_word_set[sorted_words]))
            s = cands[j]
            if not s.title and (c.title or (len(c.offsets), -min(c.offsets)[0]) > (len(s.offsets), -min(s.offsets)[0])):
                slot = index.slot_of[j]
                remove(j)
                inside, around = neighbours(i)
                overlap = index.overlaps(c.offsets)
                if inside or around or any(n / len(c.offsets) >= OVERLAP for n in overlap.values()):
                    add(j, slot)
                else:
                    score_of[i] = max(score_of[i], score_of[j])
                    add(i, slot)
            continue
        inside, around = neighbours(i)
        overlap = index.overlaps(c.offsets)
        keep = True
        for j in sorted(inside | around | set(overlap), key=index.slot_of.__getitem__):
            s = cands[j]
            if j in inside or j in around:  # one holds the other: only one is listed, with the higher score
                inner, outer = (c, s) if j in around else (s, c)
                # The phrase speaks for the word when it covers FOLD_SHARE of the word's occurrences;
                # otherwise the word stands on its own and the phrase's occurrences are the word's. A name
                # is said in full ("राजनाथ सिंह", not "सिंह"). Neither holds for a phrase that is a shorter
                # one with a word glued on. A title is listed whole ("थार मरुस्थल", not "थार"), and over any
                # phrase around it ("सुंदरबन", not "भारतीय सुंदरबन").
                winner = i if (outer is c) == _speaks_for(outer, inner, held, aliases, fold_share) else j
                if winner == i:
                    # c is listed only if it wins over every chosen phrase that holds it; if it does, they all go
                    # (below). Two or more chosen phrases that hold a common word speak for it together ("राशि"
                    # beside "कर्क राशि" and "मेष राशि").
                    others = [h for h in around if h != j]
                    if others and j in around and not c.proper:
                        winner = j
                    else:
                        winner = next((h for h in others if _speaks_for(cands[h], c, held, aliases, fold_share)), i)
                score_of[winner] = max(score_of[i], score_of[j], score_of[winner])
                if winner == i:
                    slot = index.slot_of[j]
                    remove(j)
                    add(i, slot)
                elif j in inside and ends(i) is not None and ends(i) == ends(j):
                    # A longer form of a chosen name is that name said in full: the runs inside its occurrences
                    # ("शिरीन मेहरुन्निसा") are no other keyword (the name's count stays its own).
                    index.add(j, index.slot_of[j], c.offsets)
                    if spans is not None:
                        spans.setdefault(j, []).extend(c.offsets)
                keep = False
                break
            if overlap[j] / len(c.offsets) >= OVERLAP:
                keep = False
                break
        if keep:
            add(i, next_slot)
            next_slot += 1
        if i in index.slot_of:  # c replaced one chosen phrase it holds or is held by; the others go too
            for j in (inside | around) & index.slot_of.keys():
                remove(j)
    return sorted(index.slot_of, key=index.slot_of.__getitem__)


def _joined_words(
    cands: list[_Candidate],
    chosen: list[int],
    found: dict[tuple[str, ...], _Candidate],
    absorbed: dict[int, int],
    alone: Callable[[_Candidate], bool],
    fold_share: float = FOLD_SHARE,
) -> set[int]:
    """The chosen common words (one word, no name or title) two of which the text also says together as one
    phrase, at least ``JOINED_WORDS_MIN_COUNT`` times, that may be a keyword: ``सड़क`` and ``दुर्घटना`` beside
    ``सड़क दुर्घटना`` said five times. A word said far more often alone than in the phrase stands on its own
    (``FOLD_SHARE``), so each of the two is chosen; together they are that phrase, in one place of the list."""
    words = {cands[i].key[0]: i for i in chosen if len(cands[i].key) == 1 and not cands[i].proper and not cands[i].title}
    if len(words) < 2:
        return set()
    out: set[int] = set()
    pairs: list[tuple[str, str]] = []
    at: dict[tuple[str, ...], int] | None = None  # candidate number by key, made when first needed
    for a in words:
        for b in words:
            phrase = found.get((a, b)) if a != b else None
            if phrase is None or len(phrase.offsets) < JOINED_WORDS_MIN_COUNT:
                continue
            if at is None:
                at = {c.key: n for n, c in enumerate(cands)}
            # An absorbed phrase is never listed (the longer phrase that absorbed it speaks for it).
            if at[phrase.key] not in absorbed and alone(phrase):
                out |= {words[a], words[b]}
                pairs.append((a, b))
    if not out:
        return out
    # The words keep out, as they did, the other phrases that hold one of them and are said too seldom to speak
    # for it (``FOLD_SHARE``: "नया वेरिएंट ओमिक्रॉन" and "वेरिएंट ओमिक्रॉन" said once or twice beside "ओमिक्रॉन" said
    # ten times): only the phrase of the two takes their place. A phrase that holds both words of a pair
    # ("कम्बाइंड कमांडर कॉन्फ्रेंस") is weighed against the pair's phrase, as any phrase against one it holds.
    counts = {cands[i].key[0]: len(cands[i].offsets) for i in out}
    for n, c in enumerate(cands):
        if len(c.key) < 2 or c.key in pairs or c.proper or c.title:
            continue
        held = phrase_words(c.key)
        if any(held[k : k + 2] == pair for pair in pairs for k in range(len(held) - 1)):
            continue
        if any(w in counts and len(c.offsets) < fold_share * counts[w] for w in held):
            out.add(n)
    return out


def _speaks_for(
    outer: _Candidate, inner: _Candidate, held: _HeldWords, aliases: dict[str, str] | None = None,
    fold_share: float = FOLD_SHARE,
) -> bool:
    """Is ``outer`` listed rather than ``inner``, a phrase it holds (``_deduplicated``, ``rank.keywords``'s doc)? A
    common phrase speaks for a word it holds when said ``fold_share`` as often (``FOLD_SHARE``; ``LONG_FOLD_SHARE`` in
    a long tagged text); a name, or a phrase the text writes an acronym for (``_Candidate.acronym``), speaks for what
    it holds."""
    if aliases and any(w in aliases for w in outer.key) and not any(w.isascii() for w in inner.key):
        # A Latin phrase holds a Devanagari keyword only through the name written in both scripts (``_one_script``'s
        # aliases): often a caption or a gloss glued on ("Varanasi tooKVIC" said once, "वाराणसी" ten times). It
        # speaks for the keyword only as a common phrase does, by how much of it it says.
        return outer.title or (not inner.title and len(outer.offsets) >= fold_share * len(inner.offsets))
    # A text's opening phrase (``_mark_opening``) speaks for what it holds as a name does; a text has no title then.
    return outer.title or (
        not inner.title
        and not _glued_on(outer, inner)
        and (
            outer.opening or len(outer.offsets) >= fold_share * len(inner.offsets) or outer.proper or outer.acronym
            or held.always(inner)
        )
    )


class _HeldWords:
    """Which common words and phrases the text never says outside the longer candidates it repeats: every
    occurrence lies inside an occurrence of a longer candidate said at least twice (``वंश`` said only in ``संगम
    वंश``, ``तुलुव वंश``, ``अराविडु वंश``, each twice). Such a candidate gives way to any phrase that holds it
    (``_speaks_for``). A name is never held: it names something whatever follows it (``कोविड-19`` in ``कोविड-19 रोधी
    टीका``, ``कोविड-19 संबंधी जांच``). Nor is anything in untagged text, where every run of up to three words is a
    candidate. The longer candidates' occurrences are indexed at the first question, by start, with the furthest
    end reached so far."""

    __slots__ = ("cands", "tagged", "starts", "reach", "answers")

    def __init__(self, cands: list[_Candidate], tagged: bool) -> None:
        self.cands = cands
        self.tagged = tagged
        self.starts: list[int] | None = None
        self.reach: list[int] = []
        self.answers: dict[int, bool] = {}

    def always(self, c: _Candidate) -> bool:
        if not self.tagged or c.proper:
            return False
        known = self.answers.get(id(c))
        if known is None:
            known = self.answers[id(c)] = all(self._inside_longer(a, b) for a, b in c.offsets)
        return known

    def _inside_longer(self, a: int, b: int) -> bool:
        if self.starts is None:
            spans = sorted((x, y) for c in self.cands if len(c.key) > 1 and len(c.offsets) > 1 for x, y in c.offsets)
            self.starts = [x for x, _ in spans]
            furthest = -1
            for _, y in spans:
                furthest = max(furthest, y)
                self.reach.append(furthest)
        # A longer span starts before a and ends at b or later, or starts at a and ends after b.
        before = bisect_left(self.starts, a) - 1
        at = bisect_right(self.starts, a) - 1
        return (before >= 0 and self.reach[before] >= b) or (at >= 0 and self.reach[at] > b)


def _in_order(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Are the words of ``short`` words of ``long`` in the same order (gaps allowed)?"""
    rest = iter(long)
    return all(word in rest for word in short)


def shorter_runs(words_: tuple[str, ...]) -> set[tuple[str, ...]]:
    """The runs of ``words_`` (``phrase_words``) shorter than the whole, of at most ``RUN_MAX`` words: a compound of
    k parts ("भारत-चीन-रूस-...") would otherwise give k² runs of up to k words each, cubic in one token of scraped text."""
    n = len(words_)
    return {words_[a:b] for a in range(n) for b in range(a + 1, min(n, a + RUN_MAX) + 1) if b - a < n}


def _is_lunar_date(key: tuple[str, ...]) -> bool:
    """Is a phrase a date of the Hindu calendar? All its words are the calendar's, and it is a day of the fortnight or
    a date noun alone (``चतुर्थी``, ``तिथि``), or holds a date noun (``सप्तमी तिथि``, ``आषाढ़ मास``, ``पूर्णिमा तिथि``,
    ``शुक्ल पक्ष``) or a day with the name of its half (``माघ शुक्ल सप्तमी``); a genitive pair holds a day or a full or
    new moon (``पक्ष की प्रतिपदा``, not ``कृष्ण का पक्ष``, Krishna's side). What stays: a festival named with a day
    (``गणेश चतुर्थी``), a month with a day, a full or a new moon (``माघ सप्तमी``, ``कार्तिक पूर्णिमा``), a month or a
    half's name alone or together (``कार्तिक``, ``कृष्ण``, ``कार्तिक शुक्ल``: names), and the full or new moon alone
    (``पूर्णिमा``, also a given name; ``अमावस्या`` of a bathing festival)."""
    genitive = _GENITIVE_KEY in key
    folded = [spelling_key(w) for w in key if w != _GENITIVE_KEY]
    if not _LUNAR_WORDS.issuperset(folded):
        return False
    if genitive:
        return not (LUNAR_DAYS.isdisjoint(folded) and _LUNAR_MOONS.isdisjoint(folded))
    if len(folded) == 1:
        return folded[0] in LUNAR_DAYS or folded[0] in LUNAR_DATE_WORDS
    return not LUNAR_DATE_WORDS.isdisjoint(folded) or not (
        _LUNAR_FORTNIGHTS.isdisjoint(folded) or LUNAR_DAYS.isdisjoint(folded)
    )


def _stands_alone(
    c: _Candidate, df: DocumentFrequencies, adj_or_num: frozenset[str], text: str, tagged: bool, sentences: int
) -> bool:
    """May a candidate be a keyword on its own?

    A one-word one may not when it is a letter name (an initial cut off its name by a tag, ``एच``),
    a generic person or quantity noun, unit of time or counting word (``GENERIC_NOUNS``) or a noun
    that makes an adverb (``MANNER_NOUNS``: ``रूप``, ``तौर``) or the first part of a conjunct verb
    (``LIGHT_VERB_NOUNS``: ``शुरू``, ``प्रदान``), even when tagged a name (the tagger
    calls ``सदी`` and ``शताब्दी`` names), or a word said twice (``अलग-अलग``, ``कभी-कभी``: an adverb),
    nor, also when tagged a name, a number word (``NUMBER_WORDS``: ``दो``, also the ``दो`` read from
    ``दोनों``, and the ``चार`` of a date, ``चार फरवरी``, which the tagger calls a name) or an ordinal
    (``12वीं``, the class, tagged a name; untagged text does not know it is an adjective), or a compound
    of ordinals (``10वीं-12वीं``): a name is never a bare number. Other names and compounds may. A common
    word may not when it is too common in the shipped document frequencies (IDF below ``GENERIC_IDF``), or
    common (below ``COMMON_IDF``) and said fewer than ``COMMON_MIN_COUNT`` times and in less than
    ``COMMON_MIN_SHARE`` of the text's ``sentences`` (headline included; ``मांग``, ``फैसला``), or, tagged, at any IDF,
    said less than once in ``ONCE_SAID_SENTENCES`` of them (``दूरी``, ``बोझ`` twice in an essay of 90 sentences),
    or tagged an adjective or a number anywhere in the text (``adj_or_num``: a lone ``धीमी`` or ``तीन``
    says nothing). Such a word still counts inside the phrases that hold it (``अरब`` in ``अरब सागर``,
    ``सऊदी अरब``).

    A phrase may not end in an ordinal written with digits (``मुकेश अंबानी 13वें`` of ``13वें नंबर पर``: it stands before
    the noun it counts; a king's is written out, ``लुई चौदहवें``), nor hold an ordinal and a generic noun after it: it
    counts or dates
    (``पहली बार``, ``चौथे दिन``, ``छठी सदी``, and the runs of untagged or mistagged text that hold
    them, ``पहली बार उत्तर``); nor when it starts or ends with a noun that makes an adverb (``तरह टीपू``,
    ``विशेष रूप``, ``पूरी तरह``); nor when it is a generic noun after words HDTB almost never tags nouns
    (``NON_NOMINAL_WORDS``: ``नया मामला``, ``बड़ी संख्या``, ``लंबे समय``; ``ज्ञानवापी मामला`` may).

    Nor may a phrase or word that starts or ends with an English function word (``ENGLISH_FUNCTION_WORDS``:
    ``ऑफ इंडिया``, ``सुपरिटेंडेंट ऑफ``, a lone ``एंड``; ``बैंक ऑफ इंडिया`` may), nor a common one the text measures
    with (``_measures``: ``48.5 डिग्री सेल्सियस``), nor a news outlet the text only credits (``_credits_an_outlet``: ``ने
    बीबीसी हिंदी को बताया``).

    Nor may a date of the Hindu calendar (``_is_lunar_date``: ``सप्तमी तिथि``, ``आषाढ़ मास``, a lone ``चतुर्थी``), as no
    day or month name may, save a phrase only quotation marks make (a title).

    Neither may an era marker after a year (``ERA_BEFORE``: a phrase holding ``ईसा पूर्व``, or ``ईसा``
    where ``पूर्व`` or ``की <ordinal> सदी/शताब्दी`` follows each occurrence in ``text``; ``ईस्वी`` is never a
    phrase word)."""
    if ERA_BEFORE[0] in c.key and _marks_an_era(c, text):
        return False
    if not c.quoted and _is_lunar_date(c.key):
        return False
    if (c.key[0] in ENGLISH_FUNCTION_WORDS and not c.quoted) or c.key[-1] in ENGLISH_FUNCTION_WORDS:
        return False  # a quoted title may open with one ("द कश्मीर फाइल्स")
    if not (c.proper or c.quoted) and _measures(c, text):
        return False
    if _credits_an_outlet(c, text):
        return False
    if len(c.key) > 1:
        if not tagged and spelling_key(c.key[-1]) in NON_NOMINAL_WORDS:  # "करोड़ रुपये मिले", "बढ़त देखने"
            return False
        # An ordinal in digits stands before the noun it counts: a phrase that ends in one ("मुकेश अंबानी 13वें" of
        # "मुकेश अंबानी 13वें नंबर पर", "लगातार 30वें") has lost that noun (a king's is written out: "लुई चौदहवें").
        if _is_numbered_ordinal(c.key[-1]) and not c.quoted:
            return False
        # A generic noun heads no phrase: a Hindi compound ends in its head, and "दिन देश", "लोग घर"
        # are neighbours from two phrases. Nor does a noun that makes an adverb ("की तरह टीपू", "हद पार").
        if _is_generic(c.key[0], tagged) or spelling_key(c.key[0]) in MANNER_NOUNS:
            return False
        # Adjectives do not make a generic noun a topic: "नया मामला", "बड़ी संख्या", "लंबे समय". Only
        # words HDTB knows as no nouns count as adjectives here ("ज्ञानवापी मामला" is a topic).
        if _is_generic(c.key[-1], tagged) and all(spelling_key(w) in NON_NOMINAL_WORDS for w in c.key[:-1]):
            return False
        return spelling_key(c.key[-1]) not in MANNER_NOUNS and not any(
            spelling_key(b) in GENERIC_NOUNS and _is_ordinal(a) for a, b in zip(c.key, c.key[1:])
        )
    (k,) = c.key
    # Also when tagged a name ("सदी"), and then by its form as well: a name's key is the word as written, so a generic
    # noun the tagger calls a name is keyed "मामले" where no use of it tagged a noun gives its lemma (``_collect``).
    key = spelling_key(k)
    if k in LETTER_NAMES or _is_generic(k, tagged and not c.proper) or key in MANNER_NOUNS or key in LIGHT_VERB_NOUNS:
        return False
    if "-" in k and len(set(k.split("-"))) == 1:  # a word said twice is an adverb: "धीरे-धीरे", "अलग-अलग"
        return False
    # A name is never a bare number or ordinal: the tagger calls the class "12वीं", "8वीं" and the day of a
    # date, "चार फरवरी", names; nor is a compound of ordinals ("10वीं-12वीं").
    if key in NUMBER_WORDS or all(_is_ordinal(p) for p in k.split("-") if p):
        return False
    if c.proper or "-" in k:
        return True
    # A common word said less than once in ONCE_SAID_SENTENCES of the text's sentences (headline included) is said in
    # passing ("दूरी", "बोझ", "संभावना" twice in an essay of 90 sentences). Untagged, names would go too.
    if tagged and len(c.offsets) * ONCE_SAID_SENTENCES < sentences:
        return False
    idf = df.idf(k)
    # "मांग", "फैसला", "बयान": said in passing.
    if idf < COMMON_IDF and len(c.offsets) < COMMON_MIN_COUNT and len(c.windows) < COMMON_MIN_SHARE * sentences:
        return False
    return k not in adj_or_num and key not in NON_NOMINAL_WORDS and idf >= GENERIC_IDF


#: The word or number right before a candidate's occurrence, read in a window of 30 characters (``_measures``).
_BEFORE_OCCURRENCE = regex.compile(r"(?:(\p{Nd}[\p{Nd}.,/]*)|([\p{L}\p{M}]+))[\s\u00a0]+$")
_FRACTION = regex.compile(r"\p{Nd}\.\p{Nd}")


def _measures(c: _Candidate, text: str) -> bool:
    """Is a common candidate a unit the text measures with: every occurrence right after a number, one at least after
    a decimal fraction (``41.2 डिग्री सेल्सियस``, ``37 डिग्री सेल्सियस``; ``1.5 डिग्री``, ``2 डिग्री``, ``एक डिग्री``)? A
    count is whole (``1500 नए केस``, ``पांच वर्ल्ड रिकॉर्ड`` name what is counted), a measure need not be. It names no
    topic, as the units of ``GENERIC_NOUNS`` name none; a unit with other senses (``डिग्री``, a degree one studies
    for) is known only so, by how the text uses it."""
    fraction = False
    for start, _ in c.offsets:
        m = _BEFORE_OCCURRENCE.search(text, max(0, start - 30), start)
        if m is None:
            return False
        if m.group(1) is not None:
            fraction = fraction or _FRACTION.search(m.group(1)) is not None
        elif spelling_key(m.group(2)) not in NUMBER_WORDS:
            return False
    return fraction


#: News outlets that interview people for their own stories (``lexicon/news_outlets.txt``), by spelling key.
_NEWS_OUTLETS = frozenset(spelling_key(w) for w in words("news_outlets"))
#: What follows an outlet's name where a story credits it: told it, said to it, talked with it, according to it. A verb
#: stem alone before an auxiliary too (``को बता रहे थे``, ``से कह चुके हैं``), and an interview given it or a talk with it
#: (``को दिए इंटरव्यू में``, ``से हुई बातचीत में``); a whole word, so not ``से कहीं ज़्यादा``.
_CREDIT_AFTER = regex.compile(
    r"[\s\u00a0]*(?:(?:को|से|के[\s\u00a0]+साथ)[\s\u00a0]+(?:(?:दिए|दिये|दिया|हुई|हुए)[\s\u00a0]+(?:एक[\s\u00a0]+)?(?:इंटरव्यू|साक्षात्कार|बातचीत|बात)|बता(?:या|यी|ई|ईं|ए|एं|ते|ती|ता|ना)?|कह(?:ा|ी|े|ें|ते|ती|ता|ना)?"
    r"|बात(?:ें|चीत)?|इंटरव्यू|साक्षात्कार)|के[\s\u00a0]+(?:मुताबि(?:क\u093c?|\u0958)|अनुसार))(?![\p{L}\p{M}])"
)


def _credits_an_outlet(c: _Candidate, text: str) -> bool:
    """Is a candidate a news outlet's name (its first word, or its first two hyphenated, in ``lexicon/news_outlets.txt``)
    that the text says only as the one it told something or took it from (``ने बीबीसी हिंदी को बताया``, ``बीबीसी से
    बातचीत में``, ``एनडीटीवी के मुताबिक``)? That credits the outlet, it is no topic of the story; a story about the
    outlet names it otherwise too."""
    # A name of two words is listed with a hyphen (``अल-जज़ीरा``), as a text may write it as one word or two.
    outlet = spelling_key(c.key[0].lower()) in _NEWS_OUTLETS or (
        len(c.key) > 1 and spelling_key("-".join(c.key[:2]).lower()) in _NEWS_OUTLETS
    )
    return outlet and all(_CREDIT_AFTER.match(text, end) for _, end in c.offsets)


def _describes(c: _Candidate, tagged: bool) -> bool:
    """Is a candidate a description rather than a keyphrase: two or more words said once, opening with an
    adjective of degree (``GRADABLE_ADJECTIVES``: ``प्रसिद्ध बौद्ध महाविहार``, ``अच्छा प्रदर्शन``)? Its words
    still count in the phrase without it (``बौद्ध महाविहार``)."""
    return tagged and len(c.key) > 1 and len(c.offsets) == 1 and spelling_key(c.key[0]) in GRADABLE_ADJECTIVES


def _background(c: _Candidate, df: DocumentFrequencies) -> bool:
    """Is a candidate a common word below ``LONG_TEXT_IDF``, which a long tagged text says all through (the module
    doc)? Names, titles and hyphen compounds are not."""
    return len(c.key) == 1 and not c.proper and not c.title and "-" not in c.key[0] and df.idf(c.key[0]) < LONG_TEXT_IDF


def _marks_an_era(c: _Candidate, text: str) -> bool:
    """Does ``c`` hold ``ईसा पूर्व``, or end in ``ईसा`` followed by ``पूर्व`` or ``की <ordinal> सदी`` (``शताब्दी``)
    at every occurrence?"""
    if any(pair == ERA_BEFORE for pair in zip(c.key, c.key[1:])):
        return True
    return c.key[-1] == ERA_BEFORE[0] and all(_ERA_NEXT.match(text, end) for _, end in c.offsets)


def _shown_inside(
    chosen: list[int],
    shown: dict[int, tuple[str, tuple[str, ...]]],
    cands: list[_Candidate],
    tagged: bool,
    aliases: dict[str, str] | None = None,
    fold_share: float = FOLD_SHARE,
) -> dict[int, int]:
    """``{left out: kept}`` for the chosen phrases shown (``shown``: ``_display``'s result) alike or as a run of another's
    words, spaces aside (``सुभाषचंद्र बोस`` in ``नेताजी सुभाष चंद्र बोस``), which their keys did not tell
    (``_deduplicated`` compares keys): of two shown alike (spaces aside, or a phrase of two or more words with a few letters
    of one word reordered in place, a typo: ``_mistyped``) the one listed later goes (of a typo and its phrase, the one
    whose spelling the document frequencies do not know: ``_better_typed``); of a phrase and one
    shown inside it, the one ``_speaks_for`` does not pick. Each phrase looks up the runs of at most ``RUN_MAX`` of its
    words, so a list of every candidate (``top=10**9``) costs its length, not its square."""
    place = {i: n for n, i in enumerate(chosen)}
    first_shown: dict[str, int] = {}  # a base form, spaces aside -> the first chosen phrase shown so
    # (listed first, listed later, the one inside or None: alike, and the second goes; a mistyped phrase listed first is
    # put second)
    clashes: set[tuple[int, int, int | None]] = set()
    words = {i: shown[i][0].split() for i in chosen}
    # A phrase of two or more words that is another with a few letters of one word reordered in place is that phrase
    # mistyped ("सयुंक्त किसान मोर्चा" beside "संयुक्त किसान मोर्चा", "वाईबी चह्वाण सेंटर" beside "वाईबी चव्हाण सेंटर"),
    # not parts of a compound reordered ("हरिद्वार-अमृतसर" and "अमृतसर-हरिद्वार" are two trains).
    first_letters: dict[str, int] = {}
    for i in chosen:
        j = first_shown.setdefault("".join(words[i]), i)
        if j == i and len(words[i]) > 1:
            j = first_letters.setdefault(_letters(words[i]), i)
            if j != i and not _mistyped(words[i], words[j]):
                j = i
            elif j != i and _better_typed(words[i], words[j]):
                # The spelling the document frequencies know stays, though listed later ("भड़काऊ हरकत", not "भड़ाकऊ").
                clashes.add((i, j, None))
                continue
        if j != i:
            clashes.add((j, i, None))
    for i in chosen:
        for run in _shorter_runs_joined(words[i]):
            j = first_shown.get(run)
            if j is not None and j != i:
                clashes.add((j, i, j) if place[j] < place[i] else (i, j, j))
    out: dict[int, int] = {}
    held: _HeldWords | None = None
    # In list order, so that a phrase left out for one clash meets no other (ties cannot occur: a pair is alike or not).
    for first, later, inner in sorted(clashes, key=lambda c: (place[c[0]], place[c[1]])):
        if first in out or later in out:
            continue
        if inner is None:
            out[later] = first
            continue
        outer = later if inner == first else first
        held = held or _HeldWords(cands, tagged)
        if _speaks_for(cands[outer], cands[inner], held, aliases, fold_share):
            out[inner] = outer
        else:
            out[outer] = inner
    return out


def _shorter_runs_joined(words: list[str]) -> Iterable[str]:
    """Each run of at most ``RUN_MAX`` of ``words`` shorter than all of them, spaces aside (a form inside another)."""
    for a in range(len(words)):
        run = ""
        for b in range(a, min(len(words), a + RUN_MAX)):
            run += words[b]
            if b - a + 1 < len(words):
                yield run


def _letters(words: list[str]) -> str:
    """Each word's letters in order: two forms alike but for letters reordered inside a word share it (``_mistyped``)."""
    return " ".join("".join(sorted(w)) for w in words)


class _ShownForms:
    """The base forms of a list, to tell whether a phrase listed after them is shown alike, inside one of them or around
    one of them, spaces and spelling variants aside (``spelling_key``: ``गौरी बाजार`` is ``गौरीबाज़ार``), or is one of
    them mistyped (``_mistyped``): the tests of ``_shown_inside``, where the phrase listed later goes. Each phrase adds
    and looks up the runs of at most ``RUN_MAX`` of its words."""

    def __init__(self) -> None:
        self.joined: set[str] = set()  # each form, spaces aside
        self.runs: set[str] = set()  # each shorter run of a form's words, spaces aside
        self.letters: dict[str, list[list[str]]] = {}  # each word's letters in order -> forms of two or more words

    def add(self, words: list[str]) -> None:
        words = [spelling_key(w) for w in words]
        self.joined.add("".join(words))
        self.runs.update(_shorter_runs_joined(words))
        if len(words) > 1:
            self.letters.setdefault(_letters(words), []).append(words)

    def clash(self, words: list[str]) -> bool:
        words = [spelling_key(w) for w in words]
        joined = "".join(words)
        if joined in self.joined or joined in self.runs or any(r in self.joined for r in _shorter_runs_joined(words)):
            return True
        return len(words) > 1 and any(_mistyped(words, w) for w in self.letters.get(_letters(words), ()))


#: How far apart, in characters, the letters a typo reorders inside a word may be (``_mistyped``), and how long the word
#: must be: shorter words reorder into other words and names (``नीरज``/``रजनी``, ``कमल``/``कलम``, ``मीना``/``नामी``).
TYPO_SPAN = 4
TYPO_MIN_CHARS = 5


def _mistyped(a: list[str], b: list[str]) -> bool:
    """Are the words ``a`` and ``b`` (each word's letters the same, in some order) the same but for letters of one word
    of at least ``TYPO_MIN_CHARS`` characters reordered within ``TYPO_SPAN`` of them (``संयुक्त``/``सयुंक्त``,
    ``चव्हाण``/``चह्वाण``, ``केदारनाथ``/``केदरानाथ``)?"""
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    if len(x) < TYPO_MIN_CHARS:
        return False
    at = [k for k, (p, q) in enumerate(zip(x, y)) if p != q]
    return at[-1] - at[0] < TYPO_SPAN


def _better_typed(a: list[str], b: list[str]) -> bool:
    """Of two phrases ``_mistyped`` makes one, is ``a`` spelled as the shipped document frequencies write its word and
    ``b`` not?"""
    forms = load_df("norm").df
    x, y = next((x, y) for x, y in zip(a, b) if x != y)
    return normalize(x) in forms and normalize(y) not in forms


def _absorbed(cands: list[_Candidate]) -> dict[int, int]:
    """``{inner: outer}`` for phrases that nearly always occur inside one longer phrase seen at least twice
    (``राजनाथ`` inside ``राजनाथ सिंह`` when untagged): the longer phrase is the keyword. A title
    (``_mark_title``) is never absorbed."""
    index = {c.key: i for i, c in enumerate(cands)}
    out: dict[int, int] = {}
    for o, outer in enumerate(cands):
        n_outer = len(outer.offsets)
        if n_outer < 2:
            continue
        k = outer.key
        for a in range(len(k)):
            for b in range(a + 1, len(k) + 1):
                i = index.get(k[a:b])
                if i is None or i == o or len(cands[i].offsets) > n_outer / ABSORB or cands[i].title:
                    continue
                prev = out.get(i)
                if prev is None or len(cands[prev].key) < len(k):
                    out[i] = o
    # An outer phrase that is itself absorbed hands its inner phrases on.
    for i, o in list(out.items()):
        seen = {i}
        while o in out and o not in seen:
            seen.add(o)
            o = out[o]
        out[i] = o
    return out
