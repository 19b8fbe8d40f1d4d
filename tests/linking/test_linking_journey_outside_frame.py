"""A journey that frames what its sentence tells ("... during the Minister's first visit to X",
"... as part of his working visit to X", "... on the second day of A's four-day visit to X", "On
the margins of his visit to X, A attended ... on Thursday") takes no day told outside the frame's
own phrase: the day is that of what happens during it (FACTS.md: a visit never takes the dates
of what happens during it). A day inside the frame, a frame that frames nothing, and the first or
last day of a journey keep their readings. Sentences written for these tests; published date of
every case: Monday 2 June 2025."""
import pytest


#: (text, event name, (start, end))
OUTSIDE = [
    pytest.param(
        "Today, Trade Minister Ana Rios met in person in Lima with Tomas Vey, the Minister of Economy of "
        "Peru, during the Minister's first visit to Peru since the pandemic.",
        "visit to Peru", (None, None),
        id="during, an owner and a word ordinal: the day before the frame is the meeting's"),
    pytest.param(
        "Foreign Minister Ana Rios co-chaired on Thursday in Lima the second session of the Chile-Peru "
        "Planning Commission with Tomas Vey, as part of her working visit to Peru.",
        "working visit to Peru", (None, None),
        id="as part of: the day is the session's"),
    pytest.param(
        "Lima and Santiago today signed six instruments on the second day of President Ana Rios's "
        "four-day state visit to Peru at the invitation of Tomas Vey.",
        "four-day state visit to Peru", (None, None),
        id="on the second day of: neither its first nor its last day"),
    pytest.param(
        "The Foreign Minister of Chile held a press conference yesterday with the ministers of Peru and "
        "Bolivia during their joint visit to Quito.",
        "joint visit to Quito", (None, None),
        id="during, after a day told with no verb of meeting between"),
    pytest.param(
        "On the margins of his visit to Peru, Minister Tomas Vey attended on Thursday a reception "
        "hosted by the embassy in Lima.",
        "visit to Peru", (None, None),
        id="a frame opening the sentence ends at its comma: the day after it is the main clause's"),
    pytest.param(
        "During his visit to Peru on 30 May, Minister Tomas Vey met President Ana Rios.",
        "visit to Peru", ("2025-05-30", "2025-05-30"),
        id="a day inside the frame stays the journey's"),
    pytest.param(
        "On the first day of her two-day visit to Lima, Peru, Trade Minister Ana Rios on Monday met her "
        "Peruvian counterpart Ken Sato.",
        "two-day visit to Lima", ("2025-06-02", None),
        id="the first day of the journey: its start (FIRST_DAY), no frame"),
    pytest.param(
        "Minister Ana Rios arrived in Quito on Friday to meet Tomas Vey during her visit to Ecuador.",
        "visit to Ecuador", ("2025-05-30", None),
        id="the day of arriving before the frame is the journey's own (DEPART_WORD)"),
    pytest.param(
        "Minister Tomas Vey arrived in Lima on Sunday for a three-day official visit to Peru.",
        "three-day official visit to Peru", ("2025-06-01", None),
        id="no frame: the day of arrival begins the journey"),
]


@pytest.mark.parametrize("text, name, period", OUTSIDE)
def test_journey_outside_frame(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
