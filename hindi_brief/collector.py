"""Pausing Python's cyclic garbage collector while a batch is processed.

A brief allocates thousands of small objects that live until its batch is done. The
collector counts them as they survive its young passes and, once enough have
accumulated, runs a full pass over every object of the process: in a process that has
imported a few large libraries such a pass takes around 100 ms, and it came round
often enough to cost 1.5-2 ms per 500-word brief (``benchmarks/stages.py``). The
objects are freed by reference counting when the batch ends; hindi_brief builds no
reference cycles, so pausing the collector for the batch frees the same memory and
skips those passes. Mercurial's ``util.nogc`` does the same for the same reason.

The pause is scoped: the collector is switched back on when the last paused block
ends (also on an exception), and only if it was on when the pause began, so a
program that turned it off itself keeps it off. Blocks nest within a thread.

The switch is process-wide, so the pause is bounded for the rest of the program:
when threads brief at once their blocks overlap and the pause could otherwise last
as long as they keep briefing, leaving reference cycles made by unrelated code
uncollected all that time. So when one thread's block ends while another thread's
still holds the pause, and the collector has been off for ``MAX_PAUSE_S`` or more,
that thread runs one full ``gc.collect()`` (only if the collector was on when the
pause began) and the clock starts again. A cycle made elsewhere in the process is
then collected within about ``MAX_PAUSE_S`` plus one block. One thread briefing
alone is paused exactly as before: its collector comes back on after every block.
"""

from __future__ import annotations

import gc
import threading
import time
from contextlib import contextmanager
from typing import Iterator

__all__ = ["collector_paused", "MAX_PAUSE_S"]

#: Longest time (seconds) the collector stays off while blocks of several threads overlap, before
#: a thread leaving its block collects once. A full pass costs about 100 ms in a process with large
#: libraries loaded: at most one a second keeps that under a tenth of the time, while memory held by
#: unrelated cycles stays bounded by what the program makes in about a second.
MAX_PAUSE_S = 1.0

_lock = threading.Lock()
_local = threading.local()
_holders = 0  # threads inside a paused block
_resume = False  # the collector was on when the pause began
_since = 0.0  # time.monotonic() when the pause began or the collector last ran


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off (see the module doc)."""
    global _holders, _resume, _since
    depth = getattr(_local, "depth", 0)
    _local.depth = depth + 1
    if depth == 0:
        with _lock:
            if _holders == 0:
                _resume = gc.isenabled()
                gc.disable()
                _since = time.monotonic()
            _holders += 1
    try:
        yield
    finally:
        _local.depth = depth
        if depth == 0:
            collect = False
            with _lock:
                _holders -= 1
                if _holders == 0:
                    if _resume:
                        gc.enable()
                elif _resume and time.monotonic() - _since >= MAX_PAUSE_S:
                    collect = True
                    _since = time.monotonic()
            # Outside the lock: the pass takes a while, and a finalizer it runs may brief.
            if collect:
                gc.collect()
