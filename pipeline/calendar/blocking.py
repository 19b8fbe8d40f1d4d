"""Blocking: which mentions are worth comparing at all.

Every pair that :func:`~newsfacts.calendar.decide.same_event` can score above 0 shares a
blocking key, because each rule there needs either the same ordinal or overlapping dates of
month granularity or finer:

- ``("ordinal", n)`` for a mention with ordinal ``n``;
- ``("month", "YYYY-MM")`` for every month its dates cover (widened by ``NEAR_DAYS``), when they are useful for tying
  unnumbered events (a month or a day, a range of at most three months).

Pairs are compared only within a block; the blocks are independent, so an engine can group
mentions by key on its workers and compare within each group.
"""
from __future__ import annotations

from itertools import combinations
from typing import Hashable, Iterable, List, Sequence, Tuple

from datetime import timedelta

from .decide import NEAR_DAYS, day_range, same_event, useful_dates
from .mentions import EventMention, Order

BlockKey = Tuple[str, Hashable]
#: A scored candidate pair: (score, order of the first mention, order of the second).
Pair = Tuple[float, Order, Order]


def blocking_keys(m: EventMention) -> List[BlockKey]:
    keys: List[BlockKey] = []
    if m.ordinal is not None:
        keys.append(("ordinal", m.ordinal))
    if useful_dates(m):
        lo, hi = day_range(m.start, m.end)
        # widened by the days two reports of one event may disagree (decide.NEAR_DAYS)
        lo, hi = lo - timedelta(days=NEAR_DAYS), hi + timedelta(days=NEAR_DAYS)
        year, month = lo.year, lo.month
        while (year, month) <= (hi.year, hi.month):
            keys.append(("month", f"{year:04d}-{month:02d}"))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return keys


def pairs_in_block(block: Sequence[EventMention]) -> List[Pair]:
    """Every pair of the block that may be one event, scored; in a canonical order."""
    ordered = sorted(block, key=lambda m: m.order)
    out = []
    for a, b in combinations(ordered, 2):
        score = same_event(a, b)
        if score > 0:
            out.append((score, a.order, b.order))
    return out


def keyed(mentions: Iterable[EventMention]) -> Iterable[Tuple[BlockKey, EventMention]]:
    for m in mentions:
        for key in blocking_keys(m):
            yield key, m
