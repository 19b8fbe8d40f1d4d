"""Venue shapes of session 19, on sentences written for these tests: (text, [(name, city,
country), ...]) with the venues expected in order; negatives have []."""
import pytest


def venues_of(extract_text, text):
    """(name, city, country) of each venue found in ``text``, published 3 May 2026."""
    return [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]


RESORT_CASES = [
    # "the <modifiers> resort of X" names the place X, as "the city of X" does
    ("The leaders met on Monday in the Black Sea resort of Sochi for talks on energy.",
     [("Sochi", "Sochi", "RU")]),
    ("The last round of fishery talks collapsed in March 2021 in the Swiss resort of Davos.",
     [("Davos", "Davos", "CH")]),
    ("The two ministers held talks at the Red Sea resort of Hurghada on Sunday.",
     [("Hurghada", "Hurghada", "EG")]),
    # a resort with no event near names no venue
    ("The Black Sea resort of Sochi is popular with tourists.", []),
]


@pytest.mark.parametrize("text,expected", RESORT_CASES)
def test_a_resort_of_a_town_names_the_town(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


STAY_CASES = [
    # a phrase of staying that opens the sentence places its clause's event; a length glued by its
    # hyphen before "stay" is one word and keeps "stay" a noun
    ("During his three-day stay in Lusaka, Minister Tomas Varga attended the 5th Regional Water Forum.",
     [("Lusaka", "Lusaka", "ZM")]),
    ("During her stay in Lusaka, Minister Ana Varga held talks with President Ian Hara on Monday.",
     [("Lusaka", "Lusaka", "ZM")]),
    # a verb of staying is still where people sleep
    ("The delegations will stay in Lusaka during the 5th Regional Water Forum.", []),
    ("The delegates of the 5th Regional Water Forum will stay at the Grand Hotel.", []),
]


@pytest.mark.parametrize("text,expected", STAY_CASES)
def test_an_opening_stay_places_its_clause(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


WRITTEN_CITY_CASES = [
    # "Washington DC" written as one name is the city as the text names it; "Washington, DC" is
    # "City, Region": the city before the comma
    ("The 5th Andean Trade Forum will be held in Washington DC on 3 July.",
     [("Washington DC", "Washington DC", "US")]),
    ("The 5th Andean Trade Forum will be held in Washington, DC on 3 July.",
     [("Washington", "Washington", "US")]),
    ("The minister met the envoy at the OAS Headquarters in Washington DC on Monday.",
     [("OAS Headquarters", "Washington DC", "US")]),
]


@pytest.mark.parametrize("text,expected", WRITTEN_CITY_CASES)
def test_a_city_written_with_its_district_keeps_it(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected
