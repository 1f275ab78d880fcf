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

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


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
    code, out, err = run(capsys, "summarize", str(tmp_path), "--format", "jsonl")
    assert code == 1
    names = sorted(Path(json.loads(line)["source"]).name for line in out.splitlines())
    assert names == sorted(["bom.txt", *(p.name for p in SEEDS.glob("*.txt"))])
    assert "latin1.txt: not UTF-8" in err and "empty.txt: empty" in err
    assert "2 of 5 inputs failed" in err


def test_csv_and_jsonl_keep_their_other_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seed = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    with open(tmp_path / "news.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["Id", "Article"])
        w.writerow(["a1", seed])
        w.writerow(["a2", ""])
    code, out, err = run(capsys, "keywords", str(tmp_path / "news.csv"), "--text-field", "Article", "--format", "csv")
    assert code == 1 and "news.csv:3" in err
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
