"""Batches never lose the good documents: error policies, input order, worker processes, the CLI."""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from pathlib import Path

import pytest

from hindi_brief import BatchError, Document, InvalidInputError, InvalidOptionError, WorkerError
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


class _HangsTheWorker:
    """Unpickling this in a worker process stalls it for a minute (a text the pipeline hangs on)."""

    def __reduce__(self):
        return (time.sleep, (60,))


def _consume(iterator) -> tuple[list[object], BaseException | None]:
    """Everything ``iterator`` yields and the error it ends with, in a thread that must finish in 120 s."""
    result: dict[str, object] = {"got": [], "error": None}

    def run() -> None:
        try:
            for item in iterator:
                result["got"].append(item)  # type: ignore[union-attr]
        except BaseException as exc:  # noqa: BLE001 - recorded for the assertions
            result["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive(), "pipe() hung on a worker process"
    return result["got"], result["error"]  # type: ignore[return-value]


@pytest.mark.parametrize(("batch_size", "killer"), [(5, 25), (64, 10), (1, 5)])
def test_a_worker_that_dies_is_named_by_its_text(batch_size: int, killer: int) -> None:
    texts: list[object] = list(make_articles(12 if killer < 12 else 40))
    texts[killer] = _KillsTheWorker()
    # collect: every other text is delivered, the killer is an error at its own index.
    got, error = _consume(pipeline().pipe(texts, errors="collect", batch_size=batch_size, n_process=2))
    assert error is None and len(got) == len(texts)
    assert [i for i, x in enumerate(got) if isinstance(x, BatchError)] == [killer]
    assert got[killer].index == killer and got[killer].error == "WorkerError"
    assert f"index {killer}" in got[killer].message and "n_process=1" in got[killer].message
    assert [d.text for d in got if isinstance(d, Document)] == [t for i, t in enumerate(texts) if i != killer]
    # raise: the texts before the killer (its own batch's included), then a WorkerError naming it.
    got, error = _consume(pipeline().pipe(texts, batch_size=batch_size, n_process=2))
    assert isinstance(error, WorkerError) and f"index {killer}" in str(error)
    assert [d.text for d in got] == texts[:killer]


def test_a_hanging_text_is_stopped_by_the_time_limit() -> None:
    texts: list[object] = list(make_articles(10))
    texts[6] = _HangsTheWorker()
    started = time.monotonic()
    got, error = _consume(pipeline().pipe(texts, errors="collect", batch_size=4, n_process=2, timeout=2))
    assert error is None and time.monotonic() - started < 60
    assert [i for i, x in enumerate(got) if isinstance(x, BatchError)] == [6]
    assert "time limit of 2 s" in got[6].message and got[6].error == "WorkerError"
    assert [d.text for d in got if isinstance(d, Document)] == [t for i, t in enumerate(texts) if i != 6]


def test_a_time_limit_counts_each_text_not_a_fresh_workers_loading() -> None:
    # A worker said it was ready before the ranking models loaded on its first brief (about 0.35 s), so with a
    # short limit every text failed in fresh workers, each replacing the last (a review). A brief takes ~20 ms.
    import hindi_brief as hb

    texts = make_articles(4)
    got = list(hb.Pipeline().pipe_briefs(texts, errors="collect", batch_size=1, n_process=2, timeout=0.3))
    assert [type(b).__name__ for b in got] == ["Brief"] * 4


def test_warm_up_loads_what_a_brief_needs_and_never_calls_a_tagger_object() -> None:
    import hindi_brief as hb
    from custom_taggers import ShoutingTagger

    class Counting(ShoutingTagger):
        calls = 0

        def tag(self, sentences):
            self.calls += 1
            return super().tag(sentences)

    own = Counting()
    hb.Pipeline(tagger=own).warm_up()
    assert own.calls == 0  # a tagger of the user's own may cost or count calls: it is not run
    hb.Pipeline(max_chars=50).warm_up()  # the warm-up article is longer than the limit: a review found it refused
    nlp = hb.Pipeline()
    nlp.warm_up()
    assert nlp.brief(make_articles(1)[0]).keywords


def test_no_more_workers_start_than_there_are_batches() -> None:
    # Every worker was started up front: n_process=4 for one text loaded four pipelines (about 150 MB each
    # with the embedded tagger). The CLI capped it; the API did not.
    import multiprocessing

    before = set(multiprocessing.active_children())
    it = pipeline().pipe(make_articles(1), n_process=4)
    next(it)
    assert len(set(multiprocessing.active_children()) - before) == 1
    assert list(it) == []


def test_batch_sizes_and_time_limits_beyond_any_machine_work() -> None:
    # islice refuses a count above sys.maxsize, and a wait of 1e308 s overflows the system's timer: both
    # crashed a run (the CLI with a traceback) after the options had been accepted.
    texts = make_articles(3)
    assert [d.text for d in pipeline().pipe(texts, batch_size=10**30)] == texts
    assert [d.text for d in pipeline().pipe(texts, batch_size=2, n_process=2, timeout=1e308)] == texts


@pytest.mark.parametrize("n_process", [1, 2])
def test_an_input_iterator_that_raises_delivers_what_was_read(n_process: int) -> None:
    texts = make_articles(7)

    def source():
        yield from texts[:5]
        raise KeyError("the database went away")

    got, error = _consume(pipeline().pipe(source(), batch_size=64, n_process=n_process))
    assert isinstance(error, KeyError)
    assert [d.text for d in got] == texts[:5]


class _Headline(str):
    """A str subclass defined in a test module: it cannot be unpickled in a spawned worker."""


def test_str_subclasses_go_to_worker_processes_as_plain_text() -> None:
    local = type("Local", (str,), {})  # not even importable by name
    texts = make_articles(6)
    mixed = [_Headline(texts[0]), local(texts[1]), *texts[2:], lambda: None]
    got = list(pipeline().pipe(mixed, errors="collect", batch_size=2, n_process=2))
    assert [d.text for d in got[:-1]] == texts
    assert isinstance(got[-1], BatchError) and got[-1].error == "InvalidInputError" and "function" in got[-1].message


@pytest.mark.parametrize(
    ("call", "error"),
    [
        (lambda p: p.pipe(None), InvalidInputError),
        (lambda p: p.pipe(42), InvalidInputError),
        (lambda p: p.pipe("एक पाठ"), InvalidInputError),
        (lambda p: p.pipe([], batch_size=0), InvalidOptionError),
        (lambda p: p.pipe([], n_process=0), InvalidOptionError),
        (lambda p: p.pipe([], errors="ignore"), InvalidOptionError),
        (lambda p: p.pipe([], timeout=1), InvalidOptionError),  # needs worker processes
        (lambda p: p.pipe([], n_process=2, timeout=-1), InvalidOptionError),
        (lambda p: p.pipe_briefs([], batch_size=True), InvalidOptionError),
        (lambda p: p.pipe_briefs(None), InvalidInputError),
    ],
)
def test_batch_options_and_inputs_are_checked_at_the_call(call, error) -> None:
    with pytest.raises(error):
        call(pipeline())  # no iteration: the error comes from the call itself


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


def test_workers_that_cannot_start_say_why(tmp_path: Path) -> None:
    # A script that calls pipe(n_process=2) at its top level: each spawned worker imports it again
    # and dies starting. No text is to blame: the run ends at once with one WorkerError saying why.
    import subprocess
    import sys

    script = tmp_path / "unguarded.py"
    script.write_text(
        "import hindi_brief as hb\n"
        "texts = ['राम घर गया। सीता भी आई।', 'दिल्ली में बारिश हुई। लोग परेशान हैं।'] * 20\n"
        "got = []\n"
        "try:\n"
        "    for item in hb.Pipeline(tagger='none').pipe_briefs(texts, n_process=2, errors='collect', batch_size=4):\n"
        "        got.append(item)\n"
        "except hb.WorkerError as exc:\n"
        "    print(len(got), exc)\n",
        encoding="utf-8",
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    lines = out.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith("0 worker processes could not start"), out.stdout + out.stderr
    assert 'if __name__ == "__main__":' in lines[0]
    # One worker started per process asked for, not a fresh one per text.
    assert out.stderr.count("Traceback") <= 2, out.stderr


def _interrupted(tmp_path: Path, script: str, first_line: str) -> tuple[int, str]:
    """Run ``script`` in a session of its own, send its process group SIGINT (as a terminal's Ctrl-C does) once it
    prints ``first_line``, and return its exit status and stderr."""
    import signal
    import subprocess

    path = tmp_path / "interrupted.py"
    path.write_text(script, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen(
        [sys.executable, str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        cwd=tmp_path, start_new_session=True,
    )
    try:
        assert proc.stdout.readline() == first_line
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    return proc.returncode, err


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT to a process group")
def test_an_interrupt_stops_the_run_with_one_traceback_not_one_per_worker(tmp_path: Path) -> None:
    # Ctrl-C (a notebook's interrupt) reaches the workers too: each printed its own KeyboardInterrupt traceback
    # of about 25 lines into the cell. The parent's interrupt stops the run and its workers.
    status, err = _interrupted(
        tmp_path,
        "import sys, hindi_brief as hb\n"
        "if __name__ == '__main__':\n"
        "    texts = ['राम घर गया। सीता भी आई। ' * 200] * 100000\n"
        "    for n, item in enumerate(hb.Pipeline(tagger='none').pipe_briefs(texts, n_process=2, batch_size=2)):\n"
        "        if n == 0:\n"
        "            print('first', flush=True)\n",
        "first\n",
    )
    assert status != 0 and err.count("Traceback") == 1 and err.count("KeyboardInterrupt") == 1, err


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT to a process group")
def test_an_interrupt_while_a_worker_is_still_importing_prints_one_traceback(tmp_path: Path) -> None:
    # A spawned worker imports the script and the library (a second or more) before it can ignore Ctrl-C; an
    # interrupt then printed the worker's traceback too (CI saw it once the second worker started late).
    # Here each worker announces that it is importing and waits there, so that the interrupt lands in that window;
    # it reports Ctrl-C ignored from its start (the interrupt then reaching it while it imports is a race the parent's
    # quick kill of its workers usually, not always, wins).
    status, err = _interrupted(
        tmp_path,
        "import signal, sys, time\n"
        "if __name__ == '__mp_main__':\n"
        "    print('worker importing, Ctrl-C ignored:', signal.getsignal(signal.SIGINT) == signal.SIG_IGN, flush=True)\n"
        "    time.sleep(5)\n"
        "import hindi_brief as hb\n"
        "if __name__ == '__main__':\n"
        "    list(hb.Pipeline(tagger='none').pipe_briefs(['राम घर गया। सीता भी आई।'] * 8, n_process=2, batch_size=2))\n",
        "worker importing, Ctrl-C ignored: True\n",
    )
    assert status != 0 and err.count("Traceback") == 1 and err.count("KeyboardInterrupt") == 1, err


@pytest.mark.parametrize("where", ["cell", "script"])
def test_a_tagger_defined_in_main_fails_fast_naming_the_cause(seed_texts, where: str, tmp_path: Path) -> None:
    # A notebook cell (here python -c): the class pickles by reference to __main__, which a spawned
    # worker cannot load. Each text used to get a fresh worker, ~0.5 s each, and the main-guard hint.
    # A script's class under its main guard: the worker imports the script as __mp_main__, where the
    # guarded class is not defined (the hint was left out for that name).
    import subprocess
    import sys

    code = (
        "import sys, time, hindi_brief as hb\n"
        + ("if __name__ == '__main__':\n" if where == "script" else "if True:\n")
        + "  class NounTagger:\n"
        "    name = 'nouns'\n"
        "    def tag(self, sentences):\n"
        "        return [[('PUNCT' if t == '।' else 'NOUN', t) for t in s] for s in sentences]\n"
        "  texts = [open(p, encoding='utf-8').read() for p in sys.argv[1:]] * 20\n"
        "  got, t0 = [], time.monotonic()\n"
        "  try:\n"
        "    for item in hb.Pipeline(tagger=NounTagger()).pipe_briefs(texts, n_process=2, errors='collect', batch_size=4):\n"
        "        got.append(item)\n"
        "  except hb.WorkerError as exc:\n"
        "    print(len(got), round(time.monotonic() - t0, 1), exc)\n"
    )
    seeds = sorted(str(p) for p in (Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    if where == "script":
        script = tmp_path / "guarded.py"
        script.write_text(code, encoding="utf-8")
        command = [sys.executable, str(script), *seeds]
    else:
        command = [sys.executable, "-c", code, *seeds]
    out = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
    lines = out.stdout.splitlines()
    assert len(lines) == 1, out.stdout + out.stderr
    count, seconds, message = lines[0].split(" ", 2)
    assert count == "0" and float(seconds) < 30
    assert "could not load the pipeline" in message and "NounTagger" in message and "__main__" in message
    assert "importable module" in message and "n_process=1" in message
    assert "Traceback" not in out.stderr


def test_a_worker_that_cannot_start_later_ends_the_run_after_the_finished_results(seed_texts, tmp_path: Path) -> None:
    # Workers start; the text at index 6 kills its worker and makes the pipeline unloadable, so the
    # replacement worker fails while starting: the batches finished before are delivered, then one
    # WorkerError with the cause is raised (not a fresh worker per remaining text).
    import hindi_brief as hb
    from custom_taggers import BreaksWhenFlagged, FlagsAndKills

    flag = str(tmp_path / "flag")
    texts: list[object] = seed_texts * 6
    texts[6] = FlagsAndKills(flag, workers=2)
    nlp = hb.Pipeline(tagger=BreaksWhenFlagged(flag))
    got, error = _consume(nlp.pipe(texts, errors="collect", batch_size=2, n_process=2))
    assert isinstance(error, WorkerError), error
    assert "could not load the pipeline" in str(error) and "cannot be loaded" in str(error)
    assert [d.text for d in got[:6]] == texts[:6]
    # A worker that had started may have run the killer again (it is then found, at its index) and
    # finished the job it held; nothing is delivered out of order and the run stops early.
    for i, item in enumerate(got[6:], start=6):
        assert (item.index, item.error) == (6, "WorkerError") if isinstance(item, BatchError) else item.text == texts[i]
    assert len(got) < len(texts)


def test_a_data_frame_is_refused_with_what_to_pass_instead(seed_texts) -> None:
    # Iterating a DataFrame gives its column names: each would have been briefed as a "text".
    pd = pytest.importorskip("pandas")
    import hindi_brief as hb

    df = pd.DataFrame({"Id": [1, 2], "Article": seed_texts})
    nlp = hb.Pipeline(tagger="none")
    for call in (nlp.pipe, nlp.pipe_briefs):
        for frame in (df, df[["Article"]]):
            # Named by the method called: pipe_briefs said "pipe() takes ..." (a notebook review).
            with pytest.raises(InvalidInputError, match=rf"^{call.__name__}\(\) takes .*DataFrame.*column names.*df\["):
                call(frame)
        with pytest.raises(InvalidInputError, match=rf"^{call.__name__}\(\) takes an iterable of texts; for one text"):
            call(seed_texts[0])
    # What the message says to pass works.
    expected = [hb.brief(t, pipeline=nlp).summary.text for t in seed_texts]
    assert [b.summary.text for b in nlp.pipe_briefs(df["Article"])] == expected
    pairs = nlp.pipe_briefs(df[["Article", "Id"]].itertuples(index=False), as_tuples=True)
    assert [(b.summary.text, i) for b, i in pairs] == list(zip(expected, [1, 2]))


@pytest.mark.parametrize("errors", ["skip", "collect"])
def test_a_broken_model_is_raised_once_whatever_errors_says(tmp_path, monkeypatch, capsys, seed_texts, errors):
    # No text is to blame for a truncated model file, and every text meets it: "skip" yielded nothing without a word,
    # "collect" one BatchError per text, and the CLI named each input as skipped (exit 1; 0 with --errors skip).
    import shutil

    from conftest import run_cli
    from hindi_brief import Pipeline
    from hindi_brief.errors import ModelError
    from hindi_brief.resources import models_dir

    models = tmp_path / "models"
    shutil.copytree(models_dir(), models)
    ranker = models / "ranker" / "ranker.json"
    ranker.write_bytes(ranker.read_bytes()[:100])
    monkeypatch.setenv("HINDI_BRIEF_MODELS", str(models))
    with pytest.raises(ModelError, match="ranker.json is truncated"):
        list(Pipeline(tagger="none").pipe_briefs(seed_texts * 3, errors=errors, batch_size=2))
    (tmp_path / "in").mkdir()
    for k, text in enumerate(seed_texts):
        (tmp_path / "in" / f"{k}.txt").write_text(text, encoding="utf-8")
    code, out, err = run_cli(capsys, "brief", str(tmp_path / "in"), "--tagger", "none", "--errors", errors)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "ranker.json is truncated" in err and "skipped" not in err


def test_a_dict_of_texts_is_refused_naming_what_to_pass() -> None:
    # An API review: pipe({"id-1": article}) briefed the key "id-1" as the text.
    from hindi_brief import Pipeline

    nlp = Pipeline(tagger="none")
    with pytest.raises(InvalidInputError, match=r"values\(\)"):
        list(nlp.pipe({"id-1": "राम घर गया।"}))
    with pytest.raises(InvalidInputError, match="as_tuples"):
        list(nlp.pipe_briefs({"id-1": "राम घर गया।"}, as_tuples=True))
    texts = {"id-1": "राम घर गया। सीता भी आई।"}
    assert [d.text for d in nlp.pipe(texts.values())] == ["राम घर गया। सीता भी आई।"]


@pytest.mark.parametrize("n_process", [1, 2])
def test_raise_delivers_the_texts_of_its_own_batch_before_the_bad_one(n_process: int) -> None:
    # An API review: with errors="raise" the texts before a bad one in its own batch were processed and lost
    # (4 results of 5 good ones before it, batch_size=4), where a worker's death delivers them.
    from hindi_brief import Pipeline

    nlp = Pipeline(tagger="none")
    texts = [f"राम {i} घर गया। सीता भी आई।" for i in range(12)]
    for method in (nlp.pipe, nlp.pipe_briefs):
        got = []
        with pytest.raises(InvalidInputError, match="text is None"):
            for result in method(texts[:5] + [None] + texts[5:], batch_size=4, n_process=n_process):
                got.append(result)
        assert len(got) == 5


@pytest.mark.parametrize("n_process", [1, 2])
def test_pipe_briefs_takes_documents_already_processed(seed_texts, n_process: int) -> None:
    # hb.brief, Pipeline.brief and story take a Document; pipe_briefs refused one ("text must be a str, got
    # Document"), so a corpus run through pipe once could not be briefed again with other options but in a loop.
    if not has_rank():
        pytest.skip("ranking needs numpy and scikit-learn")
    nlp = pipeline()
    docs = list(nlp.pipe(seed_texts))
    read_back = Document.from_dict(nlp.brief(seed_texts[0]).to_dict(document=True)["document"])  # keeps no tokens
    out = list(nlp.pipe_briefs([docs[0], seed_texts[1], read_back, docs[1]], errors="collect", sentences=2, top=5,
                               n_process=n_process))
    expected = [nlp.brief(t, sentences=2, top=5).to_dict() for t in seed_texts]
    assert [out[0].to_dict(), out[1].to_dict(), out[3].to_dict()] == [expected[0], expected[1], expected[1]]
    assert isinstance(out[2], BatchError) and out[2].error == "InvalidInputError" and "no tokens" in out[2].message
