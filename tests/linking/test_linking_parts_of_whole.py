"""A period of several days told of a whole before "including" is the whole's, not that of each part named after
the word (INCLUSION_WORD): "During the ministers' meetings with partners on 2-6 June, including
the 30th X Forum and the 13th Y Meeting, ..." leaves each part's day untold. A year between
"the" and a capitalised name ("the 1982 Sea Treaty") opens that name, no event's year.
Sentences written for these tests; published date of every case: Monday 2 June 2025."""
import pytest

LEAD = "Minister Tom Bark attended the 9th Arland Ministers Meeting and Related Meetings in Suva. "

#: (text, event name, (start, end))
CASES = [
    pytest.param(LEAD + "During the ministers' meetings with partners on 2-6 June, including the 30th Arland "
                 "Regional Forum, Bark said the 1982 Sea Treaty guides the region.",
                 "30th Arland Regional Forum", (None, None), id="a part named after including"),
    pytest.param(LEAD + "Bark attended the 30th Arland Regional Forum on 2-6 June, including talks with Fiji.",
                 "30th Arland Regional Forum", ("2025-06-02", "2025-06-06"), id="the whole named before including keeps it"),
    pytest.param(LEAD + "Bark will attend the 30th Arland Regional Forum, where he will cite the 1982 Sea Treaty.",
                 "30th Arland Regional Forum", (None, None), id="the year of a name after the"),
]


@pytest.mark.parametrize("text, name, period", CASES)
def test_parts_of_a_whole_and_years_of_names(event_named, extract_text, text, name, period):
    event = event_named(extract_text(text), name)
    assert (event.start, event.end) == period
