"""Instrument names read on fresh press, on sentences written for these tests: parties that are
offices named after a field that is also a head ("the Ministry of Law"), the complement after the
parties, a complement going on after a list, and a name written again with its acronym in place
of the words it stands for."""
import pytest

# (text, the instruments' names)
NAMES = [
    # an office named after a field that is a head word ("Law", "Planning") is a party, not a document
    ("Officials initialled the Memorandum of Cooperation between the Ministry of Law of Bhutan and the "
     "Ministry of Health of Nepal in Thimphu.",
     ["Memorandum of Cooperation between the Ministry of Law of Bhutan and the Ministry of Health of Nepal"]),
    ("The Memorandum of Understanding (MoU) between the Department of Planning of Fiji and the Ministry of "
     "Finance of Samoa was signed on Friday.",
     ["Memorandum of Understanding between the Department of Planning of Fiji and the Ministry of Finance of Samoa"]),
    # ... but a document named after "and the" is another instrument
    ("The Agreement of the Ministry of Trade and the Plan of Action were both adopted.",
     ["Agreement of the Ministry of Trade", "Plan of Action"]),
    # the complement after the parties is the name's, two parallel phrases and all
    ("Parliament ratified the Convention between Chile and Norway for the Avoidance of Double Taxation "
     "and the Prevention of Fiscal Evasion on Tuesday.",
     ["Convention between Chile and Norway for the Avoidance of Double Taxation and the Prevention of Fiscal Evasion"]),
    ("Ministers signed an Agreement between the Government of Oman and the Government of Kenya on the "
     "Promotion and Protection of Investments.",
     ["Agreement between the Government of Oman and the Government of Kenya on the Promotion and Protection of Investments"]),
    # a complement goes on after a list of capitalised items
    ("Six states adopted the Compact on Trade, Transport and Energy in the Lake Chad Basin last week.",
     ["Compact on Trade, Transport and Energy in the Lake Chad Basin"]),
    # ... not with a place where the list ends it
    ("The Strategy on Water, Soils and Forests was launched in Nairobi.", ["Strategy on Water, Soils and Forests"]),
]


