"""Building shapes of session 32, on sentences written for these tests: (text, [(name, city,
country), ...]) with the venues expected in order."""
import pytest


def venues_of(extract_text, text):
    """(name, city, country) of each venue found in ``text``, published 3 May 2026."""
    return [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]


OWNER_NAME_CASES = [
    # a body's name goes on after "for", and after "and the" once a "for" was read
    ("The workshop was held at the headquarters of the Economic Commission for Africa in Addis Ababa.",
     [("headquarters of the Economic Commission for Africa", "Addis Ababa", "ET")]),
    ("The session opened at the headquarters of the Commission for Latin America and the Caribbean (CLAC), "
     "in Santiago, Chile, on Monday.",
     [("headquarters of the Commission for Latin America and the Caribbean", "Santiago", "CL")]),
    # no "for" before it: "and the" ends the owner's name
    ("The talks were held at the offices of the Ministry of Trade and the delegation left for Lima on Monday.",
     [("offices of the Ministry of Trade", None, None)]),
]


@pytest.mark.parametrize("text,expected", OWNER_NAME_CASES)
def test_a_bodys_name_after_a_seat_word_goes_on_after_for(extract_text, text, expected):
    assert venues_of(extract_text, text)[:1] == expected


LOCATING_BUILDING_CASES = [
    # a building after another and "at" is where the first stands: one venue, the first
    ("The governors met at the New Banquet Hall at Aso Rock on Monday.", [("New Banquet Hall", None, "NG")]),
    ("The talks were held at the Presidential Palace at Koulouba on Monday.", [("Presidential Palace", None, "ML")]),
    # two buildings of two events joined by more words stay two
    ("The ministers met at the Hilton Hotel on Monday and at the State House on Tuesday.",
     [("Hilton Hotel", None, None), ("State House", None, None)]),
]


@pytest.mark.parametrize("text,expected", LOCATING_BUILDING_CASES)
def test_a_building_at_another_building_is_one_venue(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


VISIT_IN_NAME_CASES = [
    # a capitalised visit word opening a campaign's name is no journey
    ("The ministers agreed to work together in the context of Visit Zambia Year 2027.", []),
    # a visit told in a sentence is one
    ("The ministers agreed that the President will visit Zambia in June.", [("Zambia", None, "ZM")]),
]


@pytest.mark.parametrize("text,expected", VISIT_IN_NAME_CASES)
def test_a_visit_word_opening_a_name_is_no_journey(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


JOURNEY_CASES = [
    # "journey" is a noun of going: "to" after it names a stop, and the next "then to" too
    ("The King will continue the journey to Kuching tomorrow and then to Sarawak.",
     [("Kuching", "Kuching", "MY"), ("Sarawak", None, "MY")]),
    # "in" right after a noun of journey tells where the journey goes
    ("The royal couple will end the tour in Sandakan, Sabah, on Friday.",
     [("Sandakan, Sabah", "Sandakan", "MY")]),
    # no noun of journey or event: no place
    ("The company will continue the shipments to Kuching tomorrow.", []),
]


@pytest.mark.parametrize("text,expected", JOURNEY_CASES)
def test_the_stops_of_a_journey_are_venues(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


def test_a_based_modifier_is_no_part_of_the_buildings_name(extract_text):
    # "the X-based" before a building's name says where a body sits; the building is read after it
    text = "The ministers held talks with party leaders at the Old Town-based National Assembly Building."
    assert venues_of(extract_text, text) == [("National Assembly Building", None, None)]


LIST_CASES = [
    # a list of towns of one country: names the data lacks are items too, the first one included,
    # and no building ("Namche, Pokhara" is no building in Pokhara)
    ("During the visit, the President will travel to Kolwa, Pokhara, Rara Base Camp and Lumbini on Monday.",
     [("Kolwa", "Kolwa", "NP"), ("Pokhara", "Pokhara", "NP"), ("Rara Base Camp", "Rara Base Camp", "NP"),
      ("Lumbini", None, "NP")]),
    # a building and its town, with no list after it, stays the building
    ("The talks were held at Bharat Mandapam, New Delhi, on Monday.", [("Bharat Mandapam", "New Delhi", "IN")]),
]


@pytest.mark.parametrize("text,expected", LIST_CASES)
def test_a_list_of_towns_takes_names_the_data_lacks(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


HEADLINE_HOST_CASES = [
    # a headline's host whose town the body names as a place is no venue of its own
    ("Zambia hosts successful regional summit\n\nThe 12th Summit of the Heads of State was held at the "
     "Mulungushi Conference Centre, in Lusaka, Zambia, on 17 August 2026.",
     [("Mulungushi Conference Centre", "Lusaka", "ZM")]),
    # with no town of it in the body the host stays
    ("Zambia hosts successful regional summit\n\nThe 12th Summit of the Heads of State ended on 17 August 2026 "
     "with a call for peace.",
     [("Zambia", None, "ZM")]),
]


@pytest.mark.parametrize("text,expected", HEADLINE_HOST_CASES)
def test_a_headlines_host_gives_way_to_the_bodys_town(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


def test_a_district_between_a_building_and_its_town_is_passed_over(extract_text):
    # "X Centre, <district>, <town>": the town of the data after the district locates the building
    text = "The minister attended the forum at the Harbour Convention Centre, Marina Heights, Lagos, on Monday."
    assert venues_of(extract_text, text) == [("Harbour Convention Centre", "Lagos", "NG")]


def test_a_town_with_city_opening_a_buildings_name_is_its_city(extract_text):
    # a town the data lacks, written with "City", opening the building's name, is where it stands
    text = ("The signing ceremony was held at the Kirawa City Government Headquarters on Monday, the "
            "Zandian Embassy in Fukuoka said.")
    assert venues_of(extract_text, text)[0][:2] == ("Kirawa City Government Headquarters", "Kirawa City")


TOWN_HELD_CASES = [
    # an owner's possessive, a town of the data and a lowercase seat word: the owner's building in that town
    ("The group met for the fifth time in the Foreign Ministry's Lima headquarters on 4 May.",
     [("Foreign Ministry's Lima headquarters", "Lima", "PE")]),
    ("The talks were held at the Central Bank's Manila offices on Monday.",
     [("Central Bank's Manila offices", "Manila", "PH")]),
]


@pytest.mark.parametrize("text,expected", TOWN_HELD_CASES)
def test_an_owners_seat_in_a_named_town_is_a_building_there(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


def test_a_person_closing_a_list_is_no_town(extract_text):
    # a list's "and" before a named official opens a new clause, no item the data lacks
    text = "The summit was held in Nairobi, Kenya, and President Ana Lopez said it was a success."
    assert venues_of(extract_text, text) == [("Nairobi, Kenya", "Nairobi", "KE")]
