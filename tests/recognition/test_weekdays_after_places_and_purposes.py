"""Weekdays in shapes of wire press (session 13), on sentences written for these tests:
a weekday right after a place that "in"/"at" opens ("took place at Dhaka Thursday"), and a
weekday in a purpose clause after a day told before it ("arrived on Wednesday to hold the
talks on Thursday"); a month and its year joined by "of" ("March of 2015"). Published: Wednesday 16 April 2025."""
import pytest

from newsfacts import settings
from newsfacts.api import make_doc

PUBLISHED = "2025-04-16"


def _dates(nlp, text):
    doc = nlp(make_doc(nlp, text, id="t", published=PUBLISHED))
    return [(s.text, s._.nf_date["start"]) for s in doc.spans[settings.SPANS_DATES]]


@pytest.mark.parametrize("text, expected", [
    pytest.param("The third round of the consultations took place at Suva Thursday after a pause of ten years.",
                 [("Thursday", "2025-04-10")], id="a weekday after a town that at opens"),
    pytest.param("The joint commission met in Port Moresby Monday, officials said.",
                 [("Monday", "2025-04-14")], id="a weekday after a town of two words"),
    pytest.param("The envoy arrived in Apia on Wednesday to hold the consultations on Thursday.",
                 [("Wednesday", "2025-04-16"), ("Thursday", "2025-04-17")],
                 id="a purpose clause's weekday comes after the day told before it"),
    pytest.param("The first session convenes in March of 2026.", [("March of 2026", "2026-03")],
                 id="a month of a year written with of"),
    pytest.param("The forum was held in October of 2013 in Apia.", [("October of 2013", "2013-10")],
                 id="of between a month and its year is no other date"),
    pytest.param("The envoy met the minister on Wednesday and left on Monday.",
                 [("Wednesday", "2025-04-16"), ("Monday", "2025-04-14")],
                 id="no purpose clause: each weekday keeps the tense's reading"),
])
def test_weekday_shapes(nlp, text, expected):
    assert _dates(nlp, text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("The summit opened at the Good Friday Hall.", id="a weekday inside a name after at"),
    pytest.param("He spoke at Black Friday Sales.", id="a capitalised word after the weekday keeps it a name"),
])
def test_weekday_in_a_name(nlp, text):
    assert _dates(nlp, text) == []


@pytest.mark.parametrize("text, place", [
    pytest.param("The ministry has announced that the third meeting of the Joint Commission between the two "
                 "countries will be held from 8 to 9 February in the capital of the country this year.\n\n"
                 "The Maldives- Sri Lanka Joint Commission was established in 1984.", None,
                 id="a bare place and dash after a line of the body opens no dateline"),
    pytest.param("Ministers of the region will meet to discuss the trade agenda of the coming year, the ministry "
                 "said in a statement issued on the eve of the meeting of the council.\n\n"
                 "Vientiane (VNA) - The ministers met on Monday.", "Vientiane",
                 id="a place with its agency after a summary is a dateline"),
])
def test_dateline_after_the_body(text, place):
    from newsfacts.recognition.dateline import find_dateline

    found = find_dateline(text)
    assert (None if found is None else text[found.start:found.end]) == place
