"""What one occasion lends another it frames, and what it does not (FACTS.md: start/end and venue
"for this edition"; an event inside a visit takes its venue, never its dates):

- a journey that "during" opens after a meeting told with its day ("On 3 May, A and B met in Suva,
  during A's visit to Fiji") takes no day of that sentence: the day is the meeting's;
- an event held "in the context of" / "in the framework of" another takes the other's place told
  after it, and keeps its own days;
- the event something is held "on the sidelines of" takes its days from a sentence that tells
  them as its own before the day of the side meeting's sentence.

Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest

#: (text, event name, (start, end))
DATE_CASES = [
    pytest.param("On 28 May, Minister Ana Rios and Minister Tom Bark met in Suva, during the Minister's visit "
                 "to Fiji. They discussed fisheries.",
                 "visit to Fiji", (None, None), id="a visit framing a meeting told with its day before it"),
    pytest.param("Minister Ana Rios on Friday met Minister Tom Bark during her three-day visit to Fiji.",
                 "three-day visit to Fiji", (None, None), id="a verb of meeting between the day and the frame"),
    pytest.param("Minister Ana Rios will pay a three-day visit to Fiji from 3 to 5 June.",
                 "three-day visit to Fiji", ("2025-06-03", "2025-06-05"), id="a visit's own period stays"),
    pytest.param("Minister Ana Rios arrived in Suva on Friday to meet Tom Bark during her visit to Fiji.",
                 "visit to Fiji", ("2025-05-30", None), id="to meet: a purpose, no meeting told"),
    pytest.param("A meeting between Minister Ana Rios and Minister Tom Bark was held on the sidelines of the "
                 "Island Peace Ministerial in Apia, Samoa yesterday. Minister Rios led a delegation to the "
                 "Island Peace Ministerial from 28-29 May 2025.",
                 "Island Peace Ministerial", ("2025-05-28", "2025-05-29"),
                 id="the host of the margins takes the days told as its own"),
    pytest.param("A meeting between Minister Ana Rios and Minister Tom Bark was held on the sidelines of the "
                 "Island Peace Ministerial in Apia, Samoa yesterday. Minister Rios led a delegation to the "
                 "Island Peace Ministerial from 28-29 May 2025.",
                 "meeting between Minister Ana Rios and Minister Tom Bark", ("2025-06-01", "2025-06-01"),
                 id="the side meeting keeps its day"),
]


@pytest.mark.parametrize("text, name, period", DATE_CASES)
def test_framing_occasions_and_days(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


FRAME_OPENING = "Minister Ana Rios, on 28 May, had also a cordial meeting with Minister Tom Bark, "

#: (text, event name, (city, country))
VENUE_CASES = [
    pytest.param(FRAME_OPENING + "in the context of the 74th session of the Island Assembly, in Honiara.",
                 "cordial meeting with Minister Tom Bark", ("Honiara", "SB"), id="in the context of"),
    pytest.param(FRAME_OPENING + "within the framework of the 74th session of the Island Assembly, in Honiara.",
                 "cordial meeting with Minister Tom Bark", ("Honiara", "SB"), id="within the framework of"),
    pytest.param(FRAME_OPENING + "in the context of the 74th session of the Island Assembly, in Honiara.",
                 "74th session of the Island Assembly", ("Honiara", "SB"), id="the framing event keeps it"),
]


@pytest.mark.parametrize("text, name, place", VENUE_CASES)
def test_event_in_the_frame_of_another_takes_its_place(event_named, extract_text, text, name, place):
    event = event_named(extract_text(text), name)
    assert event.venue is not None and (event.venue.city, event.venue.country) == place


def test_event_in_the_frame_of_another_keeps_its_days(event_named, extract_text):
    record = extract_text(FRAME_OPENING + "in the context of the 74th session of the Island Assembly, in Honiara.")
    event = event_named(record, "cordial meeting with Minister Tom Bark")
    assert (event.start, event.end) == ("2025-05-28", "2025-05-28")
