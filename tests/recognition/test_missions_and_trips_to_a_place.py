"""A mission, a delegation or a trip sent to a place is a visit (ANNOTATORS.md, session 31: a trade
mission, a business delegation's trip or a working trip to a place is a descriptive event, counted
with its date or its place, named by the shortest descriptive phrase, "trade mission to Kenya").
The heads are marked ``"destination": true`` in ``patterns/events.jsonl``: an event only when a
place follows "to" right after the head (a country, a city, a region of the gazetteer, or a part
of the world, ``WORLD_REGION``), never a body, a team or a purpose
(``EventRecognizer._no_destination``). Sentences written for these tests, with made-up people."""
import pytest

FOUND = [
    ("Governor Ana Poe will lead an export promotion mission to Chile from 4 to 9 October.",
     "export promotion mission to Chile"),
    ("Premier Ben Ula will lead a trade delegation to Da Nang in November.", "trade delegation to Da Nang"),
    ("The mayor will lead a delegation to Lyon next spring to meet investors.", "delegation to Lyon"),
    ("Premier Ana Poe wrapped up her fourth mission to Ghana on Friday in Accra.", "mission to Ghana"),
    ("Minister Ben Ula made a three-day working trip to Peru last week.", "three-day working trip to Peru"),
    ("Governor Ana Poe will lead an agri-food mission to Southeast Asia from 2 to 12 March.",
     "agri-food mission to Southeast Asia"),
    ("The premier will head an investment mission to the Middle East in January.", "investment mission to the Middle East"),
]

NONE = [
    # a body, not a journey: a mission in a place, a state's or a body's team, a permanent mission
    "The diplomatic mission in Tirana will stay closed on Monday.",
    "The OSCE Mission to Moldova said on Monday that it welcomed the vote.",
    "Ambassador Ana Poe heads the country's Permanent Mission to the United Nations since May.",
    "The Chilean delegation to the conference in Lima arrived on Monday.",
    # a purpose, not a place
    "The minister said on Monday she was on a mission to promote exports to Peru.",
    # no destination: a team, not a journey told
    "The accompanying delegation met business leaders in Lima on Monday.",
    # the journey told, then described again (an apposition, a copula)
    "Ana Poe flew to Lima on Monday, her second trip to Peru this year.",
    "I said on Monday that this is our third trip to Peru in two years.",
]


@pytest.mark.parametrize("text,name", FOUND)
def test_group_or_trip_sent_to_a_place_is_a_visit(extract_text, text, name):
    found = [e.name for e in extract_text(text).events]
    assert name in found, found


@pytest.mark.parametrize("text", NONE)
def test_no_journey_to_a_place(extract_text, text):
    found = [e.name for e in extract_text(text).events
             if any(w in e.name.lower() for w in ("mission", "delegation", "trip"))]
    assert found == [], found


def test_group_told_again_names_no_meeting(extract_text):
    """ "The delegation held meetings ..." after a sentence told by "met with" does not rename that
    meeting after the delegation: the heads of groups sent somewhere are no retelling nouns."""
    text = ("Minister Ana Poe met with Peruvian business leaders in Lima on Monday. "
            "The delegation also held meetings with exporters.")
    assert not any(e.name.startswith("delegation") for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    ("Premier Ana Poe will lead the Team Maple Trade Mission to Chile from 3 to 8 June.",
     "Team Maple Trade Mission to Chile"),
    ("Governor Ben Ula took part in the Trade and Investment Mission to Peru last year.",
     "Trade and Investment Mission to Peru"),
])
def test_trade_mission_named_with_capitals_is_named(extract_text, text, name):
    """A trade mission named with capitals is a named event (ANNOTATORS.md, session 31), like a
    "State Visit": the capitalised heads of ``patterns/events.jsonl``."""
    assert name in [e.name for e in extract_text(text).events]
