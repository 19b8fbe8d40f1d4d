"""A body known by its name, or named by an event-body head (Council, Commission, Congress), is a
sitting of it when the text says it is held: "was held in X" (as before), "will be held in X" (the
auxiliary read before the check used to swallow "will"), ", to be held in X" after its bracketed
acronym, and a relative clause or a participle right after the name, "the X Council, which will be
held on 10 May in Y", "the X Congress which starts on Monday", "on the margins of the X Council
being held here" (session 30). Not a body whose officer is told, nor a body with no clause of
holding, nor the body that is the complement of a sitting noun ("the fifth session of the X
Commission, which was held in Y": the session was held). Sentences written for these tests;
published Monday 2 June 2025."""
import pytest

FOUND = [
    ("The Joint Commission will be held in Quito in September, the ministry said.",
     "Joint Commission", "2025-09"),
    ("The two sides agreed to prepare for the Joint Ministerial Commission (JMC), to be held in Lima in 2026.",
     "Joint Ministerial Commission", "2026"),
    ("The previous Joint Commission was held in Male in March.", "Joint Commission", "2025-03"),
    # said to be held in a relative clause or a participle after the name; None: its day not asserted
    ("The minister will take part in the Andean Trade Council, which will be held on 10 June in Quito.",
     "Andean Trade Council", "2025-06-10"),
    ("The governor will also attend the Coastal Investment Congress which starts on Monday in Lima.",
     "Coastal Investment Congress", None),
    ("The accord was signed on the sidelines of the Pacific-Andean Ministerial Council being held here this week.",
     "Pacific-Andean Ministerial Council", None),
]

NOT_FOUND = [
    "The President of the Joint Commission will be in Lima in June.",
    "The Joint Commission will publish its report in Lima in June.",
    "The Andean Trade Council, which was founded in 1990, published its report.",
    "The minister praised the Andean Trade Council for its work.",
]


@pytest.mark.parametrize("text,name,start", FOUND)
def test_a_body_said_to_be_held_is_a_sitting(extract_text, text, name, start):
    events = {e.name: e for e in extract_text(text).events}
    assert name in events, list(events)
    if start is not None:
        assert events[name].start == start


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_body_not_said_to_be_held_is_no_sitting(extract_text, text):
    assert [e.name for e in extract_text(text).events] == []


def test_the_session_of_a_body_stays_one_event(extract_text):
    text = "Ministers recalled the fifth session of the Andean Trade Commission, which was held in Quito in May."
    names = [e.name for e in extract_text(text).events]
    assert len(names) == 1 and names[0].startswith("fifth session"), names
