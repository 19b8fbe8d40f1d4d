"""Shapes of described events: durations, a head at the sentence's start, courtesy calls,
receptions, a capitalised body before a lowercase head after "attend", and the parts or
references of an event reported. Sentences written for these tests."""
import pytest

FOUND = [
    # a duration before any head, after a verb of holding or an article
    ("Ali and his Nepalese counterpart will hold the one-day meeting in Dhaka on Sunday.", "one-day meeting in Dhaka"),
    ("A two-day meeting of the Kenya-Uganda Joint Commission (JC) will begin in Kampala on Tuesday.",
     "two-day meeting of the Kenya-Uganda Joint Commission"),
    # "of the" and lowercase words; "will also be held"
    ("The meetings of the working groups on fisheries will also be held in Apia on 21 May.",
     "meetings of the working groups"),
    # a head at the sentence's start that is said to take place
    ("Ministers' meetings will take place in Suva from Monday to Thursday.", "Ministers' meetings"),
    # courtesy calls paid, with the people called on
    ("The minister paid courtesy calls on Fijian leaders in Suva on Monday.", "courtesy calls on Fijian leaders"),
    # a reception
    ("On 8 May the premier will receive a ceremonial reception at the Parliament in Wellington.",
     "ceremonial reception"),
    # a body's meetings attended
    ("The premier left on Wednesday to attend Andean Community (CAN) meetings in Lima.", "Andean Community meetings"),
    # a ceremony to sign documents; the signing of a document witnessed
    ("The leaders witnessed a ceremony to sign four cooperation documents between the two ministries in "
     "Apia on 28 August.", "ceremony to sign four cooperation documents"),
    ("The premier is in Dubai to witness the signing of a memorandum of understanding between the two "
     "firms today.", "signing of a memorandum"),
    # "follows" after an event's head is a verb, not a modifier of the next head
    ("Monday's seventh ministerial meeting follows talks between the Gulf bloc and Japan held in Tokyo "
     "last year.", "talks between the Gulf bloc and Japan"),
    # ... while a head right before another one still modifies it
    ("The Asian leaders are expected to hold summit talks in San Francisco on Thursday.",
     "summit talks in San Francisco"),
    # a possessive, then three modifiers; a clause saying it resumed
    ("They welcomed the two sides' vice-ministerial diplomatic strategic dialogue that resumed last month.",
     "vice-ministerial diplomatic strategic dialogue"),
    # a capitalised name after an article and one modifier
    ("On Saturday 6 June a special Coral Reef Awards ceremony will be held in Apia.", "Coral Reef Awards ceremony"),
    # a capitalised adjective after "the" belongs to the described event
    ("The Andean trade ministers' meeting will be held in Lima on Friday.", "Andean trade ministers' meeting"),
    ("Envoys met first, ahead of the Nordic energy ministers' meeting to be chaired by Norway on Thursday.",
     "Nordic energy ministers' meeting"),
    # a clause saying it is planned: "set for", "is scheduled for"
    ("Officials confer on Monday and the ministerial session set for Friday will close the week.",
     "ministerial session"),
    ("The bilateral session is scheduled for Friday, 5 June, in Lima.", "bilateral session"),
    # a participle right after "a"/"an" is an adjective; an ordinal after a possessive counts visits
    ("The envoy arrived in Apia on Monday for an unscheduled visit amid the dispute.", "unscheduled visit"),
    ("This is Mele's first official visit to Samoa since taking office.", "official visit to Samoa"),
    # a lowercase head after a modifier with capitals is a named event (FACTS.md)
    ("The premiers will also discuss the NATO summit in Vilnius in July.", "NATO summit in Vilnius"),
    ("Delegates flew home after the Gulf summit on Monday.", "Gulf summit"),
    # the head is the subject of a verb of opening or closing, after an apposition too
    ("The summit, the first held in the region since 2019, opened in Honiara on Monday.", "summit"),
    ("The conference will close in Nadi on 4 June, the organisers said.", "conference"),
    # the subject of a verb of happening behind a fronted date or place, or behind the two parties
    ("On 3 March 2024, political consultations were held in Apia between the two foreign ministries.",
     "political consultations"),
    ("In Suva on Monday, talks between the two trade ministers took place at the Grand Pacific Hotel.",
     "talks between the two trade ministers"),
    ("Samoa-Tonga political consultations were held in Nuku'alofa on Tuesday.", "political consultations"),
]

