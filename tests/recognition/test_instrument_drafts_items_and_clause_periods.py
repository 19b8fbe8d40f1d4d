"""Instrument shapes of cabinet, signing and planning press, on sentences written for these tests:
a draft named before its document ("the Proposal of Agreement on X"), an acronym bracket glued to
the name, a name that is one item of a list, periods written in months, periods told after the
comma that closes an opening phrase or after the parties of a sentence's subject, a headline's
"MoU between X and Y" that is the body's full name, agencies spelt "Program", and a name written
with its head first ("Programme for X Y") that is the "X Y Programme" of the same text."""
import pytest

from newsfacts.normalisation.instruments import _same, abridged_form

# (text, name, kind, period start, period end)
NAMED = [
    # what is done with a document before "of" is no field of an office: the document is named
    ("The Proposal of Agreement on Cooperation in the Field of Tourism was adopted by the Council of Ministers.",
     "Agreement on Cooperation in the Field of Tourism", "agreement", None, None),
    ("Moreover, the Proposal of Memorandum on Cooperation between the Council of Ministers of Norland and the "
     "Government of Sudia was established at the session.",
     "Memorandum on Cooperation between the Council of Ministers of Norland and the Government of Sudia",
     "memorandum", None, None),
    # an acronym's bracket glued to the last word of the name
    ("The Cabinet approved the signing of Memorandum of Understanding(MoU) between the Government of Norland and "
     "the Government of Sudia on Monday.",
     "Memorandum of Understanding between the Government of Norland and the Government of Sudia",
     "memorandum", None, None),
    # a name that is an item of a list ends at its head: "and" opens the next item
    ("The projects include Rural Roads in Hill Areas, National Water Sector Program and Improvement of Child Care "
     "in Remote Areas.", "National Water Sector Program", "programme", None, None),
    # ... and "and" between a longer item and two capitalised words or more before the head closes the item before
    ("The approved items are the Rural Roads Scheme, Upgrading of the Lake Road Bridge and Coastal Defence Works "
     "Programme.", "Coastal Defence Works Programme", "programme", None, None),
    # "and" before a word that is a head only at the end of a longer one ("Memorandum of Cooperation")
    ("The Treaty of Friendship and Cooperation between Norland and Sudia was renewed on Monday.",
     "Treaty of Friendship and Cooperation between Norland and Sudia", "treaty", None, None),
    # a period written in months gives the years of the document's period
    ("The Coastal Fisheries Strategy (March 2026 - February 2031) was launched in Suva.",
     "Coastal Fisheries Strategy", "strategy", "2026", "2031"),
    # the subject after the comma closing an opening phrase: its clause tells the period
    ("The minister presented the National Water Plan. Originally designed for five years, the plan will now run "
     "over seven years, spanning from January 2025 to December 2031.", "National Water Plan", "plan", "2025", "2031"),
    ("Under the new timetable, the Rural Roads Plan will run from 2027 to 2032.", "Rural Roads Plan", "plan", "2027", "2032"),
    # the name opens a reported clause: its clause tells the period
    ("He said the Coastal Plan will run from 2024 to 2028.", "Coastal Plan", "plan", "2024", "2028"),
    ("The minister noted that the Coastal Plan of Norland, adopted last year, covers 2024-2028.",
     "Coastal Plan of Norland", "plan", "2024", "2028"),
    # an apposition of a lowercase noun and a period word
    ("The minister launched the Digital Norland Programme, a five-year initiative running from 2025 to 2029.",
     "Digital Norland Programme", "programme", "2025", "2029"),
    # fiscal years right after the head are the period, no word of another name
    ("The Rural Water Plan FY2026-FY2030 was launched on Monday.", "Rural Water Plan", "plan", "2026", "2030"),
    # a relative clause of the name after the day or place it was launched on or in
    ("The government launched the Rural Water Plan on Monday, which will run through 2030.",
     "Rural Water Plan", "plan", None, "2030"),
    ("The government launched the Rural Water Plan in Suva, which covers 2026-2030.",
     "Rural Water Plan", "plan", "2026", "2030"),
    # ", to be implemented from ... to ...," is a relative clause of the name before it
    ("The five-year Rural Water Plan, to be implemented from 2026 to 2030, was launched.",
     "Rural Water Plan", "plan", "2026", "2030"),
    # lowercase describing words between the sentence's article and its subject
    ("The new Rural Water Plan will run from 2026 to 2030.", "Rural Water Plan", "plan", "2026", "2030"),
    # "and" between the parties of a sentence's subject joins two names, no two clauses
    ("Cultural Exchange Program between Norland and Sudia for the years 2024-2029 was signed by the two ministers.",
     "Cultural Exchange Program", "programme", "2024", "2029"),
]


