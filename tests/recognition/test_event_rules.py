"""Event recognition rules on sentences written for these tests: table-driven.

Each rule has cases it must find (name as a substring of a found event's name or equal to it)
and cases where it must find nothing of that kind."""
import pytest

FOUND = [
    # trade missions
    ("The mayor will lead a Texas trade and investment mission to Brazil in May.", "trade and investment mission"),
    ("She joined a business mission to Nairobi last week.", "business mission"),
    # hyphenated modifiers that are not durations
    ("Ministers spoke at a high-level ministerial dialogue on ocean finance in Lisbon.", "high-level ministerial dialogue"),
    ("Exporters may join a follow-up investors' round table in Perth in July.", "follow-up investors' round table"),
    # a duration modifies a visit
    ("The admiral's three-day visit to Manila ends on Friday.", "three-day visit to Manila"),
    # "round of" with a modifier before the head
    ("Both parties agreed to a new round of cease-fire talks in Geneva.", "round of cease-fire talks"),
    # a clause saying the event happens
    ("The minister will address the high-level segment, which will be held on 3 May.", "high-level segment"),
    ("The accord crowns years of direct talks that began in Oslo in 2019.", "direct talks"),
    # signings that are ceremonies
    ("The two leaders witnessed the signing of the Treaty on Maritime Boundaries in Dili.", "signing"),
    ("The signing took place at the State House on Monday.", "signing"),
    # bodies that meet
    ("The Joint Border Security Group (JBSG) will meet in Quito from May 3 to 5.", "Joint Border Security Group"),
    ("Heads of government meet in Copenhagen today for the Nordic Council.", "Nordic Council"),
    # the people who meet, written in lowercase
    ("The navies will hold a meeting of naval planners in Varna on 3 May.", "meeting of naval planners"),
    # a named group of people meets
    ("She will attend the Visegrad Group foreign ministers' meeting in Prague.", "Visegrad Group foreign ministers' meeting"),
    # an ordinal and an acronym defined over a hyphenated name
    ("The 8th Kenya-Tanzania Border Security Meeting (KTBSM) ended today. The 9th KTBSM will be held "
     "in Arusha next year.", "9th KTBSM"),
    # a numbered meeting of an event
    ("He spoke after chairing the festival's second planning meeting yesterday.", "second planning meeting"),
    # a time possessive before a described event
    ("The budget was approved at today's cabinet meeting in Chisinau.", "cabinet meeting"),
    # a document signed "at a ceremony" names a signing ceremony
    ("The envoys signed the fisheries accord at a ceremony at the Harbour Hall in Apia.", "signing ceremony"),
    # an ordinal written as a word before a capitalised head alone, or before a body
    ("Officials recalled the pact adopted at the third Forum in Honiara in 2022.", "third Forum"),
    ("She will chair the first Foreign Affairs Council of the Maltese Presidency in Brussels.",
     "first Foreign Affairs Council of the Maltese Presidency"),
    # an ordinal written as a word before an acronym whose long form meets
    ("The Joint Mining Commission (JMC) meets in Lima. The roadmap replaces the one agreed at the "
     "sixth JMC in Quito in 2021.", "sixth JMC"),
    # an en dash without spaces joins two names of one event
    ("Ministers met for the third Fiji\u2013Samoa Joint Ministerial Forum in Suva.", "third Fiji\u2013Samoa Joint Ministerial Forum"),
    # "the bloc's summit" is the summit of the body named before it in the sentence
    ("The text goes to Sica leaders at the bloc's summit in Quito on May 3.", "Sica summit"),
    # a body's modified sitting: "its plenary session"
    ("The chamber will vote during its plenary session from 7 to 10 May.", "plenary session"),
    # a tour of a named place
    ("The governor took the visitors on a tour of the Harbour District on Monday.", "tour of the Harbour District"),
    # a visit announced by its verb
    ("On May 10, the Fijian delegation will visit the Harbour Research Centre in Suva.",
     "visit to the Harbour Research Centre"),
    # "the signing ceremony" attended or spoken at, or said to be held
    ("The envoy spoke briefly at the signing ceremony on Friday.", "signing ceremony"),
    ("The signing ceremony was held at the Town Hall in Apia on Monday.", "signing ceremony"),
    # a visit made one by the place it goes to
    ("The accord was announced during the state visit to Peru of the Chilean president.", "state visit to Peru"),
    # talks after a preposition of time, with the people who talk
    ("Exports rose following talks in Lima between Trade Minister Ana Ruiz and her Chilean counterpart.", "talks"),
    # a building visited, told by the verb
    ("On Friday, the minister visited the Valparaiso Container Terminal Complex with port officials.",
     "visit to the Valparaiso Container Terminal Complex"),
    # the people an event is for; the topic of a numbered workshop set off by commas
    ("Farmers will hold a forum for smallholder growers at the Town Hall in Suva.", "forum for smallholder growers"),
    ("The second seminar, on coastal erosion and flood insurance, will be held in Apia in May.",
     "coastal erosion and flood insurance"),
    # an event head with the edition's number joined on
    ("Kenya will host COP31 in Nairobi next year.", "COP31"),
    # ordinals written as hyphenated words
    ("The sixty-third session of the Executive Board opens in Paris on Monday.", "sixty-third session of the Executive Board"),
    ("Delegates arrived for the twenty-second Ordinary Session of the Council.", "twenty-second Ordinary Session of the Council"),
    # a hyphenated lowercase word between a numeral ordinal and the head
    ("Ministers recalled the decisions of their 9th extra-ordinary session held in Suva on 3 May.",
     "9th extra-ordinary session"),
    # an office's series with an ordinal, or with a place and day, is the meeting reported
    ("Fiji was Chair of the 25th Coral Summit held in Suva on 3 May.", "25th Coral Summit"),
    ("He spoke as the chair of the Coral Ministers Meeting in Suva today.", "Coral Ministers Meeting"),
    ("Fiji was a member of the 25th Coral Summit held in Suva on 3 May.", "25th Coral Summit"),
    # the body's members meeting: its sitting
    ("Members of the Andean Coral Conference will meet in Lima next week.", "Andean Coral Conference"),
    # a body's sitting given a day after a place; a hyphenated word with a capitalised prefix
    ("The minister will attend the Ministerial Council of the Organisation for Trade and Co-operation in "
     "Oceania on 3-4 December.", "Ministerial Council of the Organisation for Trade and Co-operation"),
    # a head of two words keeps the place it goes to
    ("The minister's State Visit to Samoa on 3 May was a success.", "State Visit to Samoa"),
    ("The 4th high-level meeting took place in Lima on 2 May.", "4th high-level meeting"),
]


