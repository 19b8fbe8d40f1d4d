"""Instruments told by their signing (sentences written for these tests): a generic capitalised
name opening a sentence whose verb says it was signed or adopted, a title-case headline whose
verb of signing stands before the name, a period in an apposition after a comma; and the same
shapes where no document is named."""
import pytest


@pytest.mark.parametrize("text,names", [
    # "The <generic name>" opening the sentence, then a participle of signing: this document's signing
    ("The Memorandum of Understanding was signed by Trade Minister Ana Ruiz and her Chilean counterpart.",
     ["Memorandum of Understanding"]),
    ("The Joint Declaration will be formally adopted at the closing session.", ["Joint Declaration"]),
    ("The Framework Agreement signed today between Peru and Ecuador covers fisheries.", ["Framework Agreement"]),
    ("The Free Trade Agreement (FTA) was ratified by both parliaments last year.", ["Free Trade Agreement"]),
    # ... but not without one: it speaks of a document named before, or of none
    ("The Action Plan will guide the work of the two ministries.", []),
    ("The Action Plan has few supporters in the ministry.", []),
    # a statement or declaration that speaks is the one its meeting issued
    ("The Joint Statement said that the talks had been frank.", ["Joint Statement"]),
    ("The ministers met in Apia. The Joint Declaration stressed the need for climate finance.", ["Joint Declaration"]),
    ("The Memorandum of Understanding has many supporters in the ministry.", []),
    # ... nor when a document of its kind has a name of its own: it refers back to it
    ("Both sides signed the Memorandum of Understanding on Port Security. The Memorandum of "
     "Understanding was signed by the two ports' chiefs.", ["Memorandum of Understanding on Port Security"]),
    # lowercase, plural and press documents are none
    ("The memorandum of understanding was signed by the two agencies.", []),
    ("The Agreements were signed by the ministers of both countries.", []),
    ("The Press Statement was issued by the ministry on Sunday.", []),
])
def test_a_generic_name_told_signed(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # a title-case headline: the capitalised verb of signing opens the name, the body's writing names it
    ("Namibia, Angola Sign Memorandum Of Understanding On Water Sharing\n\nNamibia and Angola on Monday "
     "signed a Memorandum of Understanding on Water Sharing in Windhoek.",
     ["Memorandum of Understanding on Water Sharing"]),
    ("Nepal And Bhutan Ink Agreement On Hydropower Trade\n\nNepal and Bhutan inked an Agreement on "
     "Hydropower Trade in Thimphu on Friday.", ["Agreement on Hydropower Trade"]),
    # a headline's generic or plural document after the verb names none
    ("Leaders Sign Joint Agreement In Landmark Meeting\n\nThe two leaders signed a joint agreement in "
     "Hanoi on Tuesday.", []),
    ("Ghana Signs Agreements With Togo\n\nGhana signed two agreements with Togo on Monday.", []),
    # a capitalised verb of signing shows the line is in title case, its comma notwithstanding
    ("Peru and Chile Sign Agreement to Boost Mining, Energy Ties\n\nPeru and Chile signed an agreement "
     "on Monday to boost ties in mining.", []),
    # a headline in sentence case: its lowercase verb shows the capitals are a name's
    ("Tonga, Niue sign Fisheries Cooperation Agreement\n\nTonga and Niue on Tuesday signed a deal on fisheries.",
     ["Fisheries Cooperation Agreement"]),
])
def test_a_headline_verb_of_signing_opens_the_name(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,name,start,end", [
    # an apposition saying how long the document is valid
    ("The National Adaptation Plan, valid until 2035, was sent to the secretariat.",
     "National Adaptation Plan", None, "2035"),
    ("Officials presented the Rural Water Strategy, valid from 2026 to 2031, in Lusaka.",
     "Rural Water Strategy", "2026", "2031"),
    # "valid" with no years after it says nothing of a period
    ("The Rural Water Strategy, valid as of today, was presented in Lusaka.", "Rural Water Strategy", None, None),
])
def test_a_validity_apposition_gives_the_period(extract_text, text, name, start, end):
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found == {name: (start, end)}


