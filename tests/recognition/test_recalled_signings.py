"""The signing of a document named with capitals, with its place or day told right after the
name (or after a purpose clause no comma ends), is an occasion whatever verb tells it
(FACTS.md: a described event with its date or its place); without them, or with a day that
belongs to another clause, it is none. Sentences written for these tests; published Monday
2 June 2025."""
import pytest

FOUND = [
    # a place and a vague time right after the name
    ("The two ministers recalled the signing of the Coral Sea Fisheries Agreement in Suva last week.",
     "signing of the Coral Sea Fisheries Agreement", None, "Suva"),
    # after "of" with no article, inside a longer noun phrase
    ("Recalling the milestone event of the signing of Memorandum of Implementation of the Reef Project in Apia "
     "last month, both sides agreed to do more.", "signing of Memorandum of Implementation of the Reef Project",
     "2025-05", "Apia"),
    # a day after a purpose clause of the document
    ("The two premiers spoke highly of the signing of the Joint Communique to establish diplomatic relations "
     "between Tonga and Peru on April 26, 2022, saying it opened new paths.", "signing of the Joint Communique",
     "2022-04-26", None),
]

NOT_FOUND = [
    # a day told after a comma belongs to another clause
    "The minister welcomed the signing of the Coral Sea Fisheries Agreement, and said in Lima on Monday that it "
    "would help.",
    # no place and no day
    "The minister said the signing of the Coral Sea Fisheries Agreement was a long-awaited event.",
    # a purpose clause closed by a comma before the day
    "They hailed the signing of the Joint Communique to establish relations, which took effect on 3 May.",
]


@pytest.mark.parametrize("text,name,start,city", FOUND)
def test_a_signing_recalled_with_its_place_or_day(extract_text, text, name, start, city):
    events = {e.name: e for e in extract_text(text).events}
    assert name in events, list(events)
    assert events[name].start == start
    assert (events[name].venue.city if events[name].venue else None) == city


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_signing_with_no_place_or_day_of_its_own(extract_text, text):
    names = [e.name for e in extract_text(text).events]
    assert not any("signing" in n for n in names), names
