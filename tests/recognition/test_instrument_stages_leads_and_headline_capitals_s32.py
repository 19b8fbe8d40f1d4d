"""Session 32 (sentences written for these tests): a stage's number after a dash or as a word,
"Phase-II", "Phase-2", "Phase Two"; a generic name led by "The" and describing words that open
its sentence, or by the possessive of a lowercase owner; a headline's first word capitalised by
its place; years with a two-digit end the date reader takes for a month."""
import pytest

LEAD = "Officials met on Monday. "


@pytest.mark.parametrize("text,name,start,end", [
    # a stage's word and its number, a dash between or one token, or a number word
    (LEAD + "The committee approved the National Health Programme Phase-II on Wednesday.",
     "National Health Programme Phase-II", None, None),
    (LEAD + "The committee approved the National Health Programme Phase-2 on Wednesday.",
     "National Health Programme Phase-2", None, None),
    (LEAD + "The committee approved the National Health Programme Phase Two on Wednesday.",
     "National Health Programme Phase Two", None, None),
    # a generic name after "The" and words that describe it, told adopted or unveiled
    (LEAD + "The five-year Strategic Action Plan was unveiled on Wednesday night.", "Strategic Action Plan", None, None),
    # the possessive of a lowercase owner after "the" determines one document
    (LEAD + "He praised the ministry's Strategic Plan on Tuesday.", "Strategic Plan", None, None),
    # "(2003-06)": a year and a later two-digit end after a name is a period, not June 2003
    ("The ministers signed the Executive Programme for Cultural Exchanges (2003-06) on Monday.",
     "Executive Programme for Cultural Exchanges", "2003", "2006"),
    ("The ministers signed the Executive Programme for Cultural Exchanges for 2003-05 on Monday.",
     "Executive Programme for Cultural Exchanges", "2003", "2005"),
])
def test_stages_leads_and_short_spans(extract_text, text, name, start, end):
    found = {i.name: (i.start, i.end) for i in extract_text(text).instruments}
    assert found == {name: (start, end)}


@pytest.mark.parametrize("text,names", [
    # the words between "The" and a generic name make a clause, not a description
    ("The ministry says Joint Statement drafts are ready for review.", []),
    (LEAD + "The new Strategic Plan speaks to the needs of farmers.", []),
    # a headline's first word that the body writes in lowercase before the same name is no word of it
    ("Five-year Strategic Action Plan unveiled\n\nThe government's five-year Strategic Action Plan was "
     "unveiled on Wednesday night.", ["Strategic Action Plan"]),
    ("Revised Water Sector Roadmap adopted\n\nThe cabinet adopted the revised Water Sector Roadmap on Monday.",
     ["Water Sector Roadmap"]),
    # ... while a capital the body keeps stays
    ("New Zealand Aid Programme grows\n\nThe New Zealand Aid Programme grew on Monday.", ["New Zealand Aid Programme"]),
])
def test_sentence_leads_and_headline_capitals(extract_text, text, names):
    assert sorted(i.name for i in extract_text(text).instruments) == names
