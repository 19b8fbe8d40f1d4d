"""Described events of a state visit's programme: a ceremonial welcome, a ceremony attended with
its day or place, and a delegation received by its host. Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text,name,day", [
    # a ceremonial welcome received or accorded, with its place and day
    ("President Ana Lopez received a ceremonial welcome at the Palacio Quemado on Monday.",
     "ceremonial welcome", "2025-06-02"),
    ("Prime Minister Tavita Soli was accorded a grand ceremonial welcome at Government House on Friday.",
     "ceremonial welcome", "2025-05-30"),
])
def test_a_ceremonial_welcome(extract_text, text, name, day):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name.endswith(name) and events[0].start == day


@pytest.mark.parametrize("text,name,day", [
    # a ceremony described by a modifier, attended ("at", "attended", "witnessed"), where or when after it
    ("Minister Ana Lopez attended the swearing-in ceremony in Suva on Friday.", "swearing-in ceremony", "2025-05-30"),
    ("President Ana Lopez spoke at the welcome ceremony on Monday.", "welcome ceremony", "2025-06-02"),
    ("The two ministers witnessed the handover ceremony at Apia Port on Friday.", "handover ceremony", "2025-05-30"),
])
def test_an_attended_ceremony_told_where_or_when(extract_text, text, name, day):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name.startswith(name) and events[0].start == day


@pytest.mark.parametrize("text", [
    # a bare "the ceremony" points back; an opening ceremony is a part of the event reported
    "Minister Ana Lopez attended the ceremony on Friday.",
    "Minister Ana Lopez attended the opening ceremony on Friday.",
    # neither a day nor a place after it
    "Minister Ana Lopez attended the swearing-in ceremony.",
])
def test_no_attended_ceremony(extract_text, text):
    assert not any("ceremony" in e.name for e in extract_text(text).events)


@pytest.mark.parametrize("text,name,day", [
    ("The Speaker on Tuesday received a parliamentary delegation from Kenya led by Senator Ana Poe.",
     "meeting with a parliamentary delegation from Kenya", "2025-05-27"),
    ("Governor Ana Lopez hosted a delegation of Chilean investors at State House on Friday.",
     "meeting with a delegation of Chilean investors", "2025-05-30"),
    # a participle after the origin opens what is said of the delegation
    ("The Minister received a delegation of the Ministry of Health headed by Ana Poe on Monday.",
     "meeting with a delegation of the Ministry of Health", "2025-06-02"),
])
def test_a_delegation_received_where_or_when(extract_text, text, name, day):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name == name and events[0].start == day


@pytest.mark.parametrize("text", [
    # the delegation is the host
    "President Ana Lopez was received by a delegation of elders in Quito on Monday.",
    # neither a day nor a place
    "The Minister received a delegation from Kenya.",
    # another event told in the sentence is where the delegation was received
    "The Minister received a delegation from Kenya at the 5th Pacific Trade Forum in Suva on Monday.",
])
def test_no_delegation_visit(extract_text, text):
    assert not any(e.name.startswith(("received", "hosted")) for e in extract_text(text).events)


@pytest.mark.parametrize("text,name,day", [
    # "meet" as a noun after a determiner and modifiers
    ("The two sides will hold a bilateral meet in Dhaka on Monday.", "bilateral meet", "2025-06-02"),
    ("Minister Ana Lopez attended the annual business meet in Mumbai on Friday.", "annual business meet", "2025-05-30"),
    # deliberations with a complement
    ("The delegation held deliberations with the Speaker in Apia on Monday.", "deliberations with the Speaker", "2025-06-02"),
])
def test_a_meet_and_deliberations(extract_text, text, name, day):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name.startswith(name) and events[0].start == day


@pytest.mark.parametrize("text", [
    # "meet" as a verb
    "The ministers will meet in Dhaka on Monday.",
    "Minister Ana Lopez is expected to meet investors in Dhaka on Monday.",
    # bare deliberations retell the sitting reported
    "Ministers began their deliberations on Thursday.",
])
def test_no_meet_nor_bare_deliberations(extract_text, text):
    assert not any(e.name.endswith(("meet", "deliberations")) for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    # a count of documents signed, with where or when after it
    ("The two leaders witnessed the signing of three agreements in Suva on Monday.", "signing of three agreements"),
    ("The ministers attended the signing of 10 cooperation documents at the Palace on Friday.",
     "signing of 10 cooperation documents"),
    ("The leaders witnessed the signing of four Memoranda of Understanding in Apia on Monday.",
     "signing of four Memoranda of Understanding"),
])
def test_a_signing_of_a_count_of_documents(extract_text, text, name):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name == name


def test_no_signing_of_a_count_told_neither_where_nor_when(extract_text):
    text = "The two sides witnessed the signing of eight cooperation documents, including the Lopez Trade Framework."
    assert not any(e.name.startswith("signing") for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    # a group named by lowercase words after "with": a noun of people or a delegation, then its origin
    ("The Minister held a meeting with the visiting delegation from Japan in Suva on Monday.",
     "meeting with the visiting delegation from Japan"),
    ("The Prime Minister convened a meeting with stakeholders at the Ministry on Friday.", "meeting with stakeholders"),
    ("The minister also had meetings with senior officials of the World Bank in Washington on Monday.",
     "meetings with senior officials of the World Bank"),
])
def test_a_meeting_with_a_group(extract_text, text, name):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name == name


@pytest.mark.parametrize("text", [
    "The minister held a meeting with the press in Suva on Monday.",  # no noun of people
    "The minister held a meeting with farmers.",  # neither where nor when
])
def test_no_meeting_with_a_group(extract_text, text):
    assert not any(e.name.startswith("meeting") for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    # a topic after "on", then where or when
    ("The leaders attended a session on climate finance in Apia on Monday.", "session on climate finance"),
    ("The minister addressed a forum on investment in Suva on Monday.", "forum on investment"),
])
def test_a_described_gathering_on_a_topic(extract_text, text, name):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name == name


@pytest.mark.parametrize("text,name", [
    # an office of a domain met ("the Minister of X of Y"), with a day
    ("Secretary Ana Poe met with the Minister of Agriculture of Belarus on Friday.",
     "meeting with the Minister of Agriculture of Belarus"),
])
def test_a_meeting_with_an_office_of_a_domain(extract_text, text, name):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name == name


def test_no_meeting_with_an_office_before_a_noun(extract_text):
    assert not extract_text("Prices met the Ministry of Finance target on Friday.").events


def test_a_visit_marked_by_a_welcome_is_the_visit_told(extract_text):
    text = ("President Ana Lopez, who is on a three-day state visit to Peru, received a ceremonial welcome at "
            "the Palacio de Gobierno on Monday, marking her first overseas visit as head of state.")
    names = [e.name for e in extract_text(text).events]
    assert not any("overseas" in n for n in names) and any(n.endswith("ceremonial welcome") for n in names)


@pytest.mark.parametrize("text,name,day", [
    # talks placed right after an occasion told before take its single day
    ("Minister Ana Lopez attended President Ian Poe's swearing-in ceremony on Friday evening. "
     "The two leaders then held talks after the ceremony.", "talks", "2025-05-30"),
    ("The leaders attended a welcome ceremony at the Palace on Monday. Following the ceremony, they held bilateral talks.",
     "bilateral talks", "2025-06-02"),
])
def test_an_event_right_after_an_occasion_takes_its_day(extract_text, text, name, day):
    events = {e.name: e for e in extract_text(text).events}
    assert name in events and events[name].start == day


def test_no_day_after_an_occasion_without_one(extract_text):
    text = "The minister held talks with Ana Poe. After the talks, the two sides held a meeting with investors."
    assert not any(e.name.startswith("meeting") for e in extract_text(text).events)


def test_talks_that_followed_another_occasion(extract_text):
    text = "The signing followed talks between Ana Lopez and Ian Poe at the Palacio Quemado in La Paz on Sunday."
    assert any(e.name.startswith("talks between Ana Lopez and Ian Poe") for e in extract_text(text).events)


@pytest.mark.parametrize("text", [
    "President Ana Lopez arrived in Suva on Sunday. She is on a three-day official visit at the invitation of Prime Minister Ian Poe.",
    "President Ana Lopez arrived in Suva on Sunday. The three-day official visit is the first by a Peruvian leader.",
])
def test_a_journey_told_right_after_its_arrival(extract_text, text):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].start == "2025-06-01" and events[0].venue.name == "Suva"


def test_no_journey_after_an_arrival_in_another_paragraph(extract_text):
    text = "President Ana Lopez arrived in Suva on Sunday.\n\nThe official visit is the first by a Peruvian leader."
    assert not extract_text(text).events


@pytest.mark.parametrize("text,name", [
    # several meetings told where and when in their clause are one occasion reported
    ("The minister also held bilateral meetings with his counterparts from Chile and Peru in Lima on Monday.",
     "bilateral meetings with his counterparts from Chile and Peru"),
])
def test_bilateral_meetings_told_where_and_when(extract_text, text, name):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name == name


@pytest.mark.parametrize("text", [
    # a purpose after whom, no place or day in the clause: several, none reported
    "Ana Lopez will speak at the 5th Pacific Trade Forum on 19 October and hold bilateral meetings with her counterparts to discuss trade.",
    "On the sidelines, she held bilateral meetings with the foreign ministers of Chile and Peru.",
])
def test_no_bilateral_meetings_without_where_or_when(extract_text, text):
    assert not any("bilateral meetings" in e.name for e in extract_text(text).events)
