"""The ``hindi-brief`` command (also ``python -m hindi_brief``).

Subcommands: ``summarize``, ``keywords``, ``brief``, ``story`` (one brief for several
articles) and ``download`` (the only one that may use the network). Inputs are files,
directories (searched recursively, ``--glob``) or ``-`` for standard input; CSV, JSONL
(``.jsonl``, ``.ndjson``) and JSON files (``.json``, an array of objects) give one
article per row or item (named ``file.csv:LINE``, ``file.jsonl:LINE``,
``file.json[INDEX]``). A bad input is reported on stderr with its name and skipped
(``--errors collect``, the default; ``skip`` leaves it out silently, ``raise`` stops).

Exit status: 0 all inputs briefed; 1 some input failed (or was skipped inside a
directory); 2 a usage error, bad option, closed standard input, an output that
cannot be written (a closed standard output without ``-o``) or an error no input
causes (a model file missing or altered: printed once, whatever ``--errors`` says); 130 interrupted (Ctrl-C);
143 terminated (SIGTERM, which is handled as Ctrl-C is). With standard error closed,
messages are dropped, never written into standard output. A standard output whose
reader goes away (``| head``) ends the run quietly, with status 1 if an input had
failed by then, else 0.

Outputs are safe to point at existing files: everything is checked and read before
the output is touched, an output that is also an input is refused, and results go to
a temporary file beside ``-o`` that replaces it only when the run ends (a symlink is
followed: the file it leads to is replaced, the link kept); ``-o -`` is standard
output. A run in which every input failed (nothing briefed, exit status 1) leaves
``-o`` as it was. Interrupted or terminated, ``--format jsonl`` keeps the complete
lines written so far; other formats leave ``-o`` as it was. An ``-o`` that exists and
is not a regular file (a FIFO, ``/dev/null``, a terminal) is written in place instead,
never replaced, and so without that protection: a failed run leaves there what it
wrote. Inside a directory only regular files are read, and symlinks leading out of it
(to files, or to folders that may hold a file the pattern matches) are skipped unless
``--follow-symlinks``, which walks each folder once; a directory that cannot be read, or an input whose name the system refuses (too
long, in a folder that cannot be entered), is reported like a bad file. Inputs are read
in the order given, a directory's files sorted by path; ``story --date`` values go to
the articles (the inputs that could be read) in that order. ``--glob`` must be a
pattern inside the directories: an absolute one or one with ``..`` is a usage error. ``--files-from LIST`` adds the
paths listed in LIST (one a line; ``-``: standard input, then no article) to those given.

Every output is UTF-8 (standard output too, whatever the locale): a JSON row with a
lone surrogate (an escaped half of a UTF-16 pair) is that row's error, and a file name
that is not UTF-8 is written with each such byte as ``\\xNN``. A number no float holds
(``1e999``) or ``NaN``/``Infinity`` in a JSON field is written as null: JSON has no
such values. A CSV row with more values than the header has columns is that row's error,
and a CSV file whose header names a column twice is that file's error (a row is read by
column name). A text field that holds no string (``{"text": 123}``) is that row's error.

The other fields of CSV, JSONL and JSON rows are kept: JSON output puts them under
``fields``; CSV output has the columns ``source``, ``headline``, ``summary`` and/or
``keywords``, then every field of every row in the order first met (empty where a
row lacks it), a field named like one of those columns written as ``fields.NAME``;
its header is written even with no rows. CSV output cells that start with ``=``,
``+``, ``-``, ``@``, tab or carriage return get a leading ``'`` so spreadsheets show
them as text, not formulas. Text output writes control characters as ``\\x1b``, and
in a file name line breaks and tabs too (``a\\x0ab.txt``), so a ``== name ==`` header
stays one line.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import dataclasses
import errno
import fnmatch
import io
import json
import math
import os
import re
import signal
import stat
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence, TextIO

from .dates import parse_date
from .doc import Document
from .errors import HindiBriefError, InvalidInputError, InvalidOptionError
from .inputs import MAX_CHARS, check_size, repeated_columns_problem
from .pipeline import BatchError, Pipeline
from .tagging import TAGGERS

__all__ = ["main", "read_inputs", "Record"]

_EXAMPLES = {
    "summarize": """examples:
  hindi-brief summarize seeds/                       # every *.txt under seeds/
  cat लेख.txt | hindi-brief summarize - --sentences 2
  hindi-brief summarize लेख.txt --max-words 75 --format json
""",
    "keywords": """examples:
  hindi-brief keywords seeds/000_38a68b8def2c6963.txt --top 5
  hindi-brief keywords समाचार.csv --text-field Article --format csv -o कीवर्ड.csv
""",
    "brief": """examples:
  hindi-brief brief seeds/ --format jsonl            # one JSON line per article
  hindi-brief brief समाचार.jsonl --text-field text --format jsonl -o briefs.jsonl
""",
    "download": """examples:
  hindi-brief download                               # official Stanza Hindi models, needs internet
  hindi-brief download --resources-dir ~/stanza_resources
""",
}


@dataclass
class Record:
    """One article to process: where it came from, its text (or why it could not be read), extra fields."""

    source: str
    text: str | None
    error: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)


class _Unread(Record):
    """A ``Record`` of an input that could not be read at all (a broken symlink, a file or folder that cannot be
    read, a symlink left unfollowed): no article, so ``story --date`` gives it no date, where a file that was read but holds
    no article (empty, an HTML page's source) keeps its place, as in the list of inputs given."""


def _shown(name: str) -> str:
    """``name`` as it can be written in UTF-8: a file name that is not UTF-8 (Python keeps its
    bytes as surrogates) with each such byte as ``\\xNN``, as in ``caf\\xe9.txt``."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        pass
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeError:  # a surrogate that is no escaped byte
        return name.encode("utf-8", "backslashreplace").decode("utf-8")


def _visible(text: str) -> bool:
    """Does ``text`` hold a character a reader sees? Not where only invisible format characters (zero-width spaces and
    joiners, a byte-order mark, soft hyphens) and variation selectors stand between the spaces: such a file or field is
    empty. The first visible character ends the search."""
    return any(
        not c.isspace() and unicodedata.category(c) != "Cf" and not ("\ufe00" <= c <= "\ufe0f" or "\U000e0100" <= c <= "\U000e01ef")
        for c in text
    )


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32le"), (codecs.BOM_UTF32_BE, "utf-32be"),  # before UTF-16's: FF FE 00 00 opens both
    (codecs.BOM_UTF16_LE, "utf-16le"), (codecs.BOM_UTF16_BE, "utf-16be"),
)


def _utf16(data: bytes) -> str | None:
    """The UTF-16 (or UTF-32) encoding ``data`` is written in, if it reads so: a byte-order mark, or NUL bytes (the
    high byte of spaces, digits and Latin letters) at every other place only and at one in 20 of them or more, and in
    both cases a text of printable characters once decoded. Devanagari's bytes in UTF-16 are all below 0x80, so such
    a file is valid UTF-8 full of control characters and NULs; a binary file or a stray NUL is neither."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding if _reads_as_text(data[len(bom) :], encoding) else None
    if len(data) % 2:
        return None
    for encoding, high in (("utf-16le", 1), ("utf-16be", 0)):
        nuls = data[high::2].count(0)
        if nuls * 20 >= len(data) // 2 and not data[1 - high :: 2].count(0) and _reads_as_text(data, encoding):
            return encoding
    return None


def _reads_as_text(data: bytes, encoding: str) -> bool:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return bool(text) and sum(c.isprintable() or c in "\n\r\t" for c in text) >= 0.95 * len(text)


def _decode(data: bytes, name: str) -> tuple[str | None, str | None]:
    encoding = _utf16(data)
    if encoding is not None:
        return None, f"{name}: {encoding[:6].upper()} text, not UTF-8; convert it with iconv -f {encoding} -t utf-8"
    # A NUL byte (grep's test for a binary file; UTF-16 and UTF-32 were told apart above) before the decoding, which a
    # picture or an archive also fails: its advice to convert the text would be wrong.
    if b"\x00" in data:
        return None, f"{name}: a binary file (it holds NUL bytes), not text"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return None, (f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start}); convert it with iconv -f ENCODING "
                      "-t utf-8 (iconv -l lists the encodings)")
    if not _visible(text):
        return None, f"{name}: empty"
    return text, None


class _BadRow(str):
    """Why a CSV or JSONL row cannot be read (told apart from a JSON line that is a string)."""


def _csv_rows(text: str) -> tuple[list[str] | None, list[tuple[int, dict[str, Any] | _BadRow]]]:
    """The header (the first line that is not blank) and ``(line, row or error message)`` of
    each row after it, ``line`` the one it starts on (as ``sed -n LINEp`` counts; a quoted field
    may go on over more). A row with more values than the header has columns is that row's
    error (an unquoted comma in a field shifts every value after it); empty values past the
    header (a trailing comma) are dropped. A row with fewer values has ``None`` for the rest.
    Fields may be as long as the file (the csv module's default limit, 131,072 characters,
    ended the whole run); a row the csv module still refuses is that row's error."""
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))
    try:
        # newline="": the csv module reads line ends itself (a file of \r alone too).
        reader = csv.reader(io.StringIO(text, newline=""))
        header: list[str] | None = None
        rows: list[tuple[int, dict[str, Any] | _BadRow]] = []
        while True:
            line = reader.line_num + 1
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                rows.append((line, _BadRow(f"not valid CSV ({exc})")))
                if header is None:
                    break
                continue
            if not values:  # a blank line
                continue
            if header is None:
                header = values
                continue
            if len(values) > len(header) and any(v.strip() for v in values[len(header):]):
                rows.append((line, _BadRow(
                    f"{len(values)} values for {len(header)} columns; quote a field that holds a comma")))
                continue
            row: dict[str, Any] = dict.fromkeys(header)
            row.update(zip(header, values))
            rows.append((line, row))
        if '"' in text:
            unclosed = _unclosed_quote_line(text)
            rows = [
                (line, _BadRow("not valid CSV (a quotation mark opened in this row is never closed, so every line "
                               "after it was read into one field)") if line == unclosed else row)
                for line, row in rows
            ]
        return header, rows
    finally:
        csv.field_size_limit(limit)


def _unclosed_quote_line(text: str) -> int | None:
    """The line of the row whose quotation mark the file never closes, if any: the csv module reads every line after
    it into that field (its lenient reading, which ``_csv_rows`` keeps for stray quotation marks inside a field),
    where its strict reading stops at the end of the data."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    while True:
        line = reader.line_num + 1
        try:
            next(reader)
        except StopIteration:
            return None
        except csv.Error as exc:
            if str(exc) == "unexpected end of data":
                return line


# A JSON escape of a UTF-16 surrogate (half of a pair, or alone): the only way a lone
# surrogate gets into a text read as strict UTF-8, which it then could not be written as.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _lone_surrogate(value: Any) -> str | None:
    """Why ``value`` (a parsed JSON row) cannot be written as UTF-8: the field holding a lone
    surrogate such as ``\\ud800`` (half of an escaped UTF-16 pair, from a cut emoji in scraped
    or JavaScript-made JSON), or ``None`` when it has none."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
        return None
    except UnicodeEncodeError as exc:
        char = exc.object[exc.start]
    except (ValueError, RecursionError):  # not for this check to say
        return None
    where = ""
    if isinstance(value, dict):
        for key, item in value.items():
            if _lone_surrogate(key) or _lone_surrogate(item):
                where = f" in field {_shown(key)!r}"
                break
    return f"a lone surrogate \\u{ord(char):04x}{where} (half of a UTF-16 pair), which is not Unicode text"


def _finite(number: str) -> float | None:
    value = float(number)
    return value if math.isfinite(value) else None


def _json_loads(text: str) -> Any:
    """``json.loads`` with a number too big for a float (``1e999``, valid JSON) and the
    ``NaN``/``Infinity`` Python writes (not JSON) read as ``None``: written back as null,
    the output stays JSON."""
    return json.loads(text, parse_float=_finite, parse_constant=lambda name: None)


def _jsonl_rows(text: str) -> Iterator[tuple[int, Any]]:
    """``(line number, value or error message)`` per non-blank line."""
    # Split on "\n" only: str.splitlines() also splits at U+2028, U+0085 and U+001C, which
    # json.dumps(ensure_ascii=False) writes inside strings, which would make one row two bad ones.
    for n, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = _json_loads(line)
            problem = _lone_surrogate(value) if _SURROGATE_ESCAPE.search(line) else None
            yield n, value if problem is None else _BadRow(problem)
        except json.JSONDecodeError as exc:
            yield n, _BadRow(f"not valid JSON ({exc.msg})")
        except (ValueError, RecursionError) as exc:  # a 5,000-digit number; nesting deeper than the stack
            yield n, _BadRow(f"not valid JSON ({type(exc).__name__}: {str(exc)[:100]})")


