"""A present progressive tells a plan: "are meeting on Wednesday" is the next Wednesday
(sentences written for this test; published on Tuesday 2025-06-10)."""
import pytest

from newsfacts import extract


@pytest.mark.parametrize("text,day", [
    ("The two ministers are meeting on Wednesday in Geneva.", "2025-06-11"),
    ("On Thursday, leaders are gathering in Suva for the forum.", "2025-06-12"),
    ("The president is also visiting Accra on Friday.", "2025-06-13"),
    # a past verb nearer the day, a possessive, reported speech: the past stays
    ("The minister, who is visiting Kenya, held talks on Monday.", "2025-06-09"),
    ("The minister's meeting on Monday was productive.", "2025-06-09"),
    ("The ministry said that the leaders are meeting on Wednesday.", "2025-06-04"),
])
def test_present_progressive_looks_ahead(text, day):
    record = extract(text, id="t", published="2025-06-10")
    assert [d.start for d in record.dates] == [day]
