"""Hosts and places of session 32, on sentences written for these tests: (text, [(name, city,
country), ...]) with the venues expected in order."""
import pytest


def venues_of(extract_text, text):
    """(name, city, country) of each venue found in ``text``, published 3 May 2026."""
    return [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]


HOST_CASES = [
    # a date's month before the host opens the clause: no name goes on before the place
    ("On 5 June Prague will host the meeting of the foreign ministers of the region.", [("Prague", "Prague", "CZ")]),
    # a capitalised word before the place that is no date still makes it part of a name
    ("The Japan Foundation will host the meeting of the foreign ministers on 5 June.", []),
]


@pytest.mark.parametrize("text,expected", HOST_CASES)
def test_a_date_before_a_host_opens_its_clause(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


UNDER_WAY_CASES = [
    # "under way in X" tells where an event began, far as its cue stands before it
    ("Ministers are attending a conference jointly convened by the regional commission and the health "
     "agency, which got under way in Luanda, Angola, on Monday.", [("Luanda, Angola", "Luanda", "AO")]),
    ("Ministers are attending a conference jointly convened by the regional commission and the health "
     "agency, which is underway in Luanda.", [("Luanda", "Luanda", "AO")]),
]


@pytest.mark.parametrize("text,expected", UNDER_WAY_CASES)
def test_under_way_in_a_town_is_the_events_place(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected


GATHER_ON_CASES = [
    # "on" after a verb of gathering names the place of the event the sentence tells
    ("Some 130 ministers will be converging on Nairobi next week for the 12th session of the conference.",
     [("Nairobi", "Nairobi", "KE")]),
    # no event in the sentence: no place
    ("Prices have been converging on Nairobi levels for a year.", []),
]


@pytest.mark.parametrize("text,expected", GATHER_ON_CASES)
def test_a_place_gathered_on_is_the_events_place(extract_text, text, expected):
    assert venues_of(extract_text, text) == expected
