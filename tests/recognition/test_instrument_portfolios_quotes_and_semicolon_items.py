"""Instruments (sentences written for these tests): a generic name quoted whole after its article
or verb of signing is a title; a determiner or a slash of alternatives names no document; a
capitalised field after "of"/"for" in an official's title, or a bare field of law, is no document;
items of a list written with semicolons, the last after "; and", and a capitalised gerund opening
an item's complement."""
import pytest


@pytest.mark.parametrize("text,names", [
    # a generic capitalised name quoted whole, after its article or a verb of signing
    ('The envoy has signed the "Exchange of Notes" and the "Grant Agreements" for Oru.',
     ["Exchange of Notes", "Grant Agreements"]),
    ("Both leaders endorsed the 'Vision Statement' to guide the partnership.", ["Vision Statement"]),
    ("Both leaders endorsed the \u2018Joint Declaration\u2019 at the close.", ["Joint Declaration"]),
    # ... not a quoted remark, nor a quoted generic name with no lead
    ('"The Agreement will help," the minister said.', []),
    ('Officials discussed "Joint Statement" drafts all day.', []),
])
def test_a_quoted_generic_name(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # a determiner opening the sentence is no word of a name: the generic head is left alone
    ("Another MOU on the sharing of port data was signed by the two navies.", []),
    ("Another Memorandum of Understanding on Port Data was signed by the navies.",
     ["Memorandum of Understanding on Port Data"]),
    # a slash between generic heads offers alternatives: several documents, none named
    ("A number of MoUs/ Agreements are expected to be signed during the visit.", []),
    ("Several MoUs/Agreements were signed in Apia.", []),
])
def test_determiners_and_alternatives_name_no_document(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # the capitalised run after "of"/"for" in an official's title is his portfolio
    ("The loan was signed with the Vice President for Policy and Strategy at the bank, Lena Voss.", []),
    ("The loan was signed by Lena Voss, Director of Planning and Strategy at the ministry.", []),
    # ... not a document named with its article in the title, nor one outside the title
    ("Lena Voss, Special Envoy for the Coral Sea Agreement, spoke in Suva.", ["Coral Sea Agreement"]),
    ("Director Lena Voss presented the Planning and Growth Strategy in Suva.", ["Planning and Growth Strategy"]),
    # a field of law after a small word, no article: no document
    ("Both sides stressed dialogue on the basis of International Law and good relations.", []),
    # ... but after "and" following another name it is a document of the same list
    ("The bill amends the Penal Code and Land Law in full.", ["Penal Code", "Land Law"]),
    ("Parliament passed the Maritime Law in May.", ["Maritime Law"]),
])
def test_portfolios_and_fields_of_law(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # the items of a semicolon list: a capitalised gerund opens the complement its lowercase object goes
    # on with, and the last item after "; and" is an item as well
    ("The MOUs include; MOU on Promoting friendly exchange between Oro Province and Tonga; MOU on Youth "
     "Exchange; and MOU on establishing the Joint Reef Commission between Ministry of Fisheries of Tonga "
     "and Ministry of Trade of Peru.",
     ["MOU on Promoting friendly exchange between Oro Province and Tonga", "MOU on Youth Exchange",
      "MOU on establishing the Joint Reef Commission between Ministry of Fisheries of Tonga and Ministry of Trade of Peru"]),
    # ... outside a list the capitals end the name
    ("Tonga signed the MOU on Youth Exchange with Peru.", ["MOU on Youth Exchange"]),
])
def test_semicolon_list_items(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # the acronym of the complement before the name's opening head: a later mention of the same document
    ("Tonga signed the Agreement Relating to the Operation of the Pacific Reef Fund (PRF) in May. The "
     "Amendment to the PRF Agreement takes effect in June.",
     ["Agreement Relating to the Operation of the Pacific Reef Fund"]),
    ("Fiji joined the Convention on the Conservation of Reef Species (CRS). The CRS Convention has 30 parties.",
     ["Convention on the Conservation of Reef Species"]),
])
def test_a_short_form_with_the_complement_acronym(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # the subtitle that the bracketed acronym spells is the name; what stands before its colon describes it
    ("Oru signed a loan for the Flagship Programme in Fisheries: Boats for Fish and Jobs (BFJ).",
     ["Boats for Fish and Jobs"]),
    # ... an acronym of the whole keeps the whole; with none, an "and" before the last word stays in the subtitle
    ("Oru backs the Reef Fisheries Agreement: Boats for Jobs (RFABJ).", ["Reef Fisheries Agreement: Boats for Jobs"]),
    ("Oru backs the Reef Agreement: Boats for Fish and Jobs.", ["Reef Agreement: Boats for Fish and Jobs"]),
    # ... but not an "and" that joins the subjects of a clause
    ("Oru backs the Reef Agreement: Fiji and Tonga agreed to it.", ["Reef Agreement"]),
])
def test_a_subtitle_spelt_by_the_acronym(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,name,start,end", [
    # a capitalised head alone after its article refers back to the name before it and may tell its period
    ("Oru adopted the National Youth Strategy. The Strategy will remain in force until 2030.",
     "National Youth Strategy", None, "2030"),
    ("The minister signed the Memorandum of Cooperation with Tonga on Monday. The Memorandum will remain in "
     "effect until the end of 2030.", "Memorandum of Cooperation", None, "2030"),
    # "until the end of" a year ends the period, in a relative clause as well
    ("Oru adopted the National Youth Strategy, which runs until the end of 2030.", "National Youth Strategy", None, "2030"),
    # a month or a day after "until" is rather a deadline
    ("Oru adopted the National Youth Strategy. The strategy will be reviewed until 30 June 2026.",
     "National Youth Strategy", None, None),
    # the period of another name the reference's clause holds is that name's
    ("Oru and Tonga signed a Memorandum of Understanding on Reef Care. He said the MoU would be implemented "
     "through a Joint Reef Action Plan (2026-2030).", "Memorandum of Understanding on Reef Care", None, None),
])
def test_periods_told_after_a_reference(extract_text, text, name, start, end):
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found[name] == (start, end)


