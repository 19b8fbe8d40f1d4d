"""A month or day listed before a date that writes its year takes that year; a past plan's slot
("was expected to be held in mid-February") looks back (sentences written for this test)."""
import pytest

from newsfacts import extract


@pytest.mark.parametrize("text,published,expected", [
    ("The two visits of the Prime Minister in August and November 2014 were recalled.", "2016-10-29",
     ["2014-08", "2014-11"]),
    ("He toured the region in May, June and July 2014.", "2016-10-29", ["2014-05", "2014-06", "2014-07"]),
    ("He came on 3 May and on 9 June 2014.", "2016-10-29", ["2014-05-03", "2014-06-09"]),
    # a later month first, or a year not written: the list lends no year ("met": the most recent December)
    ("They met in December and January 2015.", "2016-10-29", ["2015-12", "2015-01"]),
    ("Visits in February and October this year were recalled.", "2016-10-29", ["2016-02", "2016-10"]),
    ("The talks in March and the summit on 12 May 2014 were recalled.", "2016-10-29", ["2016-03", "2014-05-12"]),
    # a past plan's slot looks back; a plan told in the present looks ahead
    ("The meeting was expected to be held in mid-February in Kathmandu but was postponed.", "2019-06-22", ["2019-02"]),
    ("The meeting is expected to be held in mid-February.", "2019-06-22", ["2020-02"]),
])
def test_list_years_and_past_plans(text, published, expected):
    record = extract(text, id="l", published=published)
    assert [d.start for d in record.dates] == expected