@pytest.mark.parametrize("text,name", FOUND)
def test_event_found(extract_text, text, name):
    names = [e.name for e in extract_text(text).events]
    assert any(name in n for n in names), names


NOT_EVENTS = [
    # a parliament named with an event head
    ("He called for closer ties between Laos's National Assembly and the Senate.", "Assembly"),
    ("The Legislative Assembly passed the bill on Tuesday.", "Assembly"),
    # festivals, showcases, expos, exhibitions, weeks, launches, exercises: no meeting (FACTS.md)
    ("Farmers will show their produce at the Borneo International Durian Festival in Sibu.", "Festival"),
    ("The firms will exhibit at the Pacific Seafood Showcase in Suva next month.", "Showcase"),
    ("The minister toured the Fiji Pavilion at the Pacific Expo in Auckland on Tuesday.", "Expo"),
    ("The ministry announced the 3rd Andean Energy Week in Quito from 4 to 7 November.", "Week"),
    ("Navies of the two states held the Joint Naval Exercise in Varna on Tuesday.", "Exercise"),
    ("The 5th Pacific Crafts Exhibition (PCE) opens in Suva on Monday. The PCE runs until Friday.", "PCE"),
    # a festival/showcase head inside a building name
    ("Delegates gathered at the Festival Hall Complex in Osaka.", "Festival"),
    # a mission that is a standing body, lowercase and without "trade"
    ("The UN peacekeeping mission reported calm in the region.", "mission"),
    # durations before heads other than visits point back to a named event
    ("The three-day forum will also see the launch of a study.", "forum"),
    # manner compounds
    ("Ministers are holding a face-to-face meeting after two years.", "face-to-face"),
    # a signing welcomed, not witnessed; a signing of unnamed documents
    ("The ministers welcomed the signing of the Accord on Fisheries last year.", "signing"),
    ("They witnessed the signing of five cooperation documents.", "signing"),
    # a body that does not meet in the sentence
    ("The President of the Nordic Council welcomed the decision.", "Nordic Council"),
    ("The Joint Border Security Group said it was concerned.", "Group"),
    # a time possessive before a bare head refers back
    ("Reporters asked about Tuesday's talks.", "talks"),
    ("Leaders will consider the plan at next month's summit.", "summit"),
    # a requested meeting, a head modifying a noun, an apposition describing a named event
    ("The troika requested an urgent meeting of the heads of state.", "meeting"),
    ("The sides agreed to set up a consultation body on energy.", "consultation"),
    ("The Ocean Summit, a high-level segment attended by leaders, opens today.", "segment"),
    # lowercase words after "of" that are not people
    ("The forum called for a meeting of minds on trade.", "meeting"),
    # a person's first visit is counted by the person, and an apposition describes the named event
    ("The Prime Minister is on his first visit to Chile since taking office.", "first visit"),
    ("Ministers will meet at the Coral Triangle Retreat in Dili, the first major meeting under the new chair.",
     "first major meeting"),
    # a bracketed short form is the acronym of the event before it
    ("Ministers will meet at the Indian Ocean Ministers' Retreat (IOM Retreat) in May.", "IOM Retreat"),
    # the launch of an instrument is the instrument's news
    ("The forum will see the launch of the Blue Carbon Roadmap 2026-2030.", "launch"),
    # a clause that does not say the event happens
    ("The high-level segment that delegates want is not planned.", "segment"),
    # a ceremony with no signing in its sentence names no signing ceremony
    ("Guests attended a ceremony at the harbour in Apia.", "signing"),
    # "second" as a verb is no ordinal
    ("Tonga will second Forum staff to the secretariat in Suva.", "second"),
    # "the first X" cited as a series' founding edition
    ("The first JMC was held in 2010. The Joint Mining Commission (JMC) meets in Lima.", "first JMC"),
    # a place before "the bloc's" is not the bloc
    ("Peru urged the bloc's summit in Lima on May 3 to act.", "Peru"),
    # a body's bare sitting refers back
    ("The council postponed its session.", "session"),
    # a legislature after a possessive
    ("Peru's Congress must approve the deal.", "Congress"),
    # a tour of no named place
    ("He finished his tour of duty.", "tour"),
    # an invitation to visit, and a visit to nowhere named
    ("We invited the mayor to visit Lima in May.", "visit"),
    ("He said she will visit soon.", "visit"),
    # a signing ceremony only talked about; a ceremony that is not said to be held
    ("They discussed the signing ceremony planned for later.", "signing ceremony"),
    ("The ceremony was postponed until further notice.", "ceremony"),
    # a visit with no place it goes to refers back
    ("He recalled the official visit as a turning point.", "official visit"),
    # talks after a time preposition with nobody named
    ("Trade rose after talks led by the envoy.", "talks"),
    # a country visited in the past is background, not a visit reported
    ("In 2019 the minister visited the United States.", "visit"),
    # "for" a thing, not people; a topic after an unnumbered head is part of another event
    ("The fund set up a forum for dialogue.", "forum"),
    ("The summit closes with a session on battery recycling.", "session on battery"),
    # letters and a number that are no event's
    ("The ministers discussed the MH370 search.", "MH370"),
    # a number word that is not an ordinal
    ("The minister spoke for forty-five minutes about fisheries.", "forty-five"),
    # a word ordinal before a hyphenated word: a person's first, not an edition
    # a bare head followed by "to" and a place: where the body sends someone, no "Summit to X"
    ("The 9th Coral Summit met in Suva on 3 May. Leaders heard a report on the mission sent by the "
     "Summit to Apia and Nuku'alofa.", "Summit to"),
    # a dinner or banquet with a capitalised name is no event of its own (FACTS.md)
    ("The President will attend a State Banquet hosted by the premier in Apia on 3 May.", "Banquet"),
    ("The Reef Partners Dinner will be held in Suva on Friday.", "Dinner"),
    # an office of a body, with a place and a day after it: no sitting
    ("The Speaker of the Legislative Council in Apia on Monday praised the budget.", "Legislative Council"),
    # the series an office presides over, named without an ordinal, place or day
    ("Fiji, the current Chair of the Coral Summit, will host the talks in Suva on 3 May.", "Coral Summit"),
    ("Norway spoke in its capacity as Co-Chair of the Reef Partners Forum (RPF).", "Reef Partners Forum"),
    # the body's officers, members and offices: no sitting (CHAIR_WORD general, secretary, member(s) ...)
    ("The minister met on Monday in Lima with Ana Rios, Secretary-General of the Andean Coral Conference.",
     "Andean Coral Conference"),
    ("Ian Poe, Director General of the Reef Partners Forum, spoke in Suva on Tuesday.", "Reef Partners Forum"),
    ("Fiji and Samoa are members of the Blue Ocean Forum as its current and past chairs, the minister said in "
     "Suva on 3 May.", "Blue Ocean Forum"),
    ("The Secretariat of the Coral Summit opened an office in Apia.", "Coral Summit"),
    # one officer meeting others is no sitting of the body
    ("The Secretary-General of the Andean Coral Conference will meet ministers in Lima.", "Andean Coral Conference"),
    ("It was her first in-person meeting with the envoys, who came to Suva on 3 May.", "in-person meeting"),
]


@pytest.mark.parametrize("text,word", NOT_EVENTS)
def test_not_an_event(extract_text, text, word):
    names = [e.name for e in extract_text(text).events]
    assert not any(word in n for n in names), names


def test_bracketed_short_form_is_the_acronym(extract_text):
    events = extract_text("Ministers will meet at the Indian Ocean Ministers' Retreat (IOM Retreat) in May.").events
    assert [(e.name, e.acronym) for e in events] == [("Indian Ocean Ministers' Retreat", "IOM Retreat")]


ONE_EVENT = [
    # a description of a named event in other words
    ("Chile will convene a special meeting of Andean trade ministers in Lima on Monday. The Special "
     "Andean Trade Ministers' Meeting (SATMM) will adopt a plan.", "Special Andean Trade Ministers' Meeting", "SATMM"),
    # an acronym inside a name, spelt out elsewhere
    ("Kenya will host an Extraordinary Summit of the East African Community (EAC) in May. The "
     "Extraordinary EAC Summit will discuss security.", "Extraordinary Summit of the East African Community", "EAC"),
    # a numbered short form after the name, and alone later
    ("The minister will attend the Andean Climate Conference COP12 in Lima.", "Andean Climate Conference", "COP12"),
    ("The 12th Conference of the Parties (COP12) opens in Lima on Monday. The minister who will preside "
     "over COP12 spoke today.", "12th Conference of the Parties", "COP12"),
    # "<Body> meeting" is the sitting of that body the text names ("session" or "meeting" alike)
    ("The 23rd Ordinary Session of the Coral Council will open today in Suva. The Coral Council "
     "meeting will elect four judges.", "23rd Ordinary Session of the Coral Council", None),
    ("Delegates at the Reef Council of Ministers session. The 27th ordinary meeting of the Reef "
     "Council of Ministers ended in Apia on Friday.", "27th ordinary meeting of the Reef Council of Ministers", None),
]


