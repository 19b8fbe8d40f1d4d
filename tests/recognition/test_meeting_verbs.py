"""A meeting told by its verb ("met with X in Lima on Sunday") is an event when it says whom
it is with and the text gives its date or place. Sentences written for these tests."""
import pytest

FOUND = [
    # named by the noun the next sentence points back with
    ("Foreign Minister Ana Ruiz met with her Chilean counterpart Luis Soto in Lima on Sunday. The talks "
     "came ahead of the summit.", "talks with her Chilean counterpart Luis Soto"),
    ("She is scheduled to meet Foreign Minister Ali Musa on Tuesday to sign the plan.",
     "meeting with Foreign Minister Ali Musa"),
    # a time word between the verb and "with"; a title with "to"
    ("The deputy minister met yesterday with US Ambassador to Fiji Jane Doe. During the meeting, both "
     "sides discussed trade.", "meeting with US Ambassador to Fiji Jane Doe"),
    # a title with "of" and the name set off after it (the official's whole mention); a place and no date
    ("The Minister of Foreign Affairs met with the Minister of Foreign Affairs of Mongolia, Mr. Bat Erdene, "
     "at the Convention Centre in Apia.", "meeting with the Minister of Foreign Affairs of Mongolia, Mr. Bat Erdene"),
    # a name before the nouns it modifies
    ("He travels to Auckland to meet Tongan community leaders at the Town Hall on 23 May.",
     "meeting with Tongan community leaders"),
]

NOT_FOUND = [
    # passive: nothing met anybody
    "All the targets were met by the Ministry of Trade in Apia in 2024.",
    # neither date nor place
    "He will also meet with Trade Minister Ana Ruiz, as well as the Finance Minister.",
    # nobody named; a thing met, not a person
    "The ministers met in Suva on Monday and agreed on the plan.",
    "Exports met the Government's target in Apia on Monday.",
    # a name that modifies a noun that is not followed by a small word
    "The commissioner will visit Jakarta next month to meet Indonesian business groups ahead of the signing.",
    # a demonym and a noun that names no people, or a number of colleagues: nobody named
    "The envoy arrived in Apia on Monday, where she will meet with Samoan authorities.",
    "The minister met with his five Andean and Caribbean colleagues in Quito today.",
    # agreed to meet: wished, not announced
    "At the close of the talks in Accra on Friday the presidents agreed to meet with Togo's leader next year.",
]


@pytest.mark.parametrize("text,name", FOUND)
def test_meeting_told_by_its_verb(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_meeting_told_by_its_verb(extract_text, text):
    assert not any(e.name.startswith(("meeting with", "talks with")) for e in extract_text(text).events)


def test_the_event_of_the_sentence_is_the_meeting(extract_text):
    """ "met X at a bilateral meeting in Manila": one event, the one named."""
    text = "The minister met French Minister Claire Morel at a bilateral meeting in Manila on 14 May."
    assert [e.name for e in extract_text(text).events] == ["bilateral meeting in Manila"]


@pytest.mark.parametrize("text,name", [
    ("Foreign Minister Ana Lopez and her Chilean counterpart Ian Poe met in Lima on Monday.",
     "meeting between Foreign Minister Ana Lopez and her Chilean counterpart Ian Poe"),
    ("President William Ruto and Prime Minister Narendra Modi will meet on Tuesday in Delhi.",
     "meeting between President William Ruto and Prime Minister Narendra Modi"),
    # a date with no preposition right after the verb; "have met"; "The" before the first party
    ("The Chilean President Ana Lopez and Bolivian President Ian Poe met yesterday in Arica.",
     "meeting between Chilean President Ana Lopez and Bolivian President Ian Poe"),
    ("Governor Ana Lopez and Mayor Ian Poe have met in Cusco to settle the water dispute.",
     "meeting between Governor Ana Lopez and Mayor Ian Poe"),
])
def test_two_named_parties_who_meet_somewhere_or_some_day(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text", [
    "Peru and Chile met the targets in 2020.",  # no names of two words; "met" the targets
    "Officials and experts met in Suva on Monday.",  # nobody named
    "The Minister and the Ambassador met at the Blue Palace.",  # titles, no names
    "Ana Lopez, Ian Poe and Li Wei met in Lima on Monday.",  # three parties listed
    "Ana Lopez and Ian Poe met to discuss the plan.",  # neither where nor when
    # the two met others, not each other
    "Foreign Minister Ana Lopez and Defence Minister Ian Poe met on Monday with their Andean counterparts.",
])
def test_no_meeting_of_two_named_parties(extract_text, text):
    assert not any(e.name.startswith("meeting between") for e in extract_text(text).events)
