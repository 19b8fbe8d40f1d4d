"""Heads of FACTS.md's kinds of event told by another word or in the plural (``"clause": true`` in
``patterns/events.jsonl``: journey, visits; gathering; conversation; not "trip", "engagement",
"trips", "summits", "conferences", "sessions") are events only when their own clause dates or places them
(``EventRecognizer._clause_dated``); no word before them introduces them. Sentences written for
these tests."""
import pytest

FOUND = [
    # a journey with its day in its clause
    ("Minister Ana Poe will begin a long journey across the islands on 4 May.", "journey"),
    # a conversation dated by its clause, after a time preposition
    ("During a telephone conversation with Premier Ben Ula on Monday, Ana Poe thanked Tonga for its aid.",
     "telephone conversation with Premier Ben Ula"),
    # a gathering placed by its clause, after the article
    ("Ministers of the islands met for the high-level gathering in Apia on 3 June.", "high-level gathering in Apia"),
    # plural heads of the kinds
    ("The envoy held a conversation with business leaders in Suva on 4 May.",
     "conversation with business leaders"),
    ("Ana Poe recalled her visits to Suva on 7 September and 9 October.", "visits to Suva"),
]

NOT_FOUND = [
    # no date and no place in the clause: introduced by a word, still no event
    ("Minister Ana Poe said the journey was a success for the islands.", "journey"),
    # an engagement may be no occasion (no clause head)
    ("The country's military engagement in Tonga ended in 2021.", "engagement"),
    ("The premier held a long conversation with his counterpart, the ministry said.", "long conversation"),
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
