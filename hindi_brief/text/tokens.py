"""Unicode-correct tokens with offsets.

Python's ``re`` ``\\w`` does not match Devanagari vowel signs, virama or anusvara, so
``re.findall(r"\\w+", "रक्षा")`` breaks the word; the ``regex`` package's ``\\p{L}\\p{M}``
classes keep every word whole. ZWJ/ZWNJ stay inside words (they shape conjuncts).
"""

from __future__ import annotations

from typing import Iterator

import regex

from ..caching import cacheable, remember, word_table
from ..doc import Token
from .normalize import WORD_INVISIBLES, normalize
from .lexicon import words

__all__ = ["tokenize", "token_spans", "iter_token_spans", "WORD", "URL", "EMAIL"]

# Letters, marks, digits and the joiners that appear inside Devanagari words. A word joiner, a
# zero-width no-break space or a direction mark between two word characters is an invisible artefact
# of editing inside one word (``normalize`` drops it). A zero-width space is a word break, as Unicode
# has it: joining across it would merge the words of a text that separates them with one, and it
# changes ILSUM's tokens, on which the embedded tagger's clusters are counted.
_IN_WORD_INVISIBLE = "".join(sorted(WORD_INVISIBLES - {"\ufe0e", "\ufe0f"}))  # the selectors are marks: \p{M} below
# A keycap (a digit, "#" or "*", a variation selector and U+20E3: "1️⃣") is an emoji, never part of the word it is
# glued to ("जीती1️⃣" is "जीती" and "1️⃣"): its digit is no word character and U+20E3, a mark, none either.
_KEYCAP = r"[0-9#*]\ufe0f?\u20e3"
_WC = (
    rf"(?:[\p{{L}}\p{{M}}\u200c\u200d\u00ad--\u20e3]|\p{{Nd}}(?!\ufe0f?\u20e3)"  # \u00ad: soft hyphen
    rf"|[{_IN_WORD_INVISIBLE}]++(?=[\p{{L}}\p{{M}}\p{{Nd}}--\u20e3]))"
)
URL = r"(?:https?://|www\.)[^\s<>\"'“”‘’।]+[^\s<>\"'“”‘’।.,;:!?)\]]"
# Starts only where a run of address characters starts: tried at every "." or "+" of
# "a.a.a.a..." it rescanned the rest of the run each time (quadratic on a long line).
EMAIL = r"(?<![\w.+-])[\w.+-]++@[\w-]+(?:\.[\w-]+)+"
# Numbers keep their internal separators: 2.5, 2,500, 17:02, 2+2, 2015-16, 06/02/2025.
NUMBER = r"\p{Nd}+(?:[.,:/+\-]\p{Nd}+)*"
# A word starts with a letter (or digits glued to letters, e.g. 5जी); hyphens and
# apostrophes join compounds such as भारत-अमेरिका, स्टार्ट-अप्स, India's.
WORD = rf"(?:\p{{Nd}}+)?[\p{{L}}\p{{M}}--\u20e3]{_WC}*(?:[-‐'’]{_WC}+)*"

