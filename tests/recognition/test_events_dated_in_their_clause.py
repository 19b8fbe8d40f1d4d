"""A described head that no word before it introduces is an event when its own clause gives its
date or its place (FACTS.md: a described event counts with its date or its place;
``EventRecognizer._clause_dated``), and a meeting told by its verb may have its place before whom
(``_met_in_place_end``). Sentences written for these tests."""
import pytest

FOUND = [
    # a previous round: an other-occurrence word before the head, its month and place after
    ("Reef Isles urged restraint. The last round of fishery talks under the regional aegis collapsed in "
     "March 2021 in the lakeside town of Suva.", "round of fishery talks"),
    # a participle clause telling where and when, after the article
    ("The envoy flew to Tonga for the trilateral summit planned in the city of Apia on 9 June.",
     "trilateral summit"),
    # a bare "a meeting" held, placed by its clause (a building, then a town)
    ("Ana Poe, the regional director of the Health Agency, held a meeting at the office of the Permanent "
     "Mission of Tonga in Geneva.", "meeting"),
    # a bare "a visit" after a time preposition, dated by its clause
    ("The port chief spoke during a visit from Coral Shipping Minister Ben Ula to the Northbay Container "
     "Terminal yesterday.", "visit"),
    # a plural head after "in", its place and day before it in the same clause
    ("The energy ministers of the bloc convened here in Apia on Monday in meetings to run until "
     "Thursday.", "meetings"),
    # a past occasion with a modifier setting it apart, told with its place
    ("Ana Poe met Ben Ula in Suva on 3 May. They stressed the recent meeting in Apia, welcoming the "
     "future meeting in Lima.", "recent meeting in Apia"),
    # a date before the head, the head the object of a preposition ("arrived ... on Tuesday for the talks")
    ("The trade ministers of Aralia and Bestovia arrived in Port Lemon on Tuesday for the latest round of "
     "border talks to settle the dispute.", "latest round of border talks"),
    ("Delegates from the three states arrived on 4 May for the trilateral talks on water sharing.",
     "trilateral talks"),
]

NOT_FOUND = [
    # a definite bare head: the same event told again
    ("The Reef Council meeting opened in Suva on 4 May. Ministers approved the plan, and the decisions "
     "of the meeting in Suva will go to the leaders.", "meeting in Suva"),
    # a time's possessive before the head points back
    ("The foreign ministers arrived in Apia for the latest round of tripartite talks. Monday and "
     "Tuesday's discussions are hosted by the foreign minister in Apia.", "discussions"),
    # a predicate after a copula describes the event told
    ("King Ula arrived in Suva on Monday. It is only the second state visit ever from Tonga to "
     "Suva.", "second state visit"),
    # a visit promised: the place after "to" before the head is another noun's
    ("He thanked Premier Ana Poe for her invitation to Suva and promised to pay a visit soon.", "visit"),
    # a demonstrative retells the event told
    ("Ana Poe signed the loan in Suva. This signing confirms the first road project in Apia, she said.",
     "signing"),
    # a launch is no meeting; a bare "session" is a part of the event reported
    ("The summit opened in Suva on Monday. The summit closes tomorrow with a session on reef fisheries.",
     "session"),
    # a thing told between the head and the place owns it
    ("The premier praised the Pacific fisheries meeting in a speech in Suva on Monday.", "Pacific fisheries meeting"),
    # a head with its object is a verb
    ("Tonga will publish a plan for meeting its climate targets in Apia on Monday, the minister "
     "said.", "meeting"),
    # a date before the head of another verb's object is that verb's date
    ("Delegates from the three states welcomed on 4 May the trilateral talks on water sharing.",
     "trilateral talks"),
    ("The ministers praised on Monday the trilateral talks on the border.", "trilateral talks"),
]


@pytest.mark.parametrize("text,name", FOUND)
def test_event_dated_in_its_clause(extract_text, text, name):
    names = [e.name for e in extract_text(text).events]
    assert name in names, names


@pytest.mark.parametrize("text,word", NOT_FOUND)
def test_no_event_from_its_clause(extract_text, text, word):
    names = [e.name for e in extract_text(text).events]
    assert not any(n == word or n.startswith(word + " ") for n in names), names


MET_IN_PLACE = [
    # a place after "in" and a date before "with"
    ("The Interior Minister, Ana Poe, met in Apia on Monday 5 May with his counterpart from the "
     "Republic of Fiji, Ben Ula.", "meeting with his counterpart from the Republic of Fiji, Ben Ula",
     "2025-05-05", "Apia"),
    # a place after "in", then whom with no "with"
    ("Foreign Minister Ana Poe yesterday also met in Suva the State Minister of Foreign Affairs of "
     "Tonga, Ben Ula.", "meeting with the State Minister of Foreign Affairs of Tonga", None, "Suva"),
]


@pytest.mark.parametrize("text,name,start,city", MET_IN_PLACE)
def test_meeting_verb_with_its_place_before_whom(extract_text, text, name, start, city):
    events = extract_text(text).events
    found = [e for e in events if e.name.startswith(name)]
    assert found, [e.name for e in events]
    if start:
        assert found[0].start == start
    assert found[0].venue is not None and found[0].venue.name == city, found[0].venue
