"""Pausing Python's cyclic garbage collector while a batch is processed.

A brief allocates thousands of small objects that live until its batch is done. The
collector counts them as they survive its young passes and, once enough have
accumulated, runs a full pass over every object of the process: in a process that has
imported a few large libraries such a pass takes around 100 ms, and it came round
often enough to cost 1.5-2 ms per 500-word brief (``benchmarks/stages.py``). The
objects are freed by reference counting when the batch ends; hindi_brief builds no
reference cycles, so pausing the collector for the batch frees the same memory and
skips those passes. Mercurial's ``util.nogc`` does the same for the same reason.

The pause is scoped: the collector is switched back on when the outermost paused
block ends (also on an exception), and only if it was on when that block began, so
a program that turned it off itself keeps it off. Threads share one count.
"""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from typing import Iterator

__all__ = ["collector_paused"]

_lock = threading.Lock()
_depth = 0
_resume = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off (see the module doc)."""
    global _depth, _resume
    with _lock:
        if _depth == 0:
            _resume = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _resume:
                gc.enable()
