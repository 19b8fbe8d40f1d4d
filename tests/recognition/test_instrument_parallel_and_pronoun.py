"""A complement "the X of Y and the Z of W" inside one name, and a period told by a sentence
opened with "It" (sentences written for these tests)."""
import pytest


@pytest.mark.parametrize("text,name", [
    ("Chile and Peru signed the Convention for the Avoidance of Double Taxation and the Prevention "
     "of Tax Evasion in Lima.",
     "Convention for the Avoidance of Double Taxation and the Prevention of Tax Evasion"),
    ("The ministries will sign a Memorandum of Understanding on Cooperation in the Field of Health "
     "and the Training of Nurses next week.",
     "Memorandum of Understanding on Cooperation in the Field of Health and the Training of Nurses"),
    ("The Tourism Strategy for the Growth of Ecotourism and the Protection of Coral Reefs was "
     "unveiled on Tuesday.",
     "Tourism Strategy for the Growth of Ecotourism and the Protection of Coral Reefs"),
])
def test_a_complement_goes_on_with_one_of_the_same_shape(extract_text, text, name):
    assert name in [i.name for i in extract_text(text).instruments]


@pytest.mark.parametrize("text,names", [
    # a body after "and the": another party of the sentence, not a complement
    ("Ghana adopted the Plan for the Reform of Ports and the Ministry of Transport will lead it.",
     ["Plan for the Reform of Ports"]),
    # an official after "and the": a new clause
    ("Kenya unveiled the Strategy for the Protection of Forests and the Director of Forestry "
     "Jane Wanjiru welcomed it.", ["Strategy for the Protection of Forests"]),
    ("Leaders adopted the Plan of Action of the Summit and the Secretary-General of the Forum "
     "Tevita Lolo praised it.", ["Plan of Action of the Summit"]),
    # another document after "and the"
    ("Laos signed the Agreement on the Transit of Goods and the Protocol on Customs Procedures.",
     ["Agreement on the Transit of Goods", "Protocol on Customs Procedures"]),
])
def test_and_the_before_a_body_an_official_or_a_document_ends_the_name(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == sorted(names)


@pytest.mark.parametrize("text,name,period", [
    ("Samoa's cabinet launched the National Fisheries Strategy on Monday. It covers 2026-2031.",
     "National Fisheries Strategy", ("2026", "2031")),
    ("Nepal approved the Rural Broadband Programme. It will be implemented from 2027 to 2030 with "
     "loans.", "Rural Broadband Programme", ("2027", "2030")),
    ("Ecuador and Peru signed the Agreement on Border Fairs in Quito. It will run until 2033.",
     "Agreement on Border Fairs", (None, "2033")),
    # "It" that says something else: no period for the document
    ("The Treasury presented the Public Debt Strategy. It said exports would grow from 2026 to 2028.",
     "Public Debt Strategy", (None, None)),
    # a period of its own is kept
    ("Fiji adopted the Reef Plan 2025-2027 on Friday. It covers 2026-2031.", "Reef Plan", ("2025", "2027")),
    # not from a sentence two sentences later
    ("Fiji adopted the Reef Plan on Friday. Donors met on Saturday. It covers 2026-2031.",
     "Reef Plan", (None, None)),
])
def test_a_sentence_opened_by_it_gives_the_period_of_the_name_before(extract_text, text, name, period):
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found.get(name) == period, found


@pytest.mark.parametrize("text,found", [
    # a generic name given an acronym of its own names one document, after a possessive too
    ("The cabinet in Male reviewed its revised Strategic Action Plan (SAP) for 2024-2028 on Sunday.",
     {"Strategic Action Plan": ("2024", "2028")}),
    ("Liberia's National Action Plan (NAP) was presented to donors.", {"National Action Plan": (None, None)}),
    # ... not when the acronym qualifies a noun after it
    ("Chile's Free Trade Agreement (FTA) negotiations with Korea resumed.", {}),
    # ... nor without an acronym
    ("Liberia's National Action Plan was presented to donors.", {}),
])
def test_a_generic_name_with_an_acronym_of_its_own(extract_text, text, found):
    assert {i.name: (i.start, i.end) for i in extract_text(text).instruments} == found


@pytest.mark.parametrize("text,name", [
    # a hard-wrapped line inside a name's complement: after an article, after a connector
    ("Zambia and Malawi signed the Treaty on the\nShared Management of the Luangwa Basin on Friday.",
     "Treaty on the Shared Management of the Luangwa Basin"),
    ("Delegates endorsed the Protocol on Cross-Border Surveillance of\nAnimal Diseases in Lusaka.",
     "Protocol on Cross-Border Surveillance of Animal Diseases"),
])
def test_a_name_split_over_a_hard_wrapped_line(extract_text, text, name):
    found = extract_text(text).instruments
    assert name in [i.name for i in found], [i.name for i in found]
    mention = next(i for i in found if i.name == name).mentions[0]
    assert text[mention.start:mention.end] == mention.text and not mention.text.endswith("\n")


def test_a_line_that_ends_a_sentence_ends_the_name(extract_text):
    text = "Ministers signed the Agreement on Fisheries\nThe delegates then left for Blantyre."
    assert [i.name for i in extract_text(text).instruments] == ["Agreement on Fisheries"]


@pytest.mark.parametrize("text,names", [
    # a plural head shared by names listed before it, each opened by a place or an acronym
    ("The envoys recalled the Nairobi and Maputo Conventions during the talks.",
     ["Maputo Convention", "Nairobi Convention"]),
    ("Officials compared the Tonga and Vanuatu National Adaptation Plans in Suva.",
     ["Tonga National Adaptation Plan", "Vanuatu National Adaptation Plan"]),
    ("The council reviewed the ECOWAS, SADC and EAC Blueprints 2030 on Monday.",
     ["EAC Blueprint 2030", "ECOWAS Blueprint 2030", "SADC Blueprint 2030"]),
    # items that are no places nor acronyms: one name as written
    ("The council reviewed the Forestry and Fisheries Work Plans on Monday.",
     ["Forestry and Fisheries Work Plans"]),
])
def test_a_plural_head_shared_by_listed_names(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == names
