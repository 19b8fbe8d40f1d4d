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


@pytest.mark.parametrize("text,expected", [
    # session 30: the first journey told on a day of its own, the other with none: still one journey
    ("Prime Minister Ian Poe held talks with President Ana Rios in Lima on Monday, during his five-day visit "
     "to Peru.\n\nPresident Rios welcomed Poe on his first overseas visit on Monday.",
     ["talks with President Ana Rios", "five-day visit to Peru"]),
    # "first" read as an ordinal of a capitalised journey: the story's visit, which keeps its name
    ("Prime Minister Ian Poe will visit Chile from 4 to 6 June. This will be the first State Visit by "
     "Prime Minister Poe to Chile since taking office.", ["visit to Chile"]),
    # ... and of a mission with no place of its own: the story's one mission
    ("Governor Ana Rios will lead an international trade mission to Peru, Chile and Bolivia in July.\n\n"
     "\"I am proud to lead my first trade mission to South America,\" Rios said.",
     ["international trade mission to Peru"]),
])
def test_first_journey_numbered_or_dated_is_the_story_journey(extract_text, text, expected):
    assert [e.name for e in extract_text(text).events] == expected


@pytest.mark.parametrize("text,count", [
    # a first journey of another time: its day sets it apart
    ("President Ana Rios will pay a state visit to Peru from 4 to 6 June.\n\n"
     "She first came to Lima on her first overseas visit on 3 March 2019, after taking office.", 2),
    # two missions in the story: which one is not told
    ("Governor Ana Rios will lead a trade mission to Peru in July and a trade mission to Chile in October.\n\n"
     "\"I am proud to lead my first trade mission to South America,\" Rios said.", 3),
])
def test_first_journey_of_another_time_or_of_several_stays(extract_text, text, count):
    journeys = [e for e in extract_text(text).events if "mission" in e.name or "visit" in e.name]
    assert len(journeys) == count, [(e.name, e.start) for e in journeys]