# Runs of plain whitespace in one match instead of one \X match per space. Each space
# is taken only when the next character is another space, a character that always
# starts a new grapheme (printable ASCII, a Devanagari letter, digit or danda) or the
# end: the space before a combining mark is left to \X (" \u093c" is one grapheme).
# Deciding per character keeps it linear (a lookahead after the whole run would make
# every position of a long run before a mark rescan the rest of it).
_PLAIN_SPACE = r" \t\n\r\f\v\u00a0"
_GRAPHEME_START = r"!-~\u0904-\u0939\u093d\u0950\u0958-\u0961\u0964-\u096f\u0972-\u097f"
# A space before marks that go on into letters is taken alone too (a stray space typed inside a word: "विद ्यालय"):
# \X would make the space, the virama and the conjunct after it one grapheme, skipped as whitespace with the
# letters in it ("विद", "लय"); the word after the space starts with its mark, as after a tab.
_SKIP = rf"(?P<space>(?:[{_PLAIN_SPACE}](?=[{_PLAIN_SPACE}{_GRAPHEME_START}]|\p{{M}}++\p{{L}}|\Z))+)"
# "|" is a math symbol to Unicode (Sm), but Hindi web text types it for a danda: punctuation
# here, when it is a grapheme of its own ("|" + a combining mark stays one symbol).
_PIPE = r"(?=\|)\X(?<=\|)"
# Flags are pairs of regional indicators. \X decides where a pair starts by counting the
# indicators before it, which is quadratic in a long run of flags: pairs are taken here
# from the left, as \X pairs them, with what a grapheme may extend them by.
_FLAG = r"[\U0001F1E6-\U0001F1FF]{1,2}[\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}]*+"
_REST = rf"(?P<symbol>{_KEYCAP})|(?P<word>{WORD})|(?P<number>{NUMBER})|(?P<punct>\.{{2,}}|\p{{P}}|{_PIPE})|(?P<symbol>{_FLAG}|\X)"
_TOKEN = regex.compile(rf"{_SKIP}|(?P<url>{URL}|{EMAIL})|{_REST}", regex.V1)
# The e-mail alternative scans every word up to its end looking for "@": a fifth of the
# tokenizer's time. Text without "@" cannot hold an address, so it uses this one.
_TOKEN_NO_EMAIL = regex.compile(rf"{_SKIP}|(?P<url>{URL})|{_REST}", regex.V1)
_DEVANAGARI_LETTER = regex.compile(r"[\p{Devanagari}&&[\p{L}\p{M}]]", regex.V1)
_LATIN = regex.compile(r"\p{Latin}")
# Where a Latin letter and a Devanagari letter or sign touch inside a word, scraping lost the space
# between two words ("PTIअयोध्या", "डिटेलAadhaar", "TVप्रधानमंत्री"): a word of one script is never
# spelt with letters of the other, so the word is cut there (``_GLUED``). A hyphen or a digit in
# between is not a seam ("PTI-भाषा" stays a compound, "5जी" one word).
_SCRIPT_SEAM = regex.compile(r"(?<=\p{Latin})(?=\p{Devanagari})|(?<=\p{Devanagari})(?=\p{Latin})", regex.V1)
_GLUED = "glued"  # a kind of the word table only: such a word becomes two or more tokens
# Control and format characters alone (a stray ZWNJ, NUL, RTL override, a variation selector) are not tokens:
# a text of only these would otherwise give a sentence nobody can see.
_INVISIBLE = regex.compile(r"[\p{Cc}\p{Cf}\p{Z}\ufe0e\ufe0f]+")  # and a variation selector that selects nothing
_SPACE = frozenset(" \t\r\n\f\v\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff")
# The kind of a word match depends on its characters only: decided once per distinct word.
_WORD_KINDS: dict[str, str] = word_table()
_WORD_KINDS_LIMIT = 200_000
# Token spans of each space-separated chunk, relative to the chunk (``token_spans``): about
# 150 bytes an entry (the chunk's string and its table slot; the spans are shared by shape),
# so at most about 15 MB. 150 full-length news texts bring about 10,000 chunks.
_CHUNK_SPANS: dict[str, tuple[tuple[int, int, str], ...]] = word_table()
_CHUNK_SPANS_LIMIT = 100_000
_SPAN_SHAPES: dict[tuple[tuple[int, int, str], ...], tuple[tuple[int, int, str], ...]] = word_table()
# A space can be part of a grapheme cluster: before a mark or a joiner (" \u093c"), after a
# prepended character. The whole-text pattern keeps such a cluster as one (skipped) symbol, so a
# chunk that opens with the one or ends with the other is never read from the table alone.
_CLUSTER_GOES_ON = regex.compile(r"[\p{GCB=Extend}\p{GCB=ZWJ}\p{GCB=SpacingMark}]", regex.V1)
_PREPEND = regex.compile(r"\p{GCB=Prepend}", regex.V1)

# The only words that keep a visarga at their end (``_colon_visarga``), and the stems they leave
# when the visarga is typed as a colon ("क्रमश:"), which take the colon into the word.
_VISARGA_WORDS = words("visarga_words")
_COLON_STEMS = frozenset(w[:-1] for w in _VISARGA_WORDS if w.endswith("ः"))


