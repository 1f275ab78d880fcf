"""What ranking returns: ``Summary``, ``Keyword`` and ``Brief`` (frozen dataclasses).

Every result keeps offsets into the original text, and ``to_dict()`` gives plain
JSON-ready data with a fixed key order and floats rounded to ``FLOAT_DIGITS``
digits, so two runs on the same text serialise to the same bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar, Iterable, Iterator, SupportsIndex, overload

from .doc import Document, Sentence, Token
from .errors import InvalidInputError
from .optional import require
from .reprs import shorten
from .serialize import JSONMixin, check_flag, without_surrogates
from .text.clean import shown_sentence

__all__ = ["Summary", "ScoredSentence", "Keyword", "Keywords", "Brief", "BatchError", "FLOAT_DIGITS"]

#: Digits kept when scores are written by ``to_dict``.
FLOAT_DIGITS = 6


def _round(x: float) -> float:
    return round(float(x), FLOAT_DIGITS)


@dataclass(frozen=True, slots=True)
class ScoredSentence(JSONMixin):
    """A sentence chosen for a summary, with its importance ``score`` (higher is better)
    and its 1-based ``rank`` in the selection order (1 = picked first).

    ``start``, ``end``, ``index``, ``paragraph``, ``tokens`` and ``words`` are those of ``sentence``, so a
    summary reads like a list of sentences; ``text`` is the sentence as a reader should see it (``shown``):
    where the cleaner removed an inline tag, an entity, a credit or a Markdown mark inside the sentence
    (``केंद्र <b>सरकार</b> ने``, ``मिलेंगे (फाइल फोटो)।``), it is left out, and a sentence that opens a quotation the
    summary does not go on with is closed with `` …"`` (the mark matching the opening one); ``text`` is then not
    ``original[start:end]`` (that is ``sentence.text``).
    ``rank`` is the order the sentences were picked in; scores need not follow it (a summary of three or more
    sentences opens with the one-sentence model's pick, and a redundancy penalty weighs the rest as they are
    picked). Their scale depends on the model the length option and the text choose (a word budget's on another
    scale than a sentence count's): compare ranks, not scores, across summaries or options.
    """

    sentence: Sentence
    score: float
    rank: int
    shown: str | None = None
    """The sentence's text without what the cleaner removed inside it, its quotation closed where the summary does not
    go on with it; None where neither applies."""

    def __post_init__(self) -> None:
        if self.shown is not None and not isinstance(self.shown, str):
            raise TypeError(f"ScoredSentence's shown must be a str or None, got {type(self.shown).__name__}")

    @property
    def text(self) -> str:
        """The sentence's text as shown: as written, less the markup and credits the cleaner removed inside it, a
        quotation the summary does not go on with closed."""
        return self.sentence.text if self.shown is None else self.shown

    @property
    def start(self) -> int:
        """Start offset in the original text."""
        return self.sentence.start

    @property
    def end(self) -> int:
        """End offset in the original text."""
        return self.sentence.end

    @property
    def index(self) -> int:
        """Position among the document's body sentences."""
        return self.sentence.index

    @property
    def paragraph(self) -> int:
        """Index of the sentence's paragraph."""
        return self.sentence.paragraph

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The sentence's tokens."""
        return self.sentence.tokens

    @property
    def words(self) -> tuple[Token, ...]:
        """The sentence's tokens that are not punctuation."""
        return self.sentence.words

    def __repr__(self) -> str:
        return f"ScoredSentence(rank={self.rank}, score={self.score:.4f}, index={self.index}, text={shorten(self.text)!r})"

    def to_dict(self) -> dict[str, Any]:
        """``{"index", "start", "end", "text", "score", "rank"}`` (score rounded)."""
        return {
            "index": self.index,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "score": _round(self.score),
            "rank": self.rank,
        }


@dataclass(frozen=True, slots=True)
class Summary(JSONMixin):
    """An extractive summary: the chosen body sentences in document order, each a
    ``ScoredSentence`` carrying its score and rank. An empty document gives an empty ``Summary``.

    >>> for s in summary:                      # doctest: +SKIP
    ...     print(s.rank, round(s.score, 3), s.text)
    """

    sentences: tuple[ScoredSentence, ...] = ()

    @property
    def text(self) -> str:
        """The summary text: the chosen sentences joined by a space."""
        return " ".join(s.text for s in self.sentences)

    @property
    def indices(self) -> tuple[int, ...]:
        """Body-sentence indices (``Sentence.index``) of the chosen sentences."""
        return tuple(s.index for s in self.sentences)

    @property
    def words(self) -> int:
        """Number of words (tokens that are not punctuation) in the summary."""
        return sum(len(s.words) for s in self.sentences)

    def by_rank(self) -> tuple[ScoredSentence, ...]:
        """The chosen sentences best first (selection order) instead of document order."""
        return tuple(sorted(self.sentences, key=lambda s: s.rank))

    def __str__(self) -> str:
        return self.text

    def __len__(self) -> int:
        return len(self.sentences)

    def __iter__(self) -> Iterator[ScoredSentence]:
        return iter(self.sentences)

    def __getitem__(self, i: int) -> ScoredSentence:
        return self.sentences[i]

    def __bool__(self) -> bool:
        return bool(self.sentences)

    def __repr__(self) -> str:
        return f"Summary(sentences={len(self.sentences)}, words={self.words}, text={shorten(self.text)!r})"

    def _repr_html_(self) -> str:
        from .display import summary_list_html

        return summary_list_html(self)

    def to_dict(self) -> dict[str, Any]:
        """``{"text", "sentences": [{"index", "start", "end", "text", "score", "rank"}]}``."""
        return {"text": self.text, "sentences": [s.to_dict() for s in self.sentences]}


#: A keyword list's ``repr`` names at most this many keywords, then how many more there are.
REPR_MAX_KEYWORDS = 20


@dataclass(frozen=True, slots=True)
class Keyword(JSONMixin):
    """A keyphrase of the article.

    ``text`` is its base form (the direct-case singular as the text writes it,
    ``संबंध`` for ``संबंधों``, a masculine adjective before its noun agreeing with it,
    ``नया स्ट्रेन`` for ``नए स्ट्रेन``; a name as most often written), ``lemma`` the lemma
    phrase that groups its inflected forms, ``score`` its importance (finite,
    higher is better), ``count`` how often it occurs, ``offsets`` the
    ``(start, end)`` of each occurrence in the original text (headline included),
    in text order, and ``variants`` the distinct surface forms seen (most
    frequent first; forms equal under NFC, a nukta letter typed precomposed or as
    letter and sign, are one, written as the text writes it most, and so are forms with a
    vowel typed in two parts, ``सड़काें`` for ``सड़कों``, written whole where the text does so, so compare keywords
    of different texts under ``unicodedata.normalize("NFC", ...)``). Two spellings of one word (``नरेंद्र``/``नरेन्द्र``,
    ``कानून``/``क़ानून``) make one keyword, shown as the text spells it most, and
    so does a name written both in Latin letters and in Devanagari (``Pakistan``/``पाकिस्तान``,
    ``MSP``/``एमएसपी``: its ``lemma`` is the Devanagari one, its ``text`` as most often written), and so does
    an acronym in Latin capitals with the name the text spells it out as, shown as the name (``IPL``/``इंडियन
    प्रीमियर लीग``: ``text`` the name, the acronym among the ``variants``);
    zero-width joiners and spaces of the source, and what the cleaner removed inside a keyword (an inline tag,
    ``&nbsp;``, an agency's credit: ``Document.removed``), are left out of ``text`` and
    ``variants`` (the offsets still cover them), and ``text`` closes up a compound's
    hyphen (``भारत-अमेरिका`` where the text writes ``भारत - अमेरिका``).
    """

    text: str
    lemma: str
    score: float
    count: int
    offsets: tuple[tuple[int, int], ...] = ()
    variants: tuple[str, ...] = ()

    def __repr__(self) -> str:
        return f"Keyword({self.text!r}, score={self.score:.4f}, count={self.count})"

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: ``text``, ``lemma``, ``score`` (rounded), ``count``, ``offsets``, ``variants``."""
        return {
            "text": self.text,
            "lemma": self.lemma,
            "score": _round(self.score),
            "count": self.count,
            "offsets": [[s, e] for s, e in self.offsets],
            "variants": list(self.variants),
        }


class KeywordList(JSONMixin, tuple):
    """A tuple of keyword objects, best first, that also shows itself as a table in Jupyter and turns into JSON or a
    DataFrame; a slice of one and two joined are one too. An article's ``Keywords`` and a story's ``StoryKeywords``."""

    __slots__ = ()
    #: The keyword class held, and the DataFrame's columns (``to_dict``'s fields).
    item_type: ClassVar[type] = object
    columns: ClassVar[tuple[str, ...]] = ()

    def __new__(cls, keywords: Iterable[Any] = ()) -> Any:
        items = tuple(keywords)
        for i, k in enumerate(items):  # one built by hand with other things in it failed only when shown
            if not isinstance(k, cls.item_type):
                raise InvalidInputError(f"{cls.__name__} holds {cls.item_type.__name__} objects; item {i} is {type(k).__name__}")
        return super().__new__(cls, items)

    def __add__(self, other: Iterable[Any]) -> Any:  # type: ignore[override]
        """Two lists of keywords joined are one of this type (a plain tuple lost ``.texts`` and the table)."""
        return type(self)((*self, *other))

    def __getitem__(self, index: Any) -> Any:
        item = tuple.__getitem__(self, index)
        return type(self)(item) if isinstance(index, slice) else item

    @property
    def texts(self) -> list[str]:
        """The keyphrases' texts, best first."""
        return [k.text for k in self]

    def to_dict(self) -> list[dict[str, Any]]:  # type: ignore[override]
        """A list of the keywords' ``to_dict()``, best first (``to_json`` writes it)."""
        return [k.to_dict() for k in self]

    def to_dataframe(self) -> Any:
        """A ``pandas.DataFrame``, one row per keyword, a column per ``to_dict`` field (needs ``pip install
        'hindi-brief[pandas]'``). The dtypes do not depend on the rows (``text`` and ``lemma`` pandas' ``string``,
        ``score`` float64, ``count`` int64, the lists ``object``), so the frames of many articles, an empty list among
        them, concatenate into one with the same dtypes."""
        pd = require("pandas", "pandas", what=f"{type(self).__name__}.to_dataframe")
        rows = self.to_dict()
        for row in rows:  # a lone surrogate as U+FFFD, which an Arrow-backed string can hold (``frame.brief_row``)
            row["text"], row["lemma"] = without_surrogates(row["text"]), without_surrogates(row["lemma"])
        frame = pd.DataFrame(rows, columns=list(self.columns))
        return frame.astype({"text": "string", "lemma": "string", "score": "float64", "count": "int64"})

    def __repr__(self) -> str:
        # At most REPR_MAX_KEYWORDS texts: ``top=10**6`` gave a repr of 30 KB.
        texts = self.texts
        if len(texts) <= REPR_MAX_KEYWORDS:
            return f"{type(self).__name__}({texts!r})"
        shown = repr(list(texts[:REPR_MAX_KEYWORDS]))[:-1]
        return f"{type(self).__name__}({shown}, … {len(texts) - REPR_MAX_KEYWORDS} more])"

    def _repr_html_(self) -> str:
        from .display import keywords_html

        return keywords_html(self)


class Keywords(KeywordList):
    """The keyphrases of an article, best first: a tuple of ``Keyword`` (``KeywordList``: ``texts``, ``to_json``,
    ``to_dataframe``, a table in Jupyter). ``hb.keywords(text)`` and ``Brief.keywords`` both return one, and so does a
    slice of one (``kw[:3].texts``). Its DataFrame's columns: ``text``, ``lemma``, ``score``, ``count``, ``offsets``,
    ``variants``."""

    __slots__ = ()
    item_type = Keyword
    columns = ("text", "lemma", "score", "count", "offsets", "variants")

    @overload
    def __getitem__(self, index: SupportsIndex) -> Keyword: ...
    @overload
    def __getitem__(self, index: slice) -> "Keywords": ...
    def __getitem__(self, index: SupportsIndex | slice) -> "Keyword | Keywords":
        return super().__getitem__(index)


@dataclass(frozen=True, slots=True)
class Brief(JSONMixin):
    """Summary and keywords of one article, with the processed ``Document`` they came from."""

    document: Document
    summary: Summary
    keywords: Keywords = Keywords()

    def __post_init__(self) -> None:
        if not isinstance(self.document, Document) or not isinstance(self.summary, Summary):
            raise InvalidInputError(
                f"Brief takes a Document and a Summary, got {type(self.document).__name__} and {type(self.summary).__name__}"
            )
        if not isinstance(self.keywords, Keywords):
            object.__setattr__(self, "keywords", Keywords(self.keywords))

    @property
    def headline(self) -> str | None:
        """The document's headline as a reader should see it (without the markup the cleaner removed inside it, as
        the summary's sentences are shown: ``ScoredSentence.text``), or None; ``document.headline`` is as written."""
        head = self.document.headline
        return None if head is None else shown_sentence(self.document, head)

    def __str__(self) -> str:
        """A readable brief: headline, summary and keywords, one block each."""
        head = self.headline
        lines = []
        if head is not None:
            lines += [head, ""]
        lines.append(self.summary.text or "(empty summary)")
        if self.keywords:
            lines += ["", "कीवर्ड: " + ", ".join(self.keywords.texts)]
        return "\n".join(lines)

    def __repr__(self) -> str:
        head = self.headline
        return (
            f"Brief(headline={None if head is None else shorten(head)!r}, "
            f"summary={len(self.summary)} sentences, keywords={[k.text for k in self.keywords[:5]]!r}"
            f"{'…' if len(self.keywords) > 5 else ''})"
        )

    def to_dict(self, *, document: bool = False) -> dict[str, Any]:
        """JSON-ready dict: ``headline`` (as shown: ``Brief.headline``), ``summary``, ``keywords``, ``tagger``, ``hindi_ratio``
        (share of Devanagari letters: low means low confidence) (and the whole document,
        without tokens, when ``document=True``)."""
        document = check_flag("document", document)
        doc = self.document
        out: dict[str, Any] = {
            "headline": self.headline,
            "summary": self.summary.to_dict(),
            "keywords": [k.to_dict() for k in self.keywords],
            "tagger": doc.tagger,
            "hindi_ratio": doc.hindi_ratio,
        }
        if document:
            out["document"] = doc.to_dict(tokens=False)
        return out

    def _repr_html_(self) -> str:
        from .display import brief_html

        return brief_html(self)


@dataclass(frozen=True, slots=True)
class BatchError(JSONMixin):
    """Stands in a batch's output, at the failed text's position, when ``errors="collect"``."""

    index: int
    """Position of the text in the input."""
    error: str
    """Class name of the error, e.g. ``"InvalidInputError"``."""
    message: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: ``index``, ``error``, ``message``."""
        return {"index": self.index, "error": self.error, "message": self.message}
