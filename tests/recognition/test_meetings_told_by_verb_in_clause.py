"""A meeting told only by its verb is an event when its own clause gives a date or a place (dev
convention 1, FACTS.md's descriptive events): whom told by the official's whole mention, named officials who met
each other, and the name the next sentence gives it. Sentences written for these tests."""
import pytest

FOUND = [
    # whom told by a title, a comma and a name
    ("The Prime Minister of Tonga, Sione Vea, will meet on Friday, 4 October, with the Fijian president, "
     "Ratu Kolo Tui, in Suva.", "meeting with the Fijian president, Ratu Kolo Tui"),
    ("This was said by Interior Minister Ana Ruiz who met on Friday Bolivian Interior Minister, Luis Soto.",
     "meeting with Bolivian Interior Minister, Luis Soto"),
    # a colleague of the same office; the next sentence's noun phrase names the meeting
    ("Foreign Minister Ana Ruiz met on Monday, 3 June 2024 with her Bolivian colleague of Foreign Affairs, "
     "Luis Soto, in La Paz. This ministerial meeting followed the summit of March.",
     "ministerial meeting with her Bolivian colleague"),
    ("President Ana Ruiz met with Chilean President Luis Soto on Tuesday. Ruiz stopped in Santiago for the "
     "previously unplanned meeting on her way to Lima.", "previously unplanned meeting with Chilean President Luis Soto"),
    # not another one: "the next meeting" keeps the verb's noun
    ("President Ana Ruiz met with Chilean President Luis Soto in Lima on Tuesday. The next meeting will be "
     "held in Quito.", "meeting with Chilean President Luis Soto"),
    # named officials who met each other, named after the place after the verb
    ("The pact follows talks after Tongan Prime Minister Sione Vea, and Fijian Foreign Minister Kolo Tui, "
     "met in Suva during the regional forum.", "meeting in Suva"),
    ("On 3 May 2021, Deputy Secretary of State for Trade and Industry Ana Ruiz and the Minister of Energy of "
     "Peru Luis Soto met in Lima.", "meeting in Lima"),
]

NOT_FOUND = [
    # the day of the telling, not of the meeting (dev convention 5)
    ('"The president will meet with President Luis Soto alone", foreign minister Ana Ruiz told reporters '
     'on Tuesday.', "meeting with President Luis Soto"),
    # a description after the comma is not whom the name tells
    ("Deputy Prime Minister Ana Ruiz met Ian Poe, Country Director of the Bank for Peru, Chile and Bolivia, today.",
     "meeting with Ian Poe, Country Director of the Bank for Peru, Chile and Bolivia"),
]


@pytest.mark.parametrize("text,name", FOUND)
def test_meeting_told_by_verb_in_its_clause(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text,name", NOT_FOUND)
def test_no_meeting_of_that_name(extract_text, text, name):
    assert name not in [e.name for e in extract_text(text).events]
