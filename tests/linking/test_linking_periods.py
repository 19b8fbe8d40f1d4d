"""Event start, end and venue when the text tells them in pieces (issue 10, event attributes on
unseen press), on sentences written for these tests: a mention of an earlier edition of the same
event; a date that follows another event of the sentence; a day whose full period the text gives
elsewhere ("today (5 to 8 May)", "The two-day summit on ..."). Published date of every case:
Monday 2 June 2025."""
import pytest


def _attributes(event):
    venue = None if event.venue is None else (event.venue.city, event.venue.country)
    return (event.start, event.end), venue


#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    pytest.param(
        "Samoa's trade minister will co-chair the Samoa-Tonga Trade Dialogue in Apia with his "
        "Tongan counterpart.\n\nThe last Samoa-Tonga Trade Dialogue was held in Nuku'alofa in March 2023.",
        "Samoa-Tonga Trade Dialogue", (None, None), ("Apia", "WS"),
        id="a mention of the last edition lends it neither its year nor its town"),
    pytest.param(
        "Officials confirmed that the Andean Water Council will meet again.\n\nThe previous session of the "
        "Andean Water Council took place in Quito on 14 October 2024.",
        "Andean Water Council", (None, None), None,
        id="the previous session of the same body is another edition"),
    pytest.param(
        "The Baltic Grid Committee met in Tallinn on 3 April 2024.",
        "Baltic Grid Committee", ("2024-04-03", "2024-04-03"), ("Tallinn", "EE"),
        id="an event with no other mention keeps what its own sentence says"),
    pytest.param(
        "Delegates recalled the 9th Lake Chad Basin Summit, which was held on 4 March 2024 in Niamey, and said "
        "they hoped the Abuja Ministerial Meeting would settle the water quotas.",
        "Abuja Ministerial Meeting", (None, None), ("Abuja", "NG"),
        id="a date after another event of the sentence is that event's; its town is the one it is named after"),
    pytest.param(
        "On 3 June 2025 the minister will attend the 2nd Coral Reef Forum and the Island Energy Conference.",
        "Island Energy Conference", ("2025-06-03", "2025-06-03"), None,
        id="a date before every event of the sentence is shared"),
    pytest.param(
        "GABORONE: The 12th SADC Energy Ministers' Meeting gets under way here today (2 to 4 June).",
        "12th SADC Energy Ministers' Meeting", ("2025-06-02", "2025-06-04"), ("Gaborone", "BW"),
        id="a bracketed period after the day gives the whole period"),
    pytest.param(
        "The 4th Nordic Arctic Summit kicks off today in Bergen. The two-day summit on 2-3 June brings together "
        "eight heads of government.",
        "4th Nordic Arctic Summit", ("2025-06-02", "2025-06-03"), ("Bergen", "NO"),
        id="a later sentence gives the period that holds the opening day"),
    pytest.param(
        "The 6th Caspian Shipping Forum opened in Baku on Monday. The three-day forum is chaired by the "
        "transport ministry.",
        "6th Caspian Shipping Forum", ("2025-06-02", None), ("Baku", "AZ"),
        id="a later sentence that refers back tells how many days it lasts, which is no end date"),
    pytest.param(
        "The 3rd Ghana-Togo Border Commission concluded in Lome on Friday. The two-day session reviewed customs "
        "cooperation.",
        "3rd Ghana-Togo Border Commission", (None, "2025-05-30"), ("Lomé", "TG"),
        id="a closing day is the end; a length does not count back to a start"),


    pytest.param(
        "Finance ministers will gather for the Paris Club meeting on debt relief, officials said.",
        "Paris Club meeting", (None, None), None,
        id="a town that names a body is not where it meets"),
    pytest.param(
        "The foreign minister will travel to Ghana to attend the 5th Ghana-Liberia Joint Commission.\n\n"
        "The 5th Ghana-Liberia Joint Commission will be held at the Accra International Conference Centre "
        "in Accra.",
        "5th Ghana-Liberia Joint Commission", (None, None), ("Accra", "GH"),
        id="a later mention's sentence gives the town in the country first named"),
    pytest.param(
        "The Tongan foreign minister travels to Fiji this week for the 3rd Fiji-Tonga Joint Commission.\n\n"
        "The 3rd Fiji-Tonga Joint Commission will be held from 5 to 6 June at the Grand Pacific Hotel in Suva. "
        "A meeting of senior officials on 5 June will precede the ministerial session.",
        "meeting of senior officials", ("2025-06-05", "2025-06-05"), ("Suva", "FJ"),
        id="the town told with the event's own name carries to the next event, not the country first named"),
    pytest.param(
        "The trade minister will pay an official visit to Kenya on 4 June 2025. As part of the visit, he will "
        "open a trade office in Mombasa.",
        "official visit to Kenya", ("2025-06-04", "2025-06-04"), (None, "KE"),
        id="a town a visit takes in is a stop, not its place"),
    pytest.param(
        "Pacific leaders to attend the Blue Economy Summit\n\nThe 9th Pacific Ports Forum opened in Suva on "
        "Monday.",
        "Blue Economy Summit", (None, None), None,
        id="a headline's event takes no place the story tells below it"),
    pytest.param(
        "Ministers will attend the 8th Caribbean Tourism Summit in Kingston next month. The summit is due to run "
        "from 14 to 16 July.",
        "8th Caribbean Tourism Summit", ("2025-07-14", "2025-07-16"), ("Kingston", "JM"),
        id="days told later within the month first given"),
    pytest.param(
        "The board reviewed the annual report for the year ended 31 March 2025 at the 12th Nile Basin Council "
        "meeting.",
        "12th Nile Basin Council meeting", (None, None), None,
        id="the close of an accounting period is no event's day"),
    pytest.param(
        "LUSAKA, May 30 (ZNA) -- The 3rd COMESA Health Ministers' Meeting, which brought together delegates from "
        "twelve states, has ended with a pledge on vaccines.",
        "3rd COMESA Health Ministers' Meeting", (None, "2025-05-30"), None,
        id="a lead sentence that says it closed closes it on the dateline's day"),
    pytest.param(
        "SUVA, 2 June 2025 -- Pacific fisheries officials gathered at the Grand Pacific Hotel.\n\nThe 5th Tuna "
        "Commission Technical Meeting opened with a call for tighter quotas.",
        "5th Tuna Commission Technical Meeting", ("2025-06-02", None), (None, "FJ"),
        id="the sentence after the dateline's opens it on the dateline's day"),
    pytest.param(
        "SUVA, 2 June 2025 -- Pacific fisheries officials gathered at the Grand Pacific Hotel. Talks covered "
        "quotas.\n\nSeparately, the 5th Tuna Commission Technical Meeting opened with a call for tighter quotas.",
        "5th Tuna Commission Technical Meeting", (None, None), (None, "FJ"),
        id="a sentence further down takes no day from the dateline (the lead's hotel is its place)"),
    pytest.param(
        "A spokesman wrote on Friday that the minister will attend the 4th Andean Mining Conference. The 4th "
        "Andean Mining Conference takes place on 10-11 June in Lima.",
        "4th Andean Mining Conference", ("2025-06-10", "2025-06-11"), ("Lima", "PE"),
        id="the day someone wrote is not the event's"),
    pytest.param(
        "State radio quoted the envoy as saying on Sunday that the 2nd Sahel Security Dialogue would open in "
        "Niamey on 20 June.",
        "2nd Sahel Security Dialogue", ("2025-06-20", None), ("Niamey", "NE"),
        id="the day of a quoted saying is not the event's"),
    pytest.param(
        "The two foreign ministers held talks on Friday.\n\nIn the meeting held at the Foreign Ministry in "
        "Windhoek, they reviewed border trade.",
        "talks", ("2025-05-30", "2025-05-30"), ("Windhoek", "NA"),
        id="a paragraph opening on 'In the meeting' goes on speaking of it"),
    pytest.param(
        "The minister will fly to Ghana on Tuesday for a two-day visit focused on cocoa.",
        "two-day visit", ("2025-06-03", None), (None, "GH"),
        id="a visit's country is where the traveller flies to"),
    pytest.param(
        "The Andean Community has finished preparing an emergency session of its Council of Foreign Ministers "
        "on the floods.\n\nConvened at the request of Peru, the session will be held on Thursday at the "
        "Community's headquarters in Lima.",
        "emergency session", ("2025-06-05", "2025-06-05"), ("Lima", "PE"),
        id="a later 'the session' tells the date and place of the session named before"),
    pytest.param(
        "Leaders will gather for the 3rd Baltic Energy Summit.\n\nOfficials said a working dinner is planned "
        "and that the summit opens in Riga on 12 June, while the Nordic Grid Forum meets in Oslo on 14 June.",
        "3rd Baltic Energy Summit", ("2025-06-12", None), ("Riga", "LV"),
        id="the day and place nearest the later 'the summit', not another event's"),
    pytest.param(
        "President Ruto travels to Japan next week to deepen trade ties.\n\nHis state visit will begin on "
        "9 June with a welcome ceremony.",
        "state visit", ("2025-06-09", None), (None, "JP"),
        id="a journey goes where the sentence just before it travels to"),
    pytest.param(
        "President Ruto attended the 4th Nile Water Summit in Kampala on 2 May.\n\nHis state visit will begin on "
        "9 June.",
        "state visit", ("2025-06-09", None), None,
        id="not the place of another event told just before"),
    pytest.param(
        "The 43rd Regular Meeting of the Andean Parliament will be held in Quito from Sunday, 8 June, to "
        "Tuesday, 10 June.",
        "43rd Regular Meeting of the Andean Parliament", ("2025-06-08", "2025-06-10"), ("Quito", "EC"),
        id="'from' one day 'to' another written as two dates"),
    pytest.param(
        "Pacific fisheries ministers met in Honiara on Friday to set new tuna quotas.\n\nThe 21st Forum "
        "Fisheries Committee Ministerial Meeting also approved the agency's budget.",
        "21st Forum Fisheries Committee Ministerial Meeting", ("2025-05-30", "2025-05-30"), ("Honiara", "SB"),
        id="a lead that names no event tells of the story's first event"),
    pytest.param(
        "The Foreign Minister left for Nairobi on Friday to attend regional talks.\n\nThe 21st Forum "
        "Fisheries Committee Ministerial Meeting also approved the agency's budget.",
        "21st Forum Fisheries Committee Ministerial Meeting", (None, None), None,
        id="a lead that tells a journey lends neither its day nor its place"),
    pytest.param(
        "Caribbean health ministers to meet in Castries on 12 June\n\nThe 7th CARICOM Health Ministers Meeting "
        "will review the region's vaccine strategy, the secretariat said.",
        "7th CARICOM Health Ministers Meeting", ("2025-06-12", "2025-06-12"), ("Castries", "LC"),
        id="a headline that names no event tells of the story's first event"),
]


@pytest.mark.parametrize("text, name, period, venue", CASES)
def test_event_period_and_venue(event_named, extract_text, text, name, period, venue):
    assert _attributes(event_named(extract_text(text), name)) == (period, venue)


def test_a_range_of_another_occasion_in_the_next_sentence_is_not_taken(event_named, extract_text):
    """ "The signing took place during the visit of 5 to 7 May": the range is the visit's."""
    record = extract_text(
        "The two ministers signed the Fisheries Agreement on 3 June 2025. The signing ceremony was held during "
        "the state visit of President Ana Ruiz to Lisbon on 3 to 5 June 2025.")
    assert (event_named(record, "signing ceremony").start, event_named(record, "signing ceremony").end) == (
        "2025-06-03", "2025-06-03")


def test_a_lead_tells_of_the_first_event_only(event_named, extract_text):
    """The lead's day goes to the story's first event, not to one named further down."""
    record = extract_text(
        "Pacific fisheries ministers met in Honiara on Friday.\n\nThe ministers also noted that the 4th Ocean "
        "Science Forum will be held in Apia in August.\n\nDelegates praised the hosts.\n\nThe 21st Forum "
        "Fisheries Committee Ministerial Meeting approved the budget.")
    forum = event_named(record, "4th Ocean Science Forum")
    assert (forum.start, forum.end) == ("2025-08", "2025-08")
    meeting = event_named(record, "21st Forum Fisheries Committee Ministerial Meeting")
    assert (meeting.start, meeting.end) == (None, None)


def test_two_events_sharing_an_ordinal_and_a_head_noun_stay_two(event_named, extract_text):
    """ "4th Tuna Forum" and "4th Coral Forum": an ordinal and a head noun in common make no one event."""
    record = extract_text("The 4th Tuna Forum opened on Thursday in Suva. The 4th Coral Forum is set to open on "
                          "Friday in Apia.")
    tuna, coral = event_named(record, "4th Tuna Forum"), event_named(record, "4th Coral Forum")
    assert (tuna.start, tuna.venue.city) == ("2025-05-29", "Suva")
    assert (coral.start, coral.venue.city) == ("2025-06-06", "Apia")
