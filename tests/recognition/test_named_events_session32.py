"""Named events on shapes of unseen press (session 32): ordinals written as two words, a named
event described again in an apposition. Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text,name,ordinal", [
    # a tens word and a unit ordinal written apart number the edition as the hyphenated form does
    ("The president will attend the Twenty Fifth Andean Summit in Quito on 20 May.", "Twenty Fifth Andean Summit", 25),
    ("The Thirty Second Session of the Reef Council closed in Suva on Friday.",
     "Thirty Second Session of the Reef Council", 32),
    ("The president will attend the Twenty-Fifth Andean Summit in Quito on 20 May.", "Twenty-Fifth Andean Summit", 25),
])
def test_an_ordinal_written_in_two_words(extract_text, text, name, ordinal):
    events = extract_text(text).events
    assert [(e.name, e.ordinal) for e in events] == [(name, ordinal)]


@pytest.mark.parametrize("text,name", [
    # "the first X COP" set off by commas right after "COP31": the same conference described
    ("Talks will focus on the outcomes of COP31, the first Pacific COP to be hosted by Fiji.", "COP31"),
    ("Leaders will prepare for COP31, the first African COP, in Nairobi in November.", "COP31"),
    ("Ministers met at the 9th Andean Summit, the largest summit held in Quito, on Monday.", "9th Andean Summit"),
])
def test_a_named_event_described_again_in_an_apposition(extract_text, text, name):
    assert [e.name for e in extract_text(text).events] == [name]


@pytest.mark.parametrize("text,names", [
    # a list of named events goes on after the comma: every item is an event
    ("Ministers attended the 9th Andean Summit, the 4th Andean Forum and the 2nd Andean Retreat in Quito.",
     ["9th Andean Summit", "4th Andean Forum", "2nd Andean Retreat"]),
    # an apposition opened by a capitalised name is another event, not a description
    ("Leaders met at the Andean Summit, the Andean Leaders Retreat, in Quito on Monday.",
     ["Andean Summit", "Andean Leaders Retreat"]),
])
def test_named_events_listed_after_a_comma_stay(extract_text, text, names):
    assert sorted(e.name for e in extract_text(text).events) == sorted(names)


@pytest.mark.parametrize("text", [
    # the office of a body meets, not the body: no sitting of it
    "The Chief Executive of the Pacific Tuna Council will meet fisheries ministers in Suva next week.",
    "The Secretary-General of the Andean Water Council will meet the minister in Quito on 4 May.",
    "The Board of the Regional Water Commission said on Monday that tariffs would rise.",
])
def test_a_body_owning_an_office_is_no_sitting(extract_text, text):
    assert not any("Council" in e.name or "Commission" in e.name for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    # the body itself, or its members, said to meet: a sitting of it
    ("The Nordic Council will meet in Oslo on Tuesday.", "Nordic Council"),
    ("Members of the Andean Water Council will meet in Quito on 4 May.", "Andean Water Council"),
])
def test_a_body_said_to_meet_is_a_sitting(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text,name,start", [
    # a time's possessive before a name with capitals and a gathering head: that gathering, dated
    ("The president chaired last month's Asean summit in Jakarta.", "Asean summit", "2025-05"),
    ("Leaders will discuss the plan at next year's Gulf summit.", "Gulf summit", "2026"),
])
def test_a_time_owned_name_of_a_gathering(extract_text, text, name, start):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name.startswith(name) and events[0].start == start


def test_a_time_owned_name_before_a_noun_is_no_gathering(extract_text):
    # the head modifies a lowercase noun: no gathering
    events = extract_text("Officials sold last year's Andean summit banners in Lima on Monday.").events
    assert not any(e.name.startswith("Andean summit") for e in events)


@pytest.mark.parametrize("text,name", [
    # an adjective capitalised after "a"/"an" (even one that is a head of its own) modifies the head
    ("A Ministerial meeting of the Quad Group took place on 25 May 2025 in Lima.", "Ministerial meeting of the Quad Group"),
    ("Officials said an Extraordinary meeting of the board was held in Quito on Monday.",
     "Extraordinary meeting of the board"),
])
def test_a_capitalised_adjective_after_an_indefinite_article(extract_text, text, name):
    assert [e.name for e in extract_text(text).events] == [name]


def test_a_capitalised_adjective_after_an_indefinite_article_still_needs_a_date_or_place(extract_text):
    assert extract_text("A Ministerial meeting of the Quad Group would be useful, he said.").events == []


@pytest.mark.parametrize("text,name", [
    # a verb in "s" after the name, before a lowercase head, is no part of a compound name
    ("He said it is critical that this Forty-Seventh Andean Meeting advances discussions on trade.",
     "Forty-Seventh Andean Meeting"),
    ("The 9th Reef Summit adopts decisions on fishing in Apia on Friday.", "9th Reef Summit"),
])
def test_a_named_event_before_a_verb_and_a_lowercase_head(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


def test_a_name_modifying_a_lowercase_head_stays_a_compound(extract_text):
    # "the 9th Ministerial council meeting": the lowercase head names the event
    names = [e.name for e in extract_text("The plan was adopted at the 9th Andean Ministerial council meeting in Lima.").events]
    assert "9th Andean Ministerial" not in names


@pytest.mark.parametrize("text,kept", [
    # the body convenes an event: the event is its object, no sitting of the body besides
    ("The Andean Water Commission convened an emergency meeting in Quito on Monday.", "emergency meeting"),
    ("The Reef Council convened a special session of its experts in Suva on 3 May.", "special session"),
])
def test_a_body_convening_an_event_is_no_sitting(extract_text, text, kept):
    names = [e.name for e in extract_text(text).events]
    assert not any(n.endswith(("Commission", "Council")) for n in names)
    assert any(n.startswith(kept) for n in names)


def test_a_body_that_convenes_is_a_sitting(extract_text):
    names = [e.name for e in extract_text("The Andean Water Commission convened in Quito on 4 May.").events]
    assert names == ["Andean Water Commission"]


@pytest.mark.parametrize("text,names", [
    # pairs of parties listed before one plural head: one event each, named in the singular
    ("Leaders attended the ASEAN-Japan and ASEAN-Korea Summits in Jakarta on 6 September.",
     ["ASEAN-Japan Summit", "ASEAN-Korea Summit"]),
    ("Leaders attended the ASEAN-China, ASEAN-Japan and ASEAN-Korea Summits in Jakarta on 6 September.",
     ["ASEAN-China Summit", "ASEAN-Japan Summit", "ASEAN-Korea Summit"]),
    ("Leaders attended the 26th ASEAN-Japan and 25th ASEAN-Korea Summits in Jakarta on 6 September.",
     ["26th ASEAN-Japan Summit", "25th ASEAN-Korea Summit"]),
    # where an item ends is not told without pairs: one name as written
    ("Leaders attended the ASEAN and East Asia Summits in Jakarta on 6 September.", ["ASEAN and East Asia Summits"]),
    # a series with its related meetings stays one
    ("Leaders attended the ASEAN-Japan and ASEAN-Korea Summits and Related Summits in Jakarta on 6 September.",
     ["ASEAN-Japan and ASEAN-Korea Summits and Related Summits"]),
])
def test_pairs_of_parties_listed_before_a_plural_head(extract_text, text, names):
    assert [e.name for e in extract_text(text).events] == names


@pytest.mark.parametrize("text,name,ordinal", [
    # a word ordinal numbering a sitting of a named event or body: that sitting is the event
    ("Accra will host the third meeting of the General Assembly on 19 August.", "third meeting of the General Assembly", 3),
    ("The first meeting of the Conference of the Parties (COP 1) is taking place in Santiago.",
     "first meeting of the Conference of the Parties", 1),
    ("Accra will host the 3rd meeting of the General Assembly on 19 August.", "3rd meeting of the General Assembly", 3),
])
def test_a_sitting_numbered_by_a_word_of_a_named_event(extract_text, text, name, ordinal):
    assert [(e.name, e.ordinal) for e in extract_text(text).events] == [(name, ordinal)]


def test_a_later_ordinal_short_form_is_the_numbered_sitting(extract_text):
    text = ("The first meeting of the Conference of the Parties of the Lima Accord opened in Santiago on 20 April. "
            "In this first COP, the rules of procedure will be adopted.")
    assert [e.name for e in extract_text(text).events] == ["first meeting of the Conference of the Parties of the Lima Accord"]


@pytest.mark.parametrize("text,name,start", [
    # a day's possessive before a named event says when it is, not what it is called
    ("The ministry praised Monday's Andean Summit in Lima.", "Andean Summit", "2025-06-02"),
    ("The ministry described Tuesday's State Visit to Peru by President Ana Soto as crucial.", "State Visit to Peru", "2025-05-27"),
    # ... unless only a bare head would be left
    ("Monday's Summit opened in Lima.", "Monday's Summit", None),
])
def test_a_day_possessive_before_a_named_event(extract_text, text, name, start):
    events = extract_text(text).events
    assert [e.name for e in events] == [name]
    assert start is None or events[0].start == start


@pytest.mark.parametrize("text,name", [
    # "the next" before a name with capitals and a lowercase gathering head announces that gathering
    ("The United States will host the next G8 summit in 2012.", "G8 summit"),
    ("Peru will host the next Andean summit in 2026.", "Andean summit"),
])
def test_the_next_named_gathering(extract_text, text, name):
    assert [e.name for e in extract_text(text).events] == [name]


def test_the_next_gathering_without_a_name_is_no_named_event(extract_text):
    # no capitals: "the next summit" refers to another edition, named by nothing
    assert all(e.name == "summit" for e in extract_text("Peru will host the next summit in 2026.").events)


@pytest.mark.parametrize("text,names", [
    # two bodies joined by "and" before a verb of meeting: each sits (items of an "and")
    ("Tomorrow, the Standing Committee of Senior Officials and the Finance Committee will convene in Harare.",
     ["Standing Committee of Senior Officials", "Finance Committee"]),
    # a body and a state meet: no sitting of the body
    ("The Andean Water Commission and Peru will meet in Quito on 4 May.", []),
    # bodies that speak do not sit
    ("The Andean Water Commission and the Andean Energy Council said on Monday that prices will rise.", []),
])
def test_bodies_joined_before_a_verb_of_meeting(extract_text, text, names):
    assert [e.name for e in extract_text(text).events] == names


@pytest.mark.parametrize("text,events", [
    # an ordinal and the acronym a full name defines, with no date of its own: that event's edition
    ("The Pacific Reef Leaders Meeting (PRLM) opened in Honiara on Monday. The 54th PRLM will discuss climate.",
     [("Pacific Reef Leaders Meeting", 54)]),
    # with a date of its own, or told as another: an earlier edition, an event of its own
    ("The Andean Water Forum (AWF) opened in Quito on Monday. The 4th AWF was held in Lima in 2023.",
     [("Andean Water Forum", None), ("4th AWF", 4)]),
])
def test_an_ordinal_and_an_acronym_defined_in_full(extract_text, text, events):
    assert [(e.name, e.ordinal) for e in extract_text(text).events] == events


@pytest.mark.parametrize("text,name,start", [
    # a year between "the" and a named event opens its name and dates the edition
    ("Ministers met during the 2024 Andean Water Ministers Meeting in Lima recently.",
     "2024 Andean Water Ministers Meeting", "2024"),
    ("Leaders recalled the 2019 Andean Summit in Quito.", "2019 Andean Summit", "2019"),
])
def test_a_year_opening_a_named_event(extract_text, text, name, start):
    events = extract_text(text).events
    assert [(e.name, e.start) for e in events] == [(name, start)]


@pytest.mark.parametrize("text,name", [
    # a body after "at" and an event's head, on a day: the place of that event, no sitting
    ("During a meeting at the National Assembly on Friday, the speaker asked the envoys to help migrants.", "meeting"),
    # ... but a sitting spoken at on a day
    ("He spoke at the Nordic Council on Monday.", "Nordic Council"),
])
def test_a_body_as_the_place_of_an_event(extract_text, text, name):
    assert [e.name for e in extract_text(text).events] == [name]


@pytest.mark.parametrize("text,name", [
    # a numbered sitting of people named by a demonym and a lowercase noun of people
    ("The ministers spoke at the opening of the first meeting of African ministers of Health in Luanda on Monday.",
     "first meeting of African ministers of Health"),
    ("The 5th meeting of Andean ministers opened in Lima on Monday.", "5th meeting of Andean ministers"),
])
def test_a_numbered_meeting_of_people_named_by_a_demonym(extract_text, text, name):
    assert [e.name for e in extract_text(text).events] == [name]


@pytest.mark.parametrize("text,names", [
    # how often a body sits is no sitting told
    ("The Council of Heads of State of the Andean Union meets annually.", []),
    ("The Andean Water Council meets twice a year in Lima.", []),
    ("The Andean Water Council meets in Lima on 4 May.", ["Andean Water Council"]),
])
def test_a_body_meeting_habitually(extract_text, text, names):
    assert [e.name for e in extract_text(text).events] == names


@pytest.mark.parametrize("text,names", [
    # a body after "to" on a day receives something: no sitting
    ("The bill was sent to the Andean Water Commission on Monday.", []),
    # a body after a time word on a day: a sitting
    ("Ministers met ahead of the Nordic Council on Monday.", ["Nordic Council"]),
])
def test_a_body_as_a_recipient_on_a_day(extract_text, text, names):
    assert [e.name for e in extract_text(text).events] == names


@pytest.mark.parametrize("text,names", [
    # a body's delegation is its team, no sitting of the body (a lede's capitals or not)
    ("DELEGATION of Kenya Mayors Forum, KMF, is visiting the capital.", []),
    ("A delegation of the Andean Business Forum met the minister on Monday.", []),
    # placed right after the name, or numbered, it is the sitting
    ("The delegation of the Andean Business Forum in Lima on Monday was large.", ["Andean Business Forum"]),
    ("A delegation of the 5th Andean Business Forum visited the port.", ["5th Andean Business Forum"]),
])
def test_a_delegation_of_a_forum(extract_text, text, names):
    assert [e.name for e in extract_text(text).events] == names


@pytest.mark.parametrize("text,names", [
    # a plural meeting head whose "with" opens a list of officials closed by "and": one meeting each
    ("Foreign Minister Ana Lopez held separate meetings today with Ian Roe, the Trade Minister of Chile, "
     "and Dr. Tomas Vega, the Foreign Minister of Peru, in Lima.",
     ["separate meetings with Dr. Tomas Vega", "separate meetings with Ian Roe"]),
    ("Defence Minister Ana Lopez on Monday held meetings with Defence Minister of Chile Ian Roe, "
     "Trade Minister of Peru Tomas Vega and Defence Minister of Bolivia Luis Arce in Quito.",
     ["meetings with Defence Minister of Bolivia Luis Arce", "meetings with Defence Minister of Chile Ian Roe",
      "meetings with Trade Minister of Peru Tomas Vega"]),
    ("Foreign Minister Ana Lopez held separate meetings on Monday with Ian Roe, Minister of Trade, "
     "and Tomas Vega, Minister of Energy, in Lima.",
     ["separate meetings with Ian Roe", "separate meetings with Tomas Vega"]),
])
def test_meetings_with_a_list_of_officials(extract_text, text, names):
    events = extract_text(text).events
    assert sorted(e.name for e in events) == names
    assert all(e.venue is not None for e in events)


@pytest.mark.parametrize("text", [
    "Foreign Minister Ana Lopez held meetings with Trade Minister of Chile Ian Roe in Lima on Monday.",
    # an item whose official is not found ends the list: no meeting split off wrongly
    "Defence Minister Ana Lopez on Monday held meetings with Defence Minister of Chile Ian Roe, "
    "Minister for Naval Supply of Peru Tomas Vega and Defence Minister of Bolivia Luis Arce in Quito.",
])
def test_meetings_with_one_official_stay_one(extract_text, text):
    assert len(extract_text(text).events) == 1
