"""Instrument names of fresh press whose edges the grammar used to cut, on sentences written for
these tests: parties with a possessive or a list of an office's fields, items that carry their
own bracketed acronym before a shared plural head, words of a law's name before its bracketed
"(Amendment)", and a capitalised generic document opening a sentence with "A"."""
import pytest

# (text, the names expected, in any order)
NAMED = [
    # a possessive inside the second party, then the name's subject
    ("Both leaders signed the Joint Communique of the Kingdom of Tonga and the People's Republic of "
     "China on Fisheries Cooperation in Nuku'alofa.",
     ["Joint Communique of the Kingdom of Tonga and the People's Republic of China on Fisheries Cooperation"]),
    ("An Agreement between the Government of the Lao People's Democratic Republic and the Government "
     "of Cambodia on Border Trade was initialled last week.",
     ["Agreement between the Government of the Lao People's Democratic Republic and the Government of "
      "Cambodia on Border Trade"]),
    # an office whose fields are listed with commas, in both parties
    ("Officials signed the Memorandum of Understanding between the Ministry of Agriculture, Fisheries and "
     "Forestry of Fiji and the Ministry of Lands, Survey and Environment of Samoa on Monday.",
     ["Memorandum of Understanding between the Ministry of Agriculture, Fisheries and Forestry of Fiji "
      "and the Ministry of Lands, Survey and Environment of Samoa"]),
    # items with their own acronyms share a plural head and its year
    ("The report tracked the Coastal Region (CR), Highlands Region (HR) and Islands Region (IR) "
     "Development Plans 2030 closely.",
     ["Coastal Region Development Plan 2030", "Highlands Region Development Plan 2030",
      "Islands Region Development Plan 2030"]),
    ("Delegates welcomed progress on the Water Security (WS) and Food Security (FS) Action Plans.",
     ["Water Security Action Plan", "Food Security Action Plan"]),
    # "of"/"and" among the words before a law's bracketed "(Amendment)"
    ("The Senate approved the Control of Tobacco and Alcohol Products (Amendment) Bill last night.",
     ["Control of Tobacco and Alcohol Products (Amendment) Bill"]),
    ("Lawmakers debated the Protection of Forests (Amendment) Act 2024 for three hours.",
     ["Protection of Forests (Amendment) Act 2024"]),
    # "A <generic capitalised document>" opening a sentence tells what sort of document, not which
    # (ANNOTATORS.md 8); "The" and the verb of its signing name the document the story tells of
    ("The talks ended on Tuesday. A Memorandum of Understanding was then signed by the two "
     "central banks.", []),
    ("The talks ended on Tuesday. The Memorandum of Understanding was signed by the two "
     "central banks.", ["Memorandum of Understanding"]),
    # a law word whose complement runs on to another head names that document's field
    ("Both navies pledged to respect the 1982 Law of the Sea Convention during the exercise.",
     ["Law of the Sea Convention"]),
    # a numbered document goes on with what it is "to"
    ("Delegates urged wider ratification of Additional Protocol III to the Convention on Migrant Workers.",
     ["Additional Protocol III to the Convention on Migrant Workers", "Convention on Migrant Workers"]),
    # a subtitle after a colon goes on across a preposition
    ("The summit endorsed the Harare Statement on Food Systems: Moving beyond Hunger at its close.",
     ["Harare Statement on Food Systems: Moving beyond Hunger"]),
    # two documents with the same head and no other word in common
    ("Delegates urged progress on a Rail Freight Agreement and Inland Waterways Agreement for the bloc.",
     ["Rail Freight Agreement", "Inland Waterways Agreement"]),
    # one plural party after "between", then the subject
    ("Ministers approved the Action Plan between the IGAD Member States on Drought Resilience.",
     ["Action Plan between the IGAD Member States on Drought Resilience"]),
    ("The Framework of Cooperation between the Contracting Parties on Fisheries Data was renewed.",
     ["Framework of Cooperation between the Contracting Parties on Fisheries Data"]),
    # a programme named by capitalised words before a lowercase head, one of them a place
    ("Funding for the Smart Ghana programme was doubled in the budget.", ["Smart Ghana"]),
    # parties, then the subject after "relating to"
    ("The Treaty between Samoa and the Kingdom of Tonga relating to the Delimitation of Fishing Zones was ratified.",
     ["Treaty between Samoa and the Kingdom of Tonga relating to the Delimitation of Fishing Zones"]),
    # a body introduced by "the" inside a complement is part of the document's name
    ("The Treaty Establishing the Pacific Fisheries Council was signed in Apia.",
     ["Treaty Establishing the Pacific Fisheries Council"]),
    # a statement "of" a meeting, with the meeting's ordinal
    ("The summit closed with the Chairman's Statement of the 9th Coral Sea Summit.",
     ["Chairman's Statement of the 9th Coral Sea Summit"]),
    ("Ministers issued the Joint Statement of Pacific Fisheries Ministers Meeting on Friday.",
     ["Joint Statement of Pacific Fisheries Ministers Meeting"]),
    # an amendment to a named treaty, and the treaty inside its name
    ("Twelve states ratified the Lima Amendment to the Nairobi Convention this year.",
     ["Lima Amendment to the Nairobi Convention", "Nairobi Convention"]),
    # a head that names a document only with its complement
    ("Both navies cited the Pacific Outlook on Maritime Cooperation in their statement.",
     ["Pacific Outlook on Maritime Cooperation"]),
    # a complement that lists its items with commas and "and"
    ("The two ministries signed an Agreement on Customs, Immigration and Quarantine Procedures in Suva.",
     ["Agreement on Customs, Immigration and Quarantine Procedures"]),
]


