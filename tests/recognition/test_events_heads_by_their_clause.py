"""Heads of FACTS.md's kinds of event told by another word or in the plural (``"clause": true`` in
``patterns/events.jsonl``: trip, journey, visits; gathering; engagement; conversation;
not "trips", "summits", "conferences", "sessions") are events only when their own clause dates or places them
(``EventRecognizer._clause_dated``); no word before them introduces them. Sentences written for
these tests."""
import pytest

FOUND = [
    # a trip with its day in its clause
    ("Minister Ana Poe will make an official trip to Tonga on 4 May.", "official trip to Tonga"),
    # a conversation dated by its clause, after a time preposition
    ("During a telephone conversation with Premier Ben Ula on Monday, Ana Poe thanked Tonga for its aid.",
     "telephone conversation with Premier Ben Ula"),
    # a gathering placed by its clause, after the article
    ("Ministers of the islands met for the high-level gathering in Apia on 3 June.", "high-level gathering in Apia"),
    # plural heads of the kinds
    ("The envoy held a conversation with business leaders in Suva on 4 May.",
     "conversation with business leaders"),
    ("Ana Poe recalled her visits to Suva on 7 September and 9 October.", "visits to Suva"),
    ("The bloc's foreign ministers held an engagement with civil society at the Apia Hotel on Friday.",
     "engagement"),
]

NOT_FOUND = [
    # no date and no place in the clause: introduced by a word, still no event
    ("Minister Ana Poe said the trip was a success for the islands.", "trip"),
    ("The premier held a long conversation with his counterpart, the ministry said.", "long conversation"),
    # an abstract engagement: no date or place of its own clause
    ("Tonga welcomed the engagement of the bloc with the islands, the minister said.", "engagement"),
    # the place is before the head, another verb's
    ("In Suva, the premier spoke of the summits of the past.", "summits"),
    # a plural of a kind's own word tells a habit
    ("Tonga wants other bodies to hold their conferences in Nuku'alofa in future.", "conferences"),
]


@pytest.mark.parametrize("text,name", FOUND)
def test_head_event_by_its_clause(extract_text, text, name):
    names = [e.name for e in extract_text(text).events]
    assert any(name in n for n in names), names


@pytest.mark.parametrize("text,word", NOT_FOUND)
def test_head_no_event_without_its_clause(extract_text, text, word):
    names = [e.name for e in extract_text(text).events]
    assert not any(word in n for n in names), names
