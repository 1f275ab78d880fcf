"""``Pipeline``: text in, ``Document`` out — clean, split, tokenise, tag.

One reusable object, like a spaCy ``Language``: build it once (the embedded tagger's model is read on first
use, once per process, and shared by every pipeline), call it on a string, or stream many texts through ``pipe``. Where
each step lives: ``inputs`` (what counts as text), ``text.layout`` (cleaning,
headline, sentences, paragraphs), ``drafts`` (spans to objects), ``tagging``
(the tagger component), ``batching`` (batches, errors, worker processes) and
``tasks`` (briefs and stories, which the methods at the end hand on to).
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from . import tasks
from .batching import ERROR_POLICIES, Rejected, handle_error, map_batches
from .collector import collector_paused
from .doc import Document
from .drafts import Draft
from .errors import HindiBriefError, InvalidInputError, InvalidOptionError, TaggerError
from .inputs import MAX_CHARS, check_document, check_size, check_text
from .options import check_choice, check_int
from .results import BatchError
from .tagging import TAGGERS, Columns, Tagger, check_tagger_options, load_tagger, tagged_columns
from .text.headline import HEADLINE_MODES
from .text.layout import lay_out

if TYPE_CHECKING:
    from .results import Brief
    from .story import StoryBrief

__all__ = ["Pipeline", "BatchError", "ERROR_POLICIES", "MAX_CHARS", "check_text", "check_pipeline_options"]

#: Tokens per tagger call: a tagger's working memory grows with its input (its feature rows
#: and sparse products, about 600 bytes a token for the embedded one), so a batch or a 10 MB
#: article is tagged in pieces of whole sentences. 10,000 tokens (about 20 news articles)
#: cost no more time than 50,000 and a third of the peak memory of a batch of 64 long
#: articles (python benchmarks/briefs.py: 19.8 against 43.3 MiB traced).
TAG_CHUNK_TOKENS = 10_000

#: ``Pipeline.warm_up``'s article: a headline and two sentences, so that every step of a brief runs.
_WARM_UP = "भारत और अमेरिका की बातचीत\n\nभारत और अमेरिका ने रक्षा सहयोग पर बात की। दोनों देशों ने समझौते पर हस्ताक्षर किए।"


def _is_tagger_object(tagger: object) -> bool:
    return not isinstance(tagger, str) and isinstance(getattr(tagger, "name", None), str) and callable(getattr(tagger, "tag", None))


def check_tagger(tagger: object, tagger_options: object) -> None:
    """Raise ``InvalidOptionError`` unless ``tagger`` is a name from ``TAGGERS`` or an object with the
    ``Tagger`` protocol, and ``tagger_options`` a dict (only for a named tagger) or ``None``."""
    if not _is_tagger_object(tagger):
        if not isinstance(tagger, str):
            raise InvalidOptionError(
                f"tagger must be one of {', '.join(TAGGERS)} or an object with a str 'name' and a "
                f"tag(sentences) method (the Tagger protocol), got {type(tagger).__name__}"
            )
        check_choice("tagger", tagger, TAGGERS)
    if tagger_options is not None and not isinstance(tagger_options, dict):
        raise InvalidOptionError(f"tagger_options must be a dict or None, got {type(tagger_options).__name__}")
    if tagger_options and not isinstance(tagger, str):
        raise InvalidOptionError("tagger_options are for a tagger given by name; configure a tagger object yourself")
    if isinstance(tagger, str):  # their names, as the tagger will take them: a driver checks before its workers build
        check_tagger_options(tagger, tagger_options or {})


def check_pipeline_options(
    *,
    tagger: object = "embedded",
    tagger_options: object = None,
    headline: object = "auto",
    clean: object = True,
    max_chars: object = MAX_CHARS,
) -> dict[str, Any]:
    """``Pipeline``'s options, validated without loading a model, as the dict ``Pipeline(**options)``
    takes; raises ``InvalidOptionError``. A driver checks them before its workers build the pipeline."""
    check_tagger(tagger, tagger_options)
    check_choice("headline", headline, HEADLINE_MODES)
    if not isinstance(clean, bool):
        raise InvalidOptionError(f"clean must be True or False, got {clean!r}")
    if max_chars is not None:
        max_chars = check_int("max_chars", max_chars)
    return {"tagger": tagger, "tagger_options": tagger_options, "headline": headline, "clean": clean, "max_chars": max_chars}


def _together(tagger: object, tagger_options: object) -> str:
    """The hint where options meet a tagger that takes none (``"none"``, a tagger object; left from the tagger before):
    a tagger and its options are changed together with ``set_params`` (``""`` elsewhere: the options are wrong)."""
    if not tagger_options or (isinstance(tagger, str) and tagger != "none"):
        return ""
    try:
        check_tagger(tagger, None)
    except InvalidOptionError:
        return ""
    return "; to change the tagger and its options together, call set_params(tagger=..., tagger_options=...)"


class Pipeline:
    """Turns Hindi article text into tagged ``Document`` objects.

    Parameters (keyword-only), kept as given and shown in ``repr`` (``tagger_options`` and ``max_chars`` where they
    are not the defaults):

    tagger
        ``"embedded"`` (default, numpy tagger shipped in ``models/``), ``"stanza"``
        (needs ``pip install 'hindi-brief[stanza]'``; with the small Stanza model shipped in ``models/`` it is less
        accurate than the embedded tagger and many times slower: use it with Stanza's official models, ``hb.download()``), ``"none"`` (no POS tags;
        lemmas fall back to normalised forms), or any object with a ``name`` and a
        ``tag(sentences)`` method (``hindi_brief.tagging.Tagger``). Worker processes
        (``n_process > 1``) load a named tagger themselves and get a copy of a tagger
        object, which must therefore pickle.
        A tagger that raises, or returns what the protocol does not allow, is a ``TaggerError``.
    tagger_options
        Extra keyword arguments for a named tagger, e.g. ``{"model_dir": "..."}`` for Stanza.
    headline
        ``"auto"`` (the first line is the headline when it reads as a title, with or
        without ``clean``), ``"first-line"`` (always, when more lines follow) or ``"none"``.
    clean
        Strip scrape boilerplate (footers, datelines, duplicate lines...). The
        removed spans are kept in ``Document.removed``.
    max_chars
        Longest text accepted, in characters (default ``MAX_CHARS``, 10,000,000; ``None``: no
        limit). A longer one is an ``InvalidInputError`` naming this option, raised before any
        work: time and memory are linear in the text (a brief of a 10 MB article peaks at
        about 524 MiB), so the limit is what bounds one call.

    Each may be assigned later (``pipeline.tagger = "none"``, ``pipeline.max_chars = None``) and is checked as
    the constructor checks it (``InvalidOptionError``); assigning ``tagger`` or ``tagger_options`` loads the tagger.
    ``set_params(**options)`` assigns several at once (a tagger and its options together), ``get_params()`` gives
    them all.

    A ``Pipeline`` holds no per-call state: one instance may be shared by threads.
    """

    def __init__(
        self,
        *,
        tagger: str | Tagger = "embedded",
        tagger_options: dict[str, Any] | None = None,
        headline: str = "auto",
        clean: bool = True,
        max_chars: int | None = MAX_CHARS,
    ) -> None:
        options = check_pipeline_options(
            tagger=tagger, tagger_options=tagger_options, headline=headline, clean=clean, max_chars=max_chars
        )
        self._tagger_options = tagger_options  # read by the tagger's assignment below, which keeps a copy
        self._headline = headline
        self._clean = clean
        self._max_chars = options["max_chars"]  # a plain int, though a numpy one was given
        # Some backends (Stanza, torch) are not safe to call from several threads at once.
        self._tag_lock = threading.Lock()
        self.tagger = tagger

    # Each option may be assigned later and is checked as the constructor checks it: a pipeline that took a bad
    # value would fail only in its worker processes, which build their pipeline from these options.

    @property
    def tagger(self) -> str | Tagger:
        """The tagger as given: a name from ``TAGGERS`` or a tagger object. Assigning loads it."""
        return self._tagger

    @tagger.setter
    def tagger(self, tagger: str | Tagger) -> None:
        self._load(tagger, self._tagger_options)

    def _load(self, tagger: str | Tagger, tagger_options: dict[str, Any] | None) -> None:
        """Check and load ``tagger`` with ``tagger_options``, then take both (threads see the old pair or the new)."""
        try:
            check_tagger(tagger, tagger_options)
        except InvalidOptionError as exc:
            raise InvalidOptionError(f"{exc}{_together(tagger, tagger_options)}") from None
        # A copy: the caller's dict changed afterwards would be the options the repr, pickled copies and worker
        # processes go by, not those this process loaded the tagger with.
        tagger_options = None if tagger_options is None else dict(tagger_options)
        component = load_tagger(tagger, **(tagger_options or {})) if isinstance(tagger, str) else tagger
        with self._tag_lock:
            self._tagger, self._tagger_options, self._component = tagger, tagger_options, component

    @property
    def tagger_options(self) -> dict[str, Any] | None:
        """Extra keyword arguments of a named tagger, as given (a copy: changing it changes no pipeline). Assigning
        loads the tagger with them."""
        return None if self._tagger_options is None else dict(self._tagger_options)

    @tagger_options.setter
    def tagger_options(self, tagger_options: dict[str, Any] | None) -> None:
        self._load(self._tagger, tagger_options)

    @property
    def headline(self) -> str:
        """How the headline is found: one of ``HEADLINE_MODES``."""
        return self._headline

    @headline.setter
    def headline(self, headline: str) -> None:
        self.set_params(headline=headline)

    @property
    def clean(self) -> bool:
        """Whether scrape boilerplate is stripped."""
        return self._clean

    @clean.setter
    def clean(self, clean: bool) -> None:
        self.set_params(clean=clean)

    @property
    def max_chars(self) -> int | None:
        """The longest text accepted, in characters (``None``: no limit)."""
        return self._max_chars

    @max_chars.setter
    def max_chars(self, max_chars: int | None) -> None:
        self.set_params(max_chars=max_chars)

    @property
    def tagger_component(self) -> Tagger | None:
        """The tagger object in use (``None`` for ``tagger="none"``)."""
        return self._component

    @property
    def tagger_name(self) -> str:
        """The tagger's name: as given, or the object's ``name``."""
        return self._tagger if isinstance(self._tagger, str) else self._tagger.name

    def __repr__(self) -> str:
        opts = f", tagger_options={self.tagger_options!r}" if self.tagger_options is not None else ""
        limit = f", max_chars={self.max_chars!r}" if self.max_chars != MAX_CHARS else ""
        return f"Pipeline(tagger={self._tagger!r}{opts}, headline={self.headline!r}, clean={self.clean!r}{limit})"

    def get_params(self) -> dict[str, Any]:
        """The options as the constructor takes them: ``Pipeline(**nlp.get_params())`` makes a pipeline with the same
        options (``tagger_options`` a copy: changing it changes no pipeline)."""
        options = None if self._tagger_options is None else dict(self._tagger_options)
        return {
            "tagger": self._tagger, "tagger_options": options,
            "headline": self._headline, "clean": self._clean, "max_chars": self._max_chars,
        }

    def set_params(self, **options: Any) -> "Pipeline":
        """Assign several options at once (names as the constructor's), checked together as the constructor checks
        them, the tagger loaded once where ``tagger`` or ``tagger_options`` is among them; the others stay as they
        are; returns the pipeline. One at a time, a pipeline with ``tagger_options`` could not take another tagger
        (``nlp.set_params(tagger="none", tagger_options=None)``)."""
        params = self.get_params()
        unknown = sorted(set(options) - set(params))
        if unknown:
            raise InvalidOptionError(f"unknown option(s) {', '.join(map(repr, unknown))}; expected some of {', '.join(params)}")
        merged = {**params, **options}
        try:
            checked = check_pipeline_options(**merged)
        except InvalidOptionError as exc:
            hint = _together(merged["tagger"], merged["tagger_options"]) if "tagger_options" not in options else ""
            raise InvalidOptionError(f"{exc}{hint}") from None
        if "tagger" in options or "tagger_options" in options:
            self._load(checked["tagger"], checked["tagger_options"])
        # Only the options given: another thread's assignment of the others stands.
        for name in ("headline", "clean", "max_chars"):
            if name in options:
                setattr(self, f"_{name}", checked[name])
        return self

    def __getstate__(self) -> dict[str, Any]:
        # What a worker process gets: the options; a named tagger is loaded there from its files.
        return self.get_params()

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(**state)  # type: ignore[misc]

    def warm_up(self) -> None:
        """Load now what the first brief would load on first use (the ranking models, the word lists, a named
        tagger's tables) by briefing a short article and dropping the result, so that the first text of a run (a
        server's first request) costs what any text costs. A tagger object of your own is not called: the article
        is briefed untagged. Worker processes (``n_process > 1``) warm up before they take texts, so that
        ``timeout`` times each text alone."""
        pipeline = self if isinstance(self._tagger, str) else Pipeline(tagger="none", headline=self.headline)
        # Laid out without the size check: a pipeline's max_chars may be below the warm-up article's length.
        doc = pipeline.tag([Draft(lay_out(_WARM_UP, clean=self.clean, headline=self.headline))])[0]
        tasks.brief(lambda: pipeline, doc)

    # -- single documents -------------------------------------------------------------------

    def __call__(self, text: str) -> Document:
        """Process one article. Empty or whitespace-only text gives an empty ``Document``."""
        return self.tag([self.draft(text)])[0]

    def make_doc(self, text: str) -> Document:
        """Clean, split and tokenise ``text`` without tagging (tokens have ``pos=None``)."""
        return self.draft(text).build(None, None)

    def draft(self, text: str) -> Draft:
        """Clean, split and tokenise ``text`` into spans and normalised forms (no objects yet)."""
        text = check_size(check_text(text), self.max_chars)
        return Draft(lay_out(text, clean=self.clean, headline=self.headline))

    def tag(self, drafts: list[Draft]) -> list[Document]:
        """Tag every sentence of ``drafts`` (headlines included), in tagger calls of whole
        sentences of about ``TAG_CHUNK_TOKENS`` tokens, and build the documents, each token
        made once with its ``pos`` and ``lemma``. A tagger that raises, or returns what the
        ``Tagger`` protocol does not allow, is a ``TaggerError`` naming it."""
        if not isinstance(drafts, list) or not all(isinstance(d, Draft) for d in drafts):
            raise InvalidInputError(
                "Pipeline.tag takes a list of Draft objects (Pipeline.draft(text) makes one); to process texts call "
                "the pipeline, nlp(text), or nlp.pipe(texts)"
            )
        if not drafts:
            return []
        component, strict = self._component, not isinstance(self._tagger, str)
        if component is None:  # lemmas fall back to the normalised forms
            return [d.build(iter([((None,) * len(group), group) for group in d.norms]), None) for d in drafts]
        tags: list[Columns] = []
        for chunk in _chunks([group for d in drafts for group in d.norms], TAG_CHUNK_TOKENS):
            tags += self._tag_chunk(component, chunk, strict)
        per_group = iter(tags)
        return [d.build(per_group, component.name) for d in drafts]

    def _tag_chunk(self, component: Tagger, chunk: list[list[str]], strict: bool) -> list[Columns]:
        """One tagger call, its output checked (``tagging.tagged_columns``; ``strict`` for a tagger
        object). An error the tagger raises becomes a ``TaggerError`` naming it, with the tagger's
        own error chained, so that a batch can charge it to one text like any other typed error."""
        # A tagger that gives columns (the embedded one) saves a pair per token; any other gives pairs.
        tag_columns = getattr(component, "tag_columns", None)
        try:
            with self._tag_lock:
                rows = tag_columns(chunk) if tag_columns is not None else component.tag(chunk)
        except HindiBriefError:
            raise
        except Exception as exc:  # noqa: BLE001 - whatever a user's tagger raises
            raise TaggerError(
                f"tagger {component.name!r} raised {type(exc).__name__}: {exc} (the tagger's own error, chained as __cause__)"
            ) from exc
        return tagged_columns(component.name, chunk, rows, pairs=tag_columns is None, strict=strict)

    # -- batches ---------------------------------------------------------------------------

    def pipe(
        self,
        texts: Iterable[Any],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        errors: str = "raise",
        timeout: float | None = None,
        as_tuples: bool = False,
    ) -> Iterator[Any]:
        """Stream ``Document`` objects for ``texts``, in input order.

        ``errors`` decides what a bad text does: ``"raise"`` (default) raises its
        error after yielding the results of every text before it (its own batch's too),
        ``"skip"`` leaves it out, ``"collect"`` yields a ``BatchError`` in its
        place; an error no text causes (``ModelError``, ``MissingDependencyError``) is
        raised whatever it says. ``as_tuples=True``: ``texts`` are ``(text, context)`` pairs (a tuple, a
        list or any two-item sequence but a string) and the
        results come as ``(document, context)``, the context (a record, an id) passed
        through untouched. ``n_process > 1`` spreads batches over worker processes
        (``hindi_brief.batching``): a text that kills its worker is found by running
        its batch again one text at a time and is reported at its own index as a
        ``WorkerError`` (per ``errors``); the other texts of the batch are delivered.
        ``timeout`` (seconds per text, ``n_process > 1`` only): a batch running longer
        than ``timeout`` times its size has its worker stopped and is run again the same
        way, and a text that alone runs past ``timeout`` is a ``WorkerError``. Workers
        that cannot start (a tagger class defined in a notebook cannot be loaded in
        one) blame no text: the results finished before are yielded, then one
        ``WorkerError`` naming the cause is raised, whatever ``errors`` says.

        Options and ``texts`` are checked here, at the call (``InvalidOptionError``,
        ``InvalidInputError``). When iterating ``texts`` raises, the results of the texts
        read before are yielded first, then that error is raised.
        """
        return map_batches(
            self, Pipeline.docs_of, texts, batch_size=batch_size, n_process=n_process, errors=errors,
            timeout=timeout, as_tuples=as_tuples,
        )

    def docs_of(
        self, items: list[Any], errors: str, offset: int, documents: bool = False
    ) -> list[tuple[int, Document | BatchError]]:
        """One batch as ``(input index, Document or BatchError)`` pairs: bad texts are handled
        by ``errors`` (``"skip"`` leaves them out) and the good ones are tagged together, or one
        at a time when that fails, so that a tagger failing on one text costs only that text.
        With ``documents``, a ``Document`` among ``items`` is taken as it is (``inputs.check_document``)."""
        made: list[tuple[int, Draft | Document | BatchError]] = []
        with collector_paused():
            for i, text in enumerate(items, start=offset):
                try:
                    if isinstance(text, Rejected):  # refused before it reached here (hindi_brief.batching)
                        raise text.error
                    made.append((i, check_document(text) if documents and isinstance(text, Document) else self.draft(text)))
                except Exception as exc:  # noqa: BLE001 - one bad text must not sink the batch
                    handled = handle_error(exc, i, errors)
                    if handled is not None:
                        made.append((i, handled))
            tagged = self._tag_batch([(i, d) for i, d in made if isinstance(d, Draft)], errors)
            return [(i, tagged[i] if isinstance(d, Draft) else d) for i, d in made if not isinstance(d, Draft) or i in tagged]

    def _tag_batch(self, drafts: list[tuple[int, Draft]], errors: str) -> dict[int, Document | BatchError]:
        """The documents of a batch's ``(input index, draft)`` pairs, by index, tagged together. When
        that fails (a tagger that raises or miscounts on one text), they are tagged again one by one,
        so only the failing text is charged, by ``errors`` (``"skip"``: left out of the result)."""
        try:
            return dict(zip([i for i, _ in drafts], self.tag([d for _, d in drafts])))
        except Exception as exc:  # noqa: BLE001 - one bad text must not sink the batch
            if len(drafts) == 1:
                return _charged(exc, drafts[0][0], errors)
        tagged: dict[int, Document | BatchError] = {}
        for i, draft in drafts:
            try:
                tagged[i] = self.tag([draft])[0]
            except Exception as exc:  # noqa: BLE001 - as above
                tagged.update(_charged(exc, i, errors))
        return tagged

    # -- task shortcuts (hindi_brief.tasks) ------------------------------------------------

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
        return tasks.brief(lambda: self, text, sentences=sentences, ratio=ratio, max_words=max_words, top=top)

    def pipe_briefs(
        self,
        texts: Iterable[Any],
        *,
        batch_size: int = 64,
        n_process: int = 1,
        errors: str = "raise",
        timeout: float | None = None,
        as_tuples: bool = False,
        sentences: int | None = None,
        ratio: float | None = None,
        max_words: int | None = None,
        top: int = 10,
    ) -> Iterator["Brief | BatchError | tuple[Any, Any]"]:
        """Stream ``Brief`` objects for ``texts`` (strings, or ``Document`` objects already processed, ``pipe``'s, as
        ``brief`` takes) in input order; ``errors``, ``n_process``, ``timeout``, ``as_tuples`` and the checks at the
        call as in ``pipe``."""
        return tasks.pipe_briefs(
            self, texts, batch_size=batch_size, n_process=n_process, errors=errors, timeout=timeout,
            as_tuples=as_tuples, sentences=sentences, ratio=ratio, max_words=max_words, top=top,
        )

    def story(
        self,
        texts: Iterable[str | Document | Brief],
        *,
        sentences: int = 5,
        top: int = 15,
        date: Sequence[Any] | None = None,
        names: Sequence[str | None] | None = None,
    ) -> "StoryBrief":
        """One brief for several articles about the same story; see ``hindi_brief.story`` and docs/story.md."""
        return tasks.story(lambda: self, texts, sentences=sentences, top=top, date=date, names=names)


def _charged(exc: Exception, index: int, errors: str) -> dict[int, BatchError]:
    """``{index: BatchError}`` for a text whose tagging failed, ``{}`` for ``errors="skip"``; raises for ``"raise"``."""
    handled = handle_error(exc, index, errors)
    return {} if handled is None else {index: handled}


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
