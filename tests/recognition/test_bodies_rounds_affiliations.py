"""Names that end in an event head but name a body, numbered rounds of talks between two
named sides, and the places people work in (no venues). Sentences written for these tests."""
import pytest

EVENTS = [
    # the agent of organising is a body, also when it is listed after another organiser
    ("The trade fair, organised by the Harbour Merchants Guild and the Coral Coast Business Forum, "
     "closed in Apia on Sunday.", []),
    ("A seminar sponsored by the Northern Farmers Conference opened in Gulu on Monday.", []),
    # ... but a numbered name is a meeting all the same
    ("The side event was organised by the 7th Andean Youth Forum in Quito on Monday.",
     [("7th Andean Youth Forum", 7)]),
    # a body's name whose complement ends in an event head
    ("The Organization of the Nordic Conference welcomed the 3rd Baltic Summit in Riga on Friday.",
     [("3rd Baltic Summit", 3)]),
    ("A spokesman for the Association of Island Forum Members said the talks would go on.", []),
    # the Islamic Conference's Organisation is a body by the same rule (no list of its own)
    ("Envoys of the Organisation of the Islamic Conference met in Jeddah on Monday for the 9th "
     "Extraordinary Session.", [("9th Extraordinary Session", 9)]),
    # an ordinal before "round of <Side-Side> <head>" numbers the rounds of talks between them
    ("The fourth round of Ghana-Togo consultations was held in Lome on Thursday.",
     [("fourth round of Ghana-Togo consultations", 4)]),
    ("Negotiators said the 6th round of EU-Mercosur talks would take place in Montevideo in May.",
     [("6th round of EU-Mercosur talks", 6)]),
    ("The second round of Laos-Cambodia political consultations opened in Vientiane on Monday.",
     [("second round of Laos-Cambodia political consultations", 2)]),
    # ... and of a named event or sitting body: the round is the event, numbered by the ordinal
    ("The minister attended the third round of the Kenya-Uganda Joint Permanent Commission in Kampala "
     "on Monday.", [("third round of the Kenya-Uganda Joint Permanent Commission", 3)]),
    ("Officials prepared for the first round of the Chile-Peru Strategic Dialogue, to be held in Lima on 3 May.",
     [("first round of the Chile-Peru Strategic Dialogue", 1)]),
    ("She represented Ghana at the 11th round of Ghana-Nigeria Foreign Ministers Consultations in Abuja.",
     [("11th round of Ghana-Nigeria Foreign Ministers Consultations", 11)]),
]


@pytest.mark.parametrize("text,want", EVENTS)
def test_bodies_and_rounds(extract_text, text, want):
    assert [(e.name, e.ordinal) for e in extract_text(text).events] == want


VENUES = [
    # where a source or an official works is no venue; the place of the event still is
    ("A source in the Ghanaian Foreign Ministry said the summit would open in Accra on Monday.", ["Accra"]),
    ("An official at the Fijian Trade Ministry told the agency the forum opened in Suva on Monday.", ["Suva"]),
    ("Sources in Rabat said the ministerial meeting would be held at the Royal Palace on 3 June.",
     ["Royal Palace"]),
    # a delegate at a building is at the event held there
    ("Delegates at the Kigali Convention Centre opened the 4th Great Lakes Summit on Monday.",
     ["Kigali Convention Centre"]),
]


@pytest.mark.parametrize("text,want", VENUES)
def test_affiliation_is_no_venue(extract_text, text, want):
    assert [v.name for v in extract_text(text).venues] == want


