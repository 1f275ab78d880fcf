"""Name chains inside candidate runs (``rank.keywords``): designations and the common words before them,
first names the tagger calls nouns, and two names written side by side cut apart."""

from __future__ import annotations

from collections import Counter
from itertools import islice

from ...doc import Sentence
from ...text.normalize import spelling_key
from .vocabulary import COMMON_NOUNS, _IF_COMMON, MAX_WORDS, NOMINAL_WORDS, _NEVER, STANDALONE_PLACES, _TITLE, _is_calling

#: A first name guessed from ``NOMINAL_WORDS`` opens a person's name of at most this many words (``फाफ डु प्लेसिस``).
GUESSED_NAME_WORDS = 3


def _designations(sentence_runs: list[list[list[list]]]) -> None:
    """In each proper-noun chain, make a designation and every word before it common nouns, in place:
    ``रक्षा मंत्री राजनाथ सिंह`` gives the phrase ``रक्षा मंत्री`` and the name ``राजनाथ सिंह``.

    A designation is a title (``TITLES``: ``मंत्री``, ``अध्यक्ष``), a calling (``CALLINGS``, words in ``विद्``: read as
    such a word whatever the text says elsewhere) or a word the tagger calls a common noun
    or adjective in the text more often than a one-word name (``common`` of ``_runs``: ``रक्षा``, ``कवि``; not the
    ``विराट`` of ``विराट कोहली``, once read as the adjective and twice as a name alone), which titles the name after it. Such a
    word that *ends* a chain of two or more words the text writes at least twice is the name's head
    instead (``उत्तर प्रदेश``, ``सुप्रीम कोर्ट``, ``डोनाल्ड ट्रंप`` where ``ट्रंप`` is once tagged a noun): then
    only titles are designations in that chain, so ``राष्ट्रीय स्वयंसेवक संघ`` and ``जनता दल`` stay names. Said
    once, such a chain is more often a name with a common word glued on (``अयोध्या गोली``), and is read as
    before. Nor is a first name the tagger also calls a noun a designation (``_first_names``: ``योगी आदित्यनाथ``),
    nor a word that is no title where every word after it in the chain is a common noun (``COMMON_NOUNS``): it then
    titles nothing, and the chain is one name (``राष्ट्रीय शिक्षा नीति``, ``मोटर वाहन अधिनियम``).
    """
    # Only runs that hold a designation change; a chain whose head may be kept ends in one, so all
    # its occurrences are among them too. Untagged text has no designations.
    flagged = [(run, _name_chains(run)) for runs in sentence_runs for run in runs if any(u[4] for u in run)]

    def headed(run: list[list], i: int, j: int) -> bool:  # two or more words ending in a noun-elsewhere word
        return j - i >= 2 and run[j - 1][4] == _IF_COMMON

    chains = Counter(tuple([u[2] for u in run[i:j]]) for run, spans in flagged for i, j in spans if headed(run, i, j))
    first_names = _first_names(sentence_runs, flagged)
    for run, spans in flagged:
        for i, j in spans:
            keep_head = headed(run, i, j) and chains[tuple([u[2] for u in run[i:j]])] >= 2
            for k in range(j - 1, i - 1, -1):  # the last designation of the chain and every word before it
                if k + 1 < j and first_names.get(run[k][2]) == run[k + 1][2]:
                    continue  # "योगी आदित्यनाथ": a first name, not a designation
                if run[k][4] == _TITLE or (run[k][4] and not keep_head):
                    # What follows a designation that is no title must be a name: when every word after it is a
                    # common noun, it titles nothing and the chain is one name (an institution, a scheme, a law,
                    # a day: "राष्ट्रीय शिक्षा नीति", "मोटर वाहन अधिनियम", "विश्व स्वास्थ्य संगठन"), where "कवि कुमार विश्वास"
                    # titles "कुमार विश्वास" ("कुमार" is no common noun).
                    if run[k][4] != _TITLE and k + 1 < j and all(spelling_key(u[2]) in COMMON_NOUNS for u in run[k + 1 : j]):
                        break
                    for m in range(i, k + 1):
                        run[m][3] = "N"
                    break


