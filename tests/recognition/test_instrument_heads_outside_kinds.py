"""Instrument shapes of signing and adoption press (session 12), on sentences written for these
tests: parties joined by a spaced dash, heads outside FACTS.md's kinds (accords, pacts,
resolutions), and a generic name pointed at by "this"."""
import pytest

# (text, name, kind)
NAMED = [
    # a country before a spaced dash opens the name, whatever its length in words
    ("Both delegations welcomed the Papua New Guinea - Australia Bilateral Security Agreement.",
     "Papua New Guinea - Australia Bilateral Security Agreement", "agreement"),
    ("The Chile \u2013 Peru Joint Declaration was released after the talks.", "Chile \u2013 Peru Joint Declaration",
     "declaration"),
    ("Officials in Dhaka published the India \u2013 Sri Lanka Joint Statement on Friday.",
     "India \u2013 Sri Lanka Joint Statement", "statement"),
    # heads outside the kinds are "other", the kind following the head noun
    ("Fishing nations adopted the Lusaka Accord on Inland Fisheries at the close of the meeting.",
     "Lusaka Accord on Inland Fisheries", "other"),
    ("Mayors signed the Harbour Cities Climate Pact in Lisbon on Tuesday.", "Harbour Cities Climate Pact", "other"),
    # a platform for action is a programme of its own name
    ("Activists marked thirty years of the Beijing Platform for Action in Geneva.", "Beijing Platform for Action", "other"),
    # a resolution named with its number, or with a complement after it
    ("The mission works under UN Security Council Resolution 2734, the envoy said.",
     "UN Security Council Resolution 2734", "other"),
    ("The assembly adopted a Resolution on the Rights of Seafarers by consensus.",
     "Resolution on the Rights of Seafarers", "other"),
    ("Cadres studied the Resolution of the 9th Party Congress at a session in Vientiane.",
     "Resolution of the 9th Party Congress", "other"),
    # a regulation named on its own is a law
    ("The bloc's Deforestation-free Products Regulation takes effect next year.",
     "Deforestation-free Products Regulation", "law"),
    # the plural possessive of the people who issue a document is a word of its name
    ("The summit closed with the adoption of the Lima Leaders' Declaration on Ocean Health.",
     "Lima Leaders' Declaration on Ocean Health", "declaration"),
    ("Delegates welcomed the SADC Health Ministers' Statement on Malaria Elimination in Gaborone.",
     "SADC Health Ministers' Statement on Malaria Elimination", "statement"),
    # a communique is "other" (its head is none of FACTS.md's kinds), as an accord is
    ("The G7 Leaders' Communique was published late on Sunday.", "G7 Leaders' Communique", "other"),
    ("The ministers issued a Joint Communiqu\u00e9 at the close of the talks in Apia.", "Joint Communiqu\u00e9", "other"),
    ("Leaders met in Suva on Friday. The Joint Communique said the bloc would meet again in May.",
     "Joint Communique", "other"),
    # a place after "the Situation in" or "Peace and Security in" is the subject's, not where it was adopted
    ("The envoys issued a Joint Statement on the Situation in Haiti at the close of the meeting.",
     "Joint Statement on the Situation in Haiti", "statement"),
    ("The council approved the Strategy for Peace and Stability in Mozambique on Friday.",
     "Strategy for Peace and Stability in Mozambique", "strategy"),
    # an addendum named before its head, to the document it adds to
    ("Tonga signed the Nuku'alofa Addendum to the Regional Fisheries Treaty on Monday.",
     "Nuku'alofa Addendum to the Regional Fisheries Treaty", "other"),
    # "this" points at the one document the story tells of
    ("Officials said the signing of this new Memorandum of Understanding will open new markets.",
     "Memorandum of Understanding", "memorandum"),
]


@pytest.mark.parametrize("text,name,kind", NAMED)
def test_heads_and_parties_name_documents(extract_text, text, name, kind):
    found = {i.name: i.kind for i in extract_text(text).instruments}
    assert found.get(name) == kind, found


def test_an_owner_in_the_possessive_stays_out_of_the_name(extract_text):
    found = [i.name for i in extract_text("Donors praised the SADC Secretariat's Annual Work Plan in Windhoek.").instruments]
    assert found == ["Annual Work Plan"], found


def test_a_place_after_a_name_still_tells_where_it_was_adopted(extract_text):
    found = [i.name for i in extract_text("Ministers adopted the Coastal Fisheries Strategy in Honiara on Monday.").instruments]
    assert found == ["Coastal Fisheries Strategy"], found


NOT_DOCUMENTS = [
    # a resolution without number or complement is a field of study or work
    "She lectures at the Institute for Conflict Resolution in Nairobi.",
    "He was named Director of Dispute Resolution at the trade ministry.",
    "Ministers discussed Dispute Resolution and Market Access on Monday.",
    # a regulation after a body's "of"/"for"/"on" is its field
    "Inspectors from the Bureau of Maritime Regulation boarded the ship in Durban.",
    "The Federal Service on Veterinary Regulation and Quarantine opened an office in Tashkent.",
    # a city before a dateline's dash joins nothing
    "NAIROBI - Kenya Tourism Strategy talks opened on Monday.",
]


