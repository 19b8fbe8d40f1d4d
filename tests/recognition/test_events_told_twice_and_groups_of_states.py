"""A meeting told twice is one event; a group owned by states that met where and when is a
meeting. Sentences written for these tests (the shapes of agency, embassy and presidency press)."""
import pytest


@pytest.mark.parametrize("text,place,day", [
    ("The foreign ministers of Peru and Chile met in Lima on Monday. They discussed border trade.", "Lima", "2025-06-02"),
    ("The defence ministers of Kenya, Uganda and Tanzania met in Nairobi on Tuesday to review security.", "Nairobi",
     "2025-05-27"),
    ("ASEAN defence ministers met in Vientiane on Thursday to discuss maritime security.", "Vientiane", "2025-05-29"),
    ("The EU finance ministers met in Brussels on Friday.", "Brussels", "2025-05-30"),
])
def test_a_group_owned_by_states_met_where_and_when(extract_text, text, place, day):
    meetings = [e for e in extract_text(text).events if e.name.startswith("meeting of")]
    assert len(meetings) == 1
    assert meetings[0].start == day and meetings[0].venue is not None and meetings[0].venue.city == place


@pytest.mark.parametrize("text", [
    "Supporters of Peru met in Lima on Monday.",
    "The trade ministers met to review the corridor plan.",
])
def test_no_meeting_of_a_group_of_states(extract_text, text):
    assert not any(e.name.startswith("meeting of") for e in extract_text(text).events)


def test_a_group_of_states_told_after_a_meeting_of_its_members_is_that_meeting(extract_text):
    text = ("Foreign Minister Ana Lopez met Chilean Foreign Minister Juan Perez in Lima on Monday. The foreign "
            "ministers of Peru and Chile met in Lima on Monday for the second time this year.")
    assert len(extract_text(text).events) == 1


@pytest.mark.parametrize("text", [
    # an apposition counting the occasion the clause tells
    "Prime Minister Ana Lopez on Sunday held talks with President Juan Perez in Lima. Lopez and Perez met on "
    "the sidelines of the summit in Lima, the first meeting between them since the election.",
    "Prime Minister Ana Lopez met President Juan Perez in Lima on Sunday, their first meeting since the election.",
    # a capitalised state visit told after the described one, to the country of its town
    "President Ana Lopez is on a three-day state visit to Quito. She met President Juan Perez on Monday. "
    "\"Welcome to Ecuador at the start of your State Visit to Ecuador,\" Perez said.",
    # the day told by the verb, the place by "the meeting between" in the next sentence
    "President Ana Lopez met Prime Minister Juan Perez on Monday. The meeting between Lopez and Perez took "
    "place at the Government Palace in Lima.",
])
def test_an_occasion_told_twice_is_one_event(extract_text, text):
    events = extract_text(text).events
    heads = [e.name for e in events if "meeting" in e.name or "talks" in e.name or "isit" in e.name]
    assert len(heads) == 1 + ("met President Juan Perez on Monday" in text and "visit" in text), heads


@pytest.mark.parametrize("text", [
    # a first meeting of a body told after a fronted phrase is one of its own
    "Ministers reviewed the plan in Nairobi on Monday. On the sidelines, the first meeting of the Joint "
    "Technical Committee on Roads was also held.",
])
def test_a_numbered_meeting_after_a_fronted_phrase_stays(extract_text, text):
    assert any(e.ordinal == 1 for e in extract_text(text).events)


def test_a_state_visit_elsewhere_with_its_own_days_stays(extract_text):
    text = "President Ana Lopez is on a state visit to Quito this week. She will pay a State Visit to Peru from 4 to 6 May."
    assert len([e for e in extract_text(text).events if "isit" in e.name]) == 2


@pytest.mark.parametrize("text,name", [
    ("President Ana Lopez held productive and wide-ranging talks with Chilean President Juan Perez in Lima on "
     "Tuesday.", "productive and wide-ranging talks with Chilean President Juan Perez"),
    ("The two foreign ministers held an \"informal\" meeting in Quito on Sunday.", "informal"),
])
def test_modifiers_joined_by_and_or_in_quotes(extract_text, text, name):
    assert any(name in e.name for e in extract_text(text).events)


@pytest.mark.parametrize("text,name,place", [
    ("The two ministers met on the sidelines of the Council of Foreign Ministers in Quito on Sunday.",
     "Council of Foreign Ministers", "Quito"),
    ("The ministers met in Oslo ahead of the Nordic Council on Monday.", "Nordic Council", None),
])
def test_a_bodys_sitting_beside_a_meeting(extract_text, text, name, place):
    event = next(e for e in extract_text(text).events if e.name == name)
    assert event.start is not None and (place is None or event.venue.city == place)


def test_a_body_with_a_day_after_its_office_is_no_sitting(extract_text):
    assert not extract_text("The Speaker of the Legislative Council on Monday said the bill was ready.").events


