"""``Pipeline``: text in, ``Document`` out — clean, split, tokenise, tag.

One reusable object, like a spaCy ``Language``: build it once (the tagger model
loads then), call it on a string, or stream many texts through ``pipe``.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

import regex

from .batching import Rejected, map_processes, sendable
from .doc import Document, Removed, Sentence, Token
from .errors import HindiBriefError, InvalidInputError, InvalidOptionError
from .options import check_choice, check_int
from .tagging import TAGGERS, Tagger, load_tagger
from .text.clean import clean
from .text.lines import count_line_breaks, has_line_break, split_lines
from .text.sentences import sentence_token_spans
from .text.normalize import normalize
from .text.script import devanagari_share

if TYPE_CHECKING:
    from .results import Brief
    from .story import StoryBrief

__all__ = ["Pipeline", "BatchError", "ERROR_POLICIES", "MAX_CHARS", "check_text"]

#: Default ``Pipeline(max_chars=...)``: the longest text accepted, in characters.
MAX_CHARS = 10_000_000
#: Tokens per tagger call: a tagger's working memory grows with its input (about 480 bytes a
#: token for the embedded one), so a 10 MB article is tagged in pieces of whole sentences.
TAG_CHUNK_TOKENS = 50_000
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
    max_chars
        Longest text accepted, in characters (default ``MAX_CHARS``, 10,000,000; ``None``: no
        limit). A longer one is an ``InvalidInputError`` naming this option, raised before any
        work: time and memory are linear in the text (a brief of a 10 MB article peaks at
        about 580 MB), so the limit is what bounds one call.

    A ``Pipeline`` holds no per-call state: one instance may be shared by threads.
    """

    def __init__(
        self,
        *,
        tagger: str = "embedded",
        tagger_options: dict[str, Any] | None = None,
        headline: str = "auto",
        clean: bool = True,
        max_chars: int | None = MAX_CHARS,
    ) -> None:
        self.tagger_name = check_choice("tagger", tagger, TAGGERS)
        if tagger_options is not None and not isinstance(tagger_options, dict):
            raise InvalidOptionError(f"tagger_options must be a dict or None, got {type(tagger_options).__name__}")
        self.tagger_options = dict(tagger_options or {})
        self.headline = check_choice("headline", headline, _HEADLINE_MODES)
        if not isinstance(clean, bool):
            raise InvalidOptionError(f"clean must be True or False, got {clean!r}")
        self.clean = clean
        self.max_chars = None if max_chars is None else check_int("max_chars", max_chars)
        self.tagger: Tagger | None = load_tagger(tagger, **self.tagger_options)
        # Some backends (Stanza, torch) are not safe to call from several threads at once.
        self._tag_lock = threading.Lock()

    def __repr__(self) -> str:
        opts = f", tagger_options={self.tagger_options!r}" if self.tagger_options else ""
        return (
            f"Pipeline(tagger={self.tagger_name!r}{opts}, headline={self.headline!r}, clean={self.clean!r}, "
            f"max_chars={self.max_chars!r})"
        )

    def _options(self) -> dict[str, Any]:
        return {
            "tagger": self.tagger_name,
            "tagger_options": self.tagger_options,
            "headline": self.headline,
            "clean": self.clean,
            "max_chars": self.max_chars,
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
        if self.max_chars is not None and len(text) > self.max_chars:
            raise InvalidInputError(
                f"text has {len(text):,} characters, more than max_chars={self.max_chars:,}; split it into "
                "articles, or raise the limit with Pipeline(max_chars=...) (None: no limit)"
            )
        if self.clean:
            result = clean(text)
            segments, removed, head = result.kept, result.removed, result.headline
        else:
            segments = tuple((s, e) for s, e in split_lines(text) if s < e)
            removed, head = (), None
        if self.headline == "none":
            head = None
        elif self.headline == "first-line" and head is None and len(segments) > 1 and has_line_break(text, segments[0][0], segments[1][0]):
            head = segments[0]

        headline: list[tuple[int, int, str]] | None = None
        sentences: list[tuple[list[tuple[int, int, str]], int]] = []
        paragraph = 0
        prev_end: int | None = None
        for s, e in segments:
            if prev_end is not None and count_line_breaks(text, prev_end, s) >= 2:
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
        timeout: float | None = None,
    ) -> Iterator[Document | BatchError]:
        """Stream ``Document`` objects for ``texts``, in input order.

        ``errors`` decides what a bad text does: ``"raise"`` (default) raises its
        error, ``"skip"`` leaves it out, ``"collect"`` yields a ``BatchError`` in its
        place. ``n_process > 1`` spreads batches over worker processes
        (``hindi_brief.batching``): a text that kills its worker is found by running
        its batch again one text at a time and is reported at its own index as a
        ``WorkerError`` (per ``errors``); the other texts of the batch are delivered.
        ``timeout`` (seconds per text, ``n_process > 1`` only): a batch running longer
        than ``timeout`` times its size has its worker stopped and is run again the same
        way, and a text that alone runs past ``timeout`` is a ``WorkerError``.

        Options and ``texts`` are checked here, at the call (``InvalidOptionError``,
        ``InvalidInputError``). When iterating ``texts`` raises, the results of the texts
        read before are yielded first, then that error is raised.
        """
        return self._map("_docs_of", texts, batch_size=batch_size, n_process=n_process, errors=errors, timeout=timeout)

    def _docs_of(self, texts: list[str], errors: str, offset: int) -> list[Document | BatchError]:
        return [d for _, d in self._indexed_docs(texts, errors, offset)]

    def _indexed_docs(self, texts: list[str], errors: str, offset: int) -> list[tuple[int, Document | BatchError]]:
        """Process one batch as ``(input index, result)`` pairs; bad texts are handled by ``errors``
        without losing the others (``"skip"`` leaves them out)."""
        made: list[tuple[int, _Draft | BatchError]] = []
        for i, text in enumerate(texts, start=offset):
            try:
                if isinstance(text, Rejected):  # refused by the parent process (hindi_brief.batching)
                    raise text.error
                made.append((i, self._draft(text)))
            except Exception as exc:  # noqa: BLE001 - one bad text must not sink the batch
                handled = _handle(exc, i, errors)
                if handled is not None:
                    made.append((i, handled))
        tagged = iter(self._tagged([d for _, d in made if isinstance(d, _Draft)]))
        return [(i, next(tagged) if isinstance(d, _Draft) else d) for i, d in made]

    def _map(
        self,
        method: str,
        texts: Iterable[Any],
        *,
        batch_size: int,
        n_process: int,
        errors: str,
        timeout: float | None,
        **kwargs: Any,
    ) -> Iterator[Any]:
        """Check the batch options and ``texts`` now, then return the generator running
        ``getattr(self, method)(batch, errors, offset, **kwargs)`` over batches of ``texts``."""
        check_int("batch_size", batch_size)
        check_int("n_process", n_process)
        check_choice("errors", errors, ERROR_POLICIES)
        if timeout is not None:
            if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not math.isfinite(timeout) or timeout <= 0:
                raise InvalidOptionError(f"timeout must be a positive number of seconds or None, got {timeout!r}")
            if n_process == 1:
                raise InvalidOptionError("timeout needs n_process >= 2: a text can only be stopped in a worker process")
        if isinstance(texts, (str, bytes, bytearray, memoryview)):
            raise InvalidInputError("pipe() takes an iterable of texts; for one text call the pipeline directly")
        try:
            source = iter(texts)
        except TypeError:
            raise InvalidInputError(f"texts must be an iterable of str, got {type(texts).__name__}") from None
        batches = _batched(source, batch_size)
        if n_process == 1:
            return self._map_here(method, batches, errors, kwargs)

        def on_failure(exc: HindiBriefError, index: int) -> list[Any]:
            handled = _handle(exc, index, errors)
            return [] if handled is None else [handled]

        sendable_batches = ([sendable(t, check_text) for t in batch] for batch in batches)
        return map_processes(
            Pipeline, self._options(), method, sendable_batches,
            n_process=n_process, errors=errors, kwargs=kwargs, timeout=timeout, on_failure=on_failure,
        )

    def _map_here(self, method: str, batches: Iterator[list[Any]], errors: str, kwargs: dict[str, Any]) -> Iterator[Any]:
        offset = 0
        for batch in batches:
            yield from getattr(self, method)(batch, errors, offset, **kwargs)
            offset += len(batch)

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

        Summary length: ``sentences`` (default 3), ``ratio`` of the body sentences, or a
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
        timeout: float | None = None,
        sentences: int | None = None,
        ratio: float | None = None,
        max_words: int | None = None,
        top: int = 10,
    ) -> Iterator["Brief | BatchError"]:
        """Stream ``Brief`` objects for ``texts`` in input order; ``errors``, ``n_process``,
        ``timeout`` and the checks at the call as in ``pipe``."""
        from .rank import check_brief_options

        options = dict(sentences=sentences, ratio=ratio, max_words=max_words, top=top)
        check_brief_options(**options)  # fail fast, before any worker starts
        return self._map(
            "_briefs_of", texts, batch_size=batch_size, n_process=n_process, errors=errors, timeout=timeout, **options
        )

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
            tags = []
            for chunk in _chunks(norms, TAG_CHUNK_TOKENS):
                with self._tag_lock:
                    tags += self.tagger.tag(chunk)
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


def _chunks(groups: list[list[str]], tokens: int) -> Iterator[list[list[str]]]:
    """``groups`` (sentences) in runs of about ``tokens`` tokens, never splitting a group."""
    start, size = 0, 0
    for i, group in enumerate(groups):
        size += len(group)
        if size >= tokens:
            yield groups[start : i + 1]
            start, size = i + 1, 0
    if start < len(groups):
        yield groups[start:]


def _handle(exc: Exception, index: int, errors: str) -> BatchError | None:
    if errors == "raise":
        raise exc
    if errors == "skip":
        return None
    return BatchError(index=index, error=type(exc).__name__, message=str(exc))


def _batched(it: Iterator[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` items; when ``it`` raises, the items read before come as a last batch,
    then the error is raised (a batch never loses its good documents to a failing source)."""
    while True:
        batch: list[Any] = []
        try:
            batch.extend(islice(it, size))
        except Exception:
            if batch:
                yield batch
            raise
        if not batch:
            return
        yield batch
