"""A time limit for one article, in whatever thread processes it (the main thread, a pool
worker, a Dask worker thread): a watchdog thread raises :class:`ArticleTimeout` in the
processing thread when the deadline passes.

The exception is delivered between two Python bytecodes (``PyThreadState_SetAsyncExc``),
so a single long call into C code is only interrupted when it returns; the tokenizer and
rule guards keep those calls short.
"""
from __future__ import annotations

import ctypes
import threading
import time
from contextlib import contextmanager
from typing import Iterator, Optional


class ArticleTimeout(Exception):
    """An article ran past its time limit."""


class _Watchdog:
    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._armed: dict = {}  # thread ident -> deadline (monotonic seconds)
        self._thread: Optional[threading.Thread] = None
        #: when the watcher wakes next (monotonic seconds); -inf before it first waits: it
        #: reads every deadline before it waits, so it needs no wake-up then
        self._wake_at = float("-inf")

    def arm(self, ident: int, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        with self._cond:
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._watch, name="newsfacts-timeout", daemon=True)
                self._thread.start()
            self._armed[ident] = deadline
            # woken only when it would sleep past this deadline: one wake-up per article would
            # cost the processing thread the GIL and a context switch for every article
            if deadline < self._wake_at:
                self._cond.notify()

    def disarm(self, ident: int) -> None:
        with self._cond:
            self._armed.pop(ident, None)

    def _watch(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for ident, deadline in list(self._armed.items()):
                    if deadline <= now:
                        del self._armed[ident]
                        ctypes.pythonapi.PyThreadState_SetAsyncExc(
                            ctypes.c_ulong(ident), ctypes.py_object(ArticleTimeout))
                wait = max(min(self._armed.values(), default=now + 60.0) - now, 0.01)
                self._wake_at = now + wait
                self._cond.wait(timeout=wait)


_WATCHDOG = _Watchdog()


@contextmanager
def time_limit(seconds: Optional[float]) -> Iterator[None]:
    """Raise :class:`ArticleTimeout` in this thread when the block runs past ``seconds``
    (None or <= 0: no limit). Catch it outside the ``with`` block: it may arrive just as the
    block ends."""
    if not seconds or seconds <= 0:
        yield
        return
    ident = threading.get_ident()
    _WATCHDOG.arm(ident, seconds)
    try:
        yield
    finally:
        _WATCHDOG.disarm(ident)