NAMED_WITH_LOWERCASE_HEAD = [
    # a capitalised plural possessive names the people of a meeting written with a lowercase head
    ("Delegates arrived in Dakar for the ECOWAS Trade Ministers' meeting on Tuesday.",
     [("ECOWAS Trade Ministers' meeting", None)]),
    ("On the sidelines of the Nordic Defence Chiefs\u2019 meeting in Bergen, the two generals spoke.",
     [("Nordic Defence Chiefs\u2019 meeting", None)]),
    # "Meet" as a capitalised head names a meeting, as press in South Asia writes it
    ("The envoys spoke on the margins of the SAARC Home Ministers Meet in Thimphu on Friday.",
     [("SAARC Home Ministers Meet", None)]),
    # a word ordinal and an adjective before the name number the meeting
    ("The first virtual Gulf Energy Council (GEC) meeting opened in Manama yesterday.",
     [("first virtual Gulf Energy Council meeting", 1)]),
    # an adverb and a verb between an ordinal and the head number nothing
    ("The envoy said he would first hold talks with the Malian delegation in Bamako on Monday.",
     [("talks with the Malian delegation", None)]),
    # a person's visits are counted with digits too, no series' editions
    ("It was the 3rd official visit of the premier this year, after trips in May and June.", []),
    ("She landed in Hanoi on Sunday for her 2nd state visit to Vietnam.", [("state visit to Vietnam", None)]),
    # ... with no complement after the head, and after a name's possessive, and before a meeting
    ("The premier is now in Port Vila for her first official visit.", [("official visit", None)]),
    ("Ruto's first foreign visit took him to Kigali on 3 March.", [("foreign visit", None)]),
    ("On Monday the minister held his second working meeting with the Qatari envoy in Doha.",
     [("working meeting with the Qatari envoy", None)]),
    ("During the first official visit to Wellington by a Chilean president in ten years, trade rose on Friday.",
     [("official visit to Wellington", None)]),
    # a pair's or a body's ordinal numbers the editions of their series
    ("Chile, Peru and Bolivia held their first trilateral water talks in Arica last week.",
     [("first trilateral water talks", 1)]),
]


@pytest.mark.parametrize("text,want", NAMED_WITH_LOWERCASE_HEAD)
def test_named_with_lowercase_head(extract_text, text, want):
    assert [(e.name, e.ordinal) for e in extract_text(text).events] == want


HOSTS_AND_BUILDINGS = [
    # a relative pronoun makes the place the subject of "host", whatever stands before it
    ("The chair was handed to Vanuatu, which will host the 9th Melanesian Summit in August.", ["Vanuatu"]),
    ("Leaders thanked Tuvalu who will host the 3rd Atoll Leaders Meeting next year.", ["Tuvalu"]),
    # a lowercase building word after a demonym: the building of that state
    ("The second round of talks took place at the Bolivian consulate general on 3 May.",
     ["Bolivian consulate general"]),
    ("The ministers met at the Kenyan embassy in Kampala on Monday.", ["Kenyan embassy"]),
    # a day right after a building's name is not part of it
    ("The envoy will arrive at the Government House Thursday morning for talks with the Governor.",
     ["Government House"]),
    # a city right after a building's word is where the building is (its city, no venue of its own)
    ("The extraordinary session will be held on 3 May at the Gulf Secretariat Riyadh.", ["Gulf Secretariat"]),
    # ... unless a place follows the whole run, which is then the building's name
    ("Talks were held at the Palm Hotel Gold Coast City in Accra on Friday.", ["Palm Hotel Gold Coast City"]),
]


@pytest.mark.parametrize("text,want", HOSTS_AND_BUILDINGS)
def test_hosts_and_buildings(extract_text, text, want):
    assert [v.name for v in extract_text(text).venues] == want


HOLDERS = [
    # the subject of holding a meeting is a body; the meeting held is the event
    ("The Assembly of Heads of Government of the Coral Sea Community held an extraordinary session "
     "on 3 May in Honiara.", [("extraordinary session", None)]),
    ("The Andean Youth Forum will hold its 12th meeting in Cusco in September.", [("12th meeting", 12)]),
    # ... a numbered name holds a part of itself, and stays the event
    ("The 9th Andean Summit held a special session on water in La Paz on Monday.",
     [("9th Andean Summit", 9), ("special session on water", None)]),
    # ... and "held" after a name without a meeting is a passive of place
    ("The Andean Summit held in Lima on Monday adopted a declaration.", [("Andean Summit", None)]),
]


@pytest.mark.parametrize("text,want", HOLDERS)
def test_holder_of_a_meeting_is_a_body(extract_text, text, want):
    assert [(e.name, e.ordinal) for e in extract_text(text).events] == want


