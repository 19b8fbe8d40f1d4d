"""Ranges of years told with "through to" or opened by "this/next/last year" (sentences written
for this test)."""
import pytest

from newsfacts import extract


@pytest.mark.parametrize("text,expected", [
    ("The plan runs from 2026 through to 2030.", [("2026 through to 2030", "2026", "2030")]),
    ("The two agencies will cooperate beginning this year until 2028.", [("this year until 2028", "2025", "2028")]),
    ("The programme will run from next year through to 2030.", [("next year through to 2030", "2026", "2030")]),
    ("The accord has applied from last year to 2027.", [("last year to 2027", "2024", "2027")]),
    # no range backwards: a year and a year
    ("Exports rose 5% this year to 2025 levels.", [("this year", "2025", "2025"), ("2025", "2025", "2025")]),
])
def test_year_ranges(text, expected):
    record = extract(text, id="y", published="2025-10-18")
    assert [(d.text, d.start, d.end) for d in record.dates] == expected


def test_a_plan_runs_through_to_its_last_year():
    record = extract("The ministers adopted the Regional Fisheries Strategy, which will run from 2026 "
                     "through to 2030.", id="y", published="2025-10-18")
    assert [(i.name, i.start, i.end) for i in record.instruments] == [("Regional Fisheries Strategy", "2026", "2030")]
