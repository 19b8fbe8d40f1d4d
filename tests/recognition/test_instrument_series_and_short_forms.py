"""Instrument shapes seen in fresh real press (sentences written for these tests): documents
numbered in a series, a body's name with its acronym before the head, heads written in title
case, names left open by a quote mark, two dated names joined by "and", and later short forms
that drop the capitalised words before a name."""
import pytest

# (text, name, kind, period start, period end)
NAMED = [
    # a Roman numeral after the head numbers the document in its series
    ("Donors pledged support for the Rural Water Work Plan III at the Lusaka meeting.",
     "Rural Water Work Plan III", "plan", None, None),
    ("Peru presented its Country Partnership Framework II to the board.",
     "Country Partnership Framework II", "framework", None, None),
    ("Ministers reviewed the Coastal Fisheries Action Plans II and III on Tuesday.",
     "Coastal Fisheries Action Plans II and III", "plan", None, None),
    # a place after a name's acronym says whose it is, not which
    ("Donors backed the Coastal Resilience Goals (CRGs) for Tuvalu and Kiribati.",
     "Coastal Resilience Goals", "other", None, None),
    # a number word after the head places the document in its series
    ("The report covers the National Housing Plan Two (NHP II) in detail.",
     "National Housing Plan Two", "plan", None, None),
    # a period whose second year is written against its dash, before where the plan goes
    ("The minister presented the Third Coastal Plan (TCP) for the period 2025/26 -2029/30 to Parliament.",
     "Third Coastal Plan", "plan", "2025", "2030"),
    # a number hyphened to a capitalised word is a word of the name
    ("Leaders backed the 12-Point Plan on Ceasefire Monitoring in Doha.",
     "12-Point Plan on Ceasefire Monitoring", "plan", None, None),
    # a number hyphened to a lowercase unit before a generic name makes it one document's name
    ("The board reviewed the 12-year Strategy and its budget on Monday.",
     "12-year Strategy", "strategy", None, None),
    ("Envoys discussed the 40-point Road Map for river trade in Lusaka.",
     "40-point Road Map", "roadmap", None, None),
    ("Discussed 15-point Action Plan with my Norland counterpart today.",
     "15-point Action Plan", "plan", None, None),
    # ... before a name of its own it describes it
    ("Ministers agreed that the 6-year Coastal Fisheries Strategy (2025-2031) will help.",
     "Coastal Fisheries Strategy", "strategy", "2025", "2031"),
    # a body named with its acronym before the head, across "for": the body is in the name
    ("Leaders welcomed progress under the Partnership for Andean Trade (PAT) Work Plan IV (2022-2026).",
     "Partnership for Andean Trade (PAT) Work Plan IV", "plan", "2022", "2026"),
    ("The secretariat drafted the Initiative for Island Connectivity Work Plans II and III in Apia.",
     "Initiative for Island Connectivity Work Plans II and III", "plan", None, None),
    # heads and their small words written in title case
    ("Zambia and Malawi signed the Memorandum Of Understanding (MOU) on rail transit on Friday.",
     "Memorandum Of Understanding", "memorandum", None, None),
    ("Delegates adopted the Plan Of Action On Coastal Resilience in Dili.",
     "Plan Of Action On Coastal Resilience", "plan", None, None),
    # a title-case connector with its preposition ("Relating to", "Pertaining to")
    ("Both ministers signed the Treaty Relating to the Maritime Boundary of the Two States in Dili.",
     "Treaty Relating to the Maritime Boundary of the Two States", "treaty", None, None),
    ("Parliament ratified the Agreement Pertaining to Fisheries Access last year.",
     "Agreement Pertaining to Fisheries Access", "agreement", None, None),
    # one-word items joined by commas and "and" open the name
    ("Envoys endorsed the Women, Peace and Security Action Plan in Port Moresby.",
     "Women, Peace and Security Action Plan", "plan", None, None),
    ("The Land, Water, Food and Climate Strategy was adopted on Friday.",
     "Land, Water, Food and Climate Strategy", "strategy", None, None),
    # ... but a place before the comma is no item
    ("Officials in Honiara, Peace and Justice Roadmap drafters said, met on Monday.",
     "Peace and Justice Roadmap", "roadmap", None, None),
    # a name quoted with single quotes ends before the closing one
    ("Governors launched the '2045 Strategy for the Sahel Corridor' on Monday.",
     "2045 Strategy for the Sahel Corridor", "strategy", None, None),
    ("The ministry issued its \u2018Digital Farms Roadmap\u2019 after the talks.",
     "Digital Farms Roadmap", "roadmap", None, None),
    # two names that each end in a head with its target year, joined by "and"
    ("Speakers linked the Andean Community Agenda 2040 and the Amazon Basin Agenda 2035 to jobs.",
     "Andean Community Agenda 2040", "other", None, None),
    ("Speakers linked the Andean Community Agenda 2040 and Amazon Basin Agenda 2035 to jobs.",
     "Amazon Basin Agenda 2035", "other", None, None),
]


