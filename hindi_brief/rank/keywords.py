"""Keyphrases: tag-pattern candidates inside sentences, merged by lemma, scored, de-duplicated.

Candidates (never crossing a sentence boundary or punctuation, at most ``MAX_WORDS`` words):

* proper-noun chains, kept whole: ``राजनाथ सिंह``, ``पीट हेगसेथ``;
* runs of adjectives and common nouns ending in a noun, and every such sub-run:
  ``रक्षा सहयोग``, ``द्विपक्षीय रक्षा साझेदारी``;
* hyphenated compounds, as one word whether written ``भारत-अमेरिका`` or ``भारत - अमेरिका``
  (a dash glued to the word before it with a space after, ``कहा- भाजपा``, is a colon:
  it separates).

Words are Devanagari word tokens of at least two characters that are not stopwords
or in ``NOT_PHRASE_WORDS`` (reporting verbs such as ``कहा``, ``बोले``, which a tagger
may call names in a headline, and ``आज``, ``कल``), so a phrase never starts or ends
with a postposition, stopword or punctuation.
Untagged documents (``tagger="none"``) use runs of such words of up to three words.

Occurrences are grouped by the phrase's lemmas (``सहयोग``/``सहयोगों`` together);
``Keyword.text`` is the most frequent surface form. Score::

    (W_GRAPH * rank + W_TFIDF * tfidf) * (1 + HEADLINE_BOOST if in the headline)
        * (1 + PROPER_BOOST if a proper-noun chain) * (1 + EARLY_BOOST if in the first two sentences)

``rank`` is a PositionRank-style PageRank over the co-occurrence graph of candidates
(same sentence), teleporting in proportion to ``sum 1 / (position + 2)`` over the
occurrences (headline = position 0). ``tfidf`` is ``(1 + log count)`` times the mean
IDF of the phrase's words (shipped document frequencies) times a small bonus per
extra word. Both parts are scaled to [0, 1].

Overlaps are then removed best first: a phrase most of whose occurrences overlap an
already chosen phrase is dropped, except that a longer phrase that occurs at least
twice is kept next to a shorter one it contains (``रक्षा`` and ``रक्षा सहयोग``), and a
longer phrase that covers nearly all occurrences of a chosen shorter one replaces it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from itertools import chain
from dataclasses import dataclass, field

import numpy as np
import regex
from scipy.sparse import csr_matrix

from ..caching import short_key_cache
from ..doc import Document, Sentence
from ..results import Keyword
from ..text.normalize import normalize
from ..text.stopwords import REPORTING_VERBS, STOPWORDS
from .weights import DENSE_GRAPH_MAX, DocumentFrequencies, df_for, pagerank, scale_to_max

__all__ = ["extract_keywords", "candidates"]

MAX_WORDS = 4
MAX_WORDS_UNTAGGED = 3
W_GRAPH = 0.5
W_TFIDF = 0.5
HEADLINE_BOOST = 3.0  # ILSUM val (first 300): P@10 72.9 at 0.5 -> 81.9
PROPER_BOOST = 0.5
EARLY_BOOST = 1.0
# Phrases co-occur when they share a sentence; a sentence longer than this many characters
# (a text without punctuation) is cut into slices, so the graph stays sparse and linear.
COOCCURRENCE_CHARS = 600
EARLY_SENTENCES = 2  # headline = 0, then the first two body sentences
LENGTH_BONUS = 0.5
OVERLAP = 0.6
ABSORB = 0.8
PAGERANK_DAMPING = 0.85
SCORE_DECIMALS = 10  # scores are at most about 12; rounding error of the arithmetic is ~1e-15

_DEVANAGARI = regex.compile(r"\p{Devanagari}")
#: Words that are never part of a keyphrase although a tagger may call them nouns or names:
#: reporting verbs ("सोनम खान बोलीं" in a headline), "today"/"yesterday, tomorrow" ("आज नई नीति"),
#: and the imperatives of headlines ("जानें कब ..."). They cost 0.3 points of silver P@10 on
#: ILSUM val (references often say "आज"; docs/evaluation.md), for lists a reader can use.
NOT_PHRASE_WORDS = REPORTING_VERBS | frozenset(normalize(w) for w in ("आज", "कल", "परसों", "जानें", "देखें", "पढ़ें"))
_HYPHENS = frozenset("-‐‑–")
_CLASS = {"PROPN": "P", "NOUN": "N", "ADJ": "A"}
# Honorifics end a name candidate and are never part of one ("श्री राजनाथ सिंह" -> "राजनाथ सिंह").
HONORIFICS = frozenset({"श्री", "श्रीमती", "सुश्री", "डॉ", "डॉक्टर", "प्रो", "प्रोफेसर", "पं", "पंडित", "जी", "साहब", "श्रीमान"})
# Designations that HDTB-style tagging marks PROPN inside titles ("रक्षा मंत्री राजनाथ सिंह" is all
# PROPN there); they and the words before them in a proper-noun chain are treated as common nouns.
TITLES = frozenset({
    "मंत्री", "मंत्रालय", "सचिव", "प्रधानमंत्री", "मुख्यमंत्री", "राष्ट्रपति", "उपराष्ट्रपति", "राज्यपाल",
    "अध्यक्ष", "उपाध्यक्ष", "सांसद", "विधायक", "नेता", "प्रवक्ता", "महासचिव", "निदेशक", "आयुक्त",
    "न्यायाधीश", "न्यायमूर्ति", "जज", "कप्तान", "कोच", "अभिनेता", "अभिनेत्री", "सरकार", "केंद्रीय",
    "राज्यमंत्री", "उपमुख्यमंत्री", "गृहमंत्री", "विदेशमंत्री", "सेनाध्यक्ष", "प्रमुख", "अधिकारी", "संवाददाता",
})


@dataclass(slots=True)
class _Unit:
    """One word of a candidate (a hyphenated compound counts as one)."""

    start: int  # character offsets in the document text
    end: int
    key: str  # lemma (or normalised parts joined by "-")
    cls: str  # "P" proper noun, "N" noun, "A" adjective, "W" untagged word
    common: bool = False  # a PROPN that is a designation or is tagged NOUN/ADJ elsewhere in the document


@dataclass(slots=True)
class _Candidate:
    key: tuple[str, ...]
    proper: bool = False  # a proper-noun chain (names are what news keywords are mostly about)
    offsets: list[tuple[int, int]] = field(default_factory=list)
    # Positions of the occurrences (0 = headline, 1 = first body sentence...), summed up as they
    # come: the first and sum 1 / (position + 2); a list per phrase was a tenth of the memory
    # of a long text's brief.
    first: int = -1
    position_weight: float = 0.0
    windows: list[int] = field(default_factory=list)
    """Co-occurrence units (ascending, no repeats): a sentence, or a ``COOCCURRENCE_CHARS`` slice of a very long one."""


@short_key_cache(maxsize=100_000)
def _norm_ok(norm: str) -> bool:
    # Cached: the same few thousand word forms come back in every article.
    return (
        len(norm) >= 2
        and _DEVANAGARI.search(norm) is not None
        and norm not in STOPWORDS
        and norm not in NOT_PHRASE_WORDS
    )


def _hyphen_key(norm: str) -> str:
    return "-".join(p for p in regex.split(r"[-‐‑–]", norm) if p)


def _units(sentence: Sentence, tagged: bool, common: frozenset[str] = frozenset()) -> list[_Unit | None]:
    """The sentence as units, ``None`` where a candidate must break."""
    toks = sentence.tokens
    n = len(toks)
    # May the token be a phrase word (see the module doc)? Asked once per token, not once per look.
    ok = [t.kind == "word" and _norm_ok(t.norm) and (t.lemma or t.norm) not in STOPWORDS for t in toks]
    out: list[_Unit | None] = []
    i = 0
    while i < n:
        tok = toks[i]
        if not ok[i]:  # (the commonest case first)
            out.append(None)
            i += 1
            continue
        # "भारत - अमेरिका", "भारत -अमेरिका": word, hyphen, word -> one compound unit. A dash
        # glued to the word before it and followed by a space is a colon ("कहा- भाजपा",
        # "कहानी- तंगहाली"), not a compound.
        if (
            i + 2 < n
            and ok[i + 2]
            and toks[i + 1].text in _HYPHENS
            and not (toks[i + 1].start == tok.end and toks[i + 2].start > toks[i + 1].end)
            and (not tagged or (tok.pos in _CLASS and toks[i + 2].pos in _CLASS))
        ):
            right = toks[i + 2]
            cls = "W" if not tagged else ("P" if "PROPN" in (tok.pos, right.pos) else "N")
            out.append(_Unit(tok.start, right.end, f"{tok.norm}-{right.norm}", cls))
            i += 3
            continue
        if not _HYPHENS.isdisjoint(tok.norm):  # a hyphen inside the token
            cls = "W" if not tagged else _CLASS.get(tok.pos or "", None)
            out.append(None if cls is None else _Unit(tok.start, tok.end, _hyphen_key(tok.norm), "N" if cls == "A" else cls))
        elif not tagged:
            out.append(_Unit(tok.start, tok.end, tok.norm, "W"))
        else:
            cls = _CLASS.get(tok.pos or "")
            lemma = tok.lemma or tok.norm
            if cls is None or tok.norm in HONORIFICS or lemma in HONORIFICS:
                out.append(None)
            else:
                is_common = cls == "P" and (lemma in TITLES or lemma in common)
                out.append(_Unit(tok.start, tok.end, lemma, cls, is_common))
        i += 1
    return out


def _demote_titles(run: list[_Unit]) -> list[_Unit]:
    """In each proper-noun chain, a designation and every word before it become common nouns."""
    for k, u in enumerate(run):
        if u.cls == "P" and u.common:
            for j in range(k, -1, -1):
                if run[j].cls != "P":
                    break
                run[j].cls = "N"
    return run


def _runs(units: list[_Unit | None]) -> list[list[_Unit]]:
    runs, cur = [], []
    for u in units:
        if u is None:
            if cur:
                runs.append(cur)
            cur = []
        else:
            cur.append(u)
    if cur:
        runs.append(cur)
    return [_demote_titles(r) for r in runs]


def _spans(run: list[_Unit], tagged: bool) -> list[tuple[int, int]]:
    """``(i, j)`` unit ranges of a run that are candidates."""
    if len(run) == 1:  # most runs are one word: a candidate unless a lone adjective
        return [] if run[0].cls == "A" else [(0, 1)]
    if not tagged:
        n = len(run)
        return [(i, j) for i in range(n) for j in range(i + 1, min(n, i + MAX_WORDS_UNTAGGED) + 1)]
    cls = [u.cls for u in run]
    n = len(cls)
    out = []
    i = 0
    while i < n:
        j = i
        if cls[i] == "P":  # a proper-noun chain is one candidate, never split
            while j < n and cls[j] == "P":
                j += 1
            if j - i <= MAX_WORDS:
                out.append((i, j))
        else:
            while j < n and cls[j] != "P":
                j += 1
            for a in range(i, j):
                for b in range(a + 1, min(j, a + MAX_WORDS) + 1):
                    if cls[b - 1] == "N":  # ends with a noun
                        out.append((a, b))
        i = j
    return out


def candidates(doc: Document) -> dict[tuple[str, ...], _Candidate]:
    """All candidate phrases of ``doc`` (headline included) keyed by their lemma tuple."""
    tagged = doc.tagger is not None
    found: dict[tuple[str, ...], _Candidate] = {}
    sents = ([doc.headline] if doc.headline is not None else []) + list(doc.sentences)
    # Lemmas the tagger also calls NOUN/ADJ in this document are not names ("रक्षा" in "रक्षा मंत्री").
    common = frozenset({t.lemma or t.norm for s in sents for t in s.tokens if t.pos == "NOUN" or t.pos == "ADJ"})
    offset = 0 if doc.headline is not None else 1
    windows: dict[tuple[int, int], int] = {}
    for sid, sentence in enumerate(sents):
        position = sid + offset
        one_window = sentence.end - sentence.start <= COOCCURRENCE_CHARS  # every span in slice 0
        for run in _runs(_units(sentence, tagged, common)):
            keys = [u.key for u in run]
            for a, b in _spans(run, tagged):
                key = tuple(keys[a:b])
                start, end = run[a].start, run[b - 1].end
                cand = found.get(key)
                if cand is None:
                    cand = found[key] = _Candidate(key, proper=run[a].cls == "P")
                cand.offsets.append((start, end))
                if cand.first < 0:
                    cand.first = position
                cand.position_weight += 1.0 / (position + 2.0)
                piece = 0 if one_window else (start - sentence.start) // COOCCURRENCE_CHARS
                window = windows.setdefault((sid, piece), len(windows))
                # Window ids only grow through the document, so "new" means "not the last one".
                if not cand.windows or cand.windows[-1] != window:
                    cand.windows.append(window)
    return found


def _idfs(cands: list[_Candidate], df: DocumentFrequencies) -> np.ndarray:
    """Mean IDF of each phrase's words (a compound's parts count as words); words are looked up once."""
    of_unit: dict[str, list[float]] = {}
    out = np.empty(len(cands))
    for i, c in enumerate(cands):
        values = []
        for k in c.key:
            v = of_unit.get(k)
            if v is None:
                v = of_unit[k] = [df.idf(p) for p in k.split("-") if p]
            values += v
        out[i] = sum(values) / len(values) if values else 0.0
    return out


def _cooccurrence(cands: list[_Candidate]) -> np.ndarray | csr_matrix:
    """Candidate x candidate count of shared windows (same sentence, or slice of a very long one), no self-loops.

    Dense for an article's few dozen candidates (scipy's per-matrix overhead dominates there),
    sparse for a long text: many candidates, but few per sentence.
    """
    # As arrays, not lists of Python ints (which cost 36 bytes a pair of entries more).
    rows = np.repeat(np.arange(len(cands)), [len(c.windows) for c in cands])
    cols = np.fromiter(chain.from_iterable(c.windows for c in cands), dtype=np.int64, count=len(rows))
    shape = (len(cands), int(cols.max()) + 1)
    if len(cands) <= DENSE_GRAPH_MAX:
        inc = np.zeros(shape)
        inc[rows, cols] = 1.0
        adj = inc @ inc.T
        np.fill_diagonal(adj, 0.0)
        return adj
    sparse_inc = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=shape)
    sparse_adj = (sparse_inc @ sparse_inc.T).tocsr()
    sparse_adj.setdiag(0.0)
    sparse_adj.eliminate_zeros()
    return sparse_adj


def _scores(cands: list[_Candidate], doc: Document) -> np.ndarray:
    df = df_for(doc)
    idf = _idfs(cands, df)
    has_headline = doc.headline is not None
    # One pass over the candidates for every per-phrase number (positions are ascending).
    counts, lengths, position_weight, in_head, proper, early = np.array(
        [
            (
                len(c.offsets),
                len(c.key),
                c.position_weight,
                c.first == 0 and has_headline,
                c.proper,
                c.first <= EARLY_SENTENCES,
            )
            for c in cands
        ],
        dtype=np.float64,
    ).T
    tfidf = (1.0 + np.log(counts)) * idf * (1.0 + LENGTH_BONUS * (lengths - 1.0))
    adj = _cooccurrence(cands)
    prior = position_weight * idf
    teleport = prior / prior.sum() if prior.sum() > 0 else np.full(len(cands), 1.0 / len(cands))
    graph = pagerank(adj, teleport, damping=PAGERANK_DAMPING, symmetric=True)
    boost = (1.0 + HEADLINE_BOOST * in_head) * (1.0 + PROPER_BOOST * proper) * (1.0 + EARLY_BOOST * early)
    return (W_GRAPH * scale_to_max(graph) + W_TFIDF * scale_to_max(tfidf)) * boost


def _token_starts(doc: Document) -> list[int]:
    sents = ([doc.headline] if doc.headline is not None else []) + list(doc.sentences)
    return sorted(t.start for s in sents for t in s.tokens)


class _ChosenSpans:
    """Which occurrences of the chosen phrases cover each token.

    Candidate spans start at a token and end at a token's end, so two of them overlap
    exactly when they share a token start. Looking overlaps up by token costs each
    candidate the tokens of its own occurrences; comparing it with every chosen phrase
    made ``top=10**9`` quadratic (104 s on 1 MB).
    """

    __slots__ = ("token_starts", "by_token", "slot_of")

    def __init__(self, token_starts: list[int]) -> None:
        self.token_starts = token_starts
        self.by_token: dict[int, list[tuple[int, int]]] = {}
        self.slot_of: dict[int, int] = {}  # chosen phrase -> its slot; replaced phrases leave

    def _tokens(self, start: int, end: int) -> list[int]:
        starts = self.token_starts
        k = bisect_left(starts, start)
        out = []
        while k < len(starts) and starts[k] < end:
            out.append(starts[k])
            k += 1
        return out

    def add(self, phrase: int, slot: int, offsets: list[tuple[int, int]]) -> None:
        self.slot_of[phrase] = slot
        for q, (a, b) in enumerate(offsets):
            for t in self._tokens(a, b):
                self.by_token.setdefault(t, []).append((phrase, q))

    def remove(self, phrase: int) -> None:
        del self.slot_of[phrase]

    def overlaps(self, offsets: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
        """``(chosen phrase, how many of offsets overlap it, how many of its occurrences they overlap)``,
        in slot order, for the chosen phrases that overlap ``offsets`` at all."""
        mine: dict[int, int] = {}
        theirs: dict[int, set[int]] = {}
        for a, b in offsets:
            hit: set[int] = set()
            for t in self._tokens(a, b):
                for phrase, q in self.by_token.get(t, ()):
                    if phrase in self.slot_of:
                        hit.add(phrase)
                        theirs.setdefault(phrase, set()).add(q)
            for phrase in hit:
                mine[phrase] = mine.get(phrase, 0) + 1
        return sorted(((j, mine[j], len(theirs[j])) for j in mine), key=lambda x: self.slot_of[x[0]])


def _deduplicated(
    cands: list[_Candidate], order: list[int], absorbed: dict[int, int], score_of: dict[int, float],
    token_starts: list[int], top: int,
) -> list[int]:
    """The first ``top`` phrases of ``order`` left after removing overlaps (rules in the module doc);
    ``score_of`` gains the score of a phrase a longer one replaces."""
    chosen: list[int] = []
    index = _ChosenSpans(token_starts)
    for i in order:
        if i in absorbed:
            continue
        c = cands[i]
        keep = True
        for j, mine, theirs in index.overlaps(c.offsets):
            s = cands[j]
            if _contains(c.key, s.key):  # c is longer
                if theirs / len(s.offsets) >= 1.0 - (1.0 - OVERLAP) / 2:
                    # c covers nearly every occurrence of s: say it in full, in s's place.
                    slot = index.slot_of[j]
                    chosen[slot] = i
                    index.remove(j)
                    index.add(i, slot, c.offsets)
                    score_of[i] = max(score_of[i], score_of[j])
                    keep = False
                    break
                if len(c.offsets) >= 2:
                    continue
                keep = False
                break
            if mine / len(c.offsets) >= OVERLAP:
                keep = False
                break
        if keep:
            index.add(i, len(chosen), c.offsets)
            chosen.append(i)
        if len(chosen) >= top:
            break
    return chosen


def _contains(outer: tuple[str, ...], inner: tuple[str, ...]) -> bool:
    n = len(inner)
    return len(outer) > n and any(outer[i : i + n] == inner for i in range(len(outer) - n + 1))


def _absorbed(cands: list[_Candidate]) -> dict[int, int]:
    """``{inner: outer}`` for phrases that nearly always occur inside one longer phrase seen at least twice
    (``राजनाथ`` inside ``राजनाथ सिंह`` when untagged): the longer phrase is the keyword."""
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
                if i is None or i == o or len(cands[i].offsets) > n_outer / ABSORB:
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


def extract_keywords(doc: Document, *, top: int = 10) -> list[Keyword]:
    """The ``top`` best keyphrases of ``doc``, best first (``top`` validated by the caller)."""
    found = candidates(doc)
    if not found:
        return []
    cands = list(found.values())
    scores = _scores(cands, doc)
    absorbed = _absorbed(cands)
    for inner, outer in absorbed.items():  # the longer phrase speaks for the shorter one
        scores[outer] = max(scores[outer], scores[inner])
    # Best first; ties: earlier first occurrence, then the key, so the order is deterministic.
    # Scores are rounded to SCORE_DECIMALS first: two names seen once in the same sentence
    # have equal scores in exact arithmetic, but their computed scores differ in the last
    # bits, and which is larger depends on the BLAS build's order of summation.
    score_of = dict(enumerate(np.round(scores, SCORE_DECIMALS).tolist()))
    order = sorted(range(len(cands)), key=lambda i: (-score_of[i], min(cands[i].offsets), cands[i].key))
    chosen = _deduplicated(cands, order, absorbed, score_of, _token_starts(doc), top)
    out = []
    for i in chosen:
        c = cands[i]
        # Most frequent surface form; ties go to the one seen first (Counter keeps first-seen order).
        surfaces = Counter(" ".join(doc.text[a:b].split()) for a, b in c.offsets)
        text = max(surfaces, key=surfaces.__getitem__)
        out.append(
            Keyword(
                text=text,
                lemma=" ".join(c.key),
                score=score_of[i],
                count=len(c.offsets),
                offsets=tuple(sorted(c.offsets)),
            )
        )
    return out
