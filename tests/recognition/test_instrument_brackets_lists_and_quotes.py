"""Instrument shapes seen on fresh press (session 13), on sentences written for these tests:
title-case phrases in brackets inside a law's name, a clause after a name's colon."""
import pytest


@pytest.mark.parametrize("text,names", [
    # a bracketed phrase of several words inside the name, and two brackets in a row
    ("The assembly debated the Coastal Fisheries (Licensing of Vessels) Act on Monday.",
     ["Coastal Fisheries (Licensing of Vessels) Act"]),
    ("Senators passed the High Court (Number of Benches) (Amendment) Bill after a long debate.",
     ["High Court (Number of Benches) (Amendment) Bill"]),
    ("The list holds the Stamp Duty (Amendment and Validation) Bill and the Forestry Bill.",
     ["Stamp Duty (Amendment and Validation) Bill", "Forestry Bill"]),
    ("Officials are drafting the Statutes (Amendment, Repeal and Consolidation) Bill for the session.",
     ["Statutes (Amendment, Repeal and Consolidation) Bill"]),
    # one capitalised word in brackets, as before
    ("The Senate passed the Penal Code (Amendment) Act on Monday.", ["Penal Code (Amendment) Act"]),
    # a plural possessive before the bracket
    ("Cabinet approved the Port Workers' (Safety and Welfare) Bill, 2018.", ["Port Workers' (Safety and Welfare) Bill"]),
])
def test_a_title_case_bracket_is_a_word_of_the_name(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # an acronym or a number in brackets is no part of the name
    ("The Free Trade Agreement (FTA) was signed alongside the Labour Code (No. 12) today.",
     ["Free Trade Agreement"]),
])
def test_an_acronym_or_number_in_brackets_stays_out(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments][:1] == names


