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
     "received a parliamentary delegation from Kenya", "2025-05-27"),
    ("Governor Ana Lopez hosted a delegation of Chilean investors at State House on Friday.",
     "hosted a delegation of Chilean investors", "2025-05-30"),
    # a participle after the origin opens what is said of the delegation
    ("The Minister received a delegation of the Ministry of Health headed by Ana Poe on Monday.",
     "received a delegation of the Ministry of Health", "2025-06-02"),
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
