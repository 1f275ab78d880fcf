"""Batches for ``Pipeline.pipe`` and ``pipe_briefs``: the options, the error policy,
contexts carried with ``as_tuples``, and worker processes (``n_process > 1``).

A batch function ``func(pipeline, items, errors, offset, **kwargs)`` turns one batch
into ``(input index, result)`` pairs, applying the ``errors`` policy to each bad
text (``handle_error``). ``map_batches`` runs it here or in worker processes.

Each worker is a spawned process holding its own pipeline and one batch at a
time, so the parent always knows which texts a worker holds; up to ``n_process``
are started as jobs wait for them (never more workers than jobs waiting), and a
stopped one is replaced the same way:

* results come back in input order, with at most ``2 * n_process`` batches in flight;
* when a worker dies (a segfault, the OOM killer) or runs past its time limit
  (``timeout`` seconds per text, so ``timeout * len(batch)`` for a batch), it is
  stopped and replaced, and that batch is run again one text per job. The text
  that kills or stalls a worker on its own is the one reported, at its own index;
  the good texts of its batch are delivered;
* a worker that fails before it has loaded its pipeline (a tagger class defined in
  a notebook that it cannot unpickle, a script without a main guard) blames no
  text, and a new worker would fail the same way: the run stops reading texts,
  delivers the results finished before, in order, then raises one ``WorkerError``
  naming the cause, whatever ``errors`` says;
* when the input iterator raises, everything finished is delivered first, then
  its error is raised;
* an error no text causes (``NO_TEXTS_FAULT``: a model file missing or altered, an
  optional package not installed) is raised whatever ``errors`` says.

A ``ProcessPoolExecutor`` cannot do this: it does not say which batch a dead
worker held, and cannot stop one hanging task without breaking the whole pool.
"""

from __future__ import annotations

import multiprocessing
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from itertools import islice, takewhile
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from typing import Any, Callable, Iterable, Iterator, Sequence

from .errors import HindiBriefError, InvalidInputError, InvalidOptionError, MissingDependencyError, ModelError, WorkerError
from .inputs import check_text, iterate_texts
from .options import check_choice, check_int, check_real
from .results import BatchError

__all__ = ["ERROR_POLICIES", "map_batches", "map_processes", "handle_error", "Rejected", "sendable", "pickling_error"]

#: Accepted values of ``errors=`` in batch methods.
ERROR_POLICIES = ("raise", "skip", "collect")

#: ``func(pipeline, items, errors, offset, **kwargs) -> [(input index, result), ...]``
BatchFunc = Callable[..., list[tuple[int, Any]]]


#: Errors no text causes and every text would meet: a model file missing, truncated or altered, an optional package not
#: installed. They are raised whatever ``errors`` says, once, instead of charged to each text (``"skip"`` gave an empty
#: result and ``"collect"`` one ``BatchError`` per text for a broken install).
NO_TEXTS_FAULT = (ModelError, MissingDependencyError)


def handle_error(exc: Exception, index: int, errors: str) -> BatchError | None:
    """What the ``errors`` policy makes of a bad text: raise it, skip it (``None``) or a ``BatchError``; an error of
    ``NO_TEXTS_FAULT`` is raised."""
    if errors == "raise" or isinstance(exc, NO_TEXTS_FAULT):
        raise exc
    if errors == "skip":
        return None
    return BatchError(index=index, error=type(exc).__name__, message=str(exc))


def batched(it: Iterator[Any], size: int) -> Iterator[list[Any]]:
    """Lists of ``size`` items; when ``it`` raises, the items read before come as a last batch,
    then the error is raised (a batch never loses its good documents to a failing source)."""
    while True:
        batch: list[Any] = []
        try:
            batch.extend(islice(it, min(size, sys.maxsize)))  # islice refuses a count above sys.maxsize
        except Exception:
            if batch:
                yield batch
            raise
        if not batch:
            return
        yield batch


