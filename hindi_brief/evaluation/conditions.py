"""Evaluation conditions: ILSUM pairs rewritten so that position alone stops being the answer.

ILSUM articles come with a heading line, are cut to about 256 words and have
lead-heavy references, so a ranker that only knows "first sentences" looks good
on them. Each condition rewrites the pairs (deterministically) to test something
the standard setting cannot:

* ``standard``: heading + blank line + article, the reference summary (as shipped).
* ``no-heading``: the article alone (most real input has no separate title).
* ``heading-ref``: the article alone, the *heading* as a one-sentence reference
  (a target like a one-line human summary of a full news story).
* ``full-stops``: the ``heading-ref`` pairs with every danda written as a full stop, the way
  BBC Hindi (and much web Hindi) ends its sentences: the splitter, tagger and ranker must
  read them alike.
* ``shuffled``: the article's sentences in a random order (seeded by the pair's id),
  no heading: a ranker that only knows position falls to chance.
* ``joined``: ``JOIN`` articles of one topic (the most similar articles of the split
  by TF-IDF cosine of their words, each used once: ``_topic_groups``) joined as paragraphs, no heading; the reference is
  their summaries joined. A long input whose point is spread through it.
* ``joined-shuffled``: the ``joined`` texts with all their sentences in a random order (seeded
  by the joined id), one paragraph: a long text with no leads at all, the shape of an essay
  or opinion piece whose summary sentences stand anywhere.
* ``long-story``: the ``joined`` texts with the *first* article's summary as the reference: one
  story followed by related material (earlier reports, background), the shape of a full-length
  news story whose summary is its opening. The same texts as ``joined``, so a ranker cannot tell
  the two apart; between them they show what a long-text model trades: the leads of several
  stories against the lead of one.
* ``news-length``: ``NEWS_JOIN`` (2) articles of one topic joined the same way, no heading, the
  *first article's heading* as a one-sentence reference: a story and its background at the
  length of full-length news (about 26 sentences, 490 words; the hidden news set's median is 420
  words) with a one-line summary, where ILSUM's own articles are cut to about 256 words.
* ``news-shuffled``: the ``news-length`` texts with their sentences in a random order (seeded by
  the joined id), one paragraph, the same reference: a text of news length whose order says
  nothing, where a ranker that leans on position at that length falls to chance.
* ``news-long-sentences``: the ``news-length`` texts with every two sentences made one (the danda
  ending the first becomes a comma: ``with_longer_sentences``), the same reference: the same words
  in about 15 sentences instead of 26, the sentence profile of web news such as BBC Hindi, whose
  stories of the hidden news set's length have fewer, longer sentences than ILSUM's.

``settings_for(condition)`` gives the summary lengths each condition is scored at. ``k=n/3``
(``third_of(n)``: a third of the text's body sentences) is where the ``no-heading``,
``shuffled`` and ``joined`` texts are also scored: a summary of about a third of the
sentences, the length of a human extractive summary of an essay, on text whose opening is
its summary and on text whose opening is not.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Sequence

import numpy as np
import regex

from ..errors import InvalidOptionError
from ..text.sentences import split_sentences
from .baselines import word_tokens

__all__ = [
    "CONDITIONS", "JOIN", "NEWS_JOIN", "apply_condition", "settings_for", "reference_sentences", "third_of", "with_full_stops",
    "with_longer_sentences",
]

CONDITIONS = (
    "standard", "no-heading", "heading-ref", "full-stops", "shuffled", "joined", "joined-shuffled", "long-story", "news-length",
    "news-shuffled", "news-long-sentences",
)
#: Articles per joined input.
JOIN = 5
#: Articles per ``news-length`` (and ``news-shuffled``) input.
NEWS_JOIN = 2

#: Per condition: sentence counts k, the word budget (None: no budget setting), whether to
#: score at the reference's own sentence count ("k=ref") and at a third of the text's
#: sentences ("k=n/3").
_SETTINGS: dict[str, tuple[tuple[int, ...], int | None, bool, bool]] = {
    "standard": ((1, 2, 3), 75, False, False),
    "no-heading": ((1, 2, 3), 75, False, True),
    "heading-ref": ((1, 3), None, False, False),
    "full-stops": ((1, 3), None, False, False),
    "shuffled": ((1, 2, 3), 75, False, True),
    "joined": ((3,), None, True, True),
    "joined-shuffled": ((3,), None, True, True),
    "long-story": ((1, 3), None, False, False),
    # Every length a news text has a model for ("1-news", "2-news", "3-news", "many-news" and
    # "budget-news"); k = 4 is the default length of a story of 35-40 sentences.
    "news-length": ((1, 2, 3, 4), 75, False, False),
    "news-shuffled": ((1, 2, 3, 4), 75, False, False),
    "news-long-sentences": ((1, 2, 3, 4), 75, False, False),
}


def settings_for(condition: str) -> tuple[tuple[int, ...], int | None, bool, bool]:
    """``(ks, max_words, ref_k, third_k)`` scored under ``condition``."""
    if condition not in _SETTINGS:
        raise InvalidOptionError(f"condition must be one of {', '.join(CONDITIONS)}, got {condition!r}")
    return _SETTINGS[condition]


def third_of(n_sentences: int) -> int:
    """The summary length of setting ``k=n/3``: a third of ``n_sentences`` body sentences, rounded, at least 1."""
    return max(1, (n_sentences + 1) // 3)


def reference_sentences(summary: str) -> int:
    """Sentences in a reference summary (the hindi_brief splitter, line breaks included), at least 1."""
    return max(1, len(split_sentences(summary)))


# A danda (or a doubled one, "।।") and the spaces before it ("है ।", "है।"): written "है." as BBC Hindi writes it.
_DANDA = regex.compile(r"[ \t]*।+")


def with_full_stops(text: str) -> str:
    """``text`` with every danda written as a full stop (the spaces before it dropped, a doubled one once)."""
    return _DANDA.sub(".", text)


def with_longer_sentences(text: str, every: int = 2) -> str:
    """``text`` with ``every`` sentences at a time made one: the danda ending the others becomes
    a comma, so the words stay and the sentences get fewer and longer (a sentence ending in ``?``,
    ``!`` or ``.`` keeps its end)."""
    out, last = [], 0
    spans = split_sentences(text)
    for i, (_, end) in enumerate(spans):
        piece = text[last:end]
        body = piece.rstrip()
        if (i + 1) % every and i + 1 < len(spans) and body.endswith("।"):
            piece = body[:-1].rstrip() + "," + piece[len(body):]
        out.append(piece)
        last = end
    out.append(text[last:])
    return "".join(out)


def _shuffled(text: str, key: str, seed: int) -> str:
    spans = split_sentences(text)
    sentences = [text[a:b] for a, b in spans]
    # A string seed is hashed with SHA-512 by random.Random: the same order on every run and platform.
    random.Random(f"{seed}:{key}").shuffle(sentences)
    return " ".join(sentences)


#: Words in more than this share of a split's articles are left out of the topic similarity: the
#: function words, found from the split itself rather than read from the library's stopword list.
TOPIC_MAX_DF = 0.5


def _topic_groups(pairs: Sequence, size: int) -> list[list[int]]:
    """Groups of ``size`` pair indices: in input order, each unused pair with the ``size - 1``
    unused pairs most similar to it (TF-IDF cosine of their words, leaving out the words of more
    than ``TOPIC_MAX_DF`` of the articles); the remainder is dropped.

    The words are not filtered by the library's stopword list: the joined conditions are test sets,
    and an edit to that list would otherwise regroup them and move every joined figure at once."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    if len(pairs) < size:
        return []
    vec = TfidfVectorizer(analyzer=lambda words: words, sublinear_tf=True, max_df=TOPIC_MAX_DF)
    try:
        mat = vec.fit_transform([word_tokens(p.text) for p in pairs])
        sim = (mat @ mat.T).toarray()
    except ValueError:  # no word in at most TOPIC_MAX_DF of the articles: none is nearer another, so input order
        sim = np.zeros((len(pairs), len(pairs)))
    used = np.zeros(len(pairs), dtype=bool)
    groups = []
    for i in range(len(pairs)):
        if used[i] or (~used).sum() < size:
            continue
        used[i] = True
        row = np.where(used, -np.inf, sim[i])
        # Most similar first; ties to the earlier pair (stable sort on the negated row).
        others = [int(j) for j in np.argsort(-row, kind="stable")[: size - 1]]
        used[others] = True
        groups.append([i, *others])
    return groups


