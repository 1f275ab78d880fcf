"""Sentence boundaries for Hindi news and web text.

Boundaries are decided on tokens, so URLs, e-mail addresses and numbers such as
``2.5``, ``2,500``, ``17:02`` or ``2+2`` (single tokens) can never be cut. A sentence ends at

* ``।`` ``॥`` (and ``|`` used as a danda after a Devanagari word), ``?`` ``!`` (and their full-width forms ``？``
  ``！``, which some phone keyboards type), ``۔`` (Urdu's full stop, in mixed text); a verse's number between its marks
  stays with the verse (``॥१॥``, ``।।1।।``);
* ``.``, the way much web Hindi (BBC Hindi, for one) ends sentences, unless it
  closes an abbreviation (``श्री.``, ``डॉ.``, ``Sec.``), an initial (``ए. पी. जे.``,
  ``U.S.``, ``एस. जयशंकर``, ``पीएच.डी.``), is a dot of an abbreviation of short pieces written without spaces
  (``कि.मी.``, ``ई.पू.``, ``p.m.``, ``भा.ज.पा.``), is a list item's number (``1. पहला बिंदु``, ``१२. बारहवां``: a number
  of one or two digits that opens the sentence, the dot glued to it and a space after), is a decimal point typed
  with a space after it in a line that ends its sentences with the danda (``93. 68 फीसदी``) or is followed by a
  lowercase Latin word after a word that is not Devanagari (``etc. and``; ``है. iOS 17`` ends a sentence);
* the end of the span given (callers pass one line at a time, so headings and
  paragraphs without final punctuation end their sentence there).

Closing quotes and brackets after the final mark stay with their sentence, and so do reference marks
glued to it (``है।[1]``, ``[2][3]``); a
straight quote ``"`` or ``'`` counts as closing when the sentence has an odd number of them,
and so does a double quote typed as two single ones (``''``, as PTI copy writes it); a straight
mark glued to the final mark and followed by a space closes the sentence in any case (a quotation
opened with another mark, ``‘‘...।'' लेकिन``; an opening mark is glued to its word).
"""

from __future__ import annotations

import regex

from .lines import LINE_BREAK
from .stopwords import STOPWORDS
from .tokens import token_spans

__all__ = [
    "split_sentences", "sentence_token_spans", "split_token_spans", "ABBREVIATIONS", "DOUBLED_SINGLE_QUOTE", "LETTER_NAMES", "LETTER_NAMES_A_TO_Z"
]

_ALWAYS_END = frozenset("।॥?!۔？！")  # ۔ : the Urdu full stop, in mixed text; ？！: full-width, typed on some phones
_DANDAS = frozenset("।॥")
_CLOSERS = frozenset("”’»)]}›")
_STRAIGHT_QUOTES = frozenset("\"'")
#: A double quotation mark typed as two single ones, as PTI copy writes it (``''...''``).
DOUBLED_SINGLE_QUOTE = "''"

