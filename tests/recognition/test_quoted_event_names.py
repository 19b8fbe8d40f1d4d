"""Events whose name or descriptive phrase is told in quotation marks: 'a "unity meeting" in X on
Friday' (the quotes wrap the modifiers and the head), 'the "Lima Plus" meeting' (a name with
capitals in quotes before a lowercase head). Sentences written for these tests."""
import pytest

FOUND = [
    # quotes around the modifiers and the head of a described event, with its place and day
    ('Lund said he would take part in a "unity meeting" in Baabda on Friday.', '"unity meeting" in Baabda',
     "2026-05-01"),
    ("Lund said he would take part in a \u201cunity meeting\u201d in Baabda on Friday.",
     "\u201cunity meeting\u201d in Baabda", "2026-05-01"),
    ('The two parties will hold a "reconciliation meeting" on Friday.', '"reconciliation meeting"', "2026-05-01"),
    # a name with capitals in quotes before a lowercase head
    ('The delegation will attend the "Lima Plus" meeting in Lima on 11 November.', '"Lima Plus" meeting in Lima',
     "2026-11-11"),
    ('The delegation will attend the "Lima +" meeting in Lima on 11 November.', '"Lima +" meeting in Lima',
     "2026-11-11"),
    ('The delegation will attend the "Lima+" meeting in Lima on 11 November.', '"Lima+" meeting in Lima',
     "2026-11-11"),
    ('Leaders met at the "Sunrise" summit in Lima on November 11.', '"Sunrise" summit in Lima', "2025-11-11"),
    # a lowercase modifier in quotes, as before
    ('Lund held an "informal" meeting with Ivo Lund in Baabda on Friday.', '"informal" meeting with Ivo Lund',
     "2026-05-01"),
]

NOT_FOUND = [
    # quoted words that are no event's: a bare "a meeting" in quotes, a quote closing elsewhere
    'Lund called the talks a "historic meeting".',
    'The "Lima Plus" group will discuss the meeting of officials next year.',
]


@pytest.mark.parametrize("text,name,start", FOUND)
def test_quoted_event_found(extract_text, text, name, start):
    events = {e.name: e for e in extract_text(text, published="2026-05-01").events}
    assert name in events, list(events)
    assert events[name].start == start


@pytest.mark.parametrize("text", NOT_FOUND)
def test_quoted_words_no_event(extract_text, text):
    assert extract_text(text, published="2026-05-01").events == [], extract_text(text).events
