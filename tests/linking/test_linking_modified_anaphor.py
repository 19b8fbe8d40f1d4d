"""A sentence opening on "the", lowercase modifiers and a head noun ("The face-to-face meeting is
being held ... from 11 to 15 May") refers back to the event named last with that noun, as a bare
"the meeting" does; modifiers of another occasion ("The next meeting", "The first meeting") and
small words ("The holding of this meeting") make none. Sentences written for these tests; published
date of every case: Monday 2 June 2025."""
import pytest

LEAD = ("Deputy Minister Tom Bark chaired a session to review the agenda of the 9th Arland Water "
        "Ministers Meeting in Suva on Thursday. Officials also prepared the Arland Water Forum. ")

#: (text, event name, (start, end))
CASES = [
    pytest.param(LEAD + "The face-to-face meeting is being held at the Grand Hotel, Suva, from 28 May to 3 June.",
                 "9th Arland Water Ministers Meeting", ("2025-05-28", "2025-06-03"), id="face-to-face meeting: its period"),
    pytest.param(LEAD + "The high-level meeting is being held at the Grand Hotel, Suva, from 28 May to 3 June.",
                 "9th Arland Water Ministers Meeting", ("2025-05-28", "2025-06-03"), id="high-level meeting: its period"),
    pytest.param(LEAD + "The next meeting will be held at the Grand Hotel, Suva, from 28 May to 3 June 2026.",
                 "9th Arland Water Ministers Meeting", ("2025-05-29", "2025-05-29"), id="the next meeting: another edition"),
    pytest.param(LEAD + "The holding of this meeting matters, said officials who will stay from 28 May to 3 June.",
                 "9th Arland Water Ministers Meeting", ("2025-05-29", "2025-05-29"), id="the holding of: no modifier"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_modified_opening_refers_back(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