@pytest.mark.parametrize("text,names", [
    # a listed item named by its head and its parties goes on with its lowercase subject: two documents
    ("The ministers signed:\n1. Agreement between the Government of Chad and the Government of Niger on "
     "joint patrols along the border;\n2. Agreement between the Government of Chad and the Government of "
     "Niger on the transit of livestock;",
     ["Agreement between the Government of Chad and the Government of Niger on joint patrols along the border",
      "Agreement between the Government of Chad and the Government of Niger on the transit of livestock"]),
    # when the item tells when it was signed, its title ends before it
    ("Documents exchanged:\n- Protocol on amending the Agreement on visas signed on 3 May 2001;\n"
     "- Agreement on cooperation in tourism;",
     ["Protocol on amending the Agreement on visas", "Agreement on cooperation in tourism"]),
    ("Documents exchanged:\n- Protocol on amending the Agreement on rail transit dated March 9, 2004;",
     ["Protocol on amending the Agreement on rail transit"]),
    # a name with capitals of its own before "between" keeps the lowercase words out (no listed title)
    ("Documents exchanged:\n- Sahel Water Agreement between Chad and Niger on joint patrols;",
     ["Sahel Water Agreement"]),
])
def test_listed_documents_with_parties_and_dates(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # "and the" before a capitalised run (hyphened words too) ending in a head: a second document
    ("Delegates upheld the Statute of the Andean Court and the Pan-Andean Water Charter.",
     ["Statute of the Andean Court", "Pan-Andean Water Charter"]),
    ("Both sides recalled the Treaty of Good Neighbourliness and the Lake Chad Basin Water Charter.",
     ["Treaty of Good Neighbourliness", "Lake Chad Basin Water Charter"]),
    # ... not before a party
    ("They signed the Agreement between the Government of Ghana and the Government of Togo on Transit.",
     ["Agreement between the Government of Ghana and the Government of Togo on Transit"]),
])
def test_a_second_named_document_after_and_the(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # a generic name with a plural head names several documents, none of them
    ("Officials reviewed the Joint Declarations signed in 2019 and 2021.", []),
    ("The leaders said the Bilateral Agreements would be renewed.", []),
    # ... its period or its acronym after it names none either (ANNOTATORS.md 8: plurals are no instruments)
    ("The ministers adopted the Action Plans 2026-2030 in Dakar.", []),
    # heads plural in form only, and plural heads with a name of their own, stay
    ("Both delegations signed the Agreed Minutes of the session.", ["Agreed Minutes"]),
    ("Envoys backed the Sustainable Development Goals and the Fisheries Work Plans III and IV.",
     ["Sustainable Development Goals", "Fisheries Work Plans III and IV"]),
])
def test_plural_generic_names(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # a short field name after a small word, with no article or owner: a field of work, no document
    ("The envoys exchanged views on Climate Policy, Trade Policy and Energy Policy.", []),
    ("She spoke about the place of Energy Policy in growth.", []),
    # with an article, an owner, a verb before it (a headline) or more words, a document
    ("The cabinet adopted the National Energy Policy, Mining Policy and Water Policy.",
     ["National Energy Policy", "Mining Policy", "Water Policy"]),
    ("Togo's Digital Policy was praised by donors.", ["Digital Policy"]),
    ("Senegal unveils Fisheries Policy in Dakar", ["Fisheries Policy"]),
    ("Delegates spoke on National Rural Water Policy reforms.", ["National Rural Water Policy"]),
])
def test_a_bare_field_policy(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # the authors of a joint document after "by" belong to its name, as parties after "between" do
    ("The leaders issued a Joint Statement by the Presidents of Benin and Togo after their talks.",
     ["Joint Statement by the Presidents of Benin and Togo"]),
    ("They adopted a Joint Declaration by the Heads of State of the Andes on Water Security in Quito.",
     ["Joint Declaration by the Heads of State of the Andes on Water Security"]),
    # ... a lowercase subject after them stays out
    ("They issued a Joint Statement by the Foreign Ministers of Peru and Chile on regional trade.",
     ["Joint Statement by the Foreign Ministers of Peru and Chile"]),
    # a statement "by" one office is a release; a passive "by" names who issued it, not the name's authors
    ("A Statement by the Spokesperson on the elections was issued on Monday.", []),
    ("The Joint Statement was issued by the Ministry of Foreign Affairs.", ["Joint Statement"]),
])
def test_a_joint_document_named_with_its_authors(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,name,start,end", [
    # a clause inserted between commas after the sentence's subject, then the verb telling its period
    ("The Coastal Roads Plan, adopted in Accra on Friday, covers 2027 to 2031.", "Coastal Roads Plan", "2027", "2031"),
    ("The Coastal Roads Plan, which donors praised, will run from 2027 to 2031.", "Coastal Roads Plan", "2027", "2031"),
    ("The Coastal Roads Plan, ministers said, runs from 2027 to 2031.", "Coastal Roads Plan", "2027", "2031"),
    # a duration, then the years after a comma
    ("Togo adopted the Coastal Roads Plan for the next five years, from 2027 to 2031.",
     "Coastal Roads Plan", "2027", "2031"),
    # ... not years that open another clause, nor a verb of another subject
    ("The Coastal Roads Plan, ministers said, was a success, from 2027 to 2031 tolls will rise.",
     "Coastal Roads Plan", None, None),
    ("The Coastal Roads Plan, praised by donors, was launched as talks on 2027-2031 budgets began.",
     "Coastal Roads Plan", None, None),
])
def test_a_period_after_an_inserted_clause(extract_text, text, name, start, end):
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found == {name: (start, end)}


