"""Venue shapes seen in real press, on sentences written for these tests: (text, [(name, city,
country), ...]) with the venues expected in order; negatives have []."""
import pytest

CASES = [
    # a country written with "the" is a place as well, named as written
    ("The minister left on Monday for an official visit to the Republic of Korea.",
     [("Republic of Korea", None, "KR")]),
    ("The regional summit will be held in the Philippines in August.", [("Philippines", None, "PH")]),
    # negative: "the <Country>" that opens a longer name is not the place
    ("The talks took place in the Kenya Airways lounge.", []),
    # a courtesy call is something that happens somewhere
    ("He paid courtesy calls on Lao leaders in Vientiane on Tuesday.", [("Vientiane", "Vientiane", "LA")]),
    # an institution's building after its plural possessive; a club of people stays whole
    ("The agreement was signed at the Ministry of Foreign Affairs' Garuda Building in Jakarta on Monday.",
     [("Garuda Building", "Jakarta", "ID")]),
    ("She will close her visit with a discussion at the Foreign Correspondents' Club of Kenya on Friday.",
     [("Foreign Correspondents' Club of Kenya", None, "KE")]),  # "of <Country>" in the name: its country
    # "of the" continues a building's name
    ("NAIROBI, 3 May 2026 -- The minister received the envoy at the General Office of the Ministry of Foreign Affairs.",
     [("General Office of the Ministry of Foreign Affairs", "Nairobi", "KE")]),
    # the city opening a building's name, named elsewhere as where things happen, is its city
    ("BASSETERRE, 3 May 2026 -- The minister is in Quito, Ecuador, attending the regional assembly.\n\n"
     "The assembly is being held at the Quito Convention Centre until Friday.",
     [("Quito, Ecuador", "Quito", "EC"), ("Quito Convention Centre", "Quito", "EC")]),
    # a preposition glued inside a hyphenated word is no preposition
    ("The envoys met on Monday with the Chair-in-Office of the forum, in Vienna.", [("Vienna", "Vienna", "AT")]),
    ("The ministers met face-to-face at-home rules aside in Lima.", [("Lima", "Lima", "PE")]),
    # "hosted by <Country>'s minister": the host is a person, not the place
    ("The conference, hosted by Norway's Minister of Trade, will gather 40 delegations.", []),
    ("The conference will be hosted by Norway in May.", [("Norway", None, "NO")]),
    # "the situation in X", "the crisis in X": the topic, not where the event is
    ("Delegates at the forum reviewed the humanitarian crisis in Yemen.", []),
    ("Delegates at the forum in Lima reviewed the tensions in Yemen.", [("Lima", "Lima", "PE")]),
    ("The 5th Regional Summit opened in Kampala on Friday.", [("Kampala", "Kampala", "UG")]),
    # a hard-wrapped paragraph: a line that opens with a lowercase word goes on from the line
    # before it, no headline, however many capitals it holds
    ("The accord was signed by the two Presidents\nduring President Banda's State Visit to the DRC on the\n"
     "9th and 10th of May 2024, which opened a new chapter.", [("DRC", None, "CD")]),
    # a title-case headline still names no venue away from its event
    ("Kenya And Ghana Leaders Visit To Lima Ends\n\nThe leaders went home.", []),
    # a building's city: the one city its own sentence goes to before it, not the story's most named one
    ("The premier held talks in Oslo on Monday. The Oslo talks went well, and Oslo hopes for more.\n\n"
     "She will then travel to Madrid for a forum, and a summit with the king at the Royal Palace.",
     [("Oslo", "Oslo", "NO"), ("Madrid", "Madrid", "ES"), ("Royal Palace", "Madrid", "ES")]),
    # a city named after the building, in another clause, does not locate it
    ("The premier held talks in Oslo on Monday, and Oslo hopes for more.\n\n"
     "The king will host a dinner at the Royal Palace on Friday, before she travels to Bergen for a forum.",
     [("Oslo", "Oslo", "NO"), ("Royal Palace", "Oslo", "NO"), ("Bergen", "Bergen", "NO")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_venue_shapes(extract_text, text, expected):
    found = [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]
    assert found == expected


@pytest.mark.parametrize("text,expected", [
    ("The ministers will attend the regional forum, which will be hosted by the Philippines on 2-8 August.",
     [("Philippines", None, "PH")]),
    ("The summit, hosted by Ghana, closed on Friday.", [("Ghana", None, "GH")]),
    # negative: a body named after a country is no place
    ("The fair was hosted by the Kenya Ports Authority in March.", []),
])
def test_a_place_that_hosts_in_the_passive_is_the_venue(extract_text, text, expected):
    found = [(v.name, v.city, v.country) for v in extract_text(text, published="2026-05-03").venues]
    assert found == expected
