"""A courtesy call told by the headline names the meeting the story's opening sentences tell
(`linking/headline_calls.py`); not an appeal, a call from someone, a headline that tells more
than whom the call is paid on, nor a first event that is no meeting. Sentences written for
these tests; published Monday 2 June 2025."""
import pytest

from newsfacts.linking.headline_calls import headline_call

RENAMED = [
    ("Andean Envoy Pays Courtesy Call On Trade Minister\n\nThe Minister for Trade, Ana Lopez, received the "
     "Ambassador of Chile, Tom Reyes, on Monday, June 2, 2025. The meeting which took place at the Ministry was "
     "meant to discuss trade.", "Courtesy Call On Trade Minister", "2025-06-02"),
    ("Heads of mission pay courtesy call to Premier Ana Lopez\n\nMedia Release 3rd June 2025\nPremier Ana Lopez "
     "met with various Resident Heads of Mission from Chile and Peru on Monday 2 June at her office in Lima.",
     "courtesy call to Premier Ana Lopez", "2025-06-02"),
    ("Chilean envoy calls on FM\nLima: Chilean Ambassador Tom Reyes called on Foreign Minister Ana Lopez in Lima "
     "on Monday.", "call on FM", "2025-06-02"),
]

KEPT = [
    # an appeal: "to" after whom
    ("UN chief calls on leaders to end the war\n\nSecretary-General Tom Reyes met President Ana Lopez in Lima "
     "on Monday.", "meeting with President Ana Lopez"),
    # a call from someone names no party called on
    ("Secretary-General receives courtesy call by Ambassador of Chile\n\nLIMA, 2 June 2025 - Secretary-General "
     "Ana Lopez today received a courtesy call from Chile's Ambassador, Tom Reyes, at the Secretariat.",
     "courtesy call"),
    # the headline tells more than whom the call is paid on
    ("Envoy calls on FM ahead of talks\nLima: Chilean Ambassador Tom Reyes called on Foreign Minister Ana "
     "Lopez in Lima on Monday.", "call on Foreign Minister Ana Lopez"),
]


@pytest.mark.parametrize("text,name,start", RENAMED)
def test_the_headline_call_names_the_meeting_of_the_lead(event_named, extract_text, text, name, start):
    record = extract_text(text)
    event = event_named(record, name)
    assert event.start == start
    assert event.mentions[0].rule == "event.lower.call.headline"
    assert len(record.events) == 1


@pytest.mark.parametrize("text,name", KEPT)
def test_the_body_keeps_its_own_name(event_named, extract_text, text, name):
    event_named(extract_text(text), name)


def test_a_first_event_that_is_no_meeting_keeps_its_name(extract_text):
    record = extract_text("Envoy calls on FM\nLima: President Tom Reyes began a state visit to Peru on Monday. "
                          "He met Foreign Minister Ana Lopez in Lima on Monday.")
    assert "call on FM" not in [e.name for e in record.events]


@pytest.mark.parametrize("headline,expected", [
    ("Envoy Pays Courtesy Call On Trade Minister\n\n", "Courtesy Call On Trade Minister"),
    ("Chilean envoy calls on FM\n", "call on FM"),
    ("Calls on FM grow louder\n", None),
    ("Pope calls on faithful to pray\n", None),
    ("Envoy calls on FM in Lima\n", None),
])
def test_headline_call(headline, expected):
    found = headline_call(headline + "Body sentence here.", len(headline) if headline.endswith("\n\n") else 0)
    assert (found[2] if found else None) == expected
