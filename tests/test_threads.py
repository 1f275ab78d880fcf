"""One Pipeline used from several threads gives the same results as serial use."""

from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import pytest

from strategies import has_rank, make_articles, pipeline

N_THREADS = 6


def _texts(seed_texts: list[str]) -> list[str]:
    odd = ["", "क्‍ष ज़ि\u200cन्दगी 😀 १२३ 2,500 \"उद्धरण\" ।।", "English only. Second sentence.", "क" * 2000]
    return seed_texts + make_articles(40, seed=3) + odd


def _run_threads(fn, texts: list[str]) -> list[list[object]]:
    """Each thread processes all texts in its own shuffled order; results come back in input order."""
    def work(seed: int) -> list[object]:
        order = list(range(len(texts)))
        random.Random(seed).shuffle(order)
        got: dict[int, object] = {i: fn(texts[i]) for i in order}
        return [got[i] for i in range(len(texts))]

    with ThreadPoolExecutor(N_THREADS) as pool:
        return list(pool.map(work, range(N_THREADS)))


@pytest.mark.parametrize("tagger", ["none", "embedded"])
def test_documents_from_threads_equal_serial(tagger: str, seed_texts: list[str]) -> None:
    nlp = pipeline(tagger)
    texts = _texts(seed_texts)
    serial = [nlp(t) for t in texts]
    for result in _run_threads(nlp, texts):
        assert result == serial


@pytest.mark.skipif(not has_rank(), reason="hindi_brief.rank (briefs) is not in this checkout yet")
@pytest.mark.parametrize("tagger", ["none", "embedded"])
def test_briefs_from_threads_equal_serial(tagger: str, seed_texts: list[str]) -> None:
    nlp = pipeline(tagger)
    texts = _texts(seed_texts)
    serial = [nlp.brief(t, top=8).to_dict(document=True) for t in texts]
    for result in _run_threads(lambda t: nlp.brief(t, top=8).to_dict(document=True), texts):
        assert result == serial


@pytest.mark.parametrize("tagger", ["none", "embedded"])
def test_a_fresh_pipeline_first_used_from_many_threads(tagger: str, seed_texts: list[str]) -> None:
    # Lazily built state (the tagger model, caches) must not race on first use.
    from hindi_brief import Pipeline

    texts = _texts(seed_texts)
    expected = [pipeline(tagger)(t) for t in texts]
    nlp = Pipeline(tagger=tagger)
    for result in _run_threads(nlp, texts):
        assert result == expected