@pytest.mark.parametrize("text,place", [
    ("The next trilateral summit will be held in Quito in May, the ministry said.", "Quito"),
    ("Leaders met in Lima on Monday for the 5th Andean Summit. The next summit will be held in Quito in 2027.", "Quito"),
])
def test_the_next_one_said_to_be_held_is_an_event(extract_text, text, place):
    assert any(e.name.endswith("summit") and e.venue is not None and e.venue.city == place
               for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    ("A delegation called on Interior Minister Juan Perez here on Thursday.", "call on Interior Minister Juan Perez"),
    ("The Ambassador called on President Juan Perez at State House on Monday to discuss trade.",
     "call on President Juan Perez"),
    # a retired rank in brackets inside the official's mention is no photo caption
    ("ISLAMABAD: A delegation called on Minister for Interior Brig (R) Juan Perez here on Thursday.",
     "call on Minister for Interior Brig (R) Juan Perez"),
])
def test_a_call_told_by_its_verb_with_where_or_when(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text,name,day", [
    # when told before the verb, in its clause
    ("The new Secretary General of the Andean Bank, Ambassador Tom Reyes, yesterday evening called on Her "
     "Excellency Ana Lopez, Prime Minister of Peru.", "call on Her Excellency Ana Lopez, Prime Minister", "2025-06-01"),
    ("On 3 May 2025, Foreign Minister Ana Lopez called on President Juan Perez.", "call on President Juan Perez",
     "2025-05-03"),
    ("Chilean Ambassador Tom Reyes on Tuesday called on Foreign Minister Ana Lopez.", "call on Foreign Minister Ana Lopez",
     "2025-05-27"),
    # whom told by a pronoun, with where or when after it
    ("Lopez said this when Ambassador Tom Reyes called on him on Tuesday.", "call on him", "2025-05-27"),
])
def test_a_call_told_by_its_verb_with_when_before_or_a_pronoun(extract_text, text, name, day):
    events = {e.name: e for e in extract_text(text).events}
    assert name in events and events[name].start == day


def test_a_call_and_a_meeting_in_one_sentence_are_two_events(extract_text):
    text = "On 3 May 2025, Foreign Minister Ana Lopez called on President Juan Perez and met with Prime Minister Tom Reyes."
    names = [e.name for e in extract_text(text).events]
    assert "call on President Juan Perez" in names and "meeting with Prime Minister Tom Reyes" in names


@pytest.mark.parametrize("text", [
    "The opposition yesterday called on President Juan Perez to resign.",
    "On Monday, the union called on the government to raise wages.",
    "He called on him on Monday to step down.",
    "Ambassador Tom Reyes, who arrived on Friday, called on Foreign Minister Ana Lopez.",
    "Lima, May 3 (Andina): Ambassador Tom Reyes called on Foreign Minister Ana Lopez.",
    "Lopez said this when Ambassador Tom Reyes called on him.",
])
def test_no_call_an_appeal_or_a_date_not_of_the_call(extract_text, text):
    assert not any(e.name.startswith("call on") for e in extract_text(text).events)


@pytest.mark.parametrize("text", [
    "The opposition called on President Juan Perez on Monday to resign.",
    "The envoy called on President Juan Perez to release the prisoners.",
    "He called on all parties in Lima on Monday to respect the ceasefire.",
    "The meeting between Minister Ana Lopez (L) and Juan Perez in Hanoi on Monday.",
])
def test_no_call_an_appeal_or_a_caption(extract_text, text):
    assert not extract_text(text).events


@pytest.mark.parametrize("text", [
    "President Ana Lopez and President Juan Perez held a tete-a-tete at the Government Palace in Lima on Monday, "
    "followed by delegation-level talks.",
    "President Ana Lopez and President Juan Perez held a t\u00eate-\u00e0-t\u00eate at the Government Palace in Lima on Monday.",
])
def test_a_tete_a_tete_with_where_and_when_is_talks_followed_ones_folded_in(extract_text, text):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].venue.city == "Lima"


def test_talks_later_in_the_day_take_the_day_told_before(extract_text):
    text = ("President Ana Lopez was accorded a ceremonial welcome at the Carondelet Palace on Monday. She is "
            "expected to hold crucial discussions with President Juan Perez later in the day.")
    events = extract_text(text, published="2025-06-02").events
    talks = [e for e in events if e.name.startswith("crucial discussions with President Juan Perez")]
    assert len(talks) == 1 and talks[0].start == "2025-06-02" and talks[0].name.endswith("Perez")


def test_a_group_of_states_after_a_named_event_is_that_event(extract_text):
    text = ("The 12th Andean Council of Foreign Ministers opened in Lima on Monday. The foreign ministers of Peru, "
            "Chile and Bolivia met in Lima on Monday to adopt the declaration.")
    assert [e.ordinal for e in extract_text(text).events] == [12]
