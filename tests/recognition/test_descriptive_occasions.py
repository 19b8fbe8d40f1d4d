"""When a lowercase meeting, summit or talks is an event of its own: beside a named event ("on the
sidelines of the X Summit") it is one; a person's occasions counted ("the PM's first meeting with
X") number no series; a copula after a pronoun ("This is their second summit") describes an
occasion told elsewhere. Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text,head,place", [
    ("The two presidents reviewed trade at a meeting on the margins of the Nordic Energy Summit in Bergen "
     "on Friday.", "meeting", "Bergen"),
    ("Both ministers signed the accord at a meeting on the sidelines of the 9th Andean Forum in Cusco on "
     "12 March.", "meeting", "Cusco"),
])
def test_a_meeting_beside_a_named_event_is_its_own(extract_text, text, head, place):
    events = extract_text(text).events
    beside = [e for e in events if e.name.split()[0] == head]
    assert len(events) == 2 and len(beside) == 1
    assert beside[0].venue is not None and beside[0].venue.city == place


def test_a_part_of_a_named_event_is_still_that_event(extract_text):
    text = "The envoy spoke at the closing ceremony of the 12th Caribbean Fisheries Summit in Bridgetown."
    assert [e.name for e in extract_text(text).events] == ["12th Caribbean Fisheries Summit"]


@pytest.mark.parametrize("text", [
    "It was Chancellor Ana Weber's second meeting with the Chilean leader in Santiago this year.",
    "This is the Premier's first summit with Pacific leaders since his election in March.",
])
def test_a_persons_occasion_counted_numbers_no_series(extract_text, text):
    assert not any(e.ordinal for e in extract_text(text).events)


def test_the_ordinal_of_a_bodys_meeting_numbers_its_series(extract_text):
    text = "The commission's third coordination meeting was held in Dodoma on Tuesday."
    assert [e.ordinal for e in extract_text(text).events] == [3]


@pytest.mark.parametrize("text", [
    "This would be the Governor's last regional summit before her term ends in June 2027.",
    "It was a productive meeting with the visiting Emir in Lisbon on Monday, the ministry said.",
    "That is the PM's third meeting with the Emir since his election in April.",
])
def test_a_copula_after_a_pronoun_describes_an_occasion(extract_text, text):
    assert extract_text(text).events == []


@pytest.mark.parametrize("text,name", [
    # not a pronoun subject: the talks are told
    ("This week the Premier held talks with Governor Ana Weber in Lisbon.", "talks with Governor Ana Weber"),
    # a journey: the sentence may give the story's visit its destination
    ("This is the Minister's first official visit to Oman since taking office in May.", "official visit to Oman"),
])
def test_not_a_description_by_copula(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text,place,day", [
    ("The finance ministers of Ghana, Niger and Benin met in Abuja on Thursday to review the corridor "
     "project. Officials said the meeting ended with a joint communique.", "Abuja", "2025-05-29"),
    ("ACCRA - Regional police chiefs met at the Kempinski Hotel in Accra on 3 June. The meeting was the "
     "first since 2019.", "Accra", "2025-06-03"),
    # the head told as a verb
    ("The governors of the northern provinces were meeting in Kano on Friday. Reporters were kept out of "
     "the meeting.", "Kano", "2025-05-30"),
])
def test_a_group_who_met_somewhere_on_a_day_and_the_meeting_told_again(extract_text, text, place, day):
    meetings = [e for e in extract_text(text).events if e.name.startswith("meeting of")]
    assert len(meetings) == 1
    assert meetings[0].start == day and place in (meetings[0].venue.city, meetings[0].venue.name)


@pytest.mark.parametrize("text", [
    # never called a meeting afterwards, and no state owns the group
    "The trade ministers met in Lome on Thursday. They agreed on the corridor plan.",
    "Regional police chiefs met at the Kempinski Hotel in Accra on 3 June. They agreed to share data.",
    # neither where nor when after the verb
    "The trade ministers met to review the corridor plan. The meeting ended late.",
    # a thing met, not a group of people
    "The export targets met in Lome on Thursday were reviewed. The meeting ended late.",
    # a meeting told as a noun, not as a verb
    "The governors held a meeting in Kano. The meeting ended late.",
])
def test_no_meeting_of_a_group(extract_text, text):
    assert not any(e.name.startswith("meeting of") for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    # a word ordinal after "the" and a verb of holding
    ("The two sides held the first cabinet-level talks on Sunday at the border town of Tumbes.", "cabinet-level talks"),
    # agreed on, with its own place after a vague time
    ("Ecuador and Peru have agreed to hold ministerial talks early next month in Quito, an official said.",
     "ministerial talks"),
])
def test_held_or_agreed_with_a_place(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text", [
    "Ecuador and Peru have agreed to hold ministerial talks early next month, an official said.",
    "I am glad to welcome the Minister to Quito. This is our first meeting since the flood in 2023.",
])
def test_agreed_without_a_place_or_a_first_meeting_described(extract_text, text):
    assert not any("talks" in e.name or e.ordinal for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    # the particle of a verb of presiding is no means of holding; a body in the complement
    ("The premier presided over a meeting of provincial planning committee in Mafikeng on Friday.",
     "meeting of provincial planning committee"),
    ("The mayor presided over a meeting of ward councillors at City Hall in Durban on Monday.",
     "meeting of ward councillors"),
])
def test_a_meeting_presided_over(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


def test_a_meeting_held_over_a_video_link_is_no_other(extract_text):
    names = [e.name for e in extract_text("The talks were held over a video conference on Monday.").events]
    assert names == ["talks"]


@pytest.mark.parametrize("text,name,day", [
    ("Foreign Minister Ana Lopez received Kenyan Ambassador John Mwangi at the ministry in Lima on Friday. "
     "During the meeting, both sides discussed coffee exports.", "meeting with Kenyan Ambassador John Mwangi", "2025-05-30"),
    # the day and place told between the verb and the visitor stay out of the name
    ("Interior Minister Ana Lopez received on Monday at her office in Quito, Chilean Ambassador Ian Poe. "
     "At the meeting, they reviewed border controls.", "meeting with Chilean Ambassador Ian Poe", "2025-06-02"),
])
def test_a_visitor_received_then_the_meeting(extract_text, text, name, day):
    events = extract_text(text).events
    assert [e.name for e in events] == [name] and events[0].start == day


@pytest.mark.parametrize("text", [
    # the next sentence does not call it a meeting, and the reception has neither a day nor a place
    "Foreign Minister Ana Lopez received Kenyan Ambassador John Mwangi. Both sides discussed coffee.",
    # the visitor is the subject; a letter received
    "Kenyan Ambassador John Mwangi was received by the Minister in Lima on Friday. During the meeting, they spoke.",
])
def test_no_meeting_received(extract_text, text):
    assert not any(e.name.startswith("received") for e in extract_text(text).events)


@pytest.mark.parametrize("text,name,place", [
    # counterparts named by their states: "from" and a capitalised place after the noun
    ("The minister met his counterpart from Guinea in Lima on Monday.", "meeting with his counterpart from Guinea", "Lima"),
    ("On Monday the envoy held a meeting with her counterparts from Andean countries in Quito.",
     "meeting with her counterparts from Andean countries", "Quito"),
    ("The premier held talks with his counterparts from Peru and Chile in Arica on Friday.",
     "talks with his counterparts from Peru and Chile", "Arica"),
    # people named by the body they are from: a plural noun of people, a group sent
    ("The delegation held discussions with officials of the Ministry of Fisheries in Arica on Tuesday.",
     "discussions with officials of the Ministry of Fisheries", "Arica"),
    ("Minister Ana Weber held a meeting with a delegation from the Andean Ports Bank in Lima on Monday.",
     "meeting with a delegation from the Andean Ports Bank", "Lima"),
    ("Minister Ana Weber met with representatives of the Cusco Chamber of Commerce in Lima on Friday.",
     "meeting with representatives of the Cusco Chamber of Commerce", "Lima"),
])
def test_counterparts_named_by_their_states(extract_text, text, name, place):
    events = extract_text(text).events
    assert [e.name for e in events] == [name]
    assert events[0].venue is not None and events[0].venue.city == place


@pytest.mark.parametrize("text", [
    "The minister met his counterpart from Guinea and discussed trade.",  # no date, no place
    "Her counterparts from Peru welcomed the accord on Monday.",  # no meeting
])
def test_counterparts_from_a_state_make_no_event_alone(extract_text, text):
    assert extract_text(text).events == []


def test_items_of_a_dated_list_are_separate_events(extract_text):
    text = ("The Lisbon talks were the fourth round since their first virtual meeting in March 2021, "
            "in-person Summit in Quito in September 2021 and virtual meeting in March 2022.")
    events = {e.name: e for e in extract_text(text, published="2025-01-10").events}
    assert events["first virtual meeting"].start == "2021-03" and events["first virtual meeting"].venue is None
    assert events["in-person Summit in Quito"].start == "2021-09" and events["in-person Summit in Quito"].venue.city == "Quito"
    assert events["virtual meeting"].start == "2022-03"


@pytest.mark.parametrize("text", [
    # verbs joined after a date, not items of a list of occasions
    "The ministers should finalise the Work Plan for 2026-2030 and conclude negotiations on the Accord on Fisheries.",
    "The board approved the budget for 2025, and reviews in Lima will follow.",
])
def test_a_date_before_and_makes_no_list_of_occasions(extract_text, text):
    assert extract_text(text, published="2025-01-10").events == []
