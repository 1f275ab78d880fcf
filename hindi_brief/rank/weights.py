"""Term weights for ranking: content terms of sentences, shipped document frequencies, BM25 vectors.

A *content term* is the lemma (fallback: normalised form; Latin lower-cased) of a
token tagged NOUN, PROPN, ADJ, VERB or NUM that is not a stopword. Untagged
documents (``tagger="none"``) use every non-stopword word token instead.

Document frequencies ship in ``models/df/df.json`` (built by ``python -m hindi_brief.training.df``) with
two tables: ``lemma`` (keys are tagger lemmas) and ``norm`` (keys are normalised
surface forms, for untagged documents), so the IDF of a term is looked up in the
table that matches how the document was processed. Documents compared with each other
use one key and one table for all of them (``compare_tagged``). A term is looked up by its
spelling, then by its spelling key (``text.normalize.spelling_key``: ``ज़िला`` is ``जिला``),
and the counts of a word's spellings are one count.
"""

from __future__ import annotations

import json
from pathlib import Path
import math
from itertools import chain, repeat
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np
from scipy.sparse import csr_matrix, issparse

from ..doc import Document, Sentence
from ..resources import load_model
from ..text.normalize import spelling_key
from ..text.stopwords import STOPWORDS

__all__ = [
    "pagerank",
    "clique_pagerank",
    "scale_to_max",
    "CONTENT_POS",
    "DF_FILE",
    "DocumentFrequencies",
    "load_df",
    "compare_tagged",
    "content_terms",
    "bm25_matrix",
    "bm25_with_idf",
    "cosine_rows",
]

#: Parts of speech whose tokens carry content.
CONTENT_POS = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "NUM"})
#: The shipped document-frequency file, relative to ``models/``.
DF_FILE = ("df", "df.json")
DF_FORMAT = 1
_REBUILD = "python -m hindi_brief.training.df --data ../shared/data --out models/df"
_TERM_KINDS = frozenset({"word", "latin", "number"})

# BM25 constants (the usual values).
BM25_K1 = 1.2
BM25_B = 0.75


@dataclass(frozen=True)
class DocumentFrequencies:
    """Document frequencies of one key type (``"lemma"`` or ``"norm"``) over ``n_docs`` documents."""

    n_docs: int
    df: dict[str, int]
    _idf: dict[str, float] = field(init=False, repr=False, compare=False)
    _unseen: float = field(init=False, repr=False, compare=False)
    _count: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # A word spelled two ways is one term (``text.normalize.spelling_key``: ``ज़िला`` / ``जिला``, ``हिन्दी`` /
        # ``हिंदी``): its spellings' counts are summed (at most ``n_docs``), and each spelling, and the key they
        # share, gets that count's IDF. News that writes the nukta (BBC Hindi: ``ख़बर``, ``फ़ैसला``) would
        # otherwise meet tables counted mostly without it, and its commonest words would weigh as rare ones.
        key_of = {t: spelling_key(t) for t in self.df}
        folded: dict[str, int] = {}
        for t, d in self.df.items():
            folded[key_of[t]] = folded.get(key_of[t], 0) + d
        by_key = {key: self._formula(min(d, self.n_docs)) for key, d in folded.items()}
        # IDF of every known term and key computed once (ranking looks terms up thousands of times per article).
        object.__setattr__(self, "_idf", {**{t: by_key[key] for t, key in key_of.items()}, **by_key})
        object.__setattr__(self, "_unseen", self._formula(0))
        object.__setattr__(self, "_count", folded)

    def _formula(self, d: int) -> float:
        return math.log(1.0 + (self.n_docs - d + 0.5) / (d + 0.5))

    def idf(self, term: str) -> float:
        """BM25 IDF, always > 0, of ``term`` spelled any way (``spelling_key``); a term never seen (or pruned
        as rare) gets the highest value."""
        v = self._idf.get(term)
        return v if v is not None else self._idf.get(spelling_key(term), self._unseen)

    def knows(self, term: str) -> bool:
        """Is ``term``, spelled any way (``spelling_key``), in the table? (It keeps the terms of at least
        ``--min-df`` documents, two in the shipped one: ``training.df``.)"""
        return term in self._idf or spelling_key(term) in self._idf

    def count(self, term: str) -> int:
        """Documents holding ``term`` spelled any way (``spelling_key``; summed over its spellings, as ``idf``
        counts them); 0 for a term not in the table."""
        return min(self._count.get(spelling_key(term), 0), self.n_docs)

    def idf_array(self, terms: Sequence[str]) -> np.ndarray:
        # dict.get called from map: no Python frame per term (a generator cost twice as much); only the
        # terms not found as spelled are looked up again by their spelling key.
        out = np.fromiter(map(self._idf.get, terms, repeat(math.nan, len(terms))), dtype=np.float64, count=len(terms))
        missing = np.flatnonzero(np.isnan(out))
        if len(missing):
            get, unseen = self._idf.get, self._unseen
            out[missing] = [get(spelling_key(terms[i]), unseen) for i in missing.tolist()]
        return out


