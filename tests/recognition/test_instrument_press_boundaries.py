"""Boundaries of instrument names seen on fresh press (session 7), on sentences written for these
tests: a hyphened word whose second part title case leaves lowercase, lowercase words that
describe a capitalised generic name after its article."""
import pytest

# (text, name, kind)
NAMED = [
    # a capitalised prefix hyphened to a lowercase rest is one word of the complement
    ("Samoa acceded to the Regional Protocol on Trans-boundary Movement of Hazardous Wastes last year.",
     "Regional Protocol on Trans-boundary Movement of Hazardous Wastes", "other"),
    ("The Framework on Inter-agency Coordination for Disaster Response was endorsed by the council.",
     "Framework on Inter-agency Coordination for Disaster Response", "framework"),
    ("Under the Agreement on Multi-modal Transport of Goods, trucks will cross freely.",
     "Agreement on Multi-modal Transport of Goods", "agreement"),
    # lowercase words describing a generic capitalised name between its article and it
    ("Peru hopes to conclude the comprehensive Free Trade Agreement with Indonesia in 2027.",
     "Free Trade Agreement", "agreement"),
    ("Ministers from both sides initialled the long-awaited Joint Declaration in Dakar.",
     "Joint Declaration", "declaration"),
    ("The council approved the new, revised National Action Plan for the sector.",
     "National Action Plan", "plan"),
]


@pytest.mark.parametrize("text,name,kind", NAMED)
def test_named_with_its_whole_boundary(extract_text, text, name, kind):
    found = {i.name: i.kind for i in extract_text(text).instruments}
    assert found.get(name) == kind, found


NOT_NAMED = [
    # a capitalised generic name after lowercase words with no article: a subject, not a document
    "Officials said talks on Free Trade Agreement issues would resume.",
    # a verb between the article's noun and the name: the generic words name no document
    "The ministry says Joint Statement drafts are ready for review.",
    # too many words between the article and the name to describe it
    "The plan sets out how the region meets its targets under National Action Plan rules.",
]


@pytest.mark.parametrize("text", NOT_NAMED)
def test_generic_words_without_article_name_nothing(extract_text, text):
    assert extract_text(text).instruments == []


@pytest.mark.parametrize("text,name", [
    ("Ecuador withdrew its reservation to the International Covenant on Economic, Social and Cultural "
     "Rights in 2025.", "International Covenant on Economic, Social and Cultural Rights"),
    ("Judges elected under the Statute of the African Court of Justice began work in Arusha.",
     "Statute of the African Court of Justice"),
])
def test_older_treaty_heads_name_instruments_of_another_kind(extract_text, text, name):
    assert [(i.name, i.kind) for i in extract_text(text).instruments] == [(name, "other")]