@pytest.mark.parametrize("text,name,acronym", ONE_EVENT)
def test_mentions_of_one_event_are_grouped(extract_text, text, name, acronym):
    events = extract_text(text).events
    assert [(e.name, e.acronym) for e in events] == [(name, acronym)]


def test_body_meeting_with_two_named_sittings_stays_apart(extract_text):
    """Two sittings of the body are named: which one "the Coral Council meeting" is, is not said."""
    text = ("The 23rd Ordinary Session of the Coral Council opens today in Suva after the 22nd Ordinary "
            "Session of the Coral Council closed in May. The Coral Council meeting will elect judges.")
    names = [e.name for e in extract_text(text).events]
    assert "Coral Council meeting" in names, names


def test_different_events_stay_apart(extract_text):
    text = ("Chile will convene a meeting of Andean trade ministers in Lima on Monday. The Andean "
            "Energy Ministers' Meeting follows on Tuesday.")
    assert len(extract_text(text).events) == 2


CLOSING_DAY = [
    # a later sentence names the event by its head noun and says when it ends
    ("The 5th Andean Energy Forum opened today in Quito. The forum, which runs until 12 June, "
     "will discuss grids.", "2025-06-09", "2025-06-12"),
    # the same sentence says when it opened and when it ends
    ("The 3rd session of the Chile-Peru Joint Commission, which opened on Monday, ends tomorrow.",
     "2025-06-09", "2025-06-11"),
    # negative: the closing day belongs to something that is not the event ("opened today":
    # the start only, the end untold)
    ("The 5th Andean Energy Forum opened today in Quito. Registration for the awards closes on 12 June.",
     "2025-06-09", None),
    # negative: too far away to be the same sitting
    ("The 5th Andean Energy Forum opened today in Quito. The forum's call for papers ends on 30 October.",
     "2025-06-09", None),
    # negative: no verb of opening, a one-day event
    ("The 5th Andean Energy Forum was held today in Quito. The forum's call for papers ends on 30 October.",
     "2025-06-09", "2025-06-09"),
]


