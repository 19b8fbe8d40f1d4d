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

from typing import Dict, Hashable, Iterable, List, Sequence, Tuple

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


def name_candidates(block: Sequence[EventMention]) -> List[Tuple[EventMention, EventMention]]:
    """The pairs of a block whose names may agree (``decide.name_relation``): the same acronym,
    or the rarest word of one name among the other's words - which every equal or contained
    pair has. Saves comparing every "summit" with every "workshop" of a month."""
    by_word: Dict[str, List[EventMention]] = {}
    by_acronym: Dict[str, List[EventMention]] = {}
    for m in block:
        for word in m.words:
            by_word.setdefault(word, []).append(m)
        if m.effective_acronym:
            by_acronym.setdefault(m.effective_acronym, []).append(m)
    by_order = {m.order: m for m in block}
    pairs = set()
    for m in block:
        others = []
        if m.words:
            anchor = min(m.words, key=lambda w: (len(by_word[w]), w))
            others = by_word[anchor]
        if m.effective_acronym:
            others = others + by_acronym[m.effective_acronym]
        for o in others:
            if o.order != m.order:
                pairs.add((m.order, o.order) if m.order < o.order else (o.order, m.order))
    return [(by_order[a], by_order[b]) for a, b in sorted(pairs)]


def pairs_in_block(block: Sequence[EventMention]) -> List[Pair]:
    """Every pair of the block that may be one event, scored; in a canonical order."""
    out = []
    for a, b in name_candidates(block):
        score = same_event(a, b)
        if score > 0:
            out.append((score, a.order, b.order))
    return out


def keyed(mentions: Iterable[EventMention]) -> Iterable[Tuple[BlockKey, EventMention]]:
    for m in mentions:
        for key in blocking_keys(m):
            yield key, m
