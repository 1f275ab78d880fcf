"""The task shortcuts, in one place: a brief of one text, briefs of many, a story brief.

``Pipeline.brief``, ``Pipeline.pipe_briefs`` and ``Pipeline.story`` call these with
themselves; ``hindi_brief.api`` calls ``brief`` and ``story`` with the default pipeline,
which is built only when a string needs it. The pipeline
itself only turns text into ``Document`` objects (``hindi_brief.pipeline``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from .batching import handle_error, map_batches
from .collector import collector_paused
from .doc import Document
from .inputs import check_document
from .group import documents_of
from .rank import check_brief_options, make_brief
from .results import BatchError, Brief
from .story import StoryBrief, check_names, check_story_options, per_article, story_from_documents

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["brief", "pipe_briefs", "briefs_of", "story"]


def brief(
    get_pipeline: Callable[[], "Pipeline"],
    text: str | Document,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    max_words: int | None = None,
    top: int = 10,
) -> Brief:
    """Summary and keywords of one article: a ``Document``, or a ``str`` processed by the pipeline
    ``get_pipeline()`` gives (called only then, after the options are checked)."""
    options = check_brief_options(sentences=sentences, ratio=ratio, max_words=max_words, top=top)
    with collector_paused():
        doc = check_document(text) if isinstance(text, Document) else get_pipeline()(text)
        return make_brief(doc, **options)


def pipe_briefs(
    pipeline: "Pipeline",
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
) -> Iterator[Any]:
    """Stream a ``Brief`` per text, in input order; batching options as in ``Pipeline.pipe``."""
    # At the call, before any worker starts; plain numbers, so no numpy scalar is sent to one.
    options = check_brief_options(sentences=sentences, ratio=ratio, max_words=max_words, top=top)
    return map_batches(
        pipeline, briefs_of, texts, batch_size=batch_size, n_process=n_process, errors=errors,
        timeout=timeout, as_tuples=as_tuples, kwargs=options, call="pipe_briefs()",
    )


def briefs_of(pipeline: "Pipeline", items: list[Any], errors: str, offset: int, **options: Any) -> list[tuple[int, Any]]:
    """One batch of ``pipe_briefs``: ``(input index, Brief or BatchError)`` pairs (``errors`` applied)."""
    out: list[tuple[int, Any]] = []
    with collector_paused():
        for i, doc in pipeline.docs_of(items, errors, offset, documents=True):
            if isinstance(doc, BatchError):
                out.append((i, doc))
                continue
            try:
                out.append((i, make_brief(doc, **options)))
            except Exception as exc:  # noqa: BLE001 - one bad text must not sink the batch
                handled = handle_error(exc, i, errors)
                if handled is not None:
                    out.append((i, handled))
    return out


def story(
    get_pipeline: Callable[[], "Pipeline"],
    texts: Iterable[str | Document | Brief],
    *,
    sentences: int = 5,
    top: int = 15,
    date: Sequence[Any] | None = None,
    names: Sequence[str | None] | None = None,
) -> StoryBrief:
    """One brief for several articles about the same story (see docs/story.md); the strings
    among ``texts`` go through ``get_pipeline()`` as one batch."""
    names = check_names(names)  # before the articles are processed
    date = check_story_options(sentences, top, date)
    if isinstance(texts, (list, tuple)) and texts:  # their count is known: a date= or names= of another count fails now
        for name, values in (("date", date), ("names", names)):
            per_article(name, values, len(texts))
    docs = documents_of(texts, get_pipeline, "story")
    return story_from_documents(docs, sentences=sentences, top=top, date=date, names=names)