@pytest.mark.parametrize("text,names", NAMES)
def test_instrument_names(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


# (text, the one name, how many mentions)
ACRONYM_FORMS = [
    # the acronym inside the name, then written in place of the words it stands for
    ("Kenya and Ghana signed the Joint Fisheries Research Fund (JFRF) Agreement in Mombasa. Under the "
     "JFRF Agreement, both sides will share survey vessels.",
     "Joint Fisheries Research Fund (JFRF) Agreement", 2),
    ("Peru signed an Amended Cocoa Trade Facility (CTF) Protocol with Ecuador. The Amended CTF Protocol "
     "takes effect in June.", "Amended Cocoa Trade Facility (CTF) Protocol", 2),
    # the acronym after the name, then before the head again
    ("Fiji joined the Pacific Labour Mobility Arrangement (PLMA) in March. Workers under the PLMA "
     "Arrangement earn more.", "Pacific Labour Mobility Arrangement", 2),
]


@pytest.mark.parametrize("text,name,mentions", ACRONYM_FORMS)
def test_a_name_written_with_its_acronym_is_one_instrument(extract_text, text, name, mentions):
    instruments = extract_text(text).instruments
    assert [i.name for i in instruments] == [name]
    assert len(instruments[0].mentions) == mentions


def test_an_acronym_form_takes_the_period_of_its_name(extract_text):
    text = ("The Regional Seed Exchange Programme (RSEP) runs for 2026-2029. The RSEP Programme was "
            "praised by farmers.")
    instruments = extract_text(text).instruments
    assert [(i.name, i.start, i.end) for i in instruments] == [("Regional Seed Exchange Programme", "2026", "2029")]


def test_another_acronym_is_another_instrument(extract_text):
    text = ("Chile signed the Andean Water Fund (AWF) Agreement in Lima. The ASF Agreement with Bolivia "
            "is still under talks.")
    names = sorted(i.name for i in extract_text(text).instruments)
    assert names == ["ASF Agreement", "Andean Water Fund (AWF) Agreement"]


# a generic name after "a"/"an", its acronym after it or not, tells what sort of document was signed,
# not which (ANNOTATORS.md 8); a subject of its own before the parties names one
def test_an_introduced_generic_name_names_no_document(extract_text):
    text = ("Chad and Niger signed a Memorandum of Understanding on Livestock Corridors between their "
            "ministries of agriculture. The two sides also agreed on a Memorandum of Cooperation (MoC) "
            "for customs officers. A Memorandum of Understanding was also signed by the two health ministers.")
    names = [i.name for i in extract_text(text).instruments]
    assert names == ["Memorandum of Understanding on Livestock Corridors"]


@pytest.mark.parametrize("text", [
    # "the" before a generic name refers back to the named one
    "Chad and Niger signed a Memorandum of Understanding on Livestock Corridors. The Memorandum of "
    "Understanding was praised by herders.",
    # a plural acronym counts documents, it names none
    "Chad and Niger signed a Memorandum of Understanding on Livestock Corridors, one of 12 Memorandum of "
    "Understandings (MoUs) signed this year.",
    # a title after the generic name names the document
    "Chad and Niger signed a Memorandum of Understanding on Livestock Corridors. A Joint Statement entitled "
    "'Sahel Joint Statement on Herders' Rights' was adopted too.",
])
def test_a_generic_name_that_refers_back_or_counts_is_no_more_document(extract_text, text):
    names = [i.name for i in extract_text(text).instruments]
    assert "Memorandum of Understanding" not in names and "Memorandum of Understandings" not in names
    assert "Joint Statement" not in names


# documents of other heads, signed or adopted: (text, name, kind)
OTHER_HEADS = [
    ("Nepal and the agency signed the Record of Discussions on the Valley Irrigation Project on Sunday.",
     "Record of Discussions on the Valley Irrigation Project", "other"),
    ("Delegates endorsed the Terms of Reference of the Joint Border Committee.",
     "Terms of Reference of the Joint Border Committee", "other"),
    ("Both universities signed a Letter of Agreement on Staff Exchange.", "Letter of Agreement on Staff Exchange", "other"),
    ("The mayors adopted the Lagos Call to Action on Urban Flooding.", "Lagos Call to Action on Urban Flooding", "other"),
    ("The regional body adopted the Guiding Principles on Internal Displacement.",
     "Guiding Principles on Internal Displacement", "other"),
    ("Police and customs signed Standard Operating Procedures on Cargo Inspection.",
     "Standard Operating Procedures on Cargo Inspection", "other"),
    ("The governor issued an Executive Order on Water Rationing.", "Executive Order on Water Rationing", "law"),
    # a programme named a scheme, with its period
    ("Growers will draw on the Coffee Replanting Scheme 2026-2030 next season.", "Coffee Replanting Scheme", "other"),
]


@pytest.mark.parametrize("text,name,kind", OTHER_HEADS)
def test_documents_of_other_heads(extract_text, text, name, kind):
    found = {i.name: i.kind for i in extract_text(text).instruments}
    assert found == {name: kind}


# a place written with a lowercase particle opens the name whole
@pytest.mark.parametrize("text,name", [
    ("Ministers endorsed the Dar es Salaam Action Plan on Fisheries on Monday.", "Dar es Salaam Action Plan on Fisheries"),
    ("Donors praised the Sharm el-Sheikh Adaptation Agenda at the forum.", "Sharm el-Sheikh Adaptation Agenda"),
    ("The Rio de Janeiro Charter on Ocean Health was signed by ten mayors.", "Rio de Janeiro Charter on Ocean Health"),
])
def test_a_place_with_a_lowercase_particle_opens_the_name(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


# the possessive of a body of two capitalised words or more owns the document; it is not in its name
@pytest.mark.parametrize("text,name", [
    ("Delegates backed the African Development Bank's Ten-Year Strategy at the meeting.", "Ten-Year Strategy"),
    ("The board will approve the COMESA Secretariat's Annual Work Plan next week.", "Annual Work Plan"),
    ("Ministers reviewed the World Health Organization’s Global Action Plan on Sunday.", "Global Action Plan"),
    # ... not a single common word nor "Women's", which name the document
    ("The minister praised the Government's Reform Programme on Monday.", "Government's Reform Programme"),
    ("The ministry presented the National Women's Plan of Action.", "National Women's Plan of Action"),
])
def test_a_body_that_owns_the_document_is_not_in_its_name(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


# a title-case verb of approving or launching in a headline opens no name
@pytest.mark.parametrize("text,name,period", [
    ("Council Approves Coastal Resilience Action Plan, Citing Storm Losses\n\nThe council on Monday approved the "
     "Coastal Resilience Action Plan for 2026-2030.", "Coastal Resilience Action Plan", ("2026", "2030")),
    ("Minister Unveils Rural Broadband Strategy, Pledges Faster Links\n\nThe minister unveiled the Rural Broadband "
     "Strategy in Kisumu.", "Rural Broadband Strategy", (None, None)),
])
def test_a_headline_verb_opens_no_name(extract_text, text, name, period):
    assert [(i.name, i.start, i.end) for i in extract_text(text).instruments] == [(name,) + period]


def test_an_issued_generic_statement_names_no_document(extract_text):
    # "released a Joint Statement": what sort of document, not which (ANNOTATORS.md 8)
    text = ("Ministers adopted the Apia Statement on Fisheries Data on Tuesday. On Wednesday the two prime "
            "ministers released a Joint Statement after their talks.")
    assert [(i.name, i.kind) for i in extract_text(text).instruments] == [
        ("Apia Statement on Fisheries Data", "statement")]


# one document written with its parties after "between" and before its head, joined by a dash
@pytest.mark.parametrize("text,mentions", [
    ("Talks on the Fisheries Access Agreement between Senegal and the European Union ended. The "
     "Senegal-European Union Fisheries Access Agreement runs for five years.", 2),
    ("The Trade Agreement between Laos and Vietnam was renewed. Exporters say the Vietnam-Laos Trade "
     "Agreement cut their costs.", 2),
])
def test_parties_before_or_after_the_head_are_one_document(extract_text, text, mentions):
    instruments = extract_text(text).instruments
    assert len(instruments) == 1 and len(instruments[0].mentions) == mentions


def test_other_parties_are_another_document(extract_text):
    text = ("The Trade Agreement between Laos and Vietnam was renewed. The Laos-Cambodia Trade Agreement "
            "was signed too.")
    assert len(extract_text(text).instruments) == 2


# a party opening on a plural noun and "of" names both sides at once
@pytest.mark.parametrize("text,name", [
    ("The two presidents witnessed the signing of an Agreement on Seed Research between the Institutes "
     "of Agronomy; trade was also discussed.", "Agreement on Seed Research between the Institutes of Agronomy"),
    ("A Protocol on Data Exchange between the Chambers of Commerce was signed in Ulaanbaatar.",
     "Protocol on Data Exchange between the Chambers of Commerce"),
])
def test_one_plural_party_names_both_sides(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


# the parties written after a generic name's period are the name's; a name of its own takes none
@pytest.mark.parametrize("text,name,period", [
    ("The agencies adopted a Joint Work Plan for 2026-2027 between the Police of Fiji and the Police of Tonga.",
     "Joint Work Plan between the Police of Fiji and the Police of Tonga", ("2026", "2027")),
    ("The Programme of Cooperation (2025-2028) between Chile and Peru was signed in Arica.",
     "Programme of Cooperation between Chile and Peru", ("2025", "2028")),
    ("The Lima Fisheries Plan 2025-2028 between Chile and Peru was signed in Arica.",
     "Lima Fisheries Plan", ("2025", "2028")),
])
def test_parties_after_the_period(extract_text, text, name, period):
    assert [(i.name, i.start, i.end) for i in extract_text(text).instruments] == [(name,) + period]


# a quoted capitalised title right after a lowercase head names the document, of the head's kind
@pytest.mark.parametrize("text,found", [
    ('The region adopted the state programme "Healthy Steppe" for 2025-2027.', [("Healthy Steppe", "programme")]),
    ("Officials outlined the strategy \u201cAral Revival 2040\u201d at the forum.", [("Aral Revival 2040", "strategy")]),
    # not after what is said: a quotation may follow a statement
    ('The ministry said in a statement "Prices Will Fall" was its message.', []),
    # not a long quote, nor a lowercase one
    ('The minister backed the plan "We Will Build Roads, Schools, Clinics And Markets In Every District Of The North".', []),
    ('The minister backed the plan "to build roads" in the north.', []),
])
def test_a_quoted_title_after_a_lowercase_head(extract_text, text, found):
    assert [(i.name, i.kind) for i in extract_text(text).instruments] == found
