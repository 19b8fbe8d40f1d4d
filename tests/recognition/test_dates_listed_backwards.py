"""Two days listed backwards ("on 29th and 28th March 2022, respectively"): two days of one month,
no range running into the next year (sentences written for these tests)."""
from __future__ import annotations

import pytest

from newsfacts import settings
from newsfacts.api import make_doc
from newsfacts.nlp import build_nlp


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def dates(nlp, text, published="2022-03-30"):
    doc = nlp(make_doc(nlp, text, id="t", published=published))
    return [(s.text, s._.nf_date["start"], s._.nf_date["end"]) for s in doc.spans[settings.SPANS_DATES]]


def test_days_listed_backwards_are_two_days_of_the_month(nlp):
    found = dates(nlp, "The Lake Council and the Hill Board will meet on 29th and 28th March 2022, respectively.")
    assert ("29th", "2022-03-29", "2022-03-29") in found
    assert ("28th March 2022", "2022-03-28", "2022-03-28") in found
    assert not any(end > "2022-12-31" for _, _, end in found)


def test_a_bare_day_listed_before_a_dated_day_takes_its_month_and_year(nlp):
    found = dates(nlp, "The two panels sat on 14th and 12th May 2021, one after the other.", published="2022-06-01")
    assert ("14th", "2021-05-14", "2021-05-14") in found


@pytest.mark.parametrize("text, expected", [
    ("The river forum runs from 28 December to 3 January.", ("28 December to 3 January", "2022-12-28", "2023-01-03")),
    ("The valley talks took place on 28th and 29th March 2022.", ("28th and 29th March 2022", "2022-03-28", "2022-03-29")),
    ("Visits were paid in August and November 2014.", ("August", "2014-08", "2014-08")),
])
def test_ranges_and_lists_that_stay(nlp, text, expected):
    assert expected in dates(nlp, text, published="2022-12-01")
