"""A page stamp's weekday is part of its date; with no publication date, a month alone takes
no year from the text (sentences written for these tests)."""
from __future__ import annotations

import pytest

from newsfacts import settings
from newsfacts.api import make_doc


def dates(nlp, text, published="2021-03-17"):  # a Wednesday
    doc = nlp(make_doc(nlp, text, id="t", published=published))
    return [(s.text, s._.nf_date["start"], s._.nf_date["end"]) for s in doc.spans[settings.SPANS_DATES]]


@pytest.mark.parametrize("text, expected", [
    ("Port opens new berth\n\nWednesday - 17/03/2021 01:32\n\nThe port said ships would come.",
     [("Wednesday - 17/03/2021", "2021-03-17", "2021-03-17")]),
    ("Chamber greets traders\n\nSunday - 14 March 2021 - 11:40 AM\n\nThe chairman met them.",
     [("Sunday - 14 March 2021", "2021-03-14", "2021-03-14")]),
    ("Mayor accepts invitation\n\n16 March 2021, Tuesday\n\nOn March 16, the mayor met him.",
     [("16 March 2021, Tuesday", "2021-03-16", "2021-03-16"), ("March 16", "2021-03-16", "2021-03-16")]),
    ("Sunday, march 14, 2021\n\nThe fair closes in Lima.", [("Sunday, march 14, 2021", "2021-03-14", "2021-03-14")]),
])
def test_a_weekday_joined_to_its_day_is_one_date(nlp, text, expected):
    assert dates(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the weekday is not that day's: two expressions, as before
    ("The talks ended on Monday, 17/03/2021 at noon.", 2),
    # a weekday on another line is not the stamp's
    ("Fair opens\nFriday\n17/03/2021 the fair opened.", 2),
])
def test_weekdays_that_stay_apart(nlp, text, expected):
    assert len(dates(nlp, text)) == expected


def test_without_publication_date_a_month_alone_takes_no_year(nlp):
    text = ("Envoys meet in Quito\n\nThe envoys met on 12 May 2021 in Quito. They had agreed in March "
            "to meet, and will meet again on 5 June.")
    got = dates(nlp, text, published=None)
    assert ("12 May 2021", "2021-05-12", "2021-05-12") in got
    assert ("5 June", "2021-06-05", "2021-06-05") in got
    assert not [d for d in got if d[0] == "March"]