def _json_type(value: Any) -> str:
    """The JSON name of a parsed value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return {str: "a string", list: "an array", dict: "an object"}.get(type(value), type(value).__name__)


def _json_array_rows(text: str) -> Iterator[tuple[str, Any]]:
    """``("[index]", value or error message)`` per item of the array a ``.json`` file holds,
    or ``("", error message)`` for the file."""
    try:
        data = _json_loads(text)
    except json.JSONDecodeError as exc:
        hint = "; one object per line is JSON lines: name the file .jsonl" if exc.msg == "Extra data" else ""
        yield "", _BadRow(f"not valid JSON ({exc.msg}: line {exc.lineno} column {exc.colno}){hint}")
        return
    except (ValueError, RecursionError) as exc:
        yield "", _BadRow(f"not valid JSON ({type(exc).__name__}: {str(exc)[:100]})")
        return
    if not isinstance(data, list):
        yield "", _BadRow(f"a .json file must hold an array of objects, got {_json_type(data)}")
        return
    check = _SURROGATE_ESCAPE.search(text) is not None
    for index, item in enumerate(data):
        problem = _lone_surrogate(item) if check else None
        yield f"[{index}]", item if problem is None else _BadRow(problem)


#: Input suffixes read as one article per row or item; any other file is one article.
_ROW_SUFFIXES = (".csv", ".jsonl", ".ndjson", ".json")


def _rows(text: str, name: str, suffix: str, text_field: str) -> Iterator[Record]:
    rows: Iterable[tuple[str, Any]]
    what = "a JSON line"
    if suffix == ".csv":
        header, csv_rows = _csv_rows(text)
        if header is None and csv_rows:  # its first line is not valid CSV
            yield Record(name, None, f"{name}:{csv_rows[0][0]}: {csv_rows[0][1]}")
            return
        if header is None or text_field not in header:
            yield Record(name, None, f"{name}: no column {text_field!r} (columns: {header}); use --text-field")
            return
        problem = repeated_columns_problem(header)
        if problem:
            yield Record(name, None, f"{name}: {problem}")
            return
        rows = ((f":{n}", row) for n, row in csv_rows)
    else:
        if suffix == ".json":
            rows, what = list(_json_array_rows(text)), "an item of the array"
        else:
            rows = [(f":{n}", row) for n, row in _jsonl_rows(text)]
        objects = [row for _, row in rows if isinstance(row, dict)]
        if objects and not any(text_field in row for row in objects):
            # A file whose rows all lack the field (its text is under another name): one message, as a CSV's
            # missing column gets, not one per row; a row that is no object (a line cut off) is still its own.
            fields = sorted({key for row in objects[:100] for key in row})
            yield Record(name, None, f"{name}: no field {text_field!r} in any of its {len(objects)} rows "
                                     f"(fields: {fields}); use --text-field")
            rows = [(place, row) for place, row in rows if not isinstance(row, dict)]
    for place, row in rows:
        where = name + place
        if isinstance(row, _BadRow):
            yield Record(where, None, f"{where}: {row}")
            continue
        if not isinstance(row, dict):  # a JSON line that is a string, a number, a list...
            yield Record(where, None, f"{where}: {what} must be an object, got {_json_type(row)}")
            continue
        value = row.get(text_field)
        fields = {k: v for k, v in row.items() if k != text_field}
        if value is not None and not isinstance(value, str):  # {"text": 123}: there, but no text
            yield Record(where, None, f"{where}: field {text_field!r} must be a string, got {_json_type(value)}", fields)
        elif value is None or not _visible(value):
            yield Record(where, None, f"{where}: field {text_field!r} is missing or empty", fields)
        else:
            yield Record(where, value, None, fields)


def _check_glob(glob: str) -> str:
    """Return ``glob`` if it is a pattern for paths inside a directory; else raise ``ValueError``."""
    if not glob:
        raise ValueError("--glob is empty; give a file pattern such as '*.txt'")
    pattern = Path(glob)
    if pattern.is_absolute() or pattern.anchor:
        raise ValueError(f"--glob {glob!r} is an absolute path; give a pattern inside the directories, such as '*.txt'")
    if ".." in pattern.parts:
        raise ValueError(f"--glob {glob!r} leads out of the directories with '..'; give a pattern inside them")
    if any("**" in part and part != "**" for part in pattern.parts):
        raise ValueError(f"--glob {glob!r}: '**' must be a whole part of the pattern, as in '**/*.txt'")
    # A part longer than any file name may be matches nothing, and the system refuses to search with it in every
    # directory (one error each: a review).
    if any(len(os.fsencode(part)) > _NAME_MAX for part in pattern.parts):
        raise ValueError(f"--glob: a part of the pattern is longer than a file name may be ({_NAME_MAX} bytes)")
    return glob


#: The longest file name most file systems allow, in bytes (POSIX's NAME_MAX on Linux and macOS).
_NAME_MAX = 255


def _matching(
    root: Path, glob: str, follow_symlinks: bool = False
) -> tuple[list[Path], list[tuple[Path, OSError]], list[tuple[Path, str]]]:
    """The paths matching ``glob`` in ``root`` and every directory under it, the directories that could not be
    listed (which ``rglob`` skips without a word), and the symlinks to directories outside ``root`` left unread,
    each with the real path it leads to.

    ``os.walk`` enters no symlinked directory, so one would be skipped without a word, ``--follow-symlinks`` or not. One
    leading out of ``root`` is walked with ``follow_symlinks``, else returned to be named; one leading inside it is
    not walked, its files being read where they are. Each directory is walked once, by its real path (``_walk_once``)."""
    unreadable: list[OSError] = []
    linked: list[tuple[Path, str]] = []
    found: set[Path] = set()
    pattern = Path(glob).parts
    top = Path(os.path.realpath(root))
    for directory, subdirectories, _ in _walk_once(root, unreadable.append, follow_symlinks):
        kept = []
        # Sorted: where two symlinks lead to one directory, the same one names its files on every run.
        for d in sorted(subdirectories):
            # A hidden directory (.git, .venv, .ipynb_checkpoints) holds no articles; a hidden file is a copy's
            # leftover (macOS's ._a.txt is binary).
            if d.startswith("."):
                continue
            sub = os.path.join(directory, d)
            if os.path.islink(sub):
                target = Path(os.path.realpath(sub))
                if _within(target, top):
                    continue
                if not follow_symlinks:
                    if _may_hold(target, glob, top):  # a link to a folder of pictures skips nothing the run would read
                        linked.append((Path(sub), str(target)))
                    continue
            kept.append(d)
        subdirectories[:] = kept
        try:
            matches = list(Path(directory).glob(glob))
        except OSError as exc:  # a pattern part too long for a file name: the search of this directory failed
            unreadable.append(OSError(exc.errno, exc.strerror, directory))
            continue
        # '**' matches the directory itself (no parts): it is no file of it.
        found.update(p for p in matches if (parts := p.relative_to(directory).parts) and not _hidden(parts, pattern))
    return sorted(found), [(Path(exc.filename), exc) for exc in unreadable], linked


#: How many entries of a symlinked folder ``_may_hold`` reads before it takes the folder to hold a match.
_PEEK_ENTRIES = 10_000


def _may_hold(folder: Path, glob: str, top: Path) -> bool:
    """May ``folder`` hold a file ``glob`` matches (by the last part of the pattern; hidden files and folders only where
    that part names them, as the walk of a directory input reads them)? The folder is walked as ``--follow-symlinks``
    would walk it, each real folder once and none inside ``top`` (the directory input, whose files are read where they
    are), up to ``_PEEK_ENTRIES`` entries; a folder larger than that, or one that cannot be read, may."""
    name = Path(glob).name
    hidden = name.startswith(".")
    seen = 0
    try:
        for directory, subdirectories, files in _walk_once(folder, _raise, True):
            subdirectories[:] = [
                d for d in subdirectories
                if not d.startswith(".") and not _within(Path(os.path.realpath(os.path.join(directory, d))), top)
            ]
            if any(fnmatch.fnmatch(f, name) for f in files if hidden or not f.startswith(".")):
                return True
            seen += len(files) + len(subdirectories)
            if seen > _PEEK_ENTRIES:
                return True
    except OSError:
        return True
    return False


def _walk_once(
    root: Path, onerror: Callable[[OSError], None], follow_symlinks: bool
) -> Iterator[tuple[str, list[str], list[str]]]:
    """``os.walk(root)``, each real directory once: a symlink to one already walked (``a/up -> ..``) would read its
    files again, or for ever."""
    walked: set[str] = set()
    for directory, subdirectories, files in os.walk(root, onerror=onerror, followlinks=follow_symlinks):
        real = os.path.realpath(directory)
        if real in walked:
            subdirectories[:] = []
            continue
        walked.add(real)
        yield directory, subdirectories, files


def _within(real: Path, top: Path) -> bool:
    """Is the real path ``real`` ``top`` or inside it?"""
    return real == top or top in real.parents


def _raise(exc: OSError) -> None:
    raise exc


def _hidden(parts: tuple[str, ...], pattern: tuple[str, ...]) -> bool:
    """Is a path matched by ``pattern`` (a ``--glob``'s parts) hidden where the pattern does not name hidden names?
    As a shell reads ``*``: ``*.txt`` leaves out ``.a.txt`` and ``*/a.txt`` leaves out ``.git/a.txt``, while ``.*.txt``
    and ``.drafts/*.txt`` name them. Under ``**`` a hidden file is named by a last part with a dot (``**/.*.txt``) and
    a hidden folder only by a dotted part that matches it (``.drafts/**/*.txt``; ``**/.*.txt`` reads no ``.git``)."""
    if "**" not in pattern and len(parts) == len(pattern):
        return any(part.startswith(".") and not p.startswith(".") for part, p in zip(parts, pattern))
    if parts[-1].startswith(".") and not pattern[-1].startswith("."):
        return True
    dotted = [p for p in pattern[:-1] if p.startswith(".")]
    return any(d.startswith(".") and not any(fnmatch.fnmatchcase(d, p) for p in dotted) for d in parts[:-1])


def _directory_files(root: Path, glob: str, follow_symlinks: bool) -> Iterator[Path | Record]:
    """Files matching ``glob`` under ``root``, or a ``Record`` saying why one is skipped: a
    directory that cannot be read, not a regular file (reading a FIFO would block the run),
    a broken symlink or a symlink loop, a symlink (to a file or a folder) out of ``root``; in
    sorted path order."""
    top = root.resolve()
    paths, unreadable, linked = _matching(root, glob, follow_symlinks)
    problems = {path: f"cannot read ({exc.strerror or exc})" for path, exc in unreadable}
    for folder, target in linked:
        problems[folder] = (f"a symlink to the folder {_shown(target)} outside {_shown(str(root))} "
                            "(--follow-symlinks reads it)")
    # A pattern with a folder part (sub/*.txt) finds files through such a symlink too, and one matching a folder's
    # own name finds the folder: each is named once.
    paths = [p for p in paths if p not in problems and not any(folder in p.parents for folder, _ in linked)]
    for path in sorted([*paths, *problems]):
        name = _shown(str(path))
        if path in problems:
            yield _Unread(name, None, f"{name}: {problems[path]}")
            continue
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                yield _Unread(name, None, f"{name}: a symlink loop")
            elif path.is_symlink():
                yield _Unread(name, None, f"{name}: a broken symlink")
            else:  # gone meanwhile, or in a directory that can be listed but not searched
                yield _Unread(name, None, f"{name}: cannot read ({exc.strerror or exc})")
            continue
        if stat.S_ISDIR(mode):
            continue
        if not stat.S_ISREG(mode):
            yield _Unread(name, None, f"{name}: not a regular file")
            continue
        real = path.resolve()
        if not follow_symlinks and top not in real.parents:
            yield _Unread(name, None, f"{name}: a symlink to {_shown(str(real))} outside "
                         f"{_shown(str(root))} (--follow-symlinks reads it)")
            continue
        yield path


class InputError(Exception):
    """Input that cannot be read at all (a closed standard input, a ``--glob`` that is no pattern
    inside the directories)."""


_FILES_FROM_HELP = (
    "also read the inputs listed in the file LIST, one path a line (blank lines skipped; - reads the list from standard "
    "input, as from find or ls): for more files than a command line holds"
)


def _listed_inputs(args: argparse.Namespace) -> list[str]:
    """The inputs given on the command line and then those ``--files-from`` lists (one a line: a file name keeps its
    spaces, only the line break goes; ``-`` reads the list from standard input, which then holds no article); ``-``
    where there are none."""
    given = list(args.inputs or [])
    source = getattr(args, "files_from", None)
    if source is None:
        return given or ["-"]
    if source == "-" and "-" in given:
        raise InputError("standard input holds the list of inputs (--files-from -); it cannot be an article (-) too")
    try:
        if source != "-":
            data = Path(source).read_bytes()
        elif sys.stdin is None or sys.stdin.closed:
            raise InputError("standard input is closed: no list of inputs to read (--files-from -)")
        else:  # a standard input without bytes (a test's StringIO) gives its text
            stream = sys.stdin
            data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
    except OSError as exc:
        raise InputError(f"cannot read the list of inputs {_one_line(source)} ({exc.strerror or exc})") from None
    encoding = _utf16(data)  # a list written by Windows PowerShell's ">" (UTF-16 with a byte-order mark)
    try:
        text = data.decode(encoding) if encoding is not None else data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Names that are no UTF-8 keep their bytes, as Python keeps them for names given on the command line.
        text = data.decode("utf-8", "surrogateescape")
    text = text.lstrip("\ufeff")
    if "\x00" in text:  # find -print0: no path holds a NUL, and the list cannot be split into the right names
        raise InputError(f"the list of inputs {_one_line(source)} (--files-from) holds NUL bytes; give one path a line "
                         "(find -print, not -print0)")
    listed = [line.rstrip("\r") for line in text.split("\n") if line.strip()]
    if not listed and not given:
        raise InputError(f"the list of inputs {_one_line(source)} (--files-from) names none")
    return given + listed


def _check_inputs(paths: Sequence[str]) -> None:
    """``InputError`` for an input argument that reads nothing meant: an empty one (an unset shell variable, which
    ``Path('')`` makes the current directory, briefed recursively) or ``-`` twice (standard input is one article)."""
    if any(raw == "" for raw in paths):
        raise InputError("an input is empty (''); give a file or directory, or - for standard input")
    if list(paths).count("-") > 1:
        raise InputError("- (standard input) is given more than once; it is read once, as one article")


def read_inputs(
    paths: Iterable[str],
    *,
    glob: str = "*.txt",
    text_field: str = "text",
    stdin: TextIO | None = None,
    follow_symlinks: bool = False,
) -> Iterator[Record]:
    """Yield a ``Record`` per article from files, directories (recursive ``glob``) and ``-`` (stdin).

    Inside a directory only regular files are read, and symlinks that lead out of it only with
    ``follow_symlinks``; each file skipped, and each directory that cannot be read, comes as a
    ``Record`` with the reason in ``error``; hidden files and directories (``.git``, ``.venv``, ``._a.txt``) are not
    read unless ``glob`` names them (``.*.txt``). A closed standard input, an empty path, ``-`` twice, or a ``glob``
    that is absolute or has a ``..``, raises ``InputError``.
    """
    paths = list(paths)  # an iterator of paths is read once, for the checks and the reading
    try:
        _check_glob(glob)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    _check_inputs(paths)
    for raw in paths:
        if raw == "-":
            stream = stdin if stdin is not None else sys.stdin
            try:
                if stream is None:
                    raise ValueError("there is none")
                data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8")
            except (OSError, ValueError) as exc:
                raise InputError(f"cannot read standard input ({exc}); give files, or redirect one with < file.txt") from None
            text, error = _decode(data, "<stdin>")
            yield Record("<stdin>", text, error)
            continue
        path = Path(raw)
        try:
            is_dir = path.is_dir()
        except OSError as exc:  # a name too long, a folder on the way that cannot be entered: this input's error
            name = _shown(str(path))
            yield _Unread(name, None, f"{name}: cannot read ({exc.strerror or exc})")
            continue
        if not is_dir:
            yield from _read_file(path, text_field)
            continue
        found_any = False
        # In sorted path order, a skipped file in its place among the read ones: story's --date values are matched
        # to the articles in this order.
        for found in _directory_files(path, glob, follow_symlinks):
            found_any = True
            if isinstance(found, Record):
                yield found
            else:
                yield from _read_file(found, text_field)
        if not found_any:
            yield _Unread(_shown(str(path)), None, f"{_shown(str(path))}: no files matching {_shown(glob)!r}")


def _read_file(file: Path, text_field: str) -> Iterator[Record]:
    """The records of one file: one article, a row file's rows, or why it cannot be read."""
    name = _shown(str(file))
    try:
        data = file.read_bytes()
    except OSError as exc:
        yield _Unread(name, None, f"{name}: cannot read ({exc.strerror or exc})")
        return
    except ValueError as exc:  # a NUL in the name (read_inputs called with such a path), which no file has
        yield _Unread(name, None, f"{name}: cannot read ({exc})")
        return
    text, error = _decode(data, name)
    suffix = file.suffix.lower()
    if text is not None and suffix in _ROW_SUFFIXES:
        yield from _rows(text, name, suffix, text_field)
    else:
        yield Record(name, text, error)


