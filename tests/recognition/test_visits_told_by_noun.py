"""Visits told by their noun with who travels and where to (session 21): "the visit of President X to
Peru", "the visit by X to Fiji", "discussed the upcoming visit of X to Y". The destination, told in the
visit's complement, is its place (FACTS.md: "a visit to Timor-Leste" counts with its place).
Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text,name,country", [
    # "of" the traveller, "to" the place: the destination places the visit
    ("Officials prepared the visit of President Ana Soto to Peru.",
     "visit of President Ana Soto to Peru", "PE"),
    # "by" the traveller, "to" the place: no retelling of a visit told before
    ("This follows the visit by President Tom Dale to Fiji.", "visit by President Tom Dale to Fiji", "FJ"),
    ("This follows the visit by President Tom Dale to the Republic of Fiji in November 2020.",
     "visit by President Tom Dale to the Republic of Fiji", "FJ"),
    # a journey with its place talked about is an occasion, no topic
    ("The two ministers discussed the upcoming visit of Chilean President Ana Soto to Peru.",
     "upcoming visit of Chilean President Ana Soto to Peru", "PE"),
])
def test_a_visit_of_someone_to_a_place(extract_text, text, name, country):
    events = [e for e in extract_text(text).events if e.name == name]
    assert len(events) == 1, [e.name for e in extract_text(text).events]
    assert events[0].venue is not None and events[0].venue.country == country


@pytest.mark.parametrize("text", [
    # a visit talked about with no place: a topic
    "The two ministers discussed the visit.",
    # "by" and no destination: the visit told before, told again
    "The two ministers praised the visit by the delegation.",
    # a meeting's "to" is no destination
    "The two ministers discussed the meeting of experts to Peru's plan.",
])
def test_no_visit_without_a_destination(extract_text, text):
    assert not any("visit" in e.name or e.name.startswith("meeting of") for e in extract_text(text).events)


ANOTHERS_JOURNEY = (
    "Minister Tom Dale attended the regional summit, which took place in the Peruvian city of Cusco on April 13.\n\n"
    "His meeting with his Chilean counterpart Ana Soto that took place on April 13 focused on trade.\n\n"
    "The two also discussed the upcoming visit of President Ana Soto to Bolivia, which is scheduled for early May.\n\n"
    "On April 13, Dale also held talks with Ecuadorian Foreign Minister Carlos Vega on the margins of the summit.")


@pytest.mark.parametrize("name,city,country", [
    # the journey talked about has its own place
    ("upcoming visit of President Ana Soto to Bolivia", None, "BO"),
    # and it does not carry on: the talks after it are where the story is
    ("talks with Ecuadorian Foreign Minister Carlos Vega", "Cusco", "PE"),
])
def test_a_journey_talked_about_does_not_carry_its_place(extract_text, name, city, country):
    events = [e for e in extract_text(ANOTHERS_JOURNEY).events if e.name == name]
    assert len(events) == 1 and events[0].venue is not None
    assert (events[0].venue.city, events[0].venue.country) == (city, country)


@pytest.mark.parametrize("text,name", [
    # the traveller's companions stand between the traveller and the place (session 30)
    ("The visit of Peruvian President Ana Lopez and her delegation to Santiago began on Monday.",
     "visit of Peruvian President Ana Lopez and her delegation to Santiago"),
    # an apposition set off by commas: the traveller's office
    ("He praised the visit of Ana Poe, Minister for Foreign Affairs of Peru, to Chile on Monday.",
     "visit of Ana Poe, Minister for Foreign Affairs of Peru, to Chile"),
    # a delegation led by the traveller
    ("The visit of the Poe-led delegation to Lima ended on Monday.",
     "visit of the Poe-led delegation to Lima"),
])
def test_the_destination_after_the_travellers_companions(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text,name", [
    # no "to" and a place after them: the traveller alone names the visit
    ("The visit of President Ana Lopez and her delegation was a success, the ministry said on Monday "
     "in Lima.", "visit of President Ana Lopez"),
    # the apposition is a clause, not an office: nothing taken past it
    ("The visit of President Ana Lopez, which was planned for May, to Chile was postponed on Monday in Lima.",
     "visit of President Ana Lopez"),
    # a meeting is no journey: its party ends its name
    ("The meeting of President Ana Lopez and her delegation to Chile took place on Monday in Lima.",
     None),
])
def test_no_destination_past_what_is_not_the_travellers(extract_text, text, name):
    names = [e.name for e in extract_text(text).events]
    assert not any(n.endswith(("to Chile", "to Lima")) for n in names), names
    if name:
        assert name in names, names