@pytest.mark.parametrize("text,name,kind,start,end", NAMED)
def test_instrument_shape(extract_text, text, name, kind, start, end):
    found = {i.name: i for i in extract_text(text).instruments}
    assert name in found, list(found)
    assert (found[name].kind, found[name].start, found[name].end) == (kind, start, end)


@pytest.mark.parametrize("text,name", [
    ("The cabinet backed the Jobs Program \"Work for All\" in its Tuesday sitting.", "Jobs Program \"Work for All\""),
    # an apostrophe inside a word is no quote mark
    ("The cabinet backed the Cabinet's Jobs Program \"Work for All\" on Tuesday.",
     "Cabinet's Jobs Program \"Work for All\""),
])
def test_a_quoted_name_keeps_a_closing_quote_it_opened(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


def test_two_dated_names_joined_by_and_are_two(extract_text):
    names = sorted(i.name for i in extract_text(
        "Speakers linked the Andean Community Agenda 2040 and Amazon Basin Agenda 2035 to jobs.").instruments)
    assert names == ["Amazon Basin Agenda 2035", "Andean Community Agenda 2040"]


# one instrument, a later mention without the capitalised words before its name:
# (text, the one name, its period, mentions)
SHORT_FORMS = [
    # a place before the name, dropped later
    ("Delegates adopted the Quito Framework for Flood Resilience 2025-2035. The new Framework for "
     "Flood Resilience will be reviewed in 2030.", "Quito Framework for Flood Resilience", ("2025", "2035"), 2),
    # the short form first, the full name later
    ("Agenda 2050 guides the bloc. Ministers said the Caribbean Community Agenda 2050 needs funds.",
     "Caribbean Community Agenda 2050", (None, None), 2),
    # a short form of the full name's short form: one instrument written three ways
    ("Ministers studied the Strategy for the Andes. The Andean Pact Strategy for the Andes was "
     "then adopted; the Andean Pact Strategy is funded.", "Andean Pact Strategy for the Andes", (None, None), 3),
    # the name without the year that ends it
    ("The Nine Point Programme 2019 guides aid. Donors praised the Nine Point Programme in Dhaka.",
     "Nine Point Programme 2019", (None, None), 2),
    # the first words written as their initials
    ("The Rural Water Supply Programme was renewed. Donors said the RWS Programme needs funds.",
     "Rural Water Supply Programme", (None, None), 2),
    ("Leaders cited the Pacific Islands Agenda 2050. The PI Agenda 2050 guides the bloc.",
     "Pacific Islands Agenda 2050", (None, None), 2),
    # "Revised", "New" before the name
    ("The Revised Regional Transport Master Plan was tabled. Officials said the Regional Transport "
     "Master Plan covers ports.", "Revised Regional Transport Master Plan", (None, None), 2),
]


@pytest.mark.parametrize("text,name,period,mentions", SHORT_FORMS)
def test_a_later_short_form_is_the_same_instrument(extract_text, text, name, period, mentions):
    instruments = extract_text(text).instruments
    assert [i.name for i in instruments] == [name]
    assert (instruments[0].start, instruments[0].end) == period
    assert len(instruments[0].mentions) == mentions


# capitalised words before a name that make another document: two instruments
DISTINCT = [
    # a number in a series
    ("The Second National Housing Plan replaced the National Housing Plan of 2010.",
     ["National Housing Plan", "Second National Housing Plan"]),
    # a lowercase word between: the status agreement is another document than the forces agreement
    ("The Status of Naval Forces Agreement differs from the Naval Forces Agreement signed in 1999.",
     ["Naval Forces Agreement", "Status of Naval Forces Agreement"]),
    # other initials are another name
    ("The IMF Strategy differs from the Indian Maritime Strategy adopted in 2024.",
     ["IMF Strategy", "Indian Maritime Strategy"]),
    # another year is another name
    ("The Andean Agenda 2030 and the Andean Agenda 2050 were both debated.",
     ["Andean Agenda 2030", "Andean Agenda 2050"]),
    # a span of years
    ("The Ten-Year Coastal Plan and the Coastal Plan were both debated.", ["Coastal Plan", "Ten-Year Coastal Plan"]),
    # a counted generic name after "a" is described, not named; a year is no count
    ("Peru and Chile signed a 25-year Agreement on Monday.", []),
    ("They discussed a 10-point Action Plan for the ports.", []),
    ("Delegates praised the 2030-year Strategy of the bank.", []),
]


@pytest.mark.parametrize("text,names", DISTINCT)
def test_a_numbered_or_complemented_name_is_another_instrument(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == names


def test_a_head_before_a_bracketed_word_and_another_head_is_a_word_of_the_name(extract_text):
    # "Regulation" names no law of its own inside "the Ports Regulation (Amendment) Act"
    names = [i.name for i in extract_text(
        "The Ports Regulation (Amendment) Act, 2021 took effect in March.").instruments]
    assert names == ["Ports Regulation (Amendment) Act"]