def _payload(command: str, record: Record, brief: Any) -> dict[str, Any]:
    doc = brief.document
    out: dict[str, Any] = {"source": record.source}
    out["headline"] = brief.headline  # as shown, without the markup the cleaner removed inside it
    # As ``Brief.to_dict`` has them: a low share of Devanagari flags a brief of text that is mostly not Hindi.
    out["tagger"], out["hindi_ratio"] = doc.tagger, doc.hindi_ratio
    if command in ("summarize", "brief"):
        out["summary"] = brief.summary.to_dict()
    if command in ("keywords", "brief"):
        out["keywords"] = [k.to_dict() for k in brief.keywords]
    if record.fields:
        out["fields"] = record.fields
    return out


#: Control characters but the line feed and the tab (ESC among them), which text output writes as ``\x1b``: an
#: article's escape sequences, printed to a terminal as they are, could retitle it, recolour it or move the cursor.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _printable(text: str) -> str:
    return _CONTROL.sub(_escaped, text)


#: Every control character, the line feed and the tab too: a file name holding one (``a\nb.txt``) written as it is
#: would split its ``== name ==`` line in two, and a reader of text output would take ``b.txt ==`` for the headline.
_ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def _one_line(text: str) -> str:
    return _ANY_CONTROL.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def _text_block(command: str, payload: dict[str, Any]) -> str:
    lines = [f"== {_one_line(payload['source'])} =="]
    if payload.get("headline"):
        lines.append(payload["headline"])
    if "summary" in payload:
        lines.append(payload["summary"]["text"])
    if "keywords" in payload:
        lines.append(" ".join(["कीवर्ड:", ", ".join(k["text"] for k in payload["keywords"])]).rstrip())
    return _printable("\n".join(lines)) + "\n"


