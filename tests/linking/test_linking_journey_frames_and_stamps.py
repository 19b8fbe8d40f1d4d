"""A journey that frames its sentence ("During a visit by A to X, the ministers met on Monday",
"A, who is on a visit to X met B yesterday") is under way: the day of the meeting its main
clause tells is that meeting's, not the journey's. A day told inside the frame stays the
journey's; "on the final day of his visit to X, A on Friday met B" tells the journey's last day.
The hour a story was posted at does not make its date line a lead ("7 June 2025 at 11:18"), nor
does a date closing a headline after a colon ("... : 02/06/2025"). Sentences written for these
tests; published date of every case: Monday 2 June 2025."""
import pytest


#: (text, event name, (start, end))
FRAMES = [
    pytest.param(
        "Meanwhile, during a visit by the President of Chile, Ana Rios Vega, to Peru, the two foreign "
        "ministers met on Monday afternoon to review cooperation.",
        "visit by the President of Chile", (None, None),
        id="during a journey: the day the ministers met is not the journey's"),
    pytest.param(
        "On the final day of his three-day visit to Lima, Peru, Defence Minister Tomas Vey on Friday met "
        "his Peruvian counterpart Ken Sato.",
        "three-day visit to Lima", (None, "2025-05-30"),
        id="the final day of his journey: its last day (LAST_DAY), not its first"),
    pytest.param(
        "On the first day of her two-day visit to Lima, Peru, Trade Minister Ana Rios on Monday met her "
        "Peruvian counterpart Ken Sato.",
        "two-day visit to Lima", ("2025-06-02", None),
        id="the first day of her journey: its first day (FIRST_DAY)"),
    pytest.param(
        "President Ana Rios, who is on a state visit to Japan also met Prime Minister Ken Sato yesterday.",
        "state visit to Japan", (None, None),
        id="a journey under way in a relative clause without its closing comma"),
    pytest.param(
        "Tomas Vey who is on an official visit to Japan on Sunday met Prime Minister Ken Sato.",
        "official visit to Japan", (None, None),
        id="a relative clause's journey: the day right before the verb of meeting"),
    pytest.param(
        "During his visit to Peru on 30 May, Minister Tomas Vey met President Ana Rios.",
        "visit to Peru", ("2025-05-30", "2025-05-30"),
        id="a day told inside the frame is the journey's"),
    pytest.param(
        "Minister Tomas Vey will be on a three-day visit to Peru from 9 to 11 June, during which he will "
        "meet President Ana Rios.",
        "three-day visit to Peru", ("2025-06-09", "2025-06-11"),
        id="a journey that frames nothing keeps its days"),
    pytest.param(
        "President Ana Rios, who is on a visit to Japan from 3 to 5 June and met Prime Minister Ken Sato, "
        "spoke of trade.",
        "visit to Japan", ("2025-06-03", "2025-06-05"),
        id="a verb of meeting after a joining word leaves the journey its days"),
]


@pytest.mark.parametrize("text, name, period", FRAMES)
def test_journey_frame(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


#: (text, event name, (start, end))
STAMPS = [
    pytest.param(
        "Peru and Chile dwell on regional trade\n\n"
        "June 01, 2025 to 11:18\n\n"
        "APA-Lima (Peru)\n\n"
        "Foreign ministers of Peru and Chile are meeting in Lima, as part of efforts to ease trade.",
        "meeting of Foreign ministers", (None, None),
        id="a date line with the hour it was posted at is no lead"),
    pytest.param(
        "The royal visit to Peru is historic according to Mr. Tomas VEY : 01/06/2025\n\n"
        "Mr. Tomas Vey, Minister of Finance, described the King's visit to Peru as historic.\n\n"
        "He said the two countries signed many agreements.",
        "visit to Peru", (None, None),
        id="a date closing the headline after a colon is the day it was posted"),
    pytest.param(
        "Fisheries ministers met yesterday in Apia to review quotas.\n\n"
        "The 5th Pacific Tuna Meeting agreed on new limits.",
        "5th Pacific Tuna Meeting", ("2025-06-01", "2025-06-01"),
        id="a lead's own day still tells the event named below it"),
]


@pytest.mark.parametrize("text, name, period", STAMPS)
def test_posted_stamp(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


#: (text, event name, (start, end)): a date set beside the one right before it ("today, 1 June
#: 2025", "yesterday (1 June)") tells the same moment; the cues of that one are its own too
APPOSED = [
    pytest.param(
        "Trade Minister Tomas Vey will depart for Lima, Peru today, 2 June 2025 to take part in the 9th Andean "
        "Trade Committee meeting. The Andean Trade Committee meeting will take place from 4 to 5 June 2025.",
        "9th Andean Trade Committee meeting", ("2025-06-04", "2025-06-05"),
        id="the day of departure told twice is not the meeting's"),
    pytest.param(
        "Trade ministers held the 9th Andean Trade Committee meeting in Lima yesterday (1 June).",
        "9th Andean Trade Committee meeting", ("2025-06-01", "2025-06-01"),
        id="a day told twice with no cue stays the event's"),
]


@pytest.mark.parametrize("text, name, period", APPOSED)
def test_apposed_date(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


#: (text, event name, (start, end)): a line that tells a date but is a byline's or a release's
#: stamp (no full stop, only names and short words beside its date) is no lead
BYLINES = [
    pytest.param(
        "Peru and Chile talk trade\n\n"
        "By Ana Rios - June 1, 2025\n\n"
        "The foreign ministers of Peru and Chile discussed trade and fisheries.\n\n"
        "The 5th Andean Trade Council will review tariffs.",
        "5th Andean Trade Council", (None, None),
        id="a byline's date is no lead"),
    pytest.param(
        "Peru and Chile talk trade\n\n"
        "Posted by Ana Rios on Jun 1, 2025\n\n"
        "The foreign ministers of Peru and Chile discussed trade and fisheries.\n\n"
        "The 5th Andean Trade Council will review tariffs.",
        "5th Andean Trade Council", (None, None),
        id="a posting stamp is no lead"),
    pytest.param(
        "Andean ministers gather\n\n"
        "Fisheries ministers will meet in Lima on 4 June\n\n"
        "The 5th Andean Fisheries Council will review quotas.",
        "5th Andean Fisheries Council", ("2025-06-04", "2025-06-04"),
        id="a line with a verb of its own still tells the event"),
]


@pytest.mark.parametrize("text, name, period", BYLINES)
def test_byline_stamp(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
