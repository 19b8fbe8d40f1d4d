"""An event that "after" or "following" (AFTER_WORD) introduces happened before what its sentence
tells: a date told before that word is a later time, not the event's ("arrived in Dili on Friday
after a three-day visit to X", "joined the team this morning after talks with Y"), and the day
of a lead is not its day either ("flew in from Perth after completing his visit to X"). A
return's day stays the close of the journey come back from, and a signing's day that of the
talks it follows. Sentences written for these tests;
published date of every case: Monday 2 June 2025."""
import pytest

#: (text, event name, (start, end))
CASES = [
    pytest.param("President Ana Rios arrived in Dili on Friday evening after a three-day official visit to Arland.",
                 "three-day official visit to Arland", (None, None), id="arrived on Friday after a visit"),
    pytest.param("Minister Tom Bark joined the delegation this morning in Suva after talks with Pacific leaders in Apia.",
                 "talks with Pacific leaders", (None, None), id="this morning after talks"),
    pytest.param("The envoy will make a stopover in Apia in mid-July, after attending the second Arland-Borland "
                 "informal summit in Lima.",
                 "second Arland-Borland informal summit", (None, None), id="in mid-July, after attending"),
    pytest.param("President Ana Rios returned home on Friday after a three-day official visit to Arland.",
                 "three-day official visit to Arland", (None, "2025-05-30"), id="a return's day stays the close"),
    pytest.param("Arland and Borland signed three agreements on Tuesday after talks between the two delegations.",
                 "talks between the two delegations", ("2025-05-27", "2025-05-27"), id="a signing after talks: their day"),
    pytest.param("On Friday, Minister Tom Bark held talks with Pacific leaders in Apia after a long delay.",
                 "talks with Pacific leaders", ("2025-05-30", "2025-05-30"), id="after introducing no event: its day"),
    pytest.param("After weeks of preparation, the 9th Arland Trade Forum opened in Apia on Friday.",
                 "9th Arland Trade Forum", ("2025-05-30", None), id="the date after the event stays"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_date_before_after_the_event_is_a_later_time(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


def test_lead_day_is_not_that_of_an_event_ended_before_it(event_named, extract_text):
    text = ("President Ana Rios lands in Suva\n\n"
            "President Ana Rios arrived in Suva on Monday for a two-day working visit to Fiji.\n\n"
            "She flew in from Perth on her presidential plane, after completing her state visit to Borland.")
    event = event_named(extract_text(text), "state visit to Borland")
    assert (event.start, event.end) == (None, None)
