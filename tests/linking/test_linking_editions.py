"""Editions of one series and short forms. A short form refers back to the event named last
before it whose name holds all its words; two numbered sittings of one series ("the 9th Session
of the X-Y Joint Commission on Trade", "the 8th Session of the Joint Commission") are two
occasions, and the place of one told as history (or as a plan) neither goes to the other nor
to the events told after it; an event that "will end" on a day closes then. Sentences written
for these tests; published date of every case: Monday 2 June 2025."""
import pytest


#: (text, event name, (start, end), venue as (city, country) or None, how many mentions)
CASES = [
    pytest.param(
        "The 5th Pacific Leaders Summit was held in Suva in March. This week the Island Leaders Summit opens in "
        "Apia, with fisheries on its agenda. The Leaders Summit will end on 6 June with a joint communique.",
        "Island Leaders Summit", (None, "2025-06-06"), ("Apia", "WS"), 2,
        id="a short form names the event named last before it, not the longest name; 'will end on' closes it"),
    pytest.param(
        "Leaders met at the 12th Ocean Commission Forum in Suva in March. Ministers will gather in Apia on 5 June "
        "for the Island Commission Forum. The Commission Forum will also welcome observers from Chile.",
        "Island Commission Forum", ("2025-06-05", "2025-06-05"), ("Apia", "WS"), 2,
        id="a later short form joins the nearer of two events that hold its words"),
    pytest.param(
        "The 9th Session of the Kenya-Ethiopia Joint Ministerial Commission on Trade opened in Nairobi on Monday. "
        "Ministers reviewed the decisions of the 8th Session of the Joint Ministerial Commission, held in Addis "
        "Ababa in March 2022. On the sidelines, the first meeting of the Joint Technical Committee on Roads was "
        "also held.",
        "first meeting of the Joint Technical Committee on Roads", (None, None), ("Nairobi", "KE"), 1,
        id="the place of an earlier edition told as history does not carry to the next event"),
    pytest.param(
        "Ministers recalled that the 3rd Coral Reef Forum was held in Suva in 2023. The 4th Regional Coral Reef "
        "Forum will focus on bleaching and on finance for reef restoration.",
        "4th Regional Coral Reef Forum", (None, None), None, 1,
        id="another numbered edition named in more words takes no place from the earlier one"),
    pytest.param(
        "The Lake Basin Commission signed three agreements on Tuesday at the close of its 14th Session in Kisumu.",
        "14th Session", ("2025-05-27", "2025-05-27"), ("Kisumu", "KE"), 1,
        id="'at the close of' is a noun: the day is the session's own"),
    pytest.param(
        "The 4th Joint Consultations between Chile and Peru were held in Quito on 28 May. The previous round of "
        "consultations took place on 5 February 2023 in Lima. The consultations were held in a cordial atmosphere.",
        "previous round of consultations", ("2023-02-05", "2023-02-05"), ("Lima", "PE"), 2,
        id="a bare 'the consultations' later does not take the earlier edition's own date and place from it"),
]


@pytest.mark.parametrize("text, name, period, venue, mentions", CASES)
def test_editions_and_short_forms(event_named, extract_text, text, name, period, venue, mentions):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue
    assert len(event.mentions) == mentions


#: (text, event name, venue as (city, country) or None)
CARRIED = [
    pytest.param(
        "The 22nd Extraordinary Summit of the Lake Basin Commission was held in Kisumu on 28 May.\n\n"
        "Leaders reviewed the decisions of their 21st extraordinary summit of 3 May on water sharing.",
        "21st extraordinary summit", None,
        id="no place carries to another edition of an event told before"),
    pytest.param(
        "President Lina Ortiz arrived in Suva on Monday for the Pacific Ocean Summit.\n\n"
        "She will speak at the opening ceremony and attend the Leaders Retreat on Wednesday.",
        "Leaders Retreat", ("Suva", "FJ"),
        id="the place carries to an event of the next paragraph"),
    pytest.param(
        "President Lina Ortiz arrived in Suva on Monday for the Pacific Ocean Summit.\n\n"
        "She will speak at the opening ceremony and meet business leaders.\n\n"
        "She will also tour a solar plant and a hospital built with Chilean aid.\n\n"
        "In addition, she will attend the Leaders Retreat on Wednesday.",
        "Leaders Retreat", None,
        id="three paragraphs on, the story has moved on: the place does not carry"),
]


@pytest.mark.parametrize("text, name, venue", CARRIED)
def test_carried_place(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text), name)
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue


def test_a_sentence_about_the_next_edition_gives_no_place(event_named, extract_text):
    """ "The next summit will be in Quito": a sentence about a later edition (``NEXT_EDITION``
    before a head noun) gives the event told before it neither its place nor its date."""
    text = ("Zandia, Peru and Chile hold talks at Andean Trade Summit\n\nby Ana Lopez\n\n"
            "Leaders of Zandia, Peru and Chile met in Lima to discuss their Andean initiative, write a news site\n\n"
            "Peruvian President Ian Poe hosted the two-day meeting in the Peruvian capital with leaders of Zandia and Chile.\n\n"
            "The Andean Trade summit is part of a process initiated by Spain and France. "
            "The next summit will be in Quito, Ecuador, in February this year.\n")
    event = event_named(extract_text(text), "Andean Trade Summit")
    assert event.venue is None or event.venue.country != "EC"
    assert event.start is None
