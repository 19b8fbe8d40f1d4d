"""What a sentence says of an occasion's time and place beyond the date and place written next to
its name: the verb after a name that a date leads ("On 3 June, the X opened"), the day a traveller
goes home (the journey's last), the town of a journey to a country (where the traveller arrived,
or the town a later mention of the journey names), the one day of a journey made for an event.
Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest


def _venue(event):
    return None if event.venue is None else (event.venue.city, event.venue.country)


#: (text, event name, (start, end))
PHASES = [
    pytest.param(
        "On 28 May, the 6th Caribbean Water Ministers Forum opened in Kingston with a call for new dams.",
        "6th Caribbean Water Ministers Forum", ("2025-05-28", None),
        id="a date leading the name, the verb of opening after it: its start only"),
    pytest.param(
        "Yesterday the 14th Sahel Security Council Meeting was formally closed by the chairman.",
        "14th Sahel Security Council Meeting", (None, "2025-06-01"),
        id="a passive verb of closing after the name: its end only"),
    pytest.param(
        "On 29 May the Third Andean Rivers Conference got underway at the Hotel Libertador in Lima.",
        "Third Andean Rivers Conference", ("2025-05-29", None),
        id="'got underway' after the name"),
    pytest.param(
        "On 29 May the 5th Baltic Grid Dialogue adopted a joint roadmap for power links.",
        "5th Baltic Grid Dialogue", ("2025-05-29", "2025-05-29"),
        id="must not fire: no verb of phase after the name, one day"),
    pytest.param(
        "On 29 May delegates attended the 5th Baltic Grid Dialogue and opened a photo exhibition.",
        "5th Baltic Grid Dialogue", ("2025-05-29", "2025-05-29"),
        id="must not fire: a verb after 'and' tells another act"),
    pytest.param(
        "On the first day of the 3rd Indo-Pacific Ports Forum in Perth on 28 May, ministers signed two accords.",
        "3rd Indo-Pacific Ports Forum", ("2025-05-28", None),
        id="'on the first day of' the event: its start"),
    pytest.param(
        "On 30 May, the final day of the 3rd Indo-Pacific Ports Forum, ministers adopted a declaration.",
        "3rd Indo-Pacific Ports Forum", (None, "2025-05-30"),
        id="'the final day of' the event: its end"),
    pytest.param(
        "On 28 May, a day before the 3rd Indo-Pacific Ports Forum, officials met in Perth.",
        "3rd Indo-Pacific Ports Forum", (None, None),
        id="a date told a span of time 'before' the event is not its day"),
    pytest.param(
        "On 28 May the first delegates of the 3rd Indo-Pacific Ports Forum arrived in Perth.",
        "3rd Indo-Pacific Ports Forum", ("2025-05-28", "2025-05-28"),
        id="must not fire: 'first' without 'day of' before the name"),
    pytest.param(
        "President Amara Kone left Dakar for home on 31 May at the end of a three-day state visit to Senegal.",
        "three-day state visit to Senegal", (None, "2025-05-31"),
        id="a journey's day told with 'for home': its last"),
    pytest.param(
        "The prime minister returned to Port Moresby on 30 May after completing his official visit to Japan.",
        "official visit to Japan", (None, "2025-05-30"),
        id="the day of a return after completing a journey: its last"),
    pytest.param(
        "On Saturday, Premier Lina Sato returned to Tokyo following a four-day working visit to Chile.",
        "four-day working visit to Chile", (None, "2025-05-31"),
        id="a day leading a return 'following' a journey: its last"),
    pytest.param(
        "On Friday evening the minister came back to Suva from the 9th Oceans Ministers Meeting in Noumea.",
        "9th Oceans Ministers Meeting", (None, None),
        id="the day of a return from a meeting is not the meeting's"),
    pytest.param(
        "The minister came back to Suva after the 9th Oceans Ministers Meeting, which closed in Noumea on 30 May.",
        "9th Oceans Ministers Meeting", (None, "2025-05-30"),
        id="must not fire: a day told after the occasion come back from is its own"),
    pytest.param(
        "President Amara Kone left Bamako on 29 May for a three-day state visit to Senegal.",
        "three-day state visit to Senegal", ("2025-05-29", None),
        id="must not fire: a departure for a journey is its first day"),
]


@pytest.mark.parametrize("text, name, period", PHASES)
def test_the_phase_a_sentence_tells(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


#: (text, event name, venue as (city, country) or None)
JOURNEY_TOWNS = [
    pytest.param(
        "Chilean Foreign Minister Rosa Vidal arrived in Canberra on 1 June on an official visit to Australia.",
        "official visit to Australia", (None, "AU"),
        id="a visit to a country is there, not in the town the traveller arrived in"),
    pytest.param(
        "The Ghanaian delegation landed in Nairobi for a working visit to Kenya.",
        "working visit to Kenya", (None, "KE"),
        id="a visit to a country is there, not in the town the traveller landed in"),
    pytest.param(
        "Minister Omar Saleh is on a two-day visit to Nairobi, where he met business leaders.",
        "two-day visit to Nairobi", ("Nairobi", "KE"),
        id="a visit to a town is in that town"),
    pytest.param(
        "Foreign Minister Rosa Vidal left Santiago on 1 June for an official visit to Australia.",
        "official visit to Australia", (None, "AU"),
        id="must not fire: the town left is of another country"),
    pytest.param(
        "Minister Omar Saleh began an official visit to Morocco on Monday. He toured a solar plant in Ouarzazate "
        "and met students in Fez.",
        "official visit to Morocco", (None, "MA"),
        id="must not fire: towns a journey takes in are stops"),
]


@pytest.mark.parametrize("text, name, venue", JOURNEY_TOWNS)
def test_the_town_of_a_journey(event_named, extract_text, text, name, venue):
    assert _venue(event_named(extract_text(text), name)) == venue


def test_a_later_mention_of_the_journey_names_its_town(extract_text):
    """A journey first told with the country only ("arrived in Peru for his first visit"), then
    named with a town of it ("During his two-day visit to Cusco, ...") is in that town."""
    article = extract_text(
        "Trade Minister Kofi Mensah arrived in Peru on Sunday for his first visit to the country. During his "
        "visit to Cusco, Mensah will co-chair the 3rd Ghana-Peru Joint Trade Committee with his counterpart.")
    visits = [e for e in article.events if "visit" in e.name]
    assert visits and all(_venue(e) == ("Cusco", "PE") for e in visits)


#: (text, event name, (start, end))
JOURNEY_DAYS = [
    pytest.param(
        "EU envoy Marta Lind will travel to Lusaka on 5 June for talks with the Zambian finance minister.",
        "talks with the Zambian finance minister", ("2025-06-05", "2025-06-05"),
        id="the one day of a journey made for talks is the talks' day"),
    pytest.param(
        "EU envoy Marta Lind will begin a three-day visit on 5 June in Lusaka for talks with the Zambian "
        "finance minister.",
        "talks with the Zambian finance minister", (None, None),
        id="must not fire: a journey of several days does not date the talks"),
]


@pytest.mark.parametrize("text, name, period", JOURNEY_DAYS)
def test_the_day_of_a_journey_made_for_an_event(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


#: A first paragraph naming another event: what follows is no lead of the story.
OPENING = "The 2nd Okavango Delta Summit closed in Maun on Thursday.\n\n"

#: (text, event name, (start, end), venue as (city, country) or None)
GATHERINGS = [
    pytest.param(
        OPENING + "On Friday, trade ministers from nine countries gathered in Windhoek. The 3rd Southern Customs Trade "
        "Council approved a tariff plan.",
        "3rd Southern Customs Trade Council", ("2025-05-30", "2025-05-30"), ("Windhoek", "NA"),
        id="a gathering told by its verb right before the event: its day and place"),
    pytest.param(
        OPENING + "Envoys of the river states will meet in Niamey on 20 June.\n\nThe 7th Niger Basin Authority Council "
        "will review the dam projects.",
        "7th Niger Basin Authority Council", (None, None), "not Niamey",
        id="must not fire: the gathering is told in another paragraph"),
    pytest.param(
        OPENING + "Ministers last met in Maputo in March 2024. The 3rd Southern Customs Trade Council approved a tariff plan.",
        "3rd Southern Customs Trade Council", (None, None), "not Maputo",
        id="must not fire: the sentence before tells an earlier meeting"),
    pytest.param(
        OPENING + "On Friday, the ministry published its annual report in Windhoek. The 3rd Southern Customs Trade Council "
        "approved a tariff plan.",
        "3rd Southern Customs Trade Council", (None, None), "not Windhoek",
        id="must not fire: no verb of gathering in the sentence before"),
    pytest.param(
        "The 8th Sahel Water Forum runs until Thursday, the organisers said.",
        "8th Sahel Water Forum", (None, "2025-06-05"),
        id="the only day told is the one it runs until: its end"),
    pytest.param(
        "The 8th Sahel Water Forum opened on Monday and runs until Thursday.",
        "8th Sahel Water Forum", ("2025-06-02", "2025-06-05"), None,
        id="must not fire: the day it opened is its start"),
]


@pytest.mark.parametrize("text, name, period, venue", [p if len(p.values) == 4 else pytest.param(*p.values, None, id=p.id)
                                                       for p in GATHERINGS])
def test_the_time_and_place_of_a_gathering(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    if isinstance(venue, str):  # "not <town>": the place of the sentence before is not the event's
        assert event.venue is None or event.venue.city != venue[len("not "):]
    elif venue is not None:
        assert _venue(event) == venue


#: (text, event name, (start, end))
OTHER_TIMES = [
    pytest.param(
        "The customs protocol, which took effect on 1 March, was reviewed at the 6th Benin-Niger Joint Commission "
        "in Cotonou.",
        "6th Benin-Niger Joint Commission", (None, None),
        id="a date in a clause about another noun before the event is that noun's"),
    pytest.param(
        "Delegates endorsed the findings of the 3rd Technical Working Group, which sat in Dhaka on 20 May, at the "
        "11th Bay of Bengal Fisheries Forum.",
        "11th Bay of Bengal Fisheries Forum", (None, None),
        id="a date in a clause about another event named before it is that event's"),
    pytest.param(
        "The 11th Bay of Bengal Fisheries Forum in Dhaka, which opened on 27 May, endorsed a new plan.",
        "11th Bay of Bengal Fisheries Forum", ("2025-05-27", None),
        id="must not fire: a clause after the event's name and place is the event's"),
    pytest.param(
        "Ministers will attend the 2nd Sahel Grain Summit and the 4th Sahel Water Forum, which will be held in "
        "Niamey on 9-10 July.",
        "2nd Sahel Grain Summit", ("2025-07-09", "2025-07-10"),
        id="must not fire: a clause after the last event of a list is of the list"),
    pytest.param(
        "The 7th Andes Mining Summit, originally planned for March, will now take place in Santiago in November.",
        "7th Andes Mining Summit", ("2025-11", "2025-11"),
        id="the date of an earlier schedule ('originally') gives way to the new one"),
]


@pytest.mark.parametrize("text, name, period", OTHER_TIMES)
def test_a_date_of_something_else(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period


def test_a_journey_referred_to_after_a_gathering_is_another_occasion(event_named, extract_text):
    """ "... will travel to Japan for talks with X. The visit, from 9 to 11 June, will include a
    stop in Osaka.": the period and town of the journey are not the talks'."""
    record = extract_text("Premier Lina Sato will fly to Chile next week for talks with President Ana Rios. "
                          "The visit, from 9 to 11 June, will include a stop in Valparaiso.")
    talks = event_named(record, "talks with President Ana Rios")
    assert (talks.start, talks.end) == (None, None)
    assert talks.venue is None or talks.venue.city != "Valparaiso"


