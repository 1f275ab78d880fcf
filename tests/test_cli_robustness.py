"""The hindi-brief command on awkward inputs, outputs and signals (found by a CLI review)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hindi_brief.cli import main
from conftest import assert_stopped_run, progress_stopped_after_two, stopped_run_rows
from conftest import run_cli as run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def test_a_json_line_that_is_not_an_object_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text('"राम ने दिल्ली में भाषण दिया"\n[1, 2]\n', encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(rows), "--tagger", "none")
    assert code == 1 and out == ""
    assert "rows.jsonl:1: a JSON line must be an object, got a string" in err
    assert "rows.jsonl:2: a JSON line must be an object, got an array" in err
    assert "भाषण" not in err  # the string is not taken for an error message


# -- text that cannot be written as UTF-8 ----------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv"])
def test_a_lone_surrogate_is_its_rows_error(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str,
                                            fmt: str) -> None:
    good = json.dumps({"id": "b", "text": seed000}, ensure_ascii=False)
    lines = [
        '{"id": "a", "text": "राम ने आज दिल्ली में भाषण दिया। \\ud800 सरकार ने योजना शुरू की।"}',
        '{"id": "\\udc80x", "text": "सरकार ने नई योजना शुरू की।"}',
        good,
        # A pair of escapes is one character (an emoji), not a lone surrogate.
        '{"id": "c", "text": "सरकार ने नई योजना शुरू की। \\ud83d\\ude00"}',
    ]
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join(lines) + "\n", encoding="utf-8")
    target = tmp_path / f"out.{fmt}"
    code, out, err = run(capsys, "keywords", str(rows), "--format", fmt, "-o", str(target), "--tagger", "none")
    assert code == 1, err
    assert "rows.jsonl:1: a lone surrogate \\ud800 in field 'text'" in err
    assert "rows.jsonl:2: a lone surrogate \\udc80 in field 'id'" in err
    assert "2 of 4 inputs failed" in err
    written = target.read_bytes().decode("utf-8")  # valid UTF-8
    assert "rows.jsonl:3" in written and "rows.jsonl:4" in written and "rows.jsonl:1" not in written


def test_a_file_name_that_is_not_utf8_is_written_with_its_bytes_escaped(tmp_path: Path, seed000: str) -> None:
    import os
    import subprocess
    import sys

    tree = tmp_path / "articles"
    tree.mkdir()
    (tree / os.fsdecode(b"caf\xe9.txt")).write_text(seed000, encoding="utf-8")
    (tree / "ok.txt").write_text(seed000, encoding="utf-8")
    target = tmp_path / "out.json"
    assert main(["keywords", str(tree), "--format", "json", "-o", str(target), "--tagger", "none", "-q"]) == 0
    sources = [Path(item["source"]).name for item in json.loads(target.read_text(encoding="utf-8"))]
    assert sources == ["caf\\xe9.txt", "ok.txt"]
    # Through standard output (a subprocess: its stdout encodes for real), in every format.
    for fmt in ("text", "jsonl", "csv"):
        proc = subprocess.run([sys.executable, "-m", "hindi_brief", "keywords", str(tree), "--format", fmt, "--tagger", "none"],
                              capture_output=True, check=False, cwd=tmp_path)
        assert proc.returncode == 0, proc.stderr.decode(errors="replace")
        out = proc.stdout.decode("utf-8")  # valid UTF-8
        if fmt == "jsonl":
            out = "".join(json.loads(line)["source"] for line in out.splitlines())
        assert "caf\\xe9.txt" in out


def _strict_json(text: str):
    def refuse(name: str):
        raise ValueError(f"{name} is not JSON")
    return json.loads(text, parse_constant=refuse)


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_numbers_json_cannot_hold_come_out_as_null(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str,
                                                    fmt: str) -> None:
    rows = tmp_path / "rows.jsonl"
    text = json.dumps(seed000, ensure_ascii=False)
    rows.write_text(f'{{"text": {text}, "views": 1e999, "score": NaN, "low": -Infinity, "ok": 2.5, "n": 7}}\n',
                    encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(rows), "--format", fmt, "--tagger", "none")
    assert code == 0, err
    if fmt == "csv":
        import csv
        import io

        row = next(csv.DictReader(io.StringIO(out)))
        # No value is an empty cell in CSV, as a value a short CSV row lacks is.
        assert (row["views"], row["score"], row["low"], row["ok"], row["n"]) == ("", "", "", "2.5", "7")
        return
    items = [_strict_json(out)] if fmt == "json" else [_strict_json(line) for line in out.splitlines()]
    fields = items[0][0]["fields"] if fmt == "json" else items[0]["fields"]
    assert fields == {"views": None, "score": None, "low": None, "ok": 2.5, "n": 7}


# -- .json and .ndjson inputs ------------------------------------------------------------------


def test_json_arrays_and_ndjson_are_read_as_rows(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str) -> None:
    other = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    items = [{"id": 1, "text": seed000}, {"id": 2, "text": other, "url": "https://example.in/रक्षा"}, "x", {"id": 4}]
    (tmp_path / "arts.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "summarize", str(tmp_path / "arts.json"), "--format", "jsonl", "--sentences", "1",
                         "--tagger", "none")
    assert code == 1
    got = [json.loads(line) for line in out.splitlines()]
    assert [Path(g["source"]).name for g in got] == ["arts.json[0]", "arts.json[1]"]
    assert [g["fields"] for g in got] == [{"id": 1}, {"id": 2, "url": "https://example.in/रक्षा"}]
    assert got[0]["summary"]["text"] in seed000 and "[{" not in got[0]["summary"]["text"]
    assert "arts.json[2]: an item of the array must be an object, got a string" in err
    assert "arts.json[3]: field 'text' is missing or empty" in err

    lines = "\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate([seed000, other]))
    (tmp_path / "news.ndjson").write_text(lines + "\n", encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(tmp_path / "news.ndjson"), "--format", "jsonl", "--tagger", "none")
    assert code == 0, err
    assert [(Path(g["source"]).name, g["fields"]) for g in map(json.loads, out.splitlines())] == [
        ("news.ndjson:1", {"id": 0}), ("news.ndjson:2", {"id": 1})]

    # JSON lines in a .json file, and a .json that is no array: the file's error, saying why.
    (tmp_path / "lines.json").write_text(lines, encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"text": seed000}, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(tmp_path / "lines.json"), str(tmp_path / "one.json"), "--tagger", "none")
    assert code == 1 and out == ""
    assert "lines.json: not valid JSON (Extra data: line 2 column 1); one object per line is JSON lines" in err
    assert "one.json: a .json file must hold an array of objects, got an object" in err


# -- CSV rows ----------------------------------------------------------------------------------


def test_csv_rows_are_named_by_their_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io

    rows = tmp_path / "bl.csv"
    rows.write_text('id,text\n\na,सरकार ने योजना शुरू की।\n\nb,\n"c","राम ने आज दिल्ली में भाषण दिया।\nसरकार ने योजना शुरू की।"\n'
                    'd,सरकार ने नई योजना शुरू की।\n', encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(rows), "--format", "csv", "--tagger", "none")
    assert code == 1
    got = [(Path(r["source"]).name, r["id"]) for r in csv.DictReader(io.StringIO(out))]
    assert got == [("bl.csv:3", "a"), ("bl.csv:6", "c"), ("bl.csv:8", "d")]
    assert "bl.csv:5: field 'text' is missing or empty" in err


def test_a_csv_row_with_more_values_than_columns_is_its_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = tmp_path / "x.csv"
    rows.write_text("id,text\n1,सरकार ने, नई योजना शुरू की।\n2,सरकार ने नई योजना शुरू की।,,\n", encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(rows), "--format", "jsonl", "--tagger", "none")
    assert code == 1
    assert "x.csv:2: 3 values for 2 columns; quote a field that holds a comma" in err
    got = [json.loads(line) for line in out.splitlines()]  # a trailing comma (empty values) is no error
    assert [(Path(g["source"]).name, g["fields"]) for g in got] == [("x.csv:3", {"id": "2"})]
    assert "None" not in out


def test_a_csv_header_that_names_a_column_twice_is_the_files_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                    seed000: str) -> None:
    # Rows are read by column name: of two "text" columns the last was read, and a caption was briefed unseen.
    import csv

    with open(tmp_path / "dup.csv", "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["text", "id", "text"], [seed000, "1", "फोटो: रक्षा मंत्री"]])
    (tmp_path / "ok.csv").write_text("id,text,\n2,सरकार ने नई योजना शुरू की।,\n", encoding="utf-8")  # an unnamed column
    code, out, err = run(capsys, "summarize", str(tmp_path / "dup.csv"), str(tmp_path / "ok.csv"), "--format", "jsonl",
                         "--tagger", "none")
    assert code == 1
    assert "dup.csv: the header names 'text' more than once; give each column its own name" in err
    assert [Path(json.loads(line)["source"]).name for line in out.splitlines()] == ["ok.csv:2"]


def test_a_text_field_that_holds_no_string_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [{"text": 123}, {"text": {"body": "सरकार ने योजना शुरू की।"}}, {"text": None}, {"text": "सरकार ने नई योजना शुरू की।"}]
    (tmp_path / "t.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(tmp_path / "t.jsonl"), "--format", "jsonl", "--tagger", "none")
    assert code == 1 and len(out.splitlines()) == 1
    assert "t.jsonl:1: field 'text' must be a string, got a number" in err
    assert "t.jsonl:2: field 'text' must be a string, got an object" in err
    assert "t.jsonl:3: field 'text' is missing or empty" in err
    # An empty --text-field names no field of any row: a usage error, before anything is read.
    code, out, err = run(capsys, "keywords", str(tmp_path / "t.jsonl"), "--text-field", "", "--tagger", "none")
    assert code == 2 and out == "" and "--text-field is empty" in err


def test_a_text_without_keywords_ends_its_keyword_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "marks.txt").write_text("।।। ?!\n", encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(tmp_path / "marks.txt"), "--tagger", "none")
    assert code == 0 and out.rstrip("\n").splitlines()[-1] == "कीवर्ड:", out  # no space left hanging after the colon


# -- runs that brief nothing -------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv"])
def test_a_run_where_every_input_fails_leaves_the_output_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               fmt: str) -> None:
    target = tmp_path / f"daily.{fmt}"
    target.write_text("yesterday's results\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "brief", str(tmp_path / "not-mounted"), str(tmp_path / "empty.txt"),
                         "--format", fmt, "-o", str(target), "--tagger", "none")
    assert code == 1 and out == ""
    assert "2 of 2 inputs failed; nothing briefed" in err and "left as it was" in err
    assert target.read_text(encoding="utf-8") == "yesterday's results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([target.name, "empty.txt"])  # no temporary file
    # With --errors skip the bad inputs are not failures: the (empty) result is written.
    code, out, err = run(capsys, "brief", str(tmp_path / "empty.txt"), "--format", fmt, "-o", str(target),
                         "--tagger", "none", "--errors", "skip")
    assert code == 0 and err == ""
    assert target.read_text(encoding="utf-8") != "yesterday's results\n"


def test_csv_output_always_has_its_header(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "h.csv").write_text("id,text\n", encoding="utf-8")
    # Its own columns: those of input fields come from the rows, and there are none.
    for command, header in [("brief", "source,headline,summary,keywords"), ("summarize", "source,headline,summary"),
                            ("keywords", "source,headline,keywords")]:
        code, out, err = run(capsys, command, str(tmp_path / "h.csv"), "--format", "csv", "--tagger", "none")
        assert code == 0 and err == ""
        assert out.splitlines() == [header]


# -- directories -------------------------------------------------------------------------------


def _refuse_to_list(monkeypatch: pytest.MonkeyPatch, *locked: Path) -> None:
    """Make listing the ``locked`` directories fail as without read permission (the tests may run as root)."""
    import errno
    import os

    real_scandir = os.scandir
    refused = {str(p) for p in locked}

    def scandir(path="."):
        if os.fspath(path).rstrip("/") in refused:
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_an_unreadable_directory_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    tree = tmp_path / "p"
    (tree / "locked").mkdir(parents=True)
    (tree / "open").mkdir()
    for name in ("a.txt", "locked/b.txt", "open/c.txt"):
        (tree / name).write_text(seed000, encoding="utf-8")
    _refuse_to_list(monkeypatch, tree / "locked")
    code, out, err = run(capsys, "keywords", str(tree), "--format", "jsonl", "--tagger", "none")
    assert code == 1
    assert [Path(json.loads(line)["source"]).relative_to(tree).as_posix() for line in out.splitlines()] == ["a.txt", "open/c.txt"]
    assert f"skipped {tree / 'locked'}: cannot read (Permission denied)" in err and "1 of 3 inputs failed" in err
    # The top directory itself: it cannot be read, which is not "no files matching".
    _refuse_to_list(monkeypatch, tree)
    code, out, err = run(capsys, "keywords", str(tree), "--format", "jsonl", "--tagger", "none")
    assert code == 1 and out == ""
    assert f"skipped {tree}: cannot read (Permission denied)" in err and "no files matching" not in err


def test_a_glob_must_stay_inside_the_directories(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str) -> None:
    (tmp_path / "g" / "sub").mkdir(parents=True)
    (tmp_path / "g" / "outside.txt").write_text(seed000, encoding="utf-8")
    (tmp_path / "g" / "sub" / "in.txt").write_text(seed000, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    for glob, why in [(str(tmp_path / "g" / "*.txt"), "is an absolute path"), ("../*.txt", "leads out of the directories"),
                      ("x/../../*.txt", "leads out of the directories"), ("", "is empty"),
                      ("***.txt", "'**' must be a whole part"), ("a/b**/*.txt", "'**' must be a whole part")]:
        code, out, err = run(capsys, "keywords", str(tmp_path / "g" / "sub"), "--glob", glob, "-o", str(target),
                             "--tagger", "none")
        assert code == 2 and out == "" and why in err and err.count("\n") == 1, err
        assert not target.exists()
    code, out, err = run(capsys, "story", str(tmp_path / "g" / "sub"), "--glob", "../*.txt", "--tagger", "none")
    assert code == 2 and "leads out of the directories" in err
    # A pattern with a directory part inside is fine.
    code, out, err = run(capsys, "keywords", str(tmp_path / "g"), "--glob", "sub/*.txt", "--format", "jsonl", "--tagger", "none")
    assert code == 0 and [Path(json.loads(line)["source"]).name for line in out.splitlines()] == ["in.txt"]
    # '**' alone matches the directories, the one searched included: no file of it (it raised IndexError).
    code, out, err = run(capsys, "keywords", str(tmp_path / "g"), "--glob", "**", "--tagger", "none")
    assert code == 1 and out == "" and "no files matching '**'" in err and "Traceback" not in err
    code, out, err = run(capsys, "keywords", str(tmp_path / "g"), "--glob", "**/*.txt", "--format", "jsonl", "--tagger", "none")
    assert code == 0 and sorted(Path(json.loads(line)["source"]).name for line in out.splitlines()) == ["in.txt", "outside.txt"]
    # A part longer than a file name may be: the system refused to search with it, reported as "cannot write the
    # output", then once per directory; it is the pattern's error.
    code, out, err = run(capsys, "keywords", str(tmp_path / "g"), "--glob", "a" * 300, "--tagger", "none")
    assert code == 2 and "longer than a file name may be" in err and err.count("\n") == 1, err


def test_a_symlink_loop_is_named_as_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "self.txt").symlink_to("self.txt")
    code, out, err = run(capsys, "keywords", str(tmp_path), "--tagger", "none")
    assert code == 1 and "self.txt: a symlink loop" in err


# -- the -o option -----------------------------------------------------------------------------


def test_dash_as_output_is_stdout_and_an_empty_output_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import hindi_brief.cli as cli

    monkeypatch.chdir(tmp_path)
    article = str(next(SEEDS.glob("000_*.txt")))
    code, out, err = run(capsys, "keywords", article, "-o", "-", "--format", "jsonl", "--tagger", "none")
    assert code == 0 and "राजनाथ" in json.loads(out)["headline"]
    code, out, err = run(capsys, "story", article, article, "-o", "-", "--tagger", "none")
    assert code == 0 and out
    assert list(tmp_path.iterdir()) == []  # no file named "-"

    def no_work(*args, **kwargs):
        raise AssertionError("read inputs before refusing -o ''")

    monkeypatch.setattr(cli, "read_inputs", no_work)
    for command in ("keywords", "story"):
        code, out, err = run(capsys, command, article, "-o", "", "--tagger", "none")
        assert code == 2 and out == "" and "-o is empty" in err


def test_max_chars_messages_speak_of_the_option(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str) -> None:
    article = tmp_path / "long.txt"
    article.write_text(seed000, encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(article), "--max-chars", "100", "--tagger", "none")
    assert code == 1 and out == ""
    assert "more than --max-chars 100; split it into articles, or raise the limit with --max-chars N (0: no limit)" in err
    assert "Pipeline(" not in err and "None" not in err
    code, out, err = run(capsys, "keywords", str(article), "--max-chars", "-1", "--tagger", "none")
    assert code == 2 and "--max-chars must be a number of characters (0: no limit), got -1" in err


# -- worker processes --------------------------------------------------------------------------


def test_no_more_workers_than_batches(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from hindi_brief.pipeline import Pipeline

    asked: list[int] = []
    real = Pipeline.pipe_briefs

    def spy(self, texts, **kwargs):
        asked.append(kwargs["n_process"])
        if kwargs["n_process"] > 1:
            kwargs["n_process"], kwargs["timeout"] = 1, None  # no processes started here
        return real(self, texts, **kwargs)

    monkeypatch.setattr(Pipeline, "pipe_briefs", spy)
    from hindi_brief import cli

    monkeypatch.setattr(cli, "_cpus", lambda: 64)
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(seed000, encoding="utf-8")
    one = str(tmp_path / "0.txt")
    for argv, workers in [([one, "--n-process", "16"], 1), ([str(tmp_path), "--n-process", "16", "--batch-size", "1"], 3),
                          ([str(tmp_path), "--n-process", "2", "--batch-size", "1"], 2), ([str(tmp_path), "--n-process", "16"], 1),
                          ([one, "--n-process", "16", "--timeout", "60"], 2)]:
        code, out, err = run(capsys, "keywords", *argv, "--tagger", "none", "-q")
        assert code == 0, err
        assert asked.pop() == workers, argv
    # Nor more than the CPUs: --n-process 1000 --batch-size 1 on 300 files started 300 workers of about 150 MB each.
    monkeypatch.setattr(cli, "_cpus", lambda: 2)
    code, out, err = run(capsys, "keywords", str(tmp_path), "--n-process", "16", "--batch-size", "1", "--tagger", "none", "-q")
    assert code == 0 and asked.pop() == 2
    # A bad value still reaches the pipeline's check.
    code, out, err = run(capsys, "keywords", one, "--n-process", "0", "--tagger", "none")
    assert code == 2 and "--n-process must be 1 or more, got 0" in err


# -- SIGTERM -----------------------------------------------------------------------------------


def test_sigterm_is_handled_as_ctrl_c(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import signal

    import hindi_brief.cli as cli

    def not_handled(signum, frame):  # rather than the test run killed, should the command not handle it
        raise AssertionError("SIGTERM reached the test's own handler")

    rows = stopped_run_rows(tmp_path)
    monkeypatch.setattr(cli, "_progress", progress_stopped_after_two(lambda: os.kill(os.getpid(), signal.SIGTERM)))
    before = signal.signal(signal.SIGTERM, not_handled)
    try:
        assert_stopped_run(capsys, tmp_path, rows, 143, "terminated")
        assert signal.getsignal(signal.SIGTERM) is not_handled  # put back when main returns
    finally:
        signal.signal(signal.SIGTERM, before)


def test_sigterm_to_a_running_command(tmp_path: Path, seed000: str) -> None:
    import signal
    import subprocess
    import sys
    import time

    rows = tmp_path / "news.jsonl"
    rows.write_text("\n".join(json.dumps({"id": i, "text": seed000}, ensure_ascii=False) for i in range(3000)),
                    encoding="utf-8")
    target = tmp_path / "out.jsonl"
    target.write_text('{"old": true}\n', encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "hindi_brief", "keywords", str(rows), "--format", "jsonl", "-o", str(target),
                             "--batch-size", "1", "--tagger", "none", "-q"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:  # wait for some lines in the temporary file
        if any(p.stat().st_size > 0 for p in tmp_path.glob(".out.jsonl.*.tmp")):
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err.decode()
    assert err.decode().strip() == "hindi-brief: terminated"
    lines = target.read_text(encoding="utf-8").splitlines()
    assert 0 < len(lines) < 3000 and all(json.loads(line)["fields"]["id"] == n for n, line in enumerate(lines))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.jsonl", "out.jsonl"]


# -- closed standard output or error -----------------------------------------------------------


def _closed(fd: int):
    import os

    return lambda: os.close(fd)


def test_a_closed_stderr_puts_no_message_into_the_output(tmp_path: Path, seed000: str) -> None:
    import subprocess
    import sys

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(seed000, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "hindi_brief", "keywords", "a.txt", "b.txt", "empty.txt", "--format", "jsonl",
                           "--tagger", "none"], stdout=subprocess.PIPE, stderr=None, preexec_fn=_closed(2), cwd=tmp_path,
                          check=False)
    assert proc.returncode == 1
    assert [json.loads(line)["source"] for line in proc.stdout.decode("utf-8").splitlines()] == ["a.txt", "b.txt"]


def test_a_closed_stdout_is_an_output_error(tmp_path: Path, seed000: str) -> None:
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(seed000, encoding="utf-8")
    for command in (["keywords", "a.txt"], ["story", "a.txt", "a.txt"]):
        proc = subprocess.run([sys.executable, "-m", "hindi_brief", *command, "--tagger", "none"], stdout=None,
                              stderr=subprocess.PIPE, preexec_fn=_closed(1), cwd=tmp_path, check=False)
        err = proc.stderr.decode("utf-8")
        assert proc.returncode == 2 and err == "hindi-brief: error: cannot write the output: standard output is closed; give -o FILE\n"
    # With -o the output does not need stdout, worker processes included.
    proc = subprocess.run([sys.executable, "-m", "hindi_brief", "keywords", "a.txt", "a.txt", "--tagger", "none", "-o", "out.jsonl",
                           "--format", "jsonl", "--n-process", "2", "--batch-size", "1"],
                          stdout=None, stderr=subprocess.PIPE, preexec_fn=_closed(1), cwd=tmp_path, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    assert len([json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]) == 2


def test_stdout_is_utf8_whatever_the_locale(tmp_path: Path, seed000: str) -> None:
    import os
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(seed000, encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    proc = subprocess.run([sys.executable, "-m", "hindi_brief", "keywords", "a.txt", "--format", "jsonl", "--tagger", "none"],
                          capture_output=True, cwd=tmp_path, env=env, check=False)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "राजनाथ" in json.loads(proc.stdout.decode("utf-8"))["headline"]


def test_a_story_is_told_by_the_articles_that_can_be_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A CLI review: one HTML page among the inputs ended the whole story with exit 2, named "texts[0]" and wrote
    # nothing; a text over the length limit named an option story did not have.
    page = tmp_path / "page.txt"
    page.write_text("<!DOCTYPE html><html><head><title>x</title></head><body><p>भारत</p></body></html>\n", encoding="utf-8")
    seeds = [str(p) for p in sorted(SEEDS.glob("*.txt"))]
    out = tmp_path / "story.json"
    code, _, err = run(capsys, "story", str(page), *seeds, "--tagger", "none", "--format", "json", "-o", str(out))
    assert code == 1 and f"skipped {page}: text is the source of an HTML page" in err
    assert [a["name"] for a in json.loads(out.read_text(encoding="utf-8"))["articles"]] == seeds
    # --date still counts every input, the skipped one too.
    code, _, err = run(capsys, "story", str(page), *seeds, "--tagger", "none", "--format", "json", "-o", str(out),
                       "--date", "2024-01-01", "--date", "", "--date", "2025-01-05")
    assert code == 1
    assert [a["date"] for a in json.loads(out.read_text(encoding="utf-8"))["articles"]] == ["2025-01-05", "2025-02-06"]
    code, _, err = run(capsys, "story", *seeds, "--tagger", "none", "--max-chars", "2100")
    assert code == 1 and err.count("skipped") == 1 and "more than --max-chars 2,100" in err
    out.write_text("yesterday", encoding="utf-8")
    code, _, err = run(capsys, "story", str(page), "--tagger", "none", "-o", str(out))
    assert code == 1 and "no readable articles" in err and out.read_text(encoding="utf-8") == "yesterday"



def test_csv_quotes_line_ends_and_missing_values(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A CLI review: a quotation mark never closed read every later row into one field, without a word; a file of
    # \r line ends was refused with advice about Python's newline mode; a value a short row lacks was written "null".
    unclosed = tmp_path / "unclosed.csv"
    unclosed.write_text('id,text\n1,"भारत ने आज मैच जीता। कप्तान खुश था\n2,दिल्ली में बारिश हुई।\n3,मुंबई में धूप है।\n',
                        encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(unclosed), "--tagger", "none", "--format", "jsonl")
    assert code == 1 and out == "" and f"skipped {unclosed}:2: not valid CSV (a quotation mark opened" in err
    closed = tmp_path / "closed.csv"  # a quoted field over two lines, closed: one article
    closed.write_text('id,text\n1,"भारत ने आज मैच जीता।\nकप्तान खुश था।"\n2,दिल्ली में बारिश हुई।\n', encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(closed), "--tagger", "none", "--format", "jsonl")
    assert code == 0 and [json.loads(line)["source"] for line in out.splitlines()] == [f"{closed}:2", f"{closed}:4"]
    old_mac = tmp_path / "cr.csv"
    old_mac.write_bytes("id,text\r1,भारत ने आज मैच जीता।\r2,दिल्ली में बारिश हुई।\r".encode())
    code, out, err = run(capsys, "keywords", str(old_mac), "--tagger", "none", "--format", "jsonl")
    assert code == 0 and [json.loads(line)["fields"]["id"] for line in out.splitlines()] == ["1", "2"]
    short = tmp_path / "short.csv"
    short.write_text("text,id,outlet\nदिल्ली में बारिश हुई।,1\n", encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(short), "--tagger", "none", "--format", "csv")
    assert code == 0 and out.splitlines()[1].endswith(",1,")


def test_a_file_of_invisible_characters_is_empty(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A CLI review: a file of zero-width characters gave an empty brief and exit 0, where a file of spaces is "empty".
    invisible = tmp_path / "zw.txt"
    invisible.write_text("\u200b\u200c\u200d \n\ufeff\u00ad\u2060\ufe0f\n", encoding="utf-8")
    code, out, err = run(capsys, "brief", str(invisible), "--tagger", "none")
    assert code == 1 and out == "" and f"skipped {invisible}: empty" in err
    rows = tmp_path / "rows.jsonl"  # a row's text field likewise
    rows.write_text('{"text": "\\u200b\\u200d"}\n{"text": "भारत जीता।"}\n', encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(rows), "--tagger", "none", "--format", "jsonl")
    assert code == 1 and f"{rows}:1: field 'text' is missing or empty" in err and len(out.splitlines()) == 1
    visible = tmp_path / "one.txt"
    visible.write_text("\u200bभारत जीता।", encoding="utf-8")
    code, out, err = run(capsys, "brief", str(visible), "--tagger", "none")
    assert code == 0 and "भारत" in out


@pytest.mark.parametrize(
    "content",
    ['text,note\n"भारत ने आज मैच जीता।\nकप्तान खुश था।",\n', 'text,note\n"दिल्ली में बारिश हुई।",x\n"भारत ने आज मैच जीता।\nकप्तान खुश था।",\n',
     'id,text\n1,"भारत ने आज मैच जीता।\nकप्तान खुश था।"  \n'],
    ids=["empty-last-column", "second-row", "spaces-after-the-quote"],
)
def test_a_quoted_field_over_two_lines_that_is_closed_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                              content: str) -> None:
    # A review of the check for a quotation mark never closed: it refused these valid rows.
    path = tmp_path / "rows.csv"
    path.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(path), "--tagger", "none", "--format", "jsonl")
    assert code == 0 and err == "" and "मैच" in out


# -- a second CLI review (2026-12-07) -----------------------------------------------------------


def test_a_failing_stderr_loses_messages_not_results(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                     monkeypatch: pytest.MonkeyPatch, seed000: str) -> None:
    # With many bad inputs and stderr piped into `head`, the first skipped message after the pipe closed raised
    # BrokenPipeError: the run ended as "stdout closed", with status 0 and no output file.
    import sys

    (tmp_path / "good.txt").write_text(seed000, encoding="utf-8")
    for n in range(3):
        (tmp_path / f"empty{n}.txt").write_text("", encoding="utf-8")

    class ClosedPipe:
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

        def isatty(self) -> bool:
            return False

        def fileno(self) -> int:
            raise OSError("no file descriptor")

    monkeypatch.setattr(sys, "stderr", ClosedPipe())
    out = tmp_path / "out" / "res.jsonl"
    out.parent.mkdir()
    code = main(["brief", str(tmp_path), "--format", "jsonl", "-o", str(out), "--tagger", "none", "-q"])
    assert code == 1  # three inputs failed, as the status says even where stderr cannot
    assert [json.loads(line)["source"].endswith("good.txt") for line in out.read_text(encoding="utf-8").splitlines()] == [True]
    assert isinstance(sys.stderr, ClosedPipe)  # put back after the run


def test_an_empty_input_argument_or_stdin_twice_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    # "" was Path(""), the current directory, briefed recursively (an unset shell variable in a script).
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("भारत ने बात की। दोनों देशों ने समझौता किया।", encoding="utf-8")
    for command in ("summarize", "story"):
        code, out, err = run(capsys, command, "", "--tagger", "none")
        assert code == 2 and out == "" and "an input is empty ('')" in err
        code, out, err = run(capsys, command, "-", "-", "--tagger", "none")
        assert code == 2 and out == "" and "given more than once" in err


def test_directories_skip_hidden_folders_and_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # .git, .venv and macOS's ._ copies were briefed as articles.
    text = "भारत और अमेरिका ने रक्षा सहयोग पर बात की। दोनों देशों ने समझौते पर हस्ताक्षर किए।"
    for rel in ("news/a.txt", "news/.git/b.txt", "news/.git/.c.txt", "news/sub/.venv/lib/c.txt", "news/._a.txt",
                "news/sub/d.txt"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "summarize", str(tmp_path / "news"), "--format", "jsonl", "--tagger", "none", "-q")
    assert code == 0, err
    assert sorted(Path(json.loads(line)["source"]).name for line in out.splitlines()) == ["a.txt", "d.txt"]
    code, out, err = run(capsys, "summarize", str(tmp_path / "news"), "--glob", ".*.txt", "--format", "jsonl",
                         "--tagger", "none", "-q")
    assert [Path(json.loads(line)["source"]).name for line in out.splitlines()] == ["._a.txt"]
    # Under "**" a dotted last part names hidden files, not hidden folders (a review: "**/.*.txt" read .git).
    code, out, err = run(capsys, "summarize", str(tmp_path / "news"), "--glob", "**/.*.txt", "--format", "jsonl",
                         "--tagger", "none", "-q")
    assert [Path(json.loads(line)["source"]).name for line in out.splitlines()] == ["._a.txt"]
    # A pattern that names a hidden folder reads it (a review: '.git/*.txt' found nothing).
    code, out, err = run(capsys, "summarize", str(tmp_path / "news"), "--glob", ".git/*.txt", "--format", "jsonl",
                         "--tagger", "none", "-q")
    assert code == 0 and [Path(json.loads(line)["source"]).name for line in out.splitlines()] == ["b.txt"]
    # An iterator of paths is read once: the checks took it all before (a review).
    from hindi_brief.cli import read_inputs

    assert [Path(r.source).name for r in read_inputs(iter([str(tmp_path / "news" / "a.txt")]))] == ["a.txt"]


def test_numeric_options_are_refused_by_their_flags(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "a.txt"
    article.write_text("भारत ने बात की। दोनों देशों ने समझौता किया।", encoding="utf-8")
    for argv, says in ((["--max-words", "0"], "--max-words must be 1 or more, got 0"),
                       (["--batch-size", "0"], "--batch-size must be 1 or more, got 0"),
                       (["--ratio", "1.5"], "--ratio must be above 0 and at most 1"),
                       (["--ratio", "nan"], "--ratio must be above 0 and at most 1"),
                       (["--timeout", "0", "--n-process", "2"], "--timeout must be a positive number of seconds, got 0"),
                       (["--timeout", "5"], "--timeout needs --n-process 2 or more")):
        code, out, err = run(capsys, "brief", str(article), *argv, "--tagger", "none", "-o", str(tmp_path / "o.txt"))
        assert code == 2 and says in err, (argv, err)
        assert "None" not in err and "max_words" not in err
    assert not (tmp_path / "o.txt").exists()
    code, out, err = run(capsys, "story", str(article), "--sentences", "0", "--tagger", "none")
    assert code == 2 and "--sentences must be 1 or more, got 0" in err


def test_json_lines_without_the_text_field_say_so_once(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = tmp_path / "val.jsonl"
    rows.write_text("".join(json.dumps({"Article": "भारत ने बात की।", "Id": n}) + "\n" for n in range(50)), encoding="utf-8")
    code, out, err = run(capsys, "summarize", str(rows), "--tagger", "none")
    assert code == 1 and out == ""
    assert err.count("\n") == 2  # the file's one message, then the count
    assert "val.jsonl: no field 'text' in any of its 50 rows (fields: ['Article', 'Id']); use --text-field" in err
    code, out, err = run(capsys, "summarize", str(rows), "--text-field", "Article", "--format", "jsonl", "--tagger", "none")
    assert code == 0 and len(out.splitlines()) == 50
    # A line cut off is its own error; the rows that parsed still get the one message (a review).
    with rows.open("a", encoding="utf-8") as f:
        f.write('{"Article": "भारत ने')
    code, out, err = run(capsys, "summarize", str(rows), "--tagger", "none")
    assert code == 1 and err.count("\n") == 3 and "no field 'text' in any of its 50 rows" in err and "val.jsonl:51:" in err


def test_utf16_files_get_advice_that_converts_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "भारत और अमेरिका ने रक्षा सहयोग पर बात की। दोनों देशों ने समझौता किया।"
    (tmp_path / "bom.txt").write_bytes(text.encode("utf-16"))  # a byte-order mark, as Notepad writes it
    (tmp_path / "le.txt").write_bytes(text.encode("utf-16-le"))  # none: valid UTF-8 bytes, spaces' NULs
    code, out, err = run(capsys, "summarize", str(tmp_path), "--tagger", "none")
    assert code == 1
    assert "bom.txt: UTF-16 text, not UTF-8; convert it with iconv -f utf-16le -t utf-8" in err
    assert "le.txt: UTF-16 text, not UTF-8; convert it with iconv -f utf-16le -t utf-8" in err
    # UTF-32's byte-order mark opens like UTF-16's; a stray NUL in UTF-8 text, or binary after FF FE, is neither.
    (tmp_path / "bom.txt").write_bytes(text.encode("utf-32"))
    (tmp_path / "le.txt").write_bytes(text.encode("utf-8") + b"\x00" + text.encode("utf-8"))
    (tmp_path / "bin.txt").write_bytes(b"\xff\xfe" + bytes(range(256)) * 4)
    code, out, err = run(capsys, "summarize", str(tmp_path), "--tagger", "none")
    assert "bom.txt: UTF-32 text, not UTF-8; convert it with iconv -f utf-32le -t utf-8" in err
    assert "le.txt: a binary file (it holds NUL bytes)" in err and "bin.txt: a binary file (it holds NUL bytes)" in err
    # A picture is binary, not text in another encoding: no advice to convert it (its bytes are no UTF-8 either).
    (tmp_path / "bin.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = run(capsys, "summarize", str(tmp_path / "bin.txt"), "--tagger", "none")
    assert code == 1 and "bin.txt: a binary file (it holds NUL bytes), not text" in err and "iconv" not in err


def test_version() -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--version"])
    assert stop.value.code == 0


def test_story_takes_errors_and_quiet_and_says_when_there_is_no_article(tmp_path: Path,
                                                                         capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "a.txt"
    good.write_text("भारत और अमेरिका ने रक्षा सहयोग पर बात की। दोनों देशों ने समझौता किया।", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "story", str(tmp_path), "--tagger", "none", "-q")
    assert code == 1 and "b.txt: empty" in err and out
    code, out, err = run(capsys, "story", str(tmp_path), "--tagger", "none", "--errors", "skip")
    assert code == 0 and err == "" and out
    code, out, err = run(capsys, "story", str(tmp_path), "--tagger", "none", "--errors", "raise")
    assert code == 1 and "b.txt: empty (stopped: --errors raise)" in err and out == ""
    header = tmp_path / "h.csv"
    header.write_text("text,id\n", encoding="utf-8")
    code, out, err = run(capsys, "story", str(header), "--tagger", "none")
    assert code == 1 and "no articles in the inputs" in err and "0 of 0" not in err


def test_text_output_shows_an_articles_control_characters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # An escape sequence in an article went to the terminal as it was: it could retitle or recolour it.
    article = tmp_path / "a.txt"
    article.write_text("भारत और अमेरिका ने रक्षा सहयोग पर बात की।\x1b]0;HACKED\x07 दोनों देशों ने समझौता किया।",
                       encoding="utf-8")
    for command in ("summarize", "story"):
        code, out, err = run(capsys, command, str(article), "--tagger", "none")
        assert code == 0 and "\x1b" not in out and "\x07" not in out and "\\x1b" in out, (command, out)


# -- a third CLI review ------------------------------------------------------------------------


def test_an_input_whose_status_cannot_be_read_is_skipped_not_blamed_on_the_output(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seed000: str) -> None:
    # A name too long for the file system (Path.is_dir raises ENAMETOOLONG, where it swallows ENOENT) ended the whole
    # run with exit 2 and "cannot write the output: File name too long": the good file was not briefed.
    good = tmp_path / "good.txt"
    good.write_text(seed000, encoding="utf-8")
    long_name = str(tmp_path / ("x" * 300 + ".txt"))
    target = tmp_path / "out.jsonl"
    for output in ([], ["-o", str(target)]):
        code, out, err = run(capsys, "summarize", str(good), long_name, "--format", "jsonl", "--tagger", "none", *output)
        assert code == 1, err
        assert f"skipped {long_name}: cannot read (File name too long)" in err and "cannot write" not in err
        written = target.read_text(encoding="utf-8") if output else out
        assert [json.loads(line)["source"] for line in written.splitlines()] == [str(good)]
    # A file in a folder that cannot be entered (EACCES; made so here, as the tests may run as root), likewise.
    import errno
    import os

    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(seed000, encoding="utf-8")
    real_stat = os.stat

    def stat(path, *args, **kwargs):
        if os.fspath(path).startswith(str(locked) + os.sep):
            raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "stat", stat)
    code, out, err = run(capsys, "keywords", str(locked / "b.txt"), str(good), "--format", "jsonl", "--tagger", "none",
                         "-o", str(target))
    assert code == 1 and f"skipped {locked / 'b.txt'}: cannot read (Permission denied)" in err, err
    assert [json.loads(line)["source"] for line in target.read_text(encoding="utf-8").splitlines()] == [str(good)]


def test_a_symlinked_folder_is_named_or_with_follow_symlinks_read(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                  seed000: str, seed001: str) -> None:
    # os.walk enters no symlinked folder: one in the tree was skipped without a word, exit 0, --follow-symlinks or not.
    tree, elsewhere = tmp_path / "news", tmp_path / "elsewhere"
    (tree / "sub").mkdir(parents=True)
    (elsewhere / "deep").mkdir(parents=True)
    (tree / "a.txt").write_text(seed000, encoding="utf-8")
    (tree / "sub" / "c.txt").write_text(seed000, encoding="utf-8")
    (elsewhere / "deep" / "b.txt").write_text(seed001, encoding="utf-8")
    (tree / "linked").symlink_to(elsewhere)
    (tree / "alias").symlink_to(tree / "sub")  # inside the tree: its file is read where it is, once
    (elsewhere / "deep" / "up").symlink_to(elsewhere)  # a loop: walked for ever without a guard
    (elsewhere / "deep" / "home").symlink_to(tree)  # back into the tree: not read twice
    code, out, err = run(capsys, "keywords", str(tree), "--format", "jsonl", "--tagger", "none")
    assert code == 1
    assert [Path(json.loads(line)["source"]).relative_to(tree).as_posix() for line in out.splitlines()] == ["a.txt", "sub/c.txt"]
    assert (f"skipped {tree / 'linked'}: a symlink to the folder {elsewhere} outside {tree} (--follow-symlinks reads it)"
            in err and "1 of 3 inputs failed" in err), err
    code, out, err = run(capsys, "keywords", str(tree), "--format", "jsonl", "--tagger", "none", "--follow-symlinks")
    assert code == 0 and err == ""
    assert [Path(json.loads(line)["source"]).relative_to(tree).as_posix() for line in out.splitlines()] == [
        "a.txt", "linked/deep/b.txt", "sub/c.txt"]
    # A link to a folder that holds nothing the pattern reads (pictures) skips nothing: no message, exit 0 (a review).
    pictures = tmp_path / "pictures"
    pictures.mkdir()
    (pictures / "p.jpg").write_bytes(b"\xff\xd8")
    (elsewhere / "deep" / "b.txt").unlink()
    code, out, err = run(capsys, "keywords", str(tree), "--format", "jsonl", "--tagger", "none")
    assert code == 0 and err == "" and len(out.splitlines()) == 2, err


def test_an_output_that_is_a_symlink_loop_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                          seed000: str) -> None:
    # A review: "-o loop" with loop -> loop ended in a RuntimeError traceback.
    (tmp_path / "a.txt").write_text(seed000, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    code, out, err = run(capsys, "keywords", str(tmp_path / "a.txt"), "--tagger", "none", "-o", str(tmp_path / "loop"))
    assert code == 2 and "cannot write" in err and "Traceback" not in err, err


def test_a_skipped_input_is_named_on_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # A review: stderr named skipped files as written, so a line break in a name split the message.
    (tmp_path / "bad\nname.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(tmp_path), "--tagger", "none")
    assert code == 1 and "bad\\x0aname.txt" in err and "bad\nname" not in err, err


def test_story_dates_go_to_the_articles_in_path_order(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      seed000: str, seed001: str) -> None:
    # A folder's problems came before all its files, and --date counted them as articles: "given 3 times for 4
    # articles" for three, and with 4 dates each article got the date of the one before. A file that cannot be read
    # is no article; one that is read but holds none (empty) keeps its place, as among the inputs given.
    (tmp_path / "a.txt").write_text(seed000, encoding="utf-8")
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "c.txt").write_text(seed001, encoding="utf-8")
    (tmp_path / "d.txt").write_text("", encoding="utf-8")
    target = tmp_path / "story.json"
    code, out, err = run(capsys, "story", str(tmp_path), "--tagger", "none", "--format", "json", "-o", str(target),
                         "--date", "2025-03-01", "--date", "2025-01-01", "--date", "2025-02-01")
    assert code == 1 and f"skipped {tmp_path / 'b.txt'}: a broken symlink" in err, err
    assert f"skipped {tmp_path / 'd.txt'}: empty" in err
    articles = json.loads(target.read_text(encoding="utf-8"))["articles"]
    assert [(Path(a["name"]).name, a["date"], a["index"]) for a in articles] == [
        ("c.txt", "2025-01-01", 1), ("a.txt", "2025-03-01", 0)]
    for dates, says in ((["2025-03-01"], "--date given once for 3 articles"),
                        (["2025-03-01"] * 4, "--date given 4 times for 3 articles")):
        code, out, err = run(capsys, "story", str(tmp_path), "--tagger", "none", *(f"--date={d}" for d in dates))
        assert code == 2 and out == "" and says in err, err
    # A value that is no date is named by the flag (the library's message names its parameter and Python's types).
    code, out, err = run(capsys, "story", str(tmp_path), "--tagger", "none", "--date", "", "--date", "2025-13-01",
                         "--date", "2025-02-01")
    assert code == 2 and out == "" and "--date '2025-13-01' is not a date" in err and "datetime" not in err, err


def _stdout_without_reader():
    """A pipe on standard output whose reader has gone (``| true``, ``| head`` done reading)."""
    import os

    def make() -> None:
        read_end, write_end = os.pipe()
        os.dup2(write_end, 1)
        os.close(read_end)
        os.close(write_end)

    return make


def test_a_closed_stdout_pipe_keeps_the_status_of_failed_inputs(tmp_path: Path, seed000: str) -> None:
    # `hindi-brief summarize dir | true` exited 0 though inputs had failed and were named on stderr.
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(seed000, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    for argv, status in ((["summarize", "."], 1), (["story", "."], 1), (["summarize", ".", "--errors", "skip"], 0),
                         (["summarize", "a.txt"], 0)):
        proc = subprocess.run([sys.executable, "-m", "hindi_brief", *argv, "--tagger", "none"], stdout=None,
                              stderr=subprocess.PIPE, preexec_fn=_stdout_without_reader(), cwd=tmp_path, check=False)
        err = proc.stderr.decode("utf-8")
        assert proc.returncode == status, (argv, err)
        assert "Traceback" not in err and "Exception ignored" not in err


def test_a_file_name_with_a_line_break_stays_on_its_header_line(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                 seed000: str) -> None:
    # A line feed in a file name split text output's "== name ==" line: "b.txt ==" read as the headline.
    for name in ("a\nb.txt", "c\rd.txt", "e\tf.txt"):
        (tmp_path / name).write_text(seed000, encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(tmp_path), "--tagger", "none")
    assert code == 0, err
    headers = [line for line in out.splitlines() if line.startswith("== ")]
    assert [Path(h[3:-3]).name for h in headers] == ["a\\x0ab.txt", "c\\x0dd.txt", "e\\x09f.txt"], out
    assert all(h.endswith(" ==") for h in headers) and "\r" not in out and "\t" not in out
    code, out, err = run(capsys, "story", str(tmp_path / "a\nb.txt"), "--tagger", "none")
    assert code == 0 and out.splitlines()[1].endswith(f"({tmp_path / 'a'}\\x0ab.txt)"), out  # the timeline's line
    # JSON has its own escapes: the name is the file's.
    code, out, err = run(capsys, "story", str(tmp_path / "a\nb.txt"), "--tagger", "none", "--format", "json")
    assert json.loads(out)["articles"][0]["name"] == str(tmp_path / "a\nb.txt")


def test_a_symlinked_folder_is_peeked_as_follow_symlinks_would_read_it(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                                        seed000: str) -> None:
    # A review: the peek into a symlinked folder did not follow a link inside it, nor read hidden files a pattern
    # names, so such a folder was passed over although --follow-symlinks reads a file in it.
    tree, outside, deeper = tmp_path / "news", tmp_path / "outside", tmp_path / "deeper"
    for folder in (tree, outside, deeper):
        folder.mkdir()
    (tree / "a.txt").write_text(seed000, encoding="utf-8")
    (deeper / "secret.txt").write_text(seed000, encoding="utf-8")
    (outside / "inner").symlink_to(deeper)
    (tree / "linked").symlink_to(outside)
    code, out, err = run(capsys, "keywords", str(tree), "--tagger", "none", "--glob", "**/*.txt")
    assert code == 1 and f"skipped {tree / 'linked'}" in err, err
    (deeper / "secret.txt").rename(deeper / ".secret.txt")
    code, out, err = run(capsys, "keywords", str(tree), "--tagger", "none", "--glob", "**/.*.txt")
    assert code == 1 and f"skipped {tree / 'linked'}" in err, err
    code, out, err = run(capsys, "keywords", str(tree), "--tagger", "none", "--glob", "**/*.txt")
    assert code == 0 and err == "", err


def test_inputs_listed_in_a_file_or_on_standard_input(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      seed000: str, seed001: str) -> None:
    # More files than a command line holds, or a list from find: --files-from reads one path a line.
    (tmp_path / "a b.txt").write_text(seed000, encoding="utf-8")  # a name with a space keeps it
    (tmp_path / "c.txt").write_text(seed001, encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_text(f"{tmp_path / 'a b.txt'}\r\n\n{tmp_path / 'c.txt'}\n", encoding="utf-8")
    code, out, err = run(capsys, "keywords", "--files-from", str(listing), "--tagger", "none", "--format", "jsonl")
    assert code == 0 and err == ""
    assert [json.loads(line)["source"] for line in out.splitlines()] == [str(tmp_path / "a b.txt"), str(tmp_path / "c.txt")]
    direct = run(capsys, "keywords", str(tmp_path / "a b.txt"), str(tmp_path / "c.txt"), "--tagger", "none", "--format", "jsonl")
    assert direct[1] == out
    # Usage errors: a list that cannot be read, one that names nothing, standard input as both list and article.
    code, out, err = run(capsys, "summarize", "--files-from", str(tmp_path / "missing.txt"), "--tagger", "none")
    assert code == 2 and "cannot read the list of inputs" in err
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    code, out, err = run(capsys, "story", "--files-from", str(tmp_path / "empty.txt"), "--tagger", "none")
    assert code == 2 and "names none" in err
    code, out, err = run(capsys, "summarize", "-", "--files-from", "-", "--tagger", "none")
    assert code == 2 and "cannot be an article" in err
    # Windows PowerShell's ">" writes UTF-16 with a byte-order mark: read as such (it was taken for -print0).
    listing.write_bytes(f"{tmp_path / 'a b.txt'}\r\n{tmp_path / 'c.txt'}\r\n".encode("utf-16"))
    code, out, err = run(capsys, "keywords", "--files-from", str(listing), "--tagger", "none", "--format", "jsonl")
    assert code == 0 and [json.loads(line)["source"] for line in out.splitlines()] == [
        str(tmp_path / "a b.txt"), str(tmp_path / "c.txt")], err
    # find -print0 writes NUL between the names: refused as a list, not a ValueError that loses the good files.
    listing.write_bytes(f"{tmp_path / 'a b.txt'}\0{tmp_path / 'c.txt'}\0".encode())
    code, out, err = run(capsys, "keywords", "--files-from", str(listing), "--tagger", "none")
    assert code == 2 and out == "" and "holds NUL bytes" in err and "-print0" in err


def test_inputs_listed_on_standard_input_as_a_subprocess(tmp_path: Path, seed000: str) -> None:
    import subprocess
    import sys

    (tmp_path / "a.txt").write_text(seed000, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "hindi_brief", "keywords", "--files-from", "-", "--tagger", "none",
                           "--format", "jsonl"], input=f"{tmp_path / 'a.txt'}\n", capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert [json.loads(line)["source"] for line in done.stdout.splitlines()] == [str(tmp_path / "a.txt")]
