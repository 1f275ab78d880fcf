"""The document model: immutable dataclasses that carry offsets into the original text.

Invariant, for every sentence ``s`` and token ``t`` of a ``Document`` ``d``::

    d.text[s.start:s.end] == s.text and d.text[t.start:t.end] == t.text

The pipeline builds each sentence once, after tagging, with its tokens as columns
(``TokenColumns``: ranking reads those); a sentence makes its ``Token`` objects, with their
``pos`` and ``lemma``, when they are first read. Nothing is mutated in place.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, field, fields
from typing import Any, Iterable, Iterator, Mapping, NamedTuple

from .errors import InvalidInputError
from .reprs import shorten
from .serialize import JSONMixin, check_flag

__all__ = ["Token", "TokenColumns", "Sentence", "Removed", "Document", "TOKEN_KINDS", "PUNCT_KINDS"]

#: What a token is, decided by the tokenizer from its characters.
TOKEN_KINDS = ("word", "number", "latin", "url", "punct", "symbol")
#: The kinds that are not words (``Token.is_punct``, ``Sentence.words``).
PUNCT_KINDS = ("punct", "symbol")


@dataclass(frozen=True, slots=True, init=False)
class Token(JSONMixin):
    """One token: a Hindi word, number, Latin word, URL/e-mail, punctuation mark or other symbol."""

    text: str
    start: int
    end: int
    norm: str
    """Normalised form for matching (NFC, canonical nukta, indic-nlp normalised)."""
    kind: str = "word"
    """One of ``TOKEN_KINDS``."""
    pos: str | None = None
    """Universal POS tag, filled in by a tagger."""
    lemma: str | None = None
    """Dictionary form, filled in by a tagger."""

    def __init__(
        self, text: str, start: int, end: int, norm: str, kind: str = "word", pos: str | None = None,
        lemma: str | None = None,
    ) -> None:
        # A frozen dataclass's own __init__ sets each field through object.__setattr__; writing
        # the slots directly costs about half, and a token is made for every word of every text.
        _set_text(self, text)
        _set_start(self, start)
        _set_end(self, end)
        _set_norm(self, norm)
        _set_kind(self, kind)
        _set_pos(self, pos)
        _set_lemma(self, lemma)

    @property
    def is_punct(self) -> bool:
        """True for punctuation marks and other symbols (emoji, currency signs...)."""
        return self.kind in PUNCT_KINDS

    @property
    def is_stop(self) -> bool:
        """True when the normalised form is in the curated Hindi stopword list."""
        from .text.stopwords import STOPWORDS

        return self.norm in STOPWORDS

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict of every field."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "norm": self.norm,
            "kind": self.kind,
            "pos": self.pos,
            "lemma": self.lemma,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Token":
        """The ``Token`` of a ``to_dict()`` result."""
        return cls(
            text=data["text"], start=data["start"], end=data["end"], norm=data["norm"],
            kind=data.get("kind", "word"), pos=data.get("pos"), lemma=data.get("lemma"),
        )


_set_text, _set_start, _set_end, _set_norm, _set_kind, _set_pos, _set_lemma = (
    Token.__dict__[f.name].__set__ for f in fields(Token)
)


class TokenColumns(NamedTuple):
    """A sentence's tokens as parallel tuples, one entry per token (what ``Sentence.columns`` gives).

    Ranking reads these instead of ``Token`` objects, the way spaCy's ``Doc.to_array``
    serves vectorised work: the pipeline makes the columns of every sentence and the
    ``Token`` objects only when ``Sentence.tokens`` is first read.
    """

    starts: tuple[int, ...]
    ends: tuple[int, ...]
    kinds: tuple[str, ...]
    norms: tuple[str, ...]
    pos: tuple[str | None, ...]
    lemmas: tuple[str | None, ...]


_NO_COLUMNS = TokenColumns((), (), (), (), (), ())


class Sentence(JSONMixin):
    """One sentence (or the headline) with its tokens.

    Immutable, compared and hashed by its fields (``text``, ``start``, ``end``, ``tokens``,
    ``index``, ``paragraph``) like a frozen dataclass. A pipeline-made sentence keeps its
    tokens as ``columns`` and makes the ``Token`` objects on the first read of ``tokens``.
    """

    __slots__ = ("text", "start", "end", "index", "paragraph", "_tokens", "_columns")
    __match_args__ = ("text", "start", "end", "tokens", "index", "paragraph")

    text: str
    start: int
    end: int
    index: int
    """Position among the document's body sentences (the headline has -1)."""
    paragraph: int
    """Index of the paragraph (block of lines without a blank line) it belongs to."""

    def __init__(
        self, text: str, start: int, end: int, tokens: Iterable[Token] = (), index: int = 0, paragraph: int = 0,
    ) -> None:
        _init(self, text, start, end, index, paragraph, tuple(tokens), None)

    @classmethod
    def from_columns(
        cls, text: str, start: int, end: int, columns: TokenColumns, index: int = 0, paragraph: int = 0,
    ) -> "Sentence":
        """A sentence whose tokens are given as columns (offsets into the document, as a token's).

        Each token's text is ``text[token.start - start:token.end - start]``.
        """
        made = object.__new__(cls)
        _init(made, text, start, end, index, paragraph, None, columns)
        return made

    @property
    def tokens(self) -> tuple[Token, ...]:
        """The tokens, in order (made from the columns on first read)."""
        tokens = self._tokens
        if tokens is None:
            c = self._columns
            text, start = self.text, self.start
            texts = [text[s - start : e - start] for s, e in zip(c.starts, c.ends)]
            tokens = tuple(map(Token, texts, c.starts, c.ends, c.norms, c.kinds, c.pos, c.lemmas))
            object.__setattr__(self, "_tokens", tokens)
        return tokens

    @property
    def columns(self) -> TokenColumns:
        """The tokens' fields as parallel tuples (``TokenColumns``), without making ``Token`` objects."""
        columns = self._columns
        if columns is None:
            toks = self._tokens
            columns = _NO_COLUMNS if not toks else TokenColumns(*map(tuple, zip(*(
                (t.start, t.end, t.kind, t.norm, t.pos, t.lemma) for t in toks
            ))))
            object.__setattr__(self, "_columns", columns)
        return columns

    def __iter__(self) -> Iterator[Token]:
        return iter(self.tokens)

    def __len__(self) -> int:
        return len(self.columns.starts) if self._tokens is None else len(self._tokens)

    @property
    def words(self) -> tuple[Token, ...]:
        """The tokens that are not punctuation or symbols."""
        return tuple(t for t in self.tokens if not t.is_punct)

    @property
    def n_words(self) -> int:
        """``len(self.words)``, counted on the columns."""
        kinds = self.columns.kinds
        return len(kinds) - sum(map(kinds.count, PUNCT_KINDS))

    def _fields(self) -> tuple[Any, ...]:
        """The field values, in ``__match_args__`` order (what equality, hashing, repr and replace use)."""
        return (self.text, self.start, self.end, self.tokens, self.index, self.paragraph)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._fields() == other._fields()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._fields())

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __replace__(self, **changes: Any) -> "Sentence":
        """``copy.replace(sentence, text=...)``: a new sentence with some fields changed."""
        fields = dict(zip(self.__match_args__, self._fields()))
        unknown = set(changes) - set(fields)
        if unknown:
            raise TypeError(f"Sentence has no field {sorted(unknown)[0]!r}")
        fields.update(changes)
        return Sentence(**fields)

    def __reduce__(self) -> tuple[Any, ...]:
        # Columns pickle as a few tuples of strings and ints, far smaller than Token objects.
        if self._columns is not None:
            return (_from_columns, (self.text, self.start, self.end, self._columns, self.index, self.paragraph))
        return (Sentence, (self.text, self.start, self.end, self._tokens, self.index, self.paragraph))

    def __repr__(self) -> str:
        # Short, as a Document's is: the tokens written out made a sentence's repr about 20 times its text, and a
        # list of a document's sentences far longer than the document (``sentence.tokens`` shows them).
        return (
            f"Sentence(text={shorten(self.text, 60)!r}, start={self.start}, end={self.end}, "
            f"tokens={len(self)}, index={self.index}, paragraph={self.paragraph})"
        )

    def to_dict(self, *, tokens: bool = True) -> dict[str, Any]:
        """JSON-ready dict: text, offsets, index, paragraph and (unless ``tokens=False``) the tokens."""
        out: dict[str, Any] = {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "index": self.index,
            "paragraph": self.paragraph,
        }
        if tokens:
            out["tokens"] = [t.to_dict() for t in self.tokens]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Sentence":
        """The ``Sentence`` of a ``to_dict()`` result (no tokens when it was written with ``tokens=False``)."""
        return cls(
            text=data["text"], start=data["start"], end=data["end"],
            tokens=tuple(Token.from_dict(t) for t in data.get("tokens", ())),
            index=data.get("index", 0), paragraph=data.get("paragraph", 0),
        )


