"""Streaming extraction in this process or on a local process pool (``--workers N``).

Input is read lazily with :func:`newsfacts.io.read_inputs`, grouped into chunks, processed and
written as soon as each chunk is done, in input order. At most ``2 * workers`` chunks are in
flight, so memory does not grow with the size of the input.

A worker process that dies (killed, out of memory, a crash in C code) is detected: the pool
is rebuilt and the chunks that were in flight are run again, one at a time; a chunk whose
worker dies a second time becomes error records saying so. The run never hangs on a dead
worker.
"""
from __future__ import annotations

import multiprocessing as mp
import time
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures import TimeoutError as FuturesTimeout
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import Callable, Iterable, Iterator, List, Optional, Sequence

from .worker import ChunkResult, failed_chunk, get_nlp, pool_chunk, pool_init, process_items

DEFAULT_CHUNK_SIZE = 64


def chunked(iterable: Iterable, size: int) -> Iterator[list]:
    it = iter(iterable)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


def _mp_context():
    # spawn: fresh interpreters, no inherited threads or locks (safe when the caller runs
    # threads, e.g. a Dask client or a test runner); workers are children of this process.
    return mp.get_context("spawn")


#: Set when a pool lost a worker or had running workers terminated (an interrupted run): the
#: executor's manager thread may then wait for ever on a half-written result, and the
#: interpreter joins that thread at exit, so the CLI leaves by ``os._exit`` (see cli.main).
_TORN_DOWN: List[bool] = []


#: The torn-down executors' manager threads, waited for (briefly) before that exit; held here,
#: they also keep their queues alive until the main thread's finalizers unlink them.
_MANAGER_THREADS: list = []


def pools_torn_down() -> bool:
    return bool(_TORN_DOWN)


def let_torn_down_pools_finish(seconds: float) -> None:
    """Wait a little for the torn-down executors' manager threads to end. Such a thread, as it
    ends, drops the last reference to its call queue, whose semaphore is then unlinked and
    only after that unregistered from the resource tracker: leaving between the two makes the
    tracker warn of a "leaked semaphore" it cannot find. A thread stuck on a half-written result
    (the reason for leaving at once) only costs the wait."""
    deadline = time.monotonic() + seconds
    for thread in _MANAGER_THREADS:
        thread.join(max(0.0, deadline - time.monotonic()))


class _Pool:
    """A ProcessPoolExecutor that can be rebuilt after a worker died."""

    def __init__(self, workers: int, initargs: tuple):
        self.workers = workers
        self.initargs = initargs
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=_mp_context(),
                                   initializer=pool_init, initargs=self.initargs)

    def submit(self, chunk: list):
        return self.executor.submit(pool_chunk, chunk)

    def rebuild(self) -> None:
        _TORN_DOWN.append(True)
        self.shutdown()
        self.executor = self._new()

    def lost_worker(self) -> bool:
        """Whether a worker process of the current executor has ended (killed, crashed)."""
        processes = (getattr(self.executor, "_processes", None) or {}).values()
        return any(process.exitcode is not None for process in processes)

    def close(self) -> None:
        """The run is done and every chunk answered: idle workers exit by themselves."""
        self.executor.shutdown(wait=True)

    def shutdown(self) -> None:
        """Stop now: running workers are terminated, queued chunks dropped."""
        processes = list((getattr(self.executor, "_processes", None) or {}).values())
        manager = getattr(self.executor, "_executor_manager_thread", None)
        self.executor.shutdown(wait=False, cancel_futures=True)
        if manager is not None:
            _MANAGER_THREADS.append(manager)
        for process in processes:
            if process.is_alive():
                _TORN_DOWN.append(True)
                process.terminate()
        for process in processes:
            process.join(timeout=5)


DIED = ("a worker process died twice while processing this article's chunk "
        "(killed, out of memory or crashed); the chunk's articles were not processed")


#: Seconds between looks at the workers while waiting for a chunk, and the grace the executor
#: gets to report a dead worker itself before the wait is given up as a broken pool.
POLL_SECONDS, DEAD_GRACE_SECONDS = 1.0, 10.0


def _result(pool: _Pool, future) -> ChunkResult:
    """The chunk's result. The executor nearly always reports a killed worker as a broken
    pool, but a worker killed at the wrong moment (holding the task queue) can leave it
    waiting for ever: a dead worker that the executor does not report within the grace time
    counts as a broken pool too."""
    while True:
        try:
            return future.result(timeout=POLL_SECONDS)
        except FuturesTimeout:
            if not pool.lost_worker():
                continue
        try:
            return future.result(timeout=DEAD_GRACE_SECONDS)
        except FuturesTimeout:
            raise BrokenProcessPool("a worker died and the pool stopped answering") from None