def test_a_gathering_referred_to_after_a_gathering_still_tells_its_time(event_named, extract_text):
    """Must not fire: "The 9th X Forum ... The conference will take place in Apia on 3 July." """
    record = extract_text("Ministers will attend the 9th Pacific Reef Forum. The conference will take place in "
                          "Apia on 3 July.")
    forum = event_named(record, "9th Pacific Reef Forum")
    assert (forum.start, forum.end, forum.venue.city) == ("2025-07-03", "2025-07-03", "Apia")


#: (text, event name, venue as (city, country) or None)
THERE = [
    pytest.param(
        OPENING + "Vice President Lena Kaur landed in Tashkent on Sunday. The 2nd Central Asia-India Dialogue opens there "
        "on Monday.",
        "2nd Central Asia-India Dialogue", ("Tashkent", "UZ"),
        id="'there' after the event names the place told in the sentence before"),
    pytest.param(
        OPENING + "The ministers travelled to Tashkent on Sunday. At the 2nd Central Asia-India Dialogue there "
        "will be talks on trade.",
        "2nd Central Asia-India Dialogue", "not Tashkent",
        id="must not fire: 'there will be' names no place"),
]


@pytest.mark.parametrize("text, name, venue", THERE)
def test_there_names_the_place_told_before(event_named, extract_text, text, name, venue):
    event = event_named(extract_text(text), name)
    if isinstance(venue, str):  # "not <town>"
        assert event.venue is None or event.venue.city != venue[len("not "):]
    else:
        assert _venue(event) == venue


@pytest.mark.parametrize("text, names, period", [
    pytest.param(
        "Andean foreign ministers opened their annual meeting in Lima on 28 May. The ministers attended the "
        "14th Andean Foreign Ministers Meeting at the Torre Tagle Palace.",
        ["14th Andean Foreign Ministers Meeting"], ("2025-05-28", None),
        id="'their annual meeting' refers forward to the named meeting in the next sentence"),
    pytest.param(
        "Andean foreign ministers opened their preparatory meeting in Lima on 28 May. The ministers will attend "
        "the 14th Andean Foreign Ministers Meeting in June.",
        ["preparatory meeting in Lima", "14th Andean Foreign Ministers Meeting"], ("2025-06", "2025-06"),
        id="must not fire: 'preparatory' tells another occasion"),
])
def test_a_description_of_recurrence_refers_forward(extract_text, text, names, period):
    record = extract_text(text)
    assert [e.name for e in record.events] == names
    assert (record.events[-1].start, record.events[-1].end) == period