def map_batches(
    pipeline: Any,
    func: BatchFunc,
    texts: Iterable[Any],
    *,
    batch_size: int,
    n_process: int,
    errors: str,
    timeout: float | None,
    as_tuples: bool,
    kwargs: dict[str, Any] | None = None,
    call: str = "pipe()",
) -> Iterator[Any]:
    """Check the batch options and ``texts`` now (``InvalidOptionError``, ``InvalidInputError``),
    then return the generator of ``func``'s results over batches of ``texts``, in input order;
    ``call`` names the method in messages about ``texts`` itself.

    ``as_tuples=True``: ``texts`` holds ``(text, context)`` pairs (any two-item sequence
    but a string: a tuple, a list, a named tuple, a numpy row) and each result comes as
    ``(result, context)``. Contexts stay in this process (they need not pickle); an item
    that is not a pair is that item's ``InvalidInputError``, with context ``None``.
    """
    batch_size = check_int("batch_size", batch_size)
    n_process = check_int("n_process", n_process)
    check_choice("errors", errors, ERROR_POLICIES)
    if not isinstance(as_tuples, bool):
        raise InvalidOptionError(f"as_tuples must be True or False, got {as_tuples!r}")
    if timeout is not None:
        timeout = check_real("timeout", timeout, what="a positive number of seconds or None")
        if n_process == 1:
            raise InvalidOptionError("timeout needs n_process >= 2: a text can only be stopped in a worker process")
    source: Iterator[Any] = iterate_texts(texts, call, pairs=True)
    if n_process > 1:
        why = pickling_error(pipeline)
        if why is not None:
            raise InvalidOptionError(
                f"n_process={n_process} sends the pipeline to worker processes, but it does not pickle ({why}); "
                "make the tagger picklable or use n_process=1"
            )
    contexts: deque[tuple[int, Any]] | None = deque() if as_tuples else None
    if contexts is not None:
        source = _texts_of_pairs(source, contexts)
    batches = batched(source, batch_size)
    kwargs = kwargs or {}
    if n_process == 1:
        results = _map_here(pipeline, func, batches, errors, kwargs)
    else:
        def on_failure(exc: HindiBriefError, index: int) -> list[tuple[int, Any]]:
            handled = handle_error(exc, index, errors)
            return [] if handled is None else [(index, handled)]

        sendable_batches = ([sendable(t, check_text) for t in batch] for batch in batches)
        results = map_processes(
            pipeline, func, sendable_batches,
            n_process=n_process, errors=errors, kwargs=kwargs, timeout=timeout, on_failure=on_failure,
        )
    return _results(results) if contexts is None else _with_contexts(results, contexts)


def _is_pair(item: object) -> bool:
    # Any two-item sequence but a string: a tuple, a list (df[[...]].values.tolist()), a named tuple
    # (itertuples), a numpy row (df[[...]].values); not a dict or a set, whose order means nothing.
    if isinstance(item, (str, bytes, bytearray)):
        return False
    if isinstance(item, Sequence) or (type(item).__module__ == "numpy" and getattr(item, "ndim", None) == 1):
        return len(item) == 2  # type: ignore[arg-type]
    return False


def _texts_of_pairs(pairs: Iterator[Any], contexts: deque[tuple[int, Any]]) -> Iterator[Any]:
    for index, item in enumerate(pairs):
        if _is_pair(item):
            text, context = item
        else:
            n = len(item) if isinstance(item, Sequence) and not isinstance(item, (str, bytes, bytearray)) else None
            size = "" if n is None else f" of {n} item{'' if n == 1 else 's'}"
            text, context = Rejected(InvalidInputError(
                f"with as_tuples=True every item must be a (text, context) pair (a two-item sequence), "
                f"got {type(item).__name__}{size}"
            )), None
        contexts.append((index, context))
        yield text


def _results(pairs: Iterator[tuple[int, Any]]) -> Iterator[Any]:
    for _, result in pairs:
        yield result


def _with_contexts(pairs: Iterator[tuple[int, Any]], contexts: deque[tuple[int, Any]]) -> Iterator[tuple[Any, Any]]:
    for index, result in pairs:
        while contexts[0][0] < index:  # texts skipped by errors="skip"
            contexts.popleft()
        yield result, contexts.popleft()[1]


class _Stopped(Exception):
    """``errors="raise"``: a batch stopped at a bad text, with the results of the texts before it (``_run_batch``)."""

    def __init__(self, done: list[tuple[int, Any]], error: Exception) -> None:
        super().__init__(str(error))
        self.done = done
        self.error = error


def _run_batch(func: BatchFunc, pipeline: Any, items: list[Any], errors: str, offset: int, kwargs: dict[str, Any]) -> list[tuple[int, Any]]:
    """``func`` on one batch. With ``errors="raise"`` a bad text stops it: the batch runs again collecting errors, so
    that the results of its texts before the bad one are delivered before the error is raised (``_Stopped``), as the
    texts of earlier batches are: a batch never loses its good documents. (Only on failure: the run is paid twice.)"""
    try:
        return func(pipeline, items, errors, offset, **kwargs)
    except Exception as exc:
        if errors != "raise" or isinstance(exc, NO_TEXTS_FAULT) or len(items) == 1:
            raise
        try:
            collected = func(pipeline, items, "collect", offset, **kwargs)
        except Exception:  # noqa: BLE001 - the batch fails as a whole: nothing to deliver but its error
            raise exc from None
        done = list(takewhile(lambda pair: not isinstance(pair[1], BatchError), collected))
        raise _Stopped(done, exc) from None


def _map_here(
    pipeline: Any, func: BatchFunc, batches: Iterator[list[Any]], errors: str, kwargs: dict[str, Any]
) -> Iterator[tuple[int, Any]]:
    offset = 0
    for batch in batches:
        try:
            results = _run_batch(func, pipeline, batch, errors, offset, kwargs)
        except _Stopped as stopped:
            yield from stopped.done
            raise stopped.error from None
        yield from results
        offset += len(batch)

# How long a worker asked to stop may take before it is killed.
_STOP_SECONDS = 2.0
#: The longest single wait for a worker's reply (``map_processes``); a longer time limit waits again.
_LONGEST_WAIT = 86400.0


class Rejected:
    """Stands in for a text the parent already knows is bad and that may not pickle; its error travels instead."""

    __slots__ = ("error",)

    def __init__(self, error: InvalidInputError) -> None:
        self.error = error


def pickling_error(obj: object) -> Exception | None:
    """Why ``obj`` cannot be sent to a worker process (the standard pickler's error, as ``Connection.send`` would
    meet it), or None where it can: a pipeline for ``n_process > 1``, a tagger object for a Dask or Spark job."""
    try:
        ForkingPickler.dumps(obj)
    except Exception as exc:  # noqa: BLE001 - any pickling failure means it cannot reach a worker
        return exc
    return None


def sendable(text: object, check: Callable[[object], str]) -> object:
    """What to send a worker for ``text``: a plain ``str`` for a ``str`` subclass (the class may not exist
    or pickle there), the text itself when it pickles, else a ``Rejected`` with ``check``'s error."""
    if type(text) is str:
        return text
    if isinstance(text, str):
        return str.__str__(text)
    try:
        ForkingPickler.dumps(text)  # what Connection.send will do with it
    except Exception:  # noqa: BLE001 - anything that does not pickle is reported as bad input
        try:
            check(text)
        except InvalidInputError as exc:
            return Rejected(exc)
        return Rejected(InvalidInputError(f"text must be a str, got {type(text).__name__}"))
    return text


def _warm_up(pipeline: Any) -> None:
    """``pipeline.warm_up()`` where it has one: the models a brief needs load on first use, and a time limit counted
    from "ready" charged their loading (a third of a second and more) to a worker's first text, so that with a
    short ``timeout`` every text failed in fresh workers, each one replacing the last."""
    warm_up = getattr(pipeline, "warm_up", None)
    if warm_up is None:
        return
    try:
        warm_up()
    except Exception:  # noqa: BLE001 - a model that cannot load fails the first batch, which reports it
        pass


def _worker_main(conn: Connection, payload: bytes) -> None:
    # Ctrl-C in a terminal, or a notebook's interrupt, reaches every process of the group: the parent stops its
    # workers itself (``map_processes``), and each worker's own KeyboardInterrupt only printed a traceback into the
    # cell. A worker that hangs is still killed by the parent.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # a mask inherited from ``_start_shielded``'s parent, not for this process
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    # ``(pipeline, func)`` arrive pickled: a named tagger is loaded here again, a tagger object travels.
    # Unpickled here, not by multiprocessing before the target runs, so that a failure is reported
    # to the parent with its cause instead of only as a dead process.
    try:
        pipeline, func = ForkingPickler.loads(payload)
    except Exception as exc:  # noqa: BLE001 - whatever it is, this worker cannot run a batch
        conn.send(("broken", f"{type(exc).__name__}: {exc}"))
        return
    _warm_up(pipeline)
    conn.send(("ready", None))  # the time limit starts now, not while the models load
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        items, errors, offset, kwargs = job
        try:
            reply: tuple[str, Any] = ("ok", _run_batch(func, pipeline, items, errors, offset, kwargs))
        except _Stopped as stopped:  # errors="raise": the parent yields what was done, then raises, in order
            reply = ("stopped", (stopped.done, stopped.error))
        except Exception as exc:  # noqa: BLE001 - errors="raise": the parent raises it in order
            reply = ("raise", exc)
        try:
            conn.send(reply)
        except Exception as exc:  # noqa: BLE001 - an exception that does not pickle
            conn.send(("raise", HindiBriefError(f"{type(exc).__name__}: {exc}")))


@dataclass
class _Job:
    seq: int  # batch number
    part: int  # position of its first text in the batch
    offset: int  # input index of its first text
    items: list[Any]
    deadline: float | None = None


def _start_failure(detail: str | None) -> str:
    """The message of the ``WorkerError`` for workers that could not start (``detail``: the error a
    worker reported while loading its pipeline, ``None`` when it died without a word)."""
    message = "worker processes could not start"
    if detail is None:
        # Most often a script that calls pipe() at its top level, which each spawned worker imports
        # again (Python's multiprocessing rule).
        return message + (
            ": a worker died while starting, before loading its pipeline. In a script, call pipe(n_process > 1) "
            "under `if __name__ == \"__main__\":`; run with n_process=1 to see other causes"
        )
    message += f": a worker could not load the pipeline sent to it ({detail})"
    # A worker imports a script as __mp_main__, so a class under the script's main guard is missing there too.
    if "__main__" in detail or "__mp_main__" in detail:
        return message + (
            ". A class defined in a notebook or an interactive session (module __main__), or under a script's "
            "`if __name__ == \"__main__\":`, such as a custom tagger's, cannot be loaded in a worker process: define "
            "it in an importable module (a .py file) or at a script's top level (the call to pipe() stays under the "
            "guard), or use n_process=1"
        )
    return message + ". Every worker must be able to import what the pipeline holds (a custom tagger's module); or use n_process=1"


def _start_shielded(process: Any) -> None:
    """Start ``process`` with SIGINT ignored, a disposition the child keeps through its start.

    A worker spends a second or more importing (the caller's script, the library) before ``_worker_main`` runs;
    a Ctrl-C then printed that worker's own KeyboardInterrupt traceback beside the parent's. An ignored signal
    stays ignored across exec, and Python turns SIGINT into KeyboardInterrupt only "if the parent process has
    not changed it" (the ``signal`` module's docs). The parent blocks SIGINT in its own thread meanwhile, so a
    Ctrl-C delivered to that thread waits until ``start()`` returns; one the kernel hands to another thread of the
    process (numpy's BLAS threads), or that comes within the process's first start (multiprocessing unblocks it
    after starting its resource tracker), is dropped: a start takes a few milliseconds. Only the main thread may set a handler: from another
    thread the worker starts unshielded.
    """
    if threading.current_thread() is not threading.main_thread():
        process.start()
        return
    masked = hasattr(signal, "pthread_sigmask")
    if masked:
        blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        process.start()
    finally:
        signal.signal(signal.SIGINT, handler)
        if masked:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


class _Worker:
    def __init__(self, ctx: Any, payload: bytes) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, payload), daemon=True)
        _start_shielded(self.process)
        child.close()
        self.job: _Job | None = None
        self.ready = False

    def stop(self, *, force: bool) -> None:
        if not force:
            try:
                self.conn.send(None)
            except OSError:
                pass
            self.process.join(_STOP_SECONDS)
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.conn.close()


