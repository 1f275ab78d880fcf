"""Rows for the Dask and Spark tests: real articles, short Hindi texts, empty and bad rows,
and what one-process ``hb.brief`` makes of each."""

from __future__ import annotations

from typing import Any

import hindi_brief as hb
from hindi_brief import HindiBriefError

HTML_PAGE = "<!DOCTYPE html><html><head><title>ख़बर</title></head><body><p>पहला वाक्य।</p></body></html>"
HINDI = [
    "भारत और अमेरिका ने रक्षा सहयोग पर बात की। दोनों देशों ने समझौते पर हस्ताक्षर किए।",
    "शेयर बाजार में तेजी\n\nमुंबई: शेयर बाजार में आज तेजी रही। सेंसेक्स 500 अंक चढ़ा। निवेशकों ने राहत की सांस ली।",
    "चुनाव आयोग ने मतदान की तारीखों की घोषणा की। सात चरणों में चुनाव होंगे।",
]
EMPTY = ["", "  \n\t "]


def string_rows(seed_texts: list[str]) -> list[str | None]:
    """Rows a string column can hold: the seeds, Hindi texts, empty ones, a null and an HTML page."""
    return [seed_texts[0], *HINDI[:2], "", None, HTML_PAGE, seed_texts[1], EMPTY[1], HINDI[2]]


def any_rows(seed_texts: list[str]) -> list[object]:
    """``string_rows`` plus values that are not text at all (a number, bytes, a list)."""
    rows: list[object] = list(string_rows(seed_texts))
    rows[3:3] = [42, "पहला वाक्य।".encode("utf-8"), 3.5]
    return rows


def expected(texts: list[object], **options: Any) -> list[tuple[str | None, list[str] | None, str | None]]:
    """``(summary, keywords, error)`` per text from ``hb.brief`` in this process."""
    pipeline = hb.Pipeline(**{k: options.pop(k) for k in ("tagger", "headline", "clean", "max_chars") if k in options})
    out = []
    for text in texts:
        try:
            brief = hb.brief(text, pipeline=pipeline, **options)
        except HindiBriefError as exc:
            out.append((None, None, f"{type(exc).__name__}: {exc}"))
        else:
            out.append((brief.summary.text, [k.text for k in brief.keywords], None))
    return out
