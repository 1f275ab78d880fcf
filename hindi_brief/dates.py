"""Publication dates of Hindi news articles, read from the text.

Only full dates count: day + month + year (``01 जुलाई, 2025``, ``6 फरवरी 2025``,
``July 1, 2025``, ``०६/०२/२०२५``) or ISO (``2025-02-06``). A year or month alone
(``2015 में``, ``नवंबर 2023 में``) usually dates some other event the article
mentions, so it is never taken as the article's date.

Where to look, in order of trust:

1. a ``dateline`` span the cleaner removed (``Update: 2025-02-06 17:02 GMT``),
   then a ``place-dateline`` (``नई दिल्ली, 6 फरवरी 2025:``);
2. the first full date in the headline or the first ``LEAD_SENTENCES`` body
   sentences (news leads date the event: ``कल, 01 जुलाई, 2025 को``).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterator

import regex

from .doc import Document
from .text.lexicon import month_names, month_pattern

__all__ = ["DateMatch", "find_dates", "article_date", "parse_date", "LEAD_SENTENCES"]

#: How many body sentences (after the headline) are searched for a date.
LEAD_SENTENCES = 5

# Month names -> number: every spelling of lexicon/months.txt.
_MONTH_NAMES: dict[str, int] = month_names()

_MONTH = month_pattern()
_D = r"\p{Nd}"
# Word edges: a month or number must not be glued to other letters/digits (\b misreads Devanagari marks).
_L = r"(?<![\p{L}\p{M}\p{Nd}])"
_R = r"(?![\p{L}\p{M}\p{Nd}])"

# A day and a month name written together: "1 जुलाई", "6th February", "6-Feb" (a full date's "dmy" goes on to the year).
_DAY_MONTH_SOURCE = rf"(?P<d>{_D}{{1,2}})(?:st|nd|rd|th)?[\s.,\-]*(?P<mn>{_MONTH})\.?(?![\p{{L}}\p{{M}}])"

_PATTERNS: list[tuple[str, regex.Pattern[str]]] = [
    # 2025-02-06, 2025-02-06T17:02, 2025/02/06
    ("ymd", regex.compile(_L + rf"(?P<y>{_D}{{4}})(?P<sep>[-/.])(?P<m>{_D}{{1,2}})(?P=sep)(?P<d>{_D}{{1,2}})(?=T{_D}|[^\p{{L}}\p{{M}}\p{{Nd}}]|$)")),
    # 01 जुलाई, 2025 / 6 फरवरी 2025 / 6th February, 2025 / 6-Feb-2025
    ("dmy", regex.compile(_L + _DAY_MONTH_SOURCE + rf"[\s,.\-]*(?P<y>{_D}{{4}}){_R}", regex.IGNORECASE)),
    # July 1, 2025 / फरवरी 6, 2025
    (
        "mdy",
        regex.compile(
            _L + rf"(?P<mn>{_MONTH})\.?\s+(?P<d>{_D}{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>{_D}{{4}}){_R}",
            regex.IGNORECASE,
        ),
    ),
    # 06/02/2025, 6.2.2025: Indian papers write day first.
    ("dmy-num", regex.compile(_L + rf"(?P<d>{_D}{{1,2}})(?P<sep>[/.\-])(?P<m>{_D}{{1,2}})(?P=sep)(?P<y>{_D}{{4}}){_R}")),
]


# The same, with or without a year after it: "1 जुलाई", "01 जुलाई, 2025" (``find_day_months``).
_DAY_MONTH = regex.compile(_L + _DAY_MONTH_SOURCE, regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """A full date found in a text."""

    date: dt.date
    start: int
    """Offset of the match in the text it was found in (the ``Document.text`` for ``article_date``)."""
    end: int
    text: str
    source: str
    """Where it was found: ``"dateline"``, ``"place-dateline"``, ``"headline"``, ``"lead"`` or ``"given"``."""

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date.isoformat(), "start": self.start, "end": self.end, "text": self.text, "source": self.source}


def _digits(s: str) -> int:
    """``int`` of a run of decimal digits in any script (Devanagari ``२०२५`` included)."""
    return int("".join(str(unicodedata.digit(c)) for c in s))


def _month_number(name: str) -> int | None:
    """The number of a month name as matched (any case, composed or not), ``None`` if it is none."""
    return _MONTH_NAMES.get(unicodedata.normalize("NFC", name).lower()) or _MONTH_NAMES.get(name.lower())


def _make(year: int, month: int, day: int) -> dt.date | None:
    if not 1800 <= year <= 2200:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str, start: int = 0, end: int | None = None, *, source: str = "text") -> list[DateMatch]:
    """Every full date in ``text[start:end]``, in text order (overlapping readings resolved left-first)."""
    end = len(text) if end is None else end
    found: list[DateMatch] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            year, day = _digits(m.group("y")), _digits(m.group("d"))
            if "mn" in m.groupdict() and m.group("mn") is not None:
                month = _month_number(m.group("mn"))
            else:
                month = _digits(m.group("m"))
            date = _make(year, month, day) if month else None
            if date is not None:
                found.append(DateMatch(date, m.start(), m.end(), m.group(), source))
    found.sort(key=lambda d: (d.start, -d.end))
    out: list[DateMatch] = []
    for d in found:
        if not out or d.start >= out[-1].end:
            out.append(d)
    return out


def find_day_months(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, int, int]]:
    """``(month, day, start, end)`` of every day written with a month name in ``text[start:end]`` (``1 जुलाई``, and the
    ``01 जुलाई`` of ``01 जुलाई, 2025``), in text order: the part of a date that stories repeat without the year. Only
    ``find_dates`` reads full dates."""
    end = len(text) if end is None else end
    out = []
    for m in _DAY_MONTH.finditer(text, start, end):
        month = _month_number(m.group("mn"))
        day = _digits(m.group("d"))
        if month and 1 <= day <= 31:
            out.append((month, day, m.start(), m.end()))
    return out


#: An ISO calendar date, ``2025-07-01`` (``२०२५-०७-०१`` too).
_ISO_DATE = regex.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(value: object) -> dt.date:
    """A ``date`` from a ``date``/``datetime`` (a ``pd.Timestamp``, a ``numpy.datetime64``) or a
    string holding one full date (``"2025-07-01"``, ``"1 जुलाई 2025"``).

    Raises ``InvalidOptionError`` for anything else, a missing value (``options.is_missing``) included.
    """
    import numpy as np

    from .errors import InvalidOptionError
    from .options import is_missing

    if is_missing(value):
        raise InvalidOptionError(f"date is missing ({value!r}); pass None to read the date from the text")
    if isinstance(value, np.datetime64):
        value = value.astype("datetime64[D]").item()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        # An ISO date, YYYY-MM-DD (in any digits), is taken as it is, of any year, as a datetime.date is; a date found
        # in running text must fall in 1800-2200, where "9999-12-31" was refused as no date. (Not fromisoformat alone:
        # from Python 3.11 it also reads "20250701" and "2025-W27-2".)
        iso = _ISO_DATE.fullmatch(value.strip())
        if iso is not None:
            try:
                return dt.date(*(_digits(part) for part in iso.groups()))
            except ValueError:
                pass
        found = find_dates(value)
        if len(found) == 1:
            return found[0].date
    raise InvalidOptionError(
        "date must be a datetime.date or a string with one full date such as '2025-07-01' (an ISO date, any year) or "
        f"'1 जुलाई 2025' (a year from 1800 to 2200), got {value!r}"
    )


def _candidates(doc: Document) -> Iterator[DateMatch]:
    for reason in ("dateline", "place-dateline"):
        for r in doc.removed:
            if r.reason == reason:
                yield from find_dates(doc.text, r.start, r.end, source=reason)
    if doc.headline is not None:
        yield from find_dates(doc.text, doc.headline.start, doc.headline.end, source="headline")
    for s in doc.sentences[:LEAD_SENTENCES]:
        yield from find_dates(doc.text, s.start, s.end, source="lead")


def article_date(doc: Document) -> DateMatch | None:
    """The article's date: a removed dateline first, else the first full date in the headline or lead; ``None`` if none."""
    return next(_candidates(doc), None)
