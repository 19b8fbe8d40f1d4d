"""Instrument names: one instrument written two ways, and the merge of its mentions' values."""
import pytest

from newsfacts.normalisation.instruments import (acronym_forms, clean_instrument_name, merge_variants, parties_form,
                                                same_instrument, short_form)


@pytest.mark.parametrize("a,b,same", [
    # the same words in another order
    ("Ten-Year Rural Development Plan", "Rural Ten-Year Development Plan", True),
    # one party abbreviated: "RM" holds the initial of "Moldova"
    ("EU - Moldova Association Agreement", "RM-EU Association Agreement", True),
    ("Kenya-Uganda Trade Agreement", "KE-Uganda Trade Agreement", True),
    # another party is another agreement
    ("EU-Moldova Association Agreement", "EU-Ukraine Association Agreement", False),
    ("EU-Moldova Association Agreement", "EU-UA Association Agreement", False),
    # another head, another instrument
    ("EU-Moldova Association Agreement", "EU-Moldova Association Agenda", False),
    # a word more is another name
    ("National Development Plan", "National Rural Development Plan", False),
])
def test_same_instrument(a, b, same):
    assert same_instrument(a, b) is same
    assert same_instrument(b, a) is same


def test_merge_variants_takes_the_first_name_and_the_written_period():
    values = [
        {"name": "Five-Year Coastal Plan", "kind": "plan", "start": None, "end": None},
        {"name": "Coastal Five-Year Plan", "kind": "plan", "start": "2026", "end": "2030"},
        {"name": "Coastal Plan", "kind": "plan", "start": None, "end": None},
        {"name": "Five-Year Coastal Plan", "kind": "strategy", "start": None, "end": None},
    ]
    merge_variants(values)
    assert [(v["name"], v["start"], v["end"]) for v in values] == [
        ("Five-Year Coastal Plan", "2026", "2030"),
        ("Five-Year Coastal Plan", "2026", "2030"),
        ("Coastal Plan", None, None),
        ("Five-Year Coastal Plan", None, None),
    ]


def test_merge_variants_keeps_editions_apart():
    values = [
        {"name": "Andean-Pacific Plan of Action", "kind": "plan", "start": "2016", "end": "2020"},
        {"name": "Andean-Pacific Plan of Action", "kind": "plan", "start": "2021", "end": "2025"},
        {"name": "Andean-Pacific Plan of Action", "kind": "plan", "start": None, "end": None},
        {"name": "Coastal Strategy", "kind": "strategy", "start": None, "end": "2030"},
        {"name": "Coastal Strategy", "kind": "strategy", "start": "2026", "end": "2030"},
    ]
    merge_variants(values)
    assert [(v["start"], v["end"]) for v in values] == [
        ("2016", "2020"), ("2021", "2025"), ("2021", "2025"), ("2026", "2030"), ("2026", "2030")]


@pytest.mark.parametrize("short,full,same", [
    ("2030 Agenda", "2030 Agenda for Sustainable Development", True),
    ("Coral Reef Treaty", "Coral Reef Treaty of the Pacific Islands", True),
    # a longer name with a capitalised word after is another name
    ("Coral Reef Treaty", "Coral Reef Treaty Organisation", False),
    ("Reef Treaty", "Coral Reef Treaty of the Pacific", False),
])
def test_short_form(short, full, same):
    assert short_form(short, full) is same


def test_merge_variants_names_a_group_by_its_fullest_name():
    values = [
        {"name": "Blue Agenda", "kind": "other", "start": None, "end": None},
        {"name": "Blue Agenda for the Oceans", "kind": "other", "start": None, "end": None},
    ]
    merge_variants(values)
    assert [v["name"] for v in values] == ["Blue Agenda for the Oceans"] * 2


@pytest.mark.parametrize("text,name", [
    ("the Blue Economy Roadmap (BER)", "Blue Economy Roadmap"),
    ("The Seed Treaty", "Seed Treaty"),
    ("New Industrial Master Plan", "New Industrial Master Plan"),
    # an opening quote the name leaves open ("Sign 'Delivery Plan' for X" read from the quote)
    ("'Delivery Plan", "Delivery Plan"),
    ("\u201cDelivery Plan", "Delivery Plan"),
    # a quoted title inside the name stays
    ("'Delivery Plan' of the North", "'Delivery Plan' of the North"),
    ("Government's Delivery Plan", "Government's Delivery Plan"),
])
def test_clean_instrument_name(text, name):
    assert clean_instrument_name(text) == name


@pytest.mark.parametrize("name,generic", [
    ("Joint Programmes", True),
    ("National Strategies", True),
    ("Joint Action Plans", True),
    # a word of a name of its own, plural or not, makes a name
    ("Regional Water Programmes", False),
    ("Pacific Islands Strategy", False),
    # generic names joined by "and" are generic: several documents, none named
    ("Agreements and Executive Programmes", True),
    ("MoUs and Joint Statements", True),
    ("Trade and Fisheries Agreements", False),
    # one document with two heads is named, as before
    ("Joint Strategy and Action Plan", False),
])
def test_plurals_of_generic_words_are_generic(name, generic):
    from newsfacts.normalisation.instruments import is_generic_name

    assert is_generic_name(name) is generic


@pytest.mark.parametrize("names,merged", [
    # one document written with two owners in the possessive, or with and without one
    (["Africa's Agenda 2063", "AU's Agenda 2063"], 1),
    (["Agenda 2063", "ECOWAS's Agenda 2063"], 1),
    # a plural possessive is a word of the name: two documents
    (["Women's Rights Convention", "Children's Rights Convention"], 2),
    # a generic rest names no one document
    (["Kenya's Strategic Plan", "Ghana's Strategic Plan"], 2),
])
def test_merge_variants_joins_names_that_differ_by_their_owner(names, merged):
    values = [{"name": n, "kind": "other", "start": None, "end": None} for n in names]
    merge_variants(values)
    assert len({v["name"] for v in values}) == merged


