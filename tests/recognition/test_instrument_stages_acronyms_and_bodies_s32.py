"""Session 32 (sentences written for these tests): a stage of a document and its "of" open no
name ("Phase Three of Vision 2030"); a shorter name given the same bracketed acronym as a longer
one is that document; a year before a name in an undated text; a quote glued between two words;
a complement running into "Sector" names a body; a generic name with no article told signed by a
relative clause right after it."""
import pytest

LEAD = "Officials met on Monday. "


@pytest.mark.parametrize("text,names", [
    (LEAD + "The cabinet said that Phase Three of Vision 2040 will stress jobs.", ["Vision 2040"]),
    (LEAD + "The cabinet reviewed the Second Phase of Vision 2040 on Monday.", ["Vision 2040"]),
    # the same acronym after a shorter name that opens the longer one
    (LEAD + "They signed an MoU to develop the National Action Plan on Child Labour (NAP). Work on the "
     "National Action Plan (NAP) began in May.", ["National Action Plan on Child Labour"]),
    # a quote glued between the name and the next word ends the name
    (LEAD + 'The Treaty of Amity and Trade"renews the ties of both states.', ["Treaty of Amity and Trade"]),
    # a body named with "Sector" after a complement
    (LEAD + "The Justice Law and Order Sector met the donors in Kampala.", []),
    # ... not a field after "in the" whose words an "and" joins
    (LEAD + "They signed an Agreement on Cooperation in the Forestry and Wildlife Sector on Monday.",
     ["Agreement on Cooperation in the Forestry and Wildlife Sector"]),
    # a generic name with no article, told signed right after it
    (LEAD + "They have many deals, one of them being Bilateral Fisheries Agreement which was signed in 2009.",
     ["Bilateral Fisheries Agreement"]),
    (LEAD + "They talked about Trade Agreement that would be good.", []),
    # a review of a document and its year after the head name a report, not the document
    (LEAD + "The Retreat considered the Coral Plan Review 2019 Report to Leaders in Apia.", []),
])
def test_stages_acronyms_bodies_and_bare_names(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == names


def test_a_target_year_before_a_name_in_an_undated_text(extract_text):
    text = ("Leaders endorsed the 2060 Strategy for the Coral Sea Region in Honiara. They said the 2060 "
            "Strategy would guide them.")
    assert [i.name for i in extract_text(text, published=None).instruments] == ["2060 Strategy for the Coral Sea Region"]


def test_editions_of_one_generic_name_are_two_documents(extract_text):
    text = ("The board reviewed the National Strategy 2016-2020 in Vienna. It will present the upcoming "
            "National Strategy 2021-25 in May.")
    found = sorted((i.name, i.start, i.end) for i in extract_text(text).instruments)
    assert found == [("National Strategy", "2016", "2020"), ("National Strategy", "2021", "2025")]


@pytest.mark.parametrize("text,names", [
    # a title-case headline that is a document's title and its subtitle, the body writing the title again
    ("Joint Statement on Deepening Fiji-Chile Ties: A Partnership for the Ocean\n\nThe two leaders agreed "
     "to issue a Joint Statement on deepening Fiji-Chile ties on Monday.",
     ["Joint Statement on Deepening Fiji-Chile Ties"]),
    # a headline's colon that gives its point, the body not writing its words again
    ("Review of the Coastal Trade Plan: Jobs First\n\nThe ministers met in Suva on Monday.", []),
])
def test_headline_titles_with_subtitles(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == names


def test_a_past_year_before_a_name_in_an_undated_text_with_other_years(extract_text):
    text = ("The ministers reaffirmed the 1999 Coast Guard Agreement and the 2016 Maritime Patrol Agreement "
            "in Manila.")
    names = sorted(i.name for i in extract_text(text, published=None).instruments)
    assert names == ["Coast Guard Agreement", "Maritime Patrol Agreement"]


@pytest.mark.parametrize("text,found", [
    # a quoted title opening with a head of several words written in sentence case
    (LEAD + "Both sides will work on the 'Road map for Naval Shipbuilding Cooperation' signed in May 2021.",
     [("Road map for Naval Shipbuilding Cooperation", "roadmap", None, None)]),
    (LEAD + 'Both sides signed "Work plan on coastal fisheries" (2025-2027) in Apia.',
     [("Work plan on coastal fisheries", "plan", "2025", "2027")]),
    # ... not a quoted remark, nor after "a"
    (LEAD + 'He said the "action plan is working" and left.', []),
    (LEAD + "He called it a 'Road map to nowhere' on Monday.", []),
])
def test_quoted_sentence_case_titles(extract_text, text, found):
    assert sorted((i.name, i.kind, i.start, i.end) for i in extract_text(text).instruments) == found