NOT_FOUND = [
    # a part of the event reported
    ("The summit opened in Suva on Monday. The opening ceremony took place in the presence of the host.",
     "opening ceremony"),
    ("The forum opened in Apia on Monday. Ministers spoke at the main session of the forum on Tuesday.",
     "main session"),
    # the event reported, named elsewhere
    ("He chaired the current session of the Ministerial Council in Doha on Monday.", "current session"),
    # a duration after "the" refers back to the event named before
    ("The 3rd Pacific Arts Forum opened in Suva today. The two-day forum, which opened today, ends "
     "tomorrow.", "two-day forum"),
    # the object of a purpose is not what is held
    ("The Senior Officials' Meeting (SOM) to prepare for the consultation would be held in Apia tomorrow.",
     "consultation"),
    # a series of meetings is the events it consists of, named elsewhere
    ("The deputy minister attended a series of the bloc's meetings in Vientiane on 6 June.", "meetings"),
    # two events after "attend": the first ends at its head
    ("The minister will attend the Coral Council session and NB8 meeting in Suva on Monday.", "and"),
    # a capitalised adjective and one modifier, nothing said to happen: a reference
    ("He praised the Nordic ministers' meeting in a speech in Oslo on Monday.", "ministers' meeting"),
    # days or months before a head say when, they name nothing
    ("The board meets twice a year. During the Tuesday-Wednesday meetings, the board will review the plan.",
     "Tuesday-Wednesday"),
    ("The board meets twice a year. At the June-July sessions, the board will review the plan.", "June-July"),
    # "set" with an object is a verb of the sentence, not a plan of the event
    ("The ministerial session set priorities for the year in Lima on Friday.", "ministerial session"),
    # a month or a day is no name ("the June meeting"), nor a title line's capitals
    ("The premiers praised the June summit, the chair said.", "June summit"),
    ("Premiers Praise The Coastal summit In Apia\n\nThe premiers spoke on Monday.", "Coastal summit"),
    # (a described event in the sentence a dateline opens counts: tests/records/test_described_events.py)
    # a verb of saying is no modifier of the head after it
    ("The Tongan envoy said consultations in Nuku'alofa on Monday went well.", "envoy said"),
    # a definite plural with no complement after named events speaks of those events again
    ("The 9th Reef Council Meeting and the Reef Ministerial Meeting will be held in Apia. The "
     "high level meetings will be preceded by a senior officials' session on 3 May.", "high level meetings"),
    # a head that modifies a noun opens nothing ("the conference hall opened")
    ("The conference hall opened in Nadi on Monday after repairs.", "conference"),
    # behind a fronted phrase, a head said to happen with no date or place in its sentence
    ("After the vote, consultations were held on the budget.", "consultations"),
]


@pytest.mark.parametrize("text,name", FOUND)
def test_described_event_found(extract_text, text, name):
    names = [e.name for e in extract_text(text).events]
    assert name in names, names


@pytest.mark.parametrize("text,word", NOT_FOUND)
def test_not_a_described_event(extract_text, text, word):
    names = [e.name for e in extract_text(text).events]
    assert not any(word in n for n in names), names


def test_a_body_with_a_bracketed_acronym_in_the_complement_is_one_event(extract_text):
    """The long form after "meeting of" runs on across the acronym to the body's head, so that
    a later short form written with the acronym is the same event."""
    text = ("The minister will attend the meeting of the Coral Sea Community (CSC) Council of Ministers in Suva "
            "on 10 May. The CSC Council of Ministers meeting was preceded by a meeting of officials.")
    names = [e.name for e in extract_text(text).events]
    assert names == ["meeting of the Coral Sea Community Council of Ministers"]


def test_a_typographic_hyphen_joins_a_duration_as_a_hyphen_does(nlp, extract_text):
    """U+2011 (non-breaking) and U+2010 split words as "-" does, so "a three\u2011day state visit"
    is read as "a three-day state visit"; a word with no hyphen in it stays whole."""
    assert [t.text for t in nlp("a three\u2011day visit, a well\u2010known plan")] == \
        ["a", "three", "\u2011", "day", "visit", ",", "a", "well", "\u2010", "known", "plan"]
    text = "Samoa's Prime Minister landed in Apia on Sunday for a three\u2011day state visit."
    names = [e.name for e in extract_text(text).events]
    assert names == ["three\u2011day state visit"], names
