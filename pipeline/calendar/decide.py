"""Is this the same event? Small pure functions over two :class:`EventMention` s.

:func:`same_event` scores a pair (0: not the same event; higher: more certainly the same);
:func:`contradicts` says when two mentions can never be one event, which keeps a merged
cluster consistent (two editions never meet through a third mention that names neither).

The rules, strongest first:

- one article never reports one event twice (its events were already merged by linking);
- two ordinals or two acronyms that differ are two events;
- the names must agree: equal content words, the same acronym, or the words of one contained
  in the other's ("the 47th ASEAN Summit" in "47th ASEAN Summit and Related Summits");
- the same edition (same ordinal) of a named event is one event unless the dates are more than
  ``EDITION_DATE_SLACK_DAYS`` apart, or the countries differ with no dates to tie them; a
  disagreement within that slack is a conflict of the merged record, not two events;
- without an ordinal on both sides, the dates must be known (a month or finer) and overlap,
  and the countries must not differ, except for the same name: then dates up to
  ``NEAR_DAYS`` apart in the same city, or two countries on overlapping dates, are
  conflicts of one event;
- a descriptive event ("bilateral meeting") needs the same day, the same city, and a shared
  official, or the same words when one side names nobody.
"""
from __future__ import annotations

from typing import Optional

from ..normalisation.dates import day_range
from .mentions import EventMention, distinctive

#: Articles on one edition may disagree on its dates by this much and still be one event.
EDITION_DATE_SLACK_DAYS = 45
#: The same name in the same city this many days apart: one event, its dates a conflict.
NEAR_DAYS = 3
#: A date range longer than this says too little to tie two unnumbered events together.
MAX_USEFUL_RANGE_DAYS = 92


def granularity(value: Optional[str]) -> int:
    """3 for a day, 2 for a month, 1 for a year, 0 for nothing."""
    return len(value.split("-")) if value else 0


def date_gap(a: EventMention, b: EventMention) -> Optional[int]:
    """Days between the two events' date ranges (0 when they overlap); None if one is unknown."""
    ra, rb = day_range(a.start, a.end), day_range(b.start, b.end)
    if ra is None or rb is None:
        return None
    if ra[1] < rb[0]:
        return (rb[0] - ra[1]).days
    if rb[1] < ra[0]:
        return (ra[0] - rb[1]).days
    return 0


def useful_dates(m: EventMention) -> bool:
    """Dates fine enough to tie two unnumbered events: a month or a day, a short range."""
    span = day_range(m.start, m.end)
    return span is not None and granularity(m.start) >= 2 and (span[1] - span[0]).days <= MAX_USEFUL_RANGE_DAYS


def _country(m: EventMention) -> Optional[str]:
    return m.venue[2] if m.venue else None


def _city(m: EventMention) -> Optional[str]:
    return m.place_key


def countries_differ(a: EventMention, b: EventMention) -> bool:
    ca, cb = _country(a), _country(b)
    return bool(ca and cb and ca != cb)


def name_relation(a: EventMention, b: EventMention) -> Optional[str]:
    """ "acronym" | "equal" | "contained" | None: how the two names agree."""
    if a.effective_acronym and a.effective_acronym == b.effective_acronym:
        return "acronym"
    if not a.words or not b.words:
        return None
    if a.words == b.words:
        return "equal"
    small, large = (a.words, b.words) if len(a.words) < len(b.words) else (b.words, a.words)
    if small < large and distinctive(small):
        return "contained"
    return None


def contradicts(a: EventMention, b: EventMention) -> bool:
    """Can these two never be one event?"""
    if a.article == b.article:
        return True
    if a.ordinal is not None and b.ordinal is not None and a.ordinal != b.ordinal:
        return True
    if a.effective_acronym and b.effective_acronym and a.effective_acronym != b.effective_acronym:
        return True
    gap = date_gap(a, b)
    if gap is not None and gap > EDITION_DATE_SLACK_DAYS:
        return True
    return a.specific and b.specific and name_relation(a, b) is None


def _shares_official(a: EventMention, b: EventMention) -> bool:
    return bool(a.official_keys & b.official_keys)


def _descriptive_score(a: EventMention, b: EventMention, relation: str) -> float:
    if granularity(a.start) < 3 or granularity(b.start) < 3 or date_gap(a, b) != 0:
        return 0.0
    if not (_city(a) and _city(a) == _city(b)):
        return 0.0
    if _shares_official(a, b):
        return 1.0
    # the same words and nobody named on one side; two named, different sets of people
    # ("bilateral meeting" with one counterpart, then with another) are two meetings
    return 1.0 if relation == "equal" and not (a.official_keys and b.official_keys) else 0.0


def same_event(a: EventMention, b: EventMention) -> float:
    """How surely two event mentions of different articles are one event (0: they are not)."""
    if contradicts(a, b):
        return 0.0
    relation = name_relation(a, b)
    if relation is None:
        return 0.0
    if not (a.specific and b.specific):
        return _descriptive_score(a, b, relation)
    gap = date_gap(a, b)
    if a.ordinal is not None and a.ordinal == b.ordinal:
        if relation == "contained" and (gap != 0 or countries_differ(a, b)):
            return 0.0  # a shorter name is the same edition only when dates and place agree
        if gap is None and countries_differ(a, b):
            return 0.0
        score = 2.5 if relation == "contained" else 3.0
    else:
        if not (useful_dates(a) and useful_dates(b)) or gap is None:
            return 0.0
        same_name = relation != "contained"
        near = gap == 0 or (same_name and gap <= NEAR_DAYS and _city(a) and _city(a) == _city(b))
        if not near or (countries_differ(a, b) and not (same_name and gap == 0)):
            return 0.0
        score = 1.5 if relation == "contained" else 2.0
    if a.start and a.start == b.start and a.end == b.end:
        score += 0.3
    if _city(a) and _city(a) == _city(b):
        score += 0.2
    return score


def twin_key(m: EventMention) -> tuple:
    """Everything :func:`same_event` and :func:`contradicts` read but the article: two mentions
    with one twin key (wire copies of one report) score the same against any third mention,
    so an engine may compare one of them for all (a big event told by thousands of articles
    must not cost millions of comparisons)."""
    return (m.words, m.effective_acronym, m.ordinal, m.start, m.end, m.specific, m.place_key,
            m.venue[2] if m.venue else None, m.official_keys)
