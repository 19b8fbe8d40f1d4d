"""Instrument shapes of signing and parliamentary press, on sentences written for these tests:
"Regulations" and plural memoranda as heads, documents counted rather than named, a bill written
with and without the brackets round "Amendment", a portfolio or a programme that is a body, and
a period told after a closing quote."""
import pytest

from newsfacts.normalisation.instruments import abridged_form, bracketed_form

# (text, name, kind, period start, period end)
NAMED = [
    ("The Minister gazetted the Customs (Amendment) Regulations 2024 on Monday.",
     "Customs (Amendment) Regulations 2024", "law", None, None),
    ("The new Environmental Protection Regulations will come into force in June.",
     "Environmental Protection Regulations", "law", None, None),
    # where it is tabled is no part of the name
    ("The Minister tabled the Fisheries Regulations 2023 in the House.", "Fisheries Regulations 2023", "law", None, None),
    ("The Water Bill 2024 was tabled in the Dewan Rakyat on Monday.", "Water Bill 2024", "law", None, None),
    # a plural capitalised name with its complement is the documents' name when no count stands
    # before it (counted, "two Memoranda of Understanding on X", it names none: ANNOTATORS.md 13)
    ("Chad and Niger signed Memoranda of Understanding on Health and Education in Niamey on Friday.",
     "Memoranda of Understanding on Health and Education", "memorandum", None, None),
    # the period after the closing quote of the name
    ("The ministry has been implementing the framework, the \u201cAgenda for Growth: Jobs for All\u201d, over "
     "the period 2019-2022.", "Agenda for Growth: Jobs for All", "other", "2019", "2022"),
    # a body's bracketed acronym before the bracketed word of a law's name
    ("The Senate approved the Fisheries Licensing Board (FLB) (Dissolution) Bill 2024 on Monday.",
     "Fisheries Licensing Board (FLB) (Dissolution) Bill 2024", "law", None, None),
    # an ordinal names a constitutional amendment; in the complement of a bill it is the bill's
    ("The Bill seeks to repeal the 19th Amendment except for a few clauses.", "19th Amendment", "other", None, None),
    ("Parliament passed the Eighteenth Amendment in 2010.", "Eighteenth Amendment", "other", None, None),
    ("The vote on the Draft Bill of the 21st Amendment to the Constitution is today.",
     "Draft Bill of the 21st Amendment to the Constitution", "law", None, None),
    # a place in the possessive after "in" owns what follows, not the name
    ("The funds support the National Irrigation Programme in Chad's southern plains.",
     "National Irrigation Programme", "programme", None, None),
    # what a signing ceremony is for, or what the signing is of, is a signed document
    ("A signing ceremony for Exchange of Notes and Grant Agreement between the governments of Chad and "
     "Japan was held on Wednesday.", "Exchange of Notes", "other", None, None),
    ("They witnessed the signing of Agreed Minutes on Friday.", "Agreed Minutes", "other", None, None),
    # an ordinal before a name is no count: it places the plan in its series, a word of its name
    # (session 26; every gold at hand keeps it: "11th Five-Year Plan", "15th Five-Year Plan")
    ("Consultations on the 5th National Development Plan start in March.", "5th National Development Plan",
     "plan", None, None),
]


@pytest.mark.parametrize("text,name,kind,start,end", NAMED)
def test_instrument_shape(extract_text, text, name, kind, start, end):
    found = {i.name: i for i in extract_text(text).instruments}
    assert name in found, list(found)
    assert (found[name].kind, found[name].start, found[name].end) == (kind, start, end)


