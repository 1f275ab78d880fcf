"""``Pipeline``: text in, ``Document`` out — clean, split, tokenise, tag.

One reusable object, like a spaCy ``Language``: build it once (the tagger model
loads then), call it on a string, or stream many texts through ``pipe``.
"""

from __future__ import annotations

import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

import regex

from .doc import Document, Removed, Sentence, Token
from .errors import HindiBriefError, InvalidInputError, InvalidOptionError
from .options import check_choice, check_int
from .tagging import TAGGERS, Tagger, load_tagger
from .text.clean import clean, split_lines
from .text.sentences import sentence_token_spans
from .text.normalize import normalize
from .text.script import devanagari_share

if TYPE_CHECKING:
    from .results import Brief
    from .story import StoryBrief

__all__ = ["Pipeline", "BatchError", "ERROR_POLICIES", "check_text"]

#: Accepted values of ``errors=`` in batch methods.
ERROR_POLICIES = ("raise", "skip", "collect")
_HEADLINE_MODES = ("auto", "first-line", "none")
# Letters with their marks (matras, virama, nukta) on both sides of the ratio: counting
# Devanagari marks against \p{L} letters only gave ratios above 1 (1.61 on the seed articles).


@dataclass(frozen=True, slots=True)
class BatchError:
    """Stands in a batch's output, at the failed text's position, when ``errors="collect"``."""

    index: int
    """Position of the text in the input."""
    error: str
    """Class name of the error, e.g. ``"InvalidInputError"``."""
    message: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict: ``index``, ``error``, ``message``."""
        return {"index": self.index, "error": self.error, "message": self.message}


# A whole HTML page (not an article with a stray tag or two): it starts as one, or has
# both a <head> and a <body>. Its scripts, menus and markup would be "summarised".
_HTML_START = regex.compile(r"[\s\ufeff]*<(?:!doctype\s+html|html)\b", regex.I)
_HTML_HEAD = regex.compile(r"<head\b", regex.I)
_HTML_BODY = regex.compile(r"<body\b", regex.I)


def _is_html_page(text: str) -> bool:
    # Separate linear searches: one pattern "<head.*?<body" rescans the rest of the text
    # from every "<head" (quadratic on text repeating it).
    return bool(_HTML_START.match(text) or (_HTML_HEAD.search(text) and _HTML_BODY.search(text)))


def check_text(text: object) -> str:
    """Return ``text`` if it is a ``str`` of article text; otherwise raise ``InvalidInputError``
    saying what to pass instead (also for the source of a whole HTML page)."""
    if isinstance(text, str):
        if "<" in text and _is_html_page(text):
            raise InvalidInputError(
                "text is the source of an HTML page (<html>/<head>/<body>); extract the article text "
                "from it first (for example with trafilatura or BeautifulSoup's get_text())"
            )
        return text
    if text is None:
        raise InvalidInputError("text is None; pass the article as a str")
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InvalidInputError(
            "text is bytes; decode it first, for example text.decode('utf-8') (or 'utf-8-sig' for files with a BOM)"
        )
    raise InvalidInputError(f"text must be a str, got {type(text).__name__}")


class Pipeline:
    """Turns Hindi article text into tagged ``Document`` objects.

    Parameters (keyword-only):

    tagger
        ``"embedded"`` (default, numpy tagger shipped in ``models/``), ``"stanza"``
        (needs ``pip install 'hindi-brief[stanza]'``) or ``"none"`` (no POS tags;
        lemmas fall back to normalised forms).
    tagger_options
        Extra keyword arguments for the tagger, e.g. ``{"model_dir": "..."}`` for Stanza.
    headline
        ``"auto"`` (the first line is the headline when it reads as a title),
        ``"first-line"`` (always, when more lines follow) or ``"none"``.
    clean
        Strip scrape boilerplate (footers, datelines, duplicate lines...). The
        removed spans are kept in ``Document.removed``.

    A ``Pipeline`` holds no per-call state: one instance may be shared by threads.
    """

    def __init__(
        self,
        *,
        tagger: str = "embedded",
        tagger_options: dict[str, Any] | None = None,
        headline: str = "auto",
        clean: bool = True,
    ) -> None:
        self.tagger_name = check_choice("tagger", tagger, TAGGERS)
        if tagger_options is not None and not isinstance(tagger_options, dict):
            raise InvalidOptionError(f"tagger_options must be a dict or None, got {type(tagger_options).__name__}")
        self.tagger_options = dict(tagger_options or {})
        self.headline = check_choice("headline", headline, _HEADLINE_MODES)
        if not isinstance(clean, bool):
            raise InvalidOptionError(f"clean must be True or False, got {clean!r}")
        self.clean = clean
        self.tagger: Tagger | None = load_tagger(tagger, **self.tagger_options)
        # Some backends (Stanza, torch) are not safe to call from several threads at once.
        self._tag_lock = threading.Lock()

    def __repr__(self) -> str:
        opts = f", tagger_options={self.tagger_options!r}" if self.tagger_options else ""
        return f"Pipeline(tagger={self.tagger_name!r}{opts}, headline={self.headline!r}, clean={self.clean!r})"

    def _options(self) -> dict[str, Any]:
        return {
            "tagger": self.tagger_name,
            "tagger_options": self.tagger_options,
            "headline": self.headline,
            "clean": self.clean,
        }

    # -- single documents -------------------------------------------------------------------

    def __call__(self, text: str) -> Document:
        """Process one article. Empty or whitespace-only text gives an empty ``Document``."""
        return self._tagged([self._draft(text)])[0]

    def make_doc(self, text: str) -> Document:
        """Clean, split and tokenise ``text`` without tagging (tokens have ``pos=None``)."""
        return self._draft(text).build(None, None)

    def _draft(self, text: str) -> "_Draft":
        """Clean, split and tokenise ``text`` into spans and normalised forms (no objects yet)."""
        text = check_text(text)
        if self.clean:
            result = clean(text)
            segments, removed, head = result.kept, result.removed, result.headline
        else:
            segments = tuple((s, e) for s, e in split_lines(text) if s < e)
            removed, head = (), None
        if self.headline == "none":
            head = None
        elif self.headline == "first-line" and head is None and len(segments) > 1 and text.find("\n", segments[0][0], segments[1][0]) >= 0:
            head = segments[0]

        headline: list[tuple[int, int, str]] | None = None
        sentences: list[tuple[list[tuple[int, int, str]], int]] = []
        paragraph = 0
        prev_end: int | None = None
        for s, e in segments:
            if prev_end is not None and text.count("\n", prev_end, s) >= 2:
                paragraph += 1
            prev_end = e
            if head is not None and (s, e) == head:
                spans = [tok for sent in sentence_token_spans(text, s, e) for tok in sent]
                # A line of only invisible characters ("\u200b") has no tokens: no headline then
                # (headline="first-line" took it and crashed with IndexError).
                if spans:
                    headline = spans
                continue
            for spans in sentence_token_spans(text, s, e):
                sentences.append((spans, paragraph))
        return _Draft(text, headline, sentences, removed, round(devanagari_share(text, segments), 4))

    # -- batches ---------------------------------------------------------------------------

    def pipe(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        errors: str = "raise",
    ) -> Iterator[Document | BatchError]:
        """Stream ``Document`` objects for ``texts``, in input order.

        ``errors`` decides what a bad text does: ``"raise"`` (default) raises its
        error, ``"skip"`` leaves it out, ``"collect"`` yields a ``BatchError`` in its
        place. ``n_process > 1`` spreads batches over worker processes.
        """
        return self._map("_docs_of", texts, batch_size=batch_size, n_process=n_process, errors=errors)

    def _docs_of(self, texts: list[str], errors: str, offset: int) -> list[Document | BatchError]:
        return [d for _, d in self._indexed_docs(texts, errors, offset)]

    def _indexed_docs(self, texts: list[str], errors: str, offset: int) -> list[tuple[int, Document | BatchError]]:
        """Process one batch as ``(input index, result)`` pairs; bad texts are handled by ``errors``
        without losing the others (``"skip"`` leaves them out)."""
        made: list[tuple[int, _Draft | BatchError]] = []
        for i, text in enumerate(texts, start=offset):
            try:
                made.append((i, self._draft(text)))
            except Exception as exc:  # noqa: BLE001 - one bad text must not sink the batch
                handled = _handle(exc, i, errors)
                if handled is not None:
                    made.append((i, handled))
        tagged = iter(self._tagged([d for _, d in made if isinstance(d, _Draft)]))
        return [(i, next(tagged) if isinstance(d, _Draft) else d) for i, d in made]

    def _map(
        self, method: str, texts: Iterable[Any], *, batch_size: int, n_process: int, errors: str, **kwargs: Any
    ) -> Iterator[Any]:
        """Run ``getattr(self, method)(batch, errors, offset, **kwargs)`` over batches of ``texts``."""
        check_int("batch_size", batch_size)
        check_int("n_process", n_process)
        check_choice("errors", errors, ERROR_POLICIES)
        if isinstance(texts, (str, bytes)):
            raise InvalidInputError("pipe() takes an iterable of texts; for one text call the pipeline directly")
        batches = _batched(texts, batch_size)
        if n_process == 1:
            offset = 0
            for batch in batches:
                yield from getattr(self, method)(batch, errors, offset, **kwargs)
                offset += len(batch)
            return
        yield from _map_processes(self._options(), method, batches, n_process, errors, kwargs)

    # -- briefs (ranking lives in hindi_brief.rank) ---------------------------------------

    def brief(
        self,
        text: str | Document,
        *,
        sentences: int | None = None,
        ratio: float | None = None,
        max_words: int | None = None,
        top: int = 10,
    ) -> "Brief":
        """Summary and keywords of one article (a ``str`` or an already processed ``Document``).

        Summary length: ``sentences`` (default 3, more for long texts: see
        ``rank.default_sentences``), ``ratio`` of the body sentences, or a
        ``max_words`` budget: give at most one of them.
        """
        from .rank import make_brief

        doc = text if isinstance(text, Document) else self(text)
        return make_brief(doc, sentences=sentences, ratio=ratio, max_words=max_words, top=top)

    def pipe_briefs(
        self,
        texts: Iterable[str],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        errors: str = "raise",
        sentences: int | None = None,
        ratio: float | None = None,
        max_words: int | None = None,
        top: int = 10,
    ) -> Iterator["Brief | BatchError"]:
        """Stream ``Brief`` objects for ``texts`` in input order; ``errors`` as in ``pipe``."""
        from .rank import check_brief_options

        options = dict(sentences=sentences, ratio=ratio, max_words=max_words, top=top)
        check_brief_options(**options)  # fail fast, before any worker starts
        return self._map("_briefs_of", texts, batch_size=batch_size, n_process=n_process, errors=errors, **options)

    def _briefs_of(self, texts: list[str], errors: str, offset: int, **options: Any) -> list[Any]:
        from .rank import make_brief

        out: list[Any] = []
        for i, doc in self._indexed_docs(texts, errors, offset):
            if isinstance(doc, BatchError):
                out.append(doc)
                continue
            try:
                out.append(make_brief(doc, **options))
            except Exception as exc:  # noqa: BLE001 - one bad text must not sink the batch
                handled = _handle(exc, i, errors)
                if handled is not None:
                    out.append(handled)
        return out

    # -- stories (hindi_brief.story) -------------------------------------------------------

    def story(
        self,
        texts: Iterable[str | Document],
        *,
        sentences: int = 5,
        top: int = 15,
        date: Sequence[Any] | None = None,
        names: Sequence[str | None] | None = None,
    ) -> "StoryBrief":
        """One brief for several articles about the same story; see ``hindi_brief.story.story``."""
        from .story import story

        return story(texts, sentences=sentences, top=top, date=date, names=names, pipeline=self)

    # -- tagging ---------------------------------------------------------------------------

    def _tagged(self, drafts: list["_Draft"]) -> list[Document]:
        """Tag every sentence of ``drafts`` (headlines included) in one tagger call and build
        the documents, each token made once with its ``pos`` and ``lemma``."""
        if not drafts:
            return []
        norms = [group for d in drafts for group in d.norms]
        if self.tagger is None:
            tags: list[Any] = [[(None, norm) for norm in group] for group in norms]
        else:
            with self._tag_lock:
                tags = self.tagger.tag(norms)
        name = self.tagger.name if self.tagger is not None else None
        per_group = iter(tags)
        return [d.build(per_group, name) for d in drafts]


class _Draft:
    """A document before its objects exist: token spans and normalised forms per sentence.

    Tagging needs only the normalised forms; tokens are built once, after it
    (building untagged tokens first and tagged copies after was a fifth of a brief).
    """

    __slots__ = ("text", "has_headline", "groups", "removed", "hindi_ratio", "norms")

    def __init__(
        self,
        text: str,
        headline: list[tuple[int, int, str]] | None,
        sentences: list[tuple[list[tuple[int, int, str]], int]],
        removed: tuple[Removed, ...],
        hindi_ratio: float,
    ) -> None:
        self.text = text
        self.has_headline = headline is not None
        # (token spans, sentence index, paragraph): the headline (index and paragraph -1) first.
        head = [(headline, -1, -1)] if headline is not None else []
        self.groups = head + [(spans, i, paragraph) for i, (spans, paragraph) in enumerate(sentences)]
        self.removed = removed
        self.hindi_ratio = hindi_ratio
        # What a tagger is given, one list per group.
        self.norms = [[normalize(text[s:e]) for s, e, _ in spans] for spans, _, _ in self.groups]

    def build(self, tags: Iterator[Sequence[tuple[str | None, str | None]]] | None, tagger: str | None) -> Document:
        """The ``Document``; ``tags`` yields ``(pos, lemma)`` lists for the groups in order
        (``None``: untagged, ``pos`` and ``lemma`` left ``None``)."""
        text = self.text
        made: list[Sentence] = []
        for (spans, index, paragraph), norms in zip(self.groups, self.norms):
            tagged = next(tags) if tags is not None else [(None, None)] * len(spans)
            tokens = tuple(
                Token(text[s:e], s, e, norm, kind, pos, lemma)
                for (s, e, kind), norm, (pos, lemma) in zip(spans, norms, tagged)
            )
            start, end = spans[0][0], spans[-1][1]
            made.append(Sentence(text[start:end], start, end, tokens, index, paragraph))
        headline = made.pop(0) if self.has_headline else None
        return Document(
            text=text,
            headline=headline,
            sentences=tuple(made),
            removed=self.removed,
            tagger=tagger,
            hindi_ratio=self.hindi_ratio,
        )


def _handle(exc: Exception, index: int, errors: str) -> BatchError | None:
    if errors == "raise":
        raise exc
    if errors == "skip":
        return None
    return BatchError(index=index, error=type(exc).__name__, message=str(exc))


def _batched(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


# -- worker processes ----------------------------------------------------------------------

_WORKER: Pipeline | None = None


def _init_worker(options: dict[str, Any]) -> None:
    global _WORKER
    _WORKER = Pipeline(**options)


def _run_in_worker(method: str, batch: list[Any], errors: str, offset: int, kwargs: dict[str, Any]) -> list[Any]:
    assert _WORKER is not None
    return getattr(_WORKER, method)(batch, errors, offset, **kwargs)


def _map_processes(
    options: dict[str, Any],
    method: str,
    batches: Iterator[list[Any]],
    n_process: int,
    errors: str,
    kwargs: dict[str, Any],
) -> Iterator[Any]:
    """Order-preserving map of batches over ``n_process`` workers, at most ``2 * n_process`` in flight.

    A worker that dies raises ``BrokenProcessPool``, which is re-raised as a
    ``HindiBriefError`` naming the batch, instead of hanging.
    """
    from concurrent.futures.process import BrokenProcessPool
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(n_process, mp_context=ctx, initializer=_init_worker, initargs=(options,)) as pool:
        pending: list[Any] = []
        offset = 0
        try:
            for batch in batches:
                pending.append((offset, pool.submit(_run_in_worker, method, batch, errors, offset, kwargs)))
                offset += len(batch)
                if len(pending) >= 2 * n_process:
                    yield from pending.pop(0)[1].result()
            while pending:
                yield from pending.pop(0)[1].result()
        except BrokenProcessPool as exc:
            start = pending[0][0] if pending else offset
            raise HindiBriefError(
                f"a worker process died while processing texts from index {start}; "
                "rerun with n_process=1 to see the failing text"
            ) from exc
