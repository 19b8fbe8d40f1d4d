"""Instrument shapes seen on fresh press (session 8), on sentences written for these tests:
policies and guidelines named with capitals, the field of an office named like a policy."""
import pytest

# (text, name, kind)
POLICY_NAMED = [
    ("Lesotho adopted its Look North Policy in 2019 to court Asian investors.", "Look North Policy", "other"),
    ("Under the National Water Policy, every district must publish its reserves.", "National Water Policy", "other"),
    ("The bureau drafted the ASEAN Guidelines on Responsible Fishing Practices for the ministers.",
     "ASEAN Guidelines on Responsible Fishing Practices", "other"),
    # after "the", a process word and "of" open no field: "the Review of" a policy names the policy
    ("Delegates began the Review of the Open Skies Policy on Monday.", "Open Skies Policy", "other"),
]


@pytest.mark.parametrize("text,name,kind", POLICY_NAMED)
def test_policy_and_guideline_heads_name_documents(extract_text, text, name, kind):
    found = {i.name: i.kind for i in extract_text(text).instruments}
    assert found.get(name) == kind, found


POLICY_FIELDS = [
    # the field of an office: after "for"/"of" and the office's capitalised word
    "The Minister for Trade Policy, Anna Berg, met the delegation in Oslo.",
    "Talks were led by the High Representative for Foreign Affairs and Security Policy.",
    "She graduated from the Hassan School of Public Policy before joining the ministry.",
    # a capitalised word right after the head: the head is a word of a body's or a meeting's name
    "The Monetary Policy Committee kept rates unchanged on Thursday.",
]


@pytest.mark.parametrize("text", POLICY_FIELDS)
def test_policy_as_a_field_of_an_office_names_no_document(extract_text, text):
    assert [i.name for i in extract_text(text).instruments] == []


# (text, [(name, kind, start, end)]): documents listed one an item, their titles with lowercase words
LISTED = [
    ("The ministers witnessed the signing of:\n- Memorandum of Understanding on cooperation in veterinary "
     "medicine;\n- Agreement between the Ministry of Culture of the Republic of Malta and the Ministry of "
     "Heritage of the Kingdom of Morocco;\n- Work Plan for 2026-2027 between the two foreign ministries.",
     [("Memorandum of Understanding on cooperation in veterinary medicine", "memorandum", None, None),
      ("Agreement between the Ministry of Culture of the Republic of Malta and the Ministry of Heritage of "
       "the Kingdom of Morocco", "agreement", None, None),
      ("Work Plan", "plan", "2026", "2027")]),
    # items after semicolons, the bullet closing the line before ("a Joint Statement": a generic name
    # after an indefinite article names no document, ANNOTATORS.md 8)
    ("Signed on Tuesday were the Andean Road Safety Charter; the Protocol on mutual recognition of diplomas; "
     "Memorandum of Cooperation in the field of civil aviation; and a Joint Statement.",
     [("Andean Road Safety Charter", "other", None, None),
      ("Protocol on mutual recognition of diplomas", "other", None, None),
      ("Memorandum of Cooperation in the field of civil aviation", "memorandum", None, None)]),
    ("Agreements reached:\n\u2022 Cultural Exchange Programme between Accra and Lome;\n\u2022 Joint Declaration "
     "on border trade.",
     # a name with capitals of its own before its head is named by them ("Cultural Exchange Programme")
     [("Cultural Exchange Programme", "programme", None, None),
      ("Joint Declaration on border trade", "declaration", None, None)]),
]


@pytest.mark.parametrize("text,expected", LISTED)
def test_a_listed_document_is_named_by_its_whole_item(extract_text, text, expected):
    found = [(i.name, i.kind, i.start, i.end) for i in extract_text(text).instruments]
    assert sorted(found) == sorted(expected)


