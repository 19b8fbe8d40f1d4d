"""A place named with a region's head word is the region, not a town of the same name (session
32), on sentences written for these tests: (text, [(name, city, country), ...]) with the venues
expected in order."""
import pytest


def venues_of(extract_text, text):
    """(name, city, country) of each venue found in ``text``, published 3 May 2026."""
    return [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]


TOWN_NAMED_REGION_CASES = [
    # a town of the gazetteer with a region's head after it is the region: no city
    ("The minister held talks with farmers in Nagano Prefecture on Monday.",
     [("Nagano Prefecture", None, "JP")]),
    ("The governor hosted a security meeting in Kano State on 4 May.",
     [("Kano State", None, "NG")]),
    ("The delegation met traders during a visit to Nakuru County on Friday.",
     [("Nakuru County", None, "KE")]),
    ("The talks were held in Kharkiv Oblast on Monday.", [("Kharkiv Oblast", None, "UA")]),
    # a lowercase head, then a date
    ("Officials met in Cao Bang province on Tuesday.", [("Cao Bang province", None, "VN")]),
    # a region of the gazetteer written with "the" before it and its head after it
    ("The ministers held a meeting in the Ashanti Region on Monday.", [("Ashanti Region", None, "GH")]),
    # a capitalised head closes the name whatever lowercase word goes on
    ("The envoy's visit to Kano State ended on Friday.", [("Kano State", None, "NG")]),
    # an English name of a region (aliases.jsonl), with "the"
    ("The consul held a meeting in the Kurdistan Region on Sunday.", [("Kurdistan Region", None, "IQ")]),
]


@pytest.mark.parametrize("text,expected", TOWN_NAMED_REGION_CASES)
def test_a_town_with_a_region_head_is_the_region(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


BODY_OR_PEOPLE_CASES = [
    # the head opens a body's name or qualifies people: the town stays the town
    ("Officials of the Kano State Government met in Abuja on Monday.", [("Abuja", "Abuja", "NG")]),
    ("The talks with Nagano prefecture officials were held in Tokyo on Monday.", [("Tokyo", "Tokyo", "JP")]),
    # no head: the town as before
    ("The minister held talks with farmers in Nagano on Monday.", [("Nagano", "Nagano", "JP")]),
]


@pytest.mark.parametrize("text,expected", BODY_OR_PEOPLE_CASES)
def test_a_head_that_opens_a_name_or_a_noun_makes_no_region(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


def test_the_region_with_and_without_its_head_is_one_venue(extract_text):
    text = ("TOKYO, May 3 - The delegation visited Nagano Prefecture on Friday. "
            "In Nagano, the ministers held talks with farmers on Saturday.")
    assert venues_of(extract_text, text) == [("Nagano Prefecture", None, "JP")]


def test_an_unlisted_name_with_a_capitalised_head_is_a_region(extract_text):
    # no data knows the name: a region (no city), its country the one the text names after it
    text = "The consultations were held in the Varnoka Region, Kenya, on Monday."
    assert venues_of(extract_text, text) == [("Varnoka Region", None, "KE")]


def test_an_unlisted_region_told_from_abroad_takes_no_dateline_country(extract_text):
    text = "WASHINGTON, May 3 - The envoy held talks in the Varnoka Region on Monday."
    assert venues_of(extract_text, text) == [("Varnoka Region", None, None)]


BUILDING_IN_REGION_CASES = [
    # a building in a region the text names: no town (neither the region's namesake nor the dateline's)
    ("ABUJA, May 3 - The summit was held at the Unity Hall in Kano State on Monday.",
     [("Unity Hall", None, "NG")]),
    ("The forum will take place at the Grand Lake Hotel in Nagano Prefecture on 4 May.",
     [("Grand Lake Hotel", None, "JP")]),
    # a building in a town keeps the town
    ("The forum will take place at the Grand Lake Hotel in Nagano on 4 May.",
     [("Grand Lake Hotel", "Nagano", "JP")]),
]


@pytest.mark.parametrize("text,expected", BUILDING_IN_REGION_CASES)
def test_a_building_in_a_region_has_no_city(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


def test_a_region_with_the_is_visited(extract_text):
    text = "The president will visit the Western Cape Province on Friday."
    assert venues_of(extract_text, text) == [("Western Cape Province", None, "ZA")]


def test_each_place_of_a_tour_is_a_venue(extract_text):
    # a town or region after "tour of", and the others of its list
    text = "The delegation is on a working tour of Texas, Arizona and California this week."
    assert venues_of(extract_text, text) == [("Texas", None, "US"), ("Arizona", None, "US"), ("California", None, "US")]


def test_a_district_named_like_its_town_is_the_district(extract_text):
    text = "A conference on water was held in Gulu District on Monday."
    assert venues_of(extract_text, text) == [("Gulu District", None, "UG")]


def test_a_city_hall_is_the_hall_of_the_town_before_it(extract_text):
    # the "City" of a "City Hall" is no part of the town's name
    text = "The two mayors met on Monday at Vancouver City Hall and signed the accord."
    assert venues_of(extract_text, text) == [("Vancouver City Hall", "Vancouver", "CA")]


SET_OFF_REGION_CASES = [
    # a region set off by a comma and "in" locates the town before it: the town of that state,
    # and the region no venue of its own
    ("The treaty was signed at the summit in Trujillo, in Spanish Extremadura, on Monday.",
     [("Trujillo", "Trujillo", "ES")]),
    ("The treaty was signed at the summit in Trujillo, in Extremadura, on Monday.",
     [("Trujillo", "Trujillo", "ES")]),
    # with no region after it the town is the data's
    ("The treaty was signed at the summit in Trujillo on Monday.", [("Trujillo", "Trujillo", "PE")]),
]


@pytest.mark.parametrize("text,expected", SET_OFF_REGION_CASES)
def test_a_region_set_off_after_a_town_locates_it(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


def test_a_town_before_its_district_is_no_building(extract_text):
    # "X, <town> district": the district a town is in, not a building in that town
    text = "GUWAHATI, May 3 - A joint meeting on border issues was held in Borpathar, Jorhat district, on Monday."
    assert venues_of(extract_text, text)[0][:2] == ("Borpathar", "Borpathar")


def test_an_unlisted_region_is_in_the_one_country_of_the_storys_other_venues(extract_text):
    text = "The envoy held talks in Nairobi on Monday and in the Varnoka Region on Tuesday."
    assert venues_of(extract_text, text) == [("Nairobi", "Nairobi", "KE"), ("Varnoka Region", None, "KE")]
