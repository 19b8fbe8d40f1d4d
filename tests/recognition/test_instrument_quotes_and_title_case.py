"""Instrument names written with quotes or in title case, seen on fresh press (session 9), on
sentences written for these tests: a closing quote after a quoted name is no opening quote of a
title; a quoted title inside a complement ("on the 'X'") goes on with the name; a title-case
"Between" opens the parties as a lowercase one does."""
import pytest

# (text, the names expected, in any order)
NAMED = [
    # two quoted names joined by "and": the closing quote of the first opens nothing
    ('The envoys signed the "Protocol on Seed Exchange between the Government of Chile and the '
     'Government of Peru" and the "Agreement on Trade between the Government of Peru and the '
     'Government of Chile" on Friday.',
     ["Protocol on Seed Exchange between the Government of Chile and the Government of Peru",
      "Agreement on Trade between the Government of Peru and the Government of Chile"]),
    ("Ghana ratified the \u201cConvention on Inland Fishing\u201d and the \u201cCharter on River "
     "Basins\u201d in May.", ["Convention on Inland Fishing", "Charter on River Basins"]),
    # a quoted title in the complement goes on with the name (and, as after any complement of a
    # bare head, with the parties after it)
    ("The Declaration on the \u201cGreen Corridor Partnership\u201d between Kenya and Rwanda was "
     "signed in Kigali on Monday.",
     ["Declaration on the \u201cGreen Corridor Partnership\u201d between Kenya and Rwanda"]),
    ("Leaders endorsed the Statement on the \u2018Blue Pacific Continent\u2019 at the close.",
     ["Statement on the \u2018Blue Pacific Continent\u2019"]),
    ('Officials drafted a Framework for the "Clean Seas Initiative" over the winter.',
     ['Framework for the "Clean Seas Initiative"']),
    # a quoted title right after the name still belongs to it
    ('The government approved the Program "Future Farms" last year.', ['Program "Future Farms"']),
    # title case "Between": the parties and the subject after them are the name's
    ('Both sides signed the "Memorandum of Understanding Between the Ministry of Energy of Oman and '
     'the Ministry of Energy of Jordan on Grid Links" in Muscat.',
     ["Memorandum of Understanding Between the Ministry of Energy of Oman and the Ministry of Energy "
      "of Jordan on Grid Links"]),
    ("The Agreement Between the Government of Nepal and the Government of Bhutan on Air Services "
     "entered into force.",
     ["Agreement Between the Government of Nepal and the Government of Bhutan on Air Services"]),
]


@pytest.mark.parametrize("text,names", NAMED)
def test_quoted_and_title_case_names(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text", [
    # a quoted phrase after a lowercase verb is no part of the name before it
    'The Agreement on Fisheries was called "a milestone" by the minister.',
    # quotes that close a name said by someone: the words after them are the speaker's
    'He praised the "Coastal Defence Plan" and said "more work" lay ahead.',
])
def test_quotes_outside_the_name_stay_outside(extract_text, text):
    for i in extract_text(text).instruments:
        assert "milestone" not in i.name and "more work" not in i.name and not i.name.endswith('"'), i.name


# A word that ends a head only inside a longer head ("Cooperation" of "Memorandum of Cooperation",
# "Understanding" of "Memorandum of Understanding") is a plain modifier elsewhere: "and" after it
# joins two modifiers of one name, it does not end a first name.
COORDINATED_MODIFIERS = [
    ("The two presidents recalled the Chile-Peru Cooperation and Friendship Treaty of 1993.",
     ["Chile-Peru Cooperation and Friendship Treaty"]),
    ("Exporters welcome the Economic Cooperation and Trade Agreement with Korea.",
     ["Economic Cooperation and Trade Agreement"]),
    ("The ministers praised the Mutual Understanding and Good Neighbourliness Pact.",
     ["Mutual Understanding and Good Neighbourliness Pact"]),
    # the whole longer head before "and" still ends a first name
    ("They signed the Memorandum of Cooperation and the Fisheries Agreement in Apia.",
     ["Memorandum of Cooperation", "Fisheries Agreement"]),
    ("Officials exchanged the Memorandum of Understanding and Letter of Intent on Monday.",
     ["Memorandum of Understanding", "Letter of Intent"]),
]


