"""MARGIN_WORD "fringes" (patterns/linking_words.jsonl): an event held "on the fringes of" another
takes that one's place, as "on the sidelines of". Sentences written for these tests."""
import pytest

#: (text, event name, venue as (city, country))
CASES = [
    ("Energy ministers Lia Moro and Ken Abe held talks on Tuesday on the fringes of the 4th Delta Water "
     "Summit in Quito.", "talks", ("Quito", "EC")),
    ("A business forum will open on 4 June on the fringes of the 7th Harbour Finance Conference, which runs "
     "from 3 to 6 June at the Expo Hall in Durban.", "business forum", ("Durban", "ZA")),
    ("A business forum will open on 4 June on the sidelines of the 7th Harbour Finance Conference, which runs "
     "from 3 to 6 June at the Expo Hall in Durban.", "business forum", ("Durban", "ZA")),
]


@pytest.mark.parametrize("text, name, venue", CASES)
def test_an_event_on_the_fringes_takes_the_other_ones_place(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text, published="2025-06-02"), name)
    assert event.venue is not None and (event.venue.city, event.venue.country) == venue
