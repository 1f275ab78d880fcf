"""Batches never lose the good documents: error policies, input order, worker processes, the CLI."""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import pytest

from hindi_brief import BatchError, Document, HindiBriefError, InvalidInputError
from hindi_brief.cli import main
from strategies import has_rank, make_articles, pipeline

N_TEXTS, N_BAD = 1000, 50
HTML_PAGE = "<!DOCTYPE html><html><head><title>ख़बर</title></head><body><p>पहला वाक्य।</p></body></html>"
BAD_KINDS = [None, b"\xe0\xa4\x95", 42, ["पहला वाक्य।"], HTML_PAGE]


def batch_with_bad_ones(n: int = N_TEXTS, n_bad: int = N_BAD) -> tuple[list[object], set[int]]:
    """``n`` texts of which ``n_bad`` (every ``n // n_bad``-th, cycling through ``BAD_KINDS``) are bad."""
    texts: list[object] = list(make_articles(n))
    step = n // n_bad
    bad = {i * step + 7 for i in range(n_bad)}
    for k, i in enumerate(sorted(bad)):
        texts[i] = BAD_KINDS[k % len(BAD_KINDS)]
    return texts, bad


@pytest.fixture(scope="module")
def batch() -> tuple[list[object], set[int]]:
    return batch_with_bad_ones()


def test_collect_returns_every_good_document_and_an_error_record_per_bad_one(batch) -> None:
    texts, bad = batch
    out = list(pipeline().pipe(texts, errors="collect", batch_size=64))
    assert len(out) == N_TEXTS
    errors = [x for x in out if isinstance(x, BatchError)]
    docs = [x for x in out if isinstance(x, Document)]
    assert len(docs) == N_TEXTS - N_BAD and len(errors) == N_BAD
    # In input order: each position holds its own text's result.
    for i, x in enumerate(out):
        if i in bad:
            assert isinstance(x, BatchError) and x.index == i and x.error == "InvalidInputError" and x.message
        else:
            assert isinstance(x, Document) and x.text is texts[i]
    assert {e.message.split(";")[0] for e in errors} >= {"text is None", "text is bytes", "text must be a str, got int"}
    assert json.loads(json.dumps(errors[0].to_dict()))["index"] == min(bad)


def test_skip_and_raise(batch) -> None:
    texts, bad = batch
    skipped = list(pipeline().pipe(texts, errors="skip", batch_size=100))
    assert [d.text for d in skipped] == [t for i, t in enumerate(texts) if i not in bad]
    with pytest.raises(InvalidInputError):
        list(pipeline().pipe(texts, errors="raise"))
    # raise (the default) still yields the good documents before the first bad one
    it = pipeline().pipe(texts, batch_size=1)
    assert [next(it).text for _ in range(min(bad))] == texts[: min(bad)]
    with pytest.raises(InvalidInputError):
        next(it)


@pytest.mark.skipif(not has_rank(), reason="hindi_brief.rank (briefs) is not in this checkout yet")
def test_pipe_briefs_collect_keeps_950_briefs_and_50_errors_in_order(batch) -> None:
    texts, bad = batch
    out = list(pipeline().pipe_briefs(texts, errors="collect", batch_size=64, sentences=2, top=5))
    assert len(out) == N_TEXTS
    assert [i for i, x in enumerate(out) if isinstance(x, BatchError)] == sorted(bad)
    assert [x.index for x in out if isinstance(x, BatchError)] == sorted(bad)
    good = [(i, x) for i, x in enumerate(out) if not isinstance(x, BatchError)]
    assert len(good) == N_TEXTS - N_BAD
    for i, brief in good[::50]:
        assert brief.document.text is texts[i]
        assert brief == pipeline().brief(texts[i], sentences=2, top=5)
    skipped = list(pipeline().pipe_briefs(texts[:200], errors="skip", sentences=2, top=5))
    assert [b.document.text for b in skipped] == [t for i, t in enumerate(texts[:200]) if i not in bad]


def test_two_processes_give_the_same_results_as_one(batch) -> None:
    texts, _ = batch
    texts = texts[:300]
    serial = list(pipeline().pipe(texts, errors="collect", batch_size=16))
    parallel = list(pipeline().pipe(texts, errors="collect", batch_size=16, n_process=2))
    assert parallel == serial
    if has_rank():
        serial_b = [x if isinstance(x, BatchError) else x.to_dict(document=True)
                    for x in pipeline().pipe_briefs(texts, errors="collect", batch_size=16)]
        parallel_b = [x if isinstance(x, BatchError) else x.to_dict(document=True)
                      for x in pipeline().pipe_briefs(texts, errors="collect", batch_size=16, n_process=2)]
        assert parallel_b == serial_b


class _KillsTheWorker:
    """Unpickling this in a worker process ends that process at once (as a segfault or the OOM killer would)."""

    def __reduce__(self):
        return (os._exit, (13,))


def test_a_worker_that_dies_is_reported_not_hung_on() -> None:
    texts: list[object] = list(make_articles(40))
    texts[25] = _KillsTheWorker()
    result: dict[str, object] = {}

    def consume() -> None:
        got = []
        try:
            for doc in pipeline().pipe(texts, errors="collect", batch_size=5, n_process=2):
                got.append(doc)
        except BaseException as exc:  # noqa: BLE001 - recorded for the assertions below
            result["error"] = exc
        result["got"] = got

    worker = threading.Thread(target=consume, daemon=True)
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive(), "pipe() hung on a dead worker process"
    error = result.get("error")
    assert isinstance(error, HindiBriefError), error
    assert "worker process died" in str(error) and "n_process=1" in str(error)
    # Batches finished before the crash were delivered, in order.
    got = result["got"]
    assert [d.text for d in got] == texts[: len(got)] and len(got) <= 25


@pytest.mark.skipif(not has_rank(), reason="hindi_brief.rank (briefs) is not in this checkout yet")
def test_cli_collects_bad_rows_and_keeps_the_rest_in_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts, bad = batch_with_bad_ones(200, 10)
    rows = []
    for i, t in enumerate(texts):
        # A bad row in a file is a missing/non-string text field or an HTML page.
        rows.append({"id": i, "text": t if isinstance(t, str) else (None if i % 2 else 42)})
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    code = main(["brief", str(path), "--format", "jsonl", "--tagger", "none", "--sentences", "1", "--top", "3", "-q"])
    out, err = capsys.readouterr()
    assert code == 1
    ids = [json.loads(line)["fields"]["id"] for line in out.splitlines()]
    assert ids == [i for i in range(200) if i not in bad]
    assert err.count("skipped") == 10 and "10 of 200 inputs failed" in err
