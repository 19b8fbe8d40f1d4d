"""A date told before "after" or "following" (AFTER_WORD) that introduces an event is the time of
what the main clause tells, which came after the event, not the event's own: "joined the
delegation this morning in Lima after talks with X in Brussels". After the mention the date is
its own ("Following a summit in March, ..."); a journey keeps its return ("returned home on
Sunday after a visit": its last day). Sentences written for these tests; published date of
every case: Monday 2 June 2025."""
import pytest

#: (text, event name, (start, end))
CASES = [
    pytest.param("Mr Ilo joined the Arland delegation this morning in Suva after talks with other Pacific leaders in Apia.",
                 "talks", (None, None), id="day of joining before after"),
    pytest.param("Minister Ana Rios spoke to reporters on Friday following the 5th Arland Water Summit in Suva.",
                 "5th Arland Water Summit", (None, None), id="day of speaking before following"),
    pytest.param("Following the 5th Arland Water Summit in Suva on 3 March, the two leaders signed a joint statement.",
                 "5th Arland Water Summit", ("2025-03-03", "2025-03-03"), id="date after the mention is its own"),
    pytest.param("The 5th Arland Water Summit opened in Suva on Friday after a ministerial meeting.",
                 "5th Arland Water Summit", ("2025-05-30", None), id="the event before after keeps its day"),
    pytest.param("Prime Minister Ana Rios returned home on Sunday after a three-day visit to Fiji.",
                 "three-day visit to Fiji", (None, "2025-06-01"), id="a journey keeps the day of its return"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_date_of_main_clause_before_after_is_not_the_event_time(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
