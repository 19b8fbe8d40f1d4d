"""A group sent on a journey (``event.lower.mission``, ``event.lower.delegation``: heads marked
``"clause": true``, a delegation also ``"modified": true``; not in the packaged rules, which count no
mission or delegation, but read when a user adds them to a copy of ``patterns/``, as here)
is an event when its clause places it (a destination after "to") or dates it, not when it is sent
to an event (its party) and, for a delegation, not without a lowercase modifier of its own (a
state's team); and a lowercase gathering head after a name with capitals ("the CARICOM summit") is
a named event (FACTS.md), counted with no date or place, after "the" and a participle of its course
too ("the just-concluded X summit", "the recently held X summit"; ``ANNOUNCING_WORD``,
``ANNOUNCING_ADVERB`` in ``patterns/event_words.jsonl``). Sentences written for these tests."""
import shutil

import pytest

GROUP_HEADS = [
    '{"id": "event.lower.mission", "label": "EVENT_HEAD_LOWER", "pattern": "mission", "clause": true}',
    '{"id": "event.lower.delegation", "label": "EVENT_HEAD_LOWER", "pattern": "delegation", "clause": true, '
    '"modified": true}',
]


@pytest.fixture(scope="module")
def extract_with_groups(tmp_path_factory):
    """The extractor over a copy of the packaged rules with the two group heads added."""
    from newsfacts import extract
    from newsfacts.nlp import build_nlp
    from newsfacts.settings import PATTERNS_DIR

    folder = tmp_path_factory.mktemp("rules") / "patterns"
    shutil.copytree(PATTERNS_DIR, folder)
    with open(folder / "events.jsonl", "a", encoding="utf-8") as rules:
        rules.write("\n".join(GROUP_HEADS) + "\n")
    nlp = build_nlp(str(folder))
    return lambda text: extract(text, id="t", published="2025-06-02", nlp=nlp)

FOUND = [
    # a mission, led, to its destination and dated
    ("Governor Ana Poe will lead an export and marketing mission to Chile from 15 to 21 May.",
     "export and marketing mission to Chile"),
    # a numbered mission to its destination
    ("She will stop in Lima at the end of her fourth mission to Peru since 2019.", "mission to Peru"),
    # a delegation with a modifier of its own, to its destination
    ("Premier Ian Ula will lead a business delegation to Suva next month.", "business delegation to Suva"),
    # a delegation headed to a place: its destination
    ("A farm delegation from Tonga is headed to Samoa this week to sell its produce.", "farm delegation"),
]

NOT_FOUND = [
    # a state's team: no modifier of its own
    ("Minister Ana Poe will lead a Tongan delegation to the city of Apia next month.", "delegation"),
    # sent to an event: that event's party
    ("Minister Ana Poe will lead Tonga's trade delegation to the 12th Session of the Pacific Trade Council.",
     "delegation"),
    # no place and no day in its clause
    ("The mission will build on the ties between the islands, the premier said.", "mission"),
    # a body, no journey
    ("The Tongan delegation was led by Foreign Secretary Ana Poe.", "delegation"),
    # a mission named with capitals is a body sent, no journey nor edition
    ("The minister thanked Tonga for its lead of the Regional Police Support mission in Samoa.", "mission"),
]

NAMED = [
    ("Minister Ana Poe spoke about the deal during the PIDF summit.", "PIDF summit"),
    ("Tonga signed the accord during the just-concluded PIF summit in Suva, Fiji.", "PIF summit"),
    ("Samoa welcomed Tonga's part in the recently held G20 summit.", "G20 summit"),
]


@pytest.mark.parametrize("text,name", FOUND)
def test_group_sent_on_a_journey(extract_with_groups, text, name):
    names = [e.name for e in extract_with_groups(text).events]
    assert any(name in n for n in names), names


@pytest.mark.parametrize("text,name", FOUND)
def test_the_packaged_rules_count_no_group_sent(extract_text, text, name):
    names = [e.name for e in extract_text(text).events]
    assert not any(name in n for n in names), names


@pytest.mark.parametrize("text,word", NOT_FOUND)
def test_group_not_on_a_journey(extract_with_groups, text, word):
    names = [e.name for e in extract_with_groups(text).events]
    assert not any(word in n for n in names), names


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