@pytest.mark.parametrize("text,names", [
    # a complement after the bracketed acronym goes on with the name, an article after its preposition too
    ("The Memorandum of Understanding (MoU) on the Employment of Seasonal Workers was renewed in Suva.",
     ["Memorandum of Understanding on the Employment of Seasonal Workers"]),
    # a lowercase complement after the acronym does not
    ("They renewed the Memorandum of Understanding (MoU) on the hiring of workers in Suva.",
     ["Memorandum of Understanding"]),
    # an elided article before a capital is inside a party's name ("Côte d'Ivoire")
    ("Officials signed the Agreement on Cocoa Trade between the Government of Ghana and the Government of "
     "Côte d'Ivoire in Accra.",
     ["Agreement on Cocoa Trade between the Government of Ghana and the Government of Côte d'Ivoire"]),
])
def test_acronym_complements_and_elided_party_names(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,capitalised", [
    ("d'Ivoire", True), ("d\u2019Ivoire", True), ("l'Union", True), ("d'accord", False), ("don't", False), ("Ivoire", True),
])
def test_an_elided_article_before_a_capital_is_capitalised(text, capitalised):
    from newsfacts.recognition.phrases import is_capitalised_text
    assert is_capitalised_text(text) is capitalised


@pytest.mark.parametrize("text,names", [
    # a bare number of three digits or more after a head is the law's number
    ("Under Republic Act 11890, the province gained a new charter.", ["Republic Act 11890"]),
    # a year is a name's year, and a small bare number no law's number ("Act 2" of a play)
    ("The Mining Act 2024 was passed on Friday.", ["Mining Act 2024"]),
    ("In Act 2 the hero retells the war.", []),
    # a numbered alias in brackets after a name is the same law
    ("The board applies the Wildlife Act (Act 1098), passed in June.", ["Wildlife Act"]),
    ("The board applies the Wildlife Act, 2023 (Act 1098) since June.", ["Wildlife Act"]),
])
def test_law_numbers_and_numbered_aliases(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)
