"""A body known by its name is a sitting of it when the text says it is held: "was held in X" (as
before), and also "will be held in X" (the auxiliary read before the check used to swallow
"will") and ", to be held in X" after its bracketed acronym. Not a body whose officer is told.
Sentences written for these tests; published Monday 2 June 2025."""
import pytest

FOUND = [
    ("The Joint Commission will be held in Quito in September, the ministry said.",
     "Joint Commission", "2025-09"),
    ("The two sides agreed to prepare for the Joint Ministerial Commission (JMC), to be held in Lima in 2026.",
     "Joint Ministerial Commission", "2026"),
    ("The previous Joint Commission was held in Male in March.", "Joint Commission", "2025-03"),
]

NOT_FOUND = [
    "The President of the Joint Commission will be in Lima in June.",
    "The Joint Commission will publish its report in Lima in June.",
]


@pytest.mark.parametrize("text,name,start", FOUND)
def test_a_body_said_to_be_held_is_a_sitting(extract_text, text, name, start):
    events = {e.name: e for e in extract_text(text).events}
    assert name in events, list(events)
    assert events[name].start == start


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_body_not_said_to_be_held_is_no_sitting(extract_text, text):
    assert [e.name for e in extract_text(text).events] == []
