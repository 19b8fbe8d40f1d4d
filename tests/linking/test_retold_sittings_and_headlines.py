"""One occasion told twice under two names is one event: a headline's description of a body's
sitting and the numbered sitting below it; a name opened by its two parties and the numbered
edition of the same name; a lead sentence's description of the one gathering its headline names.
Two occasions stay two. Sentences written for these tests; published date of every case: Monday
2 June 2025."""
import pytest


#: (text, the event names expected, in order)
CASES = [
    pytest.param(
        "The session of the Council for Trade Cooperation of Peru and Chile today in Lima attended by Ruiz\n\n"
        "The second session of the Council for Trade Cooperation between Peru and Chile will be held today in Lima, "
        "with President Joan Ruiz and Prime Minister Ian Poe taking part.",
        ["second session of the Council for Trade Cooperation"],
        id="a headline's session of a named council is the numbered session below it"),
    pytest.param(
        "The session of the Council for Trade Cooperation of Peru and Chile in Lima attended by Ruiz\n\n"
        "The second session of the Council for Trade Cooperation between Peru and Chile will be held on 9 June in Lima. "
        "Its first session was held in Santiago on 3 March 2024.",
        ["second session of the Council for Trade Cooperation", "first session"],
        id="a session without a number takes the one numbered edition its day and place agree with"),
    pytest.param(
        "Officials held a meeting of the Pacific Fisheries Council in Suva on Monday. "
        "The 9th Pacific Fisheries Ministers Meeting will be held in Suva on Monday too.",
        ["meeting of the Pacific Fisheries Council", "9th Pacific Fisheries Ministers Meeting"],
        id="NEGATIVE: a meeting of a body whose name is not the named meeting's"),
    pytest.param(
        "Trade Minister Ana Lopez will be on an official visit to Lima from 9 to 11 June to take part in the "
        "Peru - Chile Fisheries Dialogue Forum. She will attend the 5th Fisheries Dialogue Forum meeting in Lima on 11 June.",
        ["official visit to Lima", "5th Fisheries Dialogue Forum meeting"],
        id="a name opened by its two parties is the numbered edition of the same name"),
    pytest.param(
        "Peru-Chile Summit Meeting (Summary)\n\n"
        "On 1 June, President Ana Lopez of Peru, visiting Arica, held a meeting with President Ian Poe of Chile "
        "at the Palace. The two leaders reviewed trade.",
        ["Peru-Chile Summit Meeting"],
        id="the lead's meeting is the summit meeting its headline names"),
    pytest.param(
        "Andean Summit Meeting\n\n"
        "On 1 June, President Ana Lopez held a meeting with President Ian Poe on the sidelines of the 5th Andean "
        "Water Forum in Quito. The summit meeting will follow on Friday.",
        ["Andean Summit Meeting", "meeting with President Ian Poe", "5th Andean Water Forum"],
        id="NEGATIVE: a lead that names another event keeps its meeting apart"),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_one_occasion_told_twice(extract_text, text, expected):
    names = [e.name for e in extract_text(text).events]
    for name in expected:
        assert name in names, (name, names)
    assert len(names) == len(expected), names


def test_party_prefixed_name_takes_the_numbered_editions_day(extract_text):
    text = ("Trade Minister Ana Lopez will be on an official visit to Lima from 9 to 11 June to take part in the "
            "Peru - Chile Fisheries Dialogue Forum. She will attend the 5th Fisheries Dialogue Forum meeting in Lima on 11 June.")
    event = next(e for e in extract_text(text).events if e.ordinal == 5)
    assert event.start == "2025-06-11"
    assert len(event.mentions) == 2


def test_president_of_a_forum_named_with_its_parties_is_no_event(extract_text):
    text = ("Mr Ian Musa, president of Peru -Chile Cultural and Business Forum (PCBF), disclosed this at the end of "
            "the three-day Peru-Chile Trade Conference in Lima.")
    names = [e.name for e in extract_text(text).events]
    assert not any("Forum" in n for n in names), names


#: (text, the event names expected): a journey told with neither day nor place of its own
JOURNEYS = [
    pytest.param(
        "King Ian and Queen Ana of Arland are on their way to Peru for their four-day state visit.\n\n"
        "The royal couple will kick off their state visit in Lima, where they arrive on Monday morning.",
        ["four-day state visit"],
        id="a journey not yet placed is the one journey of its kind placed later"),
    pytest.param(
        "President Ana Lopez left for Peru for an official visit.\n\n"
        "She will also pay a state visit to Chile on 9 June and a state visit to Bolivia on 12 June.",
        ["official visit", "state visit to Chile", "state visit to Bolivia"],
        id="NEGATIVE: a journey of another kind, and two of one kind, stay apart"),
]


@pytest.mark.parametrize("text, expected", JOURNEYS)
def test_journey_told_before_it_is_placed(extract_text, text, expected):
    events = extract_text(text).events
    names = [e.name for e in events]
    for name in expected:
        assert name in names, (name, names)
    assert len(names) == len(expected), names
