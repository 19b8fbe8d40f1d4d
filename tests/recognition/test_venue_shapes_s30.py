"""Venue shapes of session 30, on sentences written for these tests: (text, [(name, city,
country), ...]) with the venues expected in order."""
import pytest


def venues_of(extract_text, text):
    """(name, city, country) of each venue found in ``text``, published 3 May 2026."""
    return [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]


CITY_STATE_CASES = [
    # a city-state after a city and a comma is an item of a list, not the city's state
    ("The trade delegation will visit Guangzhou, Singapore and Jakarta for a week of meetings.",
     [("Guangzhou", "Guangzhou", "CN"), ("Singapore", "Singapore", "SG"), ("Jakarta", "Jakarta", "ID")]),
    # negative: a town of the city-state itself stays one place
    ("The talks were held in Kowloon, Hong Kong on Monday.", [("Kowloon, Hong Kong", "Kowloon", "HK")]),
]


@pytest.mark.parametrize("text,expected", CITY_STATE_CASES)
def test_a_city_state_after_a_city_is_a_listed_place(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


PERSON_AFTER_AND_CASES = [
    # "and" before a person's title and name ends the building's name
    ("In Apia, the envoy called on the Deputy Premier Mr. Tomas Varga at the State Palace and "
     "Finance Minister Mr. Olli Lindqvist at the Finance Ministry on separate occasions.",
     [("Apia", "Apia", "WS"), ("State Palace", "Apia", "WS"), ("Finance Ministry", "Apia", "WS")]),
    # negative: "and" between two words of one building's name keeps it whole
    ("The forum was held at the National Exhibition and Convention Centre in Nairobi on Monday.",
     [("National Exhibition and Convention Centre", "Nairobi", "KE")]),
]


@pytest.mark.parametrize("text,expected", PERSON_AFTER_AND_CASES)
def test_a_person_after_and_ends_a_buildings_name(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


LOCATED_LIST_CASES = [
    # "in <country>" after each town of a list locates it; the list goes on
    ("The delegation will visit Lyon in France, Munich in Germany and Turin in Italy from 4 to 9 May.",
     [("Lyon", "Lyon", "FR"), ("Munich", "Munich", "DE"), ("Turin", "Turin", "IT")]),
    # negative: "in" and a country of another state is no locator; the list ends there
    ("The minister will travel to Lyon in Germany later.", [("Lyon", "Lyon", "FR")]),
]


@pytest.mark.parametrize("text,expected", LOCATED_LIST_CASES)
def test_a_towns_own_country_inside_a_list(extract_text, text, expected):
    found = venues_of(extract_text, text)
    assert [v for v in found if v[1]] == expected


def test_a_name_with_and_without_its_accents_is_one_venue(extract_text):
    text = ("The ministers shake hands after the signing at Palacio Nariño on Friday.\n\n"
            "BOGOTA -- The two ministers signed the agreement at Palacio Narino on Friday.")
    found = venues_of(extract_text, text)
    assert len(found) == 1 and found[0][0] in ("Palacio Nariño", "Palacio Narino") and found[0][2] == "CO"


SEAT_AND_VISITOR_CASES = [
    # ", in <city>" after a body's headquarters is the building's city, no venue of its own
    ("A roadmap was agreed at the headquarters of the Ministry of Trade of the Republic of Kenya, in Nairobi, "
     "for the holding of the First Joint Commission.",
     [("headquarters of the Ministry of Trade of the Republic of Kenya", "Nairobi", "KE")]),
    # "the visit of <country> <Body>": the visitors, no place visited
    ("The President welcomed the visit of Malawi Parliament and thanked the guests for the talks.", []),
    # negative: "the visit of" a country alone is still the place visited
    ("The minister recalled the visit of Malawi in May.", [("Malawi", None, "MW")]),
    # a post held at a building is where a person works, no venue
    ("Anna Berg, a unit head at the Lakeside Investment Centre, said the plan came after the visit.", []),
    # negative: an event at the same building is placed there
    ("The forum was held at the Lakeside Investment Centre on Monday.", [("Lakeside Investment Centre", None, None)]),
]


@pytest.mark.parametrize("text,expected", SEAT_AND_VISITOR_CASES)
def test_seats_visitors_and_workplaces(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected
