"""Worker processes for ``Pipeline.pipe`` and ``pipe_briefs`` (``n_process > 1``).

Each worker is a spawned process holding its own pipeline and one batch at a
time, so the parent always knows which texts a worker holds:

* results come back in input order, with at most ``2 * n_process`` batches in flight;
* when a worker dies (a segfault, the OOM killer) or runs past its time limit
  (``timeout`` seconds per text, so ``timeout * len(batch)`` for a batch), it is
  stopped and replaced, and that batch is run again one text per job. The text
  that kills or stalls a worker on its own is the one reported, at its own index;
  the good texts of its batch are delivered;
* when the input iterator raises, everything finished is delivered first, then
  its error is raised.

A ``ProcessPoolExecutor`` cannot do this: it does not say which batch a dead
worker held, and cannot stop one hanging task without breaking the whole pool.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from typing import Any, Callable, Iterator

from .errors import HindiBriefError, InvalidInputError, WorkerError

__all__ = ["map_processes", "Rejected", "sendable"]

# How long a worker asked to stop may take before it is killed.
_STOP_SECONDS = 2.0


class Rejected:
    """Stands in for a text the parent already knows is bad and that may not pickle; its error travels instead."""

    __slots__ = ("error",)

    def __init__(self, error: InvalidInputError) -> None:
        self.error = error


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


def _worker_main(conn: Connection, factory: Callable[..., Any], options: dict[str, Any]) -> None:
    pipeline = factory(**options)
    conn.send(("ready", None))  # the time limit starts now, not while the model loads
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        method, items, errors, offset, kwargs = job
        try:
            reply: tuple[str, Any] = ("ok", getattr(pipeline, method)(items, errors, offset, **kwargs))
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


class _Worker:
    def __init__(self, ctx: Any, factory: Callable[..., Any], options: dict[str, Any]) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, factory, options), daemon=True)
        self.process.start()
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
    factory: Callable[..., Any],
    options: dict[str, Any],
    method: str,
    batches: Iterator[list[Any]],
    *,
    n_process: int,
    errors: str,
    kwargs: dict[str, Any],
    timeout: float | None,
    on_failure: Callable[[HindiBriefError, int], list[Any]],
) -> Iterator[Any]:
    """Run ``factory(**options).<method>(batch, errors, offset, **kwargs)`` over ``batches`` in
    ``n_process`` workers and yield the results in input order.

    ``on_failure(error, index)`` turns a text that killed or stalled its worker into the
    results to yield for it (``errors`` policy); it raises for ``errors="raise"``.
    """
    ctx = multiprocessing.get_context("spawn")
    workers = [_Worker(ctx, factory, options) for _ in range(n_process)]
    queue: deque[_Job] = deque()
    parts: dict[int, list[int]] = {}  # batch -> first positions of its jobs, in order
    done: dict[int, dict[int, tuple[str, Any]]] = {}  # batch -> part -> ("ok", results) | ("raise", exc)
    next_seq, next_index, offset = 0, 0, 0  # next batch to read; next job of the batch to yield
    yield_seq = 0
    source_error: BaseException | None = None
    exhausted = False

    def start(worker: _Worker, job: _Job) -> None:
        job.deadline = None
        if timeout is not None and worker.ready:
            job.deadline = time.monotonic() + timeout * len(job.items)
        worker.job = job
        try:
            worker.conn.send((method, job.items, errors, job.offset, kwargs))
        except OSError:  # it died before taking the job
            failed(worker, "died")

    def failed(worker: _Worker, why: str) -> None:
        job = worker.job
        assert job is not None
        workers[workers.index(worker)] = _Worker(ctx, factory, options)
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
            for worker in workers:
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
            wait_for = None if not deadlines else max(0.0, min(deadlines) - time.monotonic())
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
                    if reply[0] == "ready":
                        worker.ready = True
                        if timeout is not None:
                            job.deadline = time.monotonic() + timeout * len(job.items)
                        continue
                    worker.job = None
                    done[job.seq][job.part] = reply
                elif job.deadline is not None and now >= job.deadline:
                    failed(worker, f"ran past the time limit of {timeout:g} s per text")
        if source_error is not None:
            raise source_error
    finally:
        for worker in workers:
            worker.stop(force=worker.job is not None)