@pytest.mark.parametrize("text,start,end", CLOSING_DAY)
def test_event_closing_day(extract_text, text, start, end):
    event = extract_text(text, published="2025-06-10" if "tomorrow" in text else "2025-06-09").events[0]
    assert (event.start, event.end) == (start, end)


def test_signing_ceremony_takes_the_day_of_signing(extract_text):
    text = ("Peru and Chile today signed a Memorandum of Understanding on Fisheries. "
            "The ministers exchanged the documents at a signing ceremony at the Lima Convention Centre.")
    event = next(e for e in extract_text(text, published="2025-06-09").events if "signing" in e.name)
    assert (event.start, event.end) == ("2025-06-09", "2025-06-09")


def test_other_event_does_not_take_the_day_of_signing(extract_text):
    text = ("Peru and Chile today signed a Memorandum of Understanding on Fisheries. "
            "The ministers will also attend a business forum at the Lima Convention Centre.")
    event = next(e for e in extract_text(text, published="2025-06-09").events if "forum" in e.name)
    assert event.start is None


def test_ceremony_of_signing_takes_the_day_of_signing(extract_text):
    text = ("Fiji and Tonga today signed a Memorandum of Understanding on Fisheries. "
            "The ministers signed the memorandum at a ceremony at the Suva Civic Centre.")
    event = next(e for e in extract_text(text, published="2025-06-09").events if e.name == "signing ceremony")
    assert (event.start, event.end) == ("2025-06-09", "2025-06-09")


YEAR_ONLY = [
    # a single year in the sentence dates an event when nothing finer is written
    ("Officials recalled the pact adopted at the third Forum in Honiara in 2022.", "third Forum", "2022"),
    ("The 7th Andean Energy Forum will be held in Lima next year.", "7th Andean Energy Forum", "2026"),
    # negative: a finer date wins over a year
    ("The 4th Pacific Energy Forum on 3 May 2025 reviewed progress made since 2019.", "4th Pacific Energy Forum",
     "2025-05-03"),
    # negative: a year inside an instrument's name is its period, not the event's date
    ("The 4th Pacific Energy Forum adopted the Blue Pacific Strategy 2050.", "4th Pacific Energy Forum", None),
]


@pytest.mark.parametrize("text,name,start", YEAR_ONLY)
def test_event_year_only(extract_text, text, name, start):
    event = next(e for e in extract_text(text, published="2025-06-09").events if e.name == name)
    assert event.start == start


def test_numbered_acronym_gives_the_ordinal(extract_text):
    events = extract_text("Kenya will host COP31 in Nairobi next year.").events
    assert [(e.name, e.acronym, e.ordinal) for e in events] == [("COP31", "COP31", 31)]


@pytest.mark.parametrize("text,ordinal", [
    ("The sixty-third session of the Executive Board opens in Paris on Monday.", 63),
    ("Delegates arrived for the twenty-second Ordinary Session of the Council.", 22),
    ("The thirteenth meeting of the working group ended in Suva.", 13),
])
def test_word_ordinals(extract_text, text, ordinal):
    assert [e.ordinal for e in extract_text(text).events] == [ordinal]
