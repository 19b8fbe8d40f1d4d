"""FACTS.md: a described event ("talks with X", "a visit to Y", "a bilateral meeting") counts
only when the text gives its date or its place; a named event always counts. Sentences
written for these tests."""
import pytest

TOLD = [
    # a date in the sentence that names it
    ("The envoys held a bilateral meeting on Tuesday to review fisheries quotas.", "bilateral meeting"),
    # a place in the sentence
    ("The two premiers held extensive talks in Apia about shipping lanes.", "extensive talks"),
    # the place inside its own words
    ("She joined a business mission to Nairobi last week.", "business mission to Nairobi"),
    # a date in the next sentence, which names no other event
    ("The ministers held a working breakfast meeting. It took place on 4 March.", "breakfast meeting"),
]

NOT_TOLD = [
    # neither date nor place
    ("The councillors adopted the budget in a private session without debate.", "private session"),
    ("The two leaders held extensive talks on energy and trade.", "extensive talks"),
    # a meeting to be held some day: "as soon as possible" is no date
    ("They agreed to prepare a trilateral ministerial meeting to be held as soon as possible.",
     "trilateral ministerial meeting"),
    # the date and place of the next sentence belong to the event that sentence names
    ("They agreed to plan a trilateral ministerial meeting. Leaders will attend the Coral Reef Summit "
     "in Suva on 3 May.", "trilateral ministerial meeting"),
    # a place told for another event of the story does not carry to it
    ("Leaders opened the Coral Reef Summit in Suva on 3 May. Officials also held separate "
     "consultations on tuna quotas.", "separate consultations"),
]


@pytest.mark.parametrize("text,name", TOLD)
def test_described_event_with_date_or_place_counts(extract_text, text, name):
    names = [e.name for e in extract_text(text).events]
    assert any(name in n for n in names), names


@pytest.mark.parametrize("text,name", NOT_TOLD)
def test_described_event_without_date_or_place_is_left_out(extract_text, text, name):
    names = [e.name for e in extract_text(text).events]
    assert not any(name in n for n in names), names


def test_named_event_counts_without_date_or_place(extract_text):
    names = [e.name for e in extract_text("The ministers praised the Coral Reef Summit for its results.").events]
    assert names == ["Coral Reef Summit"]