@pytest.mark.parametrize("text,name", [
    # a headline in sentence case: the lowercase verb shows the capitals after it are a name's
    ("Chile and Peru sign Andean Fisheries Agreement in Lima\n\nThe ministers met on Monday.",
     "Andean Fisheries Agreement"),
    # (its ordinal places the programme in its series: a word of the name)
    ("Parliament passes 3rd Rural Roads Programme\n\nLawmakers voted on Tuesday.", "3rd Rural Roads Programme"),
])
def test_a_sentence_case_headline_names_its_instrument(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


def test_a_title_case_headline_names_nothing(extract_text):
    text = "Chile And Peru Sign Andean Fisheries Agreement In Lima\n\nThe ministers met on Monday."
    assert extract_text(text).instruments == []


def test_three_names_listed_with_commas_before_a_plural_head_are_three_documents(extract_text):
    text = ("The board funded the Malaria Control, Rural Nutrition and Maternal Health Support "
            "Programmes for 2026.")
    names = sorted(i.name for i in extract_text(text).instruments)
    assert names == ["Malaria Control Programme", "Maternal Health Support Programme",
                     "Rural Nutrition Programme"]


def test_two_names_joined_by_and_before_a_plural_head_stay_one_name(extract_text):
    text = "The board funded the Water and Sanitation Programmes in 2026."
    assert [i.name for i in extract_text(text).instruments] == ["Water and Sanitation Programmes"]


def test_a_meeting_titled_with_an_instrument_word_and_a_year_is_no_instrument(extract_text):
    text = ('The week, billed as "Treaty Event 2031: Universal Participation", drew 60 states. '
            "The Convention Conference 2030 closed in Bonn.")
    assert extract_text(text).instruments == []


@pytest.mark.parametrize("text,name", [
    # "with" / "from" deep in a complement, before words that name no place and no party
    ("Nepal ratified the Optional Protocol on the Rights of Workers with Family Responsibilities in 2026.",
     "Optional Protocol on the Rights of Workers with Family Responsibilities"),
    ("The Regional Framework for the Protection of Children from Online Abuse was endorsed in Apia.",
     "Regional Framework for the Protection of Children from Online Abuse"),
    # ... not right after the head, nor before a place or a party
    ("Kenya signed the Agreement with Japan in Nairobi on Monday.", None),
    ("Both sides signed a Memorandum of Understanding on Fisheries with Chile in Lima.",
     "Memorandum of Understanding on Fisheries"),
    ("They signed the Protocol on Cooperation in Health with Ministries of Health of both countries.",
     "Protocol on Cooperation in Health"),
])
def test_with_and_from_go_on_only_deep_in_a_complement(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == ([name] if name else [])


def test_a_title_cue_inside_its_sentence_speaks_of_no_document_before_it(extract_text):
    text = ("Delegates signed several treaties and conventions. The week, titled \"Open Doors: Rights "
            "For Everyone\", ended on Friday.")
    assert extract_text(text).instruments == []


@pytest.mark.parametrize("text,names", [
    # a number word opening the run before a plural head counts the documents
    ("Ministers adopted Three Action Plans for Coastal Tourism in Apia.", ["Action Plans for Coastal Tourism"]),
    ("Ghana and Togo inked Four Cooperation Agreements on Monday.", []),
    # ... a number followed by a unit names a span of the documents
    ("The Ten Year Plans of the districts were reviewed.", ["Ten Year Plans"]),
])
def test_a_number_word_before_a_plural_head_counts_documents(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


@pytest.mark.parametrize("text,name", [
    ("The new mayor unveiled her 90 Day Recovery Plan for the port on Friday.", "90 Day Recovery Plan"),
    ("Donors backed the 15 Year Irrigation Programme in the delta.", "15 Year Irrigation Programme"),
])
def test_the_number_of_a_span_opens_the_name(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


@pytest.mark.parametrize("text,names", [
    # a lowercase participle after a head makes its object the document's subject
    ("Namibia deposited its ratification of the Agreement establishing the Southern Africa Power "
     "Pool last week.", ["Agreement establishing the Southern Africa Power Pool"]),
    ("The Protocol amending the Treaty of Asuncion entered into force in 2027.",
     ["Protocol amending the Treaty of Asuncion", "Treaty of Asuncion"]),
    # ... not when its object is no name
    ("The Charter establishing priorities for youth was discussed.", []),
])
def test_a_participle_after_the_head_goes_on_with_the_name(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,name", [
    # an official after a connector received or witnessed the document: no word of its name
    ("Samoa handed its Instrument of Accession to the Pacific Fisheries Treaty to Secretary-General "
     "Jane Doe in Suva.", "Instrument of Accession to the Pacific Fisheries Treaty"),
    ("The envoy presented the Blue Corridor Agreement to Foreign Minister Ana Silva on Friday.",
     "Blue Corridor Agreement"),
    ("Kiribati sent the Ocean Pathway Roadmap to the Prime Minister of Tuvalu, Feleti Teo, for comment.",
     "Ocean Pathway Roadmap"),
])
def test_an_official_after_a_connector_ends_the_name(extract_text, text, name):
    assert name in [i.name for i in extract_text(text).instruments]


@pytest.mark.parametrize("text,names", [
    # a body named by whom or where it is of, before a head: the body's own document
    ("Moldova ratified the Council of Europe Convention on Action against Trafficking in 2026.",
     ["Council of Europe Convention on Action against Trafficking"]),
    ("The Bank of Ghana Act was amended last year.", ["Bank of Ghana Act"]),
    # ... a body named by its subject ends its name at the head
    ("The Commission on Maritime Law met in Accra on Monday.", []),
])
def test_a_body_of_a_place_owns_the_document_after_it(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names