@pytest.mark.parametrize("text,name", [
    ("Fisheries Cooperation Agreement between the two governments: This agreement sets the rules for boats.",
     "Fisheries Cooperation Agreement"),
    ("Memorandum of Understanding on Cooperation in the Field of Sport: This MoU, signed by the two ministers, covers coaching.",
     "Memorandum of Understanding on Cooperation in the Field of Sport"),
    ("The Agreement on Trade in Services: It covers banking and transport.", "Agreement on Trade in Services"),
])
def test_a_clause_after_the_colon_is_no_subtitle(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


def test_a_title_case_subtitle_after_the_colon_stays(extract_text):
    text = "The leaders adopted the Apia Declaration on the Ocean 2050: Our Common Home at the summit."
    assert [i.name for i in extract_text(text).instruments] == ["Apia Declaration on the Ocean 2050: Our Common Home"]


@pytest.mark.parametrize("text,names", [
    # two names of one singular head that share a word are two documents
    ("The cabinet approved the National Fisheries Policy and National Sports Policy on Tuesday.",
     ["National Fisheries Policy", "National Sports Policy"]),
    ("The ministers signed the Pacific Shipping Agreement and Pacific Aviation Agreement in Suva.",
     ["Pacific Shipping Agreement", "Pacific Aviation Agreement"]),
    # a generic name joined to a named one is one more document, not a mention of it
    ("The ministers signed the Trade Agreement and Investment Agreement on Friday.",
     ["Trade Agreement", "Investment Agreement"]),
    ("The ministers signed the Investment Agreement and the Trade Agreement on Friday.",
     ["Investment Agreement", "Trade Agreement"]),
])
def test_coordinated_names_stay_apart(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


def test_a_plural_head_shared_by_two_names_stays_one(extract_text):
    text = "The council funds the Cadet Research Programs and Field Research Programs."
    assert [i.name for i in extract_text(text).instruments] == ["Cadet Research Programs and Field Research Programs"]


def test_a_generic_name_after_a_named_one_still_refers_back(extract_text):
    text = "Japan and Peru signed the Investment Agreement in 2020. The Agreement entered into force in 2021."
    assert [i.name for i in extract_text(text).instruments] == ["Investment Agreement"]


@pytest.mark.parametrize("text", [
    "He spoke at the Bill & Melinda Gates Foundation on Monday.",
    "The design firm Plan & Build Partners won the contract.",
])
def test_a_head_joined_by_an_ampersand_is_a_word_of_a_body(extract_text, text):
    assert extract_text(text).instruments == []


@pytest.mark.parametrize("text,names", [
    # two names joined by "and" before a plural head: one document each, each item whole
    ("The two countries signed the Fisheries and Investment Agreements on Monday.",
     ["Fisheries Agreement", "Investment Agreement"]),
    ("The ministers signed the Extradition and Mutual Legal Assistance Treaties in Lima.",
     ["Extradition Treaty", "Mutual Legal Assistance Treaty"]),
    # places before the plural head share what follows the last one, as before
    ("The Tonga and Samoa National Action Plans were adopted.",
     ["Tonga National Action Plan", "Samoa National Action Plan"]),
    # programmes of a field pair stay one name
    ("The board funded the Roads and Bridges Programmes in 2026.", ["Roads and Bridges Programmes"]),
])
def test_a_plural_head_after_two_names_joined_by_and(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text", [
    # a complement that runs into the head of a body names the body, not a document
    "The Bill of Rights Network criticised the budget.",
    "The Convention on Migratory Species Trust Fund paid for the survey.",
    "The UN Convention Against Corruption Implementation Review Group met in Vienna.",
    "The Agreement on Port State Measures Implementation Fund was launched.",
])
def test_a_body_named_after_a_document_is_no_document(extract_text, text):
    assert extract_text(text).instruments == []


@pytest.mark.parametrize("text,names", [
    ("They issued the Joint Statement of ASEAN Ministers Meeting on Monday.", ["Joint Statement of ASEAN Ministers Meeting"]),
    ("They ratified the Convention Against Torture in 2019.", ["Convention Against Torture"]),
])
def test_documents_of_meetings_and_titled_connectors_stay(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


@pytest.mark.parametrize("text,names", [
    # a line that is a name and nothing else, its small words in lowercase, is the title of the text
    ("The following is the full text.\n\nJoint Statement between the Republic of Chile and the Kingdom of Spain\n\n"
     "3 May 2024, Santiago", ["Joint Statement between the Republic of Chile and the Kingdom of Spain"]),
    ("Treaty of Friendship Between Japan and Peru\n\nThe text follows.", ["Treaty of Friendship Between Japan and Peru"]),
])
def test_a_line_that_is_a_name_titles_the_document(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


@pytest.mark.parametrize("text", [
    "Free Trade Agreement Talks Resume In Lima\n\nLIMA: Talks resumed on Monday.",
])
def test_a_title_case_headline_with_more_than_a_name_names_nothing(extract_text, text):
    assert extract_text(text).instruments == []


def test_a_subheading_that_opens_on_a_generic_head_is_no_listed_title(extract_text):
    text = ("The two ministries signed a memorandum of understanding on Monday.\n\nMemorandum of understanding aims\n\n"
            "The memorandum aims to create a framework for dialogue.")
    assert extract_text(text).instruments == []


@pytest.mark.parametrize("text,names", [
    # lines after a colon that opens the list, with no bullets: each line is one listed title
    ("The documents signed:\nMemorandum of Understanding on cooperation in labour and employment\n"
     "Agreement on cooperation in the field of tourism\n",
     ["Memorandum of Understanding on cooperation in labour and employment",
      "Agreement on cooperation in the field of tourism"]),
    ("Documents signed:\n- Memorandum of Understanding on cooperation in sport;\n- Agreement on cooperation in fisheries;",
     ["Memorandum of Understanding on cooperation in sport", "Agreement on cooperation in fisheries"]),
])
def test_listed_titles_after_a_colon_stay_whole(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


@pytest.mark.parametrize("text,names", [
    # the comma that the closing quote takes in (American style) does not end a quoted complement
    ('Peru and Japan signed the Exchange of Notes on Grant Aid for the "Project for Port Safety Equipment," a grant of '
     '300 million yen.', ['Exchange of Notes on Grant Aid for the "Project for Port Safety Equipment"']),
    # a name that opens a quoted title runs to the closing quote, lowercase words included
    ('The grants fund the road and "Programme for Water Supply Improvement in support of the Rural Sector".',
     ["Programme for Water Supply Improvement in support of the Rural Sector"]),
    ('They signed the "Memorandum of Understanding on cooperation in the field of youth and sports" on Monday.',
     ["Memorandum of Understanding on cooperation in the field of youth and sports"]),
])
def test_quoted_titles_run_to_their_closing_quote(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


@pytest.mark.parametrize("text", [
    '"The Agreement will help farmers in the north," he said.',
])
def test_a_quoted_remark_that_opens_on_a_head_is_no_title(extract_text, text):
    assert extract_text(text).instruments == []


@pytest.mark.parametrize("text,name", [
    # "as a" deep in a complement goes on with the name when a capitalised run follows
    ("Leaders signed the Pacific Declaration on the Role of Youth as a Driver for Building the Blue Pacific Continent.",
     "Pacific Declaration on the Role of Youth as a Driver for Building the Blue Pacific Continent"),
    # a role after "as" is no part of the name
    ("Peru signed the Agreement on Fisheries Cooperation as Chair of the forum.", "Agreement on Fisheries Cooperation"),
    ("The ministers adopted the Plan of Action on Trade as ASEAN Chair in 2024.", "Plan of Action on Trade"),
])
def test_as_deep_in_a_complement(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments][0] == name


@pytest.mark.parametrize("text,names", [
    # a memorandum written in sentence case, given its acronym or listed, is the document's name
    ("The Memorandum of understanding (MoU) was signed by the two ministers on Monday.", ["Memorandum of understanding"]),
    ("Documents signed:\n- Memorandum of understanding on cooperation in labour;",
     ["Memorandum of understanding on cooperation in labour"]),
    # all lowercase, no name
    ("The two ministries signed a memorandum of understanding on development.", []),
])
def test_a_memorandum_in_sentence_case(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


def test_a_headline_with_its_point_after_a_colon_is_no_title(extract_text):
    text = "Agenda of Pacific Summit: Fisheries First\n\nLeaders opened talks in Suva on Monday."
    assert extract_text(text).instruments == []


@pytest.mark.parametrize("text,names", [
    # a short lowercase phrase between a generic name opening the sentence and its participle of signing
    ("The Memorandum of Understanding between the two countries was signed by the ministers.", ["Memorandum of Understanding"]),
    # (its lowercase subject after "on" is the generic name's: tests/recognition/test_instrument_lowercase_subjects.py)
    ("The Joint Statement on climate was adopted on Friday.", ["Joint Statement on climate"]),
    # no participle of signing: the generic name refers to nothing named
    ("The Plan for the two provinces focuses on roads.", []),
])
def test_a_lowercase_phrase_before_the_participle(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


@pytest.mark.parametrize("text,name", [
    # a party's country after its comma (and after its acronym) stays in the parties
    ("They signed the MoU between the Council of Chilean Universities (CCU), Chile and the Peruvian Academy of Sciences "
     "(PAS), Peru on Mutual Recognition of Degrees.",
     "MoU between the Council of Chilean Universities, Chile and the Peruvian Academy of Sciences, Peru on Mutual "
     "Recognition of Degrees"),
    ("They signed the MoU between the University of Lima, Peru and the University of Chile, Chile on Student Exchange.",
     "MoU between the University of Lima, Peru and the University of Chile, Chile on Student Exchange"),
])
def test_a_party_with_its_country_after_a_comma(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


def test_a_listed_title_of_generic_words_and_small_words_runs_to_its_description(extract_text):
    text = ("Here is a list of the MoUs signed:\nAir Services Agreement between Peru and Chile.\n"
            "MoU on Cooperation in the proposed development of a Fertiliser Plant in Peru and export of surplus urea "
            "to Chile - It envisages a plant in Ilo.\nMoU on Cooperation in the Field of Sports: The MOU covers coaching.\n")
    assert [i.name for i in extract_text(text).instruments] == [
        "Air Services Agreement",
        "MoU on Cooperation in the proposed development of a Fertiliser Plant in Peru and export of surplus urea to Chile",
        "MoU on Cooperation in the Field of Sports"]


def test_items_of_one_list_stay_apart_and_whole(extract_text):
    text = ("The ministers endorsed the following declarations:\n\n  - Declaration of Lima\n"
            "  - Declaration of the Andean Forum for the Protection of Glaciers\n"
            "  - Declaration of the Andean Forum about Youth\n"
            "  - Declaration for Well-being, Health and Social Inclusion in the Andes\n")
    assert [i.name for i in extract_text(text).instruments] == [
        "Declaration of Lima", "Declaration of the Andean Forum for the Protection of Glaciers",
        "Declaration of the Andean Forum about Youth",
        "Declaration for Well-being, Health and Social Inclusion in the Andes"]


@pytest.mark.parametrize("text,names", [
    # a preposition capitalised by a title-case headline is no word of the name after it
    ("3 Bills Including Port (Amendment) Bill, 2024 Tabled In Senate\nLIMA: Three bills were tabled on Tuesday.",
     ["Port (Amendment) Bill"]),
    ("The cabinet approved the Plan Following Consultations Act on Monday.", ["Consultations Act"]),
])
def test_a_title_case_preposition_ends_what_comes_before_the_name(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


def test_a_name_read_from_two_heads_takes_the_kind_of_the_head_that_ends_it(extract_text):
    text = "The Compact of Free Association Act of 1985 was amended by Congress."
    assert [(i.name, i.kind) for i in extract_text(text).instruments] == [("Compact of Free Association Act", "law")]
