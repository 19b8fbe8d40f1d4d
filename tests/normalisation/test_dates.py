"""Date normalisation: a table of cases (cases_dates.jsonl) plus focused checks."""
from __future__ import annotations

import json
import random
import string
from datetime import date
from pathlib import Path

import pytest

from newsfacts.normalisation.dates import DateValue, normalise

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "cases_dates.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _id(case):
    return f"{case['text']!r}@{case['published']}/{case['tense']}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_case_table(case):
    value = normalise(case["text"], case["published"], tense=case["tense"])
    got = (value.start, value.end) if value else (None, None)
    assert got == (case["start"], case["end"])


def test_table_is_large():
    assert len(CASES) >= 300


def test_value_shape_and_grain():
    v = normalise("June 23 to 27, 2025", "2025-06-01")
    assert v == DateValue("2025-06-23", "2025-06-27", "day")
    assert v.as_dict() == {"start": "2025-06-23", "end": "2025-06-27"}
    assert normalise("May 2025", None).grain == "month"
    assert normalise("2026\u20132035", None).grain == "year"


def test_published_as_date_object():
    assert normalise("yesterday", date(2025, 1, 1)).start == "2024-12-31"


def test_weekday_on_publication_day_past_and_future():
    # 2025-06-19 is a Thursday
    assert normalise("on Thursday", "2025-06-19", tense="past").start == "2025-06-19"
    assert normalise("Thursday", "2025-06-19", tense="future").start == "2025-06-19"
    assert normalise("Thursday", "2025-06-20", tense="past").start == "2025-06-19"
    assert normalise("Thursday", "2025-06-20", tense="future").start == "2025-06-26"


def test_weekday_decides_the_year_of_a_yearless_date():
    # 18 February was a Monday in 2013 (and a Saturday in 2012)
    assert normalise("Monday, Feb 18", "2013-06-01", tense="past").start == "2013-02-18"


def test_numeric_dates_are_day_first_unless_only_month_first_fits():
    assert normalise("03/04/2025", None).start == "2025-04-03"
    assert normalise("10/31/1974", None).start == "1974-10-31"


@pytest.mark.parametrize("seed", range(5))
def test_junk_never_raises(seed):
    rng = random.Random(seed)
    alphabet = string.ascii_letters + string.digits + " -/.,'\u2013\u2014:;()"
    words = ["June", "May", "to", "-", "2025", "31", "last", "next", "Thursday", "of", "the", "ago", "/"]
    for _ in range(400):
        if rng.random() < 0.5:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        else:
            text = " ".join(rng.choice(words) for _ in range(rng.randint(1, 6)))
        value = normalise(text, rng.choice([None, "2025-06-15", "2000-02-29", "not a date"]),
                          tense=rng.choice([None, "past", "future"]))
        assert value is None or value.start <= value.end


def _exact_cases():
    import calendar

    years = ["1100", "1899", "1900", "1999", "2025", "2100", "2101", "2999", "3000", "0999", "1099"]
    months = [m for m in calendar.month_name if m] + ["Sept", "Sep", "Jun", "Mayo", "Junes"]
    days = ["0", "1", "9", "28", "29", "30", "31", "32", "05"]
    cases = list(years)
    for y in ("2024", "2025", "1900"):
        for m in months:
            for d in days:
                cases += [f"{d} {m} {y}", f"{m} {d}, {y}", f"{m} {d} {y}"]
    return cases


def test_the_exact_fast_path_gives_what_the_full_normaliser_gives():
    """``_exact`` reads the commonest shapes directly; whatever it answers must be what the
    whole normaliser answers, for any publication date and tense."""
    from newsfacts.normalisation.dates import _exact, _normalise

    answered = 0
    for text in _exact_cases():
        fast = _exact(text)
        if fast is None:
            continue
        answered += 1
        for published, tense in (("2025-06-18", None), ("2025-06-18", "past"), (None, "future")):
            assert _normalise(text, published, tense) == fast, (text, published, tense)
    assert answered > 500  # the shapes it is for are covered
