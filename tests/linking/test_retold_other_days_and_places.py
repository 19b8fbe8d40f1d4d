"""One occasion told twice is one event only when what the tellings say of it can be one occasion:
two described events told of days that do not meet (a visit that ended last Monday, a state visit
in March last year) or placed in other countries (a meeting in Iceland, a meeting in Luxembourg)
are two (linking/retold.py `_periods_agree`, `_countries_differ`); a visit introduced by "a" in a
clause dated on its own ("in March last year made a state visit to X") is not the story's visit
told again (recognition/events.py `_dated_in_clause_before`). Sentences written for these tests;
published date of every case: Tuesday 3 June 2025."""
import pytest

PUBLISHED = "2025-06-03"


def _events(extract_text, text):
    return [(e.name, e.start, e.end, e.venue.country if e.venue else None)
            for e in extract_text(text, published=PUBLISHED).events]


@pytest.mark.parametrize("text,expected", [
    # two visits to one country by two people at two times: two events, each with its own day
    ("Ties with Fiji are strong, the ministry said on Tuesday. Vice President Ana Rios on Monday returned "
     "from a three-day visit to Fiji to attend the 50th anniversary of ties.\n\nPresident Ian Poe in March "
     "last year made a state visit to Fiji, which was followed by a visit by the trade minister, the "
     "ministry said.",
     [("three-day visit to Fiji", None, "2025-06-02", "FJ"), ("state visit to Fiji", "2024-03", "2024-03", "FJ")]),
    # two meetings in two countries, neither placed in a town: two events
    ("The ministers of the group held a meeting in Iceland on 8 and 9 June. They agreed to meet again later "
     "in the year.\n\nThe envoys will also hold a meeting in Luxembourg, the statement said.",
     [("meeting in Iceland", "2025-06-08", "2025-06-09", "IS"), ("meeting in Luxembourg", None, None, "LU")]),
])
def test_other_days_or_countries_stay_apart(extract_text, text, expected):
    assert _events(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the visit told again with "the" and its place, no day of its own: one visit
    ("Ties with Fiji are strong. Vice President Ana Rios on Monday returned from a three-day visit to Fiji."
     "\n\nDuring the visit to Fiji, she met Prime Minister Ian Poe.",
     [("three-day visit to Fiji", None, "2025-06-02", "FJ")]),
    # the meeting told again at the same place: one meeting
    ("The ministers held a meeting in Iceland on 8 June. The meeting in Iceland adopted a statement.",
     [("meeting in Iceland", "2025-06-08", "2025-06-08", "IS")]),
])
def test_one_occasion_told_twice_stays_one(extract_text, text, expected):
    assert _events(extract_text, text) == expected
