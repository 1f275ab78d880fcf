"""Shared fixtures: the seed articles and, when present, the project's shared data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``hindi-brief ARGV`` in this process: the exit status, standard output and standard error."""
    from hindi_brief.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stopped_run_rows(tmp_path: Path) -> Path:
    """``news.jsonl`` in ``tmp_path``: the seeds three times over as rows ``{"id", "text"}``, for the tests that stop
    a run after its second brief."""
    import json

    rows = tmp_path / "news.jsonl"
    texts = [p.read_text(encoding="utf-8") for p in SEEDS] * 3
    rows.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) for i, t in enumerate(texts)), encoding="utf-8")
    return rows


def progress_stopped_after_two(stop):
    """A stand-in for ``cli._progress`` that calls ``stop()`` (raise Ctrl-C, send SIGTERM) before the third item."""

    def progress(items, total, quiet):
        for n, item in enumerate(items):
            if n == 2:
                stop()
            yield item

    return progress


def assert_stopped_run(capsys: pytest.CaptureFixture[str], tmp_path: Path, rows: Path, status: int, word: str) -> None:
    """A run over ``rows`` stopped after two briefs exits with ``status``, says ``word``, leaves a JSON output as it
    was and keeps a JSONL output's complete lines, and leaves no temporary file."""
    import json

    for fmt in ("json", "jsonl"):
        target = tmp_path / f"out.{fmt}"
        target.write_text("old\n", encoding="utf-8")
        code, out, err = run_cli(capsys, "brief", str(rows), "--format", fmt, "-o", str(target), "--tagger", "none")
        assert code == status and word in err
        written = target.read_text(encoding="utf-8")
        if fmt == "json":
            assert written == "old\n"  # left as it was
        else:  # the complete lines written before the stop
            assert [json.loads(line)["fields"]["id"] for line in written.splitlines()] == [0, 1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["news.jsonl", "out.json", "out.jsonl"]  # no temporary file


def benchmark_module(name: str):
    """The script ``benchmarks/<name>.py`` loaded as a module (registered under ``name``: a dataclass of the
    module looks its module up in ``sys.modules``)."""
    import importlib.util
    import sys

    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def shared_data_dir() -> Path | None:
    """``$HINDI_BRIEF_DATA`` or ``../shared/data`` beside the repository; ``None`` when absent (a user's clone)."""
    env = os.environ.get("HINDI_BRIEF_DATA")
    path = Path(env) if env else ROOT.parent / "shared" / "data"
    return path if path.is_dir() else None


@pytest.fixture(scope="session")
def seed_texts() -> list[str]:
    assert len(SEEDS) == 2, "seeds/ must hold the two seed articles"
    return [p.read_text(encoding="utf-8") for p in SEEDS]


@pytest.fixture(scope="session")
def seed000(seed_texts: list[str]) -> str:
    return seed_texts[0]


@pytest.fixture(scope="session")
def seed001(seed_texts: list[str]) -> str:
    return seed_texts[1]


@pytest.fixture(scope="session")
def data_dir() -> Path:
    path = shared_data_dir()
    if path is None:
        pytest.skip("shared data not found (set HINDI_BRIEF_DATA or place it at ../shared/data); CI has it")
    return path


# -- hypothesis profiles (tests/test_fuzz.py) ------------------------------------------------
# "ci" (default): a quick, derandomised run so the normal suite stays fast and repeatable.
# "long": the long fuzz run, >= 10,000 examples per property, documented in docs/reliability.md:
#     HYPOTHESIS_PROFILE=long python -m pytest tests/test_fuzz.py -p no:cacheprovider -q
from hypothesis import HealthCheck, settings  # noqa: E402

_FUZZ_HEALTH = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True, suppress_health_check=_FUZZ_HEALTH, print_blob=True)
settings.register_profile("long", max_examples=10_000, deadline=None, suppress_health_check=_FUZZ_HEALTH, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
