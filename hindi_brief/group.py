"""Group a pile of articles into stories by content similarity.

Each article becomes a BM25 vector of its content terms (``rank.weights``: lemmas,
or normalised forms when untagged, and for every article of a pile that mixes
tagged and untagged ones; IDF from the shipped document frequencies; headline
counted twice). Articles are joined by complete-linkage agglomerative clustering on
cosine similarity, cut at ``threshold``: every two articles in a group are at
least ``threshold`` similar, so one shared name or a common beat (daily case
counts) does not chain unrelated stories together the way connected components
or average linkage do on a large pile. ``DEFAULT_THRESHOLD`` and how it was
chosen are in ``docs/story.md``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable, Sequence

import numpy as np

from .doc import Document
from .errors import InvalidInputError
from .inputs import check_document, check_text, iterate_texts
from .options import check_real
from .rank.weights import bm25_matrix, compare_tagged, content_terms, cosine_rows, load_df
from .results import Brief

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["documents_of", "group_documents", "similarity_matrix", "document_terms", "DEFAULT_THRESHOLD"]

#: Cosine similarity every two articles of one story must reach; chosen on ILSUM, see docs/story.md.
DEFAULT_THRESHOLD = 0.2

def document_terms(doc: Document, *, tagged: bool | None = None) -> list[str]:
    """Content terms of a document (``rank.weights.content_terms``); the headline's count twice (it names the story).

    ``tagged``: lemmas (``True``) or normalised forms (``False``); ``None``: as the document was processed.
    """
    if tagged is None:
        tagged = doc.tagger is not None
    terms = [t for s in doc.sentences for t in content_terms(s, tagged=tagged)]
    if doc.headline is not None:
        terms += 2 * content_terms(doc.headline, tagged=tagged)
    return terms


def similarity_matrix(docs: Sequence[Document]) -> np.ndarray:
    """Pairwise cosine similarity of the documents' BM25 vectors (IDF from the shipped document frequencies).

    All documents are compared one way (``rank.weights.compare_tagged``): on lemmas with the ``lemma``
    table when every one is tagged, else on normalised forms with the ``norm`` table, so a pile that
    mixes tagged and untagged documents gives the similarities of an untagged pile whatever its order.
    """
    if not docs:
        return np.zeros((0, 0))
    tagged = compare_tagged(docs)
    vecs, _ = bm25_matrix([document_terms(d, tagged=tagged) for d in docs], load_df("lemma" if tagged else "norm"))
    sim = cosine_rows(vecs)
    np.fill_diagonal(sim, 1.0)
    return sim


def check_threshold(threshold: object) -> float:
    """``threshold`` validated: a real number in (0, 1] (checked before any text is read)."""
    return check_real("threshold", threshold, high=1)


def cluster(sim: np.ndarray, threshold: float) -> list[list[int]]:
    """Complete-linkage clusters of a similarity matrix cut at ``threshold``; groups ordered by first member."""
    n = sim.shape[0]
    if n == 0:
        return []
    if n == 1:
        return [[0]]
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    dist = np.clip(1.0 - sim, 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    dist = (dist + dist.T) / 2.0
    tree = linkage(squareform(dist, checks=False), method="complete")
    # fcluster joins while the merge distance is <= t; a hair below keeps "similarity >= threshold" exact.
    labels = fcluster(tree, t=1.0 - threshold + 1e-9, criterion="distance")
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(int(label), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])


def group_documents(docs: Sequence[Document], *, threshold: float = DEFAULT_THRESHOLD) -> list[list[int]]:
    """Indices of ``docs`` grouped into stories (each list sorted; groups ordered by their first article)."""
    threshold = check_threshold(threshold)
    return cluster(similarity_matrix(docs), threshold)


def documents_of(texts: Iterable[str | Document | Brief], pipeline: Callable[[], "Pipeline"], call: str) -> list[Document]:
    """The ``Document`` of each item of ``texts`` (strings, ``Document`` objects or ``Brief`` objects, whose documents
    are taken), in order; ``call`` (``"story"``, ``"group"``) names the function in messages about ``texts`` itself
    (``inputs.iterate_texts``).

    ``pipeline`` is called for a ``Pipeline`` only when there are strings to process;
    they go through it as one batch (the tagger runs once for all of them). Every
    ``Document`` is checked to have tokens (``inputs.check_document``), also when all
    items are Documents: one saved without tokens would otherwise give an empty story
    or a group of its own without a word.
    """
    if isinstance(texts, (str, bytes, Document, Brief)):
        raise InvalidInputError("pass a list of articles (strings, Documents or Briefs), not a single one")
    # A notebook holds briefs already (pipe_briefs): their documents are the articles, processed.
    given = iterate_texts(texts, f"{call}()", ordered=True, items="articles (str, Document or Brief)")
    items = [t.document if isinstance(t, Brief) else t for t in given]
    strings = [t for t in items if not isinstance(t, Document)]
    for i, t in enumerate(items):  # the bad item is named by its place: a story may hold hundreds of articles
        if not isinstance(t, Document):
            try:
                check_text(t, accepted="a str, a Document or a Brief")
            except InvalidInputError as exc:
                raise InvalidInputError(f"texts[{i}]: {exc}") from None
    if not strings:
        return [check_document(t) for t in items]  # type: ignore[arg-type]
    made = iter(pipeline().pipe(strings))
    return [check_document(t) if isinstance(t, Document) else next(made) for t in items]  # type: ignore[misc]
