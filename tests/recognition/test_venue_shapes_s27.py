"""Venue shapes of session 27, on sentences written for these tests: (text, [(name, city,
country), ...]) with the venues expected in order."""
import pytest


def venues_of(extract_text, text):
    """(name, city, country) of each venue found in ``text``, published 3 May 2026."""
    return [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]


POSTED_CASES = [
    # "to" after an envoy's word names the post, no place gone to (POSTED_WORD)
    ("Before the trip, the minister met the Kenyan Ambassador to Peru to discuss trade.", []),
    # "accredited in X": where the diplomats are posted
    ("On Monday she held a meeting with the diplomatic corps accredited in Chile at the Foreign Ministry in Lima.",
     [("Foreign Ministry", "Lima", "PE")]),
    # negative: the envoys' own journey still goes somewhere
    ("The envoys travelled to Accra for the summit on Monday.", [("Accra", "Accra", "GH")]),
]


@pytest.mark.parametrize("text,expected", POSTED_CASES)
def test_an_envoys_post_is_no_venue(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


LIST_CASES = [
    # a bracketed acronym after a place does not end the list of places
    ("The minister will lead a trade mission to the United Arab Emirates (UAE) and India from 3 to 9 May.",
     [("United Arab Emirates", None, "AE"), ("India", None, "IN")]),
    ("Talks were held in the Democratic Republic of Congo (DRC) and Rwanda last week.",
     [("Democratic Republic of Congo", None, "CD"), ("Rwanda", None, "RW")]),
    # negative: a body's acronym before "and" joins no place to the list
    ("The meeting of the Economic Community of West African States (ECOWAS) and Ghana officials was held in Accra.",
     [("Accra", "Accra", "GH")]),
]


@pytest.mark.parametrize("text,expected", LIST_CASES)
def test_an_acronym_inside_a_list_of_places(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


TOWN_LIST_CASES = [
    # a town the gazetteer lacks, set off from its country like the town before it in the list
    ("Earlier rounds took place in Ouanaminthe, Haiti, and Velmora, Dominican Republic, in January.",
     [("Ouanaminthe, Haiti", "Ouanaminthe", "HT"), ("Velmora, Dominican Republic", "Velmora", "DO")]),
    # negative: no town-and-country item before "and"
    ("Trade between Haiti and Velmora, Cuba grew last year.", []),
]


@pytest.mark.parametrize("text,expected", TOWN_LIST_CASES)
def test_an_unknown_town_listed_after_a_town_and_its_country(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


BUSINESS_CASES = [
    # where a firm is or money goes (BUSINESS_WORD right before "in") is no venue
    ("The trade mission will include stops in Milan and Rome to meet with firms with an existing presence in Ohio.",
     [("Milan", "Milan", "IT"), ("Rome", "Rome", "IT")]),
    ("The delegation met officials in Hanoi on Monday to encourage Japanese firms to invest in Bac Ninh.",
     [("Hanoi", "Hanoi", "VN")]),
    # negative: "in the presence of" is no clause stop: the place after it is still the meeting's
    ("A tripartite meeting will be organized in the coming weeks, in the presence of the Prime Minister, in Tunisia.",
     [("Tunisia", None, "TN")]),
]


@pytest.mark.parametrize("text,expected", BUSINESS_CASES)
def test_where_a_business_is_is_no_venue(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


def test_a_holder_listed_with_his_state_is_no_town(extract_text):
    # negative of TOWN_LIST_CASES: the item before "and" is a person with his state, no town
    text = ("The Ministers for Trade from the three Baltic countries, Kari Lunde, Estonia, Mikko Virtanen, "
            "Latvia and Lars Holm, Lithuania, met in Riga on 3 May.")
    assert venues_of(extract_text, text) == [("Riga", "Riga", "LV")]
