"""Where press writes an instrument's period (sentences written for these tests): between the
head and the rest of the name, after a name that ends an outer name, in a relative clause with
its end only, later in the sentence of its subject; and words around a head that name no
document, or a generic one."""
import pytest

# (text, name, kind, period start, period end)
NAMED = [
    # the period between the head and the complement: the name goes on after it
    ("Envoys adopted the Plan of Action (2024-2028) to Implement the Joint Statement on Ocean "
     "Partnership in Manila.",
     "Plan of Action to Implement the Joint Statement on Ocean Partnership", "plan", "2024", "2028"),
    ("The board approved the Work Plan 2025\u20132027 of the Regional Committee on Forestry.",
     "Work Plan of the Regional Committee on Forestry", "plan", "2025", "2027"),
    # ... but not into a place, nor into another name after "and"
    ("The board approved the Coastal Work Plan (2025-2027) in Nadi.", "Coastal Work Plan", "plan", "2025", "2027"),
    ("The board approved the Coastal Work Plan 2025-2027 and the Reef Strategy on Monday.",
     "Coastal Work Plan", "plan", "2025", "2027"),
    # a name inside another, both ending before the period: the period is the outer name's
    ("The Plan of Action to Implement the Joint Statement on Ocean Partnership (2024-2028) was adopted.",
     "Plan of Action to Implement the Joint Statement on Ocean Partnership", "plan", "2024", "2028"),
    ("The Plan of Action to Implement the Joint Statement on Ocean Partnership (2024-2028) was adopted.",
     "Joint Statement on Ocean Partnership", "statement", None, None),
    # a relative clause with the period's end only
    ("The Roadmap on Clean Transport, which runs until 2040, was endorsed in Quito.",
     "Roadmap on Clean Transport", "roadmap", None, "2040"),
    # a span of fiscal years; years in square brackets; "of" and "up to" before the years
    ("The Fifth Rural Roads Plan (FY2026-FY2030) was approved in Dhaka.",
     "Fifth Rural Roads Plan", "plan", "2026", "2030"),
    ("Parliament approved the Rural Roads Plan for FY2024/25 to FY2028/29 on Monday.",
     "Rural Roads Plan", "plan", "2024", "2029"),
    ("The Rural Roads Plan [2027-2031] was approved in Dhaka.", "Rural Roads Plan", "plan", "2027", "2031"),
    ("The Rural Roads Plan for the period of 2027-2031 was approved.", "Rural Roads Plan", "plan", "2027", "2031"),
    ("The Rural Roads Plan up to 2035 was approved.", "Rural Roads Plan", "plan", None, "2035"),
    ("Envoys adopted the Lima Programme of Action for Island States for the decade 2026-2035.",
     "Lima Programme of Action for Island States", "programme", "2026", "2035"),
    # a capitalised generic name after an article
    ("Both sides signed the Cooperation Framework for the period 2024 to 2028 in Apia.",
     "Cooperation Framework", "framework", "2024", "2028"),
]


@pytest.mark.parametrize("text,name,kind,start,end", NAMED)
def test_instrument_period_position(extract_text, text, name, kind, start, end):
    found = {i.name: i for i in extract_text(text).instruments}
    assert name in found, list(found)
    assert (found[name].kind, found[name].start, found[name].end) == (kind, start, end)


def test_a_clause_verb_still_ends_the_clause_of_an_end_only_period(extract_text):
    # no relative clause: "until 2040" after a verb tells when something else happens
    found = {i.name: i for i in extract_text(
        "The Roadmap on Clean Transport was praised and talks will go on until 2040.").instruments}
    assert (found["Roadmap on Clean Transport"].start, found["Roadmap on Clean Transport"].end) == (None, None)


