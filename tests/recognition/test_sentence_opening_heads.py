"""A visit described by who makes it ("a visit by X to Y"); a signing witnessed with a date or
place between the verb and its object; a described event whose head opens its sentence,
capitalised by its place ("Talks between the two presidents were held in Lima"); an ordinal that
is a day of a month ("on 24th Jan. The meeting ..."). Sentences written for these tests."""
import pytest

FOUND = [
    # the head opens the sentence; its subject phrase runs on to a verb of happening
    ("Talks between the Samoan and Tongan premiers were held in Nuku'alofa on Monday.",
     [("Talks between the Samoan and Tongan premiers", None)]),
    ("Negotiations on the fishing quota took place at the Harbour Hotel in Walvis Bay.",
     [("Negotiations", None)]),
    ("Consultations between the two foreign ministries were due to take place in Asuncion on Friday.",
     [("Consultations", None)]),
    # a capitalised first word is a modifier of the head, as it would be lowercase
    ("Bilateral talks between Ghana and Togo were also held at the Jubilee House today.",
     [("Bilateral talks between Ghana and Togo", None)]),
]

NOT_FOUND = [
    # no verb of happening: a judgement of talks told elsewhere
    "Talks were constructive, the minister said in Apia on Monday.",
    # a title of a named event, not a described one
    "Talks Resume In Geneva\n\nEnvoys were upbeat on Monday.",
    # a day of a month, no edition of a meeting
    "A plenary sitting is scheduled on 24th Jan. The meeting will focus on fisheries.",
]


@pytest.mark.parametrize("text,want", FOUND)
def test_head_opening_the_sentence(extract_text, text, want):
    assert [(e.name, e.ordinal) for e in extract_text(text).events] == want


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_event_from_an_opening_word_or_a_day(extract_text, text):
    events = extract_text(text).events
    assert not [e for e in events if e.ordinal or e.name.lower().startswith("talks")], [(e.name, e.ordinal) for e in events]


#: a date or a place between the verb of witnessing and the signing it reports
WITNESSED = [
    ("The Emir witnessed on Sunday at the Amiri Diwan the signing of the Doha Water Accord.",
     "signing of the Doha Water Accord"),
    ("The two premiers witnessed in Suva yesterday the signing of a memorandum on labour mobility.",
     "signing of a memorandum"),
]


@pytest.mark.parametrize("text,name", WITNESSED)
def test_signing_witnessed_after_an_adverbial(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


def test_signing_welcomed_after_an_adverbial_is_none(extract_text):
    text = "The ministers welcomed on Monday the signing of the Accord on Fisheries last year."
    assert not [e for e in extract_text(text).events if "signing" in e.name]


#: "a visit by X to Y": who makes the visit and where it goes are part of its description
VISIT_BY = [
    ("Officials prepared for a state visit by Chilean President Ana Rojas to Fiji in May.",
     "state visit by Chilean President Ana Rojas to Fiji"),
    ("Leaders discussed an official visit by the Tongan delegation in Apia on Monday.",
     "official visit by the Tongan delegation"),
]


@pytest.mark.parametrize("text,name", VISIT_BY)
def test_visit_by_someone(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]
