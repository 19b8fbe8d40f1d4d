"""Dates, session 30: a day glued to its month with an ordinal suffix, a numeric date that is
the day of writing by one reading only, the year of the text in a story without a publication
date, and two glossed weekdays as a range.
All sentences are made up."""
from __future__ import annotations

import re

import pytest

from newsfacts import settings
from newsfacts.api import make_doc
from newsfacts.nlp import build_nlp
from newsfacts.normalisation.dates import normalise


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def dates(nlp, text, published=None):
    doc = nlp(make_doc(nlp, text, id="t", published=published))
    return [(s.text, s._.nf_date["start"], s._.nf_date["end"]) for s in doc.spans[settings.SPANS_DATES]]


@pytest.mark.parametrize("text,start", [
    ("22ndOctober, 2018", "2018-10-22"), ("1stMarch 2021", "2021-03-01"), ("3rdMay", "2025-05-03"),
    ("22nd October 2018", "2018-10-22"),
])
def test_ordinal_glued_to_its_month(text, start):
    assert normalise(text, "2025-06-18").start == start


def test_ordinal_suffix_before_other_words_stays():
    # "1st" before a word that is no month keeps its old reading (no date)
    assert normalise("1stfloor", "2025-06-18") is None


def test_weekday_and_glued_ordinal_day_in_a_sentence(nlp):
    found = dates(nlp, "The envoy will on Tuesday, 14thJanuary, 2025, open the fair in Lome.", "2025-01-10")
    assert ("Tuesday, 14thJanuary, 2025", "2025-01-14", "2025-01-14") in found


@pytest.mark.parametrize("text,published,expected", [
    # the article's month-first dates would read "13-10-2026" no way but day first anyway;
    # "11-10-2026" is ambiguous: day first is the day of writing, month first is November 10th
    ("Updated 11-10-2026, 09:12. The envoys met on October 9 in Sofia.", "2026-10-11", "2026-10-11"),
    # a day-first country's site, a month-first stamp that is the day of writing
    ("Posted: 04/07/2026. LONDON, 7 April 2026 - The talks ended.", "2026-04-07", "2026-04-07"),
])
def test_numeric_date_that_is_the_day_of_writing(nlp, text, published, expected):
    numeric = [d for d in dates(nlp, text, published) if re.fullmatch(r"[\d/-]+", d[0])]
    assert numeric and numeric[0][1] == expected


def test_numeric_date_far_from_publication_keeps_the_article_order(nlp):
    # neither reading is near the day of writing: the article's month-first order decides
    found = dates(nlp, "The forum on October 2 set the next round for 05/06/2027.", "2026-10-11")
    assert ("05/06/2027", "2027-05-06", "2027-05-06") in found


def test_year_of_text_from_a_full_date_before(nlp):
    found = dates(nlp, "Dakar, 3 March 2026 - The minister arrived in Dakar. Talks follow on 5 March.")
    assert ("5 March", "2026-03-05", "2026-03-05") in found


def test_year_of_text_from_a_later_full_date_on_the_same_day(nlp):
    found = dates(nlp, "The envoys met on 21 May in Lusaka. A photo caption: Lusaka, May 21, 2026.")
    assert ("21 May", "2026-05-21", "2026-05-21") in found


def test_no_year_from_a_later_full_date_of_history(nlp):
    text = "On 12 June the governor received the consul. Ties were set up on 2 October 1991."
    found = dates(nlp, text)
    assert ("2 October 1991", "1991-10-02", "1991-10-02") in found
    assert not any(d[0] == "12 June" for d in found)


def test_two_glossed_weekdays_make_a_range(nlp):
    found = dates(nlp, "Delegates meet from Tuesday (Sept 15) to Thursday (Sept 17) in Apia.", "2026-09-01")
    assert found == [("Tuesday (Sept 15) to Thursday (Sept 17)", "2026-09-15", "2026-09-17")]


def test_one_glossed_weekday_stays_a_day(nlp):
    found = dates(nlp, "Delegates meet on Tuesday (Sept 15) in Apia.", "2026-09-01")
    assert found == [("Tuesday (Sept 15)", "2026-09-15", "2026-09-15")]


def test_a_repeated_yearless_date_takes_no_year_its_first_mention_lacks(nlp):
    text = ("On Nov. 14 in Sofia the leaders will meet. Border controls end as of Jan. 1, 2027. "
            "The Nov. 14 meeting is the third.")
    assert [d[0] for d in dates(nlp, text)] == ["Jan. 1, 2027"]


def test_year_of_text_from_a_later_full_date_a_few_days_away(nlp):
    text = "Senior officials met on 7 October in Vientiane. A signing is set for 10 October 2026."
    assert ("7 October", "2026-10-07", "2026-10-07") in dates(nlp, text)


@pytest.mark.parametrize("text,expected", [
    ("The two towns became twins 35 years ago in 1991.", [("1991", "1991", "1991")]),
    ("The league was founded over forty years ago.", []),
    ("Exports rose from 5 million four years ago to 9 million.", [("four years ago", "2022", "2022")]),
])
def test_decades_ago_is_no_date(nlp, text, expected):
    assert dates(nlp, text, "2026-05-04") == expected