def _first_names(sentence_runs: list[list[list[list]]], flagged: list[tuple[list[list], list[tuple[int, int]]]]) -> dict[str, str]:
    """Noun-elsewhere words that open a name rather than title it, each with the name word after it: the text
    writes the two together at least twice, and the second without the first less often than with it
    (``योगी आदित्यनाथ`` five times, ``आदित्यनाथ`` alone once; the tagger calls ``योगी`` a noun in ``योगी सरकार``).
    A designation is written at a name's first mention and left off later (``कवि कुमार विश्वास``, then ``कुमार विश्वास``).

    Or the word opens a name chain, right before a name word that is no designation, in a person's name
    (``_person_name_after``), and HDTB does not know it as a common noun or adjective (``NOMINAL_WORDS``): the tagger's
    noun reading of it elsewhere is a guess at a name it does not know (``मुनीबा ने``, ``फाफ ने`` beside ``मुनीबा
    अली``, ``फाफ डु प्लेसिस``), where a designation is a word the treebank writes as a noun (``कवि``, ``कप्तान``,
    ``ओपनर``); with the name word after its first such opening."""
    openers = {u[2] for run, _ in flagged for u in run if u[4] == _IF_COMMON}
    if not openers:
        return {}
    together: Counter = Counter()  # (opener, the name word right after it): how often
    unknown: dict[str, str] = {}  # an opener HDTB has no noun of -> the name word after its first opening of a chain
    for runs in sentence_runs:
        for run in runs:
            for k in range(1, len(run)):
                first, second = run[k - 1], run[k]
                if first[2] in openers and second[3] == "P":
                    together[(first[2], second[2])] += 1
                    if (
                        second[4] == _NEVER
                        and first[2] not in unknown
                        and (k == 1 or run[k - 2][3] != "P")
                        and spelling_key(first[2]) not in NOMINAL_WORDS
                        and not _is_calling(spelling_key(first[2]))
                        and _person_name_after(run, k)
                    ):
                        unknown[first[2]] = second[2]
    pairs = {pair: n for pair, n in together.items() if n >= 2}
    named: dict[str, str] = {}
    if pairs:
        after = {second for _, second in pairs}
        seconds: Counter = Counter()  # every occurrence of those name words, after an opener or not
        for runs in sentence_runs:
            for run in runs:
                for u in run:
                    if u[2] in after:
                        seconds[u[2]] += 1
        named = {first: second for (first, second), n in pairs.items() if seconds[second] - n < n}
    for first, second in unknown.items():
        named.setdefault(first, second)
    return named


def _person_name_after(run: list[list], k: int) -> bool:
    """Do the name words from ``run[k]`` to the end of its chain complete a person's name opened by ``run[k - 1]``:
    at most ``GUESSED_NAME_WORDS`` words with it, none a place (``STANDALONE_PLACES``)? A longer chain, or one that
    holds a place, is more often a noun glued onto a name (``स्कूटर्स ओवरऑल टू-व्हीलर मार्केट``, ``दीपिका पादुकोण
    मुंबई``)."""
    words_, place = _name_from(run, k)
    return words_ < GUESSED_NAME_WORDS and not place


def _name_from(run: list[list], k: int) -> tuple[int, bool]:
    """How many name words the chain holds from ``run[k]`` on, and whether one is a place (``STANDALONE_PLACES``)."""
    m = k
    while m < len(run) and run[m][3] == "P":
        m += 1
    return m - k, any(u[2] in STANDALONE_PLACES for u in run[k:m])


def _name_chains(run: list[list]) -> list[tuple[int, int]]:
    """``(i, j)`` unit ranges of the run's proper-noun chains (maximal runs of class ``P``)."""
    out = []
    i, n = 0, len(run)
    while i < n:
        if run[i][3] != "P":
            i += 1
            continue
        j = i + 1
        while j < n and run[j][3] == "P":
            j += 1
        out.append((i, j))
        i = j
    return out


