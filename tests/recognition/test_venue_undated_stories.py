"""Venue rules that read where a date stands, in stories without a publication date (session 29):
a day with no year ("On 3 May") has no value there, but it still stands where it stands. Sentences
written for these tests: (text, [(name, city, country), ...]) with the venues expected in order."""
import pytest


def venues_of(extract_text, text, published=None):
    """(name, city, country) of each venue found in ``text``."""
    return [(v.name, v.city, v.country) for v in extract_text(text, published=published).venues]


UNDATED_CASES = [
    # a day opening the sentence before "in <town>," (`_dated_openings`)
    ("On 3 May in Ljubljana, the two foreign ministers signed a cooperation charter.",
     [("Ljubljana", "Ljubljana", "SI")]),
    # a building, its day, then its town: the town is the building's city (`_building_beside`)
    ("The talks were held at the Grand Hotel Union on 3 May in Ljubljana.",
     [("Grand Hotel Union", "Ljubljana", "SI")]),
    # a day between the place left and "for" (`_journey_for`)
    ("The delegation will leave Vienna on 3 May for Ljubljana to attend the summit.",
     [("Ljubljana", "Ljubljana", "SI")]),
    # negative: a town told after a day that does not open the sentence, with no event near, stays out
    ("The minister, who was born on 3 May in Ljubljana, praised the report.", []),
]


@pytest.mark.parametrize("text,expected", UNDATED_CASES)
def test_a_day_without_its_year_still_stands_where_it_stands(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", UNDATED_CASES)
def test_the_same_with_a_publication_date(extract_text, text, expected):
    assert venues_of(extract_text, text, published="2026-05-10") == expected
