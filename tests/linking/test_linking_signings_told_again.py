"""An event's day from a signing told again, and not from what followed a journey's return:
"X and Y signed a memorandum on 28 May in Apia. The memorandum was signed by A and B during a
meeting in the capital." (the signing's day is the meeting's); "After his return, the minister
met reporters on Friday and described the trip as a success." (Friday is after the trip, not
its day). Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest


#: (text, event name, (start, end))
CASES = [
    pytest.param(
        "The Island Fisheries Agency and Tonga signed a memorandum of cooperation on 28 May in "
        "Nuku'alofa. The memorandum was signed by Minister Sione Vea and Director Lena Tui during "
        "a meeting in the Tongan capital.",
        "meeting in the Tongan", ("2025-05-28", "2025-05-28"),
        id="the day of the signing told right before, for the meeting it was signed at"),
    pytest.param(
        "Two regional lenders will pool funds under a new agreement inked on Friday.\n\n"
        "The Coral Bank on Friday entered the agreement with the Reef Fund.\n\n"
        "The accord was signed at a virtual ceremony that linked the headquarters of both lenders "
        "in Suva and Apia by videoconference.",
        "virtual ceremony", ("2025-05-30", "2025-05-30"),
        id="two sentences back, across paragraphs of one sentence each"),
    pytest.param(
        "The Island Fisheries Agency and Tonga signed a memorandum of cooperation in Nuku'alofa. "
        "The memorandum was signed by Minister Sione Vea and Director Lena Tui during a meeting "
        "in the Tongan capital.",
        "meeting in the Tongan", (None, None),
        id="a signing told before with no day tells none"),
    pytest.param(
        "Fiji and Samoa signed a fisheries pact on 28 May. Ministers of both countries signed "
        "three protocols during a meeting in Suva.",
        "meeting in Suva", (None, None),
        id="a sentence that does not refer back tells another signing"),
    pytest.param(
        "Fiji and Samoa signed a fisheries pact on 28 May at the 4th Reef Council Meeting. "
        "The pact was later signed again during a meeting of officials in Suva.",
        "meeting of officials", (None, None),
        id="the day of a sentence that names another event is that event's"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_signing_told_again_tells_the_day(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


#: (text, event name, (start, end))
RETURN_CASES = [
    pytest.param(
        "Prime Minister Tom Bark of Zandia made an official visit to Guatemala, where he met "
        "President Ana Lira.\n\n"
        "After his return, Bark met reporters on Friday, May 30, and described the trip as a success.",
        "official visit to Guatemala", (None, None),
        id="a day after 'after his return' is not the journey's, told again as 'the trip'"),
    pytest.param(
        "Prime Minister Tom Bark of Zandia made an official visit to Guatemala, where he met "
        "President Ana Lira.\n\n"
        "Bark made the trip on Friday, May 30, with three ministers.",
        "official visit to Guatemala", ("2025-05-30", "2025-05-30"),
        id="without a return the day of 'the trip' is the journey's"),
]


@pytest.mark.parametrize("text, name, period", RETURN_CASES)
def test_day_after_a_return_is_not_the_journeys(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


#: (text, event name, (start, end))
DATE_LINE_CASES = [
    pytest.param(
        "by Ann Writer\n\n"
        "HARBOUR CITY, Wed. May 28, 2025\n\n"
        "Earlier this week, the prime minister of Zandia departed to make an official visit to "
        "Fiji, where he discussed trade with President Tevita Rau.",
        "official visit to Fiji", (None, None),
        id="a dateline on its own line under a byline is a date line, not a lead that dates the visit"),
    pytest.param(
        "by Ann Writer\n\n"
        "Fisheries ministers met in Suva on Wednesday.\n\n"
        "The 5th Reef Council Meeting agreed on new quotas.",
        "5th Reef Council Meeting", ("2025-05-28", "2025-05-28"),
        id="a lead sentence under a byline still dates the story's first event"),
]


@pytest.mark.parametrize("text, name, period", DATE_LINE_CASES)
def test_dateline_on_its_own_line_is_no_lead(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