@pytest.mark.parametrize("text,names", NAMED)
def test_instrument_names(extract_text, text, names):
    record = extract_text(text)
    assert sorted(i.name for i in record.instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # a comma after a party that lists no office's fields ends the party there
    ("The Agreement between the Government of Chile and the Government of Peru, which took effect in "
     "2019, was renewed.", ["Agreement between the Government of Chile and the Government of Peru"]),
    # a comma list of countries is no office's fields: the name stays its own
    ("Ghana, Togo and Benin adopted the Gulf of Guinea Maritime Strategy.", ["Gulf of Guinea Maritime Strategy"]),
    # an item list without acronyms and without places stays one name
    ("They discussed the Education and Health Sector Plans.", ["Education and Health Sector Plans"]),
    # "The <generic name>" opening a sentence still refers back to a document named before
    ("The ministers adopted the Apia Declaration on Oceans. The Declaration was welcomed by observers.",
     ["Apia Declaration on Oceans"]),
    # after a colon, capitalised words with a preposition and then a verb are a clause
    ("They issued the Lome Communique: Delegates from Togo praised its tone.", ["Lome Communique"]),
    # two parts with the same singular head, each a capitalised name of its own, are two names
    # even when they share another word (session 13: "the National Films Policy and National
    # Culture Policy" are two policies)
    ("The council funded the Youth Programme and Rural Youth Programme this year.",
     ["Youth Programme", "Rural Youth Programme"]),
    # a plural word alone after "between" names no party
    ("They signed the Memorandum of Understanding between the Ministries on Monday.", ["Memorandum of Understanding"]),
    # a place alone, or a place opening the words, before a lowercase head names a place's programme
    ("Donors praised the Papua New Guinea programme and the Kenya Youth programme.", []),
    # "Outlook" without a complement names a report
    ("The fund published its Regional Economic Outlook for Africa last week.", []),
    # a field of an office after "for" is no document
    ("The Assistant Secretary-General for Programme and Policy met the delegation.", []),
    # a complement that runs into a committee's or a meeting's head names a body or a meeting
    ("The Protocol on Tariffs in Services Committee met before the Accord on Fisheries Review Meeting.", []),
    # "Amendment" without a name before it, or inside a law's brackets, names no document of its own
    ("Delegates urged wider ratification of the Amendment to the Nairobi Convention.", ["Nairobi Convention"]),
    ("The Apia Market (Amendment of Fees) Bill was passed.", ["Apia Market (Amendment of Fees) Bill"]),
    # a list after a complement that runs into an official's title is no part of the name
    ("Under the Plan on Energy, Transport and Works Minister Tomasi Rabuka opened the road.", ["Plan on Energy"]),
    # an all-capitals headline word is no treaty acronym
    ("PREMIER CITES PROGRESS ON TRADE TALKS", []),
    # a list after a complement whose items are places is no part of the name
    ("They discussed the Plan on Trade, Fiji and Samoa agreed.", ["Plan on Trade"]),
])
def test_names_that_stay_as_they_were(extract_text, text, names):
    record = extract_text(text)
    assert sorted(i.name for i in record.instruments) == sorted(names)


def test_law_of_the_sea_convention_is_a_convention(extract_text):
    [instrument] = extract_text("Vessels must comply with the UN Law of the Sea Convention.").instruments
    assert (instrument.name, instrument.kind) == ("UN Law of the Sea Convention", "convention")


def test_a_relative_clause_after_a_name_with_a_name_inside_tells_the_outer_period(extract_text):
    record = extract_text("The Action Plan of the Coral Triangle Agenda, which runs from 2021 to 2026, "
                          "was reviewed in Dili.")
    periods = {i.name: (i.start, i.end) for i in record.instruments}
    assert periods == {"Action Plan of the Coral Triangle Agenda": ("2021", "2026"), "Coral Triangle Agenda": (None, None)}


def test_a_code_of_conduct_is_of_kind_other_and_a_penal_code_a_law(extract_text):
    record = extract_text("Talks on a Code of Conduct for the Coral Sea resumed after the Penal Code was amended.")
    assert {i.name: i.kind for i in record.instruments} == {
        "Code of Conduct for the Coral Sea": "other", "Penal Code": "law"}


def test_a_well_known_treaty_acronym_takes_the_name_the_text_spells_out(extract_text):
    record = extract_text("Exporters welcomed the Comprehensive and Progressive Agreement for Trans-Pacific "
                          "Partnership (CPTPP) rules. Chile joined the CPTPP early; UNFCCC members met in Bonn.")
    assert sorted((i.name, i.kind) for i in record.instruments) == [
        ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "agreement"),
        ("UNFCCC", "convention")]


def test_a_treaty_acronym_before_a_capitalised_word_names_another_thing(extract_text):
    assert extract_text("The UNFCCC Secretariat issued a note on Monday.").instruments == []


def test_an_acronym_spelled_out_without_a_head_word_takes_that_name(extract_text):
    record = extract_text("Farmers in Laos gained from the Regional Comprehensive Economic Partnership (RCEP). "
                          "Traders say RCEP rules are simpler.")
    assert [(i.name, i.kind, len(i.mentions)) for i in record.instruments] == [
        ("Regional Comprehensive Economic Partnership", "agreement", 1)]