#: Words that are abbreviations when followed by ``.`` (compared after stripping the dot).
ABBREVIATIONS = frozenset(
    {
        # Hindi honorifics and titles
        "श्री", "श्रीमती", "सुश्री", "डॉ", "डा", "डाॅ", "प्रो", "मि", "कु", "पं", "स्व", "सं", "ले", "जन",
        "ई", "ई॰", "उ", "प्र", "म", "ज", "रु", "रू",
        # number, serial, page, Mohammad or mobile, limited: no Hindi word a sentence ends with
        "नं", "क्र", "पृ", "मो", "लि",
        # Latin titles, units and common short forms
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sec", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Capt", "Maj",
        "Gov", "Govt", "Sen", "Rep", "Hon", "Inc", "Ltd", "Co", "Corp", "Pvt", "No", "Nos", "Rs", "Ph",
        "Vol", "Fig", "Dept", "Sept", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec", "vs", "etc", "approx", "viz", "al", "Mt", "Ave", "Bros",
        # Indian honorifics in Latin letters ("Smt. Irani", "Shri. Modi")
        "Smt", "Shri", "Sh", "Kum",
    }
)
# English letter names written in Devanagari: initials when chained with another
# dotted one (ए.पी.जे., एम.ए., बी. सी.) or before a word (एस. जयशंकर).
#: The letter names of A to Z, in that order (``text.skeleton`` reads acronyms by them).
LETTER_NAMES_A_TO_Z = tuple("ए बी सी डी ई एफ जी एच आई जे के एल एम एन ओ पी क्यू आर एस टी यू वी डब्ल्यू एक्स वाई जेड".split())
LETTER_NAMES = frozenset(LETTER_NAMES_A_TO_Z + ("ज़ेड",))
#: Letter names that are also words a sentence may end with ("वह आई."): an initial only in a chain.
#: Of the letter names, only "आई" ends a sentence in the 17,634 sentences of HDTB (train, dev, test) and PUD.
_SENTENCE_FINAL_WORDS = frozenset({"आई", "ओ"})
_LETTER_NAME_MAX = max(map(len, LETTER_NAMES))
#: The longest piece, in characters, of a Hindi short form chained with dots whose next piece is also a title's short
#: form (``भा.ज.पा.``; ``प्र`` is three).
_HINDI_PIECE_MAX = 3
#: A Latin capital alone before a full stop: an initial (``S. Jaishankar``), never a sentence end.
LATIN_INITIAL = regex.compile(r"^\p{Lu}$")
#: The longest piece of a dotted abbreviation written without spaces (``कि.मी.``, ``कि.ग्रा.``, ``ई.पू.``,
#: ``p.m.``, ``Ph.D.``): a syllable or two, in characters (``ग्रा`` is four).
_CHAIN_PIECE_MAX = 4
#: The most words inside a reference mark that stays with the sentence before it (``[उद्धरण चाहिए]``).
_CITATION_WORDS = 3
#: The longest list item number (``12.``) in digits: longer numbers that open a sentence are years or
#: amounts, whose dot ends it (``... 2019.``).
_LIST_NUMBER_MAX = 2
#: The most digits before a decimal point typed with a space after it (``93. 68``); a longer number is a year or an
#: amount, whose dot may end a sentence.
_DECIMAL_WHOLE_MAX = 3
_LOWER_LATIN = regex.compile(r"^\p{Ll}")
_DEVANAGARI = regex.compile(r"\p{Devanagari}")


def _glued(spans: list[tuple[int, int, str]], k: int) -> bool:
    """Does token ``k`` start where token ``k - 1`` ends (no space between them)?"""
    return spans[k][0] == spans[k - 1][1]


def _is_abbreviation(text: str, spans: list[tuple[int, int, str]], i: int) -> bool:
    """Is the ``.`` at ``spans[i]`` the dot of an abbreviation or initial (so not a sentence end)?"""
    if i == 0:
        return False
    ps, pe, pkind = spans[i - 1]
    if not _glued(spans, i):  # "है ." with a space: a full stop, never an abbreviation
        return False
    prev = text[ps:pe]
    if prev in ABBREVIATIONS or LATIN_INITIAL.match(prev):
        return True
    # Letter names written together ("पीएच" of "पीएच.डी.") are initials only glued to the next one: "टीके" and
    # "यूपी" are words too ("लोगों को टीके. ए. के. शर्मा ने कहा").
    spelled = prev not in LETTER_NAMES and _spelled_letters(prev)
    if prev in LETTER_NAMES or spelled:
        before = i >= 3 and text[spans[i - 2][0]:spans[i - 2][1]] == "." and (
            text[spans[i - 3][0]:spans[i - 3][1]] in LETTER_NAMES
            or (_glued(spans, i - 1) and _glued(spans, i - 2) and _spelled_letters(text[spans[i - 3][0]:spans[i - 3][1]]))
        )
        after = i + 2 < len(spans) and text[spans[i + 2][0]:spans[i + 2][1]] == "." and (
            text[spans[i + 1][0]:spans[i + 1][1]] in LETTER_NAMES
        ) and (not spelled or _glued(spans, i + 1))
        # A lone initial before a name ("एस. जयशंकर", "के. चंद्रशेखर राव", "पी. चिदंबरम"): every one
        # of the 56 such dots in ILSUM; "आई" (came) and "ओ" may end a sentence as words.
        lone = (
            prev in LETTER_NAMES
            and prev not in _SENTENCE_FINAL_WORDS
            and i + 1 < len(spans)
            and spans[i + 1][2] in ("word", "number")
        )
        if before or after or lone or not spelled:
            return before or after or lone
    return _in_dotted_chain(text, spans, i)