# A spreadsheet reads a cell starting with one of these as a formula (CSV injection);
# a leading apostrophe makes it text, the usual neutralisation (OWASP).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA_START) else value


#: The columns ``--format csv`` writes before the input fields (each command the ones it fills).
_CSV_COLUMNS = ("source", "headline", "summary", "keywords")
#: Put before an input field's name where an output column (or another field) has that name:
#: ``fields.summary`` is also where JSON output keeps that field.
_FIELD_PREFIX = "fields."


def _csv_field_columns(keys: Iterable[Any]) -> dict[Any, str]:
    """Input field -> its CSV column, for every field of every row, in the order first met.

    A field keeps its own name where it is free, so the usual ``Id`` stays ``Id``. One named
    like an output column (``summary`` of a file of ready-made summaries) or like another field
    once made safe for a spreadsheet (``=x`` and ``'=x``) gets ``fields.`` in front, again until
    free: no input value is overwritten or dropped, whatever the names."""
    names = {key: _csv_cell(str(key)) for key in dict.fromkeys(keys)}
    taken = set(_CSV_COLUMNS)
    columns: dict[Any, str] = {}
    clashing = []
    for key, name in names.items():  # free names first, so a field never moves because of a later one
        if name in taken:
            clashing.append(key)
        else:
            taken.add(name)
            columns[key] = name
    for key in clashing:
        name = names[key]
        while name in taken:
            name = _FIELD_PREFIX + name
        taken.add(name)
        columns[key] = name
    return {key: columns[key] for key in names}


class _Writer:
    """Writes payloads in the chosen format as they come (json collects, then writes one list).

    ``fields``: the input fields of every row to come, for the CSV header, which precedes the
    first row; the CLI has read all its inputs before it writes, so it knows them all."""

    def __init__(self, fmt: str, command: str, out: TextIO, fields: Iterable[Any] = ()) -> None:
        self.fmt, self.command, self.out = fmt, command, out
        self.items: list[dict[str, Any]] = []
        self.csv: csv.DictWriter | None = None
        self.columns: dict[Any, str] = _csv_field_columns(fields) if fmt == "csv" else {}

    def write(self, payload: dict[str, Any]) -> None:
        if self.fmt == "text":
            self.out.write(_text_block(self.command, payload) + "\n")
        elif self.fmt == "jsonl":
            self.out.write(json.dumps(payload, ensure_ascii=False) + "\n")
        elif self.fmt == "json":
            self.items.append(payload)
        else:
            self._write_csv(payload)

    def _write_csv(self, payload: dict[str, Any]) -> None:
        row = {"source": payload["source"], "headline": payload.get("headline") or ""}
        if "summary" in payload:
            row["summary"] = payload["summary"]["text"]
        if "keywords" in payload:
            row["keywords"] = "; ".join(k["text"] for k in payload["keywords"])
        row = {key: _csv_cell(value) for key, value in row.items()}
        for key, value in payload.get("fields", {}).items():
            # A value the row lacks (a short CSV row, a JSON null) is an empty cell, not the text "null".
            cell = "" if value is None else value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            # A JSON number is no formula: "-5" stays a number a spreadsheet reads as one (a review found "'-5").
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            row[self.columns[key]] = cell if number else _csv_cell(cell)
        self._csv_writer().writerow(row)

    def _csv_writer(self) -> csv.DictWriter:
        if self.csv is None:
            filled = {"summarize": ("summary",), "keywords": ("keywords",), "brief": ("summary", "keywords")}[self.command]
            header = [c for c in _CSV_COLUMNS if c in ("source", "headline", *filled)] + list(self.columns.values())
            self.csv = csv.DictWriter(self.out, fieldnames=header)  # a field not in it raises: never dropped
            self.csv.writeheader()
        return self.csv

    def close(self) -> None:
        if self.fmt == "json":
            json.dump(self.items, self.out, ensure_ascii=False, indent=2)
            self.out.write("\n")
        elif self.fmt == "csv":
            self._csv_writer()  # the header, even with no rows: a 0-byte file is no CSV to readers


class OutputError(Exception):
    """The output cannot be written (or would overwrite an input)."""


def check_output(output: str, inputs: Sequence[str], glob: str) -> None:
    """Raise ``OutputError`` when ``output`` is a directory or one of the inputs (a file given,
    or a file a directory input would read), before anything is read or written."""
    out = Path(output)
    try:
        if out.is_dir():
            raise OutputError(f"output {output} is a directory")
        real = out.resolve()
    except (OSError, RuntimeError) as exc:  # a name too long, a folder that cannot be entered, a symlink loop
        raise OutputError(f"cannot write {output}: {getattr(exc, 'strerror', None) or exc}") from None
    for raw in inputs:
        if raw == "-":
            continue
        path = Path(raw)
        try:
            if path.is_dir():
                if path.resolve() in real.parents and fnmatch.fnmatch(real.name, Path(glob).name):
                    raise OutputError(f"output {output} is inside the input directory {raw} and matches {glob!r}; "
                                      "write it elsewhere")
            elif path.exists() and out.exists() and os.path.samefile(path, out):
                raise OutputError(f"output {output} is also an input; write it elsewhere")
        except OSError:  # an input whose status cannot be read is not the output; reading it names it as skipped
            continue


def _check_output_option(args: argparse.Namespace) -> None:
    """``-o -`` is standard output (as ``-`` is standard input); ``-o ''`` and an output that
    is a directory or an input are refused (``OutputError``) before any work."""
    if args.output == "-":
        args.output = None
    elif args.output == "":
        raise OutputError("-o is empty; give a file name, or - for standard output")
    if args.output is not None:
        check_output(args.output, args.inputs, args.glob)
    elif sys.stdout is None:  # closed (>&-)
        raise OutputError("cannot write the output: standard output is closed; give -o FILE")


class _Output:
    """Standard output, or ``-o``. A regular file (new or existing; a symlink is followed to
    it) is written as a temporary file beside it that replaces it when the run ends, so a
    failed or interrupted run never leaves it empty or half written. Anything else that
    exists there (a FIFO, ``/dev/null``, a terminal) is opened and written in place, without
    that safety: replacing it would put a regular file where the pipe or device was, and a
    reader of the pipe would wait for ever."""

    def __init__(self, target: str | None) -> None:
        self.target, self.tmp = target, None
        self.in_place = False  # writing straight into a FIFO or device: closed, not replaced, at the end
        if target is None:
            self.stream: TextIO = sys.stdout
            encoding = getattr(self.stream, "encoding", None)
            if encoding and codecs.lookup(encoding).name != "utf-8" and hasattr(self.stream, "reconfigure"):
                # A non-UTF-8 locale or PYTHONIOENCODING: Hindi would end the run in UnicodeEncodeError.
                self.stream.reconfigure(encoding="utf-8")
            return
        try:
            mode: int | None = os.stat(target).st_mode
        except FileNotFoundError:  # not there yet, or a symlink to a file not there yet
            mode = None
        except OSError as exc:  # a symlink loop, a directory we may not search
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
        if mode is not None and not stat.S_ISREG(mode):
            self.stream, self.in_place = self._open_in_place(target), True
            return
        self.target = os.path.realpath(target)  # replace the file a symlink leads to, not the link
        path = Path(self.target)
        try:
            fd, self.tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        except OSError as exc:
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
        self.stream = os.fdopen(fd, "w", encoding="utf-8", newline="")

    @staticmethod
    def _open_in_place(target: str) -> TextIO:
        # No O_CREAT: should the FIFO or device vanish meanwhile, fail rather than make a file.
        try:
            fd = os.open(target, os.O_WRONLY)
        except OSError as exc:  # a socket, a device that refuses writing
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from None
        return os.fdopen(fd, "w", encoding="utf-8", newline="")

    def commit(self) -> None:
        if self.in_place:
            self.stream.close()
            return
        if self.tmp is None or self.target is None:
            self.stream.flush()
            return
        self.stream.close()
        try:
            mode = os.stat(self.target).st_mode & 0o7777
        except OSError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(self.tmp, mode)  # mkstemp makes it private (0600)
        os.replace(self.tmp, self.target)
        self.tmp = None

    def commit_whole_lines(self) -> None:
        """Keep what was written up to its last line break (an interrupted JSONL run)."""
        if self.tmp is not None:
            self.stream.close()
            with open(self.tmp, "rb+") as fh:
                size = fh.seek(0, os.SEEK_END)
                keep, step = 0, 1 << 16
                for start in range(max(0, size - step), -step, -step):
                    fh.seek(max(start, 0))
                    chunk = fh.read(min(step, size - max(start, 0)))
                    if b"\n" in chunk:
                        keep = max(start, 0) + chunk.rindex(b"\n") + 1
                        break
                fh.truncate(keep)
        self.commit()

    def discard(self) -> None:
        if self.in_place:
            try:
                self.stream.close()  # a failed run: what was written is in the pipe already
            except OSError:  # its reader went away; the run's own error is the one to report
                pass
            return
        if self.tmp is None:
            return
        self.stream.close()
        os.unlink(self.tmp)
        self.tmp = None