def _retry_alone(pool: _Pool, chunks: List[list]) -> List[ChunkResult]:
    """The chunks that were in flight when a worker died, each run again alone."""
    results = []
    for chunk in chunks:
        try:
            results.append(_result(pool, pool.submit(chunk)))
        except BrokenProcessPool:
            pool.rebuild()
            results.append(failed_chunk(chunk, DIED))
    return results


def _submit(pool: _Pool, chunk: list):
    """The chunk's future, or None when the pool is already broken: a worker can die between
    two submissions, and the executor then refuses new work at once."""
    try:
        return pool.submit(chunk)
    except BrokenProcessPool:
        return None


def ordered_results(
    chunks: Iterable[list], workers: int,
    patterns_dir: Optional[str] = None, window: Optional[int] = None, limits=None,
) -> Iterator[ChunkResult]:
    """ChunkResults in input order; ``workers <= 1`` runs in this process."""
    if workers <= 1:
        nlp = get_nlp(patterns_dir)
        for chunk in chunks:
            yield process_items(nlp, chunk, limits=limits)
        return
    window = window or 2 * workers
    pool = _Pool(workers, (patterns_dir, limits))
    try:
        pending: deque = deque()  # (chunk, future)
        source = iter(chunks)
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < window:
                chunk = next(source, None)
                if chunk is None:
                    exhausted = True
                else:
                    pending.append((chunk, _submit(pool, chunk)))
            if not pending:
                break
            chunk, future = pending[0]
            try:
                if future is None:
                    raise BrokenProcessPool("a worker died before this chunk was submitted")
                result = _result(pool, future)
            except BrokenProcessPool:
                pool.rebuild()
                in_flight = [c for c, _ in pending]
                pending.clear()
                yield from _retry_alone(pool, in_flight)
                continue
            pending.popleft()
            yield result
        pool.close()
    finally:
        pool.shutdown()  # after close(): nothing is left to stop


def skip_done(items: Iterable, done_ids: Sequence[Optional[str]]) -> Iterator:
    """The items after the first ``len(done_ids)``, which a resumed run already wrote; each
    skipped item is checked against the id written for it (the inputs must not have changed)."""
    from ..io.output import UsageError

    it = iter(items)
    for n, done in enumerate(done_ids, start=1):
        item = next(it, None)
        if item is None:
            raise UsageError(f"the partial output has {len(done_ids)} lines but the inputs hold only "
                             f"{n - 1} articles: the inputs changed; delete the .partial file to start again")
        if done != item.id and not (isinstance(done, str) and done.startswith(f"{item.id}~")):
            raise UsageError(f"line {n} of the partial output is {done!r} but the inputs give {item.id!r} "
                             f"there: the inputs changed since the interrupted run; restore them or "
                             f"delete the .partial file to start again")
    yield from it


def run_local(
    inputs: List[str], out, *, workers: int = 1,
    patterns_dir: Optional[str] = None, chunk_size: int = DEFAULT_CHUNK_SIZE,
    on_chunk: Optional[Callable[[ChunkResult], None]] = None, stdin=None, fmt: str = "auto",
    published: Optional[str] = None, date_order: Optional[str] = None,
    limits=None, done_ids: Sequence[Optional[str]] = (),
) -> Counter:
    """Extract every input into ``out`` (a text stream or a :class:`~newsfacts.io.output.Sink`;
    one JSON line per article, input order); the counts. ``published``/``date_order``: the
    batch's settings (``extract --published/--date-order``); ``done_ids``: the ids a resumed
    run already wrote (their items are skipped)."""
    from ..io import read_inputs
    from ..io.output import Sink
    from ..io.readers import with_batch_settings

    sink = out if isinstance(out, Sink) else Sink(out, seen_ids=done_ids)
    items = with_batch_settings(read_inputs(inputs, stdin=stdin, fmt=fmt), published, date_order)
    if done_ids:
        items = skip_done(items, done_ids)
    chunks = chunked(items, chunk_size)
    for result in ordered_results(chunks, workers, patterns_dir, limits=limits):
        sink.write(result)
        if on_chunk:
            on_chunk(result)
    return sink.counts
