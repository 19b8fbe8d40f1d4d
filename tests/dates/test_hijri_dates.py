"""Hijri dates: the tabular calendar, and a Hijri date written beside its Gregorian day
(sentences written for this test)."""
from datetime import date

import pytest

from newsfacts import extract
from newsfacts.normalisation.hijri import agrees, hijri_to_gregorian


@pytest.mark.parametrize("hijri,gregorian", [
    ((1, 1, 1), date(622, 7, 19)),        # the civil epoch, 16 July 622 Julian
    ((1445, 9, 3), date(2024, 3, 13)),
    ((1446, 11, 20), date(2025, 5, 18)),
    ((1443, 8, 5), date(2022, 3, 9)),      # Umm al-Qura: 8 March, a day before
])
def test_tabular_hijri_calendar(hijri, gregorian):
    assert hijri_to_gregorian(*hijri) == gregorian


def test_impossible_hijri_dates_have_no_day():
    assert hijri_to_gregorian(1445, 13, 1) is None and hijri_to_gregorian(1445, 1, 31) is None
    assert agrees(1443, 8, 5, "2022-03-08") and not agrees(1443, 8, 5, "2022-03-20")


@pytest.mark.parametrize("text,expected", [
    ("The Cabinet met on 5 Shaban 1443 AH corresponding to March 08, 2022 in Riyadh.",
     [("5 Shaban 1443 AH", "2022-03-08"), ("March 08, 2022", "2022-03-08")]),
    ("The Council met on Tuesday, March 13, 2024 (Ramadan 3, 1445), in Riyadh.",
     [("Tuesday, March 13, 2024", "2024-03-13"), ("Ramadan 3, 1445", "2024-03-13")]),
    ("RIYADH, Dhu al-Qadah 20, 1446, May 18, 2025, SPA -- The Crown Prince received the envoy.",
     [("Dhu al-Qadah 20, 1446", "2025-05-18"), ("May 18, 2025", "2025-05-18")]),
    # alone, or beside a day the tabular calendar does not agree with: no value
    ("The season will start on 12 Dhul Hijjah 1446 AH, the ministry said.", []),
    ("The Cabinet met on 5 Shaban 1443 AH corresponding to March 20, 2022.", [("March 20, 2022", "2022-03-20")]),
    ("The 5th Hajj Conference 1447 AH opened in Jeddah.", []),             # a Hijri year is no calendar year
])
def test_hijri_date_beside_its_gregorian_day(text, expected):
    record = extract(text, id="h", published="2025-06-10")
    assert [(d.text, d.start) for d in record.dates] == expected


def test_a_glued_abbreviated_month_and_day_in_a_byline():
    record = extract("Jane Doe I Sunday, Oct.26, 2025\nLAGOS, NIGERIA \u2014The state said so.", id="b",
                     published="2025-10-26")
    assert ("2025-10-26", "2025-10-26") in [(d.start, d.end) for d in record.dates]
