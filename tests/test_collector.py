"""The garbage collector is paused during a batch and given back as it was found."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

import hindi_brief as hb
from hindi_brief.collector import collector_paused

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    (gc.enable if was else gc.disable)()


def test_paused_inside_and_restored_after(collector_on):
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():  # nested blocks: only the outermost one gives it back
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_restored_after_an_exception(collector_on):
    with pytest.raises(ZeroDivisionError):
        with collector_paused():
            1 / 0
    assert gc.isenabled()


def test_a_collector_the_program_turned_off_stays_off(collector_on):
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


def test_briefs_leave_the_collector_as_they_found_it(collector_on):
    nlp = hb.Pipeline()
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    nlp.brief(texts[0])
    assert gc.isenabled()
    list(nlp.pipe_briefs(texts + ["", None], errors="collect"))
    list(nlp.pipe(texts))
    assert gc.isenabled()


def test_briefs_make_no_reference_cycles(collector_on):
    # Pausing the collector is safe only because the pipeline's objects are freed by
    # reference counting: a cycle would be garbage only the collector can free.
    nlp = hb.Pipeline()
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]

    def run() -> list:
        results = list(nlp.pipe_briefs(texts)) + [nlp.brief(t) for t in texts] + list(nlp.pipe(texts))
        return results + [hb.keywords(texts[0]), hb.summarize(texts[1])]

    run()  # models loaded and caches warm before counting
    gc.collect()
    gc.disable()
    results = run()
    del results
    assert gc.collect() == 0


def test_threads_briefing_at_once_leave_other_cycles_collected(collector_on):
    # Two threads brief back to back, so their paused blocks overlap and the collector would stay off
    # for as long as they run; reference cycles made meanwhile by unrelated code must still be collected
    # within about MAX_PAUSE_S.
    import threading
    import time
    import weakref

    from hindi_brief.collector import MAX_PAUSE_S

    nlp = hb.Pipeline()
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    nlp.brief(texts[0])  # models loaded before the threads start
    stop = threading.Event()

    def work() -> None:
        while not stop.is_set():
            list(nlp.pipe_briefs(texts * 4, batch_size=8))

    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the collector frees it

    freed = []
    refs = []
    threads = [threading.Thread(target=work, daemon=True) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        t0 = time.monotonic()
        while not freed and time.monotonic() - t0 < MAX_PAUSE_S + 4:
            for _ in range(20):
                refs.append(weakref.ref(Node(), freed.append))
            time.sleep(0.01)
        waited = time.monotonic() - t0
        collected = len(freed)  # counted before the threads stop (and the collector comes back on)
        threads_alive = all(t.is_alive() for t in threads)
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert threads_alive
    assert collected, f"no cycle collected in {waited:.1f} s while two threads briefed"
    assert gc.isenabled()