@pytest.mark.parametrize("text,names", [
    # fields listed after a ministry's or a department's "of"/"for", ending in a head of one word: its portfolio
    ("Oru signed a deal with the Ministry of Transport, Mobility and Urban Agenda on roads.", []),
    ("Oru signed a deal with the Department for Planning and Strategy.", []),
    # ... not a head of two words, nor a single field: the body's own document
    ("Oru launched the Ministry of Health and Wellness Strategic Plan.", ["Health and Wellness Strategic Plan"]),
    ("Oru launched the Ministry of Health National Nutrition Strategy in Suva.", ["Health National Nutrition Strategy"]),
])
def test_a_ministry_portfolio(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,names", [
    # a name filling a bracket that a capitalised name goes on after is a bracketed word of that name
    ("The Reef and Minerals (Development and Regulation) Amendment Bill, 2015, was passed on Friday.",
     ["Reef and Minerals (Development and Regulation) Amendment Bill"]),
    ("The House passed the Reef (Safety Regulation) Bill 2024.", ["Reef (Safety Regulation) Bill 2024"]),
])
def test_a_bracketed_word_of_a_name(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,name,start,end", [
    # a fiscal span whose end is written with its last two digits
    ("The Reef Action Plan FY2026-30 was adopted.", "Reef Action Plan", "2026", "2030"),
    ("The Reef Action Plan (FY2026-30) was adopted.", "Reef Action Plan", "2026", "2030"),
    ("The Reef Action Plan FY2026-25 was adopted.", "Reef Action Plan", None, None),
    # "for FY" before the years leads the period, right after the head as well
    ("The Reef Action Plan for FY 2026-30 was adopted.", "Reef Action Plan", "2026", "2030"),
    ("Oru adopted the Action Plan for the Decade 2026-2035 in May.", "Action Plan", "2026", "2035"),
])
def test_fiscal_spans_and_period_leads(extract_text, text, name, start, end):
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found == {name: (start, end)}