@pytest.mark.parametrize("text", NOT_DOCUMENTS)
def test_fields_and_datelines_name_no_document(extract_text, text):
    names = [i.name for i in extract_text(text).instruments]
    assert not any(word in n for n in names for word in ("Resolution", "Regulation", "NAIROBI")), names


def test_a_country_pair_opens_an_event_name_too(extract_text):
    record = extract_text("The third Zambia \u2013 Malawi Joint Permanent Commission opened in Lusaka on Monday.")
    assert [(e.name, e.ordinal) for e in record.events] == [("third Zambia \u2013 Malawi Joint Permanent Commission", 3)]


# a generic name opening a sentence names the document the sentence tells the signing of, a clause between
TOLD_SIGNED = [
    ("The Memorandum of Understanding, which was signed by both governors, opens the border market.",
     ["Memorandum of Understanding"]),
    ("The Framework Agreement, inked in Maputo last week, sets out the terms.", ["Framework Agreement"]),
    ("The Joint Communique, running to six pages, was adopted at the close of the summit.", ["Joint Communique"]),
    # a clause that tells no signing leaves a generic name a reference back
    ("The Strategic Plan, the director said, speaks to the needs of farmers.", []),
]


@pytest.mark.parametrize("text,names", TOLD_SIGNED)
def test_a_clause_between_a_generic_name_and_its_signing(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


def test_a_name_ends_before_the_document_that_mentions_it(extract_text):
    found = [i.name for i in extract_text(
        "Leaders recalled the Honiara Agreement in the Majuro Communique of last year.").instruments]
    assert found == ["Honiara Agreement", "Majuro Communique"], found


def test_a_complement_with_in_goes_on_when_no_head_ends_it(extract_text):
    found = [i.name for i in extract_text("The ministers signed the Agreement on Cooperation in Renewable Energy.").instruments]
    assert found == ["Agreement on Cooperation in Renewable Energy"], found


# (text, [(name, kind)]): titles without a head, one a line after a colon that a plural head announces
LISTED_TITLES = [
    ("The foreign ministers met in Vilnius on Friday. They adopted two joint declarations:\n\n"
     "Energy Security in the Baltic\n\nFreedom of the Press\n\nThe ministers will meet again in June.",
     [("Energy Security in the Baltic", "declaration"), ("Freedom of the Press", "declaration")]),
    ("The agreements signed on Monday are:\n- Agreement on Visa Exemption;\n- Avoidance of Double Taxation;\n"
     "- Maritime Transport.\nBoth leaders then met the press.",
     [("Agreement on Visa Exemption", "agreement"), ("Avoidance of Double Taxation", "agreement"),
      ("Maritime Transport", "agreement")]),
]


@pytest.mark.parametrize("text,want", LISTED_TITLES)
def test_titles_listed_after_a_plural_head(extract_text, text, want):
    assert [(i.name, i.kind) for i in extract_text(text).instruments] == want


@pytest.mark.parametrize("text", [
    # a colon after no plural head of a document, or a list of sentences
    "The ministers discussed three topics:\n\nEnergy Security\n\nFreedom of the Press\n",
    "The statements made clear two points:\n\nthe talks will resume in May\n\nboth sides want peace\n",
])
def test_lines_after_other_colons_are_no_titles(extract_text, text):
    assert [i.name for i in extract_text(text).instruments] == []


@pytest.mark.parametrize("text,event", [
    ("Officials will carry out the Resolution of the 9th National Party Congress, held in Vientiane in March.",
     "9th National Party Congress"),
    ("The Chair's Statement of the 12th Mekong Ministerial Meeting was released in Phnom Penh.",
     "12th Mekong Ministerial Meeting"),
])
def test_an_edition_named_inside_a_document_is_an_event_too(extract_text, text, event):
    record = extract_text(text)
    assert event in [e.name for e in record.events]
    assert any(event in i.name for i in record.instruments)


def test_a_meeting_in_a_document_name_without_an_edition_is_no_event_of_its_own(extract_text):
    record = extract_text("Delegates read the Joint Statement of the Ministers Meeting on Energy on Monday.")
    assert [e.name for e in record.events] == []


def test_a_quote_after_a_lowercase_communique_is_said_not_a_title(extract_text):
    """A communique, of kind "other", is still a head of what is said, as a statement is: the
    quote after a lowercase "communique" may be a quotation, no title (not so after "program")."""
    said = extract_text('Leaders closed the summit with a communique "Ocean Futures Together" on Friday.')
    assert [i.name for i in said.instruments] == []
    titled = extract_text('The ministry released the program "Digital Villages" on Friday.')
    assert [i.name for i in titled.instruments] == ["Digital Villages"]
