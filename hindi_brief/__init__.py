"""hindi_brief: extractive summaries and keywords for Hindi news articles, fully offline.

Pipeline: text -> clean -> sentences -> tokens -> tags and lemmas -> ranking.

>>> import hindi_brief as hb
>>> doc = hb.Pipeline(tagger="none")("शीर्षक यहाँ\\n\\nपहला वाक्य है। दूसरा वाक्य है।")
>>> [s.text for s in doc.sentences]
['पहला वाक्य है।', 'दूसरा वाक्य है।']
"""

from __future__ import annotations

from .doc import Document, Removed, Sentence, Token, TokenColumns
from .errors import (
    HindiBriefError,
    InvalidInputError,
    InvalidOptionError,
    MissingDependencyError,
    TaggerError,
    WorkerError,
    ModelError,
)
from .pipeline import BatchError, Pipeline
from .api import brief, download, group, keyword_key, keywords, story, summarize
from .frame import to_dataframe
from .results import Brief, Keyword, Keywords, ScoredSentence, Summary
from .story import StoryBrief, StoryKeyword, StoryKeywords

__version__ = "0.1.0"

__all__ = [
    "summarize",
    "keywords",
    "brief",
    "Summary",
    "Keyword",
    "Keywords",
    "ScoredSentence",
    "Brief",
    "Pipeline",
    "BatchError",
    "Document",
    "Sentence",
    "Token",
    "TokenColumns",
    "Removed",
    "HindiBriefError",
    "InvalidInputError",
    "InvalidOptionError",
    "MissingDependencyError",
    "TaggerError",
    "WorkerError",
    "ModelError",
    "__version__",
    "story",
    "group",
    "StoryBrief",
    "StoryKeyword",
    "StoryKeywords",
    "to_dataframe",
    "keyword_key",
    "download",
]