def _word_kind(word: str) -> str:
    """``"word"`` or ``"latin"``; ``_GLUED`` for a word that a Latin and a Devanagari part meet inside."""
    kind = _WORD_KINDS.get(word)
    if kind is None:
        if _DEVANAGARI_LETTER.search(word):
            kind = _GLUED if _LATIN.search(word) and _SCRIPT_SEAM.search(word) else "word"
        elif not (word.isascii() or _LATIN.search(word)):
            kind = "word"
        else:
            kind = "latin"
        if cacheable(word):
            remember(_WORD_KINDS, word, kind, _WORD_KINDS_LIMIT)
    return kind


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every token in ``text[start:end]``; whitespace is skipped."""
    end = len(text) if end is None else end
    if (
        text.find("@", start, end) >= 0
        or (start > 0 and text[start - 1] not in _SPACE)  # the pattern reads graphemes across ``start``
    ):
        return _matched_spans(text, start, end, _TOKEN)
    # The text is tokenised a space-separated chunk at a time, each chunk's spans read from a
    # table: a news text repeats most of its chunks (words, "है।"), and matching them all with
    # the pattern below was half the text layer's time. A chunk gets the same spans as inside
    # the whole text: no token crosses a space, except where a space is inside a grapheme cluster
    # (a mark after it, a prepended character before it: the whole text is matched instead), and
    # the e-mail alternative, the only one that looks behind a match, needs an "@".
    out: list[tuple[int, int, str]] = []
    append = out.append
    known = _CHUNK_SPANS.get
    pos = start
    for chunk in text[start:end].split(" "):
        if chunk:
            spans = known(chunk)
            if spans is None:  # a chunk not met before, or one whose cluster may cross a space (never kept)
                opens = _CLUSTER_GOES_ON.match(chunk) is not None
                closes = _PREPEND.match(chunk, len(chunk) - 1) is not None
                if (opens and pos > start) or (closes and pos + len(chunk) < end):
                    return _matched_spans(text, start, end, _TOKEN)
                spans = _chunk_spans(chunk, keep=not (opens or closes))
            if len(spans) == 1:  # most chunks are one word
                s, e, kind = spans[0]
                append((pos + s, pos + e, kind))
            else:
                for s, e, kind in spans:
                    append((pos + s, pos + e, kind))
        pos += len(chunk) + 1
    return out


def _chunk_spans(chunk: str, *, keep: bool) -> tuple[tuple[int, int, str], ...]:
    """The spans of ``chunk`` on its own; kept in the table when ``keep`` (and the chunk is cacheable)."""
    spans = tuple(_matched_spans(chunk, 0, len(chunk), _TOKEN_NO_EMAIL))
    if keep and cacheable(chunk):
        # Chunks share their spans' shape ("a word of 5 characters"): one tuple for all of them.
        spans = _SPAN_SHAPES.get(spans) or remember(_SPAN_SHAPES, spans, spans, _CHUNK_SPANS_LIMIT)
        remember(_CHUNK_SPANS, chunk, spans, _CHUNK_SPANS_LIMIT)
    return spans


def _matched_spans(text: str, start: int, end: int, pattern: regex.Pattern) -> list[tuple[int, int, str]]:
    """The tokens of ``text[start:end]`` as ``pattern`` finds them."""
    out: list[tuple[int, int, str]] = []
    append = out.append
    known_kind = _WORD_KINDS.get
    # One loop that builds the list, with the word-kind table read in place: this runs once
    # per token of every new chunk, and a generator plus a helper call per word cost a third more.
    taken = -1  # the end of a colon taken into the word before it
    for m in pattern.finditer(text, start, end):
        kind = m.lastgroup
        if kind == "space":
            continue
        if kind == "word":
            word = m.group()
            s, e = m.span()
            kind = known_kind(word) or _word_kind(word)
            if kind == _GLUED:  # every part but the last is a token here; the last goes on below
                cuts = [s + c.start() for c in _SCRIPT_SEAM.finditer(word)]
                for a, b in zip([s, *cuts], cuts):
                    append((a, b, _word_kind(text[a:b])))
                s = cuts[-1]
                word = text[s:e]
                kind = _word_kind(word)
            if word[-1] == "ः" and _colon_visarga(word):
                append((s, e - 1, kind))
                append((e - 1, e, "punct"))
                continue
            if e < end and text[e] == ":" and normalize(word) in _COLON_STEMS:
                append((s, e + 1, kind))  # "क्रमश:" is the adverb "क्रमशः" (``normalize``)
                taken = e + 1
                continue
            append((s, e, kind))
            continue
        if kind == "punct" and m.end() == taken:
            continue
        if kind == "symbol":
            g = m.group()
            if g[0] in _SPACE or g.isspace() or _INVISIBLE.fullmatch(g):
                continue
        s, e = m.span()
        append((s, e, kind))  # type: ignore[arg-type]
    return out


def _colon_visarga(word: str) -> bool:
    """Is the visarga that ends ``word`` a colon? Much web Hindi types one for the other both ways
    (``नई दिल्लीः``, ``गाजियाबादः`` in ILSUM; ``क्रमश:``): at the end of a word a visarga belongs to it only
    in a few adverbs and numbers (``lexicon/visarga_words.txt``: ``अतः``, ``क्रमशः``, ``छः``); elsewhere
    it is split off as punctuation, so the word meets its other occurrences. Inside a word (``दुःख``)
    it stays. The other way round, a colon after the stem of one of those words is taken into it
    (``क्रमश:`` is one token, whose normalised form is ``क्रमशः``)."""
    return len(word) > 1 and word[-2] != "ः" and normalize(word) not in _VISARGA_WORDS


def iter_token_spans(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Yield ``(start, end, kind)`` for every token in ``text[start:end]``; whitespace is skipped."""
    return iter(token_spans(text, start, end))


def tokenize(text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` and normalised forms."""
    return tuple(
        Token(text=text[s:e], start=s, end=e, norm=normalize(text[s:e]), kind=kind)
        for s, e, kind in iter_token_spans(text, start, end)
    )