def _init(
    sentence: Sentence, text: str, start: int, end: int, index: int, paragraph: int,
    tokens: tuple[Token, ...] | None, columns: TokenColumns | None,
) -> None:
    for name, value in (
        ("text", text), ("start", start), ("end", end), ("index", index), ("paragraph", paragraph),
        ("_tokens", tokens), ("_columns", columns),
    ):
        object.__setattr__(sentence, name, value)


def _from_columns(text: str, start: int, end: int, columns: TokenColumns, index: int, paragraph: int) -> Sentence:
    return Sentence.from_columns(text, start, end, columns, index, paragraph)


@dataclass(frozen=True, slots=True)
class Removed(JSONMixin):
    """A span the cleaner removed from the text, and why."""

    start: int
    end: int
    text: str
    reason: str
    """Short machine-readable reason, e.g. ``"footer"``, ``"dateline"``, ``"duplicate-line"``."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: ``start``, ``end``, ``text``, ``reason``."""
        return {"start": self.start, "end": self.end, "text": self.text, "reason": self.reason}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Removed":
        """The ``Removed`` of a ``to_dict()`` result."""
        return cls(start=data["start"], end=data["end"], text=data["text"], reason=data["reason"])


@dataclass(frozen=True, slots=True)
class Document(JSONMixin):
    """A processed article: the untouched original text plus what was found in it."""

    text: str
    """The original text exactly as given; every offset points into it."""
    headline: Sentence | None = None
    sentences: tuple[Sentence, ...] = ()
    """Body sentences in document order (the headline is not among them)."""
    removed: tuple[Removed, ...] = ()
    tagger: str | None = None
    """Name of the tagger that filled ``pos``/``lemma``; ``None`` when untagged."""
    hindi_ratio: float = 0.0
    """Share of letters in the kept text that are Devanagari (0.0 for an empty document)."""
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    """Free-form user metadata (for example a file name); not used by the pipeline."""

    def __iter__(self) -> Iterator[Sentence]:
        return iter(self.sentences)

    def __len__(self) -> int:
        return len(self.sentences)

    @property
    def is_empty(self) -> bool:
        """True when nothing but whitespace or boilerplate was given."""
        return not self.sentences and self.headline is None

    @property
    def tokens(self) -> tuple[Token, ...]:
        """All body tokens in document order."""
        return tuple(t for s in self.sentences for t in s.tokens)

    def to_dict(self, *, tokens: bool = True) -> dict[str, Any]:
        """JSON-ready dict of the whole document (tokens included unless ``tokens=False``)."""
        tokens = check_flag("tokens", tokens)
        return {
            "text": self.text,
            "headline": None if self.headline is None else self.headline.to_dict(tokens=tokens),
            "sentences": [s.to_dict(tokens=tokens) for s in self.sentences],
            "removed": [r.to_dict() for r in self.removed],
            "tagger": self.tagger,
            "hindi_ratio": self.hindi_ratio,
            "meta": dict(self.meta),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> "Document":
        """Rebuild a ``Document`` from ``to_dict()`` (or its JSON): ``Document.from_dict(d.to_dict()) == d``.

        Every offset is checked against ``text``; a dict that is not a document's
        (missing keys, wrong types, offsets that do not match) raises ``InvalidInputError``.
        A dict written with ``tokens=False`` gives sentences without tokens.
        """
        try:
            text = data["text"]
            if not isinstance(text, str):
                raise TypeError("text is not a str")
            head = data.get("headline")
            doc = cls(
                text=text,
                headline=None if head is None else Sentence.from_dict(head),
                sentences=tuple(Sentence.from_dict(s) for s in data.get("sentences", ())),
                removed=tuple(Removed.from_dict(r) for r in data.get("removed", ())),
                tagger=data.get("tagger"),
                hindi_ratio=float(data.get("hindi_ratio", 0.0)),
                meta=dict(data.get("meta") or {}),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise InvalidInputError(f"not a Document dict (as written by Document.to_dict): {exc!r}") from None
        spans = [s for s in ([doc.headline] if doc.headline else []) + list(doc.sentences)]
        for item in spans + [t for s in spans for t in s.tokens] + list(doc.removed):
            if not (isinstance(item.start, int) and isinstance(item.end, int)) or text[item.start : item.end] != item.text:
                raise InvalidInputError(
                    f"Document dict: {type(item).__name__} {item.text[:30]!r} at {item.start}:{item.end} does not match the text"
                )
        return doc

    def _repr_html_(self) -> str:
        from .display import document_html

        return document_html(self)

    def __repr__(self) -> str:
        head = shorten(self.headline.text) if self.headline is not None else None
        return (
            f"Document(headline={head!r}, sentences={len(self.sentences)}, "
            f"removed={len(self.removed)}, tagger={self.tagger!r})"
        )
