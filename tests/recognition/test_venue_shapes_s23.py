"""Venue shapes of session 23, on sentences written for these tests: (text, [(name, city,
country), ...]) with the venues expected in order."""
import pytest


def venues_of(extract_text, text):
    """(name, city, country) of each venue found in ``text``, published 3 May 2026."""
    return [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]


REGION_HEAD_CASES = [
    # the head after a region's name is part of its name as written (REGION_HEAD)
    ("A delegation led by Governor Ana Lopez visited Kanagawa Prefecture from 20 to 22 October.",
     [("Kanagawa Prefecture", None, "JP")]),
    ("The governor will travel to Sichuan province on 6 May for talks on trade.",
     [("Sichuan province", None, "CN")]),
    # English names of South Korea's provinces (aliases.jsonl)
    ("In return, Governor Ian Poe will visit Gyeonggi Province in April.",
     [("Gyeonggi Province", None, "KR")]),
    # a region without a head keeps its bare name
    ("The governor will travel to Sichuan on 6 May for talks on trade.",
     [("Sichuan", None, "CN")]),
]


@pytest.mark.parametrize("text,expected", REGION_HEAD_CASES)
def test_a_regions_head_is_part_of_its_name(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


SEAT_CASES = [
    # "office in X" locates a body's office (SEAT_WORD), no event
    ("The province recently opened its trade and investment office in Hanoi.", []),
    # a mission with "General" after its word is posted there (POSTED_WORD)
    ("Mr Ian Poe, the Zandian Consulate General in Hue, paid a farewell visit to the governor on Monday.", []),
    # a place of meeting before the office keeps its venue
    ("The talks were held at his office in Lima on Tuesday.", [("Lima", "Lima", "PE")]),
    # a person met there is met there
    ("Minister Ana Lopez met the Consul General in Da Nang on Monday.", [("Da Nang", "Da Nang", "VN")]),
]


@pytest.mark.parametrize("text,expected", SEAT_CASES)
def test_an_office_or_mission_in_a_town_is_no_venue(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


PAIR_CASES = [
    # a country glued by a hyphen to a capitalised word opens a pair's name: a party, no place
    ("At the China-Africa Leaders Dialogue last year, President Ana Lopez made three proposals.", []),
    ("She spoke in the Japan-ASEAN Summit in Lima on 4 May.", [("Lima", "Lima", "PE")]),
    # a place whose own name holds the hyphen stays one
    ("The talks were held in Guinea-Bissau on Monday.", [("Guinea-Bissau", None, "GW")]),
    ("The minister arrived in Port-au-Prince on Monday for talks.", [("Port-au-Prince", "Port-au-Prince", "HT")]),
]


@pytest.mark.parametrize("text,expected", PAIR_CASES)
def test_a_country_hyphenated_to_a_name_is_a_party(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


DEMONYM_BUILDING_CASES = [
    # a demonym opening a building's name places it in that state, in the story's city of it
    ("WASHINGTON: Officials met on 2 September in Baghdad to review the partnership.\n\n"
     "This meeting, held at the Iraqi Ministry of Foreign Affairs, was co-chaired by Foreign Minister Ali Hassan.",
     [("Baghdad", "Baghdad", "IQ"), ("Iraqi Ministry of Foreign Affairs", "Baghdad", "IQ")]),
    # not a state's mission abroad
    ("NEW DELHI: The minister held talks at the Kenyan Embassy on Monday.",
     [("Kenyan Embassy", "New Delhi", "IN")]),
]


@pytest.mark.parametrize("text,expected", DEMONYM_BUILDING_CASES)
def test_a_demonym_opening_a_building_places_it(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected
