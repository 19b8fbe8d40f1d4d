"""Venue shapes of session 24, on sentences written for these tests: (text, [(name, city,
country), ...]) with the venues expected in order."""
import pytest


def venues_of(extract_text, text):
    """(name, city, country) of each venue found in ``text``, published 3 May 2026."""
    return [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]


BUILDING_TOWN_CASES = [
    # a town named twice, each time as the town of the same building, is no venue of its own
    ("President Mensah paid a visit to the Ministry of Finance in Accra yesterday. He said this "
     "while visiting the Ministry of Finance in Accra yesterday.",
     [("Ministry of Finance", "Accra", "GH")]),
    # negative: the town named alone as an event's place elsewhere is a venue too
    ("The talks were held at the State House in Accra on Monday. Later the two leaders met again in Accra.",
     [("State House", "Accra", "GH"), ("Accra", "Accra", "GH")]),
]


@pytest.mark.parametrize("text,expected", BUILDING_TOWN_CASES)
def test_a_town_only_beside_its_building_is_the_buildings(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


NEW_SUBJECT_CASES = [
    # a place after ", and" that an auxiliary follows opens a new clause (CLAUSE_AUXILIARY)
    ("Next month, Ghana will take a trade delegation to Kenya, and Togo has agreed to help with the programme.",
     [("Kenya", None, "KE")]),
    ("The minister will travel to Peru, and Chile said it would send an envoy.",
     [("Peru", None, "PE")]),
    # negative: a list that ", and" closes, with no verb after its last place
    ("The minister will visit Kenya, Ghana, and Togo next week.",
     [("Kenya", None, "KE"), ("Ghana", None, "GH"), ("Togo", None, "TG")]),
    # negative: no comma before "and": the places are one subject ("meetings in X and Y have ...")
    ("The last two meetings held in Suva and Apia have brought progress.",
     [("Suva", "Suva", "FJ"), ("Apia", "Apia", "WS")]),
]


@pytest.mark.parametrize("text,expected", NEW_SUBJECT_CASES)
def test_a_place_opening_a_new_clause_is_no_list_item(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected
