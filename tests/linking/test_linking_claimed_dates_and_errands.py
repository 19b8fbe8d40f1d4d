"""Which day and place an event takes when two events share a sentence, or when the place is
told as where someone is on an errand; sentences written for these tests, published Monday
4 May 2026: (text, event name, (start, end), venue as (city, country) or None)."""
import pytest

CASES = [
    # a date the mention claims (after it) wins over one nearer to it that follows another
    # event and its verb ("While X, which ..., meets on 4 June, Y, which ..., opens on 6 June")
    ("While the 12th Meeting of the Fisheries Committee, which gathers deputy ministers, will be held on 4 June, "
     "the 9th Meeting of the Trade Council, which gathers ministers, will open on 6 June in Apia.",
     "9th Meeting of the Trade Council", ("2026-06-06", None), ("Apia", "WS")),
    ("While the 12th Meeting of the Fisheries Committee, which gathers deputy ministers, will be held on 4 June, "
     "the 9th Meeting of the Trade Council, which gathers ministers, will open on 6 June in Apia.",
     "12th Meeting of the Fisheries Committee", ("2026-06-04", "2026-06-04"), None),
    # a date before every event of the sentence is still shared
    ("On 8 June the minister will attend the 3rd Ocean Dialogue and chair the 5th Coastal Council Meeting.",
     "5th Coastal Council Meeting", ("2026-06-08", "2026-06-08"), None),
    # where a visitor is "on a visit" is where its events happen
    ("Minister Sara Okafor, who is in Montevideo on a three-day working visit, held talks with her Uruguayan "
     "counterpart on Tuesday.",
     "talks with her Uruguayan counterpart", ("2026-04-28", "2026-04-28"), ("Montevideo", "UY")),
    # a place opening a clause after "that" is the place of the events in the clause
    ("A spokesperson said that in Windhoek, the two presidents will hold talks on Thursday.",
     "talks", ("2026-05-07", "2026-05-07"), ("Windhoek", "NA")),
    # a date or place told before "decided to hold" is the decision's; after it, the event's
    ("The foreign ministers on Sunday decided to hold the 16th Coastal Summit in Apia.",
     "16th Coastal Summit", (None, None), ("Apia", "WS")),
    ("Meeting in Nadi on Friday, the ministers agreed to host the 5th Reef Conference in Suva in October.",
     "5th Reef Conference", ("2026-10", "2026-10"), ("Suva", "FJ")),
    ("The 5th Reef Conference opened in Suva on Friday, and delegates agreed to hold regular consultations.",
     "5th Reef Conference", ("2026-05-01", None), ("Suva", "FJ")),
    # the date of an earlier schedule ("scheduled in June but was postponed", "postponed from")
    # gives way to the new one; "postponed to" tells the new one; a lone date stays
    ("The 7th Island Leaders Meeting, which was planned for August this year but was postponed after the "
     "cyclone, will now take place in March next year in Honiara.",
     "7th Island Leaders Meeting", ("2027-03", "2027-03"), ("Honiara", "SB")),
    ("The 4th Reef Forum, postponed from 12 May, will open on 19 May in Suva.",
     "4th Reef Forum", ("2026-05-19", None), ("Suva", "FJ")),
    ("The 4th Reef Forum has been rescheduled to 19 May.", "4th Reef Forum", ("2026-05-19", "2026-05-19"), None),
    # a headline that says the event opens or closes (present tense) dates it by the story's day
    ("Pacific Fisheries Ministers Meeting opens in Apia, Samoa\n\nMinisters from twelve states will review tuna quotas.",
     "Pacific Fisheries Ministers Meeting", ("2026-05-04", None), ("Apia", "WS")),
    ("Coastal Summit concludes with Apia declaration\n\nLeaders adopted a declaration on plastics.",
     "Coastal Summit", (None, "2026-05-04"), None),
    ("Pacific Fisheries Ministers Meeting opened in Apia, Samoa\n\nMinisters from twelve states reviewed tuna quotas.",
     "Pacific Fisheries Ministers Meeting", (None, None), ("Apia", "WS")),
    # a mention introduced by a word of sequence tells the date after the mentions named plainly
    ("Officials spoke at the experts' meeting that preceded the 3rd Session of the Kenya-Rwanda Joint Commission "
     "on Monday. The Joint Commission session will be held in Kigali on 20 May.",
     "3rd Session of the Kenya-Rwanda Joint Commission", ("2026-05-20", "2026-05-20"), ("Kigali", "RW")),
    # "while staying in X from 6 to 8 May": the stay's period is the journey's, not the talks'
    ("The foreign minister left Suva last night to pay an official visit to Japan. While staying in Japan from "
     "3 to 6 May, she will hold official talks with her Japanese counterpart.",
     "official visit to Japan", ("2026-05-03", "2026-05-06"), (None, "JP")),
    ("The foreign minister left Suva last night to pay an official visit to Japan. While staying in Japan from "
     "3 to 6 May, she will hold official talks with her Japanese counterpart.",
     "official talks with her Japanese counterpart", (None, None), (None, "JP")),
    ("During her stay, the minister held talks with the prime minister in Tokyo on 30 April.",
     "talks", ("2026-04-30", "2026-04-30"), ("Tokyo", "JP")),
    # a building set off from its town by ", in": the event is in that town, not the dateline's
    ("LUSAKA, 4 May 2026 -- The envoy held talks with the president at State House, in Lilongwe, Malawi, on Monday.",
     "talks", ("2026-05-04", "2026-05-04"), ("Lilongwe", "MW")),
]


@pytest.mark.parametrize("text,name,period,venue", CASES)
def test_claimed_dates_and_errands(event_named, extract_text, text, name, period, venue):
    event = event_named(extract_text(text, published="2026-05-04"), name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue


#: (text, [(event name, (start, end), venue as (city, country) or None)] expected in order)
SEPARATE = [
    # a later short description held with someone else is another event, whose day and place
    # do not move to the first ("a bilateral meeting with A in X ... a bilateral meeting with B
    # on 14 May in Y"), whether the other party is recognised as an official or not
    ("While in Nadi, the minister will hold a bilateral meeting with Foreign Minister Ana Rios.\n\n"
     "She will then visit Apia, Samoa, for a bilateral meeting with her counterpart there, Tui Fonoti on 14 May.",
     [("bilateral meeting with Foreign Minister Ana Rios", (None, None), ("Nadi", "FJ")),
      ("bilateral meeting", ("2026-05-14", "2026-05-14"), ("Apia", "WS"))]),
    # the same party named again: one event
    ("While in Nadi, the minister will hold a bilateral meeting with Foreign Minister Ana Rios on 12 May.\n\n"
     "The bilateral meeting with Rios will focus on fisheries.",
     [("bilateral meeting with Foreign Minister Ana Rios", ("2026-05-12", "2026-05-12"), ("Nadi", "FJ"))]),
]


@pytest.mark.parametrize("text,expected", SEPARATE)
def test_descriptions_with_other_parties_stay_apart(extract_text, text, expected):
    events = extract_text(text, published="2026-05-04").events
    found = [(e.name, (e.start, e.end), None if e.venue is None else (e.venue.city, e.venue.country))
             for e in events if "meeting" in e.name]
    assert found == expected


def test_a_hyphened_word_names_the_same_edition(extract_text):
    """ "the 9th Extra-Ordinary Session of the Council" in a headline and "its 9th extraordinary
    summit" in the body are one event, which takes the body's day and place."""
    text = ("Communique of the 9th Extra-Ordinary Session of the Lake Basin Council\n\n"
            "The heads of state held their 9th extraordinary summit in Kampala, Uganda on 2 May 2026 to discuss water levels.")
    events = extract_text(text, published="2026-05-04").events
    assert [(e.name, e.start, e.venue.city if e.venue else None) for e in events] == [
        ("9th Extra-Ordinary Session of the Lake Basin Council", "2026-05-02", "Kampala")]
