"""Strip scrape boilerplate from news pages, recording every removed span and why.

Works line by line on the original text and never edits it: the result is the
list of kept ``(start, end)`` segments, the removed spans (``Removed``) and the
headline span. Reasons are short stable strings, listed in ``REASONS``.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

import regex

from ..doc import Removed
from .normalize import normalize
from .script import devanagari_share
from .sentences import sentence_token_spans
from .lexicon import month_pattern, words
from .stopwords import REPORTING_VERBS, STOPWORDS

__all__ = ["CleanResult", "clean", "REASONS"]

#: Every ``Removed.reason`` the cleaner produces.
REASONS = (
    "footer",  # a block from "Tags:", "Similar News", "Related Posts", "Leave a Reply"... to the end
    "copyright",  # a line with ©
    "html",  # HTML or comment debris such as "-->"
    "dateline",  # "Update: 2025-02-06 17:02 GMT"
    "place-dateline",  # "New Delhi:" / "नई दिल्ली:" opening the first paragraph
    "byline",  # "By ...", "लेखक: ..."
    "agency-credit",  # "(एएनआई)", "(भाषा)"
    "also-read",  # "यह भी पढ़ें: ..." link lines
    "duplicate-line",  # an exact repeat of an earlier line
    "english-title",  # a Latin-only title line inside a Hindi article
)

_FOOTER = regex.compile(
    r"^(?:tags?\s*:|similar\s+(?:news|posts|stories)\b|related\s+(?:posts|news|stories|articles)\b"
    r"|leave\s+a\s+(?:reply|comment)\b|your\s+email\s+address\s+will\s+not\s+be\s+published"
    r"|share\s+this\s*:?$|संबंधित\s+(?:खबरें|ख़बरें|समाचार|पोस्ट)|टैग्स?\s*:)",
    regex.IGNORECASE,
)
_COPYRIGHT = regex.compile(r"©|\(c\)\s*\d{4}|^copyright\b|सर्वाधिकार\s+सुरक्षित", regex.IGNORECASE)
_HTML_LINE = regex.compile(r"^(?:-->|<!--.*|<[^>\n]{1,200}>|&[a-z]+;)+$", regex.IGNORECASE)
_HTML_INLINE = regex.compile(r"<!--|-->|</?(?:p|br|div|span|strong|em|b|i|a)\b[^>\n]{0,200}>", regex.IGNORECASE)
_MONTHS = month_pattern()
_DATELINE = regex.compile(
    r"^(?:(?:last\s+)?updated?|published|posted|first\s+published|अपडेट(?:ेड)?|प्रकाशित|अद्यतन)"
    r"(?:\s+(?:on|at))?\s*:?\s*.{0,60}?(?:\p{Nd}|" + _MONTHS + r").{0,60}$",
    regex.IGNORECASE,
)
# A line that is only a date and/or time: "06 Feb 2025, 17:02 IST", "1 जुलाई 2025".
_DATE_ONLY = regex.compile(
    r"^[\p{Nd}\s,./:\-]*(?:(?:" + _MONTHS + r")[\p{Nd}\s,./:\-]*)?(?:(?:am|pm|ist|gmt|utc)\b[\s,]*)*$",
    regex.IGNORECASE,
)
_BYLINE = regex.compile(
    r"^(?:by|written\s+by|edited\s+by|reported\s+by|author|लेखक|रिपोर्ट|संवाददाता|संपादित)\s*[:\-–]?\s+\S.{0,60}$",
    regex.IGNORECASE,
)
_ALSO_READ = regex.compile(r"^(?:यह|ये)\s+भी\s+पढ़ें|^(?:also\s+read|read\s+also|read\s+more)\b", regex.IGNORECASE)
_AGENCY = regex.compile(
    r"\(\s*(?:एएनआई|भाषा|आईएएनएस|पीटीआई|वार्ता|यूएनआई|एजेंसी|एजेंसियां|ANI|PTI|IANS|UNI|Reuters|AFP)"
    r"(?:\s*[-,/]\s*[\p{L}\p{M}]+)?\s*\)",
    regex.IGNORECASE,
)
# "New Delhi:", "नई दिल्ली:", "नई दिल्ली, 6 फरवरी:" at the start of the first body paragraph.
_PLACE_DATELINE = regex.compile(
    r"(?P<place>[\p{L}\p{M}]+(?:[ .][\p{L}\p{M}]+){0,2})(?:\s*[,|]\s*[\p{L}\p{M}\p{Nd} ]{1,25})?\s*[:|]\s+"
)
# A place and date hold no stopword and no verb: "उन्होंने कहा:" and, with "|" typed for a
# danda, "राम आया |" or "बारिश हुई |" open a sentence, they are not datelines.
# (The copula and auxiliaries, हुआ, गया... are stopwords already.)
_VERBS = REPORTING_VERBS | words("speech_dateline_verbs")
_DEVANAGARI = regex.compile(r"\p{Devanagari}")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
_LATIN_WORD = regex.compile(r"\p{Latin}{2,}")
_HEADLINE_MAX_TOKENS = 40
# A place dateline opens the first paragraph, sometimes after a one-line standfirst.
_PLACE_DATELINE_LINES = 2


@dataclass(frozen=True, slots=True)
class CleanResult:
    """What ``clean`` found: kept segments, removed spans, the headline span."""

    kept: tuple[tuple[int, int], ...]
    """``(start, end)`` of each kept line or part of a line, in order, whitespace-trimmed."""
    removed: tuple[Removed, ...]
    headline: tuple[int, int] | None
    """Offsets of the headline (the first kept line when it reads as a title)."""


def split_lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each line's content, trimmed of surrounding whitespace (empty lines kept as empty)."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        s, e = pos, pos + len(raw)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] == "\ufeff"):
            e -= 1
        while s < e and text[s] == "\ufeff":
            s += 1
        out.append((s, e))
    return out


def _line_key(line: str) -> str:
    return " ".join(unicodedata.normalize("NFC", line).split()).casefold()


def _line_reason(line: str) -> str | None:
    """Why a whole line is boilerplate, or ``None`` when it is content."""
    if _COPYRIGHT.search(line) and len(line) < 200:
        return "copyright"
    if _HTML_LINE.match(line):
        return "html"
    if len(line) < 120 and (_DATELINE.match(line) or (_DATE_ONLY.match(line) and regex.search(r"\p{Nd}", line))):
        return "dateline"
    if _BYLINE.match(line) and len(line.split()) <= 10:
        return "byline"
    if _ALSO_READ.match(line):
        return "also-read"
    return None


def _is_english_title(line: str) -> bool:
    if _DEVANAGARI.search(line) or len(_LATIN_WORD.findall(line)) < 2:
        return False
    return len(line.split()) <= 20 and not line.rstrip("\"'”’)").endswith((".", "?", "!"))


def clean(text: str) -> CleanResult:
    """Find boilerplate in ``text`` and return the kept segments, removed spans and headline."""
    lines = [(s, e) for s, e in split_lines(text)]
    removed: list[Removed] = []
    kept_lines: list[tuple[int, int]] = []
    seen: set[str] = set()
    hindi = devanagari_share(text, lines) >= 0.5
    footer_at: int | None = None
    for idx, (s, e) in enumerate(lines):
        if s == e:
            continue
        line = text[s:e]
        if _FOOTER.match(line):
            footer_at = idx
            break
        reason = _line_reason(line)
        if reason is None:
            key = _line_key(line)
            if key in seen and len(key) > 3:
                reason = "duplicate-line"
            elif hindi and _is_english_title(line):
                reason = "english-title"
            seen.add(key)
        if reason is not None:
            removed.append(Removed(s, e, line, reason))
        else:
            kept_lines.append((s, e))
    if footer_at is not None:
        start = lines[footer_at][0]
        end = max(e for _, e in lines[footer_at:])
        removed.append(Removed(start, end, text[start:end], "footer"))

    headline = _find_headline(text, kept_lines)
    segments: list[tuple[int, int]] = []
    body_lines_seen = 0
    for s, e in kept_lines:
        if headline is not None and (s, e) == headline:
            segments.append((s, e))
            continue
        inline: list[Removed] = []
        body_lines_seen += 1
        if body_lines_seen <= _PLACE_DATELINE_LINES:
            m = _PLACE_DATELINE.match(text, s, e)
            if m and not any(w in STOPWORDS or w in _VERBS for w in map(normalize, _WORD.findall(m.group()))):
                inline.append(Removed(m.start(), m.end(), m.group(), "place-dateline"))
        for rx, reason in ((_AGENCY, "agency-credit"), (_HTML_INLINE, "html")):
            # Skip a match that starts inside an earlier removal. The earlier ones do not
            # overlap, so bisecting their starts finds the only candidate: a scan of all of
            # them per match was quadratic on minified HTML (thousands of tags on one line).
            earlier = sorted(inline, key=lambda r: r.start)
            starts = [r.start for r in earlier]
            for m in rx.finditer(text, s, e):
                k = bisect_right(starts, m.start()) - 1
                if k < 0 or m.start() >= earlier[k].end:
                    inline.append(Removed(m.start(), m.end(), m.group(), reason))
        inline.sort(key=lambda r: r.start)
        removed.extend(inline)
        pos = s
        for r in inline:
            segments.append((pos, r.start))
            # max: an HTML tag may enclose an agency credit ("<a (PTI)>"); never step back
            # into a removed span.
            pos = max(pos, r.end)
        segments.append((pos, e))
    kept = tuple(_trim(text, a, b) for a, b in segments)
    removed.sort(key=lambda r: r.start)
    return CleanResult(kept=tuple(k for k in kept if k[0] < k[1]), removed=tuple(removed), headline=headline)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _find_headline(text: str, kept_lines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first kept line is the headline when more lines follow and it reads as a title:
    one sentence of at most 40 tokens that does not end with a danda or full stop. A ``|``
    inside it separates a kicker ("बड़ी खबर | दिल्ली में बारिश"); it does not end a sentence there."""
    if len(kept_lines) < 2:
        return None
    s, e = kept_lines[0]
    sentences = sentence_token_spans(text, s, e)
    if any(text[sent[-1][0] : sent[-1][1]] != "|" for sent in sentences[:-1]):
        return None
    if sum(len(sent) for sent in sentences) > _HEADLINE_MAX_TOKENS:
        return None
    if text[s:e].rstrip("\"'”’) ").endswith(("।", "॥", ".", "|")):
        return None
    return s, e
