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

from .decide import NEAR_DAYS, day_range, same_event, twin_key, useful_dates
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


def twin_groups(mentions: Sequence[EventMention]) -> List[List[EventMention]]:
    """Mentions with one :func:`~newsfacts.calendar.decide.twin_key`, in order of first member."""
    groups: Dict[tuple, List[EventMention]] = {}
    for m in sorted(mentions, key=lambda m: m.order):
        groups.setdefault(twin_key(m), []).append(m)
    return list(groups.values())


def other_article(group: Sequence[EventMention], article: str) -> EventMention:
    """A member of the group from another article than ``article`` (None if there is none)."""
    return next((m for m in group if m.article != article), None)


def self_score(group: Sequence[EventMention]) -> float:
    """What any two members of a twin group from different articles score together."""
    partner = other_article(group, group[0].article) if len(group) > 1 else None
    return same_event(group[0], partner) if partner is not None else 0.0


def _links(a: Sequence[EventMention], b: Sequence[EventMention], score: float, joined: bool) -> List[Pair]:
    """Pairs that connect every member of two twin groups that score ``score`` together: one
    pair when each group already holds together, else every member to the other group."""
    out = []
    members = [(a[0], b)] if joined else [(x, b) for x in a] + [(y, a) for y in b]
    for x, group in members:
        y = other_article(group, x.article)
        if y is not None:
            out.append((score, min(x.order, y.order), max(x.order, y.order)))
        if joined and out:
            break
    return out


def pairs_in_block(block: Sequence[EventMention]) -> List[Pair]:
    """Pairs of the block that may be one event, scored, in a canonical order; enough of them
    to connect what is connected (twins are compared once, then chained)."""
    groups = twin_groups(block)
    selves = [self_score(g) for g in groups]
    out: List[Pair] = []
    for g, s in zip(groups, selves):
        if s > 0:
            for m in g[1:]:
                partner = g[0] if m.article != g[0].article else other_article(g, m.article)
                out.append((s, min(m.order, partner.order), max(m.order, partner.order)))
    index = {g[0].order: i for i, g in enumerate(groups)}
    for a, b in name_candidates([g[0] for g in groups]):
        ga, gb = groups[index[a.order]], groups[index[b.order]]
        x = a if other_article(gb, a.article) is not None else other_article(ga, b.article)
        y = other_article(gb, x.article) if x is not None else None
        score = same_event(x, y) if y is not None else 0.0
        if score > 0:
            joined = (len(ga) == 1 or selves[index[a.order]] > 0) and (len(gb) == 1 or selves[index[b.order]] > 0)
            out.extend(_links(ga, gb, score, joined))
    return sorted(set(out), key=lambda p: (p[1], p[2], p[0]))


def keyed(mentions: Iterable[EventMention]) -> Iterable[Tuple[BlockKey, EventMention]]:
    for m in mentions:
        for key in blocking_keys(m):
            yield key, m