@pytest.mark.parametrize("text,names", [
    # what is done with a document, before "of" and a name without an article
    ("Delegates debated the Review of Vision 2040 in Gaborone.", ["Vision 2040"]),
    ("The slogan was \"Faster Implementation of Agenda 2050\" this year.", ["Agenda 2050"]),
    # a one-word head after a capitalised word and "of" names a field of an office or a body
    ("She teaches at the Faculty of Law of the University of Lagos.", []),
    ("The Minister of Law and Human Rights Dewi Lestari met the envoy.", []),
    ("The Chief of Protocol met the delegation at Nadi airport.", []),
    # ... unless a number or year follows it
    ("Parliament debated the Ratification of Protocol No. 12 on Monday.", ["Protocol No. 12"]),
    # "within the framework of" says where, not which document; a treaty after "under the" is one
    ("Aid flows within the Framework of the Andean Community, and ports grow under the Treaty of "
     "Amity in Bali.", ["Treaty of Amity"]),
])
def test_words_around_a_head_that_name_no_document(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == names


def test_generic_names_opening_the_items_of_a_list_are_documents(extract_text):
    text = ("The ministers signed the following documents:\n"
            "- Joint Work Programme for the period 2025-2027, on customs;\n"
            "- Defence Cooperation Agreement on training.\n")
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found == {"Joint Work Programme": ("2025", "2027"), "Defence Cooperation Agreement": (None, None)}


def test_a_generic_name_opening_a_line_after_a_colon_is_a_document(extract_text):
    text = "The two leaders witnessed the signing of:\nMemorandum of Understanding (MoU) on rail links\n"
    assert [i.name for i in extract_text(text).instruments] == ["Memorandum of Understanding"]


def test_a_generic_name_inside_a_sentence_without_an_article_is_none(extract_text):
    # not after an article, a verb of signing or a line break: no document of its own
    assert extract_text("Officials said Joint Work Programme talks would resume.").instruments == []


@pytest.mark.parametrize("text,name,kind", [
    ("The Arrangement concerning Customs Cooperation was signed in Rome.",
     "Arrangement concerning Customs Cooperation", "other"),
    ("Both sides cited the 1981 Framework Agreement concerning Training of Police Cadets in Oslo.",
     "Framework Agreement concerning Training of Police Cadets", "agreement"),
])
def test_a_subject_after_concerning_is_part_of_the_name(extract_text, text, name, kind):
    found = {i.name: i.kind for i in extract_text(text).instruments}
    assert found.get(name) == kind, found


@pytest.mark.parametrize("text,period", [
    # the name is the sentence's subject: its verb does not end the clause that gives its period
    ("The Harbour Safety Strategy will be implemented from 2027 to 2031.", ("2027", "2031")),
    ("The Harbour Safety Strategy will guide port works between 2027 and 2031.", ("2027", "2031")),
    ("The Harbour Safety Strategy was adopted and will run until 2040.", (None, "2040")),
    # a back-reference opening the next sentence, with words between its article and head
    ("Fiji adopted the Harbour Safety Strategy on Friday. The new five-year strategy runs from 2027 "
     "to 2031.", ("2027", "2031")),
    # an apposition naming the document again
    ("Fiji adopted the Harbour Safety Strategy, a five-year plan for 2027-2031, on Friday.", ("2027", "2031")),
    # another clause with its own subject
    ("The Harbour Safety Strategy was praised but donors will fund dredging from 2027 to 2031.", (None, None)),
    # the name as an object: a verb after it ends its clause
    ("Donors praised the Harbour Safety Strategy and will fund dredging from 2027 to 2031.", (None, None)),
])
def test_a_period_later_in_the_sentence_of_its_subject(extract_text, text, period):
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found == {"Harbour Safety Strategy": period}


def test_a_sentence_opening_generic_name_refers_back(extract_text):
    # "The National Plan" opening a sentence speaks of a document named before (or not at all)
    assert extract_text("The National Plan speaks to one central theme of growth.").instruments == []


def test_a_verb_after_a_name_inside_another_phrase_gives_it_no_period(extract_text):
    # the plan "of" the agenda spans the years, not the agenda
    found = {i.name: (i.start, i.end) for i in extract_text(
        "Delegates will discuss the second plan of Agenda 2070 spans 2025 to 2034.").instruments}
    assert found == {"Agenda 2070": (None, None)}


@pytest.mark.parametrize("text,period", [
    # the acronym given in brackets names the document later, with its period
    ("Tonga adopted the Coastal Fisheries Plan (CFP) on Friday. The CFP will run from 2027 to 2031.",
     ("2027", "2031")),
    ("Tonga adopted the Coastal Fisheries Plan (CFP) on Friday. Donors said the CFP 2027-2031 is costly.",
     ("2027", "2031")),
    # ... not when the years belong to another clause
    ("Tonga adopted the Coastal Fisheries Plan (CFP) on Friday. Donors praised the CFP and will build "
     "jetties from 2027 to 2031.", (None, None)),
])
def test_a_later_acronym_gives_the_period(extract_text, text, period):
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found == {"Coastal Fisheries Plan": period}
