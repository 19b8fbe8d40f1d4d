"""Instrument boundaries of session 28, on sentences written for these tests: a heading glued to
its paragraph ("Agreements to be Signed Following ...") gives no title of small words alone; a
quoted remark joined by "and" to a lowercase phrase ends the name before its "and"."""
import pytest


@pytest.mark.parametrize("text,names", [
    # a heading run into its paragraph: "to be" before the verb is no subject of the documents
    ("The ministers met in Kathmandu on Monday.\nAgreements to be Signed Following the talks, the two "
     "states are set to sign two agreements.", []),
    ("The ministers met in Suva on Monday.\nFisheries Agreement to be Signed Following the talks, the "
     "two states will sign it.", ["Fisheries Agreement"]),
    # a listed item's lowercase subject still goes on to the verb that tells its signing
    ("The ministers signed:\n- Protocol on visas signed on 3 May 2001;\n- Agreement on cooperation in tourism;",
     ["Protocol on visas", "Agreement on cooperation in tourism"]),
])
def test_small_words_alone_are_no_listed_subject(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # "and" with a lowercase word after the name: a remark quoted, the name ends before it
    ("He said the island would have a \u201cCoastal Water Plan and not a city plan\u201d.", ["Coastal Water Plan"]),
    ("She said the country adopted the \u201cCoastal Water Plan and the River Plan\u201d.",
     ["Coastal Water Plan", "River Plan"]),
    # a quoted title's lowercase complement after its preposition goes on to the quote
    ('He said the country would adopt the "Coastal Water Plan for growth and jobs".',
     ["Coastal Water Plan for growth and jobs"]),
])
def test_a_quoted_remark_ends_the_name_before_its_and(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # a partnership the text treats as a document: signed, adopted, negotiated, or written in
    ("The leaders announced the signing of the Tonga Fiji Partnership - a formal agreement on climate.",
     ["Tonga Fiji Partnership"]),
    ("Both parties agreed to adopt the \u201cSpecial Strategic Partnership for Growth and Trade\u201d as the "
     "framework of their ties.", ["Special Strategic Partnership for Growth and Trade"]),
    ("Ministers welcomed the start of negotiation of an enhanced Comprehensive Strategic and Economic "
     "Partnership (CSEP) in Port Vila.", ["Comprehensive Strategic and Economic Partnership"]),
    ('"The deal builds on the cooperation set out in our Coastal Security Partnership," the minister said.',
     ["Coastal Security Partnership"]),
    # a tie between states, or a body: no document
    ("Both sides discussed enhancing the Comprehensive Strategic Partnership and wider trade.", []),
    ("The visit builds on the Strategic Partnership announced in 2015.", []),
    ("He met representatives of the Global Water Partnership in Lima.", []),
    # launched: an initiative or a body as well as a document
    ("The ministers launched the Ocean Skills Partnership in Apia on Monday.", []),
    ("The ministers signed the Ocean Skills Partnership in Apia on Monday.", ["Ocean Skills Partnership"]),
    # a longer name around another head is that head's document, of its kind
    ("Leaders welcomed the adoption of the historic Strategic Partnership and Alliance Program.",
     ["Strategic Partnership and Alliance Program"]),
    ("The ministers signed the Treaty on Strategic Partnership and the Framework Partnership Agreement.",
     ["Treaty on Strategic Partnership", "Framework Partnership Agreement"]),
])
def test_a_partnership_is_a_document_only_when_told_as_one(extract_text, text, names):
    found = extract_text(text).instruments
    assert sorted(i.name for i in found) == sorted(names)
    # FACTS.md: a partnership's head is none of the kinds; the treaty and the agreement keep theirs
    assert all(i.kind == ("other" if i.mentions[0].rule == "instrument.partnership" else i.kind) for i in found)
    assert {i.name: i.kind for i in found if i.mentions[0].rule != "instrument.partnership"}.get(
        "Treaty on Strategic Partnership", "treaty") == "treaty"
