"""One-line functions: ``summarize``, ``keywords`` and ``brief`` of an article string.

They share one default ``Pipeline(tagger="embedded")``, built on first use (the
tagger model loads once) under a lock, so threads may call them at once. Pass
``pipeline=`` to use your own (for example ``Pipeline(tagger="none")``).
"""

from __future__ import annotations

import os
import threading
from typing import Callable, Iterable, Sequence

from .doc import Document
from .errors import InvalidOptionError
from .inputs import check_document
from .pipeline import Pipeline
from . import tasks
from .rank import check_length_options, check_top, make_keywords, make_summary
from .rank.keywords import keyword_key
from .group import DEFAULT_THRESHOLD, check_threshold, documents_of, group_documents
from .results import Brief, Keywords, Summary
from .story import StoryBrief

__all__ = ["summarize", "keywords", "brief", "story", "group", "keyword_key", "default_pipeline", "download"]

_DEFAULT: Pipeline | None = None
_LOCK = threading.Lock()


def default_pipeline() -> Pipeline:
    """The shared ``Pipeline()`` the one-line functions use (created once, thread-safe)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _LOCK:
            if _DEFAULT is None:
                _DEFAULT = Pipeline()
    return _DEFAULT


def _pipeline_getter(pipeline: object) -> Callable[[], Pipeline]:
    """The ``pipeline=`` argument, checked now, as a function giving the pipeline to use: a
    processed Document needs none, so the default one is built only when it is called."""
    if pipeline is None:
        return default_pipeline
    if not isinstance(pipeline, Pipeline):
        raise InvalidOptionError(f"pipeline must be a hindi_brief.Pipeline or None, got {type(pipeline).__name__}")
    return lambda: pipeline


def _doc(text: str | Document, pipeline: object) -> Document:
    get_pipeline = _pipeline_getter(pipeline)
    return check_document(text) if isinstance(text, Document) else get_pipeline()(text)


def summarize(
    text: str | Document,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    max_words: int | None = None,
    pipeline: Pipeline | None = None,
) -> Summary:
    """Extractive summary of an article: ``sentences`` (default 3, more for long texts: see
    ``rank.default_sentences``), ``ratio`` of the body
    sentences, or a ``max_words`` budget — at most one. Sentences come in document order;
    empty text gives an empty ``Summary``. A summary has fewer sentences than asked only where
    the text has fewer that may be picked: the tail of a quotation, a bare attribution, a line
    that ends in a colon, a question, a link to another story, an instruction to click on the page, a line
    of fewer than four words (a caption, a photo credit), a crosshead that says nothing by
    itself, a sentence mostly not in Devanagari letters, and a repeat or near-duplicate of a
    sentence picked already never are (``rank.summarize`` has the full list). A budget keeps the best sentences that fit in ``max_words`` words;
    where not even one fits, the best sentence alone is the summary (never empty for a
    non-empty text), the one case in which the budget is exceeded. ``pipeline``: the ``Pipeline``
    that reads a string (default: the library's default pipeline); a ``Document`` is ranked as it is.

    >>> import hindi_brief as hb
    >>> nlp = hb.Pipeline(tagger="none")
    >>> text = "शीर्षक\\n\\nभारत और अमेरिका ने रक्षा सहयोग पर बात की। दोनों देशों ने समझौते पर हस्ताक्षर किए।"
    >>> len(hb.summarize(text, sentences=1, pipeline=nlp))
    1
    """
    length = check_length_options(sentences=sentences, ratio=ratio, max_words=max_words)
    return make_summary(_doc(text, pipeline), **length)


def keywords(text: str | Document, *, top: int = 10, pipeline: Pipeline | None = None) -> Keywords:
    """The ``top`` keyphrases of an article, best first, as ``Keywords`` (a tuple of ``Keyword``
    with a Jupyter table, ``to_json`` and ``to_dataframe``; empty for empty text).

    A longer list starts with a shorter one (``top=20`` with the list of ``top=10``): the first ten
    are chosen together, where a phrase ranked further down that holds a listed word may take that
    word's place (``कोरोना`` -> ``कोरोना वायरस``), and each keyword after them is the next best that
    clashes with none listed before it (``rank.keywords.FIRST_CHOICE``). ``pipeline`` as in ``summarize``."""
    top = check_top(top)
    return make_keywords(_doc(text, pipeline), top=top)


def brief(
    text: str | Document,
    *,
    sentences: int | None = None,
    ratio: float | None = None,
    max_words: int | None = None,
    top: int = 10,
    pipeline: Pipeline | None = None,
) -> Brief:
    """Summary and keywords of an article in one pass (options, ``pipeline`` too, as in ``summarize`` and ``keywords``)."""
    return tasks.brief(
        _pipeline_getter(pipeline), text, sentences=sentences, ratio=ratio, max_words=max_words, top=top
    )


def story(
    texts: Iterable[str | Document | Brief],
    *,
    sentences: int = 5,
    top: int = 15,
    date: Sequence[object | None] | None = None,
    names: Sequence[str | None] | None = None,
    pipeline: Pipeline | None = None,
) -> StoryBrief:
    """One brief for several articles about the same story.

    ``texts``: article strings, processed ``Document`` objects or ``Brief`` objects (their documents; two or more
    for a story; one works too; sentences are compared on lemmas when every
    article is tagged, on normalised forms when any is not). ``sentences``: length of the merged summary
    (every sentence that passes the novelty test is listed as "new", in
    document order, however many). ``top``: number of
    keywords. ``date``: one override per article (``datetime.date``, an ISO or
    Hindi date string, or ``None`` to read it from the text; a data frame's missing
    value, ``pd.NaT``, ``pd.NA`` or NaN, and a blank string count as ``None``). ``names``: labels
    for the articles (file names, outlets). ``pipeline``: the ``Pipeline`` used
    for strings (default: the library's default pipeline). See docs/story.md.

    >>> import hindi_brief as hb
    >>> brief = hb.story(["रक्षा मंत्रियों ने बात की।\\n\\n6 फरवरी 2025 को दोनों रक्षा मंत्रियों ने फोन पर बात की। उन्होंने सहयोग बढ़ाने पर सहमति जताई।",
    ...                   "रक्षा मंत्रियों ने फिर बात की।\\n\\n1 जुलाई 2025 को दोनों रक्षा मंत्रियों ने फिर फोन पर बात की। अमरीका ने भारत को निमंत्रण दिया।"])
    >>> [str(a.date) for a in brief.articles]
    ['2025-02-06', '2025-07-01']
    >>> [s.text for s in brief.articles[1].new]
    ['1 जुलाई 2025 को दोनों रक्षा मंत्रियों ने फिर फोन पर बात की।', 'अमरीका ने भारत को निमंत्रण दिया।']
    """
    return tasks.story(_pipeline_getter(pipeline), texts, sentences=sentences, top=top, date=date, names=names)


def group(
    texts: Iterable[str | Document | Brief],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    pipeline: Pipeline | None = None,
) -> list[list[int]]:
    """Cluster articles into stories; returns lists of input indices, one list per story.

    ``texts`` are article strings, processed ``Document`` objects or ``Brief`` objects (their documents). Every two
    articles of a group have a cosine similarity of their content terms (lemmas
    when every article is tagged, normalised forms when any is not) of at
    least ``threshold`` (default 0.2: ``from hindi_brief.group import DEFAULT_THRESHOLD``; ``hb.group`` is
    this function, not the module). Articles with no similar neighbour are groups of one. Every two articles are compared, so time and memory grow with
    the square of their number (docs/story.md: group a large pile in parts, a day's articles at a time).

    >>> import hindi_brief as hb
    >>> hb.group(["भारत और अमेरिका के रक्षा मंत्रियों ने बातचीत की।",
    ...           "रक्षा मंत्रियों की बातचीत में भारत और अमेरिका ने सहयोग बढ़ाया।",
    ...           "बारिश से दिल्ली की सड़कों पर पानी भर गया।"])
    [[0, 1], [2]]
    """
    threshold = check_threshold(threshold)  # before the texts are read: a bad option costs no tagging
    return group_documents(documents_of(texts, _pipeline_getter(pipeline), "group"), threshold=threshold)


def download(*, lang: str = "hi", resources_dir: str | os.PathLike[str] | None = None) -> str:
    """Download the official Stanza Hindi models (needs internet and ``pip install 'hindi-brief[stanza]'``).

    The only function in hindi_brief that uses the network; nothing calls it
    implicitly. Afterwards ``Pipeline(tagger="stanza")`` prefers the official
    models over the small one shipped in ``models/``. ``lang``: the Stanza language code;
    ``resources_dir``: where to put the models (default ``$STANZA_RESOURCES_DIR``, else the installed Stanza's
    own resources directory, where ``Pipeline(tagger="stanza")`` looks). Returns the resources directory.
    Raises ``ModelError`` naming the directory when the download or the write fails.
    """
    from .tagging.stanza_backend import download as stanza_download

    return str(stanza_download(lang=lang, resources_dir=resources_dir))