@pytest.mark.parametrize("text,names", COORDINATED_MODIFIERS)
def test_modifiers_joined_by_and_stay_in_one_name(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


# A generic name after "and" ("Operational Plan", "Implementation Plan") names no document alone:
# it is the second head of one document whose modifiers come before the first.
@pytest.mark.parametrize("text,name,kind,period", [
    ("The council endorsed the Regional Health Framework and Operational Plan on Friday.",
     "Regional Health Framework and Operational Plan", "framework", (None, None)),
    ("Cabinet adopted the National Water Strategy and Implementation Plan last week.",
     "National Water Strategy and Implementation Plan", "strategy", (None, None)),
    ("The Pacific Ocean Strategy and Operational Plan 2026-2030 was launched in Apia.",
     "Pacific Ocean Strategy and Operational Plan", "strategy", ("2026", "2030")),
])
def test_generic_second_head_joins_the_first(extract_text, text, name, kind, period):
    assert [(i.name, i.kind, (i.start, i.end)) for i in extract_text(text).instruments] == [(name, kind, period)]


def test_named_second_head_is_its_own_document(extract_text):
    found = extract_text("The council endorsed the Regional Health Framework and Tonga Operational Plan.")
    assert sorted(i.name for i in found.instruments) == ["Regional Health Framework", "Tonga Operational Plan"]


# ", Phase 2" after a name's capitalised words numbers the stage of the project the document is
# about: it is the name's.
@pytest.mark.parametrize("text,name", [
    ("They signed the Agreement on the Coastal Highway Project, Phase 2 under a grant from Japan.",
     "Agreement on the Coastal Highway Project, Phase 2"),
    ("The Exchange of Notes on the Rural Water Supply Project in Vanuatu, Phase II was also signed.",
     "Exchange of Notes on the Rural Water Supply Project in Vanuatu, Phase II"),
    ("Japan will fund the Grant Agreement for the Port Expansion Project, Phase I next year.",
     "Grant Agreement for the Port Expansion Project, Phase I"),
    ("Donors funded the Letter of Intent on School Meals, Stage 3 this year.",
     "Letter of Intent on School Meals, Stage 3"),
])
def test_phase_number_goes_on_with_the_name(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


def test_phase_as_a_new_clause_is_not_the_names(extract_text):
    found = extract_text("Leaders praised the Coastal Highway Agreement, Phase one of which ends in May.")
    assert [i.name for i in found.instruments] == ["Coastal Highway Agreement"]


# A quoted theme or slogan names what a meeting is about, not a document, whatever head it holds.
@pytest.mark.parametrize("text", [
    'The forum met under the theme "Regional Strategy for Youth: Skills for Tomorrow" in Dakar.',
    "Leaders gathered under the theme: \u201cA Shared Agenda for Ocean Health\u201d on Monday.",
    "The congress, themed \u2018Partnership Framework for Clean Cities\u2019, opened in Quito.",
    'Delegates marched under the slogan "One Plan for All Farmers" through the capital.',
])
def test_quoted_theme_is_no_document(extract_text, text):
    assert extract_text(text).instruments == []


def test_quoted_title_after_adopted_is_still_a_document(extract_text):
    found = extract_text('Ministers adopted the "Regional Strategy for Youth Employment" in Dakar.')
    assert [i.name for i in found.instruments] == ["Regional Strategy for Youth Employment"]


# Ordinals listed with "and" or commas in a complement number the editions it names: they are
# no day ("on the 4th and 5th of June").
@pytest.mark.parametrize("text,name", [
    ("The ministers welcomed the Chair's Statement of the 12th and 13th Mekong Forums in Vientiane.",
     "Chair's Statement of the 12th and 13th Mekong Forums"),
    ("Delegates adopted the Joint Declaration of the 3rd, 4th and 5th Andean Councils.",
     "Joint Declaration of the 3rd, 4th and 5th Andean Councils"),
])
def test_listed_ordinals_in_a_complement(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


def test_listed_day_ordinals_end_the_name(extract_text):
    found = extract_text("Fiji will sign the Ocean Accord on the 4th and 5th of June in Suva.")
    assert [i.name for i in found.instruments] == ["Ocean Accord"]


# A document named by generic words only ("Executive Programme", "Framework Agreement") names its
# parties after "between", as a bare head does; a party may be a state's government written
# lowercase after its capitalised name or demonym. A document with a name of its own does not.
@pytest.mark.parametrize("text,name,period", [
    ("The Executive Programme for Cultural Cooperation between the Government of Oman and the "
     "Government of Bahrain for the years 2025-2027 was signed on Monday.",
     "Executive Programme for Cultural Cooperation between the Government of Oman and the Government of Bahrain",
     ("2025", "2027")),
    ("Ministers signed the Joint Work Plan between the Omani government and the Jordanian government "
     "in Amman.", "Joint Work Plan between the Omani government and the Jordanian government", (None, None)),
    ("Chad signed the Framework Agreement between the Government of Chad and the World Bank on Friday.",
     "Framework Agreement between the Government of Chad and the World Bank", (None, None)),
    # a name of its own before the head: the parties are not the name's
    ("Tonga ratified the Air Services Agreement between Tonga and Fiji on Tuesday.",
     "Air Services Agreement", (None, None)),
])
def test_generic_names_take_their_parties(extract_text, text, name, period):
    assert [(i.name, (i.start, i.end)) for i in extract_text(text).instruments] == [(name, period)]


def test_generic_plurals_joined_by_and_name_no_document(extract_text):
    found = extract_text("Ten documents were signed. The Agreements and Executive Programmes include the "
                         "Executive Programme for Youth Exchange between the Government of Qatar and the "
                         "Government of Oman.")
    assert [i.name for i in found.instruments] == [
        "Executive Programme for Youth Exchange between the Government of Qatar and the Government of Oman"]


# A generic name that is an item of a list of documents (after a semicolon or a bullet) is one
# more document listed, not a mention of a named one of its kind.
def test_generic_item_of_a_semicolon_list_is_a_document(extract_text):
    found = extract_text("Five documents were signed, including the Agreement on Coastal Fisheries; the "
                         "Protocol on Port Services; Framework Agreement and Loan Agreement for the Harbour "
                         "Dredging Project were also inked.")
    assert sorted(i.name for i in found.instruments) == [
        "Agreement on Coastal Fisheries", "Framework Agreement",
        "Loan Agreement for the Harbour Dredging Project", "Protocol on Port Services"]


def test_generic_name_in_running_text_refers_back(extract_text):
    found = extract_text("They signed the Agreement on Coastal Fisheries in May. The Agreement will "
                         "take effect in June, and officials said a Framework Agreement would follow.")
    assert [i.name for i in found.instruments] == ["Agreement on Coastal Fisheries"]


# A meeting "on" a document names the document it discusses: the document is named from after
# the preposition ("the Summit on X Programme"); a body "on" a field is no document ("the
# Commission on Maritime Law").
@pytest.mark.parametrize("text,names", [
    ("Leaders flew in to attend the Extraordinary Summit on Comprehensive Regional Fisheries Development "
     "Programme (CRFDP) on Monday.", ["Comprehensive Regional Fisheries Development Programme"]),
    ("Experts gathered for the Technical Workshop on Andean Water Security Strategy in La Paz.",
     ["Andean Water Security Strategy"]),
    ("The Commission on Maritime Law met on Monday.", []),
    ("The Council on Trade Agreement met in Geneva.", []),
])
def test_document_discussed_at_a_meeting(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == names
