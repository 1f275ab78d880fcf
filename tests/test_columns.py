"""A pipeline-made sentence keeps its tokens as columns and makes ``Token`` objects on demand;
both views say the same thing, and the sentence behaves like the frozen dataclass it was."""

from __future__ import annotations

import copy
import dataclasses
import pickle

import pytest

import hindi_brief as hb
from hindi_brief import Sentence, Token, TokenColumns


@pytest.fixture(scope="module")
def doc(seed000: str) -> hb.Document:
    return hb.Pipeline()(seed000)


def _rebuilt(s: Sentence) -> Sentence:
    """The same sentence made from Token objects, as a user (or ``from_dict``) makes one."""
    return Sentence(s.text, s.start, s.end, tuple(s.tokens), s.index, s.paragraph)


def test_columns_and_tokens_agree_on_every_field(doc: hb.Document) -> None:
    for s in [doc.headline, *doc.sentences]:
        c = s.columns
        assert isinstance(c, TokenColumns)
        toks = s.tokens
        assert len(s) == len(toks) == len(c.starts)
        assert [(t.start, t.end, t.kind, t.norm, t.pos, t.lemma) for t in toks] == list(
            zip(c.starts, c.ends, c.kinds, c.norms, c.pos, c.lemmas)
        )
        assert all(doc.text[t.start : t.end] == t.text for t in toks)
        assert s.n_words == len(s.words) == sum(not t.is_punct for t in toks)
        assert _rebuilt(s).columns == c


def test_a_sentence_made_from_tokens_equals_the_pipelines(doc: hb.Document) -> None:
    s = doc.sentences[1]
    made = _rebuilt(s)
    assert made == s and hash(made) == hash(s)
    assert made != _rebuilt(doc.sentences[2])
    other = Sentence(s.text, s.start, s.end, s.tokens[:-1], s.index, s.paragraph)
    assert other != s


def test_sentence_is_frozen_and_copies_and_pickles(doc: hb.Document) -> None:
    s = doc.sentences[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.text = "x"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del s.index  # type: ignore[misc]
    for fresh in (pickle.loads(pickle.dumps(s)), copy.deepcopy(s), pickle.loads(pickle.dumps(_rebuilt(s)))):
        assert fresh == s and fresh.columns == s.columns
    assert pickle.loads(pickle.dumps(doc)) == doc
    # Short: the tokens written out made a sentence's repr about 20 times its text (a notebook review).
    assert repr(s).startswith("Sentence(text=") and f"tokens={len(s)}," in repr(s) and len(repr(s)) < 200


def test_a_sentence_without_tokens_has_empty_columns() -> None:
    s = Sentence("क", 0, 1)
    assert s.tokens == () and len(s) == 0 and s.n_words == 0
    assert s.columns == TokenColumns((), (), (), (), (), ())


def test_a_brief_reads_columns_and_makes_no_token_objects(seed000: str, monkeypatch: pytest.MonkeyPatch) -> None:
    made: list[int] = []
    tokens = Sentence.tokens

    def counting(self: Sentence) -> tuple[Token, ...]:
        made.append(1)
        return tokens.fget(self)  # type: ignore[misc]

    monkeypatch.setattr(Sentence, "tokens", property(counting))
    brief = hb.Pipeline().brief(seed000)
    assert brief.summary.sentences and len(brief.keywords) > 0
    assert made == []


def test_a_sentence_with_some_fields_changed(doc: hb.Document) -> None:
    s = doc.sentences[0]
    moved = s.__replace__(index=7)
    assert moved.index == 7 and moved.text == s.text and moved.tokens == s.tokens and moved != s
    with pytest.raises(TypeError):
        s.__replace__(colour="red")
    match s:
        case Sentence(text, start, end, tokens, index, paragraph):
            assert (text, start, end, tokens, index, paragraph) == (s.text, s.start, s.end, s.tokens, s.index, s.paragraph)
