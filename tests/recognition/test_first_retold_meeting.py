"""A meeting told by its verb ("The two envoys met at the ministry in Quito on Monday") and first
named by a later definite noun ("During the meeting, ...", "Their bilateral discussions ...") before
any other event: an event named by that noun, when the verb's clause (or the noun's own) gives a date
or a place (FACTS.md).
Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text,name,start,city", [
    ("The two envoys met at the Foreign Ministry in Quito on Monday morning. Trade was high on the agenda. "
     "During the meeting, they reviewed fishing quotas.", "meeting", "2025-06-02", "Quito"),
    ("On 28 May, Trade Minister Ana Lopez welcomed her Chilean counterpart Luis Soto in Lima. They signed a "
     "customs accord. Port fees were also raised during the meeting.", "meeting", "2025-05-28", "Lima"),
    ("The two ministers spoke to reporters in Cusco on Thursday after their meeting, which lasted two hours.",
     "meeting", "2025-05-29", None),
    # a gathering told by its opening
    ("Andean Leaders Week opened in Cusco on Monday. The host, President Ana Lopez, took the chair. "
     "At the meeting, trade topped the agenda.", "meeting", "2025-06-02", "Cusco"),
    ("The delegations of both countries met in Dili on Friday. Their discussions centred on border posts.",
     "discussions", "2025-05-30", "Dili"),
])
def test_a_verb_told_meeting_named_by_the_later_noun(extract_text, text, name, start, city):
    events = extract_text(text).events
    assert [e.name for e in events] == [name]
    assert events[0].start == start
    assert city is None or events[0].venue is not None and events[0].venue.city == city


@pytest.mark.parametrize("text", [
    # no date and no place: nothing the text gives of it
    "Officials of both countries met this week to review trade. During the meeting, they spoke of migration.",
    "Prime Minister Ana Lopez received the Kenyan envoy. The situation of refugees was discussed at the meeting.",
    # a place gone to is no place of the meeting told
    "Officials of the two ministries met before flying to Quito. During the meeting, they spoke of fishing.",
    # a bare "the meeting" dated in its own clause points back to a meeting told elsewhere
    "Lopez said the meeting held in Lima on Monday went well.",
    # a press briefing is no meeting (FACTS.md), and "held" tells no meeting by itself
    "The ministers held a press briefing in Lima on Friday. During the meeting, they spoke of fishing.",
])
def test_no_meeting_without_a_date_or_a_place(extract_text, text):
    assert extract_text(text).events == []


@pytest.mark.parametrize("text,names", [
    # an event named before it: the noun retells that one
    ("The 5th Andean Water Forum opened in Lima on Monday. During the meeting, ministers spoke of rivers.",
     ["5th Andean Water Forum"]),
    # a complement says which meeting it is: not the one told by the verb
    ("The two envoys met in Quito on Monday. The meeting of the fisheries council follows in July.", []),
])
def test_the_noun_names_another_event(extract_text, text, names):
    assert [e.name for e in extract_text(text).events] == names
