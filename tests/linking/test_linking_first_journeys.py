"""A journey described right after "first" or "maiden" ("on his first overseas visit"), with no day of
its own, is the one other journey of the story whose place agrees: one event, not two
(linking/retold.py merge_first_journeys, FIRST_JOURNEY in patterns/linking_words.jsonl).
Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest


@pytest.mark.parametrize("text,expected", [
    # a visit told by its verb and again by a noun after "first": the noun names it, the verb's day kept
    ("Ties between Peru and Chile are strong. President Ana Rios had visited Chile last month for her first "
     "official visit to the country in a decade. During that visit, the two sides signed three accords.",
     [("official visit", "2025-05", "CL")]),
    # a town of the country of the journey told with its day and length: that journey
    ("\"Welcome to Peru! Prime Minister Ian Poe arrives in Lima on his first overseas visit after taking office,\" "
     "the ministry wrote.\n\nHe is on a five-day official visit to Peru from 2 to 6 June at the invitation of "
     "President Ana Rios.",
     [("five-day official visit to Peru", "2025-06-02", "PE")]),
    ("\"Foreign Minister Li Wei arrives in Suva on his maiden visit,\" the ministry wrote. Li Wei is on a "
     "three-day official visit to Fiji from 2 to 4 June.",
     [("three-day official visit to Fiji", "2025-06-02", "FJ")]),
])
def test_first_journey_is_the_story_journey(extract_text, text, expected):
    events = extract_text(text).events
    assert [(e.name, e.start, e.venue.country if e.venue else None) for e in events] == expected


@pytest.mark.parametrize("text,count", [
    # the other journey is to another country: two journeys
    ("\"Welcome! Prime Minister Ian Poe arrives in Lima on his first overseas visit,\" the ministry wrote.\n\n"
     "He made a state visit to Chile from 2 to 6 June last year.", 2),
    # no "first": the journeys are not said to be one
    ("President Ana Rios had visited Chile last month. She also made an official visit to Santiago in 2019.", 2),
])
def test_other_journeys_stay_apart(extract_text, text, count):
    journeys = [e for e in extract_text(text).events if "visit" in e.name]
    assert len(journeys) == count, [(e.name, e.start) for e in journeys]
