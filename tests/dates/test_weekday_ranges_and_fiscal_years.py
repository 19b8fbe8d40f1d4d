"""Ranges with a weekday at both ends and fiscal years written in full (sentences written for
this test; published 2025-06-10)."""
import pytest

from newsfacts import extract


@pytest.mark.parametrize("text,expected", [
    ("The week-long event runs from Monday, 16 June through Friday, 20 June 2025.",
     [("2025-06-16", "2025-06-20")]),
    ("The talks run from Monday, June 16, to Friday, June 20, 2025, in Suva.", [("2025-06-16", "2025-06-20")]),
    ("The fair is open from Tuesday 17 June - Thursday 19 June.", [("2025-06-17", "2025-06-19")]),
    ("The 2025/2026 budget was tabled.", [("2025", "2026")]),
    # two days joined by "and" stay two dates; years that do not follow each other are no fiscal year
    ("They met on Monday, 16 June and on Friday, 20 June.", [("2025-06-16", "2025-06-16"), ("2025-06-20", "2025-06-20")]),
    ("The 2019/2023 review was tabled.", []),
])
def test_weekday_ranges_and_fiscal_years(text, expected):
    record = extract(text, id="r", published="2025-06-10")
    assert [(d.start, d.end) for d in record.dates] == expected
