"""A country venue written in several spellings is named by its fullest one, as an official's
name is: a headline's short form ("Ghana", "NZ") gives way to the body's "the Republic of
Ghana" or "New Zealand"; a short form after the full one leaves the full one. Made-up sentences."""
import pytest

CASES = [
    ("Foreign minister arrives in Ghana on official visit\n\nThe Foreign Minister arrived in the Republic of Ghana "
     "on Monday for an official visit.", ("Republic of Ghana", None, "GH")),
    ("Trade minister arrives in NZ for talks\n\nThe trade minister arrived in New Zealand today for talks with "
     "his counterpart.", ("New Zealand", None, "NZ")),
    # negative: the full form first, the short one after it
    ("The minister will visit the Democratic Republic of Congo next week. During the visit to the DRC she will "
     "hold talks with the President.", ("Democratic Republic of Congo", None, "CD")),
]


@pytest.mark.parametrize("text,want", CASES)
def test_country_venue_fullest_name(extract_text, text, want):
    venues = [(v.name, v.city, v.country) for v in extract_text(text).venues]
    assert want in venues