@pytest.mark.parametrize("text", [
    # a number before a singular or a generic plural head counts documents, it names none
    "Chad signed three Memorandum of Understanding between the Republic of Chad and the Republic of Niger in Niamey.",
    "The two countries signed 4 Memorandum of Understanding on Friday.",
    "Chad and Niger have signed four Memoranda of Understanding (MoU) in the energy and transport sectors.",
    "Five Memoranda of Understanding were signed between Chad and Niger.",
    # ... and before a plural name with words of its own (see test_instrument_plural_counts.py)
    "Chad and Niger signed two Memoranda of Understanding on Health and Education on Friday.",
    "Japan and Tonga signed two Grant Aid Agreements on Monday in Nuku'alofa.",
    "The Memoranda of Understanding were signed on Friday.",
    # a portfolio in brackets inside an official's title
    "Minister in the Prime Minister's Department (Law and Institutional Reform) Ana Lopez tabled the motion.",
    # a programme that holds an office is a body
    "The Director of the National Malaria Control Programme, Dr Ama Mensah, said cases had fallen.",
    "The Programme Manager of the National Tuberculosis Programme said funds were short.",
    # a ceremony that is no signing names no document
    "The opening ceremony of Action Plan week was held in Ndjamena.",
])
def test_no_instrument(extract_text, text):
    assert [i.name for i in extract_text(text).instruments] == []


def test_a_programme_launched_is_a_document(extract_text):
    text = "The ministry launched the National Malaria Control Programme in 2020."
    assert [i.name for i in extract_text(text).instruments] == ["National Malaria Control Programme"]


@pytest.mark.parametrize("text,name", [
    ("The House passed the Penal Code (Amendment) Bill 2024 on Tuesday. Critics said the Penal Code "
     "Amendment Bill was rushed.", "Penal Code (Amendment) Bill 2024"),
    ("The Labour Act (Amendment) Bill passed. The Labour Act Amendment Bill 2024 goes to the Senate.",
     "Labour Act Amendment Bill 2024"),
])
def test_a_bill_with_and_without_brackets_is_one(extract_text, text, name):
    instruments = extract_text(text).instruments
    assert [i.name for i in instruments] == [name]
    assert len(instruments[0].mentions) == 2


@pytest.mark.parametrize("a,b,same", [
    ("Penal Code (Amendment) Bill 2024", "Penal Code Amendment Bill", True),
    ("Penal Code (Amendment) Bill", "Penal Code Amendment Bill 2024", True),
    ("Audit (Amendment) Bill 2024", "Audit Amendment Bill 2023", False),  # two years, two bills
    ("Audit (Amendment) Bill 2024", "Audit (Amendment) Bill 2023", False),
    ("Penal Code Amendment Bill", "Penal Code Amendment Bill", False),  # the same, no variant
])
def test_bracketed_form(a, b, same):
    assert bracketed_form(a, b) is same


def test_a_later_mention_with_parties_that_keeps_the_names_words_is_that_name(extract_text):
    text = ("The ministers signed the \u201cMemorandum of Understanding between the Ministry of Foreign Affairs "
            "of the Republic of Chad and the Ministry of Foreign Affairs of the Republic of Niger on "
            "Strengthening Cooperation\u201d. The MoU on Cooperation between the Ministry of Foreign Affairs of "
            "Chad and the Ministry of Foreign Affairs of Niger covers consultations.")
    instruments = extract_text(text).instruments
    assert len(instruments) == 1 and len(instruments[0].mentions) == 2, [i.name for i in instruments]


@pytest.mark.parametrize("short,full,same", [
    ("MoU on Cooperation between the Ministry of Foreign Affairs of Chad and the Ministry of Foreign Affairs of Niger",
     "Memorandum of Understanding between the Ministry of Foreign Affairs of the Republic of Chad and the Ministry "
     "of Foreign Affairs of the Republic of Niger on Strengthening Cooperation", True),
    # without parties: a modifier before a name makes another document
    ("Personal Data Protection Bill", "Digital Personal Data Protection Bill", False),
    ("Visiting Forces Agreement", "Status of Visiting Forces Agreement", False),
    # too few words of its own
    ("Agreement between Chad and Niger", "Trade Agreement between Chad and Niger on Cotton", False),
])
def test_abridged_form(short, full, same):
    assert abridged_form(short, full) is same
