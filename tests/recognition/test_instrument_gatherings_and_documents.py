"""Instruments (sentences written for these tests): a head that names a gathering as well as a
document ("Convention") names the gathering when its sentence tells one (FACTS.md: an instrument is
a document signed or adopted): a word of recurrence before the head, a body of members owning it
with no complement after the head, being at, attending, holding,
hosting or addressing it, or a verb of a gathering's course after it; otherwise it is a document."""
import pytest


@pytest.mark.parametrize("text,names", [
    # a gathering: recurrence, attending, holding, hosting, addressing, being at it, its course
    ("The minister attended the 45th Annual Convention of the Kelvara Bar Association on Friday.", []),
    ("The Oru Medical Association held its National Convention in Dormund on Friday.", []),
    ("Speaking at the 2026 Oru Teachers Convention, the minister praised the union.", []),
    ("The minister addressed the Kelvara Youth Convention on Friday.", []),
    ("The Oru Democratic Party Convention opened in Dormund on Friday.", []),
    ("The Kelvara Youth Convention will be held in Dormund next week.", []),
    ("The party's National Convention brought together 3,000 delegates.", []),
    # a body of members owning it, no complement after its head
    ("Oru Teachers Union Convention delegates voted on Friday.", []),
    ("The Kelvara Bar Association Convention will run until Sunday.", []),
    # a document: ratified, signed, breached, a party to it; an ordinal alone places it in a series
    ("Kelvara ratified the Dormund Convention on Wetland Protection in 2019.",
     ["Dormund Convention on Wetland Protection"]),
    ("The blockade breaches the Fourth Oru Convention, the minister said.", ["Fourth Oru Convention"]),
    ("Kelvara is a party to the Dormund Conventions.", ["Dormund Conventions"]),
    ("Kelvara ratified the Oru Union Convention on Cyber Security in 2019.",
     ["Oru Union Convention on Cyber Security"]),
    ("Kelvara hosted the signing of the Oru Convention on Fisheries.", ["Oru Convention on Fisheries"]),
])
def test_a_convention_held_or_signed(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)