_GLOB_HELP = "file pattern inside directories, matched in each one under them (default: *.txt; no absolute path or ..)"
_TEXT_FIELD_HELP = ("column/field holding the article in CSV, JSONL (.jsonl, .ndjson) and JSON (.json: an array "
                    "of objects) input (default: text)")
_OUTPUT_HELP = ("write to this file instead of stdout (- is stdout; a file is replaced when the run ends, a symlink's "
                "target in its place; a FIFO or device such as /dev/null is written in place; never one of the inputs)")


def _build_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    parser = argparse.ArgumentParser(
        prog="hindi-brief",
        description="Extractive summaries and keywords for Hindi news articles, offline.",
    )
    from . import __version__

    parser.add_argument("--version", action="version", version=f"hindi-brief {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    helps = {
        "summarize": "extractive summary of each article",
        "keywords": "keywords of each article, best first",
        "brief": "summary and keywords of each article in one pass",
    }
    commands = {}
    for name, help_text in helps.items():
        p = commands[name] = sub.add_parser(name, help=help_text, description=help_text,
                           epilog=_EXAMPLES[name], formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("inputs", nargs="*", default=None, metavar="INPUT",
                       help="files, directories (searched recursively) or - for stdin (default: -)")
        p.add_argument("--files-from", metavar="LIST", help=_FILES_FROM_HELP)
        p.add_argument("--glob", default="*.txt", help=_GLOB_HELP)
        p.add_argument("--follow-symlinks", action="store_true",
                       help="inside directories, also read symlinks that lead out of them (default: skip and report)")
        p.add_argument("--text-field", default="text", help=_TEXT_FIELD_HELP)
        p.add_argument("--format", choices=("text", "json", "jsonl", "csv"), default="text",
                       help="output format (default: text); csv: source, headline, summary and/or keywords, then "
                       "every field of the input rows (one named like those columns as fields.NAME, as json keeps "
                       "it under fields); csv cells starting with = + - @ get a leading '")
        p.add_argument("-o", "--output", help=_OUTPUT_HELP)
        # Each command uses only some of these: the others are parsed, unlisted, to be refused by name (`keywords
        # --sentences 2` was accepted and ignored), and so that abbreviations read as in the other commands.
        # (A group of unlisted options only breaks argparse's usage line: keywords' are not grouped.)
        length = p if name == "keywords" else p.add_mutually_exclusive_group()
        length.add_argument("--sentences", type=int, help=_unused(name, "summary length in sentences (default: 3; a tenth of the sentences, at most 20, for texts of 35 sentences or more)"))
        length.add_argument("--ratio", type=float, help=_unused(name, "summary length as a share of the sentences, e.g. 0.2"))
        length.add_argument("--max-words", type=int, help=_unused(name, "summary length as a word budget"))
        p.add_argument("--top", type=int, default=None if name == "summarize" else 10,
                       help=_unused(name, "number of keywords (default: 10)", keywords=True))
        p.add_argument("--tagger", choices=TAGGERS, default="embedded", help="tagging backend (default: embedded)")
        p.add_argument("--batch-size", type=int, default=32, help="articles per batch (default: 32)")
        p.add_argument("--n-process", type=int, default=1,
                       help="worker processes (default: 1; never more than there are batches of --batch-size articles)")
        p.add_argument("--timeout", type=float, metavar="SECONDS",
                       help="with --n-process 2 or more: a text still running after this many seconds "
                            "is that input's error (its worker is replaced)")
        p.add_argument("--max-chars", type=int, default=MAX_CHARS, metavar="N",
                       help=f"longest article accepted, in characters (default: {MAX_CHARS:,}; 0: no limit)")
        p.add_argument("--errors", choices=("collect", "skip", "raise"), default="collect",
                       help="bad inputs: collect (default: name each on stderr, write the rest, exit 1), "
                       "skip (leave them out silently, exit 0), raise (stop at the first one, exit 1)")
        p.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    commands["story"] = _add_story_parser(sub)
    d = commands["download"] = sub.add_parser("download", help="download the official Stanza Hindi models (needs internet)",
                       description="Download the official Stanza Hindi models with Stanza's downloader. "
                       "This is the only hindi-brief command that uses the network.",
                       epilog=_EXAMPLES["download"], formatter_class=argparse.RawDescriptionHelpFormatter)
    d.add_argument("--resources-dir", help="Stanza resources directory (default: $STANZA_RESOURCES_DIR, else Stanza's own)")
    return parser, commands


def _unused(command: str, help_text: str, *, keywords: bool = False) -> str:
    """``help_text`` for a command that uses the option (the keyword count where it makes keywords, a length where it
    makes a summary), else ``argparse.SUPPRESS``: the option is then parsed, unlisted, and refused by ``_parse``."""
    uses = command != "summarize" if keywords else command != "keywords"
    return help_text if uses else argparse.SUPPRESS


def _takes(parser: argparse.ArgumentParser, flag: str) -> bool:
    """Does the command of ``parser`` take the option ``flag`` (not one parsed only to be refused)?"""
    # argparse keeps a parser's flags only in this attribute (stable since Python 3.2).
    action = parser._option_string_actions.get(flag)
    return action is not None and action.help is not argparse.SUPPRESS


def _parse(parser: argparse.ArgumentParser, commands: dict[str, argparse.ArgumentParser],
           argv: Sequence[str] | None) -> argparse.Namespace:
    """The arguments. An option the command does not take is refused with that command's usage (argparse alone printed
    the top-level one), naming the commands that take it; one given before the command, with the top-level usage."""
    argv = list(sys.argv[1:] if argv is None else argv)
    args, extra = parser.parse_known_args(argv)
    command = commands[args.command]
    if extra:
        if _before(argv, extra[0], args.command):
            parser.error(f"unrecognized arguments: {' '.join(extra)} (a command's options go after it: "
                         f"hindi-brief {args.command} {extra[0]} ...)")
        flags = [a.split("=", 1)[0] for a in extra if a.startswith("-")]
    else:
        flags = []
    # The options parsed only to be refused (``_unused``), given: their default is None.
    flags += [a.option_strings[0] for a in command._actions
              if a.help is argparse.SUPPRESS and getattr(args, a.dest, None) is not None]
    takers = {flag: [name for name, p in commands.items() if _takes(p, flag)] for flag in dict.fromkeys(flags)}
    hint = "; ".join(f"{flag} is an option of {_listing(names)}" for flag, names in takers.items() if names)
    if extra:
        command.error(f"unrecognized arguments: {' '.join(extra)}" + (f" ({hint}, not of {args.command})" if hint else ""))
    if takers:
        command.error(f"{args.command} takes no {', '.join(takers)} ({hint})")
    return args


def _before(argv: list[str], argument: str, command: str) -> bool:
    """Does ``argument`` come before ``command`` in ``argv`` (an option given to ``hindi-brief`` itself)?"""
    try:
        return argv.index(argument) < argv.index(command)
    except ValueError:  # not found as written (a short option bundled with others)
        return False


def _listing(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _progress(items: Iterator[Any], total: int, quiet: bool) -> Iterator[Any]:
    if quiet or total < 2 or sys.stderr is None or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return iter(tqdm(items, total=total, unit="article", file=sys.stderr))


def _say(message: str) -> None:
    """Print ``message`` on stderr, above the progress bar should one be showing. A stderr that cannot be written (a
    reader that went away, a full disk) loses the message, not the run: the results are still written and the exit
    status still counts what failed (a run with many bad inputs and ``2>&1 | head`` lost every result and exited 0);
    later messages go to the null device."""
    try:
        if "tqdm" in sys.modules and sys.stderr is not None and sys.stderr.isatty():
            from tqdm import tqdm

            tqdm.write(message, file=sys.stderr)
        else:
            print(message, file=sys.stderr, flush=True)
    except OSError:  # BrokenPipeError too
        _stderr_to_null()


def _stderr_to_null() -> None:
    """Send what is written to stderr from now on to the null device: file descriptor 2 itself where stderr is it
    (so that the interpreter's last flush of what was buffered does not fail again at exit), else ``sys.stderr``."""
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        if sys.stderr is not None and sys.stderr.fileno() == 2:
            os.dup2(null, 2)
            return
    except (OSError, ValueError):  # no file descriptor (a test's capture, a closed stream)
        pass
    finally:
        os.close(null)
    sys.stderr = open(os.devnull, "w", encoding="utf-8")


_STORY_EXAMPLES = """examples:
  hindi-brief story seeds/                           # one brief for all articles under seeds/
  hindi-brief story a.txt b.txt --date 2025-02-06 --date ''   # override the first article's date
  hindi-brief story seeds/ --format json -o story.json
"""


def _add_story_parser(sub: Any) -> argparse.ArgumentParser:
    help_text = "one brief for several articles about the same story (timeline, merged summary, what is new)"
    p = sub.add_parser("story", help=help_text, description=help_text, epilog=_STORY_EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("inputs", nargs="*", default=None, metavar="INPUT",
                   help="files, directories (searched recursively) or - for stdin (default: -); every article is one telling of "
                   "the story")
    p.add_argument("--files-from", metavar="LIST", help=_FILES_FROM_HELP)
    p.add_argument("--glob", default="*.txt", help=_GLOB_HELP)
    p.add_argument("--follow-symlinks", action="store_true",
                   help="inside directories, also read symlinks that lead out of them (default: skip and report)")
    p.add_argument("--text-field", default="text", help=_TEXT_FIELD_HELP)
    p.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    p.add_argument("-o", "--output", help=_OUTPUT_HELP)
    p.add_argument("--sentences", type=int, default=5, help="merged summary length in sentences (default: 5)")
    p.add_argument("--top", type=int, default=15, help="number of keywords (default: 15)")
    p.add_argument("--date", action="append", metavar="DATE",
                   help="publication date of each article in input order, a directory's files sorted by path "
                   "(2025-07-01 or '1 जुलाई 2025'; '' reads it from the text); give it once per article, an input "
                   "that cannot be read being none")
    p.add_argument("--tagger", choices=TAGGERS, default="embedded", help="tagging backend (default: embedded)")
    p.add_argument("--max-chars", type=int, default=MAX_CHARS, metavar="N",
                   help=f"longest article accepted, in characters (default: {MAX_CHARS:,}; 0: no limit)")
    p.add_argument("--errors", choices=("collect", "skip", "raise"), default="collect",
                   help="bad inputs: collect (default: name each on stderr, tell the story of the rest, exit 1), "
                   "skip (leave them out silently, exit 0), raise (stop before writing anything, exit 1)")
    p.add_argument("-q", "--quiet", action="store_true",
                   help="accepted as by the other commands (story shows no progress bar)")
    return p


def _check_numbers(args: argparse.Namespace) -> None:
    """The command's numeric options, each refused by its flag (the library's own checks, which the values meet
    next, name its parameters: ``max_words must be an int >= 1``), before anything is read or written."""
    counts = [("--sentences", args.sentences, 1), ("--top", args.top, 0 if args.command == "story" else 1)]
    if args.command != "story":
        counts += [("--max-words", args.max_words, 1), ("--batch-size", args.batch_size, 1), ("--n-process", args.n_process, 1)]
    for flag, value, minimum in counts:
        if value is not None and value < minimum:
            raise InvalidOptionError(f"{flag} must be {minimum} or more, got {value}")
    if getattr(args, "text_field", None) == "":
        raise InvalidOptionError("--text-field is empty; give the name of the column or field that holds the text")
    ratio = getattr(args, "ratio", None)
    if ratio is not None and not 0 < ratio <= 1:
        raise InvalidOptionError(f"--ratio must be above 0 and at most 1 (a share of the sentences), got {ratio}")
    timeout = getattr(args, "timeout", None)
    if timeout is not None:
        if not (0 < timeout < math.inf):
            raise InvalidOptionError(f"--timeout must be a positive number of seconds, got {timeout}")
        if args.n_process < 2:
            raise InvalidOptionError("--timeout needs --n-process 2 or more: a text can only be stopped in a worker process")
    _check_max_chars(args)


def _check_max_chars(args: argparse.Namespace) -> None:
    if args.max_chars < 0:
        raise InvalidOptionError(f"--max-chars must be a number of characters (0: no limit), got {args.max_chars}")


def _sized_pipeline(args: argparse.Namespace, records: list[Record]) -> Pipeline:
    """The run's pipeline (``--tagger``, ``--max-chars``), each record longer than the limit given its error here, so
    that the message names the option, not ``Pipeline(max_chars=...)``."""
    nlp = Pipeline(tagger=args.tagger, max_chars=args.max_chars or None)
    for r in records:
        if r.error is None and r.text is not None:
            try:
                check_size(r.text, nlp.max_chars, limit="--max-chars ", raise_with="--max-chars N (0: no limit)")
            except InvalidInputError as exc:
                r.error = f"{r.source}: {exc}"
    return nlp


def _run_story(args: argparse.Namespace) -> int:
    from .story import check_story_options, story_from_documents

    args.inputs = _listed_inputs(args)
    _check_inputs(args.inputs)
    _check_numbers(args)
    for value in args.date or ():  # named by the flag; the library's message names its parameter and Python types
        if value.strip():
            try:
                parse_date(value)
            except InvalidOptionError:
                raise InvalidOptionError(f"--date {value!r} is not a date; give one full date such as 2025-07-01 or "
                                         "'1 जुलाई 2025', or '' to read the article's own") from None
    check_story_options(args.sentences, args.top, args.date)  # --date '' reads the text, as date='' does
    _check_output_option(args)
    records = list(read_inputs(args.inputs, glob=args.glob, text_field=args.text_field, follow_symlinks=args.follow_symlinks))
    # The articles are the inputs that could be read, in input order (a directory's files sorted by path): the Nth
    # --date is the Nth article's, and an article without a headline is labelled "article N" by the same count. A
    # broken symlink or an unreadable file is no article; one that is read but tells no story (empty, an HTML
    # page's source, a text over --max-chars) keeps its place, as in the list of inputs given.
    articles = [i for i, r in enumerate(records) if not isinstance(r, _Unread)]
    if args.date is not None and len(args.date) != len(articles):
        given = "once" if len(args.date) == 1 else f"{len(args.date)} times"
        _say(f"hindi-brief: error: --date given {given} for {len(articles)} "
             f"article{'' if len(articles) == 1 else 's'}; give it once per article ('' to read the date from the text)")
        return 2
    nlp = _sized_pipeline(args, records)
    # Each article is processed on its own terms: one that is no article (an HTML page's source) is that input's
    # error, named by its file, and the story is told by the others.
    readable = [(i, r) for i, r in enumerate(records) if r.error is None]
    docs: dict[int, Document] = {}
    for result, (i, r) in nlp.pipe(((r.text, (i, r)) for i, r in readable), as_tuples=True, errors="collect"):
        if isinstance(result, BatchError):
            r.error = f"{r.source}: {result.message}"
        else:
            docs[i] = result
    failed = [r.error for r in records if r.error is not None]
    if failed and args.errors == "raise":
        _say(f"hindi-brief: error: {_one_line(failed[0])} (stopped: --errors raise)")
        return 1
    if args.errors == "collect":
        for error in failed:
            _say(f"hindi-brief: skipped {_one_line(error)}")
    if not records:
        _say("hindi-brief: no articles in the inputs; nothing written")
        return 1
    if not docs:
        _say(f"hindi-brief: {len(failed)} of {len(records)} inputs failed; no readable articles, nothing written")
        return 1
    kept = sorted(docs)
    place = {i: n for n, i in enumerate(articles)}  # a record's place among the articles
    dates = [args.date[place[i]] for i in kept] if args.date is not None else None
    # Text output is read line by line: a line break in a file name would break the timeline's line.
    names = [records[i].source if args.format == "json" else _one_line(records[i].source) for i in kept]
    brief = story_from_documents([docs[i] for i in kept], sentences=args.sentences, top=args.top, date=dates,
                                 names=names)
    # Each article's ``index`` is its place among the articles, as --date counts them, ones told no story included.
    brief = dataclasses.replace(
        brief, articles=tuple(dataclasses.replace(a, index=place[kept[a.index]]) for a in brief.articles)
    )
    text = brief.to_json(indent=2) if args.format == "json" else _printable(str(brief))
    status = 1 if failed and args.errors == "collect" else 0
    out = _Output(args.output)
    try:
        out.stream.write(text + "\n")
        out.commit()
    except BrokenPipeError:  # standard output's reader went away (`| head`): the skipped inputs still count
        return status
    finally:
        out.discard()
    return status


def _run_download(args: argparse.Namespace) -> int:
    from .tagging.stanza_backend import download

    path = download(resources_dir=args.resources_dir)
    print(f"Stanza Hindi models are in {path}")
    return 0


class _Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, ``timeout``, systemd, ``docker stop``): handled as Ctrl-C is, so the
    same cleanup runs (temporary output removed, complete JSONL lines kept, workers stopped)."""


def _on_sigterm(signum: int, frame: Any) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second one must not cut the cleanup short
    raise _Terminated


def _open_closed_std_fds() -> None:
    """Put ``/dev/null`` on a closed file descriptor 0, 1 or 2 (``2>&-``, ``>&-``), so that no
    file opened later gets its number: worker processes inherit them as their stdio, and would
    write their messages into that file. ``sys.stdin``/``sys.stdout``/``sys.stderr`` stay None."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            null = os.open(os.devnull, os.O_RDWR)
            if null != fd:
                os.dup2(null, fd)
                os.close(null)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``hindi-brief``; returns the exit status."""
    _open_closed_std_fds()
    stderr = sys.stderr
    if stderr is None:  # closed (2>&-): print(file=None) would write messages into the output on stdout
        sys.stderr = open(os.devnull, "w", encoding="utf-8")
    try:
        args = _parse(*_build_parser(), argv)
        try:
            previous = signal.signal(signal.SIGTERM, _on_sigterm)
        except ValueError:  # not in the main thread: signals are not ours to handle
            previous = None
        try:
            return _main(args)
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)
    finally:
        if sys.stderr is not stderr:  # the null device put in place of a closed or failing stderr
            sys.stderr.close()
            sys.stderr = stderr


def _main(args: argparse.Namespace) -> int:
    try:
        if args.command == "download":
            return _run_download(args)
        if args.command == "story":
            return _run_story(args)
        return _run_briefs(args)
    except (HindiBriefError, InputError, OutputError) as exc:
        _say(f"hindi-brief: error: {exc}")
        return 2
    except BrokenPipeError:  # e.g. `hindi-brief download | head`; the runs of articles give their own status
        return 0
    except _Terminated:
        _say("hindi-brief: terminated")
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        _say("hindi-brief: interrupted")
        return 130
    except OSError as exc:  # writing the output failed (disk full, a closed stdout)
        _say(f"hindi-brief: error: cannot write the output: {exc.strerror or exc}")
        return 2


class _StopAtFirstError(Exception):
    """``--errors raise`` met a bad input."""


def _workers(args: argparse.Namespace, texts: int) -> int:
    """``--n-process``, but no more workers than batches to give them, nor than the CPUs this process may use (each
    one started costs a second or more and about 150 MB: ``--n-process 1000 --batch-size 1`` on 300 files started
    300): ``--n-process $(nproc)`` on one file starts one. Kept at 2 with ``--timeout``, which needs worker
    processes. A bad value goes through, to be refused."""
    n, size = args.n_process, args.batch_size
    if n <= 1 or size < 1:
        return n
    batches = -(-texts // size)
    return max(min(n, batches, _cpus()), 2 if args.timeout is not None else 1)


def _cpus() -> int:
    """The CPUs this process may run on (its affinity, where the system tells it: a container's share)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # macOS and Windows have no affinity call
        return os.cpu_count() or 1


def _run_briefs(args: argparse.Namespace) -> int:
    args.inputs = _listed_inputs(args)
    _check_inputs(args.inputs)
    _check_numbers(args)  # the brief options, as pipe_briefs checks them, by their flags' names
    options = dict(sentences=args.sentences, ratio=args.ratio, max_words=args.max_words)
    if args.top is not None:  # summarize shows no keywords: its briefs take the library's default
        options["top"] = args.top
    _check_output_option(args)
    records = list(read_inputs(args.inputs, glob=args.glob, text_field=args.text_field, follow_symlinks=args.follow_symlinks))
    failed = 0

    def bad(message: str) -> None:
        nonlocal failed
        failed += 1
        if args.errors == "collect":
            _say(f"hindi-brief: skipped {_one_line(message)}")
        elif args.errors == "raise":
            raise _StopAtFirstError(message)

    nlp = _sized_pipeline(args, records)
    good = [r for r in records if r.error is None]
    # Checks batch_size, n_process and timeout now, before the output is touched.
    results = nlp.pipe_briefs(
        ((r.text, r) for r in good), as_tuples=True, errors="collect",
        batch_size=args.batch_size, n_process=_workers(args, len(good)), timeout=args.timeout, **options,
    )
    out = _Output(args.output)
    try:
        for r in records:
            if r.error is not None:
                bad(r.error)
        writer = _Writer(args.format, args.command, out.stream, (key for r in good for key in r.fields))
        written = 0
        for result, record in _progress(results, len(good), args.quiet):
            if isinstance(result, BatchError):
                bad(f"{record.source}: {result.message}")
                continue
            writer.write(_payload(args.command, record, result))
            written += 1
            if args.format == "jsonl":
                out.stream.flush()  # whole lines on disk, so an interrupted run keeps them
        if failed and not written and args.errors == "collect" and args.output is not None:
            # A failed run: every input failed. -o keeps what it had (yesterday's results, say).
            _say(f"hindi-brief: {failed} of {len(records)} inputs failed; nothing briefed, "
                 f"{args.output} left as it was")
            return 1
        writer.close()
        out.commit()
    except _StopAtFirstError as exc:
        _say(f"hindi-brief: error: {_one_line(str(exc))} (stopped: --errors raise)")
        return 1
    except BrokenPipeError:
        # Standard output's reader went away (`| head`): an input that failed before is still a failure, and the
        # status says so (0 here hid from a script the inputs named on stderr).
        return 1 if failed and args.errors == "collect" else 0
    except KeyboardInterrupt:
        if args.format == "jsonl":
            out.commit_whole_lines()
        raise
    finally:
        out.discard()
    if failed and args.errors == "collect":
        _say(f"hindi-brief: {failed} of {len(records)} inputs failed")
        return 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
