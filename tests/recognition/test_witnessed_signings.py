"""A signing told again after the verb that told it: "The signing of the accord was witnessed
by X" and "at the signing ceremony, attended by Y" are occasions someone attended (a passive
witness verb and "by" after the head, as "witnessed the signing" before it); such a signing,
or a later "the signing ceremony", takes the day and place of the signing told by its verb
anywhere before it in the story, not only in the two sentences before. Sentences written for
these tests; published Monday 2 June 2025."""
import pytest

FOUND = [
    # the passive witness, the day from the signing told by its verb two paragraphs before
    ("Peru on Wednesday, 28 May 2025 signed an agreement with the region of Arequipa to deepen ties.\n\n"
     "The areas of the accord include trade and culture.\n\n"
     "The signing of the agreement was witnessed by President Ana Lopez, who praised both teams.",
     "signing of the agreement", "2025-05-28"),
    # a participle after a comma, the signing told by its verb two sentences before
    ("On May 6, 2025 the ministry signed the accord with the province. Later, both sides held a first "
     "working meeting. At the signing ceremony, attended by Governor Li Wei, the minister spoke of trade.",
     "signing ceremony", "2025-05-06"),
    # a signing ceremony retold five sentences after the signing told by its verb
    ("The two agencies inked a memorandum of understanding on investment on Wednesday in Lima.\n\n"
     "The memorandum marks the anniversary of relations between Peru and Chile.\n\n"
     "Both agencies will organise seminars for investors.\n\nThey will share data on projects.\n\n"
     "Firms from both countries are expected to take part.\n\n"
     "Speaking at the signing ceremony, the director said trade would grow.",
     "signing ceremony", "2025-05-28"),
]

NOT_FOUND = [
    # a signing said to be something, no witness told
    "Peru on Wednesday, 28 May 2025 signed an agreement with Chile. The signing of the agreement was a "
    "milestone, the minister said.",
    # witnessed, but no signing told by its verb with a day or a place anywhere before
    "The signing of the agreements was witnessed by President Ana Lopez. Trade will grow, she said.",
]


@pytest.mark.parametrize("text,name,start", FOUND)
def test_a_signing_told_again_takes_the_day_of_the_signing(extract_text, text, name, start):
    events = {e.name: e for e in extract_text(text).events}
    assert name in events, list(events)
    assert events[name].start == start


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_signing_without_a_witness_or_a_day(extract_text, text):
    names = [e.name for e in extract_text(text).events]
    assert not any("signing" in n for n in names), names


CEREMONIES = [
    # a bare ceremony held for an exchange of documents, its day told before the verb
    ("The minister on Sunday attended the ceremony for the exchange of 12 Memoranda of Understanding "
     "between Peru and Chile.", "ceremony for the exchange of 12 Memoranda of Understanding", "2025-06-01"),
    # a participle of holding before "for" and a gerund of signing
    ("The rector on Friday attended a ceremony held for signing a memorandum of understanding between the "
     "college and the port authority.", "ceremony held for signing a memorandum of understanding", "2025-05-30"),
]


@pytest.mark.parametrize("text,name,start", CEREMONIES)
def test_a_ceremony_held_for_a_signing(extract_text, text, name, start):
    events = {e.name: e for e in extract_text(text).events}
    assert name in events, list(events)
    assert events[name].start == start


def test_a_ceremony_for_something_else_is_none(extract_text):
    names = [e.name for e in extract_text("The mayor on Friday attended the ceremony for the graduates of the "
                                          "naval academy.").events]
    assert not any("ceremony" in n for n in names), names
