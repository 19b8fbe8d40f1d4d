"""Venues that fresh real press names in shapes the rules used to miss, on sentences written for
these tests: (text, [(name, city, country), ...]) with the venues expected in order; the
negatives list what must not be read as a venue."""
import pytest

CASES = [
    # capitalised modifiers (a demonym, a sea) between "the" and a lowercase settlement noun
    ("The summit will open on 9 June in the south-eastern Turkish city of Gaziantep.",
     [("Gaziantep", "Gaziantep", "TR")]),
    ("Ministers of the bloc convened in the Caspian port of Aktau on Tuesday.",
     [("Aktau", "Aktau", "KZ")]),
    # negative: a capitalised settlement word opens a facility's or a district's name
    ("Officials said the rice would arrive at the Port of Durban by June.", []),
    # workshops, seminars and "organised" are things that happen somewhere
    ("Each province organised the workshop at Kumasi on 3 May.", [("Kumasi", "Kumasi", "GH")]),
    ("The seminar on coastal fisheries is at Mombasa this week.", [("Mombasa", "Mombasa", "KE")]),
    # a town the gazetteer lacks, ending the name of a described event
    ("On Friday the three envoys held a trilateral meeting in Zugdidia.", [("Zugdidia", "Zugdidia", None)]),
    # negative: "in Honour of", "in Memory of" after an event's name is no town
    ("The 2nd Youth Forum in Honour of the Founders opens on Monday.", []),
    # a town the gazetteer lacks before a comma and its country's state or province takes
    # that country, not the dateline's
    ("ROME, 3 May 2026 -- The council will hold its retreat in Oakbridge Falls, Ohio, in July.",
     [("Oakbridge Falls, Ohio", "Oakbridge Falls", "US")]),
    ("ROME, 3 May 2026 -- The plan will be launched at a workshop in Mount Kerema, Western Highlands "
     "Province, on 17 March.", [("Mount Kerema, Western Highlands", "Mount Kerema", "PG")]),
    # a building that a city's name opens, then a comma and that city's country: in that city
    ("The governors joined the investment summit holding at the Nairobi Trade Centre, Kenya.",
     [("Nairobi Trade Centre", "Nairobi", "KE")]),
    # "<building> here": the dateline's city, even when another city's name opens the building's
    ("ACCRA, 4 May 2026 -- The two presidents held talks at Kumasi Lodge here on Monday.",
     [("Kumasi Lodge", "Accra", "GH")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_venue_recall_shapes(extract_text, text, expected):
    found = [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]
    assert found == expected


def test_town_known_only_in_part_takes_the_province_country(extract_text):
    """ "Mount <a city the data knows elsewhere>": the unknown town's country is the one of the
    province written after it, not the dateline's."""
    text = "ROME, 3 May 2026 -- The plan will be launched at a workshop in Mount Hagen, Western Highlands Province."
    venues = [(v.name, v.country) for v in extract_text(text, published="2026-05-03").venues]
    assert venues == [("Mount Hagen", "PG")]