def map_processes(
    pipeline: Any,
    func: BatchFunc,
    batches: Iterator[list[Any]],
    *,
    n_process: int,
    errors: str,
    kwargs: dict[str, Any],
    timeout: float | None,
    on_failure: Callable[[HindiBriefError, int], list[Any]],
) -> Iterator[Any]:
    """Run ``func(pipeline, batch, errors, offset, **kwargs)`` over ``batches`` in
    ``n_process`` workers and yield the results in input order.

    ``on_failure(error, index)`` turns a text that killed or stalled its worker into the
    results to yield for it (``errors`` policy); it raises for ``errors="raise"``. A
    worker that fails before it is ready ends the run with one ``WorkerError`` (see the
    module doc).
    """
    ctx = multiprocessing.get_context("spawn")
    payload = bytes(ForkingPickler.dumps((pipeline, func)))  # pickled once for all workers
    # Started as jobs wait for them: each loads its own pipeline (a second or more and ~150 MB with the embedded
    # tagger), so one text given to n_process=16 starts one worker, not sixteen, and a worker stopped on the last
    # text is not replaced for nothing.
    workers: list[_Worker] = []
    queue: deque[_Job] = deque()
    parts: dict[int, list[int]] = {}  # batch -> first positions of its jobs, in order
    done: dict[int, dict[int, tuple[str, Any]]] = {}  # batch -> part -> ("ok", results) | ("raise", exc)
    next_seq, next_index, offset = 0, 0, 0  # next batch to read; next job of the batch to yield
    yield_seq = 0
    source_error: BaseException | None = None
    start_error: WorkerError | None = None  # workers could not start: the run ends with it
    exhausted = False

    def start(worker: _Worker, job: _Job) -> None:
        job.deadline = None
        if timeout is not None and worker.ready:
            job.deadline = time.monotonic() + timeout * len(job.items)
        worker.job = job
        try:
            worker.conn.send((job.items, errors, job.offset, kwargs))
        except OSError:  # it died before taking the job
            failed(worker, "died")

    def failed(worker: _Worker, why: str, detail: str | None = None) -> None:
        nonlocal start_error, exhausted
        job = worker.job
        assert job is not None
        if not worker.ready:
            # It never loaded its pipeline: no text is to blame, and a fresh worker (one per text, as
            # below) would fail the same way. Stop reading and dispatching; what is running finishes.
            if start_error is None:
                start_error = WorkerError(_start_failure(detail))
            exhausted = True
            queue.clear()
            workers.remove(worker)
            worker.job = None
            worker.stop(force=True)
            return
        workers.remove(worker)  # a new one starts when a job waits for it
        worker.stop(force=True)
        if len(job.items) > 1:  # find the text: run the batch again, one text per job, first
            singles = [_Job(job.seq, job.part + k, job.offset + k, [item]) for k, item in enumerate(job.items)]
            queue.extendleft(reversed(singles))
            parts[job.seq] = [s.part for s in singles]
            return
        message = f"a worker process {why} while processing the text at index {job.offset}"
        if why == "died":
            message += " (run that text with n_process=1 to see why)"
        try:
            done[job.seq][job.part] = ("ok", on_failure(WorkerError(message), job.offset))
        except HindiBriefError as exc:
            done[job.seq][job.part] = ("raise", exc)

    try:
        while True:
            in_flight = len(done)  # batches read and not yet yielded
            while not exhausted and in_flight < 2 * n_process:
                try:
                    batch = next(batches)
                except StopIteration:
                    exhausted = True
                    break
                except Exception as exc:  # noqa: BLE001 - re-raised once the finished results are out
                    source_error, exhausted = exc, True
                    break
                queue.append(_Job(next_seq, 0, offset, batch))
                parts[next_seq], done[next_seq] = [0], {}
                next_seq, offset, in_flight = next_seq + 1, offset + len(batch), in_flight + 1
            idle = sum(1 for w in workers if w.job is None)
            while start_error is None and len(workers) < n_process and len(queue) > idle:
                workers.append(_Worker(ctx, payload))
                idle += 1
            for worker in list(workers):  # start() may remove a worker that died before taking its job
                if worker.job is None and queue:
                    start(worker, queue.popleft())
            # Yield what is ready, in order.
            while yield_seq in parts:
                order, ready = parts[yield_seq], done[yield_seq]
                while next_index < len(order) and order[next_index] in ready:
                    kind, value = ready.pop(order[next_index])
                    next_index += 1
                    if kind == "raise":
                        raise value
                    if kind == "stopped":
                        yield from value[0]
                        raise value[1]
                    yield from value
                if next_index < len(order):
                    break
                del parts[yield_seq], done[yield_seq]
                yield_seq, next_index = yield_seq + 1, 0
            busy = [w for w in workers if w.job is not None]
            if not busy and not queue:
                if exhausted:
                    break
                continue
            deadlines = [w.job.deadline for w in busy if w.job is not None and w.job.deadline is not None]
            # At most a day at a time: a wait of 1e308 s overflows the operating system's timer, and a day passes
            # only where a text runs that long.
            wait_for = None if not deadlines else min(_LONGEST_WAIT, max(0.0, min(deadlines) - time.monotonic()))
            ready_conns = wait([w.conn for w in busy] + [w.process.sentinel for w in busy], wait_for)
            now = time.monotonic()
            for worker in busy:
                job = worker.job
                assert job is not None
                if worker.conn in ready_conns or worker.process.sentinel in ready_conns:
                    try:
                        reply = worker.conn.recv()
                    except (EOFError, OSError):
                        failed(worker, "died")
                        continue
                    if reply[0] == "broken":
                        failed(worker, "died", detail=reply[1])
                        continue
                    if reply[0] == "ready":
                        worker.ready = True
                        if timeout is not None:
                            job.deadline = time.monotonic() + timeout * len(job.items)
                        continue
                    worker.job = None
                    done[job.seq][job.part] = reply
                elif job.deadline is not None and now >= job.deadline:
                    failed(worker, f"ran past the time limit of {timeout:g} s per text")
        if start_error is not None:
            raise start_error
        if source_error is not None:
            raise source_error
    finally:
        for worker in workers:
            worker.stop(force=worker.job is not None)
