"""An event's start, end and venue read from the text around it (issue 10: event start and
venue city on unseen press), on sentences written for these tests. Each case names the fault it
guards: the day of a report, a departure or a reference point taken as the event's; a day the
event only opens or closes on; a place or time of another edition or another occasion; a date or
place told after the event's sentence. Published date of every case: Monday 2 June 2025."""
import pytest


#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    pytest.param(
        "The 8th Pacific Fisheries Ministers' Meeting will open on 25 March. Last year the ministers met in Tonga.",
        "8th Pacific Fisheries Ministers' Meeting", ("2026-03-25", None), None,
        id="a past edition's place in the next sentence is not this one's"),
    pytest.param(
        "The 5th Pacific Ports Forum will be held in Apia. The forum was last held in 2019 in Suva.",
        "5th Pacific Ports Forum", (None, None), ("Apia", "WS"),
        id="the previous edition's year and town stay with it"),
    pytest.param(
        "The 5th Pacific Ports Forum was announced by Minister Tom Kala. It was last held on 3 May 2023 in Suva.",
        "5th Pacific Ports Forum", (None, None), None,
        id="a sentence about the last edition lends neither day nor place"),
    pytest.param(
        "The 5th Pacific Ports Forum was announced by Minister Tom Kala. Organisers said last week that the forum "
        "will take place in Apia.",
        "5th Pacific Ports Forum", (None, None), ("Apia", "WS"),
        id="last before a time noun is only a time"),
    pytest.param(
        "The 5th Pacific Ports Forum was announced by Minister Tom Kala. The forum will last for two days and "
        "take place in Apia.",
        "5th Pacific Ports Forum", (None, None), ("Apia", "WS"),
        id="last after will is a verb"),
    pytest.param(
        "The 7th Reef Safety Dialogue, which began on Monday at the Grand Pacific Hall in Suva, brings "
        "together officials from twelve countries.",
        "7th Reef Safety Dialogue", ("2025-06-02", None), ("Suva", "FJ"),
        id="a day it begins on leaves its end untold"),
    pytest.param(
        "The 3rd Coastal Police Forum, which began on Monday in Suva, closes on Thursday.",
        "3rd Coastal Police Forum", ("2025-06-02", "2025-06-05"), ("Suva", "FJ"),
        id="the day it is said to close gives the end"),
    pytest.param(
        "The 3rd Coastal Police Forum opened on Friday in Suva and runs until Tuesday.",
        "3rd Coastal Police Forum", ("2025-05-30", "2025-06-03"), ("Suva", "FJ"),
        id="a weekday it runs until is the one after its start"),
    pytest.param(
        "The 7th Reef Safety Dialogue wrapped up yesterday in Apia.",
        "7th Reef Safety Dialogue", (None, "2025-06-01"), ("Apia", "WS"),
        id="a day it closes on leaves its start untold"),
    pytest.param(
        "The 7th Reef Safety Dialogue opens in Suva at 9:30 on Monday morning.",
        "7th Reef Safety Dialogue", ("2025-06-02", "2025-06-02"), ("Suva", "FJ"),
        id="opening at an hour is an occasion of that day"),
    pytest.param(
        "According to the Fisheries Ministry on Friday, ministers will attend the 7th Reef Safety Dialogue in "
        "Apia on 12 June.",
        "7th Reef Safety Dialogue", ("2025-06-12", "2025-06-12"), ("Apia", "WS"),
        id="the day of the report is not the event's (attribution first)"),
    pytest.param(
        "The Fisheries Ministry said on Friday that the 7th Reef Safety Dialogue had been postponed.",
        "7th Reef Safety Dialogue", (None, None), None,
        id="the day something was said is not the event's"),
    pytest.param(
        "The 4th Harbour Safety Meeting will be held on 12 June, it was announced on Friday in Suva.",
        "4th Harbour Safety Meeting", ("2025-06-12", "2025-06-12"), None,
        id="where it was announced is not where it happens"),
    pytest.param(
        "Fisheries Minister Tom Kala left Suva on Saturday for Apia to attend the 7th Reef Safety Dialogue.",
        "7th Reef Safety Dialogue", (None, None), ("Apia", "WS"),
        id="the day of leaving for a meeting is not the meeting's (the place gone to is)"),
    pytest.param(
        "Fisheries Minister Tom Kala left Suva on Saturday to attend the 7th Reef Safety Dialogue. "
        "The dialogue will take place in Apia on 3 June.",
        "7th Reef Safety Dialogue", ("2025-06-03", "2025-06-03"), ("Apia", "WS"),
        id="the next sentence then tells the meeting's own day and town"),
    pytest.param(
        "Fiji's Foreign Minister Tomasi Vula will arrive in Apia on Sunday for a three-day official visit.",
        "three-day official visit", ("2025-06-08", None), ("Apia", "WS"),
        id="a journey starts on the day of arriving; its length is no date and gives no end"),
    pytest.param(
        "Fisheries Minister Tom Kala will visit Apia, Samoa from 4 to 6 June.",
        "visit to Apia", ("2025-06-04", "2025-06-06"), ("Apia", "WS"),
        id="a journey goes where its mention says"),
    pytest.param(
        "Tonga's Prime Minister paid a visit to Suva on 2 June. It was the first such visit since the signing "
        "of the Suva Fisheries Accord on 4 March 2021.",
        "visit to Suva", ("2025-06-02", "2025-06-02"), ("Suva", "FJ"),
        id="a date after since is a point of reference"),
    pytest.param(
        "The ministers will also prepare for the 9th Harbour Trade Summit, which opens in Suva on 3 July.",
        "9th Harbour Trade Summit", ("2025-07-03", None), ("Suva", "FJ"),
        id="an event in a relative clause opens on its own day"),
    pytest.param(
        "The 9th Harbour Trade Summit will be held on 3 May and 4 May in Apia.",
        "9th Harbour Trade Summit", ("2025-05-03", "2025-05-04"), ("Apia", "WS"),
        id="two days joined by and"),
    pytest.param(
        "Delegates are in Apia for the 12th Ocean Science Conference and the 3rd Island Youth Forum.\n\n"
        "The two events will take place from 4 to 6 June.",
        "3rd Island Youth Forum", ("2025-06-04", "2025-06-06"), ("Apia", "WS"),
        id="the two events in the next paragraph refer back"),
    pytest.param(
        "The 12th Ocean Science Conference will be held in Apia. It will be followed by the 3rd Island Youth "
        "Forum on 9 June.",
        "3rd Island Youth Forum", ("2025-06-09", "2025-06-09"), None,
        id="an event set after another does not take its place"),
    pytest.param(
        "The 9th Harbour Trade Summit will be held in Suva on 3 July. It will be preceded by the 2nd Harbour "
        "Officials Meeting.",
        "2nd Harbour Officials Meeting", (None, None), None,
        id="an event set before another takes neither its day nor its place"),
    pytest.param(
        "The 12th Ocean Science Conference will be held in Apia on 4 June. The 3rd Island Youth Forum will take "
        "place on 5 June.",
        "3rd Island Youth Forum", ("2025-06-05", "2025-06-05"), None,
        id="an event on another day does not take the place of the one before"),
    pytest.param(
        "The 9th Harbour Trade Summit opens in Suva on 3 July. The 2nd Harbour Youth Forum will also take place "
        "on 3 July.",
        "2nd Harbour Youth Forum", ("2025-07-03", "2025-07-03"), ("Suva", "FJ"),
        id="an event of the same day takes the place of the one before"),
    pytest.param(
        "The 4th Harbour Safety Meeting and the 2nd Coastal Radio Dialogue will both be held in Apia, in 2027.",
        "4th Harbour Safety Meeting", ("2027", "2027"), ("Apia", "WS"),
        id="a year after events listed together is each one's"),
    pytest.param(
        "The 4th Harbour Safety Meeting discussed next month's summit in detail.",
        "4th Harbour Safety Meeting", (None, None), None,
        id="a possessive date belongs to the noun after it"),
    pytest.param(
        "Minister Tom Kala attended a series of meetings in Apia on 4 June, including the 4th Harbour Safety "
        "Meeting.",
        "4th Harbour Safety Meeting", ("2025-06-04", "2025-06-04"), ("Apia", "WS"),
        id="a generic plural claims nothing from the events it covers"),
    pytest.param(
        "Trade ministers signed the Pacific Fish Trade Agreement at the Grand Pacific Hall in Suva. "
        "Fisheries Minister Tom Kala attended the signing ceremony on 2 May.",
        "signing ceremony", ("2025-05-02", "2025-05-02"), ("Suva", "FJ"),
        id="a signing ceremony is where the document was signed"),
    pytest.param(
        "Fisheries Minister Tom Kala on Sunday evening arrived in Apia for the 7th Reef Safety Dialogue.",
        "7th Reef Safety Dialogue", (None, None), ("Apia", "WS"),
        id="the day of arriving told before its verb is not the meeting's"),
    pytest.param(
        "The 4th Harbour Safety Meeting is under way in Suva.\n\nThe meeting opened on Monday in the run up to "
        "the 9th Harbour Trade Summit.",
        "4th Harbour Safety Meeting", ("2025-06-02", None), ("Suva", "FJ"),
        id="a sentence opening on the head noun tells its day though it names a later event"),
    pytest.param(
        "The 4th Harbour Safety Meeting is under way in Suva.\n\nThe meeting opened on Monday in the run up to "
        "the 9th Harbour Trade Summit.",
        "9th Harbour Trade Summit", (None, None), None,
        id="an event introduced as the next occasion takes neither the day nor the place before"),
    pytest.param(
        "Trade ministers met in Suva on 3 July in preparation for the 9th Harbour Trade Summit.",
        "9th Harbour Trade Summit", (None, None), None,
        id="a meeting in preparation for an event lends it neither day nor place"),
    pytest.param(
        "The 4th Harbour Safety Meeting opened in Suva on Monday.\n\nThe meeting ends on Friday, ahead of the "
        "9th Harbour Trade Summit.",
        "4th Harbour Safety Meeting", ("2025-06-02", "2025-06-06"), ("Suva", "FJ"),
        id="the day it ends, told before a later event"),
    pytest.param(
        "The minister will fly to Apia for a reception on Monday evening, before the 2nd Samoa Trade Dialogue on "
        "Tuesday morning and the 5th Pacific Ports Forum.",
        # the day is the reception's; the town the minister flies to holds all three
        "5th Pacific Ports Forum", (None, None), ("Apia", "WS"),
        id="a day before 'before' and a dated event is not the events' after it"),
    pytest.param(
        "The accord was signed at the Grand Pacific Hall in Suva on Monday, after talks between Fisheries Minister "
        "Tom Kala and his Tongan counterpart Sione Vea.",
        "talks between Fisheries Minister Tom Kala and his Tongan counterpart Sione Vea",
        ("2025-06-02", "2025-06-02"), ("Suva", "FJ"),
        id="after an undated event the day and place are still shared"),
    pytest.param(
        "The 9th Harbour Trade Summit will be held on Monday, 9 June  and Tuesday, 10 June in Apia.",
        "9th Harbour Trade Summit", ("2025-06-09", "2025-06-10"), ("Apia", "WS"),
        id="two days joined by and across a double space"),
    pytest.param(
        "The 9th Harbour Trade Summit will take place in Apia on Saturday and Monday this week.",
        "9th Harbour Trade Summit", ("2025-06-07", "2025-06-09"), ("Apia", "WS"),
        id="a weekday joined after another is the one after it"),
    pytest.param(
        "The 9th Harbour Trade Summit opened in Suva on Monday. Ministers adopted the report of the 2nd Harbour "
        "Officials Meeting.",
        "2nd Harbour Officials Meeting", (None, None), None,
        id="a meeting whose report is read is an earlier occasion, not held at the summit's place"),
    pytest.param(
        "The 31st Lake Chad Council opened in N'Djamena on Monday. Members will weigh the outcome of the 7th "
        "Lake Chad Experts Meeting.",
        "7th Lake Chad Experts Meeting", (None, None), None,
        id="a meeting whose outcome is weighed is an earlier occasion"),
    pytest.param(
        "The 31st Lake Chad Council opened in N'Djamena on Monday. Its agenda lists the budget; Report of the "
        "7th Lake Chad Experts Meeting; and the audit.",
        "7th Lake Chad Experts Meeting", (None, None), None,
        id="a record noun opening an item of a list: an earlier occasion"),
    pytest.param(
        "The 31st Lake Chad Council opened in N'Djamena on Monday. It will consider the budget, Report of the "
        "7th Lake Chad Experts Meeting, and the audit.",
        "7th Lake Chad Experts Meeting", (None, None), None,
        id="a record noun opening an item of a comma list: an earlier occasion"),
    pytest.param(
        "Ministers at the 4th Harbour Safety Meeting reviewed three reports: the audit for the year ended 30 April; "
        "the report of the 2nd Coastal Radio Dialogue; and a staff plan.",
        "2nd Coastal Radio Dialogue", (None, None), None,
        id="a date in another item of a semicolon list is not the event's"),
    pytest.param(
        "The 4th Harbour Safety Meeting will be held from 3 to 5 June; the 2nd Coastal Radio Dialogue will follow "
        "on 6 June.",
        "2nd Coastal Radio Dialogue", ("2025-06-06", "2025-06-06"), None,
        id="a date in the event's own item after a semicolon is its"),
    pytest.param(
        "The 3rd Coastal Police Forum opened in Suva on Monday. It runs until Saturday.",
        "3rd Coastal Police Forum", ("2025-06-02", "2025-06-07"), ("Suva", "FJ"),
        id="the next sentence opening on it tells the day it runs until"),
    pytest.param(
        "The 3rd Coastal Police Forum opened in Suva on Monday. Minister Tom Kala spoke first. It runs until "
        "Saturday.",
        "3rd Coastal Police Forum", ("2025-06-02", None), ("Suva", "FJ"),
        id="a pronoun two sentences on may speak of something else"),
    pytest.param(
        "The 3rd Coastal Police Forum, which runs until Friday, opened in Suva on Monday.",
        "3rd Coastal Police Forum", ("2025-06-02", "2025-06-06"), ("Suva", "FJ"),
        id="the day it runs until, told first, is its end and the day it opened its start"),
    pytest.param(
        "Trade ministers signed the fisheries accord at the Harbour Hotel in Lautoka on 30 May, on the margins of "
        "the 12th Coral Reef Summit.",
        "12th Coral Reef Summit", (None, None), ("Lautoka", "FJ"),
        id="a day told before 'on the margins of' an event is the side occasion's, not the host's; its town is both's"),
    pytest.param(
        "Officials held a bilateral meeting on Friday on the sidelines of the 4th Oceans Ministerial Forum, "
        "which opened in Nadi on Thursday.",
        "4th Oceans Ministerial Forum", ("2025-05-29", None), ("Nadi", "FJ"),
        id="the host keeps its own day told after it"),
    pytest.param(
        "Senior officials from twelve states gathered in Honiara last week. The Coastal Officials Meeting met on "
        "28 May, and the Ocean Ministers Meeting was held on 30 May.",
        "Ocean Ministers Meeting", ("2025-05-30", "2025-05-30"), ("Honiara", "SB"),
        id="a place told in a sentence with no date carries to each meeting after it, whatever its day"),
    pytest.param(
        "Fiji will host the 10th Reef Leaders Summit in Suva, the minister said. On Friday, the foreign minister "
        "held talks with his Tongan counterpart Sione Vea.",
        "talks with his Tongan counterpart Sione Vea", ("2025-05-30", "2025-05-30"), None,
        id="an event announced to come lends no place to one already held"),
    pytest.param(
        "Fiji will host the 10th Reef Leaders Summit in Suva, the minister said. The 4th Reef Officials Meeting "
        "will open on 20 June.",
        "4th Reef Officials Meeting", ("2025-06-20", None), ("Suva", "FJ"),
        id="... but carries it to another still to come"),
    pytest.param(
        "Officials welcomed the delegates upon their arrival at the airport in Suva on Sunday. The 9th Tuna "
        "Council Meeting will review catch quotas.",
        "9th Tuna Council Meeting", (None, None), ("Suva", "FJ"),
        id="the day of an arrival is the journey's, not the meeting's; the town arrived at is its"),
    pytest.param(
        "The two ministers held bilateral talks at the just-ended 5th Lake Basin Summit in Kisumu, Kenya.",
        "bilateral talks", (None, None), ("Kisumu", "KE"),
        id="talks held at an event with a participle before its name take its place"),
    pytest.param(
        "Premier Ana Lee will arrive in Apia on Tuesday for a three-day state visit.\n\nThe programme was agreed "
        "last week.\n\nOfficials said she will tour Apia and Savaii from 3 to 5 June.",
        "three-day state visit", ("2025-06-03", "2025-06-05"), ("Apia", "WS"),
        id="a later sentence telling the journey by its verb gives the period that holds its first day"),
    pytest.param(
        "The 5th Border Security Meeting reviewed the bombing in April and agreed on new patrols.",
        "5th Border Security Meeting", (None, None), None,
        id="a date right after an incident's noun and 'in' is the incident's time, not the meeting's"),
    pytest.param(
        "The ministers held talks in Kabul to discuss relief for the victims of the earthquake in March.",
        "talks in Kabul", (None, None), ("Kabul", "AF"),
        id="... also at the end of a purpose clause"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_event_attributes(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue


def test_a_date_before_and_one_after_go_to_their_own_events(event_named, extract_text):
    """ "X on DATE and Y from DATE": each event keeps the date written after it."""
    record = extract_text("Ministers will attend the 9th Harbour Trade Summit on 12-13 June and make an official "
                          "visit to Tonga from 11 to 17 June.")
    assert (event_named(record, "official visit to Tonga").start, event_named(record, "official visit to Tonga").end) == (
        "2025-06-11", "2025-06-17")
    assert event_named(record, "9th Harbour Trade Summit").start == "2025-06-12"


@pytest.mark.parametrize("text, period", [
    pytest.param("The 5th Pacific Ports Forum will be held\nin Apia on 3 June.", ("2025-06-03", "2025-06-03"),
                 id="a line wrapped inside the sentence goes on speaking of the event"),
    pytest.param("The 5th Pacific Ports Forum was announced by Minister Tom Kala.\nMinisters met in Apia on 3 June.",
                 (None, None), id="a line break after a full stop still ends the paragraph"),
    pytest.param("The 5th Pacific Ports Forum (PPF)\nwill begin on Tuesday 3 June.", ("2025-06-03", None),
                 id="a line ending on a bracket is wrapped too"),
])
def test_hard_wrapped_lines(event_named, extract_text, text, period):
    event = event_named(extract_text(text), "5th Pacific Ports Forum")
    assert (event.start, event.end) == period
