"""Descriptive events seen missed on fresh agency, presidency and embassy press (round two):
"held bilateral discussions with X" placed by the next sentence. Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text,name,venue", [
    # discussions placed by the next sentence that calls them "the discussions"
    ("President Ana Lopez, who is on an official visit to Peru, has held bilateral discussions with his "
     "counterpart Ian Poe.\n\nThe discussions were held at the Presidential Palace in Lima.",
     "bilateral discussions with his counterpart Ian Poe", "Lima"),
    # discussions between two named parties, told where and when
    ("Bilateral discussions between President Ana Lopez and Prime Minister Ian Poe were held on Monday in Lima.",
     "Bilateral discussions between President Ana Lopez and Prime Minister Ian Poe", "Lima"),
])
def test_discussions_told_where(extract_text, text, name, venue):
    events = [e for e in extract_text(text).events if e.name == name]
    assert len(events) == 1 and events[0].venue is not None and events[0].venue.name == venue


@pytest.mark.parametrize("text", [
    # neither a date nor a place
    "The two sides held discussions on trade and investment.",
    # a process under way, not an occasion
    "The minister said discussions on the accord were continuing.",
    # a reading of an agenda item counted by a word ordinal
    "The Conference in Geneva will hold a first discussion of the new standard on Monday.",
    "The leaders will have a first strategic discussion on the budget at the Council in Brussels on Monday.",
    # bare: the talks told before, told again
    "Minister Ana Lopez and Minister Ian Poe held bilateral talks on Thursday. The two ministers held "
    "discussions on the sidelines of the Andean Water Summit in Lima.",
])
def test_no_discussions_event(extract_text, text):
    assert not any("discussion" in e.name for e in extract_text(text).events)


def test_a_discussion_with_someone_told_where(extract_text):
    names = [e.name for e in extract_text(
        "Minister Ana Lopez had a discussion with Ambassador Ian Poe at the Ministry in Lima on Monday.").events]
    assert any(n.startswith("discussion with Ambassador Ian Poe") for n in names), names


@pytest.mark.parametrize("text,name,city", [
    # two named parties who met beside a named event, which places the meeting
    ("Foreign Minister Ana Lopez and her Chilean counterpart Ian Poe met on the sidelines of the Andean Water "
     "Summit in Lima.", "meeting between Foreign Minister Ana Lopez and her Chilean counterpart Ian Poe", "Lima"),
    ("Minister Ana Lopez and her counterpart Ian Poe met on the sidelines of the summit in Moscow on Friday.",
     "meeting between Minister Ana Lopez and her counterpart Ian Poe", "Moscow"),
])
def test_a_pair_met_on_the_sidelines(extract_text, text, name, city):
    events = [e for e in extract_text(text).events if e.name == name]
    assert len(events) == 1 and events[0].venue is not None and events[0].venue.city == city


def test_a_pair_who_met_others_on_the_sidelines(extract_text):
    text = ("Foreign Minister Ana Lopez and Minister Ian Poe met on the sidelines of the Andean Water Summit "
            "in Lima with their Bolivian counterparts.")
    assert not any(e.name.startswith("meeting between") for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    # a counterpart of a named state is one official
    ("Foreign Minister Ana Lopez met with her Chilean counterpart in Santiago on Friday and discussed trade.",
     "meeting with her Chilean counterpart"),
    # a manner adverb between the verb and "with"
    ("Minister Ana Lopez met briefly with Foreign Minister Ian Poe in Lima on Monday.",
     "meeting with Foreign Minister Ian Poe"),
])
def test_more_meetings_told_by_the_verb(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text", [
    # a bare counterpart names nobody
    "Foreign Minister Ana Lopez met with her counterpart in Santiago on Friday.",
    # an apposition after the counterpart and the meeting the sentence names: that meeting
    "Minister Ana Lopez met today with her Kenyan counterpart, Cabinet Secretary Ian Poe, for a bilateral "
    "meeting at the Ministry in Lima.",
])
def test_no_meeting_with_a_counterpart(extract_text, text):
    assert not any("counterpart" in e.name for e in extract_text(text).events)


@pytest.mark.parametrize("text", [
    "The talks came ahead of President Ana Marcos' state visit to Indonesia on 4 June.",
    "During President Ana Marcos' state visit to Indonesia on 4 June, the two sides signed an accord.",
])
def test_a_visit_owned_through_a_bare_apostrophe(extract_text, text):
    events = extract_text(text).events
    assert [(e.name, e.start) for e in events] == [("state visit to Indonesia", "2025-06-04")]


def test_a_plural_before_a_bare_apostrophe_still_modifies(extract_text):
    names = [e.name for e in extract_text("An experts' meeting will be held in Lima on 4 June.").events]
    assert any(n.startswith("experts' meeting") for n in names), names


@pytest.mark.parametrize("text,day", [
    ("President Ana Lopez plans to visit Indonesia in November, the ministry said.", "2025-11"),
    ("President Ana Lopez is expected to visit Indonesia from 4 to 6 June.", "2025-06-04"),
])
def test_a_visit_announced_by_a_plan(extract_text, text, day):
    assert [(e.name, e.start) for e in extract_text(text).events] == [("visit to Indonesia", day)]


@pytest.mark.parametrize("text", [
    # wished, not announced
    "President Ana Lopez invited Ian Poe to visit Indonesia in November.",
    # a stop of a journey's programme
    "During his stay, the minister is scheduled to visit the Marine Research Institute in Lima tomorrow.",
])
def test_no_visit_announced_by_a_plan(extract_text, text):
    assert not any(e.name.startswith("visit to") for e in extract_text(text).events)


@pytest.mark.parametrize("text,word", [
    # a word of how full or good they were is no modifier of an occasion (QUALITY_WORD)
    ("The Chilean side welcomed Peru at the recently held Andean Water Summit. Both sides held comprehensive "
     "discussions on a wide range of issues covering trade and transit in Lima.", "discussion"),
    ("The director gave a thorough briefing on the missions organised in 2019 to Bolivia and Chile.", "briefing"),
])
def test_quality_word_makes_no_occasion(extract_text, text, word):
    assert not any(word in e.name for e in extract_text(text).events)


def test_bilateral_discussions_still_an_occasion(extract_text):
    names = [e.name for e in extract_text("Both sides held bilateral discussions in Lima on Monday.").events]
    assert any("bilateral discussions" in n for n in names), names
