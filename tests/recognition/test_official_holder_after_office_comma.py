"""Session 24: the holder named after an office and its comma ("TITLE, NAME") is found past what
stood in the way: a body's bracketed acronym after the office's body ("Director-General, X Agency
(XA) NAME"), a sub-national unit written lowercase before its state ("Governor of X province of the
Republic of Y (RoY), NAME"), a region written right after a local office ("Chief Minister Punjab,
NAME"), a retired officer's mark ("Adviser, retired NAME"), "January" as a given name, an English
given name written short ("Dr. Wm. NAME"); also the hyphenated "Brig-Gen" and the written-out "Most
Honourable" before a name. Sentences written for these tests."""
import pytest


def _officials(extract_text, text):
    return [(o.name, o.title) for o in extract_text(text).officials]


@pytest.mark.parametrize("text,expected", [
    ("Others are Director-General, National Research Agency (NRA) Ana Lopez, and Chief Executive Officer, "
     "Andean Export Council (AEC), Juan Perez.",
     [("Ana Lopez", "Director-General, National Research Agency"),
      ("Juan Perez", "Chief Executive Officer, Andean Export Council")]),
    ("He met the Governor of Zorvanbuk province of the Republic of Korea (RoK), Ana Lopez Vega, on May 3.",
     [("Ana Lopez Vega", "Governor of Zorvanbuk province")]),
    ("Chief Minister Khyber Pakhtunkhwa, Juan Perez, who was chief guest, said so.",
     [("Juan Perez", "Chief Minister Khyber Pakhtunkhwa")]),
    ("Peruvian National Security Adviser, retired Juan Perez (R) and the Chilean Adviser, Ana Lopez sign the accord.",
     [("Juan Perez", "National Security Adviser"), ("Ana Lopez", "Adviser")]),
    ("He was received by the Minister for Foreign Affairs, January Lopez at the airport.",
     [("January Lopez", "Minister for Foreign Affairs")]),
    ("Bank President, Dr. Wm. Warren Lopez, said transformation is a priority.",
     [("Wm. Warren Lopez", "Bank President")]),
    ("Present were Military Attache Brig-Gen Tint Aung and Minister for Energy Brig-Gen Lun Maw.",
     [("Tint Aung", "Attache"), ("Lun Maw", "Minister for Energy")]),
    ("Present were: Prime Minister of Jamaica, Most Honourable Ana Lopez; Prime Minister of Peru, Honourable Juan Perez.",
     [("Ana Lopez", "Prime Minister"), ("Juan Perez", "Prime Minister")]),
])
def test_the_holder_after_an_office_and_its_comma(extract_text, text, expected):
    assert _officials(extract_text, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a month opening a sentence, or before a name after "in", is no given name of an official
    ("In January Peru and Chile signed the accord.", []),
    # a region after an office with no name after its comma names no one
    ("He met the Governor Punjab, Chief Minister Sindh and others.", []),
    # a body's name after an office's comma, with no name after it, is no person
    ("The Chief Executive Officer, Andean Export Council (AEC), spoke.", []),
])
def test_what_names_no_holder(extract_text, text, expected):
    assert _officials(extract_text, text) == expected