def _in_dotted_chain(text: str, spans: list[tuple[int, int, str]], i: int) -> bool:
    """Is the ``.`` at ``spans[i]`` one of the dots of an abbreviation written as short pieces, each
    glued to a dot, with no space anywhere (``10 कि.मी. दूर``, ``273 ई.पू. में``, ``5 p.m. बजे``)? The
    piece before it and a dot and a piece before that, or the piece after it and a dot after that,
    make the chain. A sentence that ends glued to the next one (``है.वह``) has no second dot."""

    def piece(k: int) -> bool:
        s, e, kind = spans[k]
        return kind in ("word", "latin") and e - s <= _CHAIN_PIECE_MAX

    def dot(k: int) -> bool:
        return text[spans[k][0]:spans[k][1]] == "."

    if not (i >= 1 and piece(i - 1) and _glued(spans, i)):
        return False
    before = i >= 3 and dot(i - 2) and _glued(spans, i - 1) and piece(i - 3) and _glued(spans, i - 2)
    if before:
        return True
    if not (i + 2 < len(spans) and piece(i + 1) and _glued(spans, i + 1) and dot(i + 2) and _glued(spans, i + 2)):
        return False
    # A title or an initial after the dot opens the next sentence's name, glued on where a space was
    # lost ("थे.डॉ. ली", "है.बी.सी. में"); chains of initials are read by ``_is_abbreviation`` itself.
    following = text[spans[i + 1][0]:spans[i + 1][1]]
    if not (following in ABBREVIATIONS or following in LETTER_NAMES or LATIN_INITIAL.match(following)):
        return True
    # ... unless the chain goes on past it with a piece that is no letter name: the short forms of
    # Hindi words (``भा.ज.पा.``, whose ``ज`` is also a title's short form) are not initials. Their pieces are a
    # syllable; a longer word or a function word before the dot ends a sentence glued to such a form
    # (``मैच देखा.उ.प्र. में``, ``वह आया था.ज.पा. ने``).
    before_dot = text[spans[i - 1][0]:spans[i - 1][1]]
    return (
        len(before_dot) <= _HINDI_PIECE_MAX
        and before_dot not in STOPWORDS
        and i + 4 < len(spans)
        and piece(i + 3)
        and _glued(spans, i + 3)
        and dot(i + 4)
        and _glued(spans, i + 4)
        and text[spans[i + 3][0]:spans[i + 3][1]] not in LETTER_NAMES
    )


def _spelled_letters(word: str) -> bool:
    """Is ``word`` two or more English letter names written together (``पीएच`` of ``पीएच.डी.``,
    ``एमबी``)? Such a word before a chain of initials is part of it, not a sentence's last word."""
    reachable = [True] + [False] * len(word)  # reachable[k]: word[:k] is a run of letter names
    for k in range(len(word)):
        if reachable[k]:
            for size in range(1, _LETTER_NAME_MAX + 1):
                if k + size <= len(word) and word[k:k + size] in LETTER_NAMES:
                    reachable[k + size] = True
    return reachable[-1] and word not in LETTER_NAMES  # one letter name is no run of two


def _is_list_number(spans: list[tuple[int, int, str]], i: int, first: int) -> bool:
    """Is the ``.`` at ``spans[i]`` the dot after a list item's number (``1. उद्योगपतियों की कर्जमाफी
    नहीं हुई``)? The number is the sentence's first token, the dot is glued to it, and a word follows
    after a space. Without this each item's number was a sentence of its own (77 in ILSUM)."""
    if i != first + 1 or i + 1 >= len(spans):
        return False
    ns, ne, nkind = spans[first]
    return (
        nkind == "number"
        and ne - ns <= _LIST_NUMBER_MAX
        and _glued(spans, i)
        and not _glued(spans, i + 1)
        and spans[i + 1][2] in ("word", "latin")
    )


#: The marks around a verse's number (``॥१॥``, ``।।1।।``).
_VERSE_MARKS = frozenset({"॥", "।"})


