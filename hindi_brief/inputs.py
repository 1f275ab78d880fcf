"""What counts as article text: ``check_text`` says what to pass instead of anything else."""

from __future__ import annotations

import regex

from collections import Counter
from collections.abc import Mapping, Set
from pathlib import PurePath
from typing import TYPE_CHECKING, Any, Iterable, Iterator

from .errors import InvalidInputError
from .options import is_missing

if TYPE_CHECKING:
    from .doc import Document

__all__ = ["check_text", "check_size", "check_document", "iterate_texts", "repeated_columns_problem", "MAX_CHARS"]

#: Default ``Pipeline(max_chars=...)``: the longest text accepted, in characters.
MAX_CHARS = 10_000_000

# A whole HTML page (not an article with a stray tag or two): it starts as one, or has
# both a <head> and a <body>. Its scripts, menus and markup would be "summarised".
_HTML_START = regex.compile(r"[\s\ufeff]*<(?:!doctype\s+html|html)\b", regex.I)
_HTML_HEAD = regex.compile(r"<head\b", regex.I)
_HTML_BODY = regex.compile(r"<body\b", regex.I)


def _is_html_page(text: str) -> bool:
    # Separate linear searches: one pattern "<head.*?<body" rescans the rest of the text
    # from every "<head" (quadratic on text repeating it).
    return bool(_HTML_START.match(text) or (_HTML_HEAD.search(text) and _HTML_BODY.search(text)))


def check_text(text: object, *, accepted: str = "a str") -> str:
    """Return ``text`` if it is a ``str`` of article text; otherwise raise ``InvalidInputError``
    saying what to pass instead (also for the source of a whole HTML page); ``accepted`` says what the caller
    takes, where that is more than a str."""
    if isinstance(text, str):
        if "<" in text and _is_html_page(text):
            raise InvalidInputError(
                "text is the source of an HTML page (<html>/<head>/<body>); extract the article text "
                "from it first (for example with trafilatura or BeautifulSoup's get_text())"
            )
        return text
    if text is None:
        raise InvalidInputError("text is None; pass the article as a str")
    if is_missing(text):  # pandas reads an empty cell, or None in a Series of strings, as NaN or pd.NA
        raise InvalidInputError(
            f"text is missing ({text}: an empty cell of a data frame); drop those rows first "
            "(df.dropna(subset=[column])) or fill them (df[column].fillna(''))"
        )
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InvalidInputError(
            "text is bytes; decode it first, for example text.decode('utf-8') (or 'utf-8-sig' for files with a BOM)"
        )
    hint = ""
    if isinstance(text, PurePath):
        hint = "; read the file first: path.read_text(encoding='utf-8')"
    elif isinstance(text, (list, tuple)) or hasattr(text, "__next__"):
        hint = "; to brief several texts, pass them to pipe_briefs (or Pipeline.pipe)"
    raise InvalidInputError(f"text must be {accepted}, got {type(text).__name__}{hint}")


def iterate_texts(
    texts: object, call: str, *, pairs: bool = False, ordered: bool = False, items: str = "str"
) -> Iterator[Any]:
    """An iterator over ``texts``, the articles given to ``call`` (``"pipe()"``, ``"group()"``...); raises
    ``InvalidInputError`` for what iterates as something other than its articles: one string, a mapping (its keys), a
    data frame (its column names), a non-iterable. ``pairs``: ``call`` takes ``as_tuples=True`` (the message offers
    it); ``ordered``: the result names the articles by their place, so a set (no fixed order) is refused too;
    ``items``: what ``call`` takes as an article, for the message."""
    if isinstance(texts, (str, bytes, bytearray, memoryview)):
        raise InvalidInputError(f"{call} takes an iterable of texts; for one text use nlp(text) or nlp.brief(text)")
    with_keys = " or with as_tuples=True (text, key) pairs: ((text, key) for key, text in d.items())" if pairs else ""
    if isinstance(texts, Mapping):  # iterating one gives its keys
        raise InvalidInputError(
            f"{call} takes an iterable of texts, got a {type(texts).__name__}, which iterates over its keys; pass "
            f"its values (d.values()){',' if pairs else ''}{with_keys}"
        )
    if type(texts).__name__ == "DataFrame":  # pandas, Dask, Polars...: iterating one gives its column names
        rows = ', or with as_tuples=True (text, context) rows such as df[["text", "id"]].itertuples(index=False)'
        raise InvalidInputError(
            f"{call} takes an iterable of texts, got a {type(texts).__module__.split('.')[0]} DataFrame, which "
            f'iterates over its column names; pass its text column (df["text"]){rows if pairs else ""}'
        )
    if ordered and isinstance(texts, Set):
        raise InvalidInputError(
            f"{call} names the articles by their place, and a {type(texts).__name__} has no fixed order; pass a list"
        )
    try:
        return iter(texts)  # type: ignore[call-overload]
    except TypeError:
        raise InvalidInputError(f"texts must be an iterable of {items}, got {type(texts).__name__}") from None


def repeated_columns_problem(header: Iterable[str | None]) -> str | None:
    """What is wrong with a CSV ``header`` that names a column twice (``None``: nothing). Rows are read by column
    name, so of two columns named alike one would be lost unseen (a joined or exported sheet: the text read from the
    wrong one); unnamed columns (a trailing comma) hold nothing and do not count."""
    repeated = sorted(c for c, n in Counter(header).items() if c and c.strip() and n > 1)
    if not repeated:
        return None
    return f"the header names {', '.join(map(repr, repeated))} more than once; give each column its own name"


def check_size(
    text: str, max_chars: int | None, *, limit: str = "max_chars=", raise_with: str = "Pipeline(max_chars=...) (None: no limit)"
) -> str:
    """Return ``text`` unless it is longer than ``max_chars`` characters (``None``: no limit).

    ``limit`` and ``raise_with`` name the limit and how to raise it in the message, as the caller's
    user sets it (the command line says ``--max-chars``)."""
    if max_chars is not None and len(text) > max_chars:
        raise InvalidInputError(
            f"text has {len(text):,} characters, more than {limit}{max_chars:,}; split it into "
            f"articles, or raise the limit with {raise_with}"
        )
    return text


def check_document(doc: "Document") -> "Document":
    """Return ``doc`` if every sentence of it has tokens; otherwise raise ``InvalidInputError``.

    A document read back from a ``to_dict(tokens=False)`` result (``Brief.to_dict(document=True)``
    writes it so) keeps its sentences' text but no tokens, and ranking it would give an empty
    summary and no keywords without a word of warning.
    """
    parts = ([doc.headline] if doc.headline is not None else []) + list(doc.sentences)
    if any(not s.columns.kinds for s in parts):
        raise InvalidInputError(
            "this Document's sentences have no tokens (a to_dict(tokens=False) result, as Brief.to_dict(document=True) "
            "writes it, keeps none); brief its text instead, hb.brief(doc.text), or save it with Document.to_dict()"
        )
    return doc
