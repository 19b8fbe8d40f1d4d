"""A blank line that holds spaces (web pages put " " or a no-break space between paragraphs)
ends a sentence like a bare one: a headline does not run on into the dateline's paragraph.
Texts written for these tests."""
import pytest


@pytest.mark.parametrize("gap", ["\n\n", "\n\n \n\n", "\n\n\u00a0\n\n", "\n \n", "\n\n\n\n\n\n", "\n\n  \n\n \n\n"])
def test_a_blank_line_ends_the_headline(nlp, gap):
    text = f"Islands Leaders Gather For Ocean Summit In Apia{gap}APIA, Samoa -- On 3 May 2026, leaders opened the summit."
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences == ["Islands Leaders Gather For Ocean Summit In Apia",
                         "APIA, Samoa -- On 3 May 2026, leaders opened the summit."]


@pytest.mark.parametrize("text,count", [
    # a single wrapped line stays one sentence; a full stop then a blank line makes no empty sentence
    ("The 7th meeting of the council started in\nPort Louis on Tuesday.", 1),
    ("The council met on Monday.\n\n \n\nIt closed on Tuesday.", 2),
    ("The council met on Monday.\n\n\n\n\n\nIt closed on Tuesday.", 2),
])
def test_no_break_inside_a_wrapped_line_and_no_empty_sentence(nlp, text, count):
    assert len([s for s in nlp(text).sents if s.text.strip()]) == count
    assert all(s.text.strip() for s in nlp(text).sents)


#: (text, event name, (start, end), venue as (city, country) or None)
CASES = [
    # the day of the dateline's paragraph is its event's, not that of the event the headline names
    ("5th Reef Leaders' Summit Opens; Unity Strengthened Before Pacific Islands Ocean Retreat in Honiara\n\n \n\n"
     "SUVA, Fiji -- On 4 May 2026, the Government of Fiji hosted the 5th Reef Leaders' Summit in Suva.",
     "5th Reef Leaders' Summit", ("2026-05-04", "2026-05-04"), ("Suva", "FJ")),
]


@pytest.mark.parametrize("text,name,period,venue", CASES)
def test_dateline_paragraph_after_a_spaced_blank_line(extract_text, text, name, period, venue):
    event = next(e for e in extract_text(text, published="2026-05-04").events if e.name == name)
    assert (event.start, event.end) == period
    assert (None if event.venue is None else (event.venue.city, event.venue.country)) == venue


@pytest.mark.parametrize("text", [
    "The delegation was received by the\n    Minister of Trade of Ghana on Friday.",
    "The delegation was received on Friday\n    by the Minister of Trade of Ghana.",
    "The delegation was received on Friday  \n  by the Minister of Trade of Ghana.",
])
def test_a_single_wrapped_line_with_a_margin_stays_one_sentence(nlp, text):
    assert len([s for s in nlp(text).sents if s.text.strip()]) == 1


def test_a_headline_above_an_indented_line_keeps_its_break(nlp):
    text = "Ghana Hosts Trade Talks\n    ACCRA, 3 May -- The delegation was received on Friday."
    assert len([s for s in nlp(text).sents if s.text.strip()]) == 2