def test_weekday_between_a_name_and_a_verb_is_a_date(extract_text):
    """ "Minister X Monday held talks": the weekday says when (wire style), so the talks keep their
    day; a weekday inside a name stays no date."""
    talks = extract_text("Trade Minister Ana Lopes Tuesday held talks with her Peruvian counterpart Rosa Diaz.",
                         published="2025-06-05")
    assert [(d.start, d.end) for d in talks.dates] == [("2025-06-03", "2025-06-03")]
    assert [e.name for e in talks.events] == ["talks with her Peruvian counterpart Rosa Diaz"]
    assert extract_text("Pilgrims marked Good Friday prayers across the islands.").dates == []


def test_title_line_repeats_an_event_of_the_body(extract_text):
    """A described event in a sentence-case title is the body's event told again; alone, it stays."""
    both = extract_text("Ministers gather for a special session in Lusaka\n"
                        "The 14th Extraordinary Session of the Council of Ministers opens in Lusaka on Monday.")
    assert [e.name for e in both.events] == ["14th Extraordinary Session of the Council of Ministers"]
    alone = extract_text("Ministers gather for a special session in Lusaka\n\nThe session opens on Monday.")
    assert [e.name for e in alone.events] == ["special session in Lusaka"]


@pytest.mark.parametrize("text,want", [
    # bilateral meetings in the plural are several, one per partner: no one event
    ("On Tuesday in Lima she held bilateral meetings with her counterparts from Chile and Peru.", []),
    # ... a bilateral meeting is one
    ("On Tuesday in Lima she held a bilateral meeting with her Chilean counterpart Rosa Diaz.",
     ["bilateral meeting with her Chilean counterpart Rosa Diaz"]),
])
def test_bilateral_meetings_in_the_plural(extract_text, text, want):
    assert [e.name for e in extract_text(text).events] == want


@pytest.mark.parametrize("text,country", [
    # a known city's name before a comma and another state's name is that state's town
    ("The 5th Isthmus Forum opened in San Jose, Costa Rica, on Monday.", "CR"),
    ("The 9th Andean Summit opened in Valencia, Venezuela, on Monday.", "VE"),
    ("The 9th Iberian Summit opened in Valencia, Spain, on Monday.", "ES"),
    # a name written without accents like a bigger city's elsewhere: the state the story names
    ("The Costa Rican president hosted the 5th Isthmus Forum in San Jose on Monday.", "CR"),
    # ... a demonym inside an event's name names no state the story is about
    ("Tech firms gathered for the 5th Central American Forum in San Jose, the Californian city, on Monday.", "US"),
])
def test_city_of_the_state_the_text_names(extract_text, text, country):
    venue = next(v for v in extract_text(text).venues if v.city and v.city.startswith(("San", "Val")))
    assert venue.country == country


@pytest.mark.parametrize("text,want", [
    # a place after an incident is what is talked about, even with an event named before it
    ("After the 4th Sahel Summit the leaders condemned the military takeover in Bamako on Monday.", []),
    ("At the 2nd Levant Forum they recalled the explosion in the port of Tripoli.", []),
    ("Ministers met in Lima on Monday to discuss the elections in Bolivia.", ["Lima"]),
])
def test_incident_places_are_topics(extract_text, text, want):
    assert [v.name for v in extract_text(text).venues] == want


@pytest.mark.parametrize("text,want", [
    # four modifiers, one of them hyphenated, before a described head; "two-way" is no duration
    ("The two-way delegation level consultative meeting between Fiji and Tonga opened in Suva on Monday.",
     ["two-way delegation level consultative meeting between Fiji and Tonga"]),
    # ... a duration after "the" still points back to the event reported
    ("The two-day forum, which opened in Suva on Monday, ends on Wednesday.", []),
    # a place's name between a possessive and "visit" says where the visit goes
    ("The premier will begin her Pacific visit on Monday.", ["Pacific visit"]),
])
def test_long_modifiers_and_possessed_visits(extract_text, text, want):
    assert [e.name for e in extract_text(text).events] == want


