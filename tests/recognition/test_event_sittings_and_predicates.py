"""Sittings of bodies told by an ordinal or said to be held, meetings told by their verb before
another occasion, and predicates that only describe an event told elsewhere. Sentences written
for these tests."""
import pytest


def _names(extract_text, text):
    return [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text,name", [
    # a cabinet with an ordinal sits (joint cabinets of two governments)
    ("Ghana and Togo signed nine accords at the Second Joint Cabinet held in Lome on Friday.", "Second Joint Cabinet"),
    # a lowercase word joined by a hyphen to a capitalised one stays in the name
    ("The two presidents will co-chair the 4th Bi-national Cabinet in Cuenca on Monday.", "4th Bi-national Cabinet"),
    # a body said to be held or to have taken place is a sitting
    ("The previous Joint Commission was held in Accra in May 2021.", "Joint Commission"),
    ("The last Coastal Council took place in Apia in March.", "Coastal Council"),
])
def test_sitting_of_a_body(extract_text, text, name):
    assert name in _names(extract_text, text)


def test_session_of_a_body_said_to_be_held_is_the_session(extract_text):
    text = "The third session of the Ghana-Togo Joint Higher Committee was held in Accra on 4 May."
    assert _names(extract_text, text) == ["third session of the Ghana-Togo Joint Higher Committee"]


@pytest.mark.parametrize("text,word", [
    ("The Joint Commission was established in 1991 to review trade.", "Joint Commission"),
    ("The Cabinet approved the budget on Monday in Accra.", "Cabinet"),
    ("Ghana's Cabinet Secretary Ama Mensah spoke in Accra on Monday.", "Cabinet"),
])
def test_body_that_does_not_sit(extract_text, text, word):
    assert not any(word in n for n in _names(extract_text, text))


def test_meeting_told_by_its_verb_before_another_occasion(extract_text):
    text = ("Quito, 4 May. Foreign Minister Rosa Vega on Tuesday met with her counterpart Ian Poe of Canada "
            "ahead of the Andean Group meeting.")
    names = _names(extract_text, text)
    assert "meeting with her counterpart Ian Poe of Canada" in names
    assert "Andean Group meeting" in names


def test_meeting_told_by_its_verb_at_another_occasion_is_that_one(extract_text):
    text = "The minister met her counterpart Ian Poe at the Andean Group meeting in Quito on Tuesday."
    assert _names(extract_text, text) == ["Andean Group meeting"]


def test_participle_after_the_place_of_a_visit_is_not_in_its_name(extract_text):
    text = "The minister will be on a three-day visit to Fiji starting on 3 May."
    assert "three-day visit to Fiji" in _names(extract_text, text)


@pytest.mark.parametrize("text,word", [
    ("The minister arrived in Apia on Monday. This was the first official visit by a Chilean minister "
     "to Samoa.", "first official visit"),
    ("Leaders met in Lima on Friday. It is the second summit between Peru and Chile this year.", "second summit"),
])
def test_predicate_describing_an_event_is_no_event(extract_text, text, word):
    assert not any(word in n for n in _names(extract_text, text))


def test_numbered_edition_as_subject_is_an_event(extract_text):
    text = "The 2nd Peru-Chile summit opened in Lima on Monday."
    assert any("2nd Peru-Chile summit" in n for n in _names(extract_text, text))


@pytest.mark.parametrize("text,name", [
    # a body's one-word name before a lowercase head modifies it
    ("Officials said on Tuesday that the Council meeting in Vaduz on Monday ran late.", "Council meeting"),
    ("The Cabinet meeting will be held in Accra on 4 May.", "Cabinet meeting"),
])
def test_body_name_before_a_lowercase_head(extract_text, text, name):
    assert any(n.startswith(name) for n in _names(extract_text, text))


@pytest.mark.parametrize("text,kept,word", [
    ("In Austria, the minister will attend the Vienna Energy Conference, the region's biggest forum on power, "
     "on 9 June.", "Vienna Energy Conference", "biggest forum"),
    ("The premier opened the Pacific Fisheries Summit, a two-day meeting of ocean ministers, in Suva on Monday.",
     "Pacific Fisheries Summit", "two-day meeting"),
])
def test_apposition_describing_a_named_event_is_that_event(extract_text, text, kept, word):
    names = _names(extract_text, text)
    assert kept in names and not any(word in n for n in names), names


def test_long_form_in_brackets_inside_a_described_name(extract_text):
    text = ("The meeting of the SACU (Southern African Customs Union) Council of Ministers opened in "
            "Windhoek on Monday.")
    assert "meeting of the SACU Council of Ministers" in _names(extract_text, text)


@pytest.mark.parametrize("text,word", [
    # a body named by what it does
    ("The premier said the Commission of Inquiry needs his attention in Suva this week.", "Inquiry"),
    # a named event before a plural noun of people modifies it
    ("The host will not invite Post-Forum Dialogue partners to Honiara on 8 September.", "Dialogue"),
    ("Delegates thanked the Coral Summit members in Apia on Monday.", "Coral Summit"),
])
def test_name_that_is_no_event(extract_text, text, word):
    assert not any(word in n for n in _names(extract_text, text))


def test_acronym_name_in_a_headline(extract_text):
    text = ("Agenda of SACU Summit: Trade First\n\nLeaders of the customs union opened talks in Windhoek "
            "on Monday on tariffs.")
    assert "SACU Summit" in _names(extract_text, text)


@pytest.mark.parametrize("text,word", [
    # several meetings named in a headline by a plural head: no one event
    ("Minister Tours Week-long ASEAN FM Meetings\n\nThe minister spoke in Jakarta on Monday.", "FM Meetings"),
    # a headline in title case with no acronym opening the name says nothing by its capitals
    ("Leaders Hail Historic Regional Summit\n\nThe leaders spoke in Lima on Monday.", "Regional Summit"),
])
def test_headline_capitals_without_an_acronym_name_nothing(extract_text, text, word):
    assert not any(word in n for n in _names(extract_text, text))


def test_numbered_plenary_sessions_of_the_event_reported_are_its_parts(extract_text):
    text = ("The Coral Summit ended in Suva on Friday. The first plenary session heard the host, and the "
            "third plenary session featured the Prime Minister of Tonga. The Assembly will hold its plenary "
            "session in Apia from 7 to 10 May.")
    names = _names(extract_text, text)
    assert "Coral Summit" in names and not any("first plenary" in n or "third plenary" in n for n in names)
    assert any("plenary session" in n for n in names)  # the Assembly's sitting


def test_headline_acronym_name_of_the_story_event_is_no_second_event(extract_text):
    text = ("Ghana hosts AU Trade Ministers Meeting\n\nAccra, 4 Oct - Ghana will host the next African Trade "
            "Ministers Meeting from 26 to 27 October in Accra, the minister said.")
    names = _names(extract_text, text)
    assert not any(n.startswith("AU ") for n in names) and any("African Trade Ministers Meeting" in n for n in names)
