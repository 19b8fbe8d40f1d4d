"""Calls told by their verb (session 32, lane evl32): "X spoke today with Y" is a call with Y,
dated by the relative word of its own sentence (docs/annotating.md 4 and 10); a conversation held
after a fronted date ("On Monday, X held a telephone conversation with Y") is dated by it.
Sentences written for these tests; published date: Monday 2 June 2025."""
import pytest


@pytest.mark.parametrize("text, name, day", [
    pytest.param("Foreign Minister Ana Rios spoke today with Mongolian Foreign Minister Tom Reid about trade.",
                 "call with Mongolian Foreign Minister Tom Reid", "2025-06-02", id="spoke today with"),
    pytest.param("Foreign Minister Ana Rios spoke by phone on Sunday with her Fijian counterpart.",
                 "call with her Fijian counterpart", "2025-06-01", id="spoke by phone with a counterpart"),
    pytest.param("On Monday, Foreign Minister Ana Rios held a telephone conversation with Mongolian Foreign Minister "
                 "Tom Reid.", "telephone conversation with Mongolian Foreign Minister Tom Reid", "2025-06-02",
                 id="a fronted date dates a conversation"),
])
def test_calls(extract_text, text, name, day):
    events = {e.name: (e.start, e.end) for e in extract_text(text).events}
    assert events.get(name) == (day, day), events


@pytest.mark.parametrize("text", [
    pytest.param("President Ana Rios spoke with the Associated Press on Monday.", id="a news agency is no official"),
    pytest.param("The minister spoke to reporters in Lima on Monday.", id="spoke to reporters"),
    pytest.param("The two leaders talked about trade on Monday.", id="talked about, with nobody"),
])
def test_no_calls(extract_text, text):
    assert not [e.name for e in extract_text(text).events]


def test_a_title_names_the_call_its_lead_tells(extract_text):
    record = extract_text(
        "Secretary Rios's Call with Fijian Foreign Minister Reid\n\nThe following is attributable to the "
        "spokesperson. Secretary of State Ana Rios spoke today with Fijian Foreign Minister Tom Reid. They "
        "discussed fisheries.")
    assert [(e.name, e.start) for e in record.events] == [
        ("Secretary Rios's Call with Fijian Foreign Minister Reid", "2025-06-02")]


def test_a_meeting_told_by_a_progressive_verb(extract_text):
    record = extract_text("President Ana Rios is meeting with Chinese President Tom Reid in Chengdu where the two "
                          "leaders are discussing trade.")
    venues = {e.name: e.venue and (e.venue.city, e.venue.country) for e in record.events}
    assert venues == {"meeting with Chinese President Tom Reid": ("Chengdu", "CN")}


def test_no_meeting_with_a_group_nobody_names(extract_text):
    assert not extract_text("The committee was meeting with stakeholders in Lima on Monday.").events


@pytest.mark.parametrize("text, name, venue", [
    pytest.param("The President spoke at the Accra International Conference Centre during the bilateral talks with "
                 "his Ghanaian counterpart.", "bilateral talks with his Ghanaian counterpart", ("Accra", "GH"),
                 id="a building right before 'during the talks' places them"),
    pytest.param("The President spoke in Lima during the bilateral talks with his Peruvian counterpart.",
                 "bilateral talks with his Peruvian counterpart", ("Lima", "PE"), id="a town right before 'during'"),
])
def test_places_right_before_during(extract_text, text, name, venue):
    events = {e.name: e.venue and (e.venue.city, e.venue.country) for e in extract_text(text).events}
    assert events.get(name) == venue, events


def test_a_place_of_another_clause_does_not_place_the_talks(extract_text):
    record = extract_text("The President, who arrived in Lima on a visit, praised the bilateral talks with his "
                          "counterpart.")
    assert not any(e.name.startswith("bilateral talks") for e in record.events)


def test_a_meeting_a_journey_is_made_for_is_the_journeys(extract_text):
    record = extract_text("Foreign Minister Ana Rios paid a working visit to Poland in August 2024 to meet with her "
                          "Polish counterpart Tom Reid.")
    assert [e.name for e in record.events] == ["working visit to Poland"]


def test_a_meeting_with_its_own_day_after_a_journey_stays(extract_text):
    record = extract_text("Foreign Minister Ana Rios will visit Poland next week. She is scheduled to meet her "
                          "Polish counterpart Tom Reid on Tuesday.")
    assert "meeting with her Polish counterpart Tom Reid" in [e.name for e in record.events]


@pytest.mark.parametrize("text, expected", [
    pytest.param("Prime Minister Tom Reid will host a banquet reception this evening in honour of the Secretary-General "
                 "at the Palace.", [], id="a banquet reception is a dinner"),
    pytest.param("On 8 February, Prime Minister Tom Reid will receive a ceremonial reception at the Parliament.",
                 ["ceremonial reception"], id="a ceremonial reception stays an event"),
])
def test_receptions(extract_text, text, expected):
    assert [e.name for e in extract_text(text).events] == expected