def _verse_number(text: str, spans: list[tuple[int, int, str]], j: int) -> bool:
    """Is the token at ``j`` a verse's number: a number right after a danda or double danda and right before
    another (``धर्मक्षेत्रे कुरुक्षेत्रे ॥१॥``)? It stays with its verse, not a sentence of its own."""
    return (
        spans[j][2] == "number"
        and 0 < j < len(spans) - 1
        and text[spans[j - 1][0] : spans[j - 1][1]] in _VERSE_MARKS
        and text[spans[j + 1][0] : spans[j + 1][1]] in _VERSE_MARKS
    )


def _ends_sentence(text: str, spans: list[tuple[int, int, str]], i: int, first: int, danda_line: bool) -> bool:
    s, e, kind = spans[i]
    if kind != "punct":
        return False
    mark = text[s:e]
    if mark in _ALWAYS_END:
        return True
    if mark == "|":  # a pipe typed for a danda: only after Devanagari ("a | b" in Latin text is not)
        return i > 0 and bool(_DEVANAGARI.search(text[spans[i - 1][0]:spans[i - 1][1]]))
    if mark != ".":
        return False
    if _is_abbreviation(text, spans, i) or _is_list_number(spans, i, first):
        return False
    if i + 1 < len(spans):
        ns, ne, nkind = spans[i + 1]
        # A number glued to the dot goes on past it: a version glued to its name ("V2.0", "iOS16.1", "Python3.11",
        # read as a word and a number) or a decimal without its zero ("दर .5 प्रतिशत").
        if nkind == "number" and ns == e and (i == 0 or spans[i - 1][1] < s or text[s - 1].isdigit()):
            return False
        # A decimal typed with a space after its point, in a line whose sentences end with the danda ("दर बढ़कर 93. 68
        # फीसदी", "39. 45 लाख करोड़": ILSUM's two dots between numbers with a space). Where the full stop ends
        # sentences, one may end in a number ("उनकी उम्र थी 92. 10 दिन पहले ...").
        if (
            danda_line and nkind == "number" and ns == e + 1 and text[e] == " " and i > 0 and spans[i - 1][2] == "number"
            and spans[i - 1][1] == s and spans[i - 1][1] - spans[i - 1][0] <= _DECIMAL_WHOLE_MAX
        ):
            return False
        # "etc. and", "approx. two": a Latin word written on after a dot. After a Hindi word the
        # dot ends the sentence, whatever follows: "फीचर्स दे रहे हैं. iOS 17 में", "है. iPhone".
        if (
            nkind == "latin"
            and _LOWER_LATIN.match(text[ns:ne])
            and not (i > 0 and _DEVANAGARI.search(text[spans[i - 1][0]:spans[i - 1][1]]))
        ):
            return False
    return True


def _quote_at(text: str, spans: list[tuple[int, int, str]], i: int) -> tuple[str | None, int]:
    """The straight quotation mark at ``spans[i]`` (``"``, ``'``, or ``''``: two single marks side by
    side, as PTI copy types a double one) and the index of the token after it; ``None`` for another token."""
    mark = text[spans[i][0]:spans[i][1]]
    if mark not in _STRAIGHT_QUOTES:
        return None, i + 1
    if mark == "'" and i + 1 < len(spans) and _glued(spans, i + 1) and text[spans[i + 1][0]:spans[i + 1][1]] == "'":
        return DOUBLED_SINGLE_QUOTE, i + 2
    return mark, i + 1


def _glued_closer(spans: list[tuple[int, int, str]], i: int, after: int) -> bool:
    """Is the quotation mark at ``spans[i:after]`` glued to the token before it and followed by a space (or
    the end)? Then it closes a sentence even where no quotation of that mark is open: a quotation opened
    with another mark (``‘‘...।'' लेकिन``) or whose opening was lost. An opening mark is glued to its word."""
    return _glued(spans, i) and (after == len(spans) or not _glued(spans, after))


