"""Where a named event's name ends, and capitalised heads that name no event. Sentences
written for these tests."""
import pytest

EXACTLY = [
    # an "and" right after the head ends the name: what follows is another thing
    ("He is a Special Envoy to the Coral Sea Forum and Tonga Ministry of Trade and Fisheries adviser.",
     [("Coral Sea Forum", None)]),
    # ... but a building's name goes on across it (no event)
    ("Delegates met at the Harbour Expo and Convention Centre in Apia on Monday.", []),
    # a capitalised head before a lowercase event head modifies it; the ordinal numbers the whole
    ("Ministers met in Riyadh on Monday for the 52nd Ministerial council meeting of the bloc.",
     [("52nd Ministerial council meeting", 52)]),
    # ... or before a lowercase noun: "at Foreign Ministerial level" names no event
    ("This trip at Foreign Ministerial level will open new doors, officials said in Colombo on Monday.", []),
    # ... but a numbered edition before such a noun is still that edition ("the Summit process")
    ("Talks in Male on Saturday opened the 12th Indian Ocean Rim Summit process, officials said.",
     [("12th Indian Ocean Rim Summit", 12)]),
    ("Talks in Male on Saturday opened the Indian Ocean Rim Summit process, officials said.", []),
    # a person's first summit is no edition of a series
    ("She said it would be his first Andean summit since taking office on 3 May.", []),
    # a debate is an event head
    ("The summit opens with a Special Debate on the Future of the Region in Abuja on Sunday.",
     [("Special Debate on the Future of the Region", None)]),
    # lowercase words between a name and its head only after an ordinal
    ("The Prime Minister held talks with the envoy in Cairo on Sunday.", [("talks", None)]),
]


@pytest.mark.parametrize("text,want", EXACTLY)
def test_named_event_edges(extract_text, text, want):
    assert [(e.name, e.ordinal) for e in extract_text(text).events] == want


def test_two_editions_named_together_and_apart(extract_text):
    """ "the 38th and 39th X Summits", then each named apart: the pair is a mention of the first,
    which takes its date and place; written alone with their related meetings, the pair stays one
    event (alone without them, it is two: ``test_event_editions_and_sittings``)."""
    text = ("The premier will lead the delegation to the 38th and 39th Pacific Summits in Apia from 3 to 5 May. "
            "During the 38th Pacific Summit, leaders will discuss fisheries. At the 39th Pacific Summit, they "
            "will discuss trade.")
    events = extract_text(text).events
    assert [(e.name, e.ordinal) for e in events] == [("38th Pacific Summit", 38), ("39th Pacific Summit", 39)]
    assert (events[0].start, events[0].end, events[0].venue.city) == ("2025-05-03", "2025-05-05", "Apia")
    alone = extract_text("The premier will attend the 44th and 45th Pacific Summits and Related Summits in Apia.")
    assert [e.name for e in alone.events] == ["44th and 45th Pacific Summits and Related Summits"]


SHORT_FORMS_WITH_OWNER_FIRST = [
    # the owner's initials, then the body and the head as the edition writes them
    ("The 31st Meeting of the Council of Ministers of the Andean Trade Organization was held in Lima on 6 May. "
     "The ATO Council of Ministers meeting adopted the budget.",
     ["31st Meeting of the Council of Ministers of the Andean Trade Organization"]),
    # the owner's words and initials, then the head
    ("The 12th Plenary Assembly of the Andean Parliamentary Forum opened in Quito on Monday. The Andean PF "
     "Plenary Assembly will debate the model law.",
     ["12th Plenary Assembly of the Andean Parliamentary Forum"]),
    # another owner is another body's meeting
    ("The 31st Meeting of the Council of Ministers of the Andean Trade Organization was held in Lima on 6 May. "
     "The Pacific Council of Ministers meeting will be held in Suva on 3 June.",
     ["31st Meeting of the Council of Ministers of the Andean Trade Organization", "Pacific Council of Ministers meeting"]),
]


@pytest.mark.parametrize("text,want", SHORT_FORMS_WITH_OWNER_FIRST)
def test_short_form_with_the_owner_first_is_the_edition(extract_text, text, want):
    assert [e.name for e in extract_text(text).events] == want


KNOWN_ACRONYMS = [
    # a meeting known by its acronym, with its year or alone
    ("Leaders will gather in Apia for CHOGM 2026 from 21 to 26 October.", [("CHOGM 2026", "CHOGM")]),
    ("The Prime Minister will attend CHOGM in Apia from 21 to 26 October.", [("CHOGM", "CHOGM")]),
    ("Japan will host TICAD 9 in Yokohama from 20 to 22 August.", [("TICAD 9", "TICAD")]),
    # ... not when it modifies a noun after it
    ("The CHOGM Secretariat said the venues were ready.", []),
    # ... and, spelt out in the text, the long form is the event
    ("The Commonwealth Heads of Government Meeting (CHOGM) opens in Apia on Monday. CHOGM will end on Friday.",
     [("Commonwealth Heads of Government Meeting", "CHOGM")]),
]


@pytest.mark.parametrize("text,want", KNOWN_ACRONYMS)
def test_meeting_known_by_its_acronym(extract_text, text, want):
    assert [(e.name, e.acronym) for e in extract_text(text).events] == want


OPENING_PARTS = [
    # an opening word numbers nothing: a part told with no day or place of its own is no event
    ("The 8th session of the Joint Commission opened in Lima on Thursday. The inaugural session was attended "
     "by both sides.", ["8th session of the Joint Commission"]),
    # ... with a building told in its sentence it is one
    ("The main session of the forum will be held at the Grand Hotel, while the Andean Conference Centre will be "
     "the venue for the inaugural session.", ["inaugural session"]),
]


@pytest.mark.parametrize("text,want", OPENING_PARTS)
def test_opening_word_part_needs_its_own_day_or_place(extract_text, text, want):
    assert [e.name for e in extract_text(text).events if e.name != "forum"] == want


ANNOUNCED_GATHERINGS = [
    # a word announcing a named gathering may stand between "the" and its name
    ("The envoys prepared for the upcoming Andean summit in Quito.", ["Andean summit in Quito"]),
    ("The ministers set the agenda of the forthcoming ECOWAS summit in Abuja.", ["ECOWAS summit in Abuja"]),
    # ... not without a name in capitals
    ("The envoys prepared for the upcoming regional summit.", []),
]


@pytest.mark.parametrize("text,want", ANNOUNCED_GATHERINGS)
def test_announced_named_gathering(extract_text, text, want):
    assert [e.name for e in extract_text(text).events] == want


BODIES_THAT_SPEAK = [
    # a name without a number right before a verb of saying or of taking a stance is the body
    ("In a communique issued on Friday, the Assembly of Heads of State and Government called for calm.", []),
    ("The Andean Conference of Ministers has said the measures will stay.", []),
    # ... a numbered one is the sitting all the same
    ("The 38th Ordinary Session of the Assembly of Heads of State and Government called for calm in Addis Ababa "
     "on Sunday.", ["38th Ordinary Session of the Assembly of Heads of State and Government"]),
]


@pytest.mark.parametrize("text,want", BODIES_THAT_SPEAK)
def test_body_that_speaks_is_no_sitting(extract_text, text, want):
    assert [e.name for e in extract_text(text).events] == want



@pytest.mark.parametrize("text,names", [
    ("The Minister met the Speaker of the Grand National Assembly of Peru in Lima on Monday.", []),
    ("The consulate will strengthen communication with the Andean State Assembly, the consul said in Lima on Monday.", []),
    ("Ministers attended the 75th World Health Assembly in Geneva on Monday.", ["75th World Health Assembly"]),
    ("The Andean Assembly met in Quito on Monday to adopt the budget.", ["Andean Assembly"]),
    ("Ministers spoke at the UN General Assembly in New York on Monday.", ["UN General Assembly"]),
])
def test_an_assembly_is_a_body_that_sits(extract_text, text, names):
    """An Assembly, like a Council or a Congress, is a body: an event with an ordinal or when it
    meets; a General Assembly is a sitting."""
    assert [e.name for e in extract_text(text).events] == names