@pytest.mark.parametrize("names,merged", [
    # a short form without the capitalised words before it, the full name holding an acronym among them
    (["Pacific Islands Forum (PIF) Fisheries Agreement", "Fisheries Agreement"], ["Pacific Islands Forum (PIF) Fisheries Agreement"]),
    # one name written in title case (a headline) and in sentence case: the sentence case names it
    (["Memorandum Of Understanding On Water", "Memorandum of Understanding on Water"], ["Memorandum of Understanding on Water"]),
    # the fullest name still wins over the case
    (["Accord on Grain Exports", "Black Sea Accord On Grain Exports"], ["Black Sea Accord On Grain Exports"]),
    # a generic short form is no short form of it
    (["Pacific Islands Forum (PIF) Trade Agreement", "Trade Agreement"],
     ["Pacific Islands Forum (PIF) Trade Agreement", "Trade Agreement"]),
])
def test_merge_variants_across_acronyms_and_case(names, merged):
    values = [{"name": n, "kind": "agreement", "start": None, "end": None} for n in names]
    merge_variants(values)
    assert sorted({v["name"] for v in values}) == sorted(merged)


@pytest.mark.parametrize("a,b,same", [
    # the owner written after "of the" or before the head: one name
    ("Strategy of the Andean Community on Water", "Andean Community Strategy on Water", True),
    ("Work Plan of the Council of Europe for Georgia", "Council of Europe Work Plan for Georgia", True),
    # not when another word differs, nor when the last words differ
    ("Strategy of the Andean Community on Water", "Andean Community Strategy on Energy", False),
    ("Charter of the Andean Community", "Andean Community Charter", False),
])
def test_same_instrument_with_the_owner_moved(a, b, same):
    assert same_instrument(a, b) is same
    values = [{"name": n, "kind": "plan", "start": None, "end": None} for n in (a, b)]
    merge_variants(values)
    assert (values[0]["name"] == values[1]["name"]) is same


@pytest.mark.parametrize("a,b,same", [
    ("Grazing Agreement between Chad and Niger", "Chad-Niger Grazing Agreement", True),
    ("Grazing Agreement between the Republic of Chad and Niger", "Republic of Chad-Niger Grazing Agreement", True),
    ("Grazing Agreement between Chad and Niger", "Niger - Chad Grazing Agreement", True),
    # another head or another party is another document
    ("Grazing Agreement between Chad and Niger", "Chad-Niger Water Agreement", False),
    ("Grazing Agreement between Chad and Niger", "Chad-Mali Grazing Agreement", False),
    ("Chad-Niger Grazing Agreement", "Chad-Niger Grazing Agreement", False),  # the same name, not another form
])
def test_parties_form(a, b, same):
    assert parties_form(a, b) is same and parties_form(b, a) is same


@pytest.mark.parametrize("name,acronym,form", [
    ("Joint Seed Fund (JSF) Agreement", None, "JSF Agreement"),
    ("Revised Joint Seed Fund (JSF) Agreement", None, "Revised JSF Agreement"),
    ("Joint Seed Fund Agreement", "JSF", "JSF Agreement"),
    # the acronym of the name's complement before the head words that open the name
    ("Agreement Relating to the Operation of the Reef Fund", "RF", "RF Agreement"),
    ("Convention on the Conservation of Reef Species", "CRS", "CRS Convention"),
])
def test_acronym_forms(name, acronym, form):
    assert form in acronym_forms(name, acronym)


def test_a_name_without_an_acronym_has_no_acronym_forms():
    assert acronym_forms("Joint Seed Fund Agreement") == []


def test_a_generic_name_opening_a_longer_generic_one_gives_no_leading_form():
    # "Memorandum" opens "Memorandum of Understanding": no "MUF Memorandum"
    assert not any(f.startswith("MUF Memorandum") for f in acronym_forms("Memorandum of Understanding on Fish", "MUF"))


def test_merge_variants_joins_a_name_written_with_and_without_its_inner_acronym():
    values = [{"name": "Joint Seed Fund (JSF) Agreement", "kind": "agreement", "start": None, "end": None},
              {"name": "Joint Seed Fund Agreement", "kind": "agreement", "start": None, "end": None},
              {"name": "Joint Seed Fund Protocol", "kind": "other", "start": None, "end": None}]
    merge_variants(values)
    assert [v["name"] for v in values] == ["Joint Seed Fund (JSF) Agreement"] * 2 + ["Joint Seed Fund Protocol"]


@pytest.mark.parametrize("short,full,expected", [
    # a lowercase subject whose words all stand in the fuller name (MoU reads Memorandum of Understanding)
    ("MOU on joint maritime patrols", "Memorandum of Understanding on Joint Maritime Patrols of Samoa and Tonga", True),
    # a subject of its own is another document
    ("MoU on coastal tourism", "Memorandum of Understanding on Joint Maritime Patrols of Samoa and Tonga", False),
    # no lowercase subject, or only generic words: left to the other forms
    ("Memorandum of Understanding", "Memorandum of Understanding on Joint Maritime Patrols", False),
    ("MoU on cooperation", "Memorandum of Understanding on Cooperation in Fisheries", False),
])
def test_subject_form(short, full, expected):
    from newsfacts.normalisation.instruments import subject_form
    assert subject_form(short, full) is expected
