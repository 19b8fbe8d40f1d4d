"""Venue shapes of session 22, on sentences written for these tests: (text, [(name, city,
country), ...]) with the venues expected in order."""
import pytest


def venues_of(extract_text, text):
    """(name, city, country) of each venue found in ``text``, published 3 May 2026."""
    return [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]


TOWN_LOCATED_CASES = [
    # a country after "in" right after a town of that country locates the town: one venue, the town's
    ("Minister Ana Varga is in Nassau in the Bahamas for the 9th Regional Water Summit.",
     [("Nassau", "Nassau", "BS")]),
    ("The 4th Joint Commission on Roads opened on Monday in Lusaka in Zambia.",
     [("Lusaka", "Lusaka", "ZM")]),
    # not after an event's name: the country is the place
    ("The 9th Regional Water Summit in Thailand opened on Monday.",
     [("Thailand", None, "TH")]),
    # nor when the town lies in another country
    ("The 4th Joint Commission on Roads opened on Monday in Lusaka and then in Malawi.",
     [("Lusaka", "Lusaka", "ZM"), ("Malawi", None, "MW")]),
]


@pytest.mark.parametrize("text,expected", TOWN_LOCATED_CASES)
def test_a_country_after_a_town_locates_the_town(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


TOWN_OPENING_A_GATHERING_CASES = [
    # a town opening a gathering's name after a determiner and modifiers is where it is held
    ("Ministers prepared on Monday for the upcoming Lusaka meeting of the water council.",
     [("Lusaka", "Lusaka", "ZM")]),
    ("The two-day Harare summit ended on Friday with a joint statement.",
     [("Harare", "Harare", "ZW")]),
    ("Officials said this first Nairobi meeting would set the agenda.",
     [("Nairobi", "Nairobi", "KE")]),
    ("Delegates reviewed the decisions of the 2019 Accra summit.",
     [("Accra", "Accra", "GH")]),
    # a region only after a modifier
    ("Leaders gathered for the BRICS Kerala summit on Monday.",
     [("Kerala", None, "IN")]),
    # not a town before a word that names no gathering
    ("The upcoming Lusaka market opened on Monday.", []),
]


@pytest.mark.parametrize("text,expected", TOWN_OPENING_A_GATHERING_CASES)
def test_a_town_opening_a_gatherings_name_after_modifiers(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


ERRAND_CASES = [
    # a lowercase noun of an errand made abroad right before "to" goes there
    ("Governor Ana Reyes will lead a three-day trade mission to Mexico from 4 to 6 May.",
     [("Mexico", None, "MX")]),
    ("Premier Tom Hale completed a ten-day trade mission to Chile and Peru on Friday.",
     [("Chile", None, "CL"), ("Peru", None, "PE")]),
    # a body's capitalised name is no errand
    ("Officials of the Regional Assistance Mission to Tonga reported on the budget.", []),
]


@pytest.mark.parametrize("text,expected", ERRAND_CASES)
def test_an_errand_made_abroad_goes_to_its_place(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


KNOWN_TOWN_CASES = [
    # a capital under its older name, named as written
    ("The 9th Council of Ministers of the Island Commission opened on Monday in Tananarive.",
     [("Tananarive", "Tananarive", "MG")]),
    # a Pacific provincial capital the generated data lacks
    ("The ministers will meet in Alotau on Monday for the 3rd Joint Ministerial Forum.",
     [("Alotau", "Alotau", "PG")]),
]


@pytest.mark.parametrize("text,expected", KNOWN_TOWN_CASES)
def test_towns_of_the_aliases(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


PRESS_CASES = [
    # where a talk to the press is given places no event
    ("On Monday the delegation arrived in Lusaka, and had a media briefing at the Grand Palm Hotel.",
     [("Lusaka", "Lusaka", "ZM")]),
    ("A press conference will be held on Thursday at the Press Centre of the Interior Ministry.", []),
    ("Minister Ana Varga said in a press release at the Foreign Ministry that the talks would go on.", []),
    ("A briefing will take place at the Foreign Ministry for all consular officials.", []),
]


@pytest.mark.parametrize("text,expected", PRESS_CASES)
def test_a_talk_to_the_press_places_no_event(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


def test_a_press_conference_joined_to_a_meeting_keeps_its_place(extract_text):
    text = "The two ministers held a bilateral meeting and a press conference at the Grand Palm Hotel on Monday."
    assert [name for name, _, _ in venues_of(extract_text, text)] == ["Grand Palm Hotel"]


def test_a_town_of_a_press_conference_stays(extract_text):
    text = "Minister Ana Varga spoke during a press conference in Lusaka on Monday after the 4th Joint Commission."
    assert ("Lusaka", "Lusaka", "ZM") in venues_of(extract_text, text)