def load_df(kind: str = "lemma") -> DocumentFrequencies:
    """The shipped table of ``kind`` (``"lemma"`` or ``"norm"``), read once per file and kept.

    Raises ``ModelError`` naming the fix when ``models/df/df.json`` is missing or damaged.
    """
    if kind not in ("lemma", "norm"):
        raise ValueError(f"kind must be 'lemma' or 'norm', got {kind!r}")
    return load_model(DF_FILE, _read_df, what="document-frequency", rebuild=_REBUILD)[kind]


def _read_df(path: Path) -> dict[str, DocumentFrequencies]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("format") != DF_FORMAT:
        raise ValueError(f"format {data.get('format')!r}, expected {DF_FORMAT}")
    out = {}
    for kind in ("lemma", "norm"):
        table = data["tables"][kind]
        n = int(table["n_docs"])
        df = {str(k): int(v) for k, v in table["df"].items()}
        if n < 1 or any(v < 0 or v > n for v in df.values()):
            raise ValueError(f"table {kind!r} has counts outside 0..n_docs")
        out[kind] = DocumentFrequencies(n_docs=n, df=df)
    return out


def df_for(doc: Document) -> DocumentFrequencies:
    """The table matching how ``doc`` was processed (``norm`` for untagged documents)."""
    return load_df("norm" if doc.tagger is None else "lemma")


def compare_tagged(docs: Iterable[Document]) -> bool:
    """Whether documents compared with each other (a story's articles, a pile to group) are compared
    on tagged terms (lemmas, the ``lemma`` table): only when every one of them is tagged.

    A tagged and an untagged document would otherwise be matched lemma against surface form
    (``बातचीत`` never meets ``बातचीतों``) and weighed with the IDF table of one of them, so the result
    would depend on which came first. Every tagged document also has its tokens' normalised forms, so
    a mix is compared as if all were untagged (``content_terms(..., tagged=False)``, the ``norm``
    table). Documents tagged by different taggers (embedded and stanza) keep the lemmas: both lemmatise.
    """
    return all(doc.tagger is not None for doc in docs)


def _term(kind: str, norm: str, pos: str | None, lemma: str | None, tagged: bool) -> str | None:
    """The content term of a token with these fields, or ``None`` when it is not a content token."""
    if kind not in _TERM_KINDS:
        return None
    if tagged:
        if pos not in CONTENT_POS:
            return None
        term = lemma or norm
    else:
        if kind == "number":
            return None
        term = norm
    if norm in STOPWORDS or term in STOPWORDS:
        return None
    return term.lower() if kind == "latin" else term


def content_terms(sentence: Sentence, *, tagged: bool) -> list[str]:
    """Content terms of ``sentence`` in order (repeats kept)."""
    c = sentence.columns
    if not tagged:
        return [term for kind, norm in zip(c.kinds, c.norms) if (term := _term(kind, norm, None, None, False)) is not None]
    return [
        term
        for kind, norm, pos, lemma in zip(c.kinds, c.norms, c.pos, c.lemmas)
        if pos in CONTENT_POS and (term := _term(kind, norm, pos, lemma, True)) is not None
    ]


def bm25_matrix(
    term_lists: Sequence[Sequence[str]],
    df: DocumentFrequencies,
    *,
    extra: Iterable[Sequence[str]] = (),
    dense_max: int = 0,
) -> tuple[csr_matrix | np.ndarray, list[str]]:
    """L2-normalised BM25 vectors, one row per term list (sentences, then ``extra`` rows).

    BM25's saturation and length normalisation keep a long sentence that repeats a
    frequent word from dominating the similarity graph; IDF comes from ``df``.
    Rows without terms are all zero. The matrix is a dense ``ndarray`` when it has at
    most ``dense_max`` cells (an article's matrix is tiny and scipy's per-matrix overhead
    would dominate), CSR otherwise (the default).
    """
    mat, terms, _ = bm25_with_idf(term_lists, df, extra=extra, dense_max=dense_max)
    return mat, terms


def bm25_with_idf(
    term_lists: Sequence[Sequence[str]],
    df: DocumentFrequencies,
    *,
    extra: Iterable[Sequence[str]] = (),
    dense_max: int = 0,
) -> tuple[csr_matrix | np.ndarray, list[str], np.ndarray]:
    """``bm25_matrix`` and the IDF of every term of the lists, in order (``df.idf`` of each, the sentences' terms
    first, then those of ``extra``): the sentence features sum it per sentence, and looking each term up again cost
    as much as the matrix's own look-ups."""
    lists = [list(t) for t in term_lists] + [list(t) for t in extra]
    flat = list(chain.from_iterable(lists))
    # Terms numbered in order of first use; the look-ups run in C (map), not one Python step per term.
    vocab = {t: i for i, t in enumerate(dict.fromkeys(flat))}
    n_rows = len(lists)
    terms_sorted = list(vocab)
    if not vocab:
        return csr_matrix((n_rows, 0), dtype=np.float64), terms_sorted, np.zeros(0)
    per_row = np.fromiter(map(len, lists), dtype=np.intp, count=n_rows)
    rows = np.repeat(np.arange(n_rows), per_row)
    cols = np.fromiter(map(vocab.__getitem__, flat), dtype=np.intp, count=len(flat))
    lengths = per_row.astype(np.float64)
    avg = lengths[lengths > 0].mean() if (lengths > 0).any() else 1.0
    norm = BM25_K1 * (1.0 - BM25_B + BM25_B * lengths / avg)
    idf = df.idf_array(terms_sorted)
    if n_rows * len(vocab) <= dense_max:
        return _bm25_dense(rows, cols, (n_rows, len(vocab)), norm, idf), terms_sorted, idf[cols]
    tf = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n_rows, len(vocab)), dtype=np.float64)
    tf.sum_duplicates()
    row_of = np.repeat(np.arange(n_rows), np.diff(tf.indptr))
    data = tf.data * (BM25_K1 + 1.0) / (tf.data + norm[row_of])
    data *= idf[tf.indices]
    mat = csr_matrix((data, tf.indices, tf.indptr), shape=tf.shape)
    return _l2_rows(mat), terms_sorted, idf[cols]


def _bm25_dense(
    rows: np.ndarray, cols: np.ndarray, shape: tuple[int, int], norm: np.ndarray, idf: np.ndarray
) -> np.ndarray:
    """The same weights as the sparse path of ``bm25_matrix``, as a dense array (zeros stay zeros)."""
    tf = np.bincount(rows * shape[1] + cols, minlength=shape[0] * shape[1])
    tf = tf.reshape(shape).astype(np.float64)
    mat = tf * (BM25_K1 + 1.0) / (tf + norm[:, None])
    mat *= idf
    sq = np.einsum("ij,ij->i", mat, mat)
    # Every row scaled in place (a row without terms by 0: it stays zeros) instead of a masked copy written back.
    mat *= np.divide(1.0, np.sqrt(sq), out=np.zeros_like(sq), where=sq > 0)[:, None]
    return mat


def _l2_rows(mat: csr_matrix) -> csr_matrix:
    sq = np.asarray(mat.multiply(mat).sum(axis=1)).ravel()
    scale = np.zeros_like(sq)
    nz = sq > 0
    scale[nz] = 1.0 / np.sqrt(sq[nz])
    row_of = np.repeat(np.arange(mat.shape[0]), np.diff(mat.indptr))
    return csr_matrix((mat.data * scale[row_of], mat.indices, mat.indptr), shape=mat.shape)


def cosine_rows(a: csr_matrix | np.ndarray, b: csr_matrix | np.ndarray | None = None) -> np.ndarray:
    """Dense cosine similarities between the (L2-normalised) rows of ``a`` and ``b`` (default ``a``)."""
    b = a if b is None else b
    if not issparse(a) and not issparse(b):
        return np.asarray(a @ b.T, dtype=np.float64)
    return np.asarray((a @ b.T).todense(), dtype=np.float64)



def scale_to_max(x: np.ndarray) -> np.ndarray:
    """``x`` divided by its maximum (all zeros when the maximum is not positive)."""
    top = x.max() if x.size else 0.0
    return x / top if top > 0 else np.zeros_like(x)

#: Graphs up to this many nodes run dense in ``pagerank`` (and are built dense by the keyphrase graph).
DENSE_GRAPH_MAX = 512


def pagerank(
    adj: csr_matrix | np.ndarray,
    teleport: np.ndarray | None = None,
    *,
    damping: float = 0.85,
    iters: int = 100,
    tol: float = 1e-10,
    symmetric: bool = False,
) -> np.ndarray:
    """Personalised PageRank on a weighted graph (dense array or sparse matrix).

    ``teleport`` is the jump distribution (uniform when ``None``, else summing to 1);
    nodes without edges jump by it too. Graphs of up to ``DENSE_GRAPH_MAX`` nodes get the
    fixed point from one dense linear solve: an article's graphs (20 nodes for the
    sentences, a hundred for the keyphrases) need 40-100 power-iteration steps, and each
    step's numpy calls cost more than their arithmetic. Larger graphs iterate sparse
    (linear in their edges) until the L1 change of one step is below ``tol`` (at most
    ``iters`` steps). The two agree to about 1e-10. Used for LexRank over sentences and
    for the keyphrase graph.
    ``symmetric=True`` says ``adj`` equals its transpose (an undirected graph): the sparse
    loop then uses ``adj`` itself instead of a transposed copy, the largest array of a
    long text's keyword ranking, with the same results (indices sorted as a transpose's are).
    """
    n = adj.shape[0]
    if issparse(adj) and n <= DENSE_GRAPH_MAX:
        adj = adj.toarray()
    elif not issparse(adj) and n > DENSE_GRAPH_MAX:
        adj = csr_matrix(adj)  # a dense solve is cubic in the nodes, the sparse loop linear in the edges
    teleport = np.full(n, 1.0 / n) if teleport is None else teleport
    inv, has_edges = _inverse_degrees(np.asarray(adj.sum(axis=1)).ravel())
    if not issparse(adj):
        return _pagerank_solved(adj, teleport, inv, has_edges, damping)
    if symmetric:
        adj_t = adj.tocsr()
        adj_t.sort_indices()
    else:
        adj_t = adj.T.tocsr()  # transposed once, not per iteration
    r = teleport.copy()
    for _ in range(iters):
        spread = adj_t @ (r * inv) + r[~has_edges].sum() * teleport
        nxt = (1.0 - damping) * teleport + damping * spread
        if np.abs(nxt - r).sum() < tol:
            return nxt
        r = nxt
    return r


def _inverse_degrees(degree: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(1 / degree, degree > 0)``, the inverse 0 for nodes without edges (they jump by the teleport)."""
    has_edges = degree > 0
    return np.where(has_edges, 1.0 / np.where(has_edges, degree, 1.0), 0.0), has_edges


def clique_pagerank(members: np.ndarray, teleport: np.ndarray, *, damping: float = 0.85) -> np.ndarray:
    """``pagerank(adj, teleport, damping=damping)`` for ``adj = members @ members.T`` without its
    diagonal: the graph in which two nodes are joined by as many edges as groups they share
    (``members``: a 0/1 node x group matrix, a group being, for keyphrases, a sentence).

    Such a graph is a diagonal matrix plus one of rank at most the number of groups ``g``, so the
    fixed point comes from the Woodbury identity: a ``(g + 1) x (g + 1)`` solve and products with
    ``members`` instead of a solve over the ``n`` nodes. An article has a few dozen sentences and a
    hundred or more keyphrases; the two results agree to rounding (``tests/test_pagerank.py``).

    With ``A = members @ members.T - C`` (``C``: each node's group count), degrees ``deg``,
    ``inv = 1 / deg`` (0 without edges) and ``e`` the nodes without edges, PageRank's fixed point
    solves ``(I - d (A diag(inv) + teleport e^T)) r = (1 - d) teleport``, whose matrix is
    ``L - U V^T`` with ``L = I + d C diag(inv)`` diagonal, ``U = d [members, teleport]`` and
    ``V^T = [members^T diag(inv); e^T]``.
    """
    n, g = members.shape
    per_group = members.sum(axis=0)
    count = members.sum(axis=1)
    inv, has_edges = _inverse_degrees(members @ per_group - count)  # A's row sums: whole numbers, exact
    lam = 1.0 + damping * count * inv
    u = np.empty((n, g + 1))
    u[:, :g] = members
    u[:, g] = teleport
    u *= (damping / lam)[:, None]  # L^-1 U
    v_t = np.empty((g + 1, n))
    v_t[:g] = members.T * inv
    v_t[g] = ~has_edges
    base = (1.0 - damping) * teleport / lam  # L^-1 b
    capacitance = -(v_t @ u)
    capacitance.flat[:: g + 2] += 1.0
    return base + u @ np.linalg.solve(capacitance, v_t @ base)


def _pagerank_solved(
    adj: np.ndarray, teleport: np.ndarray, inv: np.ndarray, has_edges: np.ndarray, damping: float
) -> np.ndarray:
    """The fixed point the iteration of ``pagerank`` converges to, ``r = G @ r + (1 - damping) * teleport``
    with ``G = damping * (adj.T * inv + outer(teleport, dangling))``, solved directly.

    ``I - G`` is invertible: ``G``'s columns sum to ``damping < 1`` (a column-stochastic
    matrix scaled by the damping), so its spectral radius is below 1.
    """
    n = adj.shape[0]
    system = adj.T * inv
    system += np.outer(teleport, ~has_edges)
    system *= -damping
    system.flat[:: n + 1] += 1.0
    return np.linalg.solve(system, (1.0 - damping) * teleport)
