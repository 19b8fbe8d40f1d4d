"""Receptions, meetings and visits told by their verbs, with a date or a place in the clause: "the
President received the visiting minister X at the Palace on Monday", "met her counterpart, X, at
the Palace", "visited Peru in January". Sentences written for these tests."""
import pytest


@pytest.mark.parametrize("text,name,day", [
    # a visitor received, a place and a day after the visitor
    ("President Ana Lopez received Kenyan Foreign Minister John Mwangi at the Palacio Quemado on Monday.",
     "meeting with Kenyan Foreign Minister John Mwangi", "2025-06-02"),
    # a day and a place between the verb and the visitor stay out of the name
    ("The Emir today received at Seif Palace in the capital Sheikh Ali bin Hamad Al Thani, Crown Prince of Qatar.",
     "meeting with Sheikh Ali bin Hamad Al Thani", "2025-06-02"),
    # a place opening the sentence: no "During the meeting" needed any more
    ("In Hanoi on Friday, Deputy Prime Minister Tran Van Minh received Ambassador Ana Lopez of Chile.",
     "meeting with Ambassador Ana Lopez", "2025-05-30"),
])
def test_a_visitor_received_where_or_when(extract_text, text, name, day):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name.startswith(name) and events[0].start == day


@pytest.mark.parametrize("text", [
    # the visitor is the subject
    "Kenyan Foreign Minister John Mwangi was received by President Ana Lopez in Quito on Monday.",
    # something received from someone, a dinner hosted for someone
    "President Ana Lopez received a letter from Kenyan Foreign Minister John Mwangi in Quito on Monday.",
    "President Ana Lopez hosted a dinner for Kenyan Foreign Minister John Mwangi in Quito on Monday.",
    # neither a day nor a place
    "President Ana Lopez received Kenyan Foreign Minister John Mwangi.",
])
def test_no_visitor_received(extract_text, text):
    assert not any(e.name.startswith(("received", "hosted")) for e in extract_text(text).events)


@pytest.mark.parametrize("text,words", [
    # the counterpart named in an apposition
    ("Foreign Minister Ana Lopez then met with her counterpart, Ian Poe, at the Itamaraty Palace on Monday.",
     ("meeting with", "Ian Poe")),
    # a delegation and who heads it
    ("On 19 May, Vice Minister Li Wei met with the delegation headed by Ana Lopez, Director of Consular "
     "Affairs, in Beijing.", ("meeting with", "Ana Lopez")),
    # a visit told in a relative clause is no meeting that absorbs the one told by the verb
    ("President Ana Lopez met President Ian Poe, who arrived in Peru for a state visit, at the Palacio de "
     "Gobierno on Monday.", ("meeting with", "Ian Poe")),
])
def test_a_meeting_told_by_its_verb(extract_text, text, words):
    names = [e.name for e in extract_text(text).events]
    assert any(all(w in n for w in words) for n in names), names


def test_a_visit_told_by_its_verb_and_day(extract_text):
    events = extract_text("Foreign Minister Ian Poe visited Pakistan in January this year.").events
    assert [e.name for e in events] == ["visit to Pakistan"] and events[0].start == "2025-01"


@pytest.mark.parametrize("text,name", [
    # no day of its own, but the place it goes to: the predicate of a subject ending on a name
    # (two places: one visit to each, ``EventRecognizer._split_destinations``)
    ("Foreign Minister Ian Poe visited Pakistan and Iran.", "visit to Iran"),
    ("The President of Tonga visited Kenya this week, where he signed a trade accord.", "visit to Kenya"),
    # progressive after a form of "be": the visit under way, or planned
    ("Commissioner Ana Lopez is visiting Peru at the invitation of her counterpart.", "visit to Peru"),
    ("The delegation would also be visiting Fiji and Samoa in the coming days.", "visit to Fiji"),
])
def test_a_visit_told_by_its_verb_and_place(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text", [
    # the one before, told as background
    "Foreign Minister Ian Poe last visited Pakistan in 2023.",
    # a perfect, an experience, a participle framing another clause: background, no visit reported
    "The Tongan leader has also visited Eritrea recently.",
    "It is the largest delegation that ever visited Peru.",
    "While visiting Lima, Minister Ana Lopez said talks were under way.",
    "Minister Ana Lopez expressed her pleasure in visiting Peru.",
    # not a place after the verb
    "President Ian Poe visited Nigerian farms.",
])
def test_no_visit_told_by_its_verb(extract_text, text):
    assert not any(e.name.startswith("visit to") for e in extract_text(text).events)


@pytest.mark.parametrize("text,name", [
    # "to be held" with its own place or day, after "the" (a bare "the meeting held in X" may point back)
    ("The minister will lead the delegation at the bilateral talks to be held in Chengdu.", "bilateral talks"),
    # a fronted "According to X," is no apposition before the description
    ("According to the news agency, the meeting between Minister Ana Lopez and Ambassador Ian Poe took place "
     "in Hanoi on Friday.", "meeting between Minister Ana Lopez and Ambassador Ian Poe"),
])
def test_a_description_told_where_or_when(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text,names", [
    # the visit described first without a place, then "the visit to X" or "the minister's visit to X": one visit
    ("The minister arrived in Tehran on Tuesday on a three-day official visit. Important matters would come up "
     "during the visit to Tehran, he said.", ["three-day official visit"]),
    ("Minister Ana Lopez arrived in Ankara on Friday on a two-day official visit. The minister's visit to "
     "Turkey is part of regular exchanges.", ["two-day official visit"]),
    # "a visit to X" is another one
    ("Minister Ana Lopez arrived in Ankara on Friday on a two-day official visit. Her deputy will pay a visit "
     "to Iraq on 3 June.", ["two-day official visit", "visit to Iraq"]),
    # a visit told by its verb names its place: "the visit to" another place is another visit
    ("The President of Tonga visited Kenya this week, where he signed a trade accord. The visit to Lusaka is "
     "particularly noteworthy.", ["visit to Kenya", "visit to Lusaka"]),
])
def test_a_visit_told_again(extract_text, text, names):
    assert sorted(e.name for e in extract_text(text).events) == sorted(names)


@pytest.mark.parametrize("text,name,day", [
    # "will be visiting" with the days after a preposition
    ("President Ana Lopez will be visiting Pakistan from 5 June to 7 June.", "visit to Pakistan", "2025-06-05"),
    # a visitor received in an office, an owner's determiner in the adverbial
    ("The fire chief received in his office yesterday Dr Ana Lopez, head of the UN mission.", "meeting with Dr Ana Lopez",
     "2025-06-01"),
])
def test_more_verbs_told_with_a_day(extract_text, text, name, day):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name.startswith(name) and events[0].start == day


def test_the_visiting_minister_is_no_visit(extract_text):
    names = [e.name for e in extract_text("The president met the visiting Foreign Minister Ana Lopez on Monday.").events]
    assert not any(n.startswith("visit to") for n in names), names


def test_a_courtesy_call_on_an_office_of_a_country(extract_text):
    names = [e.name for e in extract_text(
        "The minister paid a courtesy call on President of Peru Ana Lopez in Lima on Monday.").events]
    assert names == ["courtesy call on President of Peru Ana Lopez"]


def test_a_visit_to_the_same_place_told_again(extract_text):
    text = ("President Ana Lopez will pay a state visit to India from 1 May to 4 May. This will be a visit of the "
            "President of Peru to India after 38 years.")
    assert [e.name for e in extract_text(text).events] == ["state visit to India"]


@pytest.mark.parametrize("text,words", [
    # a day and a part of it (and "here") between the verb and "with"
    ("Premier Li Wei met here Sunday afternoon with Prime Minister Ana Lopez of Peru.", ("meeting with", "Ana Lopez")),
    # an event named in an apposition to whom the meeting is with does not absorb it
    ("Minister Ana Lopez met with Ian Poe, chairman of the National Forum of Andean Mayors, in Quito on Monday.",
     ("meeting with", "Ian Poe")),
])
def test_a_meeting_told_by_its_verb_past_a_time_or_an_apposition(extract_text, text, words):
    names = [e.name for e in extract_text(text).events]
    assert any(all(w in n for w in words) for n in names), names


@pytest.mark.parametrize("text", [
    ("Deputy Prime Minister Tran Van Minh received Ambassador Ana Lopez of Chile in Hanoi on Friday. According to "
     "the news agency, the meeting between Deputy Prime Minister Tran Van Minh and Ambassador Ana Lopez focused on trade."),
    ("Foreign Minister Ali Hassan received Sheikh Omar Saleh, Minister of Foreign Affairs of Kuwait. At the outset of "
     "the meeting, which was held in Abu Dhabi, they discussed trade."),
])
def test_a_reception_told_again_as_the_meeting(extract_text, text):
    events = extract_text(text).events
    assert len(events) == 1 and events[0].name.startswith("meeting with"), [e.name for e in events]


def test_a_visit_told_by_its_verb_after_its_day(extract_text):
    events = extract_text("Foreign Minister Ian Poe on Wednesday visited Poland to meet his counterpart.").events
    assert [e.name for e in events] == ["visit to Poland"] and events[0].start == "2025-05-28"


def test_a_first_visit_of_its_owner_told_again(extract_text):
    text = ("On 2 May, Berlin received an official visit by Foreign Minister Ana Lopez. It was Ana Lopez's first "
            "visit to Germany since she took office.")
    assert len(extract_text(text).events) == 1


def test_a_meeting_with_various_people_named_by_capitals(extract_text):
    names = [e.name for e in extract_text("The prime minister met with various Resident Heads of Mission on Tuesday "
                                          "at Parliament House in Apia.").events]
    assert names == ["meeting with Resident Heads of Mission"], names


def test_an_owned_visit_with_its_own_days_is_another(extract_text):
    text = ("President Ana Lopez arrives tonight for a three-day official visit. The talks follow Ian Poe's state "
            "visit to Lima from 4 to 6 September 2024.")
    assert len([e for e in extract_text(text).events if "visit" in e.name]) == 2


@pytest.mark.parametrize("text,name", [
    ("The Emir received at the Palace on Monday Foreign Minister Ana Poe.\n\nThe talks covered trade.",
     "talks with Foreign Minister Ana Poe"),
    ("The President received Foreign Minister Ana Poe at the Palace on Monday.\n\nThey discussed trade.",
     "meeting with Foreign Minister Ana Poe"),
    ("The Speaker received a delegation from Peru at Parliament House on Monday.\n\nThey discussed trade.",
     "meeting with a delegation from Peru"),
])
def test_a_reception_named_as_a_meeting_told_by_its_verb(extract_text, text, name):
    """ANNOTATORS.md 10: a meeting told by its verb is named by the noun ("met X" -> "meeting");
    a reception told by "received" is one, named the same way (by the noun the text retells it by)."""
    assert [e.name for e in extract_text(text).events] == [name]


def test_credentials_received_keep_their_name(extract_text):
    text = ("The Minister received a copy of the credentials of Ambassador Ian Lee at the Ministry on Monday. "
            "In the meeting, the two discussed trade.")
    assert [e.name for e in extract_text(text).events] == ["received a copy of the credentials of Ambassador Ian Lee"]