@pytest.mark.parametrize("text,want", [
    # a fronted phrase before the comma is no name that the described event would describe
    ("After a request of the Omani side, the meeting of the Ministers of Trade took place in Muscat on 3 May.",
     ["meeting of the Ministers of Trade"]),
    # ... an apposition after a name still describes it
    ("The 7th Gulf Summit, a meeting of the region's rulers, opened in Doha on Monday.", ["7th Gulf Summit"]),
    # a bare "a meeting" that the text says is held, with its day
    ("The envoys discussed fisheries during a meeting held on Friday in Apia.", ["meeting"]),
    # "held a meeting" with its place or day right after it
    ("The two leaders held a meeting at the Coral Palace on Thursday to discuss trade.", ["meeting"]),
    ("SUVA - The premiers held a meeting on Thursday, officials said.", ["meeting"]),
    # ... not without them
    ("The premiers held a meeting to discuss trade, officials said.", []),
    ("The premiers held a meeting on trade, officials said.", []),
    # "talks held in <place>", "talks held on <day>" after a preposition
    ("Chile signed the Port Services Agreement with Fiji during bilateral talks held in Suva on Tuesday.",
     ["bilateral talks"]),
    # "of the" before a verb is no complement of the head
    ("She said the annual meetings of the island leaders show their resolve.", []),
])
def test_fronted_phrases_and_bare_held_meetings(extract_text, text, want):
    assert [e.name for e in extract_text(text).events] == want


@pytest.mark.parametrize("text,want", [
    # a body known by name (patterns/events.jsonl EVENT_BODY_NAME) is no event named alone
    ("Chile joined the Forum for East Asia-Latin America Cooperation, the minister said in Santiago on Monday.", []),
    ("The Conference on Disarmament ended its session without agreement, diplomats said on Friday.", []),
    # ... a numbered edition, a meeting said to happen, a longer name are events
    ("The 19th Asia Cooperation Dialogue opened in Tehran on Monday.", [("19th Asia Cooperation Dialogue", 19)]),
    ("Members of the Asia Cooperation Dialogue will meet in Doha on 5 June.", [("Asia Cooperation Dialogue", None)]),
    # a word of sitting or a month before a body's name makes it one sitting of the body
    ("Leaders gathered for the informal Nordic Council in Bergen on Thursday.", [("informal Nordic Council", None)]),
    ("Ministers prepared the October Andean Council, officials said in Lima on Monday.", [("October Andean Council", None)]),
    ("An extraordinary Arctic Council will meet in Tromso on 3 May.", [("extraordinary Arctic Council", None)]),
    # ... not without it
    ("Ministers prepared a report for the Andean Council, officials said in Lima on Monday.", []),
    # a body that meets in a session of its own: the session is the event, not the body
    ("The Regional Security Council (RSC) will convene its 52nd session in Lome on Monday.", [("52nd session", 52)]),
    ("The World Economic Forum Annual Meeting opened in Davos on Monday.",
     [("World Economic Forum Annual Meeting", None)]),
    # a regional body: its members, its chair and its membership are no sitting of it
    ("Nauru's decision to rejoin the Pacific Islands Forum was welcomed in Suva on Friday.", []),
    ("Pacific Island Forum countries met their partners in Apia on 3 May to discuss fisheries.", []),
    ("The 53rd Pacific Islands Forum Leaders Meeting will be held in Honiara in September.",
     [("53rd Pacific Islands Forum Leaders Meeting", 53)]),
    # ... attended, or said to be held, it is a sitting
    ("Samoa's deputy prime minister will attend the Pacific Islands Forum in Tonga, officials said.",
     [("Pacific Islands Forum", None)]),
    ("Talks in Apia on Monday prepared the International Energy Forum, which will be held in Riyadh.",
     [("International Energy Forum", None)]),
])
def test_bodies_known_by_name(extract_text, text, want):
    assert [(e.name, e.ordinal) for e in extract_text(text).events] == want


def test_places_coordinated_with_a_serial_comma_host_together(extract_text):
    """ "A, B, and C will host": the serial comma before "and" closes the same list."""
    article = extract_text("Ghana, Togo, and Benin will host the 5th Gulf of Guinea Summit in March.")
    assert [v.name for v in article.venues] == ["Ghana", "Togo", "Benin"]
