"""Where and when an event is, read around journeys and occasions told as past: "arrived here on a
state visit" (the dateline's town and day), "During his visit here, ...", "departed to X to
attend", "will leave A on Sunday for B to attend", "attend X during her visit to Y"; a past
occasion lends no place to one announced, and a later sentence's date after another event is
that event's; "Speaking to reporters on Tuesday" tells when it was said; one journey told twice
takes the town the later telling names. Sentences written for these tests; published date of
every case: Wednesday 4 March 2026 unless the case gives a dateline."""
import pytest

#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    pytest.param(
        "LIMA, March 4 (Andina) -- President Tomas Vey of Chile arrived here on a three-day state visit to Peru "
        "at the invitation of President Rosa Quispe.",
        "three-day state visit to Peru", ("2026-03-04", None), ("Lima", "PE"),
        id="'arrived here on a visit to a country': the dateline's town and day"),
    pytest.param(
        "LIMA, March 4 (Andina) -- President Tomas Vey of Chile arrived here on a three-day state visit to Peru. "
        "It follows the visit of President Rosa Quispe to Chile from November 3 to November 5, 2025. "
        "During his visit here, President Vey will meet his Peruvian counterpart Rosa Quispe.",
        "meeting with his Peruvian counterpart Rosa Quispe", (None, None), ("Lima", "PE"),
        id="'During his visit here': the journey told before, not a past visit's country"),
    pytest.param(
        "LIMA, March 4 (Andina) -- President Tomas Vey of Chile arrived here on a three-day state visit to Peru. "
        "It follows the visit of President Rosa Quispe to Chile from November 3 to November 5, 2025.",
        "three-day state visit to Peru", ("2026-03-04", None), ("Lima", "PE"),
        id="a later sentence's date after another event is that event's"),
    pytest.param(
        "Foreign Minister Ana Rios departed to Brussels to attend the 3rd Ministerial Conference on Water, to be "
        "held on March 5.",
        "3rd Ministerial Conference on Water", ("2026-03-05", "2026-03-05"), ("Brussels", "BE"),
        id="'departed to X to attend': where the event is"),
    pytest.param(
        "Foreign Minister Ana Rios will leave Santiago on Sunday for Lima to attend the 5th Andean Water Forum.",
        "5th Andean Water Forum", (None, None), ("Lima", "PE"),
        id="'leave A on Sunday for B to attend': the place gone to, across the place left and the day"),
    pytest.param(
        "Foreign Minister Ana Rios left here on Sunday for Lima to attend the 5th Andean Water Forum.",
        "5th Andean Water Forum", (None, None), ("Lima", "PE"),
        id="'left here on Sunday for B to attend'"),
    pytest.param(
        "Speaking to reporters on Tuesday, Minister Ana Rios said the 5th Andean Water Forum in Lima would focus "
        "on rivers.",
        "5th Andean Water Forum", (None, None), ("Lima", "PE"),
        id="'Speaking to reporters on Tuesday': when it was said, not the event's day"),
    pytest.param(
        "Speaking at the 5th Andean Water Forum in Lima on Tuesday, Minister Ana Rios said rivers matter.",
        "5th Andean Water Forum", ("2026-03-03", "2026-03-03"), ("Lima", "PE"),
        id="'Speaking at the X on Tuesday': the event's day"),
    pytest.param(
        "Peru, which hosted the 4th Andean Water Forum in 2024, will attend the 5th Andean Water Forum in Quito.",
        "5th Andean Water Forum", (None, None), ("Quito", "EC"),
        id="a year told right after another event is that event's, not the next one's"),
    pytest.param(
        "Foreign Minister Ana Rios will be on a three-day visit to Peru to take part in the 5th Andean Water Forum "
        "in Lima from March 9-10.",
        "three-day visit to Peru", (None, None), (None, "PE"),
        id="days of another length than the journey's, told after the event it is made for, are that event's"),
    pytest.param(
        "Foreign Minister Ana Rios will be on a three-day visit to Peru from March 9-11.",
        "three-day visit to Peru", ("2026-03-09", "2026-03-11"), (None, "PE"),
        id="days of the journey's own length are its own"),
    pytest.param(
        "Minister Ana Rios will attend the 5th Andean Water Forum during her visit to Lima next week.",
        "5th Andean Water Forum", (None, None), ("Lima", "PE"),
        id="'attend X during her visit to Y': the journey's place"),
    pytest.param(
        "Minister Ana Rios will attend the preliminary session of the Andean Water Commission during her three-day "
        "visit to Peru, beginning October 3, 2026. The ministry announced her visit to Lima from October 3 to 5, 2026.",
        "three-day visit to Peru", ("2026-10-03", "2026-10-05"), ("Lima", "PE"),
        id="one journey told twice takes the town of its country that the later telling names"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_arrivals_departures_and_past_occasions(event_named, extract_text, text, name, period, venue):
    article = extract_text(text, published="2026-03-04")
    event = event_named(article, name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue


def test_a_bare_the_meeting_after_talks_tells_their_day(extract_text):
    """ "held talks with X in Lima. The meeting took place on Tuesday.": the bare "the meeting"
    names the talks told before it (a gathering of another head noun), and gives their day."""
    article = extract_text("Foreign Minister Ana Rios held talks with her Japanese counterpart Ken Sato in Lima. "
                           "The meeting took place on Tuesday.", published="2026-03-04")
    assert [(e.name, e.start, e.venue and e.venue.city) for e in article.events] == [
        ("talks with her Japanese counterpart Ken Sato", "2026-03-03", "Lima")]
