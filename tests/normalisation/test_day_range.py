"""day_range: the first and last day an ISO value covers at its granularity (shared by the
venue rules and the event calendar)."""
from datetime import date

import pytest

from newsfacts.normalisation.dates import day_range


@pytest.mark.parametrize("start,end,expected", [
    ("2025-06-04", None, (date(2025, 6, 4), date(2025, 6, 4))),
    ("2024-02", None, (date(2024, 2, 1), date(2024, 2, 29))),
    ("2025", None, (date(2025, 1, 1), date(2025, 12, 31))),
    ("2025-04-16", "2025-04", (date(2025, 4, 16), date(2025, 4, 30))),
    (None, "2025-04", None),
    ("April", None, None),
    ("2025-13", None, None),
])
def test_day_range(start, end, expected):
    assert day_range(start, end) == expected
