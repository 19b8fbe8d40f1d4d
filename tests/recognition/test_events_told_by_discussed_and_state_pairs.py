"""Meetings told by their verbs: "discussed with X", a day after "on" or a place set
off by commas before "with", and two states owning one plural office as the subject of "met".
Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text,name,day", [
    # "discussed with" and whom: an occasion told by its verb, with a day before "with"
    ("Foreign Minister Ana Lopez had discussed on Monday with Ambassador Ian Poe the situation in the region.",
     "discussions with Ambassador Ian Poe", "2025-06-02"),
    ("Foreign Minister Ana Lopez discussed with Ambassador Ian Poe in Lima on Monday the trade between them.",
     "discussions with Ambassador Ian Poe", "2025-06-02"),
    # "met on Monday with": the preposition before the day stays out of whom
    ("Foreign Minister Ana Lopez met on Monday with Ambassador Ian Poe in Lima.", "meeting with Ambassador Ian Poe",
     "2025-06-02"),
    # an apposition's comma before the verb, a lone comma closing the day before "with"
    ("Chile's Ambassador to Peru, Ana Lopez, discussed on Wednesday, with Peruvian Minister of Trade Ian Poe, ways "
     "to enhance trade.", "discussions with Peruvian Minister of Trade Ian Poe", "2025-05-28"),
    # a place set off by commas between the verb and "with"
    ("Foreign Minister Ana Lopez met, at her residence, with her Chilean counterpart Ian Poe on Monday.",
     "meeting with her Chilean counterpart Ian Poe", "2025-06-02"),
])
def test_a_meeting_told_by_discussed_or_met_with(extract_text, text, name, day):
    events = extract_text(text).events
    assert [e.name for e in events] == [name] and events[0].start == day


@pytest.mark.parametrize("text", [
    # a participle after a lowercase noun: the topic, no occasion
    "The issues discussed with Ambassador Ian Poe in Lima on Monday included trade.",
    # discussed something (the topic) with someone: no "with" right after the verb
    "The minister discussed trade with Ambassador Ian Poe in Lima on Monday.",
    # nobody named after "with"
    "The minister discussed with his hosts in Lima on Monday the trade between them.",
    # neither "at" nor "in" opens what the commas set off
    "Foreign Minister Ana Lopez met, as expected, with Ambassador Ian Poe.",
])
def test_no_meeting_told_by_discussed_or_commas(extract_text, text):
    assert not any(e.name.startswith(("discussions with", "meeting with")) for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    ("Russian and French Foreign Ministers met in Paris on Monday to discuss bilateral relations.",
     "meeting between Russian and French Foreign Ministers"),
    ("Kenyan and Ugandan defence ministers met in Kampala on Tuesday.",
     "meeting between Kenyan and Ugandan defence ministers"),
])
def test_two_states_owning_one_office_met(extract_text, text, name):
    assert [e.name for e in extract_text(text).events] == [name]


@pytest.mark.parametrize("text", [
    # no states: the offices' words
    "Trade and Industry Ministers met in Lima on Monday.",
    # neither where nor when
    "Russian and French Foreign Ministers met to discuss bilateral relations.",
    # the states' troops, no people who hold an office of the pair
    "Kenyan and Ugandan troops met in Kampala on Tuesday.",
])
def test_no_two_states_meeting(extract_text, text):
    assert not any(e.name.startswith("meeting between") for e in extract_text(text).events)


@pytest.mark.parametrize("text,found", [
    # later in a visit story, talks announced with whom ("his host"): an occasion of their own
    ("President Ana Lopez arrived in Lima on Monday on a three-day state visit. The President will hold "
     "discussions with his host on Tuesday.", True),
    ("President Ana Lopez arrived in Lima on Monday on a three-day state visit. The President will hold "
     "discussions with his Peruvian counterparts on Tuesday.", True),
    # told alone, they retell talks told before
    ("President Ana Lopez arrived in Lima on Monday on a three-day state visit. The two ministers held "
     "discussions on the sidelines of the visit.", False),
    # with whom no counterpart nor host
    ("The minister held discussions with the press in Lima on Monday.", False),
])
def test_discussions_with_a_host(extract_text, text, found):
    events = extract_text(text).events
    assert any(e.name.startswith("discussions") and e.start == "2025-06-03" for e in events) is found, [e.name for e in events]


def test_a_host_met(extract_text):
    assert [e.name for e in extract_text("The minister met his Peruvian host in Lima on Monday.").events] \
        == ["meeting with his Peruvian host"]
