"""The commas of a place ("Accra, Ghana,") do not cut the clause in which a word of departure or
report tells whose a date is: "left for Accra, Ghana, on Monday to attend the X" gives the
journey's day, not X's; "officials said in Accra, Ghana, on Monday that ..." the day of the
report. Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest


NAME = "6th West African Cocoa Summit"

#: (text, (start, end))
CASES = [
    pytest.param(
        "Trade Minister Tomas Vey is leaving for Accra, Ghana, on Monday to attend the 6th West African Cocoa "
        "Summit being organised by the bloc's secretariat from 4 to 5 June.",
        ("2025-06-04", "2025-06-05"), id="the day of leaving, after a town and its country"),
    pytest.param(
        "Officials said in Accra, Ghana, on Monday that the 6th West African Cocoa Summit will bring together ten "
        "ministers.",
        (None, None), id="the day of a report, after a town and its country"),
    pytest.param(
        "The 6th West African Cocoa Summit opened in Accra, Ghana, on Monday.",
        ("2025-06-02", None), id="the day the event itself opens stays its own"),
    pytest.param(
        "The 6th West African Cocoa Summit will be held in Accra. According to officials in Kumasi, it opens on "
        "4 June.",
        ("2025-06-04", None), id="the comma after a lone place ends the report's clause"),
]


@pytest.mark.parametrize("text, period", CASES)
def test_place_commas(event_named, extract_text, text, period):
    event = event_named(extract_text(text), NAME)
    assert (event.start, event.end) == period
