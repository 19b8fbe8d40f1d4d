"""After "at" and an owner's pronoun, a body's possessive and its lowercase building word name
the venue whole ("at his Foreign Ministry's office"), as they do after "at the". Made-up sentences."""
import pytest

CASES = [
    ("The President welcomed the delegation to a meeting at his Foreign Ministry's office on Monday.",
     "Foreign Ministry's office"),
    ("The minister received the envoys at her Trade Ministry's headquarters on Friday for talks.",
     "Trade Ministry's headquarters"),
    # negative: after "at the" as before
    ("The minister held talks at the Prime Minister's official residence on Monday.",
     "Prime Minister's official residence"),
]


@pytest.mark.parametrize("text,want", CASES)
def test_owned_building_after_pronoun(extract_text, text, want):
    assert want in [v.name for v in extract_text(text).venues]
