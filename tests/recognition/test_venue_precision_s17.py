"""Venue precision shapes of session 17, on sentences written for these tests: (text, [(name,
city, country), ...]) with the venues expected in order; negatives have []."""
import pytest

FAR_CUE_CASES = [
    # "in" right after a plain lowercase noun, the event's cue ten words or more before it: the
    # place tells where that noun is (a project, a sector, opportunities), not where the event is
    ("This signing marks the first large irrigation scheme backed by the fund in Tuvalu, the minister said.", []),
    ("The minister, who attended the conference, also toured several clinics run by the private sector in Ghana.", []),
    ("He thanked Norway, which joined the meeting as an observer, for its support for the growth of job "
     "opportunities in Belize.", []),
    ("She stressed at the meeting that lasting calm across the whole region depends on calm and order in Haiti.", []),
    # the cue near the noun still places the event ("talks on trade in Lima")
    ("The ministers held talks on trade in Lima.", [("Lima", "Lima", "PE")]),
    # a time, or a verb in -ed, before "in" is no noun of a place: the far cue still places the event
    ("The 12th session of the council, which gathers the ministers of the eleven member countries, "
     "opened today in Accra.", [("Accra", "Accra", "GH")]),
    ("The 12th session of the council, which gathers the ministers of the eleven member countries, "
     "was formally launched in Accra.", [("Accra", "Accra", "GH")]),
    ("The visit, announced on Monday by the two foreign ministries, comes after a gap of six years "
     "in Lima.", [("Lima", "Lima", "PE")]),
    # a closed clause about a person between the cue and the place is passed over
    ("The minister met her counterpart Ana Lopez, who is also the deputy prime minister of her country, "
     "over a long working lunch in Nairobi.", [("Nairobi", "Nairobi", "KE")]),
    # "is in": someone staying there on a journey, whatever the noun before
    ("The minister, who will attend the summit of the eleven member countries next week, is in Peru.",
     [("Peru", None, "PE")]),
]


@pytest.mark.parametrize("text,expected", FAR_CUE_CASES)
def test_a_far_cue_does_not_place_a_noun_before_in(extract_text, text, expected):
    found = [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]
    assert found == expected


THE_IN_NAME_CASES = [
    # a capitalised "The" inside a sentence is part of a country's name as written (FACTS.md)
    ("The summit was held in The Gambia on Tuesday.", [("The Gambia", None, "GM")]),
    ("The minister will travel to The Bahamas and Peru next week.", [("The Bahamas", None, "BS"), ("Peru", None, "PE")]),
    # a lowercase "the" is not; nor a "The" that opens the sentence
    ("The summit was held in the Gambia on Tuesday.", [("Gambia", None, "GM")]),
    ("The Gambia will host the summit in May.", [("Gambia", None, "GM")]),
]


@pytest.mark.parametrize("text,expected", THE_IN_NAME_CASES)
def test_a_capitalised_the_inside_a_sentence_stays_in_a_countrys_name(extract_text, text, expected):
    found = [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]
    assert found == expected
