"""Group a pile of articles into stories by content similarity.

Each article becomes a TF-IDF vector of its content terms (lemmas, or normalised
forms when untagged; stopwords and punctuation left out; headline counted
twice). Articles are joined by complete-linkage agglomerative clustering on
cosine similarity, cut at ``threshold``: every two articles in a group are at
least ``threshold`` similar, so one shared name or a common beat (daily case
counts) does not chain unrelated stories together the way connected components
or average linkage do on a large pile. ``DEFAULT_THRESHOLD`` and how it was
chosen are in ``docs/story.md``.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

import numpy as np

from .doc import Document, Sentence
from .errors import InvalidInputError, InvalidOptionError

if TYPE_CHECKING:
    from .pipeline import Pipeline

__all__ = ["group", "group_documents", "similarity_matrix", "content_terms", "term_vectors", "DEFAULT_THRESHOLD"]

#: Cosine similarity every two articles of one story must reach; chosen on ILSUM, see docs/story.md.
DEFAULT_THRESHOLD = 0.2

_TERM_KINDS = ("word", "latin", "number")


def content_terms(sentence: Sentence) -> list[str]:
    """The sentence's content terms in order: lemma (else norm), lower-cased, stopwords and punctuation left out."""
    out = []
    for tok in sentence.tokens:
        if tok.kind not in _TERM_KINDS or tok.is_stop:
            continue
        if tok.pos in ("ADP", "AUX", "CCONJ", "SCONJ", "PART", "PRON", "DET", "PUNCT"):
            continue
        out.append((tok.lemma or tok.norm).lower())
    return out


def _idf_from(counts: Sequence[Counter[str]]) -> Callable[[str], float]:
    """Smoothed inverse document frequency over the given bags of terms."""
    n = len(counts)
    df: Counter[str] = Counter()
    for c in counts:
        df.update(c.keys())
    return lambda term: math.log((n + 1) / (df.get(term, 0) + 1)) + 1.0


def term_vectors(
    bags: Sequence[Mapping[str, float]], idf: Callable[[str], float] | None = None
) -> tuple[np.ndarray, list[str]]:
    """Rows of L2-normalised ``(1 + log tf) * idf`` weights for bags of term counts, and the vocabulary.

    ``idf`` defaults to the smoothed IDF over ``bags`` themselves.
    """
    counters = [Counter(b) for b in bags]
    idf = idf or _idf_from(counters)
    vocab = sorted({t for c in counters for t in c})
    index = {t: i for i, t in enumerate(vocab)}
    weights = np.array([idf(t) for t in vocab], dtype=np.float64)
    x = np.zeros((len(counters), len(vocab)), dtype=np.float64)
    for row, c in enumerate(counters):
        for term, tf in c.items():
            if tf > 0:
                x[row, index[term]] = (1.0 + math.log(tf)) * weights[index[term]]
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    np.divide(x, norms, out=x, where=norms > 0)
    return x, vocab


def document_bag(doc: Document) -> Counter[str]:
    """Content-term counts of a document; the headline counts twice (it names the story)."""
    bag: Counter[str] = Counter()
    for s in doc.sentences:
        bag.update(content_terms(s))
    if doc.headline is not None:
        for term in content_terms(doc.headline):
            bag[term] += 2
    return bag


def similarity_matrix(docs: Sequence[Document], idf: Callable[[str], float] | None = None) -> np.ndarray:
    """Pairwise cosine similarity of the documents' TF-IDF vectors (1.0 on the diagonal for non-empty ones)."""
    x, _ = term_vectors([document_bag(d) for d in docs], idf)
    return x @ x.T


def _check_threshold(threshold: object) -> float:
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not 0.0 < threshold <= 1.0:
        raise InvalidOptionError(f"threshold must be a number in (0, 1], got {threshold!r}")
    return float(threshold)


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


def group_documents(
    docs: Sequence[Document], *, threshold: float = DEFAULT_THRESHOLD, idf: Callable[[str], float] | None = None
) -> list[list[int]]:
    """Indices of ``docs`` grouped into stories (each list sorted; groups ordered by their first article)."""
    threshold = _check_threshold(threshold)
    return cluster(similarity_matrix(docs, idf), threshold)


def group(
    texts: Iterable[str | Document],
    *,
    threshold: float = DEFAULT_THRESHOLD,
    pipeline: "Pipeline | None" = None,
) -> list[list[int]]:
    """Cluster articles into stories; returns lists of input indices, one list per story.

    ``texts`` are article strings or processed ``Document`` objects. Every two
    articles of a group have a cosine similarity of their content terms of at
    least ``threshold`` (default ``DEFAULT_THRESHOLD``). Articles with no similar
    neighbour are groups of one.

    >>> import hindi_brief as hb
    >>> hb.group(["भारत और अमेरिका के रक्षा मंत्रियों ने बातचीत की।",
    ...           "रक्षा मंत्रियों की बातचीत में भारत और अमेरिका ने सहयोग बढ़ाया।",
    ...           "बारिश से दिल्ली की सड़कों पर पानी भर गया।"])
    [[0, 1], [2]]
    """
    docs = _documents(texts, pipeline)
    return group_documents(docs, threshold=threshold)


def _documents(texts: Iterable[str | Document], pipeline: "Pipeline | None") -> list[Document]:
    if isinstance(texts, (str, bytes, Document)):
        raise InvalidInputError("pass a list of articles (strings or Documents), not a single one")
    items = list(texts)
    strings = [t for t in items if not isinstance(t, Document)]
    if not strings:
        return items  # type: ignore[return-value]
    if pipeline is None:
        pipeline = _default_pipeline()
    made = iter(pipeline.pipe(strings))  # one batch: the tagger runs once for all articles
    return [t if isinstance(t, Document) else next(made) for t in items]  # type: ignore[misc]


def _default_pipeline() -> "Pipeline":
    """The library's shared default pipeline when there is one, else an untagged one (until a tagger model ships)."""
    try:
        from .api import default_pipeline  # type: ignore[attr-defined]

        return default_pipeline()
    except (ImportError, AttributeError):
        pass
    from .pipeline import Pipeline

    return Pipeline()