def _split_adjacent_names(sentence_runs: list[list[list[list]]], sents: list[Sentence]) -> None:
    """Cut, in place, the runs where two names stand side by side as one chain.

    A headline or a sentence that drops the comma or postposition between two names gives one
    proper-noun chain (``राहुल गांधी जीडीपी``, ``सुखजिंदर सिंह रंधावा पंजाब``, ``एशिया कप पाकिस्तान``).
    A chain of three or more words that the text writes once is cut where both parts are chains
    the text writes on their own elsewhere (``राहुल गांधी`` and ``जीडीपी``); of several such cuts,
    the one whose parts the text writes most often. A two-word chain said once is cut where it
    ends in a place (``STANDALONE_PLACES``: not a party, so ``पंजाब कांग्रेस`` stays whole) and the
    text writes its first word as a name on its own at least twice: an encyclopedic text opens with
    its subject before a place (``गंगा भारत की सबसे महत्वपूर्ण नदी है``, ``ताजमहल भारत के आगरा शहर में``);
    or, below, where it is a surname and a place. Other two-word chains stay whole: a first name and a surname are each written alone as often
    as a name and a place (``विराट``, ``कोहली``; ``सलमान खान`` said once beside ``सलमान`` said ten
    times); nor is a chain of more than ``2 * MAX_WORDS`` words cut.

    A two-word chain said once is also cut where its first word is a person's surname and its second a place
    (``गहलोत जयपुर स्थित बिड़ला ऑडिटोरियम में``, ``शाह गुवाहाटी पहुंचे``): the text writes the first word alone and as
    the end of a longer name whose word before it is no word HDTB knows as a noun or adjective (``अशोक गहलोत``; not
    ``नई दिल्ली``), and never writes it before में or स्थित (no place itself); the second is a place
    (``STANDALONE_PLACES``) or a word HDTB does not know as a noun or adjective that the text writes before में or
    स्थित (``_written_as_places``; not ``धोनी स्टेडियम``, ``बजाज ऑटो``; nor ``शाह फैसल`` where the text says ``फैसल से``). A news story names a person in full once
    and by the surname after that, where a place is seldom part of a name.
    """
    chains: Counter[tuple[str, ...]] = Counter()
    cuttable = []
    for s, runs in enumerate(sentence_runs):
        for r, run in enumerate(runs):
            if len(run) == 1:  # most runs: a one-word name, if any, is never cut
                if run[0][3] == "P":
                    chains[(run[0][2],)] += 1
                continue
            for i, j in _name_chains(run):
                key = tuple([u[2] for u in run[i:j]])
                chains[key] += 1
                # A longer chain stays whole: one of its parts would be too long to be a candidate,
                # and trying its cuts would cost the square of its length (a text that lists names).
                # A two-word chain is cut only where its second word is a place (below).
                if 2 <= j - i <= 2 * MAX_WORDS:
                    cuttable.append((s, r, i, key))
    cuts: dict[tuple[int, int], list[int]] = {}
    surnames: set[str] | None = None  # made when a two-word chain said once needs it
    places: frozenset[str] | None = None  # likewise
    for s, r, i, key in cuttable:
        if chains[key] != 1:
            continue
        # Cut after p words; ties go to the first such cut.
        if len(key) == 2:
            if key[1] in STANDALONE_PLACES and chains[key[:1]] >= 2:
                splits = [1]
            else:
                if surnames is None:
                    surnames = {k[-1] for k in chains if len(k) >= 2 and spelling_key(k[-2]) not in NOMINAL_WORDS}
                surname_and_place = key[0] in surnames and chains[key[:1]] >= 1 and key[0] not in STANDALONE_PLACES
                if surname_and_place:
                    if places is None:
                        places = _written_as_places(sents)
                    surname_and_place = key[0] not in places and (
                        key[1] in STANDALONE_PLACES or (key[1] in places and spelling_key(key[1]) not in NOMINAL_WORDS)
                    )
                splits = [1] if surname_and_place else []
        else:
            splits = [p for p in range(1, len(key)) if chains[key[:p]] and chains[key[p:]]]
        if splits:
            p = max(splits, key=lambda p: chains[key[:p]] + chains[key[p:]])
            cuts.setdefault((s, r), []).append(i + p)
    for (s, r), at in sorted(cuts.items(), reverse=True):  # later runs first: indices stay valid
        run = sentence_runs[s][r]
        bounds = [0, *sorted(at), len(run)]
        sentence_runs[s][r : r + 1] = [run[a:b] for a, b in zip(bounds, bounds[1:])]


#: What follows a place: ``जयपुर में``, ``जयपुर स्थित`` (``_split_adjacent_names``). Not से, which follows a person as
#: often ("फैसल से मुलाकात की").
_AFTER_PLACE = frozenset({"में", "स्थित"})


def _written_as_places(sents: list[Sentence]) -> frozenset[str]:
    """The normalised forms of the words ``sents`` write right before में or स्थित, in one pass over their tokens."""
    out: set[str] = set()
    for sentence in sents:
        norms = sentence.columns.norms
        out.update(a for a, b in zip(norms, islice(norms, 1, None)) if b in _AFTER_PLACE)
    return frozenset(out)