@pytest.mark.parametrize("text,name,kind,start,end", NAMED)
def test_instrument_shape(extract_text, text, name, kind, start, end):
    found = {i.name: i for i in extract_text(text).instruments}
    assert name in found, list(found)
    assert (found[name].kind, found[name].start, found[name].end) == (kind, start, end)


@pytest.mark.parametrize("text,name", [
    # a field of an office stays no document
    ("He met the Minister of Law and the Director of Programme and Planning on Monday.", None),
    # "and" after a head that opens the name (no listing comma before it) stays in the name
    ("They adopted the Annual Corporate Plan and Budget on Friday.", "Annual Corporate Plan and Budget"),
    # a place before the comma opens no list: "and" stays inside the name
    ("In Suva, Fiji, the Prevention of Violent Extremism and Counter Terrorism Strategy was launched.",
     "Prevention of Violent Extremism and Counter Terrorism Strategy"),
    # one-word items of a list before the head stay in the name
    ("The funds cover the Water, Sanitation and Hygiene Programme in Suva.", "Water, Sanitation and Hygiene Programme"),
    # agencies named like programmes, in either spelling, are no documents
    ("Poverty was mapped with the United Nations Development Program (UNDP) and the World Food Program.", None),
    ("The Pacific Regional Environment Programme (SPREP) hosted the talks in Apia.", None),
    # a programme with officials, a spokesperson or an office is a body
    ("Officials of the Rural Vaccination Programme (RVP) said the drive starts in May.", None),
    ("The office of the Rural Water Programme opened in Lautoka.", None),
    ("Officials launched the Rural Vaccination Programme in May.", "Rural Vaccination Programme"),
    # a name written with its head first, then with its head last: one document
    ("The council approved the Programme for Coastal Fisheries Renewal.\nLater, the Coastal Fisheries Renewal "
     "Programme was funded.", "Programme for Coastal Fisheries Renewal"),
])
def test_what_stays_as_it_was(extract_text, text, name):
    assert [i.name for i in extract_text(text).instruments] == ([name] if name else [])


@pytest.mark.parametrize("text", [
    # another subject after "and": its years are not the plan's
    "The Water Plan was praised and Norland and Sudia will trade until 2040.",
    # a range of months within one year is no period
    "The Water Plan, from May 2026 to June 2026, was praised.",
    # another clause after the day: its years are not the plan's
    "The government launched the Rural Water Plan on Monday, after which trade rose from 2026 to 2030.",
    # a subject after lowercase words is the plan's, the name later in the sentence gets nothing
    "The new plan will run from 2026 to 2030 after the Rural Water Plan was launched.",
    # an apposition naming no document's period: its year is no range
    "The minister launched the Digital Norland Programme, a country plan for growth in 2025.",
    # a reported clause with another subject after "and"
    "Officials said the Water Plan was praised and trade would grow from 2026 to 2030.",
    # the name after the comma is no subject when no verb follows it
    "After the talks, the Water Agreement was signed, and officials said trade will rise from 2026 to 2030.",
])
def test_no_period(extract_text, text):
    instruments = extract_text(text).instruments
    assert instruments and all(i.start is None and i.end is None for i in instruments)


def test_a_headline_mou_with_both_parties_is_the_full_name(extract_text):
    text = ("Cabinet approves signing of MoU between Norland and Sudia for cooperation in fisheries\n\n"
            "The Cabinet has approved the signing of Memorandum of Understanding (MoU) between the Government of "
            "the Republic of Norland and the Government of the Republic of Sudia for cooperation in fisheries.")
    assert [i.name for i in extract_text(text).instruments] == [
        "Memorandum of Understanding between the Government of the Republic of Norland and the Government of the "
        "Republic of Sudia"]


@pytest.mark.parametrize("short,full,same", [
    ("MoU between Norland and Sudia", "Memorandum of Understanding between the Government of Norland and the "
     "Government of Sudia", True),
    # another head, or a party the full name lacks
    ("Agreement between Norland and Sudia", "Trade Agreement between Norland and Sudia", False),
    ("MoU between Norland and Sudia", "Memorandum of Understanding between the Government of Norland and the "
     "Government of Peru", False),
    # words of its own that the full name lacks: another document
    ("MoU between Norland and Sudia on Mining", "Memorandum of Understanding between Norland and Sudia on Fisheries",
     False),
])
def test_abridged_with_parties(short, full, same):
    assert abridged_form(short, full) is same


@pytest.mark.parametrize("a,b,same", [
    ("Programme for Coastal Fisheries Renewal", "Coastal Fisheries Renewal Programme", True),
    ("Agreement on Trade Facilitation", "Trade Facilitation Agreement", True),
    # a generic complement is no name to move ("Plan of Action", "Action Plan" may be two documents)
    ("Plan of Action", "Action Plan", False),
    ("Programme for Coastal Fisheries", "Coastal Fisheries Renewal Programme", False),
])
def test_head_written_first(a, b, same):
    assert _same(a, b) is same
