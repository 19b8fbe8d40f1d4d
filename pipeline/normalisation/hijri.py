"""Dates of the Hijri calendar: the tabular (arithmetical) reckoning, pure functions.

Official calendars (Umm al-Qura, moon sighting) differ from the tabular one by a day or two,
so a Hijri date is only given a value where the text writes its Gregorian day beside it
(:mod:`newsfacts.recognition.hijri`); the tabular day checks that the two agree.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

#: The Julian day number of 1 Muharram 1 AH (16 July 622, Julian; the civil epoch).
_EPOCH = 1948439
#: Julian day number minus the proleptic Gregorian ordinal of :class:`datetime.date`.
_JDN_OFFSET = 1721425
#: How many days an official Hijri calendar may stand from the tabular one.
TOLERANCE_DAYS = 2


def hijri_to_gregorian(year: int, month: int, day: int) -> Optional[date]:
    """The Gregorian day of a Hijri date by the tabular calendar (30-year cycle, leap years
    2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29), or None for an impossible one."""
    if not (1 <= month <= 12 and 1 <= day <= 30 and year >= 1):
        return None
    days_before_month = (59 * (month - 1) + 1) // 2  # ceil(29.5 * (month - 1))
    jdn = day + days_before_month + (year - 1) * 354 + (3 + 11 * year) // 30 + _EPOCH
    return date.fromordinal(jdn - _JDN_OFFSET)


def agrees(year: int, month: int, day: int, gregorian: str) -> bool:
    """The Hijri date is within :data:`TOLERANCE_DAYS` of the ISO day ``gregorian``."""
    tabular = hijri_to_gregorian(year, month, day)
    try:
        written = date.fromisoformat(gregorian)
    except ValueError:
        return False
    return tabular is not None and abs((tabular - written).days) <= TOLERANCE_DAYS
