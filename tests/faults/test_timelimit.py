"""The per-article watchdog: it fires on time, and it is not woken for every article."""
from __future__ import annotations

import threading
import time

import pytest

from newsfacts import timelimit
from newsfacts.timelimit import ArticleTimeout, _Watchdog


@pytest.fixture
def watchdog(monkeypatch):
    """A fresh watchdog (its own thread) in place of the process-wide one, with its wake-ups
    (notifications of its condition) counted."""
    dog = _Watchdog()
    notified = []
    notify = dog._cond.notify

    def counting_notify(n: int = 1) -> None:
        notified.append(n)
        notify(n)

    monkeypatch.setattr(dog._cond, "notify", counting_notify)
    monkeypatch.setattr(timelimit, "_WATCHDOG", dog)
    dog.notified = notified
    return dog


def _busy(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


def test_articles_in_a_row_wake_the_watcher_once(watchdog):
    for _ in range(200):
        with timelimit.time_limit(120):
            pass
    # every later deadline lies after the one it sleeps until (or it has not waited yet and
    # reads them all first), so it sleeps on
    assert watchdog.notified == []


def test_a_shorter_limit_after_long_ones_still_fires(watchdog):
    with timelimit.time_limit(120):
        pass
    time.sleep(0.05)  # the watcher now sleeps towards a deadline two minutes away
    started = time.monotonic()
    with pytest.raises(ArticleTimeout):
        with timelimit.time_limit(0.2):
            _busy(5)
    assert time.monotonic() - started < 2
    assert watchdog.notified  # it had to be woken for the earlier deadline


def test_a_finished_article_never_fires_later(watchdog):
    for _ in range(3):
        with timelimit.time_limit(0.1):
            pass
    _busy(0.4)  # would raise here if a disarmed deadline fired


def test_each_thread_has_its_own_deadline(watchdog):
    caught = {}

    def run(name: str, limit: float, work: float) -> None:
        try:
            with timelimit.time_limit(limit):
                _busy(work)
            caught[name] = None
        except ArticleTimeout:
            caught[name] = "timeout"

    threads = [threading.Thread(target=run, args=("slow", 0.2, 3)),
               threading.Thread(target=run, args=("quick", 60, 0.3))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert caught == {"slow": "timeout", "quick": None}
