"""The words after a described event's head that say who or where it is with: names with
lowercase particles, possessives, "between X and Y". Sentences written for these tests."""
import pytest

NAMED = [
    # a name with a lowercase part joined by hyphens
    ("The premier held talks with President al-Rashid at the palace in Cairo on Sunday.",
     "talks with President al-Rashid"),
    ("On Wednesday she will pay a courtesy call to Governor Somchai Na-o-chan at City Hall.",
     "courtesy call to Governor Somchai Na-o-chan"),
    # a possessive: the person visited, not the country
    ("He paid a visit to Fiji's Trade Minister Ana Tora in Suva on Monday.",
     "visit to Fiji's Trade Minister Ana Tora"),
    # ... and a possessive before a lowercase noun: no place of its own
    ("He arrived in Hanoi on Monday for an official visit to Vietnam's neighbour.", "official visit"),
    # the people between whom it is, both sides
    ("The meeting between foreign minister Rahman and his Chinese counterpart is likely to be held at a "
     "hotel on Sunday.", "meeting between foreign minister Rahman and his Chinese counterpart"),
    ("The signing followed the bilateral meeting between Trade Minister Ana Ruiz and her Peruvian "
     "counterpart Luis Soto in Lima on Monday.",
     "bilateral meeting between Trade Minister Ana Ruiz and her Peruvian counterpart Luis Soto"),
    ("The deal came after talks between the Pacific bloc and Japan held in Tokyo last year.",
     "talks between the Pacific bloc and Japan"),
    # a counterpart named after a determiner; a delegation
    ("He paid a visit to his counterpart Ali Musa in Doha on Monday.", "visit to his counterpart Ali Musa"),
    # a name that modifies a noun; nobody named after "with": the head alone
    ("The envoys held a meeting with the Tongan delegation in Suva on Monday.",
     "meeting with the Tongan delegation"),
    ("She held a bilateral meeting with her counterpart in Apia on Monday.", "bilateral meeting"),
]


@pytest.mark.parametrize("text,name", NAMED)
def test_described_event_name(extract_text, text, name):
    assert [e.name for e in extract_text(text).events] == [name]


def test_possessive_before_a_lowercase_noun_is_no_complement(extract_text):
    text = "Ministers will await the outcome of the negotiations of Chile's exit in Lima on Monday."
    assert extract_text(text).events == []
