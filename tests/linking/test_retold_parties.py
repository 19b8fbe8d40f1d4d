"""Two described meetings on one day are one occasion told twice only when whom they are with
agrees: a shared title is no shared party. Sentences written for this test."""


def test_meetings_with_two_ambassadors_on_one_day_stay_apart(extract_text):
    text = ("The minister held a meeting with US Ambassador Ana Poe in Lima on Monday. "
            "The deputy minister held a meeting with Ambassador of Chile Ian Roe in Lima on Monday.")
    names = [e.name for e in extract_text(text).events]
    assert len(names) == 2


def test_one_meeting_told_twice_is_one(extract_text):
    text = ("The minister held a meeting with Ambassador Ana Poe in Lima on Monday. "
            "Officials said the meeting with US Ambassador Ana Poe in Lima on Monday was cordial.")
    assert len(extract_text(text).events) == 1


def test_a_summit_told_again_by_its_parties_names_is_one(extract_text):
    text = ("President Ana Lopez held a tripartite summit with King Omar and Prime Minister Ian Poe in Amman on "
            "Sunday.\n\nDuring the Peruvian-Jordanian-Chilean summit in Amman, the leaders stressed their ties.")
    events = extract_text(text).events
    assert len(events) == 1 and events[0].start == "2025-06-01"


def test_summits_of_other_parties_elsewhere_stay_apart(extract_text):
    text = ("President Ana Lopez held a tripartite summit with King Omar and Prime Minister Ian Poe in Amman on "
            "Sunday.\n\nThe Peruvian-Bolivian summit will be held in La Paz in July.")
    assert len(extract_text(text).events) == 2


def test_a_party_told_by_title_then_by_name_is_one(extract_text):
    text = ("The premier held talks with the Chilean President in Santiago on Monday.\n\n"
            "Officials said the talks with President Ana Lopez in Santiago on Monday went well.")
    assert len(extract_text(text).events) == 1


def test_meetings_of_other_bodies_stay_apart(extract_text):
    text = ("The governor convened a meeting of the provincial cabinet in Kano on Monday.\n\n"
            "Separately, he presided over a meeting of the security council in Kano on Monday.")
    names = sorted(e.name for e in extract_text(text).events)
    assert names == ["meeting of the provincial cabinet", "meeting of the security council"]


def test_a_body_told_short_is_still_one(extract_text):
    text = ("The 12th Session of the Council of Ministers opened in Kano on Monday.\n\n"
            "The session of the Council heard the budget.")
    assert len(extract_text(text).events) == 1


def test_meetings_named_by_other_capitalised_words_stay_apart(extract_text):
    """Listed gatherings with a lowercase head, each named by capitalised words the others do not
    share, are as many gatherings; the same name told again is one."""
    text = ("The Summit will be preceded by three meetings, namely the Senior Officials' meeting, the Council "
            "of Ministers meeting and the Organ Troika meeting, in Lusaka from 9 to 17 August.")
    names = [e.name for e in extract_text(text).events if "meeting" in e.name]
    assert names == ["Senior Officials' meeting", "Council of Ministers meeting", "Organ Troika meeting"]
    again = ("The Senior Officials' meeting will be held in Lusaka on 9 August. "
             "Officials said the Senior Officials' meeting in Lusaka on 9 August would be short.")
    assert len(extract_text(again).events) == 1
