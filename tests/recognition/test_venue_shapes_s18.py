"""Venue shapes of session 18, on sentences written for these tests: (text, [(name, city,
country), ...]) with the venues expected in order; negatives have []."""
import pytest


def venues_of(extract_text, text):
    """(name, city, country) of each venue found in ``text``, published 3 May 2026."""
    return [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]


APPOSITION_BEFORE_TO_CASES = [
    # "the visit of <office>, <name and styles>, to <place>": the apposition set off by commas
    # right before "to" is passed over on the way back to the noun or verb of going
    ("The talks come during the official State Visit of the President of the Republic of Norland, "
     "His Excellency Dr. Tomas R.K. Veller, to Peru.", [("Peru", None, "PE")]),
    ("The minister welcomed the Foreign Minister of the Eastern Republic of Norland, H.E. Ana Lopez "
     "Ferrer, to the Arcadia Palace on the occasion of her tour.", [("Arcadia Palace", None, None)]),
    # without the commas the reach stays as it was: "to" is far from the visit and names no place
    ("The visit was the first step of a long process of consultations between the agencies of both "
     "states in order to bring the trade talks to Peru.", []),
    # an apposition after no word of going: "to" still names no place
    ("The Special Envoy of the Secretary-General for the Region of Norland, Ms. Ana Lopez, to Peru "
     "said little.", []),
]


@pytest.mark.parametrize("text,expected", APPOSITION_BEFORE_TO_CASES)
def test_an_apposition_before_to_is_passed_over(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


ISLAND_OF_A_STATE_CASES = [
    # "Antigua" alone is the main island of Antigua and Barbuda, a place of that state, not a
    # town the story's state holds (nor a state of its own for the story's officials)
    ("ST GEORGE'S, Grenada, May 2 - The heads of government will meet on 15 and 16 May in Antigua.",
     [("Antigua", None, "AG")]),
    ("She also spoke of the small states conference in Antigua in May.", [("Antigua", None, "AG")]),
]


@pytest.mark.parametrize("text,expected", ISLAND_OF_A_STATE_CASES)
def test_antigua_is_a_place_of_antigua_and_barbuda(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


MISSION_CASES = [
    # "Consulate General" closes a building's name as "Consulate" does
    ("The ministers met in Lima on 16 May at the Consulate General of Norland.",
     [("Lima", "Lima", "PE"), ("Consulate General of Norland", "Lima", "PE")]),
    # a country in a mission's name is its owner: the mission stands abroad, not in that country
    ("The ministers held talks at the Embassy of Japan.", [("Embassy of Japan", None, None)]),
    ("The ministers held talks at the High Commission of Jamaica.", [("High Commission of Jamaica", None, None)]),
    ("A reception was held at the Consulate General of India in New York on 8 May.",
     [("Consulate General of India", "New York", "US")]),
    # any other building takes the country of its name ("the Foreign Correspondents' Club of Thailand")
    ("The two sides met at the National Museum of Peru on Monday.", [("National Museum of Peru", None, "PE")]),
]


@pytest.mark.parametrize("text,expected", MISSION_CASES)
def test_a_missions_country_is_its_owner(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


PROJECT_CASES = [
    # a singular "project" before "in" tells where the project is, as "projects" does
    ("This signing confirms the first-ever bank-supported major road project in Tuvalu, the director said.", []),
    ("The grant will fund several projects in Tuvalu, the director said at the signing.", []),
    # the event's own place stays
    ("The ministers met in Apia on Monday to review the project.", [("Apia", "Apia", "WS")]),
]


@pytest.mark.parametrize("text,expected", PROJECT_CASES)
def test_a_projects_place_is_no_venue(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected
