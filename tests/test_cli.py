"""The hindi-brief command on the seeds, stdin, CSV/JSONL and broken files."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hindi_brief.cli import main
from conftest import assert_stopped_run, progress_stopped_after_two, stopped_run_rows
from conftest import run_cli as run

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def test_brief_seeds_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "brief", str(SEEDS), "--format", "jsonl", "--sentences", "2", "--top", "5")
    assert code == 0, err
    lines = [json.loads(line) for line in out.splitlines()]
    assert len(lines) == 2
    assert [Path(x["source"]).name for x in lines] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for item in lines:
        assert len(item["summary"]["sentences"]) == 2
        assert len(item["keywords"]) == 5
        text = (ROOT / item["source"]).read_text(encoding="utf-8") if not Path(item["source"]).is_absolute() else Path(item["source"]).read_text(encoding="utf-8")
        for sent in item["summary"]["sentences"]:
            assert text[sent["start"]:sent["end"]] == sent["text"]


def test_json_items_say_how_much_of_the_text_is_hindi(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Brief.to_dict has the share of Devanagari letters, which flags a brief of text that is mostly not Hindi; the
    # CLI's items left it out, so an English article's first-sentences summary looked like any other.
    (tmp_path / "en.txt").write_text("The minister met farmers on Monday. He promised new support.\n", encoding="utf-8")
    shutil.copy(next(SEEDS.glob("000_*.txt")), tmp_path / "hi.txt")
    code, out, err = run(capsys, "summarize", str(tmp_path), "--format", "json", "--tagger", "none")
    assert code == 0, err
    ratios = {Path(x["source"]).name: (x["hindi_ratio"], x["tagger"]) for x in json.loads(out)}
    assert ratios["en.txt"] == (0.0, None) and ratios["hi.txt"][0] > 0.9  # untagged: no tagger


def test_summarize_from_stdin_as_a_subprocess() -> None:
    data = b"".join(p.read_bytes() for p in sorted(SEEDS.glob("*.txt")))
    proc = subprocess.run(
        [sys.executable, "-m", "hindi_brief", "summarize", "-", "--sentences", "3"],
        input=data, capture_output=True, check=False,
    )
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode("utf-8")
    assert out.startswith("== <stdin> ==")
    assert "रक्षा" in out
    assert proc.stderr == b""  # no progress bar when stderr is not a terminal


def test_broken_files_are_reported_and_skipped(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "latin1.txt").write_bytes("सरकार".encode("utf-8")[:4] + b"\xff\xfe caf\xe9")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + "सरकार ने नई योजना शुरू की।".encode("utf-8"))
    (tmp_path / "zeros.txt").write_bytes(b"\x00" * 200)  # valid UTF-8: it was briefed, empty, with exit status 0
    code, out, err = run(capsys, "summarize", str(tmp_path), "--format", "jsonl")
    assert code == 1
    names = sorted(Path(json.loads(line)["source"]).name for line in out.splitlines())
    assert names == sorted(["bom.txt", *(p.name for p in SEEDS.glob("*.txt"))])
    assert "latin1.txt: not UTF-8" in err and "empty.txt: empty" in err
    assert "zeros.txt: a binary file (it holds NUL bytes), not text" in err
    assert "3 of 6 inputs failed" in err


def test_csv_and_jsonl_keep_their_other_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    with open(tmp_path / "news.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Id", "Article"])
        w.writerow(["a1", seed])
        w.writerow(["a2", ""])
    code, out, err = run(capsys, "keywords", str(tmp_path / "news.csv"), "--text-field", "Article", "--format", "csv")
    # Named by the line the row starts on (the article before it spans several).
    line = next(n for n, text in enumerate((tmp_path / "news.csv").read_text(encoding="utf-8").split("\n"), 1)
                if text.startswith("a2,"))
    assert code == 1 and f"news.csv:{line}: field 'Article'" in err and line > 3
    rows = list(csv.DictReader(io.StringIO(out)))
    assert len(rows) == 1 and rows[0]["Id"] == "a1" and "राजनाथ सिंह" in rows[0]["keywords"]

    (tmp_path / "news.jsonl").write_text(
        json.dumps({"id": 7, "text": seed}, ensure_ascii=False) + "\n{broken\n", encoding="utf-8"
    )
    code, out, err = run(capsys, "brief", str(tmp_path / "news.jsonl"), "--format", "json")
    assert code == 1 and "news.jsonl:2: not valid JSON" in err
    items = json.loads(out)
    assert len(items) == 1 and items[0]["fields"] == {"id": 7}


def test_text_output_and_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.txt"
    code, out, err = run(capsys, "brief", str(next(SEEDS.glob("001_*.txt"))), "-o", str(target), "--max-words", "40")
    assert code == 0 and out == ""
    written = target.read_text(encoding="utf-8")
    assert written.startswith("== ") and "कीवर्ड:" in written


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["summarize", "--sentences", "2", "--ratio", "0.5", str(SEEDS)])
    assert exc.value.code == 2
    code, out, err = run(capsys, "summarize", str(SEEDS), "--sentences", "0")
    assert code == 2 and "sentences" in err


@pytest.mark.parametrize(("argv", "usage", "hint"), [
    (["keywords", "--sentences", "2"], "hindi-brief keywords", "--sentences is an option of summarize, brief and story"),
    (["summarize", "--top=3"], "hindi-brief summarize", "--top is an option of keywords, brief and story"),
    (["story", "--ratio", "0.2"], "hindi-brief story", "--ratio is an option of summarize and brief"),
    (["brief", "--no-such-flag"], "hindi-brief brief", "unrecognized arguments: --no-such-flag"),
    # An abbreviation reads as in the commands that take the option (a review: `--sent` was only "unrecognized", and
    # `keywords --max 5` became --max-chars 5, where it had been ambiguous).
    (["keywords", "--sent", "2"], "hindi-brief keywords", "keywords takes no --sentences (--sentences is an option of"),
    (["keywords", "--max", "5"], "hindi-brief keywords", "ambiguous option: --max could match --max-words, --max-chars"),
    # An option before the command is hindi-brief's own (a review: it was blamed on the command it came before).
    (["--quiet", "summarize"], "hindi-brief [-h]", "a command's options go after it: hindi-brief summarize --quiet"),
])
def test_an_option_the_command_does_not_use_is_refused_with_its_usage(
        argv: list[str], usage: str, hint: str, capsys: pytest.CaptureFixture[str]) -> None:
    # Accepted silently before: `keywords --sentences 2` printed keywords as if the length had been heard.
    with pytest.raises(SystemExit) as exc:
        main([*argv, str(SEEDS)])
    err = capsys.readouterr().err
    assert exc.value.code == 2
    assert err.startswith("usage: " + usage) and hint in err


@pytest.mark.parametrize("command", ["summarize", "keywords", "brief", "download"])
def test_help_has_hindi_examples(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main([command, "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out and "hindi-brief " + command in out


def test_error_policies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "a_empty.txt").write_text("", encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(tmp_path), "--format", "jsonl", "--errors", "skip")
    assert code == 0 and err == "" and len(out.splitlines()) == 2
    code, out, err = run(capsys, "keywords", str(tmp_path), "--format", "jsonl", "--errors", "raise")
    assert code == 1 and out == "" and "a_empty.txt: empty" in err and "--errors raise" in err


# -- data safety (issue #16) ------------------------------------------------------------------


def test_a_bad_option_leaves_an_existing_output_alone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "briefs.jsonl"
    target.write_text('{"old": 1}\n', encoding="utf-8")
    code, out, err = run(capsys, "brief", str(SEEDS), "-o", str(target), "--batch-size", "0", "--tagger", "none")
    assert code == 2 and "--batch-size must be 1 or more, got 0" in err
    assert target.read_text(encoding="utf-8") == '{"old": 1}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefs.jsonl"]  # no temporary file left


def test_an_output_that_is_an_input_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str) -> None:
    article = tmp_path / "in.txt"
    article.write_text(seed000, encoding="utf-8")
    code, out, err = run(capsys, "brief", str(article), str(tmp_path / "missing.txt"), "-o", str(article), "--errors", "raise")
    assert code == 2 and "also an input" in err
    assert article.read_text(encoding="utf-8") == seed000
    code, out, err = run(capsys, "brief", str(tmp_path), "-o", str(tmp_path / "briefs.txt"))
    assert code == 2 and "inside the input directory" in err


def test_the_output_is_replaced_only_when_the_run_ends(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    import hindi_brief.cli as cli

    def interrupt() -> None:
        raise KeyboardInterrupt

    rows = stopped_run_rows(tmp_path)
    monkeypatch.setattr(cli, "_progress", progress_stopped_after_two(interrupt))
    assert_stopped_run(capsys, tmp_path, rows, 130, "interrupted")


def test_a_csv_field_longer_than_the_csv_module_allows(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str) -> None:
    long_article = (seed000 + "\n\n") * (140_000 // len(seed000) + 1)
    assert len(long_article) > 131_072
    with open(tmp_path / "news.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Id", "Article"])
        w.writerows([["long", long_article], ["short", seed000]])
    code, out, err = run(capsys, "keywords", str(tmp_path / "news.csv"), "--text-field", "Article",
                         "--format", "jsonl", "--tagger", "none")
    assert code == 0, err
    assert [json.loads(line)["fields"]["Id"] for line in out.splitlines()] == ["long", "short"]


def test_bad_json_values_are_their_rows_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str) -> None:
    lines = [
        json.dumps({"id": 0, "text": seed000}, ensure_ascii=False),
        '{"id": 1, "text": "x", "deep": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"id": 2, "text": "x", "big": ' + "7" * 5_000 + "}",
        # U+2028, NEL and U+001C are written raw by json.dumps(ensure_ascii=False): one row each.
        json.dumps({"id": 3, "text": seed000 + "\u2028अंत\x85।\x1c"}, ensure_ascii=False),
        json.dumps({"id": 4, "text": seed000}, ensure_ascii=False),
    ]
    (tmp_path / "rows.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, err = run(capsys, "brief", str(tmp_path / "rows.jsonl"), "--format", "jsonl", "--tagger", "none")
    assert code == 1
    assert [json.loads(line)["fields"]["id"] for line in out.splitlines()] == [0, 3, 4]
    assert "rows.jsonl:2: not valid JSON" in err and "rows.jsonl:3: not valid JSON" in err
    assert "2 of 5 inputs failed" in err


def test_closed_stdin_and_unwritable_output_are_one_line_errors(tmp_path: Path) -> None:
    import os

    proc = subprocess.run([sys.executable, "-m", "hindi_brief", "summarize", "-", "--tagger", "none"],
                          capture_output=False, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          preexec_fn=lambda: os.close(0), check=False)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1 and "standard input" in err, err
    proc = subprocess.run([sys.executable, "-m", "hindi_brief", "brief", str(SEEDS), "--tagger", "none",
                           "-o", str(tmp_path / "no" / "such" / "dir" / "out.jsonl")], capture_output=True, check=False)
    err = proc.stderr.decode()
    assert proc.returncode == 2 and err.count("\n") == 1 and "cannot write" in err, err


def test_directories_stay_inside_and_report_what_they_skip(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           seed000: str) -> None:
    import os

    outside = tmp_path / "secret.txt"
    outside.write_text(seed000, encoding="utf-8")
    tree = tmp_path / "articles"
    tree.mkdir()
    (tree / "a.txt").write_text(seed000, encoding="utf-8")
    (tree / "inside.txt").symlink_to(tree / "a.txt")
    (tree / "escape.txt").symlink_to(outside)
    (tree / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tree / "pipe.txt")
    code, out, err = run(capsys, "keywords", str(tree), "--format", "jsonl", "--tagger", "none")
    assert code == 1
    assert sorted(Path(json.loads(line)["source"]).name for line in out.splitlines()) == ["a.txt", "inside.txt"]
    assert "escape.txt: a symlink" in err and "--follow-symlinks" in err and "skipped, " not in err
    assert "dangling.txt: a broken symlink" in err and "pipe.txt: not a regular file" in err
    code, out, err = run(capsys, "keywords", str(tree), "--format", "jsonl", "--tagger", "none", "--follow-symlinks")
    assert sorted(Path(json.loads(line)["source"]).name for line in out.splitlines()) == ["a.txt", "escape.txt", "inside.txt"]


def test_csv_output_cells_cannot_be_formulas(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str) -> None:
    with open(tmp_path / "news.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Id", "Article", "=cmd"])
        w.writerow(['=HYPERLINK("http://example.com","x")', seed000, "+1"])
    code, out, err = run(capsys, "keywords", str(tmp_path / "news.csv"), "--text-field", "Article",
                         "--format", "csv", "--tagger", "none")
    assert code == 0, err
    row = next(csv.DictReader(io.StringIO(out)))
    assert row["Id"] == "'=HYPERLINK(\"http://example.com\",\"x\")" and row["'=cmd"] == "'+1"
    assert row["keywords"] and not row["keywords"].startswith("'")
    # A JSON number is no formula and stays a number (it was "'-5"); a JSON string that looks like one is guarded.
    rows = [{"text": seed000, "n": -5, "f": -0.5, "s": "-5", "b": False}]
    (tmp_path / "news.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    code, out, err = run(capsys, "keywords", str(tmp_path / "news.jsonl"), "--format", "csv", "--tagger", "none")
    row = next(csv.DictReader(io.StringIO(out)))
    assert code == 0 and (row["n"], row["f"], row["s"], row["b"]) == ("-5", "-0.5", "'-5", "false"), row


def test_csv_output_keeps_the_fields_of_every_row(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str) -> None:
    other = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    rows = [{"id": 1, "text": seed000}, {"id": 2, "text": other, "url": "https://example.in/रक्षा", "tags": ["रक्षा", "अमेरिका"]}]
    (tmp_path / "news.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    code, out, err = run(capsys, "summarize", str(tmp_path / "news.jsonl"), "--format", "csv", "--tagger", "none")
    assert code == 0, err
    reader = csv.DictReader(io.StringIO(out))
    assert reader.fieldnames == ["source", "headline", "summary", "id", "url", "tags"]
    got = list(reader)
    assert [(r["id"], r["url"], r["tags"]) for r in got] == [("1", "", ""), ("2", "https://example.in/रक्षा", '["रक्षा", "अमेरिका"]')]
    # A plain text file first (no fields), then a CSV: the CSV's columns are still written.
    article = tmp_path / "a.txt"
    article.write_text(other, encoding="utf-8")
    with open(tmp_path / "news.csv", "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["Id", "text", "लेखक"], ["c1", seed000, "संवाददाता"]])
    code, out, err = run(capsys, "keywords", str(article), str(tmp_path / "news.csv"), "--format", "csv", "--tagger", "none")
    assert code == 0, err
    got = list(csv.DictReader(io.StringIO(out)))
    assert [(r["Id"], r["लेखक"]) for r in got] == [("", ""), ("c1", "संवाददाता")]


def test_csv_output_keeps_input_fields_named_like_its_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               seed000: str) -> None:
    with open(tmp_path / "news.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source", "headline", "Article", "summary", "keywords", "fields.keywords"])
        w.writerow(["दैनिक समाचार", "संपादक का शीर्षक", seed000, "संपादक का सार", "रक्षा; अमेरिका", "पुराने"])
    code, out, err = run(capsys, "brief", str(tmp_path / "news.csv"), "--text-field", "Article", "--format", "csv",
                         "--tagger", "none")
    assert code == 0, err
    reader = csv.DictReader(io.StringIO(out))
    assert reader.fieldnames == ["source", "headline", "summary", "keywords", "fields.source", "fields.headline",
                                 "fields.summary", "fields.fields.keywords", "fields.keywords"]
    row = next(reader)
    assert row["source"].endswith("news.csv:2") and "राजनाथ" in row["headline"] and row["summary"] != "संपादक का सार"
    assert (row["fields.source"], row["fields.headline"], row["fields.summary"]) == ("दैनिक समाचार", "संपादक का शीर्षक", "संपादक का सार")
    assert (row["fields.fields.keywords"], row["fields.keywords"]) == ("रक्षा; अमेरिका", "पुराने")
    # JSON output keeps the same fields under "fields", by their own names.
    code, out, err = run(capsys, "brief", str(tmp_path / "news.csv"), "--text-field", "Article", "--format", "json",
                         "--tagger", "none")
    assert json.loads(out)[0]["fields"]["summary"] == "संपादक का सार"


def test_max_chars_and_timeout_options(tmp_path) -> None:
    from hindi_brief.cli import main

    long_one = tmp_path / "long.txt"
    long_one.write_text("भारत ने बात की। " * 200, encoding="utf-8")
    short = tmp_path / "short.txt"
    short.write_text("भारत और अमेरिका ने रक्षा सहयोग पर बात की। दोनों देशों ने समझौता किया।", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    # The long article is refused as that input's error; the short one is briefed.
    assert main(["brief", str(long_one), str(short), "--max-chars", "1000", "--format", "jsonl", "-o", str(out), "-q"]) == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert main(["brief", str(long_one), "--max-chars", "0", "--format", "jsonl", "-o", str(out), "-q"]) == 0
    # A time limit needs worker processes: refused before anything is written.
    assert main(["brief", str(short), "--timeout", "5", "-o", str(tmp_path / "x.jsonl"), "-q"]) == 2
    assert not (tmp_path / "x.jsonl").exists()
    assert main(["brief", str(short), "--timeout", "60", "--n-process", "2", "--format", "jsonl", "-o", str(out), "-q"]) == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1


# -- outputs that are not regular files (found by a review) ------------------------------------


def test_an_output_fifo_is_written_not_replaced(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str) -> None:
    import os
    import stat
    import threading

    article = tmp_path / "लेख.txt"
    article.write_text(seed000, encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    # A daemon thread: should the FIFO be replaced, its open() waits for ever and the test fails below.
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    code, out, err = run(capsys, "brief", str(article), "--format", "jsonl", "-o", str(fifo), "--tagger", "none")
    reader.join(timeout=60)
    assert code == 0, err
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert not reader.is_alive() and received, "the reader of the FIFO got nothing"
    assert "राजनाथ" in json.loads(received[0].decode("utf-8"))["headline"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe", "लेख.txt"]  # no temporary file left


def test_an_output_symlink_is_followed(tmp_path: Path, capsys: pytest.CaptureFixture[str], seed000: str) -> None:
    article = tmp_path / "लेख.txt"
    article.write_text(seed000, encoding="utf-8")
    real = tmp_path / "data" / "briefs.jsonl"
    real.parent.mkdir()
    real.write_text('{"old": 1}\n', encoding="utf-8")
    real.chmod(0o640)
    link = tmp_path / "latest.jsonl"
    link.symlink_to(Path("data") / "briefs.jsonl")  # relative, as `ln -s` usually makes them
    code, out, err = run(capsys, "brief", str(article), "--format", "jsonl", "-o", str(link), "--tagger", "none")
    assert code == 0, err
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert "राजनाथ" in json.loads(real.read_text(encoding="utf-8"))["headline"]
    assert real.stat().st_mode & 0o777 == 0o640
    # A link to a file not there yet makes that file, and the link is kept.
    dangling = tmp_path / "next.jsonl"
    dangling.symlink_to(tmp_path / "data" / "new.jsonl")
    code, out, err = run(capsys, "keywords", str(article), "--format", "jsonl", "-o", str(dangling), "--tagger", "none")
    assert code == 0, err
    assert dangling.is_symlink() and "keywords" in json.loads((tmp_path / "data" / "new.jsonl").read_text(encoding="utf-8"))
    assert sorted(p.name for p in real.parent.iterdir()) == ["briefs.jsonl", "new.jsonl"]


def test_dev_null_as_output_stays_a_device(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
                                           seed000: str) -> None:
    import os
    import stat

    real_replace = os.replace

    def no_replace_in_dev(src, dst, *args, **kwargs):
        # Run as root, a regression would put a regular file in place of /dev/null: refuse it here instead.
        if os.path.realpath(dst).startswith("/dev/"):
            raise AssertionError(f"os.replace onto {dst}")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", no_replace_in_dev)
    for fmt in ("text", "json", "jsonl", "csv"):
        code, out, err = run(capsys, "brief", str(next(SEEDS.glob("000_*.txt"))), "--format", fmt, "-o", "/dev/null",
                             "--tagger", "none")
        assert code == 0 and out == "" and err == "", err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    code, out, err = run(capsys, "story", *map(str, sorted(SEEDS.glob("*.txt"))), "-o", "/dev/null", "--tagger", "none")
    assert code == 0, err
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
