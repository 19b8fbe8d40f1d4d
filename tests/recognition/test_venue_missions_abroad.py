"""A state's mission named by its demonym ("the Indian Embassy", "the Kenyan High Commission")
stands abroad: when no place is written beside it, it takes the story's city of another state,
never the owner's (a home story's city or dateline). Made-up sentences."""
import pytest

CASES = [
    ("BHOPAL: The Chief Minister left Bhopal on Sunday for Japan. During his visit to Tokyo, he will meet "
     "investors. He will also address a roadshow scheduled at the Indian Embassy on Monday.",
     ("Indian Embassy", "Tokyo", "JP")),
    # negative: the owner's own country named nowhere else; the dateline of another state stays
    ("NEW DELHI: The minister will attend a reception at the Kenyan High Commission on Friday.",
     ("Kenyan High Commission", "New Delhi", "IN")),
    # negative: no other state's city: no city, and not the owner's
    ("NAIROBI: The Kenyan delegation held talks at the Kenyan Embassy on Friday.",
     ("Kenyan Embassy", None, None)),
]


@pytest.mark.parametrize("text,want", CASES)
def test_mission_abroad(extract_text, text, want):
    venues = [(v.name, v.city, v.country) for v in extract_text(text).venues]
    assert want in venues, venues
