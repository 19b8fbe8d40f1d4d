"""A group sent on a journey (``event.lower.mission``, ``event.lower.delegation``, heads marked
``"clause": true`` and ``"destination": true``; packaged since session 31, when the lead decided that a
trade mission or a delegation's trip to a place is a visit, ANNOTATORS.md) is an event when a place
follows "to" right after it and its clause places or dates it, not when it is sent to an event (its
party), nor a state's or an owner's team ("a Tongan delegation", "her delegation"), nor with no
destination; and a lowercase gathering head after a name with capitals ("the CARICOM summit") is
a named event (FACTS.md), counted with no date or place, after "the" and a participle of its course
too ("the just-concluded X summit", "the recently held X summit"; ``ANNOUNCING_WORD``,
``ANNOUNCING_ADVERB`` in ``patterns/event_words.jsonl``). Sentences written for these tests."""
import pytest

FOUND = [
    # a mission, led, to its destination and dated
    ("Governor Ana Poe will lead an export and marketing mission to Chile from 15 to 21 May.",
     "export and marketing mission to Chile"),
    # a numbered mission to its destination
    ("She will stop in Lima at the end of her fourth mission to Peru since 2019.", "mission to Peru"),
    # a delegation with a modifier of its own, to its destination
    ("Premier Ian Ula will lead a business delegation to Suva next month.", "business delegation to Suva"),
]

NOT_FOUND = [
    # a state's team
    ("Minister Ana Poe will lead a Tongan delegation to the city of Apia next month.", "delegation"),
    # sent to an event: that event's party
    ("Minister Ana Poe will lead Tonga's trade delegation to the 12th Session of the Pacific Trade Council.",
     "delegation"),
    # no destination
    ("The mission will build on the ties between the islands, the premier said.", "mission"),
    ("A farm delegation from Tonga is headed to Samoa this week to sell its produce.", "delegation"),
    # a body, no journey
    ("The Tongan delegation was led by Foreign Secretary Ana Poe.", "delegation"),
    # a mission named with capitals is a body sent, no journey nor edition
    ("The minister thanked Tonga for its lead of the Regional Police Support mission in Samoa.", "mission"),
]


@pytest.mark.parametrize("text,name", FOUND)
def test_group_sent_on_a_journey(extract_text, text, name):
    names = [e.name for e in extract_text(text).events]
    assert any(name in n for n in names), names


@pytest.mark.parametrize("text,word", NOT_FOUND)
def test_group_not_on_a_journey(extract_text, text, word):
    names = [e.name for e in extract_text(text).events]
    assert not any(word in n for n in names), names


NAMED = [
    ("Minister Ana Poe spoke about the deal during the PIDF summit.", "PIDF summit"),
    ("Tonga signed the accord during the just-concluded PIF summit in Suva, Fiji.", "PIF summit"),
    ("Samoa welcomed Tonga's part in the recently held G20 summit.", "G20 summit"),
]


@pytest.mark.parametrize("text,name", NAMED)
def test_lowercase_gathering_after_capitals_is_named(extract_text, text, name):
    events = extract_text(text).events
    assert any(name in e.name for e in events), [e.name for e in events]


NEXT = [
    # another edition said to take place, or to be, where (FACTS.md: an event announced)
    ("The first Tonga-Samoa Joint Commission met in Apia on 3 May. The next meeting will take place in Tonga.",
     "TO"),
    ("The Pacific Fisheries Summit opened in Apia on 3 May. The next summit will be in Suva, Fiji, in February.",
     "FJ"),
    # an event's acronym after "the next", to be hosted where: another edition, not the one told before
    ("The Tonga-Samoa Foreign Office Consultations (FOC) were held in Apia on 3 May. "
     "It was agreed that the next FOC will be hosted in Tonga on a date to be agreed.", "TO"),
]

NOT_NEXT = [
    # no place and no day: nothing announced
    "The Pacific Fisheries Summit opened in Apia on 3 May. The next summit will take place soon.",
    "The Tonga-Samoa Joint Commission met in Apia on 3 May. The next meeting will be important for both sides.",
]


@pytest.mark.parametrize("text,country", NEXT)
def test_next_edition_placed_is_an_event(extract_text, text, country):
    events = extract_text(text).events
    assert len(events) == 2, [e.name for e in events]
    assert events[0].venue.country != country and events[1].venue.country == country, events


@pytest.mark.parametrize("text", NOT_NEXT)
def test_next_edition_untold_is_none(extract_text, text):
    assert len(extract_text(text).events) == 1, [e.name for e in extract_text(text).events]
