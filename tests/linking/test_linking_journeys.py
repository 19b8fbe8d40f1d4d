"""A journey and the event it is made for ("will visit X for a meeting on DATE", "a visit to X to
attend the Y", "to take part in the Y") share their places, and the journey takes that event's
day; the journey's own period is not the event's, and an event that merely follows a journey
takes nothing from it. Sentences written for these tests; published date of every case: Monday
2 June 2025."""
import pytest


#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    pytest.param(
        "Foreign Minister Ana Rios will visit Canberra, Australia, for a bilateral meeting with her counterpart "
        "Tom Reid on 14 June.",
        "visit to Canberra", ("2025-06-14", "2025-06-14"), ("Canberra", "AU"),
        id="a journey made for a meeting takes the meeting's day"),
    pytest.param(
        "Minister Tomas Vey will pay an official visit to the Peruvian capital Lima from 10 to 12 June to attend "
        "the 4th Andean Water Forum. Peru is hosting the forum for the first time.",
        "4th Andean Water Forum", (None, None), ("Lima", "PE"),
        id="the event a journey is made for takes its town, not its period, before a later host country"),
    pytest.param(
        "Minister Tomas Vey will make a two-day visit to Quito, Ecuador, from 10 June to take part in the 4th "
        "Andean Water Forum.",
        "4th Andean Water Forum", (None, None), ("Quito", "EC"),
        id="'to take part in' after the journey's own day and town"),
    pytest.param(
        "Minister Tomas Vey returned from an official visit to Lima on Friday and will attend the 4th Andean "
        "Water Forum next month.",
        "4th Andean Water Forum", ("2025-07", "2025-07"), None,
        id="an event after a journey it was not made for takes nothing from it"),
    pytest.param(
        "On his return from the 9th Nile Basin Summit in Kigali, the minister chaired a cabinet session on Thursday.",
        "cabinet session", ("2025-05-29", "2025-05-29"), None,
        id="an event told after the return from another is not at the other's place"),
    pytest.param(
        "After she came back from a three-day visit to Norway, the president held talks with business leaders "
        "on Friday.",
        "talks with business leaders", ("2025-05-30", "2025-05-30"), None,
        id="'came back from' a journey: the talks after it are not in the country visited"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_journey_and_its_purpose(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue


def test_the_town_summit_names_the_events_place(extract_text):
    """ "the Durban summit" later in the story refers to the summit named before it, and says
    where it is."""
    article = extract_text("The 7th Indian Ocean Rim Summit closed on Friday. Delegates said the Durban summit had "
                           "agreed on a maritime plan.")
    assert [(e.ordinal, e.venue and e.venue.city) for e in article.events] == [(7, "Durban")]


@pytest.mark.parametrize("text, name, venue", [
    pytest.param("The visit of the Prime Minister of Chad, Albert Pahimi, on 3 May was a success.",
                 "visit of the Prime Minister of Chad", None,
                 id="the country of the traveller's office is not where the visit goes"),
    pytest.param("The visit of the Prime Minister of Chad, Albert Pahimi, to Niger on 3 May was a success.",
                 "visit of the Prime Minister of Chad, Albert Pahimi, to Niger", ("NE",),
                 id="the place after 'to' is, past the traveller's office"),
    pytest.param("The minister began a tour of the Republic of Chad on Monday.",
                 "tour of the Republic of Chad", ("TD",),
                 id="a country after the journey's own 'of' is where it goes"),
    pytest.param("The governor made a working visit to the Port of Lome on 3 May.",
                 "working visit to the Port of Lome", ("TG",),
                 id="a town after 'of' in a place's name stays the journey's"),
])
def test_travellers_office_country(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text), name)
    assert (None if event.venue is None else (event.venue.country,)) == venue
