"""Places that the phrase around them tells as an event's (a town naming the event, a "where"
clause about it), and places that are no venue though a preposition of place introduces
them (where delegates sleep, where a journey stops), and events that only say how another is
held. Sentences written for these tests."""
import pytest

VENUES = [
    # "the <Town> <event head>": the town is where the event is
    ("Trade officials expect the Mombasa talks to resume on Thursday.", [("Mombasa", "Mombasa", "KE")]),
    ("Observers said the Hanoi meeting produced no joint statement.", [("Hanoi", "Hanoi", "VN")]),
    # ... not a town naming a body or a document, nor a capitalised head
    ("The Paris agreement was cited by the Lima Group on Monday.", []),
    # a place before ", where" and a clause about an event
    ("Police closed the roads around the Tamarind Convention Hall, where the 3rd Island Energy Forum "
     "opens on Monday.", [("Tamarind Convention Hall", None, None)]),
    ("The delegates toured Mombasa, where the fourth Kenya-Tanzania Joint Commission meets next week.",
     [("Mombasa", "Mombasa", "KE")]),
    # ... not one about something else
    ("The new ambassador was born in Lagos, where her father taught history.", []),
    # ... and a town after a preposition is read with its building (and listed once, after it)
    ("The ministers met at the Grand Palm Hotel in Durban, where the talks went on late.",
     [("Grand Palm Hotel", "Durban", "ZA")]),
    # where delegates sleep is no venue
    ("The delegations are staying at the Palm Grove Hotel for the 6th Reef Summit, which opens in Suva "
     "on Monday.", [("Suva", "Suva", "FJ")]),
    # where a journey stops is no venue, unless something is held there
    ("The foreign minister arrived at Julius Nyerere International Airport on Sunday to attend the 8th "
     "Lake Zone Summit in Mwanza.", [("Mwanza", "Mwanza", "TZ")]),
]


@pytest.mark.parametrize("text,want", VENUES)
def test_told_places(extract_text, text, want):
    assert [(v.name, v.city, v.country) for v in extract_text(text).venues] == want


def test_a_signing_held_at_an_airport_keeps_its_venue(extract_text):
    article = extract_text("The agreement was signed at a ceremony held at Faleolo International Airport on Friday.")
    assert [v.name for v in article.venues] == ["Faleolo International Airport"]


def test_a_where_clause_gives_the_event_its_venue(extract_text):
    article = extract_text("The delegates toured Mombasa, where the fourth Kenya-Tanzania Joint Commission "
                           "meets next week.")
    assert [(e.name, e.venue.city) for e in article.events] == [("fourth Kenya-Tanzania Joint Commission", "Mombasa")]


@pytest.mark.parametrize("text,want", [
    # how an event was held is no event of its own
    ("The second round of Kenya-Uganda consultations was conducted via a video conference on Friday.",
     ["second round of Kenya-Uganda consultations"]),
    ("On 4 March the sixth Chile-Peru political consultations took place in the format of a video conference.",
     ["sixth Chile-Peru political consultations"]),
    # ... but a video conference held is one
    ("The health ministers held a video conference on Tuesday to discuss the outbreak.", ["video conference"]),
])
def test_means_of_holding(extract_text, text, want):
    assert [e.name for e in extract_text(text).events] == want


def test_a_town_opening_a_body_name_is_not_the_events_place(extract_text):
    """ "the 24th Shanghai Cooperation Organisation summit": the town names the body, which meets
    anywhere."""
    article = extract_text("Leaders praised the 24th Shanghai Cooperation Organisation summit on Friday.")
    assert [(e.ordinal, e.venue) for e in article.events] == [(24, None)]


def test_where_someone_speaks_to_the_press_is_no_venue(extract_text):
    """ "will brief the media at X": a press briefing is no event, also when an event is told in
    the same sentence."""
    article = extract_text("After the 5th Lake Chad Summit in N'Djamena, the minister will brief the media at the "
                           "Ministry of Foreign Affairs on Tuesday.")
    assert "Ministry of Foreign Affairs" not in [v.name for v in article.venues]


def test_a_building_is_in_the_town_its_sentence_goes_to_before_the_dateline(extract_text):
    """ "NAIROBI: ... After arriving in Mombasa, he held talks at the State Lodge": the town the
    sentence has just gone to, not the dateline's."""
    article = extract_text("NAIROBI, June 2 (Reuters) - After arriving in Mombasa on Sunday, the Tanzanian president "
                           "held talks with his host at the Coast State Lodge.")
    assert [(v.name, v.city) for v in article.venues if v.name == "Coast State Lodge"] == [("Coast State Lodge", "Mombasa")]


def test_a_town_of_another_event_in_the_sentence_leaves_the_dateline(extract_text):
    """ "adopted at the third forum in Arusha, the minister said at the Lodge": Arusha is that
    forum's place; the building is the dateline's."""
    article = extract_text("NAIROBI, June 2 (Reuters) - The plan, adopted at the third Lake Forum in Arusha last "
                           "year, will be reviewed, the minister told a meeting at the Coast State Lodge.")
    assert [(v.name, v.city) for v in article.venues if v.name == "Coast State Lodge"] == [("Coast State Lodge", "Nairobi")]


@pytest.mark.parametrize("text,town", [
    # a town the gazetteer lacks after a verb of meeting, a date and "in"
    ("The 9th Coral Triangle Forum will be held from 3 to 5 June in Denarau, the organisers said.", "Denarau"),
    ("The two presidents met on Monday in Kololi for talks on fisheries.", "Kololi"),
])
def test_a_date_between_the_verb_and_the_town(extract_text, text, town):
    assert [v.name for v in extract_text(text).venues] == [town]


def test_a_date_before_in_after_no_verb_of_meeting_is_no_town(extract_text):
    assert extract_text("The envoy, born on 4 May 1960 in Kololi, spoke at length.").venues == []