def _after_citation(text: str, spans: list[tuple[int, int, str]], j: int) -> int:
    """The index after the reference mark whose ``[`` is ``spans[j]``, glued to the end of a sentence
    (``है।[1]``, ``[2][3]``, ``[क]``, ``[उद्धरण चाहिए]``: up to ``_CITATION_WORDS`` words, as encyclopedic
    text copied from the web carries them), which belongs to the sentence it follows; ``j`` when there is none."""
    if not _glued(spans, j):
        return j
    k = j + 1
    while k < len(spans) and k <= j + _CITATION_WORDS and spans[k][2] in ("number", "word", "latin"):
        k += 1
    if k == j + 1 or k == len(spans) or text[spans[k][0]:spans[k][1]] != "]":
        return j
    return k + 1


def sentence_token_spans(text: str, start: int = 0, end: int | None = None) -> list[list[tuple[int, int, str]]]:
    """Split ``text[start:end]`` into sentences, each a list of ``(start, end, kind)`` token spans."""
    return split_token_spans(text, token_spans(text, start, end))


_PICTOGRAPH = regex.compile(r"\p{Extended_Pictographic}")


def _emoji(text: str, spans: list[tuple[int, int, str]], j: int) -> bool:
    """Is token ``j`` an emoji? One after a sentence's final mark reacts to that sentence ("… चौंकाया। 😱 मौसम …"):
    it goes with it, as a closing quote does, not at the head of the next."""
    return spans[j][2] == "symbol" and _PICTOGRAPH.match(text, spans[j][0]) is not None


def split_token_spans(text: str, spans: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Split the token spans of one line of ``text``, in order, into sentences. The spans may come
    from several parts of the line with removed spans between them (an inline tag, an agency's
    credit): a sentence goes on across them."""
    sentences: list[list[tuple[int, int, str]]] = []
    # Straight quotes seen so far in the span: an odd count means one is open
    # (quoted speech often runs over several sentences).
    quotes = {q: 0 for q in (*_STRAIGHT_QUOTES, DOUBLED_SINGLE_QUOTE)}
    n = len(spans)
    first = 0  # the current sentence's first token
    taken = -1  # the second mark of a doubled single quote already counted
    # Only punctuation can be a quote or end a sentence, so only its tokens are visited.
    marks = [i for i, span in enumerate(spans) if span[2] == "punct"]
    # A line that ends its sentences with the danda uses the full stop for abbreviations and decimals.
    danda_line = any(text[spans[i][0] : spans[i][1]] in _DANDAS for i in marks)
    for i in marks:
        if i < first or i <= taken:  # taken along with the end of the sentence before
            continue
        quote, after = _quote_at(text, spans, i)
        if quote is not None:
            quotes[quote] += 1
            taken = after - 1
        elif _ends_sentence(text, spans, i, first, danda_line):
            # Take further final marks ("?!", "।।") and closing quotes/brackets along, and a verse's number between
            # its marks ("॥१॥", "।।1।।").
            j = i + 1
            while j < n and (spans[j][2] == "punct" or _verse_number(text, spans, j) or _emoji(text, spans, j)):
                if spans[j][2] != "punct":
                    j += 1
                    continue
                quote, after = _quote_at(text, spans, j)
                if quote is not None:
                    if quotes[quote] % 2:
                        quotes[quote] += 1  # closes the quotation open
                    elif not _glued_closer(spans, j, after):
                        break  # opens the next sentence's quotation
                    j = after
                    continue
                mark = text[spans[j][0]:spans[j][1]]
                if mark == "[":
                    after = _after_citation(text, spans, j)
                    if after == j:
                        break
                    j = after
                    continue
                if not (mark in _ALWAYS_END or mark == "." or mark == "|" or mark in _CLOSERS):
                    break
                j += 1
            sentences.append(spans[first:j])
            first = j
    if first < n:
        sentences.append(spans[first:])
    return sentences


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """``(start, end)`` offsets of the sentences in ``text[start:end]``, line breaks included as boundaries.

    Every line is split on its own, so a heading or a paragraph without final
    punctuation ends its sentence at the line break. No sentence is empty.
    """
    end = len(text) if end is None else end
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        brk = LINE_BREAK.search(text, pos, end)
        line_end = end if brk is None else brk.start()
        for sent in sentence_token_spans(text, pos, line_end):
            out.append((sent[0][0], sent[-1][1]))
        pos = end if brk is None else brk.end()
    return out