def apply_condition(pairs: Sequence, condition: str, *, seed: int = 0, join: int = JOIN) -> list:
    """The pairs rewritten for ``condition`` (see the module doc); splits are kept apart."""
    settings_for(condition)
    if condition == "standard":
        return list(pairs)
    if condition == "no-heading":
        return [replace(p, title="") for p in pairs]
    if condition == "heading-ref":
        return [replace(p, title="", summary=p.title.strip()) for p in pairs if p.title.strip()]
    if condition == "full-stops":
        return [replace(p, title="", text=with_full_stops(p.text), summary=p.title.strip()) for p in pairs if p.title.strip()]
    if condition == "shuffled":
        return [replace(p, title="", text=_shuffled(p.text.strip(), p.id, seed)) for p in pairs]
    out = []
    by_split: dict[str, list] = {}
    for p in pairs:
        by_split.setdefault(p.split, []).append(p)
    for split_pairs in by_split.values():
        news = condition in ("news-length", "news-shuffled", "news-long-sentences")
        for group in _topic_groups(split_pairs, NEWS_JOIN if news else join):
            members = [split_pairs[i] for i in group]
            if news:
                summary = members[0].title.strip()
                if not summary:
                    continue
            elif condition == "long-story":
                summary = members[0].summary.strip()
            else:
                summary = "\n".join(m.summary.strip() for m in members)
            out.append(
                replace(
                    members[0],
                    id="+".join(m.id for m in members),
                    title="",
                    text="\n\n".join(m.text.strip() for m in members),
                    summary=summary,
                )
            )
    if condition in ("joined-shuffled", "news-shuffled"):
        return [replace(p, text=_shuffled(p.text, p.id, seed)) for p in out]
    if condition == "news-long-sentences":
        return [replace(p, text=with_longer_sentences(p.text)) for p in out]
    return out