NOT_LISTED_TITLES = [
    # a clause after the name: the item tells of the document, its lowercase words are no title
    ("The outcomes were:\n- The Memorandum of Understanding on trade was signed by both ministers;\n"
     "- talks will resume in May.", "Memorandum of Understanding"),
    # running text, not an item: the lowercase complement is no part of the name
    ("Both sides signed the Memorandum of Understanding on cooperation in tourism in Doha on Monday.",
     "Memorandum of Understanding"),
]


@pytest.mark.parametrize("text,name", NOT_LISTED_TITLES)
def test_lowercase_words_outside_a_listed_title_stay_out(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


@pytest.mark.parametrize("text,name,period", [
    ("Georgia and Chile also signed a 2026-2027 Action Plan between their ministries.", "Action Plan",
     ("2026", "2027")),
    ("Delegates endorsed the 2025\u20132028 Joint Work Programme at the close.", "Joint Work Programme",
     ("2025", "2028")),
])
def test_a_period_between_the_article_and_a_generic_name(extract_text, text, name, period):
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found.get(name) == period, found


def test_a_title_case_list_item_is_no_headline(extract_text):
    text = "Documents signed:\n\u2013 Joint Action Plan for 2026-2028 between Tourism Ministries;\n\u2013 Air Services Agreement."
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found == {"Joint Action Plan": ("2026", "2028"), "Air Services Agreement": (None, None)}


@pytest.mark.parametrize("text,expected", [
    # a head with its target year names a document alone: the "and" before it joins two names
    ("The grant backs national Health Sector Plans and Vision 2040 in each province.",
     {"Vision 2040": "other"}),
    # ... but the first year of a period after the head is no target year: one name
    ("Officials cited the Coastal Fisheries Strategy and Roadmap 2021 -2030 as a model.",
     {"Coastal Fisheries Strategy and Roadmap": "strategy"}),
])
def test_a_head_with_its_target_year_after_and(extract_text, text, expected):
    found = {i.name: i.kind for i in extract_text(text).instruments}
    assert {n: k for n, k in found.items() if n in expected} == expected, found
    assert not any(" and Vision" in n for n in found), found


@pytest.mark.parametrize("text,name", [
    # a possessive determiner and describing words, an ordinal and a number among them
    ("The secretariat is drafting its second three-year Strategic Plan with donors.", "Strategic Plan"),
    ("Farmers will benefit from our Framework Agreement with the cooperative.", "Framework Agreement"),
    ("Both unions ratified their new Collective Agreement last week.", "Collective Agreement"),
])
def test_a_generic_name_after_a_possessive_is_a_document(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


def test_a_generic_name_after_a_possessive_opening_a_sentence_refers_back(extract_text):
    # "Their Action Plan ..." opening a sentence speaks of a document named before, as "The" does
    assert extract_text("Their Action Plan was praised by donors in Lusaka.").instruments == []


@pytest.mark.parametrize("text,name", [
    ("The envoys signed the Exchange of Notes on Grant Aid for the Harbour Dredging Project.",
     "Exchange of Notes on Grant Aid for the Harbour Dredging Project"),
    ("An Exchange of Letters on Tuna Access Rights entered into force on Friday.",
     "Exchange of Letters on Tuna Access Rights"),
    ("Officials also signed a Letter of Exchange for Flood Relief Equipment on Monday.",
     "Letter of Exchange for Flood Relief Equipment"),
])
def test_an_exchange_of_notes_or_letters_is_a_document(extract_text, text, name):
    assert [(i.name, i.kind) for i in extract_text(text).instruments] == [(name, "other")]


def test_a_lowercase_exchange_of_notes_is_no_name(extract_text):
    assert extract_text("The two embassies held an exchange of notes on visas.").instruments == []


@pytest.mark.parametrize("text,name,kind,period", [
    # a head inside the capitalised run before a year is no head of its own: the last head names it
    ("Kenya will align its exports with the Green Trade Policy Framework 2026-2030.",
     "Green Trade Policy Framework", "framework", ("2026", "2030")),
    ("The bureau presented the Digital Policy Roadmap 2025-28 to donors.",
     "Digital Policy Roadmap", "roadmap", ("2025", "2028")),
])
def test_the_last_of_two_heads_names_the_document(extract_text, text, name, kind, period):
    assert [(i.name, i.kind, (i.start, i.end)) for i in extract_text(text).instruments] == [(name, kind, period)]


@pytest.mark.parametrize("text,names", [
    # two documents joined by "and", the second a head with its own complement, no article between
    ("Peru and Chile exchanged the MoU on Lithium Research and Agreement on Port Services.",
     ["Agreement on Port Services", "MoU on Lithium Research"]),
    ("Delegates ratified the Convention on Migratory Birds and Protocol on Wetland Data.",
     ["Convention on Migratory Birds", "Protocol on Wetland Data"]),
    # "and" inside a complement, no head after it: one name
    ("The ministers signed the Protocol on Trade and Development Cooperation.",
     ["Protocol on Trade and Development Cooperation"]),
    # a generic second part names nothing alone: one name
    ("They adopted the Mining Strategy and Plan of Action for 2026-2030.", ["Mining Strategy and Plan of Action"]),
])
def test_two_complemented_names_joined_by_and(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == names


@pytest.mark.parametrize("text,name", [
    # "in the field of" written lowercase inside a capitalised complement
    ("Oman and Kenya signed the MoU on Cooperation in the field of Marine Fisheries last week.",
     "MoU on Cooperation in the field of Marine Fisheries"),
    ("The Agreement for Collaboration in the areas of Higher Education and Research was renewed.",
     "Agreement for Collaboration in the areas of Higher Education and Research"),
    # "through" deep in a complement, before capitals
    ("Both sides signed the MOU on Expanding Transit Trade through Torkham Crossing yesterday.",
     "MOU on Expanding Transit Trade through Torkham Crossing"),
])
def test_lowercase_phrases_inside_a_capitalised_complement(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


def test_in_the_area_of_a_place_says_where(extract_text):
    names = [i.name for i in extract_text(
        "The Plan on Drinking Water in the area of Kigali was approved in May.").instruments]
    assert names == ["Plan on Drinking Water"]


@pytest.mark.parametrize("text,name,period", [
    # a generic name right before its span of years names the document of that period
    ("The leaders signed the Tunis Charter, Joint Action Plan 2027-2031 and a protocol.", "Joint Action Plan",
     ("2027", "2031")),
    ("Auditors will review National Action Plan (2021-2025) results in March.", "National Action Plan",
     ("2021", "2025")),
])
def test_a_generic_name_with_its_own_period(extract_text, text, name, period):
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found.get(name) == period, found


def test_a_generic_name_before_a_single_year_names_nothing(extract_text):
    assert extract_text("Officials said Action Plan items from 2020 were done.").instruments == []


@pytest.mark.parametrize("text,name", [
    # a party's bracketed acronym is crossed, and left out of the name
    ("The MoU between the Ministry of Foreign Affairs (MOFA) of Ghana and the Foreign Service Institute "
     "(FSI) of India was signed in Accra.",
     "MoU between the Ministry of Foreign Affairs of Ghana and the Foreign Service Institute of India"),
    ("Editors welcomed the Agreement on News Exchange between the Kenya News Agency (KNA) and Tanzania "
     "Standard Newspapers.",
     "Agreement on News Exchange between the Kenya News Agency and Tanzania Standard Newspapers"),
])
def test_parties_with_their_bracketed_acronyms(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


def test_a_bracketed_word_of_a_law_is_no_acronym(extract_text):
    assert [i.name for i in extract_text("The Fisheries (Amendment) Act was passed on Monday.").instruments] \
        == ["Fisheries (Amendment) Act"]


@pytest.mark.parametrize("text,names", [
    ("The documents signed were:\n 1. Memorandum of Understanding on cooperation in sports medicine;\n"
     " 2. Agreement on the avoidance of double taxation.",
     ["Agreement on the avoidance of double taxation", "Memorandum of Understanding on cooperation in sports medicine"]),
    ("Outcomes:\n(i) Protocol on veterinary inspection of cattle;\n(ii) Exchange of Notes on grant aid.",
     ["Exchange of Notes on grant aid", "Protocol on veterinary inspection of cattle"]),
])
def test_numbered_items_of_a_list_of_documents(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == names


def test_a_number_ending_a_sentence_opens_no_item(extract_text):
    assert extract_text("The vote was 12. Memorandum of Understanding talks continue.").instruments == []


def test_a_headline_in_sentence_case_names_its_documents(extract_text):
    text = "Joint Statement of the Foreign Ministers of the Baltic states\n\nThe ministers met in Riga on Monday."
    assert [i.kind for i in extract_text(text).instruments] == ["statement"]


def test_a_title_case_headline_names_nothing(extract_text):
    text = "Ministers Agree On New Fisheries Plan For The Region\n\nThe ministers met in Apia on Monday."
    assert extract_text(text).instruments == []


@pytest.mark.parametrize("text,name", [
    ("The bloc tabled the Common Position Paper on Loss and Damage in Bonn.", "Common Position Paper on Loss and Damage"),
    ("Officials published the Green Paper on Rural Pensions for comment.", "Green Paper on Rural Pensions"),
])
def test_papers_that_set_out_a_position(extract_text, text, name):
    assert [(i.name, i.kind) for i in extract_text(text).instruments] == [(name, "other")]


@pytest.mark.parametrize("text,name", [
    # title case leaves an article lowercase after a capitalised gerund of the complement
    ("Hanoi and Vientiane signed the Action Plan on Building a Mekong Community with a Shared Future.",
     "Action Plan on Building a Mekong Community with a Shared Future"),
    ("The Agreement on Establishing an Andean Customs Union was signed in Quito on Friday.",
     "Agreement on Establishing an Andean Customs Union"),
])
def test_an_article_after_a_capitalised_gerund(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


@pytest.mark.parametrize("text,name", [
    # "with" before lowercase words, or a party, ends the name
    ("The Agreement on Fisheries Cooperation with a view to more trade was signed.", "Agreement on Fisheries Cooperation"),
    ("Ghana signed an MoU on Cocoa Trade with Brazil.", "MoU on Cocoa Trade"),
])
def test_with_and_an_article_before_no_capitals_ends_the_name(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]


@pytest.mark.parametrize("text,names", [
    # a joint press statement is the parties' negotiated text; a body's own press statement is a release
    ("The Chile-Korea Joint Press Statement was released after the talks in Seoul.", ["Chile-Korea Joint Press Statement"]),
    ("The ministry issued a Press Statement on the floods on Monday.", []),
])
def test_a_joint_press_statement_is_a_document(extract_text, text, names):
    assert [i.name for i in extract_text(text).instruments] == names


def test_a_comma_ends_a_listed_title(extract_text):
    text = ("Signed:\n- Memorandum of Understanding on cooperation in dairy farming, signed by both ministers;\n"
            "- Protocol on plant quarantine.")
    assert sorted(i.name for i in extract_text(text).instruments) == [
        "Memorandum of Understanding on cooperation in dairy farming", "Protocol on plant quarantine"]


@pytest.mark.parametrize("text,name", [
    # a body named by its acronym owns the document: its possessive is no word of the name
    ("Ministers restated their support for NATO's Open Skies Policy in Vilnius.", "Open Skies Policy"),
    ("The AU\u2019s Continental Education Strategy was reviewed in Addis Ababa.", "Continental Education Strategy"),
    # ... and a generic name after the possessive names that body's document (after a country's,
    # "Liberia's National Action Plan", it does not: see test_instrument_parallel_and_pronoun.py)
    ("Donors praised the EU's Action Plan at the meeting in Brussels.", "Action Plan"),
    # a common noun's possessive stays in the name
    ("The Government's Activity Program was approved by parliament.", "Government's Activity Program"),
])
def test_an_acronym_owner_is_no_word_of_the_name(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == [name]
