"""A release's title line that names one meeting or call by whose it is and whom it is with
("Secretary X's Call with Minister Y", "Readout on President X's Meeting with President Y of
Z") names that occasion, though a title-case headline's capitals say nothing else; the lead
that tells the same meeting by its verb is a mention of it. Not a press headline that goes on
after whom ("... Meeting With Business Leaders Draws Praise"), nor one with no owner or a
lowercase party (whatever else the line names, no title runs to whom). Sentences written for these tests; published Monday 2 June 2025."""
import pytest

FOUND = [
    ("Secretary Lopez\u2019s Call with Chilean Foreign Minister Reyes\n\nThe below is attributable to Spokesperson "
     "Tom Poe: Secretary of State Ana Lopez spoke today with Chilean Foreign Minister Tom Reyes.",
     "Secretary Lopez\u2019s Call with Chilean Foreign Minister Reyes"),
    ("THE PALACE\nOffice of the Press Secretary\nFOR IMMEDIATE RELEASE June 2, 2025\nReadout on President "
     "Lopez\u2019s Meeting with President Reyes of Chile\nThe President and President Reyes met this afternoon and "
     "had a useful discussion on trade.", "President Lopez\u2019s Meeting with President Reyes of Chile"),
]

NOT_FOUND = [
    "President Lopez's Meeting With Business Leaders Draws Praise From Investors\n\nThe President met business "
    "leaders in Lima on Monday.",
    "President Lopez's Meeting with business leaders ends early\n\nThe President met business leaders in Lima on "
    "Monday.",
    "The Meeting with Chilean Minister Reyes Ends Early\n\nThe President met Minister Tom Reyes in Lima on Monday.",
]


@pytest.mark.parametrize("text,name", FOUND)
def test_a_readout_title_names_its_occasion(extract_text, text, name):
    assert name in [e.name for e in extract_text(text).events]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_readout_title(extract_text, text):
    events = extract_text(text).events
    assert not any(" with " in e.name.lower() and m.start < text.index("\n") for e in events for m in e.mentions)


def test_the_lead_meeting_told_by_its_verb_is_the_title_s(extract_text):
    record = extract_text("Secretary Lopez\u2019s Meeting with Chilean Foreign Minister Reyes\n\nThe below is "
                          "attributable to Spokesperson Tom Poe: Secretary of State Ana Lopez met today with Chilean "
                          "Foreign Minister Tom Reyes in Washington. They discussed trade.")
    assert [(e.name, e.start, e.venue.city if e.venue else None) for e in record.events] == [
        ("Secretary Lopez\u2019s Meeting with Chilean Foreign Minister Reyes", "2025-06-02", "Washington")]
