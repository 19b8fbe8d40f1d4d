"""Streaming extraction in this process or on a local process pool (``--workers N``).

Input is read lazily with :func:`newsfacts.io.read_inputs`, grouped into chunks, processed and
written as soon as each chunk is done, in input order. At most ``2 * workers`` chunks are in
flight, so memory does not grow with the size of the input (``Pool.imap`` alone would read
the whole input ahead).
"""
from __future__ import annotations

import multiprocessing as mp
from collections import Counter, deque
from itertools import islice
from typing import Callable, Iterable, Iterator, List, Optional, TextIO

from .worker import ChunkResult, get_nlp, pool_chunk, pool_init, process_items

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
    # threads, e.g. a Dask client or a test runner); workers are children of this process, so
    # they are reaped (and counted by getrusage) when the pool closes.
    return mp.get_context("spawn")


def ordered_results(
    chunks: Iterable[list], workers: int,
    patterns_dir: Optional[str] = None, window: Optional[int] = None,
) -> Iterator[ChunkResult]:
    """ChunkResults in input order; ``workers <= 1`` runs in this process."""
    if workers <= 1:
        nlp = get_nlp(patterns_dir)
        for chunk in chunks:
            yield process_items(nlp, chunk)
        return
    window = window or 2 * workers
    ctx = _mp_context()
    with ctx.Pool(workers, initializer=pool_init, initargs=(patterns_dir,)) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.apply_async(pool_chunk, (chunk,)))
            if len(pending) >= window:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def run_local(
    inputs: List[str], out: TextIO, *, workers: int = 1,
    patterns_dir: Optional[str] = None, chunk_size: int = DEFAULT_CHUNK_SIZE,
    on_chunk: Optional[Callable[[ChunkResult], None]] = None, stdin=None,
    published: Optional[str] = None, date_order: Optional[str] = None,
) -> Counter:
    """Extract every input into ``out`` (one JSON line per article, input order); the counts.
    ``published``/``date_order``: the batch's settings (``extract --published/--date-order``)."""
    from ..io import read_inputs
    from ..io.readers import with_batch_settings

    totals: Counter = Counter()
    items = with_batch_settings(read_inputs(inputs, stdin=stdin), published, date_order)
    for result in ordered_results(chunked(items, chunk_size), workers, patterns_dir):
        if result.lines:
            out.write("\n".join(result.lines) + "\n")
        totals.update(result.counts)
        if on_chunk:
            on_chunk(result)
    return totals
