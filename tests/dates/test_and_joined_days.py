"""Two full dates joined by "and": a range when the days are next to each other or "between"
opens them, else two dates (sentences written for this test)."""
import pytest

from newsfacts import extract


@pytest.mark.parametrize("text,published,expected", [
    # two days apart: each its own date (the first takes the year written after the second)
    ("The envoys met on 9 June and 4 July 2014 in Accra.", "2016-10-29",
     [("2014-06-09", "2014-06-09"), ("2014-07-04", "2014-07-04")]),
    ("Polls are due on April 12 and May 18.", "2025-03-01",
     [("2025-04-12", "2025-04-12"), ("2025-05-18", "2025-05-18")]),
    # next to each other across a month's end: one two-day range
    ("The council sat on 30 April and 1 May 2026 in Lusaka.", "2026-05-02", [("2026-04-30", "2026-05-01")]),
    ("Talks ran Feb. 28 and March 1, 2026.", "2026-03-02", [("2026-02-28", "2026-03-01")]),
    # "between" (or "from") makes a range of any length
    ("The review ran between 9 June and 4 July 2014.", "2016-10-29", [("2014-06-09", "2014-07-04")]),
    # days of one month keep the usual reading
    ("The forum met on 10 and 11 March 2024.", "2024-03-20", [("2024-03-10", "2024-03-11")]),
    # days running backwards ("... respectively") are two dates, never a range of a year
    ("The boards met on 16th and 15th May 2023, respectively.", "2023-05-20",
     [("2023-05-16", "2023-05-16"), ("2023-05-15", "2023-05-15")]),
    ("The boards met on 16th and 15th May, respectively.", "2023-05-20",
     [("2023-05-16", "2023-05-16"), ("2023-05-15", "2023-05-15")]),
])
def test_and_joined_days(text, published, expected):
    record = extract(text, id="a", published=published)
    assert [(d.start, d.end) for d in record.dates] == expected
